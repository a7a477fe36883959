#!/usr/bin/env python3
"""Batch 54s (session 55, gatherer 54s): two US federal texts on domestic cases announced by the Justice Department's
Antitrust Division in 2003 and 2006 -- the Division's release of 8 April 2003 on Mitchell E. Mosallem, 'former
executive vice president and director of graphic services at Grey Global Group Inc. (Grey), an advertising agency
headquartered in Manhattan', pleading guilty before Judge Thomas P. Griesa to 11 antitrust, fraud and tax charges
(rigging bids on graphic services Grey bought for a client, a phony billing scheme, kickbacks from vendors, false tax
returns); the Division's release of 24 February 2006 on Allied Freight Forwarding Inc., 'headquartered in Westmont,
Illinois', agreeing to plead guilty and pay a $1.043 million fine for two bid-rigging conspiracies in the Department of
Defense's programme for moving the household goods of military and civilian DOD personnel (Thomas O. Barnett quoted)
-- (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54m (and 54g,
54a, 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus
(every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the notes
of /work/notes/gather54 and /work/notes/gather55 and the session-54 and session-55 pools). International cartels are
left to gatherer 54t. First-party federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Antitrust Division press release (8 April 2003; usdoj.gov atr/public/press_releases/
    2003/200907.htm as the UNT End of Term 2008 web archive keeps it; the date line 'TUESDAY, APRIL 8, 2003' in the
    excerpt; the headline 'NEW YORK ADVERTISING EXECUTIVE PLEADS GUILTY / TO ANTITRUST, FRAUD AND TAX CHARGES' kept as
    `title`, its two lines joined): Grey Global Group Inc., Mitchell E. Mosallem, Thomas P. Griesa, the Internal Revenue
    Service;
  - U.S. Department of Justice, Antitrust Division press release (24 February 2006; justice.gov archive/atr/public/
    press_releases/2006/214769.htm; the date line 'FRIDAY, FEBRUARY 24, 2006' in the excerpt; the headline 'ALLIED
    FREIGHT FORWARDING INC. AGREES TO PLEAD GUILTY TO PARTICIPATING IN TWO BID-RIGGING CONSPIRACIES' kept as `title`):
    Allied Freight Forwarding Inc., the Department of Defense, Thomas O. Barnett, the Antitrust Division.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55s/src,
by /tmp/gather55s/save_src.py -- each exactly 2,000 bytes, the store's excerpt length, 1,998 characters with its one em
dash -- a check on the transcription; checked paragraph for paragraph by /tmp/gather55s/verify.py). Page chrome (the
'two formats' / 'three formats' paragraph, 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE',
the date line -- used for `published` --, 'WWW.USDOJ.GOV(/ATR)', 'AT', the phone and TDD lines, the sub-heading) is
left out. The paragraphs are the store's blank-line blocks, each one row. Each text is cut at the last full sentence
before the store's excerpt breaks off (Mosallem: the end of a paragraph; Allied: the first sentence of its last,
broken paragraph kept). No word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch54s.py [POOL_DIR] [--dry]   (default /tmp/gather55s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55s/pool"
R = []

# ---- Grey Global Group Inc. former executive vice president Mitchell E. Mosallem pleads guilty, 8 April 2003 ----------
U1 = "https://webarchive.library.unt.edu/eot2008/20081105075410/http:/www.usdoj.gov/atr/public/press_releases/2003/200907.htm"
T1 = "NEW YORK ADVERTISING EXECUTIVE PLEADS GUILTY TO ANTITRUST, FRAUD AND TAX CHARGES"
R.append(federal(
 "us-doj-atr-grey-global-group-former-executive-vice-president-mosallem-graphic-services-bid-rigging-plea-2003", U1,
 "2003-04-08", T1,
 "WASHINGTON, D.C. \u2014 Mitchell E. Mosallem, former executive vice president and director of graphic services at "
 "Grey Global Group Inc. (Grey), an advertising agency headquartered in Manhattan, pleaded guilty today to 11 "
 "antitrust, fraud, and tax charges, the Department of Justice announced.\n\n"
 "Mosallem entered his guilty pleas before Judge Thomas P. Griesa in the U.S. District Court in Manhattan. The plea "
 "agreement, which is subject to court approval, recommends that Mosallem receive a sentence to serve between 63 and "
 "78 months in prison.\n\n"
 "Between 1990 and 2002, Mosallem oversaw Grey's 70-employee graphic services department, which managed the "
 "production of advertisements that appeared in printed media, such as magazines, newspapers, and billboards.\n\n"
 "Mosallem was indicted on May 16, 2002, for conspiring to rig bids and allocate contracts for the supply of graphic "
 "services purchased by Grey on behalf of one of its clients from late 1994 until 2001, and for conspiring to defraud "
 "certain Grey clients in a phony billing scheme from 1991 until July 2000. On September 17, 2002, Mosallem was "
 "charged in a superseding indictment that included the two original counts and added three counts of conspiracy in "
 "connection with his receipt of kickbacks from vendors to Grey between 1990 and 2001, one count of conspiracy to "
 "defraud the Internal Revenue Service, and five counts of signing false tax returns.",
 "advertising/graphic services", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 2003-04-08, US federal government work "
 "(public domain); text from the search tool's page store at " + U1 + " (the University of North Texas web archive's "
 "2008 copy of the Antitrust Division's releases on usdoj.gov)",
 "US Justice Department press release (usdoj.gov via the UNT web archive, Antitrust Division), from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/2003/200907.htm, as the UNT End of Term 2008 "
 "web archive keeps it). Left out: 'This document is available in two formats: ... please contact the Antitrust "
 "Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'TUESDAY, APRIL 8, 2003' (used for `published`), 'WWW.USDOJ.GOV/ATR', 'AT', '(202) 514-2007', 'TDD (202) 514-1888', "
 "the sub-heading 'Agrees to Serve between 63-78 Months in Prison' (a summary line; its fact told again in the second "
 "paragraph: 54a's way); the headline kept as `title` (its two rows 'NEW YORK ADVERTISING EXECUTIVE PLEADS GUILTY' / "
 "'TO ANTITRUST, FRAUD AND TAX CHARGES' joined by one space; capitals as written). The paragraphs are the store's "
 "blank-line blocks, each one row. Cut after '... and five counts of signing false tax returns.', before 'Mosallem's ', "
 "where the excerpt breaks off (`truncated`; the Division's quotation, if any, is lost with the rest). Kept as written: "
 "'WASHINGTON, D.C. \u2014' (an em dash), 'Grey Global Group Inc. (Grey)', 'pleaded guilty today to 11 antitrust, "
 "fraud, and tax charges' (the digits), 'Judge Thomas P. Griesa', \"Grey's 70-employee graphic services department\" "
 "(straight apostrophe), 'from late 1994 until 2001', 'a phony billing scheme'. One text per matter (bid rigging and "
 "kickbacks on graphic services bought by Grey, 1990-2002, Manhattan court): the Division's other releases of the same "
 "probe -- the superseding indictment of 17 September 2002 (2002/200231.htm, Mosallem, The Color Wheel Inc., John "
 "Ghianni), the plea of Lori Montgomery, co-owner of a Queens graphic services company (opa 2002/October/02_at_584), "
 "the plea of John Ghianni, salesperson for Quality House of Graphics Inc. (2003/200927.htm) -- and Haluk K. Ergulec / "
 "The Color Wheel Inc. are the same matter and not to be taken; the court papers (informations and indictments on "
 "scribd, pdfslide, pdfcoke) and news (warc, adweek, adage) left out. Found with 'graphic services bid rigging Grey "
 "Global Group advertising agency former owner pleaded guilty Manhattan Antitrust Division' (rank 4) and its headline "
 "in its own words (rank 1). " + CHECK + "'Mosallem', 'Grey Global', 'Grey Worldwide', 'Grey Advertising', 'Color "
 "Wheel', 'Ghianni', 'Quality House', 'Ergulec', 'Deckmejian', 'Griesa', 'graphic services', 'Brown & Williamson': 0 "
 "in the corpus files, GATHERING.md, the scripts, the notes and the pools; '200907' only inside other numbers (FCC file "
 "numbers BAL-20090728 and the like); 'Internal Revenue Service' in six corpus files (other matters).",
 True))

# ---- Allied Freight Forwarding Inc. agrees to plead guilty, DOD household-goods bid rigging, 24 February 2006 ---------
U2 = "https://justice.gov/archive/atr/public/press_releases/2006/214769.htm"
T2 = "ALLIED FREIGHT FORWARDING INC. AGREES TO PLEAD GUILTY TO PARTICIPATING IN TWO BID-RIGGING CONSPIRACIES"
R.append(federal(
 "us-doj-atr-allied-freight-forwarding-westmont-dod-household-goods-bid-rigging-plea-2006", U2,
 "2006-02-24", T2,
 "WASHINGTON, D.C. \u2014 Allied Freight Forwarding Inc. (Allied), headquartered in Westmont, Illinois, has agreed to "
 "plead guilty and pay a criminal fine of $1.043 million for its role in two separate bid-rigging conspiracies in "
 "connection with a Department of Defense (DOD) program to transport the household goods of military and civilian DOD "
 "personnel between Europe and the United States and between the mainland United States and Hawaii, the Department "
 "of Justice announced.\n\n"
 "According to the two-count felony charges filed today in the U.S. District Court in Alexandria, Virginia, Allied and "
 "another U.S. freight forwarder conspired in 2001 not to compete against each other to service transportation "
 "routes, called \"channels,\" from Germany to the U.S. and from Italy to the U.S., and to divide between them the "
 "foreign traffic channels from those two countries to the United States.\n\n"
 "\"Today's charges demonstrate our ongoing commitment to prosecute those who would deny the U.S. military the "
 "benefits of purchasing services in a free and open market,\" said Thomas O. Barnett, Assistant Attorney General in "
 "charge of the Antitrust Division.\n\n"
 "Allied is also charged with separately conspiring with three U.S. freight forwarders in 2000 and 2001 to file rates "
 "with DOD at collusively-designated levels.",
 "transport/freight forwarding", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2006-02-24, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov archive, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov's archive (archive/atr/public/press_releases/2006/214769.htm). Left "
 "out: 'This document is available in three formats: ... please contact the Antitrust Documents Group.', 'U.S. "
 "Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'FRIDAY, FEBRUARY 24, 2006' (used "
 "for `published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888', the sub-heading 'Company Agrees to "
 "Pay $1.043 Million Criminal Fine' (a summary line; its fact told again in the first paragraph: 54a's way); the "
 "headline kept as `title` (one row, capitals as written). The paragraphs are the store's blank-line blocks, each one "
 "row. Cut after the first sentence of the fourth paragraph ('... to file rates with DOD at collusively-designated "
 "levels.'), before 'This second conspiracy covered both traffic between Europe and the U.S. and ', where the excerpt "
 "breaks off (`truncated`; the brief's last-full-sentence rule). Kept as written: 'WASHINGTON, D.C. \u2014' (an em "
 "dash), 'Allied Freight Forwarding Inc. (Allied)', 'Department of Defense (DOD) program' (American spelling), 'called "
 "\"channels,\"' and the quotation (straight quotation marks), \"Today's\", 'collusively-designated' (hyphen as "
 "printed), 'Assistant Attorney General in charge of the Antitrust Division' (no \"Department's\"). No company officer "
 "is named in the excerpt (a company-only text, as 54m's Bayer). One text per matter (the Department's investigation of "
 "anticompetitive and fraudulent conduct in the movement of military household goods -- DOD's International Through "
 "Government Bill of Lading programme): the Division's other releases of it -- Cartwright International Van Lines "
 "(2004/203533.htm), Executive Relocation International Inc. (2006, a govdocs1 corpus copy), Ryan's World Inc. (2006, "
 "scribd and thefederalnewswire copies), Lift Forwarders Inc. (opa 2007/October/07_at_830; 54m's not-used list) -- and "
 "the Gosselin World Wide Moving N.V. charges are the same matter and not to be taken. Not 54t's freight-forwarder "
 "cartel (international air freight forwarding fees, 2010): another matter. Found with 'Former Owner of Freight "
 "Forwarding Company Pleads Guilty Department of Defense shipments price fixing' (rank 3). " + CHECK + "'Allied "
 "Freight', 'Westmont', '214769', 'household goods' (in two Wikipedia company pages only: other matters), 'ITGBL', "
 "'Lift Forwarders' and 'Gosselin' (only in 54m's not-used list in GATHERING.md and its note), 'Executive Relocation', "
 "\"Ryan's World\", 'Alexandria, Virginia': 0 in the corpus files and pools; 'Cartwright' in corpus files only as other "
 "people (SEC records); 'Thomas O. Barnett' in DOJ records of other matters (the same official).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
