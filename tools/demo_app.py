"""`make app`: open the window on a demo portfolio, building it the first time."""

from __future__ import annotations

import argparse
import os
import sys


def main() -> int:
    # imported here, not at the top: the letter workers the window starts (spawned
    # processes) import this script again, and should not load the store modules for it
    from desktop_app import keys
    from desktop_app.context import database_exists, open_context
    from desktop_app.paths import data_paths

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default="demo-data")
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = data_paths(args.data_dir)
    if not keys.keyring_usable() and not os.environ.get(keys.PASSPHRASE_ENV):
        # demo data only; real data uses the keyring or the officer's own passphrase
        os.environ[keys.PASSPHRASE_ENV] = os.environ.get(
            "COLLECTION_DESK_DEMO_PASSPHRASE", "demo-passphrase")
    if not database_exists(paths):
        from desktop_app.demo.run import build_demo

        print(f"Building a demo portfolio of {args.cases} cases in {paths.root} …")
        ctx = open_context(paths, create=True)
        try:
            print(build_demo(ctx, args.cases, args.seed))
        finally:
            ctx.close()
    from desktop_app.__main__ import main as app_main

    return app_main(["--data-dir", str(paths.root)])


if __name__ == "__main__":
    sys.exit(main())
