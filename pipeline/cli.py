"""Command line: `hanfacts extract|diff|review|clean|new-source|export ...` (also `python -m pipeline ...`;
see README.md and docs/contract.md)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline import rulecache

rulecache.use_stored_patterns()     # before the imports below: their regexes come from the table too

from pipeline.args import check_clean, check_diff, check_extract, check_review  # noqa: E402
from pipeline.diff import diff_folders, load_tables, render  # noqa: E402
from pipeline.discover import find_documents, render_name  # noqa: E402
from pipeline.model import BadInput, DocResult  # noqa: E402
from pipeline.rules import load_rules  # noqa: E402


def run() -> None:
    """The `hanfacts` console command and `python -m pipeline`."""
    try:
        sys.exit(main())
    except BrokenPipeError:   # `... | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


def main(argv: list[str] | None = None) -> int:
    prog = "hanfacts" if Path(sys.argv[0]).name == "hanfacts" else "python -m pipeline"
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract clean text, places and facts from --raw into --out")
    ex.add_argument("--raw", type=Path, default=Path("raw"))
    ex.add_argument("--out", type=Path, default=Path("extracted"))
    ex.add_argument("--rules", type=Path, default=None, help="extra rule files (profiles/, places/)")
    ex.add_argument("--jobs", type=int, default=1, help="documents processed in parallel")
    ex.add_argument("--force", action="store_true", help="ignore the per-document cache in OUT/.cache")
    ex.add_argument("--timeout", type=float, default=60, metavar="SECONDS", help="time limit per document")
    ex.add_argument("--engine", choices=["local", "dask"], default="local", help="where documents are processed")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a local cluster of --jobs workers)")
    ex.add_argument("--format", choices=["csv", "parquet"], default="csv",
                    help="parquet: also write OUT/parquet/<table>/ (Parquet datasets)")
    ex.add_argument("--follow-links", action="store_true",
                    help="also read symbolic links leading outside --raw and links to folders")
    ex.add_argument("--subjects", choices=["eojeol", "kiwi"], default=None,
                    help="how facts' subjects are read: eojeol (default: closed lists of particles and "
                         "endings, no model) or kiwi (Kiwi's morphemes; ~1.4 s more start-up, slower)")
    df = sub.add_parser("diff", help="what changed between two extracted/ folders, per document")
    df.add_argument("old", type=Path, nargs="?", help="the older extracted/ folder")
    df.add_argument("new", type=Path, nargs="?", default=Path("extracted"))
    df.add_argument("--git", metavar="REV", help="compare extracted/ as committed at REV with NEW")
    df.add_argument("--format", choices=["text", "csv", "markdown", "json"], default="text")
    ns = sub.add_parser("new-source", help="start a source profile and its sample test from one page")
    ns.add_argument("name", help="source name: lower-case, digits and '-' (also the folder under raw/)")
    ns.add_argument("--sample", type=Path, required=True, help="one page of the source")
    rv = sub.add_parser("review", help="write OUT/review/: HTML pages to check the extraction by eye")
    rv.add_argument("--raw", type=Path, default=Path("raw"))
    rv.add_argument("--out", type=Path, default=Path("extracted"))
    cl = sub.add_parser("clean", help="print the clean text of one file")
    cl.add_argument("file", type=Path)
    cl.add_argument("--explain", action="store_true", help="show every removed line and the rule that removed it")
    cl.add_argument("--rules", type=Path, default=None)
    xp = sub.add_parser("export", help="write OUT's three tables into one Excel workbook (needs hanfacts[xlsx])")
    xp.add_argument("--xlsx", type=Path, required=True, metavar="FILE", help="the workbook to write")
    xp.add_argument("--out", type=Path, default=Path("extracted"), help="the extracted/ folder to read")
    args = parser.parse_args(argv)
    # Every path is checked before any work: a bad one exits 2 with one line (_check).
    if args.command == "extract":
        _check(parser, "--jobs must be at least 1" if args.jobs < 1 else
               "--timeout must be more than 0 seconds" if not args.timeout > 0 else
               "--scheduler needs --engine dask" if args.scheduler and args.engine != "dask" else
               check_extract(args.raw, args.out, args.rules))
        return extract(args.raw, args.out, args.rules, args.jobs, use_cache=not args.force, timeout=args.timeout,
                       engine=args.engine, scheduler=args.scheduler, follow_links=args.follow_links,
                       subjects=args.subjects,
                       formats=("csv", "parquet") if args.format == "parquet" else ("csv",))
    if args.command == "diff":
        if args.git and args.old and args.new == Path("extracted"):
            args.old, args.new = None, args.old      # `diff --git REV NEW`
        _check(parser, "give either OLD NEW or --git REV [NEW]" if bool(args.git) == bool(args.old)
               else check_diff(args.old, args.new, args.git))
        return diff_command(args.old, args.new, args.git, args.format)
    if args.command == "review":
        _check(parser, check_review(args.raw, args.out))
        from pipeline.review import write_review
        print(write_review(args.raw, args.out, load_rules(stages=())))
        return 0
    if args.command == "new-source":
        return new_source_command(args.name, args.sample)
    if args.command == "export":
        from pipeline.export import export_command
        return export_command(args.out, args.xlsx)
    _check(parser, check_clean(args.file, args.rules))
    return clean_command(args.file, args.explain, args.rules)


def _check(parser: argparse.ArgumentParser, problem: str | None) -> None:
    """A bad argument: one line on stderr, exit 2, nothing done."""
    if problem:
        print(f"{parser.prog}: error: {problem}", file=sys.stderr)
        raise SystemExit(2)


def new_source_command(name: str, sample: Path) -> int:
    from pipeline.ingest.new_source import new_source, report
    try:
        profile, site, cleaned, result = new_source(name, sample, load_rules(stages=()))
    except (ValueError, OSError, BadInput) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(report(cleaned, result))
    print(f"\nwrote {profile}\nwrote {site}/ (the sample and expect.toml: check it, then run make test)")
    return 0


def diff_command(old: Path | None, new: Path, git_rev: str | None, fmt: str) -> int:
    """Exit 1 when there are differences, so CI can use it."""
    recs = diff_folders(load_tables(old, git_rev), load_tables(new))
    if recs or fmt != "text":
        print(render(recs, fmt))
    if fmt == "text":
        docs = len({r["doc_id"] for r in recs})
        print(f"{len(recs)} differences in {docs} documents" if recs else "no differences", file=sys.stderr)
    return 1 if recs else 0


def extract(raw: Path, out: Path, rules_dir: Path | None, jobs: int, use_cache: bool = True,
            follow_links: bool = False, **options) -> int:
    """Extract every document under `raw` into `out` (see pipeline/engine.py)."""
    from pipeline.engine import Options, extract as run_extract
    return run_extract(find_documents(raw, out, follow_links), out, Options(rules_dir, jobs, use_cache, **options))


def clean_command(file: Path, explain: bool, rules_dir: Path | None) -> int:
    from pipeline.document import clean_into
    rules = load_rules(rules_dir, stages=())
    result = DocResult(doc_id=render_name(file.name))
    try:
        cleaned, profile = clean_into(result, file.read_bytes(), rules, render_name(str(file.resolve())))
    except (BadInput, OSError) as e:
        print(f"error: {file}: {e}", file=sys.stderr)
        return 1
    if not explain:
        print(result.clean)
        return 0
    print(f"# {file}: profile {profile.name}, layout {cleaned.layout}, encoding {result.encoding}, "
          f"{sum(r.whole_line for r in cleaned.removed)} lines removed"
          f"{', published ' + result.published if result.published else ''}"
          f"{', title ' + repr(result.title) if result.title else ''}"
          f"{' (' + (cleaned.title_from or 'the page' + chr(39) + 's metadata') + ')' if result.title else ''}")
    for r in cleaned.removed:
        where = f"line {r.line_no + 1}" if r.line_no >= 0 else "prefix"
        print(f"- {where:>9}  {r.rule:<32} {r.text}")
    print("# clean text:")
    print(result.clean)
    return 0
