"""The README stays true: its sample output is the real output (``pytest --update-golden`` rewrites the
block), its test command is the one ``.ci/run`` runs, and every flag, format, kind and diagnostic code the
tool has is documented."""

from __future__ import annotations

import re

import pytest

from factcheck.render import formats
from factcheck.rules import RULES
from tests.helpers import REPO, run_cli

README = REPO / "README.md"
CI_RUN = REPO / ".ci" / "run"
SAMPLE_COMMAND = ("compare", "examples/", "--sources", "examples/sources.json")
START, END = "<!-- sample-output:start -->", "<!-- sample-output:end -->"
COMMANDS = ("compare", "check", "extract", "baseline", "eval", "rule", "config", "schema")


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _two_commands() -> list[str]:
    section = _readme().split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.DOTALL)


def sample_block(output: str) -> str:
    """The README's sample: the command and the report up to its second section, then an ellipsis."""
    lines = output.splitlines()
    headings = [i for i, line in enumerate(lines) if re.fullmatch(r"[A-Z][A-Z -]+ \(\d+\)", line)]
    cut = headings[1] if len(headings) > 1 else len(lines)
    shown = [f"$ factcheck {' '.join(SAMPLE_COMMAND)}", *lines[:cut]]
    if shown[-1] == "":
        shown.pop()
    if cut < len(lines):
        shown.append("…")
    return "```text\n" + "\n".join(shown) + "\n```"


@pytest.fixture
def at_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    for var in ("NO_COLOR", "FACTCHECK_FORMAT", "FACTCHECK_FAIL_ON", "FACTCHECK_DISABLE", "FACTCHECK_SOURCES"):
        monkeypatch.delenv(var, raising=False)


def test_sample_output_is_the_real_output(at_repo: None, request: pytest.FixtureRequest) -> None:
    r = run_cli(*SAMPLE_COMMAND)
    assert (r.code, r.err) == (1, "")  # the README says: exit code 1, the examples have conflicts
    block = sample_block(r.out)
    text = _readme()
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    wanted = f"{head}{START}\n{block}\n{END}{tail}"
    if request.config.getoption("--update-golden"):
        README.write_text(wanted, encoding="utf-8", newline="\n")
        return
    assert text == wanted, "README sample output is stale; run pytest --update-golden"


def test_readme_states_the_exit_codes_of_its_commands() -> None:
    section = _readme().split("## Two commands", 1)[1].split("\n## ", 1)[0]
    assert "**exits with code 1**" in section
    assert "**exit code\nis 0**" in section or "**exit code is 0**" in section


def test_ci_runs_the_readme_test_command_in_its_own_folder() -> None:
    run, test = _two_commands()
    assert run.endswith(".venv/bin/factcheck compare examples/ --sources examples/sources.json")
    assert (
        test == "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test,browser]' && .venv/bin/python -m pytest"
    )
    ci = CI_RUN.read_text(encoding="utf-8")
    assert test.replace(".venv", ".ci-venv") in ci.splitlines()
    assert re.search(r"rm -rf \.venv\b", ci) is None  # never deletes the developer's environment
    assert ".ci-venv/" in (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_flag_is_documented(command: str) -> None:
    r = run_cli(command, "-h")
    assert r.code == 0
    flags = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+|-[a-z])\b", r.out)) - {"--help", "-h"}
    readme = _readme()
    missing = sorted(f for f in flags if f"`{f}" not in readme and f" {f} " not in readme and f"[{f}" not in readme)
    assert not missing, f"factcheck {command}: undocumented flags {missing}"


def test_every_format_kind_and_code_is_documented() -> None:
    readme = _readme()
    assert [f for f in formats() if f"- `{f}`" not in readme] == []
    named = set(re.findall(r"`([a-z]+(?:-[a-z]+)+)`", readme))
    kinds = {k for k in RULES if not k.endswith(("-agreement", "-unique"))}
    assert sorted(kinds - named) == []
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "src").rglob("*.py"))
    codes = set(re.findall(r'"(FC\d{3})"', source)) - {"FC000", "FC200", "FC300", "FC400", "FC410", "FC900"}
    assert sorted(c for c in codes if f"`{c}`" not in readme) == []
