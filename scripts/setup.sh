#!/usr/bin/env bash
# Installs what building newskg needs on a fresh Debian machine, idempotently:
# Debian's libclang-dev (bindgen, for RocksDB inside Oxigraph) and the ONNX Runtime library
# (from the PyPI wheel onnxruntime==1.32.0, see scripts/fetch-runtime.sh). Nothing else is downloaded.
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
