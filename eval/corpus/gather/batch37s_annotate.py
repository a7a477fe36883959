#!/usr/bin/env python3
"""Batch 37s gold annotations (the texts of batch37s.py), written from each text alone; newskg was not run on
either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle; batch10_annotate.write_parts), so wp-oi-telecommunications -> test, wp-tstt -> train. Both are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates). Neither text tells an outage, so both
`outages` lists are empty.
Conventions (GUIDELINES.md part 2; batches 27d-36x): 'X and Y are subsidiaries of Z' -> parentOrganization for
each; 'jointly owned by A and B' with no shares stated -> parentOrganization to each owner (doubtful); a sale to an
unnamed consortium, and its leaders' stated minority shares -> nothing; a merger that does not say who bought whom
-> nothing (the merged carriers kept as Company entities); a former or legal name of the same company -> alias;
governments -> Organization; streets, buildings, towns and villages -> Location with no relation; licences granted
by an unnamed body -> nothing.
usage: batch37s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
# ---- telecom, Brazil: Oi -------------------------------------------------------------------------------------------------------
OI = "Telemar Norte Leste S.A."
TNL = "Tele Norte Leste Participacoes SA"
A["wp-oi-telecommunications"] = dict(
 # the company -> Company under its legal name, the fullest form in the text; 'Oi', 'Telemar' (its former name) and
 # 'Tele Norte Leste' ('was formed as Tele Norte Leste': the name it was formed under) aliases (doubtful: 'Tele
 # Norte Leste' is also the first part of the holding company's name, which is its own entity); 'It' refers back;
 # 'Telemar Internet Ltda. (Oi Internet)' -> Company, 'Oi Internet' an alias (the subsidiary's trading name; a reader
 # might make it a Service, the ISP brand, provided by the subsidiary); 'Companhia AIX Participacoes S.A.' ->
 # Company; 'Tele Norte Leste Participacoes SA (Tele Norte Leste Holding Company, or TNL)' -> Company, both other
 # forms aliases; Telebras (the state telephone system broken up in 1998) -> Company (a state-owned company run as
 # a business); 'the Brazilian construction firm Andrade Gutierrez' and 'Inepar Holdings' -> Company; Brazil and Rio
 # de Janeiro -> Location; 'a consortium' (unnamed), 'sixteen state-owned incumbent local exchange carriers
 # (ILECs)' (unnamed; 'ILECs' a generic acronym), 'a growing mobile phone network', 'ADSL' (a technology) -> nothing
 entities=[E("Company", OI, "Oi", "Telemar", "Tele Norte Leste")]
          + locs("Brazil", "Rio de Janeiro")
          + [E("Company", "Telemar Internet Ltda.", "Oi Internet"), E("Company", "Companhia AIX Participacoes S.A."),
             E("Company", TNL, "Tele Norte Leste Holding Company", "TNL"), E("Company", "Telebras"),
             E("Company", "Andrade Gutierrez"), E("Company", "Inepar Holdings")],
 # the text names no person (the chief executive and chairman and the CFO stood only in the cut infobox)
 roles=[],
 # 'Oi, along with Telemar Internet Ltda. (Oi Internet) and Companhia AIX Participacoes S.A., are subsidiaries of
 # Tele Norte Leste Participacoes SA' -> parentOrganization for each of the three; 'In the break-up of Telebras in
 # 1998 it was sold to a consortium' -> nothing (doubtful: a reader might record a past parentOrganization to
 # Telebras, which the text implies and does not state; the buyer is an unnamed consortium, so no acquired);
 # Andrade Gutierrez (21.2%) and Inepar Holdings (20%) leading the consortium -> nothing (minority shares in an
 # unnamed buyer; a reader might record partner between the two leaders of one consortium); 'Telemar and its
 # subsidiaries' (unnamed) -> nothing
 relations=[L(OI, "parentOrganization", TNL), L("Telemar Internet Ltda.", "parentOrganization", TNL),
            L("Companhia AIX Participacoes S.A.", "parentOrganization", TNL)],
 outages=[],
 dates=[D("1998", "1998")])

# ---- telecom, Trinidad and Tobago: TSTT ----------------------------------------------------------------------------------------
TS = "Telecommunications Services of Trinidad and Tobago Limited"
GOV = "Government of Trinidad and Tobago"
A["wp-tstt"] = dict(
 # the company -> Company, 'TSTT' an alias; 'the Government of Trinidad and Tobago' -> Organization ('the
 # government' later, operating rural lines in the early 1900s, read as the colony's government, not a separate
 # entity); Cable & Wireless -> Company; 'Telco (Trinidad and Tobago Telephone Company Limited)' and 'Textel
 # (Trinidad and Tobago External Telecommunications Company Limited)' -> Company each, the short names aliases;
 # FLOW, Digicel and Laqtel -> Company (operators given a fixed-line service and cellular licences); 'the Town Hall
 # (now City Hall)' -> Location, 'City Hall' an alias (a named building, its later name); Frederick Street, Port of
 # Spain, Carenage, Chaguaramas, Arima, Manzanilla, San Fernando, Cedros, Tobago and Bacolet -> Location; 'a Mr.
 # Bell of Bacolet' -> Person 'Bell' (honorific dropped; doubtful: the name might be kept as 'Mr. Bell'); 'the
 # first Telephone Exchange', 'the Telephone System' (capitalised generic phrases) -> nothing; 'the Telephone
 # Communication Ordinance' (a law) -> nothing
 entities=[E("Company", TS, "TSTT"), E("Location", "Trinidad and Tobago"), E("Organization", GOV),
           E("Company", "Cable & Wireless"),
           E("Company", "Trinidad and Tobago Telephone Company Limited", "Telco"),
           E("Company", "Trinidad and Tobago External Telecommunications Company Limited", "Textel"),
           E("Company", "FLOW"), E("Company", "Digicel"), E("Company", "Laqtel"),
           E("Location", "Town Hall", "City Hall")]
          + locs("Frederick Street", "Port of Spain", "Carenage", "Chaguaramas", "Arima", "Manzanilla",
                 "San Fernando", "Cedros", "Tobago", "Bacolet")
          + [E("Person", "Bell")],
 # no title is given to anyone: Mr. Bell 'started the service in Tobago' (no organisation named; a reader might
 # call him a founder, but there is no org to attach it to)
 roles=[],
 # 'jointly owned by the Government of Trinidad and Tobago and Cable & Wireless' -> parentOrganization to each
 # (an owned-by statement, no shares stated; doubtful: a reader might see a joint venture and record partner
 # between the two owners instead, or nothing, as for minority stakes); 'formed out of a merger of Telco ... and
 # Textel' -> nothing (a merger that does not say who bought whom); FLOW's fixed-line service (unnamed) and the
 # cellular licences granted to Digicel and Laqtel (by an unnamed body) -> nothing
 relations=[L(TS, "parentOrganization", GOV), L(TS, "parentOrganization", "Cable & Wireless")],
 outages=[],
 # 'Around 1890' -> the year (the text's '1890'); 'In the early 1900s' -> skipped (part of a decade, no calendar
 # value in the format; doubtful: a reader might give 1900s as the decade)
 dates=[D("June 2005", "2005-06"), D("1883", "1883"), D("1898", "1898"), D("1890", "1890")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
