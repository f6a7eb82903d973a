"""Shared CLI plumbing: JSON output, context opening, errors to exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any

from desktop_app.context import AppContext, open_context
from desktop_app.paths import data_paths


class CliError(Exception):
    """A problem the user can fix; printed without a traceback, exit status 1."""


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    """Print JSON with --json, else the human text."""
    if getattr(args, "json", False):
        json.dump(to_plain(payload), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(text)


def open_ctx(args: argparse.Namespace, create: bool = False) -> AppContext:
    ctx = open_context(data_paths(args.data_dir), create=create)
    actor = getattr(args, "actor", None)
    if actor:
        ctx.actor = actor
    return ctx


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-05") from exc
