#!/bin/sh
# Re-extract strings from ui/, fill the shell's translations, build the .qm files.
set -e
cd "$(dirname "$0")/.."
TS="resources/translations/collection_desk_zh_CN.ts resources/translations/collection_desk_en.ts"
.venv/bin/pyside6-lupdate $(find ui -name '*.py' | sort) -no-obsolete -ts $TS
.venv/bin/python tools/fill_translations.py
.venv/bin/pyside6-lrelease $TS
