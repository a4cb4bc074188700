"""Precision on the look-alikes a fourth unlabelled pool of new stories showed (issue #10): one office
written as 'vice' and as 'deputy', ...

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from tests.helpers import findings_of as _findings

D1 = dt.date(2031, 4, 7)


def test_vice_and_deputy_before_one_title_are_one_office() -> None:
    found = _findings(
        ("Deputy Governor Orla Venkova said the reserve would cover the repairs.", D1),
        ("Vice Gov. Orla Venkova said the reserve would cover the repairs.", D1),
    )
    titles = [(f.status.value, f.values[0].display) for f in found if f.attribute == "title"]
    assert titles == [("agreement", "Deputy Governor")]
