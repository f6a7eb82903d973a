"""Suite-wide setup. Qt must run headless: set the platform BEFORE anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COLLECTION_DESK_NO_KEYRING", "1")
