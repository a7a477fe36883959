#!/usr/bin/env bash
# Fetches the ONNX Runtime shared library that newskg loads at run time, from the PyPI wheel
# onnxruntime==1.32.0 (the only download newskg needs; no other host is contacted).
# Idempotent: does nothing when .runtime/libonnxruntime.so already exists (scripts/setup.sh checks
# that it loads and is the right version, and removes it first when it is not). NEWSKG_RUNTIME_DIR
# replaces .runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.32.0
dest="${NEWSKG_RUNTIME_DIR:-.runtime}"
lib="$dest/libonnxruntime.so"
if [ -f "$lib" ]; then
  exit 0
fi
mkdir -p "$dest/wheel"
echo "newskg: fetching onnxruntime==$version from PyPI (about 17 MB) ..." >&2
python3 -m pip download --quiet --no-deps --only-binary=:all: \
  --platform manylinux_2_27_x86_64 --platform manylinux_2_28_x86_64 --python-version 3.11 \
  --implementation cp -d "$dest/wheel" "onnxruntime==$version"
wheel=$(ls "$dest"/wheel/onnxruntime-"$version"-*.whl | head -n 1)
python3 - "$wheel" "$dest" "$version" <<'PY'
import sys, zipfile, os
wheel, dest, version = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if n.endswith(f"capi/libonnxruntime.so.{version}"))
    data = z.read(name)
tmp = os.path.join(dest, "libonnxruntime.so.partial")
with open(tmp, "wb") as f:
    f.write(data)
os.replace(tmp, os.path.join(dest, "libonnxruntime.so"))
PY
rm -rf "$dest/wheel"
echo "newskg: ONNX Runtime $version ready in $lib" >&2
