#!/usr/bin/env python3
"""Batch 40d (session 41, gatherer 40d): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), round 16 of the federal lane (after batches 39c, 39g and 39s), on batch 39s's DOJ lead and batch 39r's
Garkane lead -- US Attorney's Office press releases on attacks that stopped a named company's service:
  - Ryan Fisher charged with bringing down SBT Internet's wireless Internet service around Vernal, Utah, by
    reprogramming its customers' wireless access points (USAO District of Utah, 15 February 2006, on justice.gov's
    CCIPS archive);
  - Stephen Plato McRae's guilty plea for shooting the cooling fins of Garkane Energy Cooperative's Buckskin
    Electrical Substation on 25 September 2016, causing a power outage in Kane and Garfield counties (USAO District
    of Utah, 10 May 2019, justice.gov);
  - Randy Scott Vail's sentence for shooting at Idaho Power Company's Hells Canyon Dam and Brownlee Dam power
    stations on 8-9 June 2023, causing power loss at both (USAO District of Idaho, June 2024, as
    elkhornmediagroup.com reproduces the release).
Text is the search tool's page-store excerpt (corpus `pages`). Site banners, the office, contact and date lines, the
headlines (kept as `title`) and the copy's own lead-in are left out; cut where the excerpt breaks off inside a
sentence. No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch40d.py [POOL_DIR] [--dry]   (default /tmp/gather41d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41d/pool"
ORIGIN = "US Attorney's Office press release (justice.gov) from the search tool page store"
COPY_ORIGIN = "US Attorney's Office press release via an elkhornmediagroup.com copy (search tool page store)"
CHECK = ("Checked before annotation, by its names, places and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script and the session-41 pools /tmp/gather41*/pool: ")
R = []

# ---- SBT Internet, Fisher charged, USAO District of Utah, 15 February 2006 (justice.gov CCIPS archive) -------------
U1 = "https://www.justice.gov/archive/criminal/cybercrime/press-releases/2006/fisherIndict.htm"
R.append(federal(
 "us-doj-usao-ut-fisher-charged-bringing-down-vernal-wireless-internet-2006", U1, "2006-02-15",
 "Utah Man Charged with Bringing Down Wireless Internet Services in Vernal Region",
 "SALT LAKE CITY ---  A man skilled in the operation of commercial wireless Internet networks faces federal charges "
 "today alleging he intentionally brought down wireless Internet services in the region of Vernal, Utah.\n\n"
 "U.S. Department of Justice Assistant Attorney General Alice Fisher, Acting United States Attorney Stephen J. "
 "Sorenson, and Timothy Fuhrman, Special Agent in Charge of the Federal Bureau of Investigation in Salt Lake City, "
 "announced today that Ryan Fisher, age 23, of Vernal, Utah, has been charged in a one-count criminal indictment "
 "with intentionally damaging a protected computer.  The indictment was returned late Wednesday afternoon.\n\n"
 "The indictment alleges that Fisher worked for SBT Internet, a company providing wireless Internet service to "
 "residential and commercial customers in and around Vernal, until he left over business and financial disputes.  "
 "He went on to own another Internet service provider in the area.  SBT Internet provides Internet service by "
 "means of wireless radio signals sent between SBT\u2019s radio towers and wireless access points on its "
 "customers\u2019 premises.\n\n"
 "The indictment alleges that Fisher used SBT\u2019s computer passwords to access SBT\u2019s network and reprogram "
 "its customers\u2019 wireless access points so they could not reach the Internet through normal means, including "
 "one customer who was relying on electronic mail for news of an organ donor.",
 "telecoms/internet service", "outage,legal",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Utah, press release 'Utah Man Charged with "
 "Bringing Down Wireless Internet Services in Vernal Region', 2006-02-15, US federal government work (public "
 "domain); text as justice.gov's Computer Crime and Intellectual Property Section archive holds it, from the search "
 "tool's page store at " + U1,
 ORIGIN,
 "A press release of the U.S. Attorney's Office for the District of Utah (a US federal work, public domain), as "
 "the archive of the Criminal Division's Computer Crime and Intellectual Property Section on justice.gov holds it. "
 "`published` 2006-02-15: the release's date line ('February 15, 2006'; a Wednesday, so 'late Wednesday "
 "afternoon' is that day). Left out: the heading line with its date in brackets (kept as `title`), 'DOJ Seal', the "
 "date line, the office lines 'U.S. Department of Justice' / 'District of Utah' / 'Paul M. Warner' / 'United States "
 "Attorney', the contact lines (Melodie Rydalch, office and cell numbers) and the repeated headline. Cut after "
 "'... for news of an organ donor.' (a trailing space dropped), before 'The indictment further alleges that Fisher "
 "intentionally reprogrammed the access points ...', where the excerpt breaks off inside that paragraph ('outside "
 "SBT\u2019s networ'; `truncated`). Kept as written: the dateline 'SALT LAKE CITY ---' with its two spaces, the "
 "double spaces between sentences, the curly apostrophes. 210 words. One text per event: the CCIPS archive's "
 "sentencing release of 14 December 2006 (fisherSent.htm: 'more than 170 customers lost Internet service, some of "
 "them for as long as three weeks') left out, its apostrophes mis-encoded in the stored copy ('SBT\u00eds', "
 "'customers\u00ed'); its classactiontimes.com copy, macworld.com, telecoms.com and a WISPA list post are news or "
 "copies. Found with 'justice.gov man sentenced intentionally damaging cell tower AT&T Verizon service outage' "
 "(ranks 5 and 8) and 'Fisher indictment SBT Internet wireless access points jammed airwaves maximum penalty FBI "
 "Salt Lake City' (rank 1). "
 + CHECK + "'SBT Internet', 'Ryan Fisher', 'Vernal', 'Stephen J. Sorenson', 'Fuhrman': 0; 'Alice Fisher' only in a "
 "Wikinews text on another matter (dev: file name only) and batch 31g's scripts; "
 "'justice.gov/archive/criminal/cybercrime' in no script.", True))

# ---- Garkane Buckskin substation, McRae's plea, USAO District of Utah, 10 May 2019 (justice.gov) --------------------
U2 = ("https://www.justice.gov/usao-ut/pr/mcrae-pleads-guilty-destruction-energy-facility-admits-he-used-rifle-fire-"
      "shots-cooling")
R.append(federal(
 "us-doj-usao-ut-mcrae-pleads-guilty-garkane-buckskin-substation-2019", U2, "2019-05-10",
 "McRae Pleads Guilty To Destruction Of Energy Facility; Admits He Used Rifle To Fire Shots Into Cooling Fins",
 "SALT LAKE CITY \u2013 Stephen Plato McRae, age 59, of Escalante, who was charged with one count of destruction of "
 "an energy facility in an indictment returned in February 2017, pleaded guilty to the charge Friday morning in "
 "U.S. District Court in Salt Lake City.\n\n"
 "U.S. Attorney John W. Huber, FBI Special Agent in Charge Paul Haertel, and Kane County Sheriff Tracy Glover "
 "announced the plea agreement Friday afternoon.\n\n"
 "In stipulated facts included in the plea agreement, McRae admitted that he traveled to the Buckskin Electrical "
 "Substation in Kane County on Sept. 25, 2016.  Garkane Energy Cooperative owns the substation.  Using his "
 "Springfield 30-40, Model 1898, rifle, McRae admitted he fired shots into the cooling fins rupturing the radiator "
 "piping. The damage from the rifle shots caused the energy facility substation to overheat and fail.  McRae\u2019s "
 "actions caused a power outage in Kane and Garfield counties.\n\n"
 "Garkane spent $380,522 to repair the damage caused by McRae\u2019s criminal conduct.\n\n"
 "The plea agreement includes a stipulated sentence of 96 months in federal prison, which is subject to the "
 "approval of the court.  Sentencing in the case is set for July 30, 2019, before U.S. District Judge Ted Stewart.  "
 "McRae is in federal custody.\n\n"
 "As a part of the plea agreement, McRae also admitted that he damaged other energy facilities for which he has "
 "not been charged. The United States and local prosecuting authorities have agreed not to seek charges for these "
 "offenses. However, these incidents will be included as relevant conduct the court will take into consideration "
 "in determining the reasonableness of the stipulated 96-month sentence.",
 "energy/electricity distribution", "outage,legal",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Utah, press release 'McRae Pleads Guilty To "
 "Destruction Of Energy Facility; Admits He Used Rifle To Fire Shots Into Cooling Fins', 2019-05-10, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 ORIGIN,
 "A press release of the U.S. Attorney's Office for the District of Utah (a US federal work, public domain), on "
 "justice.gov. `published` 2019-05-10: the release's date line ('Friday, May 10, 2019'). Left out: 'You are here', "
 "'Justice News', the office lines 'Department of Justice' / 'U.S. Attorney\u2019s Office' / 'District of Utah', the "
 "date line, the headline (kept as `title`) and the subheading 'Stipulated Sentence of 96 Months and Restitution of "
 "$380,522 Included in Plea Agreement'. Cut after '... the stipulated 96-month sentence.', before 'The other "
 "offenses incl', where the excerpt breaks off (`truncated`; the list of the uncharged substation shootings is "
 "lost). Kept as written: the dateline 'SALT LAKE CITY \u2013', the double spaces between sentences, 'Sept. 25, "
 "2016', 'Springfield 30-40, Model 1898, rifle', 'Kane and Garfield counties', the curly apostrophes, a trailing "
 "space after '... Kane and Garfield counties.' dropped. 264 words. One text per event: the FBI Salt Lake City "
 "field office's copy of the indictment release (fbi.gov, February 2017: 'The power outage lasted about eight "
 "hours'; undated in the excerpt) left out; sltrib.com, deseret.com, finleyusa.com (NRECA), stopfossilfuels.org and "
 "a law-firm page are news or commentary. Found with 'release from the U.S. Attorney's Office pleaded guilty "
 "destruction of an energy facility substation customers lost power Rocky Mountain Power Duke Energy Entergy' "
 "(rank 3; the fbi.gov indictment release rank 4); the earlier queries on McRae and Garkane returned only news. "
 + CHECK + "'McRae', 'Buckskin', 'Kane County', 'Garfield count', 'John W. Huber', 'Haertel', 'Tracy Glover', "
 "'Ted Stewart': 0; 'Garkane' only in GATHERING.md (batch 39r's and 39s's lead lines: 'news only'); 'Escalante' "
 "only as another word in a Wikipedia bank text (train) and batch33d.py.", True))

# ---- Idaho Power dams, Vail sentenced, USAO District of Idaho, June 2024 (elkhornmediagroup.com copy) ---------------
U3 = "https://elkhornmediagroup.com/?p=181364"
R.append(federal(
 "us-doj-usao-id-vail-sentenced-hells-canyon-brownlee-dam-shootings-2024", U3, "2024-06-10",
 "Idaho man sentenced to probation and fined for shooting Hells Canyon power facilities",
 "Randy Scott Vail, 59, of Meridian, was sentenced to five years of probation for destruction of an energy "
 "facility, U.S. Attorney Josh Hurwit announced today.\n\n"
 "According to court records, on June 8, 2023, and continuing into June 9, 2023, Vail shot at the Hells Canyon Dam "
 "hydroelectric power station and the Brownlee Dam hydroelectric power station causing power loss and substantial "
 "damage to both.  The Hells Canyon Dam and the Brownlee Dam are located on the Snake River along the Idaho-Oregon "
 "border and were built and are operated by Idaho Power Company.  The dams are essential to electricity "
 "production, transmission, and storage in Washington, Idaho, and Oregon.\n\n"
 "Specifically, in the late-night hours of June 8, 2023, Vail arrived on the top of Hells Canyon Dam via "
 "motorcycle, loaded a rifle with ammunition and discharged the rifle, shooting at the power substations.  As a "
 "result, power loss occurred at Hells Canyon Dam.  Approximately one hour later, on June 9, 2023, Vail arrived via "
 "motorcycle to the Brownlee Dam.  Vail again loaded a rifle with ammunition and shot at the dam\u2019s power "
 "substations.  As a result, large plumes of sparks were visible in the switchyard of the power plant.\n\n"
 "Approximately 45 minutes after Vail shot the Brownlee Dam power substations, a sheriff\u2019s deputy encountered "
 "Vail on a motorcycle on Highway 71 traveling south towards Cambridge, Idaho.  Law enforcement initiated emergency "
 "lights and sirens, but Vail failed to yield and increased speed.  After approximately three miles, Vail yielded "
 "to lights and sirens, and he was taken into custody.",
 "energy/electricity generation", "outage,legal",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Idaho, press release on Randy Scott Vail's "
 "sentence for destruction of an energy facility (June 2024), US federal government work (public domain); text as "
 "elkhornmediagroup.com reproduces it ('Release from the U.S. Attorney\u2019s Office, District of Idaho'), from the "
 "search tool's page store at " + U3,
 COPY_ORIGIN,
 "A press release of the U.S. Attorney's Office for the District of Idaho (a US federal work, public domain: U.S. "
 "Attorney Josh Hurwit's announcement), as Elkhorn Media Group's site reproduces it under the line '(Release from "
 "the U.S. Attorney\u2019s Office, District of Idaho )'; the copy adds no words to the kept part (its wording "
 "matches the office's plea release of March 2024 as localnews8.com (KIFI) and renewableenergyworld.com carry it, "
 "sentence for sentence in the shared paragraphs). No justice.gov or fbi.gov copy of a Vail release came back. "
 "Left out: the copy's headline (kept as `title`: Elkhorn's, the release's own headline not in the excerpt; "
 "doubtful), its byline line 'By on Monday, June 10th, 2024 in More Top Stories Northeastern Oregon News' and its "
 "lead-in 'NORTHEAST OREGON \u2014 (Release from the U.S. Attorney\u2019s Office, District of Idaho )'. `published` "
 "2024-06-10: the copy's posting date (the release says 'announced today'; doubtful: the release may be of an "
 "earlier day). Cut after '... and he was taken into custody.', before 'During a search and inventory of Vail and "
 "the motorcycle, law enforcement located bolt cutters, a guitar case housing two rifles, and live and spen', where "
 "the excerpt breaks off (`truncated`). Kept as written: the double spaces between sentences, 'Idaho-Oregon', "
 "'late-night', the curly apostrophes. 255 words. One text per event: the plea release of 8 March 2024 (only as "
 "the KIFI story, with its '(KIFI)' dateline, and a renewableenergyworld.com rewrite), the indictment release of "
 "August 2023 (news only: mynorthwest.com, a noblogs copy of KTVB) and a rewritten sentencing story "
 "(cheapnailsalonsnearme.com) left out. Found with 'Randy Scott Vail Hells Canyon Dam Brownlee Dam Idaho Power "
 "destruction of an energy facility U.S. Attorney Josh Hurwit' (rank 2) and 'Vail sentenced five years probation "
 "Hells Canyon June 2024 Special Agent in Charge FBI Salt Lake City Idaho Power' (rank 2). "
 + CHECK + "'Hells Canyon', 'Brownlee', 'Idaho Power', 'Randy Scott', 'Hurwit', 'Snake River': 0 ('Vail' only "
 "inside other words).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
