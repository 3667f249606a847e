"""Encryption at rest for everything people write: AES-GCM over each stored JSON text.

A sealed value reads `enc1:<key id>:<base64 of nonce + ciphertext>`; anything else is plain
text from before a key was configured. The key id names the key, so a wrong key is reported
as such instead of as corrupt data.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "enc1:"


class EncryptionKeyError(Exception):
    """A missing or wrong encryption key, with one line that says what to do."""


def read_key(path: Path) -> bytes:
    """A 32-byte key from a file: raw bytes, 64 hex digits or base64 (as `brug keygen` writes).

    Like ssh with a private key, a file that others may read or change is refused.
    """
    try:
        mode = path.stat().st_mode & 0o777
        raw = path.read_bytes().strip()
    except OSError as error:
        raise EncryptionKeyError(
            f"cannot read the encryption key file {path}: {error.strerror}"
        ) from None
    if mode & 0o077:
        raise EncryptionKeyError(
            f"the encryption key file {path} is open to others (mode {mode:04o}): "
            f"run `chmod 600 {path}` (and make new keys with umask 077)"
        )
    for decode in (bytes.fromhex, base64.b64decode):
        try:
            key = decode(raw.decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            continue
        if len(key) == 32:
            return key
    if len(raw) == 32:
        return raw
    raise EncryptionKeyError(
        f"the encryption key in {path} must be 32 bytes (64 hex digits or base64)"
    )


def new_key() -> str:
    return base64.b64encode(os.urandom(32)).decode("ascii")


class Sealer:
    def __init__(self, key: bytes) -> None:
        self._key = key
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(key).hexdigest()[:8]

    def derive(self, purpose: str) -> bytes:
        """A 32-byte key for one other use (`purpose` names it), from this key by HKDF-SHA256
        (RFC 5869): the pseudonyms in the logs, nio's crypto store. Nothing more to keep."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
            self._key
        )

    def seal(self, text: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), self.key_id.encode())
        return f"{PREFIX}{self.key_id}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def open(self, text: str) -> str:
        if not text.startswith(PREFIX):
            return text
        key_id, _, body = text[len(PREFIX) :].partition(":")
        if key_id != self.key_id:
            raise EncryptionKeyError(
                f"stored data was encrypted with key {key_id}, but the configured key is "
                f"{self.key_id}: set storage.encryption_key_file to the right key"
            )
        blob = base64.b64decode(body)
        try:
            return self._aead.decrypt(blob[:12], blob[12:], key_id.encode()).decode("utf-8")
        except InvalidTag:
            raise EncryptionKeyError(f"stored data under key {key_id} does not decrypt") from None


def open_plain(text: str) -> str:
    """Reading without a key: plain text passes, sealed text is a clear error."""
    if text.startswith(PREFIX):
        key_id = text[len(PREFIX) :].split(":", 1)[0]
        raise EncryptionKeyError(
            f"stored data is encrypted (key {key_id}): set storage.encryption_key_file"
        )
    return text
