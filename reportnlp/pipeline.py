"""The ordered stages; checks at build time that each stage's inputs are assigned."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from .document import Document
from .errors import PipelineError


@dataclass(frozen=True)
class Stage:
    """One step. ``scope`` is 'page' (the whole file) or 'document' (each report)."""

    name: str
    func: Callable[[Document], Document]
    scope: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


@dataclass
class Pipeline:
    stages: list[Stage] = field(default_factory=list)

    def __post_init__(self) -> None:
        have: set[str] = {"text"}
        for st in self.stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(f"stage {st.name!r} requires {missing}, not assigned by earlier stages")
            have.update(st.assigns)

    def __call__(self, page: Document, on_stage: Callable[[str, float], None] | None = None) -> Document:
        """Run the stages; ``on_stage(name, seconds)`` hears how long each one took."""
        for st in self.stages:
            t0 = time.perf_counter()
            if st.scope == "page":
                page = st.func(page)
            else:
                page.parts = [st.func(part) for part in page.parts]
            if on_stage is not None:
                on_stage(st.name, time.perf_counter() - t0)
        return page

    def before(self, name: str) -> "Pipeline":
        """The stages that run before stage ``name`` (training sees text as that stage does)."""
        names = [st.name for st in self.stages]
        return Pipeline(self.stages[: names.index(name)])


def default_pipeline(templates=None) -> Pipeline:
    """decode happens before; then clean, split, and analyse each report.

    ``templates`` (a :class:`reportnlp.templates.TemplateSet` a batch learned) makes the
    templates stage strip its lines; without it that stage does nothing."""
    import functools

    from .stages import (boilerplate, commitments, documents, forms, markup, metadata, metrics, mojibake,
                         normalize, reflow, scores, sections)
    from .stages import templates as template_stage
    from . import checks
    from .lexicons import validate_all

    validate_all()  # a broken rule file fails here, naming file and key, not on the first document

    strip_templates = functools.partial(template_stage.strip_templates, templates=templates)  # no-op when None

    return Pipeline([
        Stage("markup", markup.unwrap_markup, "page", ("text",), ("markup",)),
        Stage("mojibake", mojibake.repair_mojibake, "page", ("text",), ("repaired",)),
        Stage("normalize", normalize.normalize, "page", ("text",), ("normalized", "script")),
        Stage("boilerplate", boilerplate.strip_boilerplate, "page", ("normalized",), ("removed",)),
        Stage("templates", strip_templates, "page", ("removed",), ("templates",)),
        Stage("reflow", reflow.reflow, "page", ("removed",), ("paragraphs",)),
        Stage("documents", documents.split_documents, "page", ("paragraphs",), ("parts", "duplicate_of")),
        Stage("sections", sections.split_sections, "document", ("parts",), ("sections",)),
        Stage("metadata", metadata.extract_metadata, "document", ("parts",), ("metadata",)),
        Stage("metrics", metrics.extract_metrics, "document", ("sections", "metadata"), ("metrics",)),
        Stage("scores", scores.extract_scores, "document", ("sections",), ("scores",)),
        Stage("forms", forms.extract_forms, "document", ("sections", "metrics", "scores"), ("forms", "form_scores")),
        Stage("commitments", commitments.extract_commitments, "document", ("sections", "metrics", "metadata"),
              ("commitments",)),
        Stage("checks", checks.run_checks, "document", ("metrics", "scores", "metadata", "commitments"),
              ("flags", "risk")),
    ])
