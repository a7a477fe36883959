#!/usr/bin/env python3
"""Unit tests of eval/corpus/unread_dev.py on a throw-away git repository. run: python3 eval/corpus/test_unread_dev.py"""
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unread_dev.py")


def git(repo, *args):
    subprocess.run(["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", *args], check=True,
                   capture_output=True)


def add(repo, name):
    path = os.path.join(repo, "eval/corpus/dev", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").write("{}\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "add " + name)
    return subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


def run(repo, *args):
    return subprocess.run([sys.executable, SCRIPT, *args], cwd=repo, capture_output=True, text=True)


class UnreadDevTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.repo = self.tmp.name
        git(self.repo, "init", "-q")
        add(self.repo, "old-a.json")
        add(self.repo, "old-b.json")
        self.cutoff = add(self.repo, "new-c.json")   # the first commit whose dev files were not read
        add(self.repo, "new-d.json")

    def tearDown(self):
        self.tmp.cleanup()

    def test_splits_at_the_cutoff(self):
        unread = run(self.repo, "--cutoff", self.cutoff)
        read = run(self.repo, "--cutoff", self.cutoff, "--read")
        self.assertEqual(unread.returncode, 0, unread.stderr)
        self.assertEqual(unread.stdout.split(), ["eval/corpus/dev/new-c.json", "eval/corpus/dev/new-d.json"])
        self.assertEqual(read.stdout.split(), ["eval/corpus/dev/old-a.json", "eval/corpus/dev/old-b.json"])

    def test_a_file_edited_after_the_cutoff_stays_read(self):
        open(os.path.join(self.repo, "eval/corpus/dev/old-a.json"), "w").write('{"mended": true}\n')
        git(self.repo, "commit", "-q", "-am", "mend old-a")
        read = run(self.repo, "--cutoff", self.cutoff, "--read")
        self.assertIn("eval/corpus/dev/old-a.json", read.stdout.split())

    def test_copy_writes_the_listed_files(self):
        out = os.path.join(self.repo, "copy")
        run(self.repo, "--cutoff", self.cutoff, "--copy", out)
        self.assertEqual(sorted(os.listdir(out)), ["new-c.json", "new-d.json"])

    def test_an_uncommitted_file_is_an_error(self):
        open(os.path.join(self.repo, "eval/corpus/dev/loose.json"), "w").write("{}\n")
        r = run(self.repo, "--cutoff", self.cutoff)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("loose.json", r.stderr)


if __name__ == "__main__":
    unittest.main()
