#!/usr/bin/env python3
"""Batch 35g (session 36; helper gatherer 36g): outages told in UK public-sector texts under the Open Government
Licence v3.0. The lane's parliamentary and storm-release veins are spent (see batches 33g and 34g), so this round
took the Government Digital Service's own incident reports on the GOV.UK blog 'Inside GOV.UK'
(insidegovuk.blog.gov.uk), which tell outages of the GOV.UK website with times, suppliers and causes, plus one
Ofgem enforcement release:
  - two GOV.UK outages of 2017 caused by suppliers, told apart: the content delivery network provider Fastly's
    global outage (28 June) and the hosting provider Carrenza's firewall maintenance (3 August);
  - GOV.UK's outage of 8 June 2021 when its primary content delivery network failed (the CDN unnamed in the text);
  - a roundup of June-July 2018 whose held part tells the licensing outage of 18 June 2018 (an unnamed cloud
    provider's upgrade);
  - a roundup of August 2017-February 2018: blank pages served on 14 August 2017 and search-dependent pages failing on
    31 October 2017 (GOV.UK's own code), with a Trade Tariff app incident named only;
  and two near-misses: the /announcements page that showed no new announcements on 3-4 November 2015 (a locked search
  index; the page itself stayed up), and Ofgem's release on Western Power Distribution's £14.9 million redress for
  failing customers on its Priority Services Register during power cuts (no power cut told).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; page furniture left out and cuts
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch35g.py [POOL_DIR] [--dry]   (default /tmp/gather36g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36g/pool"
OGL = "Open Government Licence v3.0"
OGL_NOTICE = "contains public sector information licensed under the Open Government Licence v3.0"
# The blog.gov.uk platform's footer reads 'All content is available under the Open Government Licence v3.0, except
# where otherwise stated' (Crown copyright); the page store's excerpts of these posts do not carry the footer
# (doubtful point, recorded per item). Ofgem publishes its material under the OGL except where otherwise stated
# (as batches 18a, 18a2 and 27c recorded).
BLOG = ("Government Digital Service, Inside GOV.UK blog (insidegovuk.blog.gov.uk), incident report, '{t}', {d}, "
        "Crown copyright, " + OGL_NOTICE + "; text as at {u}")

R = []

# ---- outages -----------------------------------------------------------------------------------------------------
U1 = "https://insidegovuk.blog.gov.uk/2018/01/08/incident-report-gov-uk-outages"
T1 = "Incident report: GOV.UK outages"
R.append({"id": "gov-uk-blog-incident-report-fastly-carrenza-outages-2017", "source": U1, "licence": OGL,
 "attribution": BLOG.format(t=T1, d="2018-01-08", u=U1),
 "published": "2018-01-08", "title": T1,
 "text":
 "This post is about two severity 1 incidents caused by problems with our third-party suppliers, and how they were "
 "resolved.\n\n"
 "The incidents affected the availability of GOV.UK.\n\n"
 "We\u2019ve blogged in the past about what happens when things go wrong on GOV.UK, and also how we classify and "
 "prioritise incidents.\n\n"
 "Incident 1: Fastly outage\n\n"
 "What happened\n\n"
 "From around 2:55pm until 3:20pm on Wednesday 28 June, GOV.UK was slow or intermittently unavailable for some "
 "users.\n\n"
 "What users saw\n\n"
 "Upon visiting the site, some users were served the following error message: \u201cError 503 Maximum threads for "
 "service reached\u201d.\n\n"
 "How we responded\n\n"
 "Our technical support team tracked the issue down to a global outage at our content delivery network (CDN) "
 "provider, who were aware of the issue. It was quickly resolved by their support staff.\n\n"
 "What we\u2019re doing to prevent this from happening again\n\n"
 "We\u2019re currently evaluating how we can switch to an alternative CDN provider at short notice for situations "
 "such as this.\n\n"
 "We\u2019ve also considered the feasibility of using multiple providers, but this is complicated slightly by our "
 "current reliance on vendor specific features for functionality, such as A/B testing.\n\n"
 "Incident 2: Carrenza outage\n\n"
 "What happened\n\n"
 "From 8:18am to 8:55am on Thursday 3rd August, GOV.UK content was served from static mirrors.\n\n"
 "What users saw\n\n"
 "Most static content was available to front-end users as normal. Dynamic front-end features of GOV.UK (such as "
 "search, finders, and some assets) were unavailable. Government publishers were unable to access the publishing "
 "applications.\n\n"
 "How we responded\n\n"
 "Our technical support team tracked the issue down to a problem at our hosting provider. There had been some "
 "planned maintenance on the supplier\u2019s external firewalls.\n\n"
 "During this maintenance, those devices lost connectivity to the internal firewalls that protect GOV.UK\u2019s "
 "systems. The supplier\u2019s existing monitoring did not alert them to this issue.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": "The post as the page store holds it (one rendering, without the page header): the excerpt opens at the "
          "post's first paragraph, so the heading is not in the text; `title` is built from the address "
          "('incident-report-gov-uk-outages', capitals and colon supplied after the blog's other incident-report "
          "titles; doubtful). `published` 2018-01-08 from the address (the post's date; no date line in the "
          "excerpt). The post's own section headings ('Incident 1: Fastly outage', 'What happened', 'What users "
          "saw', 'How we responded', ...) kept as one-line paragraphs: the first names Fastly, the only place the "
          "text does. Cut after 'The supplier\u2019s existing monitoring did not alert them to this issue.', before "
          "'We contacted the supplier, who restarted the affected d', where the excerpt breaks off (`truncated`). "
          "Kept as written: the curly apostrophes and quotes, '3rd August', '2:55pm', 'vendor specific', "
          "'front-end'. Events: Fastly's global CDN outage of 28 June 2017 as GOV.UK felt it (the year from the "
          "weekday: 28 June 2017 was a Wednesday) and Carrenza's outage of 3 August 2017 (a Thursday); GATHERING.md "
          "lists Fastly only for its 8 June 2021 outage (news-only, 'not used' lists of several batches). Licence: "
          "blog.gov.uk content is Crown copyright under the OGL v3.0 (the platform's footer, not in the excerpt; "
          "doubtful point). Found with 'blog.gov.uk incident report GOV.UK outage what happened users unable to "
          "access service root cause'. Carrenza, insidegovuk, 'Incident report': 0 in train/dev/test (by count), "
          "GATHERING.md, every gather script and the session-36 pools; Fastly only in two dev files on other "
          "subjects (a messenger's and a security executive's Wikipedia articles); 'GOV.UK' in one train and one "
          "dev file (other subjects: a data breach and a cyber attack).",
 "truncated": True})

U2 = "https://insidegovuk.blog.gov.uk/2021/06/11/incident-report-gov-uk-outage-on-8-june-2021"
T2 = "Incident report: GOV.UK outage on 8 June 2021"
R.append({"id": "gov-uk-blog-incident-report-cdn-outage-8-june-2021", "source": U2, "licence": OGL,
 "attribution": BLOG.format(t=T2, d="2021-06-11", u=U2),
 "published": "2021-06-11", "title": T2,
 "text":
 "What happened\n\n"
 "On Tuesday 8 June 2021 the primary content delivery network (CDN) that GOV.UK uses had an outage which caused a "
 "major disruption of services on the site and other non-governmental sites across the world. For less than an "
 "hour users visiting GOV.UK were unable to access information and services and saw error pages instead.\n\n"
 "The incident was detected 4 minutes after it began. An incident lead was agreed, and together with our "
 "communications lead began our formal incident process.\n\n"
 "With incidents like this, it's important we stay calm and act with purpose. After investigation the incident team "
 "confirmed that the issue was caused by the CDN and identified GOV.UK's documented process for failing over to the "
 "secondary CDN. The incident lead agreed with the head of technology and architecture to monitor the situation "
 "with the primary CDN for 15 minutes before starting the failover process. This involved switching over to our "
 "secondary CDN to ensure users could access information on GOV.UK.\n\n"
 "What users saw\n\n"
 "Visitors to GOV.UK (and the other affected sites) saw error pages with an \u201cError 503 Service Unavailable\u201d "
 "heading.\n\n"
 "Unfortunately, this error page was outside our control. It was not informative and fell well short of our usual "
 "standards of content design.\n\n"
 "Cause of the problem\n\n"
 "This incident was caused by an issue with the primary CDN we use. Many websites were affected, because they all "
 "use the same CDN.\n\n"
 "A CDN is a network of computers in data centers all over the country and all around the world. These computers "
 "are optimised to be very good at serving web pages. Particularly ones that serve the same pages to lots of "
 "different people \u2014 like GOV.UK.\n\n"
 "When millions of people request the same page, instead of a web server handling each request separately the CDN "
 "can \"cache\" the server's response once and serve that to everyone.\n\n"
 "Roughly 93% of requests to GOV.UK are served from the CDN's cache.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": "The post as the page store holds it in the rendering without the page header (the store's other rendering "
          "of the same address, with a trailing slash, has the header and breaks off earlier); the header lines "
          "('Skip to main content', the address, 'Posted by: , Posted on: - Categories: Incident reports', 'GOV.UK "
          "Incident Report') are furniture, the heading 'Incident report: GOV.UK outage on 8 June 2021' kept as "
          "title (from the other rendering). `published` 2021-06-11 from the address. Section headings kept as "
          "one-line paragraphs. The other rendering's screenshot caption ('Screenshot of error page on GOV.UK "
          "saying ...') is not in the rendering used. Cut after 'Roughly 93% of requests to GOV.UK are served from "
          "the CDN's cache.', before 'Because the CDN is so heavily optimised for this use case, it's mu', where the "
          "excerpt breaks off (`truncated`). Kept as written: the straight apostrophes and straight quotes around "
          "'cache' beside curly ones around the error heading, 'data centers', 'optimised', the em dash, '93%'. "
          "The CDN is not named anywhere in the text (news names Fastly; not used). Event: GOV.UK's outage of 8 June "
          "2021; earlier rounds list the Fastly outage of that day as not found in an open text (news and a "
          "Grokipedia page only). Licence as the first item (blog.gov.uk footer; doubtful point). Found with "
          "'blog.gov.uk incident report GOV.UK outage what happened users unable to access service root cause'. "
          "'8 June 2021' with GOV.UK, insidegovuk: 0 in train/dev/test (by count), every gather script and the "
          "session-36 pools; 'content delivery network' in one test file (by count) and in batch 34b's notes (the "
          "IRS e-file outage's 'Cloud-based content delivery network', another subject).",
 "truncated": True})

U3 = "https://insidegovuk.blog.gov.uk/2019/03/12/incident-roundup-june-to-july-2018"
T3 = "Incident roundup - June to July 2018"
R.append({"id": "gov-uk-blog-incident-roundup-licensing-cloud-provider-2018", "source": U3, "licence": OGL,
 "attribution": BLOG.format(t=T3, d="2019-03-12", u=U3),
 "published": "2019-03-12", "title": T3,
 "text":
 "We\u2019ve posted before about what happens when things go wrong on GOV.UK, and how we classify and prioritise "
 "incidents.\n\n"
 "Every incident teaches us something new about our technology or the way we communicate with each other. It also "
 "gives us the opportunity to improve our incident management process so we can minimise disruption to users in the "
 "future.\n\n"
 "In May 2016 we committed to blogging about every severity 1 or severity 2 incident, as well as severity 3 "
 "incidents if they\u2019re particularly interesting.\n\n"
 "This post is a roundup of 4 incidents that GOV.UK encountered between June and July 2018.\n\n"
 "18 June 2018 - connectivity issue with licences\n\n"
 "What happened\n\n"
 "From 4:49pm to 7.34pm on 18 June 2018, users were unable to apply for or download licences on GOV.UK (such as for "
 "a temporary events notice), and the administration tools for licences were unavailable to government staff.\n\n"
 "What users saw\n\n"
 "Users who tried to access licence pages saw a generic 500 error page telling them that something had gone wrong "
 "and to try again later.\n\n"
 "How we responded\n\n"
 "Despite looking into the problem as soon as the errors started, we struggled to identify the cause quickly as we "
 "could not see any code changes or problems that would cause the outage.\n\n"
 "We eventually raised a support ticket with our cloud provider who hosts the licensing infrastructure. They "
 "responded after about half an hour identifying the cause of the outage as an upgrade they had implemented.\n\n"
 "The change had altered the way health checks (which check that applications are working) were performed. The "
 "health check was then unable to connect to our licensing application. This caused our load balancers to stop "
 "routing traffic to the application because they thought it was down.\n\n"
 "The cloud provider assisted our team in altering the health check\u2019s configuration to fix this and within 10 "
 "minutes our licensing pages were working normally again.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": "The post as the page store holds it in the rendering without the page header (hard line breaks only; the "
          "three renderings with the header break off earlier, at '... within 10 m' or before); the heading "
          "'Incident roundup - June to July 2018' kept as title (from the other renderings). `published` "
          "2019-03-12 from the address. Section headings kept as one-line paragraphs. Cut after '... within 10 "
          "minutes our licensing pages were working normally again.', before 'Steps taken to prevent this from "
          "happening again / We added further notes to our documentation to h', where the excerpt breaks off "
          "(`truncated`): only the first of the post's 4 incidents is in the text. Kept as written: '4:49pm' beside "
          "'7.34pm' (colon and full stop), the curly apostrophes, 'minimise'. Event: the GOV.UK licensing outage of "
          "18 June 2018 (the cloud provider unnamed in the text). Licence as the first item (doubtful point). Found "
          "with 'blog.gov.uk incident report GOV.UK outage what happened users unable to access service root "
          "cause'. 'connectivity issue with licences', 'temporary events notice', insidegovuk: 0 in train/dev/test "
          "(by count), every gather script and the session-36 pools.",
 "truncated": True})

U4 = "https://insidegovuk.blog.gov.uk/2018/04/26/incident-roundup-part-3/"
T4 = "Incident roundup - part 3"
R.append({"id": "gov-uk-blog-incident-roundup-part-3-blank-pages-search-errors-2017", "source": U4, "licence": OGL,
 "attribution": BLOG.format(t=T4, d="2018-04-26", u=U4),
 "published": "2018-04-26", "title": T4,
 "text":
 "This post is a roundup of 5 incidents that GOV.UK encountered between August 2017 and February 2018.\n\n"
 "We\u2019ve posted before about what happens when things go wrong on GOV.UK and how we classify and prioritise "
 "incidents on GOV.UK.\n\n"
 "24 April 2017 - incident with the Trade Tariff app\n\n"
 "You can read about this incident at the Platform as a Service (PaaS) statuspage channel.\n\n"
 "14 August 2017 - issue with users seeing empty pages\n\n"
 "What users saw\n\n"
 "Blank pages were being served to users on several URLs.\n\n"
 "Cause of the problem\n\n"
 "The site was being crawled externally. One of the requests that the crawler was making was causing an error to "
 "our frontend application.\n\n"
 "This was happening in the code known as Slimmer that adds the GOV.UK styling to each page. A bug in that code "
 "caused it to fail in such a way that it returned a blank page to the crawler, rather than an error message.\n\n"
 "Because the page didn\u2019t have an error code, it was cached by our content delivery network, Fastly. This meant "
 "that users who requested those pages less than 30 minutes after the crawler, and hit the same node at Fastly, saw "
 "a blank page.\n\n"
 "Steps taken to prevent this from happening again\n\n"
 "We removed the code that would generate the blank page. We also ran some automated tests against the other "
 "applications to see if they had the same bug. We added notes on how to fix the issue to our internal guidance.\n\n"
 "31 October 2017 - 500 errors on GOV.UK\n\n"
 "What users saw\n\n"
 "Pages on GOV.UK that required search were not working from 4:20am to 10:57am. Searches would have contained very "
 "few results and some pages such as finders (the Competition and Markets Authority case finder, for example) were "
 "showing an error.",
 "sector": "government/IT", "region": "non-US", "topics": ["outage"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": "The post as the page store holds it (with the page header): 'Skip to main content', the address line and "
          "'Posted by: , Posted on: - Categories: Incident reports' left out (furniture), the heading 'Incident "
          "roundup - part 3' kept as title. `published` 2018-04-26 from the address. The line 'It follows on from "
          "previous posts about:' left out: the list of links it introduces is lost in the excerpt, so the line "
          "would dangle (a cut, no word changed). Section headings kept as one-line paragraphs. Cut after '... were "
          "showing an error.', before 'Cause of the problem / We made a code change to an automated task that ran "
          "overnight and copied', where the excerpt breaks off (`truncated`): the 31 October incident's cause and "
          "the post's last two incidents are not in the text. Kept as written: '24 April 2017' for a post on "
          "'August 2017 and February 2018' (the source's own mismatch), 'statuspage', 'frontend', the curly "
          "apostrophes. Events: blank pages on GOV.UK on 14 August 2017 and search-dependent pages failing on 31 "
          "October 2017 (GOV.UK's own code, per the text; Fastly only caches the blank pages). Licence as the "
          "first item (doubtful point). Found with 'GOV.UK incident roundup publishing applications unavailable "
          "search outage cloud provider 2017'. Slimmer, 'Trade Tariff', insidegovuk: 0 in train/dev/test (by "
          "count), every gather script and the session-36 pools; the Competition and Markets Authority names other "
          "subjects (merger cases) in the corpus.",
 "truncated": True})

# ---- near-misses -------------------------------------------------------------------------------------------------
U5 = "https://insidegovuk.blog.gov.uk/2015/11/24/incident-report-announcements-on-gov-uk/"
T5 = "Incident report: announcements on GOV.UK"
R.append({"id": "gov-uk-blog-incident-report-announcements-page-search-index-2015", "source": U5, "licence": OGL,
 "attribution": BLOG.format(t=T5, d="2015-11-24", u=U5),
 "published": "2015-11-24", "title": T5,
 "text":
 "This post is about a recent incident on the GOV.UK website. For more information on incidents on GOV.UK, you can "
 "check the status of the GOV.UK site or read more about what happens when things go wrong on GOV.UK.\n\n"
 "What users saw\n\n"
 "From early on 3 November to 11am on 4 November, the /announcements page on GOV.UK didn\u2019t show any new "
 "government announcements. Users visiting the page saw that the last announcement was on 2 November, despite new "
 "announcements having been published.\n\n"
 "Cause of the problem\n\n"
 "Every night we run an automated task to improve our search results based on the most popular pages on GOV.UK. "
 "That task requires us to rebuild our search index and so, while that task is running, we prevent further changes "
 "from being made to the index by locking it. If any changes need to be applied to the index while it\u2019s locked, "
 "we queue them up and process them after the task has finished. When the task completes, it unlocks the indexes "
 "and if there are any items in the queue, we\u2019ll process them then.\n\n"
 "At 4:06am on 3 November, the nightly task ran but it didn\u2019t complete, and the search indexes remained locked. "
 "When new announcements were published, they should have been added into the search index. However, as the index "
 "was still locked, they stayed in the queue waiting for the index to be unlocked.\n\n"
 "GOV.UK didn\u2019t have monitoring on whether the index was locked or on whether the task had completed and so we "
 "didn\u2019t know that there was a problem until we received reports from our content community.\n\n"
 "How we are preventing this from happening again\n\n"
 "Usually we try to establish exactly why a problem occurred and how we can stop it from happening again. We "
 "haven\u2019t been able to tell exactly what\u2019s causing the task to fail, so we\u2019ve added some extra logging "
 "so that we get more information the next time it happens.",
 "sector": "government/IT", "region": "non-US", "topics": ["near-miss"],
 "origin": "Government Digital Service, Inside GOV.UK blog (page store)",
 "notes": "The post as the page store holds it: 'Skip to main content' and 'Posted by: , Posted on: - Categories: "
          "Incident reports' left out (furniture), the heading 'Incident report: announcements on GOV.UK' kept as "
          "title. `published` 2015-11-24 from the address. Section headings kept as one-line paragraphs. Cut "
          "after '... so that we get more information the next time it happens.', before 'In the meantime, "
          "we\u2019ve m', where the excerpt breaks off (`truncated`). Kept as written: '/announcements', 'content "
          "community', the curly apostrophes. Near-miss: the /announcements page stayed up and served content, but "
          "showed no announcements newer than 2 November for about a day because a locked search index held them "
          "in a queue (stale content, no service lost; a doubtful call: a reader may take the listing's failure to "
          "update for a partial outage of GOV.UK). Licence as the first item (doubtful point). Found with 'GOV.UK "
          "incident roundup publishing applications unavailable search outage cloud provider 2017'. "
          "'/announcements', 'search index', insidegovuk: 0 in train/dev/test (by count), every gather script and "
          "the session-36 pools.",
 "truncated": True})

U6 = "https://www.ofgem.gov.uk/cy/publications/western-power-distribution-pays-ps149-million-after-failing-vulnerable-customers"
T6 = "Western Power Distribution pays \u00a314.9 million after failing vulnerable customers"
R.append({"id": "ofgem-press-release-western-power-distribution-priority-services-register-redress",
 "source": U6, "licence": OGL,
 "attribution": f"Ofgem, press release, '{T6}', {OGL_NOTICE}; text as at {U6}",
 "published": None, "title": T6,
 "text":
 "WPD has agreed to pay \u00a33.7 million for each of the four licences it operates, totalling \u00a314.9 million, after "
 "instances of failing to provide information, advice and services to customers on its Priority Services Register\n\n"
 "The network company\u2019s non-compliance may have meant some of its most vulnerable customers did not always "
 "receive the full support they should have, particularly during power cuts\n\n"
 "Ofgem\u2019s action will help ensure that network companies meet their obligations to their Priority Services "
 "Register customers\n\n"
 "Western Power Distribution (WPD), the largest electricity distribution network operator in Great Britain, has "
 "agreed to make a voluntary redress payment of \u00a314.9 million after accepting it failed to meet its obligations "
 "to provide information to some of its most vulnerable customers.\n\n"
 "Network companies are required to provide additional services to households in vulnerable circumstances who are "
 "on their Priority Services Registers (PSR). There are approximately 6 million customers registered for priority "
 "assistance across Great Britain.\n\n"
 "These additional services include providing prompt information and advice during unplanned power cuts to these "
 "customers, for whom a loss of electricity supply may be particularly difficult. This helps these customers take "
 "steps to keep themselves safe and access any additional assistance from network companies.\n\n"
 "Examples of additional assistance could include, in appropriate circumstances, mobile power generators, hot meals "
 "and drinks, alternative accommodation and on-site welfare units.\n\n"
 "Ofgem launched an investigation into WPD\u2019s compliance with its PSR obligations in 2020.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["near-miss"],
 "origin": "Ofgem press release (ofgem.gov.uk, page store)",
 "notes": "Ofgem's press release as the page store holds it, on the site's Welsh-interface address (/cy/; the text is "
          "the English release, the page labels Welsh): the page chrome ('Press release', the empty 'Dyddiad "
          "cyhoeddi' (publication date) and 'Sector diwydiant' (industry sector) labels, the sector list "
          "'Distribution Network', 'Supply and Retail Market') left out, the heading kept as title; the three "
          "summary bullets kept as paragraphs without their bullet marks (no full stops added), as batches 18a and "
          "27c did. `published` null: the excerpt carries no date (news copies date the release to 2022; not "
          "used), so only absolute expressions are listed. Cut after 'Ofgem launched an investigation into "
          "WPD\u2019s compliance with its PSR obligations in 2020.', before 'Ofgem found WPD, which has around 1.7 "
          "million PSR customers, failed to promptly notify and update some of those affected on the ', where the "
          "excerpt breaks off (`truncated`). Kept as written: '\u00a33.7 million', 'approximately 6 million', the "
          "curly apostrophes. Near-miss: power cuts told only in general (what network companies owe vulnerable "
          "customers during them); no power cut, day or place told. Licence: Ofgem publishes its material under "
          "the OGL v3.0 except where otherwise stated (as batches 18a, 18a2, 27c). Found with 'ofgem.gov.uk Western "
          "Power Distribution \u00a314.9 million redress priority services register power cuts vulnerable "
          "customers'. 'Priority Services Register', 'redress payment of \u00a314.9': 0 in train/dev/test (by count), "
          "every gather script and the session-36 pools; Western Power Distribution is named in one train file "
          "(the Christmas 2013 storms release, another subject).",
 "truncated": True})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
