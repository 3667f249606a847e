"""Cross-signing bootstrap for Brug's own Matrix device.

matrix-nio has no cross-signing, and without it clients such as Element show the
bot's device as "not verified by its owner". This module publishes the account's
cross-signing keys (master, self-signing, user-signing) once and signs the bot's
device with the self-signing key, so the device is trusted wherever the account is.

It speaks plain client-server HTTP (aiohttp) and signs with signedjson, so it does not
import nio, unlike the rest of its package. The device must have
uploaded its device keys first (nio: ``await client.keys_upload()`` after login).

Typical use, after login::

    outcome = await ensure_cross_signing(
        session, homeserver, client.access_token, client.user_id, client.device_id,
        password, Path(state_dir) / "cross-signing.json",
    )
    log.info("matrix.cross_signing", outcome=outcome)
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import aiohttp
import signedjson.key
import signedjson.sign
from signedjson.types import SigningKey, VerifyKey

__all__ = [
    "CrossSigningError",
    "CrossSigningKeys",
    "Outcome",
    "ensure_cross_signing",
]

Outcome = Literal["created", "signed-device", "already"]
JsonDict = dict[str, Any]

_FILE_FORMAT = 1
_ED25519 = "ed25519"


class CrossSigningError(Exception):
    """Cross-signing could not be set up; the message is one line, fit for a log."""


def _unpadded_b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _public_b64(key: SigningKey) -> str:
    """Unpadded base64 of the public half: Matrix uses it as the cross-signing key id."""
    return _unpadded_b64(bytes(key.verify_key))


def _signing_key_from_seed(seed_b64: str) -> SigningKey:
    """Rebuild a key whose signedjson 'version' is its public key, as Matrix wants."""
    key: SigningKey = signedjson.key.decode_signing_key_base64(_ED25519, "pending", seed_b64)
    key.version = _public_b64(key)
    return key


def _new_signing_key() -> SigningKey:
    key: SigningKey = signedjson.key.generate_signing_key("pending")
    key.version = _public_b64(key)
    return key


@dataclass
class CrossSigningKeys:
    """The three private cross-signing keys of one account.

    Whoever holds them can vouch for devices of this account, so the file is
    created 0600 and never logged.
    """

    master: SigningKey
    self_signing: SigningKey
    user_signing: SigningKey

    @classmethod
    def generate(cls) -> CrossSigningKeys:
        """Three fresh ed25519 keys."""
        return cls(_new_signing_key(), _new_signing_key(), _new_signing_key())

    def save(self, path: Path) -> None:
        """Write the keys to ``path`` atomically, created with mode 0600.

        A temporary file is opened 0600 from the start (no window in which the
        secret is readable by others) and then renamed over ``path``.
        """
        data = {
            "format": _FILE_FORMAT,
            "master": signedjson.key.encode_signing_key_base64(self.master),
            "self_signing": signedjson.key.encode_signing_key_base64(self.self_signing),
            "user_signing": signedjson.key.encode_signing_key_base64(self.user_signing),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> CrossSigningKeys:
        """Read keys written by :meth:`save`."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != _FILE_FORMAT:
                raise ValueError(f"unknown format {data.get('format')!r}")
            return cls(
                _signing_key_from_seed(data["master"]),
                _signing_key_from_seed(data["self_signing"]),
                _signing_key_from_seed(data["user_signing"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise CrossSigningError(f"cannot read cross-signing key file {path}: {e}") from e

    def public_key_object(self, user_id: str, usage: str) -> JsonDict:
        """The published form of one key (usage: master, self_signing, user_signing);
        the self- and user-signing keys are signed by the master key."""
        key: SigningKey = getattr(self, usage)
        public = _public_b64(key)
        obj: JsonDict = {
            "user_id": user_id,
            "usage": [usage],
            "keys": {f"{_ED25519}:{public}": public},
        }
        if usage != "master":
            obj = signedjson.sign.sign_json(obj, user_id, self.master)
        return obj


# -- HTTP -------------------------------------------------------------------


class _Http:
    """Just enough of the client-server API, with errors turned into one-liners."""

    def __init__(self, session: aiohttp.ClientSession, homeserver: str, token: str) -> None:
        self.session = session
        self.base = homeserver.rstrip("/") + "/_matrix/client/v3"
        self.headers = {"Authorization": f"Bearer {token}"}

    async def post(self, path: str, body: JsonDict, *, uia: bool = False) -> JsonDict:
        """POST and return the JSON answer; with ``uia``, a 401 that asks for
        user-interactive auth raises _AuthRequired instead of CrossSigningError."""
        async with self.session.post(self.base + path, json=body, headers=self.headers) as response:
            try:
                answer = await response.json(content_type=None)
            except (aiohttp.ContentTypeError, ValueError):
                answer = None
            if not isinstance(answer, dict):
                answer = {}
            if response.status == 401 and uia and "flows" in answer:
                raise _AuthRequired(answer)
            if response.status >= 400:
                raise CrossSigningError(
                    _one_line(f"{path} refused: HTTP {response.status} {_matrix_error(answer)}")
                )
            return answer


class _AuthRequired(Exception):
    """The server answered 401 with a user-interactive auth challenge."""

    def __init__(self, challenge: JsonDict) -> None:
        super().__init__("user-interactive auth required")
        self.challenge = challenge


def _matrix_error(answer: JsonDict) -> str:
    return f"{answer.get('errcode', '')} {answer.get('error', '')}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _verify_key(public_b64: str) -> VerifyKey:
    padded = public_b64 + "=" * (-len(public_b64) % 4)
    key: VerifyKey = signedjson.key.decode_verify_key_bytes(
        f"{_ED25519}:{public_b64}", base64.b64decode(padded)
    )
    return key


def _published_public(key_object: JsonDict | None) -> str | None:
    """The single ed25519 public key of a published cross-signing key object."""
    if not key_object:
        return None
    keys = list(key_object.get("keys", {}).values())
    return keys[0] if len(keys) == 1 and isinstance(keys[0], str) else None


def _has_valid_signature(obj: JsonDict, user_id: str, signer_public: str) -> bool:
    if f"{_ED25519}:{signer_public}" not in obj.get("signatures", {}).get(user_id, {}):
        return False
    try:
        signedjson.sign.verify_signed_json(obj, user_id, _verify_key(signer_public))
    except signedjson.sign.SignatureVerifyException:
        return False
    return True


def _matches_server(keys: CrossSigningKeys, query: JsonDict, user_id: str) -> bool:
    """True if the server publishes exactly our master and self-signing keys (and our
    user-signing key, when it is shown)."""
    master = _published_public(query.get("master_keys", {}).get(user_id))
    self_signing = _published_public(query.get("self_signing_keys", {}).get(user_id))
    if master != _public_b64(keys.master) or self_signing != _public_b64(keys.self_signing):
        return False
    user_signing_obj = query.get("user_signing_keys", {}).get(user_id)
    if user_signing_obj is not None:
        return _published_public(user_signing_obj) == _public_b64(keys.user_signing)
    return True


def _load_if_present(path: Path) -> CrossSigningKeys | None:
    return CrossSigningKeys.load(path) if path.exists() else None


async def _query_own_keys(http: _Http, user_id: str) -> JsonDict:
    return await http.post("/keys/query", {"device_keys": {user_id: []}})


async def _upload_keys(
    http: _Http, keys: CrossSigningKeys, user_id: str, password: str | None
) -> None:
    """Publish the three public keys.

    Synapse lets the first upload through without user-interactive auth (MSC3967);
    replacing existing keys needs the account password (UIA, m.login.password).
    """
    body: JsonDict = {
        "master_key": keys.public_key_object(user_id, "master"),
        "self_signing_key": keys.public_key_object(user_id, "self_signing"),
        "user_signing_key": keys.public_key_object(user_id, "user_signing"),
    }
    try:
        await http.post("/keys/device_signing/upload", body, uia=True)
        return
    except _AuthRequired as e:
        challenge = e.challenge
    flows = [flow.get("stages", []) for flow in challenge.get("flows", [])]
    if ["m.login.password"] not in flows:
        raise CrossSigningError(
            f"server wants user-interactive auth with {flows} to publish cross-signing keys; "
            "only a password is supported"
        )
    if password is None:
        raise CrossSigningError(
            "the account password is needed to publish (or replace) cross-signing keys, "
            "but none was given"
        )
    body["auth"] = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": user_id},
        "password": password,
        "session": challenge.get("session"),
    }
    try:
        await http.post("/keys/device_signing/upload", body, uia=True)
    except _AuthRequired as e:
        raise CrossSigningError(
            _one_line(
                "server refused the password for cross-signing upload: "
                + _matrix_error(e.challenge)
            )
        ) from None


async def _sign_device(
    http: _Http, keys: CrossSigningKeys, user_id: str, device: JsonDict, device_id: str
) -> None:
    """Sign the device's own key object (as the server has it) with the self-signing key."""
    bare = {k: v for k, v in device.items() if k not in ("signatures", "unsigned")}
    signed = signedjson.sign.sign_json(bare, user_id, keys.self_signing)
    answer = await http.post("/keys/signatures/upload", {user_id: {device_id: signed}})
    failures = answer.get("failures") or {}
    if failures:
        raise CrossSigningError(
            _one_line(
                f"server refused the device signature: {json.dumps(failures, sort_keys=True)}"
            )
        )


async def ensure_cross_signing(
    session: aiohttp.ClientSession,
    homeserver: str,
    access_token: str,
    user_id: str,
    device_id: str,
    password: str | None,
    key_file: Path,
) -> Outcome:
    """Make sure the account has our cross-signing keys and this device is signed.

    Idempotent, so it can run at every start:

    - "already": key file present, the server publishes the same keys and the
      device carries a valid self-signing signature; nothing is written.
    - "signed-device": the keys were already published; only the device was signed.
    - "created": keys were published (new, loaded from ``key_file`` after an
      interrupted run, or replacing keys we do not hold), then the device signed.

    Keys are saved to ``key_file`` (0600) *before* they are published, so a crash
    in between never leaves the server with keys nobody has. ``password`` is only
    needed when keys already exist on the server and must be replaced.

    Raises CrossSigningError when the server refuses, when a password is needed
    but missing, or when the device has not uploaded its device keys yet.
    Network failures propagate as aiohttp.ClientError, so callers can retry.
    """
    http = _Http(session, homeserver, access_token)
    query = await _query_own_keys(http, user_id)
    device = query.get("device_keys", {}).get(user_id, {}).get(device_id)
    if not device:
        raise CrossSigningError(
            f"device {device_id} has no device keys on the server; upload them first "
            "(nio: keys_upload() after login)"
        )

    # File I/O off the event loop (save() fsyncs).
    keys = await asyncio.to_thread(_load_if_present, key_file)
    if keys is not None and _matches_server(keys, query, user_id):
        if _has_valid_signature(device, user_id, _public_b64(keys.self_signing)):
            return "already"
        await _sign_device(http, keys, user_id, device, device_id)
        return "signed-device"

    if keys is None:
        keys = CrossSigningKeys.generate()
        await asyncio.to_thread(keys.save, key_file)
    await _upload_keys(http, keys, user_id, password)
    await _sign_device(http, keys, user_id, device, device_id)
    return "created"
