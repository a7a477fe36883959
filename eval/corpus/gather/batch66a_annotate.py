#!/usr/bin/env python3
"""Gold annotations for batch 66a (session 60, gatherer 66a): the three FTC supermarket merger texts batch66a.py writes
-- the FTC's agreement with Albertson's, Inc. and Buttrey Food and Drug Store Company to divest 15 supermarkets in
Montana and Wyoming to Smith's Food and Drug Centers, Inc. and Supervalu Holdings, Inc. (press release of September
1998, day unknown); the FTC's consent agreement in the merger of Establissements Delhaize Freres et Cie "Le Lion" S.A.
and Delhaize America, Inc. with Hannaford Bros. Co. (press release of July 2000, day unknown); Winn-Dixie Stores, Inc.
allowed to acquire 68 supermarkets and other assets from the bankrupt Jitney-Jungle Stores of America, Inc. (press
release of January 2001, day unknown) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Albertson's / Buttrey -> test, Delhaize / Hannaford -> train, Winn-Dixie / Jitney-Jungle -> dev (as write_parts dealt
them).
All three have `published` None (no day in the stored texts or in the store), so only absolute time expressions are
dates (GUIDELINES, Dates): Winn-Dixie's 'October 12, 1999' and 'December 15, 2000'; Albertson's / Buttrey and Delhaize /
Hannaford have none ('today' is not resolved; 'fiscal 1999' is a fiscal year, skipped).
Conventions (the FTC merger texts' of batches 16e, 16i, 62b, 62e, 62g, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65g and 65r,
and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade
Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ('FTC charges',
'the Commission complaint'), not from inside a law's name ('Section 5 of the FTC Act': laws are no entities);
"Director of the FTC's Bureau of Competition" and 'FTC Bureau of Competition Director X' -> director at the Bureau,
current true, the Bureau an Organization with parentOrganization the FTC; an agreed acquisition the FTC lets through on
conditions -> acquired only (batch 16e's rule; Albertson's -> Buttrey); a 'merger of A with B' where the text does not
say who buys whom -> nothing (GUIDELINES; Delhaize / Hannaford); the purchase of stores, sites or 'supermarkets and
other assets' (to a named buyer or not) -> nothing (GUIDELINES: asset purchases; Winn-Dixie's purchase from
Jitney-Jungle, the sales to Smith's and Supervalu Holdings); supermarket trade names in quotation marks -> Service with
provider to the chain the text gives them to, the chain's own name as a trade name not annotated apart (batch 16i's and
64g's rule); a state attorney general named with the post -> Person, no role, the state a Location (45s, 46n); a state
attorney general's office -> Organization, named as written without 'the' (44m, 45g); a bankruptcy court named in full
-> Organization as written, 'the bankruptcy court' in lower case a generic phrase (no alias); states, cities, towns,
counties, an island country ('the Bahamas' -> 'Bahamas') and regions written as names ('the Southeast United States',
'the Mid-Atlantic United States') -> Location, a metropolitan area ('the Richmond MSA') -> its city; seats
('based in', 'headquarters in') -> no relation; product classes, orders, settlements, complaints, laws, amounts,
counts and regions written as adjectives ('23 Western, Midwestern, and Southern states', '14 southeastern states') ->
not annotated.
usage: batch66a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather67a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
ALB = "Albertson's, Inc."
BUT = "Buttrey Food and Drug Store Company"
SFD = "Smith's Food and Drug Centers, Inc."
SVH = "Supervalu Holdings, Inc."
JM = "Joe Mazurek"
WJB = "William J. Baer"
MFD = "Max Food and Drug"
DLZ = "Establissements Delhaize Freres et Cie \"Le Lion\" S.A."
DAM = "Delhaize America, Inc."
HAN = "Hannaford Bros. Co."
OAGV = "Office of the Attorney General of Virginia"
FL = "Food Lion"
KNK = "Kash N' Karry"
WD = "Winn-Dixie Stores, Inc."
JJ = "Jitney-Jungle Stores of America, Inc."
DEL = "Delchamps"
BKC = "U.S. Bankruptcy Court for the Eastern District of Louisiana"
RGP = "Richard G. Parker"
A = {}

# ---- Albertson's, Inc. / Buttrey Food and Drug Store Company, FTC press release, September 1998 (`published` None) ------
A["us-ftc-albertsons-buttrey-consent-agreement-15-supermarkets-montana-wyoming-1998"] = dict(
 # The Federal Trade Commission (once in full; 'FTC charges', 'The FTC worked', "the FTC's Bureau": alias 'FTC'; "The
 # Commission's goal": alias 'Commission'); Montana and Wyoming (each several times -> Locations); Albertson's, Inc.
 # (once in full; "Albertson's acquisition", "Albertson's and Buttrey", "Albertson's, the nation's fourth largest":
 # alias "Albertson's"); Buttrey Food and Drug Store Company (once in full; 'acquisition of Buttrey': alias
 # 'Buttrey'); Smith's Food and Drug Centers, Inc. and Supervalu Holdings, Inc. (the named buyers -> Companies, the
 # names as written); Joe Mazurek ('Montana Attorney General Joe Mazurek' -> Person); William J. Baer (once); the
 # Bureau of Competition (the FTC's unit -> Organization); Boise and Idaho ('is based in Boise, Idaho' -> two
 # Locations); Max Food and Drug ('the "Albertson's" and "Max Food and Drug" trade names' -> Service, a supermarket
 # trade name as 16i's and 64g's banners). Not annotated: the trade name "Albertson's" (the company's own name in
 # quotation marks: not a Service apart from the company -- 64g's 'Kroger'); 'the nation' (unnamed); '23 Western,
 # Midwestern, and Southern states' (regions as adjectives); '15 supermarkets in 11 communities' (unnamed stores and
 # towns); 'consumers', 'the buyers' (generic); the agreement, the consent decree, the settlement (documents)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Location", "Montana"),
           E("Location", "Wyoming"),
           E("Company", ALB, "Albertson's"),
           E("Company", BUT, "Buttrey"),
           E("Company", SFD),
           E("Company", SVH),
           E("Person", JM),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "Boise"),
           E("Location", "Idaho"),
           E("Service", MFD)],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: 'Montana Attorney General Joe Mazurek' (a state's law officer named with the post: no title
 # in the vocabulary fits and no office entity beside the state -> no role, as 45s and 46n -- **doubtful**: a reader
 # may give him other or head at Montana); no officer of Albertson's, Buttrey, Smith's or Supervalu Holdings is named
 roles=[R(WJB, "director", BOC)],
 # "FTC charges that Albertson's acquisition of Buttrey would violate antitrust laws", settled by divestitures ->
 # acquired(Albertson's, Inc., Buttrey Food and Drug Store Company) only (an agreed acquisition the FTC lets through on
 # conditions: batch 16e's rule; not yet completed, so no parentOrganization); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission); 'Albertson's supermarkets operate under the ...
 # "Max Food and Drug" trade names' -> provider(Max Food and Drug, Albertson's, Inc.). **Near-misses**: '13 of the
 # supermarkets would be sold to Smith's Food and Drug Centers, Inc. and two supermarkets would be sold to Supervalu
 # Holdings, Inc.' (store sales: asset purchases -> no acquired, no partner); 'The FTC worked closely in its
 # investigation with Montana Attorney General Joe Mazurek' (a regulator working with a state officer: no partner,
 # and a Person is no relation end); 'is based in Boise, Idaho' (a seat: no relation type); 'the nation's fourth
 # largest supermarket chain' (a ranking); the consent agreement and the settlement (a regulator's action: nothing)
 relations=[L(ALB, "acquired", BUT),
            L(BOC, "parentOrganization", FTC),
            L(MFD, "provider", ALB)],
 outages=[],
 # `published` None (the release's day is not known): the text holds no absolute time expression -> no dates. Not
 # dates: 'prior to the merger', 'in a timely fashion' (no calendar value)
 dates=[])

# ---- Delhaize / Hannaford Bros. Co., FTC press release, July 2000 (`published` None) -----------------------------------
A["us-ftc-delhaize-america-hannaford-consent-agreement-37-supermarkets-2000"] = dict(
 # The Federal Trade Commission (once in full; 'accepted by the Commission', 'the Commission complaint': alias
 # 'Commission'; 'FTC' only inside 'Section 5 of the FTC Act', a law's name -> no alias -- **doubtful**: a reader may
 # add it); Establissements Delhaize Freres et Cie "Le Lion" S.A. (the name as the release spells it, quotation marks
 # kept; 'Delhaize' alone -> its alias: the text sets '(collectively Delhaize)' after the two firms, and 'Delhaize'
 # with nothing after it is the Belgian parent's short name, while Delhaize America is always written in full --
 # **doubtful**: the label covers both firms, and a reader may give it to Delhaize America or to neither); Delhaize
 # America, Inc. ('Delhaize America operates': alias 'Delhaize America'); Hannaford Bros. Co. ('(Hannaford)': alias);
 # the Office of the Attorney General of Virginia (a state attorney general's office -> Organization, without 'The');
 # the Southeast United States ('in the Southeast United States'; 'in the Southeast' and 'in the Southeast and
 # Mid-Atlantic United States': alias 'Southeast') and the Mid-Atlantic United States (regions written as names ->
 # Locations, as 65a's 'Northwest' -- **doubtful**: a reader may annotate 'United States' alone, or leave the regions
 # out); Virginia, North Carolina (states); Richmond ('the Richmond MSA'), Norfolk, Virginia Beach and Newport News
 # ('the Norfolk-Virginia Beach Newport News MSA': three cities), Raleigh ('greater Raleigh'), Wilmington ('the
 # Wilmington MSA'), Columbus County, Whiteville, Duplin County, Warsaw, Pender County and Duplin ('Pender County
 # (Duplin)': the market town as the release writes it -> Location 'Duplin', apart from 'Duplin County' --
 # **doubtful**: a reader may think it a slip for the county and leave it out) -> Locations; Food Lion and Kash N'
 # Karry ("Delhaize's Food Lion supermarkets"; 'Delhaize America operates mostly under the names "Food Lion" and
 # "Kash N' Karry."' -> Services, supermarket trade names as 16i's and 64g's banners -- **doubtful**: a reader may
 # type them Company, as the chains are elsewhere run by companies of those names; this text gives them as names a
 # chain trades under). Not annotated: 'Metropolitan Statistical Area' and 'MSA' (a statistical term, not a place's
 # name); 'three different up-front buyers' (unnamed); 'the parties', 'the remaining supermarket firms' (generic);
 # the Clayton Act and the FTC Act (laws); '37', '1,200' (counts)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", DLZ, "Delhaize"),
           E("Company", DAM, "Delhaize America"),
           E("Company", HAN, "Hannaford"),
           E("Organization", OAGV),
           E("Location", "Southeast United States", "Southeast"),
           E("Location", "Virginia"),
           E("Location", "North Carolina"),
           E("Service", FL),
           E("Location", "Richmond"),
           E("Location", "Norfolk"),
           E("Location", "Virginia Beach"),
           E("Location", "Newport News"),
           E("Location", "Raleigh"),
           E("Location", "Wilmington"),
           E("Location", "Columbus County"),
           E("Location", "Whiteville"),
           E("Location", "Duplin County"),
           E("Location", "Warsaw"),
           E("Location", "Pender County"),
           E("Location", "Duplin"),
           E("Location", "Mid-Atlantic United States"),
           E("Service", KNK)],
 # No role: the kept text quotes no official and names no officer of Delhaize, Delhaize America or Hannaford
 # (**near-miss**: the Office of the Attorney General of Virginia is named without its holder)
 roles=[],
 # 'Delhaize America operates mostly under the names "Food Lion" and "Kash N' Karry."' (and "Delhaize's Food Lion
 # supermarkets") -> provider(Food Lion, Delhaize America, Inc.) and provider(Kash N' Karry, Delhaize America, Inc.)
 # (the chain the last paragraph gives the names to). **Near-misses**: 'the proposed supermarket merger of
 # Establissements Delhaize ... and Delhaize America, Inc. (collectively Delhaize) with Hannaford Bros. Co.' and 'the
 # merger of Delhaize and Hannaford' (a merger where the text does not say who buys whom: GUIDELINES -> nothing --
 # **doubtful**: the sale of 'Hannaford supermarkets' to meet the FTC's concerns shows Hannaford is the one taken
 # over, and a reader may give acquired(Delhaize America, Hannaford), as the FTC's orders say; the text itself does
 # not); '(collectively Delhaize)' (a joint label: no parentOrganization(Delhaize America, the Belgian parent) --
 # the orders call the parent its majority owner, the text does not); the sale of 37 Hannaford supermarkets and one
 # site 'to three different up-front buyers' (unnamed buyers, stores: nothing); 'The Office of the Attorney General of
 # Virginia participated in the investigation' (a state office helping a regulator: no partner); 'Delhaize's Food Lion
 # supermarkets directly compete with those of Hannaford' (rivals: no partner); the consent agreement and the
 # complaint (a regulator's action: nothing)
 relations=[L(FL, "provider", DAM),
            L(KNK, "provider", DAM)],
 outages=[],
 # `published` None (the release's day is not known): 'today announced' is not resolved, and the text holds no
 # absolute time expression -> no dates
 dates=[])

# ---- Winn-Dixie Stores, Inc. / Jitney-Jungle Stores of America, Inc., FTC press release, January 2001 (`published` None)
A["us-ftc-winn-dixie-jitney-jungle-bankrupt-supermarkets-consent-agreement-2001"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's proposed consent order", 'FTC Bureau of Competition
 # Director', 'the FTC has reached': alias 'FTC'; "the Commission's competitive concerns": alias 'Commission');
 # Winn-Dixie Stores, Inc. ('("Winn-Dixie")': alias); Jitney-Jungle Stores of America, Inc. ('("Jitney-Jungle")':
 # alias); Delchamps ('its 200 "Jitney-Jungle" and "Delchamps" supermarkets' -> Service, a supermarket trade name of
 # Jitney-Jungle -- **doubtful**: a reader who knows Delchamps, Inc. was a company Jitney-Jungle bought may type it
 # Company with parentOrganization; this text gives only the name its stores bore; the "Jitney-Jungle" trade name is
 # the company's own name, not apart); Mississippi, Louisiana, Florida, Arkansas, Tennessee (states -> Locations;
 # 'Louisiana' also inside the court's name, and 'A Florida corporation'); the U.S. Bankruptcy Court for the Eastern
 # District of Louisiana (named in full -> Organization, as written; 'the bankruptcy court' earlier is lower case and
 # generic -> no alias -- **doubtful**: it is the same court, and a reader may add the phrase); Richard G. Parker
 # (once; 'He said' a pronoun); the Bureau of Competition ('FTC Bureau of Competition Director' -> the FTC's unit,
 # Organization); Jacksonville ('its headquarters in Jacksonville') and Bahamas ('the Bahamas') -> Locations. Not
 # annotated: 'Chapter 11' (a chapter of a law); '14 southeastern states' (an adjective); 'a supermarket chain'
 # (generic); '68', '45', '200', '72', '1,000' (counts); '$85 million', '$14.1 billion' (amounts)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", WD, "Winn-Dixie"),
           E("Company", JJ, "Jitney-Jungle"),
           E("Service", DEL),
           E("Location", "Mississippi"),
           E("Location", "Louisiana"),
           E("Location", "Florida"),
           E("Location", "Arkansas"),
           E("Location", "Tennessee"),
           E("Organization", BKC),
           E("Person", RGP),
           E("Organization", BOC),
           E("Location", "Jacksonville"),
           E("Location", "Bahamas")],
 # 'said FTC Bureau of Competition Director Richard G. Parker' -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of Winn-Dixie or Jitney-Jungle is named, and no judge of the court (no company role)
 roles=[R(RGP, "director", BOC)],
 # 'FTC Bureau of Competition' -> parentOrganization(Bureau of Competition, Federal Trade Commission); '"Jitney-Jungle"
 # and "Delchamps" supermarkets' of Jitney-Jungle ('its 200 ... supermarkets') -> provider(Delchamps, Jitney-Jungle
 # Stores of America, Inc.). **Near-misses**: 'Winn-Dixie ... would be allowed to acquire 68 supermarkets and other
 # assets from the bankrupt Jitney-Jungle' and 'proposed selling 72 of the remaining supermarkets to Winn-Dixie' (the
 # purchase of stores and assets, not of the company: GUIDELINES -> no acquired(Winn-Dixie, Jitney-Jungle) --
 # **doubtful**: 'the proposed acquisition' in Parker's words may read as a company deal, but it is the store
 # purchase); the sales plan 'confirmed by the U.S. Bankruptcy Court' and the auction 'under the auspices of the
 # bankruptcy court' (a court's approval: no partner); 'A Florida corporation with its headquarters in Jacksonville'
 # (a seat and a state of incorporation: no relation type); the consent agreement and order (a regulator's action)
 relations=[L(BOC, "parentOrganization", FTC),
            L(DEL, "provider", JJ)],
 outages=[],
 # `published` None (the release's day is not known): 'announced today' is not resolved; 'on October 12, 1999' ->
 # 'October 12, 1999' 1999-10-12; 'on December 15, 2000' -> 'December 15, 2000' 2000-12-15. Not dates: 'fiscal 1999'
 # (a fiscal year: GUIDELINES' fiscal rule, as 38z and 41b), 'originally', 'already' (no calendar value)
 dates=[D("October 12, 1999", "1999-10-12"), D("December 15, 2000", "2000-12-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
