#!/usr/bin/env bash
# Makes the edge node's install bundle from this (built) checkout: a folder and a .tar.gz with
# install.sh and the two npm packages it installs (npm pack of protocol and edge-node).
#
#   npm install && npm run build && edge-node/deploy/bundle.sh [OUT_DIR]   (default OUT_DIR: .)
#
# Copy brewpit-edge-<version>.tar.gz to the Pi, then:
#   tar xzf brewpit-edge-<version>.tar.gz && sudo ./brewpit-edge-<version>/install.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)"
for f in protocol/dist/index.js edge-node/dist/cli.js; do
  [ -f "$ROOT/$f" ] || { echo "error: $ROOT/$f is missing: run 'npm install && npm run build' first" >&2; exit 1; }
done
# The bundled CLI the installed node runs (dist/brewpit-edge.mjs and dist/chunks/), from this build.
node "$ROOT/edge-node/build.mjs" >/dev/null
VERSION="$(node -p "require('$ROOT/edge-node/package.json').version")"
NAME="brewpit-edge-$VERSION"
rm -rf "${OUT:?}/$NAME" "$OUT/$NAME.tar.gz"
mkdir -p "$OUT/$NAME"
(cd "$ROOT" && npm pack --silent --workspace protocol --workspace edge-node --pack-destination "$OUT/$NAME" >/dev/null)
install -m 0755 "$ROOT/edge-node/deploy/install.sh" "$OUT/$NAME/install.sh"
tar -C "$OUT" -czf "$OUT/$NAME.tar.gz" "$NAME"
echo "$OUT/$NAME.tar.gz"
