#!/usr/bin/env python3
"""Batch 47i gold annotations (the texts of batch47i.py: the Antitrust Division's release of 14 November 2008 on the
divestiture of InBev N.V./S.A.'s subsidiary Labatt USA required for InBev's acquisition of Anheuser-Busch Companies
Inc.; and the Division's Federal Register notice of 30 October 2020 on Anheuser-Busch Companies, LLC's proposed
acquisition of the remaining shares of Craft Brew Alliance, Inc., with Kona Brewery, LLC to be divested), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 21c, 22b, 40zi, 40zk, 41c, 42h, 43c, 43j, 44a and 47f for the Division's texts; GUIDELINES
section 2): a deal the Division lets proceed on a settlement that awaits the court ('in order to proceed with ...
acquisition', 'the proposed acquisition') is agreed, not completed -> `acquired` only (40zi, 42k, 43c); 'subsidiary
X' / 'X is a wholly-owned subsidiary of Y' -> parentOrganization(X, Y) (42h, 43c); a divestiture ordered, even to a
named or approved buyer, is not done -> nothing (40zk, 41c; near-miss); a named beer brand users buy -> Service with
the company whose brand the text says it is as provider (43j's brands, 44a's Webers); brands inside a company's name
('Labatt USA', 'Kona Brewery, LLC') are not split out; the Antitrust Division -> `parentOrganization` Department of
Justice where both are named (40zi, 42k); the dateline 'WASHINGTON' an alias of 'Washington, D.C.' and 'U.S. District
Court in Washington, D.C.' -> 'U.S. District Court' (43c); courts -> Organization under the name the text gives; the
United States as plaintiff or place -> Location (40zi, 42k); a state abbreviation never written out ('N.Y.') a
Location of its own (47b's 'OH'); 'the State of Hawaii' the fullest form, 'Hawaii' its alias; the Division's
website, the Office of the Clerk, laws, court papers and case numbers not annotated; 'the Department', 'the court',
'the Court', 'the acquirer' are generic phrases, not aliases.
usage: batch47i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, svc, provided
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- InBev / Anheuser-Busch, Antitrust Division release, published 2008-11-14 (a Friday) ----------------------------
INB = "InBev N.V./S.A."
ABC = "Anheuser-Busch Companies Inc."
A["us-doj-inbev-anheuser-busch-divest-labatt-usa-2008"] = dict(
 # Organizations: the Department of Justice ('The Department of Justice announced'; 'The Department', "the
 # Department's" generic), the Antitrust Division ("The Department's Antitrust Division"), the court ('U.S. District
 # Court in Washington, D.C.' -> 'U.S. District Court', 43c; 'the court' generic). Companies: InBev N.V./S.A. ('InBev'
 # in "InBev's" twice: alias), Labatt USA (twice), Anheuser-Busch Companies Inc. ('Anheuser-Busch' in
 # "Anheuser-Busch's" and 'between Labatt USA and Anheuser-Busch': alias). Services (beer brands users buy, 43j, 44a):
 # Labatt ('Labatt brand beer', "InBev's Labatt brands"), Budweiser ("Anheuser-Busch's Budweiser brands, including
 # Budweiser": the brand family and the brand under one name, one entity), Bud Light, Labatt Blue, Labatt Blue Light.
 # Locations: Washington, D.C. (the court's seat; the dateline 'WASHINGTON' an alias, 43c), the United States ('for
 # consumption in the United States'), Buffalo, Rochester, Syracuse (twice each), N.Y. ('Syracuse, N.Y.': New York
 # never written out, a Location of its own as 47b's 'OH'; **doubtful**: a reader may write it 'New York' or leave
 # it to the cities). Not annotated: '$52 billion', 'a license to brew, market, promote and sell' (a right), 'the
 # lawsuit', 'the complaint', 'a proposed settlement' (court papers), 'beer drinkers', 'metropolitan areas'. The
 # title's words (the headline) are in the text too, no entity from the title alone
 entities=[E("Location", "Washington, D.C.", "WASHINGTON"), E("Organization", DOJ),
           E("Company", INB, "InBev"), E("Company", "Labatt USA"), E("Company", ABC, "Anheuser-Busch"),
           E("Organization", ATR), E("Organization", "U.S. District Court"), E("Location", "United States")]
          + svc("Labatt", "Budweiser", "Bud Light", "Labatt Blue", "Labatt Blue Light")
          + locs("Buffalo", "Rochester", "Syracuse", "N.Y."),
 # No person in the kept text (Deborah A. Garza's quotation is past the cut)
 roles=[],
 # "in order to proceed with InBev's $52 billion acquisition of Anheuser-Busch Companies Inc.", with the suit filed
 # 'to block the proposed transaction' and a settlement awaiting the court -> agreed: acquired only (43c's
 # Republic / Allied; the release does not say the deal closed). 'require InBev N.V./S.A. to divest subsidiary Labatt
 # USA' -> parentOrganization(Labatt USA, InBev N.V./S.A.) (a stated subsidiary; relations carry no time, so the
 # ordered sale does not remove it). The ordered divestiture names no buyer ('the acquirer' is past the cut) ->
 # nothing (**near-miss**). "Anheuser-Busch's Budweiser brands, including Budweiser and Bud Light" -> provider of
 # Budweiser and Bud Light to Anheuser-Busch Companies Inc.; "InBev's Labatt brands, including Labatt Blue and Labatt
 # Blue Light" and 'Labatt brand beer' (licensed by InBev) -> provider of Labatt, Labatt Blue and Labatt Blue Light to
 # InBev N.V./S.A. (**doubtful**: a reader may give Labatt's brands to Labatt USA, the business that sells them in the
 # United States; the text says "InBev's"). 'competition between Labatt USA and Anheuser-Busch' -> rivals, no
 # relation (**near-miss**). "The Department's Antitrust Division" -> the Division under the Department
 relations=[L(INB, "acquired", ABC), L("Labatt USA", "parentOrganization", INB)]
           + provided(ABC, "Budweiser", "Bud Light") + provided(INB, "Labatt", "Labatt Blue", "Labatt Blue Light")
           + [ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2008-11-14, one item. Not dates: '$52 billion', 'originally' (unresolvable)
 dates=[D("today", "2008-11-14")])

# ---- Anheuser-Busch / Craft Brew Alliance, Federal Register notice, published 2020-10-30 (a Friday) ----------------
ABI = "Anheuser-Busch InBev SA/NV"
ABCO = "Anheuser-Busch Companies, LLC"
CBA = "Craft Brew Alliance, Inc."
KB = "Kona Brewery, LLC"
EDMO = "United States District Court for the Eastern District of Missouri"
A["us-doj-federal-register-anheuser-busch-craft-brew-alliance-proposed-final-judgment-2020"] = dict(
 # Organizations: the United States District Court for the Eastern District of Missouri (twice, the second inside
 # 'the Office of the Clerk of ...'), the Antitrust Division (twice: "the Antitrust Division's website", 'from the
 # Antitrust Division'), the Department of Justice ('Department of Justice regulations', 41c). Companies: Anheuser-Busch
 # InBev SA/NV (the case name twice, the full form once with '(“ABI”)'; 'ABI': alias), Anheuser-Busch Companies, LLC
 # ('AB Companies', its defined short name, three times: alias), Craft Brew Alliance, Inc. ('CBA' four times, also in
 # "CBA's": alias), Kona Brewery, LLC, PV Brewing Partners, LLC. Service: Kona ("CBA's entire Kona brand business",
 # 'the Kona brand in Hawaii': a beer brand, 43j; **doubtful**: a reader may leave a brand told as a business line
 # out, as 40zk). Locations: the United States (plaintiff: 'United States v.' in the case name, 'the United States
 # filed', 'The United States has approved'), the State of Hawaii ('the State of Hawaii'; 'Hawaii' once: alias).
 # Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws), 'Civil Action No.
 # 4:20-cv-01282-SRC', the Final Judgment, Stipulation, Complaint and Competitive Impact Statement (court papers),
 # 'the remaining shares', 'other related tangible and intangible assets', 'the acquirer' (generic; PV Brewing
 # Partners named apart), 'http://www.justice.gov/atr' (the Division's website, 41c), the Office of the Clerk (42k)
 entities=[E("Organization", EDMO), E("Location", "United States"),
           E("Company", ABI, "ABI"), E("Company", ABCO, "AB Companies"), E("Company", CBA, "CBA"),
           E("Company", KB), E("Service", "Kona"), E("Location", "State of Hawaii", "Hawaii"),
           E("Company", "PV Brewing Partners, LLC"), E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the section chief's name is in the part cut)
 roles=[],
 # 'the proposed acquisition by Anheuser-Busch Companies, LLC ..., a minority shareholder in Craft Brew Alliance,
 # Inc. ..., of the remaining shares of CBA', settled on a proposed Final Judgment awaiting the court -> agreed:
 # acquired(AB Companies, CBA) only (42k, 43j; the minority stake's size is not told -> no parentOrganization, 40zk's
 # Grupo Modelo). 'AB Companies is a wholly-owned subsidiary of Anheuser-Busch InBev SA/NV' -> parentOrganization.
 # "Kona Brewery, LLC, which houses CBA's entire Kona brand business" -> parentOrganization(Kona Brewery, LLC, CBA)
 # (**doubtful**: the text says the company holds CBA's business, not in so many words that CBA owns it; CBA is
 # among those required to divest it) and provider(Kona, CBA) ("CBA's ... Kona brand"). 'The United States has
 # approved PV Brewing Partners, LLC, as the acquirer' of the ordered divestiture -> nothing (an ordered sale, not
 # told as agreed or done; 40zk, 41c; **near-miss**, **doubtful**: a reader may give acquired(PV Brewing Partners,
 # Kona Brewery, LLC) for an approved buyer). "the Antitrust Division's website" and 'Department of Justice
 # regulations' -> the Division under the Department (41c)
 relations=[L(ABCO, "acquired", CBA), L(ABCO, "parentOrganization", ABI), L(KB, "parentOrganization", CBA),
            L("Kona", "provider", CBA), ATR_DOJ],
 outages=[],
 # 'September 18, 2020' -> 2020-09-18. 'within 60 days of the date of this notice' is a span, not listed (21c).
 # Not dates: '16(b)-(h)', '4:20-cv-01282-SRC', 'Section 7', '15 U.S.C. 18'
 dates=[D("September 18, 2020", "2020-09-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
