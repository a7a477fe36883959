#!/usr/bin/env python3
"""Batch 17e: outages caused by cyberattacks — a borough council's IT systems lost to a ransomware attack (Redcar and
Cleveland, 8 February 2020) told in a UK Parliament joint committee report, a meat processor's plants knocked out by
a ransomware attack (JBS USA, June 2021) told with the Colonial Pipeline and Kaseya attacks in a House committee
leader's remarks — and one near-miss (a House committee's announcement of its hearing after the ransomware attack on
Colonial Pipeline's networks, which tells the attack but no lost service). Openly licensed public records: UK
Parliament (Open Parliament Licence v3.0) and US federal government works (public domain; a House committee's
release as The Federal Newswire reproduces it, and a House committee's minority release). Every text is the search
tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was cut
it ends at the last full sentence kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch17e.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, LICENCES, OPL_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"


def rec(id, url, published, title, kind, text, sector, region, topics, notes, lic, origin, truncated=True):
    """One pool record; `kind` names the author and the kind of item (used in the attribution)."""
    on = f", {published}" if published else ""
    att = {"PD": f"{kind}, '{title}'{on}, US federal government work (public domain); text as at {url}",
           "OPL": f"{OPL_NOTICE}. {kind}, '{title}'{on}, {url}"}[lic]
    return {"id": id, "source": url, "licence": LICENCES[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- UK Parliament: a joint committee's report ------------------------------------------------------------------
R.append(rec("uk-parliament-jcnss-report-ransomware-redcar-and-cleveland-council-2023",
 "https://publications.parliament.uk/pa/jt5804/jtselect/jtnatsec/194/report.html",
 "2023-12-13", "A hostage to fortune: ransomware and UK national security",
 "Joint Committee on the National Security Strategy, First Report of Session 2023–24",
 "On Saturday 8 February 2020, the Leader of Redcar and Cleveland Borough Council received an ominous phone call. A member of Councillor Mary Lanigan’s IT team had accessed the Council’s system and thought that something didn’t “look right”. Their instincts were right: the Council had suffered a “catastrophic” ransomware attack and had lost “everything”. Social workers were unable to access its systems for managing children’s services, including reports about children from concerned members of the public. Councillor (Cllr) Lanigan told us that the Council had “no telephone, no emails, no functioning computers, no laptops, the printers would not work and, crucially, there were no records or documents”. The Council refused to pay the ransom, in part to protect other local authorities from similar attacks. Cllr Lanigan told us that its recovery took eight and a half months:\n\n"
 "You can imagine the devastation. I had staff running about with pieces of paper. We brought in another telephone system that we could use, but that took time. It was catastrophic, for the Council and for the residents we serve across the board.\n\n"
 "Cllr Lanigan’s experiences will be familiar to many organisations and institutions across the UK. Our inquiry has found that ransomware—identified by the Government as the UK’s foremost cyber security risk—has wrought devastating damage on countless victims and poses a major threat to the UK’s national security.",
 "government/local council IT", "non-US", "outage",
 "The opening of chapter 1 ('Introduction') of the committee's report; the page chrome before it (report heading, kept as title, 'This is a House of Commons Committee report ...', author, inquiry and 'Date Published: 13 December 2023', kept as `published`; 'Download and Share', 'Contents', '1 Introduction'), the paragraph numbers '1.' and '2.' and the footnote markers '1', '2' and '3' left out; the quoted evidence kept as its own paragraph. Cut at the last full sentence of paragraph 2 (the excerpt stops inside its next sentence). Redcar and Cleveland Borough Council's ransomware attack of 8 February 2020 is new to the corpus (earlier batches found it only in news copies).",
 "OPL", "UK Parliament, committee report on publications.parliament.uk (page store)"))
# ---- US federal: a House committee leader's remarks ---------------------------------------------------------------
R.append(rec("us-house-energy-commerce-rodgers-remarks-ransomware-colonial-jbs-kaseya-2021",
 "https://thefederalnewswire.com/stories/620283432-rodgers-we-must-ensure-america-can-defend-against-cyber-attacks",
 "2021-07-20", "Rodgers: We Must Ensure America can Defend Against Cyber Attacks",
 "House Committee on Energy and Commerce Republicans, press release with the Republican Leader's remarks (as The Federal Newswire reproduces it)",
 "Washington, D.C. - House Energy and Commerce Committee Republican Leader Cathy McMorris Rodgers (R-WA) today delivered remarks on the uptick in recent cyber and ransomware attacks and the need for thoughtful, decisive action.\n\n"
 "Key from her remarks:\n\n"
 "“I caution this administration and this Congress from consolidating cyber at one agency. Doing so is a wrong and dangerous approach because it weakens an agency’s ability to leverage their expertise in cyber preparedness for their specific and unique sectors.\n\n"
 "“I urge the Biden Administration to lean on that expertise.\n\n"
 "“Director Easterly, I urge you to rely on your colleagues at HHS, DOE, the FCC, the FTC, DOT, and others to address cyber threats in their sectors.\"\n\n"
 "More excerpts and highlights from her remarks:\n\n"
 "RISE IN CYBER ATTACKS\n\n"
 "“In recent months, we have seen a significant increase in ransomware attacks coming from Russia.\n\n"
 "“In May, DarkSide - a ransomware group operating out of Russia - attacked the Colonial Pipeline - which accounts for about 45 percent of the East Coast’s fuel.\n\n"
 "“In June, REvil - another ransomware group operating in Russian - attacked JBS USA, which temporarily knocked out plants that process roughly one-fifth of our nation’s meat supply.\n\n"
 "“Earlier this month, REvil executed another ransomware attack. This time on American IT management software company Kaseya - which affected hundreds of businesses across the globe.\n\n"
 "“While President Putin may not be directly connected to these attacks, he refuses to crack down on them.",
 "food/meat processing; energy/pipelines; IT software", "US", "outage",
 "The House Energy and Commerce Committee's press release of 20 July 2021 as reproduced in full by The Federal Newswire; the Newswire's own lines (the repeated heading and 'The following press release was published by the House Committee on Energy and Commerce on July 20, 2021. It is reproduced in full below.') left out, the heading kept as title and the date as `published`; the remarks' quotation marks (an opening mark at each quoted paragraph, a straight closing mark once, 'operating in Russian') kept as printed. Cut before the Psaki quotation and the closing line, whose end the excerpt cuts off. JBS USA's plants knocked out by a ransomware attack (June 2021), the Colonial Pipeline attack (May 2021) and the Kaseya attack (July 2021) are new to the corpus; the Colonial attack is also told in this batch's House Homeland Security release (train/dev after the split).",
 "PD", "US House committee release, copy on thefederalnewswire.com (page store)"))
# ---- near-miss: a House committee's hearing announcement ----------------------------------------------------------
R.append(rec("us-house-homeland-security-hearing-colonial-pipeline-ransomware-2021",
 "https://democrats-homeland.house.gov/news/press-releases/homeland-security-committee-announces-hearing-with-colonial-pipeline-ceo-after-ransomware-cyber-attack",
 "2021-05-20", "Homeland Security Committee Announces Hearing with Colonial Pipeline CEO After Ransomware Cyber Attack",
 "House Committee on Homeland Security (Chairman), press release",
 "(WASHINGTON) – Today, Rep. Bennie G. Thompson (D-MS), Chairman of the House Committee on Homeland Security, announced that the Committee will hold a full Committee hearing on June 9 with the CEO of the Colonial Pipeline as part of its ongoing oversight of the cybersecurity of our critical infrastructure after the ransomware attack on the company’s networks last week.\n\n"
 "Full Committee Virtual Hearing: Cyber Threats in the Pipeline: Using Lessons from the Colonial Ransomware Attack to Defend Critical Infrastructure\n\n"
 "Date: June 9, 2021 at 12pm EDT\n\n"
 "Witness: Colonial Pipeline CEO Joseph Blount\n\n"
 "Additional Homeland Security Committee oversight actions on this attack:\n\n"
 "On Tuesday, May 11, Committee leaders, along with Transportation and Infrastructure Committee leaders, sent a bipartisan letter to White House National Security Advisor Jake Sullivan requesting an interagency briefing on the Federal response to the attack.\n\n"
 "On Monday, May 17, the Committee, along with the Oversight and Reform Committee, held a staff level briefing with Colonial Pipeline.\n\n"
 "On Tuesday, May 18, the Committee held a classified threats briefing for Full and Subcommittee Chairs and Ranking Members with DHS, FBI, and ODNI that focused on the Colonial Pipeline attack.\n\n"
 "On Wednesday, May 19, the Committee, along with the Transportation and Infrastructure Committee, held a joint interagency Member briefing with CISA, TSA, and FBI that was requested on May 11.\n\n"
 "On Thursday, May 20, the Committee met with officials from the Colonial Pipeline Company to discuss the ransomware attack in advance of the June 9, 2021 hearing.",
 "energy/pipelines", "US", "outage",
 "The committee's press release; the site chrome ('Skip to primary navigation Skip to content'), the date line 'May 20, 2021' (kept as `published`), the heading (kept as title) and the link line 'Latest info, witness list, and livestream available here.' left out; the list's bullet marks left out, each item kept as its own paragraph (whitespace only). Cut before the chairman's quotation, which the excerpt cuts off. Near-miss: the text tells the ransomware attack on Colonial Pipeline's networks but no lost service or shutdown.",
 "PD", "US House committee website (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
