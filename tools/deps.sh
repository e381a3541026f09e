#!/bin/sh
# Install what building and testing crosscheck needs on Debian (apt-get),
# skipping packages that are already there. Uses sudo when not root.
# With --test also what only the test script needs (clang-format).
set -eu
packages="gcc meson ninja-build pkg-config python3 libjansson-dev libicu-dev check valgrind"
[ "${1:-}" = "--test" ] && packages="$packages clang-format"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "installing:$missing" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
