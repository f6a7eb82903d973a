"""Where data lives: platformdirs by default, or one folder given with --data-dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "CollectionDesk"
DB_NAME = "collection-desk.db"
KEYINFO_NAME = "collection-desk.keyinfo.json"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def keyinfo(self) -> Path:
        return self.root / KEYINFO_NAME

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def ensure(self) -> DataPaths:
        """Create the folder; one this program creates is private to its user (0700 on
        POSIX): it holds borrowers' personal data, encrypted or exported."""
        if not self.root.exists():
            self.root.mkdir(parents=True)
            private(self.root, 0o700)
        self.logs.mkdir(exist_ok=True)
        return self

    def protect(self) -> None:
        """Make the database and its key file readable by their owner only (POSIX)."""
        for path in (self.database, self.keyinfo):
            if path.exists():
                private(path, 0o600)


def private(path: Path, mode: int) -> None:
    """``chmod`` on POSIX; Windows keeps a user's profile folders private by its ACLs."""
    if os.name == "posix":
        path.chmod(mode)


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    if data_dir:
        return DataPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get("COLLECTION_DESK_DATA_DIR")
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir(APP, appauthor=False)))
