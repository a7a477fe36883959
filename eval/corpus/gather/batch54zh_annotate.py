#!/usr/bin/env python3
"""Batch 54zh gold annotations (the texts of batch54zh.py: the District of Massachusetts' release of 8 December 2016,
as the FDA's Office of Criminal Investigations reposts it, on six former Insys Therapeutics, Inc. executives and
managers charged over bribes to prescribe Subsys; the Eastern District of Pennsylvania's release of 4 October 2010, the
same repost scheme, on Synthes, Inc. and its subsidiary Norian Corporation agreeing to plead guilty over unauthorized
clinical trials of Norian XR; the Justice Department Office of Public Affairs' release of 2 October 2012 on Abbott
Laboratories Inc. sentenced for misbranding Depakote), written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zc; GUIDELINES section 2): 'X's parent company, Y' and 'The
parent company, Y' -> parentOrganization(X, Y) (54x's and 54zc's subsidiary readings); a company's titled officers ->
roles at it, current=false for each 'former' title (54l's Acclarent officers, 54r's Guerrieri): 'CEO and President' ->
ceo and president (two roles, GUIDELINES' two-posts reading), 'Vice President of X' -> vice-president, 'National
Director of Sales' and 'Regional Sales Directors' -> director (the corpus' 'sales and marketing director' -> director,
train marine-hose 2007); a drug or device the company markets or ships -> Service with provider the company (GUIDELINES:
drugs and devices are Service; 54zc's Risperdal, 54l's Relieva device); judges, 'United States Attorney X' and 'Deputy
Assistant Attorney General X' with no office named as a body -> Person, no role (53k, 54r, 54x, 54zc); judicial
districts ('the Western District of Virginia') -> no entity (54l, 54x); 'the United States' as the party wronged
('crimes against the United States') -> no entity (53k, 54l: near-miss, **doubtful** beside 54x's 'defraud the United
States' Location); laws (the Federal Food, Drug and Cosmetic Act (FDCA)) -> nothing; 'City, St.' abbreviations
('Scottsdale, Ariz.') -> two Locations each, the abbreviation as written (54l, train marine-hose 2007's 'Fla.');
dateline city -> Location as written ('BOSTON', 'PHILADELPHIA'); the FDA -> Organization, 'FDA' where the text never
writes the full name (Synthes), 'Food and Drug Administration' with alias 'FDA' where it does (Abbott), as 54zc;
'the Justice Department' -> Organization as written.
usage: batch54zh_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zh/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Insys Therapeutics, Inc. executives, USAO D. Mass. (FDA OCI), published 2016-12-08 (a Thursday) -----------------
INS = "Insys Therapeutics, Inc."
A["us-doj-usao-ma-insys-therapeutics-former-ceo-babich-vice-presidents-charged-racketeering-subsys-2016"] = dict(
 # Company: Insys Therapeutics, Inc. ('formerly employed by Insys Therapeutics, Inc.'; 'the company' generic; no short
 # form in the text). Service (drug): Subsys ('The medication, called "Subsys,"'; 'a fentanyl-based pain medication'
 # generic). People: Michael L. Babich, Alec Burlakoff, Richard M. Simon, Sunrise Lee, Joseph A. Rowan, Michael J. Gurry
 # (full names only; no surname alone in the kept text). Locations: BOSTON (dateline, as written), the hometowns as
 # 'City, St.' pairs -- Scottsdale and Ariz. (twice: Babich's and Gurry's), Charlotte and N.C., Seal Beach and Calif.,
 # Bryant City and Mich., Panama City and Fla. Not annotated: 'healthcare insurers', 'medical practitioners', 'pain
 # clinics', 'the indictment' (generic); ages (not dates)
 entities=[E("Location", "BOSTON"),
           E("Company", INS),
           E("Person", "Michael L. Babich"),
           E("Location", "Scottsdale"),
           E("Location", "Ariz."),
           E("Person", "Alec Burlakoff"),
           E("Location", "Charlotte"),
           E("Location", "N.C."),
           E("Person", "Richard M. Simon"),
           E("Location", "Seal Beach"),
           E("Location", "Calif."),
           E("Person", "Sunrise Lee"),
           E("Location", "Bryant City"),
           E("Location", "Mich."),
           E("Person", "Joseph A. Rowan"),
           E("Location", "Panama City"),
           E("Location", "Fla."),
           E("Person", "Michael J. Gurry"),
           E("Service", "Subsys")],
 # 'Several pharmaceutical executives and managers, formerly employed by Insys Therapeutics, Inc.' gives the org of
 # every title that follows; each title is 'former' -> current=false. Babich, 'the former CEO and President of the
 # company' -> ceo and president (two posts named); Burlakoff, 'former Vice President of Sales' -> vice-president;
 # Simon, 'former National Director of Sales' -> director (a sales head's title, not a board seat: **doubtful**, a
 # reader may give executive); Lee and Rowan, 'former Regional Sales Directors' -> director each (**doubtful** as
 # Simon's, the more so for a regional post); Gurry, 'former Vice President of Managed Markets' -> vice-president.
 # Near-miss: none (no other person in the kept text; the quoted officials fall after the cut)
 roles=[R("Michael L. Babich", "ceo", INS, False),
        R("Michael L. Babich", "president", INS, False),
        R("Alec Burlakoff", "vice-president", INS, False),
        R("Richard M. Simon", "director", INS, False),
        R("Sunrise Lee", "director", INS, False),
        R("Joseph A. Rowan", "director", INS, False),
        R("Michael J. Gurry", "vice-president", INS, False)],
 # Insys' executives bribed practitioners 'to prescribe a fentanyl-based pain medication. The medication, called
 # "Subsys,"' -> provider(Subsys, Insys Therapeutics, Inc.) (**doubtful**: the kept text never says in so many words
 # that Insys makes or sells Subsys; a careful reader is sure from the executives' scheme to raise its prescriptions).
 # Near-misses: the bribed practitioners and the insurers (unnamed: no partner); the hometowns (no relation)
 relations=[L("Subsys", "provider", INS)],
 outages=[],
 # 'were arrested today' -> 'today' 2016-12-08. Near-misses: the ages ('40', '42', ...: not dates); no other time
 # expression in the kept text
 dates=[D("today", "2016-12-08")])

# ---- Synthes, Inc. / Norian Corporation, USAO E.D. Pa. (FDA OCI), published 2010-10-04 (a Monday) -------------------
SYN = "Synthes, Inc."
NOR = "Norian Corporation"
A["us-doj-usao-edpa-synthes-subsidiary-norian-agree-plead-guilty-unauthorized-bone-cement-trials-2010"] = dict(
 # Companies: Synthes, Inc. ('against Synthes, Inc. and Norian Corporation'; 'defendant Synthes', 'The parent company,
 # Synthes': alias 'Synthes'), Norian Corporation ('defendant Norian', 'Norian's parent company', 'charges Norian':
 # alias 'Norian'). Service (device): Norian XR ('shipping adulterated and misbranded Norian XR', twice; 'a medical
 # device' -- GUIDELINES: devices are Service; the company name inside it is also mentioned on its own, so both are
 # entities). Organization: FDA ('the authorization of the FDA', 'the lawful functions of the FDA': only the acronym is
 # written -- the full name is in the page's agency lines, cut as chrome -- so name 'FDA', as 54zc's Ranbaxy text).
 # People: Ann Ravel ('Deputy Assistant Attorney General', joined over the store's line wrap), Zane David Memeger
 # ('United States Attorney'), Legrome D. Davis ('the Honorable', the judge the case is assigned to). Location:
 # PHILADELPHIA (dateline, as written). Not annotated: 'information1' (a charging document with a footnote mark), 'the
 # United States' ('crimes against the United States': the party wronged, no entity -- 53k/54l's reading; near-miss,
 # **doubtful** beside 54x's Location), 'both companies' (generic)
 entities=[E("Location", "PHILADELPHIA"),
           E("Company", SYN, "Synthes"),
           E("Company", NOR, "Norian"),
           E("Organization", "FDA"),
           E("Person", "Ann Ravel"),
           E("Person", "Zane David Memeger"),
           E("Person", "Legrome D. Davis"),
           E("Service", "Norian XR")],
 # No role: Ravel, 'Deputy Assistant Attorney General' (no division or department named as a body: no role, as 54r's
 # and 54x's officials with no office written -- near-miss, a reader may supply the Justice Department), Memeger,
 # 'United States Attorney' (no office named: 53k, 54f), Davis (a judge: no role, 54x, 54zc). The companies' officers
 # are not in the kept text (the release names them after the cut)
 roles=[],
 # 'in the case of Norian's parent company, defendant Synthes' and 'The parent company, Synthes' -> parentOrganization
 # (Norian Corporation, Synthes, Inc.). 'charges Norian with ... 110 misdemeanor counts of shipping adulterated and
 # misbranded Norian XR in interstate commerce' -> provider(Norian XR, Norian Corporation) (the company that ships the
 # device under its own name; not given to Synthes as well, though the parent is charged with one count of shipping it
 # too: **doubtful** for a reader who gives the device to both). Near-misses: the plea agreements with the government
 # (no partner); the clinical trials (unnamed); Davis and the court (no body named)
 relations=[L(NOR, "parentOrganization", SYN),
            L("Norian XR", "provider", NOR)],
 outages=[],
 # 'was filed today', 'Also filed today' -> 'today' 2010-10-04 (one item: same text, same value). Near-miss: none
 # other (no other time expression in the kept text)
 dates=[D("today", "2010-10-04")])

# ---- Abbott Laboratories Inc. (Depakote), DOJ OPA, published 2012-10-02 (a Tuesday) ---------------------------------
ABB = "Abbott Laboratories Inc."
FDA = "Food and Drug Administration"
A["us-doj-opa-abbott-laboratories-sentenced-depakote-misbranding-2012"] = dict(
 # Company: Abbott Laboratories Inc. ('Pharmaceutical manufacturer Abbott Laboratories Inc.'; 'Abbott' six more times,
 # 'Abbott's' once: alias 'Abbott'; 'the company', 'a company' generic). Service (drug): Depakote ('the prescription
 # drug Depakote', five mentions). Organizations: Food and Drug Administration ('the Food and Drug Administration (FDA)';
 # 'the FDA', 'FDA': alias 'FDA'), Justice Department ('the Justice Department announced today'), Virginia Medicaid
 # Fraud Control Unit (a named state body, the payee of $1.5 million). Person: Samuel G. Wilson ('U.S. District Court
 # Judge ... of the Western District of Virginia'). Not annotated: the Western District of Virginia (a judicial
 # district: no entity, 54l/54x; near-miss -- with 'U.S. District Court' it names the court only in pieces, and 54zc's
 # Savage court was no entity), 'Virginia' (only inside the Unit's name), the Federal Food, Drug and Cosmetic Act
 # (FDCA) (a law), 'an agreed statement of facts', 'the plea agreement' (documents), 'dementia patients' (generic)
 entities=[E("Company", ABB, "Abbott"),
           E("Person", "Samuel G. Wilson"),
           E("Service", "Depakote"),
           E("Organization", FDA, "FDA"),
           E("Organization", "Justice Department"),
           E("Organization", "Virginia Medicaid Fraud Control Unit")],
 # No role: the only person is a judge (54x, 54zc). Near-miss: Wilson, 'U.S. District Court Judge' (no court named as
 # a body: no role)
 roles=[],
 # 'its unlawful promotion of the prescription drug Depakote', 'Abbott marketed Depakote off-label' -> provider
 # (Depakote, Abbott Laboratories Inc.). Near-misses: Abbott's payment to the Virginia Medicaid Fraud Control Unit (a
 # penalty, not a partnership: no partner); the Unit's parent body (not in the text); the FDA's approvals (a
 # regulator's act: no relation)
 relations=[L("Depakote", "provider", ABB)],
 outages=[],
 # 'the Justice Department announced today' -> 'today' 2012-10-02; 'In May 2012' -> 'May 2012' 2012-05; 'from January
 # 1998 to December 2006' and 'from January 2002 to December 2006' -> 'January 1998' 1998-01, 'December 2006' 2006-12
 # (one item: same text, same value), 'January 2002' 2002-01. Near-miss: 'a five-year term of probation' (a length, no
 # calendar value)
 dates=[D("today", "2012-10-02"), D("May 2012", "2012-05"), D("January 1998", "1998-01"),
        D("December 2006", "2006-12"), D("January 2002", "2002-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
