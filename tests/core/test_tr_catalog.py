"""Every text the app translates through a ``_tr`` helper reaches the translations: the
catalogue lupdate reads (``ui/tr_catalog.py``) is current, and each of its texts is in every
shipped language's .ts file, translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_catalogue_is_current():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "tr_catalog.py"), "--check"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_catalogued_text_is_translated_in_every_language():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import tr_catalog
    finally:
        sys.path.pop(0)
    wanted = {(c, t) for c, t, _ in tr_catalog.texts()}
    assert len(wanted) > 40
    for ts in sorted((ROOT / "resources" / "i18n").glob("wego_awards_*.ts")):
        done = set()
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if (translation is not None and translation.get("type") is None
                        and (translation.text or "").strip()):
                    done.add((name, message.findtext("source")))
        missing = sorted(t for c, t in wanted - done)
        assert not missing, f"{ts.name}: {len(missing)} untranslated, e.g. {missing[:3]}"
