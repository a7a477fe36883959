#!/usr/bin/env python3
"""Batch 40zj gold annotations (the texts of batch40zj.py: the Commission's daily news item on the supplementary
Statement of Objections to Teva and its subsidiary Cephalon, 8 June 2020, and a 2017 page of the Commission's
antitrust newsroom), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`; with `published` null only absolute expressions are listed.
Conventions (the EC lane's: batches 10, 15b, 21c, 22c, 24b): the Commission -> Organization 'European Commission'
with 'Commission' as alias; courts and the Hearing Officer's post are no Company; companies named in an antitrust
step -> Company; an ownership the text states ('now a subsidiary of') -> parentOrganization, no purchase unless the
text tells one; a drug -> Service (GUIDELINES, Types), with a provider only where the text says whose it is; laws,
treaties, case numbers and the 'EU' of 'EU antitrust rules' (an adjective) are not entities.
usage: batch40zj_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41zj/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
EC = E("Organization", "European Commission", "Commission")

# ---- Teva / Cephalon supplementary Statement of Objections, published 2020-06-08 (a Monday) ------------------------
A["ec-teva-cephalon-supplementary-statement-of-objections-modafinil-2020"] = dict(
 # Companies: 'Teva Pharmaceutical Industries Ltd. (“Teva”)' and 'Cephalon Inc. (“Cephalon”)' (the defined short
 # names as aliases). Organizations: the Commission; 'the Court of Justice of the EU' (a court). Service: modafinil,
 # 'the sleeping disorder medicine' (a drug: Service, as GUIDELINES type drugs; doubtful: a reader may leave a generic
 # drug name out). Location: the European Economic Area. Not annotated: the Treaty on the Functioning of the European
 # Union (TFEU) and Article 101(1) (a treaty: law), 'EU antitrust rules', 'EU patients' ('EU' as an adjective), the
 # case number AT.39686, 'the Commission’s competition website'
 entities=[EC, E("Company", "Teva Pharmaceutical Industries Ltd.", "Teva"),
           E("Company", "Cephalon Inc.", "Cephalon"),
           E("Organization", "Court of Justice of the EU"),
           E("Service", "modafinil"),
           E("Location", "European Economic Area")],
 roles=[],
 # 'Cephalon Inc. (“Cephalon”), now a subsidiary of Teva' -> parentOrganization (the text tells no purchase: no
 # acquired; doubtful: a reader may infer Teva bought it). The 2005 'patent settlement agreement between Cephalon and
 # Teva' (a settlement of litigation the Commission holds to be a pay-for-delay deal, made while they were rivals) ->
 # no partner (doubtful: a reader may take the worldwide agreement as a stated agreement between two companies).
 # modafinil: no provider (the text does not say whose drug it is; Teva's 'cheaper generic modafinil products' are
 # its generics of it; doubtful: provider Teva)
 relations=[L("Cephalon Inc.", "parentOrganization", "Teva Pharmaceutical Industries Ltd.")],
 outages=[],
 # no time expression ('recent judgments' unresolvable)
 dates=[])

# ---- Competition newsroom, antitrust topic, page 14 of the listing (2017), published null --------------------------
A["ec-competition-newsroom-antitrust-agc-irish-motor-insurance-hella-2017"] = dict(
 # Companies: AGC (whose appeal the court dismissed: a company party to a cartel case, by the item's words on
 # leniency applicants and cartel decisions; doubtful: the text never says what AGC is), Automotive Lighting, Hella,
 # Valeo (all three parties to the cartel). Organization: the Commission ('The European Commission' and 'the
 # Commission'; 'Commissions's' in 'the Commissions's general policy' is the same body misspelt, left out of the
 # aliases as a garbled form; doubtful). Location: the Republic of Ireland. Not annotated: 'The court' (unnamed), the
 # Hearing Officer (a post, no person named), 'EU citizens', 'EU competition rules', 'EU antitrust rules' ('EU' as an
 # adjective), the unnamed motor insurers
 entities=[EC, E("Company", "AGC"), E("Company", "Automotive Lighting"), E("Company", "Hella"),
           E("Company", "Valeo")]
          + locs("Republic of Ireland"),
 roles=[],
 # cartel members are no partners (a cartel is no partnership the guidelines count); no ownership is stated
 relations=[],
 # none: inspections and fines are no outage
 outages=[],
 # published null: absolute expressions only -> '4 July 2017'
 dates=[D("4 July 2017", "2017-07-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
