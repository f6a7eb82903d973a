"""init, demo, import, cases list, case show, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import CliError, add_json, emit, open_ctx
from desktop_app.domain.money import format_fen
from desktop_app.portfolio.search_index import short_terms
from desktop_app.services import case_detail, setup, verify, worklist


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create the encrypted database and the profile")
    p.add_argument("--institution", default="")
    p.add_argument("--officer", default="")
    p.add_argument("--employee-no", default="")
    add_json(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="fill the database with a demo portfolio")
    p.add_argument("--cases", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--add", action="store_true",
                   help="add the demo to a database that already has cases")
    add_json(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("import", help="import a portfolio from CSV/XLSX files")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the good rows; write rejected rows beside each input")
    add_json(p)
    p.set_defaults(func=cmd_import)

    cases = sub.add_parser("cases", help="the worklist")
    csub = cases.add_subparsers(dest="cases_cmd", required=True)
    p = csub.add_parser("list", help="list cases")
    p.add_argument("--view", default="all", choices=worklist.VIEWS)
    p.add_argument("--bucket", default="")
    p.add_argument("--stage", default="", choices=("", *worklist.STAGES))
    p.add_argument("--status", default="open",
                   help=f"{', '.join(worklist.STATUSES)} (default open), or '' for every case")
    p.add_argument("--officer", type=int, default=None)
    p.add_argument("--search", default="")
    p.add_argument("--sort", default="priority", choices=sorted(worklist.SORTS))
    p.add_argument("--asc", action="store_true", help="ascending (default descending)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    add_json(p)
    p.set_defaults(func=cmd_cases_list)

    case = sub.add_parser("case", help="one case")
    csub = case.add_subparsers(dest="case_cmd", required=True)
    p = csub.add_parser("show", help="everything about one case")
    p.add_argument("case_id", type=int)
    add_json(p)
    p.set_defaults(func=cmd_case_show)

    p = sub.add_parser("verify", help="check the audit chain and the file's integrity")
    add_json(p)
    p.set_defaults(func=cmd_verify)


def cmd_init(args: argparse.Namespace) -> int:
    ctx = open_ctx(args, create=True)
    try:
        prof = setup.profile(ctx)
        if args.institution or prof is None:
            prof = setup.save_profile(
                ctx, institution=args.institution or "示例商业银行股份有限公司",
                officer=args.officer or "Officer", employee_no=args.employee_no or "0001")
        emit(args, {"database": str(ctx.paths.database), "profile": prof},
             f"Database ready at {ctx.paths.database} ({prof.institution}, {prof.officer})")
    finally:
        ctx.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.demo.run import DemoError, build_demo

    if args.cases < 1:
        raise CliError("--cases must be at least 1")
    ctx = open_ctx(args, create=True)
    try:
        try:
            summary = build_demo(ctx, args.cases, args.seed, add=args.add)
        except DemoError as exc:
            raise CliError(str(exc)) from exc
        emit(args, summary, _demo_text(summary))
    finally:
        ctx.close()
    return 0


def _demo_text(summary: dict[str, object]) -> str:
    changed = summary.get("changed") or {}
    seconds = summary.get("seconds") or {}
    rows = ", ".join(f"{n} {k}" for k, n in changed.items() if n) if isinstance(changed, dict) else ""
    total = seconds.get("total") if isinstance(seconds, dict) else None
    return (f"Demo portfolio (seed {summary['seed']}, as of {summary['as_of']}): "
            f"{summary['cases']} cases added, {summary['cases_in_database']} in the database"
            + (f"; {rows}" if rows else "") + (f"; {total} s" if total is not None else ""))


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.importer.run import run_import

    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        raise CliError(f"No such file: {', '.join(missing)}")
    ctx = open_ctx(args)
    try:
        result = run_import(ctx, list(args.files), skip_invalid=args.skip_invalid)
    finally:
        ctx.close()
    lines = [f"{e.file}:{e.row} [{e.column}]" + (f" {e.value!r}:" if e.value else "")
             + f" {e.reason}" for e in result.errors]
    if result.ok:
        changed = {k: n for k, n in (result.report.changed if result.report else {}).items() if n}
        lines.append(f"Read {result.rows} rows; " + (
            "changed: " + ", ".join(f"{n} {k}" for k, n in changed.items()) if changed
            else "the database already had all of them: nothing changed"))
    else:
        lines.append(f"{len(result.errors)} problem(s); nothing was imported"
                     if not result.written else f"{result.rejected_rows} row(s) rejected")
    lines += [f"rejected rows written to {p}" for p in result.rejected_files]
    emit(args, result.as_dict(), "\n".join(lines))
    return 0 if result.ok or (args.skip_invalid and result.written) else 1


def cmd_cases_list(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        f = worklist.WorklistFilter(view=args.view, bucket=args.bucket, stage=args.stage,
                                    status=args.status, officer_id=args.officer,
                                    search=args.search)
        rows, total = worklist.query(ctx, f, args.sort, not args.asc, args.offset, args.limit)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    finally:
        ctx.close()
    short = short_terms(args.search)
    if short:  # the search cannot find these: say so rather than list every case silently
        print(f"note: not searched, too short: {' '.join(short)} (type at least 2 Chinese "
              "characters, or 3 letters or digits)", file=sys.stderr)
    head = f"{'case':>7} {'prio':>4} {'bkt':<4} {'overdue':>6} {'amount overdue':>16} borrower"
    lines = [f"{r.id:>7} {r.priority:>4} {r.bucket:<4} {r.dpd:>5}d "
             f"{format_fen(r.overdue_amount):>16} {r.borrower_name}" for r in rows]
    emit(args, {"total": total, "cases": rows, "not_searched": short},
         "\n".join([head, *lines, f"{len(rows)} of {total} cases"]))
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        d = case_detail.case_detail(ctx, args.case_id)
    except case_detail.CaseNotFound as exc:
        raise CliError(str(exc)) from exc
    finally:
        ctx.close()
    text = "\n".join([
        f"Case {d.id}: {d.borrower_name} ({d.borrower_kind}), stage {d.stage}",
        f"Overdue {d.dpd} days, {d.bucket}, {d.five_tier}, priority {d.priority}",
        f"Total owed {format_fen(d.totals.total)}; overdue {format_fen(d.totals.overdue_total)}",
        *[f"  {ln.contract_no}: principal {format_fen(ln.amounts.principal_outstanding)}, "
          f"penalty {format_fen(ln.amounts.penalty_interest)}" for ln in d.loans],
        *[f"  {p.role}: {p.name} {p.id_masked}" for p in d.parties],
    ])
    emit(args, d, text)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        report = verify.verify(ctx)
    finally:
        ctx.close()
    if report.ok:
        text = f"OK: {report.audit_events} audit events chained; integrity ok"
    else:
        text = (f"BROKEN: audit event {report.first_broken_id}: {report.audit_problem}; "
                f"integrity: {', '.join(report.integrity) or 'ok'}")
    emit(args, report, text)
    return 0 if report.ok else 1
