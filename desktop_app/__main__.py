"""The composition root: ``collection-desk`` / ``python -m desktop_app``.

With a subcommand it runs headless; with none it opens the window (the only place the
application layer imports the UI).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.cli.main import build_parser, run

    code = run(argv)
    if code is not None:
        return code
    args = build_parser().parse_args(argv)
    from ui.app import run_gui

    return int(run_gui(args.data_dir, args.lang))


if __name__ == "__main__":
    sys.exit(main())
