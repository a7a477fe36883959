#!/usr/bin/env python3
"""Batch 69aj gold annotations (the texts of batch69aj.py; session 63, round notes /tmp/gather69aj/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-69ac; batch10_annotate.write_parts), so with three
texts: wp-kalem-company test, wp-lubin-manufacturing-company train, wp-thanhouser-company dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); 'In February 1907' -> 1907-02 beside '1907';
full days ('November 11, 1865', 'March 15th of 1910', 'January 13, 1913') -> the days; years in event names ('the 1899
National Export Exposition') -> the years; 'the following year' (relative, `published` null, as round 69ac left
'December of that year'), 'a short time' and 'their first year' -> nothing. No text tells an outage, so every
`outages` list is empty (a near-miss: Thanhouser's 'the studio building burned to the ground', a fire at a building,
no service stopped; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69ac): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company ('founded ... by George Kleine, Samuel Long, and
Frank J. Marion') are each `cofounder`, one person named alone ('formed ... by Siegmund Lubin'; 'founded in 1909 by
Edwin Thanhouser') is `founder`, current true; 'sales manager', 'manager', 'general manager' and 'publicity manager'
-> executive (GUIDELINES, Roles: 'manager' -> executive), current false where the text bounds the post in the past
('had been', 'away from Biograph'), true where no end is told (d'Arcy 'served as', as round 69ac's Heyne; doubtful);
'became the Kalem Company's president' -> president, current true (no end told); a film 'director' (a trade) -> no
role; membership of a patents trust ('joined other studios in the Motion Picture Patents Company') -> no relation (no
deal between two named organisations told; doubtful); a partner's shares bought by his partners (people) -> no
relation; a theatre managed ('managing the Academy of Music Theater') -> Location (a named venue, GUIDELINES, Types:
named sites and facilities), no role (doubtful); a named studio facility ('Lubinville') and streets -> Location; a
fire department -> Organization; a product of the founder's business before the company was formed ('Cineograph') ->
Service with no provider (doubtful); films, a trademark, expositions (events) and 'Broadway' (an adjective) -> no
entity.
usage: batch69aj_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- film production, US: Kalem Company --------------------------------------------------------------------------
KA = "Kalem Company"
A["wp-kalem-company"] = dict(
 # the studio -> Company 'Kalem Company' (the article dropped), alias 'Kalem'; the Motion Picture Patents Company (a
 # company by its name, a trust of studios) and Biograph Studios (alias 'Biograph': 'the Biograph production facility',
 # 'away from Biograph', 'the once-powerful Biograph'; the employer of Marion, Long and Olcott) -> Company; New York
 # City, Hoboken, New Jersey, Chicago and West 24th Street (a street of an address) -> Location; George Kleine (alias
 # 'Kleine'), Samuel Long, Frank J. Marion (alias 'Frank Marion'), Sidney Olcott (alias 'Olcott') and Alice Joyce ->
 # Person. No entity: the films ('The Sleigh Belle', 'Ben Hur', 'Dr. Jekyll and Mr. Hyde', 'The Deacon's Daughter');
 # 'K, L, and M' (initials); 'a loft building' (unnamed)
 entities=[E("Company", KA, "Kalem"), E("Location", "New York City"), E("Person", "George Kleine", "Kleine"),
           E("Person", "Samuel Long"), E("Person", "Frank J. Marion", "Frank Marion"),
           E("Company", "Motion Picture Patents Company"), E("Company", "Biograph Studios", "Biograph"),
           E("Location", "Hoboken"), E("Location", "New Jersey"), E("Location", "Chicago"),
           E("Location", "West 24th Street"), E("Person", "Sidney Olcott", "Olcott"), E("Person", "Alice Joyce")],
 # 'founded in New York City in 1907 by George Kleine, Samuel Long, and Frank J. Marion' -> cofounder at Kalem Company
 # for each (GUIDELINES, Roles, 'Founders'), current true (Kleine's shares bought out later; founders stay founders);
 # 'Frank Marion had been the sales manager at Biograph Studios' -> executive at Biograph Studios, current false;
 # 'Samuel Long was the manager of the Biograph production facility' -> executive at Biograph Studios, current false
 # (the same past as Marion's; doubtful: the post is at a facility); 'lure general manager and director Sidney Olcott
 # away from Biograph' -> executive at Biograph Studios, current false ('director' a film director, no role); 'who
 # eventually became the Kalem Company's president' -> president at Kalem Company, current true (no end told).
 # Near-misses, no role: 'Chicago businessman George Kleine' (a trade), 'already a successful film distributor' (a
 # trade); 'actress Alice Joyce' (a trade)
 roles=[R("George Kleine", "cofounder", KA), R("Samuel Long", "cofounder", KA), R("Frank J. Marion", "cofounder", KA),
        R("Frank J. Marion", "executive", "Biograph Studios", False),
        R("Samuel Long", "executive", "Biograph Studios", False),
        R("Sidney Olcott", "executive", "Biograph Studios", False), R("Sidney Olcott", "president", KA)],
 # Near-misses, no relation: 'The company immediately joined other studios in the Motion Picture Patents Company'
 # (membership of a trust, no deal between two named organisations; doubtful: a reader might give partner); 'to come
 # in as a partner' (a person); 'his partners were soon successful enough to buy out his shares' (people buying a
 # person's shares); Olcott lured 'away from Biograph' (a hire)
 relations=[],
 outages=[],
 # 'in 1907' -> '1907'; 'In February 1907' -> 1907-02; 'In 1910'. No date: 'the following year' (relative);
 # 'their first year', 'a short time'
 dates=[D("1907", "1907"), D("February 1907", "1907-02"), D("1910", "1910")])

# ---- film production, US: Lubin Manufacturing Company -------------------------------------------------------------
LU = "Lubin Manufacturing Company"
A["wp-lubin-manufacturing-company"] = dict(
 # the company -> Company 'Lubin Manufacturing Company' ('The Lubin Manufacturing Company'); Siegmund Lubin (alias
 # 'Lubin': 'Lubin films', 'Lubin's film equipment ... business', 'In 1897 Lubin began', 'Lubin's film company' read as
 # the man's name; '"Pop" Lubin' holds it), Thomas Edison and Hugh Antoine d'Arcy -> Person; Philadelphia,
 # Pennsylvania, Poland, Buffalo, New York, Indiana avenue, Twentieth Street and Lubinville (the studio's name, a named
 # facility) -> Location; 'Cineograph' (a camera/projector, a product) -> Service. No entity: 'a Liberty Bell
 # trademark' (a mark); 'the 1899 National Export Exposition', 'the 1901 Pan-American Exposition' (events); 'Thomas
 # Edison's motion picture camera' (no name)
 entities=[E("Company", LU), E("Person", "Siegmund Lubin", "Lubin"), E("Location", "Philadelphia"),
           E("Location", "Pennsylvania"), E("Location", "Poland"), E("Person", "Thomas Edison"),
           E("Service", "Cineograph"), E("Location", "Buffalo"), E("Location", "New York"),
           E("Person", "Hugh Antoine d'Arcy"), E("Location", "Indiana avenue"), E("Location", "Twentieth Street"),
           E("Location", "Lubinville")],
 # 'The Lubin Manufacturing Company was formed in 1902 and incorporated in 1909 in Philadelphia, Pennsylvania by
 # Siegmund Lubin' -> founder (one person named alone), current true; 'Hugh Antoine d'Arcy, who served as the studio's
 # publicity manager' -> executive at Lubin Manufacturing Company ('manager' -> executive; 'the studio' the company's),
 # current true (no end told, as round 69ac's Heyne; doubtful: 'served' might be read as past). Near-misses, no role:
 # 'an optical and photography expert', 'writer and poet' (trades); Thomas Edison (his camera, no post)
 roles=[R("Siegmund Lubin", "founder", LU), R("Hugh Antoine d'Arcy", "executive", LU)],
 # No relation: Cineograph made by Lubin himself ('he constructed his own combined camera/projector'), in 1897 or
 # before, before the company was formed in 1902 (no Company provides it; doubtful: a reader might give provider to
 # the company, 'the offspring of Lubin's ... business'); exhibiting at expositions; renting space on a roof
 relations=[],
 outages=[],
 # 'from 1896 to 1916' -> both; 'which began in 1896' (the same '1896'); 'in 1902'; 'in 1909'; 'In 1897'; 'the 1899
 # National Export Exposition' -> 1899; 'the 1901 Pan-American Exposition' -> 1901; 'in 1910'. No date: 'the
 # following year' (relative); 'At the time'
 dates=[D("1896", "1896"), D("1916", "1916"), D("1902", "1902"), D("1909", "1909"), D("1897", "1897"),
        D("1899", "1899"), D("1901", "1901"), D("1910", "1910")])

# ---- film production, US: Thanhouser Company ----------------------------------------------------------------------
TH = "Thanhouser Company"
A["wp-thanhouser-company"] = dict(
 # the studio -> Company 'Thanhouser Company', alias 'Thanhouser Film Corporation' (its later name); Edwin Thanhouser
 # (alias 'Thanhouser': 'Thanhouser had become', 'Thanhouser opened his studio', 'Thanhouser's most notable
 # productions'), Gertrude Thanhouser and Lloyd Lonergan -> Person; the Academy of Music Theater (a named venue),
 # Wisconsin, New York City, New Rochelle and New York ('New Rochelle, New York') -> Location; the New Rochelle Fire
 # Department (a city's department) -> Organization. No entity: 'The Actor's Children', 'When the Studio Burned'
 # (films); 'Broadway producers' (an adjective); 'the Thanhouser studio', 'the Thanhouser people' (the company's name
 # inside phrases, not a form of its own)
 entities=[E("Company", TH, "Thanhouser Film Corporation"), E("Person", "Edwin Thanhouser", "Thanhouser"),
           E("Location", "Academy of Music Theater"), E("Location", "Wisconsin"), E("Location", "New York City"),
           E("Location", "New Rochelle"), E("Location", "New York"), E("Person", "Gertrude Thanhouser"),
           E("Person", "Lloyd Lonergan"), E("Organization", "New Rochelle Fire Department")],
 # 'a motion picture studio founded in 1909 by Edwin Thanhouser' -> founder (one person named alone), current true.
 # Near-misses, no role: 'managing the Academy of Music Theater in Wisconsin' (a venue, a Location: no role attaches;
 # doubtful: a reader might make the theatre an Organization and give executive, current false); Gertrude Thanhouser
 # and Lloyd Lonergan 'were assembled under the name of the Thanhouser Company' (no post)
 roles=[R("Edwin Thanhouser", "founder", TH)],
 # Near-misses, no relation: 'the New Rochelle Fire Department established a policy that ... a call would be made to
 # the Thanhouser studio' (a courtesy, no contract between the two told); 'the courtroom in New Rochelle was made
 # available' (no organisation named)
 relations=[],
 outages=[],
 # 'founded in 1909' and 'In 1909' -> '1909' once; 'November 11, 1865' and 'March 21, 1956' (Thanhouser's life
 # dates); 'March 15th of 1910' -> 1910-03-15; 'On January 13, 1913' (the fire, a near-miss of an outage). No date:
 # 'At the time', 'of the time'
 dates=[D("1909", "1909"), D("November 11, 1865", "1865-11-11"), D("March 21, 1956", "1956-03-21"),
        D("March 15th of 1910", "1910-03-15"), D("January 13, 1913", "1913-01-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
