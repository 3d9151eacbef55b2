#!/usr/bin/env bash
# `npm test`: lint (incl. the layering check), typecheck, build, then unit, component, integration and e2e tests
# against the sandbox engine and its namespaced remote engines (installed and started here if missing). Prints one total line; non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports && rm -f reports/*.json
failed=0
step() { echo "== $*"; "$@" || { echo "!! failed: $*"; failed=1; }; }

bash scripts/sandbox.sh start || { echo "!! the sandbox engine did not start"; exit 1; }
bash scripts/sandbox.sh remotes || { echo "!! the sandbox's remote engines did not start"; exit 1; }
eval "$(bash scripts/sandbox.sh env)"

step npx eslint .
step npx tsc -p tsconfig.json
step npm run --silent build
step npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=reports/unit.json
step npx vitest run --project component --reporter=default --reporter=json --outputFile.json=reports/component.json
step npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=reports/integration.json
step npx playwright test

node scripts/count-tests.mjs reports/unit.json reports/component.json reports/integration.json reports/e2e.json || failed=1
exit $failed
