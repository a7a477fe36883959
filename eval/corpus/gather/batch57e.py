#!/usr/bin/env python3
"""Batch 57e (session 55, gatherer 57e): three US federal releases on company cases of the Justice Department, each on
a matter new to the corpus -- the Office of Public Affairs release of 3 May 2012 announcing that Kyoungwon Pyo, 'senior
vice president for corporate strategy of Hyosung Corporation, an affiliate of Nautilus Hyosung Holdings Inc. (NHI)',
agreed to plead guilty to obstruction of justice for altering documents submitted to the Department and the FTC in the
premerger review of NHI's abandoned acquisition of Triton Systems of Delaware Inc. (Acting Assistant Attorney General
Joseph Wayland quoted); the release of 17 February 2021 of the U.S. Attorney's Office for the Southern District of
California on Colas Djibouti, 'a wholly owned subsidiary of Colas SA, a French civil engineering company' and 'a
contractor for the Department of the Navy at Camp Lemonnier and Chabelley Airfield, and the U.S. Embassy in
Djibouti', admitting that it faked concrete test results and defrauded the United States; the Office of Public
Affairs release of 23 September 2021 on the sentencing of Diana Wilhelmsen Management Limited (DWM), 'a Cyprus-based
company that operates several commercial vessels', for concealing oily-water discharges from the M/V Protefs (Judge
Rebecca Beach Smith; the chief engineer Vener Dailisan) -- all three on justice.gov (US federal government works, 17
U.S.C. 105), a round of session 55 in the DOJ company-case lane after 56o, 56i, 56d, 55ze, 55y, 55u, 55q, 55m, 55k,
55d and 55c; a merger-review obstruction case with a named executive's post, a fraud case with a foreign parent and
its subsidiary and a government contract, and a vessel-pollution case (the corpus's second, after dev's Princess
Cruise Lines):
  - U.S. Department of Justice, Office of Public Affairs, 'Hyosung Corporation Executive Agrees to Plead Guilty to
    Obstruction of Justice for Submitting False Documents in an ATM Merger Investigation' (3 May 2012), justice.gov
    opa/pr/hyosung-corporation-executive-agrees-plead-guilty-obstruction-justice-submitting-false;
  - U.S. Attorney's Office, Southern District of California, 'U.S. Navy Concrete Contractor in Djibouti Admits
    Fraudulent Conduct and Will Pay More than $12.5 Million' (17 February 2021), justice.gov usao-sdca/pr/...;
  - U.S. Department of Justice, Office of Public Affairs, 'Shipping Company Fined $2 Million in a Multi-District Case
    for Concealing Illegal Discharges of Oily Water into the Atlantic Ocean' (23 September 2021), justice.gov opa/pr/....
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather58e/src by /tmp/gather58e/save_src.py; `verify()` checks that each kept paragraph and each title
occur in the saved excerpt, whitespace runs compared as one space). Page chrome and header lines are left out ('Skip to
main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs', "U.S. Attorney's Office, Southern
District of California", the contact line 'Mark W. Pletcher (619) 546-9714 and Andrew J. Galvin (619) 546-9721', the
date line 'NEWS RELEASE SUMMARY \u2013 February 17, 2021' (the record's `published`) and the DWM sub-heading 'Chief
Engineer of Vessel Also Convicted'); the headlines are kept as `title` (the Hyosung headline's two line breaks joined
by spaces); the datelines are kept as written ('WASHINGTON \u2013 ', 'SAN DIEGO \u2013 '); the paragraphs are the store's
blank-line blocks, joined by a blank line, their trailing spaces dropped; each text cut at the end of the last full
sentence or paragraph before the store's excerpt breaks off (Hyosung after Wayland's first quoted sentence, before
'\u201cSenior corporate executives should understand that anyone who attempts to corrupt the process by falsifying
materials'; Colas Djibouti after its third paragraph, before 'In accordance with its agreement with the United States,
Colas Djibouti will forfeit $8 million, pay another $2,042,002 to the Department of Navy'; DWM after '... the accuracy
of the oil record book.', before 'Dailisan was sentenced to a fine of $3,000 and placed on probation for'); no word
added or changed. Two excerpts hold no date line (Hyosung, DWM): `published` comes from the text's 'today' and
first-party-independent copies, as 40zi's CenturyLink text and 55c's Hitachi-LG text did (see each record's notes).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch57e.py [POOL_DIR] [--dry]   (default /tmp/gather58e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather58e/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather58/CLAIMS.txt and "
         "the session's pools /tmp/gather58*/pool (claimed as 57e before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58e/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Hyosung Corporation / Kyoungwon Pyo, DOJ Office of Public Affairs, 3 May 2012 (justice.gov) --------------------
U1 = "https://www.justice.gov/opa/pr/hyosung-corporation-executive-agrees-plead-guilty-obstruction-justice-submitting-false"
T1 = ("Hyosung Corporation Executive Agrees to Plead Guilty to Obstruction of Justice for Submitting False Documents in "
      "an ATM Merger Investigation")
P1 = [
 "WASHINGTON \u2013 An executive of South Korean-based Hyosung Corporation has agreed to plead guilty and to serve time "
 "in a U.S. prison for obstruction of justice charges in connection with an automated teller machine (ATM) merger "
 "investigation conducted by the Antitrust Division, the Department of Justice announced today.",
 "According to a two-count felony charge filed today in the U.S. District Court in Washington, D.C., Kyoungwon Pyo, in "
 "his role as senior vice president for corporate strategy of Hyosung Corporation, an affiliate of Nautilus Hyosung "
 "Holdings Inc. (NHI), altered and directed subordinates to alter numerous existing corporate documents before they "
 "were submitted to the Department of Justice and the Federal Trade Commission (FTC) in conjunction with mandatory "
 "premerger filings. The department said that Pyo\u2019s actions took place in or about July and August 2008.  At the "
 "time, the department was investigating Korea-based NHI\u2019s proposed acquisition of Triton Systems of Delaware "
 "Inc.  NHI abandoned the proposed acquisition of competitor Triton Systems before the Antitrust Division reached a "
 "decision determining whether to challenge the transaction.",
 "On Oct. 20, 2011, NHI pleaded guilty and paid a $200,000 criminal fine for its role in the obstruction of justice "
 "charges. According to the plea agreement, which is subject to court approval, Pyo has agreed to serve five months "
 "in prison.",
 "\u201cMaintaining the integrity of the merger review and investigation process is one of our highest priorities,"
 "\u201d said Acting Assistant Attorney General Joseph Wayland in charge of the Department of Justice\u2019s Antitrust "
 "Division."]
ID1 = "us-doj-opa-hyosung-senior-vice-president-pyo-atm-merger-obstruction-plea-nautilus-hyosung-triton-2012"
KEPT[ID1] = ("hyosung-opa-2012.txt", T1, P1)
R.append(federal(
 ID1, U1, "2012-05-03", T1, "\n\n".join(P1),
 "ATMs / banking equipment", "legal,antitrust,merger review,obstruction of justice,Korea",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2012-05-03, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on Kyoungwon Pyo's agreement to plead guilty (justice.gov opa/pr/...): the "
 "Department's own page, not a copy by a third party. The excerpt holds no date line: `published` 2012-05-03 (a "
 "Thursday: checked), the day the release calls 'today' ('the Department of Justice announced today', 'filed today'), "
 "as a blog's copy of the release gives it ('FROM: U.S. DEPARTMENT OF JUSTICE Thursday, May 3, 2012', "
 "brandtsrandomgovernmentpressreleases.blogspot, query 11 rank 1) and the law firms' alerts say it ('On May 3, 2012, "
 "DOJ filed criminal felony charges against Kyoungwon Pyo', antitrust.weil.com; jdsupra; antitrustlawyerblog) -- the "
 "copies used for the date only, never for the text. Left out: 'Skip to main content', 'Press Release', 'For "
 "Immediate Release', 'Office of Public Affairs'. The headline is `title`, its two line breaks joined by spaces. Cut "
 "inside the fourth paragraph, after Wayland's first quoted sentence ('... said Acting Assistant Attorney General "
 "Joseph Wayland in charge of the Department of Justice\u2019s Antitrust Division.'), before '\u201cSenior corporate "
 "executives should understand that anyone who attempts to corrupt the process by falsifying materials' (the excerpt "
 "breaks off): `truncated`. Trailing spaces after the first paragraph dropped. Kept as written: the dateline "
 "'WASHINGTON \u2013 ' (an en dash), the double spaces after '2008.' and 'Inc.', 'South Korean-based', 'Korea-based', "
 "'Oct. 20, 2011', the curly quotation marks and apostrophes ('Pyo\u2019s', 'NHI\u2019s', 'Justice\u2019s'), 'the "
 "department' in lower case. One text per matter (the Hyosung / NHI / Triton Systems premerger obstruction case, "
 "D.D.C., 2011-2012): the October 2011 release on NHI's own plea did not come back (query 15: arnoldporter and law.com "
 "only). Found with query 14 ('Hyosung Corporation Executive Agrees to Plead Guilty to Obstruction of Justice for "
 "Submitting False Documents in an ATM Merger Investigation', rank 2) and again with query 15 (rank 2). " + CHECK +
 "'Hyosung', 'Kyoungwon', 'Nautilus Hyosung', 'Triton Systems', 'hyosung-corporation-executive': 0; 'Joseph Wayland' "
 "in corpus files and scripts on other matters (55c's Hitachi-LG Data Storage release and two Federal Register "
 "texts: he headed the Division in 2012).",
 True))

# ---- Colas Djibouti (Colas SA), USAO Southern District of California, 17 February 2021 (justice.gov) ---------------
U2 = ("https://www.justice.gov/usao-sdca/pr/us-navy-concrete-contractor-djibouti-admits-fraudulent-conduct-and-will-pay-"
      "more-125")
T2 = "U.S. Navy Concrete Contractor in Djibouti Admits Fraudulent Conduct and Will Pay More than $12.5 Million"
P2 = [
 "SAN DIEGO \u2013 Colas Djibouti, a contractor for the Department of the Navy at Camp Lemonnier and Chabelley "
 "Airfield, and the U.S. Embassy in Djibouti, admitted today that it faked testing results and submitted a series of "
 "false documents and false claims to the United States as part of a scheme to defraud the United States in the sale "
 "of substandard concrete used to construct U.S. Navy airfields in Djibouti.",
 "Colas Djibouti, a French limited liability company, is a wholly owned subsidiary of Colas SA, a French civil "
 "engineering company.  According to documents filed in court, as part of its contracts with the Department of the "
 "Navy, Colas Djibouti was required to certify that it supplied concrete with specific composition and "
 "characteristics. Notwithstanding these obligations, Colas Djibouti created fictitious testing results, made "
 "fraudulent representations regarding the concrete\u2019s composition and characteristics, and knowingly provided "
 "concrete to the United States that did not comply with the specifications.",
 "In one particularly egregious example, in response to a request for an analysis of the water used in the concrete "
 "mix, Colas Djibouti provided an analysis for a store-bought bottle of drinking water. As a result of this criminal "
 "conduct, Colas Djibouti ultimately supplied substandard concrete to the Department of Navy in Djibouti that could "
 "promote early cracking, surface defects, and corrosion of embedded steel, and thus significantly impair the "
 "concrete\u2019s long-term durability."]
ID2 = "us-usao-sdca-colas-djibouti-colas-sa-subsidiary-navy-airfields-substandard-concrete-fraud-2021"
KEPT[ID2] = ("colas-djibouti-usao-sdca-2021.txt", T2, P2)
R.append(federal(
 ID2, U2, "2021-02-17", T2, "\n\n".join(P2),
 "construction / concrete", "legal,fraud,government contracts,defense,construction,subsidiary,Djibouti",
 "U.S. Attorney's Office, Southern District of California, press release '" + T2 + "', 2021-02-17, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 "U.S. Attorney's Office press release (U.S. Department of Justice, justice.gov), from the search tool page store",
 "The Southern District of California's release on Colas Djibouti's admission (justice.gov usao-sdca/pr/...): the "
 "Department's own page, not a copy by a third party (feedpublish's STL.News copy and exbulletin's reworded copy left "
 "alone). The line 'NEWS RELEASE SUMMARY \u2013 February 17, 2021' gives `published` 2021-02-17 (a Wednesday: "
 "checked); 'today' resolves to it. Left out: 'Skip to main content', 'Press Release', 'For Immediate Release', "
 "\"U.S. Attorney's Office, Southern District of California\", the contact line 'Mark W. Pletcher (619) 546-9714 and "
 "Andrew J. Galvin (619) 546-9721' and the date line. The headline is `title`, as written. Cut after the third "
 "paragraph ('... the concrete\u2019s long-term durability.'), before 'In accordance with its agreement with the United "
 "States, Colas Djibouti will forfeit $8 million, pay another $2,042,002 to the Department of Navy' (the excerpt "
 "breaks off): `truncated`. Trailing spaces after the third paragraph dropped. Kept as written: the dateline 'SAN "
 "DIEGO \u2013 ' (an en dash), the double space after '... civil engineering company.', 'the Department of the Navy' "
 "and 'the Department of Navy' (both forms), 'store-bought', 'concrete\u2019s' (curly apostrophes). One text per "
 "matter (the Colas Djibouti concrete case, S.D. Cal., 2021): the Civil Division's release on the $3.9 million False "
 "Claims Act settlement of the same day (a lasvegasnewstrip copy in query 29) is the same matter, not taken. Found "
 "with query 29 ('Colas Djibouti subsidiary of French contractor Colas pleads guilty substandard concrete U.S. Navy "
 "bases Africa Camp Lemonnier', rank 1). " + CHECK + "'Colas Djibouti', 'Camp Lemonnier', 'Chabelley', 'Robert "
 "Brewer', 'us-navy-concrete-contractor': 0; 'Colas SA' only as part of other words in four files (a case-insensitive "
 "match inside 'Nicolas Sa...'; no Colas company in the corpus).",
 True))

# ---- Diana Wilhelmsen Management Limited (DWM), DOJ Office of Public Affairs, 23 September 2021 (justice.gov) -------
U3 = ("https://www.justice.gov/opa/pr/shipping-company-fined-2-million-multi-district-case-concealing-illegal-discharges-"
      "oily-water")
T3 = ("Shipping Company Fined $2 Million in a Multi-District Case for Concealing Illegal Discharges of Oily Water into "
      "the Atlantic Ocean")
P3 = [
 "Diana Wilhelmsen Management Limited (DWM), a Cyprus-based company that operates several commercial vessels, was "
 "sentenced today in federal court before U.S. District Court Judge Rebecca Beach Smith in Norfolk, Virginia, after "
 "pleading guilty to violations of the Act to Prevent Pollution from Ships that had occurred on the Motor Vessel (M/V) "
 "Protefs.",
 "DWM pleaded guilty to two felony offenses in two judicial districts \u2013 the Eastern District of Virginia and the "
 "Eastern District of Louisiana. DWM was sentenced to pay a fine of $2 million placed on probation for a period of "
 "four years, and ordered to implement a comprehensive Environmental Compliance Plan as a special condition of "
 "probation.",
 "In pleading guilty, DWM admitted that crew members onboard the M/V Protefs, a 40,230 gross-ton, 738-foot "
 "ocean-going commercial bulk carrier, knowingly failed to record in the vessel\u2019s oil record book the overboard "
 "discharge of oily bilge water from mid-April 2020 until before the vessel arrived in Newport News, Virginia, on June "
 "10, 2020. The vessel also arrived in New Orleans, Louisiana, on June 1, 2020 with a knowingly false oil record book.",
 "DWM admitted that the crew on the vessel used an emergency de-watering system to illegally discharge oily water "
 "directly into the ocean from the vessel\u2019s bilge holding tank, duct keel and bilge wells. Those discharges were "
 "not recorded in the oil record book as required. The Chief Engineer, Vener Dailisan, pleaded guilty to making a "
 "false statement to U.S. Coast Guard inspectors about the existence of a Sounding Log which is routinely sought by "
 "inspectors in order to ascertain the accuracy of the oil record book."]
ID3 = "us-doj-opa-diana-wilhelmsen-management-cyprus-protefs-oily-water-apps-sentencing-2021"
KEPT[ID3] = ("diana-wilhelmsen-opa-2021.txt", T3, P3)
R.append(federal(
 ID3, U3, "2021-09-23", T3, "\n\n".join(P3),
 "shipping", "legal,environment,vessel pollution,APPS,shipping,Cyprus",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T3 + "', 2021-09-23, US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on DWM's sentencing (justice.gov opa/pr/...): the Department's own page, not a "
 "copy by a third party. The excerpt holds no date line: `published` 2021-09-23 (a Thursday: checked), the day of the "
 "sentencing the release calls 'today' ('was sentenced today'), as the court report gives it (morelaw: 'Date: "
 "09-23-2021', 'Case Number: 2:21-cr-6', 'Judge: Rebecca Beach Smith') and the trade press of 24 September 2021 tells "
 "it ('yesterday': marinelog, maritime-executive 'Published Sep 24, 2021', gcaptain 'September 24, 2021') -- those "
 "pages used for the date only, never for the text. Left out: 'Skip to main content', 'Press Release', 'For "
 "Immediate Release', 'Office of Public Affairs' and the sub-heading 'Chief Engineer of Vessel Also Convicted'. The "
 "headline is `title`, as written. Cut inside the fourth paragraph after '... the accuracy of the oil record book.', "
 "before 'Dailisan was sentenced to a fine of $3,000 and placed on probation for' (the excerpt breaks off): "
 "`truncated`. Kept as written: 'Cyprus-based', 'Motor Vessel (M/V) Protefs', the en dash before 'the Eastern District "
 "of Virginia', '$2 million placed on probation' (no 'and': the release's own slip), 'gross-ton', 'mid-April 2020', "
 "'June 1, 2020 with' (no comma), 'vessel\u2019s' (curly apostrophes), 'The Chief Engineer' and 'Sounding Log' in "
 "capitals. The release gives no dateline. One text per matter (the DWM / M/V Protefs case, E.D. Va. and E.D. La., "
 "2021): the U.S. Attorney's releases of the two districts on the same sentencing (quoted by morelaw and "
 "maritime-executive) did not come back first-party and would be the same matter. Found with query 28 ('Diana "
 "Wilhelmsen Management Limited sentenced to pay $2 million M/V Protefs oily bilge water Act to Prevent Pollution from "
 "Ships Eastern District of Louisiana', rank 1). " + CHECK + "'Diana Wilhelmsen', 'Protefs', 'Dailisan', 'Rebecca "
 "Beach Smith', 'shipping-company-fined-2-million': 0; 'Prevent Pollution from Ships': 0 in the corpus files (dev's "
 "Princess Cruise Lines text, the corpus's one earlier vessel-pollution case, does not name the Act in its text).",
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
