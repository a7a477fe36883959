#!/usr/bin/env python3
"""Batch 57r (session 55, gatherer 57r): three US federal releases of the Justice Department on companies and the people
who run or police them, each on a matter new to the corpus -- the District of Maryland's release of October 2014 on
DRS Technical Services, Inc., 'a subsidiary of DRS Defense Solutions LLC' principally located in Herndon, Virginia,
agreeing to pay $13.7 million to settle False Claims Act allegations of overbilling the government for unqualified
personnel (a procurement-fraud settlement: Rod J. Rosenstein, Joyce R. Branda of the Civil Division, Robert Craig of
the Defense Criminal Investigative Service, Frank Robey of the Army Criminal Investigation Command's Major Procurement
Fraud Unit, the Defense Contract Audit Agency); the Office of Public Affairs release of 22 November 2017 on the
sentencing of Sila Luis, owner and operator of LTC Professional Consultants Inc. and Professional Home Care Solutions
Inc., two defunct Miami home health agencies, for a $74 million Medicare fraud conspiracy (a health-care fraud case:
Kenneth A. Blanco of the Criminal Division, Benjamin G. Greenberg, George L. Piro of the FBI, Shimon R. Richmond of
HHS-OIG, Judge Marcia G. Cooke); the District of Hawaii's release of 5 July 2016 on the $200,000 community service
payment of Doorae Shipping Co., LTD, operator of the oil tanker B. Sky, handed to Scott Hall of the National Fish and
Wildlife Foundation by United States Attorney Florence T. Nakakuni, Rear Adm. Vincent Atkins of the Fourteenth Coast
Guard District, Donna Kahakui of the EPA and Eric Goldberg of the Coast Guard Investigative Service (a vessel-
pollution case) -- all three on justice.gov (US federal government works, 17 U.S.C. 105), a round of session 55 in the
DOJ company-case lane after 57i, 57e, 56o, 56i, 56d, 55ze, 55y, 55u, 55q, 55m, 55k, 55d and 55c:
  - U.S. Attorney's Office, District of Maryland, 'Defense Contractor Agrees To Pay $13.7 Million To Settle
    Allegations Of Overbilling' (October 2014), justice.gov usao-md/pr/defense-contractor-agrees-pay-137-million-
    settle-allegations-overbilling;
  - U.S. Department of Justice, Office of Public Affairs, 'Owner of Two Miami Home Health Agencies Sentenced to More
    Than Six Years in Prison for Role in $74 Million Medicare Fraud Conspiracy' (22 November 2017), justice.gov
    opa/pr/owner-two-miami-home-health-agencies-sentenced-more-six-years-prison-role-74-million-medicare;
  - U.S. Attorney's Office, District of Hawaii, '$200,000 Community Service Payment For Hawaii Reef Projects Received'
    (5 July 2016), justice.gov usao-hi/pr/200000-community-service-payment-hawaii-reef-projects-received.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather58r/src by /tmp/gather58r/save_src.py; `verify()` checks that each kept paragraph and each title
occur in the saved excerpt, whitespace runs compared as one space). Page chrome and header lines are left out ('Skip to
main content', 'Press Release', 'For Immediate Release', "U.S. Attorney's Office, District of Maryland", 'Office of
Public Affairs'; in the older Hawaii page 'You are here', 'Justice News', 'Department of Justice', 'U.S. Attorney\u2019s
Office', 'District of Hawaii' and the date line 'Tuesday, July 5, 2016'); the three headlines are kept as `title`; the
datelines are kept as written ('Baltimore \u2013 DRS', 'HONOLULU -- United States'); the paragraphs are the store's
blank-line blocks, joined by a blank line, their trailing spaces dropped; each text cut at the end of the last full
sentence before the store's excerpt breaks off (DRS inside its fifth paragraph after '... for government and private
sector customers.', before 'DRS C3 & Aviation Company, which is headquartered in Gaithersburg, Maryland, is an
indicrect subsidiary of DRS and provides services to government agencies, including aircraft maintenance, logistics
an'; Luis inside its fourth paragraph after '... in exchange for the referral of Medicare beneficiaries to LTC.', before
'Had Medicare known that Luis paid bribes and kickbacks to attract beneficiaries to her facilities, Medic'; Doorae after
its second paragraph, before 'United States District Judge Leslie E. Kobayashi approved the pa'); no word added or
changed. `published`: the Hawaii page's own date line; the Luis text's 'today' from dated reports of the sentencing;
the DRS release's day from the trade press (see each record's notes).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch57r.py [POOL_DIR] [--dry]   (default /tmp/gather58r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather58r/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather58/CLAIMS.txt and "
         "the session's pools /tmp/gather58*/pool (claimed as 57r before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58r/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- DRS Technical Services, Inc., USAO District of Maryland, October 2014 (justice.gov) ---------------------------
U1 = "https://www.justice.gov/usao-md/pr/defense-contractor-agrees-pay-137-million-settle-allegations-overbilling"
T1 = "Defense Contractor Agrees To Pay $13.7 Million To Settle Allegations Of Overbilling"
P1 = [
 "Baltimore \u2013 DRS Technical Services, Inc. has agreed to pay $13.7 million to settle allegations that it violated "
 "the False Claims Act by overbilling the government for work performed by DRS personnel who lacked the job "
 "qualifications required by contract.",
 "The settlement was announced by United States Attorney for the District of Maryland Rod J. Rosenstein; Acting "
 "Assistant Attorney General Joyce R. Branda for the Justice Department\u2019s Civil Division; Special Agent in Charge "
 "Robert Craig of the Defense Criminal Investigative Service (DCIS) Mid-Atlantic Field Office, an investigative arm of "
 "the Department of Defense \u2013 OIG; Frank Robey, Director of the U.S. Army Criminal Investigation Command's Major "
 "Procurement Fraud Unit; and the Defense Contract Audit Agency (DCAA), an audit arm of the Department of Defense;.",
 "\u201cCompanies that submit false bills to the government must be held accountable,\u201d said U.S. Attorney Rod J. "
 "Rosenstein.",
 "\u201cContractors that fail to provide qualified labor as promised are not entitled to bill the government as though "
 "they had,\u201d said Acting Assistant Attorney General Joyce R. Branda for the Justice Department\u2019s Civil "
 "Division. \u201cThe Department of Justice will pursue contractors that claim taxpayer funds to which they are not "
 "entitled.\u201d",
 "DRS Technical Services, Inc. (DRS) is principally located in Herndon, Virginia and is a subsidiary of DRS Defense "
 "Solutions LLC. DRS designs, integrates, operates and maintains satellite and wireless network solutions and "
 "telecommunication services and security systems for government and private sector customers."]
ID1 = "us-usao-md-drs-technical-services-drs-defense-solutions-subsidiary-overbilling-false-claims-settlement-2014"
KEPT[ID1] = ("drs-technical-services-usao-md-2014.txt", T1, P1)
R.append(federal(
 ID1, U1, "2014-10-07", T1, "\n\n".join(P1),
 "defence/contracting", "legal,procurement fraud,False Claims Act,defence contractor,government contracts,Maryland",
 "U.S. Attorney's Office, District of Maryland, press release '" + T1 + "', 2014-10-07, US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 "U.S. Attorney's Office press release (U.S. Department of Justice, justice.gov), from the search tool page store",
 "The District of Maryland's release on the DRS Technical Services, Inc. settlement (justice.gov usao-md/pr/...): the "
 "Department's own page, not a copy by a third party (defensedaily, whistleblowerattorneys-blog, natlawreview, "
 "fraudfighters, bergermontague, mastandoartrip and bizjournals left alone). The excerpt holds no date line and the "
 "kept text no relative date: `published` 2014-10-07 (a Tuesday: checked), the day the Justice Department announced "
 "the settlement by defensedaily ('The Justice Department on Tuesday evening said') and mastandoartrip ('in a "
 "statement released last Tuesday'), the Defense Department's own notice following on 9 October 2014 "
 "(natlawreview and fraudfighters: 'On October 9, 2014, the U.S. Department Defense Department (DOD) announced') -- "
 "**doubtful** by the two days if the District's page carries the later date; those pages used for the date only, "
 "never for the text. Left out: 'Skip to main content', 'Press Release', 'For Immediate Release', \"U.S. Attorney's "
 "Office, District of Maryland\". The headline is `title`, as written (its capitals). Cut inside the fifth paragraph "
 "after its second sentence ('... for government and private sector customers.'), before 'DRS C3 & Aviation Company, "
 "which is headquartered in Gaithersburg, Maryland, is an indicrect subsidiary of DRS and provides services to "
 "government agencies, including aircraft maintenance, logistics an' (the excerpt breaks off inside that sentence): "
 "`truncated`. Kept as written: the dateline 'Baltimore \u2013 ' (an en dash), 'the Department of Defense \u2013 "
 "OIG' (an en dash), 'Command's' (a straight apostrophe) beside the curly ones ('Department\u2019s'), 'the "
 "Department of Defense;.' (the release's stray semicolon), 'Herndon, Virginia and is' (no comma), the curly "
 "quotation marks. One text per matter (the DRS Technical Services labour-mischarging settlement, 2014): the Civil "
 "Division's release of the same settlement, if any, is the same matter. Found with query 7 ('DRS Technical Services "
 "Inc. agrees to pay $13.7 million overbilling Army CECOM Rapid Response contract unqualified personnel', rank 2). "
 + CHECK + "'DRS Technical', 'DRS Defense', 'DRS C3', 'DRS Technologies', 'Joyce R. Branda', 'Branda', 'Rod J. "
 "Rosenstein', 'Robert Craig', 'Frank Robey', 'defense-contractor-agrees-pay-137': 0; 'Defense Criminal "
 "Investigative Service' in three files on other matters (53t's marine hose text and its scripts).",
 True))

# ---- Sila Luis / LTC Professional Consultants Inc., DOJ Office of Public Affairs, 22 November 2017 (justice.gov) ----
U2 = ("https://www.justice.gov/opa/pr/owner-two-miami-home-health-agencies-sentenced-more-six-years-prison-role-74-"
      "million-medicare")
T2 = ("Owner of Two Miami Home Health Agencies Sentenced to More Than Six Years in Prison for Role in $74 Million "
      "Medicare Fraud Conspiracy")
P2 = [
 "The owner and operator of two defunct Miami home health agencies was sentenced today to 80 months in prison for her "
 "role in a $74 million conspiracy to defraud the Medicare program.",
 "Acting Assistant Attorney General Kenneth A. Blanco of the Justice Department\u2019s Criminal Division, Acting U.S. "
 "Attorney Benjamin G. Greenberg of the Southern District of Florida, Special Agent in Charge George L. Piro of the "
 "FBI\u2019s Miami Field Office, and Special Agent in Charge Shimon R. Richmond of the U.S. Department of Health and "
 "Human Services Office of Inspector General\u2019s (HHS-OIG) Miami Regional Office made the announcement.",
 "Sila Luis, 59, of Miami, Florida, was sentenced by U.S. District Judge Marcia G. Cooke of the Southern District of "
 "Florida.  Judge Cooke also ordered the defendant to pay $45 million in restitution and to forfeit the gross proceeds "
 "traced to the offense.  Luis pleaded guilty on June 28, to one count of conspiracy to commit health care fraud.",
 "As part of her guilty plea, Luis admitted that, between January 2006 and June 2012, she and her co-conspirators "
 "agreed to, and actually did, operate LTC Professional Consultants Inc. (LTC) in order to fraudulently bill the "
 "Medicare program for home health care services, including diabetic injections, skilled nursing visits, physical "
 "therapy, and other treatments and services.  Professional Home Care Solutions Inc. was another home health agency "
 "under Luis\u2019s ownership and control that was involved in the conspiracy.  Luis further admitted that she and her "
 "co-conspirators enlisted and paid patient recruiters kickbacks and bribes in exchange for the referral of Medicare "
 "beneficiaries to LTC."]
ID2 = "us-doj-opa-sila-luis-ltc-professional-consultants-miami-home-health-owner-medicare-fraud-sentencing-2017"
KEPT[ID2] = ("sila-luis-ltc-opa-2017.txt", T2, P2)
R.append(federal(
 ID2, U2, "2017-11-22", T2, "\n\n".join(P2),
 "home health care", "legal,health care fraud,Medicare,home health,kickbacks,Miami",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2017-11-22, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on Sila Luis's sentencing (justice.gov opa/pr/...): the Department's own page, "
 "not a copy by a third party (pharmacylawblog, thehealthlawfirmblogs and the court-opinion sites left alone). The "
 "excerpt holds no date line: `published` 2017-11-22 (a Wednesday: checked), the day of the sentencing the release "
 "calls 'today', as the health-law blog of George F. Indest III tells it ('On November 22, 2017, a Florida woman ... "
 "received a six-and-a-half-year prison sentence', 'Sila Luis received an 80-month prison sentence'; "
 "pharmacylawblog and thehealthlawfirmblogs) -- those pages used for the date only, never for the text. Left out: "
 "'Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs'. The headline is "
 "`title`, as written. Cut inside the fourth paragraph after its third sentence ('... in exchange for the referral of "
 "Medicare beneficiaries to LTC.'), before 'Had Medicare known that Luis paid bribes and kickbacks to attract "
 "beneficiaries to her facilities, Medic' (the excerpt breaks off): `truncated`. Trailing space after the third "
 "paragraph dropped. Kept as written: the double spaces between sentences, 'pleaded guilty on June 28, to' (no year, "
 "the comma), 'Luis\u2019s', the curly apostrophes ('Department\u2019s', 'FBI\u2019s', 'General\u2019s'). The "
 "release gives no dateline. One text per matter (United States v. Sila Luis, S.D. Fla., the LTC Professional "
 "Consultants / Professional Home Care Solutions conspiracy; her plea and the 2016 Supreme Court ruling on her frozen "
 "assets, Luis v. United States, belong to it): GATHERING.md's 55k not-used list names 'Professional Home Care "
 "Solutions / Elsa Ruiz' (a geyergorey copy, never taken) -- the same agency, perhaps the same conspiracy; nothing of "
 "it is in the corpus. Found with query 14 ('Prime Home Health Services Inc. Marietha Morales president sentenced 108 "
 "months', rank 2). " + CHECK + "'Sila Luis', 'LTC Professional', 'George L. Piro', 'Shimon R. Richmond', 'Benjamin "
 "G. Greenberg', 'Marcia G. Cooke', 'owner-two-miami-home-health': 0; 'Professional Home Care Solutions': "
 "GATHERING.md only (55k's not-used line); 'Kenneth A. Blanco': three files on another matter (41p's Telia text).",
 True))

# ---- Doorae Shipping Co., LTD, USAO District of Hawaii, 5 July 2016 (justice.gov) ----------------------------------
U3 = "https://www.justice.gov/usao-hi/pr/200000-community-service-payment-hawaii-reef-projects-received"
T3 = "$200,000 Community Service Payment For Hawaii Reef Projects Received"
P3 = [
 "HONOLULU -- United States Attorney Florence T. Nakakuni (center in attached picture); Rear Adm. Vincent Atkins, "
 "Commander, Fourteenth Coast Guard District (far left); Resident Agent-in-Charge Donna Kahakui of the Environmental "
 "Protection Agency\u2019s (EPA) criminal enforcement program (second from right), and Special Agent Eric Goldberg of "
 "the Coast Guard Investigative Service (far right) delivered a $200,000 check to Scott Hall, Director of Seabird "
 "Conservation with the National Fish and Wildlife Foundation (holding check), representing the community service "
 "payment of Doorae Shipping Co., LTD, on Friday, July 1 at the U.S. Attorney\u2019s Office. The payment was part of "
 "the sentence Doorae received after pleading guilty in April 2016 to failing to maintain an accurate oil record book, "
 "in violation of the Act to Prevent Pollution from Ships, and making false statements to the U.S. Coast Guard "
 "concerning the discharge of oil contaminated bilge water.",
 "According to court documents, the operation of a marine vessel, such as the B. Sky, an oil tanker ship flagged out "
 "of Vanuatu and operated by Doorae, generates large quantities of waste oil and oil-contaminated waste water. "
 "International and U.S. law requires that these vessels use pollution prevention equipment to preclude the discharge "
 "of these materials. Should any overboard discharges occur, they must be recorded in an oil record book, a log that "
 "is inspected by the U.S. Coast Guard. Information produced to the court established that instead of running bilge "
 "water through an oil water separator, the B. Sky discharged over 500 gallons of oily machinery space bilge water "
 "directly into the ocean and failed to record the discharge in their oil record book as required by law."]
ID3 = "us-usao-hi-doorae-shipping-b-sky-tanker-community-service-payment-national-fish-and-wildlife-foundation-2016"
KEPT[ID3] = ("doorae-shipping-usao-hi-2016.txt", T3, P3)
R.append(federal(
 ID3, U3, "2016-07-05", T3, "\n\n".join(P3),
 "shipping", "legal,environment,vessel pollution,APPS,shipping,community service payment,Hawaii",
 "U.S. Attorney's Office, District of Hawaii, press release '" + T3 + "', 2016-07-05, US federal government work "
 "(public domain); text from the search tool's page store at " + U3,
 "U.S. Attorney's Office press release (U.S. Department of Justice, justice.gov), from the search tool page store",
 "The District of Hawaii's release on Doorae Shipping Co., LTD's community service payment (justice.gov "
 "usao-hi/pr/..., the older 'Justice News' page layout): the Department's own page, not a copy by a third party "
 "(pmmonlinenews on Doorae's second case left alone). `published` 2016-07-05 from the page's own date line 'Tuesday, "
 "July 5, 2016' (a Tuesday: checked), which is left out of the text with 'You are here', 'Justice News', 'Department "
 "of Justice', 'U.S. Attorney\u2019s Office' and 'District of Hawaii'. The headline is `title`, as written. Cut after "
 "the second paragraph ('... as required by law.'), before 'United States District Judge Leslie E. Kobayashi approved "
 "the pa' (the excerpt breaks off): `truncated`. Kept as written: the dateline 'HONOLULU -- ' (two hyphens), the "
 "photo captions in brackets ('(center in attached picture)', '(far left)', '(second from right)', '(far right)', "
 "'(holding check)'), 'Rear Adm.', 'Resident Agent-in-Charge', 'Doorae Shipping Co., LTD' (capitals, no full stop), "
 "'on Friday, July 1 at' (no comma), 'oil contaminated' beside 'oil-contaminated', 'International and U.S. law "
 "requires', the curly apostrophes ('Agency\u2019s', 'Attorney\u2019s'). One text per matter, and here per company: "
 "Doorae's April 2016 plea and sentence over the B. Sky (the payment's source) are this matter; its second conviction "
 "of August 2016 over the B. Pacific (justice.gov usao-hi/pr/korean-company-fined-275000-second-violation-act-"
 "prevent-pollution-ships, query 11 rank 8, first-party) is a separate case of the same company and is not taken "
 "with it (claimed together as one line). Found with query 11 ('Hai Soon Ship Management Hai Soon 39 sentenced "
 "Honolulu U.S. Attorney Kenji M. Price oil record book', rank 5). " + CHECK + "'Doorae', 'B. Sky', 'B. Pacific', "
 "'Nakakuni', 'Vincent Atkins', 'Fourteenth Coast Guard', 'Donna Kahakui', 'Eric Goldberg', 'Scott Hall', 'Seabird "
 "Conservation', '200000-community-service-payment': 0; 'National Fish and Wildlife Foundation': 57i's Zeus text "
 "(dev) only (another matter).",
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
