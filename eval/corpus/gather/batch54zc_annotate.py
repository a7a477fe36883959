#!/usr/bin/env python3
"""Batch 54zc gold annotations (the texts of batch54zc.py: the Justice Department Office of Public Affairs' release of
13 May 2013 on Ranbaxy USA Inc., a subsidiary of Ranbaxy Laboratories Limited, pleading guilty to felony charges over
adulterated drugs; the Eastern District of Pennsylvania's release of 7 November 2013, as the FDA's Office of Criminal
Investigations reposts it, on Janssen Pharmaceuticals, Inc., a subsidiary of Johnson & Johnson, pleading guilty to
misbranding Risperdal), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54x; GUIDELINES section 2): 'X, a subsidiary of Y' ->
parentOrganization(X, Y) (54x's Pharmacia & Upjohn and Princess readings); a drug the company 'introduced ... into
interstate commerce' and 'promoted' -> Service with provider the company (GUIDELINES: drugs are Service; 54x's
provider(Bextra, P&U), here firmer: the text says Janssen put the drug on the market); unnamed 'generic drugs' -> no
entity; judges -> Person, no role (54x); 'the Justice Department' -> Organization (as written); the FDA -> Organization
(its full name where the text gives one; 'FDA' alone where it does not, 54r/54l); laws ('the Food, Drug and Cosmetic
Act (FDCA)', 'the False Claims Act', 'related State laws') and regulations ('current Good Manufacturing Practice (cGMP)
regulations') -> nothing (GUIDELINES: laws are not entities); demonyms ('Indian') -> nothing; the dateline's city ->
Location as written ('PHILADELPHIA', 54x's 'BOSTON'); plant towns named as sites of the company's facilities ('Paonta
Sahib and Dewas, India') -> Location each (towns, not the facilities themselves; no relation attaches).
usage: batch54zc_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zc/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Ranbaxy USA Inc. / Ranbaxy Laboratories Limited, DOJ OPA, published 2013-05-13 (a Monday) ----------------------
RUSA = "Ranbaxy USA Inc."
RLL = "Ranbaxy Laboratories Limited"
A["us-doj-opa-ranbaxy-laboratories-subsidiary-ranbaxy-usa-pleads-guilty-adulterated-drugs-2013"] = dict(
 # Companies: Ranbaxy USA Inc. ('Ranbaxy USA Inc. ,' as written; 'Ranbaxy USA pleaded guilty': alias 'Ranbaxy USA';
 # 'the company' generic), Ranbaxy Laboratories Limited ('Indian generic pharmaceutical manufacturer Ranbaxy
 # Laboratories Limited'). The bare 'Ranbaxy' (three times: 'two of Ranbaxy's manufacturing facilities in India',
 # 'Ranbaxy also agreed to pay a criminal fine and forfeiture ... and to settle civil claims', 'Ranbaxy's facilities in
 # Paonta Sahib and Dewas, India') -> alias of Ranbaxy Laboratories Limited (**doubtful**: the Indian plants are the
 # parent's, so two of the three read as the parent; 'Ranbaxy also agreed to pay' could be the subsidiary that
 # pleaded -- the text later has 'the company' (Ranbaxy USA) pay the $130 million fine -- or the group; one alias, one
 # entity, the parent, as the surface form is the parent's short name). Organizations: the Justice Department ('the
 # Justice Department announced today'), FDA ('false statements to the FDA': only the acronym in the text -- the
 # headline's 'the FDA' is the title; the full name is not written, so name 'FDA'). Locations: India (twice), Paonta
 # Sahib, Dewas. Not annotated: the Food, Drug and Cosmetic Act (FDCA), the False Claims Act, 'related State laws'
 # (laws), cGMP regulations (rules), 'Indian' (a demonym), 'the generic drugs at issue' (unnamed), 'the plea
 # agreement'
 entities=[E("Company", RUSA, "Ranbaxy USA"),
           E("Company", RLL, "Ranbaxy"),
           E("Location", "India"),
           E("Organization", "Justice Department"),
           E("Organization", "FDA"),
           E("Location", "Paonta Sahib"),
           E("Location", "Dewas")],
 # No role: the text names no person at all (the quoted official falls after the cut). Near-miss: none
 roles=[],
 # 'Ranbaxy USA Inc. , a subsidiary of Indian generic pharmaceutical manufacturer Ranbaxy Laboratories Limited' ->
 # parentOrganization(Ranbaxy USA Inc., Ranbaxy Laboratories Limited). Near-misses: the plants in Paonta Sahib and
 # Dewas (sites: no relation); the civil settlement and the plea agreement with the government (no partner); the
 # adulterated 'generic drugs' (unnamed: no provider); Ranbaxy USA's false statements 'to the FDA' (no relation)
 relations=[L(RUSA, "parentOrganization", RLL)],
 outages=[],
 # 'pleaded guilty today' and 'announced today' -> 'today' 2013-05-13 (one item: same text, same value). Near-miss:
 # none other (no other time expression in the kept text)
 dates=[D("today", "2013-05-13")])

# ---- Janssen Pharmaceuticals, Inc. / Johnson & Johnson, USAO E.D. Pa. (FDA OCI), published 2013-11-07 (a Thursday) --
JAN = "Janssen Pharmaceuticals, Inc."
JJ = "Johnson & Johnson"
FDA = "Food and Drug Administration"
A["us-doj-usao-edpa-johnson-johnson-subsidiary-janssen-pleads-guilty-risperdal-misbranding-2013"] = dict(
 # Companies: Janssen Pharmaceuticals, Inc. ('Janssen Pharmaceuticals, Inc. (Janssen)'; the bare 'Janssen' four more
 # times: alias; 'the company' generic), Johnson & Johnson ('health care giant Johnson & Johnson (J&J)': alias 'J&J').
 # Service (drug): Risperdal ('a misbranded drug, Risperdal', 'Risperdal, an atypical anti-psychotic drug', four
 # mentions). Organization: Food and Drug Administration ('the Food and Drug Administration (FDA)'; 'the FDA' twice
 # more: alias 'FDA'). Person: Timothy J. Savage ('U.S. District Court Judge': no role). Location: PHILADELPHIA (the
 # dateline; no later mention: the form as written). Not annotated: the Federal Food, Drug and Cosmetic Act (FDCA) (a
 # law), 'a one count information', 'the plea agreement', 'health care providers' and 'elderly, non-schizophrenic
 # dementia patients' (generic), 'a pharmaceutical company', 'a manufacturer' (generic)
 entities=[E("Location", "PHILADELPHIA"),
           E("Company", JAN, "Janssen"),
           E("Company", JJ, "J&J"),
           E("Service", "Risperdal"),
           E("Person", "Timothy J. Savage"),
           E("Organization", FDA, "FDA")],
 # No role: the only person is a judge. Near-miss: Savage, 'U.S. District Court Judge' (no court named as a body: no
 # role, 54x's Woodlock)
 roles=[],
 # 'Janssen Pharmaceuticals, Inc. (Janssen), a subsidiary of health care giant Johnson & Johnson (J&J)' ->
 # parentOrganization(Janssen Pharmaceuticals, Inc., Johnson & Johnson). 'charging Janssen with introducing a
 # misbranded drug, Risperdal, into interstate commerce', 'Janssen introduced Risperdal for a new, unapproved use', 'it
 # promoted Risperdal' -> provider(Risperdal, Janssen Pharmaceuticals, Inc.) (the company that put the drug on the
 # market; not given to J&J as well -- the text ties the drug to Janssen only: **doubtful** for a reader who gives a
 # subsidiary's drug to the parent too). Near-misses: the FDA's approval of Risperdal (a regulator's act: no relation);
 # the plea agreement (no partner)
 relations=[L(JAN, "parentOrganization", JJ),
            L("Risperdal", "provider", JAN)],
 outages=[],
 # 'pleaded guilty today' -> 'today' 2013-11-07 (the release's date line); 'On March 3, 2002' and 'between March 3,
 # 2002, and December 31, 2003' -> 'March 3, 2002' 2002-03-03 (one item: same text, same value) and 'December 31, 2003'
 # 2003-12-31. Near-miss: 'originally' (no value)
 dates=[D("today", "2013-11-07"), D("March 3, 2002", "2002-03-03"), D("December 31, 2003", "2003-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
