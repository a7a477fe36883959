#!/usr/bin/env python3
"""Batch 59a gold annotations (the texts of batch59a.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-58p; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); a day and month without a year in its sentence
('On 6 December', after '2 December 2005' in the sentence before) -> nothing (as GATHERING.md's batches leave days
written without a year when `published` is null); decades ('the 1970s and 1980s'), 'After the war', 'Over the last
year' (inside a quotation), 'at the age of 103 years' and 'a five-year restoration programme' -> nothing; a span of
life years '(1893-1967)' -> its two years, each one item beside the same year written alone (as batches 56f, 58e and
58p); 'Christmas 2006' -> 2006-12-25 (a named day of a stated year; doubtful, said at the item). No text tells an
outage, so every `outages` list is empty; one tells near-misses of one (Clerys' building destroyed in the 1916 Easter
Rising, a physical destruction; the store that 'ceased to trade with immediate effect', a business failure;
GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-58p): a company 'acquired by', 'acquired' (completed)
-> acquired + parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); a takeover
'successfully negotiated' and followed by the target's stores 'converted' -> acquired + parentOrganization (the
brand retired is not the company merged away, as GATHERING.md's Glencore/Xstrata call; doubtful, said at the item);
'X, through Y, for takeover' -> parentOrganization(Y, X) (doubtful); a person who buys a company ('acquired by Richard
Schlagman', 'acquired by Leon Black', 'bought out of receivership ... by Denis Guiney') -> no relation and no role
(acquired needs a Company as buyer; owners hold no post); offers, bids, a management buyout offer later dropped, a
regulator's referral and clearance -> nothing; 'founded ... by A and B', 'founders A and B' -> cofounder each;
'chief executive' -> ceo; 'chairman', 'Chairperson' -> chairman ('continued to be Chairperson until her death' ->
current false); 'Receivers A and B of Firm' -> other at the firm (the title as written with the organisation it
names); 'appointed joint provisional liquidators to Company' -> other at that company (as batch 53a's 'Receiver for');
authors, painters and a person 'also involved in the business' -> no role; a company's former name ('opened ... X',
'renamed by') and the company it trades as ('X trading as Clerys') -> aliases (GUIDELINES, Types; doubtful), a
street's former name ('in what was then Sackville Street') -> alias of the street; a magazine (Cahiers du cinéma) ->
Company (GUIDELINES, Types: news organisations and magazines); book titles and book series ('The Story of Art', 'Il
cucchiaio d'argento (The Silver Spoon)', 'the Arts and Letters series', 'The Contemporary Artists Series') -> no
entity (works, as GATHERING.md's rounds leave a book title out); events ('the 1916 Easter Rising', 'the war') -> no
entity; a named site (Windsor Castle) -> Location; honorifics dropped from names ('Dr Bela Horovitz' -> Bela
Horovitz); demonyms and language names ('Italian', 'French', 'German', 'English-language') -> nothing.
usage: batch59a_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail/books, UK: Ottakar's (the 'Takeover' section) ------------------------------------------------------------
OT = "Ottakar's"
HMV = "HMV Group plc"
WS = "Waterstone's"
PD = "Philip Dunne"
A["wp-ottakars"] = dict(
 # the chain -> Company "Ottakar's" ('the Ottakar's group' the same; "A combined Waterstone's and Ottakar's business"
 # the same name); HMV Group plc -> Company, aliases 'HMV Group' and 'HMV' ('a higher offer was made by HMV', 'the HMV
 # bid', 'HMV chief executive'); Waterstone's, Phoenix Equity Partners ('private equity firm') -> Company; the Office
 # of Fair Trading (alias 'OFT', 'the OFT referred the case'), the Competition Commission -> Organization (regulators);
 # James Heneage, Philip Dunne, Alan Giles -> Person. No entity: 'The Commission' and 'they' (the Competition
 # Commission again, a generic head noun with 'the'; doubtful: a reader might alias 'Commission'), 'the owners',
 # "Ottakar's independent directors" (unnamed), 'the supermarkets', 'online retailers', 'specialist booksellers'
 # (generic). No location is named
 entities=[E("Company", OT), E("Company", HMV, "HMV Group", "HMV"), E("Person", "James Heneage"), E("Person", PD),
           E("Company", "Phoenix Equity Partners"), E("Organization", "Office of Fair Trading", "OFT"),
           E("Company", WS), E("Organization", "Competition Commission"), E("Person", "Alan Giles")],
 # 'the owners of Ottakar's (founders James Heneage and Philip Dunne ...)' -> cofounder each at Ottakar's (two founders
 # named), current true; "Ottakar's chairman Philip Dunne said" -> chairman at Ottakar's, current true (said at the
 # takeover; nothing in the text ends it, though the chain ended by Christmas 2006; a reader might give current false
 # from 'meaning the end of Ottakar's'); 'HMV chief executive Alan Giles said in a statement' -> ceo at HMV Group plc
 # ('HMV' an alias), current true. Near-misses: 'the owners of Ottakar's' -> no role (owners hold no post); "Ottakar's
 # independent directors" -> no role (no one named); 'private equity firm Phoenix Equity Partners' -> no role
 roles=[R("James Heneage", "cofounder", OT), R(PD, "cofounder", OT), R(PD, "chairman", OT),
        R("Alan Giles", "ceo", HMV)],
 # "Waterstone's then announced that it had successfully negotiated a takeover of Ottakar's on May 31, 2006" with 'By
 # Christmas 2006, all stores were converted, meaning the end of Ottakar's' -> acquired + parentOrganization(Ottakar's,
 # Waterstone's) (doubtful twice: 'negotiated' alone could be read as agreed, not completed, but the stores' conversion
 # tells the deal done; and 'the end of Ottakar's' could be read as the target merged away (acquired only), but the
 # text tells a brand retired, the stores converted, as GATHERING.md's Glencore/Xstrata call; a reader might give
 # acquired alone); 'The Competition Commission provisionally cleared HMV Group, through Waterstone's, for takeover' ->
 # parentOrganization(Waterstone's, HMV Group plc) (doubtful: 'through' makes Waterstone's the group's vehicle; the text
 # never writes 'subsidiary'; a reader might leave it out). Near-misses: HMV Group plc as a second buyer -> no acquired
 # (the text names Waterstone's as the one that took Ottakar's over, 'the buyout of Ottakar's by Waterstone's'; a
 # reader might give acquired(HMV Group plc, Ottakar's) from 'the HMV bid'); 'founders ... backed by private equity
 # firm Phoenix Equity Partners) made a management buyout offer' -> no acquired and no partner (an offer, overtaken by
 # HMV's; the backing was of two persons' offer, not a relation between two organisations); 'a higher offer was made
 # by HMV' -> no second item (the same deal); 'the OFT referred the case to the Competition Commission' -> nothing (a
 # regulator's step; no parent or partner); 'A combined Waterstone's and Ottakar's business' -> no partner (the same
 # takeover)
 relations=[L(WS, "acquired", OT), L(OT, "parentOrganization", WS), L(WS, "parentOrganization", HMV)],
 outages=[],
 # 'August 2005', '2 December 2005', 'March 30, 2006', 'May 31, 2006', 'Christmas 2006' (-> 2006-12-25: Christmas Day
 # of the stated year; doubtful: 'By Christmas' is loose, and a reader might give the month, 2006-12); 'On 6 December'
 # (no year in its sentence), 'Over the last year' (in Dunne's quotation; relative) -> left out
 dates=[D("August 2005", "2005-08"), D("2 December 2005", "2005-12-02"), D("March 30, 2006", "2006-03-30"),
        D("May 31, 2006", "2006-05-31"), D("Christmas 2006", "2006-12-25")])

# ---- publishing, UK: Phaidon Press (the 'Company History' section) ---------------------------------------------------
PH = "Phaidon"
EB = "Encyclop\u00e6dia Britannica, Inc."
CC = "Cahiers du cin\u00e9ma"
A["wp-phaidon-press"] = dict(
 # the publisher -> Company 'Phaidon' (the text's only form of the name, 'Phaidon's' with it; 'Phaidon Press' is in
 # the title only, not in the text, so no alias of it; 'the company' generic); Encyclopædia Britannica, Inc. ->
 # Company; Cahiers du cinéma ('the film magazine') -> Company (a magazine; GUIDELINES, Types); Bela Horovitz ('Dr'
 # dropped), Ludwig Goldscheider, Van Gogh, Botticelli (painters, 'plates on Van Gogh, Botticelli'; named people; GUIDELINES
 # part 1: every named Person), Ernst Gombrich, Richard Schlagman, Leon Black -> Person;
 # Vienna, Austria, England, Windsor Castle (a named site: 'the royal collection at Windsor Castle') -> Location. No
 # entity: 'the French Impressionists' (a school of painters, no one named), 'The Nazi's annexation' (no party named
 # as an organisation), the book titles 'The Story of Art' and 'Il cucchiaio d'argento (The Silver Spoon)', the series
 # 'the Arts and Letters series' and "Phaidon's The Contemporary Artists Series" (works and book series; a reader might
 # make the series a Service of Phaidon), 'the royal collection' (no owner named)
 entities=[E("Company", PH), E("Location", "Vienna"), E("Location", "Austria"), E("Person", "Bela Horovitz"),
           E("Person", "Ludwig Goldscheider"), E("Person", "Van Gogh"), E("Person", "Botticelli"),
           E("Location", "England"), E("Location", "Windsor Castle"), E("Person", "Ernst Gombrich"),
           E("Company", EB), E("Person", "Richard Schlagman"), E("Company", CC), E("Person", "Leon Black")],
 # 'Phaidon was founded in Vienna, Austria, in 1923 by Dr Bela Horovitz and Ludwig Goldscheider' -> cofounder each at
 # Phaidon (two founders named), current true (nothing in the text ends either's part). Near-misses: 'The Story of Art,
 # a one volume survey of the history of art by Ernst Gombrich' -> no role (an author published by Phaidon, no post);
 # 'acquired by Richard Schlagman in 1990', 'acquired by Leon Black' -> no role (owners hold no post; a reader might
 # give Schlagman head or chairman, which the text does not write); Van Gogh and Botticelli -> no role
 roles=[R("Bela Horovitz", "cofounder", PH), R("Ludwig Goldscheider", "cofounder", PH)],
 # 'In 1967, Phaidon was acquired by Encyclopædia Britannica, Inc.' -> acquired + parentOrganization(Phaidon,
 # Encyclopædia Britannica, Inc.) (kept though the next sentence has ownership change again: relations carry no time);
 # 'In 2009, Phaidon acquired the film magazine Cahiers du cinéma' -> acquired + parentOrganization(Cahiers du cinéma,
 # Phaidon). Near-misses: 'before being acquired by Richard Schlagman in 1990' and 'the company was acquired by Leon
 # Black' -> no acquired (the buyers are persons; acquired needs a Company as buyer, as batch 58p's 'Gieve purchased the
 # remaining shares'); 'The company changed ownership several times in the 1970s and 1980s' -> nothing (no owner
 # named); 'Phaidon published The Story of Art ... by Ernst Gombrich' -> nothing (a book, no second organisation);
 # 'publishing their English translation of the Italian Il cucchiaio d'argento' -> no partner (no publisher of the
 # original named); 'forced the company to move to England' -> nothing
 relations=[L(EB, "acquired", PH), L(PH, "parentOrganization", EB), L(PH, "acquired", CC),
            L(CC, "parentOrganization", PH)],
 outages=[],
 # '1923', '1936', '1950', '1967', '1990', '1995', '2006', '2009', '2012'; 'the 1970s and 1980s' (decades), 'After the
 # war', 'Since its first publication' -> left out
 dates=[D("1923", "1923"), D("1936", "1936"), D("1950", "1950"), D("1967", "1967"), D("1990", "1990"),
        D("1995", "1995"), D("2006", "2006"), D("2009", "2009"), D("2012", "2012")])

# ---- retail, Ireland: Clerys ------------------------------------------------------------------------------------------
CL = "Clerys"
OC = "O'Connell Street"
A["wp-clerys"] = dict(
 # the store's business -> Company 'Clerys', aliases 'The New or Palatial Mart' (the name it opened under in 1853:
 # 'The history of Clerys began ... when Mac Swiney, Delany and Co. opened ‘The New or Palatial Mart'', renamed in
 # 1883; a former name, GUIDELINES, Types; doubtful: a reader might take it for a shop name of another business) and
 # 'OSC Operations Limited' (the company 'trading as Clerys'; doubtful: the text uses 'Clerys' for the business across
 # its owners, and the operating company of 2015 trades under that name, so one Company with the company's name as an
 # alias; a reader might keep OSC Operations Limited apart as Clerys' operator); Mac Swiney, Delany and Co. (the firm
 # that opened the store), Craig Gardner & Co. ('The receivers were'), Grant Thornton -> Company; M. J. Clery,
 # William Martin Murphy, Denis Guiney, Mary Leahy ('his widow (née Mary Leahy)'), Paul McCann, Michael McAteer,
 # Kieran Wallace, Eamonn Richardson -> Person; O'Connell Street (alias 'Sackville Street': 'on the site of the present
 # store in what was then Sackville Street', the street's former name; doubtful), Dublin, Ireland, Bulgaden, Co.
 # Limerick -> Location. No entity: 'the 1916 Easter Rising' (an event), 'the building', 'the premises', 'A renovation
 # project' and 'a new proposed rooftop destination' (unnamed), 'the "Company"' (a defined term), 'Chairperson' (a
 # post)
 entities=[E("Company", CL, "The New or Palatial Mart", "OSC Operations Limited"), E("Location", OC, "Sackville Street"),
           E("Location", "Dublin"), E("Location", "Ireland"), E("Company", "Mac Swiney, Delany and Co."),
           E("Person", "M. J. Clery"), E("Location", "Bulgaden"), E("Location", "Co. Limerick"),
           E("Person", "William Martin Murphy"), E("Person", "Denis Guiney"), E("Company", "Craig Gardner & Co."),
           E("Person", "Mary Leahy"), E("Person", "Paul McCann"), E("Person", "Michael McAteer"),
           E("Company", "Grant Thornton"), E("Person", "Kieran Wallace"), E("Person", "Eamonn Richardson")],
 # 'his widow (née Mary Leahy), continued to be Chairperson until her death on 23 August 2004' -> chairman at Clerys
 # ('Chairperson' of the business the paragraph is about), current false (the post ended with her death); 'Receivers
 # Paul McCann and Michael McAteer of Grant Thornton' -> other at Grant Thornton each (the title as written with the
 # firm it names; current true; doubtful: they act as receivers over Clerys, so a reader might give other at Clerys
 # instead, as batch 53a's 'Receiver for' an estate); 'Kieran Wallace and Eamonn Richardson were appointed joint
 # provisional liquidators to OSC Operations Limited ... trading as Clerys' -> other at Clerys each (the company's
 # name an alias of Clerys; 'appointed ... to' a company, as batch 53a), current true (nothing ends the appointment).
 # Near-misses: 'the premises was taken over and renamed by M. J. Clery' -> no role (a person taking over a business,
 # no post named; doubtful: the cut infobox calls him founder, and a reader might give founder or head, as batch 58e's
 # 'took over' -> head; here the object is 'the premises', a purchase); 'William Martin Murphy was also involved in the
 # business' -> no role (no post); 'bought out of receivership in 1941 by Denis Guiney' -> no role (an owner; 'his
 # widow ... continued to be Chairperson' does not say he chaired it; a reader might give him chairman); 'The
 # receivers were Craig Gardner & Co.' -> no role (a firm, no person)
 roles=[R("Mary Leahy", "chairman", CL, False), R("Paul McCann", "other", "Grant Thornton"),
        R("Michael McAteer", "other", "Grant Thornton"), R("Kieran Wallace", "other", CL),
        R("Eamonn Richardson", "other", CL)],
 # No relation. Near-misses: 'Mac Swiney, Delany and Co. opened ‘The New or Palatial Mart'' -> no parentOrganization
 # (a firm opening a store that the text then tells as Clerys' beginning; no ownership word, and the firm's part ends
 # with the take-over of 1883; a reader might give parentOrganization(Clerys, Mac Swiney, Delany and Co.)); 'bought out
 # of receivership in 1941 by Denis Guiney' -> no acquired (a person buyer); 'The receivers were Craig Gardner & Co.'
 # and 'Receivers ... of Grant Thornton' -> no partner (receivers appointed over a company, not a contract the text
 # tells between two organisations; a reader might give partner or provider); 'joint provisional liquidators to OSC
 # Operations Limited' -> nothing (persons); 'placed into receivership', 'ceased to trade' -> nothing
 relations=[],
 # near-misses: 'having been completely destroyed in the 1916 Easter Rising' -> no outage (a physical destruction in a
 # rising; no service told lost); 'The company ceased to trade with immediate effect' -> no outage (a business failure;
 # GUIDELINES, Outages)
 outages=[],
 # '1853' (and 'May 1853'), '1922', '1916', '2004' (and '23 August 2004'), '1883', '1896' ('(d. 1896)'), '1941',
 # '1893' and '1967' (of '(1893-1967)'; '1967' also alone, one item), '17 September 2012', '12 June 2015'; 'a
 # five-year restoration programme', 'at the age of 103 years' -> left out
 dates=[D("1853", "1853"), D("1922", "1922"), D("1916", "1916"), D("2004", "2004"), D("May 1853", "1853-05"),
        D("1883", "1883"), D("1896", "1896"), D("1941", "1941"), D("1893", "1893"), D("1967", "1967"),
        D("23 August 2004", "2004-08-23"), D("17 September 2012", "2012-09-17"), D("12 June 2015", "2015-06-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
