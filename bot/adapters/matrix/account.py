"""Brug's Matrix login: the password once, then the saved token and device, cross-signed."""

from __future__ import annotations

import logging
from typing import Any

import aiohttp
import nio

from bot.adapters.matrix.config import MatrixLoginError, MatrixSettings, SavedLogin
from bot.adapters.matrix.crosssigning import CrossSigningError, ensure_cross_signing

log = logging.getLogger("brug.matrix")

DEVICE_NAME = "Brug"
AUTH_ERRORS = ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN")


# --- the account ----------------------------------------------------------------------------


class Account:
    """Brug's login: once with the password, then the saved token and device at every start,
    and the device cross-signed so that clients trust it."""

    def __init__(self, client: Any, settings: MatrixSettings) -> None:
        self.client = client
        self.settings = settings

    async def log_in(self) -> None:
        client, settings = self.client, self.settings
        if settings.access_token:
            user_id, device_id = await self._whoami(settings.access_token)
            if user_id is None or device_id is None:
                raise MatrixLoginError("the homeserver does not accept BRUG_MATRIX_ACCESS_TOKEN")
            client.restore_login(user_id, device_id, settings.access_token)
            return
        path = settings.store_dir / "login.json"
        saved = SavedLogin.load(path)
        if saved and saved.homeserver == settings.homeserver and self._same_user(saved):
            user_id, _ = await self._whoami(saved.access_token)
            if user_id == saved.user_id:
                client.restore_login(saved.user_id, saved.device_id, saved.access_token)
                return
            log.warning("saved login refused", extra={"event": "matrix_login_refused"})
        response = await client.login(settings.password, device_name=DEVICE_NAME)
        if not isinstance(response, nio.LoginResponse):
            raise MatrixLoginError(f"login refused: {response.status_code}")
        SavedLogin(
            settings.homeserver, response.user_id, response.device_id, response.access_token
        ).save(path)
        log.info("logged in", extra={"event": "matrix_logged_in"})

    def _same_user(self, saved: SavedLogin) -> bool:
        user = self.settings.user or ""
        return saved.user_id == user or saved.user_id.startswith(f"@{user.lstrip('@')}:")

    async def _whoami(self, token: str) -> tuple[str | None, str | None]:
        """Whose token this is (None when the homeserver does not know it)."""
        self.client.access_token = token
        response = await self.client.whoami()
        self.client.access_token = ""
        if isinstance(response, nio.WhoamiResponse):
            return str(response.user_id), response.device_id
        if response.status_code not in (*AUTH_ERRORS, "M_FORBIDDEN"):
            raise MatrixLoginError(f"whoami failed: {response.status_code}")
        return None, None

    async def cross_sign(self) -> None:
        """Publish the cross-signing keys once and sign this device (idempotent)."""
        client = self.client
        try:
            async with aiohttp.ClientSession() as http:
                outcome = await ensure_cross_signing(
                    http,
                    self.settings.homeserver,
                    client.access_token,
                    client.user_id,
                    client.device_id,
                    self.settings.password,
                    self.settings.store_dir / "cross-signing.json",
                )
        except (CrossSigningError, aiohttp.ClientError) as error:
            # Brug still works; Element shows the device as not verified by its owner.
            log.error(
                "cross-signing failed",
                extra={"event": "matrix_cross_signing_failed", "error": str(error)},
            )
            return
        log.info("cross-signing", extra={"event": f"matrix_cross_signing_{outcome}"})
