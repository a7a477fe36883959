#!/usr/bin/env python3
"""Batch 65h gold annotations (the texts of batch65h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-64h; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'early May 1984' -> the month (as the
corpus's 'early September 2016'), beside 'May 1984', its own item (another text with the same value); 'the 20th
century', 'the late 1970s and early 1980s' (centuries and decades, no ISO value the format takes, as batches 60c-64h
left decades), 'Eight years later', 'at that time', 'two months', 'three and a half years' -> nothing. No text tells
an outage, so every `outages` list is empty; none tells a near-miss of one in the sense of GUIDELINES.md (Outages): a
bank's insolvency, a run on its deposits and its rescue are a business failure, and the end of steam and of
passenger service on a railway, a discontinued route and a converted line are permanent business changes.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-64h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('founded in 1861 by John
Wanamaker'), people named together as founding one are each `cofounder` ('he and his brother-in-law Nathan Brown
founded a men's clothing store ... called Oak Hall'); founders current true (a founder's death or a partner carrying
on alone does not undo a founding; doubtful for Brown, whose death the text tells); 'organized with X as president'
and 'X becomes President of Y' -> president, current true (no leaving told; doubtful for posts of 1847 and 1946, as
batch 64h's 'Palmer was elected president' of 1850); 'X, an executive in charge of oil lending' -> executive at the
bank the paragraph is about, current true (no leaving told; doubtful: his guilty plea and prison sentence, and the
later removal of 'top management', make it plain he left, but the text never says so of him); owners with no post
('purchased by A. Alfred Taubman') -> no role; a completed purchase by a company -> acquired and parentOrganization
('acquired from bankruptcy by The May Department Stores Company'; GUIDELINES, Relations), but 'X continued to exist
... until Y acquired it' and 'X is merged into Y' -> acquired only (the target ended with the deal, as batch 64h's
'merged into Northwest Airlines'; doubtful); a purchase by a person (Taubman's), loans bought from a lender and a
station bought as a store -> nothing (acquired joins two companies, GOLD_FORMAT.md; asset purchases, GUIDELINES,
Relations); a consolidation with no buyer told ('consolidates with the Chicago and Indianapolis Air Line Railway')
-> nothing; a regulator's rescue money and the government's shareholding -> no relation (no partnership stated; the
federal government unnamed); successive names of one railway ('is renamed', 'is reorganized as', 'adopts its
longtime nickname, Monon, as corporate title') and their initials ('NA&S', 'LNA&C', 'CI&L') -> aliases of one
entity (GUIDELINES, Types: former names), named by its fullest corporate form; a named passenger train -> Service with
provider to its railway (doubtful); a trophy ('Monon Bell'), a war, an army's war service, a funeral train, 'Class I
railroads' -> no entity, but the U.S. Army -> Organization (a government body, GUIDELINES part 1); a railroad named
only as a station's former owner ('the abandoned Pennsylvania Railroad station') -> Company (doubtful: a reader might
leave a company named inside a place's description, as inside a product name); store chains and the chain a store
became ('converted ... to Hecht's') -> Company; universities and colleges, the Federal Reserve and the FDIC ->
Organization; a river, a lake system, cities, states, a region and a named trail -> Location; 'American', 'Midwestern'
as adjectives -> no entity; 'U.S.' in 'the largest ever U.S. bank' -> alias of the United States (as the corpus's
'U.S.'), but not inside 'the U.S. Army', a name of its own.
usage: batch65h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, US: Wanamaker's ----------------------------------------------------------------------------------------
WAN = "Wanamaker's"
MAYCO = "The May Department Stores Company"
A["wp-wanamakers"] = dict(
 # the chain -> Company "Wanamaker's" ("all remaining Wanamaker's stores" is the same name); John Wanamaker -> Person,
 # alias 'Wanamaker' ('Wanamaker carried on the business alone', 'Wanamaker purchased'); A. Alfred Taubman and Nathan
 # Brown (alias 'Brown', "after Brown's death") -> Person; Woodward & Lothrop ('the Washington, D.C. department
 # store'), The May Department Stores Company (its name with 'The' as written, capitalised mid-sentence), Hecht's (the
 # chain the stores were converted to) and Oak Hall ('a men's clothing store in Philadelphia called Oak Hall', a named
 # business) -> Company; the Pennsylvania Railroad ('the abandoned Pennsylvania Railroad station') -> Company
 # (doubtful: named only as the station's former owner; a reader might give it no entity); the U.S. Army -> Organization
 # (a government body); the United States, the Delaware Valley, Washington, D.C., Philadelphia and Pennsylvania ->
 # Location. No entity: 'the American Civil War' (an event), 'the retail industry' (an industry), 'price tags', 'a
 # persistent cough', 'the 20th century', 'American' (an adjective), 'Grand Depot' (not in the kept text)
 entities=[E("Company", WAN), E("Person", "John Wanamaker", "Wanamaker"), E("Location", "United States"),
           E("Location", "Delaware Valley"), E("Person", "A. Alfred Taubman"), E("Location", "Washington, D.C."),
           E("Company", "Woodward & Lothrop"), E("Company", MAYCO), E("Company", "Hecht's"),
           E("Location", "Philadelphia"), E("Location", "Pennsylvania"), E("Organization", "U.S. Army"),
           E("Person", "Nathan Brown", "Brown"), E("Company", "Oak Hall"), E("Company", "Pennsylvania Railroad")],
 # "Wanamaker's was an American department store chain founded in 1861 by John Wanamaker" -> founder at Wanamaker's
 # (one person named alone as founding it, GUIDELINES, Roles, 'Founders'), current true; 'he and his brother-in-law
 # Nathan Brown founded a men's clothing store in Philadelphia called Oak Hall' -> cofounder at Oak Hall for each (two
 # people named together), current true ('after Brown's death in 1868' ends no founding; doubtful: a reader might mark
 # Brown's role past). Near-misses, no role: 'purchased by A. Alfred Taubman' (an owner, no post named; a reader might
 # give him chairman or owner-like titles the vocabulary lacks); 'Wanamaker carried on the business alone' (the same
 # founder's ownership, no new post); 'brother-in-law' (a kinship, no post)
 roles=[R("John Wanamaker", "founder", WAN), R("John Wanamaker", "cofounder", "Oak Hall"),
        R("Nathan Brown", "cofounder", "Oak Hall")],
 # 'The store was acquired from bankruptcy by The May Department Stores Company in 1994' -> acquired(The May Department
 # Stores Company, Wanamaker's) and parentOrganization(Wanamaker's, The May Department Stores Company) (a completed
 # purchase; the text does not say the chain was merged away, only that its stores were converted to Hecht's a year
 # later; doubtful: a reader might read the conversion as the chain's end and give acquired only). Near-misses, no
 # relation: "Wanamaker's was purchased by A. Alfred Taubman" (a person buyer: acquired joins companies, GOLD_FORMAT.md);
 # 'who previously purchased the Washington, D.C. department store Woodward & Lothrop' (the same person's purchase; no
 # tie of Woodward & Lothrop to Wanamaker's is told in the text, where the cut infobox lists it as a parent of
 # 1986-1994 -- a reader who knows that might add parentOrganization(Wanamaker's, Woodward & Lothrop)); 'converted all
 # remaining Wanamaker's stores to Hecht's' (a conversion of stores, no tie of Hecht's to May told: no
 # parentOrganization(Hecht's, The May Department Stores Company), no acquired); Oak Hall and Wanamaker's (the text
 # does not say Oak Hall became the chain, though both date from 1861: no alias, no parent link); 'Wanamaker purchased
 # the abandoned Pennsylvania Railroad station' (a person's purchase of a building, an asset)
 relations=b10.acq(MAYCO, WAN),
 outages=[],
 # 'in 1861' (twice, and 'In 1861': one item, case ignored), 'in 1986', 'in 1994', 'in 1995', 'in 1838', 'in 1868'
 # -> the years. No date: 'the 20th century' (a century); 'Eight years later' (relative, published null)
 dates=[D("1861", "1861"), D("1986", "1986"), D("1994", "1994"), D("1995", "1995"), D("1838", "1838"),
        D("1868", "1868")])

# ---- banking, US: Continental Illinois --------------------------------------------------------------------------------
CI = "Continental Illinois National Bank and Trust Company"
A["wp-continental-illinois"] = dict(
 # the bank -> Company 'Continental Illinois National Bank and Trust Company', aliases 'Continental Illinois' (also in
 # 'The Continental Illinois continued to exist') and 'Continental' ('defrauding Continental'); Penn Square Bank N.A.
 # (alias 'Penn Square', 'The Penn Square failure') and BankAmerica -> Company; John Lytle (alias 'Lytle') -> Person;
 # the Federal Reserve and the FDIC (the text's only form of the name) -> Organization (regulators, GUIDELINES part
 # 1); the United States (alias 'U.S.', 'the largest ever U.S. bank'), Oklahoma and Texas -> Location. No entity:
 # 'regulatory agencies', 'regulators', 'the board of directors and top management', 'Large depositors', 'Bank
 # shareholders', 'holding-company bondholders' (unnamed groups); 'the federal government' (unnamed: no name of its
 # own in the text; doubtful: a reader might make it an Organization); 'a federal prison' (unnamed); 'Midwestern'
 # (an adjective); 'too big to fail' (a phrase); 'the financial crisis of 2008' (an event)
 entities=[E("Company", CI, "Continental Illinois", "Continental"), E("Location", "United States", "U.S."),
           E("Company", "Penn Square Bank N.A.", "Penn Square"), E("Location", "Oklahoma"), E("Location", "Texas"),
           E("Person", "John Lytle", "Lytle"), E("Organization", "Federal Reserve"), E("Organization", "FDIC"),
           E("Company", "BankAmerica")],
 # 'Due diligence was not properly paid by, among others, John Lytle, an executive in charge of oil lending' ->
 # executive at Continental Illinois (a post in charge of a line of lending, GUIDELINES part 2: 'manager' and like
 # posts -> executive; the bank is plain from the paragraph, and 'defrauding Continental' ties him to it), current true
 # (no leaving told; doubtful: his plea and prison sentence make his leaving plain to a reader, who might mark it
 # past). Near-misses, no role: 'the board of directors and top management were removed' (no one named); 'among
 # others' (unnamed officers)
 roles=[R("John Lytle", "executive", CI)],
 # 'The Continental Illinois continued to exist, ... until BankAmerica acquired it in 1994' -> acquired(BankAmerica,
 # Continental Illinois ...) only (a completed purchase after which, as the text says, the bank no longer existed:
 # the target ended with the deal, as 'merged into' is read; doubtful: a reader might add parentOrganization(Continental
 # Illinois ..., BankAmerica) by GUIDELINES' default for completed purchases). Near-misses, no relation: 'bad loans
 # purchased from the failed Penn Square Bank N.A.' (loans bought: assets, GUIDELINES, Relations; no partner either, a
 # sale of loans being no stated partnership or supply contract; doubtful); 'The FDIC infused $4.5 billion to rescue
 # the bank' (a regulator's rescue: no partner, no parent; a reader might take the FDIC for an owner); 'with some 80% of
 # its shares owned by the federal government' (the owner unnamed: no entity, so no parentOrganization); 'A willing
 # merger partner had been sought ... but could not be found' (no partner named, no deal)
 relations=[L("BankAmerica", "acquired", CI)],
 outages=[],
 # 'In May 1984' -> 'May 1984' (1984-05); 'in early May 1984' -> 'early May 1984' (the month, its own item beside 'May
 # 1984': another text, the same value, GUIDELINES, Dates); 'the financial crisis of 2008' -> '2008' (the year an
 # event is dated by, an absolute expression); 'in 1994' -> 1994. No date: 'the late 1970s and early 1980s' (decades);
 # 'for two months', 'three and a half years' (durations); 'at that time', 'Eventually', 'later' (relative)
 dates=[D("May 1984", "1984-05"), D("early May 1984", "1984-05"), D("2008", "2008"), D("1994", "1994")])

# ---- railways, US: Monon Railroad ('Timeline') ------------------------------------------------------------------------
CIL = "Chicago, Indianapolis and Louisville Railway"
LN = "Louisville and Nashville Railroad"
A["wp-monon-railroad"] = dict(
 # the railway under its successive names -> one Company, named by its fullest corporate form in the text, 'Chicago,
 # Indianapolis and Louisville Railway' ('The LNA&C is reorganized as ...'), with the aliases 'New Albany and Salem
 # Railroad' (its first name), 'NA&S', 'Louisville, New Albany and Chicago Railroad' ('is renamed'), 'Louisville, New
 # Albany and Chicago Railway' ('is reorganized as'), 'LNA&C' (also in 'The LNA&C Railroad'), 'CI&L' and 'Monon' ('its
 # longtime nickname, Monon, as corporate title'; also 'the Monon', "The Monon's") (GUIDELINES, Types: former names
 # and nicknames of the same entity are aliases; doubtful: a reader might keep the New Albany and Salem Railroad, or
 # each reorganized company, as an entity of its own, or name the entity 'Monon'); the Chicago and Indianapolis Air
 # Line Railway and the Louisville and Nashville Railroad -> Company; James Brooks, John W. Barriger III and Abraham
 # Lincoln ("Abraham Lincoln's funeral train") -> Person; DePauw University and Wabash College -> Organization
 # (GUIDELINES part 1: universities); the Thoroughbred ('only the Thoroughbred remained', a named passenger train riders
 # used) -> Service (doubtful: a reader might leave a train's name, as ships' names are left); the Ohio River, New
 # Albany, the Great Lakes, Michigan City, Lafayette, Indiana, Chicago, Illinois, Indianapolis, Louisville and the
 # Monon Trail (a named trail, a site) -> Location. No entity: 'Monon Bell' (a trophy, GUIDELINES, Types: awards), 'Class
 # I railroads' (a class), 'twenty railroads' (unnamed), 'the new division' (unnamed)
 entities=[E("Company", CIL, "New Albany and Salem Railroad", "NA&S", "Louisville, New Albany and Chicago Railroad",
             "Louisville, New Albany and Chicago Railway", "LNA&C", "CI&L", "Monon"),
           E("Person", "James Brooks"), E("Location", "Ohio River"), E("Location", "New Albany"),
           E("Location", "Great Lakes"), E("Location", "Michigan City"), E("Person", "Abraham Lincoln"),
           E("Location", "Lafayette"), E("Location", "Indiana"), E("Company", "Chicago and Indianapolis Air Line Railway"),
           E("Organization", "DePauw University"), E("Organization", "Wabash College"),
           E("Person", "John W. Barriger III"), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Location", "Indianapolis"), E("Service", "Thoroughbred"), E("Location", "Louisville"),
           E("Company", LN), E("Location", "Monon Trail")],
 # '1847: The New Albany and Salem Railroad is organized with James Brooks as president' -> president at the railway,
 # current true (no leaving told; doubtful: a post of 1847 in a timeline, which a reader might mark past); '1946: John
 # W. Barriger III becomes President of the Monon' -> president, current true (the same doubt). Near-misses, no role:
 # Abraham Lincoln (his funeral train; no post at any organisation named here -- a head of state's role needs the
 # country named as his org, and none is); no founder (the text says the railroad 'is organized with James Brooks as
 # president', not that he founded it; doubtful: a reader might give him founder)
 roles=[R("James Brooks", "president", CIL), R("John W. Barriger III", "president", CIL)],
 # 'July 31, 1971: The Monon is merged into the Louisville and Nashville Railroad' -> acquired(Louisville and
 # Nashville Railroad, Chicago, Indianapolis and Louisville Railway) only (merged into: the target merged away, as
 # batch 64h's 'merged into Northwest Airlines'; doubtful: a reader might read a merger with no buyer and give
 # nothing); 'only the Thoroughbred remained ... from Chicago to Louisville' -> provider(Thoroughbred, the railway)
 # (the Monon's passenger service; doubtful with the Service). Near-misses, no relation: '1881: The LNA&C consolidates
 # with the Chicago and Indianapolis Air Line Railway, and the trackage of the new division is soon extended' (a
 # consolidation with no buyer told, GUIDELINES, Relations; doubtful: 'the new division' hints that the Air Line
 # became a division of the LNA&C, and a reader might give acquired and parentOrganization); the funeral train hauled
 # for one of 'twenty railroads' (no named partner); DePauw University and Wabash College (their game's trophy: no tie
 # to the railway told); 'Portions of the line ... were converted to ... the Monon Trail' (no owner named)
 relations=[L(LN, "acquired", CIL), L("Thoroughbred", "provider", CIL)],
 outages=[],
 # each item's date -> its year or day: '1847', '1854', '1859', 'April 30, 1865', '1873', '1881', 'July 1, 1897',
 # '1932', '1946', 'June 29, 1949', 'January 11, 1956', '1959', 'By 1965' -> '1965', 'September 30, 1967', 'July 31,
 # 1971', '1999'. No date: 'soon' (relative); '300 pound (136 kg)' (a weight)
 dates=[D("1847", "1847"), D("1854", "1854"), D("1859", "1859"), D("April 30, 1865", "1865-04-30"),
        D("1873", "1873"), D("1881", "1881"), D("July 1, 1897", "1897-07-01"), D("1932", "1932"),
        D("1946", "1946"), D("June 29, 1949", "1949-06-29"), D("January 11, 1956", "1956-01-11"),
        D("1959", "1959"), D("1965", "1965"), D("September 30, 1967", "1967-09-30"),
        D("July 31, 1971", "1971-07-31"), D("1999", "1999")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
