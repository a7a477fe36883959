#!/usr/bin/env bash
# The main job on the bundled samples: set up, build, ingest data/ into the embedded store
# ./newskg-store, then show what is in it and answer two saved queries.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newskg-target}"
cargo build --release --locked
bin="$CARGO_TARGET_DIR/release/newskg"
"$bin" ingest --store newskg-store data/
"$bin" stats --store newskg-store
"$bin" query --store newskg-store --format table outages-by-provider
"$bin" query --store newskg-store --format table executives-by-company
echo "The store is in ./newskg-store; try: $bin query --store newskg-store company-hierarchy" >&2
