#!/usr/bin/env python3
"""Batch 36p gold annotations (the texts of batch36p.py: an Argentine airline's general manager, vice-president and
president who later chaired a resort builder; a Romanian oil-company owner, party founder and minister; an
Indonesian banking-group owner whose group bought one bank that then bought his first; one part), written from each
text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-dinu-patriciu -> test, wp-juan-carlos-pellegrini -> train,
wp-tomy-winata -> dev. Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates); 'the
interwar period', 'the seventh grade' and spans left out; a repeated date with the same text is one item.
Conventions as batches 27a-36h (GUIDELINES.md part 2): posts the text shows as left ('He resigned from his post in
1983', 'He left the presidency in 2001', 'resigned as well', a post followed by a higher one) -> current false; the
posts of a man who has died, told in the past tense -> current false; founders and founding members -> founder /
cofounder, current (the lane's convention, also after death); owners ('His wealth was based on the Rompetrol
company, which he took over', 'Winata's business empire has been developed under the Artha Graha Group') -> no
role; 'president of the board' -> chairman; 'general manager' and 'chief geologist' -> executive (GUIDELINES:
'manager' -> executive; doubtful, a general manager can be the chief executive); a military officer -> other at the
service; legislators ('a member of the Chamber of Deputies') -> no role; a minister -> minister with the country.
usage: batch36p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Argentina -------------------------------------------------------------------------------------------------------
JCP = "Juan Carlos Pellegrini"
AR = "Aerol\u00edneas Argentinas"
MS = "Maintenance Service of Planes and Others"
A["wp-juan-carlos-pellegrini"] = dict(
 # 'Pellegrini' -> alias; the Argentine Air Force -> Organization; Aerolineas Argentinas ('the company', 'the
 # airline') -> Company; Baluma S.A., Caesars -> Company; the Conrad Punta del Este Resort & Casino (a named resort)
 # and the 'Pilot Training Centre' (a named facility with flight simulators) -> Location (GUIDELINES: named sites
 # and facilities); the 'Maintenance Service of Planes and Others' -> Service (doubtful: an offering the airline
 # set up, named beside 'the first computerized ticketing system'; a unit of the airline, Organization, could be
 # argued); Cesar Guasco ('Guasco'), Pablo Apella ('Apella') -> Person; South America, Argentina -> Location; the
 # Falklands War (an event), 'the military junta', 'the Argentine government', 'the government' (no name of their
 # own), 'jumbo jets' -> nothing
 entities=[E("Person", JCP, "Pellegrini"), E("Organization", "Argentine Air Force"), E("Company", AR),
           E("Location", "South America"), E("Company", "Baluma S.A."),
           E("Location", "Conrad Punta del Este Resort & Casino"), E("Company", "Caesars"),
           E("Person", "C\u00e9sar Guasco", "Guasco"), E("Person", "Pablo Apella", "Apella"),
           E("Location", "Pilot Training Centre"), E("Location", "Argentina"), E("Service", MS)],
 # 'appointed president in 1982 ... He resigned from his post in 1983' -> president, not current; 'Pellegrini
 # became the vice president under Pablo Apella' (1979, before the presidency) -> vice-president, not current; 'he
 # became the general manager under the presidency of Cesar Guasco ... Pellegrini resigned as well' -> executive,
 # not current (doubtful: 'general manager' mapped as a 'manager'); 'the president of the board of Baluma S.A. ...
 # He left the presidency in 2001' -> chairman, not current; 'served as an officer in the Argentine Air Force' ->
 # other, not current (past tense, he died in 2014; doubtful: a rank rather than a post); 'the presidency of Cesar
 # Guasco ... Guasco resigned' -> president, not current; 'vice president under Pablo Apella ... Apella ... left
 # the company in 1982' -> president, not current (implied by 'under'); 'a lawyer' -> no role (no organisation)
 roles=[R(JCP, "president", AR, False), R(JCP, "vice-president", AR, False), R(JCP, "executive", AR, False),
        R(JCP, "chairman", "Baluma S.A.", False), R(JCP, "other", "Argentine Air Force", False),
        R("C\u00e9sar Guasco", "president", AR, False), R("Pablo Apella", "president", AR, False)],
 # 'He also implemented the "Maintenance Service of Planes and Others"' (at the airline) -> provider; 'a strong
 # capitalization carried out by Caesars' (an investment in Baluma; no purchase, stake or partnership stated) ->
 # nothing (doubtful); Baluma 'responsible for building' the resort (a facility) -> nothing; 'the airline purchased
 # its first jumbo jets' (aircraft, assets) -> nothing
 relations=[L(MS, "provider", AR)],
 outages=[],
 # published null; '(-2014)' -> '2014'; 'From 1973' twice -> one item; 'in 1982' twice -> one item; 'In January
 # 1975' -> '1975-01'
 dates=[D("2014", "2014"), D("1973", "1973"), D("1982", "1982"), D("1983", "1983"), D("1992", "1992"),
        D("2001", "2001"), D("1972", "1972"), D("January 1975", "1975-01"), D("1979", "1979")])

# ---- Romania ---------------------------------------------------------------------------------------------------------
DP = "Dan Costache (Dinu) Patriciu"
PNL = "National Liberal Party"
A["wp-dinu-patriciu"] = dict(
 # the subject's full name as written, with 'Patriciu' and 'Dinu' as aliases (his father Valeriu Patriciu is named
 # in full once; the bare surname is the subject's); Rompetrol ('the Rompetrol company'), KazMunayGas, Astra Romana
 # ('Astra Romana oil company') -> Company; the National Liberal Party ('PNL'), Partidul Liberal '93 ('PL '93'),
 # the Democratic Convention of Romania (parties and an alliance), the Bucharest Institute of Architecture ('the
 # Institute of Architecture'), the Chamber of Deputies -> Organization; Traian Basescu ('President Basescu') ->
 # Person; Romania, Kazakhstan, Bucharest, the United Arab Emirates, Abu Dhabi, Timis County, Dambovita County ->
 # Location; 'the Romanian state', 'the parliament' (no name of their own), 'the Minister for Public Works and
 # Territorial Planning' (a post), the 2009 and 1990 elections (events) -> nothing
 entities=[E("Person", DP, "Patriciu", "Dinu"), E("Location", "Romania"), E("Company", "Rompetrol"),
           E("Location", "Kazakhstan"), E("Company", "KazMunayGas"), E("Organization", PNL, "PNL"),
           E("Person", "Traian B\u0103sescu", "B\u0103sescu"), E("Location", "Bucharest"),
           E("Person", "Valeriu Patriciu"), E("Company", "Astra Rom\u00e2n\u0103"),
           E("Organization", "Bucharest Institute of Architecture", "Institute of Architecture"),
           E("Location", "United Arab Emirates"), E("Location", "Abu Dhabi"),
           E("Organization", "Chamber of Deputies"), E("Location", "Timi\u0219 County"),
           E("Organization", "Partidul Liberal '93", "PL '93"),
           E("Organization", "Democratic Convention of Romania"), E("Location", "D\u00e2mbovi\u021ba County")],
 # 'A founding member of the National Liberal Party in 1990' -> cofounder, current (the convention; doubtful: a
 # party, and 'founding member' names no co-founders); 'In 1991, he was named the Minister for Public Works and
 # Territorial Planning' -> minister at Romania, not current (a post of 1991; he died in 2014); 'During the 2009
 # Romanian presidential election ... President Basescu' -> president at Romania, not current (the title of 2009,
 # told as past; doubtful: the text does not say he left office); 'Valeriu Patriciu, a mining engineer and chief
 # geologist for Astra Romana oil company during the interwar period' -> executive, not current (doubtful: 'other'
 # could be argued); 'a long-time member of the National Liberal Party', 'a member of the Chamber of Deputies',
 # 're-elected a member of the parliament', 'Starting in 1978 he taught at the Institute of Architecture' -> no
 # role (member, legislator, teacher: no title in the vocabulary)
 roles=[R(DP, "cofounder", PNL), R(DP, "minister", "Romania", False),
        R("Traian B\u0103sescu", "president", "Romania", False),
        R("Valeriu Patriciu", "executive", "Astra Rom\u00e2n\u0103", False)],
 # 'the Rompetrol company ..., which he took over from the Romanian state and later sold to Kazakhstan's state-owned
 # KazMunayGas' -> acquired and parentOrganization (a completed sale; ownership told as past is recorded); 'which
 # he took over from the Romanian state' (a person's purchase from an unnamed seller) -> nothing; 'Partidul Liberal
 # '93 (PL '93) which split from PNL' -> nothing; 'Democratic Convention of Romania (of which PL '93 was a member)'
 # -> nothing (membership of an electoral alliance, not ownership; doubtful); KazMunayGas 'state-owned' by
 # Kazakhstan (a Location) -> nothing
 relations=[L("KazMunayGas", "acquired", "Rompetrol"), L("Rompetrol", "parentOrganization", "KazMunayGas")],
 outages=[],
 # published null; '3 August 1950' and '19 August 2014' (the lead's span); 'in 1950' -> '1950'; 'in 1990' and 'the
 # 1990 Romanian general election' -> one item '1990'; 'the 2009 Romanian presidential election' -> '2009'; 'the
 # interwar period' -> nothing; '93' inside a party's name -> nothing
 dates=[D("3 August 1950", "1950-08-03"), D("19 August 2014", "2014-08-19"), D("2009", "2009"),
        D("1950", "1950"), D("1975", "1975"), D("1978", "1978"), D("1990", "1990"), D("1991", "1991")])

# ---- Indonesia -------------------------------------------------------------------------------------------------------
TW = "Tomy Winata"
AGG = "Artha Graha Group"
BAG = "Bank Artha Graha"
BIP = "Bank Inter-pacific.,Tbk"
A["wp-tomy-winata"] = dict(
 # 'Tommy Winata' (a misspelling the text names), 'Guo Shuo Feng' and its Chinese characters (his birth name),
 # 'Winata' -> aliases; Artha Graha Group and Artha Graha Network (named side by side, so two entities; doubtful:
 # they may be two names for one business) -> Company; Bank Artha Graha (with its former name 'Bank Propelat' as an
 # alias: 'changed its name to'), Bank Arta Prima, Bank Inter-pacific.,Tbk (with 'Bank Artha Graha
 # Internasional.,Tbk', the name it took in 2005, as an alias; the ticker 'INPC.JK' left out) -> Company; the
 # Indonesian Army Foundation, Bank Indonesia (the central bank) -> Organization; The Washington Post, Forbes (a
 # magazine, 'a Forbes list') -> Company; the Tambling Wildlife Nature Conservation (a named conservation area) ->
 # Location; Sumatra ('southern Sumatra'), Indonesia -> Location
 entities=[E("Person", TW, "Tommy Winata", "Guo Shuo Feng", "\u90ed\u8aaa\u92d2", "Winata"),
           E("Location", "Tambling Wildlife Nature Conservation"), E("Location", "Sumatra"),
           E("Company", "The Washington Post"), E("Company", "Forbes"), E("Location", "Indonesia"),
           E("Company", AGG), E("Company", "Artha Graha Network"), E("Organization", "Indonesian Army Foundation"),
           E("Company", BAG, "Bank Propelat"), E("Organization", "Bank Indonesia"), E("Company", "Bank Arta Prima"),
           E("Company", BIP, "Bank Artha Graha Internasional.,Tbk")],
 # no post of Winata's is named in the prose ('an Indonesian businessman', 'Winata's business empire has been
 # developed under the Artha Graha Group' -> owner, no role; his 'Owner and Chairman' title was in the infobox, cut)
 roles=[],
 # 'In 2003, Artha Graha Group took over Bank Inter-pacific.,Tbk' -> acquired and parentOrganization; 'In 2005, Bank
 # Inter-pacific.,Tbk acquired Bank Artha Graha becoming Bank Artha Graha Internasional.,Tbk' -> acquired and
 # parentOrganization (doubtful: the buyer took the target's name, which reads like a merger; the text says
 # 'acquired' and not that the target was merged away); 'Bank Arta Prima, which was then merged with Bank Artha
 # Graha' -> nothing (a merger with no buyer named); 'he worked with the Indonesian Army Foundation to rescue ...
 # Bank Propelat' and 'in cooperation with Bank Indonesia he bailed out Bank Arta Prima' -> nothing (the person's
 # dealings; no relation between two named organisations)
 relations=[L(AGG, "acquired", BIP), L(BIP, "parentOrganization", AGG), L(BIP, "acquired", BAG),
            L(BAG, "parentOrganization", BIP)],
 outages=[],
 # published null; 'mid-1997' -> '1997' (as 'late 2006' -> the year); 'the seventh grade', '#35' -> nothing
 dates=[D("23 July 1958", "1958-07-23"), D("2006", "2006"), D("1988", "1988"), D("mid-1997", "1997"),
        D("2003", "2003"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
