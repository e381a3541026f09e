#!/bin/sh
# Fail if clang-format (with the repository's .clang-format) would change
# any C file of the project; name the files. `sh tools/format-check.sh --fix`
# rewrites them instead.
set -u
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "format-check: clang-format not found" >&2; exit 2; }
files=$(git ls-files 'lib/*.[ch]' 'include/*.h' 'examples/*.[ch]' 'tests/*.[ch]' 2>/dev/null ||
        find lib include examples tests -name '*.[ch]')
if [ "${1:-}" = "--fix" ]; then
    # shellcheck disable=SC2086
    clang-format -i --style=file $files
    exit 0
fi
bad=0
for f in $files; do
    if ! clang-format --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "format-check: $f differs from .clang-format (run sh tools/format-check.sh --fix)"
        bad=1
    fi
done
[ "$bad" -eq 0 ] && echo "format-check: $(echo "$files" | wc -w) files formatted"
exit "$bad"
