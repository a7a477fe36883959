#!/usr/bin/env bash
# The test suite: formatting, lints, then every unit and integration test in release mode (one
# cargo profile, so the dependencies are built once), using the shipped model.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newskg-target}"
cargo fmt --all --check
cargo clippy --release --locked --workspace --all-targets -- -D warnings
cargo test --release --locked --workspace
