#!/usr/bin/env python3
"""Batch 67ac gold annotations (the texts of batch67ac.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-67z; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the late 1780s') -> nothing; a
year in brackets beside a first ('fertilizers (1906)') -> the year; 'Near the end of 1864' -> the year; spans and ages
('more than 225 years', 'its more than 200-year existence', 'less than two years after the partnership', 'their 150th
Anniversary') -> nothing.
No text tells an outage, so every `outages` list is empty; the financial crisis of 1864 in the Robinson text ('firms
crashed and hundreds of shops closed down') is a trade slump, no service disruption, and is no near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-67z): a completed purchase by a company ('Parry had to
buy the loss-making unit from Binny') -> acquired + parentOrganization(target, buyer), and the seller's ownership,
stated as past, is recorded too (parentOrganization(target, seller)); units or mills a company 'set-up' ('Binny and Co
set-up the Buckingham Mills', "Parry & Company set-up 'The Pottery' unit") -> parentOrganization(unit, company); a
company that 'owns' a store ('The company owns the Robinsons department store, John Little') and a company 'now part
of' a group -> parentOrganization; franchise outlets of another company's stores ('has franchise outlets of Marks and
Spencer') -> partner (a licensing deal; GUIDELINES, Relations), and landing agents for a shipping company ('the
landing agents for the British India Steam Navigation Company') -> partner (a service contract, as batch 66n's
shipping agency); mergers where the text names no buyer ('Both were merged to form the Buckingham and Carnatic Mills',
'Parry & Company Limited and East India Distilleries & Sugars Limited were merged to form EID Parry India Limited') ->
nothing, though a mill merged from two of a company's own mills is given that company as parent (doubtful); a
membership ('one of the founding members of the Madras Chamber of Commerce and Industry') -> nothing; customers who
are persons ('the Malay Rulers', 'King Mongkut of Siam') -> nothing; founders (GUIDELINES part 2, Roles, 'Founders'):
'founded in Madras by John Binny' and 'originated by Thomas Parry' (one man) -> founder; 'founded by Thomas Parry and
John William Dare' and 'established ... by Philip Robinson ... and his business partner James Gaborian Spicer' ->
cofounder each, current true though Spicer later 'pulled out from the partnership' (a founding is not undone; the
corpus keeps founders current; doubtful); a man taken into a firm as its partner ('set up a partnership with Mr
Denison', 'Robinson found a new partner, George Rappa Jr.') -> other (a partner of the firm, as GATHERING.md's
partners of firms; doubtful beside batch 66n's 'joined the company' -> no role, where no post was named); 'the
company's first assistant ... T. C. Loveridge, which took charge of a newly opened tailoring department' -> head (in
charge of a unit; doubtful: a reader might give other for 'first assistant'); a renaming ('renamed the company as Binny
and Denison', 'it changed its name to Binny and Co.', 'was then known as Spicer and Robinson', 'was known as Robinson
and Co.') and a merged company's name for the article's subject ('merged to form EID Parry India Limited') ->
aliases; a unit's later name ("Over the years it was named as 'Parryware'") -> alias; a company's short names
('Binny', "Parry's", 'Robinsons') -> aliases where the text uses them for the company; buildings, roads, streets, a
square and a city district ('Amir Bagh', 'Mount Road', 'Hotel Taj Connemara', 'Armenian Street', "Parry's Corner",
'Commercial Square', 'Raffles Place', 'Battery Road') -> Location (GUIDELINES, Types: named sites; the hotel doubtful,
a business named only as a site); regions ('the Indian subcontinent', 'the Malay Archipelago', 'Borneo') -> Location;
a chamber of commerce -> Organization; demonyms and adjectives ('Indian', 'Welshman', 'UAE-based' keeps 'UAE' as a
Location) and generic phrases ('the firm', 'the company', 'this house', 'the loss-making unit', 'a motor bus
service', 'the shipwright business', 'the Singapore jail') -> no entity.
usage: batch67ac_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- merchant house and textiles, Madras: Binny and Co. (en.wikipedia.org's '= Title =' rendering) ------------------
BIN = "Binny and Co."
BCM = "Buckingham and Carnatic Mills"
BISN = "British India Steam Navigation Company"
DSA = "Deccan Sugar and Abkhari Company"
A["wp-binny-and-co"] = dict(
 # the firm -> Company 'Binny and Co.' (the stop part of the name, as the text's first words write it; aliases
 # 'Binny and Co' (written with no stop four times: 'Binny and Co was one of the founding members', 'Binny and Co
 # entered', 'Binny and Co were the landing agents', 'Binny and Co set-up'), 'Binny and Denison' ('renamed the company
 # as Binny and Denison in 1800', a renaming of the firm, which 'changed its name to Binny and Co.' in 1814) and
 # 'Binny' ('By 1902, Binny was in dire straits', 'from Binny': the firm, not the man); 'The company', 'The firm',
 # 'They' generic); the mills 'Buckingham Mills', 'Carnatic Mills', 'Buckingham and Carnatic Mills' (the merged mill;
 # three companies, the two older ones merged into the third), 'Bangalore Cotton, Silk and Woolen Mills', 'Deccan Sugar
 # and Abkhari Company', 'British India Steam Navigation Company' and 'Parry' (the buyer of the sugar unit, a company:
 # 'Parry had to buy the loss-making unit'; doubtful: a reader might type it a Person) -> Company; 'Madras Chamber of
 # Commerce and Industry' -> Organization; John Binny, Denison ('Mr Denison', the name without the honorific;
 # doubtful: 'Mr Denison' is the only surface) -> Person; Chennai, India, North Madras, Madras, Amir Bagh ('a building
 # then known as Amir Bagh'), Mount Road, Hotel Taj Connemara (a hotel named as the site of the firm's second house;
 # doubtful: a business), Armenian Street, Bangalore -> Location. No entity: 'Chennai city' (Chennai annotated), 'a
 # motor bus service' (unnamed), 'khaki drill' (a cloth, no product name), 'sugar industry', 'coal'. Near-miss: 'Binny'
 # -> no alias of John Binny (the surface stands for the firm in 'Binny was in dire straits'; one surface form may not
 # stand for two entities)
 entities=[E("Company", BIN, "Binny and Co", "Binny and Denison", "Binny"), E("Location", "Chennai"),
           E("Location", "India"), E("Location", "North Madras"), E("Location", "Madras"), E("Company", BCM),
           E("Organization", "Madras Chamber of Commerce and Industry"), E("Person", "John Binny"),
           E("Location", "Amir Bagh"), E("Location", "Mount Road"), E("Location", "Hotel Taj Connemara"),
           E("Person", "Denison"), E("Location", "Armenian Street"), E("Company", BISN),
           E("Company", "Buckingham Mills"), E("Company", "Carnatic Mills"),
           E("Company", "Bangalore Cotton, Silk and Woolen Mills"), E("Location", "Bangalore"), E("Company", DSA),
           E("Company", "Parry")],
 # 'Binny and Co. was founded in Madras by John Binny' -> founder at Binny and Co. (one man; GUIDELINES part 2, Roles,
 # 'Founders'), current true; 'John Binny set up a partnership with Mr Denison and renamed the company as Binny and
 # Denison' -> other at Binny and Co. for Denison (a partner of the firm; current true: no leaving told, though the
 # firm dropped his name in 1814; doubtful: no word 'partner' as a post, and a reader might give cofounder from the
 # firm's new name or nothing, as batch 66n gave Frederick Hayley Bell nothing). Near-miss: no cofounder for Denison
 # (the firm was founded by John Binny alone in 1797, three years before the partnership)
 roles=[R("John Binny", "founder", BIN), R("Denison", "other", BIN)],
 # 'Binny and Co were the landing agents for the British India Steam Navigation Company' -> partner(Binny and Co.,
 # British India Steam Navigation Company) (an agency contract, direction as written; doubtful, as batch 66n's
 # shipping agency); 'Binny and Co set-up the Buckingham Mills in 1876 followed by the Carnatic Mills in 1881' ->
 # parentOrganization of each mill to Binny and Co. (mills the firm set up and ran: owned units); 'Both were merged to
 # form the Buckingham and Carnatic Mills' with 'It helped lay the foundations of major industry in Madras with the
 # Buckingham and Carnatic Mills' -> parentOrganization(Buckingham and Carnatic Mills, Binny and Co.) (the firm's own
 # two mills merged into one; doubtful: the text says 'with', not 'owned'); 'The Deccan Sugar and Abkhari Company was
 # set up ... Parry had to buy the loss-making unit from Binny' -> acquired(Parry, Deccan Sugar and Abkhari Company) +
 # parentOrganization(Deccan Sugar and Abkhari Company, Parry) (a completed purchase) and parentOrganization(Deccan
 # Sugar and Abkhari Company, Binny and Co.) (the seller's ownership, stated as past, recorded; 'the loss-making
 # unit' read as the sugar company). Near-misses, no relation: the merger of the Buckingham Mills and the Carnatic
 # Mills -> no parentOrganization of the old mills to the new one and no acquired (a merger, no buyer); 'The Bangalore
 # Cotton, Silk and Woolen Mills was set-up in Bangalore in 1884' -> nothing (passive, no one named as setting it up;
 # a reader might give it to Binny and Co. from the paragraph); 'one of the founding members of the Madras Chamber of
 # Commerce and Industry' -> nothing (membership); 'They also ran a motor bus service' -> nothing (unnamed)
 relations=[L(BIN, "partner", BISN), L("Buckingham Mills", "parentOrganization", BIN),
            L("Carnatic Mills", "parentOrganization", BIN), L(BCM, "parentOrganization", BIN),
            L(DSA, "parentOrganization", BIN), L("Parry", "acquired", DSA), L(DSA, "parentOrganization", "Parry")],
 outages=[],
 # '1797', '1800', '1812', '1814', '1876', '1881', '1920', '1884', '1897', '1902' ('By 1902'); '35 barges and 30
 # lighters' -> nothing
 dates=[D("1797", "1797"), D("1800", "1800"), D("1812", "1812"), D("1814", "1814"), D("1876", "1876"),
        D("1881", "1881"), D("1920", "1920"), D("1884", "1884"), D("1897", "1897"), D("1902", "1902")])

# ---- sugar and trading, Chennai: EID Parry (everything.explained.today's copy) ---------------------------------------
EIDP = "East India Distilleries (EID) Parry Limited"
PCO = "Parry & Company"
TP = "Thomas Parry"
A["wp-eid-parry"] = dict(
 # the company -> Company 'East India Distilleries (EID) Parry Limited' (the fullest name, the text's first words;
 # aliases 'EID Parry' ('EID Parry is one of the oldest business entities', 'its flagship company EID Parry emerged'),
 # 'EID Parry India Limited' ('were merged to form EID Parry India Limited': the article's subject under the merged
 # company's name) and "Parry's" ("Parry's is the oldest surviving mercantile name in Chennai": the house's short
 # name; doubtful: a reader might read it as the name only); 'The company', 'this house', 'the business established
 # by Parry' generic); 'Parry and Dare' (the partnership firm of 1819, written '"Parry and Dare" Company': the quoted
 # name) -> Company; 'Parry & Company' (alias 'Parry & Company Limited': the same firm with its legal form, merged
 # into EID Parry India Limited) -> Company; "'The Pottery' unit" -> Company 'The Pottery' (a named unit; alias
 # 'Parryware', 'Over the years it was named as "Parryware"': the unit's later name; doubtful: a reader might type
 # Parryware a Service, a brand, and keep it apart); 'East India Distilleries & Sugars Limited' -> Company (the other
 # party to the merger); Thomas Parry (alias 'Parry': 'derives its name from Parry', 'the business established by
 # Parry'), John William Dare -> Person; Chennai, Tamil Nadu, Indian subcontinent ('the Indian subcontinent', twice),
 # India ('came to India'), Parry's Corner (a business district), Ranipettai -> Location. No entity: 'Indian public
 # company', 'a Welshman' (adjective, demonym), 'fertilizers', 'sugar and bio-products', 'a business of banking and
 # piece goods' (unnamed). Near-miss: 'Parry' -> no alias of the company (the text uses the bare surname for the man
 # only; the company is "Parry's" or 'EID Parry')
 entities=[E("Company", EIDP, "EID Parry", "EID Parry India Limited", "Parry's"), E("Location", "Chennai"),
           E("Location", "Tamil Nadu"), E("Location", "Indian subcontinent"), E("Person", TP, "Parry"),
           E("Location", "India"), E("Company", "Parry and Dare"), E("Person", "John William Dare"),
           E("Location", "Parry's Corner"), E("Company", PCO, "Parry & Company Limited"),
           E("Company", "The Pottery", "Parryware"), E("Location", "Ranipettai"),
           E("Company", "East India Distilleries & Sugars Limited")],
 # 'EID Parry ... was originated by Thomas Parry ... On 17 July 1788, he started a business of banking and piece
 # goods' -> founder at East India Distilleries (EID) Parry Limited (one man named as originating it; doubtful:
 # 'originated by' of a company that took shape later, through partnerships and a merger), current true; 'a
 # partnership firm named "Parry and Dare" Company was founded by Thomas Parry and John William Dare' -> cofounder at
 # Parry and Dare for each (GUIDELINES part 2, Roles, 'Founders'), current true. Near-misses: no role at Parry &
 # Company (no person named at it); no cofounder at the company for Dare (the text makes him a founder of the 1819
 # firm only; a reader might carry it to EID Parry)
 roles=[R(TP, "founder", EIDP), R(TP, "cofounder", "Parry and Dare"), R("John William Dare", "cofounder",
                                                                         "Parry and Dare")],
 # "In 1908 Parry & Company set-up 'The Pottery' unit in Ranipettai" -> parentOrganization(The Pottery, Parry &
 # Company) (a unit the firm set up). Near-misses, no relation: 'Parry & Company Limited and East India Distilleries &
 # Sugars Limited were merged to form EID Parry India Limited' -> nothing (a merger, no buyer named; a reader might
 # give parentOrganization of both to the merged company, or acquired); 'the business established by Parry continued
 # to grow, and its flagship company EID Parry emerged' -> nothing (the business is unnamed; 'flagship company' of an
 # unnamed house); 'Parry and Dare' and Parry & Company -> no relation to each other or to the company (the text does
 # not say that the 1819 firm became Parry & Company; a reader might make them one company)
 relations=[L("The Pottery", "parentOrganization", PCO)],
 outages=[],
 # '1906' ('fertilizers (1906)'), '17 July 1788', '1819' ('By 1819'), '1908'; 'the late 1780s', 'more than 225 years',
 # 'its more than 200-year existence' -> nothing
 dates=[D("1906", "1906"), D("17 July 1788", "1788-07-17"), D("1819", "1819"), D("1908", "1908")])

# ---- retail, Singapore: Robinson & Co. (en.wikipedia.org's older rendering) ------------------------------------------
RCO = "Robinson & Co. Limited"
PR = "Philip Robinson"
JGS = "James Gaborian Spicer"
A["wp-robinson-and-co"] = dict(
 # the company -> Company 'Robinson & Co. Limited' (the fullest name, the text's first words; aliases 'Robinson & Co.'
 # ('Robinson & Co. was established on February 25, 1858'), 'Spicer and Robinson' ('The company was then known as
 # Spicer and Robinson'), 'Robinson and Co.' ('the company was known as Robinson and Co.', 'Robinson and Co. moved')
 # and 'Robinsons' ('Robinsons celebrated their 150th Anniversary in 2008', 'Robinsons is now part of the UAE-based
 # Al-Futtaim Group': the company under its stores' name; doubtful: 'The company owns the Robinsons department store'
 # lets a reader make the store chain a company of its own, owned by Robinson & Co. Limited); 'The company', 'his
 # business' generic); 'John Little' (a department store the company owns), 'Marks and Spencer', 'Al-Futtaim Group'
 # -> Company; Philip Robinson (alias 'Robinson': 'Robinson found a new partner', 'Robinson developed his business',
 # 'Robinson managed to survive'), Elisha Smith Robinson, James Gaborian Spicer (alias 'James Spicer'), George Rappa
 # Jr. (written 'George Rappa Jr..', the second stop the sentence's), Mongkut ('King Mongkut of Siam', the name without
 # the title), T. C. Loveridge -> Person; Singapore, Malaysia, UAE ('UAE-based'), England ('the west of England', 'from
 # England'), Commercial Square, Raffles Place, North Bridge Road, Coleman Street, Malay Archipelago, Borneo, Siam,
 # Battery Road -> Location. No entity: 'the Singapore jail' (a jail not named; Singapore annotated), 'the shipwright
 # business' (unnamed), 'the Malay Rulers' (no names), 'a newly opened tailoring department' (unnamed), 'Centrepoint'
 # and 'Orchard Road' (only in the image caption, cut)
 entities=[E("Company", RCO, "Robinson & Co.", "Spicer and Robinson", "Robinson and Co.", "Robinsons"),
           E("Location", "Singapore"), E("Location", "Malaysia"), E("Company", "John Little"),
           E("Company", "Marks and Spencer"), E("Location", "UAE"), E("Company", "Al-Futtaim Group"),
           E("Person", PR, "Robinson"), E("Location", "England"), E("Person", "Elisha Smith Robinson"),
           E("Person", JGS, "James Spicer"), E("Location", "Commercial Square"), E("Location", "Raffles Place"),
           E("Person", "George Rappa Jr."), E("Location", "North Bridge Road"), E("Location", "Coleman Street"),
           E("Location", "Malay Archipelago"), E("Location", "Borneo"), E("Person", "Mongkut"), E("Location", "Siam"),
           E("Location", "Battery Road"), E("Person", "T. C. Loveridge")],
 # 'Robinson & Co. was established on February 25, 1858 by Philip Robinson ... and his business partner James Gaborian
 # Spicer' -> cofounder at Robinson & Co. Limited for each (two men named as establishing it; GUIDELINES part 2,
 # Roles, 'Founders'), current true for both (Spicer 'pulled out from the partnership' in 1859, but a founding is
 # not undone; doubtful: a reader might give Spicer current false); 'Robinson found a new partner, George Rappa Jr.'
 # -> other at Robinson & Co. Limited (a partner of the firm), current true (no leaving told); 'the company's first
 # assistant was appointed from England, T. C. Loveridge, which took charge of a newly opened tailoring department'
 # -> head at Robinson & Co. Limited (in charge of a department), current true (doubtful: a reader might give other
 # for 'first assistant'). Near-misses: Elisha Smith Robinson -> no role (a brother); Spicer 'a former keeper of the
 # Singapore jail, and a partner in the shipwright business' -> no role (neither organisation named); Mongkut -> no
 # role (a customer)
 roles=[R(PR, "cofounder", RCO), R(JGS, "cofounder", RCO), R("George Rappa Jr.", "other", RCO),
        R("T. C. Loveridge", "head", RCO)],
 # 'The company owns the Robinsons department store, John Little in Singapore' -> parentOrganization(John Little,
 # Robinson & Co. Limited) (stated ownership); 'has franchise outlets of Marks and Spencer in both countries' ->
 # partner(Robinson & Co. Limited, Marks and Spencer) (a franchise, a licensing deal between two named companies;
 # GUIDELINES, Relations: partner); 'Robinsons is now part of the UAE-based Al-Futtaim Group' ->
 # parentOrganization(Robinson & Co. Limited, Al-Futtaim Group) ('part of' a group; no purchase told, so no
 # acquired). Near-misses, no relation: 'Many of the Malay Rulers were among his customers, as well as King Mongkut of
 # Siam' -> nothing (customers who are persons, no organisation); no acquired(Al-Futtaim Group, Robinson & Co.
 # Limited) (no purchase told; a reader might infer one from 'now part of'); no separate Robinsons store company and
 # so no parentOrganization of it (read as the company's own name)
 relations=[L("John Little", "parentOrganization", RCO), L(RCO, "partner", "Marks and Spencer"),
            L(RCO, "parentOrganization", "Al-Futtaim Group")],
 outages=[],
 # '2008', 'February 25, 1858', 'October 5, 1859', '1864' ('Near the end of 1864'); 'their 150th Anniversary', 'less
 # than two years after the partnership', 'At this point of time' -> nothing
 dates=[D("2008", "2008"), D("February 25, 1858", "1858-02-25"), D("October 5, 1859", "1859-10-05"),
        D("1864", "1864")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
