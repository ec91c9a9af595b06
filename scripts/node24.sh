#!/usr/bin/env bash
# Runs the end-to-end suites with Node 24, so that the bundle runs under the
# runtime that action.yml declares. Uses the machine's node when it is 24 or
# newer, else a Node 24 binary from the npm registry (the `node` package).
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -ge 24 ]; then
  node24=(node)
else
  node24=(npx --yes node@24)
fi
echo "Running the end-to-end suites with Node $("${node24[@]}" --version)"
"${node24[@]}" --experimental-vm-modules node_modules/jest/bin/jest.js \
  __tests__/e2e-lifecycle.test.ts __tests__/e2e-preview.test.ts \
  __tests__/e2e-faults.test.ts __tests__/e2e-comment.test.ts
