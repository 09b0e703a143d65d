"""Regenerate the README's gallery under docs/: a blueprint, a handbook page, a comparison.

Run `make gallery` (or `python3 scripts/gallery.py`) after changing the diagrams or the
handbook; the README shows these files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"


def run(*args: str) -> None:
    print("$", " ".join(args))
    subprocess.run(args, check=True, cwd=ROOT)


def _first_page_with(pdf: Path, words: str) -> int:
    pages = int(subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
                .stdout.split("Pages:")[1].split()[0])
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        if words in text:
            return page
    return 1


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    run("blueprint", "render", str(EXAMPLES / "hotline-complaint.yaml"), "-o", str(DOCS / "blueprint-hotline.png"))
    run("blueprint", "render", str(EXAMPLES / "bank-counter.yaml"), "-o", str(DOCS / "blueprint-bank-counter.png"))
    run(
        "blueprint", "render", str(EXAMPLES / "telecom-hall-to-be.yaml"),
        "--against", str(EXAMPLES / "telecom-hall-as-is.yaml"), "-o", str(DOCS / "comparison-telecom-hall.png"),
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "handbook.pdf"
        run("blueprint", "manual", str(EXAMPLES / "hotel-stay.yaml"), "-o", str(pdf))
        # the cover and the first standards page of the handbook, as a reader sees them
        for page, name in ((1, "handbook-cover"), (_first_page_with(pdf, "Contact point:"), "handbook-standards")):
            stem = Path(folder) / name
            run("pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem))
            shutil.copyfile(f"{stem}.png", DOCS / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
