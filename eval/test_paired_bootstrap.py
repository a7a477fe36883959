#!/usr/bin/env python3
"""Unit tests of eval/paired_bootstrap.py's arithmetic (made-up counts). run: python3 eval/test_paired_bootstrap.py"""
import contextlib, io, os, sys, tempfile, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paired_bootstrap as pb  # noqa: E402


def art(**cats):
    """counts per category: name=(tp_pred, n_pred, tp_gold, n_gold); unnamed main categories are 0/0."""
    out = {c: [0, 0, 0, 0] for c in pb.MAIN}
    out.update({c: list(v) for c, v in cats.items()})
    return out


class PairedBootstrapTest(unittest.TestCase):
    def test_f1_follows_the_scorers_conventions(self):
        self.assertEqual(pb.f1(0, 0, 0, 0), 1.0)  # nothing to find, nothing found
        self.assertEqual(pb.f1(0, 0, 0, 3), 0.0)  # nothing found of three
        self.assertEqual(pb.f1(0, 2, 0, 0), 0.0)  # two invented where there is nothing
        self.assertAlmostEqual(pb.f1(1, 2, 1, 4), 2 * 0.5 * 0.25 / 0.75)

    def test_counts_come_back_from_rounded_precision_and_recall(self):
        report = {"outages": {"p": 0.3333, "r": 0.6667, "f1": 0.4444, "pred": 3, "gold": 3},
                  "dates": {"p": 1.0, "r": 0.9667, "f1": 0.983, "pred": 29, "gold": 30},
                  "entities:Company": {"p": 1.0, "r": 1.0, "f1": 1.0, "pred": 1, "gold": 1}}
        got = pb.counts_of(report)
        self.assertEqual(got["outages"], [1, 3, 2, 3])
        self.assertEqual(got["dates"], [29, 29, 29, 30])
        self.assertNotIn("entities:Company", got)  # only the five main categories count

    def test_summed_counts_give_the_folder_macro(self):
        per = {"x": art(entities=(3, 4, 3, 5)), "y": art(entities=(1, 1, 1, 1), outages=(0, 1, 0, 0))}
        total = pb.summed(per, ["x", "y"])
        self.assertEqual(total["entities"], [4, 5, 4, 6])
        want = (pb.f1(4, 5, 4, 6) + 1.0 + 1.0 + 0.0 + 1.0) / 5
        self.assertAlmostEqual(pb.macro(total), want)

    def test_the_same_system_twice_differs_in_no_draw(self):
        per = {f"a{i}": art(entities=(i % 3, 3, i % 3, 4)) for i in range(12)}
        res = pb.bootstrap(per, per, sorted(per), samples=200, seed=3)
        self.assertEqual(res["macro"]["share_equal"], 1.0)
        self.assertEqual((res["macro"]["low"], res["macro"]["high"]), (0.0, 0.0))

    def test_a_system_better_on_every_article_is_better_in_every_draw(self):
        a = {f"a{i}": art(relations=(0, 2, 0, 2)) for i in range(10)}
        b = {f"a{i}": art(relations=(1, 2, 1, 2)) for i in range(10)}
        res = pb.bootstrap(a, b, sorted(a), samples=300, seed=5)
        self.assertGreater(res["macro"]["low"], 0.0)
        self.assertEqual(res["relations"]["share_b_better"], 1.0)

    def test_one_lucky_article_leaves_the_interval_wide(self):
        a = {f"a{i}": art() for i in range(20)}
        b = dict(a)
        a["a0"] = art(outages=(0, 1, 0, 1))
        b["a0"] = art(outages=(1, 1, 1, 1))
        res = pb.bootstrap(a, b, sorted(a), samples=500, seed=7)
        self.assertEqual(res["outages"]["low"], 0.0)  # drawn without a0 the systems are equal
        self.assertGreater(res["outages"]["high"], 0.9)


    def test_a_part_file_lists_ids_or_gold_paths(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write("# articles in dev at some commit\neval/corpus/dev/wn-a.json\nwp-b\n\n  # an indented note\n/tmp/x/c.json\n")
        try:
            self.assertEqual(pb.read_part(f.name), {"wn-a", "wp-b", "c"})
        finally:
            os.unlink(f.name)

    def test_a_part_reports_its_own_draws(self):
        a = {f"a{i}": art(outages=(1, 1, 1, 1)) for i in range(8)}
        b = dict(a)
        for i in range(4):  # B loses the outage of the first four articles only
            b[f"a{i}"] = art(outages=(0, 1, 0, 1))
        with contextlib.redirect_stdout(io.StringIO()) as out:
            old = pb.report(a, b, [f"a{i}" for i in range(4)], samples=100, seed=2)
            new = pb.report(a, b, [f"a{i}" for i in range(4, 8)], samples=100, seed=2)
        self.assertEqual(old["outages"]["high"], -1.0)  # every draw of the first part loses them all
        self.assertEqual(new["outages"]["share_equal"], 1.0)
        self.assertIn("4 articles, 100 paired draws", out.getvalue())

if __name__ == "__main__":
    unittest.main()
