#!/usr/bin/env python3
"""Batch 58o (session 55, gatherer 58o): two US federal releases of the Justice Department's Office of Public Affairs
on government contractors and their corporate families, each on a matter new to the corpus -- the release of August
2015 that U.S. Investigations Services Inc. (USIS) 'and its parent company, Altegrity' agreed to forgo at least $30
million they claimed the U.S. Office of Personnel Management (OPM) owed them, to settle False Claims Act allegations
that USIS released background investigations to OPM as complete without the contractually required quality reviews
('dumping' or 'flushing', March 2008 - September 2012; USIS provided background investigations services for OPM from
its privatization in 1996 until September 2014); the release of 10 August 2017 that the Virginia Beach, Virginia-based
defense contractor ADS Inc. 'and its subsidiaries' agreed to pay the United States $16 million to settle allegations of
fraudulently obtained small business set-aside contracts and bid rigging (Chad A. Readler, Acting Assistant Attorney
General of the Civil Division, quoted) -- both on justice.gov (US federal government works, 17 U.S.C. 105), a round
of session 55 in the DOJ company-case lane after 58f, 57r, 57i, 57e, 56o, 56i, 56d, 55ze, 55y, 55u, 55q, 55m, 55k, 55d
and 55c:
  - U.S. Department of Justice, Office of Public Affairs, 'U.S. Investigations Services Agrees to Forego at Least $30
    Million to Settle False Claims Act Allegations' (August 2015; the excerpt shows no date line: `published`
    2015-08-19, a Wednesday, from the dates third parties give -- doubtful), justice.gov
    opa/pr/us-investigations-services-agrees-forego-least-30-million-settle-false-claims-act-allegations;
  - U.S. Department of Justice, Office of Public Affairs, 'Defense Contractor ADS Inc. Agrees to Pay $16 Million to
    Settle False Claims Act Allegations Concerning Fraudulently Obtained Small Business Contracts' (Thursday, 10 August
    2017; no date line in the excerpt either: `published` from third parties' dates), justice.gov
    opa/pr/defense-contractor-ads-inc-agrees-pay-16-million-settle-false-claims-act-allegations.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather59o/src by /tmp/gather59o/mk_src.py; `verify()` checks that each kept paragraph and each title
occur in the saved excerpt, whitespace runs compared as one space, 57r's and 58f's). Page chrome and header lines are
left out (USIS: 'Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs' and the
sub-heading 'Contractor Allegedly Failed to Perform Required Quality Control Reviews on Contracts for Background
Investigations with the U.S. Office of Personnel Management'; ADS: 'Press Release', 'For Immediate Release', 'Office
of Public Affairs'); the two headlines are kept as `title`; the paragraphs are the store's blocks, joined by a blank
line (ADS's single line breaks read as paragraph breaks); the trailing spaces after USIS's first paragraph are dropped,
the double spaces between its sentences kept as the page has them; each text cut at the end of the last full sentence
before the store's excerpt breaks off (USIS after its second paragraph, before '\u201cShortcuts taken by any c'; ADS
inside its third paragraph after '... by misrepresenting eligibility requirements.', before 'The purported small
businesses affiliated with ADS include Mythics Inc., London Bridge Trading Co. Ltd., as well as MJL Enterprises LLC,
which falsely claimed to be an eligible service-disabled veteran-owned c'); no word added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch58o.py [POOL_DIR] [--dry]   (default /tmp/gather59o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather59o/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rilF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather59 and the "
         "session's pools /tmp/gather59*/pool (claimed as 58o before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59o/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- U.S. Investigations Services Inc. (USIS) and its parent Altegrity, DOJ Office of Public Affairs, August 2015 ----
U1 = ("https://www.justice.gov/opa/pr/us-investigations-services-agrees-forego-least-30-million-settle-false-claims-"
      "act-allegations")
T1 = "U.S. Investigations Services Agrees to Forego at Least $30 Million to Settle False Claims Act Allegations"
P1 = [
 "The Justice Department announced today that U.S. Investigations Services Inc. (USIS) and its parent company, "
 "Altegrity, have agreed to settle allegations that USIS violated the False Claims Act (FCA) for conduct involving a "
 "contract for background investigations that USIS held with the U.S. Office of Personnel Management (OPM).  The "
 "companies have agreed to forgo their right to collect payments that they claim were owed by OPM, valued at least at "
 "$30 million, in exchange for a release of liability under the FCA.  USIS and Altegrity are headquartered in "
 "Northern Virginia.",
 "From its privatization in 1996 until September 2014, USIS provided background investigations services for OPM "
 "under various fieldwork contracts.  The government alleged that beginning in at least March 2008 and continuing "
 "through at least September 2012, USIS deliberately circumvented contractually required quality reviews of "
 "completed background investigations in order to increase the company\u2019s revenues and profits.  Specifically, "
 "USIS allegedly devised a practice referred to internally as \u201cdumping\u201d or \u201cflushing,\u201d which "
 "involved releasing cases to OPM and representing them as complete when, in fact, not all the reports of "
 "investigations comprising those cases had received a contractually-required quality review.  The government "
 "contended that, relying upon USIS\u2019 false representations, OPM issued payments and contract incentives to USIS "
 "that it would not otherwise have issued had OPM been aware that the background investigations had not gone through "
 "the quality review process required by the contracts."]
ID1 = "us-doj-opa-us-investigations-services-usis-altegrity-opm-background-investigations-false-claims-2015"
KEPT[ID1] = ("usis-altegrity-opa-2015.txt", T1, P1)
R.append(federal(
 ID1, U1, "2015-08-19", T1, "\n\n".join(P1),
 "government contracting/background investigations",
 "legal,False Claims Act,government contractor,background investigations,settlement,parent company,OPM",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2015-08-19, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on the False Claims Act settlement of U.S. Investigations Services Inc. (USIS) "
 "and its parent Altegrity (justice.gov opa/pr/..., the newer 'Press Release' page layout): the Department's own "
 "page, not a copy by a third party (the bespacific, constantinecannon, chanler and whistleblowersblog copies and the "
 "defensedaily, federalnewsnetwork and legalnewsline stories left alone). `published` 2015-08-19 is **doubtful**: the "
 "excerpt shows no date line (the store's excerpt begins with the page chrome and the date sits below what it holds); "
 "constantinecannon's post of Friday 21 August 2015 says the companies agreed 'On Wednesday', chanler's post of 20 "
 "August 2015 says the Department announced it 'yesterday' and defensedaily says 'announced Wednesday' (19 August "
 "2015 was a Wednesday: checked), while federalnewsnetwork gives 'Aug. 18' -- the day most sources give is taken. "
 "Left out of the text: 'Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs' "
 "and the sub-heading 'Contractor Allegedly Failed to Perform Required Quality Control Reviews on Contracts for "
 "Background Investigations with the U.S. Office of Personnel Management'. The headline is `title`, as written "
 "('Forego'; the text has 'forgo'). Cut after the second paragraph ('... required by the contracts.'), before "
 "'\u201cShortcuts taken by any c' (the excerpt breaks off inside the quotation, before its speaker is named): "
 "`truncated`. The three trailing spaces after the first paragraph are dropped; the double spaces between sentences "
 "kept as the page has them. Kept as written: 'valued at least at $30 million', 'contractually-required' (hyphen) "
 "beside 'contractually required', 'USIS\u2019 false representations' (curly apostrophe, no s), the curly quotation "
 "marks around 'dumping' and 'flushing,'. One text per matter (United States ex rel. Percival v. U.S. Investigations "
 "Services, the OPM background-investigation quality-review case, settled within Altegrity's Chapter 11 case; the "
 "relator is in third-party copies only). Found with query 13 ('U.S. Investigations Services USIS and its parent "
 "company Altegrity agree to settle False Claims Act allegations background investigations Office of Personnel "
 "Management', rank 1), after query 12 brought the matter's name in whistleblowersblog's digest. " + CHECK +
 "'Altegrity', 'U.S. Investigations Services', 'Percival', 'Office of Personnel Management', "
 "'us-investigations-services-agrees': 0; 'Mizer' (the quotation's speaker, not in the kept text) only in 54zr's "
 "Life Care Centers text (test) and its scripts (another matter).",
 True))

# ---- ADS Inc. and its subsidiaries, DOJ Office of Public Affairs, 10 August 2017 -------------------------------------
U2 = "https://www.justice.gov/opa/pr/defense-contractor-ads-inc-agrees-pay-16-million-settle-false-claims-act-allegations"
T2 = ("Defense Contractor ADS Inc. Agrees to Pay $16 Million to Settle False Claims Act Allegations Concerning "
      "Fraudulently Obtained Small Business Contracts")
P2 = [
 "Virginia Beach, Virginia-based contractor ADS Inc. and its subsidiaries have agreed to pay the United States $16 "
 "million to settle allegations that they violated the False Claims Act by knowingly conspiring with and causing "
 "purported small businesses to submit false claims for payment in connection with fraudulently obtained small "
 "business contracts, the Department of Justice announced today. The settlement further resolves allegations that "
 "ADS engaged in improper bid rigging relating to certain of the fraudulently obtained contracts. The settlement with "
 "ADS ranks as one of the largest recoveries involving alleged fraud in connection with small business contracting "
 "eligibility.",
 "\u201cSmall or disadvantaged businesses serve as important engines of economic growth, and the United States "
 "utilizes small business set-aside contracts to aide those businesses in their development,\u201d said Acting "
 "Assistant Attorney General Chad A. Readler of the Justice Department\u2019s Civil Division. \u201cWhen ineligible "
 "companies improperly obtain set-aside contracts, they prevent the small business community from receiving the "
 "assistance that Congress intended.\u201d",
 "In order to qualify as a small business, companies must meet defined eligibility criteria, including requirements "
 "concerning size, ownership, and operational control. The settlement with ADS resolves allegations that ADS, "
 "together with several purported small businesses that it controlled, fraudulently induced the government to award "
 "certain small business set-aside contracts by misrepresenting eligibility requirements."]
ID2 = "us-doj-opa-ads-inc-subsidiaries-small-business-set-aside-false-claims-settlement-2017"
KEPT[ID2] = ("ads-inc-opa-2017.txt", T2, P2)
R.append(federal(
 ID2, U2, "2017-08-10", T2, "\n\n".join(P2),
 "defense contracting", "legal,False Claims Act,government contractor,small business contracts,bid rigging,settlement",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2017-08-10, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on ADS Inc.'s False Claims Act settlement (justice.gov opa/pr/..., the newer "
 "'Press Release' page layout): the Department's own page, not a copy by a third party (the hoyerlawgroup, "
 "falseclaimscounsel, brokernewswire and thefirearmblog copies and the wavy/AP, mcclatchydc and pilotonline stories "
 "left alone). `published` 2017-08-10: the excerpt shows no date line; falseclaimscounsel ('On August 10, the "
 "Department of Justice announced') and thefirearmblog ('Announced on August 10th') give the day, and the AP story "
 "of 11 August 2017 says the Department announced it 'on Thursday' (10 August 2017 was a Thursday: checked). Left "
 "out of the text: 'Press Release', 'For Immediate Release', 'Office of Public Affairs'. The headline is `title`, as "
 "written. The store's single line breaks read as paragraph breaks (one blank line). Cut inside the third paragraph "
 "after its second sentence ('... by misrepresenting eligibility requirements.'), before 'The purported small "
 "businesses affiliated with ADS include Mythics Inc., London Bridge Trading Co. Ltd., as well as MJL Enterprises LLC, "
 "which falsely claimed to be an eligible service-disabled veteran-owned c' (the excerpt breaks off mid-word): "
 "`truncated` -- so the affiliates' names are not in the text. Kept as written: 'Virginia Beach, Virginia-based "
 "contractor', 'to aide those businesses' (sic), 'Justice Department\u2019s' (curly apostrophe), the curly quotation "
 "marks. No dateline. One text per matter (United States ex rel. Ameliorate Partners v. ADS Inc., the small business "
 "set-aside case; the relator is in third-party copies only). Found with query 20 ('Virginia Beach contractor ADS "
 "Inc. and its subsidiaries agree to pay $16 million False Claims Act small business set-aside contracts', rank 6), "
 "after query 12 brought the matter's name in hoyerlawgroup's list. " + CHECK + "'Mythics', 'Readler', 'London "
 "Bridge Trading', 'MJL Enterprises', 'Karda', 'defense-contractor-ads': 0; 'ADS' as a word only in an FCC "
 "assignment letter (train; a file-number suffix, another matter).",
 True))


def _norm(s):
    return " ".join(s.split())


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text), whitespace runs compared
    as one space; returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in ([title] if title else []) + paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
