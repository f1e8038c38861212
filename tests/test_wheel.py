"""A built wheel carries the trained models: installed in a fresh venv it scores as the checkout does.

Offline by design: the wheel is built without build isolation, and the fresh venv gets the
dependencies through a .pth line onto this interpreter's site-packages (whose editable
reportnlp is not activated that way: only the wheel's copy is importable).
"""
import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "corpora"

pytest.importorskip("wheel", reason="building a wheel offline needs the wheel package (test extra)")


def _run(cmd, cwd, env=None):
    res = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    assert res.returncode == 0, f"{cmd}\n{res.stdout}\n{res.stderr}"
    return res


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a copy, so the build leaves nothing in the checkout
    for name in ("reportnlp", "models"):
        shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(REPO / name, src / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp / "dist"),
          str(src)], cwd=tmp)
    wheel = next((tmp / "dist").glob("reportnlp-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp)
    py = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "-q", str(wheel)],
         cwd=tmp)
    purelib = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=tmp).stdout.strip())
    deps = [p for p in site.getsitepackages() + [sysconfig.get_paths()["purelib"]] if Path(p).is_dir()]
    (purelib / "_host_deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("REPORTNLP_")}
    return py, venv, tmp, env


def test_wheel_install_loads_its_own_models(wheel_venv):
    py, venv, tmp, env = wheel_venv
    code = ("import json, reportnlp, reportnlp.models_io as m, reportnlp.settings as s; "
            "print(json.dumps([reportnlp.__file__, str(s.settings().models_dir), m.line_classifier() is not None, "
            "m.section_classifier() is not None, m.commitment_classifier() is not None, "
            "s.model_file('segment_dict.txt') is not None]))")
    out = json.loads(_run([str(py), "-W", "error::RuntimeWarning", "-c", code], cwd=tmp, env=env).stdout)
    assert Path(out[0]).resolve().is_relative_to(venv.resolve())  # the wheel's copy, not the checkout
    assert Path(out[1]).resolve().is_relative_to(venv.resolve())
    assert out[2:] == [True, True, True, True]


def test_wheel_eval_figures_equal_the_checkout(wheel_venv):
    py, venv, tmp, env = wheel_venv
    cmd = ["-m", "reportnlp.cli", "eval", str(CORPORA / "gold"), str(CORPORA / "raw"), "--json"]
    installed = json.loads(_run([str(py), *cmd], cwd=tmp, env=env).stdout)
    checkout = json.loads(_run([sys.executable, *cmd], cwd=REPO,
                               env={**env, "PYTHONPATH": str(REPO)}).stdout)
    assert installed["files"] == checkout["files"] > 100
    assert installed == checkout


def test_missing_models_warn_once(tmp_path, monkeypatch):
    from reportnlp import settings as s

    monkeypatch.setenv("REPORTNLP_MODELS_DIR", str(tmp_path))
    s.settings.cache_clear()
    s._warn_missing.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="trained models missing"):
            assert s.model_file("sections.json") is None
        assert (tmp_path / "x.json").write_text("{}") and s.model_file("x.json") == tmp_path / "x.json"
    finally:
        monkeypatch.delenv("REPORTNLP_MODELS_DIR")
        s.settings.cache_clear()
        s._warn_missing.cache_clear()
