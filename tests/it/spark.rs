//! The Spark job (spark/newskg_job.py) on a real Spark standalone cluster: a master and two
//! workers (1 core, small memory each) started here on 127.0.0.1 from the pyspark that
//! scripts/setup.sh installs, killed (with everything they started) when the test ends, passed or
//! not. The job's output must hold exactly the quads `newskg ingest` stores for the same articles,
//! and a bad record among them must be counted and named while the others come through.
//!
//! One cluster, one job over 200 articles in 4 partitions: the cluster starts while ingest stores
//! the same articles; then `newskg load` of the job's files must give the ingested store again.
//! Measured on the shared 2-core machine with other builds running: 121 s at a load average near
//! 18 (spark-submit to exit: 67 s of it), 210 s near 28.

use std::collections::BTreeSet;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};

use crate::{newskg, ok, root, run, tempdir};

/// How many good articles the job runs over, and in how many partitions.
const ARTICLES: usize = 200;
const PARTITIONS: usize = 4;

/// Where scripts/setup.sh installs pyspark, and the Spark inside it.
struct Spark {
    python: PathBuf,
    home: PathBuf,
}

fn spark() -> Spark {
    let python = root().join(".runtime/spark-venv/bin/python");
    let out = Command::new(&python)
        .args(["-c", "import os, pyspark; print(os.path.dirname(pyspark.__file__))"])
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/setup.sh to install pyspark", python.display()));
    assert!(out.status.success(), "pyspark does not import; run scripts/setup.sh");
    let home = PathBuf::from(String::from_utf8(out.stdout).expect("utf-8").trim());
    Spark { python, home }
}

/// A process group started here, killed as a whole on drop (Spark workers start executors, which
/// start Python workers, which start newskg: all in the group).
struct Group(Child);

impl Drop for Group {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.0.id())]).stderr(Stdio::null()).status();
        let _ = self.0.wait();
    }
}

/// A standalone master and two workers, with their folders and logs in one temporary folder.
struct Cluster {
    // Dropped first: the processes go before their folders.
    procs: Vec<Group>,
    url: String,
    spark: Spark,
    dir: tempfile::TempDir,
}

impl Cluster {
    fn command(&self, program: &str) -> Command {
        let mut c = Command::new(self.spark.home.join("bin").join(program));
        let d = self.dir.path();
        c.env("SPARK_HOME", &self.spark.home)
            .env("SPARK_CONF_DIR", d.join("conf"))
            .env("SPARK_LOG_DIR", d.join("logs"))
            .env("SPARK_LOCAL_DIRS", d.join("local"))
            .env("SPARK_LOCAL_IP", "127.0.0.1")
            .env("SPARK_DAEMON_MEMORY", "256m")
            .env("PYSPARK_PYTHON", &self.spark.python)
            .env_remove("SPARK_MASTER_OPTS")
            .env_remove("SPARK_WORKER_OPTS")
            .current_dir(d)
            .process_group(0);
        c
    }

    /// Starts a daemon with its standard output and error in logs/NAME.log.
    fn daemon(&mut self, name: &str, args: &[&str]) -> PathBuf {
        let log = self.dir.path().join("logs").join(format!("{name}.log"));
        let file = std::fs::File::create(&log).expect("log file");
        let child = self
            .command("spark-class")
            .args(args)
            .stdin(Stdio::null())
            .stdout(file.try_clone().expect("log file"))
            .stderr(file)
            .spawn()
            .expect("spawn spark-class");
        self.procs.push(Group(child));
        log
    }

    fn start() -> Cluster {
        let dir = tempdir();
        for sub in ["conf", "logs", "local", "work"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        }
        let mut c = Cluster { procs: Vec::new(), url: String::new(), spark: spark(), dir };
        // Port 0: the master picks free ports and says which in its log.
        let master = c.daemon(
            "master",
            &["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"],
        );
        let line = wait_for_log(&master, "Starting Spark master at ", 1);
        c.url = line.split("Starting Spark master at ").nth(1).expect("url").trim().to_string();
        let work = c.dir.path().join("work").display().to_string();
        for n in 1..=2 {
            c.daemon(
                &format!("worker{n}"),
                &[
                    "org.apache.spark.deploy.worker.Worker",
                    "--host",
                    "127.0.0.1",
                    "--cores",
                    "1",
                    "--memory",
                    "1g",
                    "--work-dir",
                    &work,
                    "--webui-port",
                    "0",
                    &c.url.clone(),
                ],
            );
        }
        wait_for_log(&master, "Registering worker", 2);
        c
    }
}

/// Waits until the log holds `count` lines containing `needle`; returns the last of them.
fn wait_for_log(log: &Path, needle: &str, count: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let found: Vec<&str> = text.lines().filter(|l| l.contains(needle)).collect();
        if found.len() >= count {
            return found[count - 1].to_string();
        }
        assert!(Instant::now() < deadline, "no {needle:?} (x{count}) in {} after 180 s:\n{text}", log.display());
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The sample articles that are JSON already (data/articles.jsonl, data/json/), as JSON objects.
fn sample_articles() -> Vec<serde_json::Value> {
    let data = root().join("data");
    let mut out: Vec<serde_json::Value> = std::fs::read_to_string(data.join("articles.jsonl"))
        .expect("data/articles.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("sample JSON"))
        .collect();
    let mut files: Vec<_> =
        std::fs::read_dir(data.join("json")).expect("data/json").flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        match serde_json::from_slice(&std::fs::read(&f).expect("read")).expect("sample JSON") {
            serde_json::Value::Array(items) => out.extend(items),
            one => out.push(one),
        }
    }
    out
}

/// Writes ARTICLES articles (the samples again and again under new ids) and one malformed record
/// into two JSONL files under `dir`; returns the malformed line.
fn write_articles(dir: &Path) -> &'static str {
    const BAD: &str = "{\"id\": \"spark-bad-record\", \"title\": \"cut off";
    let samples = sample_articles();
    assert!(samples.len() >= 10, "{} samples", samples.len());
    std::fs::create_dir_all(dir).expect("mkdir");
    let mut files = [1, 2].map(|n| std::fs::File::create(dir.join(format!("articles-{n}.jsonl"))).expect("create"));
    for i in 0..ARTICLES {
        let mut a = samples[i % samples.len()].clone();
        let id = format!("spark-{i:03}-{}", a["id"].as_str().expect("id"));
        a["id"] = id.into();
        let f = &mut files[i % 2];
        writeln!(f, "{a}").expect("write");
        if i == ARTICLES / 2 {
            writeln!(f, "{BAD}").expect("write");
        }
    }
    BAD
}

/// Every quad of an N-Quads text but those of the consolidated graph, as canonical strings.
fn quads(nquads: &[u8], into: &mut BTreeSet<String>) -> usize {
    let mut n = 0;
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(nquads) {
        let q = q.expect("valid N-Quads");
        if q.graph_name.to_string() != format!("<{}graph/kg>", newskg_rdf::DEFAULT_BASE) {
            into.insert(q.to_string());
            n += 1;
        }
    }
    n
}

/// The whole store, consolidated graph included, as N-Quads.
fn dump(store: &Path) -> String {
    ok(newskg().args(["export", "--format", "nquads", "--store"]).arg(store))
}

/// The lines of an N-Quads text, as a set.
fn line_set(text: &str) -> BTreeSet<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn spark_job_on_a_two_worker_cluster_writes_what_ingest_stores() {
    let dir = tempdir();
    let input = dir.path().join("in");
    let bad = write_articles(&input);

    // The cluster starts while ingest stores the same files (where the bad record fails too:
    // exit 1). A scoped thread is joined even if ingest fails, so the cluster is always dropped.
    let (cluster, ingested) = std::thread::scope(|s| {
        let starting = s.spawn(Cluster::start);
        let store = dir.path().join("store");
        let (code, _, err) = run(newskg().args(["ingest", "--store"]).arg(&store).arg(&input));
        assert_eq!(code, 1, "ingest: one bad record\n{err}");
        (starting.join().expect("cluster started"), dump(&store))
    });
    let mut want = BTreeSet::new();
    quads(ingested.as_bytes(), &mut want);
    let output = dir.path().join("out");
    let bin = std::env::var_os("NEWSKG_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_newskg").into());
    let mut submit = cluster.command("spark-submit");
    submit
        .args(["--master", &cluster.url, "--driver-memory", "512m", "--executor-memory", "512m"])
        .args(["--total-executor-cores", "2", "--executor-cores", "1"])
        .args(["--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1"])
        .args(["--conf", "spark.driver.bindAddress=127.0.0.1"])
        // Start no task before both executors are up, so that both take part.
        .args(["--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0"])
        .arg("--conf")
        .arg(format!("spark.pyspark.python={}", cluster.spark.python.display()))
        .arg(root().join("spark/newskg_job.py"))
        .arg("--newskg")
        .arg(bin)
        .arg("--models")
        .arg(root().join("models"))
        .arg("--ort-lib")
        .arg(root().join(".runtime/libonnxruntime.so"))
        .args(["--partitions", &PARTITIONS.to_string()])
        .arg(&input)
        .arg(&output);
    let log = cluster.dir.path().join("logs/submit.log");
    let child = submit
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("spawn spark-submit");
    let mut job = Group(child);
    let mut stdout = String::new();
    let deadline = Instant::now() + Duration::from_secs(600);
    let status = loop {
        if let Some(s) = job.0.try_wait().expect("wait") {
            break s;
        }
        assert!(Instant::now() < deadline, "job still running after 600 s:\n{}", read(&log));
        std::thread::sleep(Duration::from_millis(250));
    };
    std::io::Read::read_to_string(job.0.stdout.as_mut().expect("stdout"), &mut stdout).expect("read stdout");
    assert!(status.success(), "job failed ({status}):\n{stdout}\n{}", read(&log));

    // The union of the partitions' files, quad for quad, is what ingest stored.
    let mut parts: Vec<PathBuf> = std::fs::read_dir(&output)
        .expect("output")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("part-")))
        .collect();
    parts.sort();
    assert_eq!(parts.len(), PARTITIONS, "{parts:?}");
    assert!(parts.iter().all(|p| p.extension().is_some_and(|e| e == "nq")), "{parts:?}");
    let mut got = BTreeSet::new();
    let mut lines = 0;
    for p in &parts {
        lines += quads(&std::fs::read(p).expect("part"), &mut got);
    }
    assert_eq!(lines, got.len(), "no quad written twice");
    assert!(want.len() > 10 * ARTICLES, "{} quads", want.len());
    let missing: Vec<_> = want.difference(&got).take(5).collect();
    let extra: Vec<_> = got.difference(&want).take(5).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing from the job: {missing:#?}\nnot in ingest: {extra:#?}");

    // `newskg load` of the part files gives the very store ingest wrote, consolidated graph
    // included (the way spark/README.md tells users to go on).
    let loaded = dir.path().join("loaded");
    ok(newskg().args(["load", "--store"]).arg(&loaded).args(&parts));
    let reloaded = dump(&loaded);
    assert!(line_set(&reloaded) == line_set(&ingested), "the loaded store differs from the ingested one");

    // The report counts every article, the one failure, and names the bad record.
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(output.join("_newskg_report.json")).expect("report")).expect("JSON");
    assert_eq!(report["articles"], ARTICLES, "{report:#}");
    assert_eq!(report["records"], ARTICLES + 1, "{report:#}");
    assert_eq!(report["failed"], 1, "{report:#}");
    let partitions = report["partitions"].as_array().expect("partitions");
    assert_eq!(partitions.len(), PARTITIONS, "{report:#}");
    let errors: Vec<&str> =
        partitions.iter().flat_map(|p| p["errors"].as_array().unwrap()).filter_map(|e| e.as_str()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    // Named by its first characters (it has no id that parses) and newskg's reason.
    assert!(errors[0].starts_with("record ") && errors[0].contains("malformed JSON"), "{errors:?}");
    assert!(errors[0].contains(&bad[8..24]), "{errors:?}");
    assert!(partitions.iter().all(|p| p["seconds"].as_f64().is_some_and(|s| s > 0.0)), "{report:#}");
    assert!(stdout.contains(&format!("newskg job: {ARTICLES} articles, 1 failed")), "{stdout}");

    // Both workers ran tasks: each executor's log (work/APP/EXECUTOR/stderr) shows one finished.
    let mut executors = 0;
    for app in std::fs::read_dir(cluster.dir.path().join("work")).expect("work").flatten() {
        for exec in std::fs::read_dir(app.path()).expect("app").flatten() {
            let log = read(&exec.path().join("stderr"));
            assert!(log.contains("Finished task"), "executor {} ran no task:\n{log}", exec.path().display());
            executors += 1;
        }
    }
    assert_eq!(executors, 2);
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}
