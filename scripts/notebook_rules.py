"""Cell metadata that follows from a chapter's content, applied by refresh_notebooks.py.

A solution is a code cell whose source starts with "# Solution", with the "*Solution ...*"
markdown heading right above it. Solutions are folded in JupyterLab (source and output
hidden; a click on the bar opens them) and still executed and compared by nbval.
"""

FOLDED = {"source_hidden": True, "outputs_hidden": True}


def is_solution(cell):
    return cell.cell_type == "code" and cell.source.startswith("# Solution")


def is_solution_heading(cell):
    return cell.cell_type == "markdown" and cell.source.strip().startswith("*Solution")


def fold_solutions(nb):
    for cell in nb.cells:
        if is_solution(cell):
            cell.metadata["jupyter"] = dict(FOLDED)
            # JupyterLab keeps the legacy flag in step with outputs_hidden when it saves.
            cell.metadata["collapsed"] = True
    return nb


def apply(nb):
    return fold_solutions(nb)
