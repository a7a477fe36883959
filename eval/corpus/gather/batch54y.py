#!/usr/bin/env python3
"""Batch 54y (session 55, gatherer 54y): two US federal texts on domestic cases announced by the Justice Department's
Antitrust Division in 1995 and 1997 -- the Division's release of 14 June 1995 on Ben's Truck Parts & Equipment Inc., 'a
Toledo, Ohio, truck parts company', and 'its president, Donald L. Solomon', charged in Harrisburg, Pennsylvania with
rigging bids on military surplus sold by the Defense Reutilization and Marketing Office, 'an agency of the Defense
Logistics Agency', at auctions in Mechanicsburg and Chambersburg; the Division's release of 8 July 1997 on Pittsburgh
Rigging Company, Inc. of Clinton, Pennsylvania, charged in Pittsburgh with allocating customers and rigging bids for
bridge inspection and structural rigging services (Joel I. Klein and Frederick W. Thieman quoted in indirect speech) --
(US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54s (and 54m,
54g, 54a, 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the
corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the
notes of /work/notes/gather54 and /work/notes/gather55 and the session-54 and session-55 pools). International
cartels are left to other lanes. First-party federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Antitrust Division press release (14 June 1995; justice.gov archive/atr/public/
    press_releases/1995/0240.htm; the date line 'WEDNESDAY, JUNE 14, 1995' in the excerpt; the headline 'OHIO TRUCK
    PARTS COMPANY CHARGED WITH RIGGING BIDS / ON $2 MILLION WORTH OF MILITARY SURPLUS MATERIAL' kept as `title`, its
    two rows joined): Ben's Truck Parts & Equipment Inc., Donald L. Solomon, the Defense Reutilization and Marketing
    Office, the Defense Logistics Agency;
  - U.S. Department of Justice, Antitrust Division press release (8 July 1997; usdoj.gov atr/public/press_releases/
    1997/1182.htm as the UNT End of Term 2008 web archive keeps it; the date line 'TUESDAY, JULY 8, 1997' in the
    excerpt; the headline 'JUSTICE DEPARTMENT CHARGES PENNSYLVANIA COMPANY / WITH CONSPIRING TO ALLOCATE AND RIG BIDS ON
    BRIDGE / INSPECTION AND STRUCTURAL RIGGING SERVICES' kept as `title`, its three rows joined): Pittsburgh Rigging
    Company, Inc., Joel I. Klein, Frederick W. Thieman.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55y/src,
by /tmp/gather55y/save_src.py -- each exactly 2,000 bytes, the store's excerpt length: Ben's 1,998 characters with
one em dash, Pittsburgh Rigging 2,000 characters -- a check on the transcription; `verify()` below checks that each
kept paragraph and each title row occurs once in the saved excerpt). Page chrome (the 'two formats' paragraph, 'U.S.
Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line -- used for `published` --, 'AT',
the phone and TDD lines) is left out. The paragraphs are the store's blank-line blocks, each one row. Each text is cut
at the last full sentence before the store's excerpt breaks off (both at the end of a paragraph). No word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54y.py [POOL_DIR] [--dry]   (default /tmp/gather55y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55y/pool"
SRC = "/tmp/gather55y/src"
R = []

# ---- Ben's Truck Parts & Equipment Inc. and its president Donald L. Solomon charged, 14 June 1995 ---------------------
U1 = "https://www.justice.gov/archive/atr/public/press_releases/1995/0240.htm"
T1 = "OHIO TRUCK PARTS COMPANY CHARGED WITH RIGGING BIDS ON $2 MILLION WORTH OF MILITARY SURPLUS MATERIAL"
R.append(federal(
 "us-doj-atr-bens-truck-parts-equipment-toledo-president-solomon-military-surplus-auction-bid-rigging-1995", U1,
 "1995-06-14", T1,
 "WASHINGTON, D.C. \u2014 Federal antitrust prosecutors charged a Toledo, Ohio, truck parts company and its president "
 "today with conspiring to rig bids on the purchase of $2 million worth of military surplus material sold at "
 "government auctions in Pennsylvania, the Department of Justice announced.\n\n"
 "The Department's Antitrust Division filed a one-count felony charge in U.S. District Court in Harrisburg, "
 "Pennsylvania, against Ben's Truck Parts & Equipment Inc. and its president, Donald L. Solomon, for conspiring to "
 "rig bids on the purchase of military surplus, such as vehicles and vehicle parts sold by the Defense Reutilization "
 "and Marketing Office, an agency of the Defense Logistics Agency. The Department said the bid-rigging conspiracy "
 "occurred from January 1991 through December 1994.\n\n"
 "According to the charge, Ben's Truck Parts and Solomon conspired with others to suppress and eliminate competition "
 "for military surplus offered for sale by the Defense Reutilization and Marketing Office at auctions in "
 "Mechanicsburg and Chambersburg, both Pennsylvania.\n\n"
 "Ben's Truck Parts, Solomon and others carried out the conspiracy by discussing their bids with each other before "
 "various items were offered for sale. They discussed the bid price, the amount of the bid and designated the "
 "successful bidder.",
 "government/military surplus auctions", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1995-06-14, US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov archive, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov's archive (archive/atr/public/press_releases/1995/0240.htm). Left "
 "out: 'This document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. "
 "Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'WEDNESDAY, JUNE 14, 1995' (used "
 "for `published`), 'AT', '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept as `title` (its two rows 'OHIO "
 "TRUCK PARTS COMPANY CHARGED WITH RIGGING BIDS' / 'ON $2 MILLION WORTH OF MILITARY SURPLUS MATERIAL' joined by one "
 "space; capitals as written; no sub-heading). The paragraphs are the store's blank-line blocks, each one row. Cut "
 "after the fourth paragraph ('... and designated the successful bidder.'), before 'Anne K. Bingaman, Assistant "
 "Attorney General in charge of the Antitrust Division, said the charge resulted from an ongoing federal grand jury "
 "investigation into b', where the excerpt breaks off (`truncated`; that sentence is not whole, so the Assistant "
 "Attorney General is lost with it). Kept as written: 'WASHINGTON, D.C. \u2014' (an em dash), \"The Department's "
 "Antitrust Division\" (straight apostrophe), 'in U.S. District Court in Harrisburg, Pennsylvania' (no 'the'), \"Ben's "
 "Truck Parts & Equipment Inc.\", 'the Defense Reutilization and Marketing Office, an agency of the Defense Logistics "
 "Agency', 'bid-rigging', 'both Pennsylvania'. One text per matter (bid rigging at the Defense Reutilization and "
 "Marketing Office's (Service's) military-surplus auctions at Mechanicsburg and Chambersburg, 1991-1994, charged in "
 "Harrisburg): the Division's other releases of it -- Thomas W. Murray, owner of a Dover, Delaware jeep parts company "
 "(13 September 1995, UNT atr 1995/227135.htm), Clark Truck Parts Inc. and Sarafan Auto Supply Inc. (30 September "
 "1996, opa 1996/Sept96/480at.htm) -- are the same matter and not to be taken. Found with 'FOR IMMEDIATE RELEASE AT "
 "(202) 616-2771 TDD company and its president charged with rigging bids Department of Justice Antitrust Division "
 "1996' (rank 4) and 'FOR IMMEDIATE RELEASE Antitrust Division owner and president of company pleaded guilty today "
 "rigging bids government auctions surplus' (rank 6). " + CHECK + "\"Ben's Truck\", 'Donald L. Solomon', 'Defense "
 "Reutilization', 'military surplus', '0240.htm', 'Mechanicsburg' (the Murray and Clark/Sarafan releases' town too): "
 "0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Defense Logistics Agency' 0 in the "
 "corpus files; 'Harrisburg', 'Toledo' and 'Chambersburg' only in corpus files of other matters.",
 True))

# ---- Pittsburgh Rigging Company, Inc. charged, bridge inspection and structural rigging services, 8 July 1997 ---------
U2 = "https://webarchive.library.unt.edu/eot2008/20081105075651/http:/www.usdoj.gov/atr/public/press_releases/1997/1182.htm"
T2 = ("JUSTICE DEPARTMENT CHARGES PENNSYLVANIA COMPANY WITH CONSPIRING TO ALLOCATE AND RIG BIDS ON BRIDGE INSPECTION "
      "AND STRUCTURAL RIGGING SERVICES")
R.append(federal(
 "us-doj-atr-pittsburgh-rigging-company-clinton-bridge-inspection-structural-rigging-bid-rigging-1997", U2,
 "1997-07-08", T2,
 "A Pennsylvania rigging company was charged today by the Department of Justice with conspiring to rig bids and to "
 "allocate certain customers for bridge inspection and structural rigging services.\n\n"
 "In a one-count felony charge filed in U.S. District Court in Pittsburgh, Pennsylvania, the Department's Antitrust "
 "Division charged Pittsburgh Rigging Company, Inc. of Clinton, Pennsylvania with conspiring to allocate certain "
 "customers and rig bids to those customers for services -- which typically include providing manpower, traffic "
 "control, and boom and bucket trucks for bridge inspection sites. The Department said the conspiracy, which violated "
 "Section 1 of the Sherman Act, took place from September 1993 through September 1995.\n\n"
 "According to the charge, the company conspired with another rigging company to suppress and eliminate competition "
 "for bridge inspection and structural rigging services by discussing and allocating bids to certain customers "
 "before those bids were submitted to project owners or general contractors.\n\n"
 "Joel I. Klein, Acting Assistant Attorney General in charge of the Antitrust Division, and Frederick W. Thieman, "
 "United States Attorney for the Western District of Pennsylvania, said the charges resulted from a grand jury "
 "investigation of bid rigging and customer allocation in the bridge inspection and structural rigging services "
 "industry.",
 "construction/bridge inspection and rigging services", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1997-07-08, US federal government work "
 "(public domain); text from the search tool's page store at " + U2 + " (the University of North Texas web archive's "
 "2008 copy of the Antitrust Division's releases on usdoj.gov)",
 "US Justice Department press release (usdoj.gov via the UNT web archive, Antitrust Division), from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/1997/1182.htm, as the UNT End of Term 2008 "
 "web archive keeps it). Left out: 'This document is available in two formats: ... please contact the Antitrust "
 "Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'TUESDAY, JULY 8, 1997' (used for `published`), 'AT', '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept as "
 "`title` (its three rows 'JUSTICE DEPARTMENT CHARGES PENNSYLVANIA COMPANY' / 'WITH CONSPIRING TO ALLOCATE AND RIG "
 "BIDS ON BRIDGE' / 'INSPECTION AND STRUCTURAL RIGGING SERVICES' joined by one space each; capitals as written; no "
 "sub-heading). The release has no dateline: the text opens 'A Pennsylvania rigging company was charged today'. The "
 "paragraphs are the store's blank-line blocks, each one row. Cut after the fourth paragraph ('... in the bridge "
 "inspection and structural rigging services industry.'), before \"The case was filed by the Antitrust Division's "
 "Philad\", where the excerpt breaks off (`truncated`). Kept as written: 'in U.S. District Court in Pittsburgh, "
 "Pennsylvania' (no 'the'), \"the Department's Antitrust Division\" (straight apostrophe), 'Pittsburgh Rigging "
 "Company, Inc. of Clinton, Pennsylvania with' (no comma after the state), 'services -- which typically include' "
 "(two hyphens for a dash), 'Section 1 of the Sherman Act', 'Acting Assistant Attorney General'. No company officer "
 "is named in the excerpt (a company-only text, as 54s's Allied and 54m's Bayer; the officials are the Division's "
 "head and the district's United States Attorney). One text per matter (customer allocation and bid rigging for "
 "bridge inspection and structural rigging services, 1993-1995, Pittsburgh court): the Information (a court filing, "
 "scribd 'US Department of Justice Antitrust Case Brief 00499-1184') is left out; no other release of the matter "
 "came back. Found with 'asbestos abatement contractor and its president charged bid rigging Antitrust Division U.S. "
 "District Court FOR IMMEDIATE RELEASE' (rank 1) and 'FOR IMMEDIATE RELEASE AT (202) 616-2771 TDD company and its "
 "president charged with rigging bids Department of Justice Antitrust Division 1996' (rank 2). " + CHECK +
 "'Pittsburgh Rigging', 'bridge inspection', 'structural rigging', 'Thieman': 0 in the corpus files, GATHERING.md, "
 "the scripts, the notes and the pools; '1182.htm' in one corpus file only inside a Federal Register address "
 "(2013-31182.htm); 'Joel I. Klein' in DOJ records of other matters (the same "
 "official); 'Clinton' in corpus files only as other places and people.",
 True))


def verify():
    """Each kept paragraph and each title row (split at the joins) occurs exactly once in the saved excerpt."""
    import re
    srcs = {R[0]["id"]: "bens-truck-parts-1995-0240.txt", R[1]["id"]: "pittsburgh-rigging-1997-1182.txt"}
    ok = True
    for r in R:
        p = os.path.join(SRC, srcs[r["id"]])
        if not os.path.exists(p):
            print("no saved excerpt (skipped):", p); continue
        s = open(p, encoding="utf-8").read()
        flat = re.sub(r"\s+", " ", s)
        for para in r["text"].split("\n\n"):
            n = s.count(para); ok &= n == 1
            print(r["id"][:40], "paragraph", repr(para[:30]), n)
        n = flat.count(r["title"]); ok &= n == 1
        print(r["id"][:40], "title", n)
        ok &= "\ufffd" not in r["text"]
    print("ALL", ok)
    return ok


if __name__ == "__main__":
    if "--verify" in sys.argv:
        sys.exit(0 if verify() else 1)
    write_all(R, POOL, dry="--dry" in sys.argv)
