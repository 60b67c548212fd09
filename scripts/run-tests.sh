#!/usr/bin/env bash
# Installs everything the tests need, builds Vigie with warnings as errors, and runs the whole
# suite inside a throwaway desktop session (Xvfb, D-Bus, keyring, tray). The real mail servers
# (Dovecot, Postfix) are started and stopped by CTest fixtures. Extra arguments go to ctest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_TEST_BUILD_DIR:-$top/build-tests}

"$top/scripts/install-deps.sh" test
fuzz_build=${VIGIE_FUZZ_BUILD_DIR:-$top/build-fuzz}

# The parsers' fuzz targets need clang with libFuzzer and AddressSanitizer: a build of their own.
CXX=clang++ CC=clang cmake -S "$top" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVIGIE_WARNINGS_AS_ERRORS=ON -DVIGIE_BUILD_FUZZERS=ON -DVIGIE_BUILD_BENCHMARKS=OFF
cmake --build "$fuzz_build" -j "$(nproc)" --target fuzz-bounce fuzz-imap

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVIGIE_WARNINGS_AS_ERRORS=ON -DVIGIE_BUILD_TESTS=ON -DVIGIE_BUILD_BENCHMARKS=ON \
    -DVIGIE_FUZZ_BUILD_DIR="$fuzz_build"
cmake --build "$build" -j "$(nproc)"
"$top/scripts/with-desktop.sh" ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
