#!/bin/sh
# The public header compiles on its own, as strict C11 and as C++, and
# declares nothing outside the cc_/CC_ namespace.
# usage: header.sh SOURCE_INCLUDE_DIR GENERATED_HEADER_DIR
set -eu
inc=$1
gen=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include "crosscheck.h"\nint main(void) { return CC_OK; }\n' > "$tmp/t.c"
cc -std=c11 -pedantic -Wall -Wextra -Werror -I"$inc" -I"$gen" -c "$tmp/t.c" -o "$tmp/t.o"
if command -v c++ >/dev/null 2>&1; then
    cp "$tmp/t.c" "$tmp/t.cpp"
    c++ -std=c++11 -pedantic -Wall -Wextra -Werror -I"$inc" -I"$gen" -c "$tmp/t.cpp" -o "$tmp/t2.o"
fi
# every declared function, type and macro is in our namespace
bad=$( {
    grep -E '^CC_API ' "$inc/crosscheck.h" | sed -E 's/^[^(]*[ *]([A-Za-z_][A-Za-z0-9_]*)\(.*/\1/'
    grep -Eo '^#define [A-Za-z_][A-Za-z0-9_]*' "$inc/crosscheck.h" | awk '{print $2}'
    grep -Eo '^typedef (struct|enum) [A-Za-z_][A-Za-z0-9_]*' "$inc/crosscheck.h" | awk '{print $3}'
} | grep -Ev '^(cc_|CC_|CROSSCHECK_)' || true)
[ -z "$bad" ] || { echo "names outside the cc_ namespace: $bad" >&2; exit 1; }
echo "header ok"
