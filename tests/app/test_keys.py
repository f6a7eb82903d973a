"""Keys: the OS keyring when it works, else a passphrase through scrypt."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop_app import keys
from desktop_app.context import open_context
from desktop_app.paths import data_paths
from local_db.errors import WrongKeyError


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory (CI has no OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("COLLECTION_DESK_NO_KEYRING", raising=False)
    monkeypatch.delenv("COLLECTION_DESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_first_run_stores_a_random_key_in_the_keyring(tmp_path: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    paths = data_paths(tmp_path)
    ctx = open_context(paths, create=True)
    ctx.close()
    (stored,) = memory_keyring.store.values()
    assert len(bytes.fromhex(stored)) == 32
    assert stored not in paths.keyinfo.read_text() and stored.encode() not in paths.database.read_bytes()
    open_context(paths).close()  # reopens from the keyring without a passphrase


def test_passphrase_mode_without_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")
    paths = data_paths(tmp_path)
    monkeypatch.delenv("COLLECTION_DESK_PASSPHRASE", raising=False)
    with pytest.raises(keys.UnlockError, match="COLLECTION_DESK_PASSPHRASE"):
        open_context(paths, create=True)
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "short")
    with pytest.raises(keys.UnlockError, match="at least 8"):
        open_context(paths, create=True)
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "a long passphrase")
    open_context(paths, create=True).close()
    assert keys.KeyInfo.load(paths.keyinfo) == keys.KeyInfo("passphrase",
                                                            keys.KeyInfo.load(paths.keyinfo).salt)  # type: ignore[union-attr]
    before = paths.database.read_bytes()
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "the wrong passphrase")
    with pytest.raises(WrongKeyError):
        open_context(paths)
    assert paths.database.read_bytes() == before
    asked: list[bool] = []
    ctx = open_context(paths, ask=lambda new: asked.append(new) or "a long passphrase")
    ctx.close()
    assert asked == [False]


def test_plaintext_backends_do_not_count_as_a_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    monkeypatch.delenv("COLLECTION_DESK_NO_KEYRING", raising=False)
    try:
        assert not keys.keyring_usable()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_and_the_database_are_private_to_their_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "test passphrase 1")
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")
    old = os.umask(0o022)  # the usual default: new files readable by everyone
    try:
        paths = data_paths(tmp_path / "new" / "desk")
        open_context(paths, create=True).close()
        assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700
        for path in (paths.database, paths.keyinfo):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        paths.database.chmod(0o644)  # e.g. copied in by hand: tightened at the next open
        open_context(paths).close()
        assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
        shared = tmp_path / "shared"
        shared.mkdir(mode=0o755)
        open_context(data_paths(shared), create=True).close()
        assert stat.S_IMODE(shared.stat().st_mode) & 0o777 == 0o755  # not ours: left alone
    finally:
        os.umask(old)
