#!/usr/bin/env python3
"""Gold for batch 52p (session 53, gatherer 52p): three FCC broadcast-licence texts of 1966, 2007 and 2012 (the
Commission's en banc grant of 20 October 1966, 6 F.C.C.2d 898, assigning the WXHR (AM) and WXHR-FM licences and a
Channel 56 television permit from Harvey Radio Laboratories, Inc. to WKBG, Inc., half owned by Globe Newspaper Co. and
half by Kaiser Broadcasting Corp., with Chairman Hyde's concurring statement -- a nicholasjohnson.org copy; the Media
Bureau's letter DA 07-3916 of 14 September 2007 on the application to assign WBUI(TV), Decatur, from ACME Television
Licenses of Illinois, LLC to GOCOM Media of Illinois, LLC -- a docslib.org copy; the Media Bureau's letter DA 12-186 of
13 February 2012 granting the assignment of FM translator W244BC, Ocala, from Radio Training Network, Inc. to
Generations Broadcasting Corporation -- the FCC's own text), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-52k of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell, and an application pending before the Commission -> acquired(assignee, the station) only
(44k, 50c-52k); the assignor of a station's licence and a station's stated licensee ('GOCOM, licensee of WRSP-TV') ->
parentOrganization(S, X) (51e's to 52k's call; **doubtful**: a reader may give the licence holder no ownership link;
GUIDELINES: ownership stated as past is still recorded); a company owned half each by two named companies ('50
percent owned by X ... and 50 percent by Y') -> parentOrganization to each owner (41k's and 45zw's jointly owned
company; **doubtful**: 52d left a lone 50% holding without a relation); 'S, Channel n (Network)' -> partner(S,
network) (51e's 'a CBS affiliate' call; **doubtful**); radio and television stations and an FM translator -> Company
(35l, 43v, 49m, 51e-52k); Commissioners -> Person with role other at the Commission, 'Commissioners Hyde (Chairman)'
-> chairman (51r, 51zo, 51zq, 52d); a name differing from another form only in case ('CHAIRMAN HYDE') not listed as an
alias (50c, 51r); short names in parentheses or quotation marks ('(ACME)', '(\u201cRTN\u201d)', '(\u201cStation\u201d)')
-> aliases (51e's Budd 'Station'); 'the Commission' -> Organization 'Commission', one surface form (51zg, 51zq, 52d,
52k); place names -> Location, a state's abbreviation ('IL') its own Location as written (51r, 51zd, 51zo, 51zq, 52d,
52k; **doubtful**); a named site ('Boston State House') -> Location (GUIDELINES); files, facility IDs, rules,
sections, markets ('Nielsen Designated Market Area', 'the Champaign & Springfield-Decatur DMA'), applications,
petitions, prices and percentages not annotated; the captions and 'Re:' lines kept as `title` not annotated beyond
what the text repeats.
usage: batch52p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- WXHR (AM), WXHR-FM, Channel 56 permit -> WKBG, Inc. (Globe Newspaper Co. / Kaiser Broadcasting Corp.), 1966 --
WKBG = "WKBG, Inc."
GLOBE = "Globe Newspaper Co."
KAISER = "Kaiser Broadcasting Corp."
COMMRS = ["Bartley", "Lee", "Cox", "Loevinger", "Wadsworth", "Johnson"]
A["us-fcc-harvey-radio-laboratories-wkbg-globe-newspaper-kaiser-broadcasting-wxhr-assignment-1966"] = dict(
 # Organization: the Commission ('the Commission en banc'; 'our interim policy' the Commission speaking through its
 # Chairman: a pronoun). Persons: Hyde ('Commissioners Hyde (Chairman)', 'Chairman Hyde'; the heading's 'CHAIRMAN
 # HYDE' differs only in case, not listed), Bartley, Lee, Cox, Loevinger, Wadsworth, Johnson (each by surname, in the
 # vote line and the statements line). Companies: WKBG, Inc. (twice; 'the applicant' in Hyde's statement: generic);
 # Globe Newspaper Co. (a newspaper publisher: Company, GUIDELINES); Kaiser Broadcasting Corp.; WXHR-TV ('WXHR-TV is
 # now off the air': the television station whose construction permit is assigned, as the caption shows). Location:
 # Boston State House ('within 25 miles of Boston State House': a named site, GUIDELINES; 'Boston' inside it no
 # mention of its own). Not annotated: 'AM-FM stations' and 'TV station' (unnamed in the text: WXHR (AM) and WXHR-FM
 # only in the caption), 'four UHF TV stations and one FM station' (unnamed), the 'top fifty' proceeding and 'our
 # interim policy' (a proceeding and a policy), 'UHF', 'VHF-TV', '$1,750,000', '50 percent'.
 entities=[E("Organization", CM), E("Person", "Hyde")] + [E("Person", p) for p in COMMRS]
          + [E("Company", WKBG), E("Company", GLOBE), E("Company", KAISER), E("Company", "WXHR-TV"),
             E("Location", "Boston State House")],
 # 'Commissioners Hyde (Chairman)', 'Chairman Hyde', 'CHAIRMAN HYDE' -> chairman at the Commission; 'Bartley, Lee,
 # Cox, Loevinger, Wadsworth, and Johnson' among the 'Commissioners', each again as 'Commissioner ...' -> other
 # (GUIDELINES). All current (the grant's day). The vote line names no body beside 'the Commission en banc, by
 # Commissioners ...', which ties them to it.
 roles=[R("Hyde", "chairman", CM)] + [R(p, "other", CM) for p in COMMRS],
 # - acquired(WKBG, Inc., WXHR-TV): 'granted assignment of licenses of AM-FM stations and construction permit for TV
 #   station to WKBG, Inc.; consideration $1,750,000', and 'WXHR-TV is now off the air' (granted, consummation not
 #   told -> acquired only; **doubtful** twice: the text never says in so many words that WXHR-TV is the TV station
 #   assigned -- the caption does --, and a reader may hold the assignment of a construction permit as an asset
 #   purchase, GUIDELINES' 'assets: nothing').
 # - parentOrganization(WKBG, Inc., Globe Newspaper Co.) and parentOrganization(WKBG, Inc., Kaiser Broadcasting
 #   Corp.): 'WKBG, Inc., is 50 percent owned by Globe Newspaper Co., ... and 50 percent by Kaiser Broadcasting Corp.'
 #   (jointly owned, 41k's call; **doubtful** as in the docstring).
 # Near-misses: partner(Globe Newspaper Co., Kaiser Broadcasting Corp.) (the two co-own WKBG, but the text names no
 #   partnership or joint venture between them: no relation); Kaiser's 'four UHF TV stations and one FM station'
 #   (unnamed: no relation); the seller Harvey Radio Laboratories, Inc. and the stations WXHR (AM), WXHR-FM (caption
 #   only); the agreement 'not to compete in radio or TV broadcasting' (a covenant of the sale, no partner).
 relations=[L(WKBG, "acquired", "WXHR-TV"), L(WKBG, "parentOrganization", GLOBE),
            L(WKBG, "parentOrganization", KAISER)],
 outages=[],
 # 'October 20, 1966' (the date line and the body's 'On October 20, 1966': the same text and value, one item). Not
 # dates: 'for 10 years' (a span), 'now', 'At the present state' (cut), 'in the case at present'.
 dates=[D("October 20, 1966", "1966-10-20")])

# ---- WBUI(TV), Decatur: ACME Television Licenses of Illinois -> GOCOM Media of Illinois (DA 07-3916), 2007-09-14 ---
WBUI = "WBUI(TV)"
ACME = "ACME Television Licenses of Illinois, LLC"
GOCOM = "GOCOM Media of Illinois, LLC"
A["us-fcc-acme-television-gocom-media-wbui-tv-decatur-wrsp-tv-assignment-letter-2007"] = dict(
 # Organization: the Commission ("the Commission's rules", 'the Commission\u2019s rules': possessives dropped).
 # Companies: WBUI(TV) (the 'Re:' line and the body; 'WBUI' twice -> alias, as 51e's 'WFXU'); ACME Television Licenses
 # of Illinois, LLC ('(ACME)' -> alias); GOCOM Media of Illinois, LLC ('(GOCOM)', 'GOCOM' -> alias); WRSP-TV (twice);
 # CW ('Channel 23 (CW)') and Fox ('Channel 55 (Fox)'), the networks, named on their own (Company, as 51e's CBS and
 # Fox). Locations: Decatur (the 'Re:' line, 'Decatur, Illinois'), IL (the 'Re:' line, as written), Illinois (twice),
 # Springfield ('Springfield, Illinois'). Not annotated: 'Nielsen Designated Market Area (DMA)' (a market definition;
 # Nielsen named only inside the term, GUIDELINES' name-inside-a-product rule; near-miss), 'the Champaign &
 # Springfield-Decatur DMA' (a market; 'Champaign' only inside it), 'Section 73.3555(b)(2)' and 'the television
 # duopoly rule' (rules), 'Channel 23', 'Channel 55', 'Grade B contours', 'the DMA', the facility and file numbers.
 entities=[E("Organization", CM), E("Company", WBUI, "WBUI"), E("Company", ACME, "ACME"),
           E("Company", GOCOM, "GOCOM"), E("Company", "WRSP-TV"), E("Company", "CW"), E("Company", "Fox"),
           E("Location", "Decatur"), E("Location", "IL"), E("Location", "Illinois"), E("Location", "Springfield")],
 # No person is named in the kept text (the addressees, counsel for the parties, were left out with the address
 # block).
 roles=[],
 # - acquired(GOCOM Media of Illinois, LLC, WBUI(TV)): 'the application for consent to assign the license for
 #   WBUI(TV) ... from ACME ... to GOCOM Media of Illinois, LLC (GOCOM)', 'to permit GOCOM ... to acquire WBUI'
 #   (an agreed sale before the Commission, the decision past the excerpt -> acquired only, 52k's Starr call;
 #   **doubtful**: a reader may hold an application under review, with a waiver still to be decided, as no agreed
 #   purchase).
 # - parentOrganization(WBUI(TV), ACME Television Licenses of Illinois, LLC): the assignor of the licence (the lane's
 #   licensee call; **doubtful** as in the docstring).
 # - parentOrganization(WRSP-TV, GOCOM Media of Illinois, LLC): 'GOCOM, licensee of WRSP-TV' (the licensee call).
 # - partner(WBUI(TV), CW) and partner(WRSP-TV, Fox): 'WBUI(TV), Channel 23 (CW)', 'WRSP-TV, Channel 55 (Fox)' (the
 #   network each station carries, 51e's affiliate call; **doubtful**: the affiliation is shown only by the network's
 #   name in parentheses, and a reader may give it no relation).
 # Near-misses: 'two television stations ... may be commonly owned' and 'after the merger' (the rule's general terms,
 #   no named parties); GOCOM's planned common ownership of WBUI and WRSP-TV (the acquisition above, no more); no
 #   partner between ACME and GOCOM (a sale).
 relations=[L(GOCOM, "acquired", WBUI), L(WBUI, "parentOrganization", ACME), L("WRSP-TV", "parentOrganization", GOCOM),
            L(WBUI, "partner", "CW"), L("WRSP-TV", "partner", "Fox")],
 outages=[],
 # 'September 14, 2007' (the release line, = `published`). Not dates: 'currently in effect', 'post-merger', 'after
 # the merger' (no calendar value), 'DA 07-3916', '20070706' inside the file number (a number).
 dates=[D("September 14, 2007", "2007-09-14")])

# ---- W244BC, Ocala: Radio Training Network, Inc. -> Generations Broadcasting Corporation (DA 12-186), 2012-02-13 ---
RTN = "Radio Training Network, Inc."
GBC = "Generations Broadcasting Corporation"
A["us-fcc-radio-training-network-generations-broadcasting-w244bc-ocala-translator-assignment-letter-2012"] = dict(
 # Companies: W244BC (the 'In re:' line and 'FM Translator Station W244BC'; '(\u201cStation\u201d)' and 'the Station
 # license' -> alias 'Station', the letter's defined short name, as 51e's Budd 'Station'; **doubtful**: a reader may
 # hold 'Station' a generic noun); Radio Training Network, Inc. ('(\u201cRTN\u201d)', 'RTN' -> alias); Generations
 # Broadcasting Corporation ('(\u201cGBC\u201d)', 'GBC' -> alias). Person: William Johnson ('(\u201cJohnson\u201d)' ->
 # alias 'Johnson'). Locations: Ocala, Florida (each twice). Not annotated: 'Application', 'Petition', 'Petition to
 # Issue Letter of Inquiry' (filings, their defined names), 'FM Translator', 'we' (the Bureau speaking, unnamed in the
 # kept text), the facility and file numbers.
 entities=[E("Company", "W244BC", "Station"), E("Company", RTN, "RTN"), E("Company", GBC, "GBC"),
           E("Person", "William Johnson", "Johnson"), E("Location", "Ocala"), E("Location", "Florida")],
 # No title is given to anyone: William Johnson is an objector with no post stated (no role).
 roles=[],
 # - acquired(Generations Broadcasting Corporation, W244BC): 'the proposed assignment of license for FM Translator
 #   Station W244BC ... from Radio Training Network, Inc. ... to Generations Broadcasting Corporation', 'we deny the
 #   Petition ... and grant the Application' (granted, consummation not told -> acquired only).
 # - parentOrganization(W244BC, Radio Training Network, Inc.): the assignor of the licence, 'RTN filed the Application
 #   for consent to assign the Station license to GBC' (the lane's licensee call; **doubtful** as in the docstring).
 # Near-misses: William Johnson's petition to deny (a Person opposing the sale: no relation); no partner between RTN
 #   and GBC (a sale).
 relations=[L(GBC, "acquired", "W244BC"), L("W244BC", "parentOrganization", RTN)],
 outages=[],
 # 'February 13, 2012' (the release line, = `published`); 'January 3, 2011' (the petition's filing); 'November 18,
 # 2010' (the application's filing). Not dates: '20101118' inside the file number, 'DA 12-186' (left out).
 dates=[D("February 13, 2012", "2012-02-13"), D("January 3, 2011", "2011-01-03"),
        D("November 18, 2010", "2010-11-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
