"""The seven languages the program speaks: the app's screens and the certificates' wording.

One list for both (``ui/i18n.py`` and ``pdf/wording.py`` read it), in a leaf that imports
nothing, so that checking ``settings certificate_language`` loads no PDF library.
"""

from __future__ import annotations

# The code, and the language's name in itself (as the language menu and the settings show it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh": "简体中文",
    "ar": "العربية",
}


def parse_languages(text: str) -> tuple[str, ...]:
    """``"ko"`` or ``"en+ko"`` as a tuple of codes; ValueError naming the known ones."""
    codes = tuple(c.strip().lower() for c in text.split("+"))
    if not 1 <= len(codes) <= 2 or any(c not in LANGUAGES for c in codes) or (
            len(codes) == 2 and codes[0] == codes[1]):
        raise ValueError(f"'{text}' is not a certificate language: one of "
                         f"{', '.join(LANGUAGES)}, or two joined by + (en+ko)")
    return codes
