#!/usr/bin/env python3
"""Batch 40zk (session 41, gatherer 40zk): company deals told in US federal public-domain texts (17 U.S.C. 105) of
the Justice Department's Antitrust Division, the DOJ merger lane of batches 16e, 21c, 22b and 40zi, on the leads
batch 40zi left:
  - Assistant Attorney General Christine Varney's prepared remarks at the Ticketmaster/Live Nation briefing
    (justice.gov press-release page, 25 January 2010): the settlement letting Ticketmaster's merger with Live Nation
    proceed, the software licence to AEG;
  - the Antitrust Division's Federal Register notice on Anheuser-Busch InBev's proposed acquisition of SABMiller and
    the divestiture of SABMiller's stake in MillerCoors (81 FR 51465, 4 August 2016, as casetext.com reproduces it);
  - the Antitrust Division's Federal Register notice on Anheuser-Busch InBev's proposed acquisition of the remaining
    interest in Grupo Modelo and the divestiture of Modelo's U.S. business to Constellation Brands (78 FR 30400,
    22 May 2013, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, headings (kept as `title`), release
headers and date lines (kept as `published`) are left out; each text is cut at the last full sentence before its
excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch40zk.py [POOL_DIR] [--dry]   (default /tmp/gather41zk/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zk/pool"
OPA = "US Justice Department press release (justice.gov, Antitrust Division press-release archive) from the search tool page store"
FRC = "US Justice Department Antitrust Division Federal Register notice as casetext.com reproduces it (page store)"
FRE = "US Justice Department Antitrust Division Federal Register notice as federal.elaws.us reproduces it (page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(the session-41 scripts included) and the session-41 pools /tmp/gather41*/pool: ")
R = []

# ---- Ticketmaster / Live Nation, Varney's remarks, 25 January 2010 ---------------------------------------------------
U1 = "http://www.justice.gov/atr/public/press_releases/2010/254581.htm"
R.append(federal(
 "us-doj-varney-remarks-ticketmaster-live-nation-settlement-2010", U1, "2010-01-25",
 "REMARKS AS PREPARED FOR DELIVERY BY ASSISTANT ATTORNEY GENERAL CHRISTINE VARNEY AT TICKETMASTER/LIVE NATION "
 "PEN-AND-PAD BRIEFING",
 "The Department of Justice is requiring significant changes to the merger of Ticketmaster and Live Nation. Under "
 "the proposed settlement, Ticketmaster will license its ticketing software, divest substantial ticketing assets, "
 "and be subject to anticompetitive bundling, anti-retaliation, and data-firewall provisions for ten years. We are "
 "joined in this settlement by 17 States, and Canada has obtained a parallel agreement.\n\n"
 "After a rigorous investigation, we concluded that the transaction, as originally proposed, was anticompetitive. "
 "We were prepared to litigate this case, and I told the parties that. The required divestitures and behavioral "
 "prohibitions alleviate our concerns. Specifically, if approved by the court, this settlement will preserve "
 "competition in primary ticketing and maintain incentives to innovate and discount, thereby benefitting "
 "consumers. This is the right result.\n\n"
 "The relief here is both structural and behavioral. The settlement requires Ticketmaster to divest more ticketing "
 "than it will gain through its acquisition of Live Nation. Simultaneously, the licensing solves a second "
 "competitive issue by giving AEG, an integrated competitor, the ability and incentive to compete with the "
 "combination of Ticketmaster and Live Nation for concert promotion, venue management, and ticketing.\n\n"
 "Under the settlement, Ticketmaster will be required to license its ticketing software to AEG, its single "
 "largest customer.",
 "live entertainment/ticketing", "deal,regulatory",
 "U.S. Department of Justice, press release 'Remarks as Prepared for Delivery by Assistant Attorney General "
 "Christine Varney at Ticketmaster/Live Nation Pen-and-Pad Briefing', 2010-01-25, US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's release of the Antitrust Division head's prepared remarks (the Division's 2010 "
 "press-release archive on justice.gov). Left out: the formats note ('This document is available in three "
 "formats: ...'), 'U.S. Department of Justice Seal and Letterhead', the release header ('FOR IMMEDIATE RELEASE', "
 "the date line 'MONDAY, JANUARY 25, 2010' (kept as `published`), 'WWW.JUSTICE.GOV', 'AT', the telephone and TDD "
 "numbers), the heading (kept as `title`, in the page's capitals) and the place line 'WASHINGTON, D.C.'. Cut "
 "before the sentence 'AEG will now have the ...', where the excerpt stops (`truncated`: the later paragraphs, "
 "which name Paciolan and Comcast-Spectacor per the Division's other papers, are not in the kept text). Kept as "
 "written: 'benefitting', '17 States'. 203 words. One text per event: the Division's Federal Register notice "
 "(75 FR 6709, FR Doc. 2010-2754, on gpo.gov edocket, justia and federal.elaws.us), the Competitive Impact "
 "Statement, Hold Separate Stipulation and Response to Public Comments on justice.gov, the Massachusetts Attorney "
 "General's release (a state work, not taken), a 'Submitted News' reprint of the Division's own release on "
 "iconofan.com (may have changed words: not taken) and news (Dow Jones via advfn, playbill, ttlfnews, "
 "shortformblog) left out. Found with 'Justice Department requires Ticketmaster and Live Nation license ticketing "
 "software divest Paciolan press release Christine Varney' (rank 6) and again with 'justice.gov press release "
 "January 25, 2010 Ticketmaster Entertainment license ticketing software ...' (rank 2). "
 + CHECK + "'Paciolan', 'Spectacor', 'Anschutz', 'Christine Varney', 'Varney': 0 in the corpus, scripts and pools "
 "(GATHERING.md names Paciolan and Comcast-Spectacor only in batch 40zi's leads); Ticketmaster and Live Nation "
 "only in other matters (the FTC's 2025 suit against Live Nation and Ticketmaster in dev, IAC's purchase of "
 "Ticketmaster in 2005, the Cavaliers/Flash Seats, FTC ticket-reseller and Jackson memorabilia stories, U2's "
 "tour manager); 'AEG' only as AEG Live in the Jackson memorabilia story (test, another matter) and another "
 "company's tag in an EC merger list.", True))

# ---- AB InBev / SABMiller, Federal Register notice, 4 August 2016 ----------------------------------------------------
U2 = ("https://casetext.com/federal-register/united-states-v-anheuser-busch-inbev-sanv-et-al-proposed-final-judgment-"
      "and-competitive-impact-statement")
R.append(federal(
 "us-doj-federal-register-anheuser-busch-inbev-sabmiller-proposed-final-judgment-2016", U2, "2016-08-04",
 "United States v. Anheuser-Busch InBev SA/NV et al.; Proposed Final Judgment and Competitive Impact Statement",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Anheuser Busch InBev SA/NV et al., "
 "Civil Action No. 1:16-cv-01483. On July 20, 2016, the United States filed a Complaint alleging that the proposed "
 "acquisition by Anheuser-Busch InBev SA/NV (\u201cABI\u201d) of SABMiller plc (\u201cSABMiller\u201d) would "
 "violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the "
 "Complaint, requires the divestiture of SABMiller's equity and ownership stake in MillerCoors LLC, which is the "
 "joint venture through which SABMiller conducts substantially all of its operations in the United States, and "
 "SABMiller's world-wide rights to Miller-branded beers. ABI must also offer the acquirer of the divested assets "
 "perpetual, fully paid-up, royalty-free licenses to permit the acquirer to manufacture, import, distribute, "
 "market, and sell certain SABMiller-owned beers in the United States. The proposed Final Judgment also requires "
 "ABI to undertake certain actions and refrain from certain conduct for the purposes of remedying the potential "
 "loss of competition alleged in the Complaint.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's Web site at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.",
 "beverages/brewing", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice 'United States v. Anheuser-Busch InBev "
 "SA/NV et al.; Proposed Final Judgment and Competitive Impact Statement' (81 FR 51465, FR Doc. 2016-18504), "
 "2016-08-04, US federal government work (public domain); text as casetext.com reproduces the notice, from the "
 "search tool's page store at " + U2,
 FRC,
 "The Antitrust Division's notice in the Federal Register of Thursday, 4 August 2016 (81 FR 51465-51488, FR Doc. "
 "2016-18504; kept as `published`) as casetext.com reproduces its text (the same words as the GPO text on "
 "thefederalregister.org and the public-inspection copy on pdfslide.us, as far as their excerpts run; casetext "
 "chosen because its excerpt runs furthest). Left out: the host's heading (kept as `title`), 'Download PDF', "
 "'Federal Register' and the date and citation lines ('Aug 4, 2016', '81 Fed. Reg. 51465 (Aug. 4, 2016)'). Cut "
 "before the paragraph 'Public comment is invited within 60 days ...', where the excerpt stops mid-word "
 "(`truncated`: the Competitive Impact Statement that follows, which names Molson Coors, is not in the kept text). "
 "Kept as written: the curly double quotation marks around the defined names and the straight apostrophes, "
 "'Anheuser Busch InBev SA/NV' without hyphen in the case name, 'world-wide', 'Web site'. 268 words. One text per "
 "event: the Division's press release of 20 July 2016 was not found on justice.gov in the page store (Reuters, "
 "Bloomberg via nwaonline and sj-r, ftcwatch, thedailymeal quote it: news, not taken); the justia copy (its page "
 "opens with the preceding notice), the Competitive Impact Statement (a zlibrary.cc copy: host doubtful, not "
 "taken) and the 2017 comments notice left out. Found with 'United States v. Anheuser-Busch InBev SABMiller "
 "proposed final judgment competitive impact statement MillerCoors Molson Coors' (rank 1). "
 + CHECK + "'MillerCoors', 'Anheuser', 'Constellation Brands', 'Crown Imports', 'Pfaffenroth', 'Bill Baer': 0 in "
 "the corpus, scripts and pools (GATHERING.md names AB InBev/SABMiller only in batch 40zi's leads and "
 "InBev/Anheuser-Busch 2008 as a lead of other batches); 'SABMiller' only in other matters (its 2005 purchase of "
 "Bavaria in dev, the Scottish & Newcastle Wikipedia text in train, batch 27d's Scottish & Newcastle notes); "
 "'InBev' only in other matters (Labatt USA's move in dev, SABMiller/Bavaria).", True))

# ---- AB InBev / Grupo Modelo, Federal Register notice, 22 May 2013 --------------------------------------------------
U3 = "http://federal.elaws.us/fr/5/22/2013/2013-11832"
R.append(federal(
 "us-doj-federal-register-anheuser-busch-inbev-grupo-modelo-proposed-final-judgment-2013", U3, "2013-05-22",
 "United States v. Anheuser-Busch InBev SA/NV, Grupo Modelo S.A.B de C.V.; Proposed Final Judgment and "
 "Competitive Impact Statement",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Anheuser-Busch InBev SA/NV, et al., "
 "Civil Action No. 1:13-CV-00127. On January 31, 2013, the United States filed a Complaint alleging that the "
 "proposed acquisition by Anheuser-Busch InBev SA/NV (\u201cABI\u201d) of the remaining interest in Grupo Modelo "
 "S.A.B. de C.V. (\u201cModelo\u201d) would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final "
 "Judgment, filed on April 19, 2013, requires ABI and Modelo to divest Modelo's entire U.S. business to "
 "Constellation Brands, Inc. (\u201cConstellation\u201d), or if that transaction fails to consummate, to an "
 "alternative purchaser.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.justice.gov/atr,, and at the Office of the Clerk of the United States District Court for the District "
 "of Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of "
 "the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the U.S. Department of Justice, Antitrust Division's "
 "internet Web site, filed with the Court and, under certain circumstances, published in the Federal Register.",
 "beverages/brewing", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice 'United States v. Anheuser-Busch InBev "
 "SA/NV, Grupo Modelo S.A.B de C.V.; Proposed Final Judgment and Competitive Impact Statement' (78 FR 30400, FR "
 "Doc. 2013-11832), 2013-05-22, US federal government work (public domain); text as federal.elaws.us reproduces "
 "the notice, from the search tool's page store at " + U3,
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 22 May 2013 (78 FR 30399-30660, Part II, "
 "FR Doc. 2013-11832; kept as `published`) as federal.elaws.us reproduces its text (the same words as the justia "
 "and vlex copies of the printed page, as far as their excerpts run). Left out: the host's heading line "
 "('2013-11832. ' and the notice's title, kept as `title`) and its markers ('Start Preamble', 'Start Printed Page "
 "30400'); leading indentation dropped. Cut after the paragraph on public comment, before the excerpt ends "
 "(`truncated`: the comment address and the Competitive Impact Statement that follow, which name Crown Imports and "
 "the Piedras Negras brewery per the Division's other papers, are not in the kept text). Kept as written: the "
 "doubled comma after 'http://www.justice.gov/atr' (as the host prints it; the printed page's line on justia is "
 "cut before it in the excerpt), 'S.A.B. de C.V.' in the party's name (the title's case name prints 'S.A.B de C.V.'), the "
 "curly double quotation marks around defined names and the straight apostrophes, 'NW.', 'Web site'. 270 words. "
 "One text per event: the Division's releases of 31 January and 19 April 2013 were not found on justice.gov in "
 "the page store (AFP via globalpost, The Hill, newstribune, Reuters, bizjournals, mainjustice quote them: news, "
 "not taken); the complaint, the Response to Public Comments and Final Judgment (docslib, pdfdrive copies) and a "
 "law-school case packet (docslib, dokumen.tips) left out. Found with 'United States v. Anheuser-Busch InBev "
 "Grupo Modelo proposed final judgment Constellation Brands Piedras Negras brewery' (rank 3). "
 + CHECK + "'Constellation Brands', 'Crown Imports', 'Anheuser', 'Bill Baer': 0 in the corpus, scripts and pools "
 "(GATHERING.md names Grupo Modelo only as a Wikipedia lead and in batch 40zi's leads); 'Modelo' only in the "
 "FEMSA Wikipedia text (train, batch 35t: Moctezuma's rival, another matter); 'Constellation' only as NASA's "
 "programme and an aircraft.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
