#!/usr/bin/env bash
# Installs what the fuzz targets need, idempotently: AFL++ (Debian's afl++ package) and cargo-afl
# (crates.io), whose `cargo afl config --build` compiles the AFL++ runtime the instrumented
# binaries link against. Checks the real tools, not just that a file exists.
set -euo pipefail

# `afl-fuzz -h` exits non-zero, so read its banner rather than its status.
afl_banner() { afl-fuzz -h 2>&1 | grep -o 'afl-fuzz++[0-9a-z.]*' | head -n1 || true; }
if [ -n "$(afl_banner)" ]; then
    echo "afl++: $(afl_banner)"
else
    echo "installing afl++ (apt)"
    sudo_if() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    sudo_if apt-get update
    sudo_if apt-get install -y afl++
    [ -n "$(afl_banner)" ] || { echo "afl++ did not install" >&2; exit 1; }
fi

if cargo afl --version >/dev/null 2>&1; then
    echo "cargo-afl: $(cargo afl --version)"
else
    echo "installing cargo-afl (crates.io)"
    cargo install cargo-afl --locked
    cargo afl --version
fi

# The AFL++ runtime for the current toolchain (cargo install usually builds it already; then
# `config --build` refuses, saying so).
if ! out=$(cargo afl config --build 2>&1) && ! grep -q 'already built' <<<"$out"; then
    echo "$out" >&2
    exit 1
fi
echo "fuzz setup: ok"
