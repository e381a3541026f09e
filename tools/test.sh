#!/bin/sh
# Build crosscheck and run every test: the C files as .clang-format lays
# them out; warnings as errors; the whole suite;
# again under AddressSanitizer + UndefinedBehaviorSanitizer; the unit tests
# under valgrind; install into a staging dir and build the embedding
# example against the installed pkg-config file. Ends with one summary line
# "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
sh tools/deps.sh --test || exit 2

passed=0
failed=0
step() {
    name=$1
    shift
    echo "=== $name"
    if "$@"; then
        passed=$((passed + 1))
        echo "=== $name: ok"
    else
        failed=$((failed + 1))
        echo "=== $name: FAILED"
    fi
}

build=build-test
asan=build-asan
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

configure() { # dir, options...
    dir=$1
    shift
    if [ -d "$dir" ]; then
        meson setup --reconfigure "$dir" "$@" >/dev/null
    else
        meson setup "$dir" "$@" >/dev/null
    fi
}

step "format (.clang-format)" sh tools/format-check.sh
step "configure" configure "$build" -Dwerror=true --prefix=/usr
step "compile" meson compile -C "$build"
step "tests" meson test -C "$build" --print-errorlogs --no-rebuild
step "configure asan+ubsan" configure "$asan" -Dwerror=true -Db_sanitize=address,undefined \
    -Dc_args=-fno-sanitize-recover=all -Dbench=false
step "compile asan+ubsan" meson compile -C "$asan"
step "tests under asan+ubsan" env ASAN_OPTIONS=detect_leaks=1 \
    meson test -C "$asan" --print-errorlogs --no-rebuild --no-suite slow
step "unit tests under valgrind" env CK_FORK=no meson test -C "$build" --no-rebuild \
    --suite unit --print-errorlogs --timeout-multiplier 10 \
    --wrapper "valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --quiet"
step "install" env DESTDIR="$stage" meson install -C "$build" --quiet
step "embed against installed pkg-config" sh tests/cli/installed.sh "$stage"
step "installed Python binding" sh tests/python/installed.sh "$stage"

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
