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
        checked = len(report.files)
        click.echo(
            f"{checked} file(s) checked: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info",
            err=bool(findings) and False,
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


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--template", default="starter", show_default=True, help="starter, or the name of a bundled example (see --list).")
@click.option("--force", is_flag=True, help="Write into a folder that is not empty (never over an existing file of the same name).")
@click.option("--list", "list_templates", is_flag=True, help="List the templates and exit.")
@user_errors
def init(directory, template, force, list_templates):
    """Start a new blueprint in DIRECTORY from a template."""
    from blueprint.init import available_templates, init_directory

    if list_templates:
        for name in available_templates():
            click.echo(name)
        return
    written = init_directory(directory, template, force=force)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: blueprint validate {written[0]}")


if __name__ == "__main__":  # pragma: no cover
    main()
