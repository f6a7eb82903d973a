"""Screenshots of the real main window on a demo data folder (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot.py \
        --data-dir /tmp/desk-demo --lang zh_CN --out docs/screenshots/main-zh.png

``--detail-layout docks`` shows the detail panes as docks; ``--promise-out FILE`` also opens
the "Record promise" dialog on the selected case and saves it to FILE.
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
    parser.add_argument("--detail-layout", choices=("tabs", "docks"), default="tabs")
    parser.add_argument("--promise-out", default="", help="also save the promise dialog here")
    parser.add_argument("--pane", default="", help="detail pane to show, e.g. partiesTab")
    parser.add_argument("--message", default="", help="a detail message to show")
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
    settings.detail_layout = args.detail_layout
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
        layout = shell.controller.detail_layout if shell.controller else None
        page = next((p for p, name, _t in window.detail.pages if name == args.pane), None)
        if page is not None and layout is not None and (dock := layout.dock(args.pane)):
            layout.raise_dock(dock)
        elif page is not None:
            window.detail.tabs.setCurrentWidget(page)
        if args.message:
            window.detail.show_message(args.message)

    def grab() -> None:
        QThreadPool.globalInstance().waitForDone()
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(args.out)
        print("saved", args.out)
        if args.promise_out:
            window.detail.overview.promise_button.click()
            QTimer.singleShot(600, grab_promise)
        else:
            app.quit()

    def grab_promise() -> None:
        dialog = window.detail.active_dialog()
        assert dialog is not None
        dialog.amount.setText("abc")
        dialog.accept()  # shows the field error, as an officer would see it
        app.processEvents()
        dialog.grab().save(args.promise_out)
        print("saved", args.promise_out)
        app.quit()

    QTimer.singleShot(800, select)
    QTimer.singleShot(2500, grab)
    app.exec()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
