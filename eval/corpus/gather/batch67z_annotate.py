#!/usr/bin/env python3
"""Batch 67z gold annotations (the texts of batch67z.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-67x; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year range in parentheses ('(1826-1902)',
'(1834-1906)') or 'from 1946 to 1963' -> each year its own item, listed once however often it recurs; 'July 1994',
'January 1995' -> the months; 'January 11, 1949' -> the day; 'built in 1906-08' -> '1906' only (the '08' is not a
year as written; doubtful); 'in April' (a month with no year, `published` null), 'in its early years', 'subsequently',
'21-year-old' (an age) -> nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of
one (a founding, renamings, mergers, acquisitions, a bank's failure, a hostile takeover attempt and a store's renaming
are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67x): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding or opening a company -> `founder` ('founded as Doubleday &
McClure Company in 1897 by Frank Nelson Doubleday'; 'a dry goods store opened ... in 1852 by Potter Palmer,
eponymously named P. Palmer & Company'), the text's own 'co-founder' -> `cofounder` ('company co-founder ... Walter
Hines Page'); founders current true; posts told in the past with an end ('was president from 1946 to 1963', 'resigned
as president', 'continued as chairman of the board until his death', 'later served as a vice-president') -> current
false; a post taken with no end told ('became president of the company', 'where he is now CEO') -> current true;
partners of a partnership with no post ('formed a partnership with', 'joined as a new partner', 'junior partners',
'senior partner'), an employee with no title ('found work at'), a bookkeeper, kin ('the founder's son', 'son-in-law')
and an ambassador's post (the corpus's convention: no role) -> no role; completed purchases ('it bought the New York
Mets baseball team', 'sold the publishing company to Bertelsmann', 'was acquired by Washington Mutual', 'acquired by
Macy's, Inc.') -> `acquired` and parentOrganization (GUIDELINES, Relations); a completed acquisition the text then
calls a merger into 'a newly combined company' -> `acquired` only (the target merged away, as batches 64h-67x kept
'merged into' as acquired alone; doubtful); 'X merged with Y, creating Z' and a 'merger of equals' announced and
called off -> nothing (no buyer told; an abandoned deal); a hostile takeover attempt -> nothing (an offer); 'X with
its Y subsidiary' -> parentOrganization; former and later names of one company -> aliases (GUIDELINES, Types:
'became Doubleday, Page & Company', 'the company became Doubleday and Company', 'originally the Dime Savings Bank of
Brooklyn', 'then known as Cooley, Farwell & Company', 'was renamed Farwell, Field & Company'); a sports team ->
Organization (GUIDELINES, Types); a named building or store site and a named district -> Location (named sites,
GUIDELINES, Types); street addresses and streets ('9 DeKalb Avenue', '137 Lake Street', 'State Street', 'Franklin
Avenue', 'Fourth Street') -> nothing (as batches 66b and 66h's addresses); a book's title and a war -> nothing.
usage: batch67z_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- banking, US: Dime Savings Bank of New York ---------------------------------------------------------------------
DIME = "Dime Savings Bank of New York"
DB = "Dime Bancorp"
WM = "Washington Mutual"
JPM = "JPMorgan Chase"
AB = "Anchor Bancorp"
ASB = "Anchor Savings Bank, FSB"
A["wp-dime-savings-bank-of-new-york"] = dict(
 # the bank -> Company 'Dime Savings Bank of New York', aliases 'Dime Savings Bank of Brooklyn' (the text's own
 # 'originally': a former name, GUIDELINES, Types) and 'Dime' ('Dime was acquired by Washington Mutual', 'all former
 # Dime assets'); Dime Bancorp -> its own Company (the party to the Anchor purchase and the Hudson United merger; the
 # text never says what it is to the bank; doubtful: a reader might fold it into the bank as one more name, as the
 # cut infobox's 'Dime Bancorp, Inc. / Dime Savings Bank of New York' does, or read the later bare 'Dime' ('a hostile
 # takeover attempt of Dime', 'Dime and Hudson United decided') as Dime Bancorp; the surface 'Dime' is given to the
 # bank, the lead's subject, once); Washington Mutual, JPMorgan Chase, Anchor Bancorp, Anchor Savings Bank, FSB ('its
 # Anchor Savings Bank, FSB subsidiary', the name with its comma as written), Hudson United Bancorp (alias 'Hudson
 # United') and North Fork Bancorporation (alias 'North Fork') -> Company; Brooklyn, New York City, Downtown Brooklyn,
 # Hewlett ('the Hewlett, New York-based Anchor Bancorp'), New York (the state: 'Hewlett, New York', '76 branches in
 # New York'), New Jersey and Florida -> Location. No entity: '9 DeKalb Avenue' (a street address); 'a newly combined
 # company' (unnamed); the cut infobox's 'Dime Bancorp, Inc.' and 'January 8, 2002' (not in the text)
 entities=[E("Company", DIME, "Dime Savings Bank of Brooklyn", "Dime"), E("Location", "Brooklyn"),
           E("Location", "New York City"), E("Location", "Downtown Brooklyn"), E("Company", WM), E("Company", JPM),
           E("Company", DB), E("Location", "Hewlett"), E("Location", "New York"), E("Company", AB),
           E("Company", ASB), E("Location", "New Jersey"), E("Location", "Florida"),
           E("Company", "Hudson United Bancorp", "Hudson United"),
           E("Company", "North Fork Bancorporation", "North Fork")],
 # no person is named, so no role
 roles=[],
 # 'Dime was acquired by Washington Mutual in 2002' -> acquired(Washington Mutual, the bank) and
 # parentOrganization(the bank, Washington Mutual) (a completed purchase, GUIDELINES, Relations); 'Washington Mutual
 # ..., which subsequently failed in 2008 and was acquired by JPMorgan Chase' -> acquired(JPMorgan Chase, Washington
 # Mutual) and parentOrganization(Washington Mutual, JPMorgan Chase) (the text's words; a reader who knows the FDIC's
 # sale of the bank's assets might give less, which the text does not tell); 'Dime Bancorp announced the pending
 # acquisition of ... Anchor Bancorp ... The acquisition was completed in January 1995. The merger resulted in a newly
 # combined company' -> acquired(Dime Bancorp, Anchor Bancorp) only (completed, then told as merged into a combined
 # company: the target merged away; doubtful: a reader might add parentOrganization(Anchor Bancorp, Dime Bancorp) as
 # for any completed purchase); 'Anchor Bancorp with its Anchor Savings Bank, FSB subsidiary' ->
 # parentOrganization(Anchor Savings Bank, FSB, Anchor Bancorp). Near-misses, no relation: 'Hudson United Bancorp and
 # Dime Bancorp announced a merger of equals' (a merger with no buyer, then called off: 'decided to terminate their
 # merger agreement'); 'North Fork Bancorporation initiated a hostile takeover attempt of Dime' (an attempt, an offer:
 # nothing); 'JPMorgan Chase, which currently owns all former Dime assets' (assets: no parentOrganization of the Dime
 # bank to JPMorgan Chase; a reader might chain one); 'The merger resulted in a newly combined company with 76
 # branches' (unnamed, no entity)
 relations=[L(WM, "acquired", DIME), L(DIME, "parentOrganization", WM), L(JPM, "acquired", WM),
            L(WM, "parentOrganization", JPM), L(DB, "acquired", AB), L(ASB, "parentOrganization", AB)],
 outages=[],
 # 'from 1859 to 2002' and 'in 2002' ('2002' one item), 'built in 1906-08' -> '1906' (doubtful: the range's end is
 # written '08', not a year a reader can list as written), 'in 2008', 'In July 1994', 'in January 1995', 'In September
 # 1999', 'in March 2000' -> the years and months. No date: 'in April' (no year written; `published` null, though the
 # reader knows it is April 2000); 'subsequently', 'currently' (relative)
 dates=[D("1859", "1859"), D("2002", "2002"), D("1906", "1906"), D("2008", "2008"), D("July 1994", "1994-07"),
        D("January 1995", "1995-01"), D("September 1999", "1999-09"), D("March 2000", "2000-03")])

# ---- publishing, US: Doubleday --------------------------------------------------------------------------------------
DD = "Doubleday & McClure Company"
FND = "Frank Nelson Doubleday"
WHP = "Walter Hines Page"
ND = "Nelson Doubleday"
JS = "John Sargent"
A["wp-doubleday-publisher"] = dict(
 # the publisher -> Company 'Doubleday & McClure Company' (the fullest name the text gives it, its founding name),
 # aliases its later names as the text gives them (GUIDELINES, Types): 'Doubleday, Page & Company' ('the company
 # became'), 'Doubleday, Page, and Co.' (the same name written otherwise), 'Doubleday, Doran' ('creating Doubleday,
 # Doran': the company's name after the merger of 1927, read as the same company going on, since 'In 1946, the company
 # became Doubleday and Company'; doubtful: a reader might make it a new company), 'Doubleday and Company' and
 # 'Doubleday' ('Doubleday merged with', 'Doubleday was the largest publisher', 'The Doubleday company'; doubtful:
 # "Doubleday's son-in-law John Sargent" and 'Doubleday sold the publishing company' use the name for a person or the
 # family, the surface given to the company once); the George H. Doran Company, the Macmillan Company and Bertelsmann
 # -> Company; the New York Mets ('the New York Mets baseball team') -> Organization (a sports team, GUIDELINES,
 # Types); Frank Nelson Doubleday, Samuel McClure, Rudyard Kipling, W. Somerset Maugham, Joseph Conrad, Theodore
 # Roosevelt, Jr. (as written, with the comma), Walter Hines Page, Nelson Doubleday, Douglas Black, John Sargent, John
 # Turner Sargent, Jr. and Nelson Doubleday, Jr. -> Person; Garden City, Great Britain and the US ('the largest
 # publisher in the US') -> Location. No entity: 'The Day's Work' (a book's title); 'Franklin Avenue', 'Fourth Street'
 # (streets); 'the English-speaking world' (no place named); 'the publishing division' (unnamed); 'his son' (unnamed);
 # the cut sentence's Bantam Doubleday Dell (not in the text)
 entities=[E("Company", DD, "Doubleday, Page & Company", "Doubleday, Page, and Co.", "Doubleday, Doran",
             "Doubleday and Company", "Doubleday"),
           E("Person", FND), E("Person", "Samuel McClure"), E("Person", "Rudyard Kipling"),
           E("Person", "W. Somerset Maugham"), E("Person", "Joseph Conrad"), E("Person", "Theodore Roosevelt, Jr."),
           E("Person", WHP), E("Person", ND), E("Location", "Garden City"), E("Location", "Great Britain"),
           E("Company", "George H. Doran Company"), E("Person", "Douglas Black"), E("Location", "US"),
           E("Person", JS), E("Person", "John Turner Sargent, Jr."), E("Company", "Macmillan Company"),
           E("Person", "Nelson Doubleday, Jr."), E("Organization", "New York Mets"), E("Company", "Bertelsmann")],
 # 'The firm was founded as Doubleday & McClure Company in 1897 by Frank Nelson Doubleday' -> founder (one person
 # named as founding it; 'the founder's son' agrees), current true; 'company co-founder ... Walter Hines Page' ->
 # cofounder (the text's own word, GUIDELINES, Roles, 'Founders'), current true; 'Theodore Roosevelt, Jr. later served
 # as a vice-president of the company' -> vice-president, current false (a post told in the past); 'Nelson Doubleday
 # resigned as president, but continued as chairman of the board until his death' -> president and chairman, both
 # current false; 'Douglas Black took over and was president from 1946 to 1963' -> president, current false; 'John
 # Sargent was president and CEO from 1963 to 1978 ... He was chairman from 1978 to 1985' -> president, ceo and
 # chairman, all current false; 'John Turner Sargent, Jr. later moved to the Macmillan Company, where he is now CEO'
 # -> ceo at the Macmillan Company, current true (the text's 'now'); 'In 1978 Nelson Doubleday, Jr. became president
 # of the company' -> president, current true (no end told; doubtful: the text is a history and a reader might call
 # it past). Near-misses, no role: 'who had formed a partnership with the magazine publisher Samuel McClure' (a
 # partner and an occupation with no organisation; the company bears his name, but the text makes Doubleday alone its
 # founder: no cofounder for McClure; a reader might give one); 'when Walter Hines Page joined as a new partner' (a
 # partner, no post; his cofounder role comes from 'co-founder'); 'was named Ambassador to Great Britain' (an
 # ambassador: no role, the corpus's convention); 'and after that chairman of the executive committee' (a board
 # committee's chair: no further role beside his chairman role; a reader might give executive); "the founder's son,
 # Nelson Doubleday, joined the firm" (kin; joining with no post); 'his son was a business associate in the
 # publishing division' (unnamed); 'estate homes were built for many of its executives' (unnamed); the authors
 # (published by the company: no post)
 roles=[R(FND, "founder", DD), R(WHP, "cofounder", DD), R("Theodore Roosevelt, Jr.", "vice-president", DD, False),
        R(ND, "president", DD, False), R(ND, "chairman", DD, False), R("Douglas Black", "president", DD, False),
        R(JS, "president", DD, False), R(JS, "ceo", DD, False), R(JS, "chairman", DD, False),
        R("John Turner Sargent, Jr.", "ceo", "Macmillan Company"), R("Nelson Doubleday, Jr.", "president", DD)],
 # 'In 1980, it bought the New York Mets baseball team' ('it' the company of the sentence before) ->
 # acquired(the company, New York Mets) and parentOrganization(New York Mets, the company) (a completed purchase,
 # GUIDELINES, Relations); 'Doubleday sold the publishing company to Bertelsmann in 1986' -> acquired(Bertelsmann, the
 # company) and parentOrganization(the company, Bertelsmann). Near-misses, no relation: 'In 1927, Doubleday merged
 # with the George H. Doran Company, creating Doubleday, Doran' (a merger where the text does not say who buys whom:
 # nothing, GUIDELINES, Relations; a reader might give acquired from the new name's order); 'The Doubleday company
 # purchased much of the land on the west side of Franklin Avenue' (land: an asset purchase, nothing); 'His son John
 # Turner Sargent, Jr. later moved to the Macmillan Company' (a person's move: no link between the two publishers);
 # 'Other authors published by the company' (authors, not organisations: no partner)
 relations=[L(DD, "acquired", "New York Mets"), L("New York Mets", "parentOrganization", DD),
            L("Bertelsmann", "acquired", DD), L(DD, "parentOrganization", "Bertelsmann")],
 outages=[],
 # 'in 1897', 'In 1900', 'In 1922', 'In 1910', 'In 1916', 'In 1927', 'In 1946' with 'from 1946 to 1963' ('1946' one
 # item), 'January 11, 1949' (the day), '1963' (in 'to 1963' and 'from 1963', one item), 'By 1947', '1978' (in 'to
 # 1978', 'from 1978' and 'In 1978', one item), '1985', 'In 1980', 'in 1986' -> the years and the day. No date: 'in
 # its early years', 'later' (relative; `published` null)
 dates=[D("1897", "1897"), D("1900", "1900"), D("1922", "1922"), D("1910", "1910"), D("1916", "1916"),
        D("1927", "1927"), D("1946", "1946"), D("January 11, 1949", "1949-01-11"), D("1963", "1963"),
        D("1947", "1947"), D("1978", "1978"), D("1985", "1985"), D("1980", "1980"), D("1986", "1986")])

# ---- retail, US: Marshall Field's -----------------------------------------------------------------------------------
MFC = "Marshall Field & Company"
MAC = "Macy's, Inc."
PP = "Potter Palmer"
CW = "Cooley, Wadsworth & Company"
A["wp-marshall-field-and-company"] = dict(
 # the store chain -> Company 'Marshall Field & Company', alias "Marshall Field's" (the text's 'commonly known as');
 # Macy's, Inc. -> Company, alias "Macy's" ("four national Macy's flagship stores": the chain's own name, read as the
 # company; doubtful: a reader might make it a Service or leave it out); P. Palmer & Company -> Company (a store given
 # its owner's name, 'eponymously named'); the firm Marshall Field joined -> Company 'Cooley, Wadsworth & Company',
 # aliases 'Cooley, Farwell & Company' ('the firm, then known as') and 'Farwell, Field & Company' ('the firm ... was
 # renamed'), one firm under three names (GUIDELINES, Types); the flagship -> Location 'Marshall Field and Company
 # Building', alias "Macy's on State Street" ('was officially renamed': the same building under its new name; a named
 # site, GUIDELINES, Types; doubtful: a reader might leave the building out or make the renamed store a Company);
 # Chicago, Illinois, the Loop ('the Loop of downtown Chicago', a named district), Lake Michigan, Pittsfield and
 # Massachusetts -> Location; Potter Palmer, Marshall Field (alias 'Field', 'Field and Leiter'), Levi Z. Leiter (alias
 # 'Leiter') and John V. Farwell, Sr. (as written, with its commas; alias 'Farwell', 'the partnership with Farwell')
 # -> Person. No entity: 'State Street', '137 Lake Street' (a street and a street address); 'the American Civil War'
 # (an event); the cut infobox's Bloomingdale's, Federated Department Stores, The May Department Stores Company, Target
 # Corporation, Batus Inc., Harry Gordon Selfridge and John G. Shedd (not in the text)
 entities=[E("Company", MFC, "Marshall Field's"), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Company", MAC, "Macy's"), E("Location", "Marshall Field and Company Building", "Macy's on State Street"),
           E("Location", "Loop"), E("Person", PP), E("Company", "P. Palmer & Company"),
           E("Person", "Marshall Field", "Field"), E("Location", "Lake Michigan"), E("Location", "Pittsfield"),
           E("Location", "Massachusetts"), E("Company", CW, "Cooley, Farwell & Company", "Farwell, Field & Company"),
           E("Person", "Levi Z. Leiter", "Leiter"), E("Person", "John V. Farwell, Sr.", "Farwell")],
 # 'a dry goods store opened at 137 Lake Street in Chicago, Illinois in 1852 by Potter Palmer, ..., eponymously named
 # P. Palmer & Company' -> founder at P. Palmer & Company (one person named alone as opening the business, GUIDELINES,
 # Roles, 'Founders'; doubtful: 'opened' is not 'founded', and a reader might give no role), current true.
 # Near-misses, no role: 'Marshall Field & Company traces its antecedents to a dry goods store opened ... by Potter
 # Palmer' (no founder of Marshall Field & Company: the text tells an antecedent, not its founding; and Marshall Field
 # is not told as founding it, though it bears his name — a reader might give him founder); 'found work at the
 # city's then-largest dry goods firm' (an employee, no title); 'Field and bookkeeper Levi Z. Leiter, ..., became
 # junior partners in the firm' (partners; a bookkeeper is no title of the vocabulary); 'the firm, then led by senior
 # partner John V. Farwell, Sr.' (a partner leading a partnership: no post of the vocabulary; a reader might give head
 # or other, current false)
 roles=[R(PP, "founder", "P. Palmer & Company")],
 # 'before being acquired by Macy's, Inc. in 2005' -> acquired(Macy's, Inc., Marshall Field & Company) and
 # parentOrganization(Marshall Field & Company, Macy's, Inc.) (a completed purchase, GUIDELINES, Relations).
 # Near-misses, no relation: 'traces its antecedents to ... P. Palmer & Company' (no purchase or parent link told in
 # the kept text; the cut paragraph tells Field and Leiter's entry); 'the flagship ... was officially renamed Macy's
 # on State Street' (a renaming of a building: no acquired, and no link of a site, GUIDELINES, Types); 'to soon
 # withdraw from the partnership with Farwell' (people leaving a partnership: no partner relation between
 # organisations)
 relations=[L(MAC, "acquired", MFC), L(MFC, "parentOrganization", MAC)],
 outages=[],
 # 'in 2005', 'in 2006', 'in 1852', '(1826-1902)' ('1826', '1902'), 'In 1856', '(1834-1906)' and '(1834-1904)' ('1834'
 # one item, '1906', '1904'), 'in 1860', 'In 1864', '(1825-1908)' ('1825', '1908') -> the years. No date: '21-year-old'
 # (an age); 'Just prior to the American Civil War' (an event); 'then', 'soon' (relative)
 dates=[D("2005", "2005"), D("2006", "2006"), D("1852", "1852"), D("1826", "1826"), D("1902", "1902"),
        D("1856", "1856"), D("1834", "1834"), D("1906", "1906"), D("1860", "1860"), D("1904", "1904"),
        D("1864", "1864"), D("1825", "1825"), D("1908", "1908")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
