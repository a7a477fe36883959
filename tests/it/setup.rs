//! `scripts/setup.sh --check`: each prerequisite is judged by the thing that is used, not by a
//! file with a similar name. The checks run against folders and files made here, so each test
//! can see setup decide to install.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, run, tempdir};

/// Runs `scripts/setup.sh --check` with extra environment; returns (exit code, stdout).
fn check(env: &[(&str, &Path)]) -> (i32, String) {
    let mut cmd = Command::new("bash");
    cmd.arg(root().join("scripts/setup.sh")).arg("--check").current_dir(root());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let (code, out, err) = run(&mut cmd);
    assert!(err.is_empty(), "setup --check wrote to stderr:\n{err}");
    (code, out)
}

/// The line setup printed for one prerequisite.
fn line<'a>(out: &'a str, name: &str) -> &'a str {
    let prefix = format!("newskg setup: {name}: ");
    out.lines().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("no line for {name} in:\n{out}"))
}

/// The real libclang that setup installed (Debian's libclang1-N), found where Debian puts it.
fn real_libclang() -> PathBuf {
    let mut found = Vec::new();
    for dir in ["/usr/lib/x86_64-linux-gnu", "/usr/lib/llvm-14/lib", "/usr/lib/llvm-16/lib", "/usr/lib/llvm-19/lib"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("libclang") && !name.starts_with("libclang-cpp") && name.contains(".so") {
                found.push(e.path());
            }
        }
    }
    found.sort();
    found.into_iter().next().expect("libclang is installed (scripts/setup.sh installs libclang-dev)")
}

/// A folder holding only libclang-cpp (the C++ library, which bindgen cannot use) and a file named
/// like libclang that is not a loadable library: setup must decide libclang is missing. With the
/// real library beside them it must decide libclang is there.
#[test]
fn libclang_cpp_and_a_look_alike_do_not_count_as_libclang() {
    let dir = tempdir();
    let cpp = ["/usr/lib/x86_64-linux-gnu/libclang-cpp.so.14", "/usr/lib/llvm-14/lib/libclang-cpp.so.14"]
        .iter()
        .map(Path::new)
        .find(|p| p.exists());
    match cpp {
        Some(p) => std::os::unix::fs::symlink(p, dir.path().join("libclang-cpp.so.14")).expect("symlink"),
        None => std::fs::write(dir.path().join("libclang-cpp.so.14"), b"\x7fELF not really").expect("write"),
    }
    std::fs::write(dir.path().join("libclang.so.1"), b"\x7fELF truncated").expect("write");
    let (code, out) = check(&[("NEWSKG_LIBCLANG_DIRS", dir.path())]);
    assert!(line(&out, "libclang").contains("missing (would install Debian's libclang-dev"), "{out}");
    assert_eq!(code, 1, "{out}");

    std::fs::remove_file(dir.path().join("libclang.so.1")).expect("rm");
    std::os::unix::fs::symlink(real_libclang(), dir.path().join("libclang.so.1")).expect("symlink");
    let (_, out) = check(&[("NEWSKG_LIBCLANG_DIRS", dir.path())]);
    assert_eq!(line(&out, "libclang"), "newskg setup: libclang: ok", "{out}");
}

/// A truncated or foreign file at .runtime/libonnxruntime.so is not the runtime; the real one is.
#[test]
fn onnxruntime_is_checked_by_loading_it_and_asking_its_version() {
    let dir = tempdir();
    std::fs::write(dir.path().join("libonnxruntime.so"), b"\x7fELF half a download").expect("write");
    let (code, out) = check(&[("NEWSKG_RUNTIME_DIR", dir.path())]);
    assert!(line(&out, "onnxruntime").contains("missing (would install ONNX Runtime 1.32.0"), "{out}");
    assert_eq!(code, 1);

    let real = root().join(".runtime/libonnxruntime.so").canonicalize().expect("setup fetched the runtime");
    std::fs::remove_file(dir.path().join("libonnxruntime.so")).expect("rm");
    std::os::unix::fs::symlink(real, dir.path().join("libonnxruntime.so")).expect("symlink");
    let (_, out) = check(&[("NEWSKG_RUNTIME_DIR", dir.path())]);
    assert_eq!(line(&out, "onnxruntime"), "newskg setup: onnxruntime: ok", "{out}");
}

/// An executable at the browser's path that is not Chromium does not count.
#[test]
fn a_program_that_is_not_chromium_does_not_count() {
    let dir = tempdir();
    let fake = dir.path().join("chromium");
    std::fs::write(&fake, "#!/bin/sh\necho 'Some Browser 1.0'\n").expect("write");
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    let (code, out) = check(&[("NEWSKG_CHROMIUM", &fake)]);
    assert!(line(&out, "chromium").contains("missing (would install Debian's chromium"), "{out}");
    assert_eq!(code, 1);

    // The machine's own Chromium, which the browser test drives, passes.
    let (code, out) = check(&[]);
    assert_eq!(line(&out, "chromium"), "newskg setup: chromium: ok", "{out}");
    assert_eq!(code, 0, "after setup every prerequisite is there:\n{out}");
}

/// A venv whose `pyspark` imports and reports the pinned version but holds no Spark (no
/// bin/spark-submit to run) does not count; the venv setup made does.
#[test]
fn a_pyspark_without_spark_does_not_count() {
    let dir = tempdir();
    let pkg = dir.path().join("site/pyspark");
    std::fs::create_dir_all(&pkg).expect("mkdir");
    let version = pinned_pyspark();
    std::fs::write(pkg.join("__init__.py"), format!("__version__ = {version:?}\n")).expect("write");
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("mkdir");
    let python = bin.join("python");
    let site = dir.path().join("site");
    std::fs::write(&python, format!("#!/bin/sh\nPYTHONPATH={} exec python3 \"$@\"\n", site.display())).expect("write");
    std::fs::set_permissions(&python, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    let (code, out) = check(&[("NEWSKG_SPARK_VENV", dir.path())]);
    assert!(line(&out, "pyspark").contains(&format!("missing (would install pyspark {version} from PyPI")), "{out}");
    assert_eq!(code, 1, "{out}");

    let (_, out) = check(&[]);
    assert_eq!(line(&out, "pyspark"), "newskg setup: pyspark: ok", "{out}");
}

/// The pyspark version scripts/setup.sh pins.
fn pinned_pyspark() -> String {
    let script = std::fs::read_to_string(root().join("scripts/setup.sh")).expect("read setup.sh");
    script.lines().find_map(|l| l.strip_prefix("PYSPARK_VERSION=")).expect("setup.sh pins PYSPARK_VERSION").to_string()
}

/// An `oxigraph` in the venv that prints another version (or is not Oxigraph) does not count;
/// the one setup installed does.
#[test]
fn oxigraph_is_checked_by_its_version() {
    let dir = tempdir();
    let bin = dir.path().join("oxigraph-venv/bin");
    std::fs::create_dir_all(&bin).expect("mkdir");
    std::fs::write(bin.join("oxigraph"), "#!/bin/sh\necho 'oxigraph 0.4.0'\n").expect("write");
    std::fs::set_permissions(bin.join("oxigraph"), std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    let (code, out) = check(&[("NEWSKG_RUNTIME_DIR", dir.path())]);
    assert!(line(&out, "oxigraph").contains("missing (would install Oxigraph server 0.5.13"), "{out}");
    assert_eq!(code, 1);
    let (_, out) = check(&[]);
    assert_eq!(line(&out, "oxigraph"), "newskg setup: oxigraph: ok", "{out}");
    assert_eq!(line(&out, "virtuoso"), "newskg setup: virtuoso: ok", "{out}");
}

/// An `afl-fuzz` first on the PATH that is not AFL++ does not count (the fuzz smoke run of
/// scripts/test.sh needs the real one); the machine's own does.
#[test]
fn a_program_that_is_not_afl_does_not_count() {
    let dir = tempdir();
    let fake = dir.path().join("afl-fuzz");
    std::fs::write(&fake, "#!/bin/sh\necho 'afl-fuzz 2.52b by lcamtuf'\n").expect("write");
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    let path = format!("{}:{}", dir.path().display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = Command::new("bash");
    cmd.arg(root().join("scripts/setup.sh")).arg("--check").current_dir(root()).env("PATH", path);
    let (code, out, err) = run(&mut cmd);
    assert!(err.is_empty(), "setup --check wrote to stderr:\n{err}");
    assert!(line(&out, "afl++").contains("missing (would install AFL++ and cargo-afl"), "{out}");
    assert_eq!(code, 1);

    let (code, out) = check(&[]);
    assert_eq!(line(&out, "afl++"), "newskg setup: afl++: ok", "{out}");
    assert_eq!(code, 0, "{out}");
}
