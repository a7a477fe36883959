#!/usr/bin/env python3
"""Batch 71e gold annotations (the texts of batch71e.py; session 65, round notes /tmp/gather71e/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70ai; batch10_annotate.write_parts), so with three
texts: wp-first-potteries test, wp-united-automobile-services train, wp-w-alexander-sons dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the early 1860s', 'the 1920s') and
relative expressions ('a year later', 'the previous year', 'six weeks prior') -> nothing, as batches 60c-70ai left
them; the two-digit ends of year ranges ('1930\u201337' and the like) -> nothing beyond the four-digit year. No text
tells an outage, so every `outages` list is empty; no near-miss of one beyond business events (a buyout, deregulation,
nationalisation, a split-up; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70ai): titles by the Roles bullets ('managing director Mike
Moors' -> director; 'traffic manager Steve Ellis' and 'One of their managers, W.T. Underwood' -> executive ('manager');
'chief engineer Barry Parkinson' -> executive (as earlier batches read a chief engineer); 'company secretary Nigel
Barrett' -> other (as batches 20b and 59j read a company secretary)), current true (no leaving told); founders by the
binding decision in GUIDELINES.md part 2 (Roles, 'Founders'): one person named alone as setting up a company ->
`founder` ('W.T. Underwood, was sent to Clowne ... to set up a bus company in his own name. The Underwoods company
later became East Midland'; doubtful: he was sent by United, which the text says 'started' the company); 'It was run
by father and son, Walter Alexander (1879\u20131959) and Walter Alexander (1902\u20131979)' -> one Person 'Walter
Alexander' (two men of one name: a surface form is listed once; doubtful) and no role ('run by' names no post;
doubtful: a reader might give head or founder); completed purchases by a company -> acquired and parentOrganization
(GUIDELINES, Relations: 'The company acquired Bydand Motor Omnibus Company'; 'An early gain was the Scottish General
Omnibus Group' after 'Expansion was rapid, partly achieved by acquisition' (doubtful: 'gain' read as a purchase); 'Some
acquired companies were initially operated as subsidiaries ..., notably' four named companies); control by a company or
a state body -> parentOrganization ('the company was controlled by the Scottish Motor Traction Company'; 'control
passed to the Tilling Group and the London and North Eastern Railway' and 'had itself come under control of the LMS and
LNE Railway companies' -> one to each joint holder (doubtful: a joint control, as 70ac left part stakes); 'controlled
first by the British Transport Commission, from 1 January 1963 by the Transport Holding Company, and from 1 January
1969 by the National Bus Company' -> one to each (past ownership is still recorded)); 'It is a part of First Midlands
and a subsidiary of FirstGroup' -> parentOrganization to each; 'As part of the privatisation of the National Bus
Company, PMT Limited was created ... when it was purchased by its management and employees' and 'prior to purchase from
NBC' -> parentOrganization of the business to the National Bus Company (its owner before the buyout; doubtful) and no
acquired (the buyers unnamed people); 'purchased the Wirral, Ellesmere Port and Chester operations of Crosville Motor
Services from the Drawlane Group' -> no acquired (operations, an asset purchase; doubtful: a reader might give acquired)
but parentOrganization of Crosville Motor Services to the Drawlane Group (the seller of its operations; doubtful);
'United also started East Midland Motor Services' -> nothing (a founding company's part, as 70ac's 'A and others
formed B'; doubtful); 'the new owners split off the East Anglian operations into a separate company, Eastern Counties
Omnibus Company' -> nothing (the new company's owner not said; doubtful); 'an agreement with Perth Corporation to run
city bus services on their behalf' -> partner (a contract between two named organisations, direction as written);
'quickly acquired even earlier operators' (unnamed), 'Its coachbuilding activities ... still survive as part of
Alexander Dennis' (no named company) -> nothing; former names of the same business -> aliases (GUIDELINES, Types:
'Potteries Electric Traction Company', 'Potteries Motor Traction', 'PMT Limited', 'PMT' of First Potteries (doubtful:
PMT Limited was 'created' in 1986 for the buyout); 'Alexanders' Motor Services', 'Alexanders', 'Alexander' of W.
Alexander & Sons Ltd; 'Underwoods', 'East Midland' of East Midland Motor Services); 'NBC' the National Bus Company's
alias, 'SMT' the Scottish Motor Traction Company's ('the SMT group' no form of its own), 'United' United Automobile
Services'; the business names Company (the Tilling Group, the Transport Holding Company, the National Bus Company, as
batches 69ai and 70ac), the state body Organization (the British Transport Commission, as 70ac) and a city corporation
Organization (Perth Corporation); a brand of bus services -> Service with its operator as provider ('a Red Rider
outstation'; doubtful: 69ai left a fleetname out); vehicle and body models -> Service ('the Leyland National', 'the
Bristol REMH', 'Plaxton Panorama Elite III', 'the LH and VR' as written; doubtful: bare model codes), makers named on
their own -> Company ('Gardner engines', 'Eastern Coach Works bodies'; doubtful: Gardner), 'Bristols' (the vehicles, a
plural) no entity and no provider for a fleet (as batches 65q, 68e and 70ai); regions -> Location ('Lincolnshire' in
'south Lincolnshire', as 70ai's 'Wales'; 'UK' and 'U.K.' as written); 'English', 'East Anglian', 'Scottish' and 'the
Scottish border' -> nothing.
usage: batch71e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- bus operators, UK: First Potteries ----------------------------------------------------------------------------
FP = "First Potteries"
NBC = "National Bus Company"
CMS = "Crosville Motor Services"
A["wp-first-potteries"] = dict(
 # the operator -> Company 'First Potteries', aliases 'Potteries Electric Traction Company' (its name from 1898),
 # 'Potteries Motor Traction' (from 1933), 'PMT Limited' (from the 1986 buyout; doubtful) and 'PMT'; First Midlands,
 # FirstGroup, the National Bus Company (alias 'NBC'), Crosville Motor Services and the Drawlane Group -> Company; the
 # four managers -> Person; Red Rider -> Service (doubtful, above); the places -> Location ('UK' as written). No
 # entity: 'earlier operators', 'a haulage company' (unnamed)
 entities=[E("Company", FP, "Potteries Electric Traction Company", "Potteries Motor Traction", "PMT Limited", "PMT"),
           E("Location", "Stoke-on-Trent"), E("Location", "North Staffordshire"), E("Location", "England"),
           E("Company", "First Midlands"), E("Company", "FirstGroup"), E("Company", NBC, "NBC"),
           E("Person", "Mike Moors"), E("Person", "Steve Ellis"), E("Person", "Barry Parkinson"),
           E("Person", "Nigel Barrett"), E("Location", "UK"), E("Location", "Crewe"), E("Location", "Merseyside"),
           E("Service", "Red Rider"), E("Location", "Moreton"), E("Location", "Wirral Peninsula", "Wirral"),
           E("Location", "Leeds"), E("Location", "West Midlands"), E("Location", "Willenhall"),
           E("Location", "Ellesmere Port"), E("Location", "Chester"), E("Company", CMS),
           E("Company", "Drawlane Group")],
 # 'managing director Mike Moors' -> director; 'traffic manager Steve Ellis', 'chief engineer Barry Parkinson' ->
 # executive; 'company secretary Nigel Barrett' -> other; all at the business (PMT), current true
 roles=[R("Mike Moors", "director", FP), R("Steve Ellis", "executive", FP), R("Barry Parkinson", "executive", FP),
        R("Nigel Barrett", "other", FP)],
 # 'It is a part of First Midlands and a subsidiary of FirstGroup' -> parentOrganization to each; 'As part of the
 # privatisation of the National Bus Company ... purchased by its management and employees', 'prior to purchase from
 # NBC' -> parentOrganization to the National Bus Company (doubtful); 'a Red Rider outstation' -> provider (doubtful);
 # 'the Wirral, Ellesmere Port and Chester operations of Crosville Motor Services from the Drawlane Group' ->
 # parentOrganization of Crosville Motor Services to the Drawlane Group (doubtful). Near-misses, no relation: the
 # operations purchased (an asset purchase; doubtful), the buyout (no named buyer), 'acquired even earlier operators'
 # (unnamed)
 relations=[L(FP, "parentOrganization", "First Midlands"), L(FP, "parentOrganization", "FirstGroup"),
            L(FP, "parentOrganization", NBC), L("Red Rider", "provider", FP),
            L(CMS, "parentOrganization", "Drawlane Group")],
 outages=[],
 # 'in 1898', 'in 1928', 'in 1933', 'in 1988' -> the years; 'on 12 December 1986', 'On 25 October 1986', 'On 6
 # February 1990' -> the days. No date: 'the early 1860s' (a decade), 'a little over six weeks prior', 'a year later'
 # (relative)
 dates=[D("1898", "1898"), D("1928", "1928"), D("1933", "1933"), D("12 December 1986", "1986-12-12"),
        D("25 October 1986", "1986-10-25"), D("1988", "1988"), D("6 February 1990", "1990-02-06")])

# ---- bus operators, UK: United Automobile Services ----------------------------------------------------------------
UAS = "United Automobile Services"
EMMS = "East Midland Motor Services"
A["wp-united-automobile-services"] = dict(
 # the operator -> Company 'United Automobile Services', alias 'United'; the Tilling Group, the London and North
 # Eastern Railway, the Eastern Counties Omnibus Company, East Midland Motor Services (aliases 'East Midland' and
 # 'Underwoods', its first name), the Transport Holding Company, the National Bus Company, Gardner and Eastern Coach
 # Works -> Company (doubtful, Gardner); the British Transport Commission -> Organization; W.T. Underwood -> Person;
 # the models -> Service (doubtful, 'LH' and 'VR'); the places -> Location. No entity: 'Bristols' (the vehicles),
 # 'the Scottish border', 'East Anglian', 'English' (adjectives)
 entities=[E("Company", UAS, "United"), E("Location", "North Yorkshire"), E("Location", "North East England"),
           E("Location", "England"), E("Location", "Berwick-upon-Tweed"), E("Location", "Filey"),
           E("Location", "East Yorkshire"), E("Location", "Lowestoft"), E("Location", "Suffolk"),
           E("Location", "Bishop Auckland"), E("Location", "Durham"), E("Location", "Norfolk"),
           E("Location", "Lincolnshire"), E("Location", "Northumberland"), E("Location", "County Durham"),
           E("Company", "Tilling Group"), E("Company", "London and North Eastern Railway"),
           E("Company", "Eastern Counties Omnibus Company"), E("Company", EMMS, "East Midland", "Underwoods"),
           E("Person", "W.T. Underwood"), E("Location", "Clowne"), E("Location", "Chesterfield"),
           E("Organization", "British Transport Commission"), E("Company", "Transport Holding Company"),
           E("Company", "National Bus Company"), E("Location", "Darlington"), E("Location", "Hartlepool"),
           E("Location", "Whitby"), E("Location", "Peterlee"), E("Company", "Gardner"),
           E("Company", "Eastern Coach Works"), E("Service", "LH"), E("Service", "VR"),
           E("Service", "Leyland National"), E("Service", "Bristol REMH"),
           E("Service", "Plaxton Panorama Elite III")],
 # 'One of their managers, W.T. Underwood' -> executive at United; 'was sent to Clowne ... to set up a bus company in
 # his own name. The Underwoods company later became East Midland' -> founder (doubtful, above); current true
 roles=[R("W.T. Underwood", "executive", UAS), R("W.T. Underwood", "founder", EMMS)],
 # 'In 1929 control passed to the Tilling Group and the London and North Eastern Railway' -> parentOrganization to
 # each (joint; doubtful); 'controlled first by the British Transport Commission, from 1 January 1963 by the Transport
 # Holding Company, and from 1 January 1969 by the National Bus Company' -> parentOrganization to each. Near-misses,
 # no relation: 'United also started East Midland Motor Services' and 'the new owners split off the East Anglian
 # operations into a separate company, Eastern Counties Omnibus Company' (doubtful, above), the makers of the fleet's
 # engines, bodies and chassis (no provider for a fleet)
 relations=[L(UAS, "parentOrganization", "Tilling Group"),
            L(UAS, "parentOrganization", "London and North Eastern Railway"),
            L(UAS, "parentOrganization", "British Transport Commission"),
            L(UAS, "parentOrganization", "Transport Holding Company"),
            L(UAS, "parentOrganization", "National Bus Company")],
 outages=[],
 # 'in 1912', 'In 1929', 'in 1931', 'in 1948', 'between 1971 and 1975' -> the years; 'from 1 January 1963', 'from 1
 # January 1969' -> the days. No date: 'During the 1920s' (a decade)
 dates=[D("1912", "1912"), D("1929", "1929"), D("1931", "1931"), D("1948", "1948"), D("1 January 1963", "1963-01-01"),
        D("1 January 1969", "1969-01-01"), D("1971", "1971"), D("1975", "1975")])

# ---- bus operators, UK: W. Alexander & Sons -----------------------------------------------------------------------
WA = "W. Alexander & Sons Ltd"
SMT = "Scottish Motor Traction Company"
SGOG = "Scottish General Omnibus Group"
BYD = "Bydand Motor Omnibus Company"
SUBS = ["General Motor Carrying Co. Ltd.", "Simpson's and Forrester's Ltd.", "Pitlochry Motor Services Ltd.",
        "David Lawson Ltd."]
A["wp-w-alexander-sons"] = dict(
 # the operator -> Company 'W. Alexander & Sons Ltd', aliases 'Alexanders' Motor Services' (its name before it was
 # registered), 'Alexanders' and 'Alexander'; Alexander Dennis, the Scottish Motor Traction Company (alias 'SMT'),
 # 'the LMS and LNE Railway companies' ('LMS', 'LNE Railway'; doubtful forms), the Scottish General Omnibus Group,
 # Bydand Motor Omnibus Company and the four subsidiaries -> Company; Perth Corporation -> Organization; Walter
 # Alexander -> one Person (two men, doubtful, above); the places -> Location ('U.K.' as written). No entity: 'a
 # northern subsidiary', 'a separate company' (unnamed), 'the SMT group' beyond 'SMT'
 entities=[E("Company", WA, "Alexanders' Motor Services", "Alexanders", "Alexander"), E("Location", "Scotland"),
           E("Location", "U.K."), E("Company", "Alexander Dennis"), E("Location", "Falkirk"),
           E("Location", "Camelon"), E("Person", "Walter Alexander"), E("Company", SMT, "SMT"), E("Company", "LMS"),
           E("Company", "LNE Railway"), E("Company", SGOG), E("Location", "Aberdeen"), E("Location", "Inverness"),
           E("Company", BYD), E("Organization", "Perth Corporation"), E("Company", SUBS[0]),
           E("Location", "Kirkcaldy"), E("Company", SUBS[1]), E("Location", "Dunfermline"), E("Company", SUBS[2]),
           E("Location", "Pitlochry"), E("Company", SUBS[3]), E("Location", "Kirkintilloch")],
 # 'It was run by father and son, Walter Alexander ... and Walter Alexander' -> no role (no post named; doubtful)
 roles=[],
 # 'From 1929 the company was controlled by the Scottish Motor Traction Company (SMT)' -> parentOrganization; 'which
 # had itself come under control of the LMS and LNE Railway companies' -> parentOrganization to each (joint;
 # doubtful); 'An early gain was the Scottish General Omnibus Group' (doubtful) and 'The company acquired Bydand Motor
 # Omnibus Company' -> acquired and parentOrganization; 'an agreement with Perth Corporation to run city bus services
 # on their behalf' -> partner; 'Some acquired companies were initially operated as subsidiaries ..., notably' the
 # four -> acquired and parentOrganization each. Near-misses, no relation: 'Its coachbuilding activities ... still
 # survive as part of Alexander Dennis' (activities, no named company), 'through a northern subsidiary' (unnamed)
 relations=[L(WA, "parentOrganization", SMT), L(SMT, "parentOrganization", "LMS"),
            L(SMT, "parentOrganization", "LNE Railway"), L(WA, "acquired", SGOG), L(SGOG, "parentOrganization", WA),
            L(WA, "acquired", BYD), L(BYD, "parentOrganization", WA), L(WA, "partner", "Perth Corporation")]
           + [x for s in SUBS for x in (L(WA, "acquired", s), L(s, "parentOrganization", WA))],
 outages=[],
 # 'in 1961', 'in 1947', 'in 1913', 'by 1924', 'since 1924' (listed once), 'From 1929', 'by 1930', 'in 1932', 'In
 # 1934' -> the years; the lifespans '1879\u20131959' and '1902\u20131979' -> their four years; the ranges'
 # starts ('1930', '1929' listed once; '1936') -> the years. No date: 'the previous year' (relative), the ranges'
 # two-digit ends ('37', '38', '42', '61')
 dates=[D("1961", "1961"), D("1947", "1947"), D("1913", "1913"), D("1924", "1924"), D("1879", "1879"),
        D("1959", "1959"), D("1902", "1902"), D("1979", "1979"), D("1929", "1929"), D("1930", "1930"),
        D("1932", "1932"), D("1934", "1934"), D("1936", "1936")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
