#!/usr/bin/env python3
"""Batch 43l (session 44, gatherer 43l): three acquisitions told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a fifth round of session 44 after batches 43c, 43e, 43h and 43j in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h and 43j, first-party
text only:
  - the Antitrust Division's notice on the proposed acquisition by Bemis Company, Inc. of the Alcan Packaging Food
    Americas business of Rio Tinto plc, with the sale of that business's assets in the affected markets (Federal
    Register, 75 FR 9929, FR Doc. 2010-4550, 4 March 2010, the GPO text on edocket.access.gpo.gov);
  - the Division's notice on Entercom Communications Corp.'s proposed acquisition of CBS Radio, Inc., with the sale
    of stations in Boston, San Francisco and Sacramento (Federal Register, 82 FR 52319, FR Doc. 2017-24548, 13
    November 2017, the GPO text as thefederalregister.org reproduces it);
  - the Division's notice on the proposed acquisition by Tyson Foods, Inc. of The Hillshire Brands Company, with the
    sale of Heinold Hog Markets, 'its division that purchases sows' (Federal Register, 79 FR 52751, FR Doc.
    2014-21102, 4 September 2014, the GPO text on govinfo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, the host's heading lines,
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (kept as `title`) and the printed-page
marker are left out; the leading indentation dropped; the GPO text's line wraps joined with a space (a line ending
in a hyphen joined with none); each text is cut at the last full sentence before its excerpt breaks off. No word
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch43l.py [POOL_DIR] [--dry]   (default /tmp/gather44l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRG, att
from batch43j import FRD, CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44l/pool"
FRT = ("US Justice Department Antitrust Division Federal Register notice, GPO text as thefederalregister.org "
       "reproduces it (page store)")
# batch 43j's check note (the session-42, -43 and -44 pools and scripts), with batch 43j's own pool named too
CHECK = CHECK.replace("(batches 43c's, 43e's and 43h's pools /tmp/gather44c/pool, /tmp/gather44e/pool and "
                      "/tmp/gather44h/pool included): ",
                      "(batches 43c's, 43e's, 43h's and 43j's pools /tmp/gather44c/pool, /tmp/gather44e/pool, "
                      "/tmp/gather44h/pool and /tmp/gather44j/pool included): ")
assert "gather44j" in CHECK
R = []

# ---- Bemis / Alcan Packaging Food Americas, Federal Register notice, 4 March 2010 --------------------------------------
U1 = "http://edocket.access.gpo.gov/2010/2010-4550.htm"
U1J = "https://regulations.justia.com/regulations/fedreg/2010/03/04/2010-4550.html"
U1C = "http://www.justice.gov/atr/cases/f255600/255638.htm"
U1M = "https://www.meatpoultry.com/articles/2312-d-o-j-rules-divestures-needed-for-bemis-to-buy-alcan"
T1 = "United States v. Bemis Company, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-bemis-alcan-packaging-food-americas-proposed-final-judgment-2010", U1, "2010-03-04", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States v. Bemis Co. et al., Civil "
 "Action No. 1:10-cv-00295. On February 24, 2010, the United States filed a Complaint alleging that the proposed "
 "acquisition by Bemis Company, Inc. (``Bemis'') of the Alcan Packaging Food Americas business of Rio Tinto plc "
 "would violate Section 7 of the Clayton Act, 15 U.S.C. 18, by substantially lessening competition in the markets "
 "for flexible-packaging rollstock for chunk and sliced natural cheese packaged for retail sale, flexible-packaging "
 "rollstock for shredded natural cheese packaged for retail sale, and flexible-packaging shrink bags for fresh "
 "meat. The proposed Final Judgment, filed the same time as the Complaint, requires Bemis to divest the assets of "
 "Alcan Packaging Food Americas related to those markets, including production plants and assets located in "
 "Menasha, Wisconsin and Catoosa, Oklahoma, as well as certain other tangible and intangible assets.",
 "packaging", "deal,regulatory",
 att(T1, "75 FR 9929, FR Doc. 2010-4550", "2010-03-04",
     "the Government Publishing Office's Federal Register Online (edocket.access.gpo.gov) gives it", U1),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Thursday, 4 March 2010 (75 FR 9929-9946, FR Doc. "
 "2010-4550; kept as `published`), the GPO text as edocket.access.gpo.gov gives it (batch 43j took the Microsemi "
 "notice the same way). Left out: the GPO header lines ('[Federal Register Volume 75, Number 42 (Thursday, March 4, "
 "2010)]', '[Notices]', '[Pages 9929-9946]', 'From the Federal Register Online via the Government Publishing Office "
 "[www.gpo.gov]', '[FR Doc No: 2010-4550]'), the rule line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps joined with a space, except "
 "the line ending in the hyphen of the first 'flexible-' / 'packaging' (joined with none, as the two later "
 "'flexible-packaging' are printed whole); leading indentation dropped. Cut after the first paragraph's third "
 "sentence ('... certain other tangible and intangible assets.'), before 'The proposed Final Judgment also permits "
 "Bemis temporarily to occupy certain portions of the Menasha facility while unrelated operations are relocated "
 "and allows for short-term supply agreements between Bemis and the entity that acquires the divested assets in "
 "order to ensure that customers continue to receive a reliable supply of the affected p', where the excerpt stops "
 "inside that sentence (`truncated`: the rest of the notice, the section chief's name, the signature and the "
 "Competitive Impact Statement are not in the kept text). Kept as written: the GPO text's doubled backquotes and "
 "apostrophes around the defined name (``Bemis''; batches 41c, 42k, 43e), 'United States v. Bemis Co. et al.' "
 "without a comma before 'et al.', 'filed the same time as the Complaint' without 'at', 'Menasha, Wisconsin and "
 "Catoosa, Oklahoma' without a serial comma, the hyphen in '16(b)-(h)'. 181 words. justia's printed page starts on "
 "a Bureau of Justice Assistance notice before it (" + U1J + "). One text per event: the Division's release of 24 "
 "February 2010 (Christine Varney quoted) came back only in news (meatpoultry.com, " + U1M + "); the Division's "
 "Competitive Impact Statement (" + U1C + ", naming Alcan Corporation a defendant and the Sale and Purchase "
 "Agreement of 5 July 2009) is a court paper; not taken. Found with 'United States v. Bemis Company, Inc., et al.; "
 "Proposed Final Judgment and Competitive Impact Statement Alcan Packaging Food Americas' (rank 1) and '2010-4550. "
 "United States v. Bemis Company, Inc., et al.; ... Start Preamble' (rank 1, the same excerpt; no federal.elaws.us "
 "copy came back). "
 + CHECK + "'Alcan Packaging', 'Menasha', 'Catoosa', '2010-4550', '10-cv-00295': 0 in the corpus files' texts, the "
 "scripts and the pools; 'Bemis' only in test us-doj-federal-register-amcor-bemis-proposed-final-judgment-2019 and "
 "batch 28d's scripts (Amcor's purchase of Bemis in 2019: another matter); 'Rio Tinto' and 'Alcan' in corpus files "
 "of other matters by their names (dev wp-rio-tinto-alcan, train wp-pechiney, test "
 "wn-rio-tinto-makes-more-than-4-2006, test us-doj-federal-register-alcoa-reynolds-metals-proposed-final-judgment-"
 "2000 and others; no file text read; 'Alcan Packaging' and 'Bemis' 0 in them).",
 True))

# ---- Entercom / CBS Radio, Federal Register notice, 13 November 2017 --------------------------------------------------
U2 = "https://thefederalregister.org/82-FR/52319"
U2J = "https://regulations.justia.com/regulations/fedreg/2017/11/13/2017-24548.html"
U2D = "https://docslib.org/doc/8134/proposed-final-judgment-u-s-v-entercom-communications-corp"
U2R = ("https://www.reuters.com/article/cbs-radio-ma-entercom-comm/update-1-entercom-wins-us-antitrust-approval-to-"
       "buy-cbs-radio-with-conditions-idUSL2N1N71HZ")
U2F = "https://docs.fcc.gov/public/attachments/DA-17-299A1.txt"
T2 = "United States v. Entercom Communications Corp., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-entercom-cbs-radio-proposed-final-judgment-2017", U2, "2017-11-13", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Entercom Communications Corp., Case "
 "No. 1:17-cv-02268. On November 1, 2017, the United States filed a Complaint alleging that Entercom Communications "
 "Corp.'s proposed acquisition of CBS Radio, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The "
 "proposed Final Judgment, filed on the same day as the Complaint, resolves the case by requiring Entercom to divest "
 "certain broadcast television stations in Boston, Massachusetts; San Francisco, California; and Sacramento, "
 "California. A Competitive Impact Statement filed by the United States describes the Complaint, the proposed "
 "Final Judgment, and the industry.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia.",
 "broadcasting", "deal,regulatory",
 att(T2, "82 FR 52319, FR Doc. 2017-24548", "2017-11-13",
     "thefederalregister.org reproduces the Government Publishing Office's text", U2),
 FRT,
 "The Antitrust Division's notice in the Federal Register of Monday, 13 November 2017 (82 FR 52319-52331, FR Doc. "
 "2017-24548; kept as `published`), the GPO text as thefederalregister.org reproduces it (the lane's earlier "
 "batches used that host to check issue, pages and weekday; no federal.elaws.us or govinfo.gov copy came back). "
 "Left out: the host's heading lines ('82 FR 52319 - United States v. Entercom Communications Corp., et al.; "
 "Proposed Final Judgment and Competitive Impact Statement', 'DEPARTMENT OF JUSTICE', 'Antitrust Division', "
 "'Federal Register Volume 82, Issue 217 (November 13, 2017)', 'Page Range52319-52331', 'FR Document2017-24548'), "
 "the GPO header lines ('Federal Register, Volume 82 Issue 217 (Monday, November 13, 2017)', '[Federal Register "
 "Volume 82, Number 217 (Monday, November 13, 2017)]', '[Notices]', '[Pages 52319-52331]', 'From the Federal "
 "Register Online [www.thefederalregister.org]', '[FR Doc No: 2017-24548]'), the rule line, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wrap joined). The line wraps "
 "joined with a space, except the case number broken after its hyphen ('1:17-cv-' / '02268', joined as "
 "'1:17-cv-02268'); leading indentation dropped. Cut after the second paragraph's first sentence ('... for the "
 "District of Columbia.'), before 'Copies of these material', where the excerpt stops (`truncated`: the rest of the "
 "notice, the section chief's name, the signature and the Competitive Impact Statement are not in the kept text). "
 "Kept as written: 'broadcast television stations' (the Complaint and the Department's release speak of radio "
 "stations; the notice's word kept, no word changed), 'Corp.'s' with the straight apostrophe, 'Case No.', the "
 "semicolons between the cities, 'website'. 175 words. justia's printed page starts on a National Cooperative "
 "Research notice before it (" + U2J + "). One text per event: the Division's release of 1 November 2017 (Makan "
 "Delrahim quoted) came back only in news (Reuters, " + U2R + "); the proposed Final Judgment (docslib, " + U2D
 + ") is a court paper; the FCC's public notice DA 17-299 of 31 March 2017 (" + U2F + ": Entercom, CBS Corporation "
 "'and its wholly-owned subsidiary CBS Radio, Inc.', Constitution Merger Sub Corp., Entercom Radio, LLC) is another "
 "agency's text on the licence transfers, left for the FCC lane; not taken. Found with 'United States v. Entercom "
 "Communications Corp. and CBS Corporation; Proposed Final Judgment and Competitive Impact Statement' (rank 1) and "
 "'2017-24548. United States v. Entercom Communications Corp., et al.; ... Start Preamble' (rank 1, the same "
 "excerpt). "
 + CHECK + "'Entercom', 'CBS Radio', '2017-24548', '52319', '17-cv-02268': 0 in the corpus files' texts, the scripts "
 "and the pools; 'Entercom' and 'CBS Radio' only in GATHERING.md (a not-used list: 'Entercom/CBS Radio (2017): "
 "Federal Register copies only', and Entercom's 2006 purchase of CBS radio stations, another matter).",
 True))

# ---- Tyson Foods / Hillshire Brands, Federal Register notice, 4 September 2014 -----------------------------------------
U3 = "https://govinfo.gov/content/pkg/FR-2014-09-04/html/2014-21102.htm"
U3G = "http://www.gpo.gov/fdsys/pkg/FR-2014-09-04/html/2014-21102.htm"
U3J = "https://regulations.justia.com/regulations/fedreg/2014/09/04/2014-21102.html"
U3A = "http://www.agri-pulse.com/Tyson-to-shed-sow-buying-business-acquire-Hillshire-8272014.asp"
U3S = "https://www.sec.gov/Archives/edgar/data/23666/000119312514325449/d781034dex99a5xxxii.htm"
T3 = ("United States, State of Illinois, State of Iowa, and State of Missouri v. Tyson Foods, Inc. and The Hillshire "
      "Brands Company; Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-tyson-foods-hillshire-heinold-proposed-final-judgment-2014", U3, "2014-09-04", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America, State of Illinois, State of Iowa, and "
 "State of Missouri v. Tyson Foods, Inc. and The Hillshire Brands Company, Civil Action No. 1:14-cv-01474-JEB. On "
 "August 27, 2014, the United States and the States of Illinois, Iowa, and Missouri filed a Complaint alleging that "
 "the proposed acquisition by Tyson Foods, Inc. (``Tyson'') of The Hillshire Brands Company (``Hillshire'') would "
 "violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same time as the "
 "Complaint, requires Tyson to divest Heinold Hog Markets, its division that purchases sows.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.",
 "food/meat processing", "deal,regulatory",
 att(T3, "79 FR 52751, FR Doc. 2014-21102", "2014-09-04",
     "the Government Publishing Office prints it on govinfo.gov (Federal Register Online)", U3),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Thursday, 4 September 2014 (79 FR 52751-52762, FR Doc. "
 "2014-21102; kept as `published`), the Government Publishing Office's own text on govinfo.gov (batches 41c and 43j "
 "took the Division's notices the same way). Left out: the GPO header lines ('[Federal Register Volume 79, Number "
 "171 (Thursday, September 4, 2014)]', '[Notices]', '[Pages 52751-52762]', 'From the Federal Register Online via "
 "the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2014-21102]'), the rule line, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division', the notice's heading (kept as `title`, its line wraps joined) and the page marker "
 "'[[Page 52752]]' inside the first paragraph (between 'Tyson Foods, Inc. and' and 'The Hillshire Brands "
 "Company'). The text file's line breaks joined with single spaces (no line in the kept text ends in a hyphen); "
 "leading indentation dropped. Cut after the second paragraph ('... set by Department of Justice regulations.'), "
 "before 'Public comment is invite', where the excerpt stops (`truncated`: the comment paragraph with the section "
 "chief's name, the signature and the Competitive Impact Statement are not in the kept text). Kept as written: the "
 "GPO text's doubled backquotes and apostrophes around the defined names (``Tyson'', ``Hillshire''), 'Stipulation "
 "and Competitive Impact Statement' and 'proposed Final Judgment and Competitive Impact Statement' without serial "
 "commas, 'filed the same time as the Complaint' without 'at', '450 Fifth Street NW.', 'Web site', the straight "
 "apostrophe. 223 words. The same words in gpo.gov's FDsys copy (" + U3G + ") as far as its excerpt runs; justia's "
 "printed page starts on an International Trade Commission notice before it (" + U3J + "). One text per event: the "
 "Division's release of 27 August 2014 (Bill Baer quoted; 'Tyson must divest Heinold in its entirety to a buyer "
 "approved by the Antitrust Division') came back only in news (agri-pulse, " + U3A + "; cattlenetwork, "
 "wallacesfarmer); the proposed Final Judgment (Hillshire's SEC exhibit, " + U3S + ") is a court paper; not taken. "
 "Found with 'United States v. Tyson Foods, Inc. and The Hillshire Brands Company; Proposed Final Judgment and "
 "Competitive Impact Statement' (rank 4; rank 1 the gpo.gov copy, whose excerpt stops earlier). "
 + CHECK + "'Hillshire', 'Heinold', '2014-21102', '52751', '14-cv-01474': 0 in the corpus files' texts, GATHERING.md, "
 "the scripts and the pools; 'Tyson' in three corpus files: dev us-sec-tyson-foods-tyson-de-mexico-veterinarians-"
 "fcpa-2011 (batch 43g: Tyson Foods' FCPA case of 2011, another matter; also in /tmp/gather43g/pool) and two files "
 "of other people by their names (train wp-masters-home-improvement, test wn-sales-jackson-songs-memorabilia-rise-"
 "his-2009; no file text read).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
