#!/bin/sh
# Import the Python binding as installed by `meson install` (staged under
# DESTDIR $1), with the Python meson installed it for, and check the example
# data through it. Meant for tools/test.sh after its install step:
#     sh tests/python/installed.sh "$stage"
set -eu
stage=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
init=$(find "$stage" -path '*/crosscheck/__init__.py' | head -n 1)
[ -n "$init" ] || { echo "the crosscheck package was not installed" >&2; exit 1; }
[ -f "$(dirname "$init")/_install_config.py" ] || { echo "no _install_config.py installed" >&2; exit 1; }
site=$(dirname "$(dirname "$init")")
lib=$(find "$stage" -name 'libcrosscheck.so.0' | head -n 1)
[ -n "$lib" ] || { echo "no libcrosscheck.so.0 installed" >&2; exit 1; }
# Debian's interpreter (CI's); the staged library through the loader path,
# as it would be found by its soname once installed for real.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
cd /tmp
env -u CROSSCHECK_LIBRARY PYTHONPATH="$site" LD_LIBRARY_PATH="$(dirname "$lib")" \
    PYTHONDONTWRITEBYTECODE=1 "$py" - "$site" "$src/examples/data/selloff-2025-01-27.claims.json" <<'PY'
import sys
import crosscheck
assert crosscheck.__file__.startswith(sys.argv[1]), crosscheck.__file__
report = crosscheck.check(sys.argv[2])
assert report.claim("mv-anzeiger").status == "contradicts"
import os
article = os.path.join(os.path.dirname(sys.argv[2]), "articles", "selloff", "tagesblatt.txt")
x = crosscheck.extract_file(article)
assert "589 Milliarden US-Dollar" in [m.text for m in x.amounts()], x.amounts()
assert len(crosscheck.check([x]).claims) == len(x.amounts())
selloff = sorted(os.path.join(os.path.dirname(article), n)
                 for n in os.listdir(os.path.dirname(article)) if n.endswith(".txt"))
assert crosscheck.run(selloff).contradiction_count == 2
v = crosscheck.verify("Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert",
                      selloff)
assert tuple(v.counts) == (7, 1, 0, 0), v.counts
print("installed Python binding works: %s, library %s from %s"
      % (crosscheck.__file__, crosscheck.library_version(), crosscheck.library_path))
PY
