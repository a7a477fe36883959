#!/usr/bin/env python3
"""Batch 54l (session 55, gatherer 54l): three US federal texts on food, drug and medical-device cases that the Justice
Department and U.S. Attorneys' offices brought against companies and the men who ran or owned them -- the Office of
Public Affairs' release on Ethex Corporation, 'a wholly owned subsidiary of St. Louis-based drug manufacturer, KV
Pharmaceutical Company', pleading guilty to two felonies over oversized drug tablets (2 March 2010); the District of
Massachusetts' release on the former Chief Executive Officer and Vice President of Sales of Acclarent, Inc. convicted
of distributing adulterated and misbranded medical devices (20 July 2016); the Southern District of Florida's release
on Christian Rivas, 'the owner of Oasis Brands, Inc.', sentenced for distributing Listeria-contaminated cheese
(November 2016, no date in the excerpt) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the
DOJ food/drug/health-care lane after 54f (and 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the
corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the
notes of /work/notes and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - Department of Justice, Office of Public Affairs, 'KV Pharmaceutical Subsidiary Pleads Guilty to Two Felonies
    Regarding Oversized Drugs' (2 March 2010): Ethex Corporation, KV Pharmaceutical Company, the Justice Department,
    the Food and Drug Administration, U.S. District Court in St. Louis, Judge E. Richard Webber (justice.gov's
    'opa/pr/kv-pharmaceutical-subsidiary-pleads-guilty-two-felonies-regarding-oversized-drugs');
  - U.S. Attorney's Office, District of Massachusetts, 'Former Acclarent, Inc. Executives Convicted of Crimes Related
    to the Sale of Medical Devices' (20 July 2016, **doubtful** day): William Facteau, Patrick Fabian, Acclarent, Inc.,
    the Relieva Stratus Microflow Spacer, the U.S. Food and Drug Administration (justice.gov's 'usao-ma/pr/former-
    acclarent-inc-executives-convicted-crimes-related-sale-medical-devices');
  - U.S. Attorney's Office, Southern District of Florida, release on Christian Rivas and Oasis Brands, Inc. (no headline
    and no date in the store's excerpt: `title` and `published` null): U.S. District Judge Robert N. Scola, Jr., United
    States Attorney Wifredo A. Ferrer, Special Agent in Charge Justin Green of the FDA's Office of Criminal
    Investigations (justice.gov's 'usao-sdfl/pr/miami-dade-resident-sentenced-fifteen-months-prison-distributing-
    contaminated-cheese').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55l/src;
`verify()` checks that each kept paragraph and each title occur in its saved excerpt). Page chrome ('Skip to main
content', 'Press Release', 'Related Content', 'For Immediate Release', the office lines, the OPA release's subheading)
and the headlines (kept as `title`, as written) are left out; no word added or changed; the store's paragraphs joined
by a blank line (the double spaces between sentences kept, the store's trailing spaces at paragraph ends dropped);
each text cut at the last full sentence before the store's excerpt breaks off. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch54l.py [POOL_DIR] [--dry]   (default /tmp/gather55l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55l/src"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-55 pools /tmp/gather55*/pool (a-f and this lane's when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55l/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Ethex Corporation / KV Pharmaceutical, DOJ Office of Public Affairs, 2 March 2010 ---------------------------------
U1 = "http://www.justice.gov/opa/pr/kv-pharmaceutical-subsidiary-pleads-guilty-two-felonies-regarding-oversized-drugs"
T1 = "KV Pharmaceutical Subsidiary Pleads Guilty to Two Felonies Regarding Oversized Drugs"
P1 = [
 "WASHINGTON \u2013 Ethex Corporation, a wholly owned subsidiary of St. Louis-based drug manufacturer, KV Pharmaceutical "
 "Company, pleaded guilty to two felonies and was sentenced today in connection with the manufacturing of oversized "
 "prescription drug tablets, the Justice Department announced today. The government had charged that, despite having "
 "knowledge that the two drugs did not meet required specifications, Ethex violated the law by intentionally "
 "withholding this information from the Food and Drug Administration (FDA). Given the seriousness of Ethex\u2019s conduct "
 "and the risk it posed to consumers of its drugs, the Justice Department pursued felony charges.",
 "According to charges presented in U.S. District Court in St. Louis today, Ethex failed to submit required \"field "
 "alert reports\" to the FDA in 2008 concerning two drugs, propafenone and dextroamphetamine sulfate.  Following the "
 "recommendations of a plea agreement that was filed today, Judge E. Richard Webber sentenced Ethex to pay a fine of "
 "more than $23.4 million, pay approximately $2.3 million in restitution to Medicare and Medicaid for their approximate "
 "losses, and forfeit nearly $1.8 million to the United States.",
 "Under the Food, Drug and Cosmetic Act, a drug manufacturer must thoroughly investigate why a drug fails to meet "
 "specifications, whether or not the drug has been distributed into interstate commerce. Moreover, when a manufacturer "
 "receives information concerning a significant chemical change in a distributed drug or a failure of a distributed "
 "drug batch to meet specifications, it is required to promptly file a field alert report with the FDA."]
ID1 = "us-doj-opa-kv-pharmaceutical-subsidiary-ethex-pleads-guilty-oversized-drug-tablets-2010"
KEPT[ID1] = ("ethex-kv-opa.txt", T1, P1)
R.append(federal(
 ID1, U1, "2010-03-02", T1, "\n\n".join(P1),
 "pharmaceuticals/drug manufacturing", "legal,drug safety",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2010-03-02, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release on justice.gov's current site (opa/pr/<slug>; the store's address is http, "
 "kept as given). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`, as written), 'For "
 "Immediate Release', 'Office of Public Affairs', the subheading 'Judge Sentences St. Louis-Based Company to Pay $27.6 "
 "Million in Fines, Restitution and Forfeitures' (a deck under the headline, not body text). The dateline 'WASHINGTON "
 "\u2013' is kept (it opens the first paragraph). Cut after '... it is required to promptly file a field alert report "
 "with the FDA.', before 'A manufacturer\u2019s failure to file such a report, if done with the intent to defraud or "
 "mis', where the excerpt breaks off mid-word (`truncated`). The store's trailing space after '... pursued felony "
 "charges.' dropped (paragraph end). `published` 2010-03-02: the excerpt has no date line; the same release as "
 "PR Newswire/US Newswire carried it ('WASHINGTON, March 2 /PRNewswire-USNewswire/', bio-medicine.org, 'Date:3/2/2010') "
 "and Violation Tracker ('Date: March 2, 2010') date the plea and sentence the release calls 'today'; the AP (via "
 "manufacturing.net: 'pleaded guilty Tuesday', 2 March 2010 a Tuesday) agrees. Kept as written: the en dash of the "
 "dateline, the straight double quotes of '\"field alert reports\"', 'Ethex\u2019s' (curly apostrophe), 'St. "
 "Louis-based drug manufacturer, KV Pharmaceutical Company' with its comma, the double space after 'sulfate.'. 246 "
 "words. One text per matter: the St. Louis Business Journal (two), the AP via manufacturing.net, drugstorenews, "
 "bio-medicine's PR Newswire copy and Violation Tracker left out; the OPA's later release on Marc S. Hermelin, KV's "
 "former chairman and CEO, pleading guilty over oversized morphine sulfate tablets (came back at rank 7 with no "
 "address) is another matter of the same company, not taken with this one. Found with 'Ethex Corporation subsidiary "
 "of KV Pharmaceutical pleads guilty oversized tablets U.S. Attorney Eastern District of Missouri' (rank 1). " + CHECK +
 "'Ethex', 'KV Pharmaceutical', 'Hermelin', 'Richard Webber', 'propafenone', 'dextroamphetamine', the slug: 0 in the "
 "corpus files, the scripts, the notes and the pools.",
 True))

# ---- Acclarent, Inc. executives, USAO District of Massachusetts, 20 July 2016 ------------------------------------------
U2 = "https://justice.gov/usao-ma/pr/former-acclarent-inc-executives-convicted-crimes-related-sale-medical-devices"
T2 = "Former Acclarent, Inc. Executives Convicted of Crimes Related to the Sale of Medical Devices"
P2 = [
 "BOSTON \u2013 The former Chief Executive Officer and Vice President of Sales of Acclarent, Inc., a medical device "
 "company, were convicted by a federal jury in connection with distributing adulterated and misbranded medical devices.",
 "William Facteau, 47, of Atherton, Cal., and Patrick Fabian, 49, of Lake Elmo, Minn., were convicted by a jury "
 "following a six week trial of 10 counts of introducing adulterated and misbranded medical devices into interstate "
 "commerce.",
 "The jury concluded that Facteau and Fabian caused the unlawful distribution of a medical device known as the Relieva "
 "Stratus Microflow Spacer (\u201cStratus\u201d) for uses not cleared or approved by the U.S. Food and Drug Administration.  "
 "Despite the fact that the company had told the FDA that the Stratus was a medical device intended to maintain an "
 "opening to a patient\u2019s sinus, Facteau and Fabian launched the product intending it to be used as a steroid "
 "delivery device.  The FDA, however, had specifically refused Acclarent\u2019s request to clear the Stratus for "
 "marketing as a drug delivery device without further submissions to support that use.",
 "The evidence at trial demonstrated that Facteau and Fabian sought to quickly develop and market products, including "
 "the Stratus as a drug delivery device, to create a projected revenue stream that would make Acclarent an attractive "
 "business for either an initial public offering or acquisition.",
 "The jury acquitted Facteau and Fabian on 14 felony counts of fraud.  The 10 counts of conviction were misdemeanor "
 "counts related to the same conduct.",
 "The charge of violating the Food, Drug and Cosmetics Act provides for a sentence of no greater than one year in "
 "prison on each count, one year of supervised releaseand fine of $100,000 or twice the gross gain or loss."]
ID2 = "us-doj-usao-ma-former-acclarent-ceo-vice-president-sales-convicted-misbranded-sinus-device-2016"
KEPT[ID2] = ("acclarent-usao-ma.txt", T2, P2)
R.append(federal(
 ID2, U2, "2016-07-20", T2, "\n\n".join(P2),
 "medical devices", "legal,medical devices",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Massachusetts, press release '" + T2 + "', "
 "2016-07-20, US federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, District of Massachusetts) from the search "
 "tool page store",
 "The District of Massachusetts' release on justice.gov's current site (usao-ma/pr/<slug>; the store's address has no "
 "'www.', kept as given). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`, as "
 "written), 'For Immediate Release', 'U.S. Attorney's Office, District of Massachusetts'. The dateline 'BOSTON \u2013' "
 "is kept (it opens the first paragraph). Cut after '... or twice the gross gain or loss.', before 'Actual', where "
 "the excerpt breaks off (`truncated`). The store's trailing spaces after '... into interstate commerce.', '... to "
 "support that use.' and '... or acquisition.' dropped (paragraph ends). `published` 2016-07-20, **doubtful** day: the "
 "excerpt has no date line and the release no relative date; the court's later order (United States v. Facteau, "
 "D. Mass., 14 September 2020, casetext) puts the verdict 'On July 20, 2016', and Fortune of 21 July 2016 ('A federal "
 "jury on Wednesday convicted ...', 20 July a Wednesday, 'the U.S. Attorney's Office in Massachusetts announced') "
 "reports the release as out; a reader may date it 21 July (pharmamanufacturing, medtechy and agg.com's alert are of "
 "that day). Kept as written: the en dash of the dateline, 'a six week trial' (no hyphen), '(\u201cStratus\u201d)' "
 "(curly quotes), 'patient\u2019s' and 'Acclarent\u2019s' (curly apostrophes), the double spaces between sentences, "
 "'Food, Drug and Cosmetics Act', 'supervised releaseand' (the release's missing space). 285 words. One text per "
 "matter: pharmamanufacturing, Fortune, baddrug.news, Becker's, Medtech Insight, MassDevice (the $18 million civil "
 "settlement of 22 July 2016, the same matter), agg.com, mddionline (the 2015 indictment), medtechy, McGuireWoods "
 "and Mealey's (the 2024 appeal) and the casetext orders left out; the office's 2015 indictment release and any "
 "sentencing release are the same matter, not to be taken with this one. Found with 'Two Former Acclarent Executives "
 "Convicted of Distributing Adulterated and Misbranded Medical Devices U.S. Attorney's Office District of "
 "Massachusetts' (rank 4; an appeal note, Mealey's and pharmamanufacturing above it). " + CHECK + "'Acclarent', "
 "'Facteau', 'Patrick Fabian', 'Relieva', 'Lake Elmo', the slug: 0 in the corpus files, the scripts, the notes and "
 "the pools; 'Atherton' only as other people's home town (other matters: 44n's McKesson/HBOC and others).",
 True))

# ---- Oasis Brands, Inc. / Christian Rivas, USAO Southern District of Florida, November 2016 (no date in the excerpt) ---
U3 = ("https://www.justice.gov/usao-sdfl/pr/miami-dade-resident-sentenced-fifteen-months-prison-distributing-"
      "contaminated-cheese")
P3 = [
 "A Miami-Dade County resident was sentenced to 15 months in prison, by U.S. District Judge Robert N. Scola, Jr., for "
 "distributing contaminated cheese.",
 "Wifredo A. Ferrer, United States Attorney for the Southern District of Florida, and Justin Green, Special Agent in "
 "Charge, U.S. Food and Drug Administration, Office of Criminal Investigations (FDA-OCI), Miami Field Office, made the "
 "announcement.",
 "Christian Rivas, the owner of Oasis Brands, Inc. (\u201cOasis\u201d), located in Miami, Florida, previously pled guilty "
 "to a two-count criminal Information. Pursuant to Count 1, a felony, Rivas, with the intent to defraud and mislead, "
 "delivered cheese processed and packed at the Oasis facility into interstate commerce that was \u201cadulterated . . . "
 "in that it contained lysteria monocytogenes (\u201clisteria\u201d) a deleterious substance, which may render the food "
 "injurious to health,\u201d in violation of Title 21, United States Code, Section 331(a) and 333(a)(2). Pursuant to "
 "Count 2, a misdemeanor, Rivas, as the responsible corporate official of Oasis, delivered cheese into interstate "
 "commerce, \u201cwhich was prepared, packed and held [at the Oasis facility] under insanitary conditions whereby it may "
 "have been rendered injurious to health,\u201d in violation of Title 21, United States Code, Section 331(a) and "
 "333(a)(1).",
 "\u201cConsumer protection is a top priority for the U.S. Attorney\u2019s Office,\u201d stated U.S. Attorney Wifredo "
 "Ferrer. \u201cThe Southern District of Florida will continue to work with the FDA to identify for prosecution cases "
 "where consumers are exposed to the risk of serious harm from contaminated food purchased in the marketplace, while "
 "being fraudulently led to believe that it is safe.\u201d",
 "\u201cU.S. consumers rely on the FDA to ensure that the food they eat is safe and wholesome,\u201d said Justin D. Green, "
 "Special Agent in Charge, FDA Office of Criminal Investigations\u2019 Miami Field Office."]
ID3 = "us-doj-usao-sdfl-oasis-brands-owner-christian-rivas-sentenced-listeria-cheese-2016"
KEPT[ID3] = ("oasis-usao-sdfl.txt", None, P3)
R.append(federal(
 ID3, U3, None, None, "\n\n".join(P3),
 "food processing/food safety", "legal,food safety",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of Florida, press release on the sentencing of "
 "Christian Rivas, owner of Oasis Brands, Inc. (November 2016; headline and date not in the stored excerpt), US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Southern District of Florida) from the "
 "search tool page store",
 "The Southern District of Florida's release on justice.gov's current site (usao-sdfl/pr/<slug>). The store's excerpt "
 "opens with 'Related Content', 'Press Release', 'Press Release' (left out) and gives no headline and no date line: "
 "`title` null (the slug reads 'Miami-Dade resident sentenced fifteen months prison distributing contaminated cheese', "
 "but no headline text is taken from an address) and `published` null (the sentencing was on 15 November 2016 by "
 "Food Poisoning Bulletin and Paul Hastings' client alert of 23 November 2016, but the release's own day is not known "
 "and the text has no relative date to resolve; **doubtful**, a reader may set 2016-11-15). The store gives one "
 "paragraph a line; joined by a blank line. Cut after '... FDA Office of Criminal Investigations\u2019 Miami Field "
 "Office.', before '\u201cWe will continue to pursue and bring to justice thos', where the excerpt breaks off mid-word "
 "(`truncated`). Kept as written: 'pled guilty', 'lysteria monocytogenes' (the release's misspelling, inside a quoted "
 "charge), the spaced ellipsis '. . .', the bracketed '[at the Oasis facility]', the curly quotes and apostrophes, "
 "'Scola, Jr.,' with its commas. 287 words. One text per matter: Food Poisoning Bulletin (two), the Moll Law Group "
 "blog (two) and Paul Hastings' alert (three copies) left out; the office's plea and charging releases are the same "
 "matter, not to be taken with this one. Found with 'Christian Rivas owner Oasis Brands sentenced cheese listeria U.S. "
 "Attorney Southern District of Florida' (rank 2) and again with the slug's words (rank 6). " + CHECK + "'Oasis "
 "Brands', 'Rivas', 'Scola', 'Wifredo', 'Justin Green', the slug: 0 in the corpus files, the scripts, the notes and "
 "the pools; 'Ferrer' only as other people (Carlos Ferrer, Eduardo Masferrer); 'Miami-Dade' only in other matters.",
 True))


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text); returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = open(path, encoding="utf-8").read()
        for part in ([title] if title else []) + paras:
            if part not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
