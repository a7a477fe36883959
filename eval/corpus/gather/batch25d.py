#!/usr/bin/env python3
"""Batch 25d (session 26, part of this session's out-of-sample check; helper gather26d): public-sector texts on
outages and service disruptions — Britain's Storm
Darragh power cuts in the Cabinet Office minister's answer to an urgent question (Hansard, 10 December 2024), the
Armed Forces payment network compromise at a named contractor with expenses claims held up (SSCL; a Lords
minister's reply, Hansard, 8 May 2024), and cell phone service outages after Hurricane Helene (a Congressional
Research Service Insight, 8 October 2024) — and a near-miss, a House committee's letter to a utility, its
regulator and the state energy office after the Maui fire that a power line may have started (Hawaiian Electric,
30 August 2023; no service said lost).
Licences: US federal works are public domain (17 U.S.C. 105; the CRS Insight, the House committee's letter); Hansard is under the
Open Parliament Licence v3.0. Every text is the search tool's page-store excerpt (corpus `pages`), never a whole
page, embedded here; where an excerpt was cut it ends at the last full sentence kept (`truncated`). Edits per item in
`notes`; no word added or changed.
Part 2 (R2, written with --part2): a near-miss gathered after part 1 was committed and first-looked — Vermont and New
Hampshire members of Congress writing to the FCC chairman about FairPoint Communications' E911 service outages during
a strike (outages counted, not told one by one; January 2015).
usage: batch25d.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather26d-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE
from batch18b import rec, PD

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather26d-tmp/pool"
OPL = "Open Parliament Licence v3.0"
HANSARD_COPY = "Hansard, copy on a third-party site (search tool page store)"
US_COPY = "US federal government text, copy on a third-party site (search tool page store)"


def pd_att(kind, title, date, url, copy):
    return (f"{kind}, '{title}', {date}, US federal government work (public domain); text as reproduced at {url} "
            f"({copy})")


def opl_att(kind, title, date, url, copy):
    return f"{OPL_NOTICE}. Hansard, {kind}, '{title}', {date} (as reproduced by {copy}); text as at {url}"


R = []
# ---- Hansard: Storm Darragh urgent question (10 December 2024) ----------------------------------------------------
u = "https://streetguide.co.uk/parliament/debate/03B4217C-A752-444E-B813-512336FFE8CB/5085"
t = "Storm Darragh"
R.append(rec("hansard-commons-urgent-question-storm-darragh-power-2024", u, "2024-12-10", t, OPL,
 opl_att("House of Commons, urgent question, answer of the Parliamentary Secretary, Cabinet Office", t,
         "Tuesday 10 December 2024", u, "streetguide.co.uk"),
 "I would like to say how sorry the Government were to hear that two people lost their lives during Storm Darragh. "
 "I extend my sympathy to their family and friends.\n\n"
 "Late last week, the Met Office issued a red weather warning for wind covering England and Wales, with wider parts "
 "of the UK covered by amber and yellow warnings. The Government immediately took action to prepare for the arrival "
 "of Storm Darragh. Ahead of the storm, we issued an emergency alert to over 3 million people in affected regions "
 "under a red weather warning, urging them to stay indoors. That was the largest use of the early warning system "
 "outside of a test scenario. Impacts, although widespread, were managed effectively and local response mechanisms "
 "worked to mitigate impacts.\n\n"
 "For the households and businesses affected by disruptions, it would have been a very distressing few days. Over "
 "2.3 million customers have had their power restored since the storm made landfall. As of this morning, just under "
 "24,000 customers remain without power. Reconnections are continuing at pace, and operators expect to have all "
 "remaining customers reconnected by tomorrow.\n\n"
 "I am grateful for the response from colleagues in devolved Administrations and local resilience forums around "
 "the country. I praise our emergency responders and utility workers, who have worked, and indeed are continuing to "
 "work, so hard in difficult conditions to help the public manage the impacts of the storm.",
 "electricity/storm", "UK", "outage",
 "The Commons urgent question of 10 December 2024 as streetguide.co.uk reproduces Hansard: the site's heading lines "
 "('PARLIAMENTARY DEBATE', 'Storm Darragh - 10 December 2024 (Commons/Commons Chamber)' — kept as title and "
 "`published` —, 'Debate Detail', a highlighting note), the time stamps, the speaker lines and the urgent question "
 "itself (Ben Lake's 'To ask the Secretary of State for Environment, Food and Rural Affairs if he will make a "
 "statement on the Government’s response to Storm Darragh.') left out, as the corpus's Hansard texts leave out "
 "speaker lines; the text is the answer of Ms Abena Oppong-Asare, the Parliamentary Secretary, Cabinet Office, "
 "whole; cut before the next speaker's 'Thank you for granting the urgent question, Mr Speaker. I thank the Minis', "
 "where the excerpt breaks off (`truncated`). Storm Darragh, Oppong-Asare, Ben Lake: 0 in train/dev/test ('Darragh' "
 "matches only Darragh O'Brien, an Irish minister, in train, and 1 test file by count with no 'Storm Darragh').",
 HANSARD_COPY))
# ---- Hansard: Defence personnel data breach, Lords (8 May 2024) ---------------------------------------------------
u = "https://cy.theyworkforyou.com/lords/?id=2024-05-08a.147.0"
t = "Defence Personnel Data Breach"
R.append(rec("hansard-lords-defence-personnel-data-breach-sscl-2024", u, "2024-05-08", t, OPL,
 opl_att("House of Lords, statement on the Defence Personnel Data Breach, the minister's reply", t,
         "Wednesday 8 May 2024", u, "TheyWorkForYou"),
 "My Lords, I thank the noble Lord, Lord Coaker, and the noble Baroness, Lady Smith of Newnham, for the points which "
 "they raise and for their ongoing support, and that of their Benches in this House, for the Armed Forces. Our people "
 "are our strongest asset and the department is committed to taking appropriate action to investigate this matter "
 "thoroughly, in terms of both the contractor and the malign actor, and to ensuring that this does not happen "
 "again.\n\n"
 "Since yesterday, I can confirm that 100% of the backlog of travel and expenses claims held up by the data "
 "compromise have now been paid and I can give assurance, on the advice of departmental officials, that the May pay "
 "run will be unaffected. I can also confirm, further to the Statement, that public guidance for affected personnel "
 "is now live. This can be found on the GOV.UK website by searching for “pay network compromise”.\n\n"
 "On the issue of the contractor, as the Defence Secretary confirmed in the other place, a full security review of "
 "the contractor’s operations is under way and appropriate steps will be taken if it is found to have been negligent "
 "or in dereliction of its duties under contract. This is being co-ordinated with cross-government partners as the "
 "contractor, as the noble Lord and the noble Baroness indicated, does not work solely for defence. The contractor, "
 "SSCL, holds 12 contracts across nine government departments. The incident in question, however, is isolated to "
 "defence and there is currently no evidence of any risk to any other government services provided by the "
 "company.\n\n"
 "As the Defence Secretary stated yesterday on several occasions, it is true to say that a malign actor is involved "
 "and it is possible that it is attached to a country, or a group based in a country. But I would ask that we "
 "refrain from turning media speculation into fact before the investigation has had a chance to conclude its "
 "important work.",
 "defence/payroll IT", "UK", "outage,data breach",
 "The minister's reply in the Lords debate on the Defence Personnel Data Breach statement (8 May 2024) as "
 "TheyWorkForYou's Welsh-language interface (cy.theyworkforyou.com) reproduces Hansard: its line 'Part of the "
 "debate – in the House of Lords am 4:38 pm ar 8 Mai 2024.' left out (date kept as `published`, title from the "
 "debate's name as the same debate's Parallel Parliament pages in the page store give it); line breaks between "
 "paragraphs doubled (whitespace only); cut before 'The Ministr', where the excerpt breaks off (`truncated`). The "
 "speaker (the government's defence minister in the Lords) is not named in the excerpt. SSCL, 'pay network', "
 "Shapps, Coaker, Smith of Newnham: 0 in train/dev/test.",
 HANSARD_COPY))
# ---- CRS Insight: cell phone services after Hurricane Helene (October 2024) ---------------------------------------
u = "https://heinonline.org/HOL/LandingPage?div=1&handle=hein.crs%2Fgoveqxp0001&src=home"
t = "Restoration of Cell Phone Services: Hurricane Helene"
R.append(rec("us-crs-restoration-cell-phone-services-hurricane-helene-2024", u, "2024-10-08", t, PD,
 pd_att("Congressional Research Service, Insight", t, "8 October 2024", u, "HeinOnline's landing page"),
 "On September 26, 2024, Hurricane Helene made landfall near Perry, Florida. The hurricane caused flooding and "
 "damage to personal property and critical infrastructure, including roads, power, and communication networks. The "
 "storm's damage spread across parts of Florida, Alabama, Georgia, the Carolinas, Tennessee, and Virginia. According "
 "to data reported to the Federal Communications Commission (FCC) by wireless service providers, while cell sites "
 "had been repaired in many counties a week after the storm (October 3, 2024), some counties' cell site outages "
 "persisted. Congress may examine public-private preparedness for communication outages from Hurricane Helene and "
 "consider how to prepare for and respond to future disasters and restore cell service in hard-hit regions.\n\n"
 "Some state and local officials reported coordination with wireless service providers on preparation and "
 "restoration efforts; others, including a mayor and residents in North Carolina, reportedly faulted public-private "
 "preparation efforts. Wireless providers reported on preparation and restoration efforts but noted challenges in "
 "some areas. Challenges derived from damaged critical infrastructure (e.g., roads) inhibiting access to cell sites, "
 "damage to cell towers and wire lines (e.g., fiber) that connect cell sites to a provider's network, and lack of "
 "power to cell sites hindering permanent restoration.\n\n"
 "Generally, wireless networks are privately owned. Network owners take responsibility for repairing their "
 "networks and restoring services for their customers (e.g., government agencies, businesses, individuals) after "
 "disasters.",
 "telecoms/hurricane", "US", "outage",
 "The CRS Insight (8 October 2024) as HeinOnline's landing page gives its raw text: the page's own lines ('About | "
 "HeinOnline Law Journal Library ...', '1 1 (October 8, 2024)', 'handle is ... raw text is:'), the CRS masthead "
 "('Congressional Research Service', 'informing the legislative debate since 1914', a stray '0'), the date line "
 "(kept as `published`) and the title line (kept as title) left out; the text's hard line breaks inside paragraphs "
 "joined and doubled spaces ('On  September', 'and  damage', 'Some  state', 'data  reported' and others) made single "
 "(whitespace only); the heading garbled in the extraction ('Federa     Rol en Restoring Ce           Services', "
 "'Federal Role in Restoring Cell Services') left out as headings are; cut after 'after disasters.', before 'When  "
 "a', where the excerpt breaks off (`truncated`). Hurricane Helene: 0 in train/dev/test; 'Perry' matches 3 test files by count "
 "(none with 'Hurricane Helene').",
 US_COPY))

# ---- House Energy and Commerce: letter on the Maui fire (August 2023), a near-miss --------------------------------
u = ("https://www.scribd.com/document/668403074/GOP-House-Committee-letter-to-Hawaiian-Electric-Hawaii-Public-"
     "Utilities-Commission-and-Hawai-i-State-Energy-Office")
t = ("GOP House Committee Letter To Hawaiian Electric, Hawaii Public Utilities Commission and Hawai'i State Energy "
     "Office")
R.append(rec("us-house-energy-commerce-letter-hawaiian-electric-maui-fire-2023", u, "2023-08-30", t, PD,
 pd_att("U.S. House of Representatives, Committee on Energy and Commerce, letter", t, "30 August 2023", u,
        "a Scribd upload reached through a proxy host in the page store"),
 "Ms. Shelee Kimura\n\n"
 "President & CEO\n"
 "Hawaiian Electric\n\n"
 "Mr. Leodoloff R. Asuncion, Jr.\n\n"
 "Chairman\n"
 "Hawaii Public Utilities Commission\n\n"
 "Mr. Mark B. Glick\n\n"
 "Chief Energy Officer\n"
 "Hawai’i State Energy Office\n\n"
 "Dear Ms. Kimura, Mr. Asuncion, and Mr. Glick:\n\n"
 "We write regarding the recent events of Tuesday, August 8, 2023, in which a series of deadly fires broke out on "
 "the island of Maui and in the town of Lahaina, resulting in the tragic loss of many lives and the destruction of "
 "entire communities. Our hearts are with the people of Maui as they confront immense grief, sadness, and despair, "
 "especially for those who are still searching for their missing loved ones. The pain is unimaginable and the road "
 "to recovery is long. We must come to a complete understanding of how this disaster started to ensure Hawaii and "
 "other states are prepared to prevent and stop other deadly wildfires.\n\n"
 "Certain evidence of a downed power line sparking dry grass in Lahaina indicates that Hawaiian Electric equipment "
 "may have been the cause. We understand that Hawaiian Electric, as well as the Hawaii attorney general, are "
 "conducting investigations into the deadly fire.",
 "electricity/wildfire", "US", "outage,near-miss,leadership",
 "The letter of 30 August 2023 as a Scribd upload gives its text in the page store (the store held it under a proxy "
 "host's address; the Scribd address is recorded): Scribd's lines ('You might also like', 'Download as pdf or txt', 'You are on page 1of 4') and "
 "the upload's title (kept as title: it is Scribd's, not the letter's) left out; the date line 'August 30, 2023' "
 "kept as `published`; the street-address lines of the three addressees ('820 Ward Avenue', 'Honolulu, HI 96814', "
 "'Kekuanao’a Building', '465 South King Street, Suite #103', 'Honolulu, HI 96813', '235 S. Beretania Street, 5th "
 "Floor', 'Honolulu, HI 96813') left out, their names, posts and bodies kept, one per line as written; the letter's "
 "hard line breaks inside paragraphs joined (whitespace only); the footnote marker '1' after 'may have been the "
 "cause.' and the footnote cut; cut before 'Further, the County of Maui has sued Hawaiian Electric, alleging among "
 "other things, that the', where the page's first page breaks off (`truncated`). The letter's signatories are not "
 "on the excerpt (news reports of 30 August 2023 name the committee's and two subcommittees' Republican chairs). "
 "A near-miss: a fire that a power line may have started, no service said lost. Hawaiian Electric, Lahaina, "
 "Kimura, Asuncion, Glick: 0 in train/dev/test; 'Maui' matches 1 test file by count (none with Lahaina or "
 "Hawaiian Electric).",
 US_COPY))

# ---- part 2 (R2, written with --part2; gathered after part 1 was committed and first-looked) ------------------------
R2 = []
u = "https://www.vermontpublic.org/vpr-news/2015-01-21/congressional-members-call-on-fcc-to-scrutinize-fairpoint-e-911-problems"
t = "Letter to FCC Chairman Tom Wheeler on FairPoint Communications service outages"
R2.append(rec("us-congress-letter-fcc-fairpoint-e911-service-outages-2015", u, None, t, PD,
 pd_att("Letter of U.S. Senators and Representatives of Vermont and New Hampshire to the FCC chairman", t,
        "January 2015", u, "the letter's full text as quoted in a Vermont Public news story; only the letter's words "
        "kept"),
 "We write regarding recent FairPoint Communications service outages that have impacted the Vermont E911 system and "
 "public safety agencies in both Vermont and New Hampshire.\n\n"
 "As you may be aware, the majority of FairPoint’s workforce in Vermont and New Hampshire has been on strike since "
 "October 17, 2014. Since this labor impasse began, FairPoint’s networks and equipment have failed with increasing "
 "frequency and complaints from the company’s customers have soared.",
 "telecoms/emergency calls", "US", "outage,near-miss",
 "The letter's opening paragraphs as a Vermont Public news story of 21 January 2015 quotes them after 'The full text "
 "of the letter to FCC Chairman Tom Wheeler:'; the story's own words (its report, the signatories' names, its "
 "quotation of a later sentence) left out, only the letter's text kept; the title is descriptive (the letter has "
 "none in the excerpt); cut after 'have soared.', before 'We are particularly alarmed that problems with FairPoint’s "
 "network have caused service outages for police departments, fire departments, and other criti', where the excerpt "
 "breaks off (`truncated`). The letter's date is not in the excerpt (`published` null; the story dates it before 21 "
 "January 2015). A near-miss: outages counted, not told one by one, beside a strike. FairPoint, Shaheen: 0 in "
 "train/dev/test.",
 US_COPY))

if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)
