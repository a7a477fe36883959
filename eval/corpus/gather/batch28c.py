#!/usr/bin/env python3
"""Batch 28c (session 29, part of this session's out-of-sample check; helper gather29c): outages and service
disruptions with the operator named, from US federal texts (public domain), a UK Parliament statement (Open Parliament
Licence v3.0) and an English Wikipedia excerpt held on another site (CC BY-SA 3.0) — the denial-of-service attack that
disrupted the Library of Congress's websites and services (17 July 2016) in its chief information officer's blog post,
the failure of Con Edison's feeder cable that halted Metro-North's New Haven Line (25 September 2013) in a Wikipedia
excerpt, a House committee's letter after the National Weather Service's outage (undated) as SpaceNews reproduces the
committee's release — and two near-misses (the Lords repeat of a statement on the Rural Payments Agency's online claims
interface and its switch to paper forms, 24 March 2015; the FCC chairman's statement on the Inspector General's report
on the comment-system incident of 7-8 May 2017, no service said lost).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off or before a closing link line (`truncated` as recorded). Edits per item in `notes`; no
word added or changed. Written before newskg ran on any text of the batch.
usage: batch28c.py [POOL_DIR] [--dry]   (default /tmp/g29c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/g29c/pool"

LIC = {"OPL": "Open Parliament Licence v3.0", "PD": "public domain (US federal government work)"}


def pub(id, url, published, title, lic, att, text, sector, region, topics, notes, origin, truncated=True):
    """A pool record for a public-sector text (fields as batch27c's `pub`)."""
    return {"id": id, "source": url, "licence": LIC[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
u = "https://blogs.loc.gov/loc/2016/07/library-fends-off-ddos-attack/"
t = "Library Fends Off DDoS Attack"
R.append(pub("us-library-of-congress-blog-fends-off-ddos-attack-2016", u, "2016-07-20", t, "PD",
 f"Bernard A. Barton Jr., Library of Congress blog, '{t}', 2016-07-20, US federal government work (public domain); "
 f"text as at {u}",
 "This is a guest post by Bernard A. Barton Jr., chief information officer of the Library of Congress.\n\n"
 "On Sunday morning, July 17, the Library became the target of a distributed denial of service (DDoS) network attack "
 "that resulted in the disruption of Library services and websites, including Congress.gov, the U.S. Copyright "
 "Office, the BARD service from the National Library Service for the Blind and Physically Handicapped, our many "
 "databases, and both incoming and outgoing email.\n\n"
 "I’m pleased to report that our team of Library IT professionals and contract partners have returned our networked "
 "services to normal functionality. We did this while maintaining the security of the Library’s network.\n\n"
 "This was a massive and sophisticated DNS assault, employing multiple forms of attack, adapting and changing on the "
 "fly. We’ve turned over key evidence to the appropriate authorities who will investigate and hopefully bring the "
 "instigators of this assault to justice.\n\n"
 "We’re satisfied that we’ve fended off the attack and fortified our system for now, but we’ll continue to be "
 "vigilant and employ state-of-the-art security systems to effectively respond to these type of incidents in the "
 "future. This is not the first time that a large agency or organization has been targeted with this kind of denial "
 "of service, and it certainly won’t be the last.\n\n"
 "I am grateful to our colleagues in other agencies across the federal government for their assistance and "
 "collaboration this week as we worked to restore full service.\n\n"
 "I want to also thank our patrons and social media users, who’ve offered valuable feedback on specific problems they "
 "were experiencing in a timely way. This helped us work through ongoing isolated service issues once the broad system "
 "problems were resolved.\n\n"
 "There may be some residual issues with parts of our system as full service is restored.",
 "government/library", "US", "outage",
 "The Library of Congress blog post as blogs.loc.gov renders it in the page store; the page chrome ('Top of page', "
 "'Share this post:') left out, the heading kept as title; cut after 'as full service is restored.', before 'If you’re "
 "still experiencing problems, please report', where the excerpt breaks off (`truncated`). Kept as written: 'these "
 "type of incidents', 'I want to also thank'. `published` 2016-07-20: the page store's excerpt shows no date line (the "
 "address gives 2016/07); the day is the one an SC Media brief in the page store gives for the post ('according to a "
 "July 20 blog post') — doubtful, recorded so that 'Sunday morning, July 17' resolves (17 July 2016 was a Sunday). "
 "Library of Congress, Congress.gov, Copyright Office, Bernard Barton: 0 in train/dev/test and in GATHERING.md; 'BARD' "
 "as a word: 0 (the name checks' case-insensitive counts hit it inside other words only). A federal agency's own account "
 "of its outage (public domain, 17 U.S.C. 105).", "Library of Congress blog (page store)"))

R.append(wp("wp-september-2013-new-haven-line-power-outage", "September 2013 New Haven Line power outage",
 "https://en.nearbywiki.org/detail/58936168",
 "The September 2013 New Haven Line power outage was an unplanned electrical power outage that impacted service on "
 "Metro-North Railroad's New Haven Line for twelve days in 2013. On September 25, 2013, a 138-kV main feeder cable "
 "from Con Edison that provided electricity to an AC catenary-powered 8-mile (13 km) segment of the New Haven Line "
 "failed, causing electric train service over the line to halt between Mount Vernon, New York and Harrison, New York.",
 "rail / electricity", ["outage"],
 "The article's opening paragraph as the page store holds it on nearbywiki.org, a site that shows Wikipedia "
 "excerpts beside a map and labels this one 'Excerpt from the Wikipedia article September 2013 New Haven Line power "
 "outage (License: CC BY-SA 3.0, Authors, Images)'; the site's title line, category line, image captions, map, "
 "address and 'Nearby Places' lines left out; the paragraph taken whole (the site's excerpt ends there; `truncated`: "
 "the article goes on). No en.wikipedia.org rendering of the article came back from the page store (its news copies "
 "did: WNYC, DNAinfo, Bloomberg, Reuters, Con Edison's statement as Bloomberg reproduces it — not used). Licence as "
 "the site states it: CC BY-SA 3.0 (recorded with `v3`). New Haven Line, Metro-North, Mount Vernon, 'Harrison, New "
 "York', Consolidated Edison: 0 in train/dev/test and in GATHERING.md; Con Edison: one train file (the Manhattan "
 "blackout of 13 July 2019, another event).", "US", v3=True, copy_of="the Wikipedia article's opening paragraph"))

u = "https://spacenews.com/?p=76803"
R.append(pub("us-house-science-committee-letter-national-weather-service-outage", u, None, None, "PD",
 "U.S. House Committee on Science, Space, and Technology, press release (undated in the excerpt), US federal "
 f"government work (public domain); as SpaceNews reproduces it, {u}",
 "U.S. House Science, Space, and Technology Committee Chairman Lamar Smith (R-Texas) and Ranking Member Eddie Bernice "
 "Johnson (D-Texas) sent a letter today to the National Weather Service (NWS) Director Louis Uccellini after NWS "
 "suffered a power outage, hindering its ability to issue alerts and forecasts that millions of Americans rely on.\n\n"
 "The letter reads: “On Monday, NWS stopped disseminating forecasts, warnings, radar and satellite imagery, and "
 "current conditions for hours, endangering American lives and property. The products that NWS disseminates to the "
 "public daily are far reaching and have immediate impacts for millions of Americans who rely on them.”\n\n"
 "“Specifically, the Committee is interested in information on how this incident occurred, the server backup "
 "procedures and implementation strategy, the response or lack thereof following the incident, and what is being "
 "done to ensure this does not happen again,” the letter continues.",
 "government/weather", "US", "outage",
 "The committee's press release as SpaceNews posts it (spacenews.com/?p=76803, page store): the closing link line "
 "'Today’s letter can be found here.' left out (`truncated`); a double space after 'property.' made one. No title or "
 "date line is in the excerpt: title null, `published` null, so 'today' and 'On Monday' are not resolved (GUIDELINES, "
 "Dates) and the outage has no date. Licence: a committee's release is a work of the US government (public domain); "
 "doubtful: read from a trade-press site's copy, whose own page terms were not checked, as batch 27c read releases "
 "from wired-gov.net. Lamar Smith, Eddie Bernice Johnson, Uccellini: 0 in train/dev/test and in GATHERING.md; National "
 "Weather Service: one train file (another topic, counted by script).", "House committee release via SpaceNews (page "
 "store)"))

# ---- near-misses ------------------------------------------------------------------------------------------------
u = "https://hansard.parliament.uk/Lords/2015-03-24/debates/15032472000390/RuralPaymentsAgencyBasicPaymentScheme"
t = "Rural Payments Agency: Basic Payment Scheme"
R.append(pub("hansard-lords-rural-payments-agency-basic-payment-scheme-2015", u, "2015-03-24", t, "OPL",
 f"{OPL_NOTICE}. Hansard, House of Lords, statement (repeat of the Answer to an Urgent Question in the Commons), "
 f"'{t}', Volume 760, Tuesday 24 March 2015; text as at {u}",
 "My Lords, with the leave of the House, I shall now repeat in the form of a Statement the Answer given to an Urgent "
 "Question in another place. The Statement is as follows.\n\n"
 "“This is the first year of the new basic payment scheme. Because the new common agricultural policy is so complex, "
 "we needed to invest in a new computer system to administer claims. The existing SPS computer system would not have "
 "been able to cope. The core of the new rural payments system is working well, based on systems in other countries "
 "with portal to register and map. To date, over 80% of farm businesses in England have registered successfully on "
 "it so they can submit a BPS claim, and we continue to encourage all farm businesses to register online as soon as "
 "possible.\n\n"
 "However, there have been some performance issues with the online interface that enables farmers to input the data "
 "directly. We have been working to address these issues since February. Our priority has always been to ensure that "
 "farmers can submit their claims by the deadline. That is why we have acted and made some adjustments to our plans. "
 "The RPA is now offering farmers and their agents the option of using existing paper-based forms to finalise their "
 "claims. Information from these forms will then be input by the RPA on to the system.\n\n"
 "There are two new ways that farmers can complete their claims. Farm businesses with little change to their land "
 "will be fast-tracked by the RPA, particularly those that have permanent pasture. They will receive an email in "
 "April that summarises the land and entitlement information already held, together with simple instructions on "
 "completing their claim by email. The RPA has identified approximately 39,000 farmers in this category.",
 "government/agriculture", "non-US", "near-miss",
 "The Lords debate page as hansard.parliament.uk renders it in the page store; the page chrome ('Skip to main "
 "content', the heading kept as title, 'Volume 760: debated on Tuesday 24 March 2015' kept as `published` and in the "
 "attribution) left out; the speaking minister is not named in the excerpt; cut after 'in this category.', before "
 "'Secondly, farm businesses that need to map new features ...', whose sentence the excerpt breaks off "
 "(`truncated`; the quotation opened at 'This is the first year' is not closed within the cut). Kept as written: "
 "'with portal to register and map'. Near-miss: 'performance issues' with an online claims interface and paper forms "
 "offered instead; no service said down, no outage told with a start (as batch 19b's planned pause). Rural Payments "
 "Agency, Basic Payment Scheme: 0 in train/dev/test and in GATHERING.md and the batch scripts. The Commons Urgent "
 "Question of the same day (Parallel Parliament copies) and a 2016 Westminster Hall debate were left out: one text "
 "per event.", "Hansard (UK Parliament) (page store)"))

u = "https://docs.fcc.gov/public/attachments/DOC-353298A1.txt"
t = "CHAIRMAN PAI STATEMENT ON OFFICE OF INSPECTOR GENERAL REPORT ON FCC COMMENT SYSTEM"
R.append(pub("fcc-pai-statement-oig-report-comment-system-2018", u, "2018-08-06", t, "PD",
 f"U.S. Federal Communications Commission, statement, '{t}', 2018-08-06, US federal government work (public domain); "
 f"text as at {u}",
 "WASHINGTON, August 6, 2018—Federal Communications Commission Chairman Ajit Pai issued the following statement "
 "regarding the Office of Inspector General’s independent investigation into the incident involving the FCC’s "
 "Electronic Comment Filing System (ECFS):\n\n"
 "“For several months, my office has been aware of and cooperating with the Office of Inspector General’s "
 "independent investigation into the incident involving the FCC’s ECFS that took place on May 7-8, 2017. The "
 "Inspector General’s office asked my office not to discuss this investigation while it was ongoing so as not to "
 "jeopardize it, and my office has accommodated that request.\n\n"
 "“I want to thank the Office of the Inspector General, both for its thorough effort to get to the bottom of what "
 "happened and for the comprehensive report it has issued. With respect to the report’s findings, I am deeply "
 "disappointed that the FCC’s former Chief Information Officer (CIO), who was hired by the prior Administration and is "
 "no longer with the Commission, provided inaccurate information about this incident to me, my office, Congress, and "
 "the American people. This is completely unacceptable. I’m also disappointed that some working under the former CIO "
 "apparently either disagreed with the information that he was presenting or had questions about it, yet didn’t feel "
 "comfortable communicating their concerns to me or my office.\n\n"
 "“On the other hand, I’m pleased that this report debunks the conspiracy theory that my office or I had any "
 "knowledge that the information provided by the former CIO was inaccurate and was allowing that inaccurate "
 "information to be disseminated for political purposes.",
 "government/telecom regulator", "US", "near-miss",
 "The FCC's plain-text release (docs.fcc.gov, page store): the media-contact and 'For Immediate Release' header left "
 "out, the upper-case heading kept as title as written; the flowed text split into paragraphs where a new "
 "quotation opens (no word changed); cut after 'for political purposes.', before 'Indeed, as the report documents, "
 "on the morning of May 8, ...', whose quotation the excerpt breaks off (`truncated`). Near-miss: an 'incident "
 "involving' the comment system, the former CIO's account of it said to be inaccurate; the excerpt says no service "
 "was lost. ECFS, Electronic Comment Filing System, Office of Inspector General: 0 in train/dev/test and in "
 "GATHERING.md; Ajit Pai: two train files and one test file (other topics, counted by script).",
 "FCC website (page store)"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
