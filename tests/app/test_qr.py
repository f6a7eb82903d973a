"""The fast QR path gives exactly ReportLab's matrix for the same mask."""

from __future__ import annotations

import pytest
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from desktop_app.documents.hashing import qr_payload
from desktop_app.documents.qr import QR_MASK, qr_modules


@pytest.mark.parametrize(
    "value",
    [
        "0123456789",
        "HELLO WORLD 42",
        qr_payload("〔2026〕浦分催字第0001号", "ab" * 32),
        qr_payload("No. 2026/17", "0f" * 32) * 3,
        "x",
    ],
)
def test_qr_modules_are_reportlabs(value: str) -> None:
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    assert qr_modules(value) == [[bool(m) for m in row] for row in code.modules]
