#!/usr/bin/env python3
"""Batch 40t gold annotations (the texts of batch40t.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All five are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'That October', 'the following November', 'In September' (years given only by
the sentences before), 'now' and 'since' follow that rule and are left out. No text tells an outage (or a near-miss),
so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o): a company 'bought by', 'sold to',
'acquired by' or 'taken over' by another -> acquired + parentOrganization(target, buyer); 'X, a wholly owned
subsidiary of Y', 'their Z subsidiary', 'became part of', 'operating as a brand of' -> parentOrganization (no acquired:
no purchase told); a business or customers bought without a named company ('the ISP business of Nando.net', 'PSINet
retail subscribers', 'its home broadband business') -> nothing (asset purchases); 'merged with' / 'a merger of equals'
-> nothing (the text does not say who bought whom); a company's former and later names ('Scottish Telecom rebranded as
Thus plc', 'changing its corporate name to Stobart Air', 'Pipex Wireless business, rebranded as Freedom4') -> aliases
of one entity, named by its later name where the text follows it; people who 'purchased the airline' -> no role
(owners); a founder named alone -> founder, several named together ('formed by', 'established ... by') -> cofounder
each; '(Chairman)', '(Managing Director)' beside a name -> chairman, director; 'then chief technical officer' -> cto,
current false; 'One of its first customers was X' -> partner, direction as written; brands a company 'operates' ->
Service with provider that company; an exchange that is a business -> Company (as batch 36j's DE-CIX, the London
Stock Exchange throughout); 'the UK government', 'the Irish government' -> Organization (as earlier batches);
adjectives ('British', 'London-based') -> the place only where the name is written out (as batch 40o's 'Austin-based').
usage: batch40t_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- internet access, UK: Demon Internet ------------------------------------------------------------------------------
DI = "Demon Internet"
TH = "Thus plc"
CW = "Cable & Wireless plc"
CWW = "Cable & Wireless Worldwide"
VG = "Vodafone Group"
A["wp-demon-internet"] = dict(
 # the provider -> Company, with 'Demon' as alias ('Demon's infrastructure' in the last sentence is Demon Systems'; the
 # surface form stays with Demon Internet, its other uses); Vodafone Group ('a brand of Vodafone', 'Vodafone
 # announced') -> Company, alias 'Vodafone'; 'Scottish Telecom rebranded as Thus plc' -> one Company named Thus plc,
 # aliases 'Scottish Telecom' and 'Thus' (doubtful: a reader might keep Scottish Telecom apart); ScottishPower, the
 # London Stock Exchange, Cable & Wireless plc, Cable & Wireless Worldwide, KPN, XS4ALL -> Company; the Daily
 # Telegraph (a newspaper) -> Company; Demon Systems ('a bespoke business software development company') ->
 # Company; Cliff Stanford ('Stanford'), Grahame Davies, Owen Manderfield -> Person; CIX ('the CIX boards', an online
 # conferencing service) -> Service; UK, the Netherlands -> Location; 'a subsidiary ISP business in the Netherlands'
 # (unnamed) -> nothing
 entities=[E("Company", DI, "Demon"), E("Company", VG, "Vodafone"), E("Location", "UK"),
           E("Company", "Daily Telegraph"), E("Company", TH, "Scottish Telecom", "Thus"),
           E("Company", "ScottishPower"), E("Company", "London Stock Exchange"), E("Company", CW),
           E("Company", CWW), E("Location", "Netherlands"), E("Company", "KPN"), E("Company", "XS4ALL"),
           E("Company", "Demon Systems"), E("Person", "Cliff Stanford", "Stanford"), E("Person", "Grahame Davies"),
           E("Person", "Owen Manderfield"), E("Service", "CIX")],
 # 'Demon Systems, a bespoke business software development company formed by Cliff Stanford, Grahame Davies and Owen
 # Manderfield' -> cofounder each of Demon Systems; Stanford's offer to 'use Demon's infrastructure to create such a
 # service' -> no founder role at Demon Internet (the text says it 'was born out of Demon Systems', not who founded
 # it; doubtful: a reader might make Stanford its founder)
 roles=[R(p, "cofounder", "Demon Systems") for p in ("Cliff Stanford", "Grahame Davies", "Owen Manderfield")],
 # 'Demon was bought by Scottish Telecom' -> acquired + parentOrganization; 'Scottish Telecom, a wholly owned
 # subsidiary of ... ScottishPower' -> parentOrganization (past ownership recorded; 'fully demerged ... in 2002');
 # 'Thus became part of Cable & Wireless plc, and then part of Cable & Wireless Worldwide' -> parentOrganization to
 # each (no purchase told); 'the acquisition of Cable & Wireless Worldwide by Vodafone Group' -> acquired +
 # parentOrganization; 'later operating as a brand of Vodafone', 'Demon then operated as a brand of Vodafone' ->
 # parentOrganization(Demon Internet, Vodafone Group) ('The company was purchased as part of the acquisition' leaves
 # open whether Demon or Thus is meant; no acquired of Demon by Vodafone, doubtful); 'their XS4ALL subsidiary' ->
 # parentOrganization(XS4ALL, KPN); the Dutch business 'sold to KPN' -> nothing (unnamed); 'born out of Demon
 # Systems' -> nothing (doubtful: a reader might make Demon Systems its parent); 'floated on the London Stock
 # Exchange' -> nothing; the Cable & Wireless split -> nothing
 relations=[L(TH, "acquired", DI), L(DI, "parentOrganization", TH), L(TH, "parentOrganization", "ScottishPower"),
            L(TH, "parentOrganization", CW), L(TH, "parentOrganization", CWW), L(VG, "acquired", CWW),
            L(CWW, "parentOrganization", VG), L(DI, "parentOrganization", VG),
            L("XS4ALL", "parentOrganization", "KPN")],
 outages=[],
 dates=[D("1 June 1992", "1992-06-01"), D("1997", "1997"), D("October 1999", "1999-10"), D("2002", "2002"),
        D("27 July 2012", "2012-07-27"), D("1996", "1996"), D("2006", "2006"), D("June 2006", "2006-06"),
        D("January 2019", "2019-01")])

# ---- internet access, UK: Pipex ------------------------------------------------------------------------------------
PX = "Pipex"
A["wp-pipex"] = dict(
 # the provider -> Company, aliases 'PIPEX', 'The Public I.P. Exchange Ltd' (its name at formation), 'Unipalm Pipex'
 # (the name under which it was sold; doubtful: a reader might give it to Unipalm, the group it belonged to) and
 # 'UUNet/Pipex' (its name after the sale); United Kingdom ('UK') -> Location; JANET ('the UK government's JANET
 # network') -> Service, no provider (the UK government is no Company); 'the UK government' -> Organization (as
 # earlier batches); Demon Internet, BT, Tiscali UK, Unipalm, UUNET ('UUNet'), the BBC -> Company; the London
 # Internet Exchange ('LINX') -> Company (an exchange, as batch 36j's DE-CIX; doubtful: a member-owned body, a reader
 # might type it Organization); 'the former Pipex Wireless business, rebranded as Freedom4' -> Company Freedom4, alias
 # 'Pipex Wireless'; 'the former Pipex Business, known as Vialtus' -> Company Vialtus, alias 'Pipex Business'; Daisy
 # Group ('brought together as Daisy') -> Company, alias 'Daisy' (doubtful: 'Daisy' names the combined business);
 # Peter Dawe, Keith Mitchell -> Person; 'Cisco Catalyst 1200' (a network switch; Cisco only inside the name) ->
 # Service; London ('a London-based Internet exchange') -> Location
 entities=[E("Company", PX, "PIPEX", "The Public I.P. Exchange Ltd", "Unipalm Pipex", "UUNet/Pipex"),
           E("Location", "United Kingdom", "UK"), E("Organization", "UK government"), E("Service", "JANET"),
           E("Company", "Demon Internet"), E("Company", "London Internet Exchange", "LINX"), E("Company", "BT"),
           E("Company", "Tiscali UK"), E("Company", "Freedom4", "Pipex Wireless"),
           E("Company", "Vialtus", "Pipex Business"), E("Company", "Daisy Group", "Daisy"), E("Company", "Unipalm"),
           E("Person", "Peter Dawe"), E("Company", "UUNET", "UUNet"), E("Company", "BBC"),
           E("Person", "Keith Mitchell"), E("Location", "London"), E("Service", "Cisco Catalyst 1200")],
 # 'founded by Peter Dawe' -> founder; 'Keith Mitchell, then chief technical officer of PIPEX' -> cto, current false
 roles=[R("Peter Dawe", "founder", PX), R("Keith Mitchell", "cto", PX, False)],
 # 'formed ... by Unipalm in 1990 as The Public I.P. Exchange Ltd' -> parentOrganization(Pipex, Unipalm) (a company
 # formed by another; doubtful); 'One of its first customers was Demon Internet, shortly followed by the BBC' ->
 # partner(Pipex, Demon Internet) and partner(Pipex, BBC), direction as written; 'Unipalm Pipex was sold to UUNet' ->
 # acquired + parentOrganization; 'Freedom4, bought the former Pipex Business, known as Vialtus' -> acquired +
 # parentOrganization; 'Freedom4 also purchased Daisy Group through a reverse takeover' -> acquired +
 # parentOrganization (the target not merged away: the three were 'brought together as Daisy'; doubtful, as batch
 # 40o's Tucows reverse takeover); Pipex Wireless and the Pipex Business as 'companies within the group' -> no
 # parentOrganization to Pipex (the group is not named apart from the provider; doubtful); 'the sale of its home
 # broadband business to Tiscali UK' -> nothing (a business, not a company, sold); the leased line 'to UUNET' and
 # the meeting with BT -> nothing (no partnership or contract stated; doubtful for UUNET); the donated switch ->
 # nothing
 relations=[L(PX, "parentOrganization", "Unipalm"), L(PX, "partner", "Demon Internet"), L(PX, "partner", "BBC"),
            L("UUNET", "acquired", PX), L(PX, "parentOrganization", "UUNET"), L("Freedom4", "acquired", "Vialtus"),
            L("Vialtus", "parentOrganization", "Freedom4"), L("Freedom4", "acquired", "Daisy Group"),
            L("Daisy Group", "parentOrganization", "Freedom4")],
 outages=[],
 # 'mid 1992' -> 1992 (its own item: another text with the same value)
 dates=[D("1990", "1990"), D("1992", "1992"), D("1994", "1994"), D("2007", "2007"), D("2009", "2009"),
        D("mid 1992", "1992"), D("November 1994", "1994-11"), D("November 1995", "1995-11")])

# ---- internet access, US: MindSpring --------------------------------------------------------------------------------
MS = "MindSpring Enterprise"
A["wp-mindspring"] = dict(
 # the provider -> Company, aliases 'MindSpring' and 'Mindspring'; 'the MindSpring brand ... relaunched by EarthLink
 # as a free VoIP service' -> no Service entity (the surface form is the company's; doubtful: a reader might add a
 # Service MindSpring with provider EarthLink); EarthLink, Internet Atlanta ('another local ISP'), ITC Holding
 # Company, NASDAQ, Inter Direct, SpryNet, Netcom, PSINet -> Company; Nando.net ('Nando continued as an online news
 # website') -> Company, alias 'Nando' (a news website run as a business); Charles Brewer -> Person; Georgia Tech ->
 # Organization (a university); its 'Advanced Technology Development Center' (offices) -> Location (a named site);
 # Midtown Atlanta, Atlanta, Georgia, North Carolina, Phoenix, Arizona, Seattle, Washington, Montgomery, Alabama ->
 # Location; 'MSPG' (a ticker) -> nothing; 'high speed cable service', 'DSL services' -> nothing (generic)
 entities=[E("Company", MS, "MindSpring", "Mindspring"), E("Location", "Midtown Atlanta"), E("Location", "Atlanta"),
           E("Location", "Georgia"), E("Company", "EarthLink"), E("Person", "Charles Brewer"),
           E("Company", "Internet Atlanta"), E("Company", "ITC Holding Company"), E("Organization", "Georgia Tech"),
           E("Location", "Advanced Technology Development Center"), E("Company", "NASDAQ"),
           E("Company", "Nando.net", "Nando"), E("Location", "North Carolina"), E("Company", "PSINet"),
           E("Company", "Inter Direct"), E("Location", "Phoenix"), E("Location", "Arizona"),
           E("Company", "SpryNet"), E("Location", "Seattle"), E("Location", "Washington"), E("Company", "Netcom"),
           E("Location", "Montgomery"), E("Location", "Alabama")],
 # 'MindSpring was founded in February 1994 by Charles Brewer' -> founder
 roles=[R("Charles Brewer", "founder", MS)],
 # 'it acquired Inter Direct', 'it acquired SpryNet', 'it acquired Netcom' -> acquired + parentOrganization each;
 # 'acquired the ISP business of Nando.net' and 'acquired PSINet retail subscribers' -> nothing (a business and
 # subscribers bought, the companies themselves not; doubtful); 'Mindspring merged with EarthLink ... retaining the
 # EarthLink name' and 'a merger of equals' -> nothing (no buyer told); 'shared facilities and technical staff with
 # Internet Atlanta' -> partner(MindSpring Enterprise, Internet Atlanta) (two companies working together; doubtful:
 # no partnership word); 'investment funding from ITC Holding Company' -> nothing (an investor; no stake or ownership
 # stated); 'went public on NASDAQ' -> nothing; offices at Georgia Tech's centre -> nothing
 relations=[L(MS, "acquired", "Inter Direct"), L("Inter Direct", "parentOrganization", MS),
            L(MS, "acquired", "SpryNet"), L("SpryNet", "parentOrganization", MS),
            L(MS, "acquired", "Netcom"), L("Netcom", "parentOrganization", MS),
            L(MS, "partner", "Internet Atlanta")],
 outages=[],
 # 'early 2008' -> 2008 and 'late 1994' -> 1994 (GUIDELINES: 'late 2006' -> the year); 'That October', 'the following
 # November' and 'In September' left out (years only from the sentences before; `published` null)
 dates=[D("February 4, 2000", "2000-02-04"), D("2006", "2006"), D("early 2008", "2008"),
        D("February 1994", "1994-02"), D("June 1994", "1994-06"), D("late 1994", "1994"),
        D("September 1995", "1995-09"), D("March 1996", "1996-03"), D("September 1996", "1996-09"),
        D("February 1998", "1998-02"), D("February 1999", "1999-02"), D("March 1999", "1999-03"),
        D("September 23, 1999", "1999-09-23")])

# ---- internet access, UK: Plusnet -----------------------------------------------------------------------------------
PN = "Plusnet plc"
A["wp-plusnet"] = dict(
 # the provider -> Company, alias 'Plusnet'; BT Group ('the sale to BT') -> Company, alias 'BT'; the Alternative
 # Investment Market -> Company (a market of a stock exchange, as exchanges are typed; doubtful); Comms Factory,
 # Choice Peripherals, Ebuyer ('the hardware retailer'), Demon Internet -> Company; the brands it operates ->
 # Service each: Metronet, 'pay as you host', 'just-the-name' (written in lower case; doubtful: a reader might skip
 # them), Madasafish ('the Madasafish brands'), Vodafone@home, John Lewis Broadband, Greenbee Broadband (John Lewis
 # and Vodafone only inside those names); 'Waitrose' in '(including Waitrose and Greenbee Broadband)' -> Company, no
 # relation (the retailer's name on its own; doubtful: a reader might read a 'Waitrose' broadband brand, a Service);
 # Yourcalls and 24 Talk ('brands') -> Service; Force9 Internet ('launched Force9 Internet', 'Force9 Internet
 # products') -> Service; Paul Cusack, Lee Strafford -> Person; Sheffield, South Yorkshire, UK -> Location
 entities=[E("Company", PN, "Plusnet"), E("Location", "Sheffield"), E("Location", "South Yorkshire"),
           E("Company", "Alternative Investment Market"), E("Company", "BT Group", "BT"), E("Service", "Metronet"),
           E("Location", "UK"), E("Service", "pay as you host"), E("Service", "just-the-name"),
           E("Service", "Madasafish"), E("Service", "Vodafone@home"), E("Service", "John Lewis Broadband"),
           E("Company", "Waitrose"), E("Service", "Greenbee Broadband"), E("Company", "Comms Factory"),
           E("Service", "Yourcalls"), E("Service", "24 Talk"), E("Company", "Choice Peripherals"),
           E("Service", "Force9 Internet"), E("Person", "Paul Cusack"), E("Company", "Ebuyer"),
           E("Person", "Lee Strafford"), E("Company", "Demon Internet")],
 # 'founder of Choice Peripherals, Paul Cusack (Chairman)' -> founder of Choice Peripherals and chairman of Plusnet
 # plc ('Heavily involved in early Plusnet was ... (Chairman)'; current false: early Plusnet, and he 'later went on
 # to create' Ebuyer; doubtful: a reader might give the chair to Choice Peripherals); 'went on to create the hardware
 # retailer Ebuyer' -> founder of Ebuyer; 'Lee Strafford (Managing Director), who later went on to lead Plusnet ...
 # up to the sale to BT in January 2007' -> director, current false (his leading ended with the sale; no post named
 # for that, so no further role)
 roles=[R("Paul Cusack", "founder", "Choice Peripherals"), R("Paul Cusack", "chairman", PN, False),
        R("Paul Cusack", "founder", "Ebuyer"), R("Lee Strafford", "director", PN, False)],
 # 'Plusnet was acquired by BT Group' -> acquired + parentOrganization; 'it also took over Comms Factory, acquiring
 # some 28,000 customers' -> acquired + parentOrganization (the text says it took the company over; doubtful: the
 # customers may be all it bought); 'operates the Metronet brand ..., including pay as you host and just-the-name, as
 # well as the Madasafish brands, Vodafone@home and the John Lewis Broadband (including ... Greenbee Broadband)' ->
 # provider Plusnet for each; 'customers previously under the Yourcalls and 24 Talk brands' (Comms Factory's) ->
 # provider Comms Factory for each (doubtful); 'Choice Peripherals ... launched Force9 Internet' -> provider;
 # 'floated on the Alternative Investment Market' -> nothing; the model 'popularised by Demon Internet' -> nothing
 relations=[L("BT Group", "acquired", PN), L(PN, "parentOrganization", "BT Group"),
            L(PN, "acquired", "Comms Factory"), L("Comms Factory", "parentOrganization", PN)]
           + [L(s, "provider", PN) for s in ("Metronet", "pay as you host", "just-the-name", "Madasafish",
                                             "Vodafone@home", "John Lewis Broadband", "Greenbee Broadband")]
           + [L("Yourcalls", "provider", "Comms Factory"), L("24 Talk", "provider", "Comms Factory"),
              L("Force9 Internet", "provider", "Choice Peripherals")],
 outages=[],
 dates=[D("1997", "1997"), D("July 2004", "2004-07"), D("30 January 2007", "2007-01-30"),
        D("November 2013", "2013-11"), D("December 2013", "2013-12"), D("1 February 1997", "1997-02-01"),
        D("January 2007", "2007-01")])

# ---- airline, Ireland: Aer Arann ------------------------------------------------------------------------------------
AA = "Aer Arann"
A["wp-aer-arann"] = dict(
 # the airline -> Company, aliases 'Aer Arann Regional' (its styling) and 'Stobart Air' ('changing its corporate name
 # to Stobart Air'); Aer Lingus Regional ('the Aer Lingus Regional brand') -> Service (as batch 17d typed it); 'Aer
 # Arann Islands' (the island service 'operates as') -> Service; 'Britten-Norman Islander' ('Islander aircraft') ->
 # Service, alias 'Islander'; James Coen, Ralph Langan, Pádraig Ó Céidigh ('Ó Céidigh'), Eugene O'Kelly ('O'Kelly')
 # -> Person; 'the Irish government' -> Organization; Dublin, Ireland, Cork, Shannon, Galway, the Aran Islands ->
 # Location; Connemara Airport, Donegal Airport, Dublin Airport, Sligo Airport -> Location (airports); the 'Public
 # service obligation (PSO) route' -> nothing (a route, not a name)
 entities=[E("Company", AA, "Aer Arann Regional", "Stobart Air"), E("Location", "Dublin"), E("Location", "Ireland"),
           E("Service", "Aer Lingus Regional"), E("Location", "Cork"), E("Location", "Shannon"),
           E("Person", "James Coen"), E("Person", "Ralph Langan"), E("Location", "Galway"),
           E("Location", "Aran Islands"), E("Service", "Britten-Norman Islander", "Islander"),
           E("Location", "Connemara Airport"), E("Service", "Aer Arann Islands"),
           E("Person", "P\u00e1draig \u00d3 C\u00e9idigh", "\u00d3 C\u00e9idigh"),
           E("Person", "Eugene O'Kelly", "O'Kelly"), E("Organization", "Irish government"),
           E("Location", "Donegal Airport"), E("Location", "Dublin Airport"), E("Location", "Sligo Airport")],
 # 'Aer Arann was established in 1970 by James Coen and Ralph Langan' -> cofounder each; 'Pádraig Ó Céidigh and
 # Eugene O'Kelly purchased the airline' and 'began to expand the airline's routes and fleet' -> no role (owners; no
 # post named; doubtful: a reader might give each executive)
 roles=[R("James Coen", "cofounder", AA), R("Ralph Langan", "cofounder", AA)],
 # 'operated scheduled services on behalf of Aer Lingus Regional', 'three bases ... which operated under the Aer
 # Lingus Regional brand' -> provider(Aer Lingus Regional, Aer Arann) (the airline that flies the brand; doubtful: the
 # brand's owner, Aer Lingus, is not named, and a reader might type Aer Lingus Regional a Company and record a
 # partner); the island service that 'operates as "Aer Arann Islands"' -> provider(Aer Arann Islands, Aer Arann)
 # (doubtful: the text does not say who runs it after the move); the purchase by two people -> nothing (no company
 # bought it); the PSO routes the Irish government 'awarded' -> nothing (a route award, no contract between named
 # companies); the Islander -> no provider (its maker not named on its own)
 relations=[L("Aer Lingus Regional", "provider", AA), L("Aer Arann Islands", "provider", AA)],
 outages=[],
 # 'by the end of 2014' -> '2014'
 dates=[D("19 March 2014", "2014-03-19"), D("2014", "2014"), D("1970", "1970"), D("August 1970", "1970-08"),
        D("2015", "2015"), D("1994", "1994"), D("1998", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
