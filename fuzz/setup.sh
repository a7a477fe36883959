#!/usr/bin/env bash
# Installs what the fuzz targets need, idempotently: AFL++ (Debian's afl++ package) and cargo-afl
# (crates.io), whose `cargo afl config --build` compiles the AFL++ that `cargo afl fuzz` runs and
# the runtime the instrumented binaries link against. Checks the real tools, not just that a file
# exists: `afl-fuzz -h` and `cargo afl fuzz -h` must print the afl-fuzz++ banner (the second is
# the afl-fuzz that cargo-afl built), `cargo afl --version` must run.
#
# Usage: fuzz/setup.sh            check, install what is missing
#        fuzz/setup.sh --check    check only: one line per tool, exit 1 if one is missing
set -euo pipefail

check_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  "") ;;
  *) echo "usage: fuzz/setup.sh [--check]" >&2; exit 2 ;;
esac

# `afl-fuzz -h` exits non-zero, so read its banner rather than its status.
banner() { "$@" -h 2>&1 | grep -o 'afl-fuzz++[0-9a-z.]*' | head -n1 || true; }
have_afl() { [ -n "$(banner afl-fuzz)" ]; }
have_cargo_afl() { cargo afl --version >/dev/null 2>&1; }
have_afl_runtime() { [ -n "$(banner cargo afl fuzz)" ]; }

if [ "$check_only" -eq 1 ]; then
  missing=0
  for tool in afl cargo_afl afl_runtime; do
    if "have_$tool"; then
      echo "fuzz setup: ${tool//_/-}: ok"
    else
      echo "fuzz setup: ${tool//_/-}: missing"
      missing=1
    fi
  done
  exit "$missing"
fi

if have_afl; then
  echo "afl++: $(banner afl-fuzz)"
else
  echo "installing afl++ (apt)"
  sudo_if() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  sudo_if apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if apt-get install -y -qq afl++ >/dev/null
  have_afl || { echo "afl++ did not install" >&2; exit 1; }
fi

if have_cargo_afl; then
  echo "cargo-afl: $(cargo afl --version)"
else
  echo "installing cargo-afl (crates.io)"
  cargo install cargo-afl --locked
  cargo afl --version
fi

# The AFL++ of cargo-afl for the current toolchain (cargo install usually builds it already; then
# `config --build` refuses, saying so).
if ! have_afl_runtime; then
  if ! out=$(cargo afl config --build 2>&1) && ! grep -q 'already built' <<<"$out"; then
    echo "$out" >&2
    exit 1
  fi
  have_afl_runtime || { echo "cargo afl fuzz does not run after cargo afl config --build" >&2; exit 1; }
fi
echo "fuzz setup: ok ($(banner cargo afl fuzz) from cargo-afl)"
