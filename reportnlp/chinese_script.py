"""OpenCC converters between traditional and simplified script, each loaded once (normalize converts
pages; mojibake compares readings in simplified form)."""
from __future__ import annotations

import functools


@functools.cache
def converter(config: str):
    """An OpenCC converter, loaded when first needed (~0.02 s each): most pages never need s2t."""
    import opencc

    return opencc.OpenCC(config)


def load_converters() -> None:
    """Load both converters now (api.warm_up): s2t (~0.05 s, its phrase table is large) is
    otherwise loaded by the first page whose script is in doubt, in the middle of a run."""
    for config in ("t2s", "s2t"):
        converter(config)
