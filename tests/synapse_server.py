"""A real Synapse homeserver in a subprocess, for tests that must talk Matrix for real.

Usage::

    with SynapseServer() as hs:
        alice = hs.register("alice", "secret")      # -> "@alice:localhost"
        ...  # point a nio AsyncClient at hs.homeserver_url
        hs.restart()                                 # same data dir and port

Rate limits are generous by default so tests never trip over them. To see
``M_LIMIT_EXCEEDED`` either start a dedicated server with a low limit,
``SynapseServer(rc_message=(0.5, 2))`` (any ``rc_*`` section can also be set with
``extra_config``), or, cheaper, lower the message limit of one user on the shared
server at run time with ``hs.override_message_ratelimit(user_id, 1, 2)``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

SERVER_NAME = "localhost"

# High enough that no test ever waits for a limit it did not ask for.
_GENEROUS = {"per_second": 10_000, "burst_count": 100_000}

# Every rc_* section Synapse 1.163 reads (synapse/config/ratelimiting.py).
_RATE_LIMITS: dict[str, Any] = {
    "rc_message": _GENEROUS,
    "rc_registration": _GENEROUS,
    "rc_registration_token_validity": _GENEROUS,
    "rc_login": {
        "address": _GENEROUS,
        "account": _GENEROUS,
        "failed_attempts": _GENEROUS,
    },
    "rc_admin_redaction": _GENEROUS,
    "rc_joins": {"local": _GENEROUS, "remote": _GENEROUS},
    "rc_joins_per_room": _GENEROUS,
    "rc_invites": {
        "per_room": _GENEROUS,
        "per_user": _GENEROUS,
        "per_issuer": _GENEROUS,
    },
    "rc_third_party_invite": _GENEROUS,
    "rc_key_requests": _GENEROUS,
    "rc_3pid_validation": _GENEROUS,
    "rc_media_create": _GENEROUS,
    "rc_presence": {"per_user": _GENEROUS},
    "rc_delayed_event_mgmt": _GENEROUS,
    "rc_room_creation": _GENEROUS,
    "rc_reports": _GENEROUS,
    "rc_user_directory": _GENEROUS,
    "rc_profile": _GENEROUS,
    "rc_federation": {
        "window_size": 1000,
        "sleep_limit": 10_000,
        "sleep_delay": 0,
        "reject_limit": 10_000,
        "concurrent": 100,
    },
}

# Generating a config imports Synapse (~1-2 s); do it once per process and reuse.
_template_cache: tuple[dict[str, Any], bytes] | None = None

# Same code path as `python -m synapse.app.homeserver --generate-config`, without
# importing the whole homeserver app (about 0.8 s faster on a small machine).
_GENERATE_SNIPPET = (
    "import sys\n"
    "from synapse.config.homeserver import HomeServerConfig\n"
    "HomeServerConfig.load_or_generate_config('Synapse Homeserver', sys.argv[1:])\n"
)


class SynapseError(RuntimeError):
    """Synapse did not start, or refused a harness request."""


@dataclass(frozen=True)
class MatrixUser:
    """A registered test account (it has no device until someone logs in)."""

    user_id: str
    localpart: str
    password: str


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _generate_template(python: str) -> tuple[dict[str, Any], bytes]:
    """Run Synapse's own config generator once; return its YAML and signing key."""
    global _template_cache
    if _template_cache is not None:
        return _template_cache
    with tempfile.TemporaryDirectory(prefix="brug-synapse-gen-") as tmp:
        config_path = Path(tmp) / "homeserver.yaml"
        args = [
            f"--server-name={SERVER_NAME}",
            f"--config-path={config_path}",
            f"--data-directory={tmp}",
            "--generate-config",
            "--report-stats=no",
        ]
        result = subprocess.run(
            [python, "-c", _GENERATE_SNIPPET, *args],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        if result.returncode != 0 or not config_path.exists():
            result = subprocess.run(  # the documented way, in case internals moved
                [python, "-m", "synapse.app.homeserver", *args],
                capture_output=True,
                text=True,
                cwd=tmp,
            )
        if result.returncode != 0 or not config_path.exists():
            raise SynapseError(
                "synapse --generate-config failed: " + (result.stderr or result.stdout)[-2000:]
            )
        config = yaml.safe_load(config_path.read_text())
        signing_key = Path(config["signing_key_path"]).read_bytes()
    _template_cache = (config, signing_key)
    return _template_cache


class SynapseServer:
    """One Synapse process with its own temp data dir; restartable on the same port."""

    def __init__(
        self,
        *,
        rc_message: tuple[float, int] | None = None,
        extra_config: dict[str, Any] | None = None,
        log_level: str = "WARNING",
        python: str | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        """Prepare (but do not start) a server.

        rc_message: (per_second, burst_count) for message sending, to provoke
            M_LIMIT_EXCEEDED; every other limit stays generous.
        extra_config: top-level homeserver.yaml keys that override ours.
        log_level: root level for ``log_path`` (INFO shows every request).
        python: interpreter that has matrix-synapse (default: this one).
        """
        self.server_name = SERVER_NAME
        self.python = python or sys.executable
        self.startup_timeout = startup_timeout
        self.port = _free_port()
        self.homeserver_url = f"http://127.0.0.1:{self.port}"
        self.data_dir = Path(tempfile.mkdtemp(prefix="brug-synapse-"))
        self.config_path = self.data_dir / "homeserver.yaml"
        self.log_path = self.data_dir / "homeserver.log"
        self.stdout_path = self.data_dir / "stdout.log"
        self.startup_seconds: float | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._admin_token: str | None = None
        self._write_config(rc_message, extra_config or {}, log_level)

    # -- configuration ----------------------------------------------------

    def _write_config(
        self,
        rc_message: tuple[float, int] | None,
        extra_config: dict[str, Any],
        log_level: str,
    ) -> None:
        template, signing_key = _generate_template(self.python)
        config = dict(template)
        key_path = self.data_dir / f"{SERVER_NAME}.signing.key"
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(signing_key)

        log_config_path = self.data_dir / "log.yaml"
        log_config_path.write_text(
            yaml.safe_dump(
                {
                    "version": 1,
                    "formatters": {
                        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
                    },
                    "handlers": {
                        # Plain file handler, no buffering: the tail is complete when
                        # a start-up failure is reported.
                        "file": {
                            "class": "logging.FileHandler",
                            "formatter": "plain",
                            "filename": str(self.log_path),
                            "encoding": "utf8",
                        }
                    },
                    "root": {"level": log_level, "handlers": ["file"]},
                    "disable_existing_loggers": False,
                }
            )
        )

        config.update(
            {
                "server_name": SERVER_NAME,
                "pid_file": str(self.data_dir / "homeserver.pid"),
                # Client API and media (the admin API rides on it); no federation listener.
                "listeners": [
                    {
                        "port": self.port,
                        "bind_addresses": ["127.0.0.1"],
                        "type": "http",
                        "tls": False,
                        "x_forwarded": False,
                        "resources": [{"names": ["client", "media"], "compress": False}],
                    }
                ],
                "database": {
                    "name": "sqlite3",
                    "args": {"database": str(self.data_dir / "homeserver.db")},
                },
                "log_config": str(log_config_path),
                "media_store_path": str(self.data_dir / "media_store"),
                "signing_key_path": str(key_path),
                "registration_shared_secret": secrets.token_urlsafe(32),
                "enable_registration": False,
                "report_stats": False,
                "trusted_key_servers": [],
                "suppress_key_server_warning": True,
                # Speed: password hashing at the default cost (12) takes ~0.25 s per
                # register/login/UIA on a small machine; 4 is plenty for tests.
                "bcrypt_rounds": 4,
                # Nothing here needs them; fewer moving parts and background work.
                "enable_media_repo": True,  # /export hands over a file
                "url_preview_enabled": False,
                "presence": {"enabled": False},
                **_RATE_LIMITS,
            }
        )
        if rc_message is not None:
            per_second, burst_count = rc_message
            config["rc_message"] = {"per_second": per_second, "burst_count": burst_count}
        config.update(extra_config)
        self._shared_secret: str = config["registration_shared_secret"]
        # JSON round trip: plain data, so the YAML has no anchors for shared dicts.
        plain = json.loads(json.dumps(config))
        self.config_path.write_text(yaml.safe_dump(plain, sort_keys=False))

    # -- lifecycle ----------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start Synapse and wait until the client API answers."""
        if self.running:
            return
        started = time.monotonic()
        with open(self.stdout_path, "ab") as out:
            self._process = subprocess.Popen(
                [self.python, "-m", "synapse.app.homeserver", "-c", str(self.config_path)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.data_dir,
            )
        deadline = started + self.startup_timeout
        while True:
            if self._process.poll() is not None:
                code = self._process.returncode
                self._process = None
                raise SynapseError(f"Synapse exited with {code} during start-up\n{self.log_tail()}")
            if self._versions_answer():
                break
            if time.monotonic() > deadline:
                self.stop()
                raise SynapseError(
                    f"Synapse did not answer within {self.startup_timeout:.0f} s\n{self.log_tail()}"
                )
            time.sleep(0.05)
        self.startup_seconds = time.monotonic() - started

    def _versions_answer(self) -> bool:
        try:
            with urllib.request.urlopen(
                f"{self.homeserver_url}/_matrix/client/versions", timeout=1
            ) as response:
                return bool(response.status == 200)
        except (OSError, urllib.error.URLError):
            return False

    def stop(self, timeout: float = 15.0) -> None:
        """Stop Synapse (SIGTERM, then SIGKILL); the data dir is kept for restart()."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def restart(self) -> None:
        """Stop and start again with the same data dir and port."""
        self.stop()
        self.start()

    def cleanup(self) -> None:
        """Stop and delete the data dir."""
        self.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> SynapseServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cleanup()

    def log_tail(self, lines: int = 40) -> str:
        """Last lines of Synapse's stdout/stderr and log file, for error messages."""
        parts = []
        for path in (self.stdout_path, self.log_path):
            if path.exists():
                tail = path.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {path.name} ---\n" + "\n".join(tail))
        return "\n".join(parts) or "(no Synapse output)"

    # -- users ----------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        token: str | None = None,
    ) -> dict[str, Any]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.homeserver_url}{path}", data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                result: dict[str, Any] = json.load(response)
                return result
        except urllib.error.HTTPError as e:
            detail = e.read().decode(errors="replace")
            raise SynapseError(f"{method} {path}: HTTP {e.code} {detail}") from None

    def register_full(
        self, localpart: str, password: str, admin: bool = False, login: bool = False
    ) -> dict[str, Any]:
        """Shared-secret registration; the raw answer (user_id, and with login=True
        also access_token and device_id for a fresh device)."""
        nonce = self._request("GET", "/_synapse/admin/v1/register")["nonce"]
        mac = hmac.new(self._shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(
            b"\x00".join(
                [
                    nonce.encode(),
                    localpart.encode(),
                    password.encode(),
                    b"admin" if admin else b"notadmin",
                ]
            )
        )
        return self._request(
            "POST",
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": mac.hexdigest(),
                # Without login no device is created, so a test's own login is
                # the user's only device.
                "inhibit_login": not login,
            },
        )

    def register(self, localpart: str, password: str, admin: bool = False) -> str:
        """Create a user (no device, no token) and return its Matrix id."""
        user_id: str = self.register_full(localpart, password, admin)["user_id"]
        return user_id

    def admin_token(self) -> str:
        """Access token of a harness-owned admin user (created on first use)."""
        if self._admin_token is None:
            answer = self.register_full(
                f"harness-admin-{secrets.token_hex(4)}",
                secrets.token_urlsafe(16),
                admin=True,
                login=True,
            )
            self._admin_token = answer["access_token"]
        return self._admin_token

    def override_message_ratelimit(
        self, user_id: str, messages_per_second: int, burst_count: int
    ) -> None:
        """Give one user a low message limit at run time (admin API), to provoke
        M_LIMIT_EXCEEDED without a dedicated server. Synapse only accepts integers;
        (0, 0) means "no limit at all" for this user."""
        self._request(
            "POST",
            f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit",
            {"messages_per_second": messages_per_second, "burst_count": burst_count},
            token=self.admin_token(),
        )
