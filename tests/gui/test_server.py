"""A judge's own login on the shared server opens the judge's view only, and the password is
never shown nor remembered."""

from __future__ import annotations

import pytest

from tests import pg_server

pytestmark = [
    pytest.mark.gui, pytest.mark.postgres,
    pytest.mark.skipif(not pg_server.available(),
                       reason="PostgreSQL server binaries are installed by .ci/run"),
]


@pytest.fixture
def judge_url():
    from wego_awards.demo import build_demo
    from wego_awards.services.edition import open_database
    from wego_awards.services.server import grant_judge

    srv = pg_server.Server().start()
    try:
        url = srv.create_database("gui_server")
        with open_database(url) as db:
            build_demo(db)
            grant_judge(db, "J1", "judge_storey", "a-long-secret")
        yield url.replace("//postgres@", "//judge_storey:a-long-secret@")
    finally:
        srv.stop()


def test_a_judge_login_shows_only_their_scoring_view(make_window, settings, judge_url):
    window = make_window(judge_url, "results")
    assert window.info.judge_only == "J1" and window.info.package_judge is None
    visible = [window.nav.item(i).text() for i in range(window.nav.count())
               if not window.nav.item(i).isHidden()]
    assert visible == ["Scoring"]
    assert "a-long-secret" not in window.where.text()
    assert "judge_storey" in window.where.text()
    assert all("a-long-secret" not in str(v) for v in (settings.value("recent") or []))
    assert "a-long-secret" not in str(settings.value("last") or "")
