"""Extraction fanned out on Apache Spark: JSONL articles in, one N-Quads file per partition out.

Each partition's records are piped through one `newskg extract --output nquads -` process, which
loads the model once and writes the N-Quads of every article graph, exactly as `newskg ingest`
would store them. The newskg binary, the model folder and the ONNX Runtime library reach the
executors through Spark's own file distribution (SparkContext.addFile / addArchive, or
spark-submit --files / --archives) and are found there with SparkFiles.

Output (OUTPUT is any path Spark can write: a local folder, hdfs://, s3a://, ...):
  OUTPUT/part-00000.nq ...      the quads of the articles of each partition
  OUTPUT/_newskg_report.json    articles, failures and seconds per partition, and the totals
  OUTPUT/_SUCCESS               Hadoop's marker that the job committed
Bad records (malformed JSON, an article newskg refuses) are counted and named in the report; the
job goes on. A partition whose newskg process fails as a whole (exit 2, a crash) fails its task,
which Spark retries and, past spark.task.maxFailures, fails the job.

Example (see spark/README.md):
  spark-submit spark/newskg_job.py --newskg target/release/newskg --models models \\
      --ort-lib .runtime/libonnxruntime.so --partitions 8 articles/*.jsonl out/
"""

import argparse
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from urllib.parse import urlparse

from pyspark import SparkContext, SparkFiles, TaskContext
from pyspark.accumulators import AccumulatorParam

REPORT_NAME = "_newskg_report.json"
# Error messages kept per partition in the report (all failures are counted).
MAX_ERRORS_KEPT = 50
# `newskg: <stdin>:LINE: reason`, the way newskg names a bad record of its standard input.
STDIN_ERROR = re.compile(r"^newskg: <stdin>:(\d+): (.*)$")


class PartitionStats(AccumulatorParam):
    """Per-partition statistics keyed by partition index: a retried task replaces its entry."""

    def zero(self, value):
        return {}

    def addInPlace(self, a, b):
        a.update(b)
        return a


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="newskg_job.py",
        description="Run `newskg extract --output nquads` over JSONL articles on a Spark cluster.",
        epilog="Arguments after `--` are passed to `newskg extract` as they are (e.g. -- --base "
        "https://news.example/kg/). FILE arguments: a local path or a URL (hdfs://, s3a://, "
        "https://) is shipped by the job; a bare name is taken as already shipped with "
        "spark-submit --files / --archives.",
    )
    p.add_argument("input", help="JSONL article file(s): any path or glob Spark can read")
    p.add_argument("output", help="output folder (must not exist): part-NNNNN.nq and " + REPORT_NAME)
    p.add_argument("--newskg", required=True, metavar="FILE", help="the newskg binary for the executors")
    p.add_argument(
        "--models",
        metavar="DIR|ARCHIVE",
        help="the model folder (shipped as an archive) or an archive of it (.tar, .tar.gz, .tgz, .zip)",
    )
    p.add_argument("--ort-lib", metavar="FILE", help="libonnxruntime.so for the executors")
    p.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="deal the records round-robin into N partitions (one newskg process each); "
        "default: the input's own splits",
    )
    own, extract_args = (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    args = p.parse_args(own)
    args.extract_args = extract_args
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    return args


def has_scheme(spec):
    return len(urlparse(spec).scheme) > 1


def ship_file(sc, spec):
    """Ships a file to every executor; returns the name SparkFiles knows it by there."""
    if has_scheme(spec) or os.path.exists(spec):
        sc.addFile(spec if has_scheme(spec) else os.path.abspath(spec))
        return os.path.basename(urlparse(spec).path)
    return spec


def ship_models(sc, spec, scratch):
    """Ships the model folder as an archive (a folder is packed first, uncompressed); returns the
    name of the unpacked folder on the executors."""
    name = "newskg-models"
    if has_scheme(spec) or os.path.isfile(spec):
        sc.addArchive((spec if has_scheme(spec) else os.path.abspath(spec)) + "#" + name)
        return name
    if os.path.isdir(spec):
        archive = os.path.join(scratch, "newskg-models.tar")
        with tarfile.open(archive, "w") as tar:
            for entry in sorted(os.listdir(spec)):
                tar.add(os.path.join(spec, entry), arcname=entry)
        sc.addArchive(archive + "#" + name)
        return name
    return spec


def model_dir(unpacked):
    """The folder holding the model files: the unpacked archive itself, or its one subfolder
    (an archive made with `tar czf models.tar.gz models`)."""
    if os.path.exists(os.path.join(unpacked, "labels.json")):
        return unpacked
    subs = [e for e in os.listdir(unpacked) if os.path.isdir(os.path.join(unpacked, e))]
    return os.path.join(unpacked, subs[0]) if len(subs) == 1 else unpacked


def executable(path):
    """The shipped binary, made executable: in place if this user may, else as a private copy
    (a file localised read-only, as YARN may do)."""
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, 0o755)
        return path
    except OSError:
        # One copy per executor (its working folder), made under a private name and renamed, so
        # that tasks running side by side never see half a file.
        folder = os.path.join(os.getcwd(), "newskg-bin")
        os.makedirs(folder, exist_ok=True)
        copy = os.path.join(folder, os.path.basename(path))
        if not os.access(copy, os.X_OK):
            fd, tmp = tempfile.mkstemp(dir=folder)
            os.close(fd)
            shutil.copyfile(path, tmp)
            os.chmod(tmp, 0o755)
            os.replace(tmp, copy)
        return copy


def record_label(line):
    """A short name for a record in the report: its id when it parses, else its first characters."""
    try:
        rid = json.loads(line).get("id")
        if isinstance(rid, str) and rid:
            return "id " + json.dumps(rid[:80])
    except (ValueError, AttributeError):
        pass
    return "record " + json.dumps(line[:60] + ("..." if len(line) > 60 else ""))


def graph_of(quad_line):
    """The graph IRI of an N-Quads line (its last IRI: an IRI cannot hold '<'), or None."""
    end = quad_line.rstrip().rstrip(".").rstrip()
    if not end.endswith(">"):
        return None
    return end[end.rfind("<") + 1 : -1]


def make_runner(names, extract_args, stats):
    """The function run on each partition, closed over what it needs on the executor."""

    def run(index, records):
        records = iter(records)
        first = next((r for r in records if r.strip()), None)
        if first is None:
            return
        binary = executable(SparkFiles.get(names["newskg"]))
        cmd = [binary, "extract", "--output", "nquads"]
        if names.get("models"):
            cmd += ["--models", model_dir(SparkFiles.get(names["models"]))]
        if names.get("ort_lib"):
            cmd += ["--ort-lib", SparkFiles.get(names["ort_lib"])]
        cmd += list(extract_args) + ["-"]
        env = dict(os.environ)
        ctx = TaskContext.get()
        # newskg's own threads (rayon) to the task's share of the executor.
        env["RAYON_NUM_THREADS"] = str(max(1, ctx.cpus() if ctx else 1))
        started = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        fed = []  # what each stdin line was, to name bad records

        def feed():
            try:
                for r in itertools.chain([first], records):
                    if r.strip():
                        fed.append(record_label(r))
                        proc.stdin.write((r.rstrip("\n") + "\n").encode())
            except BrokenPipeError:
                pass
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        errors, other = [], []
        failed = [0]

        def drain_stderr():
            for raw in proc.stderr:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                m = STDIN_ERROR.match(line)
                if m:
                    failed[0] += 1
                    if len(errors) < MAX_ERRORS_KEPT:
                        errors.append((int(m.group(1)), m.group(2)))
                elif len(other) < MAX_ERRORS_KEPT:
                    other.append(line)

        feeder = threading.Thread(target=feed, daemon=True)
        drainer = threading.Thread(target=drain_stderr, daemon=True)
        feeder.start()
        drainer.start()
        graphs, quads = set(), 0
        try:
            for raw in proc.stdout:
                line = raw.decode("utf-8").rstrip("\n")
                if not line:
                    continue
                quads += 1
                g = graph_of(line)
                if g is not None:
                    graphs.add(g)
                yield line
            code = proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        feeder.join()
        drainer.join()
        if code not in (0, 1):
            raise RuntimeError(
                "newskg extract failed on partition %d (exit %d): %s" % (index, code, " | ".join(other))
            )
        named = []
        for line_no, reason in errors:
            what = fed[line_no - 1] if 0 < line_no <= len(fed) else "line %d" % line_no
            named.append("%s: %s" % (what, reason))
        stats.add(
            {
                index: {
                    "partition": index,
                    "records": len(fed),
                    "articles": len(graphs),
                    "failed": failed[0],
                    "quads": quads,
                    "seconds": round(time.monotonic() - started, 3),
                    "host": socket.gethostname(),
                    "errors": named,
                }
            }
        )

    return run


def spread(lines, n):
    """The records dealt round-robin into n partitions. (RDD.repartition deals PySpark's pickled
    batches of up to 10 records, which leaves small inputs lopsided.) The deal is a function of
    each record's place in its input partition, so a recomputed partition gets the same records."""

    def keyed(index, records):
        for position, record in enumerate(r for r in records if r.strip()):
            yield index + position, record

    return lines.mapPartitionsWithIndex(keyed).partitionBy(n, lambda k: k % n).values()


def hadoop_fs(sc, path):
    jvm = sc._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(sc._jsc.hadoopConfiguration()), p


def finish_output(sc, output, report):
    """Renames part-NNNNN to part-NNNNN.nq and writes the report beside them."""
    jvm = sc._jvm
    fs, out = hadoop_fs(sc, output)
    for status in fs.listStatus(out):
        name = status.getPath().getName()
        if name.startswith("part-") and not name.endswith(".nq"):
            fs.rename(status.getPath(), jvm.org.apache.hadoop.fs.Path(out, name + ".nq"))
    stream = fs.create(jvm.org.apache.hadoop.fs.Path(out, REPORT_NAME), True)
    stream.write(bytearray(json.dumps(report, indent=1).encode()))
    stream.close()


def main(argv):
    args = parse_args(argv)
    sc = SparkContext.getOrCreate()
    scratch = tempfile.mkdtemp(prefix="newskg-job-")
    try:
        names = {"newskg": ship_file(sc, args.newskg)}
        if args.models:
            names["models"] = ship_models(sc, args.models, scratch)
        if args.ort_lib:
            names["ort_lib"] = ship_file(sc, args.ort_lib)
        stats = sc.accumulator({}, PartitionStats())
        started = time.monotonic()
        lines = sc.textFile(args.input)
        if args.partitions:
            lines = spread(lines, args.partitions)
        runner = make_runner(names, args.extract_args, stats)
        lines.mapPartitionsWithIndex(runner).saveAsTextFile(args.output)
        seconds = time.monotonic() - started
        parts = [stats.value[i] for i in sorted(stats.value)]
        articles = sum(p["articles"] for p in parts)
        report = {
            "input": args.input,
            "output": args.output,
            "partitions": parts,
            "records": sum(p["records"] for p in parts),
            "articles": articles,
            "failed": sum(p["failed"] for p in parts),
            "quads": sum(p["quads"] for p in parts),
            "seconds": round(seconds, 3),
            "articles_per_second": round(articles / seconds, 2) if seconds > 0 else None,
        }
        finish_output(sc, args.output, report)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("partition  records  articles  failed     quads  seconds  host")
    for p in report["partitions"]:
        print(
            "%9d %8d %9d %7d %9d %8.1f  %s"
            % (p["partition"], p["records"], p["articles"], p["failed"], p["quads"], p["seconds"], p["host"])
        )
        for e in p["errors"]:
            print("          bad record: %s" % e)
    print(
        "newskg job: %d articles, %d failed, %d quads in %.1f s (%.2f articles/s); report: %s/%s"
        % (
            report["articles"],
            report["failed"],
            report["quads"],
            report["seconds"],
            report["articles_per_second"] or 0,
            args.output.rstrip("/"),
            REPORT_NAME,
        )
    )
    sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
