"""The command line as a user runs it: a real process, exit codes, words and never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO, fingerprint

ENV = {**os.environ, "WEGO_AWARDS_USER": "secretariat", "PYTHONIOENCODING": "utf-8"}


def run(*args: str, cwd: Path | None = None, ok: int | None = 0) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "wego_awards", *args], capture_output=True,
                          text=True, env=ENV, cwd=cwd, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    if ok is not None:
        assert proc.returncode == ok, (proc.returncode, proc.stdout, proc.stderr)
    return proc


@pytest.fixture
def edition(tmp_path) -> Path:
    db = tmp_path / "awards.db"
    run("--db", str(db), "init", "--edition", "5th WeGO Awards", "--year", "2023")
    for kind in ("criteria", "applications", "judges"):
        run("--db", str(db), "import", kind, str(DEMO / f"{kind}.csv"))
    return db


def test_help_names_every_interface_command():
    out = run("--help").stdout
    for cmd in ("init", "import", "export", "status", "results", "override", "finalize", "reopen",
                "audit", "backup", "demo", "gui"):
        assert f"  {cmd} " in out, cmd


def test_a_whole_edition_from_files_to_awards(edition, tmp_path):
    db = str(edition)
    out = run("--db", db, "import", "scores", str(DEMO / "scores.csv")).stdout
    assert "1540 added" in out
    again = run("--db", db, "import", "scores", str(DEMO / "scores.csv")).stdout
    assert "nothing to change" in again
    status = json.loads(run("--db", db, "status", "--json").stdout)
    for key in ("applications", "judges", "criteria", "scores", "finalized", "progress"):
        assert key in status
    assert status["scores"] == 1540 and status["finalized"] is False
    assert {j["code"] for j in status["progress"]["judges"]} == {f"J{i}" for i in range(1, 7)}
    first = run("--db", db, "results", "--json").stdout.encode()
    assert run("--db", db, "results", "--json").stdout.encode() == first
    data = json.loads(first)
    assert data["edition"] == "5th WeGO Awards" and data["year"] == 2023
    award = data["categories"][0]["awards"][0]
    for key in ("award", "application", "city", "country", "title", "score", "raw_mean",
                "confidence", "override"):
        assert key in award
    for key in ("rank", "application", "score", "raw_mean", "judges"):
        assert key in data["categories"][0]["ranking"][0]
    assert "São Paulo" in first.decode("utf-8")
    words = run("--db", db, "results").stdout
    assert "Gold" in words and "Goyang" in words
    run("--db", db, "results", "--out", str(tmp_path / "r.xlsx"))
    run("--db", db, "results", "--out", str(tmp_path / "r.csv"))
    assert "EG-03" in (tmp_path / "r.csv").read_text(encoding="utf-8")
    run("--db", db, "finalize")
    assert json.loads(run("--db", db, "results", "--json").stdout)["finalized"] is True
    refused = run("--db", db, "import", "scores", str(DEMO / "scores.csv"), ok=1)
    assert "finalized" in refused.stderr
    run("--db", db, "reopen", "--reason", "a late return")
    assert "history intact" in run("--db", db, "audit", "verify").stdout
    log = json.loads(run("--db", db, "audit", "log", "--json").stdout)
    assert [e["action"] for e in log][-2:] == ["finalize", "reopen"]
    assert log[-1]["reason"] == "a late return" and log[-1]["actor"] == "secretariat"


def test_refusal_is_one_line_on_stderr_exit_1_and_changes_nothing(edition, tmp_path):
    bad = tmp_path / "applications.csv"
    bad.write_text("code,category,city,country,title\nX1,Smart Mobility,Oslo,Norway,T\n",
                   encoding="utf-8")
    before = fingerprint(edition)
    proc = run("--db", str(edition), "import", "applications", str(bad), ok=1)
    assert proc.stderr.strip().count("\n") == 0
    assert "applications.csv row 2, column category: 'Smart Mobility' is not a category" \
        in proc.stderr
    assert fingerprint(edition) == before


def test_wrong_usage_exits_2(edition):
    assert run("--db", str(edition), "import", "pets", "x.csv", ok=2).returncode == 2
    assert run("--db", str(edition), "results", "--method", "magic", ok=2).returncode == 2
    assert run("--db", str(edition), "nosuchcommand", ok=2).returncode == 2
    assert run("--db", str(edition), "override", "--category", "EG", "--award", "gold",
               "--reason", "x", ok=2).returncode == 2


def test_read_only_commands_write_nothing(edition):
    before = fingerprint(edition)
    for args in (("status",), ("status", "--json"), ("results",), ("results", "--json"),
                 ("audit", "verify"), ("audit", "log"), ("settings",)):
        run("--db", str(edition), *args)
    assert fingerprint(edition) == before


def test_missing_and_foreign_database_files(tmp_path):
    proc = run("--db", str(tmp_path / "none.db"), "status", ok=1)
    assert "no such database file" in proc.stderr
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    assert "not an edition database" in run("--db", str(junk), "status", ok=1).stderr
    empty = tmp_path / "empty.db"
    run("--db", str(empty), "init", "--edition", "E", "--year", "2024")
    assert "already holds the edition" in run("--db", str(empty), "init", "--edition", "F",
                                              "--year", "2024", ok=1).stderr


def test_default_database_from_environment(tmp_path):
    env_db = tmp_path / "env.db"
    proc = subprocess.run([sys.executable, "-m", "wego_awards", "init", "--edition", "Env",
                           "--year", "2024"], capture_output=True, text=True,
                          env={**ENV, "WEGO_AWARDS_DB": str(env_db)}, timeout=60)
    assert proc.returncode == 0 and env_db.exists()


def test_a_server_url_in_the_environment_is_a_url_and_its_password_stays_hidden():
    """$WEGO_AWARDS_DB may name the shared server, as --db may: it was read as a file path
    ("postgresql+psycopg:/u:…: no such database file", the password printed)."""
    url = "postgresql+psycopg://officer:s3cret-pw@127.0.0.1:1/awards"
    proc = subprocess.run([sys.executable, "-m", "wego_awards", "status"], capture_output=True,
                          text=True, env={**ENV, "WEGO_AWARDS_DB": url}, timeout=60)
    assert proc.returncode == 1 and "127.0.0.1:1" in proc.stderr
    assert "s3cret-pw" not in proc.stderr and "no such database file" not in proc.stderr


def test_export_round_trip_and_override_from_the_command_line(edition, tmp_path):
    db = str(edition)
    run("--db", db, "import", "scores", str(DEMO / "scores.csv"))
    run("--db", db, "export", "scores", "--out", str(tmp_path / "s.xlsx"))
    assert "nothing to change" in run("--db", db, "import", "scores",
                                      str(tmp_path / "s.xlsx")).stdout
    proc = run("--db", db, "override", "--category", "EG", "--award", "gold", "--application",
               "EG-02", ok=1)
    assert "needs a reason" in proc.stderr
    run("--db", db, "override", "--category", "EG", "--award", "gold", "--application", "EG-02",
        "--reason", "Jury vote 4-2")
    data = json.loads(run("--db", db, "results", "--json").stdout)
    gold = data["categories"][0]["awards"][0]
    assert gold["application"] == "EG-02" and gold["override"]["reason"] == "Jury vote 4-2"
    run("--db", db, "override", "--clear", "--category", "EG", "--award", "gold")
    assert json.loads(run("--db", db, "results", "--json").stdout)["categories"][0]["awards"][
        0]["override"] is None


def test_backup_is_a_working_edition(edition, tmp_path):
    copy = tmp_path / "copy.db"
    run("--db", str(edition), "backup", "--out", str(copy))
    assert json.loads(run("--db", str(copy), "status", "--json").stdout)["applications"] == 52
    assert "history intact" in run("--db", str(copy), "audit", "verify").stdout


def test_demo_command_prints_the_winners(tmp_path):
    proc = run("--db", str(tmp_path / "demo.db"), "demo", "--out", str(tmp_path / "out"))
    assert "Gold: Goyang, Silver: Moscow, Special Mention: Makati" in proc.stdout
    assert (tmp_path / "out" / "results.json").exists()


def test_no_progress_bar_when_not_a_terminal(edition):
    proc = run("--db", str(edition), "import", "scores", str(DEMO / "scores.csv"))
    assert proc.stdout.strip().count("\n") == 0  # the one-line report, no bar


def test_an_installed_program_finds_its_resources_without_the_checkout():
    from wego_awards.resources import installed_root

    root = installed_root()  # as a wheel installed elsewhere finds them
    assert (root / "fonts" / "noto").is_dir() and (root / "templates" / "default").is_dir()


def test_the_app_without_qt_names_the_install_command(tmp_path, monkeypatch, capsys):
    from wego_awards.cli import main

    monkeypatch.setitem(sys.modules, "PySide6.QtWidgets", None)  # as without the gui extra
    with pytest.raises(SystemExit) as done:
        main(["--db", str(tmp_path / "x.db"), "gui"])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "pip install 'wego-awards[gui]'" in err and "bug" not in err


def test_characters_no_font_draws_are_named_on_import(edition, tmp_path):
    apps = tmp_path / "apps.csv"
    apps.write_text("code,category,city,country,title\nZZ-01,EG,Memphis \U00013000,Egypt,Old\n",
                    encoding="utf-8")
    proc = run("--db", str(edition), "import", "applications", str(apps))
    assert "1 added" in proc.stdout  # imported, and the character named on stderr
    assert "U+13000" in proc.stderr and "row 2" in proc.stderr and "city" in proc.stderr
    assert "--allow-missing-glyphs" in run("certificates", "--help").stdout


def test_a_file_of_another_kind_is_refused_on_the_command_line_too(edition):
    proc = run("--db", str(edition), "import", "categories", str(DEMO / "judges.csv"), ok=1)
    assert "judges.csv holds judges, not categories" in proc.stderr
    assert "affiliation" in proc.stderr  # what its columns look like


def test_a_ceremony_date_must_be_a_date(edition):
    proc = run("--db", str(edition), "settings", "ceremony_date", "next spring", ok=1)
    assert "'next spring' is not a date like 2021-10-18" in proc.stderr
    run("--db", str(edition), "settings", "ceremony_date", "2024-11-05")


def test_json_output_is_what_the_json_module_writes(demo_db):
    """orjson prints the JSON (fast); the bytes are the json module's, indent 2, UTF-8."""
    import io
    import json as js
    from contextlib import redirect_stdout

    from wego_awards.cli.context import echo_json
    from wego_awards.services import results, status

    for data in (results.compute(demo_db).to_json(), status.status(demo_db),
                 {"unicode": "تهران · 고양 · São Paulo", "nested": [[], {}, None, 1.5, -0.0]}):
        buffer = io.BytesIO()
        wrapper = io.TextIOWrapper(buffer, encoding="utf-8")
        with redirect_stdout(wrapper):
            echo_json(data)
            wrapper.flush()
        expected = js.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        assert buffer.getvalue() == expected.encode("utf-8")
