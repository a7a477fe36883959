#!/usr/bin/env python3
"""Batch 69ai gold annotations (the texts of batch69ai.py; session 63, round notes /tmp/gather69ai/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-69y; batch10_annotate.write_parts), so with three
texts: wp-jowett-cars test, wp-midland-red train, wp-velocette dev. All are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); relative ones ('Later that year', 'three years earlier', 'the next year') ->
nothing, and decades ('the mid-1920s', 'the 1950s') -> nothing, as batches 60c-69y left them. No text tells an outage,
so every `outages` list is empty; no near-miss of one beyond Midland Red's 'problems with its motor buses' and its
services 'reverted ... to horse bus operation' in 1907 (a change of vehicles, no service lost; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69y): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): people named together as founding a company, or 'A founded Acme with B' -> each
`cofounder` ('founded by John Goodman ... and William Gue, as "Taylor, Gue Ltd."'; 'founded in 1901 by brothers
Benjamin ... and William ... Jowett with Arthur V. Lamb'), one person named alone as setting it up -> `founder`
('John Taylor set up Veloce Limited'), current true (no leaving told); 'X acquired Y' -> acquired and
parentOrganization (GUIDELINES, Relations: completed acquisitions; 'BET acquired control of the new company': control
acquired, read as a completed acquisition; doubtful); 'acquired the assets of' -> nothing
(an asset purchase, as batch 69y read 'took over the British Marine site'; doubtful: Birmingham General's livery is
later told as BET's own); the company's own later name -> alias ('In 1904 they became the Jowett Motor Manufacturing
Company'; 'The Birmingham & Midland Motor Omnibus Company (BMMO)' and 'Midland Red', the nickname its buses got and
the article's name), while 'Taylor, Gue Ltd.', the company as first founded, and 'Veloce Limited', set up 'Later that
year' by one of its founders, are kept two companies (the text tells a second company set up; doubtful); a name given
to a maker's motorcycles -> Service with provider ('Velocette is the name given to motorcycles made by Veloce Ltd', as
batch 69y read the Sentinel brand; doubtful: the text also calls Velocette 'a small, family-owned firm'); a maker named
only as the make of a product -> no entity ("Belgian 'Kelecom' engines", 'some Tilling-Stevens petrol-electric buses',
'the first six Scott motorbikes', as batch 69y left 'a Lacre motorbus'; doubtful); unnamed founders and directors
('local businessmen', 'the directors', 'a motor bus company which had started in 1903') -> nothing; life years in
brackets -> dates (as batch 69m listed them; doubtful); 'Belgian', 'English', 'Welsh' (adjectives) -> nothing.
usage: batch69ai_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- motorcycle makers, UK: Velocette ------------------------------------------------------------------------------
VL = "Veloce Ltd"
TG = "Taylor, Gue Ltd"
A["wp-velocette"] = dict(
 # the maker -> Company 'Veloce Ltd', aliases 'Veloce Limited' ('John Taylor set up Veloce Limited') and 'Veloce'
 # ('Veloce, while small, was a great technical innovator'; also 'Its first motorcycle was the Veloce' and 'reverted
 # to Veloce', the firm's name on its machines: one surface form, read as the firm; doubtful); 'Taylor, Gue Ltd' (as
 # written in '"Taylor, Gue Ltd." in 1905') -> Company of its own (doubtful, above); Velocette ('the name given to
 # motorcycles made by Veloce Ltd') -> Service; BSA and Norton ('the giant BSA and Norton concerns') -> Company; John
 # Goodman (aliases 'Johannes Gütgemann' and 'John Taylor', the names the text gives him) and William Gue -> Person;
 # Hall Green, Birmingham and England -> Location. No entity: 'Kelecom' (engines' make, above), "The 'K' series" (a
 # model series named by a letter; doubtful), 'World Championship' (titles), 'Belgian' (an adjective)
 entities=[E("Service", "Velocette"), E("Company", VL, "Veloce Limited", "Veloce"), E("Location", "Hall Green"),
           E("Location", "Birmingham"), E("Location", "England"), E("Company", "BSA"), E("Company", "Norton"),
           E("Person", "John Goodman", "Johannes G\u00fctgemann", "John Taylor"), E("Person", "William Gue"),
           E("Company", TG)],
 # 'The company was founded by John Goodman ... and William Gue, as "Taylor, Gue Ltd." in 1905' -> cofounder at
 # Taylor, Gue Ltd for each (two people named together, GUIDELINES, Roles, 'Founders'); 'Later that year, John Taylor
 # set up Veloce Limited' -> founder at Veloce Ltd (one person named alone). All current true (no leaving told).
 # Near-miss, no role: 'a small, family-owned firm' (no owner named)
 roles=[R("John Goodman", "cofounder", TG), R("William Gue", "cofounder", TG), R("John Goodman", "founder", VL)],
 # 'Velocette is the name given to motorcycles made by Veloce Ltd' -> provider(Velocette, Veloce Ltd). Near-misses,
 # no relation: the giant BSA and Norton concerns (rivals compared); Kelecom engines (no entity); no tie told between
 # Taylor, Gue Ltd and Veloce Limited beyond the founder (no purchase or ownership)
 relations=[L("Velocette", "provider", VL)],
 outages=[],
 # '(1949–1950 350 cc)' -> the two years; 'in 1905' -> the year; 'in 1913' -> the year. No date: 'the mid-1920s',
 # 'the 1950s' (decades), 'Later that year' (relative), '24 hours' (a duration)
 dates=[D("1949", "1949"), D("1950", "1950"), D("1905", "1905"), D("1913", "1913")])

# ---- bus operators, UK: Midland Red --------------------------------------------------------------------------------
MR = "Midland Red"
BET = "British Electric Traction"
A["wp-midland-red"] = dict(
 # the operator -> Company 'Midland Red', aliases 'Birmingham & Midland Motor Omnibus Company' and 'BMMO' (the company
 # formed in 1904; 'They soon acquired the nickname Midland Red'); British Electric Traction (alias 'BET'), the
 # Birmingham General Omnibus Company (alias 'Birmingham General': 'the red livery used by Birmingham General') and the
 # City of Birmingham Tramways Company -> Company; the Midlands, England, Gloucester, Derbyshire, Northampton and
 # Birmingham -> Location. No entity: 'Tilling-Stevens' (the make of 'petrol-electric buses', above), '"Midland"' (a
 # fleetname on the buses; doubtful: a reader might give a Service), 'local businessmen', 'the directors', 'a motor bus
 # company which had started in 1903' (unnamed), 'English', 'Welsh' (adjectives)
 entities=[E("Company", MR, "Birmingham & Midland Motor Omnibus Company", "BMMO"), E("Location", "Midlands"),
           E("Location", "England"), E("Location", "Gloucester"), E("Location", "Derbyshire"),
           E("Location", "Northampton"), E("Company", BET, "BET"),
           E("Company", "Birmingham General Omnibus Company", "Birmingham General"), E("Location", "Birmingham"),
           E("Company", "City of Birmingham Tramways Company")],
 # no person named: no role ('formed by local businessmen', 'the directors failed to attract sufficient investors')
 roles=[],
 # 'In 1902 BET acquired the City of Birmingham Tramways Company' -> acquired and parentOrganization; 'BET acquired
 # control of the new company' -> acquired(BET, Midland Red) and parentOrganization(Midland Red, BET) (control, read as
 # a completed acquisition; doubtful). Near-misses, no relation: 'BET company acquired the assets of the Birmingham
 # General Omnibus Company' (an asset purchase; doubtful); 'in 1905 transferred its local horse bus operations to it'
 # (operations, no company named); 'The company also acquired a motor bus company which had started in 1903'
 # (unnamed); 'purchased some Tilling-Stevens petrol-electric buses' (vehicles bought)
 relations=[L(BET, "acquired", "City of Birmingham Tramways Company"),
            L("City of Birmingham Tramways Company", "parentOrganization", BET),
            L(BET, "acquired", MR), L(MR, "parentOrganization", BET)],
 outages=[],
 # 'from 1905 until 1981', 'In 1899', 'In 1902', 'in 1905', 'in 1903', 'in 1907', 'In 1912' -> the years ('1905' one
 # item for its year mentions); 'in November 1904', 'in July 1905', 'by June 1913' -> the months. No date: 'three
 # years earlier', 'the next year' (relative)
 dates=[D("1905", "1905"), D("1981", "1981"), D("1899", "1899"), D("1902", "1902"),
        D("November 1904", "1904-11"), D("1903", "1903"), D("July 1905", "1905-07"), D("1907", "1907"),
        D("1912", "1912"), D("June 1913", "1913-06")])

# ---- vehicle makers, UK: Jowett ------------------------------------------------------------------------------------
JW = "Jowett"
A["wp-jowett-cars"] = dict(
 # the maker -> Company 'Jowett', alias 'Jowett Motor Manufacturing Company' ('In 1904 they became the Jowett Motor
 # Manufacturing Company'); the brothers -> Person 'Benjamin' and 'William' (the text names them 'brothers Benjamin
 # (1877–1963) and William (1880–1965) Jowett': the full names are not written out, the given names are the surface
 # forms; doubtful) and Arthur V. Lamb -> Person; Bradford, West Riding of Yorkshire, England, Back Burlington Street,
 # the United Kingdom and Yorkshire ("Yorkshire's terrain") -> Location. No entity: 'Scott' (the make of 'the first six
 # Scott motorbikes', above; doubtful: a reader might give Scott a Company and a provider or partner link), 'Jowett
 # light car' (a product named by its maker, no model name)
 entities=[E("Company", JW, "Jowett Motor Manufacturing Company"), E("Location", "Bradford"),
           E("Location", "West Riding of Yorkshire"), E("Location", "England"), E("Person", "Benjamin"),
           E("Person", "William"), E("Person", "Arthur V. Lamb"), E("Location", "Back Burlington Street"),
           E("Location", "United Kingdom"), E("Location", "Yorkshire")],
 # 'Jowett was founded in 1901 by brothers Benjamin ... and William ... Jowett with Arthur V. Lamb' -> cofounder at
 # Jowett for each ('A founded Acme with B', GUIDELINES, Roles, 'Founders'), current true
 roles=[R("Benjamin", "cofounder", JW), R("William", "cofounder", JW), R("Arthur V. Lamb", "cofounder", JW)],
 # no relation: 'making the first six Scott motorbikes' (work for a maker named only in the product; no entity)
 relations=[],
 outages=[],
 # 'from 1906 to 1954' -> the years ('1906' one item); 'in 1901', 'In 1904', 'until 1910' -> the years; 'in February
 # 1906' -> the month; the life years '(1877–1963)' and '(1880–1965)' -> the years (doubtful, above)
 dates=[D("1906", "1906"), D("1954", "1954"), D("1901", "1901"), D("1877", "1877"), D("1963", "1963"),
        D("1880", "1880"), D("1965", "1965"), D("1904", "1904"), D("February 1906", "1906-02"), D("1910", "1910")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
