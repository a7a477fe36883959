#!/usr/bin/env python3
"""Batch 52za (session 53, gatherer 52za): one CFTC enforcement press release of 2003 on cftc.gov, a new matter in the
federal SEC/CFTC lane (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j,
51a, 51g, 51o, 51v, 51zf, 51zk, 51zl, 51zs, 52a, 52g and 52n) -- the orders of permanent injunction that 'Judge John F.
Walter of the U.S. District Court for the Central District of California' entered against 'Acro Information Service,
Inc. (Acro), of Monterey Park, California; Pakco Holdings Limited (Pakco) of Carson City, Nevada', 'Dr. Florentius Chan
(Chan) and his wife Sandy H. Chan (Sandy Chan); and Andrew Tai Wai (Wai)': 'Dr. Chan formerly owned Acro and Sandy Chan
was Acro's President. Since May 2001, Wai owned and acted as President of Acro, as well as Pakco.' (CFTC release
4815-03, 9 July 2003) -- a US federal government work (17 U.S.C. 105). From 52n's lead (cftc.gov's enforcement index
page 223 heading 'Acro Information Service, Inc., Pakco Holdings Limited and Dr. Florentius Chan'): 'CFTC Acro
Information Service Pakco Holdings Florentius Chan foreign currency' gave opa4815-03 at rank 1 (the complaint's release
4551-01, the same matter, at rank 2). The other leads named for this round were looked at and not taken (see the
section 52za in /work/notes/gather53/52za.md). Every name, release number and address was checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes/gather53, /work/shared/eval and the session-53 pools:
  - CFTC release 4815-03 (9 July 2003), 'CALIFORNIA COURT SANCTIONS FOREIGN CURRENCY (FOREX) FIRM ACRO INFORMATION
    SERVICE, INC. AND ITS EMPLOYEES FOR FRAUD AND ILLEGAL COMMODITY FUTURES TRADING': the CFTC, the Central District of
    California court, John F. Walter, Acro Information Service, Inc., Pakco Holdings Limited, Florentius Chan, Sandy H.
    Chan, Andrew Tai Wai (cftc.gov's 'opa/enf03/opa4815-03.htm').
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes). The lines 'Release: 4815-03
(Civ-01-06926-JFW-RZX)' and 'For Release: July 9, 2003' and the dateline 'WASHINGTON, D.C. \u2013' are left out (the
heading kept as `title`, in its capitals, the release's date as `published`). No word added or changed; the page's
lines kept as paragraphs, joined by a blank line; its curly apostrophes (U+2019) kept. Cut at the last full sentence
before the excerpt breaks off ('The orders also require the Chans to p'; `truncated`). Written before any extractor
ran on the text (newskg was not run on it).
usage: batch52za.py [POOL_DIR] [--dry]   (default /tmp/gather53za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather53, /work/shared/eval and the session-53 pools /tmp/gather53*/ (none held a file on "
         "this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53za/pool"
Q = "\u2019"
R = []

# ---- Acro Information Service, Inc., former president Sandy H. Chan, president Andrew Tai Wai, Pakco, CFTC 4815-03 ----
U1 = "http://www.cftc.gov/opa/enf03/opa4815-03.htm"
T1 = ("CALIFORNIA COURT SANCTIONS FOREIGN CURRENCY (FOREX) FIRM ACRO INFORMATION SERVICE, INC. AND ITS EMPLOYEES FOR "
      "FRAUD AND ILLEGAL COMMODITY FUTURES TRADING")
R.append(federal(
 "us-cftc-acro-information-service-former-president-sandy-chan-president-wai-pakco-forex-permanent-injunction-2003",
 U1, "2003-07-09", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that Judge John F. Walter of the U.S. District "
 "Court for the Central District of California entered orders of permanent injunction against defendants Acro "
 "Information Service, Inc. (Acro), of Monterey Park, California; Pakco Holdings Limited (Pakco) of Carson City, "
 "Nevada; Monterey, California resident Dr. Florentius Chan (Chan) and his wife Sandy H. Chan (Sandy Chan); and Andrew "
 "Tai Wai (Wai), formerly of Alhambra, California, who currently resides in Almaty, Kazakhstan.\n\n"
 "The orders stem from a two-count CFTC complaint filed on August 9, 2001, against the defendants (see CFTC News "
 "Release 4551-01, August 9, 2001). Dr. Chan formerly owned Acro and Sandy Chan was Acro" + Q + "s President. Since "
 "May 2001, Wai owned and acted as President of Acro, as well as Pakco.\n\n"
 "The CFTC complaint alleged that since March 2000, Acro solicited customers by advertising high-income employment "
 "opportunities in Asian and other foreign-language newspapers, and that persons who responded to the ads were offered "
 "employment trading off-exchange foreign currency futures (forex) contracts. The complaint further alleged that Acro"
 + Q + "s owners and employees represented to prospective employees that their trading would be profitable and that "
 "their risk would be limited. As alleged in the complaint, after minimal training, the employees opened their own "
 "trading accounts, and, with few exceptions, lost all or most of their investments.\n\n"
 "The orders prohibit Acro, Pakco, Dr. Chan, and Wai from violating the anti-fraud provisions of the Commodity "
 "Exchange Act (CEA) and CFTC regulations, and all defendants from violating the CEA" + Q + "s off-exchange trading "
 "provisions.",
 "retail forex trading/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 4815-03 '" + T1 + "', Washington, D.C., July 9, 2003, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf03' archive "
 "address): first-party text. Left out: the lines 'Release: 4815-03 (Civ-01-06926-JFW-RZX)' and 'For Release: July 9, "
 "2003' (kept as `published`) and the dateline 'WASHINGTON, D.C. \u2013'; the heading kept as `title` in its capitals "
 "(the release has no sub-heading). Cut after '... from violating the CEA" + Q + "s off-exchange trading provisions.', "
 "before the excerpt breaks off ('The orders also require the Chans to p'; `truncated`). Kept as written: 'Acro "
 "Information Service, Inc. (Acro), of Monterey Park, California' (comma before 'of'), 'Monterey, California resident "
 "Dr. Florentius Chan', 'see CFTC News Release 4551-01, August 9, 2001' (the complaint's filing date, as the text "
 "gives it), 'Acro" + Q + "s President' and 'President of Acro' (capital P), the curly apostrophes. 254 words. One text "
 "per matter: CFTC release 4551-01 (14 August 2001, the complaint, with the Fintrex action in the same release; "
 "opa/enf01/opa4551-01.htm) is the same matter, not taken; its kept text would give only 'James E. Newsome, Acting "
 "Chairman of the CFTC'. " + CHECK + "'4815-03', 'opa4815', 'Acro Information', 'Pakco', 'Florentius', 'Tai Wai', "
 "'John F. Walter', 'Carson City', 'Alhambra', 'Almaty': 0 in the corpus files and the pools; 'Acro', 'Pakco', "
 "'Florentius' and 'Fintrex' only as 52n's not-taken lead in its notes and in GATHERING.md; '4551-01' only as a "
 "reference number in the 2002 forex-sweep train file (52g's; the Rego Gainer and other matters, not Acro); 'Central "
 "District of California' in other matters' files.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
