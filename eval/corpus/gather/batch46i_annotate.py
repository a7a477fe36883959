#!/usr/bin/env python3
"""Batch 46i gold annotations (the texts of batch46i.py: the Antitrust Division's weekly summary of 1 February 1993 on
Hearst's purchase of the San Antonio Express-News from News America and Persis Corp.'s merger with Gannett Co. Inc.
(The Honolulu Advertiser); its weekly summary of 4 January 1993 on Delta Pride Catfish's price-fixing charge, the Post
Gazette's purchase of the Pittsburgh Press and the Southeastern Peanut Association's business review; and its release
of 16 January 1996 clearing Walt Disney Company's purchase of Capital Cities/ABC Inc. once KCAL-TV is to be sold,
Anne K. Bingaman quoted), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42w, 42z, 43c, 43j, 43m, 43o, 43q, 45s, 45w, 45zt, 45zw, 46b and 46e
for the Division's texts; GUIDELINES section 2): a proposed purchase the Division will not challenge or clears (the
deal pending) -> agreed: `acquired` only, no parentOrganization (42w, 42z, 43j, 43o, 46e); 'X owns Y', 'X is the parent
company of Y', 'Y is owned by X', 'X's ... station, Y', 'Y, a ... station currently owned by X' -> parentOrganization(Y,
X); 'the acquisition of Y from X' -> X owned Y: parentOrganization(Y, X) (the seller's ownership, relations carrying
no time); a "merger" of two named companies with no buyer stated -> nothing (GUIDELINES); newspapers and television
stations -> Company (GUIDELINES: news organisations and broadcasters); a planned sale naming no buyer -> nothing
(near-miss, 43o, 46e); 'Assistant Attorney General in charge of the Antitrust Division' (acting or not) -> head of the
Division, current (43c, 45s, 46b, 46e); "The Department of Justice's Antitrust Division" and 'The Department of
Justice, Antitrust Division' -> the Division under the Department (43q, 46b; the second **doubtful**, the two named
side by side as 46b's Northwest text); 'Justice Department' beside 'Department of Justice' -> an alias; the dateline
'WASHINGTON, D.C.' as the city's only form -> named as written (45g, 45w, 45zw, 46b, 46e); 'U.S. District Court in
Chicago' -> 'U.S. District Court' with the city apart (41h, 43c, 44e, 46b); 'U.S.' in a case name ('U.S. v.') -> the
plaintiff, a Location 'U.S.' (43h, 43j, 45zt); laws, court papers, case and criminal numbers, the year inside a
document's name ('the Department's 1992 Horizontal Merger Guidelines', as 'Act of 1976' in 42w and 45l) not
annotated; a bare short name after the full name -> an alias; the items' dates '1/27/93', '12/28/92' read month/day/
year (US style); 'today' resolved against `published`.
usage: batch46i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Hearst / San Antonio Express-News; Gannett / Persis, weekly summary, published 1993-02-01 (a Monday) -----------
HEARST = "Hearst"
SAEN = "San Antonio Express-News"
NEWSAM = "News America"
SAL = "San Antonio Light"
GANN = "Gannett Co. Inc."
PERSIS = "Persis Corp."
HSB = "Honolulu Star-Bulletin"
THA = "The Honolulu Advertiser"
A["us-doj-hearst-san-antonio-express-news-gannett-honolulu-advertiser-not-challenged-1993"] = dict(
 # Organizations: the Department of Justice ('The Department of Justice, Antitrust Division' twice; 'Justice
 # Department' in both heading lines, an alias; 'the Department', "The Department's" generic), the Antitrust Division
 # (twice). Companies: Hearst (no fuller name in the text: the name as written; "Hearst's" three times), the San
 # Antonio Express-News (twice, and in the first heading line without 'the'), News America (once, the seller), the
 # San Antonio Light (twice), Gannett Co. Inc. (once; 'Gannett' four times more, an alias), Persis Corp. (once;
 # 'Persis' twice more, "Persis'" once, an alias), the Honolulu Star-Bulletin (once; 'Star-Bulletin' once more, an
 # alias), The Honolulu Advertiser (once in the body, once in the second heading line; 'The Advertiser' twice more,
 # an alias). Newspapers -> Company (GUIDELINES). Locations: San Antonio ('in San Antonio, Texas'), Texas, Honolulu
 # ('published in Honolulu, Hawaii'), Hawaii. Not annotated: 'the antitrust laws', 'established antitrust case law',
 # 'the Department's 1992 Horizontal Merger Guidelines' (a policy document, as laws), 'the failing firm defense' (a
 # doctrine), 'the only other daily newspaper', 'a buyer', 'the two major daily newspapers' (generic)
 entities=[E("Organization", DOJ, "Justice Department"), E("Organization", ATR), E("Company", HEARST),
           E("Company", SAEN), E("Company", NEWSAM), E("Company", SAL), E("Company", GANN, "Gannett"),
           E("Company", PERSIS, "Persis"), E("Company", HSB, "Star-Bulletin"), E("Company", THA, "The Advertiser")]
          + locs("San Antonio", "Texas", "Honolulu", "Hawaii"),
 roles=[],
 # 'The Department of Justice, Antitrust Division' -> the Division under the Department (**doubtful**: named side by
 # side, not "the Department's Antitrust Division"; as 46b). "Hearst's proposed acquisition of the San Antonio
 # Express-News from News America", which the Division 'will not challenge', announced on 'October 6, 1992' ->
 # agreed, pending: acquired(Hearst, San Antonio Express-News) only (**doubtful**: the text says 'proposed' and
 # 'announced', never 'agreed'; as 46e's United Healthcare). 'from News America' -> News America the owner:
 # parentOrganization(San Antonio Express-News, News America) (**doubtful**: the seller's ownership told only by
 # 'from'; a reader may leave it out). 'Hearst owns the San Antonio Light' -> parentOrganization(San Antonio Light,
 # Hearst). 'Gannett is the parent company of the Honolulu Star-Bulletin' and 'Persis is the parent company of The
 # Honolulu Advertiser' -> two parentOrganization. "Persis' merger with Gannett" -> a merger with no buyer stated ->
 # nothing on its own; but "Gannett's Acquisition of The Honolulu Advertiser" (the heading) and 'Gannett's
 # acquisition of The Advertiser' (the cut sentence, not kept) say who buys what: acquired(Gannett Co. Inc., The
 # Honolulu Advertiser) from the kept heading line (**doubtful**: the paper comes with its parent's merger, a reader
 # may give nothing, or acquired(Gannett Co. Inc., Persis Corp.)). Hearst's plan to close the San Antonio Light if no
 # buyer were found -> nothing (**near-miss**); the Star-Bulletin and The Advertiser as rivals -> nothing
 relations=[ATR_DOJ, L(HEARST, "acquired", SAEN), L(SAEN, "parentOrganization", NEWSAM),
            L(SAL, "parentOrganization", HEARST), L(HSB, "parentOrganization", GANN),
            L(THA, "parentOrganization", PERSIS), L(GANN, "acquired", THA)],
 outages=[],
 # '1/27/93' (both heading lines; one item, the same text and value) -> 1993-01-27; 'October 6, 1992' ->
 # 1992-10-06. Not dates: '1992' inside 'the Department's 1992 Horizontal Merger Guidelines' (a document's name, as
 # 'Act of 1976' in 42w and 45l; **doubtful**: a reader may list it as 1992). The title's week ('JAN. 25, 1993
 # THROUGH ... JAN. 29, 1993') is not in the text
 dates=[D("1/27/93", "1993-01-27"), D("October 6, 1992", "1992-10-06")])

# ---- Delta Pride Catfish; Post Gazette / Pittsburgh Press; SEPA, weekly summary, published 1993-01-04 (a Monday) ----
DPC = "Delta Pride Catfish, Inc."
PP = "Pittsburgh Press"
PG = "Post Gazette"
EWS = "E.W. Scripps Company"
BLADE = "Blade Communications, Inc."
GID = "J. Mark Gidley"
SEPA = "Southeastern Peanut Association"
A["us-doj-post-gazette-pittsburgh-press-delta-pride-catfish-peanut-weekly-summary-1993"] = dict(
 # Organizations: the Department of Justice ('Department of Justice Issues Business Review Letter', the third
 # heading line; 'The Justice Department, Antitrust Division' and the second heading line's 'Justice Department', an
 # alias; 'the Department' generic), the Antitrust Division (twice), the U.S. District Court ('U.S. District Court in
 # Chicago, Illinois': the court's name with the city apart), the Southeastern Peanut Association (a trade
 # association -> Organization; '("SEPA")' and 'the SEPA', an alias). Companies: Delta Pride Catfish, Inc. (the body;
 # the heading's 'Delta Pride Catfish. Inc.', a full stop for the comma, kept as an alias: **doubtful**, a misprint of
 # the same name), the Pittsburgh Press and the Post Gazette (newspapers -> Company; each three times), E.W. Scripps
 # Company, Blade Communications, Inc. Person: J. Mark Gidley. Locations: 'U.S.' (the plaintiff in 'U.S. v. Delta
 # Pride Catfish. Inc.'; **doubtful**, as 45zt's 'U.S.'), Chicago, Illinois, Indianola, Mississippi, Alabama, Florida,
 # Georgia ('the states of Alabama, Florida and Georgia'). Not annotated: 'N.D. Ill.' (a court's abbreviation inside
 # a criminal number), 'Criminal No.: 92-CR-1090', 'One-count information', the Sherman Act (a law), 'Business Review
 # Letter', 'the antitrust laws', 'all the major peanut shellers' (unnamed), 'counsel' (unnamed)
 entities=[E("Location", "U.S."), E("Company", DPC, "Delta Pride Catfish. Inc."), E("Organization", "U.S. District Court"),
           E("Organization", DOJ, "Justice Department"), E("Organization", ATR), E("Company", PP), E("Company", PG),
           E("Company", EWS), E("Company", BLADE), E("Person", GID), E("Organization", SEPA, "SEPA")]
          + locs("Chicago", "Illinois", "Indianola", "Mississippi", "Alabama", "Florida", "Georgia"),
 # 'J. Mark Gidley, Acting Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (acting; as 43c's Garza and 41h's Hesse)
 roles=[R(GID, "head", ATR)],
 # 'The Justice Department, Antitrust Division' -> the Division under the Department (**doubtful**, as the other
 # summary). 'the proposed acquisition of the Pittsburgh Press by the Post Gazette', which the Division 'will not
 # challenge' -> agreed, pending: acquired(Post Gazette, Pittsburgh Press) only (**doubtful**: the buyer named as
 # the newspaper, not its owner Blade Communications; 'proposed' only). 'The Pittsburgh Press is owned by E.W.
 # Scripps Company and the Post Gazette is owned by Blade Communications, Inc.' -> two parentOrganization. Delta
 # Pride's charge, the business review of SEPA's trading rules -> no relation (the association's members unnamed)
 relations=[ATR_DOJ, L(PG, "acquired", PP), L(PP, "parentOrganization", EWS), L(PG, "parentOrganization", BLADE)],
 outages=[],
 # '12/28/92' -> 1992-12-28, '12/30/92' -> 1992-12-30, '12/31/92' -> 1992-12-31 (the items' dates, month/day/year);
 # 'as early as 1987' -> '1987' 1987; 'as late as March 1990' -> 'March 1990' 1990-03. Not dates: '92-CR-1090' (a
 # criminal number), 'Section 1'; the title's week is not in the text
 dates=[D("12/28/92", "1992-12-28"), D("1987", "1987"), D("March 1990", "1990-03"), D("12/30/92", "1992-12-30"),
        D("12/31/92", "1992-12-31")])

# ---- Walt Disney Company / Capital Cities/ABC Inc., Division release, published 1996-01-16 (a Tuesday) ---------------
AKB = "Anne K. Bingaman"
WDC = "Walt Disney Company"
CCABC = "Capital Cities/ABC Inc."
KCAL = "KCAL-TV"
KABC = "KABC-TV"
A["us-doj-walt-disney-capital-cities-abc-kcal-tv-sale-merger-cleared-1996"] = dict(
 # Location: the dateline 'WASHINGTON, D.C.' (named as written), Los Angeles (four times). Organizations: the
 # Department of Justice ("The Department of Justice's Antitrust Division"; 'The Department', 'the Department'
 # generic), the Antitrust Division (twice; 'the Division' generic). Companies: Walt Disney Company (once, "Walt
 # Disney Company's"; 'Disney' seven times, "Disney's" four, an alias), Capital Cities/ABC Inc. (once; 'Capital
 # Cities/ABC' once more, an alias), KCAL-TV and KABC-TV (television stations -> Company, as batches 12, 16i and 32e
 # typed stations). Person: Anne K. Bingaman. Not annotated: 'a consent decree', 'a trustee' (unnamed), 'separate,
 # competing stations', 'the sale of advertising' (generic); the headline's 'WALT DISNEY/CAPITAL CITIES/ABC' (title
 # only)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR),
           E("Company", WDC, "Disney"), E("Company", CCABC, "Capital Cities/ABC"), E("Company", KCAL),
           E("Company", KABC), E("Person", AKB)] + locs("Los Angeles"),
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (46e's Bingaman)
 roles=[R(AKB, "head", ATR)],
 # "The Department of Justice's Antitrust Division" -> ATR_DOJ. "cleared Walt Disney Company's $19 billion purchase
 # of Capital Cities/ABC Inc." -> an agreed purchase, cleared, not yet closed ('pending completion of the sale' is the
 # station's sale): acquired(Walt Disney Company, Capital Cities/ABC Inc.) only. "Disney ... would sell its Los
 # Angeles television station, KCAL-TV" -> parentOrganization(KCAL-TV, Walt Disney Company). 'KABC-TV, a Los Angeles
 # television station currently owned by Capital Cities/ABC' -> parentOrganization(KABC-TV, Capital Cities/ABC Inc.).
 # "Disney's acquisition of KABC-TV" -> acquired(Walt Disney Company, KABC-TV) (**doubtful**: the station comes with
 # its owner's purchase; a reader may give it nothing, as an asset of the deal, or only the Capital Cities/ABC
 # purchase; kept as the text words it, as Gannett's acquisition of The Advertiser in the 1993 summary). Disney's
 # planned sale of KCAL-TV (no buyer named) -> nothing (**near-miss**); "Disney's ownership of both KCAL-TV and
 # KABC-TV" (a future state the Division weighed) adds nothing beyond the above; the two stations as 'separate,
 # competing stations' -> rivals, nothing (near-miss)
 relations=[ATR_DOJ, L(WDC, "acquired", CCABC), L(KCAL, "parentOrganization", WDC),
            L(KABC, "parentOrganization", CCABC), L(WDC, "acquired", KABC)],
 outages=[],
 # 'today' -> 1996-01-16. Not dates: '$19 billion' (an amount), 'at this time' (unresolvable)
 dates=[D("today", "1996-01-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
