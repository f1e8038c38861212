"""Helpers the page-level rule tests share: a made-up page through the whole pipeline."""
from reportnlp.api import extract_text, process


def run(page: str):
    """The extract result of ``page``."""
    return extract_text(page, source="t")


def removed(page: str) -> list[str]:
    """The pieces boilerplate removed from ``page``, stripped."""
    return [r.text.strip() for r in run(page).removed]


def body(page: str) -> str:
    """The text of the page's first report."""
    return run(page).documents[0].text


def texts(page: str) -> list[str]:
    """The texts of the reports ``page`` splits into."""
    return [p.text for p in process(page).parts]


def text(page: str) -> str:
    """The reports' texts of ``page``, one after another."""
    return "\n".join(texts(page))


def titles(page: str) -> list[str | None]:
    """The title each report of ``page`` was given, if any."""
    return [p.meta.get("title") for p in process(page).parts]


def names(page: str) -> dict:
    """The indicator of each metric of the page's first report, by value."""
    return {m.data.value: m.data.indicator for m in process(page).parts[0].get("metrics")}


def commitments(page: str) -> list[tuple[str, str | None]]:
    """(text, deadline) of each commitment of the page's first report."""
    return [(c.data.text, c.data.deadline) for c in process(page).parts[0].get("commitments")]


def deadline_of(page: str, piece: str) -> str | None:
    """The deadline of the first report's commitment that holds ``piece`` (an assertion error when none does)."""
    found = commitments(page)
    for text, deadline in found:
        if piece in text:
            return deadline
    raise AssertionError(f"no commitment holds {piece!r}: {[t for t, _ in found]}")
