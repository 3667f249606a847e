"""The `brug` command: chat, run, check, graph, and the operator's maintenance commands."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

from bot import config as configuration
from bot.app import (
    CONTENT_ROOT,
    default_db_path,
    open_engine,
    platforms_configured,
    sealer_for,
    serve,
)
from bot.core.dialogue import DialogueError
from bot.core.messages import ConversationKey
from bot.core.texts import LANGUAGES
from bot.logs import setup_logging
from bot.metrics import ListenError
from bot.store import StoreBusy, StoreUnusable, maintenance
from bot.store.crypto import EncryptionKeyError, Sealer, new_key, read_key

INTERRUPTED = 130  # the exit status of a command ended by Ctrl-C (128 + SIGINT)
EXIT_GRACE = 2.0  # seconds a chat ended by Ctrl-C may take to close before it is ended

FLOWS_DOC = "docs/flows.md"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="brug", description=__doc__)
    parser.add_argument(
        "--log-level", default=None, help="default: WARNING (run: INFO; chat: no logs)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def with_storage(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--config",
            type=Path,
            default=None,
            help="brug.toml (default: $BRUG_CONFIG, ./brug.toml or "
            "/etc/brug/brug.toml when present)",
        )
        command.add_argument(
            "--db", type=Path, default=None, help=f"SQLite file (default: {default_db_path()})"
        )

    chat = sub.add_parser("chat", help="chat with Brug in this terminal")
    with_storage(chat)
    chat.add_argument("--lang", choices=LANGUAGES, help="the language to start in")
    chat.add_argument("--user", default=None, help="whose conversation (default: your login)")
    chat.add_argument("--json", action="store_true", help="one JSON object per bot message")
    chat.add_argument(
        "--log-file",
        type=Path,
        default=None,
        help="with --log-level: where the logs go (default: stderr; in an interactive chat "
        "the database's name with .log, never the screen)",
    )

    with_storage(sub.add_parser("run", help="run Brug on Telegram and/or Matrix (see README)"))
    with_storage(sub.add_parser("nudges", help="what is due in the next day, by kind"))
    with_storage(sub.add_parser("stats", help="aggregate counts, no ids and no text"))

    backup = sub.add_parser("backup", help="a consistent copy of the database, safe while running")
    with_storage(backup)
    backup.add_argument("target", type=Path)

    forget = sub.add_parser("forget", help="delete every row of one person")
    with_storage(forget)
    forget.add_argument("--platform", required=True, choices=("telegram", "matrix", "terminal"))
    forget.add_argument("--user", required=True, help="the platform's user id")

    rotate = sub.add_parser("rotate-key", help="re-encrypt everything under a new key")
    with_storage(rotate)
    rotate.add_argument("--new-key-file", type=Path, help="the new key (omit with --decrypt)")
    rotate.add_argument("--decrypt", action="store_true", help="store everything unencrypted")

    sub.add_parser("keygen", help="print a new random encryption key")

    graph = sub.add_parser("graph", help="a flow as a Mermaid state diagram")
    graph.add_argument("flow", nargs="?", help="the flow id, e.g. danger_pause")
    graph.add_argument("--docs", action="store_true", help=f"write {FLOWS_DOC} for every flow")

    check = sub.add_parser("check", help="validate every dialogue and locale")
    check.add_argument(
        "--content", type=Path, default=CONTENT_ROOT, help="folder with dialogues/ and locales/"
    )
    return parser


def _config(args: argparse.Namespace) -> configuration.Config:
    loaded = configuration.load(
        args.config, os.environ, default_db_path(), platforms=args.command == "run"
    )
    if args.db is not None:
        loaded = configuration.Config(**{**loaded.__dict__, "db_path": args.db})
    return loaded


async def _chat(args: argparse.Namespace) -> int:
    from bot.adapters.terminal import PLATFORM, TerminalChat
    from bot.nudges import Scheduler

    settings = _config(args)
    if args.log_level is not None:
        _chat_logs(args.log_level, args.log_file, settings.db_path)
    user = args.user or getpass.getuser()
    engine = await open_engine(settings.db_path, key_file=settings.encryption_key_file)
    try:
        chat = TerminalChat(
            engine, ConversationKey(PLATFORM, user, user), lang_hint=args.lang, as_json=args.json
        )
        async with Scheduler(engine).running():
            await chat.run()
    except asyncio.CancelledError:  # Ctrl-C: what still runs may not hold the exit up
        _exit_soon(INTERRUPTED)
        raise
    finally:
        await engine.store.close()
    return 0


def _ctrl_c_interrupts() -> None:
    """Ctrl-C ends a chat even when whatever started Brug ignored or blocked it (both are
    inherited by a new process): a person at a terminal expects it to."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _exit_soon(code: int) -> None:
    """End the process with `code` after `EXIT_GRACE` seconds unless it ended by itself: every
    state is committed before its reply, so nothing is lost (as after a crash), and a thread
    still at work (a database connection being opened when Ctrl-C came) cannot keep the chat
    open. CI once saw "hal", Ctrl-C wait past 10 s for such a thread."""
    timer = threading.Timer(EXIT_GRACE, os._exit, (code,))
    timer.daemon = True
    timer.start()


def _chat_logs(level: str, log_file: Path | None, db_path: Path) -> None:
    """Logs asked for with --log-level: on stderr, but never on the screen of an interactive
    chat, where only Brug's words belong: there they go to a file (owner-only, like the
    database)."""
    on_screen = sys.stdin.isatty() and sys.stdout.isatty() and sys.stderr.isatty()
    if log_file is None and on_screen:
        log_file = db_path.with_suffix(".log")
    stream = None
    if log_file is not None:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        stream = os.fdopen(fd, "a", encoding="utf-8", buffering=1)
    setup_logging(level, stream=stream)
    logging.disable(logging.NOTSET)


def _run(args: argparse.Namespace) -> int:
    settings = _config(args)
    setup_logging(args.log_level or settings.log_level, as_json=settings.log_json)
    if not platforms_configured(settings.platform_env):
        print(
            "Nothing to run: set BRUG_TELEGRAM_TOKEN (Telegram) and/or BRUG_MATRIX_HOMESERVER,"
            " BRUG_MATRIX_USER and BRUG_MATRIX_PASSWORD (Matrix), in the environment or in"
            " brug.toml. To try Brug without an account, use `brug chat`.",
            file=sys.stderr,
        )
        return 2
    return asyncio.run(serve(settings))


async def _nudges(args: argparse.Namespace) -> int:
    from bot.store import Store

    store = await Store.open(_config(args).db_path)
    try:
        now = int(time.time())
        overdue = await store.due_counts(0, now)
        coming = await store.due_counts(now, now + 86_400)
    finally:
        await store.close()
    print(f"{'kind':<22}{'overdue':>9}{'next 24 h':>11}")
    for kind in sorted(set(overdue) | set(coming)):
        print(f"{kind:<22}{overdue.get(kind, 0):>9}{coming.get(kind, 0):>11}")
    print(f"{'total':<22}{sum(overdue.values()):>9}{sum(coming.values()):>11}")
    return 0


def _maintain(args: argparse.Namespace) -> int:
    settings = _config(args)
    db = settings.db_path
    if args.command == "backup":
        pages = maintenance.backup(db, args.target)
        print(f"backed up {db} to {args.target} ({pages} pages)")
    elif args.command == "forget":
        rows = maintenance.forget(db, args.platform, args.user)
        print(f"deleted {rows} row(s) of {args.platform} user {args.user}")
    elif args.command == "stats":
        print(
            json.dumps(
                maintenance.stats(db, sealer_for(settings.encryption_key_file)),
                indent=2,
                sort_keys=True,
            )
        )
    elif args.command == "rotate-key":
        if not (args.decrypt or args.new_key_file):
            print(
                "give --new-key-file PATH (make one with `brug keygen`) or --decrypt",
                file=sys.stderr,
            )
            return 2
        new = None if args.decrypt else Sealer(read_key(args.new_key_file))
        changed = maintenance.rotate_key(db, sealer_for(settings.encryption_key_file), new)
        print(
            f"re-encrypted {changed} value(s); now set storage.encryption_key_file to "
            f"{args.new_key_file}"
            if new
            else f"decrypted {changed} value(s)"
        )
    return 0


def _graph(args: argparse.Namespace) -> int:
    from bot.app import load_context
    from bot.core.graph import flows_markdown, mermaid

    ctx = load_context()
    if args.docs:
        (CONTENT_ROOT / FLOWS_DOC).write_text(flows_markdown(ctx.dialogues, ctx.texts))
        print(f"wrote {FLOWS_DOC}")
        return 0
    if args.flow not in ctx.dialogues:
        known = ", ".join(sorted(ctx.dialogues.flows))
        print(f"unknown flow {args.flow!r}; known: {known}", file=sys.stderr)
        return 2
    print(mermaid(ctx.dialogues[args.flow], ctx.texts))
    return 0


def _check(args: argparse.Namespace) -> int:
    from bot.core.check import check

    problems = check(args.content)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print("All dialogues and locales are fine.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "chat":
        # The screen is the conversation: Brug's words only. `_chat` sets up --log-level.
        logging.disable(logging.CRITICAL)
    elif args.command != "run":
        setup_logging(args.log_level or "WARNING")
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "graph":
            return _graph(args)
        if args.command == "keygen":
            print(new_key())
            return 0
        if args.command == "chat":
            _ctrl_c_interrupts()
            return asyncio.run(_chat(args))
        if args.command == "run":
            return _run(args)
        if args.command == "nudges":
            return asyncio.run(_nudges(args))
        return _maintain(args)
    except DialogueError as error:
        print(f"Brug cannot start, the dialogues have problems:\n{error}", file=sys.stderr)
        return 2
    except (
        configuration.ConfigError,
        EncryptionKeyError,
        FileNotFoundError,
        ValueError,
        StoreUnusable,
        StoreBusy,
        ListenError,
    ) as error:
        # ValueError: the adapters' own configuration errors (a refused token, a busy port).
        print(f"brug: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: the shell's prompt on a line of its own
        print()
        return INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
