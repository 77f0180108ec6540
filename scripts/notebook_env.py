"""The environment every notebook kernel runs in, for the tests and for refreshing outputs.

Set in the parent process, because Jupyter kernels inherit its environment.
"""

import os

KERNEL_ENV = {
    # The same iteration order of sets of strings in every run and on every machine.
    "PYTHONHASHSEED": "0",
}
# A non-interactive MPLBACKEND (Agg) in the parent would stop figures reaching the notebook.
DROPPED = ("MPLBACKEND",)


def apply(environ=os.environ):
    environ.update(KERNEL_ENV)
    for name in DROPPED:
        environ.pop(name, None)
