"""Every rule file in resources/ has a schema; a broken one fails at load, naming file and key."""
import copy
import shutil

import pytest
import yaml

from reportnlp import lexicons
from reportnlp.resource_schema import SCHEMAS, ResourceError, validate


def _data(name):
    data = yaml.safe_load((lexicons.RESOURCES / name).read_text(encoding="utf-8"))
    return copy.deepcopy(lexicons.expand_fragments(name, data))


def test_every_rule_file_has_a_schema_and_fits_it():
    names = sorted(p.name for p in lexicons.RESOURCES.glob("*.yml"))
    assert names == sorted(SCHEMAS)
    for name in names:
        validate(name, _data(name))


def test_misspelled_key_names_file_and_key():
    data = _data("structure.yml")
    data["documents"]["titel_line"] = data["documents"].pop("title_line")
    with pytest.raises(ResourceError) as exc:
        validate("structure.yml", data)
    msg = str(exc.value)
    assert msg.startswith("resources/structure.yml: ")
    assert "documents.titel_line: Extra inputs are not permitted" in msg
    assert "documents.title_line: Field required" in msg


def test_pattern_that_does_not_compile_names_its_key():
    data = _data("sections.yml")
    data["paragraph_cues"][2]["pattern"] = "存在(问题|不足"
    with pytest.raises(ResourceError, match=r"sections\.yml: paragraph_cues\[2\]\.pattern: .*does not compile"):
        validate("sections.yml", data)
    data = _data("scores.yml")
    data["pair"] = data["pair"].replace("NUM", "(NUM")
    with pytest.raises(ResourceError, match=r"scores\.yml: .*pair: pattern \(NUM replaced\) does not compile"):
        validate("scores.yml", data)


def test_wrong_type_is_reported():
    data = _data("checks.yml")
    data["severity"]["RATE_MISMATCH"] = "urgent"
    data["min_coverage"] = "most"
    with pytest.raises(ResourceError) as exc:
        validate("checks.yml", data)
    assert "severity.RATE_MISMATCH" in str(exc.value) and "min_coverage" in str(exc.value)


def test_broken_file_fails_when_the_pipeline_is_built(tmp_path, monkeypatch):
    from reportnlp.pipeline import default_pipeline

    shutil.copytree(lexicons.RESOURCES, tmp_path / "resources")
    path = tmp_path / "resources" / "metrics.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nrespectively:", "\nrespectivly:"), encoding="utf-8")
    monkeypatch.setattr(lexicons, "RESOURCES", tmp_path / "resources")
    lexicons.load_yaml.cache_clear()
    try:
        with pytest.raises(ResourceError) as exc:
            default_pipeline()
        msg = str(exc.value)
        assert msg.startswith("resources/metrics.yml: ")
        assert "respectivly: Extra inputs are not permitted" in msg and "respectively: Field required" in msg
    finally:
        monkeypatch.undo()
        lexicons.load_yaml.cache_clear()


def test_a_checked_file_is_checked_again_only_once_changed(tmp_path, monkeypatch):
    from reportnlp import resource_schema

    shutil.copytree(lexicons.RESOURCES, tmp_path / "resources")
    monkeypatch.setattr(lexicons, "RESOURCES", tmp_path / "resources")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    checked = []
    monkeypatch.setattr(resource_schema, "validate", lambda name, data: checked.append(name))
    try:
        for _ in range(2):  # as two runs would: the second finds the record of the first
            lexicons.load_yaml.cache_clear()
            lexicons.load_yaml("forms.yml")
        path = tmp_path / "resources" / "forms.yml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        lexicons.load_yaml.cache_clear()
        lexicons.load_yaml("forms.yml")
    finally:
        monkeypatch.undo()
        lexicons.load_yaml.cache_clear()
    assert checked == ["forms.yml", "forms.yml"]


def test_a_fragment_is_written_into_every_rule_that_names_it():
    import re

    piece = lexicons.load_yaml("fragments.yml")["placeholder_year"]
    data = lexicons.expand_fragments("x.yml", {"cues": ["^20{{placeholder_year}}年是", {"n": 3}], "k": "{{placeholder_year}}"})
    assert data == {"cues": [f"^20{piece}年是", {"n": 3}], "k": piece}
    cue = re.compile(data["cues"][0])
    assert all(cue.match(f"20{year}年是") for year in ("xx", "XX", "××", "**"))
    assert not cue.match("20x*年是") and not cue.match("2024年是")
    # the rule files use it: no reference is left once loaded, and the year-framed cue reads a blank year
    for path in lexicons.RESOURCES.glob("*.yml"):
        assert "{{" not in repr(lexicons.load_yaml(path.name)), path.name
    assert re.match(lexicons.load_yaml("sections.yml")["year_framed"], "20XX年是全面推进乡村振兴的关键一年")


def test_an_unknown_fragment_names_file_and_reference():
    with pytest.raises(ResourceError, match=r"resources/sections\.yml: no fragment \{\{placeholder_yaer\}\} in resources/fragments\.yml"):
        lexicons.expand_fragments("sections.yml", {"cue": ["20{{placeholder_yaer}}年"]})
