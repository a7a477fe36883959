#!/usr/bin/env python3
"""Batch 54zm (session 55, gatherer 54zm): two US federal texts on company cases of the Justice Department -- the
Western District of Washington's release on Amgen Inc. agreeing to pay $762.1 million to resolve criminal and civil
liability over the misbranding of certain drugs (19 December 2012, as the FBI's archived Seattle field-office pages
carry it on fbi.gov); the Office of Public Affairs' release on AU Optronics Corporation sentenced to a $500 million
criminal fine for the LCD price-fixing conspiracy, with 'its American subsidiary, AU Optronics Corporation America'
(20 September 2012, justice.gov) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ
company-case lane after 54zh (and 54zc, 54x, 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters
new to the corpus (every name and address checked first against the corpus files, GATHERING.md, the gather scripts, the
notes of /work/notes and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Attorney's Office, Western District of Washington, 'Amgen Inc. to Pay More Than $762 Million to Resolve
    Illegal Marketing Allegations' (19 December 2012): Amgen Inc., Jenny A. Durkan, Main Justice (fbi.gov's
    'seattle/press-releases/2012/amgen-inc.-to-pay-more-than-762-million-to-resolve-illegal-marketing-allegations');
  - U.S. Department of Justice, Office of Public Affairs, 'Taiwan-Based AU Optronics Corporation Sentenced to Pay $500
    Million Criminal Fine for Role in LCD Price-Fixing Conspiracy' (20 September 2012): AU Optronics Corporation, AU
    Optronics Corporation America, Judge Susan Illston, Scott D. Hammond, the Department of Justice, the Antitrust
    Division (justice.gov's 'opa/pr/taiwan-based-au-optronics-corporation-sentenced-pay-500-million-criminal-fine-role-
    lcd-price').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55zm/src
by /tmp/gather55zm/save_src.py; `verify()` checks that each kept paragraph and each title occur in its saved excerpt,
whitespace runs compared as one space -- the AU Optronics headline is broken over two lines in the store). Page chrome
(fbi.gov's breadcrumb, 'Info' and archive notice, the heading repeated, the subheading, the office/date and phone lines;
justice.gov's 'Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs' and the
release's subheading) and the headlines (kept as `title`) are left out; no word added or changed; the store's
paragraphs joined by a blank line; each text cut at the last full sentence before the store's excerpt breaks off (the
Amgen text at the end of its second paragraph, before an unattributed quotation that breaks off; the AU Optronics text
inside its third paragraph, after the quotation's attribution). Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch54zm.py [POOL_DIR] [--dry]   (default /tmp/gather55zm/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55zm/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -li over train, dev, "
         "test), GATHERING.md, every gather script, the notes of /work/notes and the session-55 pools "
         "/tmp/gather55*/pool and src: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zm/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Amgen Inc., USAO Western District of Washington, 19 December 2012 (FBI Seattle archived page) -------------------
U1 = ("https://www.fbi.gov/seattle/press-releases/2012/"
      "amgen-inc.-to-pay-more-than-762-million-to-resolve-illegal-marketing-allegations")
T1 = "Amgen Inc. to Pay More Than $762 Million to Resolve Illegal Marketing Allegations"
P1 = [
 "SEATTLE\u2014American biotechnology giant Amgen Inc. (Amgen) has entered into a settlement with the United States in "
 "which it has agreed to pay $762.1 million to resolve criminal and civil liability arising from its misbranding of "
 "certain drugs, U.S. Attorney Jenny A. Durkan announced today. A key portion of the case was filed in the Western "
 "District of Washington over claims that Amgen provided incomplete information to a drug compendia, about the use of "
 "a drug to treat anemia in cancer patients. The qui tam lawsuit, filed in Seattle was unsealed today as part of the "
 "settlement. The settlement represents the single largest criminal and civil fraud settlement involving a "
 "biotechnology company in U.S. history.",
 "\u201cThis sends a powerful message to pharma companies: you must not put profits ahead of patients\u2019 health and "
 "doctors\u2019 trust. Drugs should be prescribed because they make people better, not because they make companies "
 "money,\u201d said U.S. Attorney Jenny A. Durkan, Western District of Washington. \u201cThe coordination by our office, "
 "the U.S. Attorney\u2019s Offices in the Eastern District of New York and Massachusetts, and Main Justice also shows "
 "that there is no corner of the country where these actors can hide.\u201d"]
ID1 = "us-doj-usao-wdwa-amgen-pays-762-million-misbranding-settlement-fbi-seattle-2012"
KEPT[ID1] = ("amgen-usao-wdwa-fbi-seattle-2012.txt", T1, P1)
R.append(federal(
 ID1, U1, "2012-12-19", T1, "\n\n".join(P1),
 "pharmaceuticals", "legal,pharmaceuticals,biotechnology,misbranding",
 "U.S. Department of Justice, U.S. Attorney's Office, Western District of Washington, press release '" + T1 + "', "
 "2012-12-19, as the Federal Bureau of Investigation's archived Seattle field-office pages carry it on fbi.gov, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (U.S. Attorney's Office, Western District of Washington) as the FBI's archived "
 "Seattle pages carry it, from the search tool page store",
 "The Western District of Washington's release as the FBI's archived Seattle press-release pages carry it (the page "
 "says 'U.S. Attorney\u2019s Office December 19, 2012' and 'Western District of Washington (206) 553-7970'; the host is "
 "fbi.gov, as 54x's Pharmacia & Upjohn text on the FBI's archived Boston pages -- a federal copy of the office's own "
 "release). `title` is the page's heading (also the breadcrumb's last item). Left out: the breadcrumb 'Home Seattle "
 "Press Releases 2012 ...', 'Info', the archive notice ('This is archived material from the Federal Bureau of "
 "Investigation (FBI) website. ...'), the heading (title), the subheading 'Biotech Giant Guilty of Illegally "
 "Introducing Drug into Market for Uses That the FDA Specifically Decliend to Approve' (a second headline, not body "
 "text; its 'FDA' is therefore not in the text), 'U.S. Attorney\u2019s Office December 19, 2012' (gives `published`) "
 "and the office/phone line. The dateline 'SEATTLE\u2014' (em dash, no spaces) is kept (it opens the first paragraph). "
 "Cut after the second paragraph ('... where these actors can hide.\u201d'), before '\u201cInstead of working to extend "
 "and enhance human lives, Amgen illegally pursued corporate profits while jeopardizing the safety of vulnerable "
 "consumers suffering from disease. Americans expect', where the excerpt breaks off mid-sentence (`truncated`): the "
 "third paragraph's first sentence is whole but it opens a quotation whose speaker the excerpt never reaches, so the "
 "paragraph is left out whole. Kept as written: 'Amgen Inc. (Amgen)', 'a drug compendia', 'The qui tam lawsuit, filed "
 "in Seattle was unsealed' (no comma after 'Seattle'), curly quotes and apostrophes, 'Main Justice'. 195 words. One "
 "text per matter: the Office of Public Affairs' release of the same day on the plea in Brooklyn (fbi.gov/newyork's "
 "archived copy, rank 5 of the same query: its second paragraph breaks inside the list of officials), fbi.gov's news "
 "item, and news and law-firm copies (uk.reuters, reuters, in.reuters, modernhealthcare, fiercepharma, sfvbj, "
 "jwatch, fool, chicagotribune, chemanager-online, rheingoldlaw, thefederalnewswire's EDNY fiscal-year release) are "
 "the same matter and not taken. Found with 54zh's lead query 'U.S. Attorney's Office Eastern District of New York "
 "Amgen pleads guilty Aranesp global settlement $762 million Loretta Lynch press release' (rank 7). " + CHECK +
 "'Amgen', 'Aranesp', 'Main Justice', 'amgen-inc.-to-pay': 0 in the corpus files except 'Amgen, Inc.' in one test file "
 "(ftc-prescription-drugs-cases-...-celgene-otezla: Otezla's buyer in an FTC order, another matter); 'Amgen' and "
 "'Aranesp' in GATHERING.md and the notes only as 54zc's and 54zh's leads; 'Durkan' in two corpus files (Bernard "
 "Durkan, an Irish TD: another person).",
 True))

# ---- AU Optronics Corporation, DOJ Office of Public Affairs, 20 September 2012 (justice.gov) -------------------------
U2 = ("https://www.justice.gov/opa/pr/"
      "taiwan-based-au-optronics-corporation-sentenced-pay-500-million-criminal-fine-role-lcd-price")
T2 = ("Taiwan-Based AU Optronics Corporation Sentenced to Pay $500 Million Criminal Fine for Role in LCD Price-Fixing "
      "Conspiracy")
P2 = [
 "WASHINGTON \u2014 AU Optronics Corporation, a Taiwan-based liquid crystal display (LCD) producer, was sentenced today "
 "in U.S. District Court in San Francisco to pay a $500 million criminal fine for its participation in a five-year "
 "conspiracy to fix the prices of thin-film transistor LCD panels sold worldwide, the Department of Justice announced. "
 "Its American subsidiary and two former top executives were also sentenced today. The two executives were sentenced "
 "to serve prison time and to pay criminal fines for their roles in the conspiracy. The $500 million fine matches the "
 "largest fine imposed against a company for violating the U.S. antitrust laws.",
 "Today\u2019s sentencing took place before Judge Susan Illston. Along with the criminal fine, AU Optronics Corporation "
 "was also sentenced to print advertisements in three major trade publications in the United States and Taiwan "
 "acknowledging its convictions and punishments and the remedial steps it has taken as a result of its conviction. "
 "The company and its American subsidiary, AU Optronics Corporation America, were also placed on probation for three "
 "years, required to adopt an antitrust compliance program and to appoint an independent corporate compliance "
 "monitor.",
 "\u201cThis long-running price-fixing conspiracy resulted in every family, school, business, charity and government "
 "agency who bought notebook computers, computer monitors and LCD televisions during the conspiracy to pay more for "
 "these products,\u201d said Scott D. Hammond, Deputy Assistant Attorney General for the Antitrust Division\u2019s "
 "criminal enforcement program."]
ID2 = "us-doj-opa-au-optronics-american-subsidiary-sentenced-500-million-lcd-price-fixing-2012"
KEPT[ID2] = ("au-optronics-opa-2012.txt", T2, P2)
R.append(federal(
 ID2, U2, "2012-09-20", T2, "\n\n".join(P2),
 "electronics", "legal,antitrust,price fixing,electronics,LCD panels",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2012-09-20, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release on justice.gov's current address scheme (opa/pr/<headline words>). `title` is "
 "the headline, which the store breaks over two lines after 'to Pay' (joined with one space). Left out: 'Skip to main "
 "content', 'Press Release', the headline (title), 'For Immediate Release', 'Office of Public Affairs', the "
 "subheading 'Company Also Sentenced to Adopt Antitrust Compliance Program; Former Top Executives Each Sentenced to "
 "Serve Three Years in Prison and to Pay Criminal Fine' (a second headline, not body text). The dateline 'WASHINGTON "
 "\u2014' (spaced em dash) is kept. Cut inside the third paragraph after its first sentence ('... said Scott D. "
 "Hammond, Deputy Assistant Attorney General for the Antitrust Division\u2019s criminal enforcement program.'), before "
 "'\u201cThe Antitrust Division will continue to pursue', where the excerpt breaks off mid-sentence (`truncated`; the "
 "two former executives the release names later are therefore not in the text). `published` 2012-09-20: the excerpt "
 "has no date line; the sentence the release says was imposed 'today' was handed down on Thursday 20 September 2012 "
 "(Reuters via in.reuters, dated 2012-09-20: 'SAN FRANCISCO, Sept 20 AU Optronics Corp of Taiwan was fined $500 "
 "million by a U.S. judge on Thursday'; lexology and vlex: 'On Sept. 20, 2012'; traderegulation.blogspot: 'on "
 "September 20'). Kept as written: 'Today\u2019s' (curly apostrophe), curly quotes, 'Antitrust Division\u2019s'. 233 "
 "words. One text per matter: the 2010 indictment release and the March 2012 verdict release (only third-party "
 "copies came back: cdrinfo, internationaltradetoday, techeye, pymnts, hardocp, globalcompetitionreview), Shiu Lung "
 "Leung's December 2012 conviction and 2013 sentence (cdrinfo's copies of the DOJ releases, chicagotribune, "
 "ja.joecomp), Richard Bai's 2013 acquittal (orrick) and news of this sentence (in.reuters (two), lawyerherald, "
 "made-in-china, lexology, vlex, traderegulation, techtaffy's copy of the FBI story, chinapost) are the same matter "
 "and not taken. Found with 'AU Optronics former president Hsuan Bin Chen convicted LCD price-fixing jury Justice "
 "Department' (rank 5) and again with 'AU Optronics sentenced $500 million criminal fine Hsuan Bin Chen Hui Hsiung "
 "three years prison September 2012' (rank 2). " + CHECK + "'Optronics', 'AUO', 'Hsiung', 'Scott D. Hammond', "
 "'au-optronics': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Illston' in one corpus "
 "file and one GATHERING.md not-used line (other matters); 'Hammond' in one test file (another person).",
 True))


def _norm(s):
    return " ".join(s.split())


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text), whitespace runs compared
    as one space (the AU Optronics headline's line break); returns problems."""
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
