"""The database key: random and kept in the OS keyring, or derived from a passphrase.

On first run a 256-bit key is drawn and stored in the keyring under the database's path.
Where no usable keyring backend exists, the key is derived with scrypt from a passphrase,
with the salt kept beside the database (``*.keyinfo.json``). Headless use may pass the
passphrase in ``COLLECTION_DESK_PASSPHRASE``. The key itself is never written to disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

SERVICE = "collection-desk"
PASSPHRASE_ENV = "COLLECTION_DESK_PASSPHRASE"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 8
UNUSABLE_BACKENDS = ("fail", "null", "chainer", "plaintext")


class UnlockError(Exception):
    """A key could not be obtained (no keyring entry, no passphrase); message says why."""


@dataclass(frozen=True)
class KeyInfo:
    mode: str  # keyring | passphrase
    salt: str = ""

    @staticmethod
    def load(path: Path) -> KeyInfo | None:
        if not path.exists():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        return KeyInfo(mode=str(raw["mode"]), salt=str(raw.get("salt", "")))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"mode": self.mode, "salt": self.salt}), encoding="utf-8")


def keyring_usable() -> bool:
    """True when the active backend really stores secrets outside the data folder."""
    if os.environ.get("COLLECTION_DESK_NO_KEYRING"):
        return False
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if any(word in name for word in UNUSABLE_BACKENDS):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def derive_key(passphrase: str, salt_hex: str) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=bytes.fromhex(salt_hex),
        n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=128 * 1024 * 1024, dklen=32,
    )


def _account(db_path: Path) -> str:
    return str(db_path.resolve())


PassphraseSource = Callable[[bool], str | None]
"""Asked for a passphrase; the argument says whether it is a new one (confirm it)."""


def env_passphrase(_new: bool) -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def create_key(db_path: Path, keyinfo_path: Path, ask: PassphraseSource = env_passphrase) -> bytes:
    """First run: keyring if usable, else a passphrase-derived key."""
    if keyring_usable():
        key = secrets.token_bytes(32)
        try:
            keyring.set_password(SERVICE, _account(db_path), key.hex())
            KeyInfo(mode="keyring").save(keyinfo_path)
            return key
        except keyring.errors.KeyringError:
            pass
    passphrase = ask(True)
    if not passphrase:
        raise UnlockError(
            "No usable OS keyring here. Set a passphrase: pass it in "
            f"{PASSPHRASE_ENV} or enter it when asked."
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise UnlockError(f"The passphrase needs at least {MIN_PASSPHRASE} characters.")
    info = KeyInfo(mode="passphrase", salt=secrets.token_hex(16))
    info.save(keyinfo_path)
    return derive_key(passphrase, info.salt)


def load_key(db_path: Path, keyinfo_path: Path, ask: PassphraseSource = env_passphrase) -> bytes:
    """The key for an existing database, from the keyring or the passphrase."""
    info = KeyInfo.load(keyinfo_path)
    if info is None:
        raise UnlockError(f"{keyinfo_path.name} is missing beside the database; cannot unlock it.")
    if info.mode == "keyring":
        try:
            stored = keyring.get_password(SERVICE, _account(db_path))
        except keyring.errors.KeyringError as exc:
            raise UnlockError(f"The OS keyring could not be read: {exc}") from exc
        if not stored:
            raise UnlockError("The OS keyring holds no key for this database.")
        return bytes.fromhex(stored)
    passphrase = ask(False)
    if not passphrase:
        raise UnlockError(f"This database is locked by a passphrase: set {PASSPHRASE_ENV}.")
    return derive_key(passphrase, info.salt)
