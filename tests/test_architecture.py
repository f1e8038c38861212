"""The stages are peers over document.py and structure.py: no stage imports another stage."""
import ast
from pathlib import Path

STAGES = Path(__file__).resolve().parents[1] / "reportnlp" / "stages"
NAMES = {p.stem for p in STAGES.glob("*.py")} - {"__init__"}


def _stage_imports(path: Path) -> list[str]:
    """Other stages that a stage module imports, at any depth (function-level imports too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level == 1:  # from .x import y / from . import x
                targets = [mod] if mod else [a.name for a in node.names]
            elif node.level == 0 and mod.startswith("reportnlp.stages"):
                rest = mod[len("reportnlp.stages"):].lstrip(".")
                targets = [rest.split(".")[0]] if rest else [a.name for a in node.names]
            elif node.level == 2 and mod.startswith("stages"):
                rest = mod[len("stages"):].lstrip(".")
                targets = [rest.split(".")[0]] if rest else [a.name for a in node.names]
            else:
                continue
            found += [t for t in targets if t in NAMES]
        elif isinstance(node, ast.Import):
            found += [a.name.split(".")[2] for a in node.names
                      if a.name.startswith("reportnlp.stages.") and a.name.split(".")[2] in NAMES]
    return found


def test_no_stage_imports_another_stage():
    offenders = {p.name: _stage_imports(p) for p in sorted(STAGES.glob("*.py"))}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_import_scan_sees_every_form(tmp_path):
    src = tmp_path / "x.py"
    src.write_text("from .documents import a\nfrom . import reflow\nfrom ..stages.metrics import b\n"
                   "import reportnlp.stages.scores\nfrom ..structure import c\nfrom ..document import Document\n"
                   "def f():\n    from reportnlp.stages.sections import d\n", encoding="utf-8")
    assert sorted(_stage_imports(src)) == ["documents", "metrics", "reflow", "scores", "sections"]


def test_no_text_file_keeps_merge_conflict_markers():
    # a merge resolved by hand once left both sides of SURVEY.md in the file, markers and all
    root = Path(__file__).resolve().parents[1]
    marker = ("<" * 7 + " ", "=" * 7 + "\n", ">" * 7 + " ")
    kept = [str(p.relative_to(root)) for folder in ("reportnlp", "corpora", "tests", "benchmarks")
            for p in (root / folder).rglob("*") if p.suffix in (".py", ".md", ".yml", ".yaml", ".json", ".txt")
            and "local" not in p.parts and any(line.startswith(marker) for line in
                                               p.read_text(encoding="utf-8", errors="replace").splitlines(True))]
    assert kept == [] and not any(line.startswith(marker) for line in (root / "README.md").read_text(encoding="utf-8").splitlines(True))
