"""A non-editable install carries everything a command reads: presets and model configs.

The wheel is built from this checkout, installed without dependencies into a
fresh virtual environment that borrows this interpreter's site-packages (numpy,
numba, ... are not downloaded again), and run from a folder outside the
checkout, so that nothing can be found through the source tree.
"""

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "systolic" / "spec"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    [built] = out.glob("systolic-*.whl")
    return built


def test_the_wheel_holds_every_preset_and_model_config(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [p.relative_to(ROOT).as_posix() for folder in ("presets", "model_configs")
               for p in (SPEC / folder).rglob("*") if p.is_file()]
    assert shipped and not [name for name in shipped if name not in names]


def test_an_installed_wheel_runs_a_named_model_from_another_folder(wheel, tmp_path):
    environment = tmp_path / "venv"
    venv.create(environment, system_site_packages=True, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([python, "-c", "import systolic; print(systolic.__file__)"],
                           cwd=elsewhere, check=True, capture_output=True, text=True)
    assert Path(where.stdout.strip()).is_relative_to(environment)
    done = subprocess.run([environment / "bin" / "systolic", "run", "--model", "llama2-7b",
                           "--layers", "1", "--seq", "64"], cwd=elsewhere,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("llama2-7b (prefill, batch 1, seq 64")
