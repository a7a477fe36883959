#!/usr/bin/env python3
"""The corpus dev articles whose misses no one has read while writing rules.

Through the nineteenth session, rule lanes read the misses of corpus train *and* dev; from the twentieth session
(batch 18, commit 9687c49) on they read train only, and dev was scored but its misses were not opened. So dev holds two
kinds of article: the 165 added before batch 18, on which the rules were fitted, and those added since, which are as
new to the extractor as the test split. This lists the second kind by asking git which commit first added each dev
file: a file counts as unread when that commit is not an ancestor of the cutoff's parent.

usage: python3 eval/corpus/unread_dev.py [--copy DIR] [--read] [--cutoff REV]
  prints one path per line (eval/corpus/dev/ID.json); --copy DIR also copies the files into DIR (created), ready for
  `python3 ../shared/eval/score.py --gold DIR` or eval/paired_bootstrap.py; --read lists the other kind instead.
Needs the repository's history (a full clone). Run from the repository root.
"""
import argparse
import os
import shutil
import subprocess
import sys

DEV = "eval/corpus/dev"
CUTOFF = "9687c49"  # the first commit of batch 18 (session 20): dev misses were not read from here on


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def first_added():
    """Path -> the commit that first added it, for every file under eval/corpus/dev that still exists."""
    out = git("log", "--diff-filter=A", "--format=commit %H", "--name-only", "--", DEV)
    added, commit = {}, None
    for line in out.splitlines():
        if line.startswith("commit "):
            commit = line.split()[1]
        elif line.strip() and commit:
            added[line.strip()] = commit  # git log is newest first: the last seen is the first addition
    return {p: c for p, c in added.items() if os.path.exists(p)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copy", metavar="DIR", help="copy the listed files into DIR")
    ap.add_argument("--read", action="store_true", help="list the dev files that were read instead")
    ap.add_argument("--cutoff", default=CUTOFF, help="first commit whose dev files were not read (default %(default)s)")
    a = ap.parse_args()
    try:
        before = set(git("rev-list", a.cutoff + "^").split())
    except subprocess.CalledProcessError as e:
        sys.exit(f"unread_dev.py: cannot read the history before {a.cutoff} ({e.stderr.strip()}); needs a full clone")
    added = first_added()
    on_disk = sorted(os.path.join(DEV, f) for f in os.listdir(DEV) if f.endswith(".json"))
    missing = [p for p in on_disk if p not in added]
    if missing:
        sys.exit(f"unread_dev.py: {len(missing)} dev file(s) not in the history (uncommitted?): {missing[0]}")
    chosen = [p for p in on_disk if (added[p] in before) == a.read]
    if a.copy:
        os.makedirs(a.copy, exist_ok=True)
        for p in chosen:
            shutil.copy(p, a.copy)
    print("\n".join(chosen))
    print(f"{len(chosen)} of {len(on_disk)} dev files ({'read' if a.read else 'unread'})", file=sys.stderr)


if __name__ == "__main__":
    main()
