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
Part 2 (R2, written with --part2; gathered after part 1 was committed, before newskg ran on any text of the batch):
UK Parliament items from the historic Hansard (api.parliament.uk/historic-hansard, Open Parliament Licence v3.0, as
batch 14) — a West London power failure blamed on the Central Electricity Generating Board's transmission lines and a
fire at Battersea (20 April 1964), the National Grid Company's equipment malfunction that cut supply on Merseyside (13
December 1993), the Post Office's Chobham exchange flooded (15 September 1968), the Yorkshire water authority's burst
main that cut Leeds' water (10 December 1985), London Underground's power failures (Charing Cross, 19 October 1992;
24 November 1993) — and a near-miss (the power cuts of May 1951, counted, not told apart).
Part 3 (R3, written with --part3; gathered after part 2 was committed and run through the first look, before newskg
ran on any part-3 text): four more historic Hansard items — the South Western Gas Board's supply cut in the Forest of
Dean by a gas main fractured in a River Severn accident (25 October 1960), gas failures in cold weather told apart
(the Southern Gas Board's Princes Risborough district, 8 February 1969), a power failure at the Prestwick air traffic
control centre (2 November 1990), TransCo's gas supply failure in East Lothian (29 December 1995).
usage: batch28c.py [POOL_DIR] [--dry] [--part2|--part3]   (default /tmp/g29c/pool)"""
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



# ---- part 2: UK Parliament, historic Hansard (Open Parliament Licence v3.0) ---------------------------------------
HH = "https://api.parliament.uk/historic-hansard/"


def hh(id, path, published, title, kind, text, sector, topics, notes):
    """A historic Hansard item (as batch 14's): OPL notice, House and kind, title, date, address."""
    u = HH + path
    return pub(id, u, published, title, "OPL", f"{OPL_NOTICE}. Hansard, {kind}, '{title}', {published}; text as at {u}",
               text, sector, "non-US", topics, notes, "UK Parliament, historic Hansard (page store)")


R2 = []
R2.append(hh("hansard-lords-west-london-electricity-power-failure-1964", "lords/1964/apr/21/west-london-electricity-power-failure",
 "1964-04-21", "West London Electricity Power Failure", "House of Lords, private notice question",
 "My Lords I wish to ask a question of which I have given Private Notice: namely, whether Her Majesty's Government "
 "will make a statement on the power failure yesterday evening at 6.32 p.m. in the Western London Area?\n\n"
 "My Lords, I understand that about a quarter of a million consumers were affected by this power failure mainly in "
 "Central and West London. It occurred at about 6.30 p.m. Most supplies in the West End were restored by 10.30 p.m. "
 "and all by just after midnight.\n\n"
 "The Central Electricity Generating Board have told my right honourable friend that at about 6.30 p.m. there was a "
 "breakdown of the transmission lines connecting the Battersea and Acton Lane Power Stations to the Iver Super-grid "
 "switching station. These lines were automatically disconnected and simultaneously fires occurred in cable tunnels "
 "at the Battersea Power Station putting several high voltage cables and some generating plant out of action. The "
 "fires were quickly brought under control by automatic fire fighting equipment and with the prompt help of the "
 "London Fire Brigade. The full extent of the damage to the generating plant and the cables is still being "
 "investigated and it may be some time before the damage can be made good.\n\n"
 "In the meantime the Generating Board are successfully meeting all demands and they hope to be able to continue to "
 "do so from other sources and over all alternative circuits. The cause of the breakdown is not yet known and the "
 "Central Electricity Generating Board are conducting a full inquiry. The Central Electricity Generating Board "
 "greatly regret the inconvenience caused.",
 "energy/electricity", "outage",
 "The column reference ('HL Deb 21 April 1964 vol 257 cc655-6') and the speaker lines ('LORD HOBSON', 'THE MINISTRY "
 "OF STATE, HOME OFFICE (LORD DERWENT)') left out, as batch 14 did; cut before Lord Hobson's supplementary question, "
 "which the excerpt breaks off ('in rela- tion t', `truncated`). Kept as written: 'My Lords I wish' (no comma). "
 "Battersea, Acton Lane, Central Electricity Generating Board, Lord Derwent, Lord Hobson: 0 in train/dev/test and in "
 "GATHERING.md ('Hobson' only in 'Hobson's choice' in a dev file)."))

R2.append(hh("hansard-written-answer-electricity-supply-merseyside-1993", "written-answers/1993/dec/17/electricity-supply",
 "1993-12-17", "Electricity Supply", "House of Commons, written answer",
 "To ask the President of the Board of Trade if he will make a statement on the breakdown of electricity supply on "
 "Merseyside.\n\n"
 "I understand that a malfunction in equipment belonging to the National Grid Company led to a cut in electricity "
 "supplies in the Liverpool area to some 230,000 Merseyside and North Wales Electricity Board customers between about "
 "13.15 and 14.30 on 13 December. NGC is conducting an inquiry and my Department's engineering inspectorate has "
 "called for a report of the incident.",
 "energy/electricity", "outage",
 "The '§' markers and the speaker names the source runs into the words ('Mr. LoydenTo ask', 'Mr. EggarI understand') "
 "left out, the question and the answer kept as two paragraphs; the whole item (`truncated` false). Loyden, Eggar, "
 "National Grid Company, 'Merseyside and North Wales Electricity Board': 0 in train/dev/test and in GATHERING.md and "
 "the batch scripts (the 1981 blizzard statement of batch 14b names 'Merseyside and North Wales electricity board "
 "areas', another event); Merseyside: one dev file (a football club, another topic).", ) | {"truncated": False})

R2.append(hh("hansard-lords-chobham-telephone-service-flood-1968", "lords/1968/oct/16/chobham-telephone-service-and-september",
 "1968-10-16", "Chobham Telephone Service and September Floods", "House of Lords, oral question",
 "My Lords, I beg leave to ask the first Question which stands in my name on the Order Paper.\n\n"
 "[The Question was as follows:\n\n"
 "To ask Her Majesty's Government:\n\n"
 "(1) how many telephones connected to the Chobham exchange were put out of order by the heavy rain on September the "
 "15 to 16;\n\n"
 "(2) by what date they had all been restored;\n\n"
 "(3) why it was not possible to put an \"out of order\" signal on to the affected lines.]\n\n"
 "My Lords, the heavy rain on September 15 flooded Chobham exchange and damaged its cable network, causing loss of "
 "service to all Chobham lines, totalling nearly 1,200. Nine hundred and fifty of these were restored by 3 p.m. on "
 "September 16, the next day, and all by September 24. Putting the \"out-of-order\" signal on faulty lines would have "
 "required the diversion of a disproportionate amount of effort from the main primary task of repairing them. I am "
 "sorry that people were not able to use their telephones. I should like to take this opportunity of mentioning the "
 "sustained response of Post Office staff under very trying conditions.\n\n"
 "My Lords, I am much obliged to the noble Lord for that reply. Can he explain why it was not possible to put the "
 "out-of-order signal on those telephones which were not rectified until right at the end of the rescue operation? My "
 "telephone in particular was not rectified until September 26, contrary to his information, and it had no "
 "out-of-order signal during any of that time.\n\n"
 "My Lords, to put an out-of-order signal on faulty lines and remove it when the lines are repaired demands "
 "identification of all the lines concerned. In the case of Chobham, to put the signal on would have been relatively "
 "easy, as all the lines were affected. However, our jointers were restoring service, line by line, and it would have "
 "required considerable effort in the exchange to identify each of those lines as it was repaired.",
 "telecom/telephone", "outage",
 "The '§' markers and speaker names ('LORD TREFGARNE', 'LORD BOWLES') left out; the question's text, which the source "
 "gives in square brackets, kept with its brackets; each speech a paragraph; cut after 'as it was repaired.', before "
 "'Had an out-of-order signal been connected, restoration of serv', where the excerpt breaks off (`truncated`). The "
 "title is the page's address words ('chobham-telephone-service-and-september'), the heading not being in the "
 "excerpt — doubtful. Chobham, Trefgarne, Lord Bowles: 0 in train/dev/test and in GATHERING.md."))

R2.append(hh("hansard-written-answer-water-supplies-leeds-1985", "written_answers/1985/dec/18/water-supplies-leeds",
 "1985-12-18", "Water Supplies, Leeds", "House of Commons, written answer",
 "asked the Secretary of State for the Environment if he will make a statement on the circumstances of the recent "
 "dislocation of water supplies experienced in the central areas of Leeds; and if he will make a statement.\n\n"
 "On 10 December 1985 a 42in water main, laid in 1871 from sources north of Leeds to Headingley, burst. The Yorkshire "
 "water authority had to close down two other parallel mains to allow repair, which proved to be unusually difficult. "
 "It was completed early on 13 December. Temporary loss of 40 per cent. of supplies to Leeds meant that up to "
 "200,000 pople were without normal supplies which could not be restored fully until 15 and 16 December because it "
 "was necessary to recharge the system very slowly. Emergency supplies from water tankers and standpipes were "
 "provided with military assistance from 11 to 16 December. Co-operation between the Yorkshire water authority, the "
 "armed forces, Leeds city council, the emergency services, the area health authority and neighbouring water "
 "authorities was very good and all the agencies concerned deserve credit for their efforts to overcome this unusual "
 "emergency. An internal inquiry by board members and the chairman of the central division consumer consultative "
 "committee is being mounted immediately into the cause of the burst and the measures taken to deal with it. The "
 "findings will be made public.",
 "utilities/water", "outage",
 "The column reference ('HC Deb 18 December 1985 vol 89 c220W') and the speaker lines ('Mr. Fatchett', 'Mr. John "
 "Patten') left out (the question then opens with 'asked', as batch 14's items); the whole item (`truncated` false). "
 "Kept as written: 'pople', '40 per cent.', 'Yorkshire water authority' in lower case. Fatchett, John Patten, "
 "Headingley, 'Yorkshire water authority': 0 in train/dev/test and in GATHERING.md; Leeds: two train files and one "
 "dev file (other topics).") | {"truncated": False})

R2.append(hh("hansard-written-answers-london-underground-power-failures-1993",
 "written_answers/1993/dec/02/london-underground-power-failures",
 "1993-12-02", "London Underground (Power Failures)", "House of Commons, written answers",
 "To ask the Secretary of State for Transport if he will publish a table listing the number of occasions on which the "
 "London Underground service has been affected by a power failure in the past five years in each case indicating the "
 "number of lines, train services and passengers affected and the length of time during which the service was "
 "interrupted; and whether or not passengers had to be evacuated from any part of the system.\n\n"
 "Over the past five years London Underground has experienced one other significant power failure, at Charing Cross "
 "station on the morning of 19 October 1992. As a result of the failure of the local station power supply, the "
 "station was evacuated and remained closed for the rest of the day, reopening at the start of service on 20 October. "
 "All Jubilee line trains were terminated at Green Park, and Bakerloo and Northern line trains did not stop at Charing "
 "Cross. There are no figures available for the number of passengers directly affected.\n\n"
 "To ask the Secretary of State for Transport what estimate he has been given of the theoretical risk of "
 "simultaneous failure of all power supplies to the London Underground system.\n\n"
 "An independent risk analysis report has estimated the risk of simultaneous loss of Lots Road and Greenwich "
 "generating stations and the Neasden bulk supply point to be one in 3,378 years.\n\n"
 "To ask the Secretary of State for Transport how many passengers on the London Underground were affected by the "
 "power failure on 24 November; and what proportion of the total number of daily users of the underground service "
 "this represents.\n\n"
 "London Underground has provided the following information300,000 passengers were affected by the morning failure, "
 "representing 12 per cent. of daily users.",
 "transport/metro", "outage",
 "The column reference ('HC Deb 02 December 1993 vol 233 cc642-4W') and the speaker lines ('Mr. Raynsford', 'Mr. "
 "Norris', three times each) left out, each question and answer a paragraph; cut after 'of daily users.', before "
 "'20,000 passengers were evacuated ...', whose sentence the excerpt breaks off (`truncated`). Kept as written: "
 "'information300,000' (the source's run-on; as batch 14 kept 'Nestlé'sbid'), '12 per cent.'. Charing Cross, Green "
 "Park, Lots Road, Neasden: 0 in train/dev/test and in GATHERING.md; London Underground: train files on other events "
 "(Metronet 2007; the Jubilee Line signal failure of 2001, a Lords written answer; names counted by script). A 1970 "
 "Commons answer on a London Transport power failure (6 July 1970, also in the page store) was left out: one text "
 "per company."))

# ---- near-miss ---------------------------------------------------------------------------------------------------
R2.append(hh("hansard-commons-electricity-power-cuts-1951", "commons/1951/may/10/electricity-power-cuts",
 "1951-05-10", "Electricity (Power Cuts)", "House of Commons, private notice question",
 "asked the Minister of Fuel and Power if he will make a statement about the recent electric power cuts.\n\n"
 "Yes, Sir. There have been power cuts of varying intensity in different parts of the country during the last few "
 "days.\n\n"
 "There have been three main causes. The first is the great increase in the demand for electricity. In the first "
 "four months of this year the British Electricity Authority sent out 14 per cent. more electricity than in the "
 "corresponding period a year ago. The second is the large proportion of generating capacity—no less than 28 per "
 "cent.—which has been out of commission, mainly owing to the necessary summer overhaul and maintenance work, and to "
 "the temporary breakdown of plant. The third is the exceptionally cold weather which we have had this week. It is "
 "estimated that in April and May a drop of I degree Fahrenheit in the temperature may increase the national load by "
 "about 100 megawatts. On Monday and Tuesday of this week the maximum temperature at Kew was 12 degrees below the "
 "normal.\n\n"
 "I need not say how much the Government regret the loss and inconvenience which power cuts may cause.\n\n"
 "In view of the serious and rather depressing character of the Minister's statement, is it not unfortunate, from "
 "the point of view of production, that it was only on Monday of last week that the Minister announced concessions "
 "for the introduction of standby plant into the factories, which could help so much to mitigate these "
 "difficulties?\n\n"
 "These concessions were announced in January, and I added on Monday that the British Electricity Authority were in "
 "consultation with the delegation of the Federation of British Industries.",
 "energy/electricity", "near-miss",
 "The column reference ('HC Deb 10 May 1951 vol 487 cc2152-5') and the speaker lines ('Mr. Geoffrey Lloyd (by Private "
 "Notice)', 'The Minister of Fuel and Power (Mr. Philip Noel-Baker)', 'Mr. Lloyd', 'Mr. Noel-Baker') left out; cut "
 "after '... Federation of British Industries.', before Mr. Lloyd's next question, which the excerpt breaks off "
 "(`truncated`). Kept as written: 'a drop of I degree Fahrenheit' (the scan's 'I' for 1). Near-miss: power cuts of "
 "varying intensity in different parts of the country over several days, counted, not told one by one (Decisions; "
 "as batch 26b's dumsor). British Electricity Authority, Noel-Baker, Geoffrey Lloyd, Federation of British "
 "Industries: 0 in train/dev/test and in GATHERING.md; Kew: train files on other topics."))



# ---- part 3: more historic Hansard (gathered after part 2's first look; newskg not run on these before their commit) -
R3 = []
R3.append(hh("hansard-commons-gas-supplies-forest-of-dean-1960", "commons/1960/nov/21/gas-supplies-forest-of-dean",
 "1960-11-21", "Gas Supplies, Forest of Dean", "House of Commons, oral answer",
 "asked the Minister of Power what steps are being taken to ensure that there is no danger to gas consumers in the "
 "Forest of Dean whose supply was affected by a fractured gas main consequent upon a recent accident on the River "
 "Severn; how many people are still affected by this fracture; and if he will make a statement.\n\n"
 "Over 6,000 consumers were suddenly deprived of gas by the accident on 25th October. The South Western Gas Board "
 "arranged for emergency supplies of bottled gas, and the loan of appliances to burn it, in schools and hospitals "
 "within 48 hours and in over 3,000 other premises within nine days. Special bridging arrangements and the purging of "
 "affected mains enabled town gas supplies to be restored on 8th November and extended without accident by 12th "
 "November to all consumers affected.\n\n"
 "I think that the South Western Gas Board is to be congratulated on the speed with which it has acted to alleviate "
 "hardship, restore supplies and avert potential danger, following a quite unforeseeable emergency.\n\n"
 "Is the hon. Gentleman aware that we in the Forest of Dean are very conscious of the debt which we owe to the South "
 "West Gas Board for the way it dealt with this situation? Is he aware that the board dealt with it almost as a "
 "war-time emergency and did a wonderful job of work and all that possibly could be done in the circumstances? Will "
 "he convey to the officials of the board the appreciation of my constituents for the way they handled this "
 "situation?\n\n"
 "I appreciate the hon. Member's remarks and I will see that they are conveyed to the board.",
 "utilities/gas", "outage",
 "The question number, '§' markers and the speaker names the source runs into the words ('23. Mr. Loughlinasked', "
 "'The Parliamentary Secretary to the Ministry of Power (Mr. J. C. George)Over', 'Mr. LoughlinIs', 'Mr. GeorgeI') left "
 "out, each speech a paragraph; the whole item (`truncated` false). Kept as written: 'South West Gas Board' beside "
 "'South Western Gas Board'. Forest of Dean, South Western Gas Board: 0 in train/dev/test and in GATHERING.md "
 "('Loughlin' matches other names only).") | {"truncated": False})

R3.append(hh("hansard-lords-gas-supplies-in-cold-weather-1969", "lords/1969/feb/25/gas-supplies-in-cold-weather",
 "1969-02-25", "Gas Supplies in Cold Weather", "House of Lords, oral question",
 "My Lords, I beg leave to ask the Question which stands in my name on the Order Paper.\n\n"
 "[The Question was as follows:\n\n"
 "To ask Her Majesty's Government what failures in the supply of gas to domestic consumers took place during the "
 "recent cold weather.]\n\n"
 "My Lords, I assume the noble Lord refers to failures directly accountable to the cold weather. Gas pressure was "
 "reduced for about 48 hours on the eastern and western fringes of the North Thames Gas Board area during the "
 "week-end of February 8 to 10, and for a shorter period in the West Surrey district of the South Eastern Gas Board. "
 "Gas supply failed for some 12 hours on February 8 in the Princes Risborough district of the Southern Gas Board. The "
 "shortfalls were caused by the freezing of equipment in exposed places.\n\n"
 "My Lords, are not these failures in gas supply becoming regular events at the onset of every winter? Cannot the gas "
 "authorities appreciate that in winter there is likely to be snow and frost against which their undertakings require "
 "protection?\n\n"
 "My Lords, I do not agree that these failures are very regular. Out of the 12 Area Boards in the country only three "
 "were in any way affected and these were minor failures. Indeed, there was no failure in gas supply except in the "
 "Princes Risborough district which lasted for 12 hours. Exposed equipment is insulated and also can be protected by "
 "electrically-heated tapes. In this instance, the equipment was being brought into use for the first time and the "
 "insulation was not fully effective due to the very sudden drop in temperature.",
 "utilities/gas", "outage",
 "The column reference ('HL Deb 25 February 1969 vol 299 cc1002-4'), the time mark ('2.48 p.m.') and the speaker lines "
 "('LORD ILFORD', 'THE MINISTER OF STATE, HOME OFFICE (LORD STONITAM)' as scanned, 'LORD STONHAM') left out; the "
 "question's square brackets kept (as part 2's Chobham item); cut before Lord Leatherland's question, which the "
 "excerpt breaks off (`truncated`). North Thames Gas Board, South Eastern Gas Board, Southern Gas Board, Princes "
 "Risborough, Stonham, Ilford: 0 in train/dev/test and in GATHERING.md."))

R3.append(hh("hansard-written-answer-prestwick-air-traffic-control-power-failure-1990",
 "written-answers/1990/nov/12/prestwick-airport",
 "1990-11-12", "Prestwick Airport", "House of Commons, written answer",
 "To ask the Secretary of State for Transport what information he has about the loss of power and subsequent loss of "
 "air traffic control service at Atlantic house, Prestwick on Friday 2 November; if he will set up an inquiry into "
 "the incident; what action he is taking to ensure there is no recurrence, and if he will make a statement.\n\n"
 "The power failure at the Scottish and oceanic air traffic control centre, which occurred at 2.37 pm on 2 November, "
 "lasted for eight minutes and resulted in radar data on the height and position of aircraft being unavailable to air "
 "traffic controllers at the centre for a period of 13 minutes. Ground-to-air VHF communications links were maintained "
 "throughout this period and standard procedures for reverting to a manual mode of operation were immediately "
 "activated. The transition to the manual mode of operation was achieved by the controllers professionally and "
 "without incident. Safety standards were unimpaired, although some flights were delayed.\n\n"
 "The Civil Aviation Authority has already set up a full inquiry into the incident, whose purpose is to establish "
 "beyond doubt the causes of the failure and to take the necessary remedial action to prevent a recurrence.",
 "aviation/air traffic control", "outage",
 "The column reference ('HC Deb 12 November 1990 vol 180 c63W'), the speaker lines ('Mr. Foulkes', 'Mr. McLoughlin') "
 "and the page's 'Forward to' link left out; the whole item (`truncated` false). The title is the page address's "
 "words ('prestwick-airport'), the heading not being in the excerpt — doubtful. Atlantic house, 'oceanic air traffic', "
 "Foulkes: 0 in train/dev/test and in GATHERING.md; Prestwick: GATHERING.md names Prestwick airport's purchase and "
 "sale (batch 16's Scottish Parliament texts, another topic); no train/dev/test file.") | {"truncated": False})

R3.append(hh("hansard-commons-adjournment-debate-gas-supplies-scotland-1996", "commons/1996/apr/17/gas-supplies-scotland",
 "1996-04-17", "Gas Supplies (Scotland)", "House of Commons, adjournment debate",
 "Friday 29 December 1995 was the coldest day in a week of perishing cold weather in Scotland. But when my "
 "constituents in Prestonpans, Cockenzie and Port Seton woke up that morning, many of them found that the frost was "
 "gripping their bedrooms and kitchens as well as their gardens, because the gas supply to 4,180 households had "
 "failed.\n\n"
 "It took up to three days to turn the gas on again, so more than 10,000 people in my constituency had a horrible "
 "Hogmanay weekend, relying on emergency soup kitchens while the frost burst the water pipes in their homes. There "
 "was a similiar failure in the gas supply at Stonehouse in Lanarkshire, and my hon. Friend the Member for Clydesdale "
 "(Mr. Hood) may wish to refer to that later in the debate.\n\n"
 "This major failure of the gas supply got some attention from the national media, and British Gas's distribution "
 "company, TransCo, had to bring in 150 engineers from as far away as Brighton and Cornwall to reinstate our local gas "
 "supply in East Lothian. I would like to express my constituents' thanks to those engineers, who did a good job in "
 "difficult circumstances when I am sure that they would have preferred to be spending the holiday week with their "
 "families at home.\n\n"
 "Three months later, the Director General of Gas Supply published the findings of the Ofgas inquiry into this "
 "incident. I am sorry to say that the Ofgas report has whitewashed the minor points and missed the main points "
 "altogether. The main point surely is that the circumstances were not unpredictable, so the failure of the gas "
 "supply should not have been allowed to happen.",
 "utilities/gas", "outage",
 "The column reference ('HC Deb 17 April 1996 vol 275 cc817-24'), the adjournment motion line ('Motion made, and "
 "Question proposed, That this House do now adjourn.—[Mr. McLoughlin.]'), the time mark ('10.14 pm') and the speaker "
 "line ('Mr. John Home Robertson (East Lothian)') left out; cut after 'allowed to happen.', before 'I am not satisfied "
 "...', whose sentence the excerpt breaks off (`truncated`). Kept as written: 'similiar'. Prestonpans, Cockenzie, "
 "Stonehouse, East Lothian, Ofgas, Home Robertson: 0 in train/dev/test and in GATHERING.md; TransCo: a train file (BG "
 "Group's demergers) and a dev file (the 2003 power cuts, as 'National Grid Transco'), other topics. The same event's "
 "Commons question of 13 March 1996 (also in the page store) was left out: one text per event."))


if __name__ == "__main__":
    part = R3 if "--part3" in sys.argv else R2 if "--part2" in sys.argv else R
    write_all(part, POOL, dry="--dry" in sys.argv)
