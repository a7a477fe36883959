#!/usr/bin/env python3
"""Batch 71q gold annotations (the texts of batch71q.py; session 65, round notes /tmp/gather71q/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71k; batch10_annotate.write_parts), so with three
texts: wp-eastern-national-omnibus-company test, wp-thames-valley-traction train, wp-wallace-arnold dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades and centuries ('the late
1970s', 'the 1920s', 'the 1920s and 1930s', 'the early 1950s', 'the 20th century') -> nothing, as batches 60c-71k left
them; durations ('for 76 years', 'for 52 years', 'after a year') -> nothing; a year inside a law's name ('the Transport
Act 1980') -> nothing (as 71k's 'the Transport Act 1985'; the same year is listed once as 'October 1980'); the year of
an inflation figure ('equivalent to £317,695,000in 2021') -> '2021' (an absolute time expression of the text;
doubtful: the mirror's own figure). No text tells an outage, so every `outages` list is empty; no near-miss of one
beyond business events (purchases, sales, a joint venture, a merger, nationalisation; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71k): founders by the Founders bullet ('named after two of
its founders Wallace Cunningham and Arnold Crowe' -> cofounder each at Wallace Arnold (two named together of several
founders); 'the Barr & Wallace Arnold Trust was founded by Robert Barr' -> founder at the Trust (one person named
alone)); completed purchases by a company -> acquired and parentOrganization (GUIDELINES, Relations: 'Wallace Arnold
was sold to ... 3i'; 'Wallace Arnold purchased the Evan Evans tour business' -> the named business a Company bought
whole (doubtful: 'tour business' might be read as an asset purchase, as 71k read 'the bus business of Tom Jowitt
Travel'); 'a controlling interest in the National Omnibus was acquired by the Tilling Group' -> acquired and
parentOrganization (a controlling interest read as control; doubtful); 'Tillings sold out to the British Transport
Commission in 1948' -> acquired and parentOrganization of Thomas Tilling to the British Transport Commission (the
seller's whole business read as sold; doubtful: the sale was of its bus interests, and 'thus becoming a nationalised
company' may mean Thames Valley)); control, subsidiary, 'its' and shareholder statements -> parentOrganization ('the
Barr & Wallace Arnold Trust ... would continue running the company for 76 years' -> Wallace Arnold to the Trust
(running read as control; doubtful); 'its Kippax Motors and Farsley Omnibus stagecarriage operations' -> each to
Wallace Arnold (past ownership still recorded; doubtful: 'operations' named by company names); 'a joint venture
between' three named companies, 'all three shareholders' -> Eastern National to each (joint; as 71e's joint control;
doubtful, no partner relation among the three); 'Eastern National was run as a Tilling company' -> to the Tilling Group
(doubtful: through the National); 'Eastern National therefore became a state-owned company, under the control of the
British Transport Commission' -> to the British Transport Commission; 'British Electric Traction (BET) founded a
subsidiary, British Automotive Developments (BAD)' -> to BET; 'constituted as a subsidiary company, Thames Valley
Traction, with BAT holding 86% of the shares' -> to BAT); part stakes -> nothing ('The remaining 14% was initially
held by ... Thomas Tilling', as 70ac and 71k); mergers with no buyer said -> nothing ('Wallace Arnold merging with
Shearings ... to become WA Shearings'); sales and purchases of operations -> nothing (asset transfers: the Kippax and
Farsley operations sold to the Leeds Corporation; 'the company bought the bus operations of the Great Eastern Railway';
'transferred their bus operations'; 'the Tilling Group sold its bus interests to the government' (the government no
entity: a generic); parts of the network 'from Red & White ... being placed under Thames Valley management' (no owner
stated; doubtful: 'from Red & White' hints at Red & White's ownership)); membership of a consortium -> nothing ('a
founding member of the British Coachways consortium'); a brand of coach services -> Service with its operator as
provider ('under the Euroways brand'), as are the named limited-stop services ('the \"Reading A\" and \"Reading B\"
limited-stop services'; doubtful: named routes); 'the state-owned National Express' -> no relation (no owner named).
Entities: former names and reconstitutions of one business -> aliases (GUIDELINES, Types: 'National Steam Car
Company', 'National Omnibus', 'National' of the National Omnibus & Transport Company ('the National company'; 'The
National continued'); 'Reading Branch', 'Thames Valley Branch', 'Thames Valley Traction', 'Thames Valley' of the Thames
Valley Traction Company Limited (doubtful: a branch of BAT before the company was constituted); 'British Automotive
Developments', 'BAD', 'BAT', 'Tilling & British Automobile Traction Ltd' of British Automobile Traction (doubtful: the
last 'reconstituted'); 'Tillings' of Thomas Tilling; 'Tilling' of the Tilling Group ('a Tilling company'); 'BET' of
British Electric Traction; 'Eastern National' of the Eastern National Omnibus Company); WA Shearings (the merged
business) a Company of its own with no relation; the Barr & Wallace Arnold Trust a Company (a trust running a company;
doubtful: Organization); British Coachways (a consortium of coach companies) a Company (doubtful); the Leeds
Corporation Organization (a city corporation, as 71e's Perth Corporation), the British Transport Commission
Organization (a state body, as 70ac and 71e); streets and addresses ('Gelderd Road') -> no entity (doubtful); regions
and places -> Location ('UK', 'Britain' as written; 'Continental Europe'; 'Wortley'; 'Victoria Coach Station' a
facility, as GUIDELINES, Types, say of named sites); 'the railways', 'the railway companies', 'the bus companies',
'the government', 'smaller firms' -> no entity (generics); 'the Transport Act 1980' (a law) -> no entity.
usage: batch71q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- coach operators, UK: Wallace Arnold ---------------------------------------------------------------------------
WA = "Wallace Arnold"
BWAT = "Barr & Wallace Arnold Trust"
A["wp-wallace-arnold"] = dict(
 # the operator, the Barr & Wallace Arnold Trust (doubtful), Kippax Motors, Farsley Omnibus, Evan Evans, British
 # Coachways (a consortium; doubtful), National Express, 3i, Shearings and WA Shearings -> Company; the Leeds
 # Corporation -> Organization; Euroways (a brand of coach services) -> Service; the three founders -> Person; the
 # places -> Location. No entity: 'Gelderd Road' (a street; doubtful), 'the Transport Act 1980' (a law)
 entities=[E("Company", WA), E("Location", "UK"), E("Person", "Wallace Cunningham"), E("Person", "Arnold Crowe"),
           E("Company", BWAT), E("Person", "Robert Barr"), E("Company", "Kippax Motors"),
           E("Company", "Farsley Omnibus"), E("Organization", "Leeds Corporation"), E("Company", "Evan Evans"),
           E("Location", "London"), E("Service", "Euroways"), E("Location", "Continental Europe"),
           E("Location", "Wortley"), E("Location", "Leeds"), E("Location", "Devon"),
           E("Company", "British Coachways"), E("Company", "National Express"), E("Location", "Torbay"),
           E("Company", "3i"), E("Company", "Shearings"), E("Company", "WA Shearings")],
 # 'named after two of its founders Wallace Cunningham and Arnold Crowe' -> cofounder each; 'the Barr & Wallace
 # Arnold Trust was founded by Robert Barr' -> founder at the Trust. All current (no leaving told)
 roles=[R("Wallace Cunningham", "cofounder", WA), R("Arnold Crowe", "cofounder", WA),
        R("Robert Barr", "founder", BWAT)],
 # 'would continue running the company' -> parentOrganization to the Trust (doubtful); 'its Kippax Motors and Farsley
 # Omnibus stagecarriage operations' -> parentOrganization each (doubtful); 'Wallace Arnold purchased the Evan Evans
 # tour business' -> acquired and parentOrganization (doubtful); 'under the Euroways brand' -> provider; 'Wallace
 # Arnold was sold to ... 3i' -> acquired and parentOrganization. Near-misses, no relation: the operations sold to the
 # Leeds Corporation (operations), 'also owned a subsidiary based in Devon' (unnamed), 'a founding member of the
 # British Coachways consortium' (membership), 'competed with the state-owned National Express', 'merging with
 # Shearings ... to become WA Shearings' (a merger, no buyer said)
 relations=[L(WA, "parentOrganization", BWAT), L("Kippax Motors", "parentOrganization", WA),
            L("Farsley Omnibus", "parentOrganization", WA), L(WA, "acquired", "Evan Evans"),
            L("Evan Evans", "parentOrganization", WA), L("Euroways", "provider", WA), L("3i", "acquired", WA),
            L(WA, "parentOrganization", "3i")],
 outages=[],
 # 'in 1912', 'In 1926', 'in 1968', 'In 1997' -> the years; 'in February 1969', 'in October 1980', 'in April 2005' ->
 # the months; 'in 2021' (an inflation figure's year) -> the year (doubtful). No date: 'the late 1970s' (a decade),
 # 'for 76 years', 'after a year' (durations), '1980' in 'the Transport Act 1980' (a law's name)
 dates=[D("1912", "1912"), D("1926", "1926"), D("1968", "1968"), D("February 1969", "1969-02"),
        D("October 1980", "1980-10"), D("1997", "1997"), D("April 2005", "2005-04"), D("2021", "2021")])

# ---- bus operators, UK: Eastern National Omnibus Company ------------------------------------------------------------
EN = "Eastern National Omnibus Company"
LNER = "London and North Eastern Railway"
LMS = "London, Midland and Scottish Railway"
NOTC = "National Omnibus & Transport Company"
A["wp-eastern-national-omnibus-company"] = dict(
 # the operator (alias 'Eastern National'), the two railways, the National Omnibus & Transport Company (aliases its
 # former name 'National Steam Car Company', 'National Omnibus', 'National'), the Great Eastern Railway and the Tilling
 # Group (alias 'Tilling') -> Company; the British Transport Commission -> Organization; the places -> Location. No
 # entity: 'the railways', 'the railway companies', 'the bus companies', 'the government' (generics)
 entities=[E("Company", EN, "Eastern National"), E("Company", LNER), E("Company", LMS),
           E("Company", NOTC, "National Steam Car Company", "National Omnibus", "National"),
           E("Location", "London"), E("Location", "Essex"), E("Company", "Great Eastern Railway"),
           E("Location", "Chelmsford"), E("Location", "Bedfordshire"), E("Location", "Gloucestershire"),
           E("Location", "Somerset"), E("Location", "Dorset"), E("Location", "Devon"), E("Location", "Cornwall"),
           E("Location", "Hertfordshire"), E("Location", "Buckinghamshire"), E("Location", "Huntingdonshire"),
           E("Company", "Tilling Group", "Tilling"), E("Organization", "British Transport Commission")],
 roles=[],
 # 'a joint venture between' the three, 'all three shareholders' -> parentOrganization to each (joint; doubtful);
 # 'a controlling interest in the National Omnibus was acquired by the Tilling Group' -> acquired and
 # parentOrganization (doubtful); 'Eastern National was run as a Tilling company' -> parentOrganization (doubtful);
 # 'a state-owned company, under the control of the British Transport Commission' -> parentOrganization. Near-misses,
 # no relation: 'the company bought the bus operations of the Great Eastern Railway' and 'transferred their bus
 # operations' (operations), 'the Tilling Group sold its bus interests to the government' (no named buyer)
 relations=[L(EN, "parentOrganization", LNER), L(EN, "parentOrganization", LMS), L(EN, "parentOrganization", NOTC),
            L("Tilling Group", "acquired", NOTC), L(NOTC, "parentOrganization", "Tilling Group"),
            L(EN, "parentOrganization", "Tilling Group"),
            L(EN, "parentOrganization", "British Transport Commission")],
 outages=[],
 # 'in 1929', 'in 1909', 'in 1919', 'In 1931', 'until 1948' / 'In 1948' -> the years. No date: 'the 1920s' (a decade)
 dates=[D("1929", "1929"), D("1909", "1909"), D("1919", "1919"), D("1931", "1931"), D("1948", "1948")])

# ---- bus operators, UK: Thames Valley Traction ----------------------------------------------------------------------
TV = "Thames Valley Traction Company Limited"
BET = "British Electric Traction"
BAT = "British Automobile Traction"
BTC = "British Transport Commission"
A["wp-thames-valley-traction"] = dict(
 # the operator (aliases 'Thames Valley Traction', 'Thames Valley', and its branch names 'Reading Branch', 'Thames
 # Valley Branch'; doubtful), British Electric Traction (alias 'BET'), British Automobile Traction (aliases its former
 # name and later title; doubtful), Thomas Tilling (alias 'Tillings'), South Midland, Newbury and District, Red & White
 # and United Counties -> Company; the British Transport Commission -> Organization; 'Reading A' and 'Reading B' ->
 # Service (doubtful); the places -> Location ('Victoria Coach Station' a facility; 'Britain' as written). No entity:
 # 'the BTC' does not occur in the kept text; 'smaller firms' (unnamed)
 entities=[E("Company", TV, "Thames Valley Traction", "Thames Valley", "Reading Branch", "Thames Valley Branch"),
           E("Location", "Reading"), E("Location", "Bracknell"), E("Location", "Maidenhead"),
           E("Location", "Newbury"), E("Location", "High Wycombe"), E("Location", "Oxford"),
           E("Service", "Reading A"), E("Service", "Reading B"), E("Location", "London"),
           E("Location", "Victoria Coach Station"), E("Company", BET, "BET"),
           E("Company", BAT, "British Automotive Developments", "BAD", "BAT",
             "Tilling & British Automobile Traction Ltd"),
           E("Location", "Britain"), E("Company", "Thomas Tilling", "Tillings"), E("Organization", BTC),
           E("Company", "South Midland"), E("Company", "Newbury and District"), E("Company", "Red & White"),
           E("Company", "United Counties")],
 roles=[],
 # 'it ran the "Reading A" and "Reading B" limited-stop services' -> provider each (doubtful); 'BET founded a
 # subsidiary, British Automotive Developments (BAD)' -> parentOrganization; 'constituted as a subsidiary company,
 # Thames Valley Traction, with BAT holding 86% of the shares' -> parentOrganization; 'Tillings sold out to the British
 # Transport Commission' -> acquired and parentOrganization (doubtful, above). Near-misses, no relation: Thomas
 # Tilling's 14% (a part stake), 'close co-operation between the two groups' (no partnership named), 'by buying a
 # number of smaller firms' (unnamed), the parts of the network 'from Red & White, and part of United Counties' placed
 # under Thames Valley management (management; doubtful)
 relations=[L("Reading A", "provider", TV), L("Reading B", "provider", TV), L(BAT, "parentOrganization", BET),
            L(TV, "parentOrganization", BAT), L(BTC, "acquired", "Thomas Tilling"),
            L("Thomas Tilling", "parentOrganization", BTC)],
 outages=[],
 # 'In 1905', 'In 1912', 'In 1928', 'in 1948' -> the years; 'In March 1915', 'By January 1920', 'in July 1920' -> the
 # months. No date: 'the 20th century', 'the 1920s', 'the 1920s and 1930s', 'the early 1950s' (centuries and
 # decades), 'for 52 years', 'For many years' (durations)
 dates=[D("1905", "1905"), D("1912", "1912"), D("March 1915", "1915-03"), D("January 1920", "1920-01"),
        D("July 1920", "1920-07"), D("1928", "1928"), D("1948", "1948")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
