#!/usr/bin/env python3
"""Batch 38z gold annotations (the texts of batch38z.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-asean-eu-trade-talks-texas-instruments-clsa-water-fund-2007 -> test,
voa-hong-kong-airport-authority-hangzhou-stake-hih-sentences-2005 -> train,
voa-ibm-korea-bribery-indictments-hutchison-ect-rotterdam-stake-2004 -> dev. Relative dates resolve against each
story's `published` (from its address): 2007-05-07, 2005-04-18, 2004-01-05 (Mondays).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m, 38o, 38w and 38x): a stated controlling
holding ('total interest in ... to 98 percent from 79 percent') -> parentOrganization; stakes bought in facilities
(an airport) and minority stakes -> nothing; a named investment fund a bank launches and runs -> Service with
provider (doubtful); 'chief executive officer' -> ceo, 'managing director' -> director, 'chairman' -> chairman, 'chief
investment officer' -> executive, 'a shipping analyst with investment bank CLSA' -> analyst; 'Former' -> current
false. Airports and named economic zones are facilities -> Location (no relation attaches). News organisations are
Company ('VOA'); reporters get no role. 'U.S.' (the only form of the country in two texts) -> Location 'U.S.'.
usage: batch38z_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39z/pool /tmp/gather39z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- ASEAN-EU talks, Texas Instruments' Philippine plant, CLSA's Clean Water fund (published 2007-05-07) -----------
CLSA = "CLSA Asia-Pacific Markets"
A["voa-asean-eu-trade-talks-texas-instruments-clsa-water-fund-2007"] = dict(
 # 'The Association of Southeast Asian nations' (lower-case 'nations' as held) / 'ASEAN' (twice) -> Organization (the
 # teaser's 'Southeast Asian nations' is a generic phrase: no alias); 'the European Union' / 'EU' -> Organization;
 # "VOA's" -> Company 'VOA' and 'Claudia Blume' Person (a reporter: no role); 'Texas Instruments' ('a leading U.S.
 # semiconductor maker') -> Company; 'Investment bank CLSA Asia-Pacific Markets' / "CLSA's" -> Company, alias 'CLSA';
 # 'Andrew Pidden' / 'Pidden' -> Person; 'the Clean Water fund' and "the company's existing Clean Resources Asia
 # fund" -> Service (investment funds the bank runs and investors buy into, as products; doubtful: a second
 # annotator may leave funds out); 'U.S.' (three times, adjectival; the only form of the country) -> Location 'U.S.';
 # 'the Philippines' (twice), 'Burma', 'the Clark economic zone' (a named site, a former air base: Location;
 # doubtful: may be named 'Clark'), 'Manila', 'Singapore', 'Asia' ("Asia's first", 'across Asia'), 'China' ->
 # Location ('Asian', 'Southeast Asian' adjectives: nothing)
 entities=[E("Organization", "Association of Southeast Asian nations", "ASEAN"),
           E("Organization", "European Union", "EU"), E("Company", "VOA"), E("Person", "Claudia Blume"),
           E("Company", "Texas Instruments"), E("Company", CLSA, "CLSA"), E("Person", "Andrew Pidden", "Pidden"),
           E("Service", "Clean Water fund"), E("Service", "Clean Resources Asia fund"), E("Location", "U.S."),
           E("Location", "Clark economic zone")]
          + locs("Philippines", "Burma", "Manila", "Singapore", "Asia", "China"),
 # "Andrew Pidden, CLSA's chief investment officer in Singapore" -> executive of CLSA Asia-Pacific Markets (chief
 # investment officer -> executive, GUIDELINES.md)
 roles=[R("Andrew Pidden", "executive", CLSA)],
 # "the new fund, to be known as the Clean Water fund, is in addition to the company's existing Clean Resources Asia
 # fund" (CLSA 'has launched' it) -> provider(fund, CLSA Asia-Pacific Markets), both. Texas Instruments' plant (an
 # asset it will build), Burma 'a member of ASEAN' (a country in a bloc), the ASEAN-EU talks: nothing
 relations=[L("Clean Water fund", "provider", CLSA), L("Clean Resources Asia fund", "provider", CLSA)],
 outages=[],
 # 'in 2005' -> '2005'; 'Production is scheduled to start in the second half of next year' -> 'the second half of
 # next year' 2008 (a half year -> the year, as batch 38x). Left out: 'more than three decades' (a span)
 dates=[D("2005", "2005"), D("the second half of next year", "2008")])

# ---- Japan-ASEAN talks, the Airport Authority's Hangzhou stake, Sun Hung Kai, HIH (published 2005-04-18) -----------
AA, HIH = "Hong Kong Airport Authority", "HIH Insurance"
A["voa-hong-kong-airport-authority-hangzhou-stake-hih-sentences-2005"] = dict(
 # 'Japan' (three times) -> Location; 'the Association of Southeast Asian Nations (ASEAN)' -> Organization, alias
 # 'ASEAN'; 'the city's Airport Authority' / 'The Airport Authority' / 'the Hong Kong Airport Authority' ->
 # Organization (a statutory body), alias 'Airport Authority' ("Hong Kong's airport operator" a description: no
 # alias); 'the Hangzhou Xiaoshan International Airport' / 'Hangzhou airport' (twice) -> Location (an airport), alias
 # 'Hangzhou airport' (Hangzhou itself is named only inside these: not annotated on its own); 'Zhejiang' ('Zhejiang
 # province') -> Location; 'David Pang' -> Person; 'Sun Hung Kai Properties' -> Company; 'HIH Insurance' / "HIH's" ->
 # Company, alias 'HIH'; 'Rodney Adler', 'Ray Williams', 'Jeff Lucy' -> Person; 'the Australian Securities and
 # Investment Commission or ASIC' -> Organization (the regulator), alias 'ASIC'; "Hong Kong's" / 'Hong Kong' (besides
 # the Authority's name), 'China' (four times), 'Tokyo', "Australia's" -> Location ('Australian court': an adjective,
 # an unnamed court: nothing)
 entities=[E("Location", "Japan"), E("Organization", "Association of Southeast Asian Nations", "ASEAN"),
           E("Organization", AA, "Airport Authority"),
           E("Location", "Hangzhou Xiaoshan International Airport", "Hangzhou airport"), E("Location", "Zhejiang"),
           E("Person", "David Pang"), E("Company", "Sun Hung Kai Properties"), E("Company", HIH, "HIH"),
           E("Person", "Rodney Adler"), E("Person", "Ray Williams"), E("Person", "Jeff Lucy"),
           E("Organization", "Australian Securities and Investment Commission", "ASIC")]
          + locs("Hong Kong", "China", "Tokyo", "Australia"),
 # 'David Pang, chief executive officer of the Hong Kong Airport Authority' -> ceo; 'Former managing director Rodney
 # Adler' -> director of HIH Insurance, current false; "chief executive Ray Williams" (same sentence, 'two top
 # officials of what was once the country's second largest insurer', collapsed in 2001) -> ceo of HIH Insurance,
 # current false ('Former' read as covering both; doubtful: a second annotator may keep Williams current); 'Jeff
 # Lucy, chairman of the Australian Securities and Investment Commission' -> chairman
 roles=[R("David Pang", "ceo", AA), R("Rodney Adler", "director", HIH, False), R("Ray Williams", "ceo", HIH, False),
        R("Jeff Lucy", "chairman", "Australian Securities and Investment Commission")],
 # The Airport Authority 'has bought a 35 percent stake in an airport' and 'will jointly manage' it: a stake in a
 # facility (Location), and a minority: nothing. Sun Hung Kai's penthouse sale: an asset: nothing
 relations=[],
 outages=[],
 # 'by 2012' -> '2012'; 'as early as 2010' -> '2010'; 'in 2001' -> '2001'. Left out: 'the mid-1990s' (a decade's
 # middle, no calendar value), 'in recent years' (vague)
 dates=[D("2012", "2012"), D("2010", "2010"), D("2001", "2001")])

# ---- IBM Korea indictments, Hutchison's larger ECT stake, Singapore arrivals (published 2004-01-05, a Monday) -------
HW = "Hutchison Whampoa"
A["voa-ibm-korea-bribery-indictments-hutchison-ect-rotterdam-stake-2004"] = dict(
 # 'U.S.' ('a U.S. computer giant'; the only form of the country, 'American' an adjective) -> Location 'U.S.'; 'South
 # Korea' (twice; 'South Korean' adjectival, twice) -> Location; 'IBM' / "IBM's" -> Company (its 'South Korean
 # affiliate' and 'South Korean branch' are unnamed: no entity); "Hong Kong's Hutchison Whampoa conglomerate" /
 # 'Hutchison' (five times) -> Company, alias 'Hutchison'; 'Rotterdam', 'the Netherlands' -> Location; 'the Dutch
 # company RCPM' -> Company; 'Danni Schutte' -> Person; 'investment bank CLSA' -> Company; "the port's holding
 # company, ECT Beheer" -> Company; 'Hong Kong' (four times), "Singapore's" / 'Singapore', 'China', 'Taiwan' ->
 # Location. "Singapore's tourism office" (unnamed), SARS (a disease): nothing
 entities=[E("Location", "U.S."), E("Company", "IBM"), E("Company", HW, "Hutchison"), E("Company", "RCPM"),
           E("Person", "Danni Schutte"), E("Company", "CLSA"), E("Company", "ECT Beheer")]
          + locs("South Korea", "Hong Kong", "Rotterdam", "Netherlands", "Singapore", "China", "Taiwan"),
 # 'Danni Schutte, a shipping analyst with investment bank CLSA in Hong Kong' -> analyst of CLSA
 roles=[R("Danni Schutte", "analyst", "CLSA")],
 # "The purchase will boost Hutchison's total interest in the port's holding company, ECT Beheer, to 98 percent from
 # 79 percent": Hutchison already holds a controlling 79 percent (stated as present) -> parentOrganization(ECT
 # Beheer, Hutchison Whampoa); the 19 percent stake bought from RCPM ('will purchase': agreed, a stake in a company it
 # already controls) -> no acquired (doubtful: a second annotator may give acquired). RCPM as seller: nothing
 relations=[L("ECT Beheer", "parentOrganization", HW)],
 outages=[],
 # 'rose 7.9 percent in November' -> 'November' 2003-11 (the last November before 5 January 2004, against 'the same
 # month in 2002'); 'in 2002' -> '2002'; 'the ... outbreak early last year' -> 'early last year' 2003 (as 'late
 # 2006' -> the year). Left out: 'over the last couple of years' (vague)
 dates=[D("November", "2003-11"), D("2002", "2002"), D("early last year", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
