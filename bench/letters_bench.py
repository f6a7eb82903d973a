"""Demand-letter throughput: ReportLab builder in 1 and 2 processes vs LibreOffice headless.

    .venv/bin/python -m bench.letters_bench [--letters 1000] [--lo-letters 200]
        [--lang zh] [--font PATH|STSong-Light]

Prints one JSON object. The app side builds ``--letters`` different demand letters
(``build_letter``: checks, wording, layout, embedded font subset, QR code; no database)
once in this process and once through ``LetterPool`` with 2 spawned workers. The letters
differ the way a real batch does: number, borrower and guarantor names, credit codes,
contract numbers, addresses and every amount (so no per-text cache can serve a letter
from the one before). The baseline is how offices mail-merge today: the same letters
written as .docx files (same wording, amount table, A4 margins, "page X of Y" footer,
receipt page; no QR code) and converted by ONE ``soffice --headless --convert-to pdf``
invocation, timed from process start (a fresh profile is created and warmed first).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bench.common import emit, log
from desktop_app.demo import codes, names
from desktop_app.documents.fonts import register_font
from desktop_app.documents.letter_data import (
    Addressee,
    AddresseeRole,
    Amounts,
    Language,
    LetterData,
    LetterKind,
    LoanContract,
    PartyKind,
    SecurityContract,
)
from desktop_app.documents.letter_text import LetterContent, compose_letter
from desktop_app.documents.letters import build_letter
from desktop_app.documents.parallel import LetterPool
from desktop_app.documents.samples import sample_letter
from desktop_app.documents.texts import Texts, load_texts

TARGET_LETTERS_PER_S = 100


# --- the letters ---------------------------------------------------------------------


def _company(rng: random.Random) -> str:
    city = rng.choice(names.MAINLAND)
    return f"{city.name.removesuffix('市')}{rng.choice(names.TRADE_NAMES)}{rng.choice(names.INDUSTRIES)}{rng.choice(names.COMPANY_FORMS)}"


def _address(rng: random.Random) -> str:
    city = rng.choice(names.MAINLAND)
    district = rng.choice(city.districts)
    return f"{city.name}{district}{rng.choice(names.STREETS)}{rng.randint(1, 999)}号{rng.randint(1, 30)}楼"


def varied_letters(count: int, lang: Language, seed: int = 20260305) -> list[LetterData]:
    """``count`` valid demand letters that differ in every party and figure."""
    rng = random.Random(seed)
    base = sample_letter(LetterKind.DEMAND, lang)
    out = []
    for i in range(count):
        borrower, guarantor = _company(rng), _company(rng)
        person = rng.choice(names.SURNAMES) + "".join(rng.sample(names.GIVEN_CHARS, 2))
        city = rng.choice(names.MAINLAND)
        ref = f"HDSH-PD-{2020 + i % 5}-LD-{rng.randint(1, 9999):04d}"
        addressees = (
            Addressee(
                borrower,
                PartyKind.ENTITY,
                codes.uscc(rng.randint(1, 10**6), city.region_code),
                AddresseeRole.BORROWER,
                _address(rng),
            ),
            Addressee(
                guarantor,
                PartyKind.ENTITY,
                codes.uscc(rng.randint(1, 10**6), city.region_code),
                AddresseeRole.GUARANTOR,
                _address(rng),
            ),
            Addressee(
                person,
                PartyKind.NATURAL,
                f"****{rng.randint(0, 9999):04d}",
                AddresseeRole.GUARANTOR,
                _address(rng),
            ),
        )
        loan = replace(
            base.loans[0],
            borrower=borrower,
            number=ref,
            amount=rng.randint(50, 5000) * 1_000_000,
        )
        loans: tuple[LoanContract, ...] = (loan,)
        security = (
            replace(base.security_contracts[0], party=guarantor, number=f"{ref}-BZ-1"),
            replace(base.security_contracts[1], party=person, number=f"{ref}-BZ-2"),
        )
        parts = [rng.randint(10**6, 10**9) for _ in range(5)]
        damages = rng.randint(0, 5 * 10**6)
        amounts = Amounts(
            overdue_principal=parts[0],
            remaining_principal=parts[1],
            interest=parts[2] // 100,
            penalty_interest=parts[3] // 1000,
            penalty_basis=base.amounts.penalty_basis,
            compound_interest=parts[4] // 10000,
            total=parts[0]
            + parts[1]
            + parts[2] // 100
            + parts[3] // 1000
            + parts[4] // 10000
            + damages,
            liquidated_damages=damages,
        )
        out.append(
            replace(
                base,
                letter_no=f"〔2026〕浦分催字第{i + 1:04d}号",
                addressees=addressees,
                loans=loans,
                security_contracts=tuple[SecurityContract, ...](security),
                amounts=amounts,
                daily_accrual=rng.randint(1000, 200_000),
            )
        )
    return out


# --- the app's builder ---------------------------------------------------------------


def run_one_process(letters: list[LetterData], font: str | None) -> dict[str, Any]:
    t, cpu = time.perf_counter(), time.process_time()
    size = sum(len(build_letter(d, font=font)) for d in letters)
    seconds = time.perf_counter() - t
    out = _rate(len(letters), seconds, size)
    out["cpu_ms_per_letter"] = round(1000 * (time.process_time() - cpu) / len(letters), 2)
    return out


def run_pool(letters: list[LetterData], font: str | None, workers: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    children_cpu = _children_cpu()
    with LetterPool(workers, font=font) as pool:
        # start-up: spawn, imports, font registration, one warm-up letter per worker
        for f in [pool.submit(letters[i % len(letters)]) for i in range(workers)]:
            f.result()
        t1 = time.perf_counter()
        size = sum(len(pdf) for pdf in pool.map(letters))
        t2 = time.perf_counter()
    out = _rate(len(letters), t2 - t1, size)
    out["startup_seconds"] = round(t1 - t0, 3)
    out["letters_per_s_including_startup"] = round(len(letters) / (t2 - t0), 1)
    out["workers"] = workers
    # CPU the workers used, start-up included: wall time far above cpu/workers means
    # the cores were busy with something else
    out["workers_cpu_seconds"] = round(_children_cpu() - children_cpu, 3)
    return out


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _rate(n: int, seconds: float, size: int) -> dict[str, Any]:
    return {
        "letters": n,
        "seconds": round(seconds, 3),
        "letters_per_s": round(n / seconds, 1),
        "ms_per_letter": round(1000 * seconds / n, 2),
        "mean_pdf_bytes": round(size / n),
    }


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader  # here: the pool's spawned workers import this module again

    return len(PdfReader(io.BytesIO(pdf)).pages)


# --- the LibreOffice baseline ----------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def _run(text: str, size: float, bold: bool = False, color: str = "") -> str:
    props = (
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/>'
        + ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + f'<w:sz w:val="{round(size * 2)}"/>'
    )
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _para(
    text: str,
    size: float = 12,
    align: str = "both",
    indent: int = 0,
    bold: bool = False,
    color: str = "",
) -> str:
    """One paragraph; ``text`` is paragraph markup (XML-escaped, ``<b>`` for bold)."""
    ind = f'<w:ind w:firstLineChars="200" w:firstLine="{indent}"/>' if indent else ""
    spacing = f'<w:spacing w:after="0" w:line="{round(size * 1.7 * 20)}" w:lineRule="exact"/>'
    runs, strong = [], bold
    for piece in re.split(r"(</?b>)", text):
        if piece in ("<b>", "</b>"):
            strong = piece == "<b>" or bold
        elif piece:
            runs.append(_run(piece, size, strong, color))
    return f'<w:p><w:pPr><w:jc w:val="{align}"/>{spacing}{ind}</w:pPr>{"".join(runs)}</w:p>'


def _table(rows: tuple[tuple[str, str, str], ...]) -> str:
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    widths = (2650, 1940, 4230)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(
        "<w:tr>"
        + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
            f"{_para(cell, 10, 'right' if c == 1 and r else 'left')}</w:tc>"
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        + "</w:tr>"
        for r, row in enumerate(rows)
    )
    return f"<w:tbl><w:tblPr><w:tblBorders>{border}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def _parts_xml(parts: Any) -> list[str]:
    out = []
    for part in parts:
        if part.kind == "table":
            out.append(_table(part.rows))
        elif part.kind == "sign":
            out.append(_para(f"{part.text}＿＿＿＿＿＿＿＿＿＿＿＿ {part.blank}", 11.5, "left"))
        elif part.kind == "heading":
            out.append(_para(part.text, 12.5, "left", bold=True))
        else:
            out.append(_para(part.text, 12, "both", 480 if part.kind in ("p", "lead") else 0))
    return out


def docx_bytes(data: LetterData, content: LetterContent, texts: Texts) -> bytes:
    """A Word letter with the same wording as the PDF (a mail-merge result)."""
    issuer = data.issuer
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    body = [
        _para(escape(issuer.legal_name), 20, "center", color="9B1C1C"),
        _para(escape(f"{issuer.address}　{issuer.phone}"), 9, "center"),
        _para(content.title, 20, "center", bold=True),
        _para(content.number, 11, "center"),
        *(_para(line, 11, "left") for line in content.addressees),
        *_parts_xml(content.body),
        _para(content.signer, 12.5, "right"),
        _para(content.sign_date, 12.5, "right"),
        brk,
        _para(texts.fmt("receipt.title"), 20, "center", bold=True),
        _para(content.number, 11, "center"),
        *_parts_xml(content.receipt),
    ]
    sect = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W} {_R}>'
        f"<w:body>{''.join(body)}{sect}</w:body></w:document>"
    )

    def field(code: str) -> str:
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    footer = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {_W}>'
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f"{_run('第 ', 10)}{field('PAGE')}{_run(' 页 共 ', 10)}{field('NUMPAGES')}{_run(' 页', 10)}"
        "</w:p></w:ftr>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/footer1.xml", footer)
    return buf.getvalue()


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(soffice: str, profile: Path, files: list[Path], out: Path) -> float:
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        *map(str, files),
    ]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def libreoffice_baseline(letters: list[LetterData], work: Path) -> dict[str, Any]:
    soffice = _soffice()
    if soffice is None:
        return {
            "baseline": None,
            "reason": "LibreOffice (soffice) not found; install libreoffice-writer-nogui",
        }
    texts = load_texts("letter", letters[0].language)
    src, out, profile = work / "docx", work / "lo-pdf", work / "lo-profile"
    src.mkdir()
    files = []
    t = time.perf_counter()
    for i, data in enumerate(letters):
        path = src / f"letter{i:05d}.docx"
        path.write_bytes(docx_bytes(data, compose_letter(data, texts), texts))
        files.append(path)
    write_s = time.perf_counter() - t
    log("LibreOffice: warming a fresh profile")
    warm = _convert(soffice, profile, files[:1], work / "lo-warm")
    log(f"LibreOffice: converting {len(files)} .docx in one invocation")
    seconds = _convert(soffice, profile, files, out)
    made = sorted(out.glob("*.pdf"))
    version = subprocess.run(
        [soffice, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "tool": version or soffice,
        "letters": len(made),
        "seconds": round(seconds, 3),
        "letters_per_s": round(len(made) / seconds, 1) if made else 0.0,
        "ms_per_letter": round(1000 * seconds / max(1, len(made)), 2),
        "pages_per_letter": pages(made[0].read_bytes()) if made else None,
        "one_letter_seconds_warm_profile": round(warm, 3),
        "docx_write_seconds": round(write_s, 3),
        "invocations": 1,
        "note": "includes soffice start-up; same wording, table, A4 margins and page "
        "footer as the PDF, no QR code",
    }


# --- main ------------------------------------------------------------------------------


def _rl_accel() -> bool:
    """ReportLab's C accelerator (pip package rl_accel, module _rl_accel) is in use."""
    return importlib.util.find_spec("_rl_accel") is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument(
        "--lo-letters", type=int, default=200, help="LibreOffice baseline size (0: skip it)"
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--font", default=None, help="TrueType path or STSong-Light")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    font_name = register_font(args.font)
    log(f"font {font_name}; making {args.letters} letters")
    letters = varied_letters(args.letters, args.lang)
    sample_pdf = build_letter(letters[0], font=args.font)  # warm-up and page count
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None

    log("1 process")
    one = run_one_process(letters, args.font)
    log(f"  {one['letters_per_s']} letters/s; {args.workers} processes")
    many = run_pool(letters, args.font, args.workers)
    log(f"  {many['letters_per_s']} letters/s")

    load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
    baseline: dict[str, Any] = {"baseline": None, "reason": "skipped (--lo-letters 0)"}
    if args.lo_letters > 0:
        with tempfile.TemporaryDirectory(prefix="cd-letters-bench-") as tmp:
            baseline = libreoffice_baseline(letters[: args.lo_letters], Path(tmp))
    lo_rate = baseline.get("letters_per_s")
    emit(
        {
            "bench": "letters",
            "kind": "demand",
            "language": args.lang,
            "font": font_name,
            "letters": args.letters,
            "pages_per_letter": pages(sample_pdf),
            "pages_note": "letter body + separate receipt (回执) page",
            "one_process": one,
            "two_processes" if args.workers == 2 else f"{args.workers}_processes": many,
            "target_letters_per_s": TARGET_LETTERS_PER_S,
            "target_met": many["letters_per_s"] >= TARGET_LETTERS_PER_S,
            "libreoffice": baseline,
            "speedup_vs_libreoffice": round(many["letters_per_s"] / lo_rate, 1)
            if lo_rate
            else None,
            "machine": {
                "cpus": os.cpu_count(),
                "load_average_before": load_before,
                "load_average_after_app_runs": load_after,
                "python": platform.python_version(),
                "rl_accel": _rl_accel(),
            },
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
