#!/usr/bin/env python3
"""Batch 36n gold annotations (the texts of batch36n.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); '10 years later', 'within 2 years of the launch', 'presently' and 'By 2009' counted from
other events are left out ('By 2009' itself gives its year). No text tells an outage, so every `outages` list is
empty (Sun Direct's failed satellite launch delayed a service not yet running: no service was lost).
Conventions (GUIDELINES.md part 2; batches 27d-36j): television channels, a streaming platform, a state broadcaster's
free satellite service and named satellites or satellite systems -> Service; a business named as a service provider
('a ... satellite television service provider') -> Company, even where its name is also its brand; a service a
company 'manages and operates', 'launched' or that 'was launched by' it -> provider; a channel bought from a named
company -> provider to both buyer and seller (ownership stated as past is recorded; the purchase of one channel is an
asset purchase, so no `acquired`); a studio a company 'manages and operates' -> Company with parentOrganization
(doubtful); 'owned by', 'a subsidiary of' -> parentOrganization; a joint venture between two named groups ->
partner, no parent; a 20% stake -> nothing; a merger that does not say who buys whom -> nothing; a state broadcaster
named as 'public broadcaster' -> Company (the binding rule: run as a business unless the text presents it as a
government body; doubtful); former names and the stylised name -> aliases.
usage: batch36n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, people
import batch10_annotate as b10

A = {}
# ---- video streaming and pay TV, India: Sony Pictures Networks India ----------------------------------------------------------
SP = "Culver Max Entertainment Pvt. Ltd."
CH = ["Sony Entertainment Television", "Sony Max", "Sony SAB", "Sony Pix"]
A["wp-sony-pictures-networks-india"] = dict(
 # the company under its trading name and every former name the text gives ('Sony Pictures Networks India', 'SPN',
 # 'SPNI', 'Sony Entertainment Television India Private Limited', 'SET India Pvt Ltd.', 'SET India', 'SET India
 # Network', 'SET India Private Limited', 'Multi Screen Media Private Limited') -> one Company; 'the cropped "S" logo
 # used by SET since its launch' -> 'SET' read as the company's short name (the text shortens only the company to
 # SET, in 'SET India'; doubtful: it could be the first channel, Sony Entertainment Television, whose logo it was);
 # Sony Pictures Television, the two studios and Sri Adhikari Brothers -> Company; 'Sony's networks' -> Company
 # 'Sony' (named on its own; no tie to Sony Pictures Television stated); SonyLIV and the four named channels, 'SAB
 # TV' the former name of Sony SAB -> Service; '26 television channels', 'Hindi movies', 'Diwali' (a festival) ->
 # nothing; no place is named ('Indian' and 'locally' only)
 entities=[E("Company", SP, "Sony Pictures Networks India", "SPN", "SPNI",
             "Sony Entertainment Television India Private Limited", "SET India Pvt Ltd.", "SET India",
             "SET India Network", "SET India Private Limited", "Multi Screen Media Private Limited", "SET"),
           E("Company", "Sony Pictures Television"), E("Service", "SonyLIV"), E("Company", "Studio NEXT"),
           E("Company", "Sony Pictures International Productions"), E("Service", "Sony Entertainment Television"),
           E("Service", "Sony Max"), E("Service", "Sony SAB", "SAB TV"), E("Company", "Sri Adhikari Brothers"),
           E("Service", "Sony Pix"), E("Company", "Sony")],
 roles=[],
 # 'an Indian media conglomerate owned by Sony Pictures Television' -> parentOrganization; 'SPN manages and operates
 # ... the streaming media platform SonyLIV' -> provider; '... the television studio Studio NEXT and film studio
 # Sony Pictures International Productions' -> parentOrganization each (units it runs; doubtful: 'manages and
 # operates' is not ownership in words); 'The first channel from the company was Sony Entertainment Television',
 # 'launched its second channel Sony Max', 'launched the English movie channel Sony Pix' -> provider each; 'bought
 # SAB TV from Sri Adhikari Brothers and rebranded as Sony SAB' -> provider to the company and to Sri Adhikari
 # Brothers (its owner before the sale; doubtful) and no `acquired` (a channel, not a company, was bought); 'Sony's
 # networks' -> nothing beyond the entity
 relations=[L(SP, "parentOrganization", "Sony Pictures Television"), L("SonyLIV", "provider", SP),
            L("Studio NEXT", "parentOrganization", SP), L("Sony Pictures International Productions",
                                                          "parentOrganization", SP)]
           + [L(c, "provider", SP) for c in CH] + [L("Sony SAB", "provider", "Sri Adhikari Brothers")],
 outages=[],
 dates=[D("18 September 1995", "1995-09-18"), D("1999", "1999"), D("2005", "2005"), D("2006", "2006"),
        D("December 2007", "2007-12"), D("December 2015", "2015-12"), D("24 October 2022", "2022-10-24"),
        D("2019", "2019")])

# ---- satellite pay TV and a state free service, India: Direct-to-home television in India -------------------------------------
A["wp-direct-to-home-television-in-india"] = dict(
 # 'The Government of India (GoI)' -> Organization with its initials; Dish TV (the company that launched the first
 # service) -> Company; 'DD Free Dish, the first free DTH service in India' (named again as 'free TV platform (DD
 # Free Dish)') -> Service; 'public broadcaster Prasar Bharati' -> Company (a state broadcaster the text presents as
 # a broadcaster, not as a government body; doubtful: a reader might type it Organization); India -> Location;
 # 'HITS' (a distribution technology), 'Direct-to-Home (DTH) television', 'cable' -> nothing
 entities=[E("Organization", "Government of India", "GoI"), E("Company", "Dish TV"), E("Service", "DD Free Dish"),
           E("Company", "Prasar Bharati"), E("Location", "India")],
 roles=[],
 # 'DD Free Dish ... was launched by public broadcaster Prasar Bharati' -> provider; 'The first DTH service in the
 # country was launched by Dish TV' (the service unnamed) -> nothing; the government's permission -> nothing
 relations=[L("DD Free Dish", "provider", "Prasar Bharati")],
 outages=[],
 # 'in the quarter ending 30 September 2022' -> the day named; 'reported in 2022' -> its year
 dates=[D("November 2000", "2000-11"), D("2 October 2003", "2003-10-02"), D("December 2004", "2004-12"),
        D("2022", "2022"), D("March 2021", "2021-03"), D("30 September 2022", "2022-09-30")])

# ---- satellite pay TV, India: Dish TV ---------------------------------------------------------------------------------------------
DT = "DishTV India Ltd."
A["wp-dish-tv"] = dict(
 # the operator with 'dishtv' (its stylised name), 'Dish TV' and 'DishTV' -> Company (the text names the business;
 # its DTH service is never named apart from it); Zee Entertainment Enterprises, Trust Research Advisory ('a study
 # conducted by'), Videocon d2h and STAR ('STAR refused to give its channels', a broadcaster) -> Company; Jawahar Goel
 # -> Person; India -> Location; 'Fortune India 500 roster' (a ranking) and 'Brand Trust Report 2014' (a report) ->
 # nothing
 entities=[E("Company", DT, "dishtv", "Dish TV", "DishTV"), E("Location", "India"),
           E("Company", "Zee Entertainment Enterprises"), E("Company", "Trust Research Advisory"),
           E("Company", "Videocon d2h"), E("Person", "Jawahar Goel"), E("Company", "STAR")],
 # 'Jawahar Goel, who led the launch' names no post -> no role (doubtful: a reader might take him for an executive)
 roles=[],
 # 'It is a subsidiary of Zee Entertainment Enterprises' -> parentOrganization; 'Dish TV completed a merger with
 # Videocon d2h' (who bought whom not said) -> nothing; the ranking and the survey -> nothing; STAR withholding its
 # channels -> nothing
 relations=[L(DT, "parentOrganization", "Zee Entertainment Enterprises")],
 outages=[],
 # 'the Brand Trust Report 2014' -> the year the report names (doubtful: part of a title)
 dates=[D("2011", "2011"), D("2014", "2014"), D("22 March 2018", "2018-03-22"), D("2 October 2003", "2003-10-02")])

# ---- satellite pay TV, India and Malaysia: Sun Direct -----------------------------------------------------------------------------
SD = "Sun Direct"
A["wp-sun-direct"] = dict(
 # 'an Indian subscription based satellite television service provider' with 'Sun Direct TV' (the registered
 # company) -> Company; 'Sun Group' with 'SUN Group', 'the Astro Group' with 'the Astro group' and 'Astro', and
 # Aircel -> Company; 'the government of India' -> Organization (the name as written; 'the government' alone is a
 # generic phrase); 'MEASAT-3' (the satellite it transmits on), 'Sun Direct INSAT 4C' -> the satellite 'INSAT 4C'
 # (the operator's name read as a modifier; doubtful) and 'Indian National Satellite System' -> Service (satellites
 # and a satellite system, as batch 31c typed a satellite); India, Malaysia and Mumbai -> Location; 'The service was
 # finally launched' (Sun Direct's own service, not named apart from the company) -> nothing more; 'HD Channels',
 # 'SD Channels', 'KU band transponders', 'MoU', 'the DTH policy' -> nothing
 entities=[E("Company", SD, "Sun Direct TV"), E("Company", "Sun Group", "SUN Group"), E("Location", "India"),
           E("Service", "MEASAT-3"), E("Company", "Astro Group", "Astro group", "Astro"), E("Location", "Malaysia"),
           E("Company", "Aircel"), E("Organization", "government of India"), E("Service", "INSAT 4C"),
           E("Service", "Indian National Satellite System"), E("Location", "Mumbai")],
 # the infobox chairman (Kalanithi Maran) was cut with the infobox: no person in the text
 roles=[],
 # 'owned by Sun Group' -> parentOrganization; 'a joint venture between the Astro Group of Malaysia and the SUN
 # Group of India' (and their MoU) -> partner, direction as first written; 'Astro picked up a 20% stake in Sun
 # Direct TV' -> nothing (a minority stake; no parent); using MEASAT-3 and transponders of the Indian National
 # Satellite System (their operators not named) -> nothing
 relations=[L(SD, "parentOrganization", "Sun Group"), L("Astro Group", "partner", "Sun Group")],
 outages=[],
 # 'December 2007' twice (the launch and the DTH policy), one item; 'By 2009' -> its year
 dates=[D("December 2007", "2007-12"), D("27 January 1997", "1997-01-27"), D("16 February 2005", "2005-02-16"),
        D("18 January 2008", "2008-01-18"), D("December 2009", "2009-12"), D("2009", "2009")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
