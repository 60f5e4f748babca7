"""ASCII file names for certificates and feedback letters, so a person finds
"EG-03-gold-Goyang.pdf" or "feedback-EG-03.pdf" in a folder.

Latin letters lose their accents (São Paulo -> Sao-Paulo), Cyrillic and Greek are transliterated
(Москва -> Moskva) and Hangul is romanised syllable by syllable (고양시 -> Goyangsi); scripts
with no simple transliteration (Chinese) are left out of the name, never made into "____".
"""

from __future__ import annotations

import re
import unicodedata


def _table(letters: str, romans: str) -> dict[str, str]:
    return dict(zip(letters, romans.split(), strict=True))


def _list(romans: str) -> list[str]:
    return romans.split()


_CYRILLIC = _table(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u",
)
_GREEK = _table("αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o")
# Revised Romanization of Korean, per jamo, without the sound-change rules between syllables.
_INITIALS = _list("g kk n d tt r m b pp s ss - j jj ch k t p h")
_VOWELS = _list("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
_FINALS = ["", *_list("k k k n n n t l k m l l l p l m p p t t ng t t k t p t")]


def _hangul(char: str) -> str | None:
    index = ord(char) - 0xAC00
    if not 0 <= index < 11172:
        return None
    initial, rest = divmod(index, 21 * 28)
    vowel, final = divmod(rest, 28)
    return _INITIALS[initial].replace("-", "") + _VOWELS[vowel] + _FINALS[final]


# Latin letters that do not decompose into a base letter and an accent.
_LATIN = {
    "đ": "d",
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "þ": "th",
    "ð": "d",
    "ı": "i",
    "ħ": "h",
}


def ascii_slug(text: str) -> str:
    """``text`` as ASCII letters, digits and hyphens only, e.g. "Beyoğlu" -> "Beyoglu"."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        syllable = _hangul(char)
        if syllable is not None:
            # A romanised Hangul word starts with a capital, like the Latin names around it.
            starts_word = not out or not out[-1][-1:].isalnum()
            out.append(syllable.capitalize() if starts_word else syllable)
            continue
        roman = (
            _LATIN.get(lower)
            or _CYRILLIC.get(lower)
            or _GREEK.get(unicodedata.normalize("NFD", lower)[0])
        )
        if roman is not None:
            roman = roman.replace("-", "")
            out.append(roman.capitalize() if char != lower else roman)
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        out.append(decomposed.encode("ascii", "ignore").decode("ascii") or " ")
    return "-".join(w for w in re.split(r"[^A-Za-z0-9]+", "".join(out)) if w)


def certificate_file_name(application: str, award: str, city: str, used: set[str]) -> str:
    """A unique file name like "EG-03-gold-Goyang.pdf"; ``used`` holds names already taken in
    this batch and is updated."""
    parts = [ascii_slug(application) or "certificate", award.replace("_", "-")]
    city_slug = ascii_slug(city)
    if city_slug:
        parts.append(city_slug[:60])
    stem = "-".join(parts)
    name = f"{stem}.pdf"
    number = 2
    while name.lower() in used:
        name = f"{stem}-{number}.pdf"
        number += 1
    used.add(name.lower())
    return name


def letter_file_name(application: str, used: set[str]) -> str:
    """A unique file name for an application's feedback letter, like "feedback-EG-03.pdf";
    ``used`` holds names already taken in this batch and is updated."""
    stem = f"feedback-{ascii_slug(application)[:60] or 'letter'}"
    name = f"{stem}.pdf"
    number = 2
    while name.lower() in used:
        name = f"{stem}-{number}.pdf"
        number += 1
    used.add(name.lower())
    return name
