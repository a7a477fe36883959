#!/usr/bin/env bash
# Installs what building and testing newskg needs on a fresh Debian machine, idempotently.
# Each prerequisite is checked by testing the thing that is used, not a file that looks like it:
#   libclang      bindgen (RocksDB's bindings inside Oxigraph) dlopens libclang and calls its C API;
#                 we look where clang-sys looks, skip libclang-cpp (the C++ library, a different
#                 thing with a similar name) and load each candidate to find clang_createIndex.
#                 Missing: Debian's libclang-dev.
#   python3+pip   scripts/fetch-runtime.sh runs `python3 -m pip download`; the scorer runs python3.
#                 Missing: Debian's python3 and python3-pip.
#   onnxruntime   .runtime/libonnxruntime.so must load and report version 1.32.0 through
#                 OrtGetApiBase, the entry point newskg calls. Missing or wrong: scripts/fetch-runtime.sh
#                 (the PyPI wheel onnxruntime==1.32.0).
#   chromium      the browser test runs Debian's /usr/bin/chromium; `chromium --version` must say
#                 Chromium. Missing: Debian's chromium.
#   node, npm     playwright-core 1.65 needs Node.js 18 or later and npm. Missing: Debian's nodejs, npm.
#   playwright    tests/browser/node_modules/playwright-core at the version of package-lock.json.
#                 Missing: `npm ci` in tests/browser.
#   java          the Java that Spark's launcher runs ($JAVA_HOME/bin/java, else java on PATH) must
#                 report version 17 from a Debian build (`java -version`). Missing: Debian's
#                 openjdk-17-jre-headless.
#   pyspark       the venv .runtime/spark-venv: its python imports pyspark $PYSPARK_VERSION (PyPI), and
#                 spark-submit from that pyspark's own install (pyspark/bin, found through
#                 pyspark.__file__) runs on that Java and reports the same Spark version. Missing:
#                 a venv made with python3 -m venv and `pip install pyspark==$PYSPARK_VERSION`.
#                 The Spark job (spark/) and its test (tests/it/spark.rs) run from this venv.
#   oxigraph      the Oxigraph server the push tests start: .runtime/oxigraph-venv/bin/oxigraph
#                 must print `oxigraph 0.5.13` for `--version`. Missing: a Python venv there and
#                 `pip install oxigraph==0.5.13` (PyPI's oxigraph, the server binary in a wheel).
#   virtuoso      OpenLink Virtuoso 7.2, the other external store of the push tests: `virtuoso-t
#                 -?` must name Virtuoso Open Source version 07.02 / 7.2, and isql-vt must be there.
#                 Missing: Debian's virtuoso-opensource-7-bin.
#   afl++         the fuzz smoke run of scripts/test.sh: `fuzz/setup.sh --check` runs `afl-fuzz -h`,
#                 `cargo afl --version` and `cargo afl fuzz -h` (the AFL++ that cargo-afl built).
#                 Missing: fuzz/setup.sh (Debian's afl++, `cargo install cargo-afl --locked`).
#
# Usage: scripts/setup.sh            check, install what is missing, one line per install
#        scripts/setup.sh --check    check only: one line per prerequisite, exit 1 if any is missing
# For tests: NEWSKG_LIBCLANG_DIRS (space-separated) replaces the folders searched for libclang,
# NEWSKG_RUNTIME_DIR replaces .runtime, NEWSKG_CHROMIUM replaces /usr/bin/chromium,
# NEWSKG_SPARK_VENV replaces .runtime/spark-venv.
set -euo pipefail
cd "$(dirname "$0")/.."

check_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  "") ;;
  *) echo "usage: scripts/setup.sh [--check]" >&2; exit 2 ;;
esac

ORT_VERSION=1.32.0
PYSPARK_VERSION=4.1.1
OXIGRAPH_VERSION=0.5.13
runtime_dir="${NEWSKG_RUNTIME_DIR:-.runtime}"
spark_venv="${NEWSKG_SPARK_VENV:-.runtime/spark-venv}"
chromium="${NEWSKG_CHROMIUM:-/usr/bin/chromium}"

# --- checks: each prints nothing and returns 0 when the thing works -------------------------

# The folders clang-sys searches on Linux (besides LIBCLANG_PATH and llvm-config's libdir).
libclang_dirs() {
  if [ -n "${NEWSKG_LIBCLANG_DIRS:-}" ]; then
    echo "$NEWSKG_LIBCLANG_DIRS"
    return
  fi
  local dirs="${LIBCLANG_PATH:-}"
  if command -v llvm-config >/dev/null 2>&1; then
    dirs="$dirs $(llvm-config --libdir 2>/dev/null || true)"
  fi
  echo "$dirs" /usr/lib/llvm-*/lib /usr/local/llvm*/lib /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib /usr/local/lib /lib/x86_64-linux-gnu
}

# Loads a shared library and looks up a C symbol in it: the test that the library is the one
# bindgen (or newskg) will use, not merely a file with a matching name.
has_symbol() {
  python3 - "$1" "$2" <<'PY' >/dev/null 2>&1
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
getattr(lib, sys.argv[2])
PY
}

have_libclang() {
  local dir f base
  for dir in $(libclang_dirs); do
    [ -d "$dir" ] || continue
    for f in "$dir"/libclang.so "$dir"/libclang-*.so "$dir"/libclang.so.* "$dir"/libclang-*.so.*; do
      [ -e "$f" ] || continue
      base=$(basename "$f")
      case "$base" in libclang-cpp*) continue ;; esac
      if has_symbol "$f" clang_createIndex; then
        return 0
      fi
    done
  done
  return 1
}

have_python() {
  command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 8) else 1)' 2>/dev/null &&
    python3 -m pip --version >/dev/null 2>&1
}

# The version string ONNX Runtime reports through OrtGetApiBase()->GetVersionString().
ort_version() {
  python3 - "$1" <<'PY' 2>/dev/null
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
class ApiBase(ctypes.Structure):
    _fields_ = [("GetApi", ctypes.c_void_p), ("GetVersionString", ctypes.c_void_p)]
lib.OrtGetApiBase.restype = ctypes.POINTER(ApiBase)
base = lib.OrtGetApiBase().contents
version = ctypes.CFUNCTYPE(ctypes.c_char_p)(base.GetVersionString)()
print(version.decode())
PY
}

have_onnxruntime() {
  local lib="$runtime_dir/libonnxruntime.so"
  [ -f "$lib" ] && [ "$(ort_version "$lib")" = "$ORT_VERSION" ]
}

have_chromium() {
  [ -x "$chromium" ] && "$chromium" --version 2>/dev/null | grep -q '^Chromium [0-9]'
}

have_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null
}

# The installed playwright-core is the one package-lock.json pins.
have_playwright() {
  local installed=tests/browser/node_modules/playwright-core/package.json
  [ -f "$installed" ] || return 1
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const fs = require("fs");
    const want = JSON.parse(fs.readFileSync("tests/browser/package-lock.json")).packages["node_modules/playwright-core"].version;
    const have = JSON.parse(fs.readFileSync(process.argv[1])).version;
    process.exit(want === have ? 0 : 1);' "$installed" 2>/dev/null
}

# The Java Spark's launcher (bin/spark-class) runs: $JAVA_HOME/bin/java when JAVA_HOME is set.
java_cmd() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# `java -version` prints e.g. `openjdk version "17.0.15" ...` and `... (build 17.0.15+6-Debian-1deb12u1)`.
have_java() {
  local out
  out=$("$(java_cmd)" -version 2>&1) || return 1
  echo "$out" | grep -q '^openjdk version "17\.' && echo "$out" | grep -q -- '-Debian-'
}

# pyspark as imported by the venv's python, then Spark itself: spark-submit from that pyspark's
# install, run on the Java above, must report the same version.
have_pyspark() {
  local py="$spark_venv/bin/python" home
  [ -x "$py" ] || return 1
  home=$("$py" -c "
import os, sys, pyspark
if pyspark.__version__ != sys.argv[1]:
    sys.exit(1)
print(os.path.dirname(pyspark.__file__))" "$PYSPARK_VERSION" 2>/dev/null) || return 1
  [ -x "$home/bin/spark-class" ] && [ -x "$home/bin/spark-submit" ] || return 1
  SPARK_HOME="$home" "$home/bin/spark-submit" --version 2>&1 | grep -q "version $PYSPARK_VERSION\$"
}

have_oxigraph() {
  local bin="$runtime_dir/oxigraph-venv/bin/oxigraph"
  [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null)" = "oxigraph $OXIGRAPH_VERSION" ]
}

have_virtuoso() {
  command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 || return 1
  # `-?` prints the usage with the version and exits non-zero.
  local about
  about=$(virtuoso-t -? 2>&1 || true)
  grep -q '^Version 7\.2\.' <<<"$about"
}

# --- installs --------------------------------------------------------------------------------

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    $sudo_cmd apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

missing=0
# need NAME CHECK WHAT-IS-INSTALLED INSTALL-COMMAND...
need() {
  local name=$1 check=$2 what=$3
  shift 3
  if "$check"; then
    [ "$check_only" -eq 1 ] && echo "newskg setup: $name: ok"
    return 0
  fi
  if [ "$check_only" -eq 1 ]; then
    echo "newskg setup: $name: missing (would install $what)"
    missing=1
    return 0
  fi
  echo "newskg setup: $name not usable; installing $what ..." >&2
  "$@"
  if ! "$check"; then
    echo "newskg setup: $name still not usable after installing $what" >&2
    exit 1
  fi
}

need python3 have_python "Debian's python3 and python3-pip" apt_install python3 python3-pip
need libclang have_libclang "Debian's libclang-dev (bindgen needs libclang to build RocksDB's bindings)" \
  apt_install libclang-dev
fetch_runtime() { rm -f "$runtime_dir/libonnxruntime.so"; NEWSKG_RUNTIME_DIR="$runtime_dir" scripts/fetch-runtime.sh; }
need onnxruntime have_onnxruntime "ONNX Runtime $ORT_VERSION from PyPI into $runtime_dir" fetch_runtime
need chromium have_chromium "Debian's chromium (for the browser test of newskg serve)" apt_install chromium
need node have_node "Debian's nodejs and npm" apt_install nodejs npm
npm_ci() { (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error); }
need playwright-core have_playwright "playwright-core into tests/browser (npm ci)" npm_ci
need java have_java "Debian's openjdk-17-jre-headless (Spark runs on it)" apt_install openjdk-17-jre-headless
spark_venv_install() {
  if ! "$spark_venv/bin/python" -m pip --version >/dev/null 2>&1; then
    python3 -m venv "$spark_venv" || { apt_install python3-venv && python3 -m venv "$spark_venv"; }
  fi
  "$spark_venv/bin/python" -m pip install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
}
need pyspark have_pyspark "pyspark $PYSPARK_VERSION from PyPI into $spark_venv" spark_venv_install
install_oxigraph() {
  rm -rf "$runtime_dir/oxigraph-venv"
  python3 -m venv "$runtime_dir/oxigraph-venv" || { apt_install python3-venv && python3 -m venv "$runtime_dir/oxigraph-venv"; }
  "$runtime_dir/oxigraph-venv/bin/pip" install -q "oxigraph==$OXIGRAPH_VERSION"
}
need oxigraph have_oxigraph "Oxigraph server $OXIGRAPH_VERSION from PyPI into $runtime_dir/oxigraph-venv" install_oxigraph
need virtuoso have_virtuoso "Debian's virtuoso-opensource-7-bin (Virtuoso 7.2 for the push tests)" \
  apt_install virtuoso-opensource-7-bin
have_fuzz() { fuzz/setup.sh --check >/dev/null 2>&1; }
need afl++ have_fuzz "AFL++ and cargo-afl (fuzz/setup.sh)" fuzz/setup.sh

exit "$missing"
