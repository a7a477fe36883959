#!/usr/bin/env python3
"""Batch 57i (session 55, gatherer 57i): three US federal releases of the Justice Department on vessel-pollution cases
against ship operators and managers, each on a matter new to the corpus -- the Office of Public Affairs release of 3
November 2022 on the sentencing of Ionian Management Inc. (IONIAN M), 'a New York-based company that commercially
manages three vessels, including the M/T Ocean Princess', for burning high-sulfur fuel inside the U.S. Caribbean
Emissions Control Area (Judge Wilma A. Lewis; Assistant Attorney General Todd Kim quoted); the release of 8 August 2023
of the U.S. Attorney's Office for the District of Rhode Island on the sentencing of Zeus Lines Management S.A., 'owner/
operator of the Gallissas', with the tanker's captain Jose Ervin Mahinge Porquez and Roberto Cayabyab Penaflor (Judge
Mary S. McElroy; United States Attorney Zachary A. Cunha; the National Fish and Wildlife Foundation); the Office of
Public Affairs release of 5 May 2022 on the sentencing of Liquimar Tankers Management Services Inc. and Evridiki
Navigation Inc. after their trial conviction, the ship's chief engineer Nikolaos Vastardis named (Judge Richard G.
Andrews; the Third Circuit Court of Appeals; Todd Kim quoted) -- all three on justice.gov (US federal government works,
17 U.S.C. 105), a round of session 55 in the DOJ company-case lane after 57e, 56o, 56i, 56d, 55ze, 55y, 55u, 55q, 55m,
55k, 55d and 55c, following 57e's lead into the Act to Prevent Pollution from Ships cases (the corpus's third, fourth
and fifth vessel-pollution texts, after dev's Princess Cruise Lines and 57e's Diana Wilhelmsen Management):
  - U.S. Department of Justice, Office of Public Affairs, 'Tankship Commercial Manager Convicted of Violation for Air
    Pollution' (3 November 2022), justice.gov opa/pr/tankship-commercial-manager-convicted-violation-air-pollution;
  - U.S. Attorney's Office, District of Rhode Island, 'Ship\u2019s Operator, Captain, and Chief Engineer Sentenced for
    Environmental Crimes Aboard a Rhode Island-Bound Oil Tanker' (8 August 2023), justice.gov usao-ri/pr/...;
  - U.S. Department of Justice, Office of Public Affairs, the release at opa/pr/oil-tanker-owner-and-operator-sentenced-
    obstructing-justice-and-concealing-deliberate (5 May 2022; the store's excerpt holds no headline: `title` null).
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather58i/src by /tmp/gather58i/save_src.py; `verify()` checks that each kept paragraph and each title
occur in the saved excerpt, whitespace runs compared as one space). Page chrome and header lines are left out ('Skip to
main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs', "U.S. Attorney's Office, District of
Rhode Island", 'Related Content' and the Ionian sub-heading 'Company Will Pay a Criminal Fine of $250,000'); two
headlines are kept as `title`; the Rhode Island dateline is kept as written ('PROVIDENCE \u2013The', no space after the
dash); the paragraphs are the store's blocks (blank-line blocks in two excerpts, single-line blocks in the Liquimar
one), joined by a blank line, their trailing spaces dropped; each text cut at the end of the last full sentence or
paragraph before the store's excerpt breaks off (Ionian after Todd Kim's quote, before '\u201cThe pristine beauty of our
Virgin Island waters is one of our most precio'; Zeus after the first sentence of the fifth paragraph, before 'The
inert gas system is necessary to ensure that oxygen levels within the vessel\u2019s cargo tanks re'; Liquimar after
Todd Kim's quote, before 'At sentencing today, the government provided new evidence, based on'); no word added or
changed. No excerpt holds a date line: `published` comes from each text's 'today' or 'yesterday' and dated third-party
reports, as 57e's Hyosung and DWM texts did (see each record's notes).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch57i.py [POOL_DIR] [--dry]   (default /tmp/gather58i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather58i/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather58/CLAIMS.txt and "
         "the session's pools /tmp/gather58*/pool (claimed as 57i before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58i/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Ionian Management Inc. (IONIAN M), DOJ Office of Public Affairs, 3 November 2022 (justice.gov) ----------------
U1 = "https://www.justice.gov/opa/pr/tankship-commercial-manager-convicted-violation-air-pollution"
T1 = "Tankship Commercial Manager Convicted of Violation for Air Pollution"
P1 = [
 "Ionian Management Inc. (IONIAN M), a New York-based company that commercially manages three vessels, including the "
 "M/T Ocean Princess, was sentenced yesterday in the District of the Virgin Islands before U.S. District Court Judge "
 "Wilma A. Lewis in St. Croix, after pleading guilty to a violation of the Act to Prevent Pollution from Ships. IONIAN "
 "M was sentenced to pay a fine of $250,000 and placed on probation for one year.",
 "While vessels are operating within the U.S. Caribbean Emissions Control Area (ECA), they must not use fuel that "
 "exceeds 0.10% sulfur by weight to help protect air quality. Between Jan. 3, 2017, and July 10, 2018, the M/T Ocean "
 "Princess entered and operated within the ECA using fuel that contained excessive sulfur on twenty-six separate "
 "occasions. The fuel was petroleum cargo that had been transferred to the fuel tanks as authorized by IONIAN M. Once "
 "authorized, the crew of the M/T Ocean Princess transfered the higher sulfur fuel from the cargo tanks into the bunker "
 "tanks and use it to fuel the vessel, even though it exceeded the 0.10% sulfur by weight maximum.",
 "U.S. Coast Guard inspectors boarded the M/T Ocean Princess on July 10, 2018, to conduct an inspection. During the "
 "inspection, the U.S. Coast Guard discovered the vessel\u2019s use of fuel with an excessive sulfur content.",
 "\u201cThe sentence imposed on this commercial vessel manager for intentionally violating environmental laws designed "
 "to protect the air quality of the United States sends a strong message that the United States will not tolerate "
 "such violations and will hold violators accountable,\u201d said Assistant Attorney General Todd Kim of the Justice "
 "Department\u2019s Environment and Natural Resources Division."]
ID1 = "us-doj-opa-ionian-management-ocean-princess-caribbean-eca-high-sulfur-fuel-apps-sentencing-2022"
KEPT[ID1] = ("ionian-management-opa-2022.txt", T1, P1)
R.append(federal(
 ID1, U1, "2022-11-03", T1, "\n\n".join(P1),
 "shipping", "legal,environment,vessel pollution,air pollution,APPS,shipping,Virgin Islands",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2022-11-03, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on Ionian Management Inc.'s sentencing (justice.gov opa/pr/...): the "
 "Department's own page, not a copy by a third party (jpjgj.com's Portuguese and French translations, bvi.org's, "
 "stjohntradewinds', gcaptain's, maritime-executive's and maritimecareer's reports left alone). The excerpt holds no "
 "date line: `published` 2022-11-03 (a Thursday: checked), the day after the sentencing the release calls 'yesterday' "
 "-- the sentencing fell on Wednesday 2 November 2022 by two reports drawn from the U.S. Attorney's release for the "
 "Virgin Islands (stjohntradewinds: 'was sentenced Wednesday in V.I. District Court', 'U.S. Attorney Delia Smith "
 "announced'; bvi.org: 'was sentenced on Wednesday, November 2, 2022') and gcaptain's story of 4 November ('sentenced "
 "earlier this week'); maritimecareer's copy of a Marine Insight story says '1 November' (**doubtful** by one day: "
 "then `published` would be 2022-11-02) -- those pages used for the date only, never for the text. Left out: 'Skip to "
 "main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs' and the sub-heading 'Company Will "
 "Pay a Criminal Fine of $250,000'. The headline is `title`, as written. Cut after the fourth paragraph (Todd Kim's "
 "quote, '... Environment and Natural Resources Division.'), before '\u201cThe pristine beauty of our Virgin Island "
 "waters is one of our most precio' (the excerpt breaks off): `truncated`. Trailing spaces after the fourth paragraph "
 "dropped. Kept as written: 'IONIAN M' in capitals, 'New York-based', 'M/T Ocean Princess', 'Jan. 3, 2017', "
 "'transfered' and 'use it' (the release's own slips), '0.10%', 'twenty-six', the curly quotation marks and "
 "apostrophes ('vessel\u2019s', 'Department\u2019s'). The release gives no dateline. One text per matter (the M/T "
 "Ocean Princess Caribbean ECA case, D.V.I., 2019-2022): the 2020 convictions of Ionian Shipping & Trading Corp. and "
 "Lily Shipping Ltd. (the ship's operator and owner, per the trade press) and of three officers are the same "
 "investigation, not to be taken separately. Found with query 14 ('Ionian Shipping & Trading Lily Shipping Ocean "
 "Princess high sulfur fuel emissions control area Virgin Islands convicted', rank 1). " + CHECK + "'Ionian', 'Ionian "
 "Management', 'Ocean Princess', 'Lily Shipping', 'Wilma A. Lewis', 'Todd Kim', 'tankship-commercial-manager': 0 "
 "(GATHERING.md names 'Ionia Management', a different Greek company of 2007, only as a lead).",
 True))

# ---- Zeus Lines Management S.A. / Galissas, USAO District of Rhode Island, 8 August 2023 (justice.gov) --------------
U2 = ("https://www.justice.gov/usao-ri/pr/ships-operator-captain-and-chief-engineer-sentenced-environmental-crimes-"
      "aboard-rhode")
T2 = ("Ship\u2019s Operator, Captain, and Chief Engineer Sentenced for Environmental Crimes Aboard a Rhode Island-Bound "
      "Oil Tanker")
P2 = [
 "PROVIDENCE \u2013The Greek company that owned and operated the Galissas, its captain, and chief engineer were each "
 "sentenced in U.S. District Court in Rhode Island today for environmental crimes committed in February 2022, "
 "announced United States Attorney Zachary A. Cunha.",
 "Zeus Lines Management S.A., (Zeus) owner/operator of the Gallissas, was sentenced by United States District Judge "
 "Mary S. McElroy to pay a total monetary penalty of $2.25 million, consisting of a fine of $1,687,500 and a community "
 "service payment of $562,500. The community service payment will go to the National Fish and Wildlife Foundation to "
 "fund projects to benefit marine and coastal natural resources located in the State of Rhode Island. Additionally, "
 "Zeus will serve a four-year term of probation, during which any vessels operated by the company and calling on U.S. "
 "ports will be required to implement a robust environmental compliance plan.",
 "The Galissas\u2019 captain and chief engineer were also sentenced to terms of probation.",
 "During earlier proceedings in May 2023, Zeus admitted violating The Ports and Waterways Safety Act and The Act to "
 "Prevent Pollution from Ships.  The Galissas\u2019 captain, Master Jose Ervin Mahinge Porquez, a resident of the "
 "Philippines, admitted to violating The Ports and Waterways Safety Act; Galissas\u2019 Roberto Cayabyab Penaflor, also "
 "a resident of the Philippines, admitted violating the Act to Prevent Pollution from Ships.",
 "According to information presented in court, while the Galissas was conducting cargo operations in Rotterdam, the "
 "Netherlands in February 2022, crew members became aware that the vessel\u2019s inert gas system became inoperable."]
ID2 = "us-usao-ri-zeus-lines-management-galissas-tanker-captain-chief-engineer-apps-sentencing-2023"
KEPT[ID2] = ("zeus-lines-usao-ri-2023.txt", T2, P2)
R.append(federal(
 ID2, U2, "2023-08-08", T2, "\n\n".join(P2),
 "shipping", "legal,environment,vessel pollution,APPS,shipping,tanker safety,Rhode Island",
 "U.S. Attorney's Office, District of Rhode Island, press release '" + T2 + "', 2023-08-08, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 "U.S. Attorney's Office press release (U.S. Department of Justice, justice.gov), from the search tool page store",
 "The District of Rhode Island's release on the sentencing of Zeus Lines Management S.A. and the Galissas' captain and "
 "engineer (justice.gov usao-ri/pr/...): the Department's own page, not a copy by a third party (pbn.com, foxnews, "
 "marinelog, themarinelearners, manufacturing.net's AP story, nhst/TradeWinds and gcaptain left alone). The excerpt "
 "holds no date line: `published` 2023-08-08 (a Tuesday: checked), the day the release calls 'today' ('were each "
 "sentenced ... today'), as the Associated Press story of 9 August 2023 tells it ('was fined over $1.68 million at a "
 "formal sentencing Tuesday'; manufacturing.net, dated 2023-08-09) and the May 2023 plea reports had scheduled it "
 "('Sentencing is scheduled for Aug. 8': foxnews; marinelog) -- those pages used for the date only, never for the "
 "text. Left out: 'Skip to main content', 'Press Release', 'For Immediate Release', \"U.S. Attorney's Office, District "
 "of Rhode Island\". The headline is `title`, as written (curly apostrophe). Cut inside the fifth paragraph after its "
 "first sentence ('... the vessel\u2019s inert gas system became inoperable.'), before 'The inert gas system is "
 "necessary to ensure that oxygen levels within the vessel\u2019s cargo tanks re' (the excerpt breaks off): "
 "`truncated`. Trailing space after the fourth paragraph dropped. Kept as written: the dateline 'PROVIDENCE \u2013The' "
 "(an en dash, no space after it), 'Zeus Lines Management S.A., (Zeus)' (the comma before the bracket), the two "
 "spellings 'Galissas' and 'Gallissas', 'owner/operator', 'The Ports and Waterways Safety Act' and 'The Act to Prevent "
 "Pollution from Ships' with capital 'The', the double space after '... Pollution from Ships.', 'Galissas\u2019 "
 "Roberto Cayabyab Penaflor' (his post not written: the title and the plea reports call him the chief engineer), "
 "'Rotterdam, the Netherlands in February 2022' (no comma). One text per matter (the Galissas case, D.R.I., 2023): "
 "the May 2023 plea release (OPA and the district's) is the same matter, not taken. Found with query 13 ('Zeus Lines "
 "Management Galissas tanker pleaded guilty oily bilge water Rhode Island United States Attorney', rank 2). " + CHECK +
 "'Zeus Lines', 'Galissas', 'Gallissas', 'Porquez', 'Penaflor', 'Zachary A. Cunha', 'McElroy', 'ships-operator-"
 "captain', 'National Fish and Wildlife Foundation': 0.",
 True))

# ---- Liquimar Tankers Management Services Inc. / Evridiki Navigation Inc., DOJ OPA, 5 May 2022 (justice.gov) --------
U3 = "https://www.justice.gov/opa/pr/oil-tanker-owner-and-operator-sentenced-obstructing-justice-and-concealing-deliberate"
P3 = [
 "Liquimar Tankers Management Services Inc. and Evridiki Navigation Inc. were sentenced after being convicted at trial "
 "on all charges, including violating the Act to Prevent Pollution from Ships, falsifying ships\u2019 documents, "
 "obstructing a U.S. Coast Guard inspection and making false statements to U.S. Coast Guard inspectors.",
 "U.S. District Court Judge Richard G. Andrews for the District of Delaware sentenced the corporations to a total of $3 "
 "million criminal fine, and a five-year period of probation. Evridiki was fined $2 million and Liquimar was fined $1 "
 "million.",
 "In March 2019, the Evridiki was inspected by the Coast Guard in Big Stone Anchorage, within Delaware Bay after a "
 "delivery of crude oil. The jury found that during the inspection, Liquimar, Evridiki and the ship\u2019s Chief "
 "Engineer, Nikolaos Vastardis, tried to deceive Coast Guard inspectors regarding the use of the ship\u2019s oily water "
 "separator (OWS) and oil content meter (OCM), a required pollution prevention device. Chief Engineer Vastardis used a "
 "hidden valve to trap fresh water inside the sample line so that the OCM sensor registered zero parts per million "
 "concentration of oil instead of what was really being discharged overboard. The Coast Guard and government experts "
 "were able to prove that the OCM was being tricked with fresh water by analyzing historic data recovered from the "
 "machine\u2019s memory chip. When the Coast Guard opened the OWS, they found it was inoperable and fouled with copious "
 "amounts of oil and soot. Vastardis\u2019 conviction was upheld in December 2021 by the Third Circuit Court of "
 "Appeals, which rejected a challenge to U.S. jurisdiction over foreign vessels.",
 "\u201cOcean outlaws and polluters such as these will continue to be vigorously prosecuted to the full extent of the "
 "law,\u201d said Assistant Attorney General Todd Kim for the Justice Department\u2019s Environment and Natural "
 "Resources Division."]
ID3 = "us-doj-opa-liquimar-tankers-evridiki-navigation-chief-engineer-vastardis-apps-sentencing-2022"
KEPT[ID3] = ("liquimar-evridiki-opa-2022.txt", None, P3)
R.append(federal(
 ID3, U3, "2022-05-05", None, "\n\n".join(P3),
 "shipping", "legal,environment,vessel pollution,APPS,obstruction of justice,shipping,Delaware",
 "U.S. Department of Justice, Office of Public Affairs, press release at " + U3 + " (the excerpt gives no headline), "
 "2022-05-05, US federal government work (public domain); text from the search tool's page store at that address",
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on the sentencing of Liquimar Tankers Management Services Inc. and Evridiki "
 "Navigation Inc. (justice.gov opa/pr/...): the Department's own page, not a copy by a third party (insurancemarinenews, "
 "starshazmat, seanews, smarterdocuments' copy of maritime-executive, offshore-energy, splash247 and isssource left "
 "alone). The store's excerpt of this page starts 'Related Content', 'Press Release' and then the body: it holds no "
 "headline (`title` null: the address's slug is not used as a headline) and no date line. `published` 2022-05-05 (a "
 "Thursday: checked), the day of the sentencing the release calls 'today' ('At sentencing today', in the cut part), "
 "as maritime-executive's story posted 6 May 2022 tells it ('during the sentencing hearing ... Thursday') and "
 "starshazmat's item of 10 May and insurancemarinenews' 'last week' agree -- those pages used for the date only, "
 "never for the text. Left out: 'Related Content', 'Press Release'. The store gives the paragraphs as single-line "
 "blocks; they are joined by a blank line here. Cut after the fourth paragraph (Todd Kim's quote, '... Environment and "
 "Natural Resources Division.'), before 'At sentencing today, the government provided new evidence, based on' (the "
 "excerpt breaks off): `truncated`. Kept as written: 'ships\u2019 documents', 'a total of $3 million criminal fine', "
 "'within Delaware Bay after' (no comma), 'Chief Engineer' in capitals, 'Vastardis\u2019 conviction', 'Third Circuit "
 "Court of Appeals', 'Todd Kim for the Justice Department\u2019s' ('for', not 'of'), the curly quotation marks and "
 "apostrophes. The release gives no dateline. One text per matter (the M/T Evridiki case, D. Del., 2019-2022): the "
 "December 2019 conviction release (quoting Jeffrey Bossert Clark) is the same matter, not taken. Found with query 21 "
 "('Liquimar Tankers Management Evros tanker Gulf of Mexico oil record book sentenced', rank 4). " + CHECK +
 "'Liquimar', 'Evridiki', 'Vastardis', 'Richard G. Andrews', 'Big Stone', 'oil-tanker-owner-and-operator': 0; 'Todd "
 "Kim': 0 before this round.",
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
