"""Opening a chapter in a fresh JupyterLab and saving it must not change a byte of it.

JupyterLab rewrites the notebook's kernelspec and language_info from the kernel it starts;
if the stored ones differ, the chapter shows as modified on open and saving it makes a git diff.
One of them depends on the machine: language_info.version is the kernel's Python version, so
on a machine whose Python is not the one the outputs were stored with, that one string is
expected to change (and only that).
"""

import json
import platform

import pytest
from lab import ROOT, chapters

pytestmark = pytest.mark.browser


def difference(before, after):
    """What changed between two versions of a notebook file, in words."""
    if before == after:
        return "identical"
    old, new = json.loads(before), json.loads(after)
    found = []
    for key in sorted(set(old) | set(new)):
        if key != "cells" and old.get(key) != new.get(key):
            found.append(f"{key}: {old.get(key)!r} -> {new.get(key)!r}")
    if len(old["cells"]) != len(new["cells"]):
        found.append(f"{len(old['cells'])} cells -> {len(new['cells'])}")
    for i, (a, b) in enumerate(zip(old["cells"], new["cells"])):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                found.append(f"cell {i} {key}: {json.dumps(a.get(key))[:200]} -> {json.dumps(b.get(key))[:200]}")
    if not found:
        at = next(i for i, (x, y) in enumerate(zip(before, after)) if x != y) if len(before) == len(after) else None
        found.append(f"same JSON, different bytes ({len(before)} -> {len(after)} bytes, first difference at {at})")
    return "\n".join(found)


def expected_after_save(original):
    """The file as JupyterLab saves it here: the original, with this machine's Python version."""
    stored = json.loads(original)["metadata"]["language_info"]["version"]
    if stored == platform.python_version():
        return original
    field = f'"version": "{stored}"'.encode()
    assert original.count(field) == 1, field
    return original.replace(field, f'"version": "{platform.python_version()}"'.encode())


@pytest.mark.parametrize("path", chapters())
def test_opening_and_saving_leaves_the_chapter_unchanged(lab, path):
    original = (ROOT / path).read_bytes()
    expected = expected_after_save(original)
    copy = lab.server.root / path
    copy.write_bytes(original)  # the file as in the repository, whatever ran before

    nb = lab.open(path)  # returns once the kernel has started and answered
    assert nb.is_dirty() == (expected != original), "JupyterLab marks the chapter as modified on open"
    nb.save()
    saved = copy.read_bytes()
    assert saved == expected, difference(original, saved)
