"""What a typed search becomes: the FTS5 expression, and the terms too short for it."""

from __future__ import annotations

from desktop_app.portfolio.search_index import match_expression, short_terms
from local_db.search_text import BIGRAM_MARK


def test_terms_long_enough_are_searched_and_the_others_named() -> None:
    assert match_expression("上海 王 JK2024") == f'"上海{BIGRAM_MARK}" AND "JK2024"'
    assert short_terms("上海 王 JK2024") == ["王"]
    assert match_expression("王") is None and short_terms("王") == ["王"]
    assert match_expression("ab 12") is None and short_terms("ab 12") == ["ab", "12"]
    assert match_expression('"上海"') == f'"上海{BIGRAM_MARK}"'  # quotes are not searched
    assert short_terms("  ") == [] and match_expression("  ") is None
