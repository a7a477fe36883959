#!/usr/bin/env python3
"""Batch 35h gold annotations (the texts of batch35h.py: a Bolivian-born owner of an oil-services group and of
Colombia's national airline, a Ukrainian co-founder and board chairman of a bank who governed a region, an Indian
television owner who held a low-cost airline, a Russian co-founder of a bank and an investment group with board
seats at telecoms, retail and oil companies, a Russian former chairman of a gold producer and president of an
investment group, and a Russian conglomerate's owner and president; one part), written from each
text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-german-efromovich -> test, wp-ihor-kolomoyskyi -> train,
wp-kalanithi-maran -> dev, wp-mikhail-fridman -> train, wp-mikhail-prokhorov -> test, wp-viktor-vekselberg -> train. Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates); spans
('for nine years'), decades ('the 1980s', no calendar value in the format) and a fiscal year ('the fiscal
2011-2012', not a calendar span) left out; 'By 2010' -> the year; a repeated date with the same text is one item.
Conventions as batches 27a-34n (GUIDELINES.md part 2): 'Until 2022 ... was chairman', 'was on the boards of', 'Prior
to 2022, he was on the supervisory board', 'After being CEO of' and 'decided to step down from the boards of' ->
current false; 'is a member of the supervisory board of', 'is the chairman and managing director of' -> current
true; a supervisory-board seat -> director; 'managing director' -> director (GUIDELINES); founders and co-founders
-> founder / cofounder, current (the lane's convention); 'then US President' -> president, not current; a person
who bought or sold a company, or 'owned a school', -> no role and no relation (a person is no party to `acquired`);
membership of public bodies -> no role.
usage: batch35h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Bolivia / Brazil / Colombia -------------------------------------------------------------------------------------
GE = "Germán Efromovich"
A["wp-german-efromovich"] = dict(
 # 'Efromovich' -> alias; La Paz, Poland, South America, Bolivia, Chile, Arica, São Paulo, Brazil, São Bernardo do
 # Campo, Colombia, the South Atlantic -> Location; FEI University -> Organization; Luiz Inácio Lula da Silva ->
 # Person; the Synergy Group ('what evolved into the Synergy Group', his business group) -> Company; Avianca
 # ('Colombia's national airline') -> Company; Petrobras ('the Brazilian-government-run oil company') -> Company
 # (GUIDELINES: state-owned businesses run as businesses are Company); 'Polish Jews', 'Brazilian', 'Colombian',
 # 'Mexican', 'Portuguese' (adjectives, a people, a language), World War II (an event), 'the Brazilian coast', 'an air
 # taxi company' and 'insurance companies' (unnamed) -> nothing
 entities=[E("Person", GE, "Efromovich"), E("Location", "La Paz"), E("Location", "Poland"),
           E("Location", "South America"), E("Location", "Bolivia"), E("Location", "Chile"), E("Location", "Arica"),
           E("Location", "São Paulo"), E("Location", "Brazil"), E("Organization", "FEI University"),
           E("Location", "São Bernardo do Campo"), E("Person", "Luiz Inácio Lula da Silva"),
           E("Company", "Synergy Group"), E("Company", "Avianca"), E("Location", "Colombia"),
           E("Company", "Petrobras"), E("Location", "South Atlantic")],
 # 'a union leader named Luiz Inácio Lula da Silva, who later became President of Brazil' -> president of Brazil,
 # current (no 'former' in the text; doubtful: 'later became' is told from the 1980s, and the revision dates from
 # his first presidency's end to his second); Efromovich: no post is named anywhere in the kept text (he 'bought
 # Avianca', owned a school, built the business that 'evolved into the Synergy Group') -> no role (doubtful: founder
 # of the Synergy Group could be argued from 'laid the foundation', but the text gives it to 'the oil sector');
 # 'a union leader' (no union named) -> no role
 roles=[R("Luiz Inácio Lula da Silva", "president", "Brazil")],
 # 'Efromovich bought Avianca' -> nothing (a person as buyer; no company of his is named as the buyer); 'performing
 # only nondestructive testing for ... Petrobras' -> nothing (a person's business, no company named as supplier);
 # 'Brazilian-government-run' -> nothing (no government body named as an entity)
 relations=[],
 outages=[],
 # published null; 'the 1980s' (a decade) left out
 dates=[D("1948", "1948"), D("1955", "1955"), D("1964", "1964"), D("2004", "2004")])

# ---- Ukraine ---------------------------------------------------------------------------------------------------------
IK = "Ihor Valeriyovych Kolomoyskyi"
A["wp-ihor-kolomoyskyi"] = dict(
 # the Ukrainian, Russian and Hebrew forms of the name, 'Igor Kolomoisky', 'Ihor Kolomoyskyi' and 'Kolomoyskyi' ->
 # aliases (as batch 34e's other-script forms); Dnipropetrovsk Oblast, Ukraine, Dnipropetrovsk, the Ukrainian SSR,
 # the USSR -> Location; Rinat Akhmetov, Viktor Pinchuk -> Person; Forbes ('the Forbes magazine list'), The
 # Economist, Focus ('Focus magazine') -> Company (GUIDELINES: magazines are Company); PrivatBank -> Company; the
 # Privat Group ('its informal Privat Group', a group of companies) -> Company (doubtful: informal, no legal body);
 # FC Dnipro Dnipropetrovsk (a football club) -> Organization (GUIDELINES); the Dnipropetrovsk Metallurgical
 # Institute -> Organization; 'Cypriot-Ukrainian', 'Jewish', 'Ukrainians' -> nothing
 entities=[E("Person", IK, "\u0406\u0433\u043e\u0440 \u0412\u0430\u043b\u0435\u0440\u0456\u0439\u043e\u0432\u0438\u0447 \u041a\u043e\u043b\u043e\u043c\u043e\u0439\u0441\u044c\u043a\u0438\u0439",
                      "\u0418\u0433\u043e\u0440\u044c \u0412\u0430\u043b\u0435\u0440\u044c\u0435\u0432\u0438\u0447 \u041a\u043e\u043b\u043e\u043c\u043e\u0439\u0441\u043a\u0438\u0439",
                      "Igor Kolomoisky", "\u05d0\u05d9\u05d2\u05d5\u05e8 \u05e7\u05d5\u05dc\u05d5\u05de\u05d5\u05d9\u05e1\u05e7\u05d9",
                      "Kolomoyskyi", "Ihor Kolomoyskyi"),
           E("Location", "Dnipropetrovsk Oblast"), E("Location", "Ukraine"), E("Person", "Rinat Akhmetov"),
           E("Person", "Viktor Pinchuk"), E("Company", "Forbes"), E("Company", "The Economist"),
           E("Company", "Privat Group"), E("Organization", "FC Dnipro Dnipropetrovsk"), E("Company", "Focus"),
           E("Location", "Dnipropetrovsk"), E("Location", "Ukrainian SSR"), E("Location", "USSR"),
           E("Organization", "Dnipropetrovsk Metallurgical Institute"), E("Company", "PrivatBank")],
 # 'the former Governor of Dnipropetrovsk Oblast' -> governor of the oblast (a Location), not current (GUIDELINES:
 # governors with the region as org); 'the co-founder of the PrivatBank (and its informal Privat Group,
 # respectively)' -> cofounder of both, current (the convention; 'respectively' read as giving him both; doubtful
 # for the group); 'was appointed chairman of its board of directors in 1997' -> chairman of PrivatBank, current (no
 # end told in the kept text; doubtful: 'its' could be read as the group's board); 'a de facto chairman of the FC
 # Dnipro Dnipropetrovsk' -> chairman, current (doubtful: 'de facto'); 'the leading partner of the Privat Group' ->
 # no role (a partner-owner, as the lane treats owners and co-owners)
 roles=[R(IK, "governor", "Dnipropetrovsk Oblast", False), R(IK, "cofounder", "PrivatBank"),
        R(IK, "cofounder", "Privat Group"), R(IK, "chairman", "PrivatBank"),
        R(IK, "chairman", "FC Dnipro Dnipropetrovsk")],
 # 'the PrivatBank (and its informal Privat Group ...)' -> nothing (whether the group belongs to the bank or the
 # bank to the group is not told; doubtful)
 relations=[],
 outages=[],
 # published null; 'as of 2019' and 'In 2019' -> one item '2019'
 dates=[D("13 February 1963", "1963-02-13"), D("2006", "2006"), D("2019", "2019"), D("March 2015", "2015-03"),
        D("1985", "1985"), D("1997", "1997")])

# ---- India -----------------------------------------------------------------------------------------------------------
KM = "Kalanithi Maran"
SJ = "Spice Jet"
A["wp-kalanithi-maran"] = dict(
 # 'Maran' -> alias; Sun Group ('the most profitable television network in Asia') -> Company; 'Spice Jet',
 # 'Spicejet' and 'spicejet' (the airline, three spellings) -> one Company (an airline is a business); Sun TV (a
 # channel company listed on the exchange) -> Company; Poomaalai ('a monthly video (VHS) news magazine') -> Company
 # (GUIDELINES: magazines are Company; doubtful: a title, not a firm); the Bombay Stock Exchange -> Company
 # (GUIDELINES); 'USA' and 'US' (in 'US President') -> one Location; Bill Clinton, Barack Obama, Ajay Singh, Kavery
 # Maran, Naveen Jindal -> Person; Congress ('Congress MP') -> Organization (a party); Asia, India, South India,
 # Mumbai -> Location; 'Tamil' (a language), 'Indian', 'FM radio stations', 'DTH service' (unnamed) -> nothing
 entities=[E("Person", KM, "Maran"), E("Company", "Sun Group"), E("Location", "Asia"),
           E("Company", SJ, "Spicejet", "spicejet"), E("Location", "India"), E("Person", "Ajay Singh"),
           E("Location", "South India"), E("Company", "Poomaalai"), E("Company", "Sun TV"),
           E("Company", "Bombay Stock Exchange"), E("Location", "USA", "US"), E("Person", "Bill Clinton"),
           E("Location", "Mumbai"), E("Person", "Barack Obama"), E("Person", "Kavery Maran"),
           E("Organization", "Congress"), E("Person", "Naveen Jindal")],
 # 'the chairman and managing director of Sun Group' -> chairman and director (GUIDELINES: managing director ->
 # director), current; 'he founded Sun TV' -> founder, current (the convention); 'Maran started a monthly video (VHS)
 # news magazine ... called Poomaalai which was stopped in 1992' -> founder of Poomaalai, current (the convention for
 # founders; doubtful: 'started', and the magazine was stopped); 'the visiting then US President Bill Clinton' ->
 # president of USA, not current ('then'); 'US President Barack Obama praised' (2010) -> president of USA, current
 # (no 'former'; doubtful); 'the original owner Ajay Singh', 'Maran and his wife, Kavery Maran' on the 'executive pay
 # charts' (no post named) and 'Congress MP Naveen Jindal' (a legislator) -> no role
 roles=[R(KM, "chairman", "Sun Group"), R(KM, "director", "Sun Group"), R(KM, "founder", "Sun TV"),
        R(KM, "founder", "Poomaalai"), R("Bill Clinton", "president", "USA", False),
        R("Barack Obama", "president", "USA")],
 # 'he acquired Spice Jet', 'exited from Spicejet and trasferred the ownership to ... Ajay Singh' -> nothing (persons
 # as buyer and seller); Sun TV within Sun Group -> nothing (not said in the kept text; doubtful: a reader may infer
 # it from 'his television channels'); 'listed on the Bombay Stock Exchange' -> nothing (a listing, no partnership)
 relations=[],
 outages=[],
 # published null; '15th January 2015' -> the day; 'By 2010' and 'in 2010' -> one item '2010'; 'the fiscal
 # 2011-2012' (an Indian fiscal year, April to March) left out
 dates=[D("1964", "1964"), D("June 2010", "2010-06"), D("15th January 2015", "2015-01-15"), D("1990", "1990"),
        D("1992", "1992"), D("14 April 1993", "1993-04-14"), D("24 April 2006", "2006-04-24"), D("2010", "2010")])

# ---- Russia ----------------------------------------------------------------------------------------------------------
MF = "Mikhail Maratovich Fridman"
AG = "Alfa Group Consortium"
L1 = "LetterOne"
A["wp-mikhail-fridman"] = dict(
 # 'Mikhail Fridman' and 'Fridman' -> aliases; 'Alfa-Group', 'Alfa Group Consortium' and 'Alfa Group' -> one Company
 # (the fullest form as name; doubtful: the text may mean the consortium and the wider group as two things);
 # Alfa-Bank, TNK-BP, LetterOne, ABH Holdings, VEON, X5 Retail Group, DEA Deutsche Erdoel AG -> Company; Forbes and
 # bne IntelliNews (a magazine, a news service) -> Company; the Russian Union of Industrialists and Entrepreneurs,
 # the Public Chamber of Russia, the Council on Foreign Relations, the EU -> Organization; Russia, Ukraine -> Location;
 # the Bloomberg Billionaires Index and Forbes's list (a ranking; Bloomberg named only inside the index's name) ->
 # nothing; 'Ukrainian-born', 'Russian', 'Israeli' (adjectives) and the 2022 invasion (an event) -> nothing
 entities=[E("Person", MF, "Mikhail Fridman", "Fridman"), E("Company", AG, "Alfa-Group", "Alfa Group"),
           E("Company", "Forbes"), E("Location", "Russia"), E("Company", "bne IntelliNews"),
           E("Company", "Alfa-Bank"), E("Company", "TNK-BP"), E("Company", L1), E("Company", "ABH Holdings"),
           E("Company", "VEON"), E("Company", "X5 Retail Group"), E("Company", "DEA Deutsche Erdoel AG"),
           E("Organization", "Russian Union of Industrialists and Entrepreneurs"),
           E("Organization", "Public Chamber of Russia"), E("Organization", "Council on Foreign Relations"),
           E("Organization", "EU"), E("Location", "Ukraine")],
 # 'one of the co-founders of Alfa-Group', 'he co-founded Alfa-Bank', 'co-founded ... LetterOne' -> cofounder,
 # current (the convention); 'After being CEO of TNK-BP ... for nine years, in 2013 he sold his stake' -> ceo, not
 # current; 'Until 2022 Fridman was chairman of the supervisory board of Alfa Group Consortium' -> chairman, not
 # current; 'was on the boards of Alfa-Bank and ABH Holdings' -> director, not current; 'Prior to 2022, he was on
 # the supervisory board of directors for VEON and X5 Retail Group' -> director, not current; 'He is a member of the
 # supervisory board of DEA Deutsche Erdoel AG' -> director, current; 'decided to step down from the boards of
 # LetterOne and Alfa Group' -> director of both, not current (the text names the board seats beside the chair,
 # GUIDELINES: director and chairman when both posts are named; doubtful for Alfa Group: the board he chaired may be
 # the one he left); membership of the union, the chamber and the council -> no role
 roles=[R(MF, "cofounder", AG), R(MF, "cofounder", "Alfa-Bank"), R(MF, "ceo", "TNK-BP", False),
        R(MF, "cofounder", L1), R(MF, "chairman", AG, False), R(MF, "director", "Alfa-Bank", False),
        R(MF, "director", "ABH Holdings", False), R(MF, "director", "VEON", False),
        R(MF, "director", "X5 Retail Group", False), R(MF, "director", "DEA Deutsche Erdoel AG"),
        R(MF, "director", L1, False), R(MF, "director", AG, False)],
 # 'DEA Deutsche Erdoel AG, which is owned by LetterOne' -> parentOrganization; 'the 50/50 TNK-BP joint venture' ->
 # nothing (the venture's partners are not named as entities); 'he sold his stake in the company' -> nothing (a
 # person's stake); Alfa-Bank or ABH Holdings within Alfa Group -> nothing (not said in the kept text; doubtful)
 relations=[L("DEA Deutsche Erdoel AG", "parentOrganization", L1)],
 outages=[],
 # published null; 'as of 2013' and 'in 2013' -> one item '2013'; 'Until 2022', 'Prior to 2022', 'In 2022' and 'the
 # 2022 Russian invasion' -> one item '2022'; 'for nine years' left out
 dates=[D("2013", "2013"), D("2023", "2023"), D("May 2017", "2017-05"), D("February 2024", "2024-02"),
        D("6 February 2025", "2025-02-06"), D("1991", "1991"), D("2022", "2022"), D("July 2022", "2022-07"),
        D("December 2022", "2022-12")])

# ---- Russia: Onexim Group -------------------------------------------------------------------------------------------
MP = "Mikhail Dmitrievitch Prokhorov"
A["wp-mikhail-prokhorov"] = dict(
 # 'Prokhorov' -> alias; the Brooklyn Nets (a basketball team) -> Organization (GUIDELINES); the Moscow Finance
 # Institute, the Soviet Committee of Physical Culture and Sport, the Institute for Chemical Machine-Building ->
 # Organization; Civic Platform (a party) -> Organization; the Bolsheviks (a party, 'under the Bolsheviks') ->
 # Organization (doubtful: a regime named by its party); Norilsk Nickel, Polyus Gold, Onexim Group, Forbes ->
 # Company; Russia, Moscow, Siberia -> Location; Tamara Prokhorova ('Tamara' an alias: 'Tamara and Dmitri Prokhorov',
 # 'her daughter Tamara'), Dmitri Prokhorov, Irina, Anna Belkina, Stalin -> Person; World War II and the 2012
 # presidential election (events), 'Russian', 'Jewish' -> nothing
 entities=[E("Person", MP, "Prokhorov"), E("Organization", "Brooklyn Nets"),
           E("Organization", "Moscow Finance Institute"), E("Location", "Russia"), E("Company", "Norilsk Nickel"),
           E("Company", "Polyus Gold"), E("Company", "Onexim Group"), E("Organization", "Civic Platform"),
           E("Company", "Forbes"), E("Location", "Moscow"), E("Person", "Tamara Prokhorova", "Tamara"),
           E("Person", "Dmitri Prokhorov"), E("Person", "Irina"), E("Person", "Anna Belkina"),
           E("Organization", "Bolsheviks"), E("Person", "Stalin"), E("Location", "Siberia"),
           E("Organization", "Soviet Committee of Physical Culture and Sport"),
           E("Organization", "Institute for Chemical Machine-Building")],
 # 'the former chairman of Polyus Gold' -> chairman, not current; 'the former President of Onexim Group' ->
 # president, not current ('He resigned both positions'); 'While he was running Norilsk Nickel' -> executive, not
 # current (no title named; 'was running' told as past; doubtful: ceo could be argued, and no end is told);
 # 'declared the establishment of the new Russian political party called Civic Platform' -> founder, current (the
 # convention for founders; doubtful: a declaration); 'former owner of the Brooklyn Nets', 'owning major stakes' ->
 # no role (owners); Dmitri's work for the committee ('handled international relations'), Tamara's post as engineer,
 # Anna Belkina (a microbiologist) -> no role
 roles=[R(MP, "chairman", "Polyus Gold", False), R(MP, "president", "Onexim Group", False),
        R(MP, "executive", "Norilsk Nickel", False), R(MP, "founder", "Civic Platform")],
 # the Brooklyn Nets' ownership (a person) and 'multinational corporations' (unnamed) -> nothing
 relations=[],
 outages=[],
 # published null; 'the December declaration' (a month with no year of its own) left out; 'the 2012 Russian
 # presidential election' -> '2012'
 dates=[D("June 2011", "2011-06"), D("December 2011", "2011-12"), D("2012", "2012"), D("June 2012", "2012-06"),
        D("May 2020", "2020-05"), D("June 2020", "2020-06")])

# ---- Russia: Renova Group --------------------------------------------------------------------------------------------
VV = "Viktor Felixovich Vekselberg"
A["wp-viktor-vekselberg"] = dict(
 # the Russian and Ukrainian forms of the name, 'Vekselberg' and 'Victor Vekselberg' -> aliases; Renova Group
 # ('a large Russian conglomerate'), NPO Komvek, Forbes -> Company; Russia, Drohobych, the Ukrainian Soviet Socialist
 # Republic, Lviv -> Location; 'the Moscow Kremlin' -> Location (a named site, GUIDELINES; doubtful: it stands for the
 # government); the Irkuksk Aluminum Plant ('did work for' it) -> Location (a named facility, as batch 34e's Oskol
 # plant; doubtful: Company could be argued); the Moscow Transportation Engineering Institute -> Organization;
 # Leonard Blavatnik -> Person; 'the Gorbachev administration' and 'his new policy' -> Person 'Gorbachev' (the
 # leader named in it; doubtful: the administration is meant, Organization could be argued); Perestroika and
 # Glasnost (policies), 'a state-owned pump manufacturer' (unnamed) -> nothing
 entities=[E("Person", VV, "\u0412\u0438\u043a\u0442\u043e\u0440 \u0424\u0435\u043b\u0438\u043a\u0441\u043e\u0432\u0438\u0447 \u0412\u0435\u043a\u0441\u0435\u043b\u044c\u0431\u0435\u0440\u0433",
                      "\u0412\u0456\u043a\u0442\u043e\u0440 \u0424\u0435\u043b\u0456\u043a\u0441\u043e\u0432\u0438\u0447 \u0412\u0435\u043a\u0441\u0435\u043b\u044c\u0431\u0435\u0440\u0433",
                      "Vekselberg", "Victor Vekselberg"),
           E("Company", "Renova Group"), E("Company", "Forbes"), E("Location", "Russia"),
           E("Location", "Moscow Kremlin"), E("Location", "Drohobych"),
           E("Location", "Ukrainian Soviet Socialist Republic"), E("Location", "Lviv"),
           E("Organization", "Moscow Transportation Engineering Institute"), E("Person", "Gorbachev"),
           E("Company", "NPO Komvek"), E("Location", "Irkuksk Aluminum Plant"), E("Person", "Leonard Blavatnik")],
 # 'He is the owner and president of Renova Group' -> president, current (owner: no role); 'he founded NPO Komvek'
 # -> founder, current (the convention); 'he co-founded Renova Group with college classmate, Leonard Blavatnik' ->
 # cofounder for both, current; 'an engineer and research manager at a state-owned pump manufacturer' (unnamed) ->
 # no role
 roles=[R(VV, "president", "Renova Group"), R(VV, "founder", "NPO Komvek"), R(VV, "cofounder", "Renova Group"),
        R("Leonard Blavatnik", "cofounder", "Renova Group")],
 # 'NPO Komvek which did work for the Irkuksk Aluminum Plant' -> nothing (the plant typed a facility, no Company to
 # partner; doubtful); Komvek's and Access Industries' holdings in Renova fall in the cut sentence
 relations=[],
 outages=[],
 # published null; 'August 4, 2015' -> the day; 'born 14 April 1957' and 'born in 1957' -> two items
 dates=[D("14 April 1957", "1957-04-14"), D("August 4, 2015", "2015-08-04"), D("1957", "1957"), D("1979", "1979"),
        D("1988", "1988"), D("1990", "1990")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
