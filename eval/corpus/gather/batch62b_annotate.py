#!/usr/bin/env python3
"""Gold annotations for batch 62b (session 57, gatherer 62b): the three federal texts batch62b.py writes -- the SEC's
settled civil fraud action against Rob Roy J. Graham, the former CFO of Intervoice, Inc. (Litigation Release No.
20163, June 22, 2007, the UNT End of Term 2008 copy); the FTC's consent agreement allowing Teva Pharmaceutical
Industries Ltd.'s proposed acquisition of IVAX Corporation on the sale of 15 generic drugs to Par Pharmaceutical
Companies, Inc. and Barr Pharmaceuticals, Inc. (press release of January 23, 2006); the FTC's settlement letting
Service Corporation International (SCI) acquire Alderwoods Group Inc. on the sale of funeral homes and cemeteries
(press release of November 22, 2006) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
SCI / Alderwoods -> test, Teva / IVAX -> train, Intervoice -> dev (as write_parts dealt them).
Dates resolve against `published` (the SEC release's own day from its release line; the FTC releases' days as the
pool's notes give them, **doubtful** there because taken from other texts).
Conventions (the federal SEC lane's, batches 44l, 44r, 46a, 56c, 59g, 60b, 60e, 60l and 61b, and the FTC merger
texts' of batches 16e, 16i, 21c and 40zi; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as
an Organization named 'Commission' where the kept text writes only that (60b's Sepracor way, 60l's Charter text); the
FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them; a court given
only by its town or state ('Massachusetts federal court') -> no Organization, the place a Location (59g, 60l, 61b);
'Dallas, Texas' -> Dallas and Texas each a Location (60l's 'Houston, Texas'); 'Houston-based', 'Cincinnati-based' ->
the town a Location; 'U.S.' beside 'the United States' -> one Location with the alias (the corpus's FTC and DOJ texts);
a surname alone -> alias; 'CFO' -> cfo, current false where the text says former; "Director of the FTC's Bureau of
Competition" -> director, "Associate Director of the FTC's Bureau of Competition" -> other (GATHERING.md: deputy or
associate director -> other), at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC
(train's Guarnera texts); a proposed acquisition the FTC lets through on divestitures -> acquired only, no
parentOrganization (batch 16e's rule, GUIDELINES: agreed, not completed); buyers of divested products or outlets ->
nothing (asset purchases); generic drug substances -> not annotated (GATHERING.md, batch 16i); a regulator's action or
a settlement with it -> no relation; laws, amounts, market counts -> nothing; 'today' -> published; 'last year' ->
the year before published.
usage: batch62b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather63b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
IVC = "Intervoice, Inc."
TEVA = "Teva Pharmaceutical Industries Ltd."
IVAX = "IVAX Corporation"
SCI = "Service Corporation International"
ALD = "Alderwoods Group Inc."
A = {}

# ---- Intervoice, Inc. / Rob Roy J. Graham, Litigation Release No. 20163, published 2007-06-22 (a Friday) ---------------
A["us-sec-intervoice-former-cfo-graham-revenue-inflation-scheme-settled-2007"] = dict(
 # The Commission ('The Commission announced today', 'settle with the Commission', "The Commission's complaint": the
 # kept text writes the SEC only so -- the page lines and the release lines that name it in full are left out -- so an
 # Organization named 'Commission', 60b's Sepracor way and 60l's Charter text); Massachusetts ('in Massachusetts
 # federal court': the court given by its state -> no court Organization, the state a Location, 59g's and 61b's way);
 # Rob Roy J. Graham ('Graham' four times: alias); Intervoice, Inc. (once in full; "Intervoice's revenues",
 # "Intervoice's publication", 'between Intervoice and its distributors', "Intervoice's policies": alias 'Intervoice');
 # Dallas and Texas ('a resident of Dallas, Texas': each a Location, the state spelled out, 60l's 'Houston, Texas').
 # Not annotated: 'its distributors' (unnamed firms); 'the company' (Intervoice again, generic words: no alias);
 # 'investors' (generic); 'the securities laws', 'generally accepted accounting principles (GAAP)' (laws and an
 # accounting standard, no body named: GAAP is no Organization)
 entities=[E("Organization", "Commission"),
           E("Location", "Massachusetts"),
           E("Person", "Rob Roy J. Graham", "Graham"),
           E("Company", IVC, "Intervoice"),
           E("Location", "Dallas"),
           E("Location", "Texas")],
 # 'Rob Roy J. Graham, the former CFO of Intervoice, Inc.' -> cfo at Intervoice, Inc., current false. **Near-misses**:
 # 'a permanent officer and director bar' (a bar from posts, no post held: nothing); 'Graham negotiated and approved
 # transactions' (duties, not a post); the title's 'Former Intervoice CFO' (title, not text -- the same role anyway)
 roles=[R("Rob Roy J. Graham", "cfo", IVC, False)],
 # None. **Near-misses**: 'transactions between Intervoice and its distributors' (customers of Intervoice, but none is
 # named: no partner); the settlement with the Commission and the Commission's action (a regulator acting on a person:
 # nothing); Speechworks International and Intervoice's royalty dealings (in the related case, not in this text)
 relations=[],
 outages=[],
 # 'today' ('The Commission announced today') -> 2007-06-22 (`published`, the left-out release line's day); 'dated June
 # 21, 2007' -> 'June 21, 2007' 2007-06-21; 'between 2000 and at least 2002' -> '2000' 2000 and '2002' 2002 (each year
 # written out: the corpus lists bare years). Not dates: 'four financial periods' (a count, the periods not told); the
 # left-out release lines' 'June 22, 2007' and the caption's docket number '07-11152' (its '07' a year of filing)
 dates=[D("today", "2007-06-22"), D("June 21, 2007", "2007-06-21"), D("2000", "2000"), D("2002", "2002")])

# ---- Teva Pharmaceutical Industries Ltd. / IVAX Corporation, FTC press release, published 2006-01-23 (a Monday) --------
A["us-ftc-teva-ivax-consent-agreement-generic-drugs-divested-par-barr-2006"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; "The Commission's
 # consent order": alias 'Commission'); Teva Pharmaceutical Industries Ltd. ('(Teva)' and three times more: alias
 # 'Teva'; the possessive "Ltd.'s" is not part of the name); IVAX Corporation ('(IVAX)' and four times more: alias
 # 'IVAX'); Par Pharmaceutical Companies, Inc. ('(Par)': alias 'Par'); Barr Pharmaceuticals, Inc. ('(Barr)': alias
 # 'Barr'); the United States ('widely used in the United States', 'in the United States'; 'U.S. consumers' twice:
 # alias 'U.S.'); Miami and Florida ('is based in Miami, Florida': each a Location); Israel ('based in Israel':
 # Location); Jeffrey Brennan (once); the Bureau of Competition ("the FTC's Bureau of Competition": the FTC's unit ->
 # Organization). Not annotated: 'generic amoxicillin and amoxicillin clavulanate potassium' (generic drug substances,
 # no product names: GATHERING.md's batch 16i rule); '15 generic pharmaceutical products', 'the divested generic
 # drugs' (unnamed); 'two firms' (Par and Barr again, generic words: no alias); 'Section 5 of the FTC Act' is cut
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", TEVA, "Teva"),
           E("Company", IVAX, "IVAX"),
           E("Company", "Par Pharmaceutical Companies, Inc.", "Par"),
           E("Company", "Barr Pharmaceuticals, Inc.", "Barr"),
           E("Location", "United States", "U.S."),
           E("Location", "Miami"),
           E("Location", "Florida"),
           E("Location", "Israel"),
           E("Person", "Jeffrey Brennan"),
           E("Organization", BOC)],
 # "Jeffrey Brennan, Associate Director of the FTC's Bureau of Competition" -> other at the Bureau of Competition,
 # current true (GATHERING.md: deputy or associate director -> other; **doubtful**: a reader may give director, the
 # word 'Director' being in the post). **Near-misses**: none of the companies' officers is named (no company role)
 roles=[R("Jeffrey Brennan", "other", BOC)],
 # 'Teva Pharmaceutical Industries Ltd.'s (Teva) proposed acquisition of IVAX Corporation', which the FTC 'will allow'
 # on the divestitures, and 'Teva proposed buying all of the issued and outstanding shares of IVAX for approximately
 # $7.4 billion' -> acquired(Teva, IVAX) only: an agreed deal let through on conditions, not told as completed
 # ('after the transaction is completed' is future), so no parentOrganization (batch 16e's rule, GUIDELINES;
 # **doubtful**: 'proposed' might be read as a mere offer -- the corpus gives acquired to proposed acquisitions the FTC
 # allows, P&G/Gillette and Penn National/Argosy among them); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission) (train's Guarnera texts). **Near-misses**: Par
 # and Barr 'set to acquire the divested generic drugs' (the rights and assets of products: an asset purchase, no
 # acquired and no partner); 'Teva and IVAX overlap in a number of generic pharmaceutical markets' (rivals, no
 # relation); the FTC's consent agreement with the companies (a regulator's action: nothing); 'the world's largest
 # generic pharmaceutical supplier', 'the fifth-largest supplier of generic drugs in the United States' (rankings)
 relations=[L(TEVA, "acquired", IVAX),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'announced today' -> 'today' 2006-01-23 (`published`; **doubtful** as the day itself: see the pool's notes); 'On
 # July 25, 2005' -> 'July 25, 2005' 2005-07-25. Not dates: 'in the future' (no value); '15 generic pharmaceutical
 # products', '$7.4 billion' (a count and an amount)
 dates=[D("today", "2006-01-23"), D("July 25, 2005", "2005-07-25")])

# ---- Service Corporation International / Alderwoods Group Inc., FTC press release, published 2006-11-22 (a Wednesday)
A["us-ftc-service-corporation-international-alderwoods-funeral-homes-cemeteries-divestitures-2006"] = dict(
 # The Federal Trade Commission (once in full; "Director of the FTC's Bureau of Competition", "the FTC's complaint":
 # alias 'FTC'; the text never writes 'Commission' alone); Service Corporation International ('(SCI)' and six times
 # more, 'Houston-based SCI' among them: alias 'SCI'); Alderwoods Group Inc. (once in full; 'Cincinnati-based
 # Alderwoods', 'Alderwoods owned', 'in which Alderwoods operates': alias 'Alderwoods'); the United States ('across
 # the United States'; 'U.S. revenues' twice: alias 'U.S.'); Jeffrey Schmidt (once); the Bureau of Competition (the
 # FTC's unit -> Organization); Houston ('Houston-based SCI': Location); Cincinnati ('Cincinnati-based Alderwoods':
 # Location). Not annotated: 'The nation's
 # two largest funeral home and cemetery chains' (SCI and Alderwoods in other words: no alias); 'third-party funeral
 # homes affiliated with SCI', 'third- party funeral service providers' (unnamed); '47 markets', '29 markets' and the
 # other market counts (no place named); 'the nation' (the United States in other words, generic: no alias)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", SCI, "SCI"),
           E("Company", ALD, "Alderwoods"),
           E("Location", "United States", "U.S."),
           E("Person", "Jeffrey Schmidt"),
           E("Organization", BOC),
           E("Location", "Houston"),
           E("Location", "Cincinnati")],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true (train's 'Daniel Guarnera, Director of the FTC's Bureau of Competition' -> director). **Near-misses**: none of
 # the chains' officers is named (no company role)
 roles=[R("Jeffrey Schmidt", "director", BOC)],
 # "Service Corporation International's (SCI) proposed acquisition of Alderwoods Group Inc.", which the settlement
 # lets go ahead on the sales -> acquired(SCI, Alderwoods) only (batch 16e's rule: a proposed acquisition let through
 # on conditions; no parentOrganization, the deal not told as done; **doubtful** as for Teva/IVAX: the text says
 # 'proposed'); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: 'its licensing agreements with third-party funeral homes affiliated with SCI' and
 # 'licensing contracts with third- party funeral service providers' (licensing deals, but no partner is named: no
 # partner); 'certain funeral homes that it plans to acquire' (unnamed outlets, an asset purchase); 'SCI must sell
 # funeral homes ... and cemeteries' (divestitures, no buyer named); the agreement with the FTC (a settlement with a
 # regulator: nothing); "the nation's largest chain" / 'the second largest chain' (rankings)
 relations=[L(SCI, "acquired", ALD),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'in 2005' (twice, the same text and value: one item) -> '2005' 2005; 'last year' (twice, the same text and value:
 # one item) -> 2005 (the year before `published`, 2006; the complaint's year of sales and operations, as the sales
 # figures 'in 2005' beside it show). Not dates: the market counts and percentages; `published` itself (no 'today' in
 # the text)
 dates=[D("2005", "2005"), D("last year", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
