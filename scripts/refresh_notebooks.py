"""Re-execute notebooks in place, so their stored outputs are regenerated the same way.

Usage: python scripts/refresh_notebooks.py [notebooks/NN_name.ipynb ...]   (default: all)

The kernel is the one the tests use (nbval's current-environment kernel) with the
environment of scripts/notebook_env.py. Each cell's slide type (where the site's slides
begin) is then written by the rule in scripts/slide_rule.py.
"""

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import notebook_env
import notebook_rules
from ipykernel.kernelspec import KERNEL_NAME, get_kernel_dict
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbval.kernel import CURRENT_ENV_KERNEL_NAME, NbvalKernelspecManager
from nbval.plugin import coalesce_streams
from slide_rule import apply_slide_rule

ROOT = Path(__file__).resolve().parent.parent
# Exactly what JupyterLab writes for the kernel a fresh `pip install ipykernel` provides, so
# that opening a chapter does not mark it as modified.
_SPEC = get_kernel_dict()
KERNELSPEC = {"display_name": _SPEC["display_name"], "language": _SPEC["language"], "name": KERNEL_NAME}


def execute(nb, cwd):
    """Run a notebook in place in a fresh kernel of this interpreter, started in `cwd`."""
    km = KernelManager(kernel_name=CURRENT_ENV_KERNEL_NAME, kernel_spec_manager=NbvalKernelspecManager())
    client = NotebookClient(
        nb,
        km=km,
        timeout=120,
        record_timing=False,
        store_widget_state=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()
    return nb


def refresh(path):
    nb = execute(notebook_rules.apply(nbformat.read(path, as_version=4)), path.parent)
    for cell in nb.cells:
        if cell.cell_type == "code":
            # The kernel flushes stdout on a timer, so one print can arrive in two chunks;
            # store it merged, as nbval compares it.
            cell.outputs = coalesce_streams(cell.outputs)
    nb.metadata["kernelspec"] = KERNELSPEC
    # After executing: the rule starts a new slide where a second figure would crowd one.
    apply_slide_rule(nb)
    nbformat.write(nb, path)
    return path


def main(args):
    notebook_env.apply()
    paths = [Path(a).resolve() for a in args] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    with ThreadPoolExecutor(max_workers=2) as pool:
        for path in pool.map(refresh, paths):
            print(f"refreshed {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
