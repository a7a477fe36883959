#!/usr/bin/env python3
"""Gold for batch 54h (session 55, gatherer 54h: two Justice Department releases on international cartels --
Haarmann & Reimer Corp., 'a New Jersey-based U.S. subsidiary of the Germany-based pharmaceutical and chemical giant
Bayer AG', agreeing to plead guilty in the citric acid cartel, 'A senior executive at the Germany-based Haarmann &
Reimer GmbH, Hans Hartmann' charged too, Attorney General Janet Reno quoted and Archer Daniels Midland Co.'s October
plea recalled (29 January 1997); Littleton Edwards Walker, 'former Senior Vice President of Business Development and
Strategic Initiatives for J. Ray McDermott S.A.', charged in Houston in the marine construction bid-rigging cartel
(16 July 1999)), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54d; GUIDELINES section 2): the Department of Justice an
Organization ('the Department', "the Department's" -> nothing, 54d); the Antitrust Division -> parentOrganization
(Antitrust Division, Department of Justice) where "the Department's Antitrust Division" ties them (53u, 42h, 42w);
'Assistant Attorney General in charge of the Department's Antitrust Division' -> head at the Antitrust Division (45l,
53zq); 'said Attorney General <name>' -> head at the Department of Justice (the corpus's 'Attorney General Alberto R.
Gonzales'); 'the Division's commitment' -> no alias (a generic short noun phrase, as 'the Department'; **doubtful**);
'U.S. District Court in <city>' -> Organization 'U.S. District Court' (51t-54d); the dateline 'WASHINGTON, D.C.' ->
one Location (42z, 53zh-54d); '<Place>-based' -> the place a Location (the corpus's 'Canada-based', 'Dubai-based',
'Amsterdam-based'; 'U.S.-based' -> Location 'U.S.'); 'U.S.' before a noun ('U.S. subsidiary') -> Location 'U.S.'
where the text has no longer form (26e's 'US-based' -> 'US'), else an alias of the United States (54d's 'U.S.
commerce'); 'German' / 'American' (modifiers: 'a German citizen', 'American consumers', 'American citizens') -> no
entity (53u, 54d); 'X, a U.S. subsidiary of Y' -> parentOrganization(X, Y) (54d's Showa Denko Carbon); 'A senior
executive at X' -> executive at X (GUIDELINES: a generic senior title); 'former Senior Vice President ... for X' ->
vice-president at X, current false (GUIDELINES: senior vice president -> vice-president; 'former' -> false); a
surname alone ('Walker') -> alias; programmes, laws, products (citric acid, lysine, marine construction services) ->
nothing; 'today' and "Today's" / "today's" -> one item 'today' (53t-54d); a month alone in a release's look back
('since charges were first brought in August', 'In October') -> that month of the year before the January release
(the last such month before `published`).
usage: batch54h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
HRC = "Haarmann & Reimer Corp."
HRG = "Haarmann & Reimer GmbH"
BAY = "Bayer AG"
JRM = "J. Ray McDermott S.A."
LEW = "Littleton Edwards Walker"
JIK = "Joel I. Klein"
A = {}

# ---- Haarmann & Reimer Corp. (Bayer AG) / Hans Hartmann, citric acid, published 1997-01-29 (a Wednesday) ------------
A["us-doj-atr-haarmann-reimer-bayer-us-subsidiary-citric-acid-cartel-plea-gmbh-executive-hartmann-1997"] = dict(
 # Companies: Haarmann & Reimer Corp. (named once; no short form of it in the text), Bayer AG ('the Germany-based
 # pharmaceutical and chemical giant Bayer AG'), Haarmann & Reimer GmbH ('the Germany-based Haarmann & Reimer GmbH':
 # its own entity, another company of the same name -- **doubtful**: a reader may fold it into the Corp.), Archer
 # Daniels Midland Co. (named once; 'ADM' falls in the cut paragraph). Organization: Department of Justice ('the
 # Department of Justice said today'; "the Department's ongoing investigation", "the Department's food and feed
 # additives investigation": generic short form, nothing). People: Hans Hartmann, Janet Reno (neither named again).
 # Locations: WASHINGTON, D.C. (dateline), New Jersey ('a New Jersey-based U.S. subsidiary'), U.S. ('U.S.
 # subsidiary': the only form of the country in the text), Germany ('the Germany-based ... giant', 'the
 # Germany-based Haarmann & Reimer GmbH'). Not annotated: 'a German citizen', 'American consumers' (modifiers),
 # 'corporations around the world', 'those companies', 'the food and feed additives industry' (unnamed), citric acid
 # and lysine (products), the 'fourth round of charges' (no body)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Company", HRC),
           E("Location", "New Jersey"),
           E("Location", "U.S."),
           E("Location", "Germany"),
           E("Company", BAY),
           E("Organization", DOJ),
           E("Company", HRG),
           E("Person", "Hans Hartmann"),
           E("Person", "Janet Reno"),
           E("Company", "Archer Daniels Midland Co.")],
 # 'A senior executive at the Germany-based Haarmann & Reimer GmbH, Hans Hartmann' -> executive at Haarmann & Reimer
 # GmbH, current (no tense word; 'senior executive' -> executive, GUIDELINES). 'said Attorney General Janet Reno' ->
 # head at the Department of Justice, current (the Department named in the first paragraph; the corpus's 'Attorney
 # General Alberto R. Gonzales' -> head of the Department of Justice; **doubtful**: the text does not say whose
 # Attorney General in words). Near-misses: no officer of Haarmann & Reimer Corp., Bayer AG or Archer Daniels Midland
 # named in the kept text (ADM's Andreas, Whitacre and Wilson fall in the cut paragraph)
 roles=[R("Hans Hartmann", "executive", HRG),
        R("Janet Reno", "head", DOJ)],
 # 'Haarmann & Reimer Corp., a New Jersey-based U.S. subsidiary of ... Bayer AG' -> parentOrganization(Haarmann &
 # Reimer Corp., Bayer AG). Near-misses: Haarmann & Reimer GmbH under Bayer AG, or the Corp. under the GmbH (the text
 # ties neither: only the shared name and 'Germany-based'; the headline's 'Bayer Subsidiary' is the Corp.) --
 # **doubtful**, a reader may add parentOrganization(Haarmann & Reimer GmbH, Bayer AG); Haarmann & Reimer and Archer
 # Daniels Midland in the same cartel (competitors, and the text does not say they conspired together: no partner)
 relations=[L(HRC, "parentOrganization", BAY)],
 outages=[],
 # 'said today' and "With today's fine" -> one item 'today' 1997-01-29; 'since charges were first brought in August'
 # -> 'August' 1996-08 (the last August before a January release; August 1996 by the lysine pleas that the cut part
 # and the news date); 'In October, Archer Daniels Midland Co. pleaded guilty' -> 'October' 1996-10 (the same
 # reading; ADM's plea of 15 October 1996). Not dates: 'the second largest ... ever', 'ongoing'
 dates=[D("today", "1997-01-29"), D("August", "1996-08"), D("October", "1996-10")])

# ---- J. Ray McDermott S.A. / Littleton Edwards Walker, marine construction, published 1999-07-16 (a Friday) ---------
A["us-doj-atr-j-ray-mcdermott-former-senior-vice-president-walker-marine-construction-bid-rigging-1999"] = dict(
 # Company: J. Ray McDermott S.A. (named once; 'A former Houston-based marine construction company' is the same
 # company unnamed: generic). Organizations: Department of Justice ('said the Department of Justice'; 'the
 # Department', "the Department's": nothing), U.S. District Court ('filed in U.S. District Court in Houston'),
 # Antitrust Division ("the Department's Antitrust Division"; "the Division's commitment": no alias, **doubtful**).
 # People: Littleton Edwards Walker ('Walker and co-conspirators': alias 'Walker'), Joel I. Klein (named once).
 # Locations: WASHINGTON, D.C. (dateline), Houston ('Houston-based'; the court's city), United States ('in the United
 # States and elsewhere'; 'in the U.S. and elsewhere': alias 'U.S.'; 'U.S.' inside 'U.S. District Court' is the
 # court's name). Not annotated: 'co-conspirators', 'various conspirators', 'customers' (unnamed), 'particular
 # regions of the world' (no name), 'American citizens and companies' (modifier and generic), marine construction
 # services, platforms and pipeline systems (products and works)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Houston"),
           E("Location", "United States", "U.S."),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Person", LEW, "Walker"),
           E("Company", JRM),
           E("Person", JIK),
           E("Organization", ATR)],
 # 'Littleton Edwards Walker, former Senior Vice President of Business Development and Strategic Initiatives for J.
 # Ray McDermott S.A.' -> vice-president at J. Ray McDermott S.A., current false ('former'; GUIDELINES: senior vice
 # president -> vice-president). 'Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust
 # Division' -> head at the Antitrust Division, current (45l, 53zq). Near-miss: 'A former Houston-based marine
 # construction company executive' (Walker again, the same post: no second role)
 roles=[R(LEW, "vice-president", JRM, False),
        R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice). Near-misses:
 # J. Ray McDermott S.A. and Houston ('Houston-based': a place, no relation); the unnamed co-conspirators (HeereMac,
 # McDermott's joint venture with Heerema, is not in the text: nothing); 'the third case brought by the Department'
 # (no other case named)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'was charged today' and "Today's charge" -> one item 'today' 1999-07-16; 'from September 1995 to January 1997' ->
 # 'September 1995' 1995-09 and 'January 1997' 1997-01. Not dates: 'ongoing'
 dates=[D("today", "1999-07-16"), D("September 1995", "1995-09"), D("January 1997", "1997-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
