#!/usr/bin/env python3
"""Batch 33d gold annotations (the texts of batch33d.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2; batches 27d-32n): a completed purchase -> acquired + parentOrganization; a company
absorbed or merged into its buyer -> acquired only; a merger whose text names no buyer -> nothing; minority holdings
and shareholders -> nothing; a unit, an arm or a company a group 'operates' -> parentOrganization; ownership told as
past is kept; a person who buys control -> no relation (batch 29's 'a person buying -> nothing'); brands, drinks,
medicines and product lines -> Service with provider where the text says who makes, sells or introduced them.
usage: batch33d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, parents, provided, svc, people
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- pharmaceuticals: Astra AB ---------------------------------------------------------------------------------------
AST = "Astra AB"
ASF = "AB Svensk färgämnesindustri"
GOV = "Swedish government"
A["wp-astra-ab"] = dict(
 # the company ('Astra') -> Company; 'the British Zeneca Group' ('Zeneca' in 'Zeneca shareholders') and the merged
 # AstraZeneca -> Company each; 'Astra Tech, a medical devices company' -> Company; the dye-producer 'AB Svensk
 # färgämnesindustri (ASF)' -> Company with its abbreviation; 'its monopoly liquor-producing company Vin- &
 # Spritcentralen' -> Company; 'the Swedish government' (and 'the government') -> Organization named so (as batch
 # 28d's 'Russian government'); Knut Sjöberg and Erik Kistner -> Person; Södertälje, Sweden -> Location; 'continental
 # Europe', 'German and Swiss pharmaceutical companies' (unnamed), 'Swedish pharmacists' -> nothing; Kistner's
 # 'consortium' (unnamed) -> nothing
 entities=[E("Company", AST, "Astra"), E("Location", "Södertälje"), E("Location", "Sweden"),
           E("Company", "Zeneca Group", "Zeneca"), E("Company", "AstraZeneca"), E("Company", "Astra Tech"),
           E("Person", "Knut Sjöberg"), E("Company", ASF, "ASF"), E("Organization", GOV),
           E("Company", "Vin- & Spritcentralen"), E("Person", "Erik Kistner")],
 # 'Pharmacist Knut Sjöberg became the first CEO of the company' -> ceo of Astra AB, current=false (the first CEO, of
 # 1913, of a company the text calls former); Erik Kistner 'formed a consortium' (no named organisation) -> no role
 roles=[R("Knut Sjöberg", "ceo", AST, False)],
 # 'Astra also operated Astra Tech, a medical devices company' -> parentOrganization (doubtful: 'operated', read as
 # the group running its own company); 'In 1918, dye-producer AB Svensk färgämnesindustri (ASF) bought Astra' ->
 # acquired + parentOrganization (past, kept); 'Astra was bailed out and acquired by the Swedish government through
 # its monopoly liquor-producing company Vin- & Spritcentralen' -> acquired + parentOrganization to the government (the
 # text's buyer; the company named as its means, doubtful) and 'its ... company Vin- & Spritcentralen' ->
 # parentOrganization of the liquor company to the government (a state-owned company); the consortium's purchase back
 # (buyer unnamed) -> nothing; 'merged with the British Zeneca Group in 1999 to form AstraZeneca' (a merger, no buyer
 # named; the share split is no purchase) -> nothing
 relations=[L("Astra Tech", "parentOrganization", AST)] + acq(ASF, AST) + acq(GOV, AST)
           + [L("Vin- & Spritcentralen", "parentOrganization", GOV)],
 outages=[],
 # 'since mid-1890s' (a part of a decade) left out
 dates=[D("1913", "1913"), D("1999", "1999"), D("1918", "1918"), D("1920", "1920")])

# ---- banking: Grupo Financiero Banamex -------------------------------------------------------------------------------
GFB = "Grupo Financiero Banamex S.A. de C.V."
BNM = "Banco Nacional de México"
CITI = "Citigroup"
ACC = "Acciones y Valores de México"
A["wp-grupo-financiero-banamex"] = dict(
 # the group under its full name and 'The Banamex Financial Group' -> one Company; the bank 'Banco Nacional de México
 # or Citibanamex (formerly Banamex)' -> one Company with its two other names ('Banamex' and 'the bank' in the history);
 # 'Grupo Financiero Banamex–Accival' (the group formed in 1991; the text does not say it is the present group's former
 # name) -> Company of its own, doubtful; Citigroup, BBVA Bancomer, the two banks merged in 1884, the California
 # Commerce Bank and the investment bank 'Acciones y Valores de México (Accival)' -> Company; President José López
 # Portillo -> Person; Mexico, the branch cities and New York City -> Location; 'the peso', 'all private banks in
 # Mexico' (unnamed), 'a government owned national credit association' (a status) -> nothing
 entities=[E("Company", GFB, "Banamex Financial Group"), E("Company", BNM, "Citibanamex", "Banamex"),
           E("Location", "Mexico"), E("Company", "BBVA Bancomer"), E("Company", CITI),
           E("Company", "Banco Nacional Mexicano"), E("Company", "Banco Mercantil Mexicano")]
          + locs("Mérida", "Veracruz", "Puebla", "Guanajuato", "San Luis Potosí", "Guadalajara", "New York City")
          + [E("Company", "California Commerce Bank"), E("Person", "José López Portillo"),
             E("Company", "Grupo Financiero Banamex–Accival"), E("Company", ACC, "Accival")],
 # 'President José López Portillo announced ... and nationalized all private banks in Mexico' -> president of Mexico
 # (a head of state with the country, GUIDELINES), current=false (1982)
 roles=[R("José López Portillo", "president", "Mexico", False)],
 # 'Grupo Financiero Banamex ... is the owner of the Banco Nacional de México' -> parentOrganization; 'The Banamex
 # Financial Group was purchased by Citigroup in August 2001', 'It continues to operate as a Citigroup subsidiary' ->
 # acquired + parentOrganization; 'In 1981, Banamex acquired the California Commerce Bank' -> acquired +
 # parentOrganization; 'Banamex was reprivatized and it established Grupo Financiero Banamex–Accival with the
 # investment bank Acciones y Valores de México (Accival)' -> partner of the bank and Accival (a group set up together;
 # the text says nothing of who owns whom in it, so no parentOrganization, doubtful); the 1884 merger of two banks (no
 # buyer) -> nothing; the nationalisation (no named buyer; 'a government owned' status) -> nothing
 relations=[L(BNM, "parentOrganization", GFB)] + acq(CITI, GFB) + acq(BNM, "California Commerce Bank")
           + [L(BNM, "partner", ACC)],
 outages=[],
 # 'the beginning of 1882' -> 1882 (a part of a year); '(in 1929)' etc. give their years; 'For the next nine years'
 # (a duration) left out
 dates=[D("August 2001", "2001-08"), D("2 June 1884", "1884-06-02"), D("1882", "1882"), D("1926", "1926"),
        D("1929", "1929"), D("1958", "1958"), D("1968", "1968"), D("1972", "1972"), D("1981", "1981"),
        D("1982", "1982"), D("1991", "1991")])

# ---- airlines: Air Inter ---------------------------------------------------------------------------------------------
AI = "Air Inter"
AF = "Air France"
UTA = "Union des Transports Aériens"
GAF = "Groupe Air France"
A["wp-air-inter"] = dict(
 # the airline under its legal name and its later name 'Air Inter Europe' -> one Company; Air France, the state
 # railway SNCF (a company, GUIDELINES: businesses -> Company), UTA and Groupe Air France -> Company; 'an enlarged Air
 # France group' (Air France's group, not named otherwise) -> Air France, no entity of its own; places, the airport
 # (with its short name 'Orly Airport') and its terminal 'Orly Ouest' -> Location; 'French public and private sector
 # transport businesses', 'banks' (unnamed) -> nothing; 'the 1st arrondissement of Paris' -> Paris
 entities=[E("Company", AI, "Lignes Aériennes Intérieures", "Air Inter Europe"), E("Location", "France"),
           E("Company", AF)] + locs("Paray-Vieille-Poste", "Essonne", "Paris", "Strasbourg")
          + [E("Location", "Paris-Orly Airport", "Orly Airport"), E("Location", "Orly Ouest"),
             E("Company", "Société Nationale des Chemins de Fer Français", "SNCF"), E("Company", UTA, "UTA"),
             E("Company", GAF)],
 roles=[],
 # shareholders of 25%, 15% and 36% ('the largest single shareholder', still a minority) -> nothing; 'On 12 January
 # 1990, Air Inter, with UTA and Air France, became part of an enlarged Air France group, which in turn became a
 # subsidiary of Groupe Air France' -> parentOrganization of Air Inter and of UTA to Air France (the group the text
 # names after Air France, doubtful: it could be read as a holding of its own) and of Air France to Groupe Air France
 # (doubtful for the same reason); 'On 1 April 1997, it was absorbed into Air France' -> acquired only (merged away,
 # as batch 32d's Berliet); 'merged with Air France in 1997' and 'a merger with Air France and UTA' (no buyer in the
 # wording) -> nothing more
 relations=[L(AI, "parentOrganization", AF), L(UTA, "parentOrganization", AF), L(AF, "parentOrganization", GAF),
            L(AF, "acquired", AI)],
 outages=[],
 dates=[D("1954", "1954"), D("1997", "1997"), D("12 November 1954", "1954-11-12"), D("16 March 1958", "1958-03-16"),
        D("1960", "1960"), D("12 January 1990", "1990-01-12"), D("1 April 1997", "1997-04-01")])

# ---- insurance: Skandia ----------------------------------------------------------------------------------------------
SK = "Skandia"
OM = "Old Mutual"
PF = "Prudential Financial"
A["wp-skandia"] = dict(
 # the insurer -> Company; its North American operations 'American Skandia', its 'internet bank called Skandiabanken'
 # and 'the subsidiary Skandia Liv' -> Company each; Prudential Financial and 'South African/British financial
 # services group Old Mutual' -> Company; the two executives -> Person; regions and places -> Location ('the
 # Stockholm and London stock exchanges': Stockholm and London as places; the exchanges not named in full -> no
 # Company); 'shareholders and directors', 'the board' (unnamed) -> nothing
 entities=[E("Company", SK)] + locs("Europe", "Latin America", "Asia", "Australia", "North America")
          + [E("Company", "American Skandia"), E("Company", PF), E("Company", "Skandiabanken"),
             E("Location", "United Kingdom"), E("Company", OM), E("Location", "Stockholm"), E("Location", "London"),
             E("Company", "Skandia Liv")] + people("Lars-Eric Petersson", "Ulf Spång"),
 # 'provided executives with subsidized apartments ... The involved executives are among others Lars-Eric Petersson
 # and Ulf Spång' -> executive of Skandia each, current=false (posts of the affairs 'in recent years', before 'the
 # board had to resign' and Petersson's sentence; doubtful for Spång, whose leaving is not told)
 roles=[R("Lars-Eric Petersson", "executive", SK, False), R("Ulf Spång", "executive", SK, False)],
 # 'the operations in North America, American Skandia' -> parentOrganization to Skandia (past, kept) and 'was
 # acquired by Prudential Financial' -> acquired + parentOrganization; 'It also operates an internet bank called
 # Skandiabanken' and 'the subsidiary Skandia Liv' -> parentOrganization; 'Old Mutual completed its acquisition of
 # Skandia' -> acquired + parentOrganization (the 2005 bid alone would give nothing)
 relations=[L("American Skandia", "parentOrganization", SK)] + acq(PF, "American Skandia")
           + parents(SK, "Skandiabanken", "Skandia Liv") + acq(OM, SK),
 outages=[],
 # 'late 2003' gives 2003 (with 'In 2003'); 'in recent years' (vague) left out
 dates=[D("1855", "1855"), D("2003", "2003"), D("2005", "2005"), D("February 3, 2006", "2006-02-03"),
        D("2006", "2006")])

# ---- pharmaceuticals: Beecham Group ----------------------------------------------------------------------------------
BG = "Beecham Group plc"
GSK = "GlaxoSmithKline"
A["wp-beecham-group"] = dict(
 # the company ('The Beecham Group plc', 'Beecham', 'the business') -> Company; SmithKline Beckman, SmithKline
 # Beecham, Glaxo Wellcome and GlaxoSmithKline ('GSK') -> Company; 'the Beechams brand name' (cold and flu products),
 # 'Beecham's Pills', and the drinks and brands Lucozade, Macleans, Ribena, Eno and Brylcreem -> Service; Thomas
 # Beecham (1820–1907) -> Person (his grandson 'the conductor also named Thomas Beecham' shares the surface form and
 # gets no entity of his own, doubtful); 'Sir Joseph Beecham, 1st Baronet' -> Person under 'Sir Joseph Beecham';
 # Philip Hill -> Person; places -> Location; 'the FTSE 100 Index' (an index) -> nothing; 'the company selling Eno',
 # 'the company manufacturing Brylcreem' (unnamed) -> nothing
 entities=[E("Company", BG, "Beecham"), E("Company", "SmithKline Beckman"), E("Company", "SmithKline Beecham"),
           E("Company", "Glaxo Wellcome"), E("Company", GSK, "GSK"), E("Service", "Beechams"), E("Location", "UK"),
           E("Person", "Thomas Beecham"), E("Service", "Beecham's Pills"), E("Location", "Wigan"),
           E("Location", "St Helens"), E("Location", "Lancashire"), E("Person", "Sir Joseph Beecham"),
           E("Person", "Philip Hill")] + svc("Lucozade", "Macleans", "Ribena", "Eno", "Brylcreem"),
 # 'Beecham was the family business of Thomas Beecham (1820–1907), a chemist' with 'Their first product', 'enabled
 # him to open a shop' -> founder (doubtful: the text does not say 'founded'; the cut infobox gives only a year);
 # 'Under Thomas's son, Sir Joseph Beecham, ... the business expanded' and Philip Hill's 'leadership' (no title named)
 # -> no role
 roles=[R("Thomas Beecham", "founder", BG, False)],
 # 'GSK still uses the Beechams brand name' -> provider; 'Their first product was Beecham's Pills' -> provider to the
 # company; 'acquiring the Lucozade glucose drink and Macleans', 'introducing the Ribena blackcurrant drink', 'bought
 # the company selling Eno', 'By buying the company manufacturing Brylcreem' -> provider to Beecham (brands bought
 # with their makers, who are unnamed; doubtful for Eno and Brylcreem, whose makers are named only as 'the company');
 # 'Philip Hill ... acquired control of Beecham' (a person buying) -> nothing; the two mergers (no buyer named) ->
 # nothing
 relations=[L("Beechams", "provider", GSK)] + provided(BG, "Beecham's Pills", "Lucozade", "Macleans", "Ribena", "Eno",
                                                       "Brylcreem"),
 outages=[],
 # the life spans '(1820–1907)', '(1879–1961)', '(1848–1916)' (spans) and 'the following year' (relative) left out
 dates=[D("1842", "1842"), D("1847", "1847"), D("1859", "1859"), D("1924", "1924"), D("1938", "1938")])

# ---- pharmaceuticals: Pharmacia --------------------------------------------------------------------------------------
PH = "Pharmacia"
PFC = "Pharmacia Fine Chemicals"
A["wp-pharmacia"] = dict(
 # the company -> Company; Upjohn -> Company; 'the Elgen Pharmacy' (a business) -> Company; the founder, the chemist,
 # his professor, the medical researcher, the CEO and the two discoverers -> Person (short forms 'Ingelman' and
 # 'Tiselius' as aliases); 'Uppsala university' -> Organization; Phospho-Energon, Macrodex and the Sephadex products ->
 # Service; 'Pharmacia Fine Chemicals' and its new name 'Pharmacia Biotech' -> one Company; LKB-produkter AB ->
 # Company; places -> Location; the Greek word, 'dextran', 'blood plasma', 'gel filtration' -> nothing
 entities=[E("Company", PH), E("Location", "Sweden"), E("Company", "Upjohn"), E("Location", "Stockholm"),
           E("Person", "Gustav Felix Grönfeldt"), E("Company", "Elgen Pharmacy"), E("Service", "Phospho-Energon"),
           E("Person", "Björn Ingelman", "Ingelman"), E("Person", "Arne Tiselius", "Tiselius"),
           E("Organization", "Uppsala university"), E("Person", "Anders Grönwall"), E("Person", "Elis Göth"),
           E("Service", "Macrodex"), E("Location", "Uppsala"), E("Service", "Sephadex")]
          + people("Jerker Porath", "Per Flodin")
          + [E("Company", PFC, "Pharmacia Biotech"), E("Company", "LKB-produkter AB")],
 # 'Pharmacia was founded in 1911 ... by pharmacist Gustav Felix Grönfeldt' -> founder (current=false: a company of
 # the past); 'its CEO Elis Göth' (in 1943) -> ceo, current=false; 'Ingelman became its head of research' ->
 # executive (a senior title outside the fixed list, as batch 32n's Chief Industrial Engineer), current=false (a
 # company of the past), doubtful; Ingelman 'worked for Arne Tiselius at Uppsala university' (no post named) -> nothing
 roles=[R("Gustav Felix Grönfeldt", "founder", PH, False), R("Elis Göth", "ceo", PH, False),
        R("Björn Ingelman", "executive", PH, False)],
 # 'much of its profits were derived from the "miracle medicine" Phospho-Energon', 'The product Macrodex ... was
 # launched', 'Pharmacia pioneered gel filtration with its Sephadex products' -> provider; 'In 1967 Pharmacia Fine
 # Chemicals was established' (the text does not say by whom; its name and the following history make it Pharmacia's
 # unit) -> parentOrganization, doubtful; 'Pharmacia Fine Chemicals acquired LKB-produkter AB and changed its name' ->
 # acquired + parentOrganization (the text does not say LKB was merged away); 'merged with ... Upjohn in 1995' (no
 # buyer) -> nothing
 relations=provided(PH, "Phospho-Energon", "Macrodex", "Sephadex") + [L(PFC, "parentOrganization", PH)]
           + acq(PFC, "LKB-produkter AB"),
 outages=[],
 # 'During World War II' (an era), 'four years later' (relative) left out
 dates=[D("1995", "1995"), D("1911", "1911"), D("1943", "1943"), D("1951", "1951"), D("1959", "1959"),
        D("1967", "1967"), D("1986", "1986")])

# ---- shipping: Neptune Orient Lines ----------------------------------------------------------------------------------
NOL = "Neptune Orient Lines Limited"
A["wp-neptune-orient-lines"] = dict(
 # the line under its full name, 'NOL', 'Neptune Orient Lines' and its new name 'CMA CGM Asia Pacific Limited' (the
 # same company 'renamed') -> one Company; CMA CGM, the four consortium partners, American President Lines ('APL', also
 # the brand name the text says was adopted: one surface form -> the company) and the Singapore Exchange -> Company;
 # 'the Singapore Government' -> Organization; 'the ACE Group consortium' (a named consortium of lines) -> Organization,
 # doubtful (no business of its own stated); Goh Chok Tong -> Person; Singapore -> Location; 'the Asia-Europe trade',
 # 'the key Trans-Pacific Trade' (trade lanes), 'the "third force"' (a nickname) -> nothing
 entities=[E("Company", NOL, "NOL", "Neptune Orient Lines", "CMA CGM Asia Pacific Limited"), E("Location", "Singapore"),
           E("Company", "CMA CGM"), E("Organization", "Singapore Government"), E("Person", "Goh Chok Tong"),
           E("Organization", "ACE Group"), E("Company", "OOCL"), E("Company", "K Line"), E("Company", "COSCO"),
           E("Company", "Franco-Belgian Services"), E("Company", "American President Lines", "APL"),
           E("Company", "Singapore Exchange")],
 # "NOL's managing director was Goh Chok Tong" (the mid-1970s) -> director (GUIDELINES: managing director -> director),
 # current=false; 'who went on to become Singapore's second Prime Minister' -> minister of Singapore (a head of
 # government with the country), current=false (an office told as a past step of his career, doubtful: no end stated)
 roles=[R("Goh Chok Tong", "director", NOL, False), R("Goh Chok Tong", "minister", "Singapore", False)],
 # 'sold as a subsidiary to French shipping company CMA CGM in 2016' -> acquired + parentOrganization; 'Wholly owned by
 # the Singapore Government' -> parentOrganization (past, kept); 'part of the ACE Group consortium with partners OOCL,
 # K Line, COSCO and Franco-Belgian Services' -> partner of NOL with each of the four (the consortium itself: no
 # relation, doubtful); 'NOL made a US$825 million acquisition of American President Lines (APL)' with 'The NOL name
 # was retained for the holding company' -> acquired + parentOrganization (APL kept as a company and brand, not merged
 # away, although the text calls it 'the merger'); the listing -> nothing
 relations=acq("CMA CGM", NOL) + [L(NOL, "parentOrganization", "Singapore Government")]
           + [L(NOL, "partner", x) for x in ("OOCL", "K Line", "COSCO", "Franco-Belgian Services")]
           + acq(NOL, "American President Lines"),
 outages=[],
 # 'In the 1970s', 'the mid-1970s' (a decade and a part of one) left out
 dates=[D("1968", "1968"), D("2016", "2016"), D("1 October 2020", "2020-10-01"), D("December 1968", "1968-12"),
        D("1975", "1975"), D("1997", "1997"), D("1848", "1848")])

# ---- mining: WMC Resources -------------------------------------------------------------------------------------------
WMC = "WMC Resources Limited"
BHP = "BHP Billiton"
A["wp-wmc-resources"] = dict(
 # the miner under its full name, 'WMC', 'Western Mining Corporation' and 'WMC Resources' -> one Company; the
 # Australian Stock Exchange (a business, as batch 32j's NYSE), BHP Billiton, Hi Fert ('a blending and distribution
 # network', a business), Elders, AWB and Alumina Limited -> Company; 'Corridor Sands Limitada' (named as the mine
 # being investigated) -> Location with the other mine and places, doubtful (a company name in form); Olympic Dam ->
 # Location (a mine site); the three executives -> Person ('Mr Michelmore' as an alias); 'the nickel mining and
 # processing business', 'a fertilizer production business' (unnamed), 'the aluminium operations', 'ASX code of WMR'
 # -> nothing
 entities=[E("Company", WMC, "WMC", "Western Mining Corporation", "WMC Resources"),
           E("Company", "Australian Stock Exchange"), E("Company", BHP)]
          + locs("Western Australia", "Olympic Dam", "South Australia", "Queensland")
          + [E("Company", "Hi Fert"), E("Location", "Australia"), E("Company", "Elders"), E("Company", "AWB"),
             E("Location", "Corridor Sands Limitada")] + locs("Chibuto", "Mozambique", "Kalgoorlie")
          + [E("Company", "Alumina Limited"), E("Person", "Andrew Michelmore", "Mr Michelmore"),
             E("Person", "Tommie Bergman"), E("Person", "Alan Dundas")],
 # 'The last Chief Executive Officer of the independent company was Andrew Michelmore' -> ceo, current=false (the
 # company taken over); 'the board was chaired by Tommie Bergman' -> chairman, current=false; 'Executive Directors
 # included Mr Michelmore and Alan Dundas' -> director each (GUIDELINES: executive director -> director),
 # current=false (the independent company's board, gone with the takeover)
 roles=[R("Andrew Michelmore", "ceo", WMC, False), R("Tommie Bergman", "chairman", WMC, False),
        R("Andrew Michelmore", "director", WMC, False), R("Alan Dundas", "director", WMC, False)],
 # 'delisted ... following a successful takeover by BHP Billiton' -> acquired + parentOrganization; Hi Fert among 'three
 # main businesses' the company had -> parentOrganization to WMC (past, kept); 'BHP Billiton sold this business to a
 # joint venture of Elders and AWB' -> partner of Elders and AWB (the joint venture itself unnamed, so no buyer
 # entity, no acquired); the 2003 demerger that formed Alumina Limited (no ownership stated between Alumina and WMC
 # Resources) -> nothing; the mine being investigated and Olympic Dam (sites) -> nothing; the listing -> nothing
 relations=acq(BHP, WMC) + [L("Hi Fert", "parentOrganization", WMC), L("Elders", "partner", "AWB")],
 outages=[],
 # 'As of 2005' and 'As of 2004' give their years
 dates=[D("29 June 2005", "2005-06-29"), D("2005", "2005"), D("5 December 2005", "2005-12-05"), D("2004", "2004"),
        D("1933", "1933"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
