#!/usr/bin/env python3
"""Batch 47w (session 48, gatherer 47w): two matters the Justice Department's Antitrust Division settled with its suit
-- the merger of The Dow Chemical Company and E.I. DuPont de Nemours & Co. (crop protection and petrochemical products
to be divested before the merger may go ahead, 2017) and the tour-bus company Twin America, LLC formed by Coach USA,
Inc. and CitySights LLC (CitySights's Manhattan bus stop authorizations to be given up and $7.5 million disgorged,
2015) -- told in US federal public-domain texts of the Department (17 U.S.C. 105), a round of session 48 after
batches 47b, 47f, 47i, 47l, 47n, 47r and 47t in the DOJ lane (batches 46b, 46e, 46i, 46k before them), first-party
text only:
  - the Office of Public Affairs press release 'Justice Department Requires Divestiture of Certain Herbicides,
    Insecticides, and Plastics Businesses in Order to Proceed with Dow-Dupont Merger' (justice.gov, 15 June 2017);
  - the Division's notice 'United States and State of New York v. Twin America, LLC, et al.; Proposed Final Judgment
    and Competitive Impact Statement' (80 FR 16427, FR Doc. 2015-07055, 27 March 2015, as federal.elaws.us
    reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The release's page lines ('Skip to main content',
'Press Release', 'For Immediate Release', 'Office of Public Affairs') and its sub-headline are left out, its headline
kept as `title`; its paragraphs kept as the excerpt gives them, set off by a blank line (spaces at paragraph ends
dropped: whitespace only). The notice's host heading line (the FR document number and the title, kept as `title`)
and the host's marker 'Start Preamble' are left out, with the paragraphs' leading indentation; paragraphs set off by
a blank line. Each text is cut at the last full sentence before the excerpt breaks off. No word or character added
or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47w.py [POOL_DIR] [--dry]   (default /tmp/gather48w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch40zi import OPA
from batch41c import FRE, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48w/pool"
# a check note of this batch's own (as 47b's to 47t's), naming the session-48 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch47t.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather48*/pool present (at the last check 48a to 48v and 48x: SEC, DOJ "
         "and FCC texts, none naming this matter): ")
R = []

# ---- The Dow Chemical Company / E.I. DuPont de Nemours & Co., Office of Public Affairs, 15 June 2017 -------------------
U1 = "http://www.justice.gov/opa/pr/justice-department-requires-divestiture-certain-herbicides-insecticides-and-plastics"
U1F = "http://www.foxbusiness.com/features/2017/06/15/justice-department-clears-way-for-dow-dupont-merger.html"
T1 = ("Justice Department Requires Divestiture of Certain Herbicides, Insecticides, and Plastics Businesses in Order to "
      "Proceed with Dow-Dupont Merger")
R.append(federal(
 "us-doj-dow-chemical-dupont-divest-herbicides-insecticides-plastics-2017", U1, "2017-06-15", T1,
 "The Department of Justice announced today that it will require The Dow Chemical Company (Dow) and E.I. DuPont de "
 "Nemours & Co. (DuPont) to divest multiple crop protection and two petrochemical products to proceed with their "
 "proposed merger valued at about $130 billion.\n\n"
 "The Justice Department\u2019s Antitrust Division, along with the offices of three state attorneys general, filed a "
 "civil antitrust lawsuit today in the U.S. District Court for the District of Columbia to enjoin the proposed "
 "transaction, along with a proposed settlement that, if approved by the court, would resolve the department\u2019s "
 "competitive concerns.  The participating state attorneys general offices represent Iowa, Mississippi, and "
 "Montana.\n\n"
 "The department said that, without the divestitures, the proposed merger likely would reduce competition between "
 "two of only a handful of chemical companies that manufacture certain types of crop protection chemicals and the "
 "only two U.S. producers of acid copolymers and ionomers, potentially harming U.S. farmers and consumers.\n\n"
 "\u201cThe Department of Justice conducted a thorough investigation into this merger,\u201d said Acting Assistant "
 "Attorney General Andrew Finch of the Justice Department\u2019s Antitrust Division.  \u201cAs originally proposed, "
 "the merger would have eliminated important competition between Dow and DuPont in the development and sale of "
 "insecticides and herbicides that are vital to American farmers who plant winter wheat and various specialty "
 "crops.",
 "chemicals/crop protection", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2017-06-15, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov (origin string `OPA`, as batches 40zi, 47f, 47n, 47r, 47t). "
 "Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`; its 'Dow-Dupont' as printed), "
 "'For Immediate Release', 'Office of Public Affairs' and the sub-headline 'Divestitures Will Preserve Competition in "
 "U.S. Markets for Broadleaf Herbicides for Winter Wheat, Insecticides for Chewing Pests and Acid Copolymers and "
 "Ionomers' (a heading, as 40zi, 47n and 47r). The excerpt holds no date line: `published` 15 June 2017 (a "
 "Thursday), from the Division's Federal Register notice of the case (82 FR 28887, FR Doc. 2017-13326: 'On June 15, "
 "2017, the United States filed a Complaint', the release saying the suit was filed 'today'), Antitrust Law Daily's "
 "report of 15 June 2017 quoting the release's first sentence ('The Justice Department announced today', "
 "dailyreportingsuite.com) and Dow Jones' report dated 'June 15, 2017 17:14 ET' ('said Thursday', " + U1F + ") "
 "(**doubtful**, as 40zi, 47f, 47n, 47r and 47t: the date is taken from other texts, not from the page). The "
 "excerpt's paragraphs kept, set off by a blank line; the spaces at the end of the first and third paragraphs "
 "dropped (whitespace only). Cut inside the fourth paragraph after the quotation's second sentence ('... various "
 "specialty crops.'), before 'In addition, it would have given the merged company a monopoly over ethylene "
 "derivatives known as acid copolymers', where the excerpt breaks off (`truncated`: the rest of Andrew Finch's "
 "quotation, the complaint's account and the settlement's terms are not in the kept text); the quotation's opening "
 "mark is thus left unclosed (no mark added, as 15c, 27b and 45p). Kept as written: the double spaces after three "
 "full stops, the curly quotation marks and apostrophes, 'The Dow Chemical Company (Dow)' and 'E.I. DuPont de "
 "Nemours & Co. (DuPont)' with their short names in brackets, 'the department' in lower case, 'the offices of three "
 "state attorneys general', 'Iowa, Mississippi, and Montana', 'Acting Assistant Attorney General'. 215 words "
 "(whitespace-split). One text per event: the Division's Federal Register notice of the case (thefederalregister.org, "
 "justia, fdocuments, zlibrary copies; 82 FR 28887) left out for the release; Antitrust Law Daily (a news copy of the "
 "release's opening, as 47n: not taken in this lane), Fox Business / Dow Jones, the Associated Press (wsgw, "
 "crainsdetroit, kticradio), topix, Consumer Reports' Consumerist and cfcm.ca left out. Found with 'justice.gov "
 "press release Dow DuPont merger divest Finesse Rynaxypyr acid copolymers ionomers Acting Assistant Attorney "
 "General Andrew Finch' (rank 4). "
 + CHECK + "'Finesse', 'Rynaxypyr', 'copolymer', '2017-13326', '17-cv-01176', 'E.I. DuPont', 'DowDuPont', "
 "'Dow-DuPont': 0 everywhere; 'DuPont' only in a train Wikipedia text on Syngenta (another matter); 'Dow Chemical' in "
 "two train texts on other matters (Wikinews' Dow / Rohm and Haas 2008, Wikipedia's Dow Corning); 'Andrew Finch' only "
 "in GATHERING.md (Deere / Precision Planting, news only, not used); no dev or test file's text read.",
 True))

# ---- Twin America / Coach USA / CitySights, Federal Register notice, 27 March 2015 ------------------------------------
U2 = "http://federal.elaws.us/fr/3/27/2015/2015-07055"
U2T = "https://thefederalregister.org/80-FR/16427"
T2 = ("United States and State of New York v. Twin America, LLC, et al.; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-twin-america-coach-usa-citysights-proposed-final-judgment-2015", U2, "2015-03-27", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the Southern District of New York in United States and State of New York v. Twin America, LLC, "
 "et al., Civil Action No. 12-cv-8989 (ALC) (GWG). On December 11, 2012, the United States and the State of New York "
 "filed a Complaint. The United States alleged that the formation of Twin America, LLC by Coach USA, Inc. and "
 "CitySights LLC violated Section 7 of the Clayton Act (15 U.S.C. 18) and Section 1 of the Sherman Act (15 U.S.C. "
 "1). The proposed Final Judgment, filed on March 16, 2015, requires Defendants to relinquish all of CitySights's "
 "Manhattan bus stop authorizations granted by the New York City Department of Transportation (NYC DOT) to NYC DOT, "
 "and to pay $7.5 million in disgorgement.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the Southern "
 "District of New York. Copies of these materials may be obtained from the Antitrust Division upon request and "
 "payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "tourism/sightseeing bus tours", "deal,regulatory",
 att(T2, "80 FR 16427, FR Doc. 2015-07055", "2015-03-27", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 27 March 2015 (Volume 80, Number 59, pages "
 "16427-16436, FR Doc No: 2015-07055; kept as `published`; volume, issue, pages and weekday from "
 "thefederalregister.org's copy of the GPO text, " + U2T + ") as federal.elaws.us reproduces it (origin string "
 "`FRE`, as batches 41c and 43o), checked word for word against thefederalregister.org's GPO text as far as that "
 "excerpt runs ('... Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, Washington, DC "
 "20530 (telephone: 202-514-2481), on th': the two agree, the GPO's line wraps apart). Left out: the host's heading "
 "line ('2015-07055. ' and the notice's title, kept as `title`), its bullet and marker 'Start Preamble', the leading "
 "indentation of the paragraphs. Three paragraphs, set off by a blank line as the host sets them. Cut after the "
 "third paragraph's first sentence ('Public comment is invited within 60 days of the date of this notice.', as 47l "
 "and 47t), before 'Such comments, including the name of the submitter, and responses thereto, will be posted on "
 "the Department of Justice, Antitrust Division's internet Web site, filed with the Court and, under certain "
 "circumstances, publ', where the excerpt breaks off (`truncated`: the comment address, the section chief, the "
 "Competitive Impact Statement and the Final Judgment are not in the kept text). Kept as written: the straight "
 "apostrophes, \"CitySights's\", 'Stipulation and Competitive Impact Statement' (no serial comma), '(15 U.S.C. 18)' "
 "in brackets, 'Defendants' capitalised, '450 Fifth Street NW.', 'http://www.usdoj.gov/atr,,' with its two commas "
 "(**doubtful**: as the host gives it; the GPO excerpt stops before it and justia's printed page was not reached, so "
 "the doubled comma may be the printed notice's or the host's: kept, no character changed). 259 words "
 "(whitespace-split). thefederalregister.org's copy (ranks 1 and 2; it stops earlier, at 'on th') and justia's "
 "printed page (rank 4; it opens on the foot of another notice and a DEA registration) not taken. One text per event: "
 "the Department's release of 16 March 2015 on the settlement came back only through Antitrust Law Daily "
 "(dailyreportingsuite.com), Reuters (lincolndailynews), antitrustalert.com and antitrustlawyerblog.com accounts, "
 "and the release of 11 December 2012 on the suit only as Bloomberg's 'reformatted version of a press release' "
 "(news copies of releases are not taken in this lane, 47n): left out, as are NAAG's case pages. Found with 'Justice "
 "Department Twin America Coach USA City Sightseeing New York settlement disgorge $7.5 million hop-on hop-off bus "
 "tours' (rank 6) and 'Justice Department requires divestiture Twin America Coach USA CitySights settlement press "
 "release Bill Baer' (rank 3). "
 + CHECK + "'Twin America', 'CitySights', 'City Sights', 'Coach USA', '2015-07055', '12-cv-8989', 'hop-on': 0 "
 "everywhere; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
