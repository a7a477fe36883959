#!/usr/bin/env python3
"""Batch 69s gold annotations (the texts of batch69s.py; session 63, round notes /tmp/gather69s/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68k; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
decades ('the 1960s', 'during the 1970s') -> nothing, as batches 60c-68k left them; a person's life years ('George
Singer (1847-1909)') -> the years, each its own item where the text gives it. No text tells an outage, so every
`outages` list is empty; no near-miss of one told (mergers, a change of control, a brand continued until 1970 are
business matters; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68k): one person named alone as founding a company ->
`founder` ('founded as Singer & Co by George Singer'; GUIDELINES, Roles, 'Founders'), current true (no leaving told;
his life years do not end the role, as earlier batches kept founders who died); an apprentice, a salesman, an owner
named only by a possessive ('his Rootes Group'), a person in control of a company with no post named ('under the
control of C. Arnholt Smith') and former employees -> no role; a company's earlier names ('founded as Singer & Co',
'George Singer's Singer Motor Co made cars') -> aliases of the one company (doubtful: a reader might keep Singer Motor
Co apart); a completed acquisition ('acquired by his Rootes Group in 1956', "Rootes' acquisition by the American
Chrysler corporation") -> acquired AND parentOrganization(target, buyer) (GUIDELINES, Relations); 'controlled by
Smith's former holding company Westgate-California Corporation' -> parentOrganization (past ownership still recorded;
no purchase told -> no acquired); 'Norwich Union became its controlling shareholder' -> parentOrganization without
acquired (a controlling holding at formation, no purchase told; doubtful); a merger where the text does not say who
buys whom ('the result of a three-way merger in 1970 between ...', 'merged with ... to form Air UK') -> nothing
(GUIDELINES, Relations); a rival or counterpart carrier ('counterpart to better known Pacific Southwest Airlines') ->
no relation (no such predicate); a named car model -> Service with provider to its maker; an aircraft model an
airline flew -> Service with no provider (an operator is no provider; Douglas named only inside the model's name ->
no entity); airports, regions, a sea and an exhibition site -> Location (GUIDELINES, Types); events ('the 1912 Cycle
and Motor Cycle Show') and unnamed bodies ('The California regulator', 'a court-appointed trustee') -> no entity;
'British', 'American' (adjectives) -> nothing.
usage: batch69s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- manufacturing, UK: Singer Motors ------------------------------------------------------------------------------
SM = "Singer Motors Limited"
RG = "Rootes Group"
A["wp-singer-motors"] = dict(
 # the maker -> Company 'Singer Motors Limited', aliases 'Singer & Co' (its founding name) and 'Singer Motor Co' (its
 # car-making name; doubtful, above); 'Singer' alone left out as an alias (it stands for the man, 'Singer developed',
 # and for the firm, 'Singer apprentice'); George Singer, William Rootes, Edwin Perks and Frank Birch -> Person; the
 # Rootes Group (alias 'Rootes': "Rootes' acquisition") and Chrysler ('the American Chrysler corporation', the
 # lower-case 'corporation' generic) -> Company; the Singer Ten -> Service (a named car model); Coventry, England and
 # Olympia (the show's site) -> Location. No entity: 'Beeston' in 'former Beeston employees' (an employer or place
 # named only as an adjective; doubtful: a reader might give Location or Company), 'the 1912 Cycle and Motor Cycle
 # Show' (an event), 'cyclecars', 'motorwheels', 'a 222 cc four-stroke single' (generic), 'British', 'American'
 entities=[E("Company", SM, "Singer & Co", "Singer Motor Co"), E("Person", "George Singer"),
           E("Location", "Coventry"), E("Location", "England"), E("Service", "Singer Ten"),
           E("Location", "Olympia"), E("Person", "William Rootes"), E("Company", RG, "Rootes"),
           E("Company", "Chrysler"), E("Person", "Edwin Perks"), E("Person", "Frank Birch")],
 # 'originally a bicycle manufacturer founded as Singer & Co by George Singer, in 1874' -> founder (one person named
 # alone), current true. Near-misses, no role: 'William Rootes, Singer apprentice at the time of its development and
 # consummate car-salesman' (an apprentice, then an owner named by 'his Rootes Group': no post named; doubtful: a
 # reader might give founder or head at the Rootes Group); 'former Beeston employees Edwin Perks and Frank Birch'
 # (employees, no post, not of Singer)
 roles=[R("George Singer", "founder", SM)],
 # "Singer's business was acquired by his Rootes Group in 1956" -> acquired(Rootes Group, Singer Motors Limited) and
 # parentOrganization(Singer Motors Limited, Rootes Group) (completed; not merged away: 'which continued the brand');
 # "Rootes' acquisition by the American Chrysler corporation" -> acquired(Chrysler, Rootes Group) and
 # parentOrganization(Rootes Group, Chrysler); 'With its four-cylinder ten horsepower engine the Singer Ten was
 # launched' after 'Singer Motor Co was the first motor manufacturer to make a small economy car' ->
 # provider(Singer Ten, Singer Motors Limited). Near-misses, no relation: William Rootes 'contracted to buy 50, the
 # entire first year's supply' (a person's purchase, not a company's contract; doubtful: a reader might give partner
 # to the Rootes Group); 'an engine design bought from former Beeston employees' (an asset bought from people)
 relations=[L(RG, "acquired", SM), L(SM, "parentOrganization", RG), L("Chrysler", "acquired", RG),
            L(RG, "parentOrganization", "Chrysler"), L("Singer Ten", "provider", SM)],
 outages=[],
 # 'in 1874' (twice: one item), 'From 1901' and 'in 1901' (one item), 'the 1912 Cycle and Motor Cycle Show', 'in 1956',
 # 'until 1970', '(1847-1909)' -> the years. No date: 'the entire first year's supply' (relative), 'a few years
 # following' (relative)
 dates=[D("1874", "1874"), D("1901", "1901"), D("1912", "1912"), D("1956", "1956"), D("1970", "1970"),
        D("1847", "1847"), D("1909", "1909")])

# ---- airlines, US: Air California --------------------------------------------------------------------------------
AC = "Air California"
WCC = "Westgate-California Corporation"
A["wp-air-california"] = dict(
 # the airline -> Company 'Air California', alias 'AirCal' ('later renamed AirCal'; 'Air California/AirCal' the two
 # names joined, not a surface of its own); Pacific Southwest Airlines (alias 'PSA') and Westgate-California
 # Corporation (alias 'WCC') -> Company; C. Arnholt Smith (alias 'Smith': "Smith's former holding company") -> Person;
 # Newport Beach, California, Orange County Airport (alias 'John Wayne Airport': 'now known as'), Orange County and
 # San Diego -> Location. No entity: 'The California regulator' (no name), 'a court-appointed trustee' (no name),
 # 'U.S.' (an adjective here), 'the "other" California intrastate carrier' (generic)
 entities=[E("Company", AC, "AirCal"), E("Location", "Newport Beach"), E("Location", "California"),
           E("Location", "Orange County Airport", "John Wayne Airport"),
           E("Company", "Pacific Southwest Airlines", "PSA"), E("Location", "Orange County"),
           E("Person", "C. Arnholt Smith", "Smith"), E("Location", "San Diego"), E("Company", WCC, "WCC")],
 # No role: 'under the control of C. Arnholt Smith, a San Diego powerbroker' (control, no post named; doubtful: a
 # reader might give head or chairman)
 roles=[],
 # "From 1974 to 1981, it was controlled by Smith's former holding company Westgate-California Corporation (WCC)" ->
 # parentOrganization(Air California, Westgate-California Corporation) (a holding company in control; past ownership
 # still recorded; no purchase told -> no acquired). Near-misses, no relation: 'counterpart to better known Pacific
 # Southwest Airlines (PSA)' and 'shielding it from PSA competition' (rivals; no predicate); Smith's control (a
 # person, no company relation); 'one of only two mainline airlines' at the airport (the other not named)
 relations=[L(AC, "parentOrganization", WCC)],
 outages=[],
 # 'From 1967 through 1980', 'From 1970 to 1974', 'From 1974 to 1981' (1974 twice: one item) -> the years. No date:
 # 'in the 1960s' (a decade)
 dates=[D("1967", "1967"), D("1980", "1980"), D("1970", "1970"), D("1974", "1974"), D("1981", "1981")])

# ---- airlines, UK: Air Anglia ------------------------------------------------------------------------------------
AA = "Air Anglia Limited"
A["wp-air-anglia"] = dict(
 # the airline -> Company 'Air Anglia Limited', alias 'Air Anglia'; Air UK, Anglian Air Charter, Norfolk Airways, Rig
 # Air, Norwich Union, British Island Airways (alias 'BIA'), Air Wales and Air Westward -> Company; 'Douglas DC-3
 # "Dakota"' -> Service (an aircraft model, as written; Douglas named only inside it -> no entity); Norwich Airport,
 # Humberside Airport (airports), Britain, the East of England, Norwich, East Anglia, the North Sea, the UK, Aberdeen,
 # Liverpool, Newcastle, Manchester, Edinburgh and Dublin -> Location. No entity: 'the British oil and gas industry'
 # (an industry), 'three regional rivals', 'three smaller operators', 'its predecessors' (generic), 'British'
 entities=[E("Company", AA, "Air Anglia"), E("Location", "Norwich Airport"), E("Location", "Britain"),
           E("Company", "Air UK"), E("Company", "Anglian Air Charter"), E("Company", "Norfolk Airways"),
           E("Company", "Rig Air"), E("Location", "East of England"), E("Location", "Norwich"),
           E("Location", "East Anglia"), E("Company", "Norwich Union"), E("Location", "North Sea"),
           E("Company", "British Island Airways", "BIA"), E("Company", "Air Wales"), E("Company", "Air Westward"),
           E("Location", "UK"), E("Service", "Douglas DC-3 \"Dakota\""), E("Location", "Aberdeen"),
           E("Location", "Humberside Airport"), E("Location", "Liverpool"), E("Location", "Newcastle"),
           E("Location", "Manchester"), E("Location", "Edinburgh"), E("Location", "Dublin")],
 # No person named, no role.
 roles=[],
 # 'At the time of formation Norwich Union became its controlling shareholder' -> parentOrganization(Air Anglia
 # Limited, Norwich Union) (a controlling holder: an owned company; no purchase told -> no acquired; doubtful: a
 # reader might leave a shareholder without a parent link). Near-misses, no relation: 'the result of a three-way merger
 # in 1970 between Anglian Air Charter, Norfolk Airways and Rig Air' and 'Air Anglia merged with British Island Airways
 # (BIA), Air Wales and Air Westward to form Air UK' (mergers with no buyer told: GUIDELINES, Relations; doubtful: a
 # reader might give parentOrganization to Air UK); the DC-3s flown (an operator is no provider); 'aircraft inherited
 # from its predecessors' (assets)
 relations=[L(AA, "parentOrganization", "Norwich Union")],
 outages=[],
 # 'in 1970' (three times: one item), 'In 1980' (twice: one item), 'In 1971' -> the years. No date: 'during the
 # 1970s' (twice; a decade), 'At the time of formation', 'at the time' (relative)
 dates=[D("1970", "1970"), D("1980", "1980"), D("1971", "1971")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
