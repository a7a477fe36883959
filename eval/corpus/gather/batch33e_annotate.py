#!/usr/bin/env python3
"""Batch 33e gold annotations (the texts of batch33e.py: executives of airlines, a freight railway, a banking group, a
coal miner and a supermarket chain in Germany, Britain, South Africa and Singapore, one part), written from each text
alone; newskg (or any extractor) was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt
along test, train, dev, train (batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates); spans ('more than 20 years', '15 months later'), ages and anaphora ('from that
year') left out; a repeated text with the same value is one item.
Conventions as batches 27a-32k (GUIDELINES.md part 2): a post the text ends, gives as past or follows with a later post
('until 8 October 2012', 'took over from', 'outgoing CEO', 'was Chancellor of ... until') -> current false; a post
told with no end ('Since May 2014', 'She is currently', 'She also chairs') -> current true; 'started the airline' ->
founder (current, the convention); 'chair'/'Chairperson' -> chairman; 'Senior Vice President', 'Executive Vice
President', 'Vice President' -> vice-president; board seats -> director; a university chancellor -> other (batch 32h);
advisers, assistants, junior staff jobs ('research analyst', 'marketing executive', 'cadet administrative officer')
-> no role.
usage: batch33e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Germany ---------------------------------------------------------------------------------------------------------
CS = "Carsten Spohr"
LH = "Deutsche Lufthansa AG"
A["wp-carsten-spohr"] = dict(
 # 'Spohr' -> alias; 'Lufthansa' -> alias of Deutsche Lufthansa AG (the fullest form, named once); the two flight
 # schools (Lufthansa Flight Training, the Airline Training Center Arizona) -> Organization, as schools (doubtful:
 # both may be businesses, and a 'Center' could be read as a facility); the University of Karlsruhe and the Karlsruhe
 # Institute of Technology -> Organization; the Airbus A320 (an aircraft model) -> Service, with no maker relation
 # (Airbus not named on its own); Germanwings, Lufthansa Cargo, Deutsche Aerospace AG, Bloomberg -> Company; the
 # Germanwings Flight 9525 disaster (an event) -> nothing
 entities=[E("Person", CS, "Spohr"), E("Company", LH, "Lufthansa"), E("Organization", "University of Karlsruhe"),
           E("Organization", "Karlsruhe Institute of Technology"), E("Organization", "Lufthansa Flight Training"),
           E("Location", "Bremen"), E("Organization", "Airline Training Center Arizona"), E("Service", "Airbus A320"),
           E("Company", "Deutsche Aerospace AG"), E("Company", "Lufthansa Cargo"), E("Person", "Christoph Franz"),
           E("Company", "Germanwings"), E("Company", "Bloomberg")],
 # 'Since May 2014 he has been the chairman and chief executive officer (CEO) of Lufthansa' -> chairman and ceo,
 # current ('took over ... as Chief Executive Officer of Deutsche Lufthansa AG' the same ceo item); 'in 1998, he became
 # head of regional partner management' (later posts follow) -> head, not current; 'In 2007, he was made CEO of
 # Lufthansa Cargo' (later posts follow) -> ceo, not current; 'invited to join the executive board' in 2011 -> director
 # at Lufthansa, current (a board seat that his later chair of the company does not end; doubtful); 'took over from
 # Christoph Franz' -> Franz ceo, not current; 'personal assistant to the CEO', 'appointed to lead the group's
 # passenger airline strategy' (no title) and the 'brief role at Deutsche Aerospace AG' -> no role
 roles=[R(CS, "chairman", LH), R(CS, "ceo", LH), R(CS, "head", LH, False), R(CS, "ceo", "Lufthansa Cargo", False),
        R(CS, "director", LH), R("Christoph Franz", "ceo", LH, False)],
 # "Lufthansa's low-cost airline Germanwings" -> parentOrganization; 'the University of Karlsruhe (now part of the
 # Karlsruhe Institute of Technology)' -> parentOrganization (two Organizations); Lufthansa Cargo is not said to belong
 # to Lufthansa (named after it, told within his Lufthansa career; doubtful) -> nothing
 relations=[L("Germanwings", "parentOrganization", LH),
            L("University of Karlsruhe", "parentOrganization", "Karlsruhe Institute of Technology")],
 outages=[],
 # published null; 'Between 1995 and 1998' -> both years ('in 1998' the same item as '1998'); 'Since May 2014' -> 'May
 # 2014'; 'its 60-year history' (a span) left out
 dates=[D("16 December 1966", "1966-12-16"), D("May 2014", "2014-05"), D("1994", "1994"), D("1995", "1995"),
        D("1998", "1998"), D("2007", "2007"), D("2011", "2011"), D("1 May 2014", "2014-05-01")])

# ---- Spain -----------------------------------------------------------------------------------------------------------
JIG = "Jos\u00e9 Ignacio S\u00e1nchez Gal\u00e1n"
IB = "Iberdrola"
A["wp-jose-ignacio-sanchez-galan"] = dict(
 # 'Gal\u00e1n' -> alias; the group's five named companies -> Company each; 'Avangrid in USA', 'the United Kingdom',
 # Brazil, Australia, Salamanca, Spain, Madrid -> Locations ('Iberdrola Mexico' a company: Mexico not named on its
 # own); the schools ('ICAI School of Engineering', 'Comillas Pontifical University', 'ICADE Business School', 'EOI
 # Business School') -> Organization; 'Industria de Turbopropulsores (ITP)' -> Company with 'ITP'; Eurojet (a
 # consortium of companies) -> Company; the Eurojet 200 (an engine model) and the Eurofighter (an aircraft) -> Service;
 # 'Airtel M\u00f3vil' -> Company; languages -> nothing
 entities=[E("Person", JIG, "Gal\u00e1n"), E("Company", IB), E("Company", "ScottishPower"),
           E("Location", "United Kingdom"), E("Company", "Avangrid"), E("Location", "USA"),
           E("Company", "Neoenergia"), E("Location", "Brazil"), E("Company", "Infigen"), E("Location", "Australia"),
           E("Company", "Iberdrola Mexico"), E("Location", "Salamanca"), E("Location", "Spain"),
           E("Location", "Madrid"), E("Organization", "ICAI School of Engineering"),
           E("Organization", "Comillas Pontifical University"), E("Organization", "ICADE Business School"),
           E("Organization", "EOI Business School"),
           E("Company", "Sociedad Espa\u00f1ola del Acumulador Tudor"),
           E("Company", "Industria de Turbopropulsores", "ITP"), E("Company", "Eurojet"),
           E("Service", "Eurojet 200"), E("Service", "Eurofighter"), E("Company", "Airtel M\u00f3vil")],
 # 'currently serves as chairman and chief executive officer of Iberdrola' ('executive chairman' since 2006 the same
 # chairman item) -> chairman and ceo, current; 'appointed the executive vice-chairman and chief executive' in 2001 ->
 # the vice-chair -> executive (GUIDELINES: vice chairman -> executive), not current (the chair followed in 2006), the
 # chief executive post the same ceo item; 'held various executive posts' at Sociedad Espa\u00f1ola del Acumulador
 # Tudor -> executive, not current (doubtful: no post named); 'took the helm at Industria de Turbopropulsores (ITP)
 # from its inception' -> head, not current (led it, no title named; doubtful); 'Between 1993 and 1995 he was chairman
 # of Eurojet' -> chairman, not current; 'went on to serve as chief executive at Airtel M\u00f3vil' (before 2001) ->
 # ceo, not current
 roles=[R(JIG, "chairman", IB), R(JIG, "ceo", IB), R(JIG, "executive", IB, False),
        R(JIG, "executive", "Sociedad Espa\u00f1ola del Acumulador Tudor", False),
        R(JIG, "head", "Industria de Turbopropulsores", False), R(JIG, "chairman", "Eurojet", False),
        R(JIG, "ceo", "Airtel M\u00f3vil", False)],
 # 'a multinational group ... including the likes of ScottishPower ..., Avangrid ..., Neoenergia ..., Infigen ... and
 # Iberdrola Mexico' -> parentOrganization each (the group's members); 'the ICAI School of Engineering attached to
 # Comillas Pontifical University' -> parentOrganization (two Organizations); 'Eurojet, a European consortium that
 # developed and manufactured the Eurojet 200 powerplants' -> provider; the engines 'fitted to the Eurofighter' (a
 # product in a product, no company relation) -> nothing
 relations=[L("ScottishPower", "parentOrganization", IB), L("Avangrid", "parentOrganization", IB),
            L("Neoenergia", "parentOrganization", IB), L("Infigen", "parentOrganization", IB),
            L("Iberdrola Mexico", "parentOrganization", IB),
            L("ICAI School of Engineering", "parentOrganization", "Comillas Pontifical University"),
            L("Eurojet 200", "provider", "Eurojet")],
 outages=[],
 # published null; 'born 1950' and 'in 1950' -> one item; 'the early 1990s' (a decade) left out; 'Between 1993 and
 # 1995' -> both years
 dates=[D("1950", "1950"), D("1972", "1972"), D("1993", "1993"), D("1995", "1995"), D("2001", "2001"),
        D("2006", "2006"), D("2015", "2015")])

# ---- Britain ---------------------------------------------------------------------------------------------------------
TL = "Terry Leahy"
A["wp-terry-leahy"] = dict(
 # 'Sir Terry Leahy', 'Leahy', 'Sir Terry' -> one Person named without the honorific, the forms with it aliases (as the
 # corpus's 'Sir Robert', 'Sir Andrew'); 'the Wandsworth Tesco' (a store) -> Tesco's surface form, no new entity;
 # 'Tesco Express' (a store brand) -> Service (doubtful: a store format), provided by Tesco; UMIST, the University of
 # Manchester, St. Edward's College -> Organization; Everton Football Club (a club) -> Organization; Management Today
 # (a magazine) -> Company; 'Fortune' only inside an award's name and the awards themselves -> nothing; 'the UK' and
 # 'Britain' -> two Locations as written; 'British' (an adjective) -> nothing
 entities=[E("Person", TL, "Sir Terry Leahy", "Leahy", "Sir Terry"), E("Company", "Tesco"),
           E("Organization", "UMIST"), E("Organization", "University of Manchester"), E("Location", "Wandsworth"),
           E("Location", "UK"), E("Location", "Britain"), E("Company", "Management Today"),
           E("Location", "Liverpool"), E("Organization", "St. Edward's College"),
           E("Organization", "Everton Football Club"), E("Location", "Kirkby"), E("Location", "Cuffley"),
           E("Location", "Hertfordshire"), E("Service", "Tesco Express")],
 # 'is the CEO of Tesco' and 'became chief executive in 1997' -> ceo, current (one item); 'appointed to the board in
 # 1992' (no end) -> director, current; 'was Chancellor of UMIST ... until 1 October 2004' -> other, not current;
 # 'became co-chancellor of the newly formed University of Manchester' (no end) -> other, current (a chancellor as
 # batch 32h's Pro-Chancellor); 'returned to Tesco in 1979 as a marketing executive' (a junior post, not the
 # vocabulary's senior 'executive'; doubtful), 'a special advisor to the club' (an adviser) -> no role
 roles=[R(TL, "ceo", "Tesco"), R(TL, "director", "Tesco"), R(TL, "other", "UMIST", False),
        R(TL, "other", "University of Manchester")],
 # UMIST and the newly formed University of Manchester (a new body, no ownership told) -> nothing
 relations=[L("Tesco Express", "provider", "Tesco")],
 outages=[],
 # published null; 'from that year' (2002 by the sentence) -> left out as anaphora; 'in 2003' and 'for 2003' -> one
 # item '2003'; 'in 2005' and 'April 2005' -> two items
 dates=[D("28 February 1956", "1956-02-28"), D("2002", "2002"), D("1 October 2004", "2004-10-01"),
        D("1979", "1979"), D("1992", "1992"), D("1997", "1997"), D("2003", "2003"), D("2005", "2005"),
        D("April 2005", "2005-04")])

# ---- South Africa ----------------------------------------------------------------------------------------------------
SM = "Sizakele Petunia Mzimela"
SAA = "South African Airways"
TFR = "Transnet Freight Rail"
SARA = "Southern Africa Railways Association"
A["wp-siza-mzimela"] = dict(
 # 'Siza Mzimela', 'Mzimela', 'Ms. Mzimela', 'Siza' -> aliases of the full name; 'TFR' -> alias of Transnet Freight
 # Rail and 'its freight rail division' the same unit; 'SAA' -> alias; 'SARA' -> alias of the association
 # (Organization); the IATA -> Organization; "SAA's Voyager loyalty programme" -> Service 'Voyager' (a programme
 # members use; doubtful), provided by SAA; 'JSE' only in 'JSE-listed' (a stock exchange, a business) -> Company
 # (doubtful: a modifier); Forbes (a magazine) -> Company; 'Miami, Florida, USA' -> three Locations
 entities=[E("Person", SM, "Siza Mzimela", "Mzimela", "Ms. Mzimela", "Siza"), E("Company", TFR, "TFR"),
           E("Company", "Forbes"), E("Company", SAA, "SAA"), E("Service", "Voyager"),
           E("Organization", "International Air Transport Association"), E("Location", "Miami"),
           E("Location", "Florida"), E("Location", "USA"), E("Company", "Fly Blue Crane"),
           E("Company", "South African Express"), E("Company", "Transnet"), E("Organization", SARA, "SARA"),
           E("Company", "JSE"), E("Company", "Cargo Carriers"), E("Company", "Etion Limited"),
           E("Company", "Africa Reinsurance Corporation")],
 # 'currently holds a position as Transnet Freight Rail Chief Executive Officer' / 'joined Transnet as CEO of its
 # freight rail division' -> ceo of Transnet Freight Rail, current (one item, the unit named); 'headed global sales
 # and SAA's Voyager loyalty programme' -> head at SAA, not current (later posts follow; doubtful: a unit's post given
 # to the company); 'serving as CEO from 1 April 2010 until 8 October 2012' -> ceo, not current; 'has also served as
 # the first female member of the board of governors of the International Air Transport Association' -> director,
 # not current (present perfect with no end, as batch 32k's 'has also served on the boards of'; doubtful); 'started
 # the airline Fly Blue Crane' -> founder (current, the convention, though its services ended); 'appointed interim CEO
 # of South African Express in April 2017' -> ceo, not current (her later Transnet post and the company's business
 # rescue follow; doubtful: no end told); 'is currently the Vice President of SARA' -> vice-president, current; 'also
 # chairs the board of ... Cargo Carriers' -> chairman only (the chair named alone), current; 'Non-Executive Director
 # on the board of ... Etion Limited' and 'serves on the board of ... Africa Reinsurance Corporation' -> director,
 # current; 'joined ... as a research analyst' (a staff job) -> no role
 roles=[R(SM, "ceo", TFR), R(SM, "head", SAA, False), R(SM, "ceo", SAA, False),
        R(SM, "director", "International Air Transport Association", False), R(SM, "founder", "Fly Blue Crane"),
        R(SM, "ceo", "South African Express", False), R(SM, "vice-president", SARA),
        R(SM, "chairman", "Cargo Carriers"), R(SM, "director", "Etion Limited"),
        R(SM, "director", "Africa Reinsurance Corporation")],
 # 'Transnet ... its freight rail division' -> parentOrganization; "SAA's Voyager loyalty programme" -> provider;
 # 'JSE-listed' (a listing) -> nothing
 relations=[L(TFR, "parentOrganization", "Transnet"), L("Voyager", "provider", SAA)],
 # Fly Blue Crane 'terminated all services on 3 February 2017' after business rescue (a business failure, GUIDELINES
 # Outages) -> no outage (a near-miss)
 outages=[],
 # published null; '15 months later' (a span) left out
 dates=[D("2011", "2011"), D("January 1996", "1996-01"), D("1 April 2010", "2010-04-01"),
        D("8 October 2012", "2012-10-08"), D("1 September 2015", "2015-09-01"), D("3 February 2017", "2017-02-03"),
        D("April 2017", "2017-04"), D("28 April 2020", "2020-04-28"), D("1 April 2020", "2020-04-01")])

NN = "Nonkululeko Merina Cheryl Nyembezi-Heita"
SBG = "Standard Bank Group"
SBSA = "Standard Bank of South Africa"
A["wp-nonkululeko-nyembezi-heita"] = dict(
 # 'Nku' and 'Nyembezi' (in 'Nyembezi was born') -> aliases of the subject (her relatives are named in full, her
 # father by his first name); 'the bank' -> nothing; her father 'Aubrey' -> Person (a first name alone, as batch 32k's
 # 'Jim'; doubtful), her mother, brother and sister -> Person each; IchorCoal N.V. -> Company ('Dutch' an adjective ->
 # no Location); Inanda Seminary School -> Organization; 'Clermont, KwaZulu-Natal', 'near Durban', Pietermaritzburg and
 # South Africa -> Locations; 'an Awarded Anglo American Corporation Open Scholarship' (a scholarship named after a
 # company; programmes are not entities, and the company is named only inside it) -> nothing (doubtful); 'Methodist',
 # 'Bantu', the certificates -> nothing
 entities=[E("Person", NN, "Nku", "Nyembezi"), E("Company", SBG), E("Company", SBSA),
           E("Person", "Thulani Geabashe"), E("Company", "IchorCoal N.V."), E("Location", "Pietermaritzburg"),
           E("Location", "South Africa"), E("Person", "Aubrey"), E("Person", "Debiya Nyembezi"),
           E("Person", "Manqoba Nyembezi"), E("Person", "Nontando Nyembezi"), E("Location", "Clermont"),
           E("Location", "KwaZulu-Natal"), E("Organization", "Inanda Seminary School"), E("Location", "Durban")],
 # 'appointed Chairperson-designate at Standard Bank Group and Standard Bank of South Africa' and 'assumed office on 1
 # June 2022' -> chairman of each, current; 'replacing Thulani Geabashe, who retired on 31 May 2022' -> Geabashe
 # chairman of each, not current (the two chairs she took from him; doubtful: the text may mean one of them);
 # 'Since March 2014, she has been CEO of ... IchorCoal N.V.' -> ceo, current; 'an attorney', 'a nurse' (no
 # organisation) -> no role
 roles=[R(NN, "chairman", SBG), R(NN, "chairman", SBSA), R("Thulani Geabashe", "chairman", SBG, False),
        R("Thulani Geabashe", "chairman", SBSA, False), R(NN, "ceo", "IchorCoal N.V.")],
 # Standard Bank of South Africa is not said to belong to Standard Bank Group (named beside it; doubtful) -> nothing
 relations=[],
 outages=[],
 dates=[D("22 March 1960", "1960-03-22"), D("10 May 2022", "2022-05-10"), D("1 June 2022", "2022-06-01"),
        D("31 May 2022", "2022-05-31"), D("March 2014", "2014-03")])

# ---- Singapore -------------------------------------------------------------------------------------------------------
GCP = "Goh Choon Phong"
SIA = "Singapore Airlines"
A["wp-goh-choon-phong"] = dict(
 # the Chinese script forms and the pinyin in the opening bracket and 'Goh' -> aliases (as batches 31h-32k); 'SIA' (in
 # 'the SIA group') -> alias of Singapore Airlines; 'MIT' -> alias; the MIT department (a unit named with its school)
 # -> nothing of its own; Hwa Chong Junior College -> Organization; China, Scandinavia, Singapore -> Locations; the
 # 2007-2008 crisis follows the cut
 entities=[E("Person", GCP, "\u5434\u4fca\u9e4f", "\u5433\u4fca\u9d6c", "W\u00fa J\u00f9n P\u00e9ng", "Goh"),
           E("Company", SIA, "SIA"), E("Company", "Singapore Airlines Cargo"), E("Location", "China"),
           E("Location", "Scandinavia"), E("Location", "Singapore"), E("Organization", "Hwa Chong Junior College"),
           E("Organization", "Massachusetts Institute of Technology", "MIT"), E("Company", "SilkAir"),
           E("Person", "Chew Choon Seng")],
 # 'is the chief executive officer (CEO) of Singapore Airlines and Singapore Airlines Cargo' -> ceo of each, current;
 # 'Senior Vice President of Commercial Technology, Senior Vice President of Information Technology, Executive Vice
 # President of Marketing' (posts before his appointment as CEO) -> one vice-president item at Singapore Airlines, not
 # current; 'Chairman of SilkAir' (among the earlier appointments; SilkAir since merged away) -> chairman, not
 # current; 'replacing outgoing CEO Chew Choon Seng who was retiring' -> Chew ceo, not current; 'a cadet
 # administrative officer' (a trainee post) -> no role
 roles=[R(GCP, "ceo", SIA), R(GCP, "ceo", "Singapore Airlines Cargo"), R(GCP, "vice-president", SIA, False),
        R(GCP, "chairman", "SilkAir", False), R("Chew Choon Seng", "ceo", SIA, False)],
 # 'SilkAir, a former subsidiary of Singapore Airlines which has since merged with Singapore Airlines' ->
 # parentOrganization (a past ownership is still recorded; no purchase told); Singapore Airlines Cargo is not said to
 # belong to Singapore Airlines (named after it, one CEO for both; doubtful) -> nothing
 relations=[L("SilkAir", "parentOrganization", SIA)],
 outages=[],
 # published null; 'more than 20 years' (a span) left out; '1 January 2011' twice, one item
 dates=[D("1 January 2011", "2011-01-01"), D("3 September 2010", "2010-09-03"), D("July 1963", "1963-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
