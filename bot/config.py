"""Configuration: one TOML file (`brug.toml`) plus environment overrides, checked at start.

Every option is documented in `deploy/brug.example.toml`. An environment variable
`BRUG_<SECTION>_<KEY>` overrides the file. Secrets never live in the file: they come from the
environment (`BRUG_TELEGRAM_TOKEN`) or from files (`token_file`, `BRUG_TELEGRAM_TOKEN_FILE`).
A problem stops Brug with one line that names the key and how to set it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# section -> key -> type; keys ending in _file name a file that holds a secret.
SCHEMA: dict[str, dict[str, type]] = {
    "storage": {"path": str, "encryption_key_file": str, "retention_months": int},
    "telegram": {
        "token_file": str,
        "api_url": str,
        "webhook_url": str,
        "webhook_listen": str,
        "webhook_secret_file": str,
    },
    "matrix": {
        "homeserver": str,
        "user": str,
        "password_file": str,
        "access_token_file": str,
        "store": str,
        "allowed": str,
    },
    "metrics": {"listen": str},
    "log": {"level": str, "format": str},
}
# Secrets that may also be given as a value in the environment (never in the file).
SECRETS = {
    ("telegram", "token"),
    ("telegram", "webhook_secret"),
    ("matrix", "password"),
    ("matrix", "access_token"),
}
ALIASES = {"BRUG_DB": ("storage", "path")}
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEFAULT_PATHS = (Path("brug.toml"), Path("/etc/brug/brug.toml"))


class ConfigError(Exception):
    """One line: which key is wrong, and how to set it."""


def read_secret(
    env: Mapping[str, str], name: str, error: type[Exception] = ValueError
) -> str | None:
    """A secret from `NAME` or from the file named by `NAME_FILE`, never from anywhere else."""
    value, path = env.get(name, "").strip(), env.get(f"{name}_FILE", "").strip()
    if value and path:
        raise error(f"set {name} or {name}_FILE, not both")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip() or None
        except OSError as problem:
            raise error(f"cannot read {name}_FILE: {problem.strerror}") from None
    return value or None


def env_name(section: str, key: str) -> str:
    return f"BRUG_{section.upper()}_{key.upper()}"


@dataclass(frozen=True)
class Config:
    db_path: Path
    encryption_key_file: Path | None = None
    retention_months: int | None = None
    metrics_listen: tuple[str, int] | None = ("127.0.0.1", 9464)
    log_level: str = "INFO"
    log_json: bool = True
    platform_env: dict[str, str] = field(default_factory=dict)  # what the adapters read
    source: str = "environment"


def _read_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the configuration: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def _check_file(data: Mapping[str, Any], where: str) -> None:
    for section, values in data.items():
        if section not in SCHEMA:
            known = ", ".join(SCHEMA)
            raise ConfigError(f"{where}: unknown section [{section}] (known: {known})")
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: [{section}] must be a table")
        for key, value in values.items():
            if (section, key) in SECRETS:
                raise ConfigError(
                    f"{where}: {section}.{key} is a secret and may not be in the file: use "
                    f'{key}_file = "/path" or the environment variable {env_name(section, key)}'
                )
            wanted = SCHEMA[section].get(key)
            if wanted is None:
                known = ", ".join(SCHEMA[section])
                raise ConfigError(f"{where}: unknown key {section}.{key} (known: {known})")
            if section == "matrix" and key == "allowed" and isinstance(value, list):
                continue
            if not isinstance(value, wanted) or isinstance(value, bool):
                kind = "a whole number" if wanted is int else "a string"
                raise ConfigError(
                    f"{where}: {section}.{key} must be {kind} (or set {env_name(section, key)})"
                )


def _merged(data: Mapping[str, Any], env: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """Every value as text, the environment winning over the file."""
    values: dict[tuple[str, str], str] = {}
    for section, keys in data.items():
        for key, value in keys.items():
            values[(section, key)] = ",".join(value) if isinstance(value, list) else str(value)
    for section, keys in SCHEMA.items():
        for key in keys:
            if env_name(section, key) in env:
                values[(section, key)] = env[env_name(section, key)]
    for name, where in ALIASES.items():
        if env.get(name):
            values[where] = env[name]
    return values


def _secret(
    values: Mapping[tuple[str, str], str], env: Mapping[str, str], section: str, key: str
) -> str | None:
    direct = env.get(env_name(section, key))
    if direct:
        return direct.strip()
    path = values.get((section, f"{key}_file"))
    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ConfigError(
            f"{section}.{key}_file: cannot read {path}: {error.strerror} (or set "
            f"{env_name(section, key)})"
        ) from None


def load(
    path: Path | None, env: Mapping[str, str], default_db: Path, *, platforms: bool = True
) -> Config:
    """The whole configuration, checked; raises ConfigError with one line on any problem.

    `platforms=False` (maintenance commands) leaves the platforms' secrets unread, so an
    operator's backup job needs no access to the bot token.
    """
    if path is None:
        named = env.get("BRUG_CONFIG")
        path = Path(named) if named else next((p for p in DEFAULT_PATHS if p.exists()), None)
    data = _read_file(path)
    _check_file(data, str(path))
    values = _merged(data, env)
    for (section, key), text in values.items():
        if SCHEMA.get(section, {}).get(key) is int and not text.strip().isdigit():
            raise ConfigError(f"{section}.{key} must be a whole number, not {text!r}")
    level = values.get(("log", "level"), "INFO").upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"log.level must be one of {', '.join(LOG_LEVELS)} (BRUG_LOG_LEVEL)")
    log_format = values.get(("log", "format"), "json")
    if log_format not in ("json", "text"):
        raise ConfigError("log.format must be json or text (BRUG_LOG_FORMAT)")
    platform_env: dict[str, str] = {}
    for section in ("telegram", "matrix") if platforms else ():
        for key in SCHEMA[section]:
            if key.endswith("_file"):
                secret = _secret(values, env, section, key.removesuffix("_file"))
                if secret is not None:
                    platform_env[env_name(section, key.removesuffix("_file"))] = secret
            elif (section, key) in values:
                platform_env[env_name(section, key)] = values[(section, key)]
    if "BRUG_TELEGRAM_API_URL" in platform_env and "BRUG_TELEGRAM_TOKEN" not in platform_env:
        raise ConfigError("telegram: no token: set BRUG_TELEGRAM_TOKEN or telegram.token_file")
    if "BRUG_MATRIX_HOMESERVER" in platform_env:
        token = "BRUG_MATRIX_ACCESS_TOKEN" in platform_env
        if not token and "BRUG_MATRIX_USER" not in platform_env:
            raise ConfigError('matrix.user is missing (e.g. "@brug:example.org", BRUG_MATRIX_USER)')
        if not token and "BRUG_MATRIX_PASSWORD" not in platform_env:
            raise ConfigError(
                "matrix: no password or access token: set BRUG_MATRIX_PASSWORD or "
                "matrix.password_file (or an access token likewise)"
            )
    listen = values.get(("metrics", "listen"), "127.0.0.1:9464")
    metrics = None
    if listen and listen != "off":
        host, _, port = listen.rpartition(":")
        if not port.isdigit():
            raise ConfigError(f"metrics.listen must be host:port or off, not {listen!r}")
        metrics = (host or "127.0.0.1", int(port))
    key_file = values.get(("storage", "encryption_key_file"))
    months = values.get(("storage", "retention_months"))
    return Config(
        db_path=Path(values.get(("storage", "path")) or default_db),
        encryption_key_file=Path(key_file) if key_file else None,
        retention_months=int(months) if months else None,
        metrics_listen=metrics,
        log_level=level,
        log_json=log_format == "json",
        platform_env=platform_env,
        source=str(path) if path else "environment",
    )
