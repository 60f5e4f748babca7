"""Who is acting: one value that says it and words each refusal the same way everywhere."""

from __future__ import annotations

import pytest

from tests.conftest import PACKAGE_PASSPHRASE
from wego_awards.errors import Refused
from wego_awards.services import records
from wego_awards.services.acting import PACKAGE, SECRETARIAT, SERVER, Acting, acting, acting_in
from wego_awards.services.assignment import assign
from wego_awards.services.conflicts import add_conflict, remove_conflict
from wego_awards.services.edition import get_edition, open_database
from wego_awards.services.packages import export_package


def test_the_value_and_its_words():
    assert not Acting().is_judge and Acting().kind == SECRETARIAT
    Acting().secretariat_only("importing judges")  # the secretariat may
    j2 = Acting(PACKAGE, "J2")
    assert j2.is_judge and j2.in_package and j2.where() == "J2's package"
    assert not j2.is_other("j2") and j2.is_other("J3")
    assert j2.not_for_others("J2") is None
    assert j2.not_for_others("J3") == ("this is J2's package: only their scores can be entered "
                                       "in it")
    with pytest.raises(Refused, match="this is J2's package: importing judges is done by the "
                                      "secretariat"):
        j2.secretariat_only("importing judges")
    assert Acting(SERVER, "J1").where() == "J1's own login on the server"


def test_in_a_package_every_service_asks_the_same_value(demo_db, tmp_path):
    with demo_db.read() as s:
        e = get_edition(s)
        assert acting(e) == Acting() and acting_in(s, e) == Acting()
    path = export_package(demo_db, "J2", tmp_path / "J2.db", PACKAGE_PASSPHRASE).path
    with open_database(path) as pkg:
        with pkg.read() as s:
            assert acting_in(s, get_edition(s)) == Acting(PACKAGE, "J2")
        for attempt, what in (
                (lambda: assign(pkg, 2, seed=1), "assigning judges"),
                (lambda: remove_conflict(pkg, "J2", "EG-01"), "withdrawing a conflict"),
                (lambda: records.delete(pkg, "applications", ("EG-01",)), "J2's package"),
                (lambda: add_conflict(pkg, "J3", "EG-01"), "'J3' is not a judge")):
            with pytest.raises(Refused, match=what):
                attempt()
