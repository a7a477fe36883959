#!/usr/bin/env python3
"""Batch 36c (session 37; helper gatherer 37c): outages told in UK public-sector texts under the Open Government
Licence v3.0, the lane of batch 35g (GDS's Inside GOV.UK incident reports) taken to a new kind of first-party
report: the breach reports that producers of official statistics file with the UK Statistics Authority when a
release goes out late, early or wrongly (uksa.statisticsauthority.gov.uk/publication/breach-report-...). Each is a
short form (the output, the producer, contacts, the practice broken, the day) followed by the producer's own account
of what went wrong, with clock times. Four reports of 2021, one outage and three near-misses:
  - Public Health England's regional excess-mortality reports not published on 16 September 2021 because the PHE
    servers at Porton failed (restored overnight; published at 8:15am the next day) -> outage;
  - The Executive Office's Nation Brands Index report for Northern Ireland going live 3 minutes late on 25 February
    2021 through a hosting platform issue with scheduled publishing -> near-miss (a late release, no service lost);
  - the ONS labour market time series held back 13 minutes on 20 April 2021 by an inaccurate error message in the
    publishing system ('no underlying problem') -> near-miss (a false alarm);
  - Defra's historical poultry statistics notices 'not available for 8 minutes' on 18 February 2021 because a page
    had not been authorised ('human error') -> near-miss.
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; form furniture and cuts listed
per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch36c.py [POOL_DIR] [--dry]   (default /tmp/gather37c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37c/pool"
OGL = "Open Government Licence v3.0"
OGL_NOTICE = "contains public sector information licensed under the Open Government Licence v3.0"
# The UK Statistics Authority's site (uksa.statisticsauthority.gov.uk) is Crown copyright and carries the footer
# 'All content is available under the Open Government Licence v3.0, except where otherwise stated'; the footer is
# not in the page store's excerpts (doubtful point, as batch 35g recorded for blog.gov.uk).
UKSA = ("UK Statistics Authority, breach report filed by {p}, '{t}', {d}, Crown copyright, " + OGL_NOTICE +
        "; text as at {u}")
BASE = "https://uksa.statisticsauthority.gov.uk/publication/"
COMMON = ("The report is a two-part form ('Information needed' / 'Response') followed by the producer's account. "
          "Page furniture left out: none shown in the excerpt beyond the form. Form rows kept one to a line as the "
          "store renders them (label then answer); labels the store hard-wraps across lines joined with a space "
          "(no word changed). Licence: the UK Statistics Authority site's OGL v3.0 footer, not in the excerpt "
          "(doubtful point). ")

R = []

# ---- outage -------------------------------------------------------------------------------------------------------
U1 = BASE + "breach-report-public-health-england-excess-mortality"
T1 = "Breach report: Public Health England, excess mortality"
R.append({"id": "uksa-breach-report-phe-excess-mortality-porton-servers-2021", "source": U1, "licence": OGL,
 "attribution": UKSA.format(p="Public Health England", t=T1, d="20 September 2021", u=U1),
 "published": "2021-09-20", "title": T1,
 "text":
 "Information needed | Response |\n"
 "Title and link to statistical output | Excess mortality in English regions "
 "https://www.gov.uk/government/statistics/excess-mortality-in-english-regions |\n"
 "Name of producer organisation | Public Health England |\n"
 "Name and contact details of person dealing with report | Allan Baker allan.baker@phe.gov.uk |\n"
 "Name and contact details of Head of Profession for Statistics or Lead Official | Clare Griffiths "
 "Clare.griffiths@phe.gov.uk |\n"
 "Link to published statement about the breach (if relevant) | |\n"
 "Date of breach report | 20 September 2021 |\n"
 "Information needed | Response |\n"
 "Relevant principle(s) and practice(s) | Principle T3, practice T3.2 |\n"
 "Date of occurrence of breach | 16/09/2021\n\n"
 "PHE produces 9 reports on excess mortality once a month, one for each English region These are preannounced "
 "for release at 2pm on the third Thursday of every month.\n\n"
 "On this occasion, the reports had been prepared for release and were stored on a staging server before going "
 "live. At 2pm, a Senior Public Health Data Manager attempted to push the reports to the live site so that they "
 "would be publicly accessible. This attempt did not work, however, due to a failure of the PHE servers at "
 "Porton. (ICT colleagues had sent an email at 13:25pm to say they were working to resolve significant issues "
 "affecting services hosted at Porton.)\n\n"
 "The Porton servers were restored overnight and the regional excess mortality reports were published at 8:15am "
 "on Friday 17 September.\n\n"
 "We believe the impact of the breach would be minimal as\n"
 "the reports were made available at the earliest opportunity, the day after they were due for release\n"
 "the contact details for the team that publish the report are available on the GOV.UK page, and the team "
 "received no contacts about this issue\n\n"
 "Unfortunately, server failures are beyond the control of the team and we cannot put in place actions to "
 "mitigate against this happening again.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "UK Statistics Authority, breach reports (page store)",
 "notes": COMMON + "The store renders this report's form as a markdown table: its '---|---|' separator lines and "
          "the lone '|' that closes the last form row are left out, the rows' own pipes kept as written. The "
          "account's hard-wrapped lines ('before / going live', 'at / 8:15am', 'and the / team', 'actions to / "
          "mitigate') joined with a space; its paragraphs set off by blank lines; the two list items under 'We "
          "believe the impact of the breach would be minimal as' kept as lines without their '- ' marks (as batch "
          "35g did for Ofgem's bullets). `title` made from the address ('breach-report-public-health-england-"
          "excess-mortality'; doubtful), `published` 2021-09-20 from the form's 'Date of breach report'. Cut after "
          "'... cannot put in place actions to mitigate against this happening again.', before 'If this occurs "
          "again, and causes a delay which canno', where the excerpt breaks off (`truncated`). Kept as written: "
          "'one for each English region These are' (no full stop), '13:25pm', 'Clare.griffiths', the two e-mail "
          "addresses (as published). Event: PHE's Porton server failure of Thursday 16 September 2021, new to the "
          "corpus. Found with 'uksa breach report statistics published late website outage system failure "
          "unavailable' (and 'insidegovuk incident report GOV.UK unavailable', where it first came back). Porton, "
          "'excess mortality', 'Statistics Authority': 0 in train/dev/test (test by count), GATHERING.md, every "
          "gather script and the session-37 pools.",
 "truncated": True})

# ---- near-misses --------------------------------------------------------------------------------------------------
U2 = BASE + "breach-report-the-executive-office-nisra-nation-brands-index-2020-report-for-northern-ireland/"
T2 = "Breach report: The Executive Office (NISRA), Nation Brands Index: 2020 report for Northern Ireland"
R.append({"id": "uksa-breach-report-teo-nation-brands-index-hosting-platform-delay-2021", "source": U2,
 "licence": OGL,
 "attribution": UKSA.format(p="The Executive Office", t=T2, d="25 February 2021", u=U2),
 "published": "2021-02-25", "title": T2,
 "text":
 "Information needed Response\n"
 "Title and link to statistical output Nation Brands Index: 2020 report for Northern Ireland\n"
 "Name of producer organisation The Executive Office (TEO)\n"
 "Name and contact details of person dealing with report\n"
 "Emma Morgan\n"
 "Name and contact details of Head of Profession for Statistics or Lead\n"
 "Edel Hendry\n"
 "Link to published statement about the breach (if relevant)\n"
 "Date of breach report 25 Feb 2021\n\n"
 "Information needed Response\n"
 "Relevant principle(s) and practice(s) Trustworthiness: Practice T3.6 \u2013 statistics not released at the "
 "scheduled time of 9.30am\n"
 "Date of occurrence of breach 25 Feb 2021\n\n"
 "The publication was scheduled for automated release at 9.30am by a member of The Executive Office (TEO) press "
 "office. A hosting platform issue with scheduled content publishing caused the scheduled release to go live 3 "
 "minutes late (9.33am).\n\n"
 "There has been little to no impact to users. Programme for Government (PfG) Analytics branch contacted press "
 "office at 9.32am to report the issue. The website delay was resolved at 9.33am. The delay was approximately 3 "
 "minutes.\n\n"
 "As soon as the Information Officer was notified of the delay, they immediately investigated the issue, PfG "
 "Analytics liaised with TEO press office and Enterprise Shared Services (ESS), who are responsible for uploading "
 "scheduled web content, to review steps to mitigate against reoccurrence.\n\n"
 "An \u201cIncident\u201d was raised with IT who have confirmed that a fix has been rolled out. ESS have performed "
 "a test upload and have confirmed that the fix has been successfully applied.\n\n"
 "PfG Analytics routinely check that all official statistics publications are available on the website at 9.30am "
 "on their scheduled release date and will continue to do so. This ensures that any publication issues are spotted "
 "and can be addressed quickly, minimising any impact on users.",
 "sector": "government/IT", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Statistics Authority, breach reports (page store)",
 "notes": COMMON + "Hard-wrapped form labels joined ('Name and contact details of person / dealing with report', "
          "'... of Head of / Profession for Statistics or Lead', 'Link to published statement about the / breach (if "
          "relevant)'); the answers under them kept on their own lines as the store has them. The label 'Head of "
          "Profession for Statistics or Lead' is cut short in the store itself (no 'Official'); kept as written. "
          "`title` made from the address (doubtful), `published` 2021-02-25 from 'Date of breach report'. The "
          "excerpt ends at the account's last full sentence ('... minimising any impact on users.'); nothing "
          "visibly cut, `truncated` false (the store never gives a whole page; doubtful). Kept as written: the en "
          "dash, the curly quotes around 'Incident', 'reoccurrence', '9.30am'. Near-miss: a hosting platform issue "
          "made a scheduled release go live 3 minutes late; the website stayed up and no service users had was lost "
          "(a doubtful call: a reader may record a 3-minute failure of scheduled publishing, 09:30-09:33, provider "
          "unnamed). Found with 'breach report release delayed due to technical issue with GOV.UK publishing "
          "platform Whitehall outage'. 'Nation Brands', 'Enterprise Shared Services', PfG: 0 in train/dev/test "
          "(test by count), GATHERING.md, every gather script and the session-37 pools.",
 "truncated": False})

U3 = BASE + "breach-report-ons-labour-market-statistics"
T3 = "Breach report: ONS, labour market statistics"
R.append({"id": "uksa-breach-report-ons-labour-market-time-series-error-message-2021", "source": U3,
 "licence": OGL,
 "attribution": UKSA.format(p="the Office for National Statistics", t=T3, d="27 April 2021", u=U3),
 "published": "2021-04-27", "title": T3,
 "text":
 "Information needed Response\n"
 "Title and link to statistical output Labour market statistics time series\n"
 "Name of producer organisation Office for National Statistics\n"
 "Name and contact details of person dealing with report Debra Prestwood\n"
 "Name and contact details of Head of Profession for Statistics or Lead Official Statistical Head of Profession, "
 "Office for National Statistics, Government Buildings, Cardiff Road, Newport, NP10 8XG.\n"
 "Link to published statement about the breach (if relevant)\n"
 "Date of breach report 27/04/2021\n\n"
 "Information needed Response\n"
 "Relevant principle(s) and practice(s) Principle 3: Orderly release\n"
 "Practice 6: Statistics should be released to all users at 9.30am on a weekday.\n"
 "Date of occurrence of breach 20/04/2021\n\n"
 "Labour Market Overview, UK: April 2021 was due to be published at 07:00 on 20 April 2021. Due to the volume of "
 "material being published, the release was split into two collections for publication. The first collection, "
 "containing all bulletins and datasets published as planned.\n\n"
 "The second collection, containing all the time series data, was delayed by 13 minutes. As a result, the "
 "headline figures for Employment and Unemployment rates on the ONS Homepage were not updated during this time.\n"
 "The cause of the delay was an inaccurate error message in the publishing system, just ahead of the scheduled "
 "release time, which led to a pausing in the publishing process to investigate. Having determined that there was "
 "no underlying problem, the timeseries collection was published manually as soon as possible, at 07:13.\n\n"
 "The delay was queried by one journalist following the late publication, who could not see the correct data. He "
 "was advised to clear his browser cache to access it.\n\n"
 "The inaccurate error message has been corrected to reassure the Publishing Team that there is no problem with "
 "the publishing process and no need to investigate by interrupting it.",
 "sector": "government/IT", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Statistics Authority, breach reports (page store)",
 "notes": COMMON + "The Head of Profession answer's hard-wrapped address ('Office for National / Statistics, "
          "Government Buildings, Cardiff Road, / Newport, NP10 8XG.') joined with spaces; 'Principle 3: Orderly "
          "release' and 'Practice 6: ...' kept on two lines as the store has them; the account's single line break "
          "before 'The cause of the delay' kept as written. `title` made from the address (doubtful), `published` "
          "2021-04-27 from 'Date of breach report'. Cut after '... no need to investigate by interrupting it.', "
          "before 'The team is exploring whether time series data can be made available to start the publishing "
          "pro', where the excerpt breaks off (`truncated`). Kept as written: 'The first collection, containing all "
          "bulletins and datasets published as planned.' (no main verb), 'timeseries' beside 'time series', "
          "'07:00', '9.30am'. Near-miss: the time series collection was held back 13 minutes because an inaccurate "
          "error message paused publishing and there was 'no underlying problem' (a false alarm; the bulletins "
          "went out on time, no service lost). The report for Consumer price inflation of 21 April 2021 (same form, "
          "same producer, a 38-minute delay from 'an error in processing') was looked at and left out as a near "
          "copy of this one. Found with 'uksa breach report statistics published late website outage system "
          "failure unavailable'. 'Labour Market Overview', 'Debra Prestwood': 0 in train/dev/test (test by count), "
          "GATHERING.md, every gather script and the session-37 pools.",
 "truncated": True})

U4 = BASE + "breach-report-defra-historical-statistics-notices-on-poultry-and-poultry-meat-production-2020/"
T4 = "Breach report: Defra, historical statistics notices on poultry and poultry meat production, 2020"
R.append({"id": "uksa-breach-report-defra-poultry-statistics-page-not-authorised-2021", "source": U4,
 "licence": OGL,
 "attribution": UKSA.format(p="the Department for Environment, Food and Rural Affairs", t=T4, d="18 February 2021",
                            u=U4),
 "published": "2021-02-18", "title": T4,
 "text":
 "Information needed Response\n"
 "Title and link to statistical output Historical statistics notices on poultry and poultry meat production, "
 "2020\n"
 "Name of producer organisation Department for Environment, Food and Rural Affairs\n"
 "Name and contact details of person dealing with report\n"
 "Andrew Scaife\n"
 "Name and contact details of Head of Profession for Statistics or Lead\n"
 "Link to published statement about the breach (if relevant)\n"
 "Date of breach report 18/02/2021\n\n"
 "Information needed Response\n"
 "Relevant principle(s) and practice(s) Trustworthiness - T3.6 (Statistics should be released to all users at "
 "9.30am on a weekday)\n"
 "Date of occurrence of breach 18/02/2021\n\n"
 "The Historical statistics notices on poultry and poultry meat production, 2020 were due to be published at 09:30 "
 "on 18 February 2021. Just after 09:30 on 18 February, the drafting officer, who had prepared the page the "
 "previous day, alerted the authorising officer via email that the historic statistics had not been published as "
 "scheduled. This email was read and actioned at 09:36. The page went live at 09:38. Due to an oversight this page "
 "had not been authorised for publication the day before, which led to the delay.\n\n"
 "The historical data was not available for 8 minutes. We were not contacted by any member of the public during "
 "this time.\n\n"
 "The final check for publication release includes a thorough check for outstanding pages requiring "
 "authorisation. This check is undertaken at close of play on the day before publication and there can be many "
 "publications scheduled for the same day. On this occasion, due to human error, one of the outstanding pages was "
 "missed.\n\n"
 "The Head of Profession Support Team will alert other publication teams in Defra to the circumstances of this "
 "breach to try and avoid re-occurrence in other areas.",
 "sector": "government", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Statistics Authority, breach reports (page store)",
 "notes": COMMON + "Hard-wrapped form labels joined as in the TEO item; the Head of Profession row has no answer in "
          "the store (kept as written, cut short at 'or Lead' in the store itself). `title` made from the address "
          "(doubtful), `published` 2021-02-18 from 'Date of breach report'. The excerpt ends at the account's last "
          "full sentence ('... avoid re-occurrence in other areas.'); nothing visibly cut, `truncated` false "
          "(doubtful, as the TEO item). Kept as written: 'Historical'/'historic', 're-occurrence', 'Trustworthiness "
          "- T3.6' with a hyphen. Near-miss chosen as a trap for outage extraction: 'The historical data was not "
          "available for 8 minutes', but because a page was never authorised ('due to human error'), not because "
          "any system failed -> no outage. Found with 'breach report \"outage\" publishing statistics delayed "
          "Whitehall publisher GOV.UK technical problem scheduled 9:30'. 'poultry meat production', 'Andrew "
          "Scaife': 0 in train/dev/test (test by count), GATHERING.md, every gather script and the session-37 pools.",
 "truncated": False})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
