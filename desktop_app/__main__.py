"""The composition root: ``collection-desk`` / ``python -m desktop_app``.

With a subcommand it runs headless; with none it opens the window (the only place the
application layer imports the UI).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.cli.main import build_parser, run

    try:
        code = run(argv)
        if code is not None:
            sys.stdout.flush()  # short output meets a closed pipe here, not at exit
    except BrokenPipeError:
        return stdout_gone()
    if code is not None:
        return code
    args = build_parser().parse_args(argv)
    from ui.app import run_gui

    return int(run_gui(args.data_dir, args.lang))


def stdout_gone() -> int:
    """The reader of stdout went away (``collection-desk ... | head``): stop quietly, as
    command-line tools do, with status 1 since not all the output arrived. What is still
    buffered goes to the null device, so Python's exit flush does not complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (an embedding, a test's capture)
        pass
    return 1


if __name__ == "__main__":
    sys.exit(main())
