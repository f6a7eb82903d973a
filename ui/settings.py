"""Typed UI settings in one QSettings INI file inside the data folder (so ``--data-dir``
isolates tests and demos). Preferences and window state live in separate groups."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

FILE_NAME = "ui-settings.ini"
DEFAULT_IDLE_MINUTES = 15
DETAIL_LAYOUTS = ("tabs", "docks")


class UiSettings:
    def __init__(self, root: Path) -> None:
        self._s = QSettings(str(Path(root) / FILE_NAME), QSettings.Format.IniFormat)

    @property
    def qsettings(self) -> QSettings:
        """The underlying store, for panes that keep their own keys (e.g. the detail tabs)."""
        return self._s

    def sync(self) -> None:
        self._s.sync()

    # -- preferences ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self._s.value("prefs/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("prefs/language", value)

    @property
    def idle_lock_minutes(self) -> int:
        try:
            return max(0, int(self._s.value("prefs/idle_lock_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._s.setValue("prefs/idle_lock_minutes", int(value))

    @property
    def detail_layout(self) -> str:
        """How the borrower detail panes are shown: ``"tabs"`` (default) or ``"docks"``."""
        value = str(self._s.value("prefs/detail_layout", "tabs") or "tabs")
        return value if value in DETAIL_LAYOUTS else "tabs"

    @detail_layout.setter
    def detail_layout(self, value: str) -> None:
        self._s.setValue("prefs/detail_layout", value if value in DETAIL_LAYOUTS else "tabs")

    @property
    def hidden_columns(self) -> set[int] | None:
        raw = self._s.value("prefs/hidden_columns", None)
        if raw is None:
            return None
        try:
            return {int(c) for c in json.loads(str(raw))}
        except (TypeError, ValueError):
            return None

    @hidden_columns.setter
    def hidden_columns(self, value: set[int]) -> None:
        self._s.setValue("prefs/hidden_columns", json.dumps(sorted(value)))

    def import_mapping(self, signature: str) -> dict[str, object] | None:
        raw = self._s.value(f"import_mappings/{signature}", None)
        try:
            return dict(json.loads(str(raw))) if raw else None
        except (TypeError, ValueError):
            return None

    def set_import_mapping(self, signature: str, mapping: dict[str, object]) -> None:
        self._s.setValue(f"import_mappings/{signature}", json.dumps(mapping, ensure_ascii=False))

    # -- window state --------------------------------------------------------------------
    def state(self, name: str) -> QByteArray | None:
        value = self._s.value(f"window/{name}", None)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"window/{name}", value)
