"""The headless command line; ``collection-desk`` with no command opens the window."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from desktop_app.cli.common import CliError

COMMAND_MODULES = ("desktop_app.cli.core", "desktop_app.cli.profile")
OPTIONAL_MODULES = ("desktop_app.cli.calls", "desktop_app.cli.documents")

log = logging.getLogger("collection_desk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="collection-desk",
        description="Collection Desk (催收工作台). With no command, opens the window.")
    parser.add_argument("--data-dir", default=None,
                        help="use this folder for the database and files")
    parser.add_argument("--lang", default=None, choices=("zh", "en"), help="window language")
    parser.add_argument("--actor", default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for name in OPTIONAL_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int | None:
    """Run a command; None means no command was given (open the window)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        return None
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        if getattr(exc, "environment", False) or type(exc).__name__ in (
                "UnlockError", "DatabaseMissingError", "WrongKeyError", "NewerSchemaError"):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        raise
