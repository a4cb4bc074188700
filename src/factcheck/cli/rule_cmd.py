"""``factcheck rule [KIND]``: what a finding kind means, with an example; without KIND, the list."""

from __future__ import annotations

from typing import Annotated

import typer

from factcheck.cli.app import app, fail

__all__ = ["rule"]


@app.command("rule")
def rule(
    kind: Annotated[str | None, typer.Argument(help="A finding kind, e.g. name-spelling.")] = None,
) -> None:
    """Explain a finding kind with an example (without KIND: list every kind)."""
    from factcheck.rules import RULES, get_rule, rule_text

    if kind is None:
        width = max(len(k) for k in RULES)
        for r in RULES.values():
            print(f"{r.kind:<{width}}  {r.severity.value:<7}  {r.title}")
        return
    found = get_rule(kind)
    if found is None:
        fail(f"unknown finding kind {kind!r}; 'factcheck rule' lists them")
    print(rule_text(found), end="")
