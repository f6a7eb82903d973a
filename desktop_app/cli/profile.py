"""profile: show or change what letters and agreements say of the lender."""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop_app.cli.common import CliError, add_json, emit, open_ctx
from desktop_app.services import setup

FIELDS = {  # option -> LenderProfile field
    "legal_name": "legal_name",
    "address": "address",
    "phone": "phone",
    "credit_code": "credit_code",
    "lender_type": "lender_type",
    "letter_prefix": "letter_prefix",
    "objection_channel": "objection_channel",
    "law_firm": "law_firm_name",
    "law_firm_address": "law_firm_address",
    "lawyer": "lawyer_name",
    "lawyer_licence": "lawyer_licence_no",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "profile",
        help="show or change the lender profile (address, phone, repayment accounts...)",
        description="With no option, show the profile. Options change only what they name; "
        "--account replaces the list of designated repayment accounts (one no longer "
        "listed is kept inactive).",
    )
    p.add_argument("--legal-name", help="the lender's legal name")
    p.add_argument("--address")
    p.add_argument("--phone")
    p.add_argument("--credit-code", help="the lender's 统一社会信用代码 (agreements print it)")
    p.add_argument("--lender-type", choices=setup.LENDER_TYPES,
                   help="bank, consumer_finance, small_loan, amc: financial institutions; "
                   "other: held to 4 x LPR")
    p.add_argument("--letter-prefix", help="in letter numbers: 〔2026〕<prefix>字第001号")
    p.add_argument("--objection-channel", help="how a debtor objects (empty: address, phone)")
    p.add_argument("--account", action="append", metavar="NAME|BANK|NUMBER",
                   help="a designated repayment account: 户名|开户行|账号 (repeat for more)")
    p.add_argument("--law-firm", help="law firm for lawyer letters")
    p.add_argument("--law-firm-address")
    p.add_argument("--lawyer", help="the lawyer's name")
    p.add_argument("--lawyer-licence", help="the lawyer's licence number (执业证号)")
    add_json(p)
    p.set_defaults(func=cmd_profile)


def _account(text: str) -> setup.Account:
    parts = [p.strip() for p in text.split("|")]
    if len(parts) != 3:
        raise CliError(f"--account {text!r}: write it as NAME|BANK|NUMBER (户名|开户行|账号)")
    return setup.Account(*parts)


def cmd_profile(args: argparse.Namespace) -> int:
    changes = {field: getattr(args, option) for option, field in FIELDS.items()
               if getattr(args, option) is not None}
    if args.account is not None:
        changes["accounts"] = tuple(_account(a) for a in args.account)
    ctx = open_ctx(args)
    try:
        current = setup.lender_profile(ctx)
        if current is None:
            raise CliError("no lender profile yet: run `collection-desk init` first")
        if changes:
            try:
                current = setup.save_lender_profile(ctx, replace(current, **changes))
            except setup.ProfileError as exc:
                raise CliError("; ".join(exc.problems)) from exc
    finally:
        ctx.close()
    lack = current.documents_lack()
    lines = [f"{name}: {getattr(current, name) or '—'}" for name in
             ("legal_name", "address", "phone", "credit_code", "lender_type", "letter_prefix",
              "objection_channel", "law_firm_name", "lawyer_name")]
    lines += [f"account: {a.account_name} | {a.bank_name} | {a.account_no}"
              for a in current.accounts]
    lines.append(f"letters and agreements still need: {', '.join(lack)}" if lack
                 else "ready for letters and agreements")
    emit(args, {"profile": current, "documents_lack": lack}, "\n".join(lines))
    return 0
