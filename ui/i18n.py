"""The app's language: its translators are installed here, once, before any window is built.

Seven languages ship: English (the source text, no translation file) and Korean, Spanish, French,
Russian, Chinese (Simplified) and Arabic, each a Qt translation ``resources/i18n/wego_awards_XX.qm``
built from the ``.ts`` source beside it (``make translations``). Qt's own ``qtbase_XX.qm`` (shipped
inside PySide6) is loaded too, so the standard buttons and dialogs speak the same language, and
Arabic lays the window out right to left.

The language is, first to last: ``gui --lang CODE``; the one chosen in View ▸ Language (kept in the
app's settings under ``language``); the system's (``LC_ALL`` / ``LANG``); English. Strings are
marked in the widgets with ``self.tr("…")`` and elsewhere with ``QCoreApplication.translate``;
numbers and dates the app formats itself go through :func:`number` and :func:`date` so they take
the language's form (Qt's default locale is left alone: what a person types in a score box is
read the same way in every language).

This module imports Qt only inside its functions: the command line checks a code with
:data:`LANGUAGES` without starting Qt.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# The code, and the language's name in itself: one list with the certificates' languages.
from wego_awards.languages import LANGUAGES

if TYPE_CHECKING:  # Qt is imported where it is used (see above)
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

# Qt's locale for each (dates, numbers) and the suffix of Qt's own translation file.
_LOCALES = {"en": "en_US", "ko": "ko_KR", "es": "es_ES", "fr": "fr_FR", "ru": "ru_RU",
            "zh": "zh_CN", "ar": "ar"}
_QT_FILES = {"zh": "zh_CN"}
_WIDGET_LOCALES = {"ar": "ar_MA"}  # Arabic month and day names, the digits 0-9
RIGHT_TO_LEFT = frozenset({"ar"})
SETTING = "language"  # QSettings key; "" (or absent) = the system's language


@dataclass
class _Installed:
    lang: str = "en"  # the language installed
    translators: list[QTranslator] = field(default_factory=list)  # what install() put in


_state = _Installed()


def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:  # noqa: N802 - lupdate's name
    """Mark ``message`` for translation in ``context``: Qt's lupdate reads the call, and the text
    is translated where it is shown (``QCoreApplication.translate(context, message)``).

    The same as PySide6's (which returns ``message`` too), typed: its stub says ``object``."""
    return message


def system_language() -> str:
    """The system's language if the app speaks it, else English (``LC_ALL``, then
    ``LC_MESSAGES``, then ``LANG``, as POSIX reads them; then what Qt says of the system)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    try:
        from PySide6.QtCore import QLocale

        code = QLocale.system().name().split("_")[0].lower()
    except ImportError:  # pragma: no cover - the app needs Qt anyway
        return "en"
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language chosen in the app (View ▸ Language), or "" for the system's."""
    if settings is None:
        from PySide6.QtCore import QSettings

        settings = QSettings()
    value = settings.value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def resolve(lang: str | None = None, settings: QSettings | None = None) -> str:
    """The language to start in: ``lang`` if given, else the chosen one, else the system's."""
    if lang:
        if lang not in LANGUAGES:
            raise ValueError(f"'{lang}' is not a language of the app; choose one of "
                             f"{', '.join(LANGUAGES)}")
        return lang
    return chosen_language(settings) or system_language()


def available() -> dict[str, str]:
    """The languages whose translation is shipped (a .qm file), English first: the ones the
    language menu offers."""
    from pathlib import Path

    folder = Path(translations_folder())
    return {code: name for code, name in LANGUAGES.items()
            if code == "en" or (folder / f"wego_awards_{code}.qm").exists()}


def translations_folder() -> str:
    from wego_awards.resources import resource_path

    return str(resource_path("i18n"))


def install(app: QCoreApplication, lang: str | None = None,
            settings: QSettings | None = None) -> str:
    """Install the translators of ``lang`` (see :func:`resolve`) in ``app`` and set the layout
    direction; call before any window is built. Returns the language installed. Calling it
    again replaces what an earlier call installed (the tests switch languages)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
    from PySide6.QtGui import QGuiApplication

    code = resolve(lang, settings)
    uninstall(app)
    translators = []
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{_QT_FILES.get(code, code)}", qt_dir),
                             (f"wego_awards_{code}", translations_folder())):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                translators.append(translator)
    _state.lang, _state.translators = code, translators
    # Widgets built from now on (a date picker's month names, a number box's separators) take
    # the language's locale; Arabic with the digits 0-9 the tables show (see _NUMBER_LOCALES).
    QLocale.setDefault(QLocale(_WIDGET_LOCALES.get(code, _LOCALES[code])))
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                                       else Qt.LayoutDirection.LeftToRight)
    return code


def uninstall(app: QCoreApplication) -> None:
    """Back to English, left to right (the tests)."""
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QGuiApplication

    for translator in _state.translators:
        app.removeTranslator(translator)
    _state.lang, _state.translators = "en", []
    QLocale.setDefault(QLocale(_LOCALES["en"]))
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def current() -> str:
    """The language installed (English until :func:`install` is called)."""
    return _state.lang


def locale() -> QLocale:
    """The installed language's QLocale (dates, numbers)."""
    from PySide6.QtCore import QLocale

    return QLocale(_LOCALES[current()])


# Numbers in Arabic keep the digits 0-9 the tables, charts and score boxes show (Qt's Arabic
# locale would write ٥٢ beside a table of 52), with the language's separators elsewhere.
_NUMBER_LOCALES = {"ar": "en_US"}
_number_locale: dict[str, QLocale] = {}


def number(value: float, decimals: int = 0) -> str:
    """``value`` in the language's separators (1,234 · 1 234 · 1.234)."""
    from PySide6.QtCore import QLocale

    lang = current()
    loc = _number_locale.get(lang)
    if loc is None:  # one per language: a table asks for every cell it paints
        loc = _number_locale[lang] = QLocale(_NUMBER_LOCALES.get(lang, _LOCALES[lang]))
    if decimals == 0 and float(value).is_integer():
        return str(loc.toString(int(value)))
    return str(loc.toString(float(value), "f", decimals))


def date(value: datetime.date, long: bool = False) -> str:
    """A date (or datetime) in the language's form."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime.datetime):
        time = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
        return str(locale().toString(QDateTime(day, time), fmt))
    return str(locale().toString(day, fmt))
