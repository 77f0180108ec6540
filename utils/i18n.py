"""The language the checker and the widgets speak: English, or Chinese for notebooks/zh/.

Messages are written in English in the code and looked up in a catalogue keyed by the
English text, as gettext does; a missing entry falls back to English. A language's catalogue
is every JSON file in utils/locale/<language>/ (one per chapter's exercises, one for the
checker, one for the widgets), so translators of different chapters never edit one file.
"""

import json
from contextlib import contextmanager
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


@contextmanager
def speaking(language):
    """Speak `language` inside the with block, then the language set before."""
    global _current
    before = _current
    set_language(language)
    try:
        yield
    finally:
        _current = before


@cache
def catalogue(language):
    merged = {}
    for path in sorted((_LOCALE_DIR / language).glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def tr(text):
    """`text` in the current language."""
    if _current == "en":
        return text
    return catalogue(_current).get(text, text)


def sentences(parts):
    """Sentences one after another: a space between them, except after Chinese punctuation such as 。."""
    text = ""
    for part in parts:
        if text and not (_current == "zh" and text[-1] in "。！？；：）」"):
            text += " "
        text += part
    return text
