#!/usr/bin/env bash
# Install what blueprint needs, only what is missing:
#   Debian packages: graphviz (dot), fonts-noto-cjk (CJK text in diagrams and PDFs),
#   poppler-utils (pdftotext/pdftoppm, used by the tests), Pango and HarfBuzz for WeasyPrint;
#   the Python package itself (editable) with its test extras.
# Safe to run again: it does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
# (no `fc-list | grep -q`: with pipefail, grep's early exit would fail the pipe)
fonts=$(fc-list 2>/dev/null || true)
grep -q "Noto Sans CJK" <<<"$fonts" || need+=(fonts-noto-cjk fontconfig)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
libs=$(ldconfig -p 2>/dev/null || true)
grep -q "libpango-1.0.so" <<<"$libs" || need+=(libpango-1.0-0)
grep -q "libpangoft2-1.0.so" <<<"$libs" || need+=(libpangoft2-1.0-0)
grep -q "libharfbuzz-subset.so" <<<"$libs" || need+=(libharfbuzz-subset0)

if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: please install these Debian packages, then run again: ${need[*]}" >&2; exit 1
  fi
  echo "setup: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Reinstall the Python package only when pyproject.toml changed since the last setup.
stamp=".cache/setup-$(sha1sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ] || ! command -v blueprint >/dev/null 2>&1; then
  echo "setup: installing the Python package and its test tools" >&2
  python3 -m pip install -q --disable-pip-version-check -e ".[test]" 2>&1 | grep -v -i "warning" >&2 || true
  python3 -c "import blueprint, ruamel.yaml, networkx, graphviz, jinja2, numpy, docx, pytest, hypothesis" \
    || { echo "setup: the Python install failed; see the messages above" >&2; exit 1; }
  mkdir -p .cache && rm -f .cache/setup-* && touch "$stamp"
fi

# Bytecode for the package, as a regular (non-editable) pip install writes it: where
# PYTHONDONTWRITEBYTECODE is set, nothing else would, and every command would compile our
# modules again (about 0.05 s of each start-up). Up-to-date files are skipped.
python3 -m compileall -q -j 0 blueprint standards >/dev/null
