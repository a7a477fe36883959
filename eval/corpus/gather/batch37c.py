#!/usr/bin/env python3
"""Batch 37c (session 38; helper gatherer 38c): outages told in UK public-sector texts under the Open Government
Licence v3.0, round 3 of the lane of batches 35g (GDS's Inside GOV.UK incident reports) and 36c (UK Statistics
Authority breach reports). Two Inside GOV.UK posts that neither earlier round took, on failures inside GOV.UK's own
publishing stack rather than at a supplier, and one more breach report, this time from a defence producer:
  - GOV.UK pages served with error codes on the morning of 28 February 2017 because the publishing API, swamped by
    a spike in requests, timed out (a post of 3 July 2017) -> outage;
  - the travel advice update for the USA neither shown on GOV.UK nor e-mailed to subscribers on Tuesday 21 March
    2017 after an upgrade of the Rails framework in the travel advice publisher application (a roundup of 19
    January 2018, cut after its first incident) -> outage (doubtful: a publishing failure, see the notes);
  - the Ministry of Defence's Armed Forces Continuous Attitude Survey released about 15 minutes late on 20 May
    2021 while metadata naming its producer was stripped from the table files -> near-miss (no system failed).
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch37c.py [POOL_DIR] [--dry]   (default /tmp/gather38c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38c/pool"
OGL = "Open Government Licence v3.0"
OGL_NOTICE = "contains public sector information licensed under the Open Government Licence v3.0"
# blog.gov.uk and uksa.statisticsauthority.gov.uk are Crown copyright sites whose footers put their content under
# the OGL v3.0 'except where otherwise stated'; neither footer is inside the page store's excerpts (the doubtful
# point batches 35g and 36c recorded for the same two sites).
BLOG = ("Government Digital Service, Inside GOV.UK blog (insidegovuk.blog.gov.uk), incident report, '{t}', {d}, "
        "Crown copyright, " + OGL_NOTICE + "; text as at {u}")
UKSA = ("UK Statistics Authority, breach report filed by {p}, '{t}', {d}, Crown copyright, " + OGL_NOTICE +
        "; text as at {u}")
BLOG_FURNITURE = ("Left out as page furniture: 'Skip to main content', the post's heading (kept as `title`) and the "
                  "line 'Posted by: , Posted on: - Categories: Incident reports' (no author or date shown in the "
                  "store). The post's own section headings are kept as one-line paragraphs. Licence: the "
                  "blog.gov.uk OGL v3.0 footer, not in the excerpt (doubtful point, as batch 35g). ")

R = []

# ---- outages -----------------------------------------------------------------------------------------------------
U1 = "https://insidegovuk.blog.gov.uk/2017/07/03/incident-report-errors-due-to-publishing-api-availability/"
T1 = "Incident report: errors due to Publishing API availability"
R.append({"id": "gov-uk-blog-incident-report-publishing-api-errors-2017", "source": U1, "licence": OGL,
 "attribution": BLOG.format(t=T1, d="3 July 2017", u=U1),
 "published": "2017-07-03", "title": T1,
 "text":
 "In February, GOV.UK had 2 consecutive days of errors affecting applications that utilise our publishing "
 "platform. This was a severity 2 incident.\n\n"
 "This post explains the cause of the issue, the effects and the steps we are taking to resolve it. We\u2019ve "
 "blogged in the past about what happens when things go wrong on GOV.UK, and also how we classify and prioritise "
 "incidents.\n\n"
 "For the past 2 years we\u2019ve been rebuilding the publishing platform of GOV.UK. One of the important "
 "distinctions of this changed architecture is that we have a publishing API which publishing applications "
 "communicate with and a content store that applications which render content (frontend) applications "
 "communicate with. Frontend applications do not communicate with the publishing API, and publishing "
 "applications do not communicate with the content store.\n\n"
 "One of our largest publishing applications, Whitehall, is also a frontend application, which therefore crosses "
 "the boundaries of these responsibilities. We are currently working to migrate this to be separate publishing "
 "and frontend applications, but while this process is underway it has been using the publishing API to render "
 "some types of frontend content.\n\n"
 "What happened\n\n"
 "On the morning of the 28 February 2017 we were alerted by our monitoring system that there was a high number "
 "of pages being served with error codes. The errors were due to the publishing API responding slowly, as it was "
 "overwhelmed by a large spike in requests, and the responses were timing out. We restarted the publishing API "
 "application which improved the speed of the responses and resolved the problem.\n\n"
 "We investigated the root cause of the error and how we could mitigate a similar problem occurring. We deployed "
 "an optimisation of the publishing API to improve what had responded slowly under heavy traffic.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": BLOG_FURNITURE + "The store's rendering has two blank lines between the second and third paragraphs; "
          "kept as one paragraph break. `published` 2017-07-03 from the post's address. Cut after '... to improve "
          "what had responded slowly under heavy traffic.', before 'The following morning we rec', where the "
          "excerpt breaks off (`truncated`): the second day of errors (the next morning) is not in the text, so the "
          "text tells one day apart (28 February 2017) and counts '2 consecutive days' only in its opening. Kept as "
          "written: 'the 28 February 2017', 'utilise', 'optimisation', 'frontend', the curly apostrophes. Event: "
          "GOV.UK's publishing-API errors of 28 February 2017, new to the corpus. Found with '\"Incident roundup "
          "part 1\" GOV.UK 2016 draft editions publishing API third incident' and 'Incident report: errors due to "
          "Publishing API availability 28 February 2017 following morning errors content store'. 'Publishing API', "
          "'publishing-api', 'Whitehall publishing': 0 in train/dev/test (test by count), GATHERING.md, every "
          "gather script and the session-38 pools ('content store' occurs in one test file by count, a common "
          "phrase).",
 "truncated": True})

U2 = "https://insidegovuk.blog.gov.uk/2018/01/19/travel-advice-publisher-incident-roundup/"
T2 = "Travel advice publisher incident roundup"
R.append({"id": "gov-uk-blog-travel-advice-publisher-incident-usa-2017", "source": U2, "licence": OGL,
 "attribution": BLOG.format(t=T2, d="19 January 2018", u=U2),
 "published": "2018-01-19", "title": T2,
 "text":
 "This post is about 2 incidents that affected our travel advice pages, and how they were resolved.\n\n"
 "We\u2019ve posted before about what happens when things go wrong on GOV.UK, and how we classify and prioritise "
 "incidents on GOV.UK.\n\n"
 "21 March 2017 - Travel advice for USA not published\n\n"
 "What happened\n\n"
 "At around 4:40pm on Tuesday, 21 March we were alerted by our monitoring system that the email to tell users "
 "about an update to travel advice for the USA hadn\u2019t been sent. The change to the content that should have "
 "triggered the alert also didn\u2019t appear on GOV.UK.\n\n"
 "Travel advice is published by the Foreign and Commonwealth Office (FCO). Users who subscribe to alerts should "
 "get an email when an update is published. This was a severity 1 incident.\n\n"
 "What users saw\n\n"
 "As the email alert wasn\u2019t sent and the content change didn\u2019t appear on GOV.UK, users were unaware of "
 "the update. We received a helpdesk ticket from the publisher at FCO who made the change asking us to "
 "investigate after they realised it wasn\u2019t appearing.\n\n"
 "How we responded\n\n"
 "We published the content change and sent the email alert out manually as soon as we received the alert from our "
 "monitoring system. The travel advice publisher application had been updated earlier that day and we suspected "
 "this caused the issue. The update upgraded the Rails framework and this changed the behaviour of autoloading, "
 "causing the problem. The issue wasn\u2019t apparent when we tested it in our integration and staging "
 "environments which is how it became a problem on the live site. To solve it, we redeployed the application "
 "with a fix for the issue.\n\n"
 "We liaised with FCO and monitored further updates to make sure they were successful before closing the "
 "incident.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": BLOG_FURNITURE + "The store shows the address line under 'Skip to main content' and the two authors' "
          "slots as 'Posted by: and ,'; both left out. `published` 2018-01-19 from the post's address. Cut after "
          "'... before closing the incident.', before the heading 'What we\u2019re doing to prevent this from "
          "happening again' and 'We ad', where the excerpt breaks off (`truncated`); the roundup's second incident "
          "is not in the text (the opening still says '2 incidents'). Kept as written: '21 March 2017 - Travel "
          "advice for USA not published' (a hyphen), 'Tuesday, 21 March' (comma), 'email', 'realised', "
          "'behaviour', the curly apostrophes. Event: the failed travel advice update for the USA of 21 March "
          "2017, new to the corpus. Found with '\"Incident roundup part 1\" GOV.UK 2016 draft editions publishing "
          "API third incident' (it came back beside the Publishing API report). 'travel advice', 'autoloading', "
          "'Rails' (as a whole word): 0 in train/dev/test (test by count), GATHERING.md, every gather script and "
          "the session-38 pools; 'Foreign and Commonwealth Office' occurs in one test file (by count) and in batch "
          "24c's Wikinews script (a plane crash near Curaçao), other subjects.",
 "truncated": True})

# ---- near-miss ---------------------------------------------------------------------------------------------------
U3 = ("https://uksa.statisticsauthority.gov.uk/publication/"
      "breach-report-ministry-of-defence-armed-forces-continuous-attitude-survey/")
T3 = "Breach report: Ministry of Defence, Armed Forces Continuous Attitude Survey"
R.append({"id": "uksa-breach-report-mod-armed-forces-attitude-survey-metadata-delay-2021", "source": U3,
 "licence": OGL,
 "attribution": UKSA.format(p="the Ministry of Defence", t=T3, d="20 May 2021", u=U3),
 "published": "2021-05-20", "title": T3,
 "text":
 "Information needed Response\n"
 "Title and link to statistical output Armed Forces Continuous Attitude Survey\n"
 "Name of producer organisation Ministry of Defence\n"
 "Name and contact details of person dealing with report Analysis Publications Team\n"
 "Name and contact details of Head of Profession for Statistics or Lead Official\n"
 "Link to published statement about the breach (if relevant)\n"
 "Date of breach report 20/05/2021\n\n"
 "Information needed Response\n"
 "Relevant principle(s) and practice(s) Practice T3.6 \u2013 Statistics should be released to all users at "
 "9.30am on a weekday.\n"
 "Date of occurrence of breach 20/05/2021\n\n"
 "The Armed Forces Continuous Attitudes Survey (AFCAS) was due to be released at 0930 on the 20th May 2021.\n"
 "At the point of release, it was noticed by the Directorate of Defence Communications (DDC) team responsible "
 "for uploading the report that the supporting table files had meta data which included the name of the "
 "producer. The publishing member of the team then removed the meta data name from the file.\n\n"
 "As this error was found at the point of publication this resulted in a delay of approximately 15 minutes to "
 "the publication of the statistics, with the release being uploaded at ~09.45\n\n"
 "The AFCAS statistic was not available at the announced time, which may have meant users had to wait 15 "
 "minutes longer than they should to access.\n\n"
 "DDC and the Analysis area will discuss preventative action to ensure any personal data attached to the file "
 "are removed before publication.\n\n"
 "Analysis area will investigate what the usual process is regarding this, as this is not a frequent "
 "occurrence.",
 "sector": "government", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Statistics Authority, breach reports (page store)",
 "notes": "The report is the UKSA two-part form ('Information needed' / 'Response') followed by the producer's "
          "account, rendered by the store as plain 'label answer' lines (kept so, one row to a line; the Head of "
          "Profession and published-statement rows have no answer in the store). Licence: the UKSA site's OGL "
          "v3.0 footer, not in the excerpt (doubtful point, as batch 36c). `title` made from the address "
          "('breach-report-ministry-of-defence-armed-forces-continuous-attitude-survey'; doubtful), `published` "
          "2021-05-20 from the form's 'Date of breach report'. The excerpt ends at the account's last full "
          "sentence ('... as this is not a frequent occurrence.'); nothing visibly cut, `truncated` false "
          "(doubtful: the store never gives a whole page). The account's single line break after '... on the 20th "
          "May 2021.' kept as the store has it. Kept as written: 'Attitude Survey' in the form beside 'Attitudes "
          "Survey' in the account, '0930', '~09.45' with no full stop, 'meta data', the en dash. Near-miss: the "
          "release went out about 15 minutes late because a person stripped the producer's name from the table "
          "files' metadata at the point of publication; no system failed and no service was lost -> no outage. "
          "Found with 'breach report statistics could not be published at 9.30am technical issue website down IT "
          "failure publication delayed'. 'Armed Forces Continuous', AFCAS, 'Directorate of Defence "
          "Communications': 0 in train/dev/test (test by count), GATHERING.md, every gather script and the "
          "session-38 pools.",
 "truncated": False})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
