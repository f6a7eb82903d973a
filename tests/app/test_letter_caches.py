"""The per-process memos of the letter builder never change a letter's bytes.

Line breaking, text objects, coded texts, font subsets, PDF names and QR runs are all
remembered between letters of a batch. A letter built in a fresh process (every memo
empty) must equal the same letter built after others have filled them.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from bench.letters_bench import varied_letters
from desktop_app.documents.agreement import build_agreement
from desktop_app.documents.agreement_samples import sample_agreement
from desktop_app.documents.letters import build_letter

ROOT = Path(__file__).resolve().parents[2]
FRESH = """
import hashlib, sys
from bench.letters_bench import varied_letters
from desktop_app.documents.agreement import build_agreement
from desktop_app.documents.agreement_samples import sample_agreement
from desktop_app.documents.letters import build_letter
lang, k = sys.argv[1], int(sys.argv[2])
print(hashlib.sha256(build_letter(varied_letters(k + 1, lang)[k], invariant=True)).hexdigest())
"""


def _fresh(lang: str, k: int) -> str:
    done = subprocess.run(
        [sys.executable, "-c", FRESH, lang, str(k)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return done.stdout.strip()


def test_a_letter_is_the_same_in_a_fresh_process_and_after_a_batch() -> None:
    for lang in ("zh", "en"):
        letters = varied_letters(12, lang)
        warm = [build_letter(d, invariant=True) for d in letters]
        agreement = build_agreement(sample_agreement(lang), invariant=True)  # other memos
        again = build_letter(letters[3], invariant=True)
        assert build_agreement(sample_agreement(lang), invariant=True) == agreement
        assert again == warm[3]
        assert hashlib.sha256(warm[11]).hexdigest() == _fresh(lang, 11)
        assert len(set(warm)) == len(warm)  # the letters do differ
