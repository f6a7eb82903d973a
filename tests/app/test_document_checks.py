"""Refusals list exactly what is missing or violated (DOC-CN-*, CN-*, AGR-CN-*)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.documents.checks import DocumentRefused, check_letter
from desktop_app.documents.letter_data import BankAccount, FeeLine, LetterKind
from desktop_app.documents.letters import build_letter
from desktop_app.documents.samples import sample_letter


def test_sample_letters_pass() -> None:
    for kind in LetterKind:
        assert check_letter(sample_letter(kind, "zh")) == []
        assert check_letter(sample_letter(kind, "en")) == []


def test_missing_fields_are_listed_exactly() -> None:
    data = sample_letter()
    broken = replace(
        data,
        letter_no="",
        objection_channel=" ",
        officer=replace(data.officer, phone=""),
        loans=(),
    )
    assert check_letter(broken) == [
        "DOC-CN-1: missing letter_no",
        "DOC-CN-1: missing contract_refs",
        "DOC-CN-1: missing officer.phone",
        "DOC-CN-1: missing objection_channel",
    ]
    with pytest.raises(DocumentRefused) as err:
        build_letter(broken)
    assert len(err.value.problems) == 4


def test_total_mismatch_and_dates() -> None:
    data = sample_letter()
    wrong = replace(
        data,
        amounts=replace(data.amounts, total=data.amounts.total + 1),
        calc_date=data.issue_date.replace(day=6),
    )
    problems = check_letter(wrong)
    assert any(p.startswith("DOC-CN-3: components sum to") for p in problems)
    assert "DOC-CN-3: calc_date is after issue_date" in problems


@pytest.mark.parametrize("word", ["公安", "传票", "立案", "通缉", "拘留", "坐牢", "曝光", "通讯录"])
def test_banned_words_refused(word: str) -> None:
    data = replace(sample_letter(), objection_channel=f"请联系我们，否则{word}")
    assert f"DOC-CN-7: banned word {word!r}" in check_letter(data)


def test_english_banned_words_match_whole_words() -> None:
    data = replace(sample_letter(language="en"), objection_channel="or the police will call")
    assert "DOC-CN-7: banned word 'police'" in check_letter(data)


def test_court_as_issuer_refused() -> None:
    data = sample_letter()
    data = replace(data, issuer=replace(data.issuer, legal_name="浦东新区人民法院执行局"))
    problems = check_letter(data)
    assert "DOC-CN-7: issuer may not be styled as '法院'" in problems


def test_lawyer_word_only_in_law_firm_letter() -> None:
    data = replace(sample_letter(), objection_channel="请联系我行律师")
    assert "CN-SCR1: '律师' is allowed only in a law firm's letter" in check_letter(data)


def test_payment_account_must_be_designated() -> None:
    data = replace(sample_letter(), payment_account=BankAccount("张三", "某银行", "6222 0000"))
    assert check_letter(data) == [
        "CN-PAY1: payment_account is not one of the institution's designated accounts"
    ]


def test_collection_fee_line_refused() -> None:
    data = sample_letter()
    fee = FeeLine("催收服务费", 50_000)
    amounts = replace(data.amounts, fees=(fee,), total=data.amounts.total + 50_000)
    assert check_letter(replace(data, amounts=amounts)) == [
        "CN-FEE1: fee line '催收服务费' not allowed"
    ]


def test_natural_person_id_must_be_masked() -> None:
    data = sample_letter()
    person = replace(data.addressees[2], id_number="310104197203152315")
    problems = check_letter(replace(data, addressees=(*data.addressees[:2], person)))
    assert problems == ["PII-1: addressees[2].id_number must be masked (****+last 4)"]


def test_guarantor_letter_needs_period() -> None:
    data = replace(sample_letter(LetterKind.GUARANTOR), guarantee_period_end=None)
    assert check_letter(data) == ["LIM-CN-2: guarantor letter requires guarantee_period_end"]


def test_an_amount_with_no_daxie_is_refused_not_raised() -> None:
    """Composing the wording writes every amount in 大写; one that has no 大写 form is
    DOC-CN-2's refusal, not an exception out of the check."""
    data = sample_letter()
    huge = replace(data, amounts=replace(data.amounts, liquidated_damages=10**20))
    problems = check_letter(huge)
    assert any(p.startswith("DOC-CN-2: row.liquidated_damages cannot be written in 大写") for p in problems)
    with pytest.raises(DocumentRefused):
        build_letter(huge)


def test_banned_words_in_the_records_names_and_addresses_are_not_the_letters_wording() -> None:
    """A street called 公安塘路 or a company called …公安设备… is the record, not a threat;
    the same word in what the lender wrote is still refused."""
    data = sample_letter()
    first = replace(data.addressees[0], service_address="上海市浦东新区公安塘路88号")
    loan = replace(data.loans[0], borrower="上海公安设备制造有限公司")
    named = replace(data, addressees=(first, *data.addressees[1:]), loans=(loan,))
    assert [p for p in check_letter(named) if p.startswith("DOC-CN-7")] == []
    assert build_letter(named).startswith(b"%PDF")
    threat = replace(named, objection_channel="请联系我们，否则公安上门")
    assert "DOC-CN-7: banned word '公安'" in check_letter(threat)


def test_banned_words_in_an_agreements_parties_are_not_its_wording() -> None:
    from desktop_app.documents.agreement_checks import check_agreement
    from desktop_app.documents.agreement_samples import sample_agreement

    data = sample_agreement()
    debtor = replace(data.debtor, service_address="上海市浦东新区公安塘路88号",
                     domicile="上海市浦东新区公安塘路88号")
    assert [p for p in check_agreement(replace(data, debtor=debtor))
            if p.startswith("DOC-CN-7")] == []
    covenant = replace(data, covenants=("逾期将通知公安机关",))
    assert "DOC-CN-7: banned word '公安'" in check_agreement(covenant)


def test_a_lawyer_letter_without_a_law_firm_is_refused_for_that_alone() -> None:
    """Its own wording speaks of lawyers: CN-SCR1 would only say DOC-CN-6 again, confusingly."""
    problems = check_letter(replace(sample_letter(LetterKind.LAWYER), law_firm=None))
    assert problems == ["DOC-CN-6: lawyer letter requires a law-firm profile"]
