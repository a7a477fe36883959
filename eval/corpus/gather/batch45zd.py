#!/usr/bin/env python3
"""Batch 45zd (session 46, gatherer 45zd): outages told in US federal public-domain texts (17 U.S.C. 105), a seventh
round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e, 45i, 45n, 45q, 45u, 45y; the
congressional press releases of 17a, 45e, 45i, 45n, 45q, 45u and 45y), on two House members' own releases after
Tropical Storm Isaias (August 2020) on events no corpus gold holds:
  - Rep. Lee Zeldin's press release (zeldin.house.gov; undated in the excerpt, August 2020 by the record) on PSEG Long
    Island's expanded claims policy for 'customers whose electrical service was interrupted by Tropical Storm Isaias
    for at least 72 hours';
  - Rep. Sean Patrick Maloney's press release (seanmaloney.house.gov; dated 'Aug 11, 2020' in the excerpt) on his
    letter to Energy and Commerce Chair Frank Pallone after Isaias 'left hundreds of thousands of homes in the Hudson
    Valley without power', and his meeting with Central Hudson, Orange & Rockland and NYSEG.
Texts are the search tool's page-store excerpts (corpus `pages`). Site chrome (the district-office counters 'Dollars
Recovered for NY-18' etc.), the label 'Press Release', the date line (-> `published`) and headings (-> `title`) left
out; a double space between two sentences written as one (whitespace only); each cut at the last full sentence before
the excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch45zd.py [POOL_DIR] [--dry]   (default /tmp/gather46zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zd/pool"
ORIGIN_H = "US Representative's press release (house.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -rlF "
         "over train, dev and test: names of matching files only; for files that matched, only their gold's outages "
         "read), GATHERING.md, every gather script and the session-46 pools /tmp/gather46*/pool (a..z, za..zc; 45zb's "
         "DOJ pool seen at the end, no overlap): ")
R = []

# ---- PSEG Long Island after Tropical Storm Isaias: Rep. Lee Zeldin on the expanded claims policy (zeldin.house.gov)
U1 = ("https://zeldin.house.gov/media-center/press-releases/pseg-changes-reimbursement-policy-following-urging-rep-"
      "zeldin-and-others")
R.append(federal(
 "us-house-zeldin-release-pseg-long-island-isaias-reimbursement-policy-2020", U1, None,
 "PSEG Changes Reimbursement Policy Following Urging from Rep. Zeldin and Others",
 "PATCHOGUE, NY - Today, PSEG Long Island announced it is expanding its claims policy due to the COVID-19 pandemic so "
 "that customers whose electrical service was interrupted by Tropical Storm Isaias for at least 72 hours can be "
 "reimbursed for spoiled food and medication.\n\n"
 "Last week, Congressman Lee Zeldin (R, NY-1) demanded PSEG follow the lead of other regional energy companies that "
 "service the Tri-State area to cover the costs of spoiled food and medication for customers who experienced "
 "extended power outages in the wake of Tropical Storm Isaias.\n\n"
 "Furthermore, Congressman Zeldin and members of the Long Island Congressional Delegation called for an "
 "investigation into the PSEG response, an investigation which has now been launched.\n\n"
 "\u201cThankfully, PSEG has done the right thing, listened to its customers and expanded its claims policy for those "
 "who experienced prolonged power outages following Tropical Storm Isaias,\u201d said Congressman Zeldin. \u201cI hope "
 "that this announcement signifies PSEG\u2019s willingness to make the changes desperately needed to learn from "
 "Tropical Storm Isaias and better serve Long Islanders.\u201d\n\n"
 "PSEG customers can apply for reimbursements here.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Lee Zeldin (New York), press release 'PSEG Changes Reimbursement Policy Following "
 "Urging from Rep. Zeldin and Others' (undated in the excerpt; August 2020 by the record), on PSEG Long Island's "
 "claims policy after Tropical Storm Isaias, US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 ORIGIN_H,
 "A press release of U.S. Representative Lee Zeldin's office on zeldin.house.gov (a work of a Member of Congress's "
 "staff in their official duties: a US federal work, public domain, as batch 17a's, 45i's, 45n's, 45q's, 45u's and "
 "45y's house.gov releases). The excerpt has no date line: `published` null (as 45y's three releases), so 'Today' "
 "and 'Last week' are not resolved (by the record PSEG Long Island announced the claims policy on 17 August 2020 and "
 "Isaias struck Long Island on 4 August 2020; neither date is in the text). Nothing left out but the heading (kept as "
 "`title`): the excerpt runs from the dateline to 'PSEG customers can apply for reimbursements here.', where it ends "
 "(the word 'here' was a link on the page; kept as written). `truncated` false (**doubtful**: the excerpt ends on a "
 "full sentence well under the page store's 2,000-character limit, so the release is taken as whole). Kept as "
 "written: the hyphen of the dateline 'PATCHOGUE, NY -', '(R, NY-1)', 'service the Tri-State area', the curly quotes "
 "and apostrophe. 177 words. One text per event: danspapers.com's story on Zeldin's letter to David M. Daly and the "
 "greaterlongisland.com, suffolktimes, patch.com, nbcnewyork.com and tbrnewsmedia.com stories on the claims policy "
 "(news) left out; the nysenate.gov releases of the Long Island state senators (state texts, not federal) left out. "
 "Found with 'Congressman Zeldin PSEG Long Island Isaias outages letter customers without power' (rank 2). "
 + CHECK + "'Zeldin', 'PSEG Long Island', 'PATCHOGUE', 'Tri-State', 'Long Island Congressional Delegation', "
 "'zeldin.house.gov': 0 in corpus files, GATHERING.md and pools ('Patchogue' only in train "
 "wn-sallie-mae-leads-consumer-financial-protection-2013, another matter); 'Isaias' in the corpus only as Con "
 "Edison's (train us-senate-schumer-gillibrand-letter-con-edison-isaias-outages-2020, 'New York region'), PSE&G's "
 "(test us-house-gottheimer-release-pseg-isaias-storm-response-call-2020, New Jersey), JCP&L's and Eversource's "
 "outages; 'LIPA' only as Sandy's (train us-house-king-letter-obama-lipa-sandy-power-restoration-2012): no gold holds "
 "PSEG Long Island's Isaias outage, so the event is new (the same storm, another provider, as 45u's rule).", False))

# ---- Hudson Valley after Tropical Storm Isaias: Rep. Sean Patrick Maloney's letter to Chairman Pallone ------------
U2 = ("https://seanmaloney.house.gov/media-center/press-releases/maloney-calls-for-congressional-review-of-isaias-"
      "response-long-term")
R.append(federal(
 "us-house-maloney-letter-pallone-isaias-hudson-valley-power-outages-2020", U2, "2020-08-11",
 "Maloney Calls for Congressional Review of Isaias Response & Long-Term Power Outages Ahead of Hurricane Season",
 "Washington, DC \u2013 Today, Rep. Sean Patrick Maloney (NY-18) wrote to Energy and Commerce Committee Chair, Frank "
 "Pallone, calling on the committee to investigate the length of time it took to restore power to Isaias-impacted "
 "regions like the Hudson Valley and work with utility companies to develop long-term solutions to harden our "
 "infrastructure and increase resiliency.\n\n"
 "\u201cNobody should be without power for seven days, we need to find out what went wrong here and put forward "
 "legislation to help make sure we harden our infrastructure so we are ready for the increasingly severe storm "
 "seasons,\u201d said Rep. Sean Patrick Maloney. \u201cAs we enter what is expected to be an extremely active hurricane "
 "season, we need to push forward long-term, future-looking solutions so families can count on the power being there "
 "when they need it most.\u201d\n\n"
 "Tropical Storm Isaias left hundreds of thousands of homes in the Hudson Valley without power \u2013 some for as many "
 "as seven days.\n\n"
 "Ahead of what National Oceanic and Atmospheric Administration (NOAA) is predicting to be an \u201cextremely "
 "active\u201d hurricane season with as many as 25 storms, Rep. Maloney met with representatives from Central Hudson, "
 "Orange & Rockland, and NYSEG on Monday. Together they discussed the need to harden our infrastructure by improving "
 "resiliency, creating smarter grids, providing back up power for essential telecommunications infrastructure, "
 "building better batteries, and burying lines when and where they can.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Sean Patrick Maloney (New York), press release 'Maloney Calls for Congressional "
 "Review of Isaias Response & Long-Term Power Outages Ahead of Hurricane Season', 11 August 2020, on his letter to "
 "Energy and Commerce Committee Chair Frank Pallone, US federal government work (public domain); text from the "
 "search tool's page store at " + U2,
 ORIGIN_H,
 "A press release of U.S. Representative Sean Patrick Maloney's office on seanmaloney.house.gov (a US federal work, "
 "public domain, as the house.gov releases of 17a, 45i, 45n, 45q, 45u and 45y). The excerpt's date line 'Aug 11, "
 "2020' gives `published` 2020-08-11 (a Tuesday), so 'Today' and 'on Monday' resolve. Left out: the office's "
 "counters at the top ('37,174,362 Dollars Recovered for NY-18', '409 Medals & Awards Returned to Vets', '9,023 "
 "Constituent Cases Closed', '41 Bills Signed Into Law': site chrome), the heading (kept as `title`; it stands twice "
 "in the excerpt), the date line (-> `published`) and the label 'Press Release'. The double space after 'said Rep. "
 "Sean Patrick Maloney.' written as one (whitespace only). Cut after '... burying lines when and where they can.', "
 "before 'Following the meeting, Congressman Maloney wrote to Chairman Pallone calling for a review', where the "
 "excerpt breaks off (`truncated`; the rest of the release and the letter are lost). Kept as written: the en dashes "
 "of the dateline and of '\u2013 some for as many as seven days', 'Energy and Commerce Committee Chair, Frank "
 "Pallone,' (the commas), 'Nobody should be without power for seven days, we need' (the comma splice), 'back up "
 "power', the curly quotes. 231 words. One text per event: no news story on this letter came back. Found with "
 "'Congressman Delgado Maloney Central Hudson power outages storm restoration letter house.gov' (rank 1). "
 + CHECK + "'Sean Patrick Maloney', 'seanmaloney', 'Energy and Commerce Committee Chair', 'NOAA' (as this storm "
 "season's forecaster): 0 in corpus files, GATHERING.md and pools; 'Hudson Valley' only in dev "
 "us-senate-schumer-gillibrand-letters-con-edison-nyseg-riley-quinn-outages-2018 (the March 2018 storms Riley and "
 "Quinn: another event); 'Central Hudson' only in train us-senate-schumer-gillibrand-letter-con-edison-isaias-"
 "outages-2020 (named there, its outage not annotated: the gold holds Con Edison's, 'New York region'); 'Orange & "
 "Rockland' only in test us-house-gottheimer-release-orange-rockland-riley-quinn-storm-response-2018 (Riley and "
 "Quinn, 2018) and as a name in test us-house-gottheimer-release-pseg-isaias-storm-response-call-2020 (PSE&G's "
 "outage, New Jersey); 'NYSEG' only in the 2018 texts of 45q; 'Pallone' in train "
 "us-house-pallone-letter-jcpl-isaias-power-restoration-firstenergy-2020 (JCP&L's Isaias outage, New Jersey): no gold "
 "holds the Hudson Valley's Isaias outage, so the event is new.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
