#!/usr/bin/env python3
"""Batch 68i gold annotations (session 62; the texts of batch68i.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'April 3, 2008' and '6. May 2011'
-> days; 'March 2014', 'July 2020', 'November 2000' -> months; '3rd quarter of 2011' -> 2011-Q3 (GUIDELINES, Dates:
quarters); 'the next year' (after 1919), 'at the age of 54', 'the 1990s', 'By the 1990s' -> nothing (relative to no
`published`, or a decade). No text tells an outage or a near-miss of one, so every `outages` list is empty. Round notes
/tmp/gather69i/NOTES.md; claims /work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68c): 'X acquired Y', 'X bought Y', 'X took over Y',
'Y was taken over', 'X completed the acquisition of Y' (completed) -> acquired(X, Y) and parentOrganization(Y, X);
'X agreed to acquire Y' -> acquired only (GUIDELINES, Relations: agreed, not yet completed); 'X was absorbed into Y',
'X was merged with Y' -> the first acquired(Y, X) only (absorbed into the buyer, as 68c read 'was merged into'), the
second nothing (a merger, no buyer told); 'Y from Z' (the seller named) and 'the sale of Y' by X -> also
parentOrganization(Y, Z or X) (ownership the text states as past is recorded; GUIDELINES, Relations; doubtful);
'Y, a division of X', 'the subsidiary Y', 'the asset management arm of X', 'become part of X' -> parentOrganization;
'A, B and C were demerged from X' -> parentOrganization of each to X (they had been part of it; doubtful); 'the
founder, A' -> founder; 'A became CEO of X' -> ceo, current false where the text names a later CEO, true otherwise (as
batches before); 'a leading partner' of a business -> executive (as batches 22a, 25b and 25c gave a partner of a firm;
doubtful: batch 35h's 'the leading partner of the Privat Group' was read as an owner, no role); 'a vehicle controlled by
billionaire A' -> no role (an owner); sons named by first name only ('James, John and Alfred') -> Person each (as
earlier batches' relatives named by first name; doubtful), no role ('carried on the business': no title); a
company's names in turn ('founded in 1857 as X', 'changed its name to Y', 'formerly Z', 'rebadged as W', 'A became B',
'changed name to B') -> aliases of one entity (GUIDELINES, Types); stock exchanges -> Company (GUIDELINES, part 1),
'LSE' an alias of the London Stock Exchange; indices ('the FTSE 100 Index') and events ('the Great Exhibition') -> no
entity (GUIDELINES, Types); named sites, works, forges, a public house, a foundry named as a landmark, a street and an
estuary -> Location; country names used before a noun ('a major United Kingdom iron and steel producer', 'the UK
conglomerate', 'Norway-based') -> Location (the country's name, unlike demonyms); demonyms ('Swedish', 'Australian')
-> nothing; unnamed divisions ('its Construction Division', 'the EPC ... part of Aker Solutions') -> no entity.
usage: batch68i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- steel, UK: John Summers & Sons (profilpelajar.com's copy) -----------------------------------------------------
JS = "John Summers & Sons Ltd"
BS = "British Steel Corporation"
WC = "Wolverhampton Corrugated Iron Company"
CF = "Castle Fire Brick"
SI = "Shelton Iron, Steel & Coal Co"
A["wp-john-summers-and-sons"] = dict(
 # the steel maker -> Company 'John Summers & Sons Ltd', alias 'John Summers & Sons' ('John Summers & Sons also
 # bought'); British Steel Corporation, aliases 'British Steel' and 'Corus' ('British Steel became Corus in 1999': the
 # same company renamed, as the text tells it; doubtful: a reader who knows the history would make Corus a company of
 # its own), Tata Steel, the Wolverhampton Corrugated Iron Company, Castle Fire Brick ('the Castle Fire Brick company':
 # the name without the generic 'company') and the Shelton Iron, Steel & Coal Co -> Company; John Summers (alias
 # 'Summers': 'In 1852, Summers moved into'), his sons James, John and Alfred (named by first name only; doubtful) and
 # Henry Hall Summers -> Person; the United Kingdom, the Dee Estuary, Shotton, Flintshire, Bolton, Lancashire, Sandy
 # Bank Iron Forge, Stalybridge, the Globe Works, the Hawarden Bridge Steelworks, Ellesmere Port, Buckley and
 # Stoke-on-Trent -> Location. No entity: the Great Exhibition (an event), 'a Private Limited Company' (a legal form),
 # 'the firm', 'the company', 'this company' (generic), 'a new ironworks' (named just after: the Globe Works), 'the
 # forge', 'new offices', 'the country' (unnamed)
 entities=[E("Company", JS, "John Summers & Sons"), E("Location", "United Kingdom"), E("Location", "Dee Estuary"),
           E("Location", "Shotton"), E("Location", "Flintshire"), E("Company", BS, "British Steel", "Corus"),
           E("Company", "Tata Steel"), E("Person", "John Summers", "Summers"), E("Location", "Bolton"),
           E("Location", "Lancashire"), E("Location", "Sandy Bank Iron Forge"), E("Location", "Stalybridge"),
           E("Location", "Globe Works"), E("Person", "James"), E("Person", "John"), E("Person", "Alfred"),
           E("Person", "Henry Hall Summers"), E("Location", "Hawarden Bridge Steelworks"), E("Company", WC),
           E("Location", "Ellesmere Port"), E("Company", CF), E("Location", "Buckley"), E("Company", SI),
           E("Location", "Stoke-on-Trent")],
 # 'The founder, John Summers' -> founder at John Summers & Sons Ltd (one person named alone). Near-misses: 'Three of
 # his sons, James, John and Alfred, carried on the business, and they were joined by another brother, Henry Hall
 # Summers' -> no role (no title; a reader might give each executive or cofounder of the firm they carried on)
 roles=[R("John Summers", "founder", JS)],
 # 'The company was absorbed into British Steel Corporation in 1967' -> acquired(British Steel Corporation, John
 # Summers & Sons Ltd) only (absorbed into the buyer, as 68c read 'was merged into'; doubtful: a reader might add
 # parentOrganization, the firm's name living on in the lead's past tense 'latterly based'); 'British Steel became
 # Corus in 1999 and this company was taken over by Tata Steel in 2007' -> acquired(Tata Steel, British Steel
 # Corporation) and parentOrganization(British Steel Corporation, Tata Steel) ('this company' read as Corus, the
 # company last named; doubtful: it might be read as John Summers & Sons); 'In 1919 the Wolverhampton Corrugated Iron
 # Company at Ellesmere Port was taken over. John Summers & Sons also bought ...' -> acquired and parentOrganization
 # (the buyer told by 'also bought'); 'bought the Castle Fire Brick company' and 'took over the Shelton Iron, Steel &
 # Coal Co' -> acquired and parentOrganization each; 'This company was Shotton's supplier of pig iron' ->
 # partner(Shelton Iron, Steel & Coal Co, John Summers & Sons Ltd) (a supplier relation, direction as written,
 # 'Shotton's' read as the firm's works at Shotton; doubtful: Shotton is a Location, and a reader might give nothing).
 # Near-misses: 'purchased land near the forge' -> nothing (land, an asset); 'opened the Hawarden Bridge Steelworks' ->
 # nothing (a site)
 relations=[L(BS, "acquired", JS), L("Tata Steel", "acquired", BS), L(BS, "parentOrganization", "Tata Steel"),
            L(JS, "acquired", WC), L(WC, "parentOrganization", JS), L(JS, "acquired", CF),
            L(CF, "parentOrganization", JS), L(JS, "acquired", SI), L(SI, "parentOrganization", JS),
            L(SI, "partner", JS)],
 outages=[],
 # '1967', '1999', '2007', '1822', '1851', '1852', '10 April 1876', '1869', '1896', '1898', '1908', '1909', '1919';
 # 'the next year' (1920 by the text, but relative; `published` null), 'at the age of 54' -> left out
 dates=[D("1967", "1967"), D("1999", "1999"), D("2007", "2007"), D("1822", "1822"), D("1851", "1851"),
        D("1852", "1852"), D("10 April 1876", "1876-04-10"), D("1869", "1869"), D("1896", "1896"),
        D("1898", "1898"), D("1908", "1908"), D("1909", "1909"), D("1919", "1919")])

# ---- engineering, Norway: Kv\u00e6rner (the-uncensored-wiki.com's 2012 Kiwix dump) --------------------------------------
KV = "Kv\u00e6rner"
AK = "Aker Kv\u00e6rner"
GS = "Govan Shipbuilders"
TH = "Trafalgar House"
CL = "Cunard Line"
KG = "Kvaerner Govan"
A["wp-kvaerner"] = dict(
 # the group -> Company 'Kv\u00e6rner' (one entity for the company of 1853-2005 and 'The new Kv\u00e6rner company' of 2011,
 # the text's 'Kv\u00e6rner re-emerged'; doubtful: a reader might make the new company an entity of its own, but one
 # surface form is not given to two entities); Aker ASA, Aker Kv\u00e6rner (alias 'Aker Solutions': 'changed name to Aker
 # Solutions'), the Oslo Stock Exchange, Govan Shipbuilders, British Shipbuilders, G\u00f6taverken, Trafalgar House, the
 # Cunard Line, Carnival Corporation, Kvaerner Govan (spelt so; not made an alias of Govan Shipbuilders, which the text
 # does not say it is; doubtful), BAE Systems, Chemrec, Babcock Borsig and Skanska -> Company; Erik T\u00f8nseth and Kjell
 # Almskog -> Person; Norway ('Norway-based'), Oslo, the UK ('the UK conglomerate') and London -> Location. No entity:
 # 'the EPC (engineering, procurement and construction) part of Aker Solutions', 'its Construction Division'
 # (unnamed parts; doubtful for the capitalised 'Construction Division'), 'Swedish' (a demonym), 'shipping fleet'
 entities=[E("Company", KV), E("Location", "Norway"), E("Company", "Aker ASA"), E("Company", AK, "Aker Solutions"),
           E("Company", "Oslo Stock Exchange"), E("Location", "Oslo"), E("Person", "Erik T\u00f8nseth"),
           E("Company", GS), E("Company", "British Shipbuilders"), E("Company", "G\u00f6taverken"),
           E("Location", "UK"), E("Company", TH), E("Location", "London"), E("Person", "Kjell Almskog"),
           E("Company", CL), E("Company", "Carnival Corporation"), E("Company", KG), E("Company", "BAE Systems"),
           E("Company", "Chemrec"), E("Company", "Babcock Borsig"), E("Company", "Skanska")],
 # 'Erik T\u00f8nseth became CEO of Kv\u00e6rner in 1989' -> ceo at Kv\u00e6rner, current false ('Kjell Almskog became CEO in
 # 1998': a later CEO named; doubtful: no departure word); 'Kjell Almskog became CEO in 1998, and implemented various
 # plans to streamline the company' -> ceo at Kv\u00e6rner (the company of the paragraph), current true (no departure told;
 # doubtful: the company's existence ends in 2005 by the lead)
 roles=[R("Erik T\u00f8nseth", "ceo", KV, False), R("Kjell Almskog", "ceo", KV)],
 # 'acquring the state-owned Govan Shipbuilders from British Shipbuilders' -> acquired(Kv\u00e6rner, Govan Shipbuilders),
 # parentOrganization(Govan Shipbuilders, Kv\u00e6rner) and parentOrganization(Govan Shipbuilders, British Shipbuilders)
 # (the seller; past ownership recorded; doubtful); 'Kv\u00e6rner acquired the Swedish company G\u00f6taverken', 'Kv\u00e6rner
 # acquired the UK conglomerate Trafalgar House' -> acquired and parentOrganization each; 'the Cunard Line (a division
 # of Trafalgar House)' -> parentOrganization(Cunard Line, Trafalgar House); 'the sale of the Cunard Line ... to
 # Carnival Corporation', 'the sale of Kvaerner Govan to BAE Systems', 'the sale of Chemrec to Babcock Borsig' ->
 # acquired and parentOrganization to each buyer (sales carried out under the CEO's plans, told as done); Kvaerner Govan
 # and Chemrec -> also parentOrganization to Kv\u00e6rner (the seller, the company of 'plans to streamline the company';
 # doubtful: the seller is implied, not named); 'the subsidiary Aker Kv\u00e6rner', after 'merged with Aker ASA' ->
 # parentOrganization(Aker Kv\u00e6rner, Aker ASA) (doubtful: the text does not name whose subsidiary). Near-misses:
 # 'merged with Aker ASA' -> nothing (a merger, no buyer told); 'the EPC ... part of Aker Solutions took the Kv\u00e6rner
 # name' and 'The new Kv\u00e6rner company will be spun off' -> nothing (an unnamed part; a spin-off to come); 'listed on
 # the Oslo Stock Exchange' -> nothing; 'sold its Construction Division to the Swedish company Skanska' -> nothing (the
 # division unnamed; a reader taking 'Construction Division' as a name might give acquired to Skanska)
 relations=[L(KV, "acquired", GS), L(GS, "parentOrganization", KV), L(GS, "parentOrganization", "British Shipbuilders"),
            L(KV, "acquired", "G\u00f6taverken"), L("G\u00f6taverken", "parentOrganization", KV),
            L(KV, "acquired", TH), L(TH, "parentOrganization", KV), L(CL, "parentOrganization", TH),
            L("Carnival Corporation", "acquired", CL), L(CL, "parentOrganization", "Carnival Corporation"),
            L("BAE Systems", "acquired", KG), L(KG, "parentOrganization", "BAE Systems"),
            L(KG, "parentOrganization", KV), L("Babcock Borsig", "acquired", "Chemrec"),
            L("Chemrec", "parentOrganization", "Babcock Borsig"), L("Chemrec", "parentOrganization", KV),
            L(AK, "parentOrganization", "Aker ASA")],
 outages=[],
 # '1853', '2005', 'April 3, 2008', '6. May 2011', '3rd quarter of 2011', '1967', '1989', '1992', '1996', '1998',
 # '2001', 'November 2000'; 'the 1990s' (a decade) -> left out
 dates=[D("1853", "1853"), D("2005", "2005"), D("April 3, 2008", "2008-04-03"), D("6. May 2011", "2011-05-06"),
        D("3rd quarter of 2011", "2011-Q3"), D("1967", "1967"), D("1989", "1989"), D("1992", "1992"),
        D("1996", "1996"), D("1998", "1998"), D("2001", "2001"), D("November 2000", "2000-11")])

# ---- insurance, UK: Phoenix Group (en.wikipedia-on-ipfs.org's copy) ------------------------------------------------
PG = "Phoenix Group Holdings"
LA = "Liberty Acquisition Holdings (International) Company"
SLI = "Standard Life Investments"
A["wp-phoenix-group"] = dict(
 # the insurer -> Company 'Phoenix Group Holdings' (the fullest name: 'rebadged as Phoenix Group Holdings'), aliases
 # 'Phoenix Group', 'Pearl Group' ('formerly Pearl Group', 'the Pearl Group was bought'), 'Pearl Loan Company'
 # ('founded in 1857 as The Pearl Loan Company'), 'Pearl Assurance Company' ('changed its name to The Pearl Assurance
 # Company'), 'Pearl' ('Pearl, NPI and London Life were demerged') and 'Phoenix' ('Phoenix completed the acquisition'):
 # one company under its names in turn; the London Stock Exchange (alias 'LSE', 'LSE: PHNX'), AMP ('the Australian
 # insurance group, AMP'), NPI, London Life, Henderson Group, Sun Capital Partners, TDR Capital, Resolution Life,
 # Phoenix Assurance ('its Phoenix Assurance operations'), the Liberty Acquisition Holdings (International) Company,
 # Ignis Asset Management, Standard Life Investments, Standard Life, Standard Life Assurance, Standard Life Aberdeen,
 # ReAssure Group and Swiss Re -> Company; Hugh Osmond and Nicolas Berggruen -> Person; the United Kingdom, the Royal
 # Oak Public House, the Whitechapel Bell Foundry (named as a landmark, 'opposite the Whitechapel Bell Foundry';
 # doubtful: a reader might type it Company), High Holborn ('252 High Holborn') and Peterborough -> Location. No
 # entity: the FTSE 100 Index (an index), 'PHNX' (a ticker), 'the business', 'the combined group' (generic), 'a
 # vehicle' (named just before), 'fellow closed book specialist' (a description)
 entities=[E("Company", PG, "Phoenix Group", "Pearl Group", "Pearl Loan Company", "Pearl Assurance Company", "Pearl",
             "Phoenix"),
           E("Company", "London Stock Exchange", "LSE"), E("Location", "United Kingdom"),
           E("Location", "Royal Oak Public House"), E("Location", "Whitechapel Bell Foundry"),
           E("Location", "High Holborn"), E("Location", "Peterborough"), E("Company", "AMP"), E("Company", "NPI"),
           E("Company", "London Life"), E("Company", "Henderson Group"), E("Company", "Sun Capital Partners"),
           E("Person", "Hugh Osmond"), E("Company", "TDR Capital"), E("Company", "Resolution Life"),
           E("Company", "Phoenix Assurance"), E("Company", LA), E("Person", "Nicolas Berggruen"),
           E("Company", "Ignis Asset Management"), E("Company", SLI), E("Company", "Standard Life"),
           E("Company", "Standard Life Assurance"), E("Company", "Standard Life Aberdeen"),
           E("Company", "ReAssure Group"), E("Company", "Swiss Re")],
 # 'Sun Capital Partners (a business in which Hugh Osmond is a leading partner)' -> executive at Sun Capital Partners,
 # current (a partner of a firm, as batches 22a, 25b and 25c; doubtful: a reader might read a partner-owner and give no
 # role). Near-misses: 'a vehicle controlled by billionaire Nicolas Berggruen' -> no role (control, an owner; no title)
 roles=[R("Hugh Osmond", "executive", "Sun Capital Partners")],
 # 'In 1990, it was acquired by the Australian insurance group, AMP' -> acquired(AMP, Phoenix Group Holdings) and
 # parentOrganization; 'Pearl, NPI and London Life were demerged from AMP to become part of Henderson Group' ->
 # parentOrganization to Henderson Group for each of the three, and parentOrganization(NPI, AMP) and
 # parentOrganization(London Life, AMP) (demerged from AMP: they had been part of it; doubtful); 'the Pearl Group was
 # bought from Henderson Group by Sun Capital Partners ... and TDR Capital' -> acquired and parentOrganization for each
 # of the two joint buyers; 'It acquired Resolution Life in 2008 (including its Phoenix Assurance operations)' ->
 # acquired and parentOrganization, and parentOrganization(Phoenix Assurance, Resolution Life) ('its': Resolution
 # Life's); 'the business was acquired by the Liberty Acquisition Holdings (International) Company ..., which
 # subsequently renamed itself Pearl Group' -> acquired(Liberty Acquisition Holdings (International) Company, Phoenix
 # Group Holdings) only (the buyer took the bought company's name, the two becoming one, so no parent kept; doubtful: a
 # reader might add parentOrganization, or make the Liberty company an alias); 'the business sold Ignis Asset
 # Management to Standard Life Investments, the asset management arm of Standard Life' -> acquired(Standard Life
 # Investments, Ignis Asset Management), parentOrganization(Ignis Asset Management, Standard Life Investments),
 # parentOrganization(Ignis Asset Management, Phoenix Group Holdings) (the seller; past ownership) and
 # parentOrganization(Standard Life Investments, Standard Life); 'Phoenix Group agreed to acquire Standard Life
 # Assurance from Standard Life Aberdeen' -> acquired only (agreed; GUIDELINES, Relations) and parentOrganization(Standard
 # Life Assurance, Standard Life Aberdeen) (the seller); 'Phoenix completed the acquisition of ... ReAssure Group from
 # Swiss Re' -> acquired and parentOrganization, and parentOrganization(ReAssure Group, Swiss Re) (the seller).
 # Near-misses: 'Standard Life Aberdeen retained a stake in the combined group' -> nothing (a stake); 'listed on the
 # London Stock Exchange' -> nothing; Standard Life and Standard Life Aberdeen -> nothing between them (not told)
 relations=[L("AMP", "acquired", PG), L(PG, "parentOrganization", "AMP"), L("NPI", "parentOrganization", "AMP"),
            L("London Life", "parentOrganization", "AMP"), L(PG, "parentOrganization", "Henderson Group"),
            L("NPI", "parentOrganization", "Henderson Group"), L("London Life", "parentOrganization", "Henderson Group"),
            L("Sun Capital Partners", "acquired", PG), L(PG, "parentOrganization", "Sun Capital Partners"),
            L("TDR Capital", "acquired", PG), L(PG, "parentOrganization", "TDR Capital"),
            L(PG, "acquired", "Resolution Life"), L("Resolution Life", "parentOrganization", PG),
            L("Phoenix Assurance", "parentOrganization", "Resolution Life"), L(LA, "acquired", PG),
            L(SLI, "acquired", "Ignis Asset Management"), L("Ignis Asset Management", "parentOrganization", SLI),
            L("Ignis Asset Management", "parentOrganization", PG), L(SLI, "parentOrganization", "Standard Life"),
            L(PG, "acquired", "Standard Life Assurance"),
            L("Standard Life Assurance", "parentOrganization", "Standard Life Aberdeen"),
            L(PG, "acquired", "ReAssure Group"), L("ReAssure Group", "parentOrganization", PG),
            L("ReAssure Group", "parentOrganization", "Swiss Re")],
 outages=[],
 # '1857', '1914', '1989' ('to Peterborough 1989'), '1990', '2003', '2005', '2008', '2009', '2010', 'March 2014',
 # '2018', 'July 2020'
 dates=[D("1857", "1857"), D("1914", "1914"), D("1989", "1989"), D("1990", "1990"), D("2003", "2003"),
        D("2005", "2005"), D("2008", "2008"), D("2009", "2009"), D("2010", "2010"), D("March 2014", "2014-03"),
        D("2018", "2018"), D("July 2020", "2020-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
