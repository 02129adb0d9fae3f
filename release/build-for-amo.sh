#!/bin/sh
# Builds the add-on from the source package exactly as the release did (see BUILD-FOR-AMO.md).
set -eu
cd "$(dirname "$0")/.."
# Vite builds another bundle under NODE_ENV=test or =development: build as the release did, without it.
unset NODE_ENV
want_node="$(cat .nvmrc)"
if [ "$(node --version)" != "v$want_node" ]; then
  echo "Note: this is Node $(node --version); the release was built with Node v$want_node (.nvmrc)." >&2
fi
npm ci --no-audit --no-fund
npm run release -- --no-sources
cd .output/release && { sha256sum ./*.zip 2>/dev/null || shasum -a 256 ./*.zip; }
