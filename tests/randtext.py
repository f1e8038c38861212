"""Random strings over a chosen alphabet, for tests that compare a shortcut with the plain way."""
from __future__ import annotations

import random


def random_texts(n: int, alphabet: str, seed: int, shortest: int = 0, longest: int = 60) -> list[str]:
    """``n`` strings of ``shortest``..``longest`` characters drawn from ``alphabet``, the same for a seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(shortest, longest))) for _ in range(n)]
