"""The indexed search text: marked pairs for every word with Chinese in it."""

from __future__ import annotations

from local_db.search_text import BIGRAM_MARK, has_cjk, indexed_text


def _reference(body: str) -> str:
    """The first version, character by character."""

    def cjk(word: str) -> bool:
        return any("\u3400" <= ch <= "\u9fff" for ch in word)

    pairs = dict.fromkeys(
        word[i : i + 2] + BIGRAM_MARK
        for word in body.split()
        if cjk(word)
        for i in range(len(word) - 1)
    )
    return " ".join([body, *pairs]) if pairs else body


def test_indexed_text_equals_the_reference() -> None:
    bodies = [
        "",
        "John Smith 123",
        "王芳 330200199510119430 HSJK-0000078-2 上海某某有限公司 王芳",
        "a\u3400b c\u9fffd \u33ff\ua000 龍",
        "x 上 下",
    ]
    for body in bodies:
        assert indexed_text(body) == _reference(body), body
    assert [has_cjk(c) for c in "\u33ff\u3400中\u9fff\ua000"] == [False, True, True, True, False]
