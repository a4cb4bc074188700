"""Configuration: file < FACTCHECK_* variables < flags, where each value came from, and every error
(exit 2, one line naming the file or variable and the key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import find_config, load_settings
from factcheck.errors import ConfigError
from tests.helpers import gate_workdir, run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "gate"
CHECK = ("check", "drafts/grain-draft.md", "--against", "archive")


@pytest.fixture(autouse=True)
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return gate_workdir(tmp_path, monkeypatch)


def _toml(text: str, name: str = "factcheck.toml") -> Path:
    path = Path(name)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_with_no_file() -> None:
    r = run_cli("config")
    assert r.code == 0
    assert r.out == (
        "# config file: (none found)\n"
        'fail-on = "conflict"  # default\n'
        'format = "text"  # default\n'
        'sources = ""  # default\n'
        'baseline = ""  # default\n'
        "exclude = []  # default\n"
        "select = []  # default\n"
        "ignore = []  # default\n"
        'min-severity = "info"  # default\n'
        'nlp-model = ""  # default\n'
        "trust = {}  # default\n"
        "extractors.disable = []  # default\n"
        "max-file-size = 10000000  # default\n"
        "max-parse-size = 12000  # default\n"
    )


def test_precedence_file_env_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    _toml(
        'fail-on = "none"\nformat = "markdown"\nsources = "archive/sources.json"\n'
        'baseline = "fc.json"\n[trust]\nharbour-talks = 2\n[extractors]\ndisable = ["quote"]\n'
    )
    monkeypatch.setenv("FACTCHECK_FORMAT", "json")
    monkeypatch.setenv("FACTCHECK_FAIL_ON", "any")
    monkeypatch.setenv("FACTCHECK_TRUST", "harbour-followup=0.5")
    r = run_cli("config", "--fail-on", "conflict", "--disable", "event-place")
    assert (r.code, r.err) == (0, "")
    assert r.out == (
        "# config file: factcheck.toml\n"
        'fail-on = "conflict"  # command line\n'
        'format = "json"  # FACTCHECK_FORMAT\n'
        'sources = "archive/sources.json"  # factcheck.toml\n'
        'baseline = "fc.json"  # factcheck.toml\n'
        "exclude = []  # default\n"
        "select = []  # default\n"
        "ignore = []  # default\n"
        'min-severity = "info"  # default\n'
        'nlp-model = ""  # default\n'
        'trust = {"harbour-followup" = 0.5}  # FACTCHECK_TRUST\n'
        'extractors.disable = ["event-place"]  # command line\n'
        "max-file-size = 10000000  # default\n"
        "max-parse-size = 12000  # default\n"
    )


def test_pyproject_table_and_upward_search(work: Path) -> None:
    _toml('[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "any"\nsources = "meta/s.json"\n', "pyproject.toml")
    sub = work / "drafts"
    settings = load_settings(cwd=sub, env={})
    assert settings.config_file == work / "pyproject.toml"
    assert (settings.fail_on, settings.sources) == ("any", work / "meta" / "s.json")
    assert settings.origins["fail-on"] == "../pyproject.toml"


def test_pyproject_without_table_is_passed_over(work: Path) -> None:
    _toml('fail-on = "none"\n')
    (work / "drafts" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_settings(cwd=work / "drafts", env={}).fail_on == "none"


def test_factcheck_toml_wins_over_pyproject() -> None:
    _toml('[tool.factcheck]\nfail-on = "any"\n', "pyproject.toml")
    _toml('fail-on = "none"\n')
    assert load_settings(env={}).fail_on == "none"


def test_explicit_config_variable(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _toml('fail-on = "none"\n', "elsewhere.toml")
    monkeypatch.setenv("FACTCHECK_CONFIG", "elsewhere.toml")
    assert run_cli(*CHECK).code == 0


def test_config_drives_check_and_flags_override(monkeypatch: pytest.MonkeyPatch) -> None:
    _toml('fail-on = "none"\nformat = "gitlab"\n')
    r = run_cli(*CHECK)
    assert r.code == 0 and r.out.startswith("[")
    monkeypatch.setenv("FACTCHECK_FAIL_ON", "conflict")
    assert run_cli(*CHECK).code == 1
    assert run_cli(*CHECK, "--fail-on", "none").code == 0
    assert run_cli(*CHECK, "--format", "text").out.startswith("factcheck ")


def test_config_drives_compare() -> None:
    _toml('fail-on = "none"\n')
    assert run_cli("compare", "archive", "drafts/grain-draft.md").code == 0


def test_config_baseline_path_is_relative_to_the_file(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("baseline", "meta/fc.json", "archive", "drafts/grain-draft.md").code == 0
    _toml('baseline = "../meta/fc.json"\n', "drafts/factcheck.toml")
    monkeypatch.chdir(work / "drafts")
    assert run_cli("check", "grain-draft.md", "--against", "../archive").code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('fail_on = "any"\n', "factcheck.toml: unknown key 'fail_on'"),
        ('fail-on = "sometimes"\n', "factcheck.toml: key 'fail-on': must be one of conflict, any, none"),
        ('format = "pdf"\n', "factcheck.toml: key 'format': must be one of"),
        ("sources = 3\n", "factcheck.toml: key 'sources': must be a path"),
        ('baseline = ""\n', "factcheck.toml: key 'baseline': must be a path"),
        ('trust = "high"\n', "factcheck.toml: key 'trust': must be a table"),
        ("[trust]\nwire = -1\n", "factcheck.toml: key 'trust'.wire: must be a finite number >= 0"),
        ('[trust]\nwire = "a lot"\n', "factcheck.toml: key 'trust'.wire: must be a finite number >= 0"),
        ("extractors = 1\n", "factcheck.toml: key 'extractors' must be a table"),
        ("[extractors]\nenable = []\n", "factcheck.toml: unknown key 'extractors.enable'"),
        ('[extractors]\ndisable = "quote"\n', "factcheck.toml: key 'extractors.disable': must be a list"),
        ('[extractors]\ndisable = ["nonsense.v9"]\n', "unknown extractor 'nonsense.v9'"),
        ("fail-on = \n", "factcheck.toml: not valid TOML"),
    ],
)
def test_file_errors(content: str, message: str) -> None:
    _toml(content)
    for argv in (("config",), CHECK):
        r = run_cli(*argv)
        assert r.code == 2 and r.out == ""
        assert r.err.startswith("factcheck: error: ") and message in r.err, r.err
        assert len(r.err.strip().splitlines()) == 1


def test_pyproject_table_errors_name_pyproject() -> None:
    _toml('[tool.factcheck]\ncolour = "red"\n', "pyproject.toml")
    r = run_cli("config")
    assert r.code == 2 and "pyproject.toml: unknown key 'colour'" in r.err


@pytest.mark.parametrize(
    ("var", "value", "message"),
    [
        ("FACTCHECK_FAIL_ON", "maybe", "environment variable FACTCHECK_FAIL_ON: must be one of"),
        ("FACTCHECK_FORMAT", "pdf", "environment variable FACTCHECK_FORMAT: must be one of"),
        ("FACTCHECK_TRUST", "wire", "environment variable FACTCHECK_TRUST: expected id=weight pairs"),
        ("FACTCHECK_TRUST", "wire=lots", "environment variable FACTCHECK_TRUST: weight of 'wire' must be a number"),
        ("FACTCHECK_DISABLE", "nonsense", "environment variable FACTCHECK_DISABLE: unknown extractor"),
        ("FACTCHECK_CONFIG", "missing.toml", "FACTCHECK_CONFIG=missing.toml: no such config file"),
    ],
)
def test_env_errors(monkeypatch: pytest.MonkeyPatch, var: str, value: str, message: str) -> None:
    monkeypatch.setenv(var, value)
    r = run_cli(*CHECK)
    assert r.code == 2 and message in r.err, r.err


def test_bad_flag_value_is_usage_error() -> None:
    assert run_cli(*CHECK, "--fail-on", "sometimes").code == 2
    r = run_cli(*CHECK, "--disable", "nonsense")
    assert r.code == 2 and "option --disable: unknown extractor 'nonsense'" in r.err


def test_library_raises_config_error() -> None:
    _toml("nope = 1\n")
    with pytest.raises(ConfigError):
        load_settings(env={})
    assert find_config(Path.cwd(), env={}) is not None


def test_nlp_model_setting(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('nlp-model = "en_core_web_md"\n', encoding="utf-8")
    assert load_settings(cwd=tmp_path, env={}).nlp_model == "en_core_web_md"
    assert load_settings(cwd=tmp_path, env={"FACTCHECK_NLP_MODEL": "en_core_web_lg"}).nlp_model == "en_core_web_lg"
    (tmp_path / "factcheck.toml").write_text('nlp-model = "../evil"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="nlp-model"):
        load_settings(cwd=tmp_path, env={})


def test_an_uninstalled_pipeline_is_a_clear_error() -> None:
    from factcheck.parse import nlp

    with pytest.raises(ConfigError, match="not_a_pipeline"):
        nlp("not_a_pipeline")
