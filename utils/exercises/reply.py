"""How the checker's reply looks: a mark, a colour and words in JupyterLab, plain text elsewhere.

The plain text (what strict nbval compares, and what a terminal prints) carries the same mark
and words as the coloured box, so nothing depends on colour alone.
"""

import html

from ..i18n import tr

# status: (mark, word, border colour, background)
_STYLE = {
    "right": ("✓", "Right", "#1e8e3e", "#e6f4ea"),
    "wrong": ("✗", "Not yet", "#c5221f", "#fce8e6"),
    "form": ("?", "Check the form of your answer", "#b06000", "#fef7e0"),
    "empty": ("…", "Waiting for your answer", "#5f6368", "#f1f3f4"),
    "unknown": ("?", "Unknown exercise", "#b06000", "#fef7e0"),
}


class Reply:
    def __init__(self, status, text):
        self.status, self.text = status, text

    def __repr__(self):
        return f"{_STYLE[self.status][0]} {self.text}"

    def _repr_html_(self):
        mark, word, border, background = _STYLE[self.status]
        return (
            f'<div style="border-left: 5px solid {border}; background: {background}; color: #202124; '
            f'padding: 6px 10px; margin: 2px 0; font-family: sans-serif; font-size: 14px">'
            f'<b style="color: {border}">{mark} {html.escape(tr(word))}</b> · {html.escape(self.text)}</div>'
        )


def show(reply):
    """Display the reply as a rich output in IPython, print it elsewhere."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython ships with the course
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(reply)
    else:
        print(repr(reply))
