"""Import Paddle once, without the machine-dependent lines it prints on import.

`import paddle` warns "No ccache found" when no ccache is on PATH, and prints an
OMP_NUM_THREADS warning to stderr when that variable is above 1. Executed notebooks
store stderr, so either line would make a stored output depend on the machine.
Only those known lines are dropped; anything else Paddle prints is passed on.
"""

import contextlib
import io
import logging
import sys
import warnings

_KNOWN_IMPORT_NOISE = (
    "WARNING: OMP_NUM_THREADS set to",
    "PLEASE USE OMP_NUM_THREADS WISELY.",
)


def _import_paddle():
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    captured = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stderr(captured):
        warnings.filterwarnings("ignore", message="No ccache found")
        import paddle
    for line in captured.getvalue().splitlines(keepends=True):
        if not line.startswith(_KNOWN_IMPORT_NOISE):
            sys.stderr.write(line)
    # Paddle's distributed log helper configures the *root* logger (INFO, a timestamped
    # handler), which would print other libraries' INFO messages, such as matplotlib's
    # "generated new fontManager" on a machine with an empty font cache. Put it back.
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    return paddle


paddle = _import_paddle()
