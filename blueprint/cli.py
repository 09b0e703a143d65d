"""The `blueprint` command: a thin layer over one worker module per subcommand.

A command parses options, imports its worker inside the function body (start-up matters),
calls it, prints, and exits 0 (done), 1 (findings) or 2 (usage, unreadable input). Only
``UserError`` is caught: anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
import json
import sys

import click

from blueprint import __version__
from blueprint.cli_options import (
    EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, files_argument, format_option, ignore_option,
    profile_option, select_option, split_codes, strict_option,
)
from blueprint.errors import UserError


def user_errors(command):
    """Print a UserError as one line on stderr and exit 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except UserError as error:
            click.echo(f"blueprint: {error}", err=True)
            sys.exit(EXIT_USAGE)

    return wrapper


def emit_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def resolve_codes(select: tuple[str, ...], ignore: tuple[str, ...]) -> set[str]:
    from blueprint.checks.registry import SelectorError, selected_codes

    try:
        return selected_codes(split_codes(select), split_codes(ignore))
    except SelectorError as error:
        raise UserError(f"--select/--ignore: '{error}' matches no finding code; see `blueprint rules`") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="blueprint")
def main() -> None:
    """Service blueprints and service standards: validate, draw, print, compare, simulate."""


@main.command()
@files_argument
@format_option("text", "json")
@select_option
@ignore_option
@strict_option
@profile_option
@user_errors
def validate(files, output_format, select, ignore, strict, profile):
    """Check blueprints: structure, lines, fail points, SMART standards, profiles."""
    from blueprint.validation import validate_paths
    from blueprint.findings import Severity, count_by_severity

    codes = resolve_codes(select, ignore)
    if profile:
        from blueprint.profiles.loader import load_profile

        load_profile(profile)  # an unknown profile is a usage error before any file is read
    extra_for = _profile_extra(profile)
    report = validate_paths(list(files), codes, extra_for)
    findings = report.findings
    if output_format == "json":
        emit_json({
            "version": 1,
            "files": [file.to_json() for file in report.files],
            "findings": [finding.to_json() for finding in findings],
            "summary": count_by_severity(findings),
        })
    else:
        for finding in findings:
            click.echo(finding.to_text())
        counts = count_by_severity(findings)
        if report.files:
            click.echo(
                f"{len(report.files)} file(s) checked: {counts['error']} error(s), "
                f"{counts['warning']} warning(s), {counts['info']} info"
            )
    for line in report.unreadable:
        click.echo(f"blueprint: {line}", err=True)
    if report.unreadable:
        sys.exit(EXIT_USAGE)
    if report.has(Severity.ERROR) or (strict and report.has(Severity.WARNING)):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


def _profile_extra(profile_option_value):
    """A function giving each loaded file its profile (the option, else the file's own)."""
    try:
        from blueprint.profiles.loader import profile_for
    except ModuleNotFoundError:
        return None
    return functools.partial(profile_for, profile_option_value)


@main.command()
@click.argument("codes", nargs=-1)
@format_option("text", "json")
@user_errors
def rules(codes, output_format):
    """Every finding code with its severity and documentation."""
    from blueprint.checks.registry import all_rules

    known = all_rules()
    wanted = [code.upper() for code in codes]
    unknown = [code for code in wanted if not any(c.upper().startswith(code) for c in known)]
    if unknown:
        raise UserError(f"unknown finding code {', '.join(unknown)}; `blueprint rules` lists them all")
    chosen = [rule for code, rule in known.items() if not wanted or any(code.upper().startswith(w) for w in wanted)]
    if output_format == "json":
        emit_json([{"code": r.code, "severity": r.severity.value, "name": r.name, "summary": r.summary, "doc": r.doc} for r in chosen])
        return
    for index, rule in enumerate(chosen):
        if codes:
            if index:
                click.echo()
            click.echo(f"{rule.code} ({rule.severity.value}) {rule.name}")
            click.echo(rule.doc)
        else:
            click.echo(f"{rule.code:7} {rule.severity.value:8} {rule.summary}")


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of standard output.")
@user_errors
def schema(output):
    """The JSON Schema of the YAML format, for editors."""
    from blueprint.schema import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if output:
        from blueprint.io import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("file", type=click.Path())
@click.option("--to", "target", type=click.Choice(["yaml"]), default="yaml", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of standard output.")
@user_errors
def export(file, target, output):
    """The model written back as YAML (a DSL module becomes YAML)."""
    from blueprint.export import export_yaml
    from blueprint.loaders import load

    loaded = load(file)
    if loaded.document is None:
        for finding in loaded.findings:
            click.echo(finding.to_text(), err=True)
        sys.exit(EXIT_FINDINGS)
    text = export_yaml(loaded.document)
    if output:
        from blueprint.io import write_atomic

        write_atomic(output, text, inputs=[file])
    else:
        click.echo(text, nl=False)


def _list_templates(context: click.Context, _parameter, value: bool) -> None:
    """`init --list`: eager, like --version, so it needs no DIRECTORY."""
    if not value or context.resilient_parsing:
        return
    from blueprint.init import available_templates

    for name in available_templates():
        click.echo(name)
    context.exit(EXIT_OK)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--template", default="starter", show_default=True, help="starter, or the name of a bundled example (see --list).")
@click.option("--force", is_flag=True, help="Write into a folder that is not empty (never over an existing file of the same name).")
@click.option("--list", "list_templates", is_flag=True, is_eager=True, expose_value=False, callback=_list_templates,
              help="List the templates and exit (no DIRECTORY needed).")
@user_errors
def init(directory, template, force):
    """Start a new blueprint in DIRECTORY from a template."""
    from blueprint.init import init_directory

    written = init_directory(directory, template, force=force)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: blueprint validate {written[0]}")


from blueprint import cli_options as _analytics_options  # noqa: E402  (stats, diff)

_report_output = click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of standard output.")


def _write_report(text: str, output: str | None, inputs) -> None:
    if output:
        from blueprint.io import write_atomic

        write_atomic(output, text, inputs=list(inputs))
    else:
        click.echo(text, nl=False)


@main.command()
@files_argument
@format_option("text", "json", "md")
@_analytics_options.lang_option
@_report_output
@user_errors
def stats(files, output_format, lang, output):
    """Measures of blueprints: complexity, divergence, contact points, hand-offs, coverage, emotion curve."""
    from blueprint.stats import measure_paths, render_stats

    report = measure_paths(list(files))
    for finding in report.findings:
        click.echo(finding.to_text(), err=True)
    if report.measured or output_format == "json":
        _write_report(render_stats(report, output_format, lang), output, files)
    for line in report.unreadable:
        click.echo(f"blueprint: {line}", err=True)
    if report.unreadable:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if report.findings else EXIT_OK)


@main.command()
@click.argument("before", type=click.Path())
@click.argument("after", type=click.Path())
@format_option("text", "json", "md")
@_analytics_options.lang_option
@_report_output
@user_errors
def diff(before, after, output_format, lang, output):
    """What a redesign changed: steps, fail points, standards, and every measure side by side."""
    from blueprint.diff import diff_paths, render_diff

    outcome = diff_paths(before, after)
    if outcome.result is None:
        for finding in outcome.findings:
            click.echo(finding.to_text(), err=True)
        sys.exit(EXIT_FINDINGS)
    _write_report(render_diff(outcome, output_format, lang), output, [before, after])
    sys.exit(EXIT_OK)


from blueprint.cli_options import lang_option as _simulate_lang_option  # noqa: E402  (simulate)


@main.command()
@click.argument("file", type=click.Path())
@click.option("--runs", type=click.IntRange(1, 1_000_000), default=10_000, show_default=True, help="Number of simulated cases.")
@click.option("--seed", type=click.IntRange(0), default=0, show_default=True, help="Random seed: the same seed gives the same figures.")
@format_option("text", "json", "md")
@_simulate_lang_option
@strict_option
@user_errors
def simulate(file, runs, seed, output_format, lang, strict):
    """Monte Carlo of the flow's times: the share of cases meeting each time standard."""
    from blueprint.simulate import simulate_file, to_json, to_markdown, to_text

    report = simulate_file(file, runs, seed, lang)
    if output_format == "json":
        emit_json(to_json(report))
    else:
        click.echo(to_markdown(report) if output_format == "md" else to_text(report), nl=False)
    if report.refused or (strict and report.short):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@main.command()
@click.argument("statements", nargs=-1)
@click.option("--file", "statement_file", type=click.Path(dir_okay=False, allow_dash=True), help="Statements, one per line ('-' for standard input).")
@click.option("--lang", type=click.Choice(["zh-CN", "zh-TW", "en"]), help="Language of the statements (default: detected per statement).")
@format_option("text", "json")
@strict_option
@user_errors
def smart(statements, statement_file, lang, output_format, strict):
    """SMART verdicts on bare statements, with the words at fault and how to fix them."""
    from standards.smart import analyse
    from standards.smart.report import read_statements, text_report

    items = list(statements) + read_statements(statement_file)
    if not items:
        raise UserError("no statement given; pass statements as arguments or --file FILE")
    results = [analyse(item, lang) for item in items]
    if output_format == "json":
        emit_json([result.to_json() for result in results])
    else:
        click.echo(text_report(results))
    failed = any(c.verdict == "fail" for r in results for c in r.criteria.values())
    sys.exit(EXIT_FINDINGS if strict and failed else EXIT_OK)


from blueprint.cli_options import lang_option as _render_lang_option, output_option as _render_output_option  # noqa: E402  (render)


@main.command()
@click.argument("file", type=click.Path())
@_render_output_option
@_render_lang_option
@click.option("--against", metavar="BEFORE", type=click.Path(), help="Mark the changes from this earlier blueprint (as-is).")
@user_errors
def render(file, output, lang, against):
    """The blueprint diagram; the format comes from OUT's suffix: .svg .png .pdf .dot."""
    from blueprint.render.command import render_file

    outcome = render_file(file, output, lang=lang, against=against)
    for finding in outcome.findings:
        click.echo(finding.to_text(), err=True)
    if outcome.findings:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


from blueprint.cli_options import files_argument as _manual_files, lang_option as _manual_lang, output_option as _manual_output  # noqa: E402  (manual)


@main.command()
@_manual_files
@_manual_output
@click.option("--title", help="Title on the cover (default: the blueprint's title, or 'Service standards handbook').")
@click.option("--org", "organisation", metavar="NAME", help="Organisation on the cover (default: the first blueprint's owner).")
@_manual_lang
@click.option("--template", "template_dir", metavar="DIR", type=click.Path(), help="A copy of templates/handbook to print with; files missing there come from the packaged one.")
@click.option("--against", metavar="BEFORE", type=click.Path(), help="Add a chapter comparing the first FILE with this earlier blueprint (as-is).")
@user_errors
def manual(files, output, title, organisation, lang, template_dir, against):
    """The standards handbook; the format comes from OUT's suffix: .html .pdf .md .docx."""
    from standards.handbook.manual import write_manual

    result = write_manual(list(files), output, title=title, organisation=organisation, lang=lang,
                          template_dir=template_dir, against=against)
    for finding in result.findings:
        click.echo(finding.to_text(), err=True)
    if result.output is None:
        sys.exit(EXIT_FINDINGS)
    for note in result.notes:
        click.echo(f"blueprint: {note}", err=True)
    click.echo(f"wrote {result.output}")
    sys.exit(EXIT_OK)


def run() -> None:
    """The installed `blueprint` program (and ``python -m blueprint``).

    Why the collector setting: one command is a short process that builds a large graph of
    objects that live until it exits (click's, pydantic's and typing's at import, the
    document's). With the default threshold the cyclic collector walked them over and over:
    at 300 steps `render` spent about 0.08 s of 0.4 s in it, 0.04 s in one full collection.
    Collecting the youngest generation every 100,000 allocations instead of 700 keeps cyclic
    garbage bounded (a few MB) and costs almost nothing. Programs that import blueprint as a
    library keep their own setting: only this entry point changes it.

    Why pydantic's plugins are off: to find them, pydantic reads the metadata of every
    installed distribution when the first model class is built (0.02 s with a hundred of them
    installed); plugins are observability hooks for services, of no use to one command. A
    PYDANTIC_DISABLE_PLUGINS the user set is kept.
    """
    import gc
    import os

    gc.set_threshold(100_000, 50, 100)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    main()


if __name__ == "__main__":  # pragma: no cover
    run()
