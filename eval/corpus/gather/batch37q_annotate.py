#!/usr/bin/env python3
"""Batch 37q gold annotations (the texts of batch37q.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts), so wp-ausgrid -> test, wp-long-island-lighting-company -> train,
wp-northumbrian-water-group -> dev, wp-nova-scotia-power -> train. All four are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates), save a day and month whose year the same sentence gives ('until October 8'
after 'September 27, 1985', as wp-power-outages-in-malaysia and wp-2008-submarine-cable-disruption have it); decades,
'the following year' and 'the late 1960s' left out. One text tells an outage (LILCO after Hurricane Gloria); the
others tell none and no near-miss.
Conventions (GUIDELINES.md part 2; batches 27d-37d): a completed purchase of a company -> acquired and
parentOrganization, unless the text says the target was then merged away (acquired only); an accepted bid or agreed
sale not said to be completed -> acquired only; a blocked bid -> nothing; a consortium's or joint bid's two named
members -> partner; a state or provincial government that wholly owns or formed a utility -> parentOrganization (past
ownership recorded); a government named as a body ('the Government of New South Wales') -> Organization, as 'French
government' elsewhere; a former name or trading name of the same company -> alias; founders named together ->
cofounder, current; a power station -> Location (no relation); an asset bought (a plant) -> nothing.
usage: batch37q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}
# ---- electricity distributor, New South Wales: Ausgrid -----------------------------------------------------------------------
NSW = "Government of New South Wales"
CKI = "Cheung Kong Infrastructure Holdings"
SG = "State Grid Corporation of China"
A["wp-ausgrid"] = dict(
 # Ausgrid, EnergyAustralia, State Grid Corporation of China, Cheung Kong Infrastructure Holdings, AustralianSuper and
 # IFM Investors -> Company; 'the Government of New South Wales' and 'the New South Wales Government' -> one
 # Organization, the second form an alias; 'the Federal Government' (Australia's, which blocked the bid) ->
 # Organization 'Federal Government' (doubtful: a reader might take it as a generic phrase and leave it out);
 # Sydney, the Central Coast, Hunter ('the Central Coast and Hunter regions'), New South Wales and Australia ->
 # Location. EnergyAustralia kept apart from Ausgrid: its retail division and brand were sold and only 'the
 # remainder' was renamed Ausgrid, so the name went with the sold business (doubtful: a reader might make
 # EnergyAustralia a former name of Ausgrid, an alias)
 entities=[E("Company", "Ausgrid")] + locs("Sydney", "Central Coast", "Hunter", "New South Wales", "Australia")
          + [E("Company", "EnergyAustralia"), E("Organization", NSW, "New South Wales Government"),
             E("Company", SG), E("Company", CKI), E("Organization", "Federal Government"),
             E("Company", "AustralianSuper"), E("Company", "IFM Investors")],
 # no person is named in the text (the infobox's CEO and COO were cut)
 roles=[],
 # 'Ausgrid was wholly owned by the Government of New South Wales from 2011 to 2016' -> parentOrganization(Ausgrid,
 # NSW) (told as past, recorded); 'the previously state-owned energy retailer/distributor, EnergyAustralia', sold by
 # that government -> parentOrganization(EnergyAustralia, NSW) (doubtful: 'state-owned' names no owner, a careful
 # reader takes the state government that sold it); the retail division's buyer is not named -> nothing; 'a
 # consortium of State Grid Corporation of China and Cheung Kong Infrastructure Holdings' -> partner(SG, CKI) (a joint
 # bid), its blocked proposal -> no acquired; 'a consortium of AustralianSuper and IFM Investors' -> partner; 'the New
 # South Wales Government instead accepted a bid' from that consortium for 'the effective sale of a 50.4% stake ...
 # through a 99-year lease' -> acquired(AustralianSuper, Ausgrid) and acquired(IFM Investors, Ausgrid) (an agreed sale
 # of a majority stake, not said to be completed: acquired only, no parentOrganization; doubtful: a lease, and a
 # stake held by two buyers together; a reader might record nothing, or parentOrganization to both)
 relations=[L("Ausgrid", "parentOrganization", NSW), L("EnergyAustralia", "parentOrganization", NSW),
            L(SG, "partner", CKI), L("AustralianSuper", "partner", "IFM Investors"),
            L("AustralianSuper", "acquired", "Ausgrid"), L("IFM Investors", "acquired", "Ausgrid")],
 # no service lost; a blocked bid is no near-miss of an outage
 outages=[],
 # '2011' (twice) and '2016' (twice, 'from 2011 to 2016' and 'In 2016') listed once each
 dates=[D("2011", "2011"), D("2016", "2016"), D("11 August 2016", "2016-08-11"), D("September 2016", "2016-09")])

# ---- electric and gas utility, Long Island: LILCO ------------------------------------------------------------------------
LILCO = "Long Island Lighting Company"
A["wp-long-island-lighting-company"] = dict(
 # the utility -> Company, 'LILCO' an alias ('the company' generic); 'the Long Island Power Authority (LIPA), a public
 # authority' -> Organization, 'LIPA' an alias; Ellis Laurimore Phillips and George W. Olmsted -> Person; Long Island,
 # New York, Nassau, Suffolk, Queens ('Nassau, Suffolk and Queens Counties'; doubtful: a reader might write 'Queens
 # Counties' or 'Nassau County'), New York City, Amityville, Islip, Northport and Sayville -> Location; the Shoreham
 # Nuclear Power Plant ('the Shoreham Plant') -> Location (a power station: a named site, GUIDELINES.md); Hurricane
 # Gloria (an event) -> nothing; the 'four small electric companies' (unnamed) -> nothing
 entities=[E("Company", LILCO, "LILCO")] + locs("Long Island", "New York", "Nassau", "Suffolk", "Queens")
          + [E("Person", "Ellis Laurimore Phillips"), E("Person", "George W. Olmsted")]
          + locs("New York City", "Amityville", "Islip", "Northport", "Sayville")
          + [E("Location", "Shoreham Nuclear Power Plant", "Shoreham Plant"),
             E("Organization", "Long Island Power Authority", "LIPA")],
 # 'founded by Ellis Laurimore Phillips, an engineer, and a group of New York City investors, including George W.
 # Olmsted' -> cofounder for both, current (founding is not undone by the company's end; doubtful: a reader might
 # give Phillips 'founder', the first named, and Olmsted 'cofounder', or leave Olmsted out as one of a group)
 roles=[R("Ellis Laurimore Phillips", "cofounder", LILCO), R("George W. Olmsted", "cofounder", LILCO)],
 # the four small electric companies bought at the founding are unnamed -> nothing; the Shoreham plant 'bought by the
 # Long Island Power Authority' -> nothing (an asset, a plant); 'helped force the sale of the company' -> no buyer
 # named, nothing
 relations=[],
 # 'Hurricane Gloria hit Long Island on September 27, 1985, but power was not fully restored until October 8' and
 # 'the delays in restoring power' -> one outage: provider LILCO (the text's 'original power utility for Long Island'
 # whose restoration delays brought it down; the text does not say 'LILCO's customers' in so many words), date
 # 1985-09-27, no clock time, end 1985-10-08 (full restoration), duration 11 days = 264 hours (computed from the two
 # days, as other gold files compute day-to-day spans; doubtful: the storm day's hour is not given), affected: none
 # named (power to Long Island's homes; no service or organisation named), location Long Island, cause Hurricane
 # Gloria
 outages=[O(LILCO, "1985-09-27", [], end="1985-10-08", dur=264.0, loc="Long Island", cause="Hurricane Gloria")],
 # 'October 8' -> 1985-10-08 (the year from the same sentence)
 dates=[D("1911", "1911"), D("1998", "1998"), D("September 27, 1985", "1985-09-27"), D("October 8", "1985-10-08")])

# ---- water holding company, England: Northumbrian Water Group ---------------------------------------------------------------
NWG = "Northumbrian Water Group plc"
NWL = "Northumbrian Water Limited"
ESW = "Essex & Suffolk Water"
LY = "Lyonnaise des Eaux et de l'Eclairage"
NEW = "North East Water"
A["wp-northumbrian-water-group"] = dict(
 # the group -> Company, 'NWG' an alias; 'Northumbrian Water Limited (NWL)' -> Company, 'NWL' and its trading name
 # 'Northumbrian Water' aliases; 'Essex and Suffolk Water' (the lead, a trading name of NWL) and 'Essex & Suffolk
 # Water' (the company Lyonnaise formed in 1994) -> one Company 'Essex & Suffolk Water', the other spelling an alias
 # (doubtful: a reader might alias the lead's form to NWL as a trading name only, or keep two); Cheung Kong
 # Infrastructure Holdings -> Company; 'the Northumbrian Water Authority (NWA)', a public sector authority ->
 # Organization, 'NWA' an alias; the 'Newcastle & Gateshead' company ('the Newcastle company') -> Company 'Newcastle &
 # Gateshead' (the text names the company only so; 'Newcastle company' not an alias, a descriptive phrase; doubtful);
 # the 'Sunderland & South Shields' company, 'renamed North East Water (NEW)' -> one Company 'North East Water',
 # aliases 'Sunderland & South Shields' and 'NEW' (a former name); Lyonnaise des Eaux et de l'Eclairage -> Company,
 # 'Lyonnaise' an alias; the Paris Bourse -> Company (a stock exchange run as a business, GUIDELINES.md); Essex Water
 # Company and Suffolk Water Company ('formerly East Anglian Water Company', an alias) -> Company; England and Wales
 # -> Location ('the north-east of England' and 'eastern England' not annotated as places of their own; doubtful: a
 # reader might add them as regions); the Water Act 1973 (a law), 'SWC' (a class of companies, not a name) -> nothing
 entities=[E("Company", NWG, "NWG"), E("Company", NWL, "NWL", "Northumbrian Water")]
          + locs("England", "Wales")
          + [E("Company", ESW, "Essex and Suffolk Water"), E("Company", "Cheung Kong Infrastructure Holdings"),
             E("Organization", "Northumbrian Water Authority", "NWA"), E("Company", "Newcastle & Gateshead"),
             E("Company", NEW, "Sunderland & South Shields", "NEW"), E("Company", LY, "Lyonnaise"),
             E("Company", "Paris Bourse"), E("Company", "Essex Water Company"),
             E("Company", "Suffolk Water Company", "East Anglian Water Company")],
 # no person is named in the text (the infobox's chairman and chief executive were cut)
 roles=[],
 # "NWG's largest subsidiary is Northumbrian Water Limited" -> parentOrganization(NWL, NWG); NWL 'supplies water to
 # part of eastern England, as Essex and Suffolk Water' -> parentOrganization(Essex & Suffolk Water, NWL) (the
 # supplier under that name is NWL; doubtful: a trading name, which a reader might alias to NWL rather than relate);
 # 'In 2011 it was acquired by Cheung Kong Infrastructure Holdings' -> acquired(CKI, NWG) and parentOrganization
 # (doubtful: 'it' could be read as NWL, the subject of the sentence before; the group, the article's subject and the
 # holding company, taken); 'the Newcastle & Gateshead and Sunderland & South Shields companies were acquired ... by
 # Lyonnaise' -> acquired(Lyonnaise, Newcastle & Gateshead) only (then 'merged into the Sunderland company', merged
 # away) and acquired(Lyonnaise, North East Water) with parentOrganization (the company that went on, renamed);
 # 'Lyonnaise acquired two further SWCs, Essex Water Company and Suffolk Water Company ... and, in 1994, merged them to
 # form Essex & Suffolk Water' -> acquired(Lyonnaise, each) only (merged away) and parentOrganization(Essex & Suffolk
 # Water, Lyonnaise) (the company it formed from its own two; told as past, recorded); 'a company listed on the Paris
 # Bourse' -> nothing (a listing is no relation type); the NWA -> no relation (the text ties it to NWG only through
 # the cut paragraph)
 relations=[L(NWL, "parentOrganization", NWG), L(ESW, "parentOrganization", NWL),
            L("Cheung Kong Infrastructure Holdings", "acquired", NWG),
            L(NWG, "parentOrganization", "Cheung Kong Infrastructure Holdings"),
            L(LY, "acquired", "Newcastle & Gateshead"), L(LY, "acquired", NEW), L(NEW, "parentOrganization", LY),
            L(LY, "acquired", "Essex Water Company"), L(LY, "acquired", "Suffolk Water Company"),
            L(ESW, "parentOrganization", LY)],
 outages=[],
 # '1988' (twice) listed once; 'the Water Act 1973' (a law's name) -> no date
 dates=[D("2011", "2011"), D("1974", "1974"), D("1988", "1988"), D("1992", "1992"), D("1994", "1994")])

# ---- electric utility, Nova Scotia: Nova Scotia Power ---------------------------------------------------------------------
NSP = "Nova Scotia Power Inc."
GNS = "Government of Nova Scotia"
NSLP = "Nova Scotia Light and Power Company, Limited"
A["wp-nova-scotia-power"] = dict(
 # the utility -> Company 'Nova Scotia Power Inc.', with 'Nova Scotia Power Inc' (the text's second spelling), its
 # predecessor names 'Nova Scotia Power Commission' (the Crown commission the text follows through its history) and
 # 'Nova Scotia Power Corporation' ('the renamed Nova Scotia Power Corporation (NSPC)') and 'NSPC' as aliases
 # (GUIDELINES.md: former names are aliases; doubtful: a reader might keep the commission, a Crown body, apart as an
 # Organization, or keep the corporation apart); Emera -> Company; 'the Nova Scotia Utility and Review Board (NSUARB)'
 # -> Organization, 'NSUARB' an alias; 'the Government of Nova Scotia' -> Organization ('the provincial government',
 # twice, generic: not an alias); the New Brunswick Electric Power Commission (a Crown utility of the neighbouring
 # province) -> Company, as the Nova Scotia commission is (doubtful: a reader might type it Organization); 'Nova Scotia
 # Light and Power Company, Limited (NSLP), an investor-owned utility' -> Company, 'NSLP' an alias; Nova Scotia,
 # Canada, Tantallon, the Annapolis River and Annapolis Royal -> Location ('the first hydro plant' and 'the world's
 # first tidal power generating station' are unnamed sites -> nothing)
 entities=[E("Company", NSP, "Nova Scotia Power Inc", "Nova Scotia Power Commission", "Nova Scotia Power Corporation",
             "NSPC")]
          + locs("Nova Scotia", "Canada")
          + [E("Company", "Emera"), E("Organization", "Nova Scotia Utility and Review Board", "NSUARB"),
             E("Location", "Tantallon"), E("Company", "New Brunswick Electric Power Commission"),
             E("Organization", GNS), E("Company", NSLP, "NSLP")]
          + locs("Annapolis River", "Annapolis Royal"),
 # no person is named in the text (the infobox's president and CEO was cut)
 roles=[],
 # 'It is privately owned by Emera' -> parentOrganization(NSP, Emera); 'regulated by the provincial government via
 # the Nova Scotia Utility and Review Board' -> nothing (regulation is no relation type); 'The Nova Scotia Power
 # Commission was formed in 1919 by the provincial government ... Crown corporation' -> parentOrganization(NSP,
 # Government of Nova Scotia) (a Crown utility the province formed; told as past, recorded; doubtful: 'the provincial
 # government' is not named as the Government of Nova Scotia in that sentence, and a reader might record no owner);
 # 'the Government of Nova Scotia acquired Nova Scotia Light and Power Company, Limited (NSLP)' -> acquired(GNS,
 # NSLP) and parentOrganization(NSLP, GNS) (the text's own verb; a government as buyer, as the corpus has
 # 'Swedish government' acquired 'Astra AB'; doubtful: GOLD_FORMAT.md writes acquired as Company s; a reader might
 # record only the parentOrganization); 'leasing its assets to the renamed Nova Scotia Power Corporation' -> nothing
 # (assets leased); 'Nova Scotia was connected to the New Brunswick Electric Power Commission' -> nothing (a grid
 # interconnection of a province, not a stated partnership between the two utilities)
 relations=[L(NSP, "parentOrganization", "Emera"), L(NSP, "parentOrganization", GNS),
            L(GNS, "acquired", NSLP), L(NSLP, "parentOrganization", GNS)],
 outages=[],
 # 'the following year' (1920 by the sentence before, but relative and `published` null), 'the 1920s-1960s' and
 # 'the late 1960s' (decades) -> left out
 dates=[D("1919", "1919"), D("1960", "1960"), D("January 27, 1972", "1972-01-27"), D("1984", "1984")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
