"""Cross-signing bootstrap against a real Synapse, checked independently of the module
under test: signatures are verified here with signedjson on the raw /keys/query answer."""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
import signedjson.key
import signedjson.sign
from synapse_server import MatrixUser, SynapseServer

from bot.adapters.matrix.crosssigning import (
    CrossSigningError,
    CrossSigningKeys,
    ensure_cross_signing,
)

nio = pytest.importorskip("nio")

NioFactory = Callable[..., Awaitable[Any]]
UserFactory = Callable[..., MatrixUser]


@pytest_asyncio.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _device(nio_client: NioFactory, user: MatrixUser, name: str = "brug") -> Any:
    """A logged-in, encryption-enabled nio client whose device keys are on the server."""
    client = await nio_client(user, encryption=True, device_name=name)
    uploaded = await client.keys_upload()
    assert isinstance(uploaded, nio.KeysUploadResponse), uploaded
    return client


async def _query(http: aiohttp.ClientSession, hs: SynapseServer, client: Any) -> dict[str, Any]:
    async with http.post(
        f"{hs.homeserver_url}/_matrix/client/v3/keys/query",
        json={"device_keys": {client.user_id: []}},
        headers={"Authorization": f"Bearer {client.access_token}"},
    ) as response:
        assert response.status == 200
        answer: dict[str, Any] = await response.json()
        return answer


def _only_key(obj: dict[str, Any]) -> tuple[str, str]:
    ((key_id, public),) = obj["keys"].items()
    return key_id, public


def _verify_key(key_id: str, public: str) -> Any:
    return signedjson.key.decode_verify_key_bytes(
        key_id, base64.b64decode(public + "=" * (-len(public) % 4))
    )


def _public(key: Any) -> str:
    return signedjson.key.encode_verify_key_base64(signedjson.key.get_verify_key(key))


def _assert_cross_signed(
    query: dict[str, Any], user_id: str, device_id: str, keys: CrossSigningKeys
) -> None:
    """The chain master -> self-signing -> device holds, with our keys."""
    master_id, master_public = _only_key(query["master_keys"][user_id])
    assert master_public == _public(keys.master)
    ssk_obj = query["self_signing_keys"][user_id]
    ssk_id, ssk_public = _only_key(ssk_obj)
    assert ssk_public == _public(keys.self_signing)
    # Raises SignatureVerifyException if a signature is missing or wrong.
    signedjson.sign.verify_signed_json(ssk_obj, user_id, _verify_key(master_id, master_public))
    device = query["device_keys"][user_id][device_id]
    signedjson.sign.verify_signed_json(device, user_id, _verify_key(ssk_id, ssk_public))
    usk_obj = query["user_signing_keys"][user_id]
    signedjson.sign.verify_signed_json(usk_obj, user_id, _verify_key(master_id, master_public))


@pytest.mark.asyncio
async def test_bootstrap_signs_device_and_is_idempotent(
    synapse: SynapseServer,
    matrix_user: UserFactory,
    nio_client: NioFactory,
    http: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    user = matrix_user("bot")
    client = await _device(nio_client, user)
    key_file = tmp_path / "state" / "cross-signing.json"
    args = (http, synapse.homeserver_url, client.access_token, user.user_id, client.device_id)

    assert await ensure_cross_signing(*args, user.password, key_file) == "created"

    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    keys = CrossSigningKeys.load(key_file)
    first = await _query(http, synapse, client)
    _assert_cross_signed(first, user.user_id, client.device_id, keys)

    file_before = key_file.read_bytes()
    assert await ensure_cross_signing(*args, user.password, key_file) == "already"
    # No password needed when there is nothing to do.
    assert await ensure_cross_signing(*args, None, key_file) == "already"
    assert key_file.read_bytes() == file_before
    assert await _query(http, synapse, client) == first


@pytest.mark.asyncio
async def test_nio_encryption_still_works_with_cross_signed_device(
    synapse: SynapseServer,
    matrix_user: UserFactory,
    nio_client: NioFactory,
    http: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    """nio knows nothing of cross-signing; the extra signatures must not upset it."""
    bot_user, peer_user = matrix_user("bot"), matrix_user("peer")
    bot = await _device(nio_client, bot_user)
    outcome = await ensure_cross_signing(
        http,
        synapse.homeserver_url,
        bot.access_token,
        bot_user.user_id,
        bot.device_id,
        None,
        tmp_path / "cross-signing.json",
    )
    assert outcome == "created"
    peer = await _device(nio_client, peer_user, "peer")

    created = await bot.room_create(
        is_direct=True,
        invite=[peer_user.user_id],
        initial_state=[nio.EnableEncryptionBuilder().as_dict()],
    )
    room_id = created.room_id
    await peer.sync(timeout=0)
    assert isinstance(await peer.join(room_id), nio.JoinResponse)
    await bot.sync(timeout=0)
    sent = await bot.room_send(
        room_id,
        "m.room.message",
        {"msgtype": "m.text", "body": "versleuteld"},
        ignore_unverified_devices=True,
    )
    assert isinstance(sent, nio.RoomSendResponse), sent

    for _ in range(10):
        response = await peer.sync(timeout=500)
        room = response.rooms.join.get(room_id)
        events = room.timeline.events if room else []
        texts = [e.body for e in events if isinstance(e, nio.RoomMessageText)]
        if texts:
            break
    assert texts == ["versleuteld"]
    # The peer's nio accepts the bot's device keys, despite the extra signature.
    assert peer.should_query_keys
    assert isinstance(await peer.keys_query(), nio.KeysQueryResponse)
    assert bot.device_id in peer.device_store[bot_user.user_id]


@pytest.mark.asyncio
async def test_second_device_is_signed_with_existing_keys(
    synapse: SynapseServer,
    matrix_user: UserFactory,
    nio_client: NioFactory,
    http: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    user = matrix_user("bot")
    key_file = tmp_path / "cross-signing.json"
    first = await _device(nio_client, user, "first")
    # First-time publication needs no password on Synapse (MSC3967).
    outcome = await ensure_cross_signing(
        http,
        synapse.homeserver_url,
        first.access_token,
        user.user_id,
        first.device_id,
        None,
        key_file,
    )
    assert outcome == "created"

    second = await _device(nio_client, user, "second")
    outcome = await ensure_cross_signing(
        http,
        synapse.homeserver_url,
        second.access_token,
        user.user_id,
        second.device_id,
        None,
        key_file,
    )
    assert outcome == "signed-device"
    query = await _query(http, synapse, second)
    keys = CrossSigningKeys.load(key_file)
    _assert_cross_signed(query, user.user_id, second.device_id, keys)
    _assert_cross_signed(query, user.user_id, first.device_id, keys)


@pytest.mark.asyncio
async def test_replacing_keys_needs_the_password(
    synapse: SynapseServer,
    matrix_user: UserFactory,
    nio_client: NioFactory,
    http: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    user = matrix_user("bot")
    client = await _device(nio_client, user)
    args = (http, synapse.homeserver_url, client.access_token, user.user_id, client.device_id)
    assert await ensure_cross_signing(*args, None, tmp_path / "old.json") == "created"
    published = await _query(http, synapse, client)

    # The key file is lost: new keys must replace the published ones, which takes UIA.
    lost = tmp_path / "new.json"
    with pytest.raises(CrossSigningError, match="password") as missing:
        await ensure_cross_signing(*args, None, lost)
    assert "\n" not in str(missing.value)
    with pytest.raises(CrossSigningError, match="refused the password"):
        await ensure_cross_signing(*args, "wrong password", lost)
    assert await _query(http, synapse, client) == published  # nothing changed

    assert await ensure_cross_signing(*args, user.password, lost) == "created"
    _assert_cross_signed(
        await _query(http, synapse, client),
        user.user_id,
        client.device_id,
        CrossSigningKeys.load(lost),
    )
    assert await ensure_cross_signing(*args, None, lost) == "already"


@pytest.mark.asyncio
async def test_device_without_device_keys_is_an_error(
    synapse: SynapseServer,
    matrix_user: UserFactory,
    nio_client: NioFactory,
    http: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    user = matrix_user("bot")
    client = await nio_client(user, encryption=False)  # never uploads device keys
    key_file = tmp_path / "cross-signing.json"
    with pytest.raises(CrossSigningError, match="keys_upload"):
        await ensure_cross_signing(
            http,
            synapse.homeserver_url,
            client.access_token,
            user.user_id,
            client.device_id,
            user.password,
            key_file,
        )
    assert not key_file.exists()


def test_key_file_round_trip_and_mode(tmp_path: Path) -> None:
    keys = CrossSigningKeys.generate()
    path = tmp_path / "keys.json"
    keys.save(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    loaded = CrossSigningKeys.load(path)
    for usage in ("master", "self_signing", "user_signing"):
        assert bytes(getattr(loaded, usage)) == bytes(getattr(keys, usage))
        assert getattr(loaded, usage).version == _public(getattr(keys, usage))
    assert set(json.loads(path.read_text())) == {
        "format",
        "master",
        "self_signing",
        "user_signing",
    }
    path.write_text("{not json")
    with pytest.raises(CrossSigningError, match="cannot read"):
        CrossSigningKeys.load(path)


@pytest.mark.asyncio
async def test_brug_start_cross_signs_its_device_and_a_restart_changes_nothing(
    brug_bot: Any, http: aiohttp.ClientSession
) -> None:
    """After a real adapter start, /keys/query alone proves the chain: the device is signed
    by the published self-signing key, and that key by the published master key."""
    adapter = await brug_bot.start()
    user_id, device_id = adapter.user_id, adapter.client.device_id
    query = await _query(http, brug_bot.synapse, adapter.client)

    master_id, master_public = _only_key(query["master_keys"][user_id])
    ssk = query["self_signing_keys"][user_id]
    ssk_id, ssk_public = _only_key(ssk)
    signedjson.sign.verify_signed_json(ssk, user_id, _verify_key(master_id, master_public))
    device = query["device_keys"][user_id][device_id]
    assert f"ed25519:{ssk_public}" in device["signatures"][user_id]
    signedjson.sign.verify_signed_json(device, user_id, _verify_key(ssk_id, ssk_public))

    key_file = brug_bot.store / "cross-signing.json"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(brug_bot.store).st_mode) == 0o700
    master_seed = json.loads(key_file.read_text())["master"]
    master = signedjson.key.decode_signing_key_base64("ed25519", "master", master_seed)
    assert _public(master) == master_public

    before = key_file.read_bytes()
    await adapter.stop()
    again = await brug_bot.start()
    assert again.client.device_id == device_id
    assert key_file.read_bytes() == before
    assert await _query(http, brug_bot.synapse, again.client) == query
