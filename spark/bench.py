"""Articles per second, side by side: one `newskg extract --output nquads` process, and the Spark
job (spark/newskg_job.py) on a standalone cluster of 1, then 2 workers (1 core each) started here
on 127.0.0.1, over the same articles. All three outputs must hold the same quads.

Run from the project root with the venv scripts/setup.sh makes (it has pyspark):
  .runtime/spark-venv/bin/python spark/bench.py [--articles 400] [--partitions 4] [--newskg BIN]

The articles are the samples of data/ that are JSON already, again and again under new ids.
"wall" is from start to exit (for Spark: spark-submit, so JVM start and executor launch count);
"job" is the job's own time from its report (reading, shipping files, model loads, extraction,
writing).
"""

import argparse
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "newskg")


def write_articles(path, n):
    samples = []
    with open(os.path.join(ROOT, "data", "articles.jsonl")) as f:
        samples += [json.loads(line) for line in f if line.strip()]
    for name in sorted(glob.glob(os.path.join(ROOT, "data", "json", "*.json"))):
        with open(name) as f:
            v = json.load(f)
        samples += v if isinstance(v, list) else [v]
    with open(path, "w") as f:
        for i in range(n):
            a = dict(samples[i % len(samples)])
            a["id"] = "bench-%04d-%s" % (i, a["id"])
            f.write(json.dumps(a) + "\n")


class Cluster:
    """A standalone master and workers; every process group is killed by stop()."""

    def __init__(self, spark_home, python, scratch):
        self.home, self.python, self.dir = spark_home, python, scratch
        self.procs = []
        for sub in ("conf", "logs", "local", "work"):
            os.makedirs(os.path.join(scratch, sub), exist_ok=True)
        self.env = dict(
            os.environ,
            SPARK_HOME=spark_home,
            SPARK_CONF_DIR=os.path.join(scratch, "conf"),
            SPARK_LOG_DIR=os.path.join(scratch, "logs"),
            SPARK_LOCAL_DIRS=os.path.join(scratch, "local"),
            SPARK_LOCAL_IP="127.0.0.1",
            SPARK_DAEMON_MEMORY="256m",
            PYSPARK_PYTHON=python,
        )
        self.master_log = self.daemon(
            "master",
            ["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"],
        )
        line = self.wait_for(self.master_log, "Starting Spark master at ", 1)
        self.url = line.split("Starting Spark master at ")[1].strip()
        self.workers = 0

    def daemon(self, name, args):
        log = os.path.join(self.dir, "logs", name + ".log")
        with open(log, "w") as out:
            p = subprocess.Popen(
                [os.path.join(self.home, "bin", "spark-class")] + args,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=self.env,
                cwd=self.dir,
                start_new_session=True,
            )
        self.procs.append(p)
        return log

    def wait_for(self, log, needle, count, timeout=180):
        deadline = time.monotonic() + timeout
        while True:
            with open(log, errors="replace") as f:
                found = [line for line in f if needle in line]
            if len(found) >= count:
                return found[count - 1]
            if time.monotonic() > deadline:
                raise RuntimeError("no %r (x%d) in %s after %d s" % (needle, count, log, timeout))
            time.sleep(0.2)

    def add_worker(self):
        self.workers += 1
        self.daemon(
            "worker%d" % self.workers,
            [
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                "1",
                "--memory",
                "1g",
                "--work-dir",
                os.path.join(self.dir, "work"),
                "--webui-port",
                "0",
                self.url,
            ],
        )
        self.wait_for(self.master_log, "Registering worker", self.workers)

    def submit(self, job_args, cores, output):
        cmd = [
            os.path.join(self.home, "bin", "spark-submit"),
            "--master", self.url,
            "--driver-memory", "512m",
            "--executor-memory", "512m",
            "--total-executor-cores", str(cores),
            "--executor-cores", "1",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.driver.host=127.0.0.1",
            "--conf", "spark.driver.bindAddress=127.0.0.1",
            "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
            "--conf", "spark.pyspark.python=" + self.python,
            os.path.join(ROOT, "spark", "newskg_job.py"),
        ] + job_args + [output]  # fmt: skip
        log = os.path.join(self.dir, "logs", "submit-%d.log" % cores)
        started = time.monotonic()
        with open(log, "w") as err:
            p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=self.env, start_new_session=True)
            self.procs.append(p)
            code = p.wait()
        wall = time.monotonic() - started
        if code != 0:
            raise RuntimeError("spark-submit exited %d; see %s" % (code, log))
        with open(os.path.join(output, "_newskg_report.json")) as f:
            return wall, json.load(f)

    def stop(self):
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()


def quad_lines(paths):
    lines = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines.update(line for line in f if line.strip())
    return lines


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=400)
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--newskg", default=default_binary(), help="the newskg binary [default: %(default)s]")
    args = p.parse_args()
    import pyspark

    spark_home = os.path.dirname(pyspark.__file__)
    scratch = tempfile.mkdtemp(prefix="newskg-spark-bench-")
    cluster = None
    try:
        articles = os.path.join(scratch, "articles.jsonl")
        write_articles(articles, args.articles)
        load = os.getloadavg()[0]
        rows = []

        one = os.path.join(scratch, "one.nq")
        started = time.monotonic()
        with open(articles, "rb") as stdin, open(one, "wb") as stdout:
            subprocess.run(
                [args.newskg, "extract", "--output", "nquads", "--models", os.path.join(ROOT, "models"),
                 "--ort-lib", os.path.join(ROOT, ".runtime", "libonnxruntime.so"), "-"],
                stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL, check=True,
            )  # fmt: skip
        rows.append(("1 newskg process", time.monotonic() - started, None))
        want = quad_lines([one])

        cluster = Cluster(spark_home, sys.executable, os.path.join(scratch, "cluster"))
        job_args = [
            "--newskg", args.newskg,
            "--models", os.path.join(ROOT, "models"),
            "--ort-lib", os.path.join(ROOT, ".runtime", "libonnxruntime.so"),
            "--partitions", str(args.partitions),
            articles,
        ]  # fmt: skip
        for workers in (1, 2):
            cluster.add_worker()
            output = os.path.join(scratch, "out-%d" % workers)
            wall, report = cluster.submit(job_args, workers, output)
            got = quad_lines(glob.glob(os.path.join(output, "part-*.nq")))
            if got != want or report["articles"] != args.articles:
                raise RuntimeError("Spark with %d worker(s) wrote other quads than one process" % workers)
            label = "Spark job, 1 worker, 1 core" if workers == 1 else "Spark job, %d workers, 1 core each" % workers
            rows.append((label, wall, report["seconds"]))
    finally:
        if cluster:
            cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    print(
        "newskg Spark bench: %d articles, %d partitions, %d cores, load average %.1f at start"
        % (args.articles, args.partitions, os.cpu_count(), load)
    )
    print("%-36s %8s %12s %8s %12s" % ("run", "wall s", "articles/s", "job s", "articles/s"))
    for label, wall, job in rows:
        print(
            "%-36s %8.1f %12.1f %8s %12s"
            % (
                label,
                wall,
                args.articles / wall,
                "%.1f" % job if job else "-",
                "%.1f" % (args.articles / job) if job else "-",
            )
        )
    print("(all three outputs hold the same %d quads)" % len(want))


if __name__ == "__main__":
    main()
