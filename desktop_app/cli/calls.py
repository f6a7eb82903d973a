"""scripts check, compliance check, promises evaluate."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop_app.calls.script_check import run_check
from desktop_app.calls.script_loader import default_dir
from desktop_app.cli.common import CliError, add_json, emit, open_ctx
from desktop_app.compliance.context import PURPOSES
from desktop_app.services import call_history, calls, promises
from local_db.models import CaseParty, ContactPoint


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scripts = sub.add_parser("scripts", help="call scripts (话术)")
    ssub = scripts.add_subparsers(dest="scripts_cmd", required=True)
    p = ssub.add_parser("check", help="validate call scripts (default: the shipped ones)")
    p.add_argument("paths", nargs="*", type=Path)
    add_json(p)
    p.set_defaults(func=cmd_scripts_check)

    comp = sub.add_parser("compliance", help="the compliance guard")
    csub = comp.add_subparsers(dest="compliance_cmd", required=True)
    p = csub.add_parser("check", help="the verdict for calling a party at a given time")
    p.add_argument("--party", type=int, required=True)
    p.add_argument("--case", type=int, default=None, help="default: the party's first case")
    p.add_argument("--contact", type=int, default=None, help="default: first valid phone")
    p.add_argument("--purpose", default="collect", choices=sorted(PURPOSES))
    p.add_argument("--at", type=_aware, required=True, help="ISO time with offset")
    add_json(p)
    p.set_defaults(func=cmd_compliance_check)

    prom = sub.add_parser("promises", help="promises to pay")
    psub = prom.add_subparsers(dest="promises_cmd", required=True)
    p = psub.add_parser("evaluate", help="mark open promises kept, partial or broken")
    add_json(p)
    p.set_defaults(func=cmd_promises_evaluate)


def _aware(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not an ISO time") from exc
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"'{text}' needs a UTC offset, e.g. +08:00")
    return value


def cmd_scripts_check(args: argparse.Namespace) -> int:
    paths = list(args.paths) or [default_dir()]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise CliError(f"No such file: {', '.join(missing)}")
    ok, report = run_check(paths)
    emit(args, {"ok": ok, "report": report.splitlines()}, report)
    return 0 if ok else 1


def cmd_compliance_check(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        with ctx.read() as s:
            case_id = (
                args.case
                or s.scalars(
                    select(CaseParty.case_id)
                    .where(CaseParty.party_id == args.party)
                    .order_by(CaseParty.case_id)
                ).first()
            )
            contact_id = (
                args.contact
                or s.scalars(
                    select(ContactPoint.id)
                    .where(ContactPoint.party_id == args.party, ContactPoint.kind == "phone")
                    .order_by(ContactPoint.valid.desc(), ContactPoint.id)
                ).first()
            )
        if case_id is None:
            raise CliError(f"party {args.party} is on no case")
        if contact_id is None:
            raise CliError(f"party {args.party} has no phone number")
        verdict = calls.precheck(ctx, case_id, args.party, contact_id, args.purpose, args.at)
    except call_history.NotOnCase as exc:
        raise CliError(str(exc)) from exc
    finally:
        ctx.close()
    payload = verdict.to_dict() | {
        "party_id": args.party,
        "case_id": case_id,
        "contact_id": contact_id,
        "at": args.at.isoformat(),
    }
    lines = [f"{verdict.outcome.upper()} (party {args.party}, case {case_id})"]
    lines += [f"  {f.action:<5} {f.rule_id}: {f.message_zh}" for f in verdict.fired]
    lines += [f"  need  {r.rule_id}: {r.item}" for r in verdict.requirements]
    emit(args, payload, "\n".join(lines))
    return 0


def cmd_promises_evaluate(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        changes = promises.evaluate_all(ctx)
    finally:
        ctx.close()
    lines = [
        f"promise {c.promise_id} (case {c.case_id}): {c.status}, paid {c.paid_amount}"
        for c in changes
    ]
    emit(args, {"changed": changes}, "\n".join([*lines, f"{len(changes)} promise(s) changed"]))
    return 0
