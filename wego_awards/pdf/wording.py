"""Certificates in the edition's language: the wording and award names in each of the app's
seven languages, a date as each language writes it, and two languages side by side.

``settings certificate_language`` is one code (``ko``) or two joined by ``+`` (``en+ko``). The
English wording is the template's own ``[wording]``; another language's is built in here, and a
template overrides any of it with a table of that language, ``[wording.ko]`` and
``[wording.ko.awards]``, so the secretariat edits the words without code. Two languages print each
line as "first · second" (once when both say the same, as "{city}, {country}" does); the code and
verification lines stay in the first language, being the same in any.
"""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from wego_awards.languages import LANGUAGES, parse_languages

if TYPE_CHECKING:
    from .template import Template

__all__ = ["LANGUAGES", "dates_text", "in_languages", "parse_languages"]

SEPARATOR = "  ·  "
_FIRST_ONLY = ("code", "verify")  # technical lines: one language is enough

# Every language's wording, keyed as the template's [wording] and [wording.awards].
WORDING: dict[str, dict[str, str]] = {
    "ko": {
        "organisation": "{organisation}", "edition": "{edition}", "category": "부문: {category}",
        "presented_to": "이 상을 수여합니다", "place": "{city}, {country}",
        "project_intro": "프로젝트",
        "participation_intro": "다음 프로젝트로 참가하였음을 인증합니다",
        "date": "{date}", "code": "인증서 {code}  ·  신청 {application}",
        "verify": "확인: wego-awards verify {code}", "draft": "초안",
    },
    "es": {
        "organisation": "{organisation}", "edition": "{edition}",
        "category": "Categoría: {category}", "presented_to": "se otorga a",
        "place": "{city}, {country}", "project_intro": "por el proyecto",
        "participation_intro": "en reconocimiento de su participación con el proyecto",
        "date": "{date}", "code": "Certificado {code}  ·  Candidatura {application}",
        "verify": "Verificar: wego-awards verify {code}", "draft": "BORRADOR",
    },
    "fr": {
        "organisation": "{organisation}", "edition": "{edition}",
        "category": "Catégorie\u00a0: {category}", "presented_to": "est décerné à",
        "place": "{city}, {country}", "project_intro": "pour le projet",
        "participation_intro": "en reconnaissance de sa participation avec le projet",
        "date": "{date}", "code": "Certificat {code}  ·  Candidature {application}",
        "verify": "Vérifier\u00a0: wego-awards verify {code}", "draft": "PROJET",
    },
    "ru": {
        "organisation": "{organisation}", "edition": "{edition}",
        "category": "Категория: {category}", "presented_to": "присуждается",
        "place": "{city}, {country}", "project_intro": "за проект",
        "participation_intro": "в знак признания участия с проектом",
        "date": "{date}", "code": "Сертификат {code}  ·  Заявка {application}",
        "verify": "Проверка: wego-awards verify {code}", "draft": "ЧЕРНОВИК",
    },
    "zh": {
        "organisation": "{organisation}", "edition": "{edition}", "category": "类别：{category}",
        "presented_to": "特授予", "place": "{city}, {country}", "project_intro": "以表彰其项目",
        "participation_intro": "以表彰其参与的项目", "date": "{date}",
        "code": "证书 {code}  ·  申报 {application}",
        "verify": "验证：wego-awards verify {code}", "draft": "草稿",
    },
    "ar": {
        "organisation": "{organisation}", "edition": "{edition}", "category": "الفئة: {category}",
        "presented_to": "تُمنح إلى", "place": "{city}, {country}", "project_intro": "عن مشروع",
        "participation_intro": "تقديرًا لمشاركتها بمشروع", "date": "{date}",
        "code": "الشهادة {code}  ·  الطلب {application}",
        "verify": "للتحقق: wego-awards verify {code}", "draft": "مسودة",
    },
}
AWARD_NAMES: dict[str, dict[str, str]] = {
    "ko": {"gold": "금상", "silver": "은상", "special_mention": "특별상",
           "participation": "참가 인증서"},
    "es": {"gold": "Premio de Oro", "silver": "Premio de Plata",
           "special_mention": "Mención Especial",
           "participation": "Certificado de Participación"},
    "fr": {"gold": "Prix d'Or", "silver": "Prix d'Argent", "special_mention": "Mention Spéciale",
           "participation": "Certificat de Participation"},
    "ru": {"gold": "Золотая награда", "silver": "Серебряная награда",
           "special_mention": "Специальное упоминание", "participation": "Сертификат участника"},
    "zh": {"gold": "金奖", "silver": "银奖", "special_mention": "特别提名奖",
           "participation": "参与证书"},
    "ar": {"gold": "الجائزة الذهبية", "silver": "الجائزة الفضية", "special_mention": "تنويه خاص",
           "participation": "شهادة مشاركة"},
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
}


def date_text(d: date, language: str) -> str:
    """``d`` as ``language`` writes a date on a certificate."""
    if language in ("ko",):
        return f"{d.year}년 {d.month}월 {d.day}일"
    if language == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    months = _MONTHS.get(language, _MONTHS["en"])
    month = months[d.month - 1]
    if language == "es":
        return f"{d.day} de {month} de {d.year}"
    if language == "ru":
        return f"{d.day} {month} {d.year} г."
    return f"{d.day} {month} {d.year}"


def dates_text(d: date, languages: tuple[str, ...]) -> str:
    """The date in each language, side by side (once when they read the same)."""
    return _join([date_text(d, lang) for lang in languages])


def _join(parts: list[str]) -> str:
    """Each language's text side by side; once when they say the same, and a label before one
    shared field said once: "Category: {category}" and "부문: {category}" give
    "Category · 부문: {category}", not the category twice."""
    out: list[str] = []
    for part in parts:
        if part not in out:
            out.append(part)
    if len(out) == 2:
        merged = _shared_field(*out)
        if merged is not None:
            return merged
    return SEPARATOR.join(out)


def _fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _shared_field(a: str, b: str) -> str | None:
    fields = _fields_of(a)
    if len(fields) != 1 or fields != _fields_of(b):
        return None
    tail = "{" + next(iter(fields)) + "}"
    if not (a.endswith(tail) and b.endswith(tail)):
        return None
    head_a, head_b = a[:-len(tail)], b[:-len(tail)]
    label_a, label_b = head_a.rstrip(" :：\u00a0"), head_b.rstrip(" :：\u00a0")
    if not label_a or not label_b:
        return None
    return f"{label_a}{SEPARATOR}{label_b}{head_a[len(label_a):]}{tail}"


def _one(template: Template, language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(wording, award names) of one language: the template's [wording.<language>] over the
    built-in words (English: the template's own [wording])."""
    if language == "en":
        return dict(template.wording), dict(template.award_labels)
    wording = {**WORDING[language], **template.translations.get(language, {})}
    awards = {**AWARD_NAMES[language], **template.award_translations.get(language, {})}
    return wording, awards


def in_languages(template: Template, languages: tuple[str, ...]) -> Template:
    """The template with its wording in ``languages`` (one, or two side by side)."""
    if languages == ("en",):
        return template
    ones = [_one(template, lang) for lang in languages]
    wording = {key: (ones[0][0][key] if key in _FIRST_ONLY
                     else _join([w[key] for w, _ in ones])) for key in ones[0][0]}
    awards = {key: _join([a[key] for _, a in ones]) for key in ones[0][1]}
    return replace(template, wording=wording, award_labels=awards)
