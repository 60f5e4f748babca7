"""Certificates in the edition's language: the wording and award names in each of the app's
seven languages, a date as each language writes it, and two languages side by side.

``settings certificate_language`` is one code (``ko``) or two joined by ``+`` (``en+ko``). The
English wording is the template's own ``[wording]``; another language's is built in here, and a
template overrides any of it with a table of that language, ``[wording.ko]`` and
``[wording.ko.awards]``, so the secretariat edits the words without code. Two languages print each
line as "first · second" (once when both say the same, as "{city}, {country}" does); the code and
verification lines stay in the first language, being the same in any.

The feedback letters' words (``LETTER_WORDING``) are here too, in the same seven languages; a
letter in two languages prints each sentence in both and joins its short labels the same way.
"""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from wego_awards.languages import LANGUAGES, parse_languages

if TYPE_CHECKING:
    from .template import Template

__all__ = [
    "LANGUAGES",
    "LETTER_WORDING",
    "award_name",
    "date_text",
    "dates_text",
    "in_languages",
    "letter_label",
    "letter_text",
    "parse_languages",
]

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
    """The date in each language, side by side (once when they read the same), each led by
    its direction's mark when the two run different ways (see :func:`_marked`)."""
    return _join([date_text(d, lang) for lang in languages], languages)


def _join(parts: list[str], languages: tuple[str, ...] = ()) -> str:
    """Each language's text side by side; once when they say the same, and a label before one
    shared field said once: "Category: {category}" and "부문: {category}" give
    "Category · 부문: {category}", not the category twice. Two texts that stand apart in
    languages written in different directions are each led by their direction's mark
    (:func:`_marked`), given ``languages``, one per part."""
    out: list[str] = []
    kept: list[str] = []
    for i, part in enumerate(parts):
        if part not in out:
            out.append(part)
            kept.extend(languages[i:i + 1])
    if len(out) == 2:
        if len(kept) == 2:
            out = _marked(out, tuple(kept))
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
                     else _join([w[key] for w, _ in ones], languages))
               for key in ones[0][0]}
    awards = {key: _join([a[key] for _, a in ones], languages) for key in ones[0][1]}
    return replace(template, wording=wording, award_labels=awards)


# -- feedback letters -------------------------------------------------------------------------
#
# The fixed words of the feedback letter (pdf/feedback.py) in every language. Placeholders:
# {city}, {edition}, {application}, {category}, {round} (the last round reached, by its name),
# {nth} (its place, see ordinal), {rounds}, {judges} (judges_one or judges_many with {n}),
# {award}, {letter} (a judge's letter). A letter in two languages prints each sentence in both,
# the first language's first; short labels are joined as the certificates' lines are.
LETTER_WORDING: dict[str, dict[str, str]] = {
    "en": {
        "letter": "Feedback letter",
        "subject": "Feedback on your application",
        "greeting": "Dear colleagues in {city},",
        "intro": "Thank you for taking part in the {edition}. This letter tells you how far "
                 "your application went in the judging and what the judges said about it.",
        "stage": "Your application reached the {round}, the {nth} of {rounds} rounds.",
        "stage_award": "Your application reached the {round}, the {nth} of {rounds} rounds, "
                       "and received the {award}.",
        "qualified": "Your application passed the qualifying round and reached the {round}, "
                     "the {nth} of {rounds} rounds.",
        "qualified_award": "Your application passed the qualifying round and reached the "
                           "{round}, the {nth} of {rounds} rounds, and received the {award}.",
        "single": "Your application was scored by {judges} in the single judging round.",
        "single_award": "Your application was scored by {judges} in the single judging round "
                        "and received the {award}.",
        "not_qualified": "Your application took part in the {round}, the {nth} of {rounds} "
                         "rounds, and did not pass the qualifying round.",
        "judges_one": "{n} judge", "judges_many": "{n} judges",
        "application": "Application {application}", "category": "Category: {category}",
        "criteria": "Scores by criterion",
        "criteria_intro": "Each row gives your application's average score on one criterion, "
                          "beside the spread of the averages of all applications in the "
                          "category.",
        "criteria_plain": "Criteria",
        "criteria_plain_intro": "The judges assessed your application on these criteria.",
        "column_criterion": "Criterion", "column_average": "Your average",
        "column_spread": "All applications in the category",
        "legend_you": "your average", "legend_range": "lowest to highest",
        "legend_box": "middle half", "legend_median": "median", "no_scores": "not scored",
        "comments": "What the judges wrote",
        "comments_intro": "The comments are given as the judges wrote them; each judge is "
                          "named by a letter only.",
        "no_comments": "The judges left no written comments.",
        "judge": "Judge {letter}",
        "closing": "Thank you again for sharing your work with us. We hope it serves your "
                   "city well, and we look forward to your next application.",
        "regards": "With kind regards,",
    },
    "ko": {
        "letter": "심사 결과 안내문",
        "subject": "신청에 대한 심사 결과 안내",
        "greeting": "{city} 관계자 여러분께",
        "intro": "{edition}에 참여해 주셔서 감사합니다. 이 서신은 귀하의 신청이 심사에서 "
                 "어디까지 진출하였는지와 심사위원들의 의견을 알려 드립니다.",
        "stage": "귀하의 신청은 전체 {rounds}개 심사 단계 중 {nth} 단계인 {round}까지 "
                 "진출하였습니다.",
        "stage_award": "귀하의 신청은 전체 {rounds}개 심사 단계 중 {nth} 단계인 {round}까지 "
                       "진출하여 {award}의 영예를 안았습니다.",
        "qualified": "귀하의 신청은 예선을 통과하여 전체 {rounds}개 심사 단계 중 {nth} 단계인 "
                     "{round}까지 진출하였습니다.",
        "qualified_award": "귀하의 신청은 예선을 통과하여 전체 {rounds}개 심사 단계 중 {nth} "
                           "단계인 {round}까지 진출하였으며, {award}의 영예를 안았습니다.",
        "single": "귀하의 신청은 단일 심사 단계에서 {judges}의 평가를 받았습니다.",
        "single_award": "귀하의 신청은 단일 심사 단계에서 {judges}의 평가를 받아 {award}의 "
                        "영예를 안았습니다.",
        "not_qualified": "귀하의 신청은 전체 {rounds}개 심사 단계 중 {nth} 단계인 {round}에서 "
                         "심사를 받았으나 예선을 통과하지 못하였습니다.",
        "judges_one": "심사위원 {n}명", "judges_many": "심사위원 {n}명",
        "application": "신청 {application}", "category": "부문: {category}",
        "criteria": "평가 기준별 점수",
        "criteria_intro": "각 행은 평가 기준별 귀하의 평균 점수를, 같은 부문 모든 신청의 평균 "
                          "점수 분포와 함께 보여 드립니다.",
        "criteria_plain": "평가 기준",
        "criteria_plain_intro": "심사위원들은 다음 기준으로 귀하의 신청을 평가하였습니다.",
        "column_criterion": "평가 기준", "column_average": "귀하의 평균",
        "column_spread": "부문의 모든 신청",
        "legend_you": "귀하의 평균", "legend_range": "최저에서 최고까지",
        "legend_box": "중간 50%", "legend_median": "중앙값", "no_scores": "점수 없음",
        "comments": "심사위원 의견",
        "comments_intro": "의견은 심사위원이 작성한 그대로 싣되, 심사위원은 알파벳으로만 "
                          "표시합니다.",
        "no_comments": "심사위원의 서면 의견이 없습니다.",
        "judge": "심사위원 {letter}",
        "closing": "귀하의 소중한 성과를 공유해 주셔서 다시 한번 감사드립니다. 귀 도시에 큰 "
                   "도움이 되기를 바라며, 다음 신청을 기대하겠습니다.",
        "regards": "감사합니다.",
    },
    "es": {
        "letter": "Carta de comentarios",
        "subject": "Comentarios sobre su candidatura",
        "greeting": "Estimados colegas de {city}:",
        "intro": "Gracias por participar en {edition}. Esta carta le informa de hasta dónde "
                 "llegó su candidatura en la evaluación y de lo que escribió el jurado sobre ella.",
        "stage": "Su candidatura llegó a la ronda «{round}», la {nth} de {rounds}.",
        "stage_award": "Su candidatura llegó a la ronda «{round}», la {nth} de {rounds}, y "
                       "obtuvo la distinción «{award}».",
        "qualified": "Su candidatura superó la ronda de clasificación y llegó a la ronda "
                     "«{round}», la {nth} de {rounds}.",
        "qualified_award": "Su candidatura superó la ronda de clasificación y llegó a la ronda "
                           "«{round}», la {nth} de {rounds}, y obtuvo la distinción «{award}».",
        "single": "Su candidatura fue evaluada por {judges} en la única ronda de evaluación.",
        "single_award": "Su candidatura fue evaluada por {judges} en la única ronda de "
                        "evaluación y obtuvo la distinción «{award}».",
        "not_qualified": "Su candidatura participó en la ronda «{round}», la {nth} de "
                         "{rounds}, y no superó la ronda de clasificación.",
        "judges_one": "un miembro del jurado", "judges_many": "{n} miembros del jurado",
        "application": "Candidatura {application}", "category": "Categoría: {category}",
        "criteria": "Puntuaciones por criterio",
        "criteria_intro": "Cada fila muestra la puntuación media de su candidatura en un "
                          "criterio, junto a la distribución de las medias de todas las "
                          "candidaturas de la categoría.",
        "criteria_plain": "Criterios",
        "criteria_plain_intro": "El jurado evaluó su candidatura según estos criterios.",
        "column_criterion": "Criterio", "column_average": "Su media",
        "column_spread": "Todas las candidaturas de la categoría",
        "legend_you": "su media", "legend_range": "de la más baja a la más alta",
        "legend_box": "mitad central", "legend_median": "mediana",
        "no_scores": "sin puntuaciones",
        "comments": "Lo que escribió el jurado",
        "comments_intro": "Los comentarios se reproducen tal como los escribieron los miembros "
                          "del jurado; cada uno se identifica solo con una letra.",
        "no_comments": "El jurado no dejó comentarios escritos.",
        "judge": "Jurado {letter}",
        "closing": "Le agradecemos de nuevo que haya compartido su trabajo con nosotros. "
                   "Esperamos que sea de provecho para su ciudad y quedamos a la espera de su "
                   "próxima candidatura.",
        "regards": "Atentamente,",
    },
    "fr": {
        "letter": "Lettre de retour",
        "subject": "Retour sur votre candidature",
        "greeting": "Chères et chers collègues de {city},",
        "intro": "Merci d'avoir participé à {edition}. Cette lettre vous indique jusqu'où votre "
                 "candidature est allée dans l'évaluation et ce que le jury en a écrit.",
        "stage": "Votre candidature a atteint le tour «\u00a0{round}\u00a0», le {nth} sur "
                 "{rounds}.",
        "stage_award": "Votre candidature a atteint le tour «\u00a0{round}\u00a0», le {nth} "
                       "sur {rounds}, et a reçu la distinction «\u00a0{award}\u00a0».",
        "qualified": "Votre candidature a franchi le tour de qualification et a atteint le "
                     "tour «\u00a0{round}\u00a0», le {nth} sur {rounds}.",
        "qualified_award": "Votre candidature a franchi le tour de qualification et a atteint "
                           "le tour «\u00a0{round}\u00a0», le {nth} sur {rounds}, et a reçu la "
                           "distinction «\u00a0{award}\u00a0».",
        "single": "Votre candidature a été évaluée par {judges} lors de l'unique tour "
                  "d'évaluation.",
        "single_award": "Votre candidature a été évaluée par {judges} lors de l'unique tour "
                        "d'évaluation et a reçu la distinction «\u00a0{award}\u00a0».",
        "not_qualified": "Votre candidature a participé au tour «\u00a0{round}\u00a0», le "
                         "{nth} sur {rounds}, et n'a pas franchi le tour de qualification.",
        "judges_one": "un membre du jury", "judges_many": "{n} membres du jury",
        "application": "Candidature {application}", "category": "Catégorie\u00a0: {category}",
        "criteria": "Notes par critère",
        "criteria_intro": "Chaque ligne donne la note moyenne de votre candidature sur un "
                          "critère, à côté de la répartition des moyennes de toutes les "
                          "candidatures de la catégorie.",
        "criteria_plain": "Critères",
        "criteria_plain_intro": "Le jury a évalué votre candidature selon ces critères.",
        "column_criterion": "Critère", "column_average": "Votre moyenne",
        "column_spread": "Toutes les candidatures de la catégorie",
        "legend_you": "votre moyenne", "legend_range": "de la plus basse à la plus haute",
        "legend_box": "moitié centrale", "legend_median": "médiane", "no_scores": "pas de note",
        "comments": "Ce que le jury a écrit",
        "comments_intro": "Les commentaires sont reproduits tels que les membres du jury les "
                          "ont écrits\u00a0; chacun n'est désigné que par une lettre.",
        "no_comments": "Le jury n'a laissé aucun commentaire écrit.",
        "judge": "Juré {letter}",
        "closing": "Merci encore d'avoir partagé votre travail avec nous. Nous espérons qu'il "
                   "sera utile à votre ville et attendons avec plaisir votre prochaine "
                   "candidature.",
        "regards": "Avec nos salutations distinguées,",
    },
    "ru": {
        "letter": "Письмо с отзывом",
        "subject": "Отзыв о вашей заявке",
        "greeting": "Уважаемые коллеги!",
        "intro": "Благодарим вас за участие в конкурсе «{edition}». В этом письме говорится, "
                 "до какого этапа дошла ваша заявка и что о ней написали судьи.",
        "stage": "Ваша заявка дошла до этапа «{round}» ({nth} из {rounds}).",
        "stage_award": "Ваша заявка дошла до этапа «{round}» ({nth} из {rounds}) и удостоена "
                       "отличия «{award}».",
        "qualified": "Ваша заявка прошла квалификационный этап и дошла до этапа «{round}» "
                     "({nth} из {rounds}).",
        "qualified_award": "Ваша заявка прошла квалификационный этап, дошла до этапа "
                           "«{round}» ({nth} из {rounds}) и удостоена отличия «{award}».",
        "single": "Ваша заявка была оценена на единственном этапе коллегией из {judges}.",
        "single_award": "Ваша заявка была оценена на единственном этапе коллегией из {judges} "
                        "и удостоена отличия «{award}».",
        "not_qualified": "Ваша заявка участвовала в этапе «{round}» ({nth} из {rounds}) и не "
                         "прошла квалификационный этап.",
        "judges_one": "{n} судьи", "judges_many": "{n} судей",
        "application": "Заявка {application}", "category": "Категория: {category}",
        "criteria": "Оценки по критериям",
        "criteria_intro": "В каждой строке — средняя оценка вашей заявки по одному критерию "
                          "рядом с разбросом средних оценок всех заявок категории.",
        "criteria_plain": "Критерии",
        "criteria_plain_intro": "Судьи оценивали вашу заявку по следующим критериям.",
        "column_criterion": "Критерий", "column_average": "Ваша средняя оценка",
        "column_spread": "Все заявки категории",
        "legend_you": "ваша средняя оценка", "legend_range": "от низшей до высшей",
        "legend_box": "средняя половина", "legend_median": "медиана", "no_scores": "нет оценок",
        "comments": "Что написали судьи",
        "comments_intro": "Комментарии приводятся так, как их написали судьи; каждый судья "
                          "обозначен только буквой.",
        "no_comments": "Судьи не оставили письменных комментариев.",
        "judge": "Судья {letter}",
        "closing": "Ещё раз благодарим вас за то, что вы поделились с нами своей работой. "
                   "Надеемся, что она принесёт пользу вашему городу, и ждём вашей следующей "
                   "заявки.",
        "regards": "С уважением,",
    },
    "zh": {
        "letter": "评审反馈函",
        "subject": "申报评审反馈",
        "greeting": "尊敬的{city}各位同仁：",
        "intro": "感谢您参加{edition}。本函向您介绍贵方申报在评审中所达到的阶段，以及评委的意见。",
        "stage": "您的申报进入了{round}（共{rounds}轮中的{nth}轮）。",
        "stage_award": "您的申报进入了{round}（共{rounds}轮中的{nth}轮），并荣获{award}。",
        "qualified": "您的申报通过了资格轮，并进入了{round}（共{rounds}轮中的{nth}轮）。",
        "qualified_award": "您的申报通过了资格轮，进入了{round}（共{rounds}轮中的{nth}轮），"
                           "并荣获{award}。",
        "single": "您的申报在唯一一轮评审中由{judges}评分。",
        "single_award": "您的申报在唯一一轮评审中由{judges}评分，并荣获{award}。",
        "not_qualified": "您的申报参加了{round}（共{rounds}轮中的{nth}轮），未能通过资格轮。",
        "judges_one": "{n}位评委", "judges_many": "{n}位评委",
        "application": "申报 {application}", "category": "类别：{category}",
        "criteria": "各项标准得分",
        "criteria_intro": "每一行列出您的申报在一项标准上的平均分，"
                          "以及本类别全部申报平均分的分布。",
        "criteria_plain": "评审标准",
        "criteria_plain_intro": "评委依据以下标准评审了您的申报。",
        "column_criterion": "评审标准", "column_average": "您的平均分",
        "column_spread": "本类别全部申报",
        "legend_you": "您的平均分", "legend_range": "最低至最高", "legend_box": "中间一半",
        "legend_median": "中位数", "no_scores": "无评分",
        "comments": "评委意见",
        "comments_intro": "意见按评委原文刊出；评委仅以字母标示。",
        "no_comments": "评委未留下书面意见。",
        "judge": "评委 {letter}",
        "closing": "再次感谢您与我们分享您的工作。希望它能造福贵市，我们期待您的下一次申报。",
        "regards": "谨致问候，",
    },
    "ar": {
        "letter": "رسالة الملاحظات",
        "subject": "ملاحظات على طلبكم",
        "greeting": "الزملاء الأعزاء في {city}،",
        "intro": "نشكركم على مشاركتكم في {edition}. تبيّن لكم هذه الرسالة المرحلة التي بلغها "
                 "طلبكم في التحكيم وما كتبه المحكّمون عنه.",
        "stage": "بلغ طلبكم مرحلة «{round}»، وهي المرحلة {nth} من {rounds}.",
        "stage_award": "بلغ طلبكم مرحلة «{round}»، وهي المرحلة {nth} من {rounds}، وحصل على "
                       "{award}.",
        "qualified": "اجتاز طلبكم مرحلة التأهيل وبلغ مرحلة «{round}»، وهي المرحلة {nth} من "
                     "{rounds}.",
        "qualified_award": "اجتاز طلبكم مرحلة التأهيل وبلغ مرحلة «{round}»، وهي المرحلة "
                           "{nth} من {rounds}، وحصل على {award}.",
        "single": "قيّم طلبكم {judges} في مرحلة التحكيم الوحيدة.",
        "single_award": "قيّم طلبكم {judges} في مرحلة التحكيم الوحيدة، وحصل على {award}.",
        "not_qualified": "شارك طلبكم في مرحلة «{round}»، وهي المرحلة {nth} من {rounds}، ولم "
                         "يجتز مرحلة التأهيل.",
        "judges_one": "محكّم واحد", "judges_many": "{n} من المحكّمين",
        "application": "الطلب {application}", "category": "الفئة: {category}",
        "criteria": "الدرجات حسب المعيار",
        "criteria_intro": "يبيّن كل سطر متوسط درجات طلبكم في معيار واحد، إلى جانب توزّع "
                          "متوسطات جميع الطلبات في الفئة.",
        "criteria_plain": "المعايير",
        "criteria_plain_intro": "قيّم المحكّمون طلبكم وفق هذه المعايير.",
        "column_criterion": "المعيار", "column_average": "متوسطكم",
        "column_spread": "جميع طلبات الفئة",
        "legend_you": "متوسطكم", "legend_range": "من الأدنى إلى الأعلى",
        "legend_box": "النصف الأوسط", "legend_median": "الوسيط", "no_scores": "لا درجات",
        "comments": "ما كتبه المحكّمون",
        "comments_intro": "تُنشر التعليقات كما كتبها المحكّمون، ولا يُشار إلى كل محكّم إلا "
                          "بحرف.",
        "no_comments": "لم يترك المحكّمون تعليقات مكتوبة.",
        "judge": "المحكّم {letter}",
        "closing": "نشكركم مجددًا على مشاركتنا عملكم. نأمل أن يعود بالنفع على مدينتكم، ونتطلع "
                   "إلى طلبكم القادم.",
        "regards": "مع خالص التحية،",
    },
}
RIGHT_TO_LEFT = frozenset({"ar"})


def ordinal(n: int, language: str) -> str:
    """``n`` as a place among rounds in ``language``'s letter wording: 3rd, 3.ª, 3e, 3-й,
    3번째, 第3; Arabic says "the stage 3" and takes the number as it is."""
    if language == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return {
        "es": f"{n}.ª", "fr": "1er" if n == 1 else f"{n}e", "ru": f"{n}-й", "ko": f"{n}번째",
        "zh": f"第{n}",
    }.get(language, str(n))


def is_one(n: int, language: str) -> bool:
    """True if ``language`` says ``n`` judges with its singular form (Russian: 1, 21, 31...)."""
    if language == "ru":
        return n % 10 == 1 and n % 100 != 11
    return n == 1


def number_text(value: float, language: str, digits: int = 1) -> str:
    """A figure as ``language`` writes it: 7.4, or 7,4 in Spanish, French and Russian."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language in ("es", "fr", "ru") else text


def letter_text(key: str, language: str, **fields: str) -> str:
    """One fixed sentence or label of the feedback letter in ``language``, its fields filled."""
    return LETTER_WORDING[language][key].format_map(fields)


def _marked(texts: list[str], languages: tuple[str, ...]) -> list[str]:
    """Each language's text led by its direction's mark when the two run different ways, so
    "18 October 2021" beside Arabic keeps its day first (a number at a part's start would
    otherwise take the other part's direction)."""
    if len({lang in RIGHT_TO_LEFT for lang in languages}) < 2:
        return texts
    return [("\u200f" if lang in RIGHT_TO_LEFT else "\u200e") + text
            for text, lang in zip(texts, languages, strict=True)]


def letter_label(key: str, languages: tuple[str, ...], **fields: str) -> str:
    """A short label of the letter in its language(s): two side by side, once if the same,
    and a label before one shared field said once ("Judge · 심사위원 B")."""
    return _join([LETTER_WORDING[lang][key] for lang in languages], languages).format_map(fields)




def award_name(template: Template, award: str, language: str) -> str:
    """The award's name in ``language``: the template's own words over the built-in ones."""
    return _one(template, language)[1].get(award, award.replace("_", " "))
