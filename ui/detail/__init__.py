"""Borrower detail panes for the selected case: overview, loans, parties, timeline,
documents and notes, with the officer's edits going through ``desktop_app`` services."""

from ui.detail.panes import DetailPanes

__all__ = ["DetailPanes"]
