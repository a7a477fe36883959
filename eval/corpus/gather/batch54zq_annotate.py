#!/usr/bin/env python3
"""Batch 54zq gold annotations (the texts of batch54zq.py: sec.gov's claims page for SEC v. ICP Asset Management, LLC et
al., on 'ICP Asset Management, LLC', 'Thomas Priore', 'its founder, owner and, president', 'ICP Securities, LLC', 'its
affiliated broker-dealer', 'Institutional Credit Partners, LLC', 'its holding company' and four Triaxx CDOs; sec.gov's
claims page for 'Morgan Asset Management, Inc., Morgan Keegan & Company, Inc., et al.' with James C. Kelsoe, Jr. and
Joseph Thompson Weller, CPA), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): the ICP id -> test, the Morgan
Keegan id -> train. Both pages have `published` null, so only absolute dates are gold.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e, 54j, 54o, 54u, 54zb, 54zg, 54zk;
looked up in GATHERING.md, GUIDELINES and the corpus files) -- a claims page writing 'the Commission' and 'the SEC' ->
Organization 'SEC' with alias 'Commission' (54zb's CSC page); one writing only 'the SEC' -> 'SEC'; a firm's bracketed
short form -> alias; 'founder' -> founder; 'president' -> president; 'owner' -> no title (GATHERING: 'owner and president'
-> president only, 40zm's Grenda, 53zo); 'its holding company' -> parentOrganization(firm, holding company); 'its
affiliated broker-dealer' -> no relation ('through its affiliate' -> no relation, an affiliate not stated to be owned);
named funds and vehicles -> Company (41e's Third Friday Total Return Fund, L.P.), no relation to their manager (41e);
unnamed funds -> nothing (46m); a court not named ('the Court', '(S.D.N.Y.)' in the title only) -> no entity; laws not
entities and the years in their names no date item (44l); a last-modified stamp is no `published` (19b).
usage: batch54zq_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zq/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ICPA = "ICP Asset Management, LLC"
ICP = "Institutional Credit Partners, LLC"
MAM = "Morgan Asset Management, Inc."
MK = "Morgan Keegan & Company, Inc."
A = {}

# ---- ICP Asset Management / Priore, sec.gov claims page, Case No. 10-cv-04791-LAK, published null ---------------------
A["us-sec-icp-asset-management-founder-president-priore-broker-dealer-holding-company-triaxx-cdos-fair-fund-2010"] = dict(
 # The Commission ('the Commission filed', 'The Commission was ordered') and 'the SEC' ('The SEC alleged', 'the SEC's
 # investigations', 'The SEC charged') -> one Organization 'SEC' with alias 'Commission' (54zb's CSC page, the same page
 # family writing both). ICP Asset Management, LLC ('("ICPA")': alias 'ICPA'; the short form is not used again);
 # Thomas Priore ('("Priore")', 'Priore transferred': alias 'Priore'); ICP Securities, LLC ('("ICPS")': alias 'ICPS');
 # Institutional Credit Partners, LLC ('("ICP")', 'ICP was the asset manager': alias 'ICP' -- **doubtful**: the page
 # defines 'ICP' as the holding company and then writes 'ICP was the asset manager' of the CDOs, which the firm's own
 # name suggests is ICPA's work; the alias is kept where the page's definition puts it). The four Triaxx CDOs, each a
 # named 'Ltd.' -> Company (41e's named fund, Third Friday Total Return Fund, L.P.; **doubtful**: a reader may see
 # securities, i.e. no entity, or Service as a product investors bought); 'the Triaxx Funding High Grade I, Ltd. CDO' is
 # the same name again; 'the Triaxx CDOs' and 'the other Triaxx CDOs' are collective (no alias of one). Not annotated:
 # 'the Defendants', 'the Complaint', 'the Fund' (a defined term for the held monies), 'the Court' (not named; the title's
 # '(S.D.N.Y.)' is a caption abbreviation -- near-miss: a reader may add the court), 'trusts' and 'the trustees of those
 # trusts' (unnamed), the three Acts (laws)
 entities=[E("Organization", "SEC", "Commission"),
           E("Company", ICPA, "ICPA"),
           E("Person", "Thomas Priore", "Priore"),
           E("Company", "ICP Securities, LLC", "ICPS"),
           E("Company", ICP, "ICP"),
           E("Company", "Triaxx Prime CDO 2006-1, Ltd."),
           E("Company", "Triaxx Prime CDO 2006-2, Ltd."),
           E("Company", "Triaxx Prime CDO 2007-1, Ltd."),
           E("Company", "Triaxx Funding High Grade I, Ltd.")],
 # 'ICP Asset Management, LLC ("ICPA"), an investment advisory firm; Thomas Priore ("Priore"), its founder, owner and,
 # president' -> founder and president at ICP Asset Management, LLC, both current (the page says nothing of his leaving;
 # the complaint's time). 'owner' -> no title (GATHERING: owner no role; near-miss: a reader may read 'owner' as a
 # parent tie, but a person is no relation end). **Doubtful**: 'its' read as ICPA (the list's head), not the holding
 # company ICP
 roles=[R("Thomas Priore", "founder", ICPA),
        R("Thomas Priore", "president", ICPA)],
 # 'Institutional Credit Partners, LLC ("ICP"), its holding company' -> parentOrganization(ICPA, ICP) (a holding company
 # owns its firm; **doubtful** only in 'its' being ICPA, as above). 'ICP Securities, LLC ("ICPS"), its affiliated
 # broker-dealer' -> no relation (near-miss: an affiliate is not stated to be owned by ICPA or by ICP; a reader who
 # knows the group may write parentOrganization(ICPS, ICP)). 'ICP was the asset manager of four ... collateralized debt
 # obligations' -> no relation (near-miss: partner for a management contract; 41e gave the fund and its manager none).
 # 'to favor the Triaxx Funding High Grade I, Ltd. CDO over the other Triaxx CDOs' -> no relation
 relations=[L(ICPA, "parentOrganization", ICP)],
 outages=[],
 # `published` null: absolute expressions only. 'June 21, 2010' -> 2010-06-21; '2007' ('beginning in 2007') -> 2007;
 # 'March 2010' -> 2010-03. Not dates: the years inside 'Triaxx Prime CDO 2006-1' etc. (names), the Acts of 1933, 1934
 # and 1940 (laws' names), 'Case No. 10-cv-04791-LAK' (a docket number)
 dates=[D("June 21, 2010", "2010-06-21"), D("2007", "2007"), D("March 2010", "2010-03")])

# ---- Morgan Asset Management / Morgan Keegan, sec.gov claims page, Admin. Proc. File No. 3-13847, published null ------
A["us-sec-morgan-keegan-morgan-asset-management-kelsoe-weller-subprime-fund-pricing-fair-fund-2011"] = dict(
 # The SEC ('the SEC entered', 'the SEC Order', "the SEC's website", 'to the SEC for approval': name 'SEC', the only
 # form the page writes; as 54zb's CSC page); Morgan Asset Management, Inc. ('managed by Morgan Asset': alias 'Morgan
 # Asset'); Morgan Keegan & Company, Inc. ('Morgan Keegan failed', 'Morgan Keegan will pay': alias 'Morgan Keegan');
 # James C. Kelsoe, Jr. and Joseph Thompson Weller ('Joseph Thompson Weller, CPA': the credential left out of the name --
 # **doubtful**: a reader may keep 'Joseph Thompson Weller, CPA' as the name) -- Persons named once each, no surname-only
 # mention. Not annotated: 'Respondents', 'the SEC Order', 'the Notice' (documents), 'a Fair Fund' (unnamed), 'certain
 # closed-end funds and an open-end fund' (unnamed: 46m), the Sarbanes-Oxley Act of 2002 (a law), the web address
 entities=[E("Organization", "SEC"),
           E("Company", MAM, "Morgan Asset"),
           E("Company", MK, "Morgan Keegan"),
           E("Person", "James C. Kelsoe, Jr."),
           E("Person", "Joseph Thompson Weller")],
 # No role: the page names the two men as respondents only, with no post (near-miss: the SEC's 2010 release calls
 # Kelsoe 'the portfolio manager of the funds' -- not in this text; 'CPA' is a credential, no title)
 roles=[],
 # No relation: 'funds managed by Morgan Asset' (unnamed funds); the two firms are co-respondents, and the page does not
 # say one owns the other or that both belong to one group (near-miss: the shared 'Morgan' name; a reader who knows
 # Regions Financial may write parentOrganization for both)
 relations=[],
 outages=[],
 # `published` null (the 'Modified: 04/26/2013' stamp left out with the chrome): absolute expressions only, one item each
 # -- 'June 22, 2011', 'January 1, 2007', 'July 31, 2007' (the span 'from January 1, 2007 through July 31, 2007' as two
 # days), 'April 3, 2013', 'May 2, 2013'. Not dates: 'Act of 2002' (a law's name, 44l), '2013' inside the address
 dates=[D("June 22, 2011", "2011-06-22"), D("January 1, 2007", "2007-01-01"), D("July 31, 2007", "2007-07-31"),
        D("April 3, 2013", "2013-04-03"), D("May 2, 2013", "2013-05-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
