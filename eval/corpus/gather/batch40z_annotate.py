#!/usr/bin/env python3
"""Batch 40z gold annotations (the texts of batch40z.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the
batch's own cycle test, train, dev, train; batch10_annotate.write_parts), so wp-friends-reunited -> test,
wp-melbourne-it -> train, wp-tripod-web-hosting -> dev. All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'during the 1990s' (a decade), 'for several years', 'currently', 'later' and
'after 16 years of operation' are left out. No text tells an outage (or a near-miss), so every `outages` list is
empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u): 'acquired' and 'the acquisition
of' -> acquired + parentOrganization(target, buyer); 'X's Y subsidiary' -> parentOrganization; a website or web
hosting service 'owned by' or sold to a company -> Service with provider that company (acquired joins two Companies
only); a company and the site it runs under nearly the same name ('Tripod' and 'Tripod.com') -> a Company and a
Service; people who started a company together -> cofounder each; a regulator or accreditation body -> Organization,
its licence no relation; a band -> Organization; a publisher of books -> Company; stock exchanges -> Company
(GUIDELINES.md part 2); generic services ('web and email hosting services', 'a blogging tool') and top-level domains
('.com, .net and .org') -> nothing.
usage: batch40z_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- internet, US: Tripod ---------------------------------------------------------------------------------------------
TC = "Tripod.com"
TR = "Tripod"
BP = "Bo Peabody"
A["wp-tripod-web-hosting"] = dict(
 # the web hosting service -> Service 'Tripod.com' ('a web hosting service owned by Lycos', 'The domain name Tripod.com
 # was created'); the company -> Company 'Tripod' ('Tripod originated in 1992 with ...', 'The company was headquartered
 # ... with Peabody as CEO', 'Tripod also published a magazine'; the bare 'Tripod' of the lead and the Services
 # paragraph read with the company, doubtful: a reader might fold company and site into one entity); Lycos -> Company;
 # Bo Peabody (alias 'Peabody'), Brett Hershey, Dick Sabot -> Person; Williams College ('the school') -> Organization;
 # Williamstown, Massachusetts -> Location each; the Trellix site builder -> Service 'Trellix' (the Trellix company is
 # not named on its own; doubtful: a reader might name it 'Trellix site builder'); Tools for Life ('a magazine') ->
 # Company (magazines are Company, GUIDELINES.md part 2; doubtful: a reader might make the title a Service); Perl, CGI,
 # POP/IMAP, 'the Internet' -> nothing
 entities=[E("Service", TC), E("Company", "Lycos"), E("Company", TR), E("Service", "Trellix"),
           E("Organization", "Williams College"), E("Person", BP, "Peabody"), E("Person", "Brett Hershey"),
           E("Person", "Dick Sabot"), E("Location", "Williamstown"), E("Location", "Massachusetts"),
           E("Company", "Tools for Life")],
 # 'Tripod originated in 1992 with two Williams College classmates, Bo Peabody and Brett Hershey, along with Dick
 # Sabot' -> cofounder of Tripod each (no founding word; the infobox's 'Created by' was cut; doubtful: a reader might
 # give Sabot no role as he came 'along with' them); 'with Peabody as CEO' -> ceo, current false (the company's early
 # years told in the past tense, the site now Lycos's; doubtful: the text says no 'former' or 'left', a reader might
 # keep it current); 'an economics professor at the school' -> other at Williams College (current true, as told of
 # 1992; doubtful: a reader might give no role to an academic)
 roles=[R(BP, "cofounder", TR), R("Brett Hershey", "cofounder", TR), R("Dick Sabot", "cofounder", TR),
        R(BP, "ceo", TR, False), R("Dick Sabot", "other", "Williams College")],
 # 'a web hosting service owned by Lycos' -> provider(Tripod.com, Lycos) (the service's owner; no purchase of the
 # company is told, so no acquired and no parentOrganization(Tripod, Lycos); doubtful); the site the company launched
 # ('The domain name Tripod.com was created ... and the site officially launched in 1995') -> provider(Tripod.com,
 # Tripod); 'the Trellix site builder' offered by Tripod -> no provider (Trellix is the maker's name; doubtful);
 # 'Tripod also published a magazine, Tools for Life' -> parentOrganization(Tools for Life, Tripod) (a publisher's
 # own title; doubtful); 'commissions from partners who would sell products on the site' -> nothing (no partner named)
 relations=[L(TC, "provider", "Lycos"), L(TC, "provider", TR), L("Tools for Life", "parentOrganization", TR)],
 outages=[],
 dates=[D("1992", "1992"), D("September 29, 1994", "1994-09-29"), D("1995", "1995")])

# ---- internet, Australia: Melbourne IT -------------------------------------------------------------------------------
MI = "Melbourne IT"
A["wp-melbourne-it"] = dict(
 # the registrar -> Company; the Australian Securities Exchange (alias 'ASX') -> Company; Cogent, IDR Management
 # Services, WebCentral, Verisign DBMS (the business bought, named so; Verisign not named on its own) and Network
 # Solutions Inc -> Company; ICANN ('ICANN awarded it one of the first five registrar licenses', 'ICANN-accredited')
 # -> Organization (the body that accredits registrars; doubtful: a reader might type the non-profit corporation a
 # Company); London, Washington, DC, Mountain View, California, Australia ('Australia's largest web hosting company')
 # -> Location; 'Australian', 'European' -> nothing
 entities=[E("Company", MI), E("Company", "Australian Securities Exchange", "ASX"), E("Company", "Cogent"),
           E("Company", "IDR Management Services"), E("Location", "London"), E("Location", "Washington, DC"),
           E("Location", "Mountain View"), E("Location", "California"), E("Organization", "ICANN"),
           E("Company", "Network Solutions Inc"), E("Company", "WebCentral"), E("Location", "Australia"),
           E("Company", "Verisign DBMS")],
 # no person is named (the 1996 chairman and chief executive were in the cut History paragraph)
 roles=[],
 # 'operations in several European countries through the acquisition of Cogent, as well as IDR Management Services'
 # -> acquired + parentOrganization for Cogent and for IDR Management Services (the 'as well as' read as a second
 # purchase; doubtful: a reader might read it as a second place of operations only); 'Melbourne IT acquired
 # WebCentral' and 'acquired Verisign DBMS for US$50m' -> acquired + parentOrganization each; the ICANN licence,
 # 'to compete with Network Solutions Inc' and the listing on the ASX -> nothing
 relations=[L(MI, "acquired", "Cogent"), L("Cogent", "parentOrganization", MI),
            L(MI, "acquired", "IDR Management Services"), L("IDR Management Services", "parentOrganization", MI),
            L(MI, "acquired", "WebCentral"), L("WebCentral", "parentOrganization", MI),
            L(MI, "acquired", "Verisign DBMS"), L("Verisign DBMS", "parentOrganization", MI)],
 outages=[],
 dates=[D("1996", "1996"), D("2004", "2004"), D("April 1999", "1999-04"), D("December 1999", "1999-12"),
        D("2006", "2006"), D("2008", "2008")])

# ---- internet, UK: Friends Reunited ----------------------------------------------------------------------------------
FR = "Friends Reunited"
A["wp-friends-reunited"] = dict(
 # the site -> Service 'Friends Reunited' ('a portfolio of social networking websites', 'the site', 'the website'; no
 # company of that name is told, doubtful: a reader might make it a Company); Genes Reunited ('the sister site') ->
 # Service; 'the Dating and Jobs sister sites' -> nothing (not named as sites of their own); ITV ('the ITV network',
 # 'ITV's sale') -> Company; DC Thomson, Brightsolid, Virgin Books -> Company; The Hussys (a band) -> Organization;
 # Britain -> Location; 'the dotcom bust', 'CD collections' -> nothing
 entities=[E("Service", FR), E("Location", "Britain"), E("Service", "Genes Reunited"), E("Company", "ITV"),
           E("Company", "Virgin Books"), E("Organization", "The Hussys"), E("Company", "DC Thomson"),
           E("Company", "Brightsolid")],
 # no person is named (the husband-and-wife team is not named in the lead)
 roles=[],
 # 'the ITV network, which owned the site until August 2009' -> provider(Friends Reunited, ITV) (past ownership
 # recorded); 'ITV's sale of the site to DC Thomson's Brightsolid subsidiary', 'the company relaunched Friends
 # Reunited' -> provider(Friends Reunited, Brightsolid) and parentOrganization(Brightsolid, DC Thomson) (a site, not
 # a company, sold: no acquired; doubtful: a reader might give the site to DC Thomson too); Genes Reunited ('the
 # sister site') -> no provider (its owner is not told); the book 'published ... by Virgin Books' and the song
 # 'released by The Hussys' -> nothing (no deal with the site's owner told); the television programmes on ITV ->
 # nothing beyond the ownership
 relations=[L(FR, "provider", "ITV"), L(FR, "provider", "Brightsolid"),
            L("Brightsolid", "parentOrganization", "DC Thomson")],
 outages=[],
 dates=[D("August 2009", "2009-08"), D("2003", "2003"), D("2006", "2006"), D("2009", "2009"),
        D("March 2012", "2012-03"), D("26 February 2016", "2016-02-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
