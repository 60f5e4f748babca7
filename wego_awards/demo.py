"""The demo edition: the 4th WeGO Awards (2020), built from the data files in resources/demo.

``run_demo`` goes through an edition the way the secretariat would: create it, import the files,
compute the results, finalize, and write the results (and, when the PDF layer is there, the
report and certificates) into a folder. Running it again on the same database changes nothing
and writes the same results.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from wego_awards.db import Database
from wego_awards.errors import Refused
from wego_awards.progress import Progress
from wego_awards.resources import resource_path
from wego_awards.services import imports
from wego_awards.services.edition import AWARD_NAMES, create_edition, settings_of

DEMO_ACTOR = "demo"
IMPORT_ORDER = ("categories", "criteria", "applications", "judges", "scores")


def demo_dir() -> Path:
    return resource_path("demo")


def demo_settings(meta: dict) -> dict:
    """The edition settings the demo's edition.toml describes."""
    tiers = [{"award": t["code"], "count": int(t.get("count", 1))} for t in meta["awards"]]
    mins = [t.get("min_score") for t in meta["awards"] if t.get("min_score")]
    return {
        "method": meta.get("method", "additive"),
        "awards": tiers,
        "min_score": max(mins) if mins else None,
        "organisation": meta.get("organisation", ""),
        "ceremony_date": meta.get("ceremony_date", ""),
        "ceremony": meta.get("ceremony", ""),
    }


def build_demo(db: Database, progress: Progress | None = None) -> None:
    """Create the demo edition in ``db`` (or bring an earlier demo edition up to date)."""
    from wego_awards.services.edition import current

    folder = demo_dir()
    meta = tomllib.loads((folder / "edition.toml").read_text(encoding="utf-8"))
    edition = current(db)
    if edition is None:
        create_edition(db, meta["name"], int(meta["year"]), categories=False,
                       settings=demo_settings(meta))
    elif edition.name != meta["name"]:
        raise Refused(f"this database holds the edition '{edition.name}'; the demo needs an "
                      "empty database or its own (use another --db)")
    elif edition.finalized:
        return
    for i, kind in enumerate(IMPORT_ORDER):
        imports.import_file(db, kind, folder / f"{kind}.csv", actor=DEMO_ACTOR)
        if progress:
            progress(i + 1, len(IMPORT_ORDER) + 2)


def run_demo(db: Database, out: str | Path,
             progress: Progress | None = None) -> str:
    """Build, compute, finalize and write the demo's results into ``out``; a summary in words."""
    from wego_awards.services import decisions, results
    from wego_awards.services.edition import current

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    build_demo(db, progress)
    edition = current(db)
    if edition is None:  # build_demo made it, so only a database emptied meanwhile gets here
        raise Refused("the demo edition is missing from the database")
    if not edition.finalized:
        decisions.finalize(db)
    data = results.compute(db)
    (out / "results.json").write_bytes(
        json.dumps(data.to_json(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    results.write_results(data, out / "results.xlsx")
    written = [out / "results.json", out / "results.xlsx"]
    written += _paper(db, out)
    if progress:
        progress(len(IMPORT_ORDER) + 2, len(IMPORT_ORDER) + 2)
    settings = settings_of(edition)
    lines = [f"{data.edition} ({data.year}): {data.award_count()} winners, method "
             f"{data.method}, finalized", ""]
    for c in data.categories:
        names = ", ".join(f"{AWARD_NAMES[a.award]}: {a.city}" for a in c.awards)
        lines.append(f"  {c.name:<24} {names}")
    certificates = [p for p in written if p.parent.name == "certificates"]
    shown = [p for p in written if p not in certificates]
    lines += ["", f"written to {out.resolve()}:"] + [f"  {p.name}" for p in shown]
    if certificates:
        lines.append(f"  certificates/ ({len(certificates) - 1} certificates and "
                     f"{certificates[-1].name} for printing)")
    if settings.get("ceremony_date"):
        lines.append(f"(ceremony date {settings['ceremony_date']})")
    return "\n".join(lines)


def _paper(db: Database, out: Path) -> list[Path]:
    """The report and the certificates."""
    from wego_awards.services import paper

    return paper.write_all(db, out)
