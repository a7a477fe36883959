#!/usr/bin/env python3
"""Batch 54m (session 55, gatherer 54m): two US federal texts on domestic price-fixing and bid-rigging cases announced
by the Justice Department in 2004 and 2008 -- the Antitrust Division's release of 30 September 2004 on Bayer
Corporation, 'the Pittsburgh subsidiary of German firm Bayer AG', agreeing to plead guilty in San Francisco and pay a
$33 million criminal fine for fixing prices of aliphatic polyester polyols made from adipic acid with an unnamed
producer from 1998 to 2002 (the first charge of the polyester polyols investigation); the Office of Public Affairs'
archived release of 30 May 2008 on Wilson Freire, 'former Government Contracts Manager at Peck & Hale LLC' of West
Sayville, N.Y., pleading guilty in Islip to rigging bids on U.S. Navy contracts for metal sling hoist assemblies and to
soliciting and accepting kickbacks on Peck & Hale's sub-contracts (Thomas O. Barnett and Sharon Woods, 'the Director of
DCIS', quoted) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane
after 54g (and 54a, 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters
new to the corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather
scripts, the notes of /work/notes/gather54 and /work/notes/gather55 and the session-54 and session-55 pools).
International cartels are left to gatherer 54n. First-party federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Antitrust Division press release (30 September 2004; justice.gov atr/public/
    press_releases/2004/205621.htm; no date line in the store's excerpt, `published` from gata.org's reprint of the
    Department's statement 'Thursday, September 30, 2004' (usdoj.gov opa/pr/2004/September/04_at_661.htm); the
    excerpt's one heading row is the sub-heading 'Agrees to Pay $33 Million Criminal Fine', its subject lost: left out,
    `title` null): Bayer Corporation, Bayer AG, R. Hewitt Pate, the Antitrust Division;
  - U.S. Department of Justice, Office of Public Affairs press release (30 May 2008; justice.gov archive/opa/pr/2008/
    May/08-ag-482.html; the date line 'Friday, May 30, 2008' in the excerpt; the headline 'Former Manager of Long
    Island Defense Firm Pleads Guilty to Bid Rigging and Soliciting and Accepting Kickbacks on Department of Defense
    Contracts' kept as `title`): Peck & Hale LLC, Wilson Freire, Thomas O. Barnett, Sharon Woods, DCIS, the U.S.
    Department of Defense, the U.S. Navy.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55m/src,
by /tmp/gather55m/save_src.py -- the Bayer excerpt exactly 2,000 bytes, the store's excerpt length, the Freire excerpt
1,999 (all ASCII; one byte short, likely a trailing space the store trimmed after 'Freire and') -- a check on the
transcription; checked paragraph for paragraph by /tmp/gather55m/verify.py). Page chrome (the 'three formats'
paragraph, the seal lines, the date line -- used for `published` --, the phone and TDD lines) is left out. The
paragraphs are the store's blank-line blocks, each one row. Each text is cut at the last full paragraph before the
store's excerpt breaks off; the Bayer text also before the lead-in 'The Department charged that Bayer and unnamed
co-conspirators carried out the conspiracy by:', whose list breaks off in its first item (53t's Crompton way). No word
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54m.py [POOL_DIR] [--dry]   (default /tmp/gather55m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55m/pool"
R = []

# ---- Bayer Corporation (Pittsburgh subsidiary of Bayer AG) agrees to plead guilty, polyester polyols, 30 Sept 2004 ----
U1 = "http://www.justice.gov/atr/public/press_releases/2004/205621.htm"
G1 = "https://gata.org/node/2666"
R.append(federal(
 "us-doj-atr-bayer-corporation-pittsburgh-subsidiary-bayer-ag-polyester-polyols-price-fixing-plea-2004", U1,
 "2004-09-30", None,
 "WASHINGTON, D.C. \u2014 Bayer Corporation, the Pittsburgh subsidiary of German firm Bayer AG, has agreed to plead "
 "guilty and to pay a $33 million criminal fine for participating in a conspiracy to fix prices of a chemical used in "
 "a number of consumer products, including plastic grocery bags, shoe soles and automotive parts, the Department of "
 "Justice announced today. Today's charge is the first in an ongoing investigation of this product, polyester "
 "polyols.\n\n"
 "Polyester polyols are also used in automotive coatings, filters, belts, seals and gaskets, adhesives, sound-proofing "
 "products, and textiles. The chemical involved in the Bayer case, aliphatic polyester polyols made from adipic acid, "
 "is added to other chemicals to improve tensile strength and resistance to abrasion.\n\n"
 "According to the one-count felony charge filed in the U.S. District Court in San Francisco, Bayer Corporation "
 "conspired from 1998 to 2002 with an unnamed producer and unnamed individuals to suppress and eliminate competition "
 "in the United States for aliphatic polyester polyols made from adipic acid. Under the plea agreement, which must be "
 "approved by the court, Bayer Corporation has agreed to assist the government in its ongoing investigation.\n\n"
 "\"Today's charge represents a significant step in our continuing effort to eliminate illegal cartel activity,\" said "
 "R. Hewitt Pate, Assistant Attorney General in charge of the Department's Antitrust Division.",
 "chemicals/polyester polyols", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release on Bayer Corporation (2004-09-30; no headline or date "
 "in the excerpt), US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov (atr/public/press_releases/2004/205621.htm). Left out: 'This "
 "document is available in three formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888', and the one heading row 'Agrees to Pay $33 "
 "Million Criminal Fine' (a sub-heading whose subject line the store lost: not kept as `title`, 54a's and 53u's way "
 "with sub-headings; `title` null, **doubtful**: 54g kept a whole-sentence sub-heading as title). `published` "
 "2004-09-30: the excerpt has no date line; gata.org's reprint (" + G1 + ", in the page store) gives the same text as "
 "'U.S. Department of Justice Statement, Thursday, September 30, 2004' with the address usdoj.gov/opa/pr/2004/"
 "September/04_at_661.htm, and cbgnetwork.org's news copy is dated 'Sept. 30, 2004' (so 'today' is resolved to that "
 "day). The paragraphs are the store's blank-line blocks, each one row. Cut after Pate's quotation paragraph, before "
 "'The Department charged that Bayer and unnamed co-conspirators carried out the conspiracy by:' and its bullet list, "
 "which the excerpt breaks off in ('\u2022 Participating in convers') (`truncated`; the lead-in dropped with its list, "
 "53t's Crompton way). Kept as written: the dateline 'WASHINGTON, D.C. \u2014' (an em dash), 'German firm Bayer AG', "
 "\"Today's\" and \"Department's\" (straight apostrophes), 'sound-proofing'. One text per matter (aliphatic polyester "
 "polyols from adipic acid, 1998-2002, San Francisco court, the first charge of that investigation): gata.org's "
 "reprint of the same release, processengineering.co.uk, english.pravda.ru, cbgnetwork.org (news copies), the 2005 "
 "plea agreement on scribd (CR 04-0318 VRW, a court filing) and carteldigest left out. Not the rubber-chemicals matter "
 "(Bayer AG's July 2004 plea, Crompton: 53t's Eisenberg text and 54h's not-used list) nor the citric acid matter "
 "(54h's Haarmann & Reimer): the release calls polyester polyols a separate, new investigation. Found with 'Bayer "
 "Corporation agrees to plead guilty polyester polyols price fixing' (rank 2; 54g's and 54h's lead). " + CHECK +
 "'polyol', '205621', '04_at_661', 'CR 04-0318': 0 in the corpus files and scripts ('polyol' and '205621' only in "
 "54h's leads in GATHERING.md and its note, naming this text as untaken); 'Bayer' in seven corpus files (Wikipedia "
 "company pages, Wikinews, 54h's Haarmann & Reimer citric-acid release: other matters); 'R. Hewitt Pate' in DOJ "
 "records of other matters (the same official).",
 True))

# ---- Peck & Hale LLC former Government Contracts Manager Wilson Freire pleads guilty, Navy slings, 30 May 2008 --------
U2 = "https://www.justice.gov/archive/opa/pr/2008/May/08-ag-482.html"
T2 = ("Former Manager of Long Island Defense Firm Pleads Guilty to Bid Rigging and Soliciting and Accepting Kickbacks on "
      "Department of Defense Contracts")
R.append(federal(
 "us-doj-opa-peck-hale-former-government-contracts-manager-freire-navy-sling-bid-rigging-kickbacks-plea-2008", U2,
 "2008-05-30", T2,
 "WASHINGTON -- A former manager of a West Sayville, N.Y., company pleaded guilty and has agreed to serve a jail "
 "sentence and pay a criminal fine for his role in two separate conspiracies, one to rig bids on U.S. Navy contracts "
 "for metal sling hoist assemblies and another to accept kickbacks from vendors and subcontractors, the Department of "
 "Justice announced today. A metal sling hoist assembly is a wire rope basket-type sling, which is used by all "
 "branches of the military to hold items to be transported, such as bombs and other munitions.\n\n"
 "Wilson Freire, former Government Contracts Manager at Peck & Hale LLC, pleaded guilty in the U.S. District Court in "
 "Islip, N.Y., to one charge of bid rigging and one charge of soliciting and accepting kickbacks in connection with "
 "Peck & Hale's sub-contracts to package, paint, manufacture or otherwise finish various parts sold to the U.S. "
 "Department of Defense (DOD). Under the plea agreement, which is subject to court approval, Freire has agreed to "
 "serve 366 days in jail, pay a $10,000 criminal fine and to cooperate with the Department's ongoing investigation.\n\n"
 "\"These charges and penalties serve as a reminder that we will prosecute those who seek to deny the military the "
 "ability to purchase goods and services in a competitive market,\" said Thomas O. Barnett, Assistant Attorney "
 "General in charge of the Department's Antitrust Division.\n\n"
 "\"America's warfighters deserve the very best to perform their jobs in these difficult times. Price fixing and bid "
 "rigging by unscrupulous contractors perverts the entire procurement system and denies our service men and women "
 "the best tools to support our national priorities,\" said Sharon Woods, the Director of DCIS.",
 "defense/military restraints", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2008-05-30, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov archive, Office of Public Affairs), from the search tool page store",
 "The release on justice.gov's archive of the Office of Public Affairs (archive/opa/pr/2008/May/08-ag-482.html; an "
 "Antitrust Division case, Barnett quoted). Left out: 'Department of Justice SealDepartment of Justice' (run together "
 "in the store), the date line 'Friday, May 30, 2008' (used for `published`), '(202) 514-2007', 'TDD (202) 514-1888', "
 "the headline (kept as `title`). The paragraphs are the store's blank-line blocks, each one row. Cut after Woods's "
 "quotation paragraph, before 'According to the charges, Freire and ', where the excerpt breaks off (`truncated`). "
 "Kept as written: the dateline 'WASHINGTON --' (a double hyphen), 'West Sayville, N.Y., company', 'Islip, N.Y.,', "
 "'sub-contracts' beside 'subcontractors', 'DCIS' (not spelt out in the text), 'perverts' (as printed), the straight "
 "apostrophes. One text per matter (the military-restraints investigation at Peck & Hale: metal sling hoist assemblies "
 "for the U.S. Navy and kickbacks on Peck & Hale's sub-contracts): the Division's other releases of the same "
 "investigation (Thomas Cunningham and Richard Barko of Total Industrial & Packaging, February 2007; Robert Fischetti, "
 "Peck & Hale's former sales director, July 2007; Roger Jacobi of Jacobi Industries, 2007; Certified Slings Inc.; "
 "Ransom Soper III of Peck & Hale, April 2008) are the same matter and not to be taken; hoistmagazine, "
 "breakinglegalnews, washingtontimes and americancityandcounty are news copies. Found with 'Pennsylvania executives "
 "plead guilty to rigging bids on U.S. Navy contracts metal sling hoist assemblies Total Industrial & Packaging' (rank "
 "3) and then its headline in its own words (rank 1). " + CHECK + "'Peck & Hale', 'Peck and Hale', 'Freire', 'West "
 "Sayville', 'metal sling', 'tie-down', 'Sharon Woods', 'Total Industrial', 'Certified Slings', 'Fischetti', 'Jacobi', "
 "'Barko', '08-ag-482': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Soper' in two "
 "corpus files and two scripts (other people); 'Islip' in two corpus files (other matters); 'Thomas O. Barnett' in six "
 "corpus files (Antitrust Division merger releases: the same official, other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
