#!/usr/bin/env python3
"""Batch 12b: more unused Wikinews 'Economy and business' articles from the toscaData R package (acquisitions,
mergers, partnerships, products; chief executives and chairmen), plus two outage texts from the search tool's page
store: an Ofcom news release on Three's loss of service of 6 October 2016 (Ofcom copyright, free reproduction with
acknowledgement), as reproduced by telecomtv.com, and the SEC press release 2018-31 on the NYSE shutdown of
8 July 2015 (US federal government work, public domain), as quoted by theindustryspread.com.
Edits are listed per item: conversion residue (category words at the start, '==Related news==' tails, link residue,
spaces inside words split by a link) removed, and a sentence that lost linked words cut (the note says which); in
the page-store texts, a photo caption, section headings, footnote markers and the copy's own framing lines are left
out and the text is cut at the last full sentence; no word is added.
usage: batch12b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from toscadata_lib import load, selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
SEL = {
 "ID65253": ("media/internet advertising", "US", "deal", "", [(r"\s*==\s*Related news\s*==\s*\*?\s*$", "")], "'==Related news==' tail cut."),
 "ID410307": ("social media", "US", "deal,product,leadership", "Internet", [], "Leading category word 'Internet' cut."),
 "ID106012": ("tech/IT services", "US", "deal,leadership", "", [], ""),
 "ID112444": ("tech/mobile software", "mixed", "deal,product", "",
              [(r"United Kingdom -based", "United Kingdom-based"), (r"processor s\.", "processors.")],
              "'United Kingdom -based' and 'processor s' (split by links) joined."),
 "ID104022": ("airlines", "US", "deal,leadership", "", [(r"\s*\*\s*$", "")], "Trailing list bullet '*' cut."),
 "ID123218": ("energy", "non-US", "deal,leadership", "Canada",
              [(r"\n\nPetro-Canada shares on the rose from \$29\.65 to \$36\.77, a 24% rise, while Suncor shares rose from \$30\.90 to \$32\.12, up 5%, at mid-morning\.", "")],
              "Leading category word 'Canada' cut; one paragraph cut where the exchange's linked name was lost ('Petro-Canada shares on the rose ... at mid-morning.')."),
 "ID82314": ("telecoms/broadcast transmission", "non-US", "earnings,deal,leadership", "New Zealand left", [],
             "Leading category words 'New Zealand' and the image residue 'left' cut."),
 "ID8776": ("food/beverages (brewing)", "non-US", "deal,leadership", "", [(r"\s*\(\[http://finance\.yahoo\.com.*\]\)\s*$", "")],
            "Trailing stock-ticker links cut."),
 "ID2819202": ("autos", "non-US", "product,leadership", "economy and business",
               [(r"Europe an market", "European market"), (r'"mild hybrid " systems', '"mild hybrid" systems')],
               "Leading category words 'economy and business' cut; 'Europe an' and 'hybrid \"' (split by links) joined."),
 "ID191943": ("media/internet (photography)", "US", "deal,product", "Internet", [], "Leading category word 'Internet' cut."),
 "ID69340": ("tech/internet advertising", "US", "deal,leadership", "<noinclude>", [(r"\s*left\s*=\s*$", "")],
             "Leading '<noinclude>' tag and trailing image residue 'left =' cut."),
}

U_OFCOM = "https://www.telecomtv.com/content/industry-announcements/three-fined-1-9m-for-emergency-call-service-failure-28547/"
U_SEC = "https://theindustryspread.com/sec-fines-nyse/"
PAGES = [
 dict(id="ofcom-three-fined-emergency-call-service-failure-2017", source=U_OFCOM,
      licence="Ofcom copyright; reproduction free of charge in any format or medium with acknowledgement (ofcom.org.uk/about-ofcom/website/copyright)",
      attribution="Ofcom, 'Three fined £1.9m for emergency call service failure', news release, 16 June 2017, © Ofcom copyright; text as reproduced (\"Via Ofcom\") at " + U_OFCOM,
      published="2017-06-16", title="Three fined £1.9m for emergency call service failure", sector="telecoms", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="Ofcom news release via telecomtv.com (search tool page store)",
      notes="The Ofcom release as reproduced by telecomtv.com (first ~2,000 characters in the page store): the copy's header ('Via Ofcom', its posting date), the summary bullet, the section headings 'What went wrong' and 'Ofcom’s decision and financial penalty', a photo caption ('Vulnerable networks cannot forward ...', 'For illustrative purposes only') and the footnote markers [1], [2] left out; cut at the last full sentence. Ofcom's copyright page allows reproduction free of charge if accurate and acknowledged as Ofcom copyright with the title.",
      text="""16 June 2017: Ofcom has today fined mobile phone provider Three £1,890,000, after uncovering a weakness in the mobile operator’s emergency call network.

An Ofcom investigation found that Three broke an important rule designed to ensure everyone can contact the emergency services at all times. This is of utmost importance to public health and safety.

Ofcom expects providers’ emergency call services to be sufficiently resilient. This includes ensuring their networks are built to allow emergency calls to be connected, even when they experience technical problems.

On 6 October 2016, Three notified Ofcom of a temporary loss of service affecting customers in Kent, Hampshire and parts of London.

Our investigation found that emergency calls from customers in the affected area had to pass through a particular data centre in order to reach the emergency services. This meant that Three’s emergency call service was vulnerable to a single point of failure.

Three’s network should have been able to automatically divert emergency calls via back-up routes in the event of a local outage. But these back-up routes would also have failed because they were all directed through this one point.

To resolve the incident and address the underlying network weakness, Three added an additional back-up route to carry emergency call traffic.

Following our investigation, Ofcom found Three had breached the requirement to ensure uninterrupted access to the emergency services. The breach of the rules was not the incident itself, but rather the weakness identified in Three’s network.

Ofcom has today imposed a penalty of £1,890,000."""),
 dict(id="sec-nyse-penalty-trading-halt-regulation-sci-2018", source=U_SEC, licence="public domain (US federal government work)",
      attribution="U.S. Securities and Exchange Commission, press release 2018-31 'NYSE to Pay $14 Million Penalty for Multiple Violations' (March 6, 2018), as quoted at " + U_SEC,
      published="2018-03-06", title="NYSE to Pay $14 Million Penalty for Multiple Violations", sector="stock exchanges", region="US",
      topics=["outage", "regulatory"], truncated=True, origin="SEC press release quoted by theindustryspread.com (search tool page store)",
      notes="Only the SEC press release's text as the blog quotes it: the blog's own lines ('SEC Fines NYSE', 'The SEC made the announcement in a press release.', 'The order described the five episodes this way.') and its quotation marks around the quoted paragraphs left out; the first item of the release's list kept as a paragraph; double spaces after full stops made single; cut at the last full sentence.",
      text="""The Securities and Exchange Commission today announced that it charged the New York Stock Exchange and two affiliated exchanges with regulatory failures in connection with multiple episodes, including several disruptive market events. The charges arose from five separate investigations and include the first-ever charged violation of Regulation SCI. The Commission adopted Reg SCI to strengthen the technology infrastructure and integrity of the U.S. securities markets, and today charged two NYSE exchanges with violating Reg SCI’s business continuity and disaster recovery requirement. In settlement, the exchanges agreed to pay a $14 million penalty.

According to the SEC’s order, the violations include erroneously implementing a market-wide regulatory halt, negligently misrepresenting stock prices as ‘automated’ despite extensive system issues ahead of a total shutdown of two of the exchanges, and applying price collars during unusual market volatility on Aug. 24, 2015, without a rule in effect to permit them – a move that resulted in order imbalances being resolved more slowly.

NYSE and American’s July 8, 2015 Trading Halt: On July 8, 2015, two of the NYSE Exchanges suspended intra-day trading for approximately three and one-half hours (the “Shutdown”). During the 47 minutes before the Shutdown, NYSE and American experienced escalating connectivity problems between their trading units and the communications “gateways” used by customers, which eventually prevented many customers from being able to consistently access quotations in a majority of the symbols traded on these exchanges (“Impaired Symbols”). As a result, quotations in the Impaired Symbols were no longer automated."""),
]


def main():
    d = load()
    return [rec(*x) for x in selected(d, SEL)] + PAGES


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
