#!/usr/bin/env python3
"""Batch 47u gold annotations (the texts of batch47u.py: the public notice DA 03-421 of 11 February 2003 on the
domestic section 214 application to transfer control of Birch Telecom, Inc. from its shareholders to Ionex
Telecommunications, Inc.; the public notice DA 05-1887 of 29 June 2005 on the application to transfer control of
Empire One Telecommunications, Inc. to Fonix Corporation; the public notice DA 04-3665 of 19 November 2004 on the
application to transfer substantially all of the assets of GE Business Productivity Solutions, Inc. to Business
Productivity Solutions, Inc., a newly formed subsidiary of Eschelon Telecom, Inc.; the public notice DA 02-1532 of
28 June 2002 on Telepacific Corp.'s application to transfer control of its domestic, interstate operations, no
transferee named), written from the texts alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-47q of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c, 47j, 47o, 47q); a
transfer from a company's unnamed shareholders -> acquired from the buyer all the same (the seller unnamed);
transfers of authorizations, facilities, customer bases or assets -> nothing (asset steps, 46f, 46h, 47c, 47g, 47j,
47q); 'Y, a ... subsidiary of X' and 'Y is a direct, wholly owned subsidiary of X' -> parentOrganization(Y, X), each
stated link on its own (43n, 43t, 44b); a short name in parentheses -> alias, as written (the rendering's '(“ Ionex”)'
gives the alias 'Ionex'); an upper-case heading's form of a name -> not listed; collective defined terms
('Applicants', 'the transferee', 'the applicants') not annotated; 'Commission' -> Organization; states named on their
own -> Location, 'a Delaware corporation' -> Delaware, 'a Georgia corporation' -> Georgia (47c, 47j, 47o, 47q);
'U. S.' used as an adjective ('U. S. local exchange', 'U. S. domestic telecommunications service') -> no Location (a
nationality adjective, as GATHERING's earlier rounds); laws, codes, sections, dockets and file numbers not annotated.
usage: batch47u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Birch Telecom, Inc. -> Ionex Telecommunications, Inc., DA 03-421, published 2003-02-11 --------------------------
IX = "Ionex Telecommunications, Inc."
BT = "Birch Telecom, Inc."
A["us-fcc-birch-telecom-ionex-telecommunications-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2003"] = dict(
 # Companies: Ionex Telecommunications, Inc. ('(“ Ionex”)', 'to Ionex', 'in Ionex having', 'Ionex will provide',
 # 'nor Ionex'), Birch Telecom, Inc. ('(“ Birch”)', 'control of Birch', 'shareholders of Birch', 'neither Birch'); the
 # heading's upper-case forms not listed. Organization: 'the Commission’s rules' -> Commission. No Location (none
 # named in the kept text: the state list is cut with the sentence the excerpt breaks). Not annotated: 'Applicants',
 # 'its shareholders' and 'the existing shareholders of Birch' (unnamed), 'its operating subsidiaries' (unnamed), 'a
 # dominant LEC' (unnamed), 'WC Docket No. 03- 39', sections 63.04 and 63.03( b)( 2)( i). No Person, no role.
 entities=[E("Company", IX, "Ionex"), E("Company", BT, "Birch"), E("Organization", CM)],
 roles=[],
 # - acquired(Ionex, Birch): 'the transfer of control of Birch, and its operating subsidiaries ..., from the existing
 #   shareholders of Birch to Ionex' and the heading 'TRANSFER OF CONTROL OF BIRCH TELECOM, INC. TO IONEX
 #   TELECOMMUNICATIONS, INC.' (control of a named company to a named buyer, applied for; completion not told ->
 #   acquired only, no parentOrganization(Birch, Ionex)). **Doubtful** only in that the sellers are Birch's unnamed
 #   shareholders (the buyer and the company bought are both named, so the relation stands).
 # Near-misses: Ionex and Birch as co-applicants (not partners); Birch's unnamed operating subsidiaries (no names, no
 #   parentOrganization); Birch's shareholders (unnamed: no parentOrganization to them).
 relations=[L(IX, "acquired", BT)],
 outages=[],
 # 'February 11, 2003' (released), 'February 4, 2003' (the filing); '10 percent' no date
 dates=[D("February 11, 2003", "2003-02-11"), D("February 4, 2003", "2003-02-04")])

# ---- Empire One Telecommunications, Inc. -> Fonix Corporation, DA 05-1887, published 2005-06-29 ----------------------
EO = "Empire One Telecommunications, Inc."
FX = "Fonix Corporation"
A["us-fcc-empire-one-telecommunications-fonix-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2005"] = dict(
 # Companies: Empire One Telecommunications, Inc. ('(“ EOT”)', 'control of EOT', 'EOT, a Delaware corporation'),
 # Fonix Corporation ('(“ Fonix”)', 'to Fonix'); the heading's upper-case forms not listed (**doubtful**: the
 # heading's 'EMPIRE ONE TELECOMMUNICATIONS' lacks 'Inc.' and is written nowhere else; a reader may add it as an
 # alias -- the lane leaves headings' forms out). Organization: 'the Commission’s rules' -> Commission. Locations: 'a
 # Delaware corporation' -> Delaware; the eight states named on their own (California, Colorado, Massachusetts,
 # Michigan, New Jersey, New York, Pennsylvania, Texas). Not annotated: 'U. S.' twice as an adjective ('U. S. local
 # exchange or exchange access services', 'any U. S. domestic telecommunications service': **doubtful**, a reader may
 # type a United States Location -- the text names the country only as a modifier), 'Applicants', 'affiliates', 'a
 # dominant local exchange carrier' (unnamed), 'WC Docket No. 05- 208', sections. No Person, no role.
 entities=[E("Company", EO, "EOT"), E("Company", FX, "Fonix"), E("Organization", CM)]
          + locs("Delaware", "California", "Colorado", "Massachusetts", "Michigan", "New Jersey", "New York",
                 "Pennsylvania", "Texas"),
 roles=[],
 # - acquired(Fonix, EOT): 'requesting authority to transfer control of EOT to Fonix' and the heading 'TRANSFER OF
 #   CONTROL OF EMPIRE ONE TELECOMMUNICATIONS TO FONIX CORPORATION' (control of a named company to a named buyer,
 #   applied for; completion not told -> acquired only, no parentOrganization(EOT, Fonix)).
 # Near-misses: EOT and Fonix as co-applicants (not partners); 'Applicants and their affiliates' (unnamed); EOT's
 #   10%-or-greater holders (cut with the sentence the footnotes break: not in the text).
 relations=[L(FX, "acquired", EO)],
 outages=[],
 # 'June 29, 2005' (released), 'July 13, 2005' and 'July 20, 2005' (comment dates), 'May 26, 2005' (the filing);
 # 'ten percent (10%)' no date
 dates=[D("June 29, 2005", "2005-06-29"), D("July 13, 2005", "2005-07-13"), D("July 20, 2005", "2005-07-20"),
        D("May 26, 2005", "2005-05-26")])

# ---- GE Business Productivity Solutions, Inc. -> Business Productivity Solutions, Inc. (assets), DA 04-3665 ----------
GB = "GE Business Productivity Solutions, Inc."
BP = "Business Productivity Solutions, Inc."
ET = "Eschelon Telecom, Inc."
GC = "General Electric Capital Corporation"
GS = "General Electric Capital Services, Inc."
GE = "General Electric Company"
A["us-fcc-ge-business-productivity-solutions-eschelon-domestic-section-214-acquisition-of-assets-pleading-cycle-public-notice-2004"] = dict(
 # Companies: GE Business Productivity Solutions, Inc. ('(GEBPS)', 'assets of GEBPS', 'the GEBPS customer base',
 # 'GEBPS, a Georgia corporation'), Business Productivity Solutions, Inc. ('(BPS)', 'to BPS'), Eschelon Telecom, Inc.
 # ('(ETI)'), General Electric Capital Corporation ('(GECC)', 'GECC is'), General Electric Capital Services, Inc.
 # ('(GECS)', 'GECS is'), General Electric Company (once); the heading's upper-case forms not listed. 'GE' inside
 # 'GE Business Productivity Solutions, Inc.' is part of that name (no GE entity of its own beyond General Electric
 # Company, which is written out). Organization: 'the Commission’s rules' -> Commission. Location: 'a Georgia
 # corporation' -> Georgia. Not annotated: 'Applicants', 'the transferee', 'the applicants' (labels), 'a dominant
 # local exchange carrier' (unnamed), 'WC Docket No. 04- 413', sections. No Person, no role.
 entities=[E("Company", GB, "GEBPS"), E("Company", BP, "BPS"), E("Company", ET, "ETI"), E("Company", GC, "GECC"),
           E("Company", GS, "GECS"), E("Company", GE), E("Organization", CM)] + locs("Georgia"),
 roles=[],
 # - parentOrganization(BPS, ETI): 'BPS, a newly formed subsidiary of Eschelon Telecom, Inc. (ETI)'.
 # - parentOrganization(GEBPS, GECC): 'GEBPS ... is a direct, wholly owned subsidiary of General Electric Capital
 #   Corporation (GECC)'.
 # - parentOrganization(GECC, GECS): 'GECC is a direct, wholly owned subsidiary of General Electric Capital Services,
 #   Inc. (GECS)'.
 # - parentOrganization(GECS, General Electric Company): 'GECS is a direct, wholly owned subsidiary of the ultimate
 #   parent corporation, General Electric Company'.
 #   **Doubtful**: 'the ultimate parent corporation' tells that General Electric Company heads the whole chain; a
 #   reader may add parentOrganization(GEBPS, General Electric Company) (and GECC's) as indirect holdings (45b's
 #   reading of 'an indirect subsidiary'); no sentence here calls GEBPS or GECC General Electric Company's subsidiary,
 #   so only the three stated direct links are kept.
 # Near-misses: no acquired(BPS, GEBPS) and none from ETI -- what passes is 'substantially all of the assets of GEBPS,
 #   including the GEBPS customer base' (the heading: 'ACQUISITION OF ASSETS OF GE BUSINESS PRODUCTIVITY SOLUTIONS,
 #   INC. BY BUSINESS PRODUCTIVITY SOLUTIONS, INC.'): an asset purchase gives nothing (GUIDELINES; 46f, 47j's
 #   Allegiance/Qwest, 47q's Logix/Western); **doubtful** only in that 'substantially all of the assets' with the
 #   customer base comes near a whole business. GEBPS and BPS as co-applicants (not partners); the shared 'Business
 #   Productivity Solutions' in the two names (no tie beyond the sale is stated).
 relations=[L(BP, "parentOrganization", ET), L(GB, "parentOrganization", GC), L(GC, "parentOrganization", GS),
            L(GS, "parentOrganization", GE)],
 outages=[],
 # 'November 19, 2004' (released), 'December 3, 2004' and 'December 10, 2004' (comment dates), 'November 5, 2004'
 # (the filing); '10 percent' no date
 dates=[D("November 19, 2004", "2004-11-19"), D("December 3, 2004", "2004-12-03"), D("December 10, 2004", "2004-12-10"),
        D("November 5, 2004", "2004-11-05")])

# ---- Telepacific Corp. d/b/a TelePacific Communications (no buyer named), DA 02-1532, published 2002-06-28 -----------
TP = "Telepacific Corp."
TH = "U. S. TelePacific Holdings Corp."
SP = "SIPCO Limited"
IC = "Investcorp SA"
A["us-fcc-telepacific-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2002"] = dict(
 # Companies: Telepacific Corp. ('Telepacific Corp. d/ b/ a TelePacific Communications (“ TelePacific” ...)': the
 # d/b/a name and the short name -> aliases, as 43t; 'TelePacific' eight times more), U. S. TelePacific Holdings Corp.
 # ('(“ Holdings”)'; the name as the rendering writes it, the same form as 47q's Mpower file), SIPCO Limited ('(“
 # SIPCO”)'), Investcorp SA ('(“ Investcorp”)', 'Investcorp is organized'). **Doubtful**: the heading's 'U. S.
 # TELEPACIFIC CORPORATION' names the company in another form (upper case, 'U. S.' and 'CORPORATION') -- left out as
 # the lane leaves headings' forms; a reader may add 'U. S. TELEPACIFIC CORPORATION' as an alias. Organization: 'the
 # Commission’s rules' -> Commission. Locations: California (twice), Nevada, Los Angeles, Orange County, San Diego,
 # San Francisco, San Jose, Las Vegas, 'a Delaware corporation' -> Delaware, 'the Cayman Islands', Luxembourg. Not
 # annotated: 'the Applicant' (a label), 'the Communications Act of 1934' (a law; '1934' no date), '47 U. S. C. §
 # 214', '47 C. F. R. § 63.01', 'WC Docket No. 02- 140', 'Internet access', 'web hosting', 'unified messaging'
 # (generic services, no names), 'its various subsidiaries and affiliates' (unnamed). No Person, no role.
 entities=[E("Company", TP, "TelePacific Communications", "TelePacific"), E("Company", TH, "Holdings"),
           E("Company", SP, "SIPCO"), E("Company", IC, "Investcorp"), E("Organization", CM)]
          + locs("California", "Nevada", "Los Angeles", "Orange County", "San Diego", "San Francisco", "San Jose",
                 "Las Vegas", "Delaware", "Cayman Islands", "Luxembourg"),
 roles=[],
 # - parentOrganization(TelePacific, Holdings): 'TelePacific is a wholly owned subsidiary of U. S. TelePacific
 #   Holdings Corp. (“ Holdings”)'.
 # Near-misses: no acquired -- 'to transfer control of the domestic, interstate operations of TelePacific' names no
 #   transferee in the kept text (the heading neither); SIPCO and Investcorp: 'a holding company that operates for the
 #   benefit of the management of Investcorp SA ... and its various subsidiaries and affiliates' states no ownership
 #   of either by the other (**doubtful**: a reader may read parentOrganization or partner into it; the cut sentence
 #   'SIPCO may be deemed to control Investcorp ...' is not in the text and is hedged besides); no tie of SIPCO or
 #   Investcorp to TelePacific or Holdings is stated in the kept text (none annotated).
 relations=[L(TP, "parentOrganization", TH)],
 outages=[],
 # 'June 28, 2002' (released), 'May 10, 2002' (the filing), '1998' (TelePacific began operations); '1934' in the
 # Act's name no date
 dates=[D("June 28, 2002", "2002-06-28"), D("May 10, 2002", "2002-05-10"), D("1998", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
