"""The `brug` command: chat, check, and (with a platform configured) run."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
import time
from pathlib import Path

from bot.app import CONTENT_ROOT, default_db_path, open_engine, platforms_configured, serve
from bot.core.dialogue import DialogueError
from bot.core.messages import ConversationKey
from bot.core.texts import LANGUAGES
from bot.logs import setup_logging

FLOWS_DOC = "docs/flows.md"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="brug", description=__doc__)
    parser.add_argument("--log-level", default="WARNING", help="default: WARNING")
    sub = parser.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="chat with Brug in this terminal")
    chat.add_argument("--lang", choices=LANGUAGES, help="the language to start in")
    chat.add_argument("--user", default=None, help="whose conversation (default: your login)")
    chat.add_argument(
        "--db", type=Path, default=None, help=f"SQLite file (default: {default_db_path()})"
    )
    chat.add_argument("--json", action="store_true", help="one JSON object per bot message")

    run = sub.add_parser("run", help="run Brug on Telegram and/or Matrix (see README)")
    run.add_argument(
        "--db", type=Path, default=None, help=f"SQLite file (default: {default_db_path()})"
    )

    nudges = sub.add_parser("nudges", help="what is due in the next day, counted by kind")
    nudges.add_argument(
        "--db", type=Path, default=None, help=f"SQLite file (default: {default_db_path()})"
    )

    graph = sub.add_parser("graph", help="a flow as a Mermaid state diagram")
    graph.add_argument("flow", nargs="?", help="the flow id, e.g. danger_pause")
    graph.add_argument("--docs", action="store_true", help=f"write {FLOWS_DOC} for every flow")

    check = sub.add_parser("check", help="validate every dialogue and locale")
    check.add_argument(
        "--content", type=Path, default=CONTENT_ROOT, help="folder with dialogues/ and locales/"
    )
    return parser


async def _chat(args: argparse.Namespace) -> int:
    from bot.adapters.terminal import PLATFORM, TerminalChat
    from bot.nudges import Scheduler

    user = args.user or getpass.getuser()
    engine = await open_engine(args.db or default_db_path())
    try:
        chat = TerminalChat(
            engine, ConversationKey(PLATFORM, user, user), lang_hint=args.lang, as_json=args.json
        )
        async with Scheduler(engine).running():
            await chat.run()
    finally:
        await engine.store.close()
    return 0


def _run(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    if not platforms_configured(env):
        print(
            "Nothing to run: set BRUG_TELEGRAM_TOKEN (Telegram) and/or BRUG_MATRIX_HOMESERVER,"
            " BRUG_MATRIX_USER and BRUG_MATRIX_PASSWORD (Matrix). To try Brug without an"
            " account, use `brug chat`.",
            file=sys.stderr,
        )
        return 2
    return asyncio.run(serve(args.db or default_db_path(), env))


async def _nudges(args: argparse.Namespace) -> int:
    from bot.store import Store

    store = await Store.open(args.db or default_db_path())
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


def _graph(args: argparse.Namespace) -> int:
    from bot.app import load_context
    from bot.core.graph import flows_markdown, mermaid

    ctx = load_context()
    if args.docs:
        (CONTENT_ROOT / FLOWS_DOC).write_text(flows_markdown(ctx.dialogues, ctx.texts))
        print(f"wrote {FLOWS_DOC}")
        return 0
    if args.flow not in ctx.dialogues:
        print(
            f"unknown flow {args.flow!r}; known: {', '.join(sorted(ctx.dialogues.flows))}",
            file=sys.stderr,
        )
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
    setup_logging(args.log_level)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "chat":
            return asyncio.run(_chat(args))
        if args.command == "run":
            return _run(args)
        if args.command == "graph":
            return _graph(args)
        if args.command == "nudges":
            return asyncio.run(_nudges(args))
    except DialogueError as error:
        print(f"Brug cannot start, the dialogues have problems:\n{error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
