#!/usr/bin/env python3
"""Batch 33b (session 34; helper gather34b): outages told as news, the lane of batches 32c, 32f and 32m, this round
asked to take Wikinews stories (via the AMALGUM corpus or the page store) and US federal releases. The Wikinews
sources gave nothing usable in this session (32 further AMALGUM `out/news` documents drawn and read, none with an
outage; the toscaData dump's outage items all used; the page store holds almost no en.wikinews.org article pages),
so all four texts are US Federal Communications Commission documents (US federal government works, public domain)
from a part of the FCC's record the corpus had not drawn on: Enforcement Bureau outage-reporting and 911-delivery
cases of 2010-2020 (notices of apparent liability and consent-decree orders) and one Bureau news release of 2015:
  - Hamilton Relay, InnoCaption and Sprint Corp. unable to relay 911 calls made through captioned-telephone
    applications for periods of 5 weeks to about 10 months (news release of 24 September 2015);
  - Alpheus Communications' significant disruption in its network services, reported late (notice of apparent
    liability of July 2010);
  - Verizon's significant disruption in its network services, its final outage report not true and complete
    (notice of apparent liability of July 2010);
  and one near-miss: Logix Communications' late outage reports (order adopting a consent decree, 30 November 2020),
  the outages themselves not told.
Norlight's outage-reporting order of November 2010 (DA 10-2181) was prepared and then left out: its text is the
Enforcement Bureau's standard consent-decree order, sharing 24-43 eight-word shingles with five train/dev orders
(43 with the Level 3 2012 order in train), a near-duplicate of a kind the corpus has.
Every text is the search tool's page-store excerpt (corpus `pages`: the first ~2,000 characters of a page), never a
whole page; read from docs.fcc.gov's plain-text renderings (.txt) except the news release (transition.fcc.gov's
converted HTML page). Left out as batches 15f, 16a2 and 32m did: the caption block (case name, file and account
numbers, the bracket column; kept in `title`), the 'Adopted: ... Released: ...' line (kept as `published`, the
release date), the 'By the Chief, Enforcement Bureau:' line, section headings ('I. INTRODUCTION', 'II.
BACKGROUND'), paragraph numbers, footnote markers and the footnote texts the .txt renderings run into the body; the
news release's page chrome ('Click here for ...', the conversion notice, 'Media Contact: ...', 'For Immediate
Release') and its headline (kept as `title`). A text is cut at the last full sentence before its excerpt breaks off
or runs into footnotes (`truncated`). No word added or changed (the renderings' own slips kept: 'Commission s',
'Logix s' where the Logix rendering dropped the apostrophe; 'this vital services'). Per-item notes in `notes`.
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch33b.py [POOL_DIR] [--dry]   (default /tmp/gather34b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34b/pool"
ORIGINS = {"PD": "U.S. Federal Communications Commission, docs.fcc.gov (page store)"}
DOCS = "https://docs.fcc.gov/public/attachments/"
CHECK = ("The case's names, file number and DA number: 0 in train/dev/test (test by script count only), "
         "GATHERING.md, every gather script, the /work/notes files and the other session-34 pools "
         "(/tmp/gather34a, d, e at the time; 34a holds Hansard and Dáil outage items, other events).")


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(rec(
 "fcc-hamilton-innocaption-sprint-ip-cts-911-calls-2015",
 "https://transition.fcc.gov/eb/News_Releases/DOC-335466A1.html",
 "2015-09-24", "Hamilton, InnoCaption, & Sprint Admit Failing to Properly Handle IP CTS 911 Calls",
 "Enforcement Bureau news release",
 "WASHINGTON, September 24, 2015 - The Federal Communications Commission's Enforcement Bureau today reached "
 "settlements totaling $1.4 million with Hamilton Relay, InnoCaption, and Sprint Corp., resolving investigations "
 "into the companies' inability to handle 911 calls through applications used by callers who are hard of hearing. "
 "Over periods varying from 5 weeks to approximately 10 months, the companies were not only unable to relay 911 "
 "calls from Americans who are hard of hearing but were unaware of this issue until a Commission investigation "
 "revealed the problem.\n\n"
 "\"All Americans must be able to reach 911 in an emergency,\" said Travis LeBlanc, Chief of the Enforcement Bureau. "
 "\"Today's settlements reaffirm our commitment to ensure that the hard of hearing community has essential 911 "
 "service 24 hours a day, 7 days a week. Not only are we fining these companies for failing to provide this vital "
 "services, but we are assuring that they provide it going forward.\"",
 "telecoms/relay services and 911", "US", "outage,regulatory",
 "transition.fcc.gov's converted HTML copy of the news release (DOC-335466A1) as the page store holds it. Left "
 "out: the page chrome ('Click here for Adobe Acrobat version', 'Click here for Microsoft Word version', the three "
 "'Click here for ... Consent Decree' lines for Sprint Corporation, Hamilton Relay, Inc. and InnoCaption, Inc., the "
 "'This document was converted from Microsoft Word' notice), 'Media Contact: Will Wiquist, (202) 418-0509', 'For "
 "Immediate Release' and the headline (kept as title). Cut before 'Individuals who can use their own voice but have "
 "difficult', where the excerpt breaks off (`truncated`); 152 words. Kept as written: the dateline's 'WASHINGTON, "
 "September 24, 2015 -' (a hyphen), straight quotation marks and apostrophes, 'Sprint Corp.', 'this vital "
 "services'. The three companies' consent decrees (Sprint's order DA 15-1040 is in the page store too) tell the "
 "same failures: one text for the subject. Found with 'IP captioned telephone service provider failed to route 911 "
 "calls consent decree Enforcement Bureau order' and 'Sprint Corporation consent decree IP CTS emergency calls not "
 "delivered to PSAP Hamilton Relay InnoCaption September 2015'. Hamilton Relay, InnoCaption, IP CTS, DOC-335466, "
 "LeBlanc: 0 in train/dev/test (test by script count only), GATHERING.md, every gather script, the notes and the "
 "session-34 pools; Sprint is in many files (other events).",
 "PD", truncated=True,
 origin="U.S. Federal Communications Commission, transition.fcc.gov (page store)"))

R.append(rec(
 "fcc-alpheus-communications-outage-reporting-nal-2010", DOCS + "DA-10-1258A1.txt",
 "2010-07-06", "Alpheus Communications, LP, Notice of Apparent Liability for Forfeiture (DA 10-1258)",
 "Enforcement Bureau notice of apparent liability for forfeiture DA 10-1258",
 "In this Notice of Apparent Liability for Forfeiture (\u201cNAL\u201d), we find Alpheus Communications, LP "
 "(\u201cAlpheus\u201d) apparently liable for forfeiture in the amount of sixty thousand dollars ($60,000) for "
 "willfully and repeatedly violating the network outage reporting requirements set forth in Section 4.9(f) of the "
 "Commission\u2019s Rules (\u201cRules\u201d). The noted apparent violations involve Alpheus\u2019s failure to file "
 "with the Commission network outage reports for a significant disruption in its network services within the time "
 "periods specified in Section 4.9(f) of the Rules.\n\n"
 "The Commission\u2019s authority to require the submission of network outage reports derives from its "
 "responsibility, as set forth in the Communications Act, \u201cto make available, so far as possible to all of the "
 "people of the United States \u2026 a rapid, efficient, Nationwide, and world-wide wire and radio communications "
 "service, with adequate facilities \u2026 for the purpose of the national defense, [and] for the purpose of "
 "promoting safety of life and property through the use of wire and radio communication.\u201d Section 4(o) of the "
 "Act states that \u201c[f]or the purpose of obtaining maximum effectiveness from the use of radio and wire "
 "communications in connection with safety of life and property, the Commission shall investigate and study all "
 "phases of the problem.\u201d\n\n"
 "The Commission first imposed network outage reporting requirements on wireline carriers in 1992.",
 "telecoms/wireline carrier", "US", "outage,regulatory",
 "docs.fcc.gov's plain-text rendering as the page store holds it (the transition.fcc.gov HTML copy is also there, "
 "cut earlier). Left out: the header and caption ('Federal Communications Commission DA 10-1258 Before the Federal "
 "Communications Commission Washington, D.C. 20554 In the Matter of Alpheus Communications, LP ) ) ) ) ) File No. "
 "EB-09-SE-126 NAL/Acct. No. 201032100033 FRN No. 0005004361 NOTICE OF APPARENT LIABILITY FOR FORFEITURE'; its "
 "document kind and party kept in the title), 'Adopted: July 2, 2010 Released: July 6, 2010' (`published` the "
 "release date), 'By the Chief, Enforcement Bureau:', the headings 'I. INTRODUCTION' and 'II. BACKGROUND', the "
 "paragraph numbers '1.'-'3.' and the footnote markers ('(\u201cRules\u201d).1', 'communication.\u201d2', "
 "'problem.\u201d3', '1992.4'). Cut after the first sentence of paragraph 3, before 'The Commission revised these "
 "rules in 2004 to require the filing of network outage reports by additional communications providers,5 adopt a "
 "common metr', where the excerpt breaks off (`truncated`); the facts of the disruption (date, place, duration) lie "
 "beyond the excerpt. Kept as written: the curly quotation marks, the ellipses '\u2026' and the bracketed '[and]', "
 "'[f]or' of the quoted statute, 'Nationwide', 'willfully'. Found with 'Logix Communications consent decree outage "
 "reports Enforcement Bureau order civil penalty $64,000' (returned beside it). Alpheus, EB-09-SE-126, DA-10-1258 "
 "and the Alpheus consent decree DA-11-1362 (the same case, not taken): " + CHECK,
 "PD", truncated=True))

R.append(rec(
 "fcc-verizon-final-outage-report-nal-2010", DOCS + "DA-10-1268A1.txt",
 "2010-07-09", "Verizon, Notice of Apparent Liability for Forfeiture (DA 10-1268)",
 "Enforcement Bureau notice of apparent liability for forfeiture DA 10-1268",
 "In this Notice of Apparent Liability for Forfeiture (\u201cNAL\u201d), we find that Verizon apparently willfully "
 "violated Section 4.11 of the Commission\u2019s Rules (\u201cRules\u201d), by failing to file a true, complete and "
 "accurate Final Communications Outage Report regarding a significant disruption in its network services "
 "(\u201coutage\u201d). Based on the facts and circumstances before us, we conclude that Verizon is apparently liable "
 "for a forfeiture in the amount of twenty-five thousand dollars ($25,000).\n\n"
 "The Commission first imposed outage reporting requirements on wireline communications providers in 1992. "
 "Recognizing that these requirements address critical public interest concerns, the Commission later revised its "
 "rules to extend these mandatory reporting requirements to all communications providers. In addition, in an effort "
 "to facilitate rapid reporting and reduce administrative burdens on covered entities, the Commission adopted a "
 "common metric for determining the general outage-reporting threshold criteria and required that outage reports be "
 "timely filed electronically. The Commission explained that these requirements enable this agency to effectively "
 "monitor and oversee the reliability and security of the nation\u2019s communications systems, and thus carry out "
 "its responsibilities under the Communications Act.",
 "telecoms/wireline carrier", "US", "outage,regulatory",
 "docs.fcc.gov's plain-text rendering as the page store holds it (the transition.fcc.gov HTML copy is also there, "
 "cut earlier). Left out: the header and caption ('Federal Communications Commission DA 10-1268 Before the Federal "
 "Communications Commission Washington, D.C. 20554 In the Matter of ) ) File No. EB-09-SE-218 Verizon ) NAL/Acct No. "
 "201032100034 ) FRN 0010790335 NOTICE OF APPARENT LIABILITY FOR FORFEITURE'), 'Adopted: July 8, 2010 Released: "
 "July 9, 2010' (`published` the release date), 'By the Chief, Enforcement Bureau:', the headings 'I. "
 "INTRODUCTION' and 'II. BACKGROUND', the paragraph numbers and the footnote markers ('(\u201cRules\u201d),1', "
 "'1992.2', 'providers.3', 'electronically.4', 'Act.5'). Cut before 'Most important, the outage reporting "
 "requirements ensure that communication providers promptly, fully, and accurately report significant disruptions "
 "in their network services that could affect our Nation\u2019s \u201chomeland security, public health and', which "
 "the rendering breaks with footnote text ('1 47 C.F.R. \u00a7 4.11. 2 See Notification by Common C') where the "
 "excerpt ends (`truncated`); the outage's facts lie beyond the excerpt. Kept as written: curly quotation marks, "
 "'willfully', 'outage-reporting', 'nation\u2019s'. GATHERING.md names this case's later orders DA-12-391/392 "
 "(Verizon's and Verizon Wireless's outage-reporting consent decrees, 2012) only as boilerplate left out; no "
 "earlier batch took the case. Found with 'Verizon consent decree July 2009 network outage report inaccurate "
 "Notice of Apparent Liability EB-09-SE-218'. EB-09-SE-218, DA-10-1268, 'Final Communications Outage Report': "
 + CHECK,
 "PD", truncated=True))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(rec(
 "fcc-logix-communications-outage-reporting-consent-decree-2020", DOCS + "DA-20-1397A1.txt",
 "2020-11-30", "Logix Communications, LP. dba Logix Fiber Networks, Order (DA 20-1397)",
 "Enforcement Bureau order adopting a consent decree DA 20-1397",
 "The Enforcement Bureau has entered into a Consent Decree to resolve its investigation into whether Logix "
 "Communications, LP. dba Logix Fiber Networks (Logix), timely filed required reports in the Commission s Network "
 "Outage Reports System. The Commission s rules require communications providers to report certain disruptions to "
 "their networks, providing the Commission with the means to quickly analyze communications vulnerabilities and "
 "share aggregate information with industry to help prevent future outages and preserve network integrity. To "
 "settle this matter, Logix admits that it failed to timely file the required network outage reports, will "
 "implement a compliance plan to ensure future compliance, and will pay a $64,000 civil penalty.\n\n"
 "After reviewing the terms of the Consent Decree and evaluating the facts before us, we find that the public "
 "interest would be served by adopting the Consent Decree and terminating the referenced investigation regarding "
 "Logix s compliance with sections 4.9 and 4.11 of the Commission s rules.\n\n"
 "In the absence of material new evidence relating to this matter, we do not set for hearing the question of Logix "
 "s basic qualifications to hold or obtain any Commission license or authorization.\n\n"
 "Accordingly, IT IS ORDERED that, pursuant to section 4(i) of the Act and the authority delegated by sections "
 "0.111 and 0.311 of the Commission s rules, the attached Consent Decree IS ADOPTED and its terms incorporated by "
 "reference.\n\n"
 "IT IS FURTHER ORDERED that the above-captioned matter IS TERMINATED.",
 "telecoms/fiber network provider", "US", "near-miss,regulatory",
 "docs.fcc.gov's plain-text rendering as the page store holds it. Left out: the header and caption ('Federal "
 "Communications Commission DA 20-1397 Before the Federal Communications Commission Washington, D.C. 20554 In the "
 "Matter of ) ) Logix Communications, LP. dba Logix Fiber Networks ) File No.: EB-SED-20-00030994 Networks ) CD "
 "Acct. No.: 202132100005 ) FRN: 0007427487 ) ) ORDER'), 'Adopted: November 30, 2020 Released: November 30, 2020' "
 "(`published`), 'By the Deputy Chief, Enforcement Bureau:', the paragraph numbers '1.'-'5.' and the footnote "
 "markers ('rules.1', 'authorization.2', 'Act3', 'rules,4'); the order's five paragraphs kept whole, cut before the "
 "footnote texts ('1 See 47 CFR \u00a7\u00a7 4.9, 4.11. 2 See 47 CFR \u00a7 1.93(b). 3 47 U.S.C. \u00a7 154(i).') "
 "with which the excerpt ends; the attached consent decree lies beyond it (`truncated`). Kept as written: the "
 "rendering's dropped apostrophes ('the Commission s Network Outage Reports System', 'Logix s compliance', 'Logix s "
 "basic qualifications'), 'LP.', 'dba'. Near-miss: late outage "
 "reports, the outages themselves not told (no date, place or service). Found with 'Logix Communications consent "
 "decree outage reports Enforcement Bureau order civil penalty $64,000' (after an Inteserra blog summary named the "
 "case). Logix, EB-SED-20-00030994, DA-20-1397: " + CHECK,
 "PD", truncated=True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
