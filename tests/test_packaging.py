"""A regular (non-editable) install carries everything blueprint reads at run time.

The wheel is built from a copy of the checkout, the way pip builds it, and its file list is
held to the checkout: every file of ``blueprint/`` and ``standards/`` (code, i18n catalogues,
profiles), and every file of ``templates/`` and ``examples/`` under ``blueprint/_data/``
(where ``blueprint.resources`` looks in an installed copy). Then the unpacked wheel, alone
on the path, finds its templates, examples, profiles and catalogues through the CLI.

Building needs the build backend of pyproject.toml ([build-system] requires: setuptools,
wheel), which the ``test`` extra installs. Without it the test skips, and fails under CI.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from support import skip_or_fail

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
#: what the build reads: the two configuration files, the readme, the package and data folders
BUILD_FILES = ("pyproject.toml", "setup.py", "README.md")
CODE_FOLDERS = ("blueprint", "standards")
DATA_FOLDERS = ("templates", "examples")  # shipped as blueprint/_data/<folder>
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")

pytestmark = pytest.mark.slow


def _missing_build_tool() -> str | None:
    """Why the build backend cannot run here without downloading it, or None."""
    from packaging.requirements import Requirement

    for text in PYPROJECT["build-system"]["requires"]:
        requirement = Requirement(text)
        try:
            version = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            return f"{requirement.name} is not installed"
        if not requirement.specifier.contains(version, prereleases=True):
            return f"{requirement.name} {version} does not meet {requirement}"
    return None


def _files(folder: Path) -> list[Path]:
    return sorted(
        path for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def expected_files() -> dict[str, str]:
    """Wheel path -> checkout path of every file the installed package must carry."""
    expected = {}
    for folder in CODE_FOLDERS:
        for path in _files(ROOT / folder):
            relative = path.relative_to(ROOT).as_posix()
            expected[relative] = relative
    for folder in DATA_FOLDERS:
        for path in _files(ROOT / folder):
            expected[f"blueprint/_data/{path.relative_to(ROOT).as_posix()}"] = path.relative_to(ROOT).as_posix()
    return expected


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    missing = _missing_build_tool()
    if missing:
        skip_or_fail(f"cannot build the wheel: {missing} (pip install -e '.[test]')")
    # A copy, so the build neither writes build/ into the checkout nor ships a stale build/lib.
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_FILES:
        shutil.copy2(ROOT / name, source / name)
    for folder in CODE_FOLDERS + DATA_FOLDERS:
        shutil.copytree(ROOT / folder, source / folder, ignore=JUNK)
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
               "--disable-pip-version-check", "-q", "-w", str(out), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"building the wheel failed:\n{done.stdout}\n{done.stderr}"
    [built] = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def test_the_checkout_has_the_data_the_code_reads():
    expected = expected_files()
    assert any(name.startswith("blueprint/_data/templates/handbook/") for name in expected)
    assert "blueprint/_data/templates/init/starter.yaml" in expected
    assert any(name.startswith("blueprint/_data/examples/") and name.endswith(".yaml") for name in expected)
    assert any(name.startswith("blueprint/i18n/") and name.endswith("/en.yaml") for name in expected)
    assert any(name.startswith("blueprint/profiles/") and name.endswith(".yaml") for name in expected)


def test_the_wheel_carries_every_file_of_the_checkout(wheel):
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    missing = sorted(f"{checkout} (as {name})" for name, checkout in expected_files().items() if name not in shipped)
    assert not missing, "the wheel lacks:\n  " + "\n  ".join(missing)


def test_the_wheel_installs_nothing_beside_its_packages(wheel):
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist()}
    extra = {top for top in tops if not top.endswith((".dist-info", ".data"))} - set(CODE_FOLDERS)
    assert not extra, f"the wheel would install these into site-packages: {sorted(extra)}"


def _installed_python(unpacked: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    # The unpacked wheel first on the path: an installed copy, away from the checkout.
    env = {**os.environ, "PYTHONPATH": str(unpacked), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _blueprint(unpacked: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return _installed_python(unpacked, cwd, "-m", "blueprint", *args)


def test_an_installed_copy_reads_its_own_data(unpacked, tmp_path):
    probe = ("import blueprint, blueprint.resources as r, blueprint.profiles.loader as p, blueprint.i18n as i;"
             "print(blueprint.__file__); print(r.templates_dir()); print(r.examples_dir());"
             "print(r.profiles_dir()); print(len(p.packaged_profiles())); print(len(i.catalogue('zh-CN')))")
    done = _installed_python(unpacked, tmp_path, "-c", probe)
    assert done.returncode == 0, done.stderr
    module, templates, examples, profiles, n_profiles, n_keys = done.stdout.split("\n")[:6]
    package = unpacked / "blueprint"
    assert Path(module).parent == package
    assert Path(templates) == package / "_data" / "templates"
    assert Path(examples) == package / "_data" / "examples"
    assert Path(profiles) == package / "profiles"
    assert int(n_profiles) == len(list((ROOT / "blueprint" / "profiles").glob("*.yaml")))
    assert int(n_keys) > 0

    names = {path.stem for path in (ROOT / "examples").glob("*.yaml")}
    listed = _blueprint(unpacked, tmp_path, "init", "unused", "--list")
    assert listed.returncode == 0, listed.stderr
    assert {"starter", *names} <= set(listed.stdout.split())

    for template in ("starter", sorted(names)[0]):
        made = _blueprint(unpacked, tmp_path, "init", f"new-{template}", "--template", template)
        assert made.returncode == 0, made.stderr
        [written] = (tmp_path / f"new-{template}").iterdir()
        checked = _blueprint(unpacked, tmp_path, "validate", "--profile", "iso10002", str(written))
        assert checked.returncode in (0, 1), checked.stderr  # findings are fine; a crash is not
        assert "checked" in checked.stdout

    example = tmp_path / f"new-{sorted(names)[0]}"
    [source] = example.iterdir()
    printed = _blueprint(unpacked, tmp_path, "manual", str(source), "-o", "handbook.md")
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "handbook.md").stat().st_size > 0
