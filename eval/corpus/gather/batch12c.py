#!/usr/bin/env python3
"""Batch 12c: three outage texts from parliaments, found with the search tool (corpus `pages`; first ~2,000
characters of each page): a Dail Eireann debate on the RBS group / Ulster Bank computer failure of June 2012
(Houses of the Oireachtas, Oireachtas (Open Data) PSI Licence = CC BY 4.0, via the kildarestreet.com mirror), the
House of Commons Northern Ireland Affairs Committee report chapter 'Bank IT failures' (RBS, NatWest and Ulster Bank,
June 2012 and December 2013; Open Parliament Licence v3.0) and the Commons Transport Committee's oral evidence
on the NATS failure of 12 December 2014 (Open Parliament Licence v3.0).
Edits: page headers, speaker/portrait lines, paragraph numbers, footnote markers and a trailing cut-off sentence
left out; no word is added or changed. Each record's `notes` says what was left out.
usage: batch12c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 else "/work/corpus-work/pool"
OPL = "Open Parliament Licence v3.0"
OIR = "Oireachtas (Open Data) PSI Licence (CC BY 4.0)"


def opl(what, url):
    return f"{what}. Contains Parliamentary information licensed under the Open Parliament Licence v3.0; text as at {url}"


U_DAIL = "https://www.kildarestreet.com/debate/?id=2012-06-27.536.9"
U_NIAC = "https://publications.parliament.uk/pa/cm201415/cmselect/cmniaf/178/17812.htm"
U_NATS = "https://committees.parliament.uk/oralevidence/4424/html"
RECS = [
 dict(id="oireachtas-dail-ulster-bank-rbs-technical-problems-2012", source=U_DAIL, licence=OIR,
      attribution="Dáil Éireann debate, Wednesday 27 June 2012 (Deputy Shane McEntee), © Houses of the Oireachtas, re-used under the Oireachtas (Open Data) PSI Licence, which applies the Creative Commons Attribution 4.0 International licence; text as at " + U_DAIL,
      published="2012-06-27", title="Dáil debates, Wednesday 27 June 2012: Ulster Bank", sector="banking", region="non-US",
      topics=["outage"], truncated=True, origin="Dáil Éireann debates via kildarestreet.com (search tool page store)",
      notes="One speech of the debate as the mirror shows it (first ~2,000 characters): the page header ('Dáil debates', date, time) and the speaker's photo and name line left out; cut at the last full sentence. The Oireachtas licence terms were read as quoted from the Oireachtas copyright notice (medialegislation.org): 'Most of this information is subject to our Oireachtas (Open Data) PSI Licence, which applies the Creative Commons Attribution 4.0 International License.'",
      text="""Deputies Doherty and Michael McGrath have made relevant points. I always believed something like this would happen. Banks no longer provider a personal service: everything has been computerised. As stated by the Deputies, there is no doubt but that this could happen again. I agree with them that we should call in the relevant people to explain what happened and that many people are under pressure owing to the slowness of the bank to address the problem. While I cannot respond to all of the Deputies' questions now, I will ensure they are responded to in a written reply. This was bound to happen at some stage. Perhaps now the banks will return to employing counter staff rather than relying on computers.

This issue has been ongoing since last week and must be resolved as a matter of priority. Ulster Bank, as part of the RBS group, last week experienced severe technical problems triggered by a software update late on Tuesday 19 June, which caused the RBS group's computer system to fail. As a result, payments going into and out of accounts overnight were not processed, causing a huge backlog across RBS and NatWest branches and subsidiaries, including Ulster Bank. The outage also created some technical instability in the system which exacerbated the problem and caused further delays. An initial attempt to provide a "patch" to the system last Thursday, 21 June failed. This amplified the backlog issue and led to further delays across the Ulster Bank system.

The EMC met separately with Ulster Bank to discuss its current problems. Ulster Bank's chief executive assured the EMC that resolution of this problem is its top priority."""),
 dict(id="uk-parliament-ni-affairs-committee-bank-it-failures-2014", source=U_NIAC, licence=OPL,
      attribution=opl("House of Commons Northern Ireland Affairs Committee, 'Northern Ireland: banking on recovery?', HC 178 (Session 2014-15), chapter 9 'Bank IT failures'", U_NIAC),
      published=None, title="Northern Ireland: banking on recovery? — 9 Bank IT failures", sector="banking", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="publications.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the chapter page: the chapter heading (kept in `title`), paragraph numbers 98-102 and footnote markers [85], [86] left out; the two quotations kept as paragraphs. The store holds two renderings of the page; the text follows the unwrapped one, and the end of the last sentence (', or experiencing other problems, since 2012.'), cut off there, is taken from the hard-wrapped one; the following cut-off sentence is left out. No date of the report in the excerpt: `published` null.",
      text="""Since 2012, Ulster Bank has suffered two major IT failures; in June 2012 a system failure prevented Nat West, RBS and Ulster Bank customers from being able to access their accounts into late July, with ongoing issues stretching into August. Then, in December 2013, Ulster Bank customers experienced more payment and account problems just days after many customers were unable to access online systems or use bank cards for payments.

In the memorandum submitted by IBOA, it was stated that:

Northern Ireland may also suffer in terms of the quality of investment in its economic, commercial and social infrastructure. Northern Ireland may not rate highly in either strategic or operational priorities-as Ulster Bank's customers will readily testify when a temporary IT glitch for RBS and NatWest customers became an IT meltdown for Ulster Bank-lasting weeks.

Commenting on the IT failures, Sam Woods, from the Bank of England Prudential Regulation Authority, said, in January 2014, that:

... this is a very difficult area, not least because the IT systems are so antiquated. Although I feel we are making progress—for instance, the breakdown that RBS had shortly before Christmas did not escalate to the same level of issue partly because of the remediation that has been done following the June 2012 incident—I feel we are, I am afraid, a very long way from being able to sit here with confidence and say, "UK, including Northern Ireland, banks' IT systems are robust."

The 2012 and 2013 incidents were not the end of the matter, as there were further problems in April 2014, when some Ulster Bank customers reported that ATM withdrawals had been debited from their accounts twice.

It is clear that banks' IT systems are not fit for purpose, and this has led to the totally unacceptable situation of some customers being unable to access their accounts, or experiencing other problems, since 2012."""),
 dict(id="uk-parliament-transport-committee-oral-evidence-nats-2014", source=U_NATS, licence=OPL,
      attribution=opl("House of Commons Transport Committee, Oral evidence: NATS: failure in air traffic management systems, HC 897, Wednesday 17 December 2014", U_NATS),
      published="2014-12-17", title="Oral evidence: NATS: failure in air traffic management systems, HC 897", sector="aviation / air traffic control",
      region="non-US", topics=["outage", "leadership", "regulatory"], truncated=True, origin="committees.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the transcript: committee name, heading, date, 'Ordered ... to be published', 'Watch the meeting' and 'Questions 58-167' lines left out; question numbers kept ('Q58 Chair:'), runs of spaces and indentation made single; cut at the last full sentence.",
      text="""Members present: Mrs Louise Ellman (Chair); Mr Tom Harris; Karen Lumley; Jason McCartney; Chloe Smith; Graham Stringer; Martin Vickers

Witnesses: Richard Deakin, Chief Executive, Martin Rolfe, Managing Director Operations, National Air Traffic Services, and Andrew Haines, Chief Executive, Civil Aviation Authority, gave evidence.

Q58 Chair: Good afternoon and welcome to the Transport Select Committee. Would you give your names and organisations, please?

Martin Rolfe: I am Martin Rolfe, Managing Director of Operations for NATS.

Richard Deakin: I am Richard Deakin, Chief Executive Officer of NATS.

Andrew Haines: I am Andrew Haines, the Chief Executive of the Civil Aviation Authority.

Q59 Chair: Mr Deakin, I understand that you want to make an opening statement. Would you like to do that?

Richard Deakin: Thank you very much, Chair. First of all, thank you for giving us the opportunity to come and talk to you about the 45 minutes of interruption in our systems that we experienced on Friday. I would like to start by reiterating our apology to all of our customers, to the airports and indeed the travelling public for the unfortunate disruption that was caused on Friday evening.

It is worth mentioning that at no time last Friday was airspace closed. We reduced flow to ensure that everyone was kept safe. At no time during the incident was safety compromised. I am pleased to report that the contingency and back-up plans worked as they should do. Out of 6,000 flights that travelled through UK airspace on the day, unfortunately around 120 were cancelled and around 500 flights were delayed an average of 45 minutes."""),
]


def main():
    write_all(RECS, POOL)


if __name__ == "__main__":
    main()
