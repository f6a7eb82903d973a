"""CJK font discovery and one-time registration with ReportLab.

Order: an explicitly configured TrueType path, then the usual Windows fonts (SimSun,
Microsoft YaHei), then Debian packages (WenQuanYi Zen Hei, AR PL UMing/UKai, Droid Sans
Fallback). Noto CJK ships as OpenType/CFF, which ReportLab cannot embed, so it is not a
candidate. When nothing loads, ReportLab's built-in CID font ``STSong-Light`` is used: it
needs no file and its text extracts, but it is not embedded in the PDF.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFError

from .fontcache import CachingTTFont

__all__ = ["FALLBACK_FONT", "FONT_ENV", "candidate_paths", "register_font"]

FALLBACK_FONT = "STSong-Light"
FONT_ENV = "COLLECTION_DESK_CJK_FONT"

_WINDOWS = ("simsun.ttc", "SimSun.ttc", "simsun.ttf", "msyh.ttc", "msyh.ttf", "simhei.ttf")
_UNIX = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
)
_lock = threading.Lock()
_registered: dict[str, str] = {}


def candidate_paths(configured: str | os.PathLike[str] | None = None) -> list[Path]:
    """Font files to try, best first; only files that exist."""
    paths: list[Path] = []
    env = os.environ.get(FONT_ENV)
    for given in (configured, env):
        if given:
            paths.append(Path(given))
    windir = os.environ.get("WINDIR", r"C:\Windows")
    paths += [Path(windir) / "Fonts" / name for name in _WINDOWS]
    paths += [Path(p) for p in _UNIX]
    return [p for p in paths if p.is_file()]


def _cache_tables(font: CachingTTFont) -> None:
    """Keep each table ReportLab copies out of the font file once, instead of once per
    document: every PDF embeds its own subset, and ``makeSubset`` re-slices the whole
    ``glyf`` table (about 10 MB for WenQuanYi Zen Hei) each time. Tables are immutable
    ``bytes``, so sharing them changes nothing in the output."""
    face = font.face
    tables: dict[str, bytes] = {}
    uncached = face.get_table

    def get_table(tag: str) -> bytes:
        if tag not in tables:
            tables[tag] = uncached(tag)
        return tables[tag]

    face.get_table = get_table


def _try_register(path: Path) -> str | None:
    name = "CD-" + path.stem
    try:
        font = CachingTTFont(name, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, AssertionError):
        return None
    _cache_tables(font)
    pdfmetrics.registerFont(font)
    return name


def _register_fallback() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT


def register_font(configured: str | os.PathLike[str] | None = None) -> str:
    """Register the best CJK font once and return its ReportLab font name.

    ``configured`` may be a font file path, or an already registered font name
    (e.g. ``"STSong-Light"``). Results are cached per argument, so repeated calls are free.
    """
    key = str(configured or "")
    with _lock:
        if key in _registered:
            return _registered[key]
        name = _resolve(configured)
        # one face only: <b> and <i> markup fall back to the same face
        registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        _registered[key] = name
        return name


def _resolve(configured: str | os.PathLike[str] | None) -> str:
    if configured is not None and str(configured) == FALLBACK_FONT:
        return _register_fallback()
    if configured is not None and str(configured) in pdfmetrics.getRegisteredFontNames():
        return str(configured)
    for path in candidate_paths(configured):
        name = _try_register(path)
        if name is not None:
            return name
    return _register_fallback()
