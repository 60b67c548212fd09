#!/usr/bin/env bash
# Installs what Vigie needs, builds it in ./build and starts the tray application.
# Arguments are passed to vigie (e.g. --headless --config FILE).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

"$top/scripts/install-deps.sh" build
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_BUILD_TESTS=OFF
cmake --build "$top/build" -j "$(nproc)"
exec "$top/build/app/vigie" "$@"
