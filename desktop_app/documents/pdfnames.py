"""ReportLab's PDF name and text encoding, remembered per process.

Saving a PDF formats every dictionary key through ``pdfdoc.PDFName`` (a Python loop over
the name's characters) and encodes every key, number and short string through
``pdfdoc.pdfdocEnc`` (a Python-level codec): a letter's save makes about 1,900 of these
calls on a few hundred distinct values (``/Type``, ``/Font``, ``/F1+0``, coordinates).
Both are pure functions of their text, so ``install`` replaces them in ``pdfdoc`` with
memoised versions that return the same values (for encoding, only short strings: a
title or author, which may name a borrower, is not kept); ReportLab looks them up there
at each call.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc

__all__ = ["install"]

_name = lru_cache(maxsize=4096)(pdfdoc.PDFName)
_encode = lru_cache(maxsize=8192)(pdfdoc.pdfdocEnc)
_original_encode = pdfdoc.pdfdocEnc
_SHORT = 32


def _pdf_name(data: Any, lo: str = chr(0x21), hi: str = chr(0x7E)) -> str:
    result: str = _name(data, lo, hi)
    return result


def _pdfdoc_enc(x: Any) -> Any:
    # short strings only: names, numbers, operators recur; long ones (a document's
    # metadata, cross-reference table) would only fill the memo with one-off content
    return _encode(x) if type(x) is str and len(x) <= _SHORT else _original_encode(x)



def install() -> None:
    """Use the memoised functions in ``reportlab.pdfbase.pdfdoc`` (idempotent)."""
    pdfdoc.PDFName = _pdf_name
    pdfdoc.pdfdocEnc = _pdfdoc_enc
