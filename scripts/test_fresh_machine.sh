#!/usr/bin/env bash
# The README's strict test suite, run as on a fresh, hostile machine:
#   - empty, new HOME, MPLCONFIGDIR, IPYTHONDIR and JUPYTER_CONFIG_DIR (matplotlib builds its
#     font cache during the run);
#   - OMP_NUM_THREADS=4 and a ccache on PATH (both change what `import paddle` prints);
#   - no network: a new network namespace with only loopback (kernels talk to pytest over it);
#   - the notebooks in a shuffled order, on two workers.
# Needs root (unshare) and the project's Python on PATH. Usage: bash scripts/test_fresh_machine.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{home,mplconfig,ipython,jupyter_config,bin}
printf '#!/bin/sh\nexit 0\n' > "$scratch/bin/ccache"
chmod +x "$scratch/bin/ccache"

mapfile -t order < <(ls notebooks/*.ipynb notebooks/zh/*.ipynb | shuf)
echo "notebook order: ${order[*]}"

unshare --net -- env \
    HOME="$scratch/home" \
    MPLCONFIGDIR="$scratch/mplconfig" \
    IPYTHONDIR="$scratch/ipython" \
    JUPYTER_CONFIG_DIR="$scratch/jupyter_config" \
    OMP_NUM_THREADS=4 \
    PATH="$scratch/bin:$PATH" \
    bash -c 'ip link set lo up && exec python -m pytest -n 2 --dist loadscope tests "$@"' _ "${order[@]}"
