"""Options shared by several subcommands, defined once."""

from __future__ import annotations

import click

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def split_codes(values: tuple[str, ...]) -> list[str]:
    """`--select BP1,BP2 --select SM` → ["BP1", "BP2", "SM"]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def format_option(*choices: str):
    return click.option(
        "--format", "output_format", type=click.Choice(choices), default=choices[0], show_default=True,
        help="Output format.",
    )


select_option = click.option("--select", multiple=True, metavar="CODES", help="Only these codes or prefixes (BP1, SM-T); comma-separated or repeated.")
ignore_option = click.option("--ignore", multiple=True, metavar="CODES", help="Leave out these codes or prefixes.")
strict_option = click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
profile_option = click.option("--profile", metavar="NAME|FILE", help="Check the stages of a process profile: iso10002, counter-7, or a YAML file.")
lang_option = click.option("--lang", type=click.Choice(["zh-CN", "zh-TW", "en"]), help="Language of labels and messages (default: the blueprint's).")
output_option = click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output file; the format comes from its suffix.")
files_argument = click.argument("files", nargs=-1, required=True, type=click.Path())
