"""Installable: everything stemsync reads at run time is package data, found through importlib.resources.

The full check (build the wheel and sdist, install the wheel in a fresh virtual environment,
run `stemsync templates list` and `stemsync demo --no-serve --scale 0.05` from an empty
folder) is `scripts/check_package.sh`, which CI runs (it needs PyPI). Here, without
network: the packages run from a zip file, where no file can be found beside `__file__`.
"""

import fnmatch
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
SOURCES = {"stemsync": ROOT / "stemsync", "stemsync_emulator": ROOT / "stemsync_emulator",
           "stemsync_portal": ROOT / "datasette_plugins" / "stemsync_portal"}


def package_files():
    for top, folder in SOURCES.items():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                yield top, folder, path


def test_every_package_and_data_file_is_in_the_distribution():
    packages = set(PYPROJECT["packages"])
    data = PYPROJECT["package-data"]
    for top, folder, path in package_files():
        rel = path.relative_to(folder)
        if path.suffix == ".py":
            package = ".".join([top, *rel.parent.parts])
            assert package in packages, f"{package} is missing from [tool.setuptools] packages in pyproject.toml"
            continue
        owners = [(".".join([top, *rel.parent.parts[:i]]), Path(*rel.parts[i:])) for i in range(len(rel.parts))]
        assert any(fnmatch.fnmatch(str(inner), pattern) for package, inner in owners
                   for pattern in data.get(package, [])), f"{path} is not package data in pyproject.toml"


def test_stemsync_runs_from_a_zip_without_its_source_tree(tmp_path):
    archive = tmp_path / "stemsync.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for top, folder, path in package_files():
            zf.write(path, f"{top}/{path.relative_to(folder)}")
    code = f"""
import sys
sys.path.insert(0, {str(archive)!r})
sys.path.append({sysconfig.get_paths()["purelib"]!r})
sys.path.append({sysconfig.get_paths()["platlib"]!r})
import stemsync
assert stemsync.__file__.startswith({str(archive)!r}), stemsync.__file__
from stemsync.deidentify import lists
assert "verpleegkundige" in lists.words("role_words") or lists.entries("role_words")
from jinja2 import Environment, PackageLoader
source = PackageLoader("stemsync_portal", "templates").get_source(Environment(), "base.html")[0]
assert "<html" in source
from stemsync.cli import cli
cli(["templates", "list"], prog_name="stemsync", standalone_mode=False)
cli(["templates", "show", "exit", "-l", "en"], prog_name="stemsync", standalone_mode=False)
"""
    # -S: no site-packages .pth files, so the editable install of the checkout stays out of the way
    out = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert [line.split()[0] for line in lines[:4]] == ["exit", "samen-sterker", "wat-werkt-eind", "wat-werkt-start"]
    assert "What did you think of the support?" in out.stdout


def test_ci_checks_the_installed_package():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    script = (ROOT / "scripts" / "check_package.sh").read_text(encoding="utf-8")
    assert "bash scripts/check_package.sh" in ci.splitlines()
    for needed in ("python3 -m build", "-m venv", "stemsync templates list", "stemsync demo --no-serve --scale 0.05"):
        assert needed in script, needed
