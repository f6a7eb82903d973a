#!/bin/sh
# Re-extract every string of ui/, fill both .ts files from the tables, build the .qm files.
#   Chinese:         resources/translations/zh_CN/<folder>.tsv  (context, source, Chinese)
#   English plurals: resources/translations/en/plurals.tsv      (context, source, one, other)
# A new string gets an empty row in its table and this script stops: fill the row, run again.
set -e
cd "$(dirname "$0")/.."
TS="resources/translations/collection_desk_zh_CN.ts resources/translations/collection_desk_en.ts"
.venv/bin/pyside6-lupdate $(find ui -name "*.py" | sort) desktop_app/compliance/details.py -no-obsolete -ts $TS
.venv/bin/python tools/fill_translations.py "$@"
.venv/bin/pyside6-lrelease $TS
