#!/usr/bin/env python3
"""Unit tests of eval/swap_names.py (own made-up articles). run: python3 eval/test_swap_names.py"""
import json, os, re, signal, subprocess, sys, tempfile, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import swap_names as sn  # noqa: E402

BACKGROUND = ("The bank said the mobile network and the cloud service were down for hours. A regulator and a "
              "committee looked at the trade outage. Shares in the group fell; the company and its parent said "
              "nothing more on Tuesday.")


def article(text, entities, roles=(), relations=(), outages=(), dates=(), title=None):
    return {"id": "t", "source": "written for this test", "licence": "test", "attribution": "test",
            "published": "2031-05-06", "title": title, "text": text, "entities": list(entities),
            "roles": list(roles), "relations": list(relations), "outages": list(outages), "dates": list(dates)}


def ent(t, name, *aliases):
    return {"type": t, "name": name, "aliases": list(aliases)}


class SwapTest(unittest.TestCase):
    def swap(self, g, extra=()):
        sw = sn.Swapper([g["text"], BACKGROUND, *extra], seed=5)
        return sn.swap_article(g, sw, {"Company", "Service", "Organization", "Person"}), sw

    def test_names_aliases_text_and_references_change_together(self):
        g = article("Quorvex Holdings Ltd said on Monday its Quorvex Pay app failed. Quorvex's chief executive, "
                    "Wilma Ashgrove, apologised. Ashgrove said QUORVEX would refund users in Lisbon.",
                    [ent("Company", "Quorvex Holdings Ltd", "Quorvex"), ent("Service", "Quorvex Pay"),
                     ent("Person", "Wilma Ashgrove", "Ashgrove"), ent("Location", "Lisbon")],
                    roles=[{"person": "Wilma Ashgrove", "title": "ceo", "org": "Quorvex Holdings Ltd",
                            "current": True}],
                    relations=[{"s": "Quorvex Pay", "p": "provider", "o": "Quorvex Holdings Ltd"}],
                    outages=[{"provider": "Quorvex Holdings Ltd", "date": "2031-05-05", "affected": ["Quorvex Pay"],
                              "location": "Lisbon", "cause": "a Quorvex update"}],
                    dates=[{"text": "Monday", "value": "2031-05-05"}], title="Quorvex Pay down")
        s, _ = self.swap(g)
        company, service, person, place = s["entities"]
        self.assertNotIn("Quorvex", s["text"] + s["title"] + s["outages"][0]["cause"])
        self.assertNotIn("Ashgrove", s["text"])
        self.assertTrue(company["name"].endswith(" Holdings Ltd"))   # legal form and head kept
        new_short = company["aliases"][0]
        self.assertTrue(company["name"].startswith(new_short + " "))  # short form of the NEW name
        self.assertEqual(service["name"], new_short + " Pay")        # shared word, same replacement
        self.assertIn(new_short + "'s chief executive", s["text"])   # possessive kept
        self.assertIn(new_short.upper() + " would", s["text"])       # ALL-CAPS form follows
        self.assertEqual(person["aliases"][0], person["name"].split()[-1])
        self.assertEqual(place["name"], "Lisbon")
        self.assertIn("Lisbon", s["text"])
        self.assertEqual(s["roles"][0]["person"], person["name"])
        self.assertEqual(s["roles"][0]["org"], company["name"])
        self.assertEqual(s["relations"][0], {"s": service["name"], "p": "provider", "o": company["name"]})
        self.assertEqual(s["outages"][0]["provider"], company["name"])
        self.assertEqual(s["outages"][0]["affected"], [service["name"]])
        for e in s["entities"]:
            for f in [e["name"]] + e["aliases"]:
                self.assertIn(f, s["text"])

    def test_never_inside_another_word_and_longest_first(self):
        g = article("Tarnby Bank and Tarnbyville Council met. Tarnby said Tarnby Bank Online works.",
                    [ent("Company", "Tarnby Bank", "Tarnby"), ent("Organization", "Tarnbyville Council"),
                     ent("Service", "Tarnby Bank Online")])
        s, _ = self.swap(g)
        bank, council, online = s["entities"]
        self.assertIn(council["name"], s["text"])
        self.assertTrue(council["name"].endswith(" Council"))        # head noun kept
        self.assertNotIn("Tarnby", s["text"])
        self.assertIn(online["name"] + " works", s["text"])
        self.assertTrue(online["name"].startswith(bank["aliases"][0] + " Bank"))

    def test_acronym_alias_follows_the_new_initials(self):
        g = article("The Pellmore Trade Commission (PTC) fined a firm. The PTC said so.",
                    [ent("Organization", "Pellmore Trade Commission", "PTC")])
        s, _ = self.swap(g)
        e = s["entities"][0]
        self.assertTrue(e["name"].endswith(" Trade Commission"))
        self.assertEqual(e["aliases"][0], sn.initials(e["name"]))
        self.assertNotEqual(e["aliases"][0], "PTC")
        self.assertIn("(" + e["aliases"][0] + ")", s["text"])

    def test_place_words_in_a_name_and_common_only_names(self):
        g = article("Valdoria Airways flew from Valdoria. The Commission and the Federal Trade Commission met.",
                    [ent("Company", "Valdoria Airways"), ent("Location", "Valdoria"),
                     ent("Organization", "Commission"), ent("Organization", "Federal Trade Commission")])
        s, _ = self.swap(g, extra=["federal rules", "trade talks"])
        airline, place, bare, ftc = s["entities"]
        self.assertEqual(airline["name"], "Valdoria Airways")        # place + head: descriptive, kept
        self.assertEqual(bare["name"], "Commission")                 # a bare head noun stays
        self.assertNotEqual(ftc["name"], "Federal Trade Commission")  # common words only: first changes
        self.assertTrue(ftc["name"].endswith(" Trade Commission"))

    def test_deterministic_and_refuses_check_sets(self):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "gold")
            os.makedirs(src)
            g = article("Brellix Ltd hired Ona Vantree. Vantree starts today.",
                        [ent("Company", "Brellix Ltd", "Brellix"), ent("Person", "Ona Vantree", "Vantree")])
            with open(os.path.join(src, "t.json"), "w") as fh:
                json.dump(g, fh)
            outs = []
            for k in ("a", "b"):
                sn.main([src, os.path.join(d, k), "--vocab-from", src])
                with open(os.path.join(d, k, "t.json")) as fh:
                    outs.append(fh.read())
            self.assertEqual(outs[0], outs[1])
            self.assertNotIn("Brellix", outs[0].split('"swapped_names"')[0].split('"entities"')[1])
            with self.assertRaises(SystemExit):
                sn.main([os.path.join(d, "eval", "news-check"), os.path.join(d, "c")])

    def test_a_short_acronym_gets_a_new_form_when_every_form_of_its_length_is_taken(self):
        # every two-letter form the generator can make is already a word of the texts: the search must still
        # end (it once looped for ever on a corpus this large), with a longer form no text has
        letters = "BCDFGHKLMNPRSTVWZ"
        taken = " ".join(a + b for a in letters for b in letters)
        sw = sn.Swapper(["QX said on Monday it would sell its QX Radio arm.", taken], seed=5)

        def hung(*_):
            raise TimeoutError("new_word did not end within 10 s")

        # a search that never ends fails the test instead of hanging it
        signal.signal(signal.SIGALRM, hung)
        signal.alarm(10)
        try:
            new = sw.new_word("QX", "name")
        finally:
            signal.alarm(0)
        self.assertTrue(new.isupper() and len(new) > 2, new)
        self.assertNotIn(new.lower(), sw.all_words)
        self.assertEqual(sw.new_word("QX", "name"), new)


if __name__ == "__main__":
    unittest.main()
