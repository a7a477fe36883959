#!/usr/bin/env python3
"""Batch 55t (session 54; gatherer 55t): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi, 51zm,
55g, 55j and 55o (UK public-sector texts under the Open Government Licence v3.0), asked for UK Competition and Markets
Authority merger texts (gov.uk news stories and case pages, or verbatim copies on miragenews.com / wired-gov.net)
naming an acquirer, a target, their owners and named CMA officials with titles; all three texts are CMA merger texts,
the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j and 55o (no outage is told in any; see GATHERING section
55t):
- the CMA's press release of 6 March 2025 on its phase 2 final decision clearing the merger of the corporate travel
  management companies Global Business Travel Group, Inc (GBT) and CWT Holdings LLC (CWT), with Martin Coleman, chair
  of the independent panel, quoted (as miragenews.com reproduces it in the page store);
- the CMA's news story of 18 October 2018 on its phase 2 provisional findings that Rentokil Initial's purchase of
  Cannon Hygiene could lead to higher prices or lower quality for customers needing a single washroom waste disposal
  provider, beside the largest supplier, PHS (as gov.uk renders it in the page store);
- the CMA's merger case page 'Circle Health / BMI Healthcare merger inquiry' (gov.uk /cma-cases/), entries of
  2019-2021: the completed acquisition by Circle Health Holdings Limited (and indirectly by Centene Corporation via a
  minority interest) of GHG Healthcare Holdings Limited, a parent company of BMI Healthcare Limited, the statutory
  timetable, the undertakings in lieu of reference, the monitoring trustee and the review of the undertakings (the
  acquisition there told as of all the issued share capital of CHC Healthcare Holdings Limited) (as gov.uk renders it).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
the releases' summary lines kept as their first paragraphs (as 51k, 55g, 55j and 55o), the case page's sub-headings and
timetable lines kept as paragraphs (as 17d, 55j and 55o; the timetable table's rows on single lines, as 17d), other
single line breaks doubled (whitespace only), the gov.uk texts cut at the last full sentence before their excerpts
break off; cuts per item in `notes`; no word added or changed. The excerpts are saved verbatim in /tmp/gather56t/src
(gbt-cwt.txt, rentokil-cannon.txt, circle-bmi-case-page.txt) with the queries (queries.txt). newskg (or any
extractor) was not run on the texts.
usage: batch55t.py [POOL_DIR] [--dry]   (default /tmp/gather56t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56t/pool"
GOV = "UK Competition and Markets Authority news story (gov.uk) as gov.uk renders it (page store)"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
MIRAGE = "UK Competition and Markets Authority press release (gov.uk) via miragenews.com (search tool page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 51k, 55g, 55j): the heading (kept as title) left "
            "out of the text, the summary line kept as the first paragraph (as 51k, 55g and 55j), single line breaks "
            "doubled (whitespace only). ")
CASE_NOTE = ("A CMA merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; CMA case pages used before: batch 17d's four pages, 55j's Ecolab / Holchem "
             "page, 55o's FNZ / GBST and Bottomline / Experian pages): the heading (kept as title) left out of the "
             "text; the page's own sub-headings and timetable lines kept as paragraphs (as 17d, 55j and 55o), the "
             "timetable table's rows kept on single lines (as 17d and 55o). ")
MIRAGE_NOTE = ("A CMA press release as miragenews.com reproduces it (gov.uk content, Crown copyright, Open Government "
               "Licence v3.0; miragenews.com copies of gov.uk releases used before: batch 40zl's check, 51zi, 55g, "
               "55o): the copy's heading (kept as title) and the site's source line 'UK Gov' under it left out of the "
               "text, the summary line kept as the first paragraph (as 55o's Spreadex copy), paragraph breaks as the "
               "copy has them (already double). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather56*/pool as they stood, and /work/notes/gather56/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(who, kind, title, date, url, copy=False):
    how = "text as reproduced at" if copy else "text as at"
    on = f" ({date})" if date else ""
    return (f"{who}, {kind}, '{title}'{on}, Crown copyright, contains public sector information licensed under the "
            f"Open Government Licence v3.0; {how} {url}")


R = []
# ---- CMA: GBT / CWT, phase 2 final decision, cleared (6 March 2025) -------------------------------------------------
u = "https://miragenews.com/cma-approves-gbt-cwt-travel-merger-1420971"
t = "CMA Approves GBT-CWT Travel Merger"
R.append(uk_rec("uk-cma-gbt-cwt-corporate-travel-merger-phase-2-cleared-2025", u, "2025-03-06", t, OGL,
 att("Competition and Markets Authority", "press release", t, "6 March 2025", u, copy=True),
 "Independent CMA inquiry group has cleared the merger of corporate travel companies Global Business Travel Group, Inc and CWT Holdings LLC.\n\n"
 "An independent inquiry group leading the in-depth Phase 2 merger investigation into the merger of corporate travel management companies Global Business Travel Group, Inc (GBT) and CWT Holdings LLC (CWT) has decided it should be allowed to proceed.\n\n"
 "Both companies supply travel agency services to global businesses with high travel spend and employees who travel internationally.\n\n"
 "The group has concluded that CWT is a significantly weaker competitor than in the past and is likely to continue to weaken in the future and that there are other suppliers who will offer customers an alternative to the merged business.\n\n"
 "The group is therefore satisfied that the merger is not expected to result in a substantial lessening of competition in the global market for the supply of business travel agency services and has cleared the deal.\n\n"
 "Martin Coleman, chair of the independent panel of experts conducting this investigation, said:\n\n"
 "Having reviewed all the evidence thoroughly over the course of our investigation we have concluded, given the weaker position CWT plays in the corporate travel market and the alternatives available, that this deal should be allowed to proceed.",
 "corporate travel management/business travel agency services; merger control", "UK", "deal,regulatory",
 MIRAGE_NOTE + "The excerpt ends after Coleman's quotation with a paragraph break and without the copy's end mark "
 "'/P' (which 55o's Spreadex copy showed), so the copy may go on (notes to editors or more paragraphs): `truncated` "
 "true. Kept as written: 'Global Business Travel Group, Inc' and 'CWT Holdings LLC' without full stops or commas, "
 "'Phase 2' with a capital, the quotation without quotation marks (the copy sets it as its own paragraph after "
 "'said:', as gov.uk does), 'the weaker position CWT plays'. `published` 2025-03-06: macfarlanes.com's note of 4 April "
 "2025 has 'On 6 March 2025, the CMA cleared ...', businesstravelexecutive.com's report of 7 March 2025 speaks of 'a "
 "summary of its final report released on Thursday' (6 March 2025 was a Thursday). The words checked against other "
 "pages in the page store: businesstravelexecutive.com quotes the fourth and fifth paragraphs word for word ('the "
 "group has concluded that CWT is ...', 'The group is therefore satisfied ...'). Found with 'CMA clears Amex GBT "
 "purchase of CWT business travel' (rank 7) and again, the same excerpt, with the heading (rank 1) and with the "
 "summary line (rank 1). Same matter, left out (one text per matter): wired-gov.net's and parliamenttoday.com's "
 "copies of the CMA's supplementary interim report release of 18 February 2025 (both break off inside Coleman's "
 "quotation), news of the phase 2 referral (finanzen.at / RTTNews: 'the anticipated acquisition by Global Business "
 "Travel Group, Inc of CWT Holdings'), the provisional clearance and the decision (pymnts, globalbizmag, ttrweekly, "
 "itiger / Dow Jones, bbcworldnewstoday, business-news-today, businesstravelexecutive), macfarlanes.com's note. " +
 CHECKED + "'Global Business Travel', 'CWT Holdings' - no file; 'Amex GBT', 'CWT' - only GATHERING.md's 55o section "
 "and 55o.md (a lead); 'Martin Coleman' - 55o's FNZ / GBST case page (train) and its scripts (another matter). The "
 "matter is new to the corpus.",
 MIRAGE))
# ---- CMA: Rentokil Initial / Cannon Hygiene, phase 2 provisional findings (18 October 2018) ------------------------
u = "https://gov.uk/government/news/competition-concerns-over-washroom-suppliers-merger"
t = "Competition concerns over washroom suppliers\u2019 merger"
R.append(uk_rec("uk-cma-rentokil-initial-cannon-hygiene-washroom-merger-provisional-findings-2018", u, "2018-10-18", t,
 OGL, att("Competition and Markets Authority", "news story", t, "18 October 2018", u),
 "The CMA has provisionally found that Rentokil Initial\u2019s purchase of Cannon Hygiene could lead to higher prices or lower quality for some customers.\n\n"
 "Rentokil, which trades as Initial for washroom services, and Cannon are 2 of the UK\u2019s largest suppliers of washroom services to commercial, industrial and public buildings. These include the supply and fitting of dispensers such as air sanitisers and soap dispensers; replacement of toilet paper; and waste collection from feminine hygiene units and nappy bins.\n\n"
 "On 28 June 2018, after finding competition concerns, the Competition and Markets Authority (CMA) referred Rentokil Initial\u2019s purchase of Cannon Hygiene to a group of independent CMA Panel members for an in-depth Phase 2 investigation.\n\n"
 "After considering a wide range of evidence, the CMA has issued its provisional findings. It has found there could be reduced competition in the supply of washroom waste disposal services for customers that require a single provider across the whole or a large part of the UK.\n\n"
 "This is because Rentokil and Cannon are 2 of the 3 major suppliers at this level \u2013 alongside the largest supplier, PHS. The CMA has found that other suppliers of washrooms services do not compete strongly for the same customers and has seen no evidence that this will change after the merger. The merger would therefore leave a limited number of options for these customers.\n\n"
 "It has not identified concerns in relation to the remainder of the companies\u2019 services, where it considers there is sufficient competition.\n\n"
 "The CMA is now inviting comments on its provisional findings until 5pm on 8 November 2018. It will also seek comments up until 5pm on 1 November 2018 on its remedies notice, which outlines measures the CMA could take if it finally decides that there has been a substantial lessening of competition. This includes the potential sale of the Cannon UK business.",
 "washroom services/hygiene; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "The excerpt carries no 'News story' label or date line. Cut at the end: the excerpt breaks off inside "
 "the next sentence ('Further details are available on the inv'), so the text ends with '... the potential sale of "
 "the Cannon UK business.' (`truncated`); a quotation from the inquiry chair, if the page has one, is not in the "
 "excerpt. Kept as written: the curly apostrophes ('suppliers\u2019', 'Rentokil Initial\u2019s', 'UK\u2019s', "
 "'companies\u2019'), the en dash before 'alongside the largest supplier, PHS', 'washrooms services' (sic), 'CMA "
 "Panel' and 'Phase 2' with capitals, '2 of the 3' in figures. `published` 2018-10-18: the CMA's case page for the "
 "merger (gov.uk /cma-cases/rentokil-initial-cannon-hygiene-merger-inquiry, in the page store) has the entry '18 "
 "October 2018: The CMA has provisionally found that Rentokil Initial\u2019s purchase of Cannon Hygiene could lead to "
 "higher prices or lower quality for some customers.' (this story's summary line word for word), and aol.co.uk's "
 "report of the provisional findings is dated 18 October 2018 (its address: /2018/10/18/). Facts checked against "
 "other pages in the page store: the case page ('the completed acquisition by Rentokil Initial plc of Cannon Hygiene "
 "Limited'; the divestment package bought by Citron Hygiene UK on 1 October 2019; the remedy group Gareth Davies, "
 "Susan Hankey (Chair) and Jeremy Newman), cityam.com (the deal 'clinched January 2018'; Anne Lambert, inquiry chair, "
 "at the final decision of January 2019). Found with 'CMA orders sale of customer contracts in washroom suppliers\u2019 "
 "merger' (rank 7). Same matter, left out (one text per matter): the case page (its remedy-group and undertakings "
 "lines are the stock wording of 55j's and 55o's case pages); the gov.uk news story of 18 June 2018 on the phase 1 "
 "concerns (an excerpt of four short paragraphs whose first paragraph is missing in the store); "
 "fly1.wordsworth.site's mirror of the final-decision release of January 2019 (an unknown mirror host; the excerpt "
 "breaks off inside Anne Lambert's quotation); cheonmugeuk.org's garbled mirror of the referral story (spam strings "
 "inside words); news (finanznachrichten / RTTNews, cityam, independent.ie / Press Association, bmmagazine, "
 "poandpo, aol). " + CHECKED + "'Rentokil', 'Cannon Hygiene' - only GATHERING.md's 55o section and 55o.md (a "
 "lead); 'washroom' - one train text on another subject; 'PHS' - substring hits only (no text on the washroom "
 "supplier). The matter is new to the corpus.",
 GOV))
# ---- CMA: Circle Health / BMI Healthcare merger case page (entries 20 December 2019 - 2 August 2021) --------------
u = "https://www.gov.uk/cma-cases/circle-health-bmi-healthcare-merger-inquiry"
t = "Circle Health / BMI Healthcare merger inquiry"
R.append(uk_rec("uk-cma-circle-health-bmi-healthcare-merger-case-page-undertakings-2021", u, None, t, OGL,
 att("Competition and Markets Authority", "merger case page", t, None, u),
 "The CMA is investigating the completed acquisition by Circle Health Holdings Limited (and indirectly by Centene Corporation via a minority interest in Circle Health Holdings Limited) of GHG Healthcare Holdings Limited (a parent company of BMI Healthcare Limited).\n\n"
 "Statutory timetable\n\n"
 "Date Action\n23 June 2020 Undertakings in lieu of reference accepted\n8 April 2020 Decision announced\n12 to 26 February 2020 Invitation to comment\n12 February 2020 Launch of merger inquiry\n20 December 2019 Initial enforcement order\n\n"
 "*This date is the current statutory deadline by when the decision will be announced. If any change occurs, the information is refreshed as soon as practicable. However, the CMA cannot guarantee that the decision will be announced on or before this current deadline, as the deadline of a given case may change during the merger assessment process due to different reasons.\n\n"
 "Phase 1\n\n"
 "Decision to undertake review of the undertakings in lieu of reference\n\n"
 "2 August 2021: The CMA has decided to review the undertakings in lieu of a reference offered in relation to the completed acquisition by Circle Health Holdings Limited of all the issued share capital of CHC Healthcare Holdings Limited (a parent company of BMI Healthcare Limited). Please see Circle Health / BMI Healthcare: Review of undertakings for further information.\n\n"
 "Directions to appoint a monitoring trustee\n\n"
 "25 June 2020: Pursuant to the Undertakings in Lieu accepted 23 June 2020, the CMA directed Circle to appoint a monitoring trustee.\n\n"
 "Undertakings in lieu of reference accepted\n\n"
 "23 June 2020: The CMA has accepted undertakings in lieu of reference for the completed acquisition by Circle Health Holdings Limited of GHG Healthcare Holdings Limited (a parent company of BMI Healthcare Limited).",
 "private hospitals/healthcare; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Address: the page store holds the page at this address with e-mail tracking parameters "
 "('?utm_source=...&utm_medium=email&utm_campaign=govuk-notifications&utm_content=daily'), left off here (the "
 "excerpt saved in /tmp/gather56t/src has the full address). The timetable table, which the excerpt gives one row a "
 "line ('Date Action', then five dated rows), kept as one paragraph with its single line breaks (as 17d's and 55o's "
 "tables). Kept: the page's footnote to the timetable ('*This date is the current statutory deadline ...', the CMA's "
 "stock wording on case pages; no row of this table carries the asterisk) - a paragraph of the page, not a contact "
 "block, so not dropped. Cut at the end after the entry of 23 June 2020 ('... (a parent company of BMI Healthcare "
 "Limited).'): the empty heading 'Amendments/consents granted:' (on the page it heads links), the heading "
 "'Undertakings in lieu of reference consultation: closes 28 May 2020' and its entry of 14 May 2020, which the "
 "excerpt breaks off inside ('... in lieu of a referenc'), left out (`truncated`); the page's earlier entries (the "
 "CMA's decision of 8 April 2020, the invitation to comment, the initial enforcement order) are past the excerpt. "
 "Kept as written: 'GHG Healthcare Holdings Limited' in the first and last entries and 'CHC Healthcare Holdings "
 "Limited' in the entry of 2 August 2021 (two names for the company bought, as the page has them; 'the indirect "
 "parent company of BMI Healthcare Limited' in the review's own case page), 'Undertakings in Lieu' with capitals, the "
 "bare 'Circle', 'Date Action'. `published` null, as 17d's, 55j's and 55o's case pages: the entries span 20 December "
 "2019 to 2 August 2021 and the excerpt shows no 'Published / Last updated' line (govwire.co.uk's copy of the page is "
 "dated 6 October 2022). Facts checked against other pages in the page store: govwire.co.uk's copy of this page "
 "(word for word from the timetable on), the review's case page (gov.uk /cma-cases/circle-health-slash-bmi-healthcare"
 "-review-of-undertakings: 'all the issued share capital of CHC Healthcare Holdings Limited, the indirect parent "
 "company of BMI Healthcare Limited'; the final decision of 2 May 2024 in govwire.co.uk's copy), midlands-tv.co.uk's "
 "copy of the CMA's release of 8 April 2020 (Joel Bamford, CMA Senior Director), healthcareandprotection.com (the "
 "sale of Circle Bath Hospital to the Royal United Hospitals Bath NHS Foundation Trust), lowdownnhs.info and "
 "healthinsuranceandprotection.com (BMI sold by Netcare). Found with 'CMA Circle Health BMI Healthcare merger "
 "cleared' (rank 1). Same matter, left out (one text per matter): the CMA's release of 8 April 2020 (only "
 "midlands-tv.co.uk's copy, not a first-party or listed mirror; no gov.uk copy found with a query on its heading or "
 "its opening), the review's case page and govwire.co.uk's copies, news (healthcareandprotection, "
 "healthinsuranceandprotection, nexusmediagroup, thetimes, lowdownnhs, nhsforsale) and the RUH's release on Circle "
 "Bath. " + CHECKED + "'Circle Health', 'GHG Healthcare', 'CHC Healthcare', 'Centene', 'Netcare' - no file; 'BMI "
 "Healthcare' - only GATHERING.md's 55o section and 55o.md (a lead). The matter is new to the corpus.",
 CASE))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
