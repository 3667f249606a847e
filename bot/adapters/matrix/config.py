"""Matrix settings from the environment: homeserver, account, invite policy, the saved login."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import read_secret

log = logging.getLogger("brug.matrix")

PLATFORM = "matrix"


class MatrixConfigError(ValueError):
    """The Matrix settings are incomplete or contradict each other (one line, for the log)."""


class MatrixLoginError(MatrixConfigError):
    """The homeserver refused Brug's credentials: the settings need fixing."""


# --- settings -------------------------------------------------------------------------------


def server_of(user_id: str) -> str:
    """The homeserver part of a Matrix id: `@ann:example.org` -> `example.org`."""
    return user_id.partition(":")[2].lower()


@dataclass(frozen=True)
class MatrixSettings:
    """Everything `brug run` needs to know about the Matrix account (from the environment)."""

    homeserver: str
    store_dir: Path
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    allowed: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str], default_store: Path) -> MatrixSettings | None:
        """None when Matrix is not configured (no `BRUG_MATRIX_HOMESERVER`)."""
        homeserver = env.get("BRUG_MATRIX_HOMESERVER", "").strip()
        if not homeserver:
            return None
        if "://" not in homeserver:
            homeserver = f"https://{homeserver}"
        user = env.get("BRUG_MATRIX_USER", "").strip() or None
        password = read_secret(env, "BRUG_MATRIX_PASSWORD", MatrixConfigError)
        token = read_secret(env, "BRUG_MATRIX_ACCESS_TOKEN", MatrixConfigError)
        if password is None and token is None:
            raise MatrixConfigError("set BRUG_MATRIX_PASSWORD or BRUG_MATRIX_ACCESS_TOKEN")
        if token is None and user is None:
            raise MatrixConfigError("BRUG_MATRIX_USER is needed to log in with a password")
        store = env.get("BRUG_MATRIX_STORE", "").strip()
        return cls(
            homeserver=homeserver.rstrip("/"),
            store_dir=Path(store) if store else default_store,
            user=user,
            password=password,
            access_token=token,
            allowed=env.get("BRUG_MATRIX_ALLOWED", "").strip() or None,
        )


@dataclass(frozen=True)
class InvitePolicy:
    """Who may bring Brug into a room: whole homeservers, or single accounts."""

    servers: frozenset[str]
    users: frozenset[str]

    @classmethod
    def parse(cls, allowed: str | None, own_server: str) -> InvitePolicy:
        """`example.org, @ann:other.org`; nothing configured means Brug's own homeserver."""
        entries = [e.strip() for e in (allowed or "").split(",") if e.strip()]
        if not entries:
            return cls(frozenset({own_server.lower()}), frozenset())
        return cls(
            frozenset(e.lower() for e in entries if not e.startswith("@")),
            frozenset(e for e in entries if e.startswith("@")),
        )

    def allows(self, user_id: str) -> bool:
        return user_id in self.users or server_of(user_id) in self.servers


@dataclass(frozen=True)
class SavedLogin:
    """Access token and device id from the one password login, reused at every start.

    Logging in again would make a new, unverified device each time, with an empty key store.
    """

    homeserver: str
    user_id: str
    device_id: str
    access_token: str = field(repr=False)

    @classmethod
    def load(cls, path: Path) -> SavedLogin | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["homeserver"], data["user_id"], data["device_id"], data["access_token"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("saved login unreadable", extra={"event": "matrix_login_unreadable"})
            return None

    def save(self, path: Path) -> None:
        """Written 0600 from the first byte, then renamed into place."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(
                {
                    "homeserver": self.homeserver,
                    "user_id": self.user_id,
                    "device_id": self.device_id,
                    "access_token": self.access_token,
                },
                f,
            )
        os.replace(tmp, path)


def private_dir(path: Path) -> None:
    """The store holds the device's keys: readable by Brug's user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
