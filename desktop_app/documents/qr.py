"""The verification QR code: ReportLab's encoder, made cheap enough for batch letters.

``qr_modules`` returns exactly the matrix ReportLab's ``QRCode.makeImpl(False, mask)``
builds, without ReportLab's per-code work: the Reed-Solomon codewords come from cached
generator polynomials, and everything that does not depend on the data (finder, timing
and alignment patterns, format and version information, the zig-zag data positions
and the mask) is built once per version, level and mask (``_Frame``); a code is that
template with the data modules of its 1 bits flipped. ``QrFlowable`` draws the dark
runs as rectangles with the same path operators ``PDFPathObject.rect`` writes, from
cached number strings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reportlab.graphics.barcode.qrencoder import (
    EXP_TABLE,
    LOG_TABLE,
    QRCode,
    QRErrorCorrectLevel,
    QRRSBlock,
)
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

__all__ = ["QR_MASK", "QrFlowable", "qr_modules"]

QR_MASK = 2


def qr_modules(value: str, mask: int = QR_MASK) -> list[list[bool]]:
    """QR matrix (level M) from ReportLab's encoder with a fixed mask pattern.

    Any of the eight masks is valid QR; choosing the "best" one costs ~45 ms per code
    in pure Python, so a fixed mask keeps batch letter runs fast."""
    return [[bool(m) for m in row] for row in _module_rows(value, mask)]


def _module_rows(value: str, mask: int = QR_MASK) -> list[bytearray]:
    """``qr_modules`` as rows of 0/1 bytes."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    version = code.calculate_version()
    code.version = version
    frame = _frame(version, code.errorCorrectLevel, mask)
    rows = [bytearray(row) for row in frame.template]
    positions = frame.positions
    k = 0
    for byte in _qr_codewords(code):
        for bit in _BITS[byte]:
            if bit:
                r, c = positions[k]
                rows[r][c] ^= 1
            k += 1
    return rows


_BITS = tuple(tuple(bool(byte >> (7 - i) & 1) for i in range(8)) for byte in range(256))


class _Frame(NamedTuple):
    template: tuple[bytes, ...]  # every module (0/1), data modules at 0 XOR mask
    positions: tuple[tuple[int, int], ...]  # (row, col) of each data bit, in order


@lru_cache(maxsize=32)
def _frame(version: int, level: int, mask: int) -> _Frame:
    code = QRCode(version, level)
    code.version = version
    total = sum(block.totalCount for block in QRRSBlock.getRSBlocks(version, level))
    code.dataCache = [0] * total
    code.makeImpl(False, mask)
    positions = tuple((row, col) for col, row in code.dataPosIterator())
    return _Frame(tuple(bytes(1 if m else 0 for m in row) for row in code.modules), positions)


@lru_cache(maxsize=64)
def _rs_generator(degree: int) -> tuple[int, ...]:
    """Coefficients (highest power first, leading 1 dropped) of prod (x - a^i), i < degree."""
    poly = [1]
    for i in range(degree):
        factor = EXP_TABLE[i]
        nxt = poly + [0]
        for j, coef in enumerate(poly):
            if coef:
                nxt[j + 1] ^= EXP_TABLE[(LOG_TABLE[coef] + LOG_TABLE[factor]) % 255]
        poly = nxt
    return tuple(poly[1:])


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    """Error-correction codewords: ``data * x^degree mod generator`` over GF(256).

    The remainder is kept as one integer of ``degree`` bytes; each data byte shifts it
    by a byte and XORs in the generator times the leading coefficient, taken from a
    table of those 256 products (``_rs_products``)."""
    products = _rs_products(degree)
    top, mask = 8 * (degree - 1), (1 << 8 * degree) - 1
    rem = 0
    for byte in data:
        rem = ((rem << 8) & mask) ^ products[byte ^ (rem >> top)]
    return list(rem.to_bytes(degree, "big"))


@lru_cache(maxsize=64)
def _rs_products(degree: int) -> tuple[int, ...]:
    """For each coefficient c: the generator's coefficients times c, as one integer."""
    gen_logs = [LOG_TABLE[g] for g in _rs_generator(degree)]
    out = [0]
    for lead in range(1, 256):
        lead_log = LOG_TABLE[lead]
        row = bytes(EXP_TABLE[(lead_log + g) % 255] for g in gen_logs)
        out.append(int.from_bytes(row, "big"))
    return tuple(out)


class _Bits:
    """``QRBitBuffer``'s ``put`` / ``putBit`` (most significant bit first) on one integer
    instead of bit by bit in a list: the same bytes, without a Python call per bit."""

    def __init__(self) -> None:
        self.value = self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802 (QRBitBuffer's name)
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 (QRBitBuffer's name)
        return self.length

    def to_bytes(self) -> bytes:
        """The bytes ``QRBitBuffer.buffer`` holds (a last partial byte zero-filled)."""
        pad = -self.length % 8
        return (self.value << pad).to_bytes((self.length + pad) // 8, "big")


def _qr_codewords(code: QRCode) -> list[int]:
    """Data and error-correction codewords, interleaved by block (ISO 18004 8.6): the
    same bytes as ReportLab's ``QRCode.createData``, about ten times faster."""
    blocks = QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    capacity = 8 * sum(block.dataCount for block in blocks)
    buffer = _Bits()
    for data in code.dataList:
        data.write(buffer, code.version)
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"QR data too long ({buffer.getLengthInBits()} > {capacity} bits)")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (QRCode.PAD0, QRCode.PAD1)
    n = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[n % 2], 8)
        n += 1
    codewords = buffer.to_bytes()
    offset = 0
    dc: list[list[int]] = []
    ec: list[list[int]] = []
    for block in blocks:
        chunk = list(codewords[offset : offset + block.dataCount])
        offset += block.dataCount
        dc.append(chunk)
        ec.append(_rs_remainder(chunk, block.totalCount - block.dataCount))
    out: list[int] = []
    for group in (dc, ec):
        for i in range(max(len(g) for g in group)):
            out += [g[i] for g in group if i < len(g)]
    return out


_DARK = re.compile(rb"\x01+")
"""A run of dark modules in a row of ``_module_rows``."""


@lru_cache(maxsize=16)
def _run_numbers(box: float, border: int, n: int) -> tuple[list[str], list[str], str]:
    """The numbers a run's rectangle is written with: x of each start column, width of
    each length, and the module size."""
    xs = [_num((c + border) * box) for c in range(n)]
    ws = [_num(k * box) for k in range(n + 1)]
    return xs, ws, _num(box)


@lru_cache(maxsize=4096)
def _num(value: float) -> str:
    return str(fp_str(value))


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn straight onto the canvas as merged runs of dark modules."""

    def __init__(self, value: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.modules = _module_rows(value)
        self.width = self.height = size
        self.border = border

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        border = self.border
        box = self.width / (len(self.modules) + 2 * border)
        n = len(self.modules)
        xs, ws, size = _run_numbers(box, border, n)
        ops: list[str] = []
        for r, row in enumerate(self.modules):
            y = _num(self.height - (r + border + 1) * box)
            for run in _DARK.finditer(row):
                start, end = run.span()
                # what PDFPathObject.rect writes: fp_str(x, y, w, h) + " re"
                ops.append(f"{xs[start]} {y} {ws[end - start]} {size} re")
        path = self.canv.beginPath()
        for op in ops:
            path._code_append(op)  # the first call also writes the "n" ReportLab starts with
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
