"""Screenshots of the real main window on a demo data folder (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot.py \
        --data-dir /tmp/desk-demo --lang zh_CN --out docs/screenshots/main-zh.png
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COLLECTION_DESK_PASSPHRASE", "demo passphrase 2026")
os.environ.setdefault("COLLECTION_DESK_NO_KEYRING", "1")

from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.context import database_exists, open_context  # noqa: E402
from desktop_app.paths import data_paths  # noqa: E402
from desktop_app.services import setup  # noqa: E402
from ui import demo_loader  # noqa: E402
from ui.app import STYLE, Shell  # noqa: E402
from ui.i18n import Translators  # noqa: E402
from ui.settings import UiSettings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", required=True)
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--view", default="today")
    parser.add_argument("--row", type=int, default=0)
    parser.add_argument("--hide", default="", help="column numbers to hide, e.g. 3,6,9")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    paths = data_paths(args.data_dir)
    fresh = not database_exists(paths)
    ctx = open_context(paths, create=fresh)
    if fresh:
        setup.save_profile(ctx, institution="华东示范商业银行股份有限公司", officer="李明",
                           employee_no="E1024", phone="021-50001234")
        demo_loader.work(ctx, args.cases)(lambda d, t: None, lambda: False)
    found = setup.profile(ctx)
    assert found is not None
    translators = Translators()
    translators.install(args.lang)
    app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    settings = UiSettings(Path(args.data_dir) / f"shots-{args.lang}")
    shell = Shell(ctx, settings, translators, f"{found.officer} ({found.employee_no})",
                  watch_idle=False)
    window = shell.window
    assert window is not None and shell.controller is not None
    window.resize(1600, 1000)
    window.show()
    shell.controller.select_view(args.view)
    if args.hide:
        window.worklist.set_hidden_columns({int(c) for c in args.hide.split(",")})

    def select() -> None:
        window.worklist.select_row(args.row)

    def grab() -> None:
        QThreadPool.globalInstance().waitForDone()
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(args.out)
        print("saved", args.out)
        app.quit()

    QTimer.singleShot(800, select)
    QTimer.singleShot(2500, grab)
    app.exec()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
