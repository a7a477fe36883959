#!/usr/bin/env python3
"""Batch 55k (session 54, gatherer 55k): three US federal texts on company cases of the Justice Department -- the
Office of Public Affairs' release on Balli Aviation Ltd., 'a subsidiary of the United Kingdom-based Balli Group PLC',
pleading guilty over its export of Boeing 747 aircraft to Iran (5 February 2010, justice.gov); the release of the U.S.
Attorney's Office for the District of South Carolina and its partner agencies on 'Markos Baghdasarian, the manager of
Delfin Group USA LLC', pleading guilty over exports to Iran (5 December 2012, as the Commerce Department's Bureau of
Industry and Security reposts it on bis.doc.gov); and the Southern District of Texas' release on the last of 14
convictions in the Medicare kickback scheme at Continuum Healthcare LLC, 'which owned Westbury Community Hospital in
Houston', whose executive team Bobby Rouse and three others made up (fbi.gov's Houston field office repost; undated in
the excerpt) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ company-case lane after
55d (and 54zr, 54zm, 54zh, 54zc, 54x, 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to
the corpus (every name and address checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather56 and the session-54 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Office of Public Affairs, 'U.K. Firm Pleads Guilty to Illegally Exporting Boeing 747
    Aircraft to Iran' (5 February 2010): Balli Aviation Ltd., Balli Group PLC, the U.S. District Court for the District
    of Columbia, David Kris, Channing D. Phillips, Thomas Madigan, Adam J. Szubin, the Office of Foreign Assets Control,
    the Bureau of Industry and Security, the Departments of Commerce and of the Treasury (justice.gov's
    'opa/pr/2010/February/10-nsd-131.html');
  - U.S. Department of Justice / U.S. Attorney's Office, District of South Carolina, release of 5 December 2012 on
    bis.doc.gov (headline not in the excerpt): Markos Baghdasarian, Delfin Group USA LLC, William N. Nettles, Lisa
    Monaco, John Morton, U.S. Immigration and Customs Enforcement, David W. Mills (bis.doc.gov's 'press-releases-2012/
    470-manager-of-south-carolina-based-firm-pleads-guilty-in-connection-with-illegal-exports-to-iran');
  - U.S. Attorney's Office, Southern District of Texas, 'Final Defendant Convicted in $189 Million Health Care Fraud
    Scam' (undated in the excerpt): Continuum Healthcare LLC, Westbury Community Hospital, Bobby Rouse, Steven
    Houseworth, David Edson, Jeffery Parsons, Ryan K. Patrick and ten others (fbi.gov's
    'contact-us/field-offices/houston/news/press-releases/final-defendant-convicted-in-189-million-health-care-fraud-scam').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather56k/src by /tmp/gather56k/save_src.py; `verify()` checks that each kept paragraph and each title
occur in its saved excerpt, whitespace runs compared as one space). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', the office lines 'Office of Public Affairs' and 'U.S. Attorney's Office, Southern
District of Texas', the OPA sub-headline 'Firm Agrees to Pay $15 Million in Fines', the BIS page's release-date line and
its contact line) and the headlines (kept as `title` where the excerpt has one) are left out; no word added or changed;
the store's paragraphs joined by a blank line (double spaces inside a paragraph kept as the store has them); each text
cut at the end of the last full paragraph or sentence before the store's excerpt breaks off (Balli inside its second
paragraph; Delfin after its fourth paragraph; Continuum after its fifth paragraph). Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch55k.py [POOL_DIR] [--dry]   (default /tmp/gather56k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather56k/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -li over train, dev, "
         "test), GATHERING.md, every gather script, /work/notes/gather56 (CLAIMS.txt) and the session-54 pools "
         "/tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56k/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Balli Aviation Ltd. (Balli Group PLC), DOJ Office of Public Affairs, 5 February 2010 (justice.gov) ---------------
U1 = "http://www.justice.gov/opa/pr/2010/February/10-nsd-131.html"
T1 = "U.K. Firm Pleads Guilty to Illegally Exporting Boeing 747 Aircraft to Iran"
P1 = [
 "Balli Aviation Ltd., a subsidiary of the United Kingdom-based Balli Group PLC, pleaded guilty today in the U.S. "
 "District Court for the District of Columbia to a two-count criminal information in connection with its illegal "
 "export of commercial Boeing 747 aircraft from the United States to Iran, announced David Kris, Assistant Attorney "
 "General for National Security; Channing D. Phillips, U.S. Attorney for the District of Columbia; Thomas Madigan, "
 "Acting Deputy Assistant Secretary of Commerce for Export Enforcement; and Adam J. Szubin, Director of the Department "
 "of Treasury's Office of Foreign Assets Control.",
 "Under the plea agreement, Balli Aviation Ltd. agreed to pay a $2 million criminal fine and be placed on corporate "
 "probation for five years. The $2 million fine, combined with a related $15 million civil settlement among Balli "
 "Group PLC, Balli Aviation Ltd., the U.S. Department of Commerce\u2019s Bureau of Industry and Security (BIS), and the "
 "U.S. Department of the Treasury\u2019s Office of Foreign Assets Control (OFAC), that was also announced today, "
 "represents one of the largest fines for an export violation in BIS history. Under the terms of the related civil "
 "settlement, Balli Group PLC and Balli Aviation Ltd. have agreed to pay a civil penalty of $15 million of which $2 "
 "million will be suspended if there are no further export control violations. In addition, Balli Aviation Ltd. and "
 "Balli Group PLC are denied export privileges for five years, although this penalty will be suspended provided that "
 "neither Balli Aviation nor Balli Group commits any export violations and pays the civil penalty."]
ID1 = "us-doj-opa-balli-aviation-balli-group-subsidiary-boeing-747-iran-export-guilty-plea-2010"
KEPT[ID1] = ("balli-opa-2010.txt", T1, P1)
R.append(federal(
 ID1, U1, "2010-02-05", T1, "\n\n".join(P1),
 "aviation", "legal,aviation,export controls,sanctions,Iran,subsidiary",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "' (10-nsd-131), 2010-02-05, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release at justice.gov's old address scheme (opa/pr/<year>/<Month>/<number>.html; "
 "10-nsd-131: a National Security Division release of 2010). `title` is the headline (the store breaks it into two "
 "lines after 'Exporting'; joined by one space). Left out: 'Skip to main content', 'Press Release', the headline "
 "(title), 'For Immediate Release', 'Office of Public Affairs' (the office line) and the sub-headline 'Firm Agrees to "
 "Pay $15 Million in Fines'. No dateline in the excerpt. Cut inside the second paragraph after '... and pays the civil "
 "penalty.', before 'Under the terms of the settlement, Balli Group PLC and Balli Aviation, Ltd. will also have to "
 "submit the results of an independent audit of its export compliance program to BIS and', where the excerpt breaks "
 "off (`truncated`). `published` 2010-02-05: the excerpt has no date line; the OPA's own sentencing release of 11 May "
 "2010 (iranwatch's copy: 'after pleading guilty on Feb. 5, 2010'), Business Recorder ('06 Feb, 2010': 'the US Justice "
 "Department said Friday' -- 5 February 2010 was a Friday) and WorldTribune ('announced on Feb. 5') date the plea and "
 "this release (two heads saved in src). Kept as written: 'Department of Treasury's' (straight apostrophe, no "
 "article) beside 'Department of Commerce\u2019s' and 'Department of the Treasury\u2019s' (curly), 'United "
 "Kingdom-based', '$15 million of which $2 million' (no comma). One text per matter: the May 2010 sentencing release "
 "(iranwatch's copy), jpost, federalcriminaldefenseblog, ballardspahr, upi, brecorder, worldtribune and bis.doc.gov's "
 "2011 penalty page are the same matter and not taken. Found with 'Balli Aviation Ltd. subsidiary of Balli Group PLC "
 "pleads guilty illegally exporting Boeing 747 aircraft to Iran' (rank 3), after a law firm's alert (ballardspahr, "
 "rank 7 of an export query) had named the matter. " + CHECK + "'Balli Aviation', 'Balli Group', 'Szubin', "
 "'10-nsd-131', 'Channing D. Phillips', 'Thomas Madigan', 'David Kris': 0 everywhere; 'Balli' alone matches other "
 "words ('Ballina', 'Ballinasloe') and was not used; 'Mahan Air' (not in the kept text) in two corpus files (other "
 "matters).",
 True))

# ---- Delfin Group USA LLC, DOJ / USAO District of South Carolina, 5 December 2012 (bis.doc.gov repost) ---------------
U2 = ("https://www.bis.doc.gov/index.php/all-articles/98-about-bis/newsroom/press-releases/press-releases-2012/"
      "470-manager-of-south-carolina-based-firm-pleads-guilty-in-connection-with-illegal-exports-to-iran")
P2 = [
 "COLUMBIA, S.C. \u2013 Markos Baghdasarian, the manager of Delfin Group USA LLC, pleaded guilty yesterday in the "
 "District of South Carolina to charges of conspiracy to violate the International Emergency Economic Powers Act "
 "(IEEPA), violating the IEEPA and making false statements in connection with his illegal exports to Iran without the "
 "required U.S. government licenses.",
 "The guilty plea was announced by William N. Nettles, U.S. Attorney for the District of South Carolina; Lisa Monaco, "
 "Assistant Attorney General for National Security; John Morton, Director of U.S. Immigration and Customs Enforcement "
 "(ICE); and David W. Mills, Assistant Secretary of Commerce for Export Enforcement.",
 "At sentencing, Baghdasarian faces a potential sentence of five years in prison for conspiring to violate IEEPA, 20 "
 "years in prison for violating IEEPA and five years in prison for false statements.  Baghdasarian was arrested on "
 "May 19, 2012, in Atlanta on a criminal complaint issued in the District of South Carolina and was later indicted on "
 "June 14, 2012.",
 "In May 1995, the President of the United States, under executive IEEPA authority, declared a trade embargo with "
 "Iran, prohibiting the export from the United States to Iran of any goods, technology or services with limited "
 "exceptions.  The imposition of the trade embargo followed a March 1995 executive order that declared a national "
 "emergency with respect to Iran and its government based on findings that the Iranian government constituted a "
 "threat to the national security of the United States due to Iran\u2019s support of international terrorism and its "
 "attempts to acquire weapons of mass destruction."]
ID2 = "us-doj-usao-dsc-delfin-group-usa-manager-baghdasarian-iran-exports-guilty-plea-2012"
KEPT[ID2] = ("delfin-bis-2012.txt", None, P2)
R.append(federal(
 ID2, U2, "2012-12-05", None, "\n\n".join(P2),
 "energy/lubricants", "legal,lubricants,export controls,sanctions,Iran,IEEPA",
 "U.S. Department of Justice and U.S. Attorney's Office, District of South Carolina, press release of 2012-12-05 on "
 "the guilty plea of Markos Baghdasarian, manager of Delfin Group USA LLC (headline not in the stored text), as the "
 "U.S. Department of Commerce's Bureau of Industry and Security reposts it on bis.doc.gov, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release reposted by the Bureau of Industry and Security (bis.doc.gov, a Commerce "
 "Department site) from the search tool page store",
 "A Justice Department release (the U.S. Attorney's Office for the District of South Carolina, with the National "
 "Security Division, ICE and the BIS, whose Assistant Secretary is one of the four officials announcing it) as the "
 "BIS reposts it among its 2012 press releases; no justice.gov or ice.gov copy came back (query 24: the other answers "
 "are news). The store's copy begins with the release-date line 'U.S. Department of Justice For Immediate Release: "
 "December 5, 2012' and the contact line 'United States Attorney's Office Contact -- BIS Public Affairs: 202-482-2721' "
 "(both left out) and has no headline, so `title` is null (the address words 'manager-of-south-carolina-based-firm-"
 "pleads-guilty-in-connection-with-illegal-exports-to-iran' are not copied as a headline). The dateline 'COLUMBIA, S.C. "
 "\u2013' (spaced en dash) is kept. Cut after the fourth paragraph ('... weapons of mass destruction.'), before "
 "'According to the indictment, Baghdasarian served as the manager of Delfin Group USA, located in Charleston, S.C., "
 "which supplies automotive and marine lubricants to domestic and international marke', where the excerpt breaks off "
 "mid-word (`truncated`; so Charleston is not in the text). `published` 2012-12-05: the release-date line; 'pleaded "
 "guilty yesterday' is 4 December 2012, which myrtlebeachonline ('December 4, 2012': 'pleaded guilty Tuesday') "
 "confirms (head saved in src). Kept as written: the double spaces after 'false statements.' and 'limited "
 "exceptions.', 'Iran\u2019s' (curly), '(IEEPA)', '(ICE)'. One text per matter: myrtlebeachonline, abcnews4, "
 "manufacturing.net and live5news (AP), pagepate, charleston.net and meconstructionnews (which call him the "
 "company's president and the company Russian-owned -- this text does not) are the same matter and not taken. Found "
 "with 'company and its president plead guilty illegally exporting to Iran U.S. Attorney's Office press release "
 "subsidiary' (rank 6), then its own opening words (rank 2). " + CHECK + "'Baghdasarian', 'Nettles', 'Delfin Group "
 "USA': 0 everywhere; 'Delfin' alone in one train file and batch53x's script (another firm, an AEP matter).",
 True))

# ---- Continuum Healthcare LLC, USAO Southern District of Texas, undated (fbi.gov Houston repost) ---------------------
U3 = ("https://www.fbi.gov/contact-us/field-offices/houston/news/press-releases/"
      "final-defendant-convicted-in-189-million-health-care-fraud-scam")
T3 = "Final Defendant Convicted in $189 Million Health Care Fraud Scam"
P3 = [
 "HOUSTON \u2013 With the plea of an 80-year-old Houston man, all 14 charged in the scam involving Continuum "
 "Healthcare and its various health centers have been convicted, announced U.S. Attorney Ryan K. Patrick.",
 "Bobby Rouse admitted to conspiring to pay and receive kickbacks and to money laundering relating to the Medicare "
 "program today.",
 "A total of 13 others have been convicted in relation to the scheme. A federal jury convicted Cheryl Waller, 73, of "
 "Houston, March 2, 2017, after a three-day trial on one count of conspiracy to pay and receive kickbacks and one "
 "count of receiving kickbacks. Those all convicted on the conspiracy count include Steven Houseworth, 46, James "
 "Bobino, 50, Ernestine Johnson, 60, Jackie Harris, 56, and Vermon Lacy III, 35, all of Houston; David Edson, 71, "
 "Palm Harbor, Florida; Jeffery Parsons, 60, Crockett; Aretha Johnson, 67, Wimberley; Inger Michelle Pace, 57, "
 "Missouri City; Ronald Turner, 59, Fresno; Deborah Davis, 56, Atlanta, Georgia; and Mary Browning, 71, Beasley. "
 "Edson and Parsons were also convicted of two counts of money laundering. Johnson also pleaded guilty to one count "
 "of money laundering, while Pace and Turner each further admitted to paying and receiving kickbacks.",
 "Rouse, Houseworth, Edson and Parsons were part of the executive team for Continuum Healthcare LLC, which owned "
 "Westbury Community Hospital in Houston as well as community mental health centers in the Houston area known by "
 "their locations as Hornwood, Baytown and Missouri City.",
 "During his plea today, Rouse admitted to participating in a kickback scheme to pay co-defendants to bring patients "
 "to Continuum. He admitted to causing Medicare to pay $18.8 million based on false and fraudulent claims."]
ID3 = "us-doj-usao-sdtx-continuum-healthcare-westbury-community-hospital-executive-rouse-medicare-kickbacks-plea"
KEPT[ID3] = ("continuum-fbi-houston.txt", T3, P3)
R.append(federal(
 ID3, U3, None, T3, "\n\n".join(P3),
 "healthcare", "legal,healthcare,Medicare fraud,kickbacks,hospitals",
 "U.S. Attorney's Office, Southern District of Texas, press release '" + T3 + "', undated in the stored text, as the "
 "FBI's Houston field office reposts it on fbi.gov, US federal government work (public domain); text from the search "
 "tool's page store at " + U3,
 "US Justice Department press release (U.S. Attorney's Office, Southern District of Texas) reposted on fbi.gov "
 "(Houston field office) from the search tool page store",
 "The Southern District of Texas' release as the FBI's Houston field office reposts it (fbi.gov's current scheme, "
 "contact-us/field-offices/<office>/news/press-releases/<headline words>, with the page's office line 'U.S. "
 "Attorney's Office, Southern District of Texas'). `title` is the headline. Left out: 'Skip to main content', 'Press "
 "Release', the headline (title), 'For Immediate Release', the office line. The dateline 'HOUSTON \u2013' (spaced en "
 "dash) is kept. Cut after the fifth paragraph ('... false and fraudulent claims.'), before 'Each location operated a "
 "partial hospitalization program (PHP). The PHP was supposed to be a treatmen', where the excerpt breaks off mid-word "
 "(`truncated`). `published` null: the excerpt carries no date; the pages that came back (orangeleader's copy of the "
 "office's April 2021 sentencing release, fiercehealthcare, weisspc, policymed, fraudoftheday) say the 14 were "
 "convicted 'between 2017 and 2019' or 'in 2019' and that Rouse 'had pleaded guilty', but none dates his plea, so "
 "only the text's absolute date is annotated and the id carries no year (Ryan K. Patrick was U.S. Attorney from 2018 "
 "to 2021: outside knowledge, not used). Kept as written: 'Those all convicted', the ages after the names, 'Vermon "
 "Lacy III', 'Jeffery Parsons', 'Johnson also pleaded guilty' (the text has two Johnsons). One text per matter: the "
 "April 2021 sentencing release (orangeleader's copy) and the pages above are the same matter and not taken. Found "
 "with 'President of Houston Hospital and Three Others Convicted in $158 Million Medicare Fraud Scheme' (rank 6: "
 "another Houston hospital matter, Riverside General, had no first-party page) and then 'Bobby Rouse pleaded guilty "
 "Continuum Healthcare Westbury Community Hospital kickbacks Houston' (rank 1). " + CHECK + "'Continuum Healthcare', "
 "'Westbury Community', 'Bobby Rouse', 'Cheryl Waller', 'Houseworth', 'final-defendant-convicted', 'Ryan K. Patrick': "
 "0 everywhere.",
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
