"""Every outcome code an Activity can carry, and which service writes it.

The timeline shows the outcome of each activity; the window labels every code listed here
(``ui/detail/labels.py``), and a test holds the two together. A service that writes a new
outcome adds it here first.
"""

from __future__ import annotations

from desktop_app.calls.script_model import OUTCOMES as CALL_OUTCOMES

LETTER_GENERATED = "generated"
"""``letters``: a letter was numbered, checked and stored (kind ``letter``)."""

DELIVERY_RESULTS: tuple[str, ...] = ("signed", "refused", "returned", "pending")
"""``delivery``: what the post did with a letter; the Activity's outcome is ``delivery_<result>``."""

PROMISE_MADE = "promised"
"""``promises.record_promise`` outside a call (kind ``promise``)."""

PROMISE_RESULTS: tuple[str, ...] = ("kept", "partial", "broken")
"""``promises.evaluate``: an open promise at its due date (plus grace), kind ``promise``."""


def delivery_outcome(result: str) -> str:
    """The Activity outcome recording a delivery result, e.g. ``delivery_signed``."""
    return f"delivery_{result}"


ACTIVITY_OUTCOMES: frozenset[str] = frozenset(
    {
        *CALL_OUTCOMES,  # calls and visits (call_finish, the demo history)
        LETTER_GENERATED,
        *(delivery_outcome(r) for r in DELIVERY_RESULTS),
        PROMISE_MADE,
        *PROMISE_RESULTS,
    }
)
