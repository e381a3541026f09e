#!/bin/sh
# Build examples/embed.c against an installed crosscheck (staged under
# DESTDIR $1) with pkg-config only, and run it. Checks that the installed
# header, library and crosscheck.pc are complete, and that the shared
# library exports exactly the public API.
set -eu
stage=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
pc=$(find "$stage" -name crosscheck.pc | head -n 1)
[ -n "$pc" ] || { echo "no crosscheck.pc installed" >&2; exit 1; }
export PKG_CONFIG_PATH="$(dirname "$pc")"
export PKG_CONFIG_SYSROOT_DIR="$stage"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc -std=c11 -Wall -Werror "$src/examples/embed.c" $(pkg-config --cflags --libs crosscheck) -o "$out/embed"
libdir=$(dirname "$(find "$stage" -name 'libcrosscheck.so' | head -n 1)")
status=0
LD_LIBRARY_PATH="$libdir" "$out/embed" > "$out/report.txt" || status=$?
# three figures, one of them 22 % off: a contradiction (1) or a split is expected, never an error
[ "$status" -eq 1 ] || { echo "embed exited $status" >&2; cat "$out/report.txt"; exit 1; }
grep -q "460" "$out/report.txt"
# the exported symbols are exactly the functions declared CC_API in the header
nm -D --defined-only "$libdir/libcrosscheck.so" | awk '$2 == "T" {print $3}' | sed 's/@.*//' | sort > "$out/exported"
grep -E '^CC_API ' "$src/include/crosscheck.h" |
    sed -E 's/^[^(]*[ *]([A-Za-z_][A-Za-z0-9_]*)\(.*/\1/' | sort -u > "$out/declared"
if ! diff -u "$out/declared" "$out/exported"; then
    echo "exported symbols differ from the header's API" >&2
    exit 1
fi
# the static library is installed too
find "$stage" -name 'libcrosscheck.a' | grep -q .
echo "installed library, header and pkg-config file work"
