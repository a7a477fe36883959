#!/usr/bin/env python3
"""Batch 31c (session 32; helper gather32c): outages, a fourth round of the lane of batches 27c, 29c and 30c — a
communications satellite's loss that cut pager, wire-service and network feeds (Galaxy IV, operated by PanAmSat
Corporation, 19 May 1998; a Wikipedia copy), Britain's power cuts of 27 May 2008 after two power stations dropped out
(a Lords oral question of 23 June 2008 on hansard.parliament.uk), the loss of gas supply to 28,000 premises in northern
New Mexico in February 2011 (a Representative's letter to FEMA's regional administrators as Vote Smart reproduces it;
no operator named) — and a near-miss (the Howard Street Tunnel fire in Baltimore, 18 July 2001: a derailment and
chemical fire that slowed Internet service and disrupted rail service, no service said lost to a named operator's
failure; en.wikipedia.org as the page store holds it).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. Written before newskg
ran on any text of the batch (and newskg was not run on them by this helper at all).
usage: batch31c.py [POOL_DIR] [--dry]   (default /tmp/gather32c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32c/pool"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-galaxy-iv", "Galaxy IV", "http://image.absoluteastronomy.com/topics/Galaxy_IV",
 "Galaxy IV was a model HS-601 satellite built by Hughes Space and Communications Company (HSC). The satellite, which "
 "carried a payload of both C band and Ku band transponders, was launched on June 24, 1993 and operated by PanAmSat "
 "Corporation.\n\n"
 "Control of Galaxy IV was lost on May 19, 1998 when the satellite's primary control processor failed. The backup "
 "control processor had suffered a previously undetected anomaly, and PanAmSat was not able to regain control of the "
 "spacecraft. Galaxy IV was declared a loss on May 20, 1998. Failure of the primary control processor was attributed "
 "to tin whisker growth, a phenomenon in which tendrils grow from solder, causing an electrical short circuit. "
 "Engineers believe that a hole developed in the conformal wax coating over the solder, allowing whiskers to "
 "develop.\n\n"
 "The loss of this satellite was very disruptive to telecommunications in the United States. Pagers were affected "
 "greatly; service was not restored for days. Wire news services, like Reuters, were also affected. The TV network "
 "CBS had to use alternate means of transmitting its programs, as did NPR.\n\n"
 "At the time of failure, Galaxy IV was in geostationary orbit at 99\u00b0W. This orbital slot was briefly occupied by "
 "Galaxy 4R, and is now occupied by the Galaxy VI satellite. Galaxy IV remains in space.",
 "telecommunications/satellite", ["outage"],
 "An AbsoluteAstronomy copy ('Encyclopedia' topic page) of the Wikipedia article as the page store holds it: the "
 "page's 'Galaxy IV' and 'Encyclopedia' lines cut; the copy breaks a line before and after every linked word ('C "
 "band' / 'and Ku band' / 'transponder' / 's,', 'PanAmSat' / 'Corporation', 'tin whisker' / 'growth', 'United "
 "States' / '.', 'Pager' / 's', 'Reuters' / ',', 'CBS' / 'had', 'orbit' / 'at', 'Galaxy 4R' / ',') — those breaks "
 "joined with a space or, inside a word or before punctuation, with none ('transponders', 'Pagers', 'States.', "
 "'Reuters,', '4R,'; no letter added or changed); paragraph breaks kept where the copy starts a new line at a "
 "sentence ('Control of', 'The loss of', 'At the time of'; the theinfolist copy heads the second with 'Failure'); cut "
 "after 'Galaxy IV remains in space.', before the copy's appended glossary entries ('C band / The C band is a name "
 "given ...', 'Ku band ...', 'Transponder ...'), which are not the article's text (`truncated`). Kept as written: "
 "'99\u00b0W', 'as did NPR'. The page store's other copies (theinfolist.com with glossary text inlined in every "
 "sentence; wikisum.wiki, a summary) left out. Recorded CC BY-SA 3.0: AbsoluteAstronomy's topic pages copy "
 "Wikipedia text from before Wikimedia's June 2023 move to 4.0 (doubtful: no revision id or copy date in the "
 "excerpt; the copy site's own terms not found in the page store). Galaxy IV, PanAmSat, Hughes Space/Electronics, HS-601, Galaxy VI, 'Galaxy "
 "4', pager: 0 in train/dev/test (a dev file says 'pager' on another topic) and in GATHERING.md.", "US",
 v3=True, copy_of="the Wikipedia article, via AbsoluteAstronomy"))

LORDS08 = "https://hansard.parliament.uk/Lords/2008-06-23/debates/0806233000005/EnergyElectricitySupplies"
R.append({"id": "hansard-lords-energy-electricity-supplies-2008", "source": LORDS08,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Lords, oral question, 'Energy: Electricity Supplies', Volume 702, "
                f"debated on Monday 23 June 2008; text as at {LORDS08}",
 "published": "2008-06-23", "title": "Energy: Electricity Supplies",
 "text":
 "Why electricity supplies were disrupted on 27 May, in consequence of which the National Grid issued a \u201cdemand "
 "control imminent\u201d warning.\n\n"
 "My Lords, the precise causes of the disruption are being investigated by National Grid. The immediate causes were "
 "near-simultaneous, unscheduled outages at Sizewell B and Long Gannet power plants. The resulting disturbances to the "
 "supply/demand balance triggered an automatic response designed to cut demand and preserve the integrity of the "
 "system as a whole. The action was sufficient to stabilise the system, but supplies to about half a million "
 "customers were cut off. Most were restored within an hour.\n\n"
 "My Lords, I thank the noble Baroness for her reply. With the enormous rise in energy prices, coupled with our need "
 "to buy from abroad because of our short supply of gas storage and the imminent loss of nearly 90 per cent of our "
 "nuclear capability, will she explain how we can avoid such a thing ever happening again? When will the Government "
 "proactively consider and encourage new nuclear build so that we never again have to go abroad with a begging bowl "
 "because we are short of supplies in this country?\n\n"
 "My Lords, perhaps I should explain that the outages were not related to generating capacity. The generating "
 "margin, which is the capacity over peak demand at any time, is currently 26 per cent, which is historically very "
 "high. It was 19 per cent in 1997. The outages were caused by system and other outages and errors that are "
 "currently being investigated. Nevertheless, the noble Baroness makes a valid point about the need to ensure that "
 "we can have new nuclear on stream effectively and efficiently. I assume that the noble Baroness and her noble "
 "friends will be supporting the Planning Bill, which is essential to ensure that we can get planning support.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, Hansard (hansard.parliament.uk; page store)",
 "notes": "The page store's excerpt of the Hansard page: the page chrome ('Skip to main content'), the heading "
          "'Energy: Electricity Supplies' (kept as the title) and the line 'Volume 702: debated on Monday 23 June "
          "2008' (kept as `published` and in the attribution) cut; the question's opening fragment 'asked Her "
          "Majesty\u2019s Government:' cut (the page gives it without the asking peer's name, as the speaker lines of "
          "the earlier Hansard items were cut), so the text starts with the question's words 'Why electricity "
          "supplies were disrupted ...'; cut after '... we can get planning support.', before 'My Lords, does not my "
          "noble friend welcome the Ques', where the excerpt breaks off (`truncated`). No speaker is named in the "
          "excerpt (the minister is 'the noble Baroness'). Kept as written: 'Long Gannet' (the station usually spelt "
          "Longannet), 'supply/demand balance'. Longannet, 'Long Gannet', 'demand control imminent', Sizewell B with "
          "27 May or 2008: 0 in train/dev/test (Sizewell names a dev file and a test file on Sizewell C, other "
          "topics) and in GATHERING.md (Sizewell only as Sizewell C); batch 17a's 2008 and the 2003 London "
          "blackout (dev) are other events.",
 "truncated": True})

VS = ("https://votesmart.org/public-statement/599636/lujan-continues-to-seek-answers-in-wake-of-natural-gas-outage-as-"
      "northern-new-mexicans-still-struggle-to-recover")
LUJAN_T = ("Luj\u00e1n Continues to Seek Answers in Wake of Natural Gas Outage as Northern New Mexicans Still Struggle "
           "to Recover")
R.append({"id": "us-house-lujan-letter-fema-natural-gas-outage-new-mexico-2011", "source": VS,
 "licence": "public domain (US federal government work)",
 "attribution": "U.S. Representative Ben Ray Luj\u00e1n (New Mexico), letter to the Regional Administrators of "
                f"FEMA Region VI, '{LUJAN_T}', 2011 (undated in the excerpt), US federal government work (public "
                f"domain); text as at {VS} (Vote Smart's copy)",
 "published": None, "title": LUJAN_T,
 "text":
 "Dear Administrators Russell and Olivarez,\n\n"
 "As you are both aware, my constituents in Northern New Mexico are still struggling with the lingering effects of "
 "the extreme winter weather that paralyzed the region in early February. When temperatures fell to historic lows, "
 "sometimes below negative 30 degrees Fahrenheit, a disruption in the state's natural gas infrastructure led to "
 "28,000 homes, businesses and public buildings losing their gas supply.\n\n"
 "In the absence of natural gas, buildings throughout the region lost their heat supply and suffered extensive "
 "damage from frozen pipes bursting and flooding. County and municipal governments managed to open 20 shelters "
 "across the state despite their already-stretched budgets and the effects of the cold upon their own resources.\n\n"
 "On February 24, 2011, I joined my colleagues in the New Mexico Congressional Delegation to request that President "
 "Obama declare a Major Disaster for Public Assistance in the counties of Taos, Bernalillo, Dona Ana, Rio Arriba, "
 "Socorro, Otero, Sandoval, Sierra, and Lincoln as well as the Tribal governments of Taos Pueblo, Santa Clara Pueblo, "
 "Santa Ana Pueblo, San Felipe Pueblo and the Mescalero Apache Tribe in support of Governor Martinez's request from "
 "the preceding day.",
 "sector": "utilities/gas", "region": "US", "topics": ["outage"],
 "origin": "US House of Representatives member's letter, third-party copy (Vote Smart; page store)",
 "notes": "Vote Smart's public-statement page as the page store holds it: the search form and category lines, the "
          "page heading ('Letter to the Hon. Tony Russell, Regional Administrator of the Region VI Federal Emergency "
          "Management Agency, and the Hon. Yolanda Garcia Olivarez, Regional Administrator of the Region VI Federal "
          "Emergency Management Agency - ' before the release title, which is kept as `title`) and 'Location: "
          "Washington, DC' cut, so the text is the letter from its salutation; cut after '... from the preceding "
          "day.', before 'On March 24, the President granted this request for ...', whose sentence the excerpt "
          "breaks off ('Rio Arriba Co', `truncated`). The letter is undated in the excerpt (written after 24 March "
          "2011): `published` null. Public domain as batch 17a's members' letters (a Representative's official "
          "letter; the third-party host adds no text to the excerpt). No operator is named: the gas outage of "
          "early February 2011 is the one batch 30c's Southwest blackout text does not tell (another event, "
          "electricity, September 2011). New Mexico Gas, Bingaman, Taos, Mescalero, Olivarez, Espanola, Rio "
          "Arriba: 0 in train/dev/test and in GATHERING.md.",
 "truncated": True})

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(wp("wp-howard-street-tunnel-fire", "Howard Street Tunnel fire",
 "https://en.wikipedia.org/wiki/Howard_Street_Tunnel_fire",
 "The Howard Street Tunnel fire (also known as the Baltimore Freight Rail Crash) began on July 18, 2001, in a railroad "
 "tunnel under Howard Street in Baltimore, Maryland. The derailment of a 60-car CSX Transportation freight train in "
 "the through-route Howard Street Tunnel sparked a chemical fire that raged for five or six days. The fire slowed "
 "Internet service in the US for a few hours; ruptured a water main, flooding the streets above; virtually shut down "
 "downtown Baltimore for several days; and disrupted East Coast rail service for several weeks.\n\n"
 "Around 3 p.m. on July 18, 2001, an eastbound 60-car train operated by CSX was moving through the Howard Street "
 "Tunnel, a 1.7-mile tunnel under downtown Baltimore.\n\n"
 "The 45th and 46th cars separated, and cars 46 through 56 derailed at 3:08 p.m. The 52nd car, a tank car loaded "
 "with tripropylene, ruptured and the liquid chemical caught fire, which spread to adjacent cars carrying paper, "
 "pulpwood, and plywood. Another tank car ruptured, eventually releasing 2554 gal of hydrochloric acid.\n\n"
 "The train's emergency brakes came on when the cars separated, but the crew didn't realize that a derailment had "
 "taken place. Around 3:26, they moved the locomotives out of the tunnel.\n\n"
 "Around 4 p.m., smoke was seen coming from a sewer near the intersection of Howard and Lombard Streets, and the fire "
 "department was notified. Smoke later emerged from the ends of the tunnel and from several manholes. Around 6:15 a "
 "40-inch cast iron water main above the tunnel burst due to deformation, eventually releasing about 14000000 gal of "
 "water. The fire burned for about 5 days.",
 "transport/rail", ["near-miss"],
 "en.wikipedia.org as the page store holds it (a current rendering with '= title =' and '==section==' marks): the "
 "title line, the infobox lines ('Location: Baltimore, Maryland', 'Country', 'Line', 'Operator: CSX "
 "Transportation', 'Type: Derailment', 'Trains', 'Deaths', 'Injuries') and the heading '==The derailment and fire==' "
 "cut; cut after 'The fire burned for about 5 days.', before 'A three-year investigation by the National "
 "Transportation Safety Board was unable to find the cause of the a', where the excerpt breaks off (`truncated`). "
 "Kept as written: '2554 gal', '14000000 gal' (the rendering's unit templates without their conversions), 'Around "
 "6:15' (no a.m./p.m.), 'the crew didn't realize'. Near-miss: a derailment and fire (a physical accident) that "
 "'slowed Internet service' (no service said lost, no operator named in the excerpt) and disrupted rail service; "
 "the page store's wikisum.wiki summary (naming WorldCom's severed cable) and its clateway copy left out (one text "
 "per event; wikisum is a summary, not the article). Content of 2024 or later (the current rendering): CC BY-SA "
 "4.0. Howard Street, Lombard, tripropylene, Baltimore Freight Rail Crash: 0 in train/dev/test and in "
 "GATHERING.md; CSX names a dev file on another event (batch 26a's Silver Star collision).", "US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
