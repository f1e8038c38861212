"""Settings in one validated place, overridable by REPORTNLP_* environment variables."""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class Settings(BaseModel):
    # how indicator phrases are cut at word boundaries: jieba (default, fast, small
    # dictionary), pkuseg (opt-in, more accurate, research-only model licence), none (rules only)
    segmenter: Literal["jieba", "pkuseg", "none"] = "jieba"
    models_dir: Path = Field(default_factory=lambda: Path(__file__).resolve().parent.parent / "models")


@functools.cache
def settings() -> Settings:
    env = {k[len("REPORTNLP_"):].lower(): v for k, v in os.environ.items() if k.startswith("REPORTNLP_")}
    return Settings(**{k: v for k, v in env.items() if k in Settings.model_fields})
