#!/usr/bin/env python3
"""Batch 47z gold annotations (the texts of batch47z.py: the Antitrust Division's Federal Register notices on the
settlement of the suit against Cinemark Holdings, Inc.'s proposed acquisition of movie theatres and related assets
from Rave Cinemas, LLC, with Movie Tavern, Inc. to be divested by Alder Wood Partners, L.P., 30 May 2013; and on the
settlement of the suit against GrafTech International Ltd.'s proposed acquisition of Seadrift Coke L.P., with a
supply agreement with ConocoPhillips Company to be modified, 7 December 2010), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41c, 42w, 43o, 44c, 47f, 47i, 47l and 47w for the Division's notices; GUIDELINES section 2):
'the proposed acquisition by X of Y' settled on a proposed Final Judgment awaiting the court -> agreed: `acquired`
only (42w, 43j, 43m, 47l); 'the proposed acquisition by X of movie theatres and related assets from Y' -> an asset
purchase: nothing (GUIDELINES; near-miss, as 43l's Cal Dive note and 47t); 'requires X to divest Y, Inc.' (a named
company the defendant must sell) -> parentOrganization(Y, X) (47i's 'divest subsidiary Labatt USA'; here the word
'subsidiary' is not written: **doubtful**); an ordered divestiture naming no buyer -> nothing (near-miss; 44c, 47n,
47r, 47t); 'X, which is controlled by Y's Chairman' with the chairman unnamed -> no role, no relation (near-miss);
'an existing supply agreement' and 'future supply agreements between X and Z' -> partner(X, Z), direction as written
(GUIDELINES: supply/customer contract); a company named as 'one of Y's competitors' -> rivals, nothing; 'the
Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division
under the Department (43o, 47w); the United States as plaintiff -> Location, without the case name's 'United States
of America' as an alias (43h, 43j, 43m, 47l); the address 'Washington, DC' -> Location (43o, 47w); courts ->
Organization under the name the text gives; defined short names in brackets ('GrafTech', 'Seadrift', 'Conoco') ->
aliases; laws, court papers, the website, the Office of the Clerk, street addresses, telephone numbers, case numbers
and kinds of product ('movie theatres', 'petroleum needle coke') not annotated; 'the Complaint', 'the Court',
'Defendants', 'its customers', 'GrafTech personnel' are generic phrases.
usage: batch47z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Cinemark / Rave Cinemas / Movie Tavern, Federal Register notice, published 2013-05-30 (a Thursday) -------------
CIN = "Cinemark Holdings, Inc."
RAVE = "Rave Cinemas, LLC"
AWP = "Alder Wood Partners, L.P."
MT = "Movie Tavern, Inc."
A["us-doj-federal-register-cinemark-rave-cinemas-movie-tavern-proposed-final-judgment-2013"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice ('the Department of Justice, Antitrust Division, Antitrust
 # Documents Group', "the Department of Justice's Web site"), the Antitrust Division, the Antitrust Documents Group.
 # Companies: Cinemark Holdings, Inc. (the case name, the acquisition and the divestiture: the same full form three
 # times; "Cinemark's Chairman": 'Cinemark' an alias), Rave Cinemas, LLC (once), Alder Wood Partners, L.P. (once),
 # Movie Tavern, Inc. (once). Locations: the United States (plaintiff: 'United States of America et al. v.' in the
 # case name, 'the United States filed'), Washington, DC (the address). No person: "Cinemark's Chairman" is unnamed
 # (no entity, no role; **near-miss**). Not annotated: 'et al.' (the co-plaintiffs and other defendants, unnamed in
 # the kept text: the title's 'United States, et al.' says there are more plaintiffs, past the cut), the Antitrust
 # Procedures and Penalties Act and the Clayton Act (laws), the proposed Final Judgment, the Hold Separate
 # Stipulation and Order, the Competitive Impact Statement and the Complaint (court papers), 'Civil Action No.
 # 1:13-cv-727', 'movie theatres and related assets', 'certain theatre assets' (unnamed assets), the street address
 # '450 Fifth Street NW., Suite 1010', the telephone number, the website 'http://www.justice.gov/atr', the Office of
 # the Clerk
 entities=[E("Organization", DDC), US, E("Company", CIN, "Cinemark"), E("Company", RAVE), E("Company", AWP),
           E("Company", MT), E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")],
 # No named person in the kept text (the section chief's name is past the cut)
 roles=[],
 # 'the proposed acquisition by Cinemark Holdings, Inc. of movie theatres and related assets from Rave Cinemas, LLC'
 # -> an asset purchase (theatres, not the company): nothing (GUIDELINES; **near-miss**; a reader may give acquired,
 # but the text names assets bought from Rave, not Rave itself). 'requires Cinemark Holdings, Inc. to divest certain
 # theatre assets' -> unnamed assets, no buyer -> nothing (**near-miss**). 'requires Alder Wood Partners, L.P. ... to
 # divest Movie Tavern, Inc.' -> Alder Wood owns Movie Tavern: parentOrganization(Movie Tavern, Inc., Alder Wood
 # Partners, L.P.) (as 47i's Labatt USA under InBev: relations carry no time, so the ordered sale does not remove it;
 # **doubtful**: the text does not write 'subsidiary' or 'owns', the ownership is read from 'divest'; a reader may
 # leave it out). 'Alder Wood Partners, L.P., which is controlled by Cinemark's Chairman' -> control by an unnamed
 # person, not by Cinemark: no relation between Alder Wood and Cinemark (**near-miss**; **doubtful**: a reader may
 # tie the two as affiliates, but the text gives no company-to-company tie). 'the Department of Justice, Antitrust
 # Division, Antitrust Documents Group' -> the Group under the Division, the Division under the Department
 relations=[L(MT, "parentOrganization", AWP), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'May 20, 2013' -> 2013-05-20 (the Complaint filed; a Monday). Not dates: '16(b)-(h)', '1:13-cv-727', 'Section 7',
 # '15 U.S.C. 18' (law and case references), '20530' (a ZIP code), '202-514-2481', 'Suite 1010'
 dates=[D("May 20, 2013", "2013-05-20")])

# ---- GrafTech / Seadrift Coke / ConocoPhillips, Federal Register notice, published 2010-12-07 (a Tuesday) -----------
GT = "GrafTech International Ltd."
SC = "Seadrift Coke L.P."
CP = "ConocoPhillips Company"
A["us-doj-federal-register-graftech-seadrift-coke-conocophillips-proposed-final-judgment-2010"] = dict(
 # Organization: the United States District Court for the District of Columbia (once). Companies: GrafTech
 # International Ltd. (the case name and the acquisition; '(“GrafTech”)' and 'GrafTech' nine more times, in
 # "GrafTech's" too: an alias), Seadrift Coke L.P. ('(“Seadrift”)' and 'Seadrift' six more times, in "Seadrift's"
 # too: an alias), ConocoPhillips Company ('(“Conoco”)' and 'Conoco' four more times: an alias). Location: the United
 # States (plaintiff: 'United States of America v.' in the case name, 'the United States filed', 'provide to the
 # United States'). The title's 'Graftech International Ltd.' (the heading's spelling) is not in the text: no alias
 # from the title. Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws), the proposed
 # Final Judgment, the Stipulation, the Competitive Impact Statement and the Complaint (court papers), 'Civil Action
 # No. 1:10-cv-02039', 'petroleum needle coke' (a kind of product), 'an existing supply agreement', 'future supply
 # agreements' (contracts, unnamed), 'a firewall', 'Seadrift documents', 'GrafTech personnel', 'its customers'
 # (unnamed), 'one of Seadrift's competitors' (ConocoPhillips again)
 entities=[E("Organization", DDC), US, E("Company", GT, "GrafTech"), E("Company", SC, "Seadrift"),
           E("Company", CP, "Conoco")],
 # No person in the kept text (the section chief's name is past the cut)
 roles=[],
 # 'the proposed acquisition by GrafTech International Ltd. ("GrafTech") of Seadrift Coke L.P. ("Seadrift")', settled
 # on a proposed Final Judgment awaiting the court -> agreed: acquired(GrafTech, Seadrift) only (47l). 'requires that
 # GrafTech and Seadrift modify an existing supply agreement with ... ConocoPhillips Company ("Conoco")', 'future
 # supply agreements between GrafTech and Conoco', 'All future agreements between Conoco and GrafTech for the
 # provision of petroleum needle coke', "GrafTech's supply negotiations with that company" -> a supply contract
 # between two named companies: partner(GrafTech International Ltd., ConocoPhillips Company), direction as the text
 # first writes it ('between GrafTech and Conoco') (**doubtful**: the first sentence leaves open whether the existing
 # agreement is GrafTech's or Seadrift's -- 'GrafTech and Seadrift modify an existing supply agreement with' Conoco;
 # the later sentences tie the supply to GrafTech only, so no partner for Seadrift; a reader may add partner(Seadrift,
 # Conoco) or read the supply as a customer tie only). 'one of Seadrift's competitors in the provision of petroleum
 # needle coke, ConocoPhillips Company' -> rivals, no relation (**near-miss**). The firewall and the duty to provide
 # documents to the United States -> conduct terms, no relation (**near-miss**). Seadrift's customers (unnamed) ->
 # nothing
 relations=[L(GT, "acquired", SC), L(GT, "partner", CP)],
 outages=[],
 # 'November 29, 2010' -> 2010-11-29 (the Complaint filed; a Monday). Not dates: '16(b)-(h)', '1:10-cv-02039',
 # 'Section 7', '15 U.S.C. 18' (law and case references), '(1)', '(2)' (list numbers)
 dates=[D("November 29, 2010", "2010-11-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
