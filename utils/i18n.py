"""The language the checker and the widgets speak: English, or Chinese for notebooks/zh/.

Messages are written in English in the code and looked up in a catalogue keyed by the
English text (utils/locale/zh.json), as gettext does; a missing entry falls back to English.
"""

import json
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "zh")
_LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_current = "en"


def set_language(language):
    """Make the checker and the widgets speak `language`: "en" (default) or "zh"."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
    _current = language


def language():
    return _current


@cache
def catalogue(language):
    path = _LOCALE_DIR / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def tr(text):
    """`text` in the current language."""
    if _current == "en":
        return text
    return catalogue(_current).get(text, text)
