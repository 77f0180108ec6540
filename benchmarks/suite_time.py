"""Time the README's test command: the total wall time and each notebook's share.

Run from the repository root:  python benchmarks/suite_time.py [extra pytest arguments]
Per-notebook time is the sum of its cells' test times (kernel start and `import paddle`
included), read from pytest's JUnit report. The last line is one JSON object.
"""

import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(extra):
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", *extra], cwd=ROOT)
        total = time.perf_counter() - start
        cases = ET.parse(report).getroot().iter("testcase")
        per_file = defaultdict(float)
        for case in cases:
            name = case.get("classname", "")
            key = name if name.startswith("notebooks") else "unit tests (tests/)"
            per_file[key] += float(case.get("time", 0))
    notebooks = {k.removeprefix("notebooks."): round(v, 2) for k, v in per_file.items() if k.startswith("notebooks")}
    for name, seconds in sorted(notebooks.items()):
        print(f"  {name:32s} {seconds:6.2f} s")
    unit = round(per_file.get("unit tests (tests/)", 0.0), 2)
    print(f"  {'unit tests (tests/)':32s} {unit:6.2f} s")
    print(f"  {'total wall':32s} {total:6.2f} s")
    slowest = max(notebooks, key=notebooks.get) if notebooks else None
    print(
        json.dumps(
            {
                "total_s": round(total, 2),
                "slowest_notebook": slowest,
                "slowest_s": notebooks.get(slowest),
                "unit_tests_s": unit,
                "notebooks_s": notebooks,
                "exit_code": done.returncode,
            }
        )
    )
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
