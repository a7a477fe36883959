#!/usr/bin/env python3
"""Gold for batch 53o (session 54, gatherer 53o): two FCC Audio Division letters of 2003 and 2005 on commercial radio
assignments (DA 03-345, released 3 February 2003, on the application to assign KBMW(AM), Breckenridge, Minnesota,
from W-B Broadcasting, Inc. to Monterey Licenses, LLC, a wholly owned subsidiary of Triad Broadcasting Company, LLC,
over Randy K. Holland Investments, LLC's petition to dismiss or deny; DA 05-1306 of 6 May 2005 denying Western Slope
Communications, LLC's petition to deny and granting the assignment of KSTR-FM, Montrose, Colorado, from Leggett
Broadcasting, Inc. to MBC Grand Broadcasting, Inc. -- both the FCC's own docs.fcc.gov text files, Word conversions),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53g of the lane; GUIDELINES section 2): a granted assignment whose consummation the text
does not tell -> acquired(assignee, the station) only (44k, 50c-53g); a finding that 'grant of the Application is
consistent with the public interest' read as the grant (the ordering clause is in the text cut; **doubtful**: a
reader may hold the deal pending and still give acquired, as 53h's WASV, or give nothing); the assignor or licensee
of a station -> parentOrganization(S, licensee) (51e's to 53g's licensee call; **doubtful**: a reader may give the
licence holder no ownership link); 'X, a wholly owned subsidiary of Y' -> parentOrganization(X, Y); the objectors
(Randy K. Holland Investments, Western Slope Communications) -> no relation to the parties (53a's ADX, 53g's West
Group); radio stations -> Company (35l, 43v, 49m, 51e-53g), the names as the conversion writes them ('KBMW( AM)',
'KGBZ( FM)'), and where the text writes one station two ways ('KSTR- FM' in the 'Re:' line, 'KSTR-FM' in the body)
the body's form the name and the other an alias (53h's 'WASV- TV' kept the spaced form, its only one in the
body); short names in parentheses and quotation marks ('(\u201c W- B\u201d)', '(\u201c Monterey\u201d)', '(\u201c
Triad\u201d)', '(\u201c Holland\u201d)', '(\u201c MBC Grand\u201d)', '(\u201c Leggett\u201d)', '(\u201c Western
Slope\u201d)') -> aliases, written without the conversion's leading space as the text's later mentions write them
('from W- B to Triad', 'Holland filed') (52p-53g); 'the company' (MBC Grand) -> no alias; defined names of filings
('Application', 'Petition', 'Opposition', 'Reply') -> not annotated; place names -> Location, a state's
abbreviation in a 'Re:' line ('CO') its own Location as written (51r-53g), a county ('Wilkin County') a Location;
'we' (the Division) -> no entity; the Commission is not named in the kept texts (letterheads left out) -> no
Organization; files, facility IDs, rule sections not annotated; the 'Re:' lines kept as `title` not annotated beyond
what the text repeats.
usage: batch53o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- KBMW(AM) Breckenridge: W-B Broadcasting -> Monterey Licenses, LLC (Triad), DA 03-345, released 2003-02-03 -------
KBMW, KGBZ = "KBMW( AM)", "KGBZ( FM)"
WB = "W- B Broadcasting, Inc."
MON = "Monterey Licenses, LLC"
TRI = "Triad Broadcasting Company, LLC"
HOL = "Randy K. Holland Investments, LLC"
A["us-fcc-w-b-broadcasting-monterey-licenses-triad-broadcasting-kbmw-am-breckenridge-assignment-holland-petition-letter-2003"] = dict(
 # Companies: KBMW( AM) (the 'Re:' line, the body twice, once as 'KBMW( AM) \u2019s', the possessive with the
 # conversion's space dropped); W- B Broadcasting, Inc. ('(\u201c W- B\u201d)', 'from W- B' -> alias 'W- B', as
 # written); Monterey Licenses, LLC ('(\u201c Monterey\u201d)' -> alias); Triad Broadcasting Company, LLC ('(\u201c
 # Triad\u201d)', 'to Triad', 'Triad filed' -> alias 'Triad'; **doubtful**: the letter uses 'Triad' for Monterey
 # (footnote 1, left out), so 'to Triad' and 'Triad filed' name the subsidiary in the writer's mind -- from the kept
 # text alone a reader takes them as the parent, as here); Randy K. Holland Investments, LLC ('(\u201c Holland\u201d)',
 # 'Holland filed' -> alias); KGBZ( FM) (once). Locations: Breckenridge (the 'Re:' line and the body twice), Minnesota
 # (three times), Harwood, North Dakota, Wilkin County. Not annotated: 'Application', 'Petition', 'Opposition',
 # 'Reply' (filings), 'broadcast station' (generic), the facility and file numbers.
 entities=[E("Company", KBMW), E("Company", WB, "W- B"), E("Company", MON, "Monterey"), E("Company", TRI, "Triad"),
           E("Company", HOL, "Holland"), E("Company", KGBZ)]
          + [E("Location", n) for n in ("Breckenridge", "Minnesota", "Harwood", "North Dakota", "Wilkin County")],
 # No person is named in the kept text (the counsel were in the addressee block left out; 'Randy K. Holland' only
 # inside the company's name -> no Person).
 roles=[],
 # - acquired(Triad Broadcasting Company, LLC, KBMW( AM)): 'the assignment from W- B to Triad of the license of
 #   broadcast station KBMW( AM)', 'we find that grant of the Application is consistent with the public interest'
 #   (the grant as the docstring; consummation not told -> acquired only; **doubtful**: the applicant assignee is
 #   Monterey -- a reader may give acquired(Monterey Licenses, LLC, KBMW( AM)) or both).
 # - parentOrganization(Monterey Licenses, LLC, Triad Broadcasting Company, LLC): 'a wholly owned subsidiary of'.
 # - parentOrganization(KBMW( AM), W- B Broadcasting, Inc.): the assignor (the licensee call, **doubtful** as in the
 #   docstring).
 # - parentOrganization(KGBZ( FM), Randy K. Holland Investments, LLC): 'the licensee of KGBZ( FM)'.
 # Near-misses: Holland's petition and Triad's opposition (an objector against the parties: no relation); KBMW( AM)'s
 #   community in Wilkin County (a place, no locatedIn relation in the vocabulary); the Fargo metro (in the text cut).
 relations=[L(TRI, "acquired", KBMW), L(MON, "parentOrganization", TRI), L(KBMW, "parentOrganization", WB),
            L(KGBZ, "parentOrganization", HOL)],
 outages=[],
 # 'February 3, 2003' (the release line, = `published`); 'June 24, 2002' (the petition); 'July 1, 2002' (the
 # opposition); 'July 31, 2002' (the reply). Not dates: '20020513' inside the file number.
 dates=[D("February 3, 2003", "2003-02-03"), D("June 24, 2002", "2002-06-24"), D("July 1, 2002", "2002-07-01"),
        D("July 31, 2002", "2002-07-31")])

# ---- KSTR-FM Montrose: Leggett Broadcasting -> MBC Grand Broadcasting, Western Slope denied, DA 05-1306, 2005-05-06 ---
KSTR = "KSTR-FM"
MBC = "MBC Grand Broadcasting, Inc."
LEG = "Leggett Broadcasting, Inc."
WSC = "Western Slope Communications, LLC"
A["us-fcc-leggett-broadcasting-mbc-grand-broadcasting-kstr-fm-montrose-assignment-western-slope-petition-letter-2005"] = dict(
 # Companies: KSTR-FM (the body; the 'Re:' line writes 'KSTR- FM' -> alias, as written; **doubtful**: a reader may
 # take the spaced form as the name, or leave the 'Re:' line's form out); MBC Grand Broadcasting, Inc. ('(\u201c MBC
 # Grand\u201d)' -> alias 'MBC Grand'; 'the company' not an alias); Leggett Broadcasting, Inc. ('(\u201c
 # Leggett\u201d)' -> alias); Western Slope Communications, LLC ('(\u201c Western Slope\u201d)' -> alias). Locations:
 # Montrose (the 'Re:' line and the body), CO (the 'Re:' line, as written), Colorado. Not annotated: 'Application',
 # 'Petition' (filings), 'related pleadings', 'the proposed transaction', the facility and file numbers.
 entities=[E("Company", KSTR, "KSTR- FM"), E("Company", MBC, "MBC Grand"), E("Company", LEG, "Leggett"),
           E("Company", WSC, "Western Slope")]
          + [E("Location", n) for n in ("Montrose", "CO", "Colorado")],
 # No person is named in the kept text (Brad Leggett and the counsel in the addressee block, Roberto Salazar in the
 # footnote: all left out).
 roles=[],
 # - acquired(MBC Grand Broadcasting, Inc., KSTR-FM): 'consent to assignment of the license of broadcast station
 #   KSTR-FM, Montrose, Colorado, from Leggett Broadcasting, Inc.', 'we deny the Petition and grant the Application'
 #   (granted, consummation not told -> acquired only).
 # - parentOrganization(KSTR-FM, Leggett Broadcasting, Inc.): the assignor (the licensee call, **doubtful** as in the
 #   docstring).
 # Near-misses: Western Slope's petition to deny (an objector: no relation); 'the company seeks consent' (MBC Grand,
 #   no alias).
 relations=[L(MBC, "acquired", KSTR), L(KSTR, "parentOrganization", LEG)],
 outages=[],
 # 'May 06, 2005' (the letter's date, = `published`); 'September 30, 2004' (the petition). Not dates: '20040715'
 # inside the file number.
 dates=[D("May 06, 2005", "2005-05-06"), D("September 30, 2004", "2004-09-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
