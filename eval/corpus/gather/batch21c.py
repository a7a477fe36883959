#!/usr/bin/env python3
"""Batch 21c: public-sector merger and leadership releases told as news, from publishers the corpus had few of — the
US Justice Department's Antitrust Division (a press release on Gray Television's merger with Raycom Media, 2018; its
Federal Register notices on AMC's proposed acquisition of Carmike Cinemas, 2016, and on AMC's purchase of most of
Kerasotes Showplace Theatres' assets, 2010) and the UK Competition and Markets Authority (its phase 1 finding on
Stonegate's proposed purchase of Ei Group, 2019; its referral of the Country Stores merger, 2018; the Government's
nomination of Andrew Tyrie as the CMA's chair) — with near-misses (an asset purchase; a merger with no target named).
No outage text with an open licence and an event new to the corpus was found in the time (see GATHERING.md).
US texts: US federal government works (public domain, 17 U.S.C. 105). UK texts: Crown copyright, Open Government
Licence v3.0 (gov.uk). Every text is the search tool's page-store excerpt (corpus `pages`), embedded here; where an
excerpt was cut it ends at the last full sentence kept (`truncated`). Edits per item in `notes`; no word added or
changed.
usage: batch21c.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18e import rec as us_rec
from batch18b import rec as uk_rec, ogl, OGL

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
AGENCY = "US federal agency website (page store)"
FR_COPY = "US Federal Register notice, copy on a third-party site (page store)"
GOVUK = "UK government website gov.uk (page store)"
R = []
# ---- DOJ: Gray Television and Raycom Media (December 2018) ---------------------------------------------------------
R.append(us_rec("us-doj-gray-raycom-divest-stations-nine-markets-2018",
 "https://www.justice.gov/opa/pr/justice-department-requires-divestitures-resolve-antitrust-concerns-gray-s-merger-raycom",
 "2018-12-14", "Justice Department Requires Divestitures to Resolve Antitrust Concerns in Gray’s Merger With Raycom",
 "U.S. Department of Justice, Office of Public Affairs, press release",
 "The Department of Justice announced today that it will require Gray Television Inc., and Raycom Media Inc., to divest broadcast television stations in nine markets as a condition of resolving a challenge to the proposed $3.6 billion merger between Gray and Raycom.\n\n"
 "The Justice Department’s Antitrust Division filed a civil antitrust lawsuit in the U.S. District Court for the District of Columbia to block the proposed merger. At the same time, the Division filed a proposed settlement that, if approved by the court, would resolve the suit by remedying the competitive harms alleged in the complaint, through the divestitures and related conditions.\n\n"
 "“Without the required divestitures, Gray’s merger with Raycom threatens serious competitive harm to cable subscribers and small businesses,” said Assistant Attorney General Makan Delrahim of the Justice Department’s Antitrust Division. “I am pleased, however, that we have been able to reach a speedy and complete resolution of the Division’s concerns, thanks in part to the parties’ commitment to engage in good faith settlement talks from the outset of our investigation.”\n\n"
 "According to the complaint, without the divestitures the merger would eliminate head-to-head competition between Gray and Raycom in the nine local markets in which the divestitures are being required. In each of those markets, the transaction would increase the number of “Big Four” affiliate stations owned by Gray (i.e., affiliates of NBC, CBS, ABC, or FOX), leaving Gray with two or more Big Four stations in each area.",
 "media/broadcasting", "deal,regulatory",
 "The Justice Department's press release on justice.gov; the page chrome ('Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs'), the heading (kept as title) and the sub-heading 'Gray and Raycom Must Divest Broadcast Television Stations in Nine Markets' left out. The excerpt holds no date line: `published` is 14 December 2018, the filing date the complaint carries ('Case 1:18-cv-02951 Document 1 Filed 12/14/18', a court copy on fdocuments.in) and the day a Reuters report dates the announcement. Cut before the sentence listing the divestiture markets, where the excerpt stops mid-word. One text per event: news copies (Reuters, poandpo.com, streamtvinsider.com) and the complaint left out. Gray Television and Raycom Media are new to the corpus.",
 AGENCY))
# ---- DOJ Federal Register notice: AMC and Carmike Cinemas (December 2016) -------------------------------------------
R.append(us_rec("us-doj-federal-register-amc-carmike-proposed-final-judgment-2016",
 "http://federal.elaws.us/fr/citation/2016-31652",
 "2016-12-30", "United States v. AMC Entertainment Holdings, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice (FR Doc. 2016-31652)",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with the United States District Court for the District of Columbia in United States of America v. AMC Entertainment Holdings, Inc., et al., Civil Action No. 1:16-cv-2475. On December 20, 2016, the United States filed a Complaint alleging that the proposed acquisition by AMC Entertainment Holdings, Inc. of Carmike Cinemas, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires AMC to divest certain theatre assets, reduce its equity holdings and relinquish its governance rights in National CineMedia, LLC, and complete screen transfers to the cinema advertising network of Screenvision, LLC.\n\n"
 "Copies of the Complaint, proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement are available for inspection on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, under certain circumstances, published in the Federal Register.",
 "media/cinema", "deal,regulatory",
 "The Antitrust Division's notice in the Federal Register of 30 December 2016 (81 FR 96486, FR Doc. 2016-31652, kept as `published`) as federal.elaws.us reproduces it (the host adds the citation heading and 'Start Preamble' only, left out; the notice's title kept as title). Cut before the comment-address sentence ('Comments should be directed to Owen M. Kendler, ...'), where the excerpt stops inside a telephone number. One text per event: the Justice Department's press release of 20 December 2016 was found only in news and law-report copies (topix.com, Reuters, Antitrust Law Daily, deadline.com), left out; the Competitive Impact Statement (docslib.org) left out. AMC, Carmike, National CineMedia and Screenvision are new to the corpus.",
 FR_COPY))
# ---- DOJ Federal Register notice: AMC and Kerasotes (June 2010) — near-miss (asset purchase) ------------------------
R.append(us_rec("us-doj-federal-register-amc-kerasotes-proposed-final-judgment-2010",
 "https://regulations.justia.com/regulations/fedreg/2010/06/03/2010-13394.html",
 "2010-06-03", "United States, State of Illinois, State of Colorado, and State of Indiana v. AMC Entertainment Holdings, Inc. and Kerasotes Showplace Theatres, LLC Proposed Final Judgment and Competitive Impact Statement",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Section 16(b)–(h), that a proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States District Court for the District of Columbia in United States of America, State of Illinois, State of Colorado, and State of Indiana v. AMC Entertainment Holdings, Inc. and Kerasotes Showplace Theatres, LLC, Civil Action No. 1:10– cv–00846. On May 21, 2010, the United States and co-plaintiffs filed a Complaint alleging that the proposed acquisition of most of the assets of Kerasotes Showplace Theatres, LLC by AMC Entertainment Holdings, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18 by lessening competition for theatrical exhibition of first-run films in the Chicago, Denver and Indianapolis metropolitan areas.",
 "media/cinema", "deal,regulatory",
 "The Antitrust Division's notice in the Federal Register of 3 June 2010 (75 FR 31465, kept as `published`) as regulations.justia.com reproduces the printed page's text; the end of the preceding notice on the same page (an Environment and Natural Resources Division consent-decree notice), the page header, the running header 'DEPARTMENT OF JUSTICE Antitrust Division', the printer's margin line ('sroberts on DSKD5P82C1PROD with NOTICES') and the notice's title (kept as title) left out; the printed line-break hyphenation of the civil action number kept as printed. Cut before the next sentence ('The proposed Final Judgment ... requires AMC Entertainment Holdings, Inc. to divest first-run, commercial movie theatre'), where the excerpt stops. Near-miss for relations: the purchase of 'most of the assets' of a company is an asset purchase (GUIDELINES: nothing). Kerasotes is new to the corpus.",
 FR_COPY))
# ---- CMA: Stonegate and Ei Group (December 2019) -------------------------------------------------------------------
t = "Pub merger to be cleared if local concerns overcome"
u = "https://www.lscprom.co.uk/news/stonegate-pub/"
R.append(uk_rec("uk-cma-stonegate-ei-group-phase-1-local-concerns-2019", u, "2019-12-06", t, OGL,
 ogl("Competition and Markets Authority, news story", t, "6 December 2019", u),
 "Stonegate Pub Company’s proposed purchase of Ei Group does not raise UK-wide competition concerns but could damage competition in 51 local areas.\n\n"
 "The Competition and Markets Authority (CMA) has been investigating the anticipated £3 billion deal between the 2 pub groups. Together, they operate close to 5,000 pubs across the UK, including popular chains such as the Slug and Lettuce and Yates, as well as a large number of unbranded pubs.\n\n"
 "After completing its initial Phase 1 investigation, the CMA has found that the purchase does not raise competition concerns on a UK-wide basis. While the merged business will be the largest pub group in the UK, it will continue to face competition at the national level from several other large pub groups.\n\n"
 "The CMA has also investigated the potential impact of the merger in more than 500 local areas across the UK, in which both businesses currently have premises. While sufficient competition will remain after the merger in most cases, the CMA found that the deal could reduce choice for pub goers in 51 local areas where the combined business would face only limited competition.\n\n"
 "The CMA is therefore concerned that, if the businesses were to merge, pub goers in those areas could be faced with price increases or lower quality products and services.\n\n"
 "The companies now have until 13 December 2019 to suggest ways of overcoming these concerns.\n\n"
 "If proposals are not offered, or do not sufficiently address the issues raised, then the merger will be referred for an in-depth Phase 2 investigation.",
 "hospitality/pubs", "UK", "deal,regulatory",
 "The CMA's news story of 6 December 2019 as a Lancashire business-advice site (lscprom.co.uk) reproduces it under 'Source: CMA' (gov.uk content, Open Government Licence v3.0); the host's date line 'Dec 6th '19' (kept as `published`), the heading (kept as title), the closing pointer ('For more information, visit the Stonegate Pub Group/ Ei Group plc merger inquiry page.') and the 'Source: CMA' line left out. Whole story kept (`truncated` false). One text per event: the CMA's later acceptance of undertakings (February 2020) was found only in news copies (morningadvertiser.co.uk, Reuters via 99alternatives.com, moosegazette.net), left out. Stonegate and Ei Group are new to the corpus.",
 "UK Competition and Markets Authority news story, copy on a third-party site (page store)", truncated=False))
# ---- CMA: Country Stores merger referred (March 2018) — near-miss (no target named) ---------------------------------
t = "Country Stores merger referred for in-depth investigation"
u = "https://www.gov.uk/government/news/country-stores-merger-referred-for-in-depth-investigation"
R.append(uk_rec("uk-cma-country-stores-merger-referred-phase-2-2018", u, "2018-03-06", t, OGL,
 ogl("Competition and Markets Authority, news story", t, "6 March 2018", u),
 "On 21 February the Competition and Markets Authority (CMA) announced that it would refer the merger for a phase 2 investigation unless Mole Valley offered acceptable proposals to address these concerns.\n\n"
 "As the parties have not offered satisfactory undertakings, the CMA will now refer the merger.\n\n"
 "A decision on the merger will be made by a group of independent panel members supported by a case team of CMA staff. The deadline for the final report is 20 August 2018.",
 "retail/agriculture", "UK", "deal,regulatory",
 "The CMA's news story on gov.uk; the excerpt starts after the page's opening summary and heading (the title is the page's own, spelled out from its address: 'country-stores-merger-referred-for-in-depth-investigation', capitalised as gov.uk prints the CMA's titles); the store's date field (2018-03-06) kept as `published`. The excerpt ends with the story's last paragraph; whether notes to editors followed is not known (`truncated` set). Near-miss for relations: the buyer (Mole Valley) is named but the business it buys is not ('the merger'; Country Stores only in the title). Mole Valley is new to the corpus.",
 GOVUK))
# ---- gov.uk: Andrew Tyrie nominated CMA chair ---------------------------------------------------------------------
t = "Andrew Tyrie to be Chair of the Competition and Markets Authority"
u = "https://www.gov.uk/government/news/andrew-tyrie-to-be-chair-of-the-competition-and-markets-authority"
R.append(uk_rec("uk-gov-andrew-tyrie-to-be-chair-competition-and-markets-authority", u, None, t, OGL,
 ogl("Department for Business, Energy and Industrial Strategy, news story", t, None, u),
 "Andrew Tyrie, the former MP, Chair of the Treasury Select Committee and Chair of the Parliamentary Commission on Banking Standards has been nominated to be the new Chair of the UK’s independent competition authority.\n\n"
 "The primary role of the Competition and Markets Authority ( CMA ) is to make markets work well for consumers, businesses and the economy. It is responsible for carrying out investigations into mergers, markets and the regulated industries as well as enforcing competition and consumer law.\n\n"
 "Mr Tyrie served as the chairman of the Parliamentary Commission on banking standards, whose recommendations for the reform of governance in major financial institutions are now being implemented. He was also Chairman of the Liaison Committee, the committee of select committee chairs, and Chairman of the Treasury Select Committee from 2010 to 2017.\n\n"
 "Mr Tyrie also has experience in finance and commerce including Board roles in investment management and property firms, and as an advisor to the law firm DLA Piper.\n\n"
 "Business Secretary Greg Clark said:\n\n"
 "The CMA has a vital role to play in promoting competition and making markets work for consumers, businesses and the economy. Andrew Tyrie is a proven consumer champion and competition advocate, with a strong record of independence as Select Committee Chair, ideally suited to leading the CMA at this critical time. I have no doubt he will make good use of his extensive policy, economic and financial experience to entrench the CMA post-Brexit as one of the world’s leading regulatory and enforcement bodies.\n\n"
 "Andrew Tyrie said:\n\n"
 "Subject to Parliamentary support, I’m delighted to accept this post and look forward to working with the CMA ’s high quality Board and staff. Making markets work for the benefit of millions of people is what the CMA is all about.",
 "government/regulation", "UK", "leadership",
 "The Government's news story on gov.uk (the department is the one whose Business Secretary is quoted; the page's organisation line is not in the excerpt). The excerpt holds no heading and no date: the title is the page's own, spelled out from its address and capitalised as gov.uk prints titles; `published` null (the text gives no date; relative dates are not resolved). gov.uk's spacing inside '( CMA )' and 'CMA ’s' (its abbreviation mark-up) kept. Cut after Andrew Tyrie's second sentence, where the excerpt stops mid-word in the next one ('... rooting out monopoly and unfair tradi'). The CMA's chairs and its later chief executive appointments (news copies only) left out. Andrew Tyrie is in one train text as a committee chair (2011 hearing), not this appointment.",
 GOVUK))

# ==== Part 2 (added after part 1 was committed; no newskg run on any text yet) ===================================
from batch10 import EC as EC_LIC
EC_COPY = "European Commission daily news item, copy on a third-party site (page store)"


def ec_att(title, date, url):
    return (f"© European Union, European Commission, daily news item '{title}' ({date}); reuse authorised under "
            f"CC BY 4.0; text as reproduced at {url}")


R2 = []
# ---- DOJ Federal Register notice: United Technologies and Rockwell Collins (October 2018) ---------------------------
R2.append(us_rec("us-doj-federal-register-utc-rockwell-collins-proposed-final-judgment-2018",
 "http://federal.elaws.us/fr/10/17/2018/2018-22555",
 "2018-10-17", "United States v. United Technologies Corporation, et al.; Proposed Final Judgment and Competitive Impact Statement",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice (FR Doc. 2018-22555)",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States District Court for the District of Columbia in United States of America v. United Technologies Corporation, et al., Civil Action No. 1:18-cv-02279. On October 1, 2018, the United States filed a Complaint alleging that United Technologies Corporation's proposed acquisition of Rockwell Collins, Inc. (“Rockwell Collins”) would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires the Defendants to divest Rockwell Collins' ice protection systems business and trimmable horizontal stabilizer business, including Rockwell Collins' pilot controls business.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, under certain circumstances, published in the Federal Register. Comments should be directed to Maribeth Petrizzi, Chief, Defense, Industrials, and Aerospace Section, Antitrust Division, Department of Justice, 450 Fifth Street NW, Suite 8700, Washington, DC 20530 (telephone: (202) 307-0924).",
 "aerospace", "deal,regulatory",
 "The Antitrust Division's notice in the Federal Register of 17 October 2018 (83 FR 52542, FR Doc. 2018-22555, kept as `published`) as federal.elaws.us reproduces it; the host's citation heading, 'Start Preamble' and 'Start Signature' left out; the notice's title kept as title. Cut before the signature block, where the excerpt stops ('Patric...'). One text per event: the Justice Department's press release of 1 October 2018 was found only in news copies (defensedaily.com, pymnts.com, thegazette.com, hartfordbusiness.com), left out; the page-image copy on regulations.justia.com (same notice) left out. United Technologies and Rockwell Collins are new to the corpus.",
 FR_COPY))
# ---- EC: Hitachi Rail and Thales' ground transportation business (October 2023) ------------------------------------
t = "Commission approves Hitachi Rail’s acquisition of Thales’ ground transportation business, subject to conditions"
u = "https://www.einpresswire.com/article/665414644/commission-approves-hitachi-rail-s-acquisition-of-thales-ground-transportation-business-subject-to-conditions"
R2.append(uk_rec("ec-approves-hitachi-rail-acquisition-thales-ground-transportation-2023", u, "2023-10-31", t, EC_LIC,
 ec_att(t, "31 October 2023", u),
 "The European Commission has approved, under the EU Merger Regulation, the proposed acquisition of Thales’ ground transportation business (‘GTS’) by Hitachi Rail. The approval is conditional on full compliance with commitments offered by Hitachi Rail.\n\n"
 "The Commission’s investigation showed that the transaction, as initially notified, would have reduced competition and led to higher prices and less innovation in the markets for rail mainline signalling projects in France (including interlockings, overlay and resignalling projects) and Germany (including overlay and resignalling projects). On these markets, the transaction would have combined two close competitors and the merged entity would have acquired very high market shares.\n\n"
 "To address the Commission’s preliminary competition concerns, Hitachi Rail offered to divest its mainline signalling platforms in France and Germany for interlockings, overlay and resignalling projects. Following the positive feedback received in the context of the commitments’ market test, the Commission concluded that the transaction, as modified by the commitments, would no longer raise competition concerns. The decision is conditional upon full compliance with the commitments.",
 "transport/rail", "EU", "deal,regulatory",
 "The Commission's daily news item as EIN Presswire reproduces it under 'Source European Commission - Oct 31, 23' (the date kept as `published`; the Commission's decision is dated 30 October 2023 by the companies' and news copies, which are left out); the wire's page chrome, the heading (kept as title), the source line and the wire's closing lines ('You just read:', 'Distribution channels: Politics', its disclaimer) left out; a double space after 'shares.' made single (whitespace only). Whole item kept (`truncated` false). One text per event: Hitachi's own release (marketscreener.com, acnnewswire.com) and news copies (railjournal.com, globalrailwayreview.com, nippon.com, mondaq.com) left out. Hitachi Rail is new to the corpus; Thales appears in test texts by name count, none with Hitachi.",
 EC_COPY, truncated=False))
# ---- EC: Pfizer and Seagen (October 2023) --------------------------------------------------------------------------
t = "Commission approves acquisition of Seagen by Pfizer"
u = "https://pubaffairsbruxelles.eu/eu-institution-news/commission-approves-acquisition-of-seagen-by-pfizer"
R2.append(uk_rec("ec-approves-acquisition-seagen-by-pfizer-2023", u, "2023-10-19", t, EC_LIC,
 ec_att(t, "19 October 2023", u),
 "The European Commission has unconditionally approved the proposed acquisition of Seagen by Pfizer, under the EU Merger Regulation. The Commission concluded that the transaction would not raise competition concerns in the European Economic Area (‘EEA’).\n\n"
 "Seagen and Pfizer are pharmaceutical companies. In the EEA, the companies’ marketed and pipeline products overlap in the treatment of several cancer types such as breast, bladder, colorectal, cervical and lung cancer, as well as in lymphoma and leukaemia.\n\n"
 "Based on its market investigation, the Commission found that the merger would not significantly reduce competition in the markets where their activities overlap within the EEA.\n\n"
 "In particular, the Commission focused its investigation on potential competition between the parties’ marketed and pipeline products, and it found that the transaction would not lead to either the: (i) discontinuation, delay or re-orientation of the parties’ ongoing and overlapping lines of research or pipeline projects; or (ii) loss of innovation resulting from a structural reduction of the overall level of innovation, given that there is a significant number of players engaged in research & development activities.\n\n"
 "Moreover, the Commission found that the transaction was unlikely to have negative impact on prices, given that the parties’ offerings are differentiated and complementary and that the markets for the treatment of the various cancer types examined are sufficiently competitive.\n\n"
 "The Commission therefore concluded that the proposed merger would not raise competition concerns and cleared the transaction unconditionally.",
 "pharmaceuticals", "EU", "deal,regulatory",
 "The Commission's daily news item as pubaffairsbruxelles.eu reproduces it under 'EU institution news' (the heading kept as title). The excerpt carries no date: `published` is 19 October 2023, the Thursday on which Reuters, Business Recorder (dated 20 October) and precisionmedicineonline.com report the Commission's approval 'on Thursday'. Whole item kept as far as the excerpt runs (`truncated` set: whether the item's 'Background' section followed is not known). One text per event: news copies (Reuters via squidbusiness.fr, brecorder.com, pmlive.com, socialbites.ca) left out. Seagen is new to the corpus; Pfizer is in one train and one dev text on other matters.",
 EC_COPY))
if __name__ == "__main__":
    write_all(R + R2, POOL, dry="--dry" in sys.argv)
