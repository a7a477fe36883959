#!/usr/bin/env python3
"""Batch 67e gold annotations (the texts of batch67e.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66l; batch10_annotate.write_parts), so with three texts: wp-air-florida test, wp-lamport-and-holt train,
wp-texas-international-airlines dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); decades ('in the 1860s', 'In the 1830s', 'During the 1960s', 'By the early 1960s') -> nothing (as batches
60c-66l left them); year spans ('from 1972 to 1984', 'From 1845 until 1975', 'from 1902 to 1928') -> each year, as
batches 65q and 66l; a person's life years in brackets ('(1815–1874)') -> nothing (as batches 33d, 34d and 66l);
spans of time ('for three months', 'for 10 months', 'for over two and a half years') -> nothing. No text tells an
outage, so every `outages` list is empty; the near-misses (Air Florida's crash, a physical accident, and its grounding
in Chapter 11 bankruptcy, a business failure) are no outage (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66l): first officers named with their posts ('organized ...
by a group including A as chairman, B as president, C as VP, D as Secretary and E as chief pilot') -> chairman,
president, vice-president ('VP'), other (a company secretary, as batches 20b and 59j read a secretary and a treasurer)
and other (a chief pilot, an operating post that is no senior executive's title; doubtful: a reader might give
executive), each current false (initial posts, 'initially organized', at a company the text says went bankrupt and
was sold, as batch 59j read the first posts at a company that ended; doubtful); 'Y, headed by X' -> head (as batches
before), current true (no 'then' or 'former'; doubtful beside '32-year-old', which ties the post to 1972); 'Y took it
over', 'Y bought X', 'it was sold to Y' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target kept; ownership stated as past still recorded); 'absorbed it into its Y subsidiary' ->
parentOrganization(Y, owner) and acquired(Y, X) only (the target merged away, as batch 66l's 'absorbed into'); 'flew
... under contract to Y' -> partner; 'carried cargo for Y' -> partner (a customer's contract; doubtful); a brand flown
for and sold by a company ('using the brand "Midway Express", with Midway selling the tickets') -> Service with
provider to the brand's company; aircraft models -> Service ('Convair 990', 'DC-8', 'Boeing 707', 'Beechcraft Model
99', 'Convair 600', 'Douglas DC-3', 'McDonnell Douglas DC-9'; the model from a plural 'Convair 600s' or from an
operator's phrase 'an Eastern Air Lines DC-8'), series numbers ('Series 10', 'Series 30') no entity; an aircraft to be
leased, one bought, an operator of a model -> nothing (assets and intentions; an operator is no maker); former names
and nicknames -> aliases (GUIDELINES, Types: 'Trans-Texas Airways', 'Trans-Texas', 'Tree Top Airlines', 'Tinker Toy
Airlines'); a company 'reconstituted as' a new name -> alias (as the text's own 'reconstituted as a limited company'
keeps the firm; doubtful); a government named as 'the UK government' -> Organization (as train's wp-eon-uk and
others), 'UK' and 'U.S.' standing alone -> Location; a city council -> Organization; airports -> Location
(GUIDELINES, Types); wars, a court case ('the Royal Mail Case'), a toy named in an advertisement ('a Tinker Toy
airplane', 'No More Tinker Toys'), an unnamed shipyard and adjectives ('American', 'Unitarian') -> no entity.
usage: batch67e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, US: Air Florida --------------------------------------------------------------------------------------
AF = "Air Florida"
MW = "Midway Airlines"
A["wp-air-florida"] = dict(
 # the airline -> Company 'Air Florida'; Midway Airlines (alias 'Midway', 'with Midway selling the tickets', 'sold to
 # Midway'), Pacific Southwest Airlines, APSA ('Convair 990 operator APSA'), Modern Air Transport, Eastern Air Lines
 # and Pan Am -> Company; the brand 'Midway Express' -> Service (a brand users flew; GUIDELINES, Types); the aircraft
 # models Convair 990, DC-8 and Boeing 707 -> Service; Eli Timoner, Bill Spohrer (alias 'Spohrer'), Jim Woodman,
 # Robert Bussey and Reed Cleary -> Person; Washington DC, the U.S. ('U.S. airline deregulation', the country named),
 # Florida, Europe, Latin America, Miami International Airport (an airport), Miami ('Miami native') and California ->
 # Location. No entity: 'Chapter 11' (a chapter of a law), 'American' (an adjective), 'its original Florida network'
 # (Florida annotated, the network unnamed). The cut infobox's Air Florida System, Inc., Ed Acker and Donald
 # Lloyd-Jones and the cut sentence's Federal Aviation Administration are not in the text
 entities=[E("Company", AF), E("Location", "Washington DC"), E("Location", "U.S."), E("Location", "Florida"),
           E("Location", "Europe"), E("Location", "Latin America"), E("Company", MW, "Midway"),
           E("Service", "Midway Express"), E("Location", "Miami International Airport"), E("Location", "Miami"),
           E("Person", "Eli Timoner"), E("Person", "Bill Spohrer", "Spohrer"), E("Person", "Jim Woodman"),
           E("Person", "Robert Bussey"), E("Person", "Reed Cleary"), E("Company", "Pacific Southwest Airlines"),
           E("Location", "California"), E("Service", "Convair 990"), E("Company", "APSA"),
           E("Company", "Modern Air Transport"), E("Company", "Eastern Air Lines"), E("Service", "DC-8"),
           E("Company", "Pan Am"), E("Service", "Boeing 707")],
 # 'Air Florida was initially organized as an intrastate airline by a group including Miami native Eli Timoner as
 # chairman, Bill Spohrer as president, Jim Woodman as VP, Robert Bussey as Secretary and Reed Cleary as chief pilot'
 # -> chairman, president, vice-president ('VP'), other (Secretary) and other (chief pilot) at Air Florida, each
 # current false (the first posts, 'initially', at an airline the text says went bankrupt in 1984 and was sold in
 # 1985; doubtful: the text says no one left, and a reader might keep them current; 'organized ... by a group' is not
 # read as founding: no founder or cofounder). Near-misses, no role: 'Spohrer came from Convair 990 operator APSA' (a
 # past employer, no post named); the cut infobox's 'Key People: Eli Timoner, Ed Acker, Donald Lloyd-Jones' (not in
 # the text)
 roles=[R("Eli Timoner", "chairman", AF, False), R("Bill Spohrer", "president", AF, False),
        R("Jim Woodman", "vice-president", AF, False), R("Robert Bussey", "other", AF, False),
        R("Reed Cleary", "other", AF, False)],
 # 'In 1985 it was sold to Midway' -> acquired(Midway Airlines, Air Florida) and parentOrganization (a completed
 # sale, the target kept: the text does not say it merged away); 'Air Florida flew again ... under contract to Midway
 # Airlines' -> partner(Air Florida, Midway Airlines) (a contract between two named companies, direction as written);
 # 'using the brand "Midway Express", with Midway selling the tickets and doing the marketing' -> provider(Midway
 # Express, Midway Airlines) (the brand of the company that sold it; doubtful: Air Florida flew it, and a reader might
 # give Air Florida the provider link). Near-misses, no relation: 'The inspiration was Pacific Southwest Airlines' (a
 # model followed, no tie); 'Convair 990 operator APSA' (an operator, not the model's maker: no provider); 'a 149-seat
 # Convair 990 as an aircraft, to be leased from Modern Air Transport' (a lease planned and then dropped, 'Later the
 # focus changed'); 'an Eastern Air Lines DC-8' (an aircraft considered); 'a Pan Am Boeing 707 purchased for $1.1mm'
 # (an asset bought, GUIDELINES, Relations: asset purchases -> nothing)
 relations=b10.acq(MW, AF) + [L(AF, "partner", MW), L("Midway Express", "provider", MW)],
 outages=[],
 # 'from 1972 to 1984' ('1972', '1984'), 'from 1972 to 1978' ('1972' one item, '1978'), 'a high-profile 1982 aircraft
 # crash', 'in 1984' (one item with '1984'), 'in 1984 and 1985' and 'In 1985' ('1985' one item) -> the years. No
 # date: 'for over two and a half years', 'for three months', 'for 10 months' (spans)
 dates=[D("1972", "1972"), D("1984", "1984"), D("1978", "1978"), D("1982", "1982"), D("1985", "1985")])

# ---- shipping, UK: Lamport and Holt ---------------------------------------------------------------------------------
LH = "Lamport and Holt"
RM = "Royal Mail Steam Packet Company"
VG = "Vestey Group"
BS = "Blue Star Line"
A["wp-lamport-and-holt"] = dict(
 # the line -> Company 'Lamport and Holt' (the text's only name for it); Booth Line, Blue Funnel Line, the Royal Mail
 # Steam Packet Company (aliases 'RMSP' and 'Royal Mail Lines': 'RMSP ... was reconstituted as Royal Mail Lines in
 # 1932', read as the same company under a new name, as the text's 'reconstituted as a limited company' keeps Lamport
 # and Holt one firm; doubtful: a reader might keep Royal Mail Lines apart as a successor), the Vestey Group, the Blue
 # Star Line and Gibbs, Bright and Company -> Company; the UK government -> Organization (as train's wp-eon-uk); the
 # Liverpool City Council -> Organization; William James Lamport and Charles Lamport -> Person; the UK ('a UK merchant
 # shipping line'; the surface also opens 'the UK government', another entity), Liverpool, South America, New York,
 # Britain, Europe ('mainland Europe'), Lancaster, Lancashire, Workington and Cumberland -> Location. No entity: 'the
 # Royal Mail Case' (a court case, an event), 'the Crimean War', 'World War I', 'World War II', 'Falklands War' and
 # 'each World War' (wars), 'a shipyard in Workington' (unnamed), 'a Unitarian minister' (unnamed), 'the city's civic
 # flag' (a flag). The cut infobox's founders ('WJ Lamport, George Holt') are not in the text: George Holt is no entity
 entities=[E("Company", LH), E("Location", "UK"), E("Location", "Liverpool"), E("Company", "Booth Line"),
           E("Company", "Blue Funnel Line"), E("Company", RM, "RMSP", "Royal Mail Lines"), E("Company", VG),
           E("Company", BS), E("Location", "South America"), E("Location", "New York"), E("Location", "Britain"),
           E("Location", "Europe"), E("Organization", "UK government"), E("Organization", "Liverpool City Council"),
           E("Person", "William James Lamport"), E("Location", "Lancaster"), E("Location", "Lancashire"),
           E("Company", "Gibbs, Bright and Company"), E("Person", "Charles Lamport"), E("Location", "Workington"),
           E("Location", "Cumberland")],
 # No role. Near-misses: William James Lamport shares the line's name and heads the text's last paragraph, but the
 # kept text never says he founded it or held a post in it (the heading 'Founding' and the infobox's founders are
 # cut; a reader might give him cofounder); 'he started work in the office of Gibbs, Bright and Company' (a job, no
 # title); 'Charles Lamport became the proprietor of a shipyard in Workington' (an owner of an unnamed yard); 'The
 # founders of Booth Line and Blue Funnel Line' and 'the original partners in Lamport and Holt' (unnamed people)
 roles=[],
 # 'the Royal Mail Steam Packet Company (RMSP) took it over' (1911) -> acquired(Royal Mail Steam Packet Company,
 # Lamport and Holt) and parentOrganization (a completed takeover; past ownership still recorded); 'Vestey Group bought
 # Lamport and Holt in 1944' -> acquired(Vestey Group, Lamport and Holt) and parentOrganization (kept though the line
 # was later absorbed: the purchase kept it as a company for 47 years); 'absorbed it into its Blue Star Line
 # subsidiary in 1991' -> parentOrganization(Blue Star Line, Vestey Group) ('its ... subsidiary') and acquired(Blue
 # Star Line, Lamport and Holt) only (the target merged away, as batch 66l's 'absorbed into'; doubtful: a transfer
 # inside a group tells no purchase); 'Lamport and Holt carried cargo for the UK government' -> partner(Lamport and
 # Holt, UK government) (a carrier and its customer, direction as written; doubtful: a reader might give nothing).
 # Near-misses, no relation: 'The founders of Booth Line and Blue Funnel Line had family links with the original
 # partners in Lamport and Holt, and worked for them' (people's links, no tie between the companies); 'RMSP collapsed
 # ... but was reconstituted as Royal Mail Lines' (one company, an alias: no relation); 'Liverpool City Council
 # authorised the company to fly the city's civic flag' (a permission, no partnership); 'the office of Gibbs, Bright
 # and Company' (Lamport's employer, no relation to the line)
 relations=b10.acq(RM, LH) + b10.acq(VG, LH) + [L(BS, "parentOrganization", VG), L(BS, "acquired", LH),
            L(LH, "partner", "UK government")],
 outages=[],
 # 'in 1845' and 'From 1845' ('1845' one item), 'in 1911' and 'until 1911' ('1911'), 'in 1991' ('1991'), 'until 1975',
 # 'in 1931', 'in 1932', 'from 1932 to 1939' and 'From 1932' ('1932' one item, '1939'), 'in 1944', 'from 1902 to 1928'
 # -> the years. No date: 'in the 1860s', 'In the 1830s' (decades), '(1815–1874)' (life years)
 dates=[D("1845", "1845"), D("1911", "1911"), D("1991", "1991"), D("1975", "1975"), D("1931", "1931"),
        D("1932", "1932"), D("1944", "1944"), D("1902", "1902"), D("1928", "1928"), D("1939", "1939")])

# ---- airlines, US: Texas International Airlines ---------------------------------------------------------------------
TI = "Texas International Airlines"
JC = "Jet Capital Corporation"
A["wp-texas-international-airlines"] = dict(
 # the airline -> Company 'Texas International Airlines' (its fullest name in the text), aliases 'Texas
 # International', 'Trans-Texas Airways' and 'Trans-Texas' (its former name: 'When Trans-Texas Airways changed its name
 # to Texas International Airlines', '(then still titled Trans-Texas)'), 'Tree Top Airlines' and 'Tinker Toy Airlines'
 # (nicknames its competitors gave it, GUIDELINES, Types: nicknames are aliases; doubtful: mocking names a reader might
 # leave out); Jet Capital Corporation -> Company; Frank Lorenzo (alias 'Lorenzo') -> Person; the aircraft models
 # Beechcraft Model 99, Convair 600 ('six Convair 600s'), Douglas DC-3 ('Douglas DC-3s') and McDonnell Douglas DC-9
 # ('McDonnell Douglas DC-9 jets') -> Service; Texas, El Paso, Texarkana (named twice, once the Arkansas city and once
 # the Texas one: one surface, one entity), Arkansas, New Mexico, Baton Rouge, Louisiana, Beaumont, Little Rock,
 # McAllen, Amarillo, Lubbock, Wichita Falls, San Angelo, Abilene, Midland-Odessa and Beaumont-Port Arthur (each a
 # named served point as written), Austin, Hot Springs, Roswell, Albuquerque, Hobbs, Santa Fe, Colorado, Denver,
 # California, Los Angeles, Nevada, Las Vegas, Mexico, Veracruz and Tampico -> Location. No entity: 'nineteen Series 10
 # and seven Series 30 aircraft' (series of the DC-9, not models named on their own; doubtful), 'a Tinker Toy airplane'
 # and 'No More Tinker Toys' (a toy in an advertisement; the surface also stands inside the alias 'Tinker Toy
 # Airlines'), 'No More Treetops' (an advertisement's words). The cut last paragraph's Southwest Airlines is not in the
 # text
 entities=[E("Company", TI, "Texas International", "Trans-Texas Airways", "Trans-Texas", "Tree Top Airlines",
             "Tinker Toy Airlines"),
           E("Service", "Beechcraft Model 99"), E("Service", "Convair 600"), E("Service", "Douglas DC-3"),
           E("Location", "Texas"), E("Location", "El Paso"), E("Location", "Texarkana"), E("Location", "Arkansas"),
           E("Location", "New Mexico"), E("Service", "McDonnell Douglas DC-9"), E("Location", "Baton Rouge"),
           E("Location", "Louisiana"), E("Location", "Beaumont"), E("Location", "Little Rock"), E("Company", JC),
           E("Person", "Frank Lorenzo", "Lorenzo"), E("Location", "McAllen"), E("Location", "Amarillo"),
           E("Location", "Lubbock"), E("Location", "Wichita Falls"), E("Location", "San Angelo"),
           E("Location", "Abilene"), E("Location", "Midland-Odessa"), E("Location", "Austin"),
           E("Location", "Beaumont-Port Arthur"), E("Location", "Hot Springs"), E("Location", "Roswell"),
           E("Location", "Albuquerque"), E("Location", "Hobbs"), E("Location", "Santa Fe"), E("Location", "Colorado"),
           E("Location", "Denver"), E("Location", "California"), E("Location", "Los Angeles"),
           E("Location", "Nevada"), E("Location", "Las Vegas"), E("Location", "Mexico"), E("Location", "Veracruz"),
           E("Location", "Tampico")],
 # 'Jet Capital Corporation, headed by 32-year-old Frank Lorenzo' -> head at Jet Capital Corporation, current true
 # (no 'then' or 'former'; doubtful: his age dates the post to 1972). Near-misses, no role: 'aggressive wage cuts
 # spearheaded by Lorenzo' (a deed at the airline, no post named there; a reader might give him a post at Texas
 # International through its new owner)
 roles=[R("Frank Lorenzo", "head", JC)],
 # 'it was acquired in 1972 by Jet Capital Corporation' -> acquired(Jet Capital Corporation, Texas International
 # Airlines) and parentOrganization (a completed purchase, the target kept). Near-misses, no relation: 'the company
 # ran newspaper ads' (no newspaper named); 'by its competitors' (unnamed); the aircraft models the airline operated
 # (an operator is no maker: no provider; the makers named only inside the models' names, GUIDELINES, Types)
 relations=b10.acq(JC, TI),
 outages=[],
 # 'Starting in 1967', 'in 1972' -> the years. No date: 'During the 1960s', 'By the early 1960s' (decades);
 # '32-year-old' (an age)
 dates=[D("1967", "1967"), D("1972", "1972")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
