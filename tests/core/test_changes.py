"""The history's typed change sets: every part survives encoding, the entries written before the
format had versions (version 1, in every edition file made until now) still read as the right
change set and still verify, and a format newer than this program is refused in one sentence."""

from __future__ import annotations

import base64
import json
import math
import sqlite3
import zlib

import numpy as np
import pytest

from tests.conftest import DEMO
from tests.core.test_assignment import run_cli
from wego_awards.errors import Refused
from wego_awards.services import changes, conflicts, decisions, history, imports, judging
from wego_awards.services.audit import verify
from wego_awards.services.changes import (
    AssignRun,
    CertificateDesign,
    ChangeSet,
    ClearedDecision,
    EditionIdentity,
    Finalization,
    ImportedFile,
    IssuedAward,
    JuryDecision,
    NewerFormat,
    PackageSeal,
    ScoreChanges,
    TableRows,
    decode_changes,
    encode_changes,
)
from wego_awards.services.edition import get_edition

UID = "52d41814-d504-4f76-849e-ddad319f38c5"
HASH = "7fdb0600bfb922bf63f2fa893de987d301dfeb91a9121bf00425f4e2c3fd21c2"
NAN = math.nan
EG = {"code": "EG", "name": "Efficient Government", "description": "Digital public services"}
ET = {"code": "ET", "name": "Economy & Tourism", "description": ""}
INNO = {"code": "INNO", "name": "Innovation", "weight": "25", "min": "0", "max": "10",
        "description": ""}
J2 = {"code": "J2", "name": "Renata Avila", "affiliation": "", "country": "Guatemala",
      "email": "renata.avila@example.org", "conflicts": "EG-01;SC-04"}
APP = {"code": "EG-02", "category": "EG", "city": "Moscow", "country": "Russia",
       "title": "Our City", "summary": "", "organisation": "", "email": "",
       "attachment": "EG-02.pdf", "attachment_sha256": "ab" * 32}
SETTINGS = {"method": "additive", "awards": [{"award": "gold", "count": 1}], "near_tie": 0.05,
            "min_score": None, "own_country_rule": False, "organisation": "WeGO"}


def header(blob: bytes) -> dict:
    """The JSON header of an encoded change set."""
    raw = zlib.decompress(blob[4:])
    return json.loads(raw[8:8 + int.from_bytes(raw[:8], "little")])


def inflated(blob: bytes) -> bytes:
    """What an encoded change set holds, uncompressed (zlib's own bytes may vary by version)."""
    assert blob[:4] == b"WGH1"
    return zlib.decompress(blob[4:])


# --- (a) every part round-trips ------------------------------------------------------------------

PARTS = {
    "edition": ChangeSet(edition=EditionIdentity("5th WeGO Awards", 2023, UID)),
    "settings": ChangeSet(settings=SETTINGS),
    "upserts": ChangeSet(upserts=TableRows(
        categories=(EG, ET), criteria=(INNO,), applications=(APP,), judges=(J2,),
        assignments=({"judge": "J2", "application": "EG-02"},))),
    "removals": ChangeSet(removals=TableRows(
        categories=({"code": "HC"},), criteria=({"code": "X"},),
        applications=({"code": "EG-09"},), judges=({"code": "J9"},),
        assignments=({"judge": "J2", "application": "EG-01"},))),
    "scores": ChangeSet(scores=ScoreChanges(
        judge=np.array([1, 2, 2], np.int64), application=np.array([3, 3, 4], np.int64),
        criterion=np.array([1, 1, 5], np.int64), value=np.array([7.5, NAN, 10.0]),
        old=np.array([NAN, 8.0, 9.25]), comment=("São Paulo", "", "고양"))),
    "no scores": ChangeSet(scores=ScoreChanges((), (), (), (), (), ())),
    "override": ChangeSet(override=JuryDecision("EG", "silver", "EG-01", "Its reach")),
    "override_clear": ChangeSet(override_clear=ClearedDecision("EG", "gold")),
    "finalized": ChangeSet(finalization=Finalization(True, HASH, (
        IssuedAward("EG", "gold", "EG-03"), IssuedAward("EG", "silver", "EG-01")))),
    "reopened": ChangeSet(finalization=Finalization(False)),
    "assign": ChangeSet(assign=AssignRun(3, 1, None, {"J1": ("EG", "Smart Cities")})),
    "assign with a limit": ChangeSet(assign=AssignRun(2, 0, 5)),
    "source": ChangeSet(source=ImportedFile("scores.csv", "scores")),
    "package": ChangeSet(package=PackageSeal("J2", "2026-12-06T18:12:02Z", "a47b70feaf63e92b",
                                             2, "d0" * 32)),
    "damaged seal": ChangeSet(package=PackageSeal(None, None, None, None, None)),
    "certificate_design": ChangeSet(certificate_design=CertificateDesign("design", "bc" * 32)),
}
EVERYTHING = ChangeSet(
    edition=PARTS["edition"].edition, settings=SETTINGS, upserts=PARTS["upserts"].upserts,
    removals=PARTS["removals"].removals, scores=PARTS["scores"].scores,
    override=PARTS["override"].override, override_clear=PARTS["override_clear"].override_clear,
    finalization=PARTS["finalized"].finalization, assign=PARTS["assign"].assign,
    source=PARTS["source"].source, package=PARTS["package"].package,
    certificate_design=PARTS["certificate_design"].certificate_design)


@pytest.mark.parametrize("name", [*PARTS, "everything"])
def test_every_part_round_trips(name):
    made = PARTS.get(name, EVERYTHING)
    blob = made.encode()
    back = ChangeSet.decode(blob)
    assert back == made and back.version == changes.VERSION == 2
    assert header(blob)["version"] == 2
    assert made.encode() == blob  # deterministic: the same changes hash the same
    assert not made.empty and made.empty == (not made.to_data())
    if made.scores is not None:
        s = back.scores
        assert s is not None
        assert [a.dtype for a in (s.judge, s.application, s.criterion, s.value, s.old)] == \
            [np.dtype(np.int64)] * 3 + [np.dtype(np.float64)] * 2
        assert np.isnan(s.value).tolist() == np.isnan(made.scores.value).tolist()


def test_an_empty_change_set_stores_nothing():
    assert ChangeSet().empty and ChangeSet.decode(None) == ChangeSet()
    assert ChangeSet(upserts=TableRows(assignments=())).empty


def test_score_changes_are_checked_and_add_up():
    with pytest.raises(ValueError, match="different lengths"):
        ScoreChanges([1, 2], [1], [1], [1.0], [NAN], [""])
    first = PARTS["scores"].scores
    assert first is not None
    gone = ScoreChanges.cleared([4], [5], [6], [7.5])
    both = first + gone
    assert len(both) == 4 and both.judge.tolist() == [1, 2, 2, 4]
    assert np.isnan(both.value[3]) and both.old[3] == 7.5 and both.comment[3] == ""
    assert both != first


def test_a_table_the_history_does_not_record_is_refused():
    with pytest.raises(ValueError):
        TableRows.of("scores", [])
    assert TableRows.of("judges", [J2]) == TableRows(judges=(J2,))



# --- (b) what is stored today reads as the right change set --------------------------------------

# Change sets exactly as the program wrote them before they were typed (commit b46d16d): made by
# its ``history.encode_changes`` from dicts of the shapes its callers built (named by the action
# that wrote each), base64. Their header has no "version": version 1.
V1_BLOBS = {
    'init': (
        "V0dIMXgBZVDNTsMwDIY3iXLg1KJ2a2HrDQm0I5dJHBCqTOJ2ltJkStJN1dT34TFxCggkcrIdfz/+Pq6vlneR4D1M"
        "QTavb5nUEEE2F6kgYu88YZpz6zTKRj7tJK9gUJ6OkZzl0SP1FMGI4/huSImA/kSKUZm0MCyYriNFaKPYuRN6O3Ap"
        "5+yXc/+P8w9YOeuGSdyIvRs9hUHObBI1falffkTqeBAvuHsWD2fwOqmPpNldvdJVuSmrXNdFlVfd/V2+qbaYaw16"
        "XW679UbVvDwheNmsitV6zmTAGMn2fDhH80WXIlhKpuyd0QxRbuQ7mjL5GTAeXJIDnZydkP8Hsm1QznMEdjSG42CN"
        "NhL3xW1RZ9L5HiwF+M4xuWeYO9t2ofZT60fD2x2YgPM8fwK/ZIs/"
    ),
    'import criteria': (
        "V0dIMXgBTYxBCsIwEEU9y18HUaGb3MBNPYB0MTRRB21SkrRaQs7kFZ1UEGf15/H+f2++l0Eh0BKhz52CoUTQGRd+"
        "WGj0gZMNTNs+zlC4szN/VMg0RhuSlPPPlSF5vKn9Y9uexDI2ytKY2DuBAgZ6SdjvauTKanI0rB3n/Eyrq/C0fL0l"
        "EQ4NSldK+QAg6jim"
    ),
    'import scores': (
        "V0dIMXgBdZFNCsIwEIWr3kNk1sGCKykuPILgUkoJaSrR2Ej6A1KKh/ES7r2US6cda0sxsxkm7+MxL/OceG1VwK3l"
        "twyCwwH8TBgrM/9UxEcJDDZqDWwVsl7h16tWgufKpH91YVUurUstuS5a32Tsa3Tc+NF7yCDmOYeggkRpCQHQXkuR"
        "lUidVRr/3nAmsaGH2+EYRW22KEK6izZEagbCXC4yzTE97F8Ps9jxQhv0BNyhz+Lw6gF0oj9zkCQi1eR0MI2EBP2R"
        "gyGxxvqez5vSGb3ZqHd610meb6nDt7/vNC+2H714ltE="
    ),
    'conflict': (
        "V0dIMXgBdVJNT4QwEEV/hOfNnNkPNx4MesAYs4lHPW4ImUAh1X6QAhs3hPi3PTptWRc3wGXovDevb2b6eR24rwM0"
        "Bo81RPs9rOtMG1avP9q8ZBDCI7+HcJuEZwSrSvAMG67VJJ4Z3jAzhx5QtE63uNTVIrd6Pp+EkGODEHVgmNRURfbI"
        "aF3zUkmmGuuWziMvEbzslptb0vDeI3jdQp/0IfiWXP2Y30Gaus7TFKK/xseSVJtpaa+j24CUgXyd+yNDUwpnAtUP"
        "XqaZHiSW7X1GzULE8HOb4XiwJ1pb1czY4XT+5mFMRcEF9yuLbB+Zzhn1TAOy/6qghdoiP8GH9+fl5s4hrWrMkfK7"
        "FhsmUSBlKXJBOcMUbWiFBy4wZl8oK8FW2pREUSit/JtjLJ4sw26i74cXF5zilX+BwWU84R7++f4fb2J/XsS/iUXR"
        "Fw=="
    ),
    'assign': (
        "V0dIMXgBjY49C8IwEIb1n+jNEYzdsooIXR2llKM9JZKkIUlFKfnvXiqCm9503MfzvOvlYq4JMAR8RlDnRkCPCUHx"
        "LEZ9daWz+GjNgD0oNxojwFNo0XujO0x64JOKZ4EuFMh1xJgJaskwOBxBwMliSKu9TppXTRYQiRgluQtkhzua+eOt"
        "s+RSycH6bwGTNlvJsNvYXwkU1DvIhTX6SKF8fPL+DZCQxU9LVSw5vwANel8u"
    ),
    'delete': (
        "V0dIMXgBpVDBCsIwDNU/kZyniKCHXUX0IoInQUTiVl1gXUeaKjL276ad4AfYXvLykpe8VONReh0gM7495OdLBiUK"
        "Qt4BG+ueWGu2gwLFPByTiTUKXWkgh90aem0omMQwadOPOinTZxBab1iSBLZtTapDrhlEUASLyppGVGqznc4Xs7a8"
        "QwY/4uorXCxXyuPtv6+yXw/vNC1ikhjvnS/cK+LBVNokwdAIx4pj8F7dZWAsUq0JDR0/sCGf7AwZH6zFVK+0kNTx"
        "QofAk3Wco9fo+w+2I3ju"
    ),
    'settings': (
        "V0dIMXgBM2KAgGqlxKKixMpiJavoWB2llMSSRCWraqXi1JKSzLx0oGi1Ul5qYlF8SWaqkpWBnmFtbS0AwfIRag=="
    ),
    'edition': (
        "V0dIMXgBJYoxC8IwFAb9KeWbG2jSF02zOTk6OojDw/eKGayQRqSU/Hcr3nQcV3Z/VnDOvMyI11sL4cKIK1RSSa/p"
        "pxM/FRFUHs1FT+fm+OEsM1q8k2zdOyEbLBnxHRkaD3sTaFAjwtLbYezD3W/zopwRXedsrfULYk4irA=="
    ),
    'certificate design': (
        "V0dIMXgB62aAgGqlxKKixMpiJavoWB2llMSSRCWraqXk1KKSzLTM5MSS1PiU1OLM9DyQaFp+TkpqkZKVElRIR6k4"
        "I9HI1AwokpRMGVSqra0FAJ5AMnk="
    ),
    'override': (
        "V0dIMXgBJYvNCsIwEIR9lDDnCnrNvfgC3sTD0iw2EkzZTSuhhL66azun+flmOx1aQSJUFf7x7BCoEPyKvLBIDPz3"
        "NE0pDlRi/sCjv50vV3SgL0mwrDEZa4UR/MpSd8ayMOn+uI/s3rNUt1CaWV0s6mwcRrTWfsC3KvA="
    ),
    'override cleared': (
        "V0dIMXgBJchBCoAgEAXQzvLXnsB91B0i4uMMIgjCJIWId6/oLd86/TpoxnbCb7uDsBK+o1xqlkSPkJX2DW+awCOW"
        "LHAIrBqLtXfmBWOMB597GNA="
    ),
    'finalize': (
        "V0dIMXgBbY5NCsIwEIU9y6wr5EfbpnvxECIy6WQ0EGxJWkWlt/YARrsRdFbz3rzvMc/FPA/AGPGWoNntCyAcEJrs"
        "XTHS28tr3wff4uC7MzSw2S6FhmIOZH3sAmWZ7+7YxdsnAVPxD5NfWPLh4uIvmF9gf8bg746gGeLoCogujWFIhxOm"
        "U+6vmKwohbBsjVKWS82KsTaanKkr0kISO2skGqmkZSFWas0rp1rNpGSrYJpedddNsQ=="
    ),
    'reopen': (
        "V0dIMXgB02CAgGqlxKKixMpiJavoWB2llMSSRCWraqW0zLzEnMyq1BQlq7TEnOLU2loAIaQOZA=="
    ),
    'package import': (
        "V0dIMXgBpVKxTsMwEA3wGwxwYkzbxKC0RAxlZWYiqqyr7VSmiRM5SSVUVfw2I+c4VSvUTNjD5fxe3p3fmV8H/doD"
        "WotfDaRZBrNGVFY1s89ObhSE8KIXELJVeEKwrgstsNWVuYgLq1tlx9AdFl2vm//VrQrp9Pz5KgSJLUK6h1wXClJ4"
        "Y1O5JsJWG0mpb5PyGsUWqVVi+p4dlc5LlIpjS1QWsWQSs0mUvMeLNGZpxD6IYCojnDA+zdfzKFeYJ4/qmbkaDe4U"
        "2cHoS28Mtp11RBn9b8OB9Hp3XbPnNlLKeT8EzqnQcQbnFPpXVGWpDN0og9e7spKqmFKvQFadLB9ROhFIZ7Dpck0P"
        "EsuNY0TNQcTwoxzhePBAa3hlwVi88q8wuBmiD7dLH3++fXwY8vvlLwnCw+s="
    ),
    'package': (
        "V0dIMXgBpVRNb9swDN1hP8TQOUlt1+lSb4cV3RB0wFqgO+wQFAZryY4GWTZkOWlQ5F/vB+xJSuCsWE5LLhT5+PVI"
        "+vf7d/73ysgY2vUsX63YRV+2RvQXvwZeCzZhn+SCTeKnyWihrlOyJCtb/U97aaQV5px1Q2rwcau3cVvFXbygf5ow"
        "TpZY/sqQStStkcIViGfLBcvZ1yXAXPTI1vlScvZF1tKSirrhGQVGvTAbWcJrwjQ13qeqZCmFttGy3QijG4hsj1SC"
        "yxDj9QjN7Dr6KZYP0c2WDHcxBsmRdp7yLFkk2ZTP42yaVR+upovsWkw5J36ZXFeXi3IO8E6QYXkap/F+wgKjrpVT"
        "6vAsCk98USDwkfdTCHzLtvFV5iuUOTJ7xnkEwDVM8AwyGIFyrJ/BOBMQYWJnMMG4B6wX1kpdY0joM5DmxuVF9FeH"
        "8ZbtAM7zxLHeCLtuHanEHf8btxaN1IXni+V6UAqjA5OFlRhfPIvnqNfUpGUf1i9nbkZwa7e68KHNrjCDAroi1QuU"
        "NXTYAxuqGhc3rBJZS+U68IuFmsbprOMVwo2Gol9TOr9yRT7/3x9hD5u8QzS/vqW0Tv7eouOtsx9XG5X4J7gyDvE4"
        "9L0kqERDUkEB8Q0R0PRD05DH42GldTSwh8FEty6PY5wQpvZr7wiA4rAwuLPxsu7u7x2lf98WFA29IF4SO1FqiE46"
        "XNad1u3m+EnYClmvMWSWzn1Wv2sHxnGBSh6HB/9Dy99Cv7rC4bph+WkkH3/cTuPMo45MLAd8DRpSp2QYofGpmNFG"
        "KvosXqjplJiBnrG8R4+IbhwCJe33+z9KVqGw"
    ),
}

V1_EXPECTED = {
    "init": ChangeSet(edition=EditionIdentity("5th WeGO Awards", 2023, UID), settings=SETTINGS,
                      upserts=TableRows(categories=(EG, ET))),
    "import criteria": ChangeSet(upserts=TableRows(criteria=(INNO,)),
                                 source=ImportedFile("criteria.csv", "criteria")),
    "import scores": ChangeSet(
        scores=ScoreChanges([1, 2], [3, 3], [1, 1], [7.5, 9.0], [NAN, 8.0], ["São Paulo", ""]),
        source=ImportedFile("scores.csv", "scores")),
    "conflict": ChangeSet(
        scores=ScoreChanges.cleared([2, 2], [1, 1], [1, 2], [5.5, 8.0]),
        upserts=TableRows(judges=(J2,)),
        removals=TableRows(assignments=({"judge": "J2", "application": "EG-01"},))),
    "assign": ChangeSet(
        upserts=TableRows(assignments=({"judge": "J1", "application": "EG-01"},
                                       {"judge": "J3", "application": "EG-01"})),
        removals=TableRows(assignments=({"judge": "J2", "application": "EG-01"},)),
        assign=AssignRun(3, 1, None, {"J1": ("EG", "Smart Cities")})),
    "delete": ChangeSet(removals=TableRows(categories=({"code": "HC"},),
                                           criteria=({"code": "X"},)),
                        upserts=TableRows(applications=(APP,))),
    "settings": ChangeSet(settings={"near_tie": 0.1}),
    "edition": ChangeSet(edition=EditionIdentity("4th WeGO Awards", 2021, UID)),
    "certificate design": ChangeSet(certificate_design=CertificateDesign("design", "bc" * 32)),
    "override": ChangeSet(override=JuryDecision("EG", "silver", "EG-01",
                                                "The jury values its reach")),
    "override cleared": ChangeSet(override_clear=ClearedDecision("EG", "gold")),
    "finalize": ChangeSet(finalization=Finalization(True, HASH, (
        IssuedAward("EG", "gold", "EG-03"), IssuedAward("EG", "silver", "EG-01")))),
    "reopen": ChangeSet(finalization=Finalization(False)),
    "package import": ChangeSet(
        scores=ScoreChanges([2, 2], [2, 2], [1, 3], [7.0, NAN], [10.0, 8.5], ["A model.", ""]),
        source=ImportedFile("J2.db", "scores"),
        package=PackageSeal("J2", "2026-12-06T18:12:02Z", "a47b70feaf63e92b", 2, "d0" * 32)),
    "package": ChangeSet(
        edition=EditionIdentity("4th WeGO Awards", 2020, UID), settings=SETTINGS,
        upserts=TableRows(categories=(EG,), criteria=(INNO,), applications=(APP,),
                          judges=(J2,)),
        scores=ScoreChanges((), (), (), (), (), ())),
}


def v1_blob(name: str) -> bytes:
    return base64.b64decode("".join(V1_BLOBS[name]))


@pytest.mark.parametrize("name", V1_BLOBS)
def test_a_change_set_written_before_versions_reads_as_its_change_set(name):
    blob = v1_blob(name)
    assert "version" not in header(blob)
    read = ChangeSet.decode(blob)
    assert read == V1_EXPECTED[name] and read.version == 1
    # The byte format itself is unchanged: the plain data, encoded today without a version, is
    # the stored bytes again (the hash chain covers them; they are never re-encoded, though).
    # The arrays lie in the order the caller gave them; the JSON, decoded, has its keys sorted.
    data = decode_changes(blob)
    if "scores" in data:
        data["scores"] = {k: data["scores"][k] for k in
                          ("judge", "application", "criterion", "value", "old", "comment")}
    assert inflated(encode_changes(data)) == inflated(blob)
    # What is written now carries its version, and reads back the same.
    assert ChangeSet.decode(read.encode()) == read
    assert header(read.encode())["version"] == changes.VERSION


def test_the_categories_an_edition_starts_with_are_upserts_from_version_2_on():
    read = ChangeSet.decode(v1_blob("init"))
    assert "categories" in decode_changes(v1_blob("init"))
    again = decode_changes(read.encode())
    assert "categories" not in again and again["upserts"]["categories"] == [EG, ET]


def test_unknown_parts_pass_in_version_1_but_not_in_version_2():
    old = ChangeSet.decode(encode_changes({"settings": {"trim": 0.2}, "note": "x"}))
    assert old == ChangeSet(settings={"trim": 0.2})
    with pytest.raises(ValueError, match="unknown parts of a change set: note"):
        ChangeSet.decode(encode_changes({"settings": {"trim": 0.2}, "note": "x"}, version=2))
    with pytest.raises(ValueError, match="version"):
        ChangeSet.decode(encode_changes({}, version=0))


# --- (c) a newer format is refused, in one sentence ----------------------------------------------


def test_a_newer_format_is_refused_in_one_sentence():
    blob = encode_changes({"settings": {"trim": 0.2}}, version=changes.VERSION + 1)
    with pytest.raises(NewerFormat) as info:
        ChangeSet.decode(blob)
    assert isinstance(info.value, Refused)
    assert info.value.message == (
        "a history entry was written by a newer WeGO Awards (its changes are in format 3; this "
        "program reads formats up to 2): open this edition with that newer version")


def test_audit_verify_refuses_a_history_from_a_newer_program(demo_db, demo_path, monkeypatch,
                                                            capsys):
    monkeypatch.setattr(changes, "VERSION", changes.VERSION + 1)  # a newer program records
    decisions.set_setting(demo_db, "near_tie", "0.1")
    monkeypatch.undo()
    with pytest.raises(Refused, match=r"^history entry 11 \(settings, .+\) was written by a "
                                      r"newer WeGO Awards \(its changes are in format 3"):
        verify(demo_db)
    code, out, err = run_cli(capsys, "--db", str(demo_path), "audit", "verify")
    assert code == 1 and "was written by a newer WeGO Awards" in err
    assert len(err.strip().splitlines()) == 1


def test_a_damaged_change_set_is_named_not_raised(demo_db, demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE history SET changes = X'5747483100' WHERE id = 2")
    conn.close()
    text = str(verify(demo_db))
    assert "history entry 2 (import categories): its changes are unreadable" in text


# --- a whole edition whose history was written before versions ------------------------------------


def as_version_1(path) -> int:
    """Rewrite every entry's changes as the program before versions wrote them (no version;
    the categories of an edition's first entry apart from the upserts) and chain the entries
    again, as if the file had been made by it. How many entries hold changes."""
    written = 0
    with sqlite3.connect(path) as conn:
        prev = history.GENESIS
        entries = conn.execute("SELECT id, at, actor, action, summary, reason, changes FROM "
                               "history ORDER BY id").fetchall()
        for id_, at, actor, action, summary, reason, blob in entries:
            if blob:
                data = decode_changes(blob)
                if action in ("init", "package"):
                    upserts = data.pop("upserts", {})
                    data["categories"] = upserts.pop("categories", [])
                    if upserts:
                        data["upserts"] = upserts
                blob = encode_changes(data)
                written += 1
            digest = history.entry_hash(prev, at, actor, action, summary, reason, blob)
            conn.execute("UPDATE history SET changes = ?, prev_hash = ?, hash = ? WHERE id = ?",
                         (blob, prev, digest, id_))
            prev = digest
        conn.execute("UPDATE editions SET history_head = ?", (prev,))
    conn.close()
    return written


def test_an_edition_written_before_versions_verifies_and_still_catches_an_edited_score(
        edition_db, db_path):
    for kind in ("criteria", "applications", "judges", "scores"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    judging.save_score(edition_db, "J1", "EG-01", "INNO", 2.5, "second thoughts")
    conflicts.add_conflict(edition_db, "J2", "EG-01", reason="advises the city")
    decisions.finalize(edition_db)
    with edition_db.read() as s:
        now = [c for _, c in history.check_chain(s, get_edition(s)).payloads]
    assert as_version_1(db_path) == len(now)
    with edition_db.read() as s:
        chain = history.check_chain(s, get_edition(s))
    assert not chain.problems
    assert [c.version for _, c in chain.payloads] == [1] * len(now)
    assert [c for _, c in chain.payloads] == now  # the same change sets, read from version 1
    assert chain.payloads[0][1].upserts.categories  # the six WeGO categories, kept apart
    assert verify(edition_db).ok
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE scores SET value = 10 WHERE id = (SELECT s.id FROM scores s "
                     "JOIN judges j ON j.id = s.judge_id JOIN applications a ON a.id = "
                     "s.application_id JOIN criteria c ON c.id = s.criterion_id WHERE "
                     "j.code = 'J1' AND a.code = 'EG-01' AND c.code = 'INNO')")
    conn.close()
    report = verify(edition_db)
    assert report.problems == ["score of judge J1 for EG-01, criterion INNO: 10 in the "
                               "database, 2.5 in the history"]
