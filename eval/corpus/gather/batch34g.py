#!/usr/bin/env python3
"""Batch 34g (session 35; helper gather35g): outages of modern services from public-sector texts under an open
licence, a tenth round of the outage lane after batch 33g. The storm releases of the Scottish Government that 33g
found are spent for new events, so this round turned to parliamentary texts that earlier rounds had not searched for
these events (they had found only news and company copies) and to one US federal article:
  - the failure of the Lancaster electricity substation during storm Desmond, told in the Lords repeat of the
    Environment Secretary's flooding statement of 7 December 2015 (hansard.parliament.uk);
  - the power cuts in Bexley in July 2009 blamed on EDF, from a Commons speech of 20 October 2009 (the bound Hansard
    on publications.parliament.uk; the speech is cut into at the page start, see its notes);
  - the phone and broadband lines lost in Rochdale in the floods of winter 2015-16, from a Westminster Hall debate of
    9 February 2016 (hansard.parliament.uk; no company named in the text as held);
  - the power restoration after Hurricane Irma (with Florida Power and Light's restoration after Wilma in 2005),
    a Department of Energy article on energy.gov (public domain);
  and two near-misses: the Leader of the House's monthly millennium-bug statement of 28 October 1999 (historic
  Hansard: systems fixed and tested, a software roll-out delayed, nothing lost) and the Committee of Public Accounts'
  press notice of 28 October 2004 on the Criminal Records Bureau (a computer system with 'serious problems' and
  backlogs, no stated loss of service).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; page furniture left out and cuts
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch34g.py [POOL_DIR] [--dry]   (default /tmp/gather35g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE, LICENCES

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35g/pool"
OPL = LICENCES["OPL"]
PD = LICENCES["PD"]

R = []

# ---- outages -----------------------------------------------------------------------------------------------------
LF = "https://hansard.parliament.uk/Lords/2015-12-07/debates/15120720000092/Flooding"
R.append({"id": "hansard-lords-flooding-storm-desmond-lancaster-substation-2015", "source": LF, "licence": OPL,
 "attribution": f"{OPL_NOTICE}. Hansard, House of Lords, statement (repeat of a Commons statement), 'Flooding', "
                f"2015-12-07; text as at {LF}",
 "published": "2015-12-07", "title": "Flooding",
 "text":
 "My Lords, with the leave of the House, I shall now repeat a Statement made earlier today by my right honourable "
 "friend the Secretary of State for Environment, Food and Rural Affairs in another place. Since my right honourable "
 "friend\u2019s Statement, the Lancaster electricity substation has failed and every effort is now being made to "
 "restore power as soon as possible. The Statement is as follows.\n\n"
 "\u201cWith permission, Mr Speaker, I would like to make a Statement about the impact of storm Desmond and flooding "
 "in the north of England.\n\n"
 "As the House will know, this weekend has brought some enormously difficult and extreme weather conditions, and I "
 "would like to begin by expressing my deepest sympathy to those who have been affected in all parts of the United "
 "Kingdom. I would also like to commend the emergency responders, volunteers and the Environment Agency, who have "
 "been working tirelessly throughout the weekend, often in horrific conditions. People have come from all over the "
 "country, as far as south Wales, Lincolnshire and Somerset, to help. I am sure the whole House will join me in "
 "paying tribute to their work, and the generous community spirit of those who have been offering food, transport "
 "and even beds to neighbours.\n\n"
 "Over the course of Friday 4 December it became increasingly clear that storm Desmond would bring an exceptionally "
 "high volume of rainfall across the United Kingdom. The Environment Agency responded by mobilising its people and "
 "assets, moving temporary defences and pumps to north-west England through Friday. On Saturday morning it became "
 "clearer which counties would be impacted and that we would see very high levels of rainfall that evening. "
 "Therefore, the Government mobilised a full national emergency response.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, Hansard (hansard.parliament.uk, page store)",
 "notes": "The hansard.parliament.uk page as the page store holds it: the lines 'Skip to main content' and 'Volume 767: "
          "debated on Monday 7 December 2015' left out (page furniture; the date kept as `published`), the heading "
          "'Flooding' kept as title. The minister's name is not in the excerpt (no speaker line). Cut after 'Therefore, "
          "the Government mobilised a full national emergency response.', before 'At midday on Saturday I held a "
          "cross-departmental meeting ... supporting ass', where the excerpt breaks off (`truncated`); the rest of "
          "the repeated Statement (whatever it says of power losses) is not in the text. Kept as written: the curly "
          "apostrophe of 'friend\u2019s', the opening curly quote of the repeated Statement with no closing one "
          "(the excerpt ends inside it), 'storm Desmond' in lower case. Event: the Lancaster substation failure of "
          "7 December 2015 during storm Desmond; earlier rounds (the 'not used' lists of batches 24b, 27c and 31c) found it only in "
          "Electricity North West's own pages and news. The gov.uk copy of the Commons statement (OGL) breaks off at "
          "the same place and lacks the Lords' added sentence on the substation, so the Lords text was taken. Found "
          "with 'Hansard Lancaster substation flooded Storm Desmond 55,000 properties without power Electricity North "
          "West statement'. Desmond (as the storm), 'Lancaster electricity substation', 15120720000092: 0 in "
          "train/dev/test (by count), GATHERING.md's used items, every gather script and the session-35 pools; "
          "'Desmond' occurs only as people's names (one train, one test file by count).",
 "truncated": True})

PC = "https://publications.parliament.uk/pa/cm200809/cmhansrd/cm091020/debtext/91020-0022.htm"
R.append({"id": "hansard-commons-bexley-power-cuts-edf-2009", "source": PC, "licence": OPL,
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, debate, 2009-10-20, column 887 (speaker not named in the "
                f"text as held); text as at {PC}",
 "published": "2009-10-20", "title": None,
 "text":
 "The public meeting held at St. Martin's church in Barnehurst on Thursday 30 July, organised by the vicar, Rev. "
 "Gareth Bowen, was well attended, and the anger that people felt towards EDF for allowing the power cuts to happen "
 "and for its response was overwhelming and clear. We heard of problems that families had feeding and bathing their "
 "young children, of pensioners trapped in tower blocks because the lifts were not working and stairwells were not "
 "lit, and of thousands of people who went without hot water for days. In Britain in 2009, that is quite "
 "unbelievable. Bexley council's social service teams made the effort to contact as many known vulnerable residents "
 "as they could.\n\n"
 "In most of the area, however, there was also financial loss as a result of the power cuts. Regrettably, many "
 "residents who shopped that weekend and had full freezers and fridges lost hundreds of pounds-worth of food. In "
 "addition, people had to have their alarms re-set at a cost to them. Even the Linkline alarm system in Bexley "
 "allegedly did not work for part of the time. Tropical fish were lost, and people have suffered considerable "
 "financial hardship. EDF got its response to the financial loss completely wrong. When challenged about recompense "
 "for the losses, its response was merely to refer people to their insurers. That has caused much anger, especially "
 "as the excess on most people's domestic policies is the same or more than the amount that they have lost. As a "
 "result of that advice, many people regard EDF as unsympathetic.\n\n"
 "EDF has repeatedly told us that, as the power cuts were caused by malicious damage and exceptional circumstances, "
 "the usual rules relating to compensation or the electricity guaranteed standards scheme do not apply; that it "
 "does not have to pay; and that it had agreed as much with the regulator.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, bound Hansard (publications.parliament.uk, page store)",
 "notes": "The bound-Hansard page as the page store holds it: it opens mid-speech at column 887 (the speech's start, its "
          "speaker line and the debate's heading are on the previous page, 91020-0021, whose excerpt holds only "
          "earlier business and a division list), so the text starts with the page's first paragraph; the lines "
          "'Previous Section Index Home Page' and '20 Oct 2009 : Column 887' left out (page furniture). Title null "
          "(the debate's heading is not in the excerpt; not invented). Cut after '... and that it had agreed as much "
          "with the regulator.', before 'However, that is now not so clear, as Ofgem, the regulator, is still "
          "awaiting the results of an independent audit of', where the excerpt breaks off (`truncated`). Kept as "
          "written: 'St. Martin's church', 'Rev. Gareth Bowen', 'pounds-worth', 're-set', 'Bexley council's' (lower "
          "case c), the straight apostrophes. Event: the power cuts of July 2009 in Bexley, Dartford and Orpington "
          "after the fire at EDF Energy Networks' Dartford Creek cable bridge (the text itself names only EDF, the "
          "power cuts, 'malicious damage' and Bexley); earlier rounds had not looked at it. Found with 'Hansard "
          "Dartford power cut July 2009 EDF Energy cable bridge fire constituents without electricity debate'. "
          "Barnehurst, Bexley, Linkline, 'Gareth Bowen', Dartford, 'EDF Energy Networks', 91020-0022: 0 in "
          "train/dev/test (by count), GATHERING.md, every gather script and the session-35 pools; EDF names other "
          "subjects in the corpus (EDF Energy's nuclear and retail stories).",
 "truncated": True})

WH = ("https://hansard.parliament.uk/Commons/2016-02-09/debates/16020978000002/"
      "CommunicationsInfrastructureAndFloodingNorthWest")
R.append({"id": "hansard-westminster-hall-communications-flooding-rochdale-2016", "source": WH, "licence": OPL,
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, Westminster Hall debate, 'Communications Infrastructure "
                f"and Flooding: North West', 2016-02-09; text as at {WH}",
 "published": "2016-02-09", "title": "Communications Infrastructure and Flooding: North West",
 "text":
 "I beg to move,\n\n"
 "That this House has considered communications infrastructure and flooding in the North West.\n\n"
 "It is a pleasure to serve under your chairmanship, Mr Percy. I think it is the first occasion on which I have done "
 "so, and I am sure it will be a delight.\n\n"
 "As many people will have seen, before and after Christmas, many towns, villages and communities in the north-west "
 "witnessed some of the worst flooding for years, which inflicted a great deal of pain on the people of Rochdale, "
 "Littleborough and Milnrow. I want to begin by paying a few tributes and saying that I have never been more proud "
 "to represent the people of Rochdale than after I witnessed their reaction to the floods. I pay tribute to the many "
 "individuals who worked tirelessly to help those affected and to the council for its quick action in getting out "
 "on to the streets and ensuring that people had access to emergency funds of \u00a3500 and other grants. We also saw "
 "a fantastic response from various businesses, voluntary groups and community-spirited individuals. The people of "
 "Rochdale came together as a community to help one another, and it was a particularly moving moment in the wake of "
 "such destruction.\n\n"
 "However, the people of Rochdale have been let down by some larger companies dragging their feet. The response from "
 "telecommunication companies in getting vital phone and broadband lines restored to hundreds of people and small "
 "businesses in Rochdale has not been so positive. It is hard enough for people who have been affected by the "
 "devastation of the floods, but that has simply compounded their misery. Without vital communications lines, many "
 "small businesses have lost thousands of pounds-worth of custom, which can easily make the difference between "
 "staying afloat and going under.",
 "sector": "telecom", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, Hansard (hansard.parliament.uk, page store)",
 "notes": "The hansard.parliament.uk page as the page store holds it: the lines 'Skip to main content', the heading "
          "(kept as title), 'Volume 605: debated on Tuesday 9 February 2016' (the date kept as `published`) and the "
          "chair line '[Andrew Percy in the Chair]' left out (page furniture, as speaker lines are cut; 'Mr Percy' "
          "stays in the speech). The mover's name is not in the excerpt (no speaker line). Cut after '... between "
          "staying afloat and going under.', before 'I have received reports of businesses being unable to take card "
          "pa', where the excerpt breaks off (`truncated`); the rest of the debate (where the companies may be named) "
          "is not in the text. Kept as written: 'north-west' beside 'North West', 'pounds-worth', 'telecommunication "
          "companies', the pound sign. Event: the loss of phone and broadband lines in Rochdale after the floods of "
          "winter 2015-16; distinct from the Lancaster substation failure in this batch (another service, place and "
          "operator, though the same winter's floods). Found with 'publications.parliament.uk cmhansrd telephone "
          "exchange failure constituents lost phone and broadband service for days BT Openreach Column'. Rochdale, "
          "Littleborough, Milnrow, 'Communications Infrastructure and Flooding', 16020978000002: 0 in train/dev/test "
          "(by count), GATHERING.md, every gather script and the session-35 pools.",
 "truncated": True})

IR = "https://www.energy.gov/articles/working-together-restore-power-after-hurricane-irma"
R.append({"id": "doe-working-together-restore-power-after-hurricane-irma-2017", "source": IR, "licence": PD,
 "attribution": "US Department of Energy, article, 'Working Together to Restore Power after Hurricane Irma', "
                f"US federal government work (public domain); text as at {IR}",
 "published": None, "title": "Working Together to Restore Power after Hurricane Irma",
 "text":
 "In recent weeks, our country has seen damage from two hurricanes of record proportions.\n\n"
 "Harvey dropped so much water in Texas and Louisiana that the city of Houston sank two centimeters. Irma, an "
 "enormous and powerful storm following quickly on Harvey\u2019s heels, has devastated neighborhoods from the "
 "Caribbean to Georgia. Each of these storms in very different ways presented monstrous challenges to the electric "
 "utilities and oil and gas suppliers that keep our country\u2019s lights on and power flowing.\n\n"
 "Today, while many are still hurting, a greater number are beginning to see relief. This is thanks to the combined "
 "efforts of more than 60,000 workers from nearly 250 investor-owned electric companies, public power utilities, and "
 "electric cooperatives from across the United States. It is also thanks to the hundreds of state, local and federal "
 "employees assisting these workers to get the lights on and make fuel available.\n\n"
 "Full restoration, especially for some of the hardest-hit areas, is going to take time, but real progress is being "
 "made. Power has now been restored to 64% of the affected customers. Florida Power and Light, for example, is "
 "restoring power at a pace roughly four times faster than it did after Wilma in 2005. One of the reasons this is "
 "possible is because of the unparalleled mutual assistance that electric utilities across the country are "
 "providing one another.\n\n"
 "Crews have come from all corners of the U.S. \u2013 from Washington State and New Mexico and Colorado, from "
 "Michigan and Maine and Maryland \u2013 to aid in the restoration. In some cases, prepositioned restoration crews "
 "were even able to begin restoration efforts between the rain bands of the storm. These crews are working around "
 "the clock to restore power as quickly and safely as they can.",
 "sector": "utilities/electricity", "region": "US", "topics": ["outage"],
 "origin": "US Department of Energy, energy.gov article (page store)",
 "notes": "The energy.gov article as the page store holds it, from its first line (no heading, byline or date line in "
          "the excerpt; the title is the one the page address and the search result give, capitals supplied - "
          "doubtful). Two photo captions left out: 'Tampa Electric Co. workers remove downed trees in the wake of "
          "Hurricane Irma.' (after the second paragraph) and 'Restoration crews from across the nation traveled to "
          "Florida to assist with the unprecedented response to Hurricane Irma.' (after the fourth; it stands alone "
          "between paragraphs as the first one does, so it is taken for a caption - doubtful). Cut after '... as "
          "quickly and safely as they can.' (a trailing space removed), before 'While the ', where the excerpt breaks "
          "off (`truncated`). `published` null: the excerpt has no date and the restoration figure ('64% of the "
          "affected customers') does not fix the day (mid-September 2017 by the storm's dates, not by the text), so "
          "relative expressions ('In recent weeks', 'Today') are not resolved. Kept as written: the curly "
          "apostrophes, 'centimeters', the en dashes around 'from Washington State ... Maryland', '64%'. The event "
          "is new to the corpus (batch 33g's 'not used' list: Hurricane Irma outages, news only; Sen. Nelson's Irma "
          "letter left out by batch 17c). Found with 'Department of Energy situation report Hurricane "
          "customer outages utility restored percent electricity'. 'Hurricane Irma', 'Florida Power and Light', "
          "Wilma, 'Tampa Electric': 0 in train/dev/test (by count), GATHERING.md's used items, every gather script "
          "and the session-35 pools (Wilma only in GATHERING.md's lists of other storms).",
 "truncated": True})

# ---- near-misses ---------------------------------------------------------------------------------------------------
MC = "https://api.parliament.uk/historic-hansard/commons/1999/oct/28/millennium-compliance"
R.append({"id": "hansard-commons-millennium-compliance-review-1999", "source": MC, "licence": OPL,
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, statement, 'Millennium Compliance', 1999-10-28; text as "
                f"at {MC}",
 "published": "1999-10-28", "title": "Millennium Compliance",
 "text":
 "I am announcing today the results of the October monthly review of progress in tackling the millennium bug across "
 "government. The completed questionnaires will all be placed in the Libraries of the House and published on the "
 "internet as usual. The report follows those that Members have received in writing from my hon. Friend the "
 "Parliamentary Secretary, Privy Council Office and myself during the recess. I will also be reporting on "
 "preparedness across the national infrastructure, including key services delivered by the wider public sector. I "
 "have also informed the House of information published during the recess, in answer to a question from my hon. "
 "Friend the Member for Northampton, North (Ms Keeble).\n\n"
 "I am pleased to report that very good progress has been made by Government Departments and agencies in tackling "
 "the bug since I last reported on the Floor of the House. The latest returns show that work on more than 99 per "
 "cent. of business-critical systems has now been completed. That means that systems have been fixed, tested and "
 "successfully put back into operation. However, work on a few business-critical systems still remains to be "
 "completed. Three organisations report some completion dates in November and December: the Ministry of Defence, "
 "the Office for National Statistics and the Planning Inspectorate.\n\n"
 "The Ministry of Defence's very large and complex programme is close to completion. Ninety-eight per cent. of "
 "critical systems have been made compliant and all front-line systems are ready. Robust and comprehensive "
 "continuity plans have been developed and tested.\n\n"
 "The Office for National Statistics has experienced a delay in the roll-out of new compliant registration software "
 "to register offices in England and Wales.",
 "sector": "government/IT", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Parliament, historic Hansard (page store)",
 "notes": "The historic Hansard page as the page store holds it: the reference line 'HC Deb 28 October 1999 vol 336 "
          "cc1105-13', the time line '1.8 pm' and the speaker line 'The President of the Council and Leader of the "
          "House of Commons (Mrs. Margaret Beckett)' left out, as batches 14-33g cut speaker lines (so the "
          "statement's maker is not in the text and has no entity or role). The title is built from the page address "
          "('millennium-compliance'; capitals supplied). Cut after '... to register offices in England and Wales.', "
          "before 'The roll-out in England is due to finish by the end of this month, except for register offices in "
          "one county', where the excerpt breaks off (`truncated`). Kept as written: 'per cent.' with its full stop "
          "(twice), 'hon. Friend', 'Northampton, North (Ms Keeble)'. Near-miss: a government's preparedness review "
          "for the millennium date change - business-critical systems 'fixed, tested and successfully put back into "
          "operation', a few still to be completed, a software roll-out delayed; no service is said to have been "
          "lost. Found with 'hansard.parliament.uk written statement outage system failure restored minister "
          "apologise customers 2019' (the page store returned it). 'millennium bug', 'Millennium Compliance', "
          "'Planning Inspectorate', 'Office for National Statistics', Keeble, Northampton: 0 in train/dev/test (by "
          "count), GATHERING.md, every gather script and the session-35 pools ('millennium' only in other phrases: "
          "'Digital Millennium Copyright Act', 'Millennium Chemicals').",
 "truncated": True})

PN = ("https://www.parliament.uk/business/committees/committees-archive/committee-of-public-accounts/"
      "pac281004-pn45/")
R.append({"id": "parliament-pac-press-notice-criminal-records-bureau-2004", "source": PN, "licence": OPL,
 "attribution": f"{OPL_NOTICE}. House of Commons Committee of Public Accounts, Press Notice No. 45 of Session "
                f"2003-04, 2004-10-28; text as at {PN}",
 "published": "2004-10-28", "title": "Committee of Public Accounts Press Notice No. 45 of Session 2003-04",
 "text":
 "Mr Edward Leigh MP, Chairman of the Committee of Public Accounts, said today that it is important that the "
 "Criminal Records Bureau sets its priorities to ensure that proper protection is extended to all vulnerable groups. "
 "More than two years following the launch of the Bureau, it still not providing the standard or range of services "
 "originally envisaged.\n\n"
 "Mr Leigh was speaking as the Committee published its 45th Report of this Session, which examined whether best "
 "practice was followed during contract procurement and implementation; and whether the Criminal Records Bureau has "
 "improved the protection of vulnerable children and adults.\n\n"
 "The Criminal Records Bureau was initiated in 1999 to improve protection of children and vulnerable adults by "
 "widening access to criminal records, so that employers and voluntary organisations could make better informed "
 "recruitment decisions. It was set up as a public private partnership, initially between the Passports and "
 "Records Agency, an Executive Agency of the Home Office and Capita plc, although the Bureau is now a separate "
 "Agency in its own right.\n\n"
 "The Bureau went live from March 2002, some seven months later than planned, and the computer system encountered "
 "serious problems straightaway. Backlogs in processing applications for Disclosures of criminal records soon built "
 "up, peaking at nearly 300,000 by October 2002. The Agency and Capita were not sufficiently effective in working "
 "together to address the problems which had started early on with ambitious and overly optimistic timings for "
 "development and implementation. An effective partnership between the Agency and Capita was not established until "
 "the crisis was underway.\n\n"
 "The consequences of the Bureau's problems were far-reaching. Employers could not recruit, voluntary organisations "
 "lost potential volunteers and delays occurred for those applying to adopt or foster.",
 "sector": "government/IT", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Parliament, committee press notice (parliament.uk committees archive, page store)",
 "notes": "The committee archive page as the page store holds it: its two heading lines 'Committee of Public "
          "Accounts' and 'Press Notice No. 45 of Session 2003-04, dated 28 October 2004' joined into the title (the "
          "date kept as `published`). Cut after '... delays occurred for those applying to adopt or foster.', before "
          "'The Bureau and Capi', where the excerpt breaks off (`truncated`). Kept as written: 'it still not "
          "providing' (sic, no verb 'is'), 'public private partnership', 'Agency in its own right'. Near-miss: a "
          "public body's computer system with 'serious problems' at launch and backlogs of applications, no stated "
          "loss of the service (applications were processed late, not refused; a doubtful point: a reader may take "
          "'the computer system encountered serious problems' for an IT failure outage). The PAC report's own "
          "summary (publications.parliament.uk, HC 453) and the NAO's report page were seen; the press notice was "
          "taken for its date and the chairman's words. Found with 'Criminal Records Bureau IT system outage "
          "disclosure delays Hansard' and the notice's own phrases. 'Criminal Records Bureau', 'Passports and "
          "Records Agency', 'Edward Leigh', pac281004: 0 in train/dev/test (by count), GATHERING.md, every gather "
          "script and the session-35 pools; Capita names other subjects in the corpus.",
 "truncated": True})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
