"""The terminal: a chat with Brug on standard input and output, piped or interactive.

Each input line is one message. Buttons show as a numbered list; typing the number or the
label works. With `--json`, every bot message is one JSON object per line.

Interactive (both ends a terminal), the prompt has line editing and this session's history
(readline; nothing is written to disk), Brug's words wrap to the terminal's width, words that
arrive while the person types (a breathing cue, a nudge) go above the line being typed, which
comes back as it was, and the end of input (Ctrl-D) gets a goodbye on a line of its own.
Piped, every line is taken as it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import os
import re
import shutil
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import TextIO

from bot.adapters.chart import as_text
from bot.core.export import FILE_NAME
from bot.core.messages import ConversationKey, Document, Incoming, Outgoing
from bot.engine import Engine

PLATFORM = "terminal"
PROMPT = "> "
GOODBYE = "chat-goodbye"
# Where a wrapped line's next lines start: under the text after a bullet or an option's number.
_HANGING = re.compile(r"(?:[•*-]|\d+[.)])\s+")


def wrap(text: str, width: int) -> str:
    """`text` in lines of at most `width` characters, broken between words only (a word longer
    than a line, like a web address, stays whole); blank lines and indents stay."""
    lines = []
    for line in text.split("\n"):
        words = line.lstrip()
        if not words:
            lines.append("")
            continue
        indent = line[: len(line) - len(words)]
        hanging = _HANGING.match(words)
        lines.append(
            textwrap.fill(
                words,
                width,
                initial_indent=indent,
                subsequent_indent=indent + " " * (hanging.end() if hanging else 0),
                break_long_words=False,
                break_on_hyphens=False,  # phone numbers like 0800-0113 stay whole
            )
        )
    return "\n".join(lines)


class TerminalChat:
    def __init__(
        self,
        engine: Engine,
        key: ConversationKey,
        *,
        lang_hint: str | None = None,
        as_json: bool = False,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
    ) -> None:
        self.engine = engine
        self.key = key
        self.lang_hint = lang_hint
        self.as_json = as_json
        self.stdin = stdin
        self.stdout = stdout
        self.interactive = stdin.isatty() and stdout.isatty()
        self.line = _TypedLine(stdout, self._width)
        self._lang: str | None = None

    async def run(self) -> None:
        """Show what a crash left unsent, then answer line by line until end of input."""
        self.engine.register(PLATFORM, self._show)
        await self._show(await self.engine.store.pending(PLATFORM, self.key))
        if self.interactive:
            await self._send("/start")
        read = self._typed if self._own_terminal() else self._piped
        with _terminal_kept(self.stdin if self.interactive else None):
            while True:
                line = await _in_thread(read)
                if line is None:
                    if self.interactive:  # the shell's prompt on a line of its own
                        self.stdout.write("\n" if self.as_json else await self._goodbye())
                        self.stdout.flush()
                    return
                await self._send(line)

    def _own_terminal(self) -> bool:
        """Whether `input()` reads and prompts here: then readline edits the line."""
        if not (self.interactive and self.stdin is sys.stdin and self.stdout is sys.stdout):
            return False
        self.line.use_readline()
        return True

    def _typed(self) -> str | None:
        if not self.line.edited:  # no readline to say when its prompt is up
            self.line.shown.set()
        try:
            return input(PROMPT)
        except EOFError:
            return None
        finally:
            self.line.shown.clear()

    def _piped(self) -> str | None:
        if self.interactive:
            self.stdout.write(PROMPT)
            self.stdout.flush()
            self.line.shown.set()
        try:
            line = self.stdin.readline()
        finally:
            self.line.shown.clear()
        return line.removesuffix("\n").removesuffix("\r") if line else None

    async def _goodbye(self) -> str:
        """A short goodbye on a line of its own, in the person's language (both while it is
        not known)."""
        texts = self.engine.ctx.texts
        known = await self._language()
        languages = [known] if known else list(texts.languages)
        goodbye = "\n".join(texts.get(lang, GOODBYE) for lang in languages)
        return "\n" + wrap(goodbye, self._width()) + "\n"

    async def _language(self) -> str | None:
        """The person's language as stored (or asked for with --lang); remembered, for the
        goodbye of /forget, which comes once nothing is stored any more."""
        state = await self.engine.store.load(self.key)
        known = (state.lang if state else None) or self.lang_hint
        if known in self.engine.ctx.texts.languages:
            self._lang = known
        return self._lang

    def _width(self) -> int:
        return max(20, shutil.get_terminal_size().columns)

    async def _send(self, text: str) -> None:
        await self._language()
        incoming = Incoming(self.key, text=text, lang_hint=self.lang_hint)
        await self._show(await self.engine.answer(incoming))

    async def _show(self, messages: list[Outgoing]) -> None:
        shown = []
        for message in messages:
            if message.document is not None:  # a file, not a screenful of JSON
                message = await self._saved(message, message.document)
            if message.farewell:  # /forget: the files of /export go with everything else
                message = self._exports_deleted(message)
            shown.append(self.render(message))
        self.line.above("".join(shown))
        await self.engine.delivered(messages)

    def _export_paths(self, name: str = FILE_NAME) -> list[Path]:
        """Where this person's export goes: beside the database, in Brug's own folder, or else
        in the current directory; named after the person, so that /forget finds it again and
        deletes no one else's."""
        own = re.sub(r"[^\w.-]+", "_", self.key.user).strip("._") or "you"
        stem, dot, suffix = name.rpartition(".")
        named = f"{stem}-{own}{dot}{suffix}" if dot else f"{name}-{own}"
        return [
            (folder / named).resolve() for folder in (self.engine.store.path.parent, Path.cwd())
        ]

    async def _saved(self, message: Outgoing, document: Document) -> Outgoing:
        """The message's document written to a file only this account can read (0600); the
        message says where instead."""
        for path in self._export_paths(document.name):
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            except OSError:
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                os.fchmod(descriptor, 0o600)  # a file that was there keeps no wider mode
                file.write(document.content)
            break
        else:
            return message  # nowhere to write: shown as it is
        lang = await self._language() or self.engine.ctx.texts.languages[0]
        saved = self.engine.ctx.texts.get(lang, "export-saved", {"path": str(path)})
        text = message.text.replace(document.name, path.name)  # the name it has on this disk
        return replace(message, text=f"{text}\n{saved}", document=None)

    def _exports_deleted(self, message: Outgoing) -> Outgoing:
        """The export files written for this person deleted; the goodbye says so."""
        deleted = []
        for path in dict.fromkeys(self._export_paths()):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(str(path))
        if not deleted:
            return message
        lang = self._lang or self.engine.ctx.texts.languages[0]
        said = self.engine.ctx.texts.get(lang, "export-deleted", {"path": ", ".join(deleted)})
        return replace(message, text=f"{message.text}\n{said}")

    def render(self, message: Outgoing) -> str:
        if self.as_json:
            data: dict[str, object] = {
                "text": message.text,
                "buttons": [b.label for b in message.buttons],
                "flow": message.flow,
                "state": message.state,
                "safety": message.safety or False,
            }
            if message.document:
                data["document"] = {
                    "name": message.document.name,
                    "content": message.document.content,
                }
            if message.chart:
                data["chart"] = as_text(message.chart)
            return json.dumps(data, ensure_ascii=False) + "\n"
        lines = [message.text]
        if message.chart:  # a picture in a terminal: a line of blocks per series
            lines += ["", as_text(message.chart)]
        lines += [f"  {n}. {b.label}" for n, b in enumerate(message.buttons, 1)]
        text = "\n".join(lines)
        if self.interactive:
            text = wrap(text, self._width())
        if message.document:  # a file's content, as it is
            text += "\n\n" + message.document.content
        return text + "\n\n"


class _TypedLine:
    """The prompt and what the person has typed after it, so that Brug's words arriving in
    the meantime (from the schedule) are written above that line instead of into it, and the
    line is drawn again below them as it was, with the cursor where it was."""

    def __init__(self, stdout: TextIO, width: Callable[[], int]) -> None:
        self.stdout = stdout
        self.width = width
        self.shown = threading.Event()  # the prompt is on the screen, waiting for a line
        self._readline: ModuleType | None = None
        self._library: ctypes.CDLL | None = None

    @property
    def edited(self) -> bool:
        return self._readline is not None

    def use_readline(self) -> None:
        """Let input() edit the line with readline (importing it does that), which says when
        its prompt is up; its C library, when it can be reached, draws the line again."""
        try:
            import readline
        except ImportError:
            return
        self._readline = readline
        readline.set_pre_input_hook(self.shown.set)  # called once the prompt is drawn
        with contextlib.suppress(OSError, AttributeError):
            library = ctypes.CDLL(getattr(readline, "__file__", None))
            library.rl_forced_update_display.restype = ctypes.c_int
            ctypes.c_int.in_dll(library, "rl_point")
            self._library = library

    def above(self, text: str) -> None:
        """`text` on the screen, above the line being typed if there is one."""
        if not self.shown.is_set():
            self.stdout.write(text)
            self.stdout.flush()
            return
        typed = self._readline.get_line_buffer() if self._readline else ""
        cursor = len(PROMPT) + len(typed)
        if self._library is not None:
            point = ctypes.c_int.in_dll(self._library, "rl_point").value
            cursor = len(PROMPT) + len(typed.encode()[:point].decode(errors="ignore"))
        rows_up = cursor // self.width()  # a long line wraps onto rows above the cursor
        up = f"\x1b[{rows_up}A" if rows_up else ""
        self.stdout.write(f"{up}\r\x1b[J{text}")  # from the prompt's first row on: erased
        self.stdout.flush()
        if self._library is not None:
            self._library.rl_forced_update_display()  # prompt, text and cursor as they were
        else:
            self.stdout.write(PROMPT + typed)
            self.stdout.flush()


@contextlib.contextmanager
def _terminal_kept(stdin: TextIO | None) -> Iterator[None]:
    """The terminal's settings as they were, also when Ctrl-C ends the chat while readline
    has the terminal in its own mode."""
    try:
        import termios
    except ImportError:  # not a Unix terminal
        yield
        return
    saved = None
    with contextlib.suppress(OSError, ValueError, termios.error):
        fd = stdin.fileno() if stdin is not None else -1
        saved = termios.tcgetattr(fd) if fd >= 0 else None
    try:
        yield
    finally:
        if saved is not None:
            with contextlib.suppress(OSError, termios.error):
                termios.tcsetattr(fd, termios.TCSADRAIN, saved)


async def _in_thread(read: Callable[[], str | None]) -> str | None:
    """`read()` in a daemon thread: a Ctrl-C while it waits for a line ends the chat at once,
    instead of waiting at exit for that line."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[str | None] = loop.create_future()

    def settle(result: str | None, error: BaseException | None) -> None:
        if done.done():
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    def work() -> None:
        result: str | None = None
        error: BaseException | None = None
        try:
            result = read()
        except BaseException as raised:  # handed to the waiting task
            error = raised
        with contextlib.suppress(RuntimeError):  # the chat already ended (Ctrl-C)
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=work, name="terminal-input", daemon=True).start()
    return await done
