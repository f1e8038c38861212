"""Helpers the page-level rule tests share: a made-up page through the whole pipeline."""
from reportnlp.api import extract_text, process


def run(page: str):
    """The extract result of ``page``."""
    return extract_text(page, source="t")


def removed(page: str) -> list[str]:
    """The pieces boilerplate removed from ``page``, stripped."""
    return [r.text.strip() for r in run(page).removed]


def gone(piece: str, page: str) -> bool:
    """``piece`` is among what boilerplate removed from ``page`` (blanks aside)."""
    return piece.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]


def body(page: str) -> str:
    """The text of the page's first report."""
    return run(page).documents[0].text


def texts(page: str) -> list[str]:
    """The texts of the reports ``page`` splits into."""
    return [p.text for p in process(page).parts]


def text(page: str) -> str:
    """The reports' texts of ``page``, one after another."""
    return "\n".join(texts(page))


def blankless(s: str) -> str:
    """``s`` without its blanks (spaces, tabs, line breaks)."""
    return "".join(s.split())


def kept_text(page: str) -> str:
    """The reports' texts of ``page`` without blanks: what a test asks is left of a line whatever the reflow."""
    return blankless(text(page))


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


def labels(page: str, k: int = 0) -> list[tuple[str, str]]:
    """(label, first characters) of each section of the page's k-th report."""
    doc = run(page).documents[k]
    return [(s.label, doc.text[s.start:s.start + 8]) for s in doc.sections]


def named(page: str, k: int = 0) -> list[str]:
    """The labels of the page's k-th report, 其他 left out, runs merged (as the scorer reads them)."""
    out: list[str] = []
    for label, _ in labels(page, k):
        if label != "其他" and (not out or out[-1] != label):
            out.append(label)
    return out


def label_at(page: str, words: str) -> str:
    """The label of the section of the page's first report that holds the first occurrence of ``words``."""
    doc = run(page).documents[0]
    at = doc.text.index(words)
    return [s.label for s in doc.sections if s.start <= at][-1]


def has_commitment(page: str, piece: str) -> bool:
    """Whether a commitment of the page's first report holds ``piece``."""
    return any(piece in text for text, _ in commitments(page))


def metrics_of(page: str) -> list:
    """The metric records of every report of ``page`` (as extract gives them)."""
    return [m for d in run(page).documents for m in d.metrics]


def metrics_by_value(page: str) -> dict:
    """The metric records of ``page`` by (value, unit)."""
    return {(m.value, m.unit): m for m in metrics_of(page)}


def flag_codes(page: str) -> list[str]:
    """The code of each audit flag of every report of ``page``."""
    return [f.code for d in run(page).documents for f in d.flags]


# the same readings of one extract result, for a test that reads several from one run
def all_text(res) -> str:
    """The reports' texts of an extract result, one after another."""
    return "\n".join(d.text for d in res.documents)


def removed_of(res) -> list[str]:
    """The pieces an extract result's cleaning removed, stripped."""
    return [r.text.strip() for r in res.removed]


def all_commitments(res) -> list[str]:
    """The text of every commitment of every report of an extract result."""
    return [c.text for d in res.documents for c in d.commitments]


def docs(page: str):
    """The reports ``page`` splits into."""
    return run(page).documents


def doc_types(page: str) -> list[str]:
    """The document type of each report ``page`` splits into."""
    return [d.doc_type for d in run(page).documents]


def doc_titles(page: str) -> list[str | None]:
    """The title of each report ``page`` splits into."""
    return [d.title for d in run(page).documents]


def metric_dicts(page: str) -> list[dict]:
    """Every metric of ``page``'s reports, as its JSON fields."""
    return [m for d in run(page).model_dump()["documents"] for m in d["metrics"] or []]


def metric_at(page: str, value: float, unit: str | None = None) -> dict:
    """The first metric of ``page`` worth ``value`` (in ``unit`` when given); fails naming what was found."""
    found = [m for m in metric_dicts(page) if abs(m["value"] - value) < 1e-9 and (unit is None or m["unit"] == unit)]
    assert found, f"no metric {value} in {page!r}: {[(m['value'], m['unit'], m['indicator']) for m in metric_dicts(page)]}"
    return found[0]

