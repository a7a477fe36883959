#!/usr/bin/env python3
"""Batch 55f gold annotations (the texts of batch55f.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'In the 1970s', 'In the 1990s', 'since the 1990s' (decades, no calendar value in
the corpus's use, as batch 40za left them), 'The next year' (relative to a year of the text, not to `published`, as
batch 40ze left 'a year later') and 'During World War II' (an event) are left out. No text tells an outage (or a
near-miss of one), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40v, 40za-40zg, 54zu): a company
'acquired', 'bought' or sold to another (a completed sale) -> acquired + parentOrganization(target, buyer); titles
'added' in a list of purchases -> acquired + parentOrganization, doubtful (as batch 40v's 'Further expansion followed
with'); 'a subsidiary of', 'owned by', 'owner of', a business named as 'its ... business' -> parentOrganization
(ownership that ended kept: relations carry no time); 'bought X from Y' -> parentOrganization(X, Y) too (past owner);
'merged with' -> nothing (no buyer told); a minority stake ('took 30% of the company') -> nothing (as batch 54zu's 49%);
titles swapped, titles sold or bought as titles of a named group, a management buy-out financed by a firm and a listing
on a stock exchange -> nothing; newspapers and magazines -> Company (GUIDELINES, Types), with parentOrganization to
the publisher the text names (as batch 40v's 'publisher of the Derbyshire Times'); a stock exchange -> Company; later
names of the same company ('has since been known as') -> aliases; people named together as founders -> cofounder
each; 'managing director' -> director, current false where the text tells the company's early years in the past tense
and names a later owner (as batch 40z's 'with Peabody as CEO'; doubtful); adjectives ('British', 'Irish', 'Canadian',
'American', 'Sussex based' -> the place only where the name is written out, as batches 40o and 40t) -> no entity.
usage: batch55f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- logistics, UK: Wincanton plc -----------------------------------------------------------------------------------
WI = "Wincanton plc"
WS = "West Surrey Central Dairy Company"
A["wp-wincanton-plc"] = dict(
 # the logistics company -> Company 'Wincanton plc', aliases 'Wincanton' and its first name 'Wincanton Transport &
 # Engineering Ltd' ('founded in 1925, as'); the dairy company -> Company 'West Surrey Central Dairy Company', aliases
 # its later names 'Cow & Gate', 'Unigate' and 'Uniq' ('a company which has since been known as ...': one company
 # renamed; doubtful: a reader might make Uniq, named again in 2001, its own entity); Unigate Chilled Distribution (its
 # own name, not the dairy company's), Glass Glover, the CEL Group (the text's 'the CEL Group' -> name 'CEL Group'),
 # Restore, Magnet Kitchens, GXO Logistics, the London Stock Exchange -> Company; 'its records management business
 # (WRM)' -> Company 'WRM' (a named business; doubtful: a reader might leave a business unit out, as batch 40v's
 # unnamed businesses were); 'petroleum', 'food stuffs' (markets) -> nothing; no place is named (the infobox's
 # Chippenham and the cut sentence's United Kingdom are not in the text), no person is named
 entities=[E("Company", WI, "Wincanton", "Wincanton Transport & Engineering Ltd"),
           E("Company", "London Stock Exchange"), E("Company", "GXO Logistics"),
           E("Company", WS, "Cow & Gate", "Unigate", "Uniq"), E("Company", "Unigate Chilled Distribution"),
           E("Company", "Glass Glover"), E("Company", "CEL Group"), E("Company", "WRM"), E("Company", "Restore"),
           E("Company", "Magnet Kitchens")],
 # no person is named in the text (the infobox's chairman Sir Martin Read and chief executive James Wroath are cut)
 roles=[],
 # 'until it was acquired by GXO Logistics in April 2024' -> acquired + parentOrganization; 'founded in 1925, as ...,
 # a subsidiary of the West Surrey Central Dairy Company' -> parentOrganization (ended: 'demerged from Uniq' in 2001;
 # kept); 'through the acquisition of Glass Glover' (Wincanton the subject) and 'Wincanton acquired the CEL Group' ->
 # acquired + parentOrganization each; 'sold its records management business (WRM) to Restore' ->
 # parentOrganization(WRM, Wincanton plc) (its business, past) and acquired(Restore, WRM) + parentOrganization(WRM,
 # Restore) (a completed sale; doubtful: a reader might call a business unit an asset and give Restore nothing);
 # 'partnered with Magnet Kitchens to produce 44 new double-decker articulated trailers' -> partner(Wincanton plc,
 # Magnet Kitchens) (direction as written). Near-misses: 'Wincanton merged with Unigate Chilled Distribution' ->
 # nothing (a merger, who buys whom not told; a reader might record Wincanton acquiring it); Unigate Chilled
 # Distribution -> no parentOrganization to the dairy company (only its name suggests Unigate owned it); 'listed on the
 # London Stock Exchange' (twice) -> nothing
 relations=[L("GXO Logistics", "acquired", WI), L(WI, "parentOrganization", "GXO Logistics"),
            L(WI, "parentOrganization", WS),
            L(WI, "acquired", "Glass Glover"), L("Glass Glover", "parentOrganization", WI),
            L(WI, "acquired", "CEL Group"), L("CEL Group", "parentOrganization", WI),
            L("WRM", "parentOrganization", WI), L("Restore", "acquired", "WRM"),
            L("WRM", "parentOrganization", "Restore"), L(WI, "partner", "Magnet Kitchens")],
 outages=[],
 # 'In the 1970s', 'In the 1990s' -> left out (decades)
 dates=[D("April 2024", "2024-04"), D("1925", "1925"), D("February 1993", "1993-02"), D("March 2001", "2001-03"),
        D("November 2008", "2008-11"), D("November 2015", "2015-11"), D("February 2016", "2016-02")])

# ---- media, UK: Newsquest -------------------------------------------------------------------------------------------
NQ = "Newsquest Media Group Limited"
A["wp-newsquest"] = dict(
 # the publisher -> Company 'Newsquest Media Group Limited', alias 'Newsquest'; Gannett, KKR, Reed Elsevier, Johnston
 # Press (named in the possessive 'Johnston Press's'), Midland Independent Newspapers, Pearson, Review Group, the
 # London Stock Exchange -> Company; the Reed Regional Newspapers group ('the Reed Regional Newspapers group of
 # British papers') and the Westminster Press group ('the Westminster Press local newspapers group') -> Company by
 # their names without 'group' (the word 'group' written lower-case after the name, not part of it; doubtful); the
 # titles Insurance Times, The Strad, Boxing News, the Financial Times, Contact-a-Car and London Property Weekly ('the
 # London Property Weekly titles') -> Company (GUIDELINES, Types: newspapers and magazines); Penguin Books -> Company
 # (a publisher); the United Kingdom (alias 'UK'), London, the United States ('United States private equity
 # partnership KKR': the country's name written out), Yorkshire, Bury, Lancashire, the English Midlands, Sussex ('the
 # Sussex based Contact-a-Car'), North West England, Hertfordshire -> Location; 'American', 'British' (adjectives),
 # 'US $1.5 billion' (a currency) and 'Gannett's newly formed UK subsidiary' (unnamed) -> nothing
 entities=[E("Company", NQ, "Newsquest"), E("Location", "United Kingdom", "UK"), E("Company", "Gannett"),
           E("Location", "London"), E("Company", "Insurance Times"), E("Company", "The Strad"),
           E("Company", "Boxing News"), E("Location", "United States"), E("Company", "KKR"),
           E("Company", "Reed Regional Newspapers"), E("Company", "Reed Elsevier"), E("Location", "Yorkshire"),
           E("Company", "Johnston Press"), E("Location", "Bury"), E("Location", "Lancashire"),
           E("Location", "English Midlands"), E("Company", "Midland Independent Newspapers"),
           E("Company", "Westminster Press"), E("Company", "Pearson"), E("Company", "Penguin Books"),
           E("Company", "Financial Times"), E("Company", "London Stock Exchange"), E("Location", "Sussex"),
           E("Company", "Contact-a-Car"), E("Company", "London Property Weekly"), E("Location", "North West England"),
           E("Company", "Review Group"), E("Location", "Hertfordshire")],
 # no person is named in the text (the infobox's chief executive Henry Faure Walker is cut)
 roles=[],
 # 'It is owned by the American mass media holding company Gannett' -> parentOrganization(Newsquest, Gannett); 'In
 # 1999, Gannett's newly formed UK subsidiary paid 922 million ... for Newsquest' -> acquired(Gannett, Newsquest)
 # (doubtful: the buyer is Gannett's unnamed subsidiary; the lead's 'owned by ... Gannett' settles the parent); 'a
 # specialist arm that publishes ... titles such as Insurance Times, The Strad and Boxing News' ->
 # parentOrganization(each, Newsquest) (titles of its arm, the arm unnamed; doubtful, as batch 40v's title and its
 # publisher); 'the Reed Regional Newspapers group of British papers from Reed Elsevier' ->
 # parentOrganization(Reed Regional Newspapers, Reed Elsevier) (the group bought out of Reed Elsevier: past owner);
 # 'bought the Westminster Press local newspapers group for 305 million from Pearson' -> acquired + parentOrganization
 # to Newsquest, and parentOrganization(Westminster Press, Pearson) (past owner); 'Pearson, owner of Penguin Books and
 # the Financial Times' -> parentOrganization each; 'Newsquest added the Sussex based Contact-a-Car, the London
 # Property Weekly titles' -> acquired + parentOrganization each (doubtful: 'added', no purchase verb, in the
 # paragraph of purchases; a reader might give them nothing). Near-misses: 'KKR financed a 210 million management
 # buy-out' -> nothing (the management bought, KKR financed; a reader might record KKR acquiring the group, or
 # Newsquest acquiring it); 'swapped its Yorkshire titles for Johnston Press's Bury, Lancashire area titles' and 'sold
 # some of its titles ... to Midland Independent Newspapers' -> nothing (unnamed titles traded, as assets); 'three
 # Review Group titles in Hertfordshire' -> nothing (titles of a named group added, not the group; a reader might
 # record Newsquest acquiring Review Group); 'floated on the London Stock Exchange' -> nothing
 relations=[L(NQ, "parentOrganization", "Gannett"), L("Gannett", "acquired", NQ),
            L("Insurance Times", "parentOrganization", NQ), L("The Strad", "parentOrganization", NQ),
            L("Boxing News", "parentOrganization", NQ),
            L("Reed Regional Newspapers", "parentOrganization", "Reed Elsevier"),
            L(NQ, "acquired", "Westminster Press"), L("Westminster Press", "parentOrganization", NQ),
            L("Westminster Press", "parentOrganization", "Pearson"),
            L("Penguin Books", "parentOrganization", "Pearson"), L("Financial Times", "parentOrganization", "Pearson"),
            L(NQ, "acquired", "Contact-a-Car"), L("Contact-a-Car", "parentOrganization", NQ),
            L(NQ, "acquired", "London Property Weekly"), L("London Property Weekly", "parentOrganization", NQ)],
 outages=[],
 # 'The next year' (1997 from the text's 1996) -> left out (relative, `published` null)
 dates=[D("1995", "1995"), D("1996", "1996"), D("1998", "1998"), D("1999", "1999")])

# ---- manufacturing, UK: Morphy Richards -----------------------------------------------------------------------------
MR = "Morphy-Richards Ltd"
DM = "Donal Morphy"
CR = "Charles Richards"
A["wp-morphy-richards"] = dict(
 # the appliance maker -> Company named by its fullest form 'Morphy-Richards Ltd' (the company formed in 1936), alias
 # 'Morphy Richards' (the brand 'headquartered in Swinton': the same business; 'Morphy Richards in India' read as the
 # same name, no Indian company apart, doubtful); Glen Dimplex, Hotpoint, Sydney S Bird and Sons, A. Reyrolle &
 # Company -> Company; Donal Morphy (alias 'Morphy') and Charles Richards (alias 'Richards') -> Person; Swinton, South
 # Yorkshire, England, Mexborough, the United Kingdom, the Far East, India, Chislehurst, Farnborough, Kent, St Mary
 # Cray, Australia, South Africa -> Location; 'Digital Radio Mondiale' (a broadcasting standard named inside
 # 'Digital Radio Mondiale-compatible'; not a service the company runs) -> nothing; the products (toasters, irons,
 # radios; no brand names) -> nothing; 'an oast house' and 'its historic home of Mexborough' (a town) -> Mexborough only
 entities=[E("Company", MR, "Morphy Richards"), E("Location", "Swinton"), E("Location", "South Yorkshire"),
           E("Location", "England"), E("Location", "Mexborough"), E("Location", "United Kingdom"),
           E("Location", "Far East"), E("Company", "Hotpoint"), E("Company", "Glen Dimplex"), E("Location", "India"),
           E("Person", DM, "Morphy"), E("Location", "Chislehurst"), E("Person", CR, "Richards"),
           E("Location", "Farnborough"), E("Location", "Kent"), E("Company", "Sydney S Bird and Sons"),
           E("Location", "St Mary Cray"), E("Company", "A. Reyrolle & Company"), E("Location", "Australia"),
           E("Location", "South Africa")],
 # 'Donal Morphy ... and Charles Richards ... formed Morphy-Richards Ltd on 8 July 1936' -> cofounder each (named
 # together; current, as the corpus keeps founders); 'Morphy and Richards were joint managing directors' -> director
 # each, current false (the founding years told in the past tense, the company since owned by Glen Dimplex; doubtful:
 # the text says no 'former' or 'left', a reader might keep them current); 'met whilst working at Sydney S Bird and
 # Sons' -> no role (no post named); 'its general manager was on the board of directors' (Reyrolle's general manager,
 # unnamed) -> no role
 roles=[R(DM, "cofounder", MR), R(CR, "cofounder", MR), R(DM, "director", MR, False), R(CR, "director", MR, False)],
 # 'Morphy Richards is owned by the Irish Glen Dimplex electronics group' -> parentOrganization. Near-misses: 'A.
 # Reyrolle & Company took 30% of the company in June 1944' -> nothing (a minority stake; a reader might record
 # acquired); 'refrigerators and washer-dryers, but they were later made by Hotpoint' -> nothing (no named product, no
 # stated supply contract between the two; a reader might record partner); 'subsidiary companies in Australia and
 # South Africa' and 'a Canadian subsidiary' -> nothing (unnamed)
 relations=[L(MR, "parentOrganization", "Glen Dimplex")],
 outages=[],
 # 'since the 1990s' (a decade), 'During World War II' (an event) -> left out
 dates=[D("8 July 1936", "1936-07-08"), D("March 1938", "1938-03"), D("June 1944", "1944-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
