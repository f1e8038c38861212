"""Helpers the page-level rule tests share: a made-up page through the whole pipeline."""
from reportnlp.api import extract_text


def run(page: str):
    """The extract result of ``page``."""
    return extract_text(page, source="t")


def removed(page: str) -> list[str]:
    """The pieces boilerplate removed from ``page``, stripped."""
    return [r.text.strip() for r in run(page).removed]


def body(page: str) -> str:
    """The text of the page's first report."""
    return run(page).documents[0].text
