#!/usr/bin/env python3
"""Batch 45n (session 46, gatherer 45n): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), a third round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e, 45i; the
congressional press releases of 17a, 45e and 45i), on 45i's leads (members' own house.gov/senate.gov releases of
2011-2012 naming a utility after a storm):
  - Rep. Rosa L. DeLauro's press release (delauro.house.gov, 3 September 2011) and her letter of that day to
    Connecticut Light & Power's President & CEO Jeffrey D. Butler: United Illuminating and Connecticut Light & Power
    restoring power to over 900,000 residents after Tropical Storm Irene;
  - Rep. Peter T. King's press release (peteking.house.gov, 9 November 2012) and his letter of that day to President
    Obama: more than 100,000 Long Island residents still without power nearly two weeks after Sandy, the Long Island
    Power Authority's (LIPA's) restoration 'abysmal';
  - the Connecticut delegation's release on Senator Richard Blumenthal's site (blumenthal.senate.gov; undated in the
    excerpt, the letter dated 4 November 2011): six members ask FERC's Chairman Jon Wellinghoff to investigate
    Connecticut Light & Power and its parent Northeast Utilities after the storm of 29 October 2011.
Texts are the search tool's page-store excerpts (corpus `pages`). Site chrome, headings (-> `title`), sub-headings,
date lines (-> `published`) and a link line left out; single line breaks doubled and trailing spaces dropped
(whitespace only); each cut at the last full sentence before the excerpt breaks off. No word added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45n.py [POOL_DIR] [--dry]   (default /tmp/gather46n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46n/pool"
ORIGIN_H = "US Representative's press release (house.gov) from the search tool page store"
ORIGIN_S = "US Senator's press release (senate.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -ril "
         "over train, dev and test: names of matching files only; for files that matched, only their gold's outages "
         "read), GATHERING.md, every gather script and the session-46 pools /tmp/gather46*/pool: ")
R = []

# ---- CL&P and United Illuminating after Tropical Storm Irene: Rep. DeLauro's letter to Jeffrey D. Butler (2011) ------
U1 = "https://delauro.house.gov/media-center/press-releases/delauro-no-utility-rate-increases-pay-storm-repair"
R.append(federal(
 "us-house-delauro-letter-clp-united-illuminating-irene-rate-increases-2011", U1, "2011-09-03",
 "DELAURO: NO UTILITY RATE INCREASES TO PAY FOR STORM REPAIR",
 "New Haven, CT\u2014 Congresswoman Rosa L. DeLauro (CT-3) called upon United Illuminating and Connecticut Power & "
 "Light to rely upon their insurance policies to recover the costs of recovering from Tropical Storm Irene instead "
 "of raising the state's already high electrical rates.\n\n"
 "\"In the aftermath of Tropical Storm Irene, United Illuminating and Connecticut Light & Power have been working "
 "hard to restore power to the over 900,000 residents who were without it\u2014the largest power outage after a "
 "storm in state history. They have made good progress, restoring power to hundreds of thousands of customers within "
 "days,\" said Congresswoman DeLauro. \"The costs for both companies for this work and their continuing efforts is "
 "significant, but I urge United Illuminating and Connecticut Light & Power to utilize their insurance policies to "
 "cover these costs instead of passing them on to Connecticut residents already struggling to recover from the "
 "storm.\"\n\n"
 "September 3, 2011\n\n"
 "Jeffrey D. Butler President & CEO Connecticut Light & Power PO Box 270 Hartford, Connecticut 06141-0270\n\n"
 "Dear Jeff,\n\n"
 "I am writing to you to share some concerns I have begun to hear from constituents in several towns across my "
 "District as to Connecticut Light & Power's ability under state law to recoup losses via rate increases. While I "
 "know and understand that your first priority remains restoration of power to your customers throughout "
 "Connecticut, I wanted to bring these issues to your attention in the hopes that you may be able to alleviate "
 "these concerns now.\n\n"
 "Tropical Storm Irene caused serious damage throughout the state and seriously impacted your company's ability to "
 "deliver electricity to hundreds of thousands of customers throughout the state.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Rosa L. DeLauro (Connecticut), press release 'DELAURO: NO UTILITY RATE INCREASES TO "
 "PAY FOR STORM REPAIR', 3 September 2011, with her letter of that day to Jeffrey D. Butler, President & CEO of "
 "Connecticut Light & Power, US federal government work (public domain); text from the search tool's page store at "
 + U1,
 ORIGIN_H,
 "A press release of U.S. Representative Rosa L. DeLauro's office on delauro.house.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17a's, 45e's and 45i's "
 "congressional releases). Left out: 'Skip to main content', the heading (kept as `title`, in the page's capitals) "
 "and the date line 'September 3, 2011' under it (-> `published` 2011-09-03; the letter's own date line 'September "
 "3, 2011' kept in the text). Cut after '... to hundreds of thousands of customers throughout the state.', before "
 "'Utilizing all of your own personnel assets, ... much progress has been made in clea', where the excerpt breaks "
 "off (`truncated`; the letter's signature is not in the excerpt). Kept as written: 'New Haven, CT\u2014' (em dash, no "
 "space before it), 'Connecticut Power & Light' in the first sentence (the release's slip for Connecticut Light & "
 "Power, as it writes it three times after), the em dash of 'without it\u2014the largest', the straight quotes and "
 "apostrophes, the address block on one line as the excerpt has it, 'is significant' after 'The costs'. 273 words. "
 "One text per event: Senator Blumenthal's letter to Butler after Irene (newhavenindependent.org's copy, not the "
 "senate.gov page) and a Connecticut state senators' letter (ctsenaterepublicans.com: a state text) left out. Found "
 "with 'Congressman letter Connecticut Light and Power October 2011 snowstorm outages restoration' (rank 6) and "
 "'DELAURO: NO UTILITY RATE INCREASES TO PAY FOR STORM REPAIR United Illuminating insurance Tropical Storm Irene' "
 "(rank 1). "
 + CHECK + "'Connecticut Light', 'CL&P', 'Northeast Utilities', 'Jeffrey D. Butler', 'delauro.house.gov': 0 in corpus "
 "files, scripts, pools and GATHERING.md; 'United Illuminating' and 'DeLauro' only in batch 45e's test "
 "us-senate-murphy-ct-delegation-letter-pura-eversource-isaias-outages-2020 (Tropical Storm Isaias, 2020; its gold's "
 "one outage is Eversource's; 'Hurricane Irene' named there only as a past storm, no outage told) and its scripts; "
 "'Irene' otherwise in test us-nps-hurricane-irene-cape-hatteras-power-radio-out-morning-report-2011 (its outage has "
 "no provider, at Cape Hatteras NS: another event) and unrelated files (a person's name).", True))

# ---- LIPA after Sandy: Rep. Peter T. King's letter to President Obama (9 November 2012) ------------------------------
U2 = ("https://peteking.house.gov/media-center/king-on-the-issues/chairman-king-calls-on-obama-administration-to-"
      "provide-comprehensive")
R.append(federal(
 "us-house-king-letter-obama-lipa-sandy-power-restoration-2012", U2, "2012-11-09",
 "Chairman King Calls on Obama Administration to Provide Comprehensive Power-Restoration Plan which LIPA Must Follow",
 "Washington, D.C. \u2013 Today, Rep. Peter T. King (R-NY), Chairman of the House Committee on Homeland Security, "
 "called on the Obama Administration to take the lead role in restoring power to areas of Long Island devastated by "
 "Sandy in the wake of the Long Island Power Authority\u2019s (LIPA) failure to do so.\n\n"
 "Nearly two weeks after the storm, more than 100,000 residents remain without power, and LIPA has been tragically "
 "incapable of communicating with the suffering residents.\n\n"
 "In a letter to President Obama, Chairman King asked that the \u201cAdministration harness all Federal resources to "
 "restore power and develop a clear restoration plan and communications structure to be strictly adhered to by the "
 "Long Island Power Authority (LIPA).\u201d  In the letter, Chairman King wrote that \u201cLIPA\u2019s power "
 "restoration efforts have been abysmal.\u201d\n\n"
 "The text of the letter to President Obama follows:\n\n"
 "November 9, 2012\n\n"
 "The Honorable Barack Obama\n\n"
 "President of the United States\n\n"
 "The White House\n\n"
 "1600 Pennsylvania Avenue, NW\n\n"
 "Washington, DC 20500\n\n"
 "Dear President Obama:\n\n"
 "I am formally requesting that your Administration harness all Federal resources to restore power to the hurricane "
 "ravaged areas of Long Island and develop a clear restoration plan and communications structure to be strictly "
 "adhered to by the Long Island Power Authority (LIPA) to provide Long Island residents with the power and "
 "information they deserve and need.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Peter T. King (New York), press release 'Chairman King Calls on Obama Administration "
 "to Provide Comprehensive Power-Restoration Plan which LIPA Must Follow', 9 November 2012, with his letter of that "
 "day to President Barack Obama, US federal government work (public domain); text from the search tool's page store "
 "at " + U2,
 ORIGIN_H,
 "A press release of U.S. Representative Peter T. King's office on peteking.house.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17a's, 45e's and 45i's "
 "congressional releases). Left out: the menu labels 'Mobile Menu - OpenMobile Menu - Closed', the site's name "
 "'Congressman Pete King' and 'Representing the 2nd District of New York', the heading (kept as `title`), the date "
 "line 'Nov 9, 2012' (-> `published` 2012-11-09, which the letter's own 'November 9, 2012' confirms), the "
 "sub-heading 'King: Long Island Power Authority\u2019s \u201cpower restoration efforts have been abysmal\u201d' (its "
 "quotation is in the kept text) and the link line 'The signed letter from Chairman King to President Obama is "
 "available HERE' (a link to the signed copy, no sentence of the release). The address block's line breaks "
 "doubled, trailing spaces dropped (whitespace only); the double space after '(LIPA).\u201d' kept as the excerpt has "
 "it. Cut after '... the power and information they deserve and need.', before 'While I appreciate the significant "
 "efforts made by Homeland Security Secretary Napolitano, ... and others i', where the excerpt breaks off "
 "(`truncated`). Kept as written: the en dash of the dateline, the curly quotes and apostrophes, 'hurricane ravaged' "
 "(no hyphen). 222 words. One text per event: the Associated Press story 'Congressmen: Army Corps should help LI get "
 "power' (on King's site as the UNT web archive holds it, and on finance.yahoo.com, nbcnewyork.com, "
 "theyeshivaworld.com: AP's work, not federal), Nassau County Executive Mangano's release (a county text), Rep. "
 "Steve Israel's letter (votesmart.org copy) and longislandpress.com left out. Found with 'house.gov press release "
 "LIPA Long Island Power Authority Hurricane Irene outages Congressman' (rank 1) and 'Chairman King LIPA power "
 "restoration abysmal letter President Obama Sandy Long Island' (rank 1). "
 + CHECK + "'Peter T. King', 'Pete King', 'peteking.house.gov', 'Homeland Security' with LIPA: 0 in corpus files, "
 "scripts and pools; 'Long Island Power Authority'/'LIPA' in train wp-long-island-lighting-company (its gold's one "
 "outage is LILCO's after Hurricane Gloria, 1985: another provider and event; LIPA only as the buyer of Shoreham) "
 "and otherwise only inside other words ('Alipay' texts); 'Sandy' in corpus files only as a past storm or another "
 "matter (no outage of LIPA's in any gold read), in GATHERING.md only in not-used lines (JCP&L after Sandy).", True))

# ---- CL&P after the storm of 29 October 2011: the Connecticut delegation's letter to FERC (blumenthal.senate.gov) -----
U3 = ("https://blumenthal.senate.gov/newsroom/press/release/delauro-lieberman-blumenthal-courtney-murphy-himes-call-"
      "for-investigation-into-clandp-storm-response-")
R.append(federal(
 "us-senate-blumenthal-ct-delegation-letter-ferc-clp-northeast-utilities-october-storm-2011", U3, None, None,
 "New Haven, CT \u2013 Six members of the Connecticut Congressional Delegation called for an investigation today into "
 "the response of Connecticut Light & Power and its parent company, Northeast Utilities, to the October 29 storm that "
 "left more than 2 million households without power, including over 850,000 in Connecticut. Six days later, there "
 "are still approximately 300,000 without power in the state.\n\n"
 "The letter calls for Jon Wellinghoff, the Chairman of the Federal Energy Regulatory Commission, to investigate "
 "whether Connecticut Light & Power and Northeast Utilities violated the Energy Policy Act of 2005 by restoring "
 "power to other northeast states more quickly than in Connecticut.\n\n"
 "\u201cWe are also deeply troubled by the reliability of the electric system in Connecticut, as this is the second "
 "major power disruption in the last two months. It has also come to our attention that utility customers in the "
 "State of Connecticut waited longer than any other state to have their power restored,\u201d the letter states. "
 "\u201cAs a result, we request that you investigate Connecticut Light & Power and Northeast Utilities for any "
 "potential violations of Section 215 of the Federal Power Act.\u201d\n\n"
 "The text of the letter is below:\n\n"
 "November 4, 2011\n\n"
 "The Honorable Jon Wellinghoff\n\n"
 "Chairman\n\n"
 "Federal Energy Regulatory Commission\n\n"
 "888 First Street, NE\n\n"
 "Washington, DC 20426\n\n"
 "Dear Chairman Wellinghoff:\n\n"
 "As you are aware, the winter storm that ravaged the Northeast on October 29, 2011 left millions of households and "
 "business across the region without power. This disruption to our power system stopped commerce and left millions "
 "of our constituents vulnerable to freezing temperatures. We are also deeply troubled by the reliability of the "
 "electric system in Connecticut, as this is the second major power disruption in the last two months. It has also "
 "come to our attention that utility customers in the State of Connecticut waited longer than any other state to "
 "have their power restored.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Richard Blumenthal (Connecticut), press release of six members of the Connecticut "
 "Congressional Delegation (DeLauro, Lieberman, Blumenthal, Courtney, Murphy, Himes, as the address names them) "
 "calling for an investigation into CL&P's storm response, with their letter of 4 November 2011 to Jon Wellinghoff, "
 "Chairman of the Federal Energy Regulatory Commission, US federal government work (public domain); text from the "
 "search tool's page store at " + U3,
 ORIGIN_S,
 "A press release on Senator Richard Blumenthal's site blumenthal.senate.gov (a work of Members of Congress's staff "
 "in their official duties: a US federal work, public domain, as batch 17c's and 45e's senate.gov releases). "
 "`published` null: the stored excerpt opens at the dateline 'New Haven, CT' and carries no date line (the release "
 "says 'today' and 'Six days later' after 'the October 29 storm', and the letter is dated 'November 4, 2011', so by "
 "its content the release is of 4 November 2011 -- doubtful: the lead may set 2011-11-04; kept null as batch 45e's "
 "undated Murphy release). `title` null: no heading in the stored text (the address slug reads 'delauro lieberman "
 "blumenthal courtney murphy himes call for investigation into clandp storm response'; not used, its casing and "
 "punctuation not known). The excerpt's single line breaks doubled (whitespace only). Cut after '... to have their "
 "power restored.', before 'As a result, we request tha', where the excerpt breaks off (`truncated`; the letter's "
 "signatures are not in the excerpt). Kept as written: the en dash of the dateline, the curly quotes, 'households "
 "and business', 'October 29, 2011 left' (no comma). 314 words. One text per event: Senator Blumenthal's statement "
 "'CL&P's Failure to Meet Sunday Deadline Shreds Credibility' and his blog post 'Two Storms, Three Months and "
 "Thousands Left Without Power' (blumenthal.senate.gov: the same storm and provider, so the same event) left out, as "
 "are the copies and stories of ctnews.com, dailyvoice.com, patch.com, ctnow.com, sun-sentinel.com and cbsnews.com. "
 "Found with 'Congressman letter Connecticut Light and Power October 2011 snowstorm outages restoration' (rank 4). "
 + CHECK + "'Connecticut Light', 'CL&P', 'Northeast Utilities', 'October 29, 2011', 'clandp': 0 in corpus files, "
 "scripts, pools and GATHERING.md; 'Wellinghoff' only in train us-ferc-nerc-joint-inquiry-southwest-power-outage-2011 "
 "(the Southern California outage of 8 September 2011, provider null: another event); 'blumenthal.senate.gov' in "
 "train us-senate-blumenthal-release-newark-philadelphia-tracon-telecommunications-issue-2025 (another matter) and "
 "batch17c.py; 'the October 2011 snowstorm' and 'the 2011 Nor\u2019easter' named in batch 45e's test Murphy text only "
 "as past storms (its gold's one outage is Eversource's after Isaias, 2020; no outage of 2011 told) -- the storm is "
 "named there but its outage is not in any gold, so the event is new to the corpus (doubtful, noted for the lead). "
 "CL&P's Irene outage, this round's DeLauro text, is another event of the same provider.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
