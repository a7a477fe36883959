#!/usr/bin/env python3
"""Batch 49c gold annotations (the texts of batch49c.py: the Enforcement Bureau's notice of apparent liability DA
11-1093 of 22 June 2011 against América Móvil, S.A.B. de C.V., the parent company of Puerto Rico Telephone Company,
Inc., over indirect foreign ownership in PRTC raised past the section 310(b)(4) limit without approval; the
Enforcement Bureau's consent decree of 2001 (Order DA 01-828) with Enogex Inc. and Transok, LLC on the transfer of
control of Transok from Tejas Gas, L.L.C. to Enogex without prior consent), written from the texts alone; newskg was
not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_
annotate's write_parts). Dates resolve against `published` (null for the consent decree: absolute dates only).
Conventions (batches 15f, 43n-48l of the lane; 33b for the Enforcement Bureau's texts; GUIDELINES section 2): 'X, the
parent company of Y' -> parentOrganization(Y, X) (48l's 'controlling parent'); 'Y -- a wholly owned subsidiary of X'
-> parentOrganization(Y, X) (44g, 48l), recorded though the text tells it as past (GUIDELINES: ownership stated as
past is still recorded); a completed transfer of control of a named company to a named buyer ('there was a
substantial transfer of control of Y from X to Z', dated, done) -> acquired(Z, Y) and parentOrganization(Y, Z) (the
lane's 'transfer of control ... to' as acquired, 44g-48h; completed, so the parent link too, GUIDELINES Relations); an
ownership change with no named buyer (equity issued to unnamed foreign holders) -> nothing; a short name in
parentheses or quotes -> alias, as written; 'Commission' -> Organization (named as the text first writes it in full,
else 'Commission', as 48h and 48l); 'the Enforcement Bureau of the Federal Communications Commission', written so ->
parentOrganization(Enforcement Bureau, Federal Communications Commission) (33b's note on the dev Intrado order;
the lane's no-link rule, 44g and 48h, is for bureaus the text writes only as 'the Commission's'); 'U.S.' as an
adjective -> no Location (47u); laws, sections, orders and rulings, licences, file and account numbers not
annotated; a year alone -> a date of that year (GUIDELINES Dates).
usage: batch49c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}

# ---- América Móvil / Puerto Rico Telephone Company, DA 11-1093, published 2011-06-22 ------------------------------------
AM = "Am\u00e9rica M\u00f3vil, S.A.B. de C.V."
PR = "Puerto Rico Telephone Company, Inc."
A["us-fcc-america-movil-puerto-rico-telephone-company-foreign-ownership-notice-of-apparent-liability-2011"] = dict(
 # Companies: América Móvil, S.A.B. de C.V. ('(“América Móvil”)' -> alias 'América Móvil', used again in 'we find
 # that América Móvil is apparently liable'); Puerto Rico Telephone Company, Inc. ('(“PRTC”)' -> alias 'PRTC';
 # 'a common carrier radio licensee' is a description, not a name). Organization: 'a Commission order', 'the
 # Commission’s 2007 MO&O', 'the Commission discretion', 'Commission approval' -> Commission (never written in full
 # in the kept text -- the caption that names it was cut -- so named 'Commission', as 48h and 48l). No Person (the
 # Bureau's chief only in the cut 'By the Chief, Enforcement Bureau:' line), no Location ('U.S. common carrier radio
 # licensees', 'its U.S. parent company': adjectives, 47u), no role. Not annotated: 'NAL' (this document), 'the
 # Communications Act of 1934', 'Act' (a law), section 310(b)(4), 'the Commission’s 2007 MO&O and Declaratory
 # Ruling' (an order: no entity, no relation), 'foreign individuals, corporations, and governments' (generic).
 entities=[E("Company", AM, "Am\u00e9rica M\u00f3vil"), E("Company", PR, "PRTC"), E("Organization", "Commission")],
 roles=[],
 # - parentOrganization(PRTC, América Móvil): 'América Móvil, S.A.B. de C.V. (“América Móvil”), the parent company
 #   of Puerto Rico Telephone Company, Inc. (“PRTC”)' (stated; the caption, cut, says the same).
 # Near-misses: América Móvil 'issuing additional equity stock that resulted in additional indirect foreign
 #   ownership in PRTC' -- an ownership change, but the new holders are not named: no acquired, no new parent;
 #   the 2007 ruling (the Commission's approval of América Móvil's earlier ownership of PRTC; the cut footnote
 #   names it a Verizon-to-América Móvil transfer) -- the kept text does not tell that deal: nothing. 'its U.S.
 #   parent company' in paragraph 2 is the rule's generic words (no names). **Doubtful**: none on the relation; a
 #   reader might wonder whether a notice of apparent liability states the parenthood as fact -- it does, in its own
 #   voice, as 48l's notices did.
 relations=[L(PR, "parentOrganization", AM)],
 outages=[],
 # 'the Commission’s 2007 MO&O' -> 2007 (a year alone); '1934' inside the law's name no date; '25 percent' and
 # '$16,000' no dates
 dates=[D("2007", "2007")])

# ---- Enogex Inc. / Transok, LLC / Tejas Gas, L.L.C., consent decree (DA 01-828), published null ----------------------
EN = "Enogex Inc."
TK = "Transok, LLC"
TJ = "Tejas Gas, L.L.C."
EB = "Enforcement Bureau"
FCC = "Federal Communications Commission"
A["us-fcc-enogex-transok-tejas-gas-unauthorized-transfer-of-control-consent-decree-2001"] = dict(
 # Organizations: the Enforcement Bureau ('(\"Bureau\")' -> alias 'Bureau'); the Federal Communications Commission
 # (written in full in 'the Enforcement Bureau of the Federal Communications Commission'; 'prior FCC consent' ->
 # alias 'FCC'; 'Commission consent' -> alias 'Commission'). Companies: Enogex Inc. ('(``Enogex'')' -> alias
 # 'Enogex'); Transok, LLC ('(``Transok'')' -> alias 'Transok'; 'Transok, Inc.' -> alias too: the text says Transok,
 # Inc. 'refomulated as a limited liability company' and Transok 'continued ... with identical management personnel'
 # -- the same business in a new legal form, a former name of one entity (GUIDELINES Types: former names are
 # aliases); **doubtful**: a reader may keep Transok, Inc. apart as the company merged into Transok and gone);
 # Tejas Gas, L.L.C. ('(``Tejas'')' -> alias 'Tejas'). No Person, no Location, no role. Not annotated: 'the
 # ``Licenses''' and 'private land mobile and operational fixed microwave licenses' (licences, not services users
 # use), 'the Transok transaction' (an event), 'its subsidiaries' (unnamed).
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "FCC", "Commission"),
           E("Company", EN, "Enogex"), E("Company", TK, "Transok", "Transok, Inc."),
           E("Company", TJ, "Tejas")],
 roles=[],
 # - parentOrganization(Transok, Tejas): 'Transok, Inc. -- a wholly owned subsidiary of Tejas Gas, L.L.C.' and
 #   'Transok continued as a wholly-owned subsididary of Tejas' (stated; past since the 1999 transfer, recorded all
 #   the same: relations carry no time).
 # - acquired(Enogex, Transok) and parentOrganization(Transok, Enogex): 'On July 1, 1999, there was a substantial
 #   transfer of control of Transok from Tejas to Enogex' (a completed transfer of control of a named company to a
 #   named buyer; the licences 'now held by Transok' and Enogex's being a party bear it out). **Doubtful**: the text
 #   never says 'bought' -- it tells the change of control in the licensing words; the lane reads a transfer of
 #   control to a named company as acquired (44g-48h), and this one is done and dated.
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'the Enforcement Bureau of the
 #   Federal Communications Commission' (stated with 'of', as the dev Intrado order 33b cites). **Doubtful**: the
 #   lane's no-link rule (44g, 48h, 48l) would leave it out; it is kept because this text says whose bureau it is.
 # Near-misses: the 1998 reformulation ('merging Transok, Inc. into Transok') -- one business changing its legal
 #   form inside Tejas, no buyer: no acquired (and the alias call above); 'Neither Tejas nor its subsidiaries'
 #   (unnamed subsidiaries: nothing); the missing applications (a regulatory failing, no relation); the Bureau's
 #   decree with Enogex and Transok (a settlement, not a partnership: no partner).
 relations=[L(TK, "parentOrganization", TJ), L(EN, "acquired", TK), L(TK, "parentOrganization", EN),
            L(EB, "parentOrganization", FCC)],
 outages=[],
 # `published` null -> absolute dates only: 'In 1998' -> 1998; 'July 1, 1999' (twice, listed once) -> 1999-07-01
 dates=[D("1998", "1998"), D("July 1, 1999", "1999-07-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
