#!/usr/bin/env python3
"""Gold for batch 52y (session 53, gatherer 52y): two FCC letters of 2006 and 2011 on commercial radio assignments
(the Audio Division's letter DA 06-2607 of 28 December 2006 denying nine investors' petition to deny and granting the
assignment of the licence of KFCD(AM), Farmersville, Texas, and the construction permit of KHSE(AM), Wylie, Texas,
from DFW Radio License, LLC to Bernard Dallas LLC, with the licensee's parent The Watch, Ltd. and its lender D.B.
Zwirn Special Opportunities Fund, L.P. -- the FCC's own text file; the Audio Division's letter DA 11-99 of 20 January
2011 denying Opus Broadcasting Monroe, LLC's petition to deny and granting the assignment of KNOE-FM, Monroe,
Louisiana, from Radio Monroe, LLC to Holladay Broadcasting of Louisiana, LLC and of KJMG(FM), Bastrop, Louisiana,
from Holladay to KP Music Group, LLC -- a docslib.org copy), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-52w of the lane; GUIDELINES section 2): a granted assignment whose consummation the
text does not tell -> acquired(assignee, the station) only (44k, 50c-52w), 'as conditioned' included, a construction
permit's assignment as a licence's (52t's WZNP(FM), 52w's WMUI(FM) permits; **doubtful** as there); the assignor of a
station's licence or permit -> parentOrganization(S, assignor) (51e's to 52w's licensee call; **doubtful**: a reader
may give the licence holder no ownership link); a licensee named as such ('Opus ..., licensee of Stations ...') ->
parentOrganization(S, licensee), and a 'former licensee' too (past ownership still recorded, GUIDELINES; 51r's High
I-Q call); 'a wholly-owned subsidiary of' -> parentOrganization (GUIDELINES); a financing agreement under which a
named fund lent to a named company -> partner (22a's lenders; **doubtful**: 28e held central-bank loans no partner
contract); radio stations -> Company (35l, 43v, 49m, 51e-52w); LLCs, a limited partnership fund and a Ltd. ->
Company; the petitioners (nine unnamed investors; Opus) -> no relation to the parties; short names in parentheses and
quotation marks ('(\u201cDFW Radio\u201d)', '(\u201cHolladay\u201d)') -> aliases; defined names of filings and
agreements ('the \u201cAssignment Application\u201d', 'the \u201cKNOE-FM Assignment', 'the \u201cAgreement\u201d',
'Financing Agreement') and role labels ('the \u201cPetitioners\u201d') -> not annotated (the call sign inside 'the
KNOE-FM Assignment' is the station's own name, already annotated); place names -> Location, a state's abbreviation
('TX', in KFCD's 'Re:' line) its own Location as written (51r, 51zd, 52p, 52t, 52v, 52w), a town inside a company's
name ('Radio Monroe', 'Opus Broadcasting Monroe') part of that name; 'we' (the Division) -> no
entity; files, facility IDs and the 'Chapter 11 bankruptcy' not annotated; the 'Re:' / 'In re:' lines kept as `title`
not annotated beyond what the text repeats.
usage: batch52y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- KFCD(AM) Farmersville, KHSE(AM) Wylie: DFW Radio License -> Bernard Dallas (DA 06-2607), 2006-12-28 -------------
KFCD = "KFCD(AM)"
KHSE = "KHSE(AM)"
DFW = "DFW Radio License, LLC"
BD = "Bernard Dallas LLC"
WATCH = "The Watch, Ltd."
DBZ = "D.B. Zwirn Special Opportunities Fund, L.P."
A["us-fcc-dfw-radio-license-bernard-dallas-kfcd-am-farmersville-khse-am-wylie-assignment-petition-to-deny-letter-2006"] = dict(
 # Companies: KFCD(AM) (the 'Re:' line, 'Station KFCD(AM)', 'Stations KFCD(AM) and KHSE(AM)', the Background
 # sentences); KHSE(AM) (a permit for a station under construction, 'construction of KHSE(AM)'; 'KHSD(AM)' in 'the
 # former licensee of KFCD(AM) and permittee of KHSD(AM)' -> alias, the same station misspelt (KHSE's permit is the one
 # the next sentence says passed to DFW Radio; **doubtful**: a reader may keep the misspelt call sign apart or leave
 # it out)); DFW Radio License, LLC ('(\u201cDFW Radio\u201d)' -> alias); Bernard Dallas LLC ('(\u201cBernard\u201d)'
 # -> alias); The Watch, Ltd. ('(\u201cWatch\u201d)', 'Watch\u2019s' -> alias 'Watch'); D.B. Zwirn Special
 # Opportunities Fund, L.P. ('(\u201cDBZ\u201d)' -> alias; an investment fund run as a business -> Company,
 # **doubtful**: a reader may type a fund otherwise). Locations: Farmersville, Wylie, TX (the 'Re:' line's 'Farmersville,
 # TX' and 'Wylie, TX', as written), Texas ('Farmersville, Texas', 'Wylie, Texas'). Not annotated: 'the Assignment Application', 'Petition to Deny',
 # 'Petition', 'the Petitioners' and 'nine investors' (unnamed here: their names were in footnote 1, left out), 'a
 # Financing Agreement', 'the Agreement', 'Chapter 11 bankruptcy', 'we', the facility and file numbers.
 entities=[E("Company", KFCD), E("Company", KHSE, "KHSD(AM)"), E("Company", DFW, "DFW Radio"),
           E("Company", BD, "Bernard"), E("Company", WATCH, "Watch"), E("Company", DBZ, "DBZ"),
           E("Location", "Farmersville"), E("Location", "TX"), E("Location", "Wylie"), E("Location", "Texas")],
 # No person is named in the kept text (the addressees and the nine petitioners were left out) -> no role.
 roles=[],
 # - acquired(Bernard Dallas LLC, KFCD(AM)) and acquired(Bernard Dallas LLC, KHSE(AM)): 'proposing to assign the
 #   license of Station KFCD(AM) ... and the construction permit of Station KHSE(AM) ... from DFW Radio License, LLC
 #   ... to Bernard Dallas LLC', 'we deny the Petition and grant the Assignment Application' (granted, consummation not
 #   told -> acquired only; the permit as a licence, **doubtful** as in the docstring).
 # - parentOrganization(KFCD(AM), DFW Radio License, LLC) and parentOrganization(KHSE(AM), DFW Radio License, LLC): the
 #   assignor, which the Agreement's assignment made licensee and permittee (the lane's call; **doubtful** as in the
 #   docstring).
 # - parentOrganization(DFW Radio License, LLC, The Watch, Ltd.): 'DFW Radio, a wholly-owned subsidiary of Watch'.
 # - parentOrganization(KFCD(AM), The Watch, Ltd.) and parentOrganization(KHSE(AM), The Watch, Ltd.): 'the former
 #   licensee of KFCD(AM) and permittee of KHSD(AM)' (past ownership recorded; **doubtful**: a reader may hold the
 #   former licence holder no parent, or see the link only through DFW Radio).
 # - partner(The Watch, Ltd., D.B. Zwirn Special Opportunities Fund, L.P.): 'Watch ... and DBZ entered into a Financing
 #   Agreement ... whereby DBZ provided a loan to Watch' (a contract between two named companies; **doubtful** as in
 #   the docstring).
 # Near-misses: the Agreement's 'assignment of the KFCD(AM) license and KHSE(AM) permit to DFW Radio' (an intra-group
 #   transfer from Watch to its wholly-owned subsidiary: no acquired(DFW Radio, ...), the ownership kept as
 #   parentOrganization; **doubtful**: a reader may add acquired for a transfer the text implies was carried out);
 #   the nine investors' petition (objectors, unnamed: no relation); no partner between DFW Radio and Bernard (a sale);
 #   no link between DBZ and Bernard Dallas LLC (the text gives none; Daniel B. Zwirn was only in the addressee block).
 relations=[L(BD, "acquired", KFCD), L(BD, "acquired", KHSE), L(KFCD, "parentOrganization", DFW),
            L(KHSE, "parentOrganization", DFW), L(DFW, "parentOrganization", WATCH),
            L(KFCD, "parentOrganization", WATCH), L(KHSE, "parentOrganization", WATCH), L(WATCH, "partner", DBZ)],
 outages=[],
 # 'December 28, 2006' (the release line, = `published`); 'February 23, 2006' (the petition's filing); 'February 5,
 # 2004' (the Financing Agreement). Not dates: '20060117' inside the file numbers, 'Chapter 11' (a chapter of the
 # bankruptcy code), 'DA 06- 2607' (left out).
 dates=[D("December 28, 2006", "2006-12-28"), D("February 23, 2006", "2006-02-23"), D("February 5, 2004", "2004-02-05")])

# ---- KNOE-FM Monroe, KJMG(FM) Bastrop: Radio Monroe -> Holladay -> KP Music Group (DA 11-99), 2011-01-20 ----------------
KNOE = "KNOE-FM"
KJMG = "KJMG(FM)"
RM = "Radio Monroe, LLC"
HOL = "Holladay Broadcasting of Louisiana, LLC"
KP = "KP Music Group, LLC"
OPUS = "Opus Broadcasting Monroe, LLC"
OPUS_ST = ["KMYY(FM)", "KQLQ(FM)", "KXRR(FM)", "KZRZ(FM)"]
A["us-fcc-radio-monroe-holladay-broadcasting-kp-music-group-knoe-fm-kjmg-fm-assignments-opus-petition-to-deny-letter-2011"] = dict(
 # Companies: KNOE-FM (the 'In re:' line, 'Station KNOE-FM', and inside the defined names 'the \u201cKNOE-FM
 # Assignment' / 'the KNOE-FM Assignment', the station's own call sign); KJMG(FM) (likewise, and in the quoted 'the
 # related sale of KJMG(FM)'); Radio Monroe, LLC ('(\u201cRadio Monroe\u201d)' -> alias); Holladay Broadcasting of
 # Louisiana, LLC ('(\u201cHolladay\u201d)' -> alias; 'from Holladay to KP' the alias again); KP Music Group, LLC
 # ('(\u201cKP\u201d)' -> alias); Opus Broadcasting Monroe, LLC ('(\u201cOpus\u201d)' -> alias); Opus's four stations
 # KMYY(FM), KQLQ(FM), KXRR(FM), KZRZ(FM). Locations: Monroe ('KNOE-FM, Monroe', 'KXRR(FM), Monroe'; not the 'Monroe'
 # inside 'Radio Monroe' or 'Opus Broadcasting Monroe', parts of names), Louisiana (seven times; not the one inside
 # 'Holladay Broadcasting of Louisiana, LLC'), Bastrop, Rayville, Columbia, West Monroe (its own town, not Monroe).
 # Not annotated: 'the Assignment Applications', 'the KNOE-FM Assignment' and 'the KJMG(FM) Assignment' as filings,
 # 'Petition to Deny', 'Petition', 'we', the facility and file numbers.
 entities=[E("Company", KNOE), E("Company", KJMG), E("Company", RM, "Radio Monroe"), E("Company", HOL, "Holladay"),
           E("Company", KP, "KP"), E("Company", OPUS, "Opus")] + [E("Company", s) for s in OPUS_ST]
          + [E("Location", n) for n in ("Monroe", "Louisiana", "Bastrop", "Rayville", "Columbia", "West Monroe")],
 # No person is named in the kept text (counsel were in the addressee block left out) -> no role.
 roles=[],
 # - acquired(Holladay Broadcasting of Louisiana, LLC, KNOE-FM): 'the proposed assignment of license for Station
 #   KNOE-FM ... from Radio Monroe, LLC ... to Holladay Broadcasting of Louisiana, LLC', 'grant the KNOE-FM Assignment,
 #   as conditioned' (granted with conditions, consummation not told -> acquired only).
 # - acquired(KP Music Group, LLC, KJMG(FM)): '... and for Station KJMG(FM) ... from Holladay to KP Music Group, LLC',
 #   'and the KJMG(FM) Assignment' (granted -> acquired only).
 # - parentOrganization(KNOE-FM, Radio Monroe, LLC) and parentOrganization(KJMG(FM), Holladay Broadcasting of
 #   Louisiana, LLC): the assignors (the lane's licensee call; **doubtful** as in the docstring; Holladay thus both
 #   parent of KJMG(FM) and buyer of KNOE-FM, as the two linked assignments run).
 # - parentOrganization(KMYY(FM) / KQLQ(FM) / KXRR(FM) / KZRZ(FM), Opus Broadcasting Monroe, LLC): 'Opus ...,
 #   licensee of Stations KMYY(FM), ...; KQLQ(FM), ...; KXRR(FM), ...; and KZRZ(FM)' (the licensee call).
 # Near-misses: Opus's petition to deny (a competitor objecting: no relation to the parties); no partner between the
 #   sellers and buyers (sales); 'the related sale of KJMG(FM)' (the same granted assignment, no second relation); no
 #   link between Radio Monroe and Holladay beyond the sale (the cut Background sentence 'Holladay is the l...' may
 #   have told one).
 relations=[L(HOL, "acquired", KNOE), L(KP, "acquired", KJMG), L(KNOE, "parentOrganization", RM),
            L(KJMG, "parentOrganization", HOL)] + [L(s, "parentOrganization", OPUS) for s in OPUS_ST],
 outages=[],
 # 'January 20, 2011' (the release line, = `published`); 'November 16, 2009' (the petition's filing). Not dates:
 # '20091006' / '20091007' inside the file numbers, 'DA 11-99' (left out).
 dates=[D("January 20, 2011", "2011-01-20"), D("November 16, 2009", "2009-11-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
