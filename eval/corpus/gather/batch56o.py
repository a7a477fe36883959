#!/usr/bin/env python3
"""Batch 56o (session 54, gatherer 56o): three US federal releases on company cases of the Justice Department, each on
a matter new to the corpus -- the release of 11 May 2001 announcing that TAL Industries, Inc., 'a wholly owned
subsidiary of the China National Aero-Technology Import and Export Corporation (CATIC)', entered a plea of nolo
contendere over false statements in an export application that 'the McDonnell Douglas Corporation and CATIC' submitted
for machine tools bound for the PRC (United States Attorney Kenneth L. Wainstein; John Dion, Acting Chief of the
Internal Security Section; the Commerce Department's Office of Export Enforcement), as the National Archives' web
harvest (webharvest.gov, 2004) holds the Bureau of Industry and Security's copy; the release of 31 July 2008 of the
U.S. Attorney's Office for the Eastern District of North Carolina on the sentencing of Allied Telesis Labs, Inc. (ATL,
'formerly known as Allied Telesyn Network (ATN)', 'a subsidiary of Allied Telesis Kabushi Kaisha, (ATKK), a global
holding company based in Tokyo') for conspiring to trade with Iran (the justice.gov archive); the Justice Department's
release of 22 December 2015 on the indictment of the co-owners of Timely Home Health Services Inc. in Dallas and two
of its nurses in a $13.4 million Medicare fraud scheme (Assistant Attorney General Leslie R. Caldwell and four other
officials named), as the FBI's Dallas field office reposts it on fbi.gov -- (US federal government works, 17 U.S.C.
105), a round of session 54 in the DOJ company-case lane after 56i, 56d, 55ze, 55y, 55u, 55q, 55m, 55k, 55d and 55c;
an export case with a parent and a subsidiary, an export case with a parent, a subsidiary and a former name, and a
health-care fraud case with two company posts (no FCPA release came back first-party: see the section's not-used list):
  - U.S. Department of Justice / United States Attorney (D.D.C.) release, 'People's Republic of China Corporate
    Entity Waives Soverign Immunity and Enters Plea to Felony Export Violation; ...' (11 May 2001), bis.doc.gov's
    news/archive2001/DOJReleasePRCCase.htm as webharvest.gov's peth04 crawl of 15 October 2004 holds it;
  - U.S. Attorney's Office, Eastern District of North Carolina, 'SENTENCING OF COMPANY FOR EFFORTS TO TRADE WITH
    IRAN' (31 July 2008), justice.gov archive/usao/nce/press/2008/2008-Jul-31.html;
  - U.S. Department of Justice, 'Dallas-Based Home Health Company Owners and Nurses Charged for Roles in $13.4 Million
    Medicare Fraud Scheme' (22 December 2015), fbi.gov contact-us/field-offices/dallas/news/press-releases/....
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather57o/src by /tmp/gather57o/save_src.py; `verify()` checks that each kept paragraph and each title
occur in the saved excerpt, whitespace runs compared as one space). Page chrome and header lines are left out (the
BIS breadcrumb 'Home >News >Archives >2001 >Press Releases', 'For Immediate Release' / 'FOR IMMEDIATE RELEASE:', the
date lines 'Friday, May 11, 2001', 'THURSDAY - July 31, 2008' and 'December 22, 2015' (each the record's `published`),
'[PDF Copy of Release]', the contact lines 'Contact:', 'Monty Wilkinson', '(202) 307-6045', 'Eugene Cottilli', '(202)
482-2721'); the headlines are kept as `title`, as written (the BIS copy's 'Soverign', the archive's capitals); the
datelines are kept as written ('Washington, D.C. - ', 'Raleigh, North Carolina - ', 'WASHINGTON\u2014'); the paragraphs
are the store's paragraphs (blank-line blocks on the BIS and fbi.gov pages, single lines on the archive page), joined
by a blank line; each text cut at the end of the last full paragraph before the store's excerpt breaks off (TAL after
its first paragraph, before 'During today's plea hearing ... an export-c'; Allied Telesis after '... including
Tehran.', before 'The'; Timely after its fifth paragraph, before 'The indictment alleges that from approximately
January 2007 to September 2015, the defendants conspired to defraud Medic'); no word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch56o.py [POOL_DIR] [--dry]   (default /tmp/gather57o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather57o/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather57/CLAIMS.txt and "
         "the session's pools /tmp/gather57*/pool (claimed as 56o before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57o/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- TAL Industries, Inc. (CATIC), DOJ / United States Attorney (D.D.C.), 11 May 2001 (webharvest.gov of bis.doc.gov)
U1 = "https://webharvest.gov/peth04/20041015145944/https:/www.bis.doc.gov/news/archive2001/DOJReleasePRCCase.htm"
T1 = ("People's Republic of China Corporate Entity Waives Soverign Immunity and Enters Plea to Felony Export Violation; "
      "Sentenced to Pay $1 Million Criminal Fine and Five Year Term of Corporate Probation")
P1 = [
 "Washington, D.C. - United States Attorney Kenneth L. Wainstein, John Dion, Acting Chief of the Internal Security "
 "Section at the United States Department of Justice, and the United States Department of Commerce, Office of Export "
 "Enforcement, announced that TAL Industries, Inc., a wholly owned subsidiary of the China National Aero-Technology "
 "Import and Export Corporation (CATIC), a People's Republic of China (PRC) government owned corporation, today "
 "entered a plea of nolo contendere to a felony violation of the Export Administration Act for making false and "
 "misleading statements in connection with an application submitted by the McDonnell Douglas Corporation and CATIC "
 "for a license to export machine tools to the PRC. Pursuant to the plea, TAL was sentenced to pay a criminal fine of "
 "$1 million and to the maximum 5-year period of corporate probation. TAL and related Chinese entities were indicted "
 "by a federal grand jury in October, 1999. Today's plea marks the first time in U.S. history that a corporate "
 "entity, wholly owned by the PRC, has waived sovereign immunity and been convicted of a criminal offense against the "
 "United States. As part of the agreement, TAL and its related Chinese entities also entered into a separate civil "
 "settlement agreement with the Department of Commerce."]
ID1 = "us-doj-tal-industries-catic-subsidiary-mcdonnell-douglas-machine-tools-export-nolo-contendere-plea-2001"
KEPT[ID1] = ("tal-bis-2001.txt", T1, P1)
R.append(federal(
 ID1, U1, "2001-05-11", T1, "\n\n".join(P1),
 "aerospace/machine tools", "legal,export controls,machine tools,China,subsidiary",
 "U.S. Department of Justice and the United States Attorney for the District of Columbia (Kenneth L. Wainstein), press "
 "release '" + T1 + "', 2001-05-11, as the Commerce Department's Bureau of Industry and Security posted it "
 "(bis.doc.gov news/archive2001/DOJReleasePRCCase.htm), US federal government work (public domain); text from the "
 "search tool's page store at " + U1 + " (the National Archives' web harvest of the BIS site, crawled 2004-10-15)",
 "DOJ press release as the BIS site posted it (webharvest.gov copy), from the search tool page store",
 "The joint release on TAL Industries, Inc.'s plea of nolo contendere (11 May 2001), as the Bureau of Industry and "
 "Security's own site posted it, in the National Archives' web harvest of that site (webharvest.gov, peth04, "
 "2004-10-15): a federal archive of a federal page, not a copy by a third party (55l's Fremont text came from "
 "webharvest.gov too). The date line 'Friday, May 11, 2001' gives `published` 2001-05-11 (a Friday: checked); "
 "'today' and 'Today's' resolve to it. Left out: the breadcrumb 'Home >News >Archives >2001 >Press Releases', 'For "
 "Immediate Release', the date line, '[PDF Copy of Release]', 'Contact:' and the two contact names with their "
 "telephone numbers. The headline is `title`, as written ('Soverign', not corrected). The text is the first "
 "paragraph only: the second breaks off inside its first sentence ('During today's plea hearing before United States "
 "District Judge Paul L. Friedman, a TAL representative did not contest that ... in an export application filed by "
 "MDC and CATIC with the Commerce Department that an export-c'): `truncated`. Kept as written: the dateline "
 "'Washington, D.C. - ' (one hyphen), 'the United States Department of Commerce, Office of Export Enforcement' (a "
 "comma for the possessive), 'a People's Republic of China (PRC) government owned corporation' (no hyphen), 'nolo "
 "contendere', 'October, 1999' (with a comma), '5-year', straight apostrophes. One text per matter (the TAL / CATIC "
 "machine-tool export case, D.D.C., 1999-2001): no other page on it came back. Found with query 7 ('FOR IMMEDIATE "
 "RELEASE United States Attorney announced today president and chief executive officer of the corporation sentenced "
 "subsidiary export', rank 6) and again with query 10 (rank 2). " + CHECK + "'TAL Industries', 'China National "
 "Aero', 'Wainstein', 'John Dion', 'DOJReleasePRCCase': 0; 'CATIC' in GATHERING.md only (a not-used line: the GAO "
 "report NSIAD-97-4 on the McDonnell Douglas machine tools sold to CATIC, 1996 -- a GAO report, not this matter's "
 "release); 'McDonnell Douglas' in corpus files on other matters (aircraft, the Boeing merger).",
 True))

# ---- Allied Telesis Labs, Inc. (ATKK), USAO Eastern District of North Carolina, 31 July 2008 (justice.gov archive) ---
U2 = "https://www.justice.gov/archive/usao/nce/press/2008/2008-Jul-31.html"
T2 = "SENTENCING OF COMPANY FOR EFFORTS TO TRADE WITH IRAN"
P2 = [
 "Raleigh, North Carolina - United States Attorney George E.B. Holding announced today that on Monday July 28, 2008, "
 "Allied Telesis Labs, Inc. (ATL), was sentenced in United States District Court in Elizabeth City to a $500,000 "
 "criminal fine and was placed on probation for two years for violating United States law regarding conducting "
 "business with Iran.",
 "Allied Telesis Labs, Inc. (ATL) had earlier entered a guilty plea before United States District Court Judge "
 "Terrence W. Boyle to conspiracy to violate the International Emergency Economic Powers Act (IEEPA), Title 50, "
 "United States Code, Sections 1702 and 1705, Title 31, Code of Federal Regulations, Sections 560.203, 560.204 and "
 "560.205 and Title 18, United States Code, Section 371.",
 "ATL, formerly known as Allied Telesyn Network (ATN), is a research and development facility with offices in the "
 "North Carolina State University\u2019s Centennial Campus, Raleigh, North Carolina. It is a subsidiary of Allied "
 "Telesis Kabushi Kaisha, (ATKK), a global holding company based in Tokyo with offices at various locations around "
 "the globe. ATKK either directly or through subsidiaries and/or business associates is engaged in the design, "
 "manufacture, sale and installation of telecommunication systems.",
 "ATL was successfully engaged in the design of telecommunication equipment and systems including high capacity "
 "Multiservice Access Platforms (iMAPs) and related items capable of routing a large volume of "
 "messages/information/data. ATL\u2019s guilty plea acknowledged that the corporation conspired with another to trade "
 "with the Islamic Republic of Iran in violation of the law. Specifically, ATL and its related corporate entities "
 "conspired to land and execute a $95,000,000 contract with the Iranian Information Technology Company (IRITCO) to "
 "rebuild and upgrade the telecommunications systems of approximately 20 Iranian cities, including Tehran."]
ID2 = "us-usao-ednc-allied-telesis-labs-atkk-subsidiary-iran-iritco-contract-ieepa-sentencing-2008"
KEPT[ID2] = ("allied-telesis-usao-nce-2008.txt", T2, P2)
R.append(federal(
 ID2, U2, "2008-07-31", T2, "\n\n".join(P2),
 "telecommunications equipment", "legal,export controls,sanctions,Iran,IEEPA,telecommunications,subsidiary",
 "U.S. Attorney's Office, Eastern District of North Carolina, press release '" + T2 + "', 2008-07-31, US federal "
 "government work (public domain); text from the search tool's page store at " + U2 + " (the Department's archive of "
 "the office's releases)",
 "U.S. Attorney's Office press release (U.S. Department of Justice, justice.gov archive), from the search tool page "
 "store",
 "The Eastern District of North Carolina's release on the sentencing of Allied Telesis Labs, Inc. (justice.gov "
 "archive/usao/nce/press/2008/2008-Jul-31.html): the Department's own page, not a copy by a third party. The date "
 "line 'THURSDAY - July 31, 2008' gives `published` 2008-07-31 (a Thursday: checked; 'Monday July 28, 2008' is a "
 "Monday: checked); 'today' resolves to it. Left out: 'FOR IMMEDIATE RELEASE:' and the date line. The headline is "
 "`title`, in the archive's capitals. The store gives each paragraph as one line with no blank line between them: "
 "each line is one paragraph here, joined by a blank line. Cut after '... approximately 20 Iranian cities, including "
 "Tehran.', before 'The' (the excerpt breaks off): `truncated`. Kept as written: the dateline 'Raleigh, North "
 "Carolina - ', 'Monday July 28, 2008' (no comma after 'Monday'), 'Allied Telesis Kabushi Kaisha, (ATKK)' (the comma "
 "before the parenthesis), 'Kabushi' (so spelt), 'University\u2019s' and 'ATL\u2019s' (curly apostrophes), "
 "'messages/information/data', 'iMAPs', '$95,000,000', the statute citations. One text per matter (the Allied "
 "Telesis Labs / IRITCO Iran case, E.D.N.C., 2008): no other page on it came back. Found with query 5 ('Press "
 "Release For Immediate Release U.S. Attorney's Office company and its president plead guilty export Iran wholly "
 "owned subsidiary', rank 5). " + CHECK + "'Allied Telesis', 'Allied Telesyn', 'IRITCO', 'Iranian Information "
 "Technology', 'Elizabeth City', 'Centennial Campus', 'George E.B. Holding', '2008-Jul-31': 0; 'Terrence W. Boyle' "
 "in one corpus file and batch 56d's scripts (the Balfour Beatty plea before the same judge: another matter).",
 True))

# ---- Timely Home Health Services Inc., DOJ (Criminal Division and USAO N.D. Tex.), 22 December 2015 (fbi.gov Dallas)
U3 = ("https://www.fbi.gov/contact-us/field-offices/dallas/news/press-releases/dallas-based-home-health-company-owners-"
      "and-nurses-charged-for-roles-in-13.4-million-medicare-fraud-scheme")
T3 = "Dallas-Based Home Health Company Owners and Nurses Charged for Roles in $13.4 Million Medicare Fraud Scheme"
P3 = [
 "WASHINGTON\u2014The co-owners of a home health company in Dallas and two nurse employees were charged in an "
 "indictment unsealed yesterday for their alleged participation in a $13.4 million health care fraud scheme involving "
 "fraudulent claims for home health services.",
 "Assistant Attorney General Leslie R. Caldwell of the Justice Department\u2019s Criminal Division, U.S. Attorney John "
 "Parker of the Northern District of Texas, Special Agent in Charge CJ Porter of the Health and Human Services-Office "
 "of Inspector General\u2019s (HHS-OIG) Dallas Region, Special Agent in Charge Thomas M. Class Sr. of the FBI\u2019s "
 "Dallas Field Office and Director of Law Enforcement David Maxwell of the Texas Attorney General\u2019s Medicaid "
 "Fraud Control Unit (MFCU) made the announcement.",
 "Patience Okoroji, 57, Usani Ewah, 58, Kingsley Nwanguma, 45, all of Dallas County, Texas, and Joy Ogwuegbu, 39, of "
 "Collin County, Texas, were each charged with one count of conspiracy to commit health care fraud. In addition, "
 "Okoroji and Ewah are each charged with five counts of health care fraud; Nwanguma is charged with three counts of "
 "health care fraud and Ogwuegbu is charged with four counts of health care fraud.",
 "Ewah, Nwanguma and Ogwuegbu were arrested yesterday and made their initial appearances before U.S. Magistrate Judge "
 "Renee H. Toliver of the Northern District of Texas. Okoroji was also arrested yesterday and will have her initial "
 "appearance today.",
 "Okoroji and Ewah co-owned Timely Home Health Services Inc. (Timely), where Okoroji was also an administrator and "
 "licensed vocational nurse and Ewah was the director of nursing and a registered nurse. Nwanguma was a licensed "
 "vocational nurse working for Timely and Ogwuegbu was a registered nurse working for Timely."]
ID3 = "us-doj-opa-timely-home-health-services-dallas-co-owners-nurses-medicare-fraud-indictment-2015"
KEPT[ID3] = ("timely-fbi-dallas-2015.txt", T3, P3)
R.append(federal(
 ID3, U3, "2015-12-22", T3, "\n\n".join(P3),
 "healthcare", "legal,healthcare,Medicare fraud,home health",
 "U.S. Department of Justice, press release '" + T3 + "', 2015-12-22, as the FBI's Dallas field office reposts it on "
 "fbi.gov, US federal government work (public domain); text from the search tool's page store at " + U3,
 "DOJ press release as fbi.gov's Dallas field office reposts it, from the search tool page store",
 "The Justice Department's release on the indictment of Timely Home Health Services Inc.'s co-owners and two nurses "
 "(22 December 2015), as the FBI's Dallas field office reposts it on fbi.gov: a federal agency's own page, not a copy "
 "by a third party (55k's Continuum text came from fbi.gov's Houston office the same way). The page's date line "
 "'December 22, 2015' gives `published` 2015-12-22 (a Tuesday: checked); 'yesterday' resolves to 2015-12-21 and "
 "'today' to 2015-12-22. Left out: the date line. The headline is `title`, as written. Cut after the fifth "
 "paragraph ('... a registered nurse working for Timely.'), before 'The indictment alleges that from approximately "
 "January 2007 to September 2015, the defendants conspired to defraud Medic' (the excerpt breaks off): `truncated`. "
 "Kept as written: the dateline 'WASHINGTON\u2014' (an em dash, no spaces), 'Justice Department\u2019s', "
 "'Inspector General\u2019s', 'FBI\u2019s', 'Attorney General\u2019s' (curly apostrophes), 'Health and Human "
 "Services-Office of Inspector General' (a hyphen), 'CJ Porter', 'Thomas M. Class Sr.' (no comma), the ages. One "
 "text per matter (the Timely Home Health case, N.D. Tex., 2015): no other page on it came back. Found with query 6 "
 "('FBI field office press release owner and chief executive officer home health agency convicted health care fraud "
 "vice president of operations', rank 5). " + CHECK + "'Timely Home Health', 'Okoroji', 'Ogwuegbu', 'Nwanguma', "
 "'Usani Ewah', 'CJ Porter', 'Thomas M. Class', 'David Maxwell', 'Renee H. Toliver', 'Collin County', "
 "'dallas-based-home-health': 0; 'Leslie R. Caldwell' in corpus files on other matters (she headed the Criminal "
 "Division in 2014-2017); 'John Parker' in one corpus file (another man, at Laing O'Rourke).",
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
