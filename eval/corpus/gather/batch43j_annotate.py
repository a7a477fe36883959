#!/usr/bin/env python3
"""Batch 43j gold annotations (the texts of batch43j.py: the Antitrust Division's Federal Register notices on CVS
Health Corporation's proposed acquisition of Aetna Inc., 17 October 2018; on Microsemi Corporation's acquisition of
the assets of Semicoa, 1 September 2009; on the proposed acquisition by Unilever of Alberto-Culver Co., 13 May
2011), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zk, 41c, 42k, 42w, 42z, 43c and 43h for the Division's notices; GUIDELINES section 2): 'X's
proposed acquisition of Y' settled on a proposed Final Judgment -> agreed: `acquired` only (42w, 42z, 40zk); an
acquisition 'of the assets of' a company -> asset purchase, nothing (GUIDELINES; near-miss); an ordered divestiture
of a business, brands or assets naming no buyer -> nothing (near-miss); 'X, Chief, Y Section, Antitrust Division'
-> head of the Section, the Section under the Division (42z's Fones, 43h); 'Department of Justice, Antitrust
Division, Antitrust Documents Group' -> the Group under the Division, the Division under the Department (40zk, 42w,
43h); the case name's defendants listed together -> no relation among them (42z's Premdor); the United States as
plaintiff -> Location; laws, court papers, the Federal Register, the website, the Office of the Clerk, street
addresses and telephone numbers not annotated; the address 'Washington, DC' -> Location (21c, 40zk, 42w, 43h).
usage: batch43j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}

# ---- CVS Health / Aetna, Federal Register notice, published 2018-10-17 (a Wednesday) ---------------------------------
CVS = "CVS Health Corporation"
AET = "Aetna Inc."
HCP = "Healthcare and Consumer Products Section"
A["us-doj-federal-register-cvs-health-aetna-proposed-final-judgment-2018"] = dict(
 # Companies: CVS Health Corporation (the case name and "CVS Health Corporation's"), Aetna Inc. (the case name and
 # 'acquisition of Aetna Inc.'; 'Aetna' in "Aetna's individual prescription drug plan business", an alias).
 # Organizations: the court (twice, once in 'the Office of the Clerk of ...'), the Antitrust Division (four times,
 # also "the Antitrust Division's website"), the Department of Justice ('Department of Justice regulations' and the
 # address), the Healthcare and Consumer Products Section (the chief's section). Person: Peter Mucchetti. Locations:
 # the United States (plaintiff: 'United States of America v.' in the case name and 'the United States filed'; one
 # entity), Washington, DC (the address). Not annotated: "Aetna's individual prescription drug plan business" (a
 # business line, unnamed; **doubtful**: a reader may make a Service of it), 'the merging parties', 'the Court'
 # (generic), the website, the Office of the Clerk, the Federal Register, the laws and court papers, the street
 # address and the telephone number
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", CVS), E("Company", AET, "Aetna"),
           E("Organization", ATR), E("Organization", DOJ),
           E("Person", "Peter Mucchetti"), E("Organization", HCP), E("Location", "Washington, DC")],
 # 'Peter Mucchetti, Chief, Healthcare and Consumer Products Section, Antitrust Division' -> head of the Section,
 # current (42z's Fones; 42k's Verso notice names him in the same post)
 roles=[R("Peter Mucchetti", "head", HCP)],
 # "CVS Health Corporation's proposed acquisition of Aetna Inc.", settled on a proposed Final Judgment that lets it
 # proceed with a divestiture -> agreed: acquired only (42w, 42z; **doubtful**: the Complaint alleges the deal 'would
 # violate' the Clayton Act, and the text calls the two 'the merging parties'; the acquirer is named, so not a
 # merger without a buyer). 'requires the merging parties to divest Aetna's individual prescription drug plan
 # business' -> nothing (a business line, no buyer named in the kept text; **near-miss**). The Section under the
 # Division ('..., Healthcare and Consumer Products Section, Antitrust Division'); the Division under the Department
 # ('Antitrust Division, Department of Justice', as 43h's AT&T/Centennial notice)
 relations=[L(CVS, "acquired", AET), L(HCP, "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'October 10, 2018' -> 2018-10-10. Not dates: 'within 60 days of the date of this notice' (a span), '16(b)-(h)',
 # '1:18-cv-02340', 'Section 7', '15 U.S.C. 18', 'Suite 4100', '20530', the telephone number
 dates=[D("October 10, 2018", "2018-10-10")])

# ---- Microsemi / Semicoa, Federal Register notice, published 2009-09-01 (a Tuesday) ----------------------------------
MSC = "Microsemi Corporation"
CDC = "United States District Court for the Central District of California"
A["us-doj-federal-register-microsemi-semicoa-proposed-final-judgment-2009"] = dict(
 # Companies: Microsemi Corporation (the case name and "Microsemi Corporation's"; 'Microsemi' twice, an alias),
 # Semicoa (twice: 'the assets of Semicoa', 'acquired from Semicoa'). Organization: the United States District Court
 # for the Central District of California. Location: the United States (plaintiff: 'United States v.' in the case
 # name, 'the United States filed', 'The United States alleged', 'filed by the United States'; one entity). Not
 # annotated: 'California' inside the court's name (a name part, 41c's and 43h's courts), 'private litigants',
 # 'military and space programs' (generic), the product kinds ('small signal transistors', 'ultrafast recovery
 # rectifier diodes'), the laws and the court papers
 entities=[E("Organization", CDC), E("Location", "United States"),
           E("Company", MSC, "Microsemi"), E("Company", "Semicoa")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Microsemi Corporation's July 14, 2008 acquisition of the assets of Semicoa" and 'the assets it acquired from
 # Semicoa' -> nothing (GUIDELINES: asset purchases -> nothing; **doubtful near-miss**: the acquisition was completed
 # and took over Semicoa's business, so a reader may set Microsemi acquired Semicoa, done, with parentOrganization;
 # the text speaks only of assets). 'requires that Microsemi divest all of the assets it acquired from Semicoa' ->
 # ordered, no buyer named -> nothing (**near-miss**). No Department or Division in the kept text (the GPO header's
 # 'DEPARTMENT OF JUSTICE' and 'Antitrust Division' are cut, as 43e's Abitibi notice)
 relations=[],
 outages=[],
 # 'December 18, 2008' -> 2008-12-18 (the Complaint); 'July 14, 2008' -> 2008-07-14 (the acquisition); 'August 20,
 # 2009' -> 2009-08-20 (the proposed Final Judgment). Not dates: '16(b)-(h)', '8:09-CV-00275-AG-AN', 'Section 7',
 # 'Section 2', '15 U.S.C. 18', '15 U.S.C. 2'
 dates=[D("December 18, 2008", "2008-12-18"), D("July 14, 2008", "2008-07-14"), D("August 20, 2009", "2009-08-20")])

# ---- Unilever / Alberto-Culver, Federal Register notice, published 2011-05-13 (a Friday) -----------------------------
ACC = "Alberto-Culver Co."
A["us-doj-federal-register-unilever-alberto-culver-proposed-final-judgment-2011"] = dict(
 # Companies: Unilever N.V., Unilever PLC, Conopco, Inc. (the case name's three Unilever defendants, each once),
 # Unilever ('the proposed acquisition by Unilever', 'requires Unilever and Alberto-Culver': the buyer as the text
 # names it, the three defendants together; its own entity, **doubtful**: a reader may make it an alias of Unilever
 # N.V. or of Unilever PLC), Alberto-Culver Co. (the case name and 'acquisition by Unilever of Alberto-Culver Co.';
 # 'Alberto-Culver' once, an alias). Services: Alberto VO5 and Rave ('the Alberto VO5 and Rave brands': named hair
 # care brands, products users buy -> Service, GUIDELINES section 2; **doubtful**: 40zk left brands inside compounds
 # and divested product lines out, and a reader may leave these out too). Organizations: the court (twice, once in
 # 'the Office of the Clerk of ...'), the Department of Justice (three times, also "Department of Justice's Web
 # site"), the Antitrust Division (twice), the Antitrust Documents Group. Locations: the United States (plaintiff:
 # 'United States v.' in the case name and 'the United States filed'), Washington, DC (the address). Not annotated:
 # 'related assets', 'the Court' (generic), the Federal Register, the website, the Office of the Clerk, the laws and
 # the court papers, the street address and the telephone number
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", "Unilever N.V."), E("Company", "Unilever PLC"), E("Company", "Conopco, Inc."),
           E("Company", ACC, "Alberto-Culver"), E("Company", "Unilever"),
           E("Service", "Alberto VO5"), E("Service", "Rave"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")],
 # No person in the kept text (the section chief's name is cut off with 'Comment')
 roles=[],
 # 'the proposed acquisition by Unilever of Alberto-Culver Co.', settled on a proposed Final Judgment -> agreed:
 # acquired only (42w, 42z; **doubtful** as in the CVS/Aetna notice). No relation among Unilever N.V., Unilever PLC
 # and Conopco, Inc.: the case name only lists them together (42z's Premdor; **doubtful**: a reader may know
 # Conopco as Unilever's US subsidiary, which the text does not say). 'divest the Alberto VO5 and Rave brands' ->
 # no provider (the text does not say which party owns which brand; **doubtful**: a reader may set Alberto VO5 to
 # Alberto-Culver Co. by its name) and no buyer named -> nothing (**near-miss**). The Group under the Division and
 # the Division under the Department ('the Department of Justice, Antitrust Division, Antitrust Documents Group')
 relations=[L("Unilever", "acquired", ACC), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'May 6, 2011' -> 2011-05-06. Not dates: 'within 60 days of the date of this notice' (a span), '16(b)-(h)',
 # '1:11-cv-00858-ABJ', 'Section 7', '15 U.S.C. 18', 'Suite 1010', '20530', the telephone number
 dates=[D("May 6, 2011", "2011-05-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
