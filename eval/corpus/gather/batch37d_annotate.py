#!/usr/bin/env python3
"""Batch 37d gold annotations (the texts of batch37d.py), written from each text alone; newskg was not run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle; batch10_annotate.write_parts), so wp-electric-yerevan -> test, wp-uzdunrobita -> train,
wp-vodafone-ghana -> dev. All three are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates; decades, 'the last few years' and 'a few months later' left out). No text tells an outage, so every `outages`
list is empty; the Uzbek government's revocation of Uzdunrobita's operating licence is a near-miss (a regulator's
act; no service said to be lost).
Conventions (GUIDELINES.md part 2; batches 27d-36z): a completed purchase of a majority stake -> acquired and
parentOrganization; a majority holder -> parentOrganization, minority holders nothing; a joint venture's two named
founders -> partner; a completed sale of a whole company -> acquired and parentOrganization to the buyer, and
parentOrganization to the seller (past owner); a country's government named as a body ('the Ghanaian government',
'the government of Uzbekistan') -> Organization, as 'French government' elsewhere in the corpus; a head of state ->
president with the country as org, current=false when the text tells a successor; a party leader -> head; a former
company name -> alias.
usage: batch37d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
# ---- electricity distributor, Armenia: Electric Yerevan ----------------------------------------------------------------------------
ENA = "Electric Networks of Armenia"
PSRC = "Armenian Public Services Regulatory Commission"
A["wp-electric-yerevan"] = dict(
 # Electric Networks of Armenia, Inter RAO and the Tashir Group ('the Tashir Group') -> Company; Armenia ->
 # Location; the regulator, named 'the Armenian Public Services Regulatory Committee (PSRC)' and 'the Armenian Public
 # Services Regulatory Commission' -> one Organization under the second name (the one its chairman's title uses),
 # 'Armenian Public Services Regulatory Committee' and 'PSRC' aliases (doubtful: a reader might take the text's
 # first form as the name, or keep two entities); Garegin Bagramyan -> Person; 'Electric Yerevan' and 'No robbery'
 # (names of the protests, events) -> nothing, and Yerevan, named only inside 'Electric Yerevan', is not annotated
 # (doubtful: a reader might add Yerevan as a Location); 'drams' (a currency) and 'marshrutkas' -> nothing
 entities=[E("Location", "Armenia"), E("Company", ENA), E("Company", "Inter RAO"), E("Company", "Tashir Group"),
           E("Organization", PSRC, "Armenian Public Services Regulatory Committee", "PSRC"),
           E("Person", "Garegin Bagramyan")],
 # 'Garegin Bagramyan, the Armenian Public Services Regulatory Commission chairman' -> chairman, current (the text
 # tells no successor)
 roles=[R("Garegin Bagramyan", "chairman", PSRC)],
 # 'causing the sale of Electric Networks of Armenia from Inter RAO to the Tashir Group' -> acquired(Tashir Group,
 # ENA) and parentOrganization(ENA, Tashir Group) (a completed sale of the company, not a stake), and
 # parentOrganization(ENA, Inter RAO) (the seller, its owner before; ownership told as past is recorded); the
 # regulator's price decision -> nothing (no relation type)
 relations=[L("Tashir Group", "acquired", ENA), L(ENA, "parentOrganization", "Tashir Group"),
            L(ENA, "parentOrganization", "Inter RAO")],
 # a tariff rise and the protests against it: no service lost, no outage, not a near-miss
 outages=[],
 # 'the summer of 2015' -> 2015 (a season -> the year); 'the last few years' -> left out
 dates=[D("the summer of 2015", "2015"), D("June 2015", "2015-06"), D("August 1, 2015", "2015-08-01"),
        D("2013", "2013")])

# ---- mobile operator, Uzbekistan: Uzdunrobita -------------------------------------------------------------------------------------
UZ = "Uzdunrobita"
GOV = "government of Uzbekistan"
ICG = "International Communications Group"
A["wp-uzdunrobita"] = dict(
 # the operator -> Company ('The company', 'the firm' are generic, no alias); 'a group of American investors, the
 # International Communications Group' -> Company (an investor group named as such); 'the government of what was
 # then the Uzbek Soviet Socialist Republic', 'the independent Uzbek government', 'The Uzbek government' and 'the
 # government of Uzbekistan' -> one Organization, 'government of Uzbekistan' (the fullest form; 'Uzbek government'
 # an alias; doubtful: a reader might keep the Soviet republic's government apart, or leave the unnamed-by-title
 # governments out); the Uzbek Soviet Socialist Republic, Uzbekistan, Moscow, Tashkent and Russia -> Location;
 # 'Perry, Ga' -> Perry and Ga as two Locations (a town and a state's abbreviation; doubtful: a reader might take
 # 'Perry, Ga' as one place or leave 'Ga' out); Brian L. Bowen and Gulnora Karimova -> Person; MTS ("Russia's MTS")
 # and Daewoo Unitel -> Company; the 'group of Pakistani investors' and the 'Pakistani pay-phone company' (unnamed)
 # and the 'LTE network' (generic) -> nothing
 entities=[E("Company", UZ), E("Location", "Uzbekistan"), E("Company", ICG),
           E("Organization", GOV, "Uzbek government"), E("Location", "Uzbek Soviet Socialist Republic")]
          + locs("Moscow", "Tashkent", "Perry", "Ga")
          + [E("Person", "Brian L. Bowen"), E("Person", "Gulnora Karimova"), E("Location", "Russia"),
             E("Company", "MTS"), E("Company", "Daewoo Unitel")],
 # no title is given to anyone: Bowen 'organized' the Perry investors and Karimova 'gained control of the firm'
 # (doubtful: a reader might give Karimova a role such as owner -> other; none is stated)
 roles=[],
 # 'by 2005 it was 74% owned by Russia's MTS, which paid $121 million for the stake' -> acquired(MTS, Uzdunrobita)
 # and parentOrganization (a completed purchase of a majority stake); 'founded ... as a joint venture between' the
 # International Communications Group (45%) and the government (55%) -> partner(ICG, government of Uzbekistan)
 # (a stated joint venture) and parentOrganization(Uzdunrobita, government of Uzbekistan) (the 55% majority holder,
 # its stake 'taken over by the independent Uzbek government'; doubtful: the text never says the government kept
 # control, and by 2005 MTS held 74%; ownership told as past is still recorded); the American investors' 45% and
 # the Pakistani investors' part of it -> nothing (minority; the Pakistani group unnamed); Karimova's control ->
 # nothing (a person); Daewoo Unitel (a rival) -> nothing; the licence revocation and MTS's write-down -> nothing
 relations=[L("MTS", "acquired", UZ), L(UZ, "parentOrganization", "MTS"),
            L(ICG, "partner", GOV), L(UZ, "parentOrganization", GOV)],
 # 'In August 2012, the government of Uzbekistan revoked the company's operating license' -> no outage (a
 # government's regulatory act; the text does not say that service stopped): a near-miss
 outages=[],
 # 'the 1990s and 2000s' and 'the late 1990s or early 2000s' (decades) -> left out; '1996' occurs twice ('By
 # 1996', 'in 1996'), listed once
 dates=[D("August 19, 1991", "1991-08-19"), D("1996", "1996"), D("1993", "1993"), D("2005", "2005"),
        D("2006", "2006"), D("July 2010", "2010-07"), D("December 2010", "2010-12"), D("August 2012", "2012-08")])

# ---- telecom operator, Ghana: Vodafone Ghana --------------------------------------------------------------------------------------
VG = "Vodafone Ghana"
GG = "Ghanaian government"
NDC = "National Democratic Congress"
A["wp-vodafone-ghana"] = dict(
 # the operator -> Company 'Vodafone Ghana', its former name 'Ghana Telecom' an alias (GUIDELINES.md: former names
 # are aliases); Vodafone and MTN Group -> Company; Ghana -> Location; 'the Ghanaian government' (twice; 'the
 # government' once, generic) -> Organization; John Agyekum Kufuor and John Atta Mills -> Person (neither named by
 # surname alone); 'the National Democratic Congress party (NDC)' -> Organization 'National Democratic Congress'
 # (a political party), 'NDC' an alias; 'the opposition party' -> the same party, not an alias (generic)
 entities=[E("Company", VG, "Ghana Telecom"), E("Location", "Ghana"), E("Company", "Vodafone"),
           E("Organization", GG), E("Person", "John Agyekum Kufuor"), E("Person", "John Atta Mills"),
           E("Organization", NDC, "NDC"), E("Company", "MTN Group")],
 # 'president John Agyekum Kufuor' -> president of Ghana, current=false (the text tells 'The new president John Atta
 # Mills' elected after the opposition won; doubtful: the text never says Kufuor left, a reader might keep him
 # current); 'The new president John Atta Mills' -> president of Ghana, current; 'head of the National Democratic
 # Congress party (NDC)' -> head, current
 roles=[R("John Agyekum Kufuor", "president", "Ghana", False), R("John Atta Mills", "president", "Ghana"),
        R("John Atta Mills", "head", NDC)],
 # 'Vodafone had agreed to acquire 70 % of Ghana Telecom' and 'After the transaction closed, Vodafone had a 70%
 # stake' -> acquired(Vodafone, Vodafone Ghana) and parentOrganization (a completed majority purchase); the
 # Ghanaian government, from which the 70% was bought -> parentOrganization(Vodafone Ghana, Ghanaian government)
 # (it held at least 70% before the sale; ownership told as past is recorded; doubtful: the text states the
 # government's holding only through the sale and its retained 30%, a minority); 'behind African communications
 # giant MTN Group' (a rival) -> nothing; the investigation and the write-down -> nothing
 relations=[L("Vodafone", "acquired", VG), L(VG, "parentOrganization", "Vodafone"),
            L(VG, "parentOrganization", GG)],
 outages=[],
 # 'a few months later' (twice; relative, `published` null) -> left out; '2015' ('As of 2015') and 'December 2015'
 # are two items
 dates=[D("2006", "2006"), D("3 August 2008", "2008-08-03"), D("16 April 2009", "2009-04-16"), D("2015", "2015"),
        D("December 2015", "2015-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
