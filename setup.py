"""Build hook: the wheel carries the trained models inside the package.

``reportnlp train`` writes to the top-level models/ (the repo layout every tool and test uses);
building a wheel copies those files to ``reportnlp/models/`` in the build tree, where
``reportnlp.settings`` looks first once installed. Metadata lives in pyproject.toml.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

MODEL_FILES = ("*.json", "*.txt")


class BuildPyWithModels(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads models/ in the checkout itself
        src = Path(__file__).resolve().parent / "models"
        dst = Path(self.build_lib) / "reportnlp" / "models"
        dst.mkdir(parents=True, exist_ok=True)
        for pattern in MODEL_FILES:
            for f in sorted(src.glob(pattern)):
                shutil.copyfile(f, dst / f.name)


setup(cmdclass={"build_py": BuildPyWithModels})
