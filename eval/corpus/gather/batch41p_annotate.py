#!/usr/bin/env python3
"""Batch 41p gold annotations (the texts of batch41p.py: the SDNY U.S. Attorney's Office's release on the charges
against VimpelCom Limited and its wholly owned Uzbek subsidiary Unitel LLC, 18 February 2016; the Office of Public
Affairs' release on Telia Company AB and its Uzbek subsidiary Coscom LLC, 21 September 2017; the SDNY U.S. Attorney's
Office's release on Paul Roberts, founder and former CEO and Chairman of Kubient, Inc, 16 September 2024), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 39s, 40d, 40h for US Attorneys' releases; 40zi, 41h for the Department's divisions; 41m for FCPA
subsidiaries; GUIDELINES section 2): 'its wholly owned ... subsidiary' / 'its ... subsidiary' -> parentOrganization;
a division or agency unit named with its parent ('the Criminal Division of the Department of Justice', 'U.S.
Immigration and Customs Enforcement's Homeland Security Investigations') -> parentOrganization; '(Acting) Assistant
Attorney General for/of the Criminal Division' -> head of the Criminal Division (40zi's and 41h's reading of the
Antitrust Division's AAG); 'Chief of' an agency unit -> head; 'Special Agent in Charge' / 'Inspector in Charge' of a
field office or division -> executive at the agency (39s, 40d, 40h; the field office or division not its own entity);
a US Attorney -> head of the office only where the text names the office as a body ('SDNY' entering the DPA), else no
role (39s, 40d, 40h); judges -> Person, no role (no court entity in the kept texts); 'founder' -> founder, current;
'former Chief Executive Officer', 'former Chairman of the Board of Directors' -> ceo, chairman, not current; a named
product users use -> Service with its maker as provider; charges, laws (the FCPA), agreements (the DPA), the
'Information' and 'Uzbek' (an adjective) are not entities.
usage: batch41p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

CD = "Criminal Division"
IRS = "Internal Revenue Service-Criminal Investigation"
ICE = "U.S. Immigration and Customs Enforcement"
HSI = "Homeland Security Investigations"
A = {}

# ---- VimpelCom / Unitel, USAO SDNY, published 2016-02-18 (a Thursday) ------------------------------------------------
A["us-doj-usao-sdny-vimpelcom-unitel-uzbek-bribery-charges-2016"] = dict(
 # People: Preet Bharara ('Mr. Bharara' -> alias 'Bharara'), Leslie R. Caldwell, Richard Weber, Clark E. Settles,
 # Edgardo Ramos (the judge). Organizations: the Department of Justice ('DOJ', twice), its Criminal Division,
 # Internal Revenue Service-Criminal Investigation ('IRS-CI'; one name as written, no separate IRS entity), U.S.
 # Immigration and Customs Enforcement, its Homeland Security Investigations ('HSI'; the 'Washington, D.C., Field
 # Office' folded into HSI), SDNY (the U.S. Attorney's Office, named as a body only as 'SDNY', which 'entered into a
 # deferred prosecution agreement'). Companies: VimpelCom Limited ('VimpelCom'), Unitel LLC ('Unitel').
 # Locations: Washington, D.C. (the field office's city, one entity), New York ('publicly traded in New York'),
 # Uzbekistan, the United States ('to the United States', 40zk). Not annotated: 'the Southern District of New York'
 # (a judicial district in the US Attorney's title; **doubtful**: a reader may take it as a Location or as the
 # office's name), the FCPA (a law), the DPA (an agreement), 'a government official in Uzbekistan' (unnamed),
 # 'Uzbek' (an adjective)
 entities=[E("Person", "Preet Bharara", "Bharara"), E("Person", "Leslie R. Caldwell"), E("Person", "Richard Weber"),
           E("Person", "Clark E. Settles"), E("Person", "Edgardo Ramos"),
           E("Organization", "Department of Justice", "DOJ"), E("Organization", CD),
           E("Organization", IRS, "IRS-CI"), E("Organization", ICE), E("Organization", HSI, "HSI"),
           E("Organization", "SDNY"),
           E("Company", "VimpelCom Limited", "VimpelCom"), E("Company", "Unitel LLC", "Unitel")]
          + locs("Washington, D.C.", "New York", "Uzbekistan", "United States"),
 # Bharara, 'the United States Attorney for the Southern District of New York' -> head of SDNY (**doubtful**: the
 # office is named as a body only by the initials; 39s/40d/40h gave no role where no office was named). Caldwell,
 # 'the Assistant Attorney General for the Criminal Division of the Department of Justice' -> head of the Criminal
 # Division. Weber, 'Chief of the Internal Revenue Service-Criminal Investigation' -> head. Settles, 'Special Agent
 # in Charge of ... HSI Washington, D.C., Field Office' -> executive at Homeland Security Investigations (39s's
 # reading; doubtful: head of the field office). Ramos, 'United States District Judge': no role (no court entity)
 roles=[R("Preet Bharara", "head", "SDNY"), R("Leslie R. Caldwell", "head", CD),
        R("Richard Weber", "head", IRS), R("Clark E. Settles", "executive", HSI)],
 # 'VimpelCom Limited ..., and its wholly owned Uzbek subsidiary, Unitel LLC' -> parentOrganization(Unitel LLC,
 # VimpelCom Limited). 'the Criminal Division of the Department of Justice' -> parentOrganization; 'U.S. Immigration
 # and Customs Enforcement's Homeland Security Investigations' -> parentOrganization. 'SDNY and the DOJ entered into
 # a deferred prosecution agreement' -> nothing (two prosecuting bodies acting together, not a partnership of
 # organisations in GUIDELINES' sense; SDNY not said to be part of the DOJ in the kept text)
 relations=[L("Unitel LLC", "parentOrganization", "VimpelCom Limited"),
            L(CD, "parentOrganization", "Department of Justice"),
            L(HSI, "parentOrganization", ICE)],
 outages=[],
 # 'today' (twice, one item) -> 2016-02-18. Not dates: 'a term of three years' is cut; '$114 million', '$40 million'
 dates=[D("today", "2016-02-18")])

# ---- Telia / Coscom, Office of Public Affairs, published 2017-09-21 (a Thursday) ------------------------------------
A["us-doj-telia-coscom-uzbek-foreign-bribery-resolution-2017"] = dict(
 # Companies: Telia Company AB, Coscom LLC. Organizations: the Justice Department (the only full name in the kept
 # text; 'the Department' twice, not an alias: 40zi, 41h), its Criminal Division, Internal Revenue Service-Criminal
 # Investigation ('IRS-CI'), U.S. Immigration and Customs Enforcement, Homeland Security Investigations ('ICE-HSI';
 # the field office folded in). People: Kenneth A. Blanco ('Blanco'), Joon H. Kim, Don Fort, Patrick J. Lechleitner.
 # Locations: Stockholm (inside 'Stockholm-based'), the U.S. ('in the U.S.'), Uzbekistan, Washington, D.C. Not
 # annotated: 'the Southern District of New York' (a judicial district in Kim's title; doubtful as in the VimpelCom
 # text), 'its foreign counterparts' (unnamed), the FCPA (a law), 'Uzbek' (an adjective)
 entities=[E("Company", "Telia Company AB"), E("Company", "Coscom LLC"),
           E("Organization", "Justice Department"), E("Organization", CD),
           E("Organization", IRS, "IRS-CI"), E("Organization", ICE), E("Organization", HSI, "ICE-HSI"),
           E("Person", "Kenneth A. Blanco", "Blanco"), E("Person", "Joon H. Kim"), E("Person", "Don Fort"),
           E("Person", "Patrick J. Lechleitner")]
          + locs("Stockholm", "U.S.", "Uzbekistan", "Washington, D.C."),
 # Blanco, 'Acting Assistant Attorney General ... of the Justice Department's Criminal Division' -> head of the
 # Criminal Division (acting, current). Fort, 'Chief Don Fort of Internal Revenue Service-Criminal Investigation'
 # -> head. Lechleitner, 'Special Agent in Charge ... of ... Homeland Security Investigations (ICE-HSI) Washington,
 # D.C., Field Office' -> executive at HSI. Kim, 'Acting U.S. Attorney ... of the Southern District of New York':
 # no role (no office named as a body in the kept text: 39s/40d/40h; **doubtful**)
 roles=[R("Kenneth A. Blanco", "head", CD), R("Don Fort", "head", IRS),
        R("Patrick J. Lechleitner", "executive", HSI)],
 # 'Telia Company AB ... and its Uzbek subsidiary, Coscom LLC' -> parentOrganization(Coscom LLC, Telia Company AB);
 # the Criminal Division -> the Justice Department; HSI -> ICE
 relations=[L("Coscom LLC", "parentOrganization", "Telia Company AB"),
            L(CD, "parentOrganization", "Justice Department"),
            L(HSI, "parentOrganization", ICE)],
 outages=[],
 # No resolvable time expression in the kept text ('formerly' is none)
 dates=[])

# ---- Kubient / Paul Roberts, USAO SDNY, published 2024-09-16 (a Monday) ---------------------------------------------
A["us-doj-usao-sdny-kubient-former-ceo-roberts-pleads-guilty-2024"] = dict(
 # People: Paul Roberts ('PAUL ROBERTS', 'ROBERTS' in 'ROBERTS's' and 'ROBERTS plead', 'Roberts'), Damian Williams,
 # Daniel B. Brubaker, Jennifer L. Rochon (the judge). Organization: the U.S. Postal Inspection Service ('USPIS'; its
 # 'New York Division' folded in, not its own entity). Company: Kubient, Inc ('Kubient', as written without a full
 # stop). Service: Kubient Artificial Intelligence ('KAI', 'Kubient's proprietary fraud detection tool', also 'an
 # AI-powered tool' in the quotation). Not annotated: 'the Southern District of New York' (doubtful, as in the
 # VimpelCom text), 'New York' inside 'the New York Division' (part of a unit's name), 'this Office' (generic), the
 # 'Information' (a court paper), 'investors and auditors', 'the independent certified public accountants' (unnamed)
 entities=[E("Person", "Paul Roberts", "PAUL ROBERTS", "ROBERTS", "Roberts"), E("Person", "Damian Williams"),
           E("Person", "Daniel B. Brubaker"), E("Person", "Jennifer L. Rochon"),
           E("Organization", "U.S. Postal Inspection Service", "USPIS"),
           E("Company", "Kubient, Inc", "Kubient"),
           E("Service", "Kubient Artificial Intelligence", "KAI")],
 # Roberts, 'the founder, former Chief Executive Officer, and former Chairman of the Board of Directors of Kubient,
 # Inc' (and 'the founder and former CEO of Kubient') -> founder (current: a founder stays one), ceo (former),
 # chairman (former; the chair only named, GUIDELINES' board rule). Brubaker, 'the Inspector in Charge of the New
 # York Division of the U.S. Postal Inspection Service' -> executive at the USPIS (the special agent in charge
 # reading; doubtful: head of the division). Williams, 'the United States Attorney for the Southern District of New
 # York': no role (no office named as a body; 'this Office' generic: 39s/40d/40h; **doubtful**). Rochon, 'U.S.
 # District Judge': no role (no court entity)
 roles=[R("Paul Roberts", "founder", "Kubient, Inc"), R("Paul Roberts", "ceo", "Kubient, Inc", False),
        R("Paul Roberts", "chairman", "Kubient, Inc", False),
        R("Daniel B. Brubaker", "executive", "U.S. Postal Inspection Service")],
 # 'Kubient's proprietary fraud detection tool, Kubient Artificial Intelligence ("KAI")' -> provider
 relations=[L("Kubient Artificial Intelligence", "provider", "Kubient, Inc")],
 outages=[],
 # 'today' (twice) and 'Today's' -> one item 'today' 2024-09-16 (41h's call); 'December 18, 2024' -> 2024-12-18.
 # Not dates: 'at the time of Kubient's initial public offering' (no date in the kept text)
 dates=[D("today", "2024-09-16"), D("December 18, 2024", "2024-12-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
