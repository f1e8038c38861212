"""Shared fixtures: the optional ../shared directory (seeds, gold, peer suite)."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is absent (a fresh clone has none)")
    return SHARED
