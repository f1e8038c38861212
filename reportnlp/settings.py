"""Settings in one validated place, overridable by REPORTNLP_* environment variables."""
from __future__ import annotations

import functools
import os
import warnings
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

_PACKAGE = Path(__file__).resolve().parent


def default_models_dir() -> Path:
    """Where the trained models are: inside the installed package (a wheel carries them there,
    see setup.py), else the checkout's top-level models/ that ``reportnlp train`` writes."""
    packaged = _PACKAGE / "models"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "models"


class Settings(BaseModel):
    # how indicator phrases are cut at word boundaries: jieba (default, fast, small
    # dictionary), pkuseg (opt-in, more accurate, research-only model licence), none (rules only)
    segmenter: Literal["jieba", "pkuseg", "none"] = "jieba"
    # REPORTNLP_MODELS_DIR overrides it
    models_dir: Path = Field(default_factory=default_models_dir)


@functools.cache
def settings() -> Settings:
    env = {k[len("REPORTNLP_"):].lower(): v for k, v in os.environ.items() if k.startswith("REPORTNLP_")}
    return Settings(**{k: v for k, v in env.items() if k in Settings.model_fields})


def model_file(name: str) -> Path | None:
    """The path of trained model file ``name``, or None with a warning (once per directory):
    without the models, extraction still runs but removes and labels less well."""
    path = settings().models_dir / name
    if path.exists():
        return path
    _warn_missing(settings().models_dir)
    return None


@functools.cache
def _warn_missing(directory: Path) -> None:
    warnings.warn(f"reportnlp: trained models missing in {directory}; extraction runs without the "
                  "classifiers and with jieba's full dictionary (run `reportnlp train`, or set "
                  "REPORTNLP_MODELS_DIR)", RuntimeWarning, stacklevel=3)
