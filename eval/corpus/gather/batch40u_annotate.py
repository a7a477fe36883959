#!/usr/bin/env python3
"""Batch 40u gold annotations (the texts of batch40u.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All five are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'in November of the same year' (AAPT; its year only from the expression before
it), 'On May 18' (Globalive; 2011 only from the sentence before), 'a few years later', 'soon after', 'now' and
'currently' follow that rule and are left out. No text tells an outage (or a near-miss), so every `outages` list is
empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t): 'acquired by' -> acquired +
parentOrganization(target, buyer); 'owned by', 'a subsidiary of', 'X% owned by', 'an indirect wholly owned subsidiary
of' -> parentOrganization (no acquired: no purchase told); customers or a business bought without a named company
('AAPT's prepaid mobile customer base', 'its consumer business') -> nothing (asset purchases); a company's former and
later names ('known as FAST ... before 2010', 'now known as Microsoft Development Center Norway') -> aliases of one
entity, named by the fullest name the text gives; brands a company is 'best known for' or products it 'offered' ->
Service with provider that company; a minister named with his post ('Tony Clement, the Industry Minister') -> minister
with the country as org (the text names Canada on its own); regulators, ministries and courts -> Organization; news
agencies and stock exchanges -> Company (GUIDELINES.md part 2); network standards (GSM-900, LTE-2600), generic services
('mobile broadband services') -> nothing.
usage: batch40u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- telecommunications, Australia: AAPT ------------------------------------------------------------------------------
AA = "AAPT"
TNZ = "Telecom New Zealand"
A["wp-aapt"] = dict(
 # the carrier -> Company 'AAPT' (its fuller name 'AAPT Limited' is only in the cut title line); TPG Telecom, Australian
 # Associated Press (a news agency), News Corporation, John Fairfax Holdings, MCI, Todd Capital, Telstra, the Australian
 # Stock Exchange, CommodiTel, iiNet -> Company; Telecom New Zealand ('Telecom considered selling') -> Company, alias
 # 'Telecom'; AAPIS ('In 1992 AAPIS was formed with News Corporation and John Fairfax Holdings as majority
 # shareholders') -> its own Company (doubtful: the text does not say it is AAPT under an earlier name, though 'the
 # company' of the next sentences may be read so); 'the Vodafone Australia network' -> Company Vodafone Australia (the
 # network no Service of its own, doubtful); Australia -> Location
 entities=[E("Company", AA), E("Company", "TPG Telecom"), E("Location", "Australia"),
           E("Company", "Australian Associated Press"), E("Company", "AAPIS"), E("Company", "News Corporation"),
           E("Company", "John Fairfax Holdings"), E("Company", "MCI"), E("Company", "Todd Capital"),
           E("Company", "Telstra"), E("Company", "Australian Stock Exchange"), E("Company", TNZ, "Telecom"),
           E("Company", "Vodafone Australia"), E("Company", "CommodiTel"), E("Company", "iiNet")],
 # no person is named
 roles=[],
 # 'owned by TPG Telecom' -> parentOrganization(AAPT, TPG Telecom) (no purchase told in the text); 'acquired by Telecom
 # New Zealand in stages' -> acquired + parentOrganization ('Under Telecom New Zealand ownership', 'its parent company';
 # past ownership recorded); AAPIS 'formed with News Corporation and John Fairfax Holdings as majority shareholders' ->
 # parentOrganization(AAPIS, each) (two joint majority owners; doubtful: a reader might record no parent for a shared
 # majority); MCI and Todd Capital 'also possessing shares' -> nothing (minority holders); 'formed by the division of
 # the communications businesses of Australian Associated Press' -> nothing (a demerger, no owner told; doubtful);
 # 'operated as a Virtual Network Operator ... on the Vodafone Australia network' -> partner(AAPT, Vodafone Australia)
 # (a wholesale customer of the network; doubtful: no partnership word); 'CommodiTel acquired AAPT's prepaid mobile
 # customer base' and 'sold its consumer business to iiNet' -> nothing (customers and a business, not a company, sold);
 # 'competitor to Telstra', 'listed on the Australian Stock Exchange' -> nothing
 relations=[L(AA, "parentOrganization", "TPG Telecom"), L(TNZ, "acquired", AA), L(AA, "parentOrganization", TNZ),
            L("AAPIS", "parentOrganization", "News Corporation"),
            L("AAPIS", "parentOrganization", "John Fairfax Holdings"), L(AA, "partner", "Vodafone Australia")],
 outages=[],
 dates=[D("1992", "1992"), D("1991", "1991"), D("1 July 1997", "1997-07-01"), D("January 1999", "1999-01"),
        D("2000", "2000"), D("2005", "2005"), D("2006", "2006"), D("2010", "2010")])

# ---- telecommunications, Hong Kong: SmarTone --------------------------------------------------------------------------
ST = "SmarTone Telecommunications Holdings Limited"
SMC = "SmarTone Mobile Communications Limited"
SMO = "SmarTone \u2013 Comunica\u00e7\u00f5es M\u00f3veis, S.A."
SHK = "Sun Hung Kai Properties"
A["wp-smartone"] = dict(
 # the holding company -> Company, aliases 'SmarTone' ('trading as SmarTone', 'SmarTone is a subsidiary of', 'SmarTone
 # was launched'; also 'the brand SmarTone', kept with the company rather than a Service of its own, doubtful) and
 # 'SmarTone Telecommunications Holdings'; its Hong Kong operator -> Company, alias 'SmarTone Mobile Communications';
 # its Macau operator -> Company, aliases 'SmarTone-Comunica\u00e7\u00f5es M\u00f3veis, S.A.' (the same name with a
 # hyphen) and 'SmarTone Macau'; SmarTone (BVI) Limited, Sun Hung Kai Properties, ABC Communications -> Company; Hong
 # Kong, Macau, China, Bermuda -> Location; the network standards and 'plain SIM card' -> nothing
 entities=[E("Company", ST, "SmarTone", "SmarTone Telecommunications Holdings"), E("Location", "Hong Kong"),
           E("Company", SMC, "SmarTone Mobile Communications"),
           E("Company", SMO, "SmarTone-Comunica\u00e7\u00f5es M\u00f3veis, S.A.", "SmarTone Macau"),
           E("Location", "Macau"), E("Location", "China"), E("Company", SHK), E("Location", "Bermuda"),
           E("Company", "SmarTone (BVI) Limited"), E("Company", "ABC Communications")],
 # no person is named
 roles=[],
 # 'SmarTone is a subsidiary of ... Sun Hung Kai Properties', '70.98% owned by Sun Hung Kai Properties' ->
 # parentOrganization(holdings, SHK); 'their operating subsidiaries, such as SmarTone Mobile Communications Limited ...
 # and SmarTone - Comunica\u00e7\u00f5es M\u00f3veis, S.A.' and '72% owned by SmarTone Telecommunications Holdings
 # indirectly' -> parentOrganization(each, holdings); 'an indirect wholly owned subsidiary of SmarTone
 # Telecommunications Holdings, via SmarTone (BVI) Limited' -> parentOrganization(SMC, holdings) and
 # parentOrganization(SMC, SmarTone (BVI) Limited) (the direct owner; doubtful) and parentOrganization(SmarTone (BVI)
 # Limited, holdings) (the route of an 'indirect' holding; doubtful: not said in so many words); 'launched by Sun Hung
 # Kai Properties and ABC Communications in 1992' -> partner(SHK, ABC Communications) (two companies launching one
 # business together, as a joint venture; doubtful) and no founder relation (founding is no relation in the format)
 relations=[L(ST, "parentOrganization", SHK), L(SMC, "parentOrganization", ST), L(SMO, "parentOrganization", ST),
            L(SMC, "parentOrganization", "SmarTone (BVI) Limited"),
            L("SmarTone (BVI) Limited", "parentOrganization", ST), L(SHK, "partner", "ABC Communications")],
 outages=[],
 dates=[D("1992", "1992")])

# ---- software, Norway: Microsoft Development Center Norway / FAST ----------------------------------------------------
MD = "Microsoft Development Center Norway"
A["wp-microsoft-development-center-norway-fast"] = dict(
 # the company -> Company named by its present name, aliases 'FAST', 'Fast Search & Transfer ASA' and 'Fast' (its name
 # before 2010; 'Fast also offered' is the company); Microsoft -> Company; FAST ESP ('an enterprise search product',
 # also 'ESP' and 'Enterprise Search Platform') -> Service; the Search Derivative Applications ('SDA') -> Service
 # (a named product line; doubtful: a reader might skip it as generic, it is lower case in its first mention);
 # PHAROS ('a new European multimedia search engine' the company 'was developing') -> Service; Oslo and the ten
 # countries -> Location; 'Norwegian', 'European' -> nothing
 entities=[E("Company", MD, "FAST", "Fast Search & Transfer ASA", "Fast"), E("Location", "Oslo"),
           E("Location", "Germany"), E("Location", "Italy"), E("Location", "Sri Lanka"), E("Location", "France"),
           E("Location", "Japan"), E("Location", "United Kingdom"), E("Location", "United States"),
           E("Location", "Brazil"), E("Location", "Mexico"), E("Company", "Microsoft"),
           E("Service", "FAST ESP", "ESP", "Enterprise Search Platform"),
           E("Service", "Search Derivative Applications", "SDA"), E("Service", "PHAROS")],
 # no person is named in the text (the infobox's Lervik and Olstad were cut)
 roles=[],
 # 'Microsoft acquired FAST' -> acquired + parentOrganization; FAST ESP ('FAST offered', 'They offer a core search
 # platform, FAST ESP'), the Search Derivative Applications ('Fast also offered'), PHAROS ('The company was developing')
 # -> provider each (PHAROS doubtful: a project in development, the text names no partners of it)
 relations=[L("Microsoft", "acquired", MD), L(MD, "parentOrganization", "Microsoft"), L("FAST ESP", "provider", MD),
            L("Search Derivative Applications", "provider", MD), L("PHAROS", "provider", MD)],
 outages=[],
 dates=[D("2010", "2010"), D("1997", "1997"), D("April 24, 2008", "2008-04-24")])

# ---- telecommunications, Canada: Globalive ---------------------------------------------------------------------------
GL = "Globalive Communications Corporation"
A["wp-globalive"] = dict(
 # the provider -> Company, alias 'Globalive'; Yak, OneConnect and Wind Mobile ('its Yak, OneConnect, and Wind Mobile
 # brands') -> Service; Industry Canada, the CRTC, the Federal Court, the Federal Court of Appeal -> Organization; Tony
 # Clement -> Person; Canada, Toronto, Calgary, Edmonton, Ottawa, Vancouver -> Location; 'the federal government' ->
 # nothing (a generic phrase; doubtful: earlier batches typed 'the UK government' an Organization where the country is
 # in the phrase); 'Canadian', 'Canadians' -> nothing
 entities=[E("Company", GL, "Globalive"), E("Location", "Toronto"), E("Location", "Canada"), E("Service", "Yak"),
           E("Service", "OneConnect"), E("Service", "Wind Mobile"), E("Organization", "Industry Canada"),
           E("Organization", "Canadian Radio-television and Telecommunications Commission", "CRTC"),
           E("Person", "Tony Clement"), E("Location", "Calgary"), E("Location", "Edmonton"), E("Location", "Ottawa"),
           E("Location", "Vancouver"), E("Organization", "Federal Court"),
           E("Organization", "Federal Court of Appeal")],
 # 'Tony Clement, the Industry Minister', 'Industry Minister Tony Clement' -> minister, org Canada (the country named
 # on its own in the text; current true: no former or left told)
 roles=[R("Tony Clement", "minister", "Canada")],
 # the three brands -> provider(brand, Globalive) ('its ... brands', 'their new brand identity for the wireless
 # services as Wind Mobile'); the spectrum purchase in Industry Canada's auction, the CRTC, cabinet and court rulings
 # -> nothing (no relation of the format)
 relations=[L("Yak", "provider", GL), L("OneConnect", "provider", GL), L("Wind Mobile", "provider", GL)],
 outages=[],
 dates=[D("1998", "1998"), D("2008", "2008"), D("December 11, 2009", "2009-12-11"),
        D("August 11, 2009", "2009-08-11"), D("December 16, 2009", "2009-12-16"), D("December 2009", "2009-12"),
        D("June 2010", "2010-06"), D("February 4, 2011", "2011-02-04")])

# ---- software, Norway: Geir Ivarsoy and Opera Software -----------------------------------------------------------------
GI = "Geir Ivars\u00f8y"
JT = "Jon Stephenson von Tetzchner"
OS = "Opera Software"
A["wp-geir-ivarsoy-opera-software"] = dict(
 # the programmer -> Person, aliases 'Ivars\u00f8y' and 'Geir' ('Geir died'); Jon Stephenson von Tetzchner -> Person,
 # alias 'Stephenson von Tetzchner'; Opera Software, Telenor -> Company ('the Norwegian state telephone company (now
 # known as Telenor)': the phrase is generic, not an alias); MultiTorg Opera ('browsing software called MultiTorg
 # Opera'; 'Now known as Opera, the Internet browser') -> Service, alias 'Opera' (the browser's later name); Oslo ->
 # Location; 'Norwegian', 'the Internet' -> nothing
 entities=[E("Person", GI, "Ivars\u00f8y", "Geir"), E("Company", OS), E("Person", JT, "Stephenson von Tetzchner"),
           E("Company", "Telenor"), E("Service", "MultiTorg Opera", "Opera"), E("Location", "Oslo")],
 # 'They created a company of their own, and continued working on it' (the company is Opera Software, which the first
 # and later sentences name) -> cofounder each at Opera Software (doubtful: the sentence does not name the company);
 # 'said he wanted to resign as a board member in Opera Software, though he kept working in the company after that' ->
 # director, current false (the 'after that' reads as the resignation done; doubtful: a reader might keep it current,
 # as only a wish is told); 'the main programmer at Opera Software' -> no role (no senior post; a reader might give
 # 'other'); 'a member of the nomination committee' -> nothing; the research group at Telenor -> no role
 roles=[R(GI, "cofounder", OS), R(JT, "cofounder", OS), R(GI, "director", OS, False)],
 # the browser, 'Now known as Opera', that their company 'continued working on' -> provider(MultiTorg Opera, Opera
 # Software) (made first at Telenor, which 'stopped them from working on the program': no provider to Telenor; doubtful);
 # the rights obtained from Telenor -> nothing (no company bought)
 relations=[L("MultiTorg Opera", "provider", OS)],
 outages=[],
 dates=[D("1995", "1995"), D("January of 2004", "2004-01"), D("June of 2005", "2005-06"), D("March 2006", "2006-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
