"""The environment every notebook kernel runs in, for the tests and for refreshing outputs.

Set in the parent process, because Jupyter kernels inherit its environment.
"""

import os

KERNEL_ENV = {
    # debugpy (inside ipykernel) warns about frozen modules on stderr at kernel start.
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    # Same set and dict ordering in every run.
    "PYTHONHASHSEED": "0",
    # jupyter_core warns about its path migration when this is unset.
    "JUPYTER_PLATFORM_DIRS": "1",
}
# A non-interactive MPLBACKEND (Agg) in the parent would stop figures reaching the notebook.
DROPPED = ("MPLBACKEND",)


def apply(environ=os.environ):
    environ.update(KERNEL_ENV)
    for name in DROPPED:
        environ.pop(name, None)
