"""What the full-text index stores for a case (shared by the app and the migrations)."""

from __future__ import annotations

import re

BIGRAM_MARK = "§"
"""Trigrams cannot find a two-character word, and Chinese names are searched by two
characters all the time (上海, 王芳). So every pair of adjacent characters in a word with
Chinese in it is also indexed as ``pair + §``: a three-character token the trigram index
finds exactly."""

_CJK = re.compile("[\u3400-\u9fff]")


def has_cjk(word: str) -> bool:
    return _CJK.search(word) is not None


def indexed_text(body: str) -> str:
    """The text stored in the index for a case: the body plus its marked pairs."""
    if _CJK.search(body) is None:
        return body
    cjk = _CJK.search
    pairs = dict.fromkeys(word[i:i + 2] + BIGRAM_MARK for word in body.split()
                          if cjk(word) for i in range(len(word) - 1))
    return " ".join([body, *pairs]) if pairs else body
