#!/usr/bin/env python3
"""Gold annotations for batch 70i (session 64; gatherer lane 70i; round notes /tmp/gather70i/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt): three company histories from English Wikipedia — the Delaware and Hudson Railway (a
northeastern railroad), the Lehigh Coal & Navigation Company (a Pennsylvania mining and canal company) and Moxie (a
soft drink brand). Annotated from each text alone, by eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run
on any text. Split (sorted ids dealt test, train, dev; b10.write_parts): test wp-delaware-and-hudson-railway; train
wp-lehigh-coal-and-navigation-company; dev wp-moxie. No text tells an outage or a near-miss of one (a railroad's
purchase, a line's sale and a brand's purchase are business events, GUIDELINES, Outages: business failures are no
outage). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70b): former names, charter names, nicknames and
the text's own abbreviations and slips -> aliases of the one entity (GUIDELINES, Types: 'Former names and nicknames of
the same entity are aliases': 'the Delaware & Hudson Canal Co.' of the 1823 charter, 'Nicknamed \"The Bridge Line to
New England and Canada\"', the product's first name 'Moxie Nerve Food', 'LC&N' and the revision's 'LNC'); a reporting
mark in brackets ('(reporting mark DH)') -> alias (as batch 70b's 'LV'; doubtful); 'X was purchased by Y' between
companies -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions); 'its subsidiary' ->
parentOrganization; 'operated ... under', 'which also operates' -> no relation (operation, no ownership told;
doubtful); a rail line bought ('the D&H South Line') and a brand bought ('Moxie was purchased by') -> no acquired
(GUIDELINES, Relations: asset purchases -> nothing); rail lines and a cutoff -> no entity (parts of a railroad's
network, as batch 70b's 'Mountain Division'); 'founders A and B' of one company -> each cofounder (GUIDELINES, Roles:
Founders); a person creating a product, no company named as founded -> no role; a brand of beverage -> Service, with
provider its producer (GUIDELINES, Types: products users buy) and its later owner (doubtful); railroads, mining,
navigation and beverage companies -> Company; a named canal and rivers -> Location (named sites); cities, states,
regions and countries -> Location; full dates and years -> their values; ranges ('1821–24', '1827-29', '1814–1815'),
decades ('the early 1830s'), 'more than 150 years', 'that next year' and 'today' -> no date (published null: only
absolute expressions, one value each).
usage: batch70i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- railroads, US: Delaware and Hudson Railway ------------------------------------------------------------------------
DH = "Delaware and Hudson Railway"
CP = "Canadian Pacific Railway"
SLC = "Soo Line Corporation"
A["wp-delaware-and-hudson-railway"] = dict(
 # the railroad -> Company 'Delaware and Hudson Railway', aliases 'D&H' (and "D&H's"), 'DH' ('(reporting mark DH)':
 # the railroad's mark, as batch 70b's 'LV'; doubtful: a code), 'Delaware & Hudson Canal Co.' (its name in the 1823
 # charter, 'The President, Managers and Company of the Delaware & Hudson Canal Co.': the company's first name, the
 # short form inside the charter's style kept; doubtful: a reader might take the whole style) and 'Bridge Line to New
 # England and Canada' ('Nicknamed': GUIDELINES, Types); the Canadian Pacific Railway (alias 'CP'), the Soo Line
 # Corporation, the Soo Line Railroad, the Norfolk Southern Railway and the Delaware, Lackawanna and Western Railroad
 # -> Company; the Northeastern United States (a region, capitalised as a name), New York ('New York state', 'connected
 # New York with Montreal', 'Schenectady, New York': one surface form, the state and the city not told apart; doubtful),
 # the Delaware River, the Hudson River, New England, Canada, Montreal, North America ("North America's"), Schenectady,
 # Sunbury and Pennsylvania -> Location. No entity: 'the D&H South Line', 'the Sunbury Line', 'the Freight Line', 'the
 # Nicholson Cutoff' (rail lines of the network, no business of their own, as batch 70b's 'Mountain Division';
 # doubtful: a reader might make them Locations)
 entities=[E("Company", DH, "D&H", "DH", "Delaware & Hudson Canal Co.", "Bridge Line to New England and Canada"),
           E("Location", "Northeastern United States"), E("Company", CP, "CP"), E("Company", SLC),
           E("Company", "Soo Line Railroad"), E("Location", "New York"), E("Location", "Delaware River"),
           E("Location", "Hudson River"), E("Location", "New England"), E("Location", "Canada"),
           E("Location", "Montreal"), E("Location", "North America"), E("Company", "Norfolk Southern Railway"),
           E("Location", "Schenectady"), E("Location", "Sunbury"), E("Location", "Pennsylvania"),
           E("Company", "Delaware, Lackawanna and Western Railroad")],
 # no role: no person named
 roles=[],
 # 'In 1991 ... the D&H was purchased by the Canadian Pacific Railway (CP)' -> acquired(CP, D&H) + parentOrganization
 # (a completed purchase); 'its subsidiary Soo Line Corporation' -> parentOrganization(Soo Line Corporation, CP).
 # Near-misses, no relation: 'CP operated D&H under its subsidiary Soo Line Corporation' (operation placed under a
 # unit; no ownership of the D&H by Soo Line Corporation told; doubtful: a reader might give
 # parentOrganization(D&H, Soo Line Corporation)); 'which also operates Soo Line Railroad' (operation, no ownership
 # stated; doubtful); 'the Norfolk Southern Railway completed acquisition of the D&H South Line from CP' (a rail line
 # bought: an asset purchase, GUIDELINES, Relations -> nothing); 'the former mainline of the Delaware, Lackawanna and
 # Western Railroad' (a line's past owner, no relation between companies)
 relations=b10.acq(CP, DH) + [L(SLC, "parentOrganization", CP)],
 outages=[],
 # 'In 1991', 'the 1823 ... charter' -> the years; 'On September 19, 2015' -> the day. No date: 'more than 150 years'
 # (a span); '282 miles (454 kilometers)' (a length)
 dates=[D("1991", "1991"), D("1823", "1823"), D("September 19, 2015", "2015-09-19")])

# ---- mining and canals, US: Lehigh Coal & Navigation Company ------------------------------------------------------------
LCN = "Lehigh Coal & Navigation Company"
A["wp-lehigh-coal-and-navigation-company"] = dict(
 # the company -> Company 'Lehigh Coal & Navigation Company', aliases 'LC&N' ('Their LC&N', 'the LC&N') and 'LNC'
 # ('once the LNC had showed the way': the revision's slip for LC&N, the company meant; doubtful: a reader might leave
 # a misspelling out); 'LCMC' ('explored the LCMC property': a company by its initials, never spelled out in the text,
 # one of the 'two predecessor companies' by the context; doubtful: a reader might leave bare initials out) ->
 # Company; Erskine Hazard (alias 'Hazard') and Josiah White (alias 'White', "White's") -> Person; Pennsylvania, the
 # United States (alias 'America': 'taught America to burn anthracite', "America's brief Canal Age"; doubtful), the
 # Schuylkill River, the Delaware River, the Lower Lehigh Canal (alias 'Lehigh Canal': 'the LC&N established the Lower
 # Lehigh Canal ... the Lehigh Canal and its "bridging" river trip', the same canal read; doubtful: the Lower canal a
 # part of the Lehigh Canal) and the Schuylkill Canal ('the Schuylkill Canal project': a named canal, a site,
 # GUIDELINES, Types) -> Location. No entity: 'the Industrial Revolution', 'America's brief Canal Age' (eras); 'the
 # Schuylkill project' (the same canal as a project; not listed again); 'the River' (the Schuylkill River, a generic
 # noun); 'its board' (the canal project's board, unnamed); 'two predecessor companies' (unnamed)
 entities=[E("Company", LCN, "LC&N", "LNC"), E("Location", "Pennsylvania"), E("Location", "United States", "America"),
           E("Person", "Erskine Hazard", "Hazard"), E("Person", "Josiah White", "White"),
           E("Location", "Schuylkill River"), E("Location", "Lower Lehigh Canal", "Lehigh Canal"),
           E("Location", "Delaware River"), E("Location", "Schuylkill Canal"), E("Company", "LCMC")],
 # 'founders Erskine Hazard and Josiah White entered the coal industry ... Their LC&N spearheaded' -> cofounder at the
 # Lehigh Coal & Navigation Company for each (two people named together as founders, GUIDELINES, Roles: Founders),
 # current true (no end told). No role: 'White's reputation' (no post); 'White and Hazard had backed the Schuylkill
 # project' (backers of a canal project, no organisation's post)
 roles=[R("Erskine Hazard", "cofounder", LCN), R("Josiah White", "cofounder", LCN)],
 # No relation. Near-misses: 'Building on two predecessor companies' (unnamed; no purchase told); 'explored the LCMC
 # property' (a property explored; the option 'to take over' breaks off with the excerpt, cut); 'inspired and
 # connected four other canals' (canals, no companies)
 relations=[],
 outages=[],
 # '1818' ('from 1818', 'incorporated in 1818', 'begun 1818'), '1820' ('(1820 & 1822)', 'usable 1820'), '1822', '1964',
 # '1814' ('begun in 1814') -> the years. No date: '1821–24', '1827-29', 'the winter of 1814–1815' (ranges, no one
 # value; doubtful: a reader might give the first year), 'the early 1830s' (part of a decade), 'that next year'
 # (counted from a range)
 dates=[D("1818", "1818"), D("1820", "1820"), D("1822", "1822"), D("1964", "1964"), D("1814", "1814")])

# ---- soft drinks, US: Moxie ----------------------------------------------------------------------------------------------
MX = "Moxie"
A["wp-moxie"] = dict(
 # the beverage -> Service 'Moxie' (a brand of carbonated beverage, a product users buy: GUIDELINES, Types), alias
 # 'Moxie Nerve Food' ('created ... as a patent medicine called "Moxie Nerve Food"': the product's first name;
 # doubtful: a reader might make the patent medicine its own Service); the Moxie Beverage Company and The Coca-Cola
 # Company -> Company; Augustin Thompson -> Person; the United States, Lowell, Massachusetts, Maine, New England,
 # Bedford and New Hampshire -> Location. No entity: 'moxie' ('the word " moxie" in American English': the common noun,
 # not the brand), 'American English' (a language), 'root beer', 'gentian root extract' (kinds of products)
 entities=[E("Service", MX, "Moxie Nerve Food"), E("Location", "United States"), E("Person", "Augustin Thompson"),
           E("Location", "Lowell"), E("Location", "Massachusetts"), E("Location", "Maine"),
           E("Location", "New England"), E("Company", "Moxie Beverage Company"), E("Location", "Bedford"),
           E("Location", "New Hampshire"), E("Company", "The Coca-Cola Company")],
 # No role: Augustin Thompson 'created' the drink and is its originator ('Moxie originated ... by Augustin Thompson'),
 # but no company he founded or post he held is named (GUIDELINES, Roles: a title at an organisation)
 roles=[],
 # 'It was previously produced by the Moxie Beverage Company of Bedford, New Hampshire' -> provider(Moxie, Moxie
 # Beverage Company) (a named Service and the company that made it; relations carry no time); 'until Moxie was
 # purchased by The Coca-Cola Company in 2018' -> provider(Moxie, The Coca-Cola Company) (the brand's owner since, a
 # careful reader sure it now provides it; doubtful: the text does not say who produces it now). Near-miss, no
 # relation: the purchase itself (a brand bought, not a company: no acquired, and no parentOrganization for the Moxie
 # Beverage Company, whose own sale is not told; doubtful: a reader might give acquired(The Coca-Cola Company, Moxie
 # Beverage Company))
 relations=[L(MX, "provider", "Moxie Beverage Company"), L(MX, "provider", "The Coca-Cola Company")],
 outages=[],
 # 'around 1876' -> 1876 (text '1876'); 'on May 10, 2005' -> the day; 'in 2018' -> the year. No date: 'today'
 # (published null)
 dates=[D("1876", "1876"), D("May 10, 2005", "2005-05-10"), D("2018", "2018")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
