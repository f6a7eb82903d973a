"""schedule, letter, letters batch, delivery, restructure, agreement."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

from desktop_app.cli.common import CliError, add_json, open_ctx, parse_date, to_plain
from desktop_app.cli.common import emit as emit_plain
from desktop_app.context import AppContext
from desktop_app.documents.checks import DocumentRefused
from desktop_app.documents.letter_data import LetterKind
from desktop_app.domain.money import AmountError, fen_to_decimal_str, format_fen, parse_amount
from desktop_app.domain.restructure import RestructureError
from desktop_app.domain.schedule import Method, ScheduleError, build_schedule
from desktop_app.services import batch, delivery, letters, restructuring, worklist

METHODS = ("annuity", "equal-principal", "interest-only")
KINDS = tuple(k.value for k in LetterKind)
LANGS = ("zh", "en")


def _rate(text: str) -> Decimal:
    """0.0435 or 4.35% -> Decimal('0.0435')."""
    try:
        value = Decimal(text.strip().removesuffix("%"))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a rate like 0.0435 or 4.35%") from exc
    return value / 100 if text.strip().endswith("%") else value


def _paths(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {k: _paths(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_paths(v) for v in value]
    return value


def emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    """``common.emit`` with file paths as strings."""
    emit_plain(args, _paths(to_plain(payload)), text)


def _cmd(p: argparse.ArgumentParser, func: Callable[[argparse.Namespace], int]) -> None:
    add_json(p)
    p.set_defaults(func=func)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schedule", help="print a repayment schedule (no database needed)")
    p.add_argument("--principal", required=True, help="amount in yuan, e.g. 100000.00")
    p.add_argument("--annual-rate", required=True, type=_rate)
    p.add_argument("--months", required=True, type=int)
    p.add_argument("--method", required=True, choices=METHODS)
    p.add_argument("--start", required=True, type=parse_date)
    p.add_argument("--grace-months", type=int, default=0)
    _cmd(p, cmd_schedule)

    p = sub.add_parser("letter", help="generate, number and store one letter for a case")
    p.add_argument("--case", type=int, required=True)
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--lang", dest="doc_lang", default="zh", choices=LANGS)
    p.add_argument("--party", type=int, default=None, help="addressee party id")
    p.add_argument("--out", type=Path, required=True)
    _cmd(p, cmd_letter)

    grp = sub.add_parser("letters", help="letter batches").add_subparsers(
        dest="letters_cmd", required=True
    )
    p = grp.add_parser("batch", help="one letter per case plus a combined PDF")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--cases", help="comma-separated case ids")
    which.add_argument("--view", choices=worklist.VIEWS)
    p.add_argument("--limit", type=int, default=200, help="with --view: at most this many")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--lang", dest="doc_lang", default="zh", choices=LANGS)
    p.add_argument("--out-dir", type=Path, required=True)
    p.add_argument("--envelopes", action="store_true", help="also write the EMS detail sheet")
    _cmd(p, cmd_batch)

    p = sub.add_parser("delivery", help="record how a letter was sent and delivered")
    p.add_argument("--document", type=int, required=True)
    p.add_argument("--method", required=True, choices=delivery.METHODS)
    p.add_argument("--tracking", default="")
    p.add_argument("--sent", type=parse_date, required=True)
    p.add_argument("--delivered", type=parse_date, default=None)
    p.add_argument("--outcome", default="pending", choices=delivery.OUTCOMES)
    p.add_argument("--evidence-kind", default="")
    p.add_argument("--evidence", type=Path, default=None)
    _cmd(p, cmd_delivery)

    p = sub.add_parser("restructure", help="create a draft restructure plan for a case")
    p.add_argument("--case", type=int, required=True)
    p.add_argument("--method", required=True, choices=METHODS)
    p.add_argument("--months", type=int, required=True)
    p.add_argument("--rate", type=_rate, default=None, help="new annual rate (default: contract)")
    p.add_argument("--start", type=parse_date, default=None)
    p.add_argument("--grace-months", type=int, default=0)
    p.add_argument(
        "--treatment",
        default="capitalise",
        choices=("capitalise", "carry_forward", "waive_conditional"),
    )
    p.add_argument("--structure", default="restructure", choices=restructuring.STRUCTURES)
    _cmd(p, cmd_restructure)

    p = sub.add_parser("agreement", help="generate the agreement of a restructure plan")
    p.add_argument("--plan", type=int, required=True)
    p.add_argument("--lang", dest="doc_lang", default="zh", choices=LANGS)
    p.add_argument("--out", type=Path, required=True)
    _cmd(p, cmd_agreement)


def schedule_rows(
    principal: int, rate: Decimal, months: int, method: str, start: Any, grace: int
) -> list[dict[str, Any]]:
    rows = build_schedule(principal, rate, months, cast(Method, method), start, grace)
    return [
        {
            "period": r.period,
            "due_date": r.due_date.isoformat(),
            "principal": fen_to_decimal_str(r.principal),
            "interest": fen_to_decimal_str(r.interest),
            "payment": fen_to_decimal_str(r.payment),
            "remaining": fen_to_decimal_str(r.remaining),
        }
        for r in rows
    ]


def cmd_schedule(args: argparse.Namespace) -> int:
    try:
        principal = parse_amount(args.principal)
        rows = schedule_rows(
            principal, args.annual_rate, args.months, args.method, args.start, args.grace_months
        )
    except (AmountError, ScheduleError) as exc:
        raise CliError(str(exc)) from exc
    lines = [
        f"{r['period']:>4} {r['due_date']} {r['principal']:>14} {r['interest']:>12} "
        f"{r['payment']:>14} {r['remaining']:>14}"
        for r in rows
    ]
    emit(
        args,
        {
            "principal": fen_to_decimal_str(principal),
            "method": args.method,
            "annual_rate": args.annual_rate,
            "rows": rows,
        },
        "\n".join(
            ["  No Due date        Principal     Interest        Payment      Remaining", *lines]
        ),
    )
    return 0


def _run(args: argparse.Namespace, work: Callable[[AppContext], Any]) -> Any:
    ctx = open_ctx(args)
    try:
        return work(ctx)
    except DocumentRefused as exc:
        raise CliError("document refused:\n  " + "\n  ".join(exc.problems)) from exc
    except (LookupError, ValueError, RestructureError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        ctx.close()


def _doc_text(d: letters.GeneratedDocument) -> str:
    checks = "".join(f"\n  check before sending: {w}" for w in d.warnings)
    return (
        f"{d.letter_no}: {d.pages} pages, total {format_fen(d.total)}, "
        f"sha256 {d.sha256[:16]}…, written to {d.path}{checks}"
    )


def cmd_letter(args: argparse.Namespace) -> int:
    doc = _run(
        args,
        lambda ctx: letters.generate_letter(
            ctx, args.case, args.kind, args.doc_lang, args.party, args.out
        ),
    )
    emit(args, doc, _doc_text(doc))
    return 0


def _batch_cases(ctx: AppContext, args: argparse.Namespace) -> list[int]:
    if args.cases:
        try:
            return [int(x) for x in args.cases.split(",") if x.strip()]
        except ValueError as exc:
            raise CliError(f"--cases must be ids like 12,15,20: {args.cases}") from exc
    return worklist.page_ids(ctx, worklist.WorklistFilter(view=args.view), limit=args.limit)


def cmd_batch(args: argparse.Namespace) -> int:
    def work(ctx: AppContext) -> tuple[batch.BatchResult, Path | None]:
        result = batch.run_batch(
            ctx, _batch_cases(ctx, args), args.kind, args.doc_lang, args.out_dir
        )
        sheet = None
        if args.envelopes and result.documents:
            sheet = delivery.envelope_sheet(
                ctx, [d.document_id for d in result.documents], args.out_dir / "ems-sheet.pdf"
            )
        return result, sheet

    result, sheet = _run(args, work)
    text = (
        f"{len(result.documents)} letters, {len(result.refused)} refused; combined "
        f"{result.combined_pdf} ({result.pages} pages)"
    )
    for doc in result.documents:
        for warning in doc.warnings:
            text += f"\n  case {doc.case_id} {doc.letter_no}: check before sending: {warning}"
    emit(args, {"result": result, "envelope_sheet": sheet}, text)
    return 0


def cmd_delivery(args: argparse.Namespace) -> int:
    changes = _run(
        args,
        lambda ctx: delivery.record_delivery(
            ctx,
            args.document,
            method=args.method,
            tracking_no=args.tracking,
            sent_on=args.sent,
            delivered_on=args.delivered,
            outcome=args.outcome,
            evidence_kind=args.evidence_kind,
            evidence_file=args.evidence,
        ),
    )
    x = changes.extra
    text = (
        f"Delivery recorded for document {args.document}; limitation "
        f"{x['limitation_before']} → {x['limitation_after']}"
        + (" (interrupted)" if x["interrupts_limitation"] else " (not interrupted)")
    )
    emit(args, changes, text)
    return 0


def cmd_restructure(args: argparse.Namespace) -> int:
    view = _run(
        args,
        lambda ctx: restructuring.propose_plan(
            ctx,
            args.case,
            method=args.method,
            months=args.months,
            annual_rate=args.rate,
            start=args.start,
            grace_months=args.grace_months,
            treatment=args.treatment,
            structure=args.structure,
        ),
    )
    text = (
        f"Draft plan {view.id}: {len(view.rows)} instalments, acknowledged "
        f"{format_fen(view.acknowledged['total'])}, total payments "
        f"{format_fen(view.totals.payment)}; consents needed: {len(view.consents)}"
    )
    emit(args, view, text)
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    doc = _run(
        args, lambda ctx: restructuring.generate_agreement(ctx, args.plan, args.doc_lang, args.out)
    )
    emit(args, doc, _doc_text(doc))
    return 0
