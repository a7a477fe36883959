#!/usr/bin/env bash
# Installs what building newskg needs on a fresh Debian machine, idempotently:
# Debian's libclang-dev (bindgen, for RocksDB inside Oxigraph) and the ONNX Runtime library
# (from the PyPI wheel onnxruntime==1.32.0, see scripts/fetch-runtime.sh); for the browser test of
# `newskg serve`, Debian's chromium and the npm package playwright-core (tests/browser, `npm ci`
# from its lockfile). Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/llvm-*/lib/libclang.so* >/dev/null 2>&1 && ! ls /usr/lib/x86_64-linux-gnu/libclang*.so* >/dev/null 2>&1; then
  echo "newskg: installing libclang-dev (needed to build RocksDB bindings) ..." >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq libclang-dev >/dev/null
fi
scripts/fetch-runtime.sh
# The web page's end-to-end test (tests/it/serve.rs) drives Debian's Chromium with playwright-core.
if [ ! -x /usr/bin/chromium ]; then
  echo "newskg: installing chromium (for the browser test of newskg serve) ..." >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "newskg: installing playwright-core into tests/browser (npm ci) ..." >&2
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
