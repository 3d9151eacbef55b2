#!/usr/bin/env bash
# `npm run bench [suite…]`: build the renderer, make sure the sandbox engine runs, then run the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/sandbox.sh start
eval "$(bash scripts/sandbox.sh env)"
npx vite build --logLevel warn
exec npx tsx scripts/bench/index.ts "$@"
