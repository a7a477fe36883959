#!/usr/bin/env python3
"""Batch 54zq (session 55, gatherer 54zq): two sec.gov Fair Fund claims pages ('Information for Harmed Investors') on
2010-2011 actions against financial firms and their officers -- 'SEC v. ICP Asset Management, LLC et al. Case No.
10-cv-04791-LAK (S.D.N.Y.)' (the complaint of June 21, 2010 against the investment adviser ICP Asset Management, LLC, its
founder, owner and president Thomas Priore, its affiliated broker-dealer ICP Securities, LLC and its holding company
Institutional Credit Partners, LLC, over four Triaxx CDOs; the final judgment ordering $23,653,981.00); and 'Morgan
Asset Management, Inc., Morgan Keegan & Company, Inc., et al.' (the corrected order of June 22, 2011 against the two firms,
James C. Kelsoe, Jr. and Joseph Thompson Weller, CPA over subprime fund pricing; Admin. Proc. File No. 3-13847) -- US
federal government works (17 U.S.C. 105), a session-55 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q,
53x, 53zg, 53zj, 53zl, 53zp, 54e, 54j, 54o, 54u, 54zb, 54zg and 54zk), on new matters, in the lane's 2010-2019 span.
See /work/notes/gather55/54zq.md. 54zk's open lead, JPMorgan's 'London Whale' (Admin. Proc. File No. 3-15507), gave no
sec.gov page by the claims heading (jpmsecfund.com, the administrator's site, and the plan on pdfslide) nor by the
release's words (news only). Both texts are matters of my own, found by the claims page's heading words ('In the Matter
of <firms and officers> ... Fair Fund'). Every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather54, /work/notes/gather55 and the session-55 pools:
  - sec.gov claims page for SEC v. ICP Asset Management, LLC et al. (undated in the excerpt; complaint of June 21,
    2010): the Commission / the SEC, ICP Asset Management, LLC (ICPA), Thomas Priore (Priore), ICP Securities, LLC
    (ICPS), Institutional Credit Partners, LLC (ICP), Triaxx Prime CDO 2006-1, Ltd., Triaxx Prime CDO 2006-2, Ltd.,
    Triaxx Prime CDO 2007-1, Ltd., Triaxx Funding High Grade I, Ltd. (stored as
    'http://iabdquestions@sec.gov/divisions/enforce/claims/icp-asset.htm', the store's form, as 54zb's CSC page);
  - sec.gov claims page 'divisions/enforce/claims/morgankeegan.htm' (page modified 04/26/2013; order of June 22, 2011):
    the SEC, Morgan Asset Management, Inc. (Morgan Asset), Morgan Keegan & Company, Inc. (Morgan Keegan), James C.
    Kelsoe, Jr., Joseph Thompson Weller, CPA.
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000 and 1,790 bytes as saved). ICP: the caption line
kept as `title`; `published` null (no page date in the excerpt); cut after the second paragraph ('... See Defendants'
Final Judgment.'), before 'Priore has paid as ordered, a total of $1,501,204.00 into the Fund for the distribution to
harmed investor', where the excerpt breaks off. Morgan Keegan: the chrome lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission') left out; the heading kept as
`title`; the four paragraphs kept whole; the blank line, the repeated address line and 'Modified: 04/26/2013' left out
(a last-modified stamp, no issue date: `published` null, as batch 19b's sec.gov notice); the excerpt ends with the page
(`truncated` false). No word added or changed; paragraphs joined by a blank line. Each kept paragraph and title checked
by script to be a verbatim substring of the saved excerpt (/tmp/gather55zq/src, written by /tmp/gather55zq/mk_src.py).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zq.py [POOL_DIR] [--dry]   (default /tmp/gather55zq/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zq/pool"
SRC = "/tmp/gather55zq/src"
R = []

# ---- ICP Asset Management / Thomas Priore, sec.gov claims page, Case No. 10-cv-04791-LAK (S.D.N.Y.) ----------------
U1 = "http://iabdquestions@sec.gov/divisions/enforce/claims/icp-asset.htm"
T1 = "SEC v. ICP Asset Management, LLC et al. Case No. 10-cv-04791-LAK (S.D.N.Y.)"
P1 = [
 "On June 21, 2010 the Commission filed a complaint against ICP Asset Management, LLC (\"ICPA\"), an investment advisory "
 "firm; Thomas Priore (\"Priore\"), its founder, owner and, president; ICP Securities, LLC (\"ICPS\"), its affiliated "
 "broker-dealer; and Institutional Credit Partners, LLC (\"ICP\"), its holding company (collectively, the "
 "\"Defendants\u201d), alleging repeated violations of the federal securities laws. At relevant times, ICP was the asset "
 "manager of four multi-billion-dollar collateralized debt obligations: Triaxx Prime CDO 2006-1, Ltd.; Triaxx Prime CDO "
 "2006-2, Ltd.; Triaxx Prime CDO 2007-1, Ltd.; and Triaxx Funding High Grade I, Ltd. (the \u201cTriaxx CDOs\u201d). "
 "According to the Complaint, beginning in 2007, as the mortgage markets deteriorated, the Defendants engaged in "
 "improper transactions that defrauded the Triaxx CDOs of tens of millions of dollars and placed them at risk of "
 "substantial additional losses in the future. The SEC alleged that many of the improper transactions were done to "
 "favor the Triaxx Funding High Grade I, Ltd. CDO over the other Triaxx CDOs. The SEC further alleged that, in March "
 "2010, Priore transferred assets into trusts that he had created during the SEC\u2019s investigations and the SEC named, "
 "as relief defendants, the trustees of those trusts. The SEC charged the Defendants with, among other things, "
 "violations of the anti-fraud provisions of the Securities Act of 1933, the Securities Exchange Act of 1934, and the "
 "Investment Advisers Act of 1940. See Complaint.",
 "The Defendants were ordered to pay a total of $23,653,981.00 in disgorgement, prejudgment interest, and penalties. The "
 "Commission was ordered to hold all funds, together with interest and income earned thereon (collectively, the "
 "\"Fund\"), pending further order of the Court. See Defendants' Final Judgment."]
R.append((["icp-asset-claims-10-cv-04791.txt"], T1, P1, federal(
 "us-sec-icp-asset-management-founder-president-priore-broker-dealer-holding-company-triaxx-cdos-fair-fund-2010",
 U1, None, T1, "\n\n".join(P1),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, claims page 'SEC v. ICP Asset Management, LLC et al. Case No. "
 "10-cv-04791-LAK (S.D.N.Y.)' (the complaint of June 21, 2010 and the final judgment), US federal government work "
 "(public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "The Commission's own page for the ICP Fair Fund (a US federal work, public domain) under sec.gov's "
 "'divisions/enforce/claims', as 54zb's CSC and 54zg's pages: first-party text. The store gives the address as "
 "'http://iabdquestions@sec.gov/divisions/enforce/claims/icp-asset.htm' (a mail-box name before the host sec.gov, as "
 "54zb's CSC page), kept as given. The caption line is the `title`. `published` null: the excerpt carries no page "
 "date, so only absolute dates are gold. Cut after the second paragraph ('... See Defendants' Final Judgment.'), before "
 "'Priore has paid as ordered, a total of $1,501,204.00 into the Fund for the distribution to harmed investor', where "
 "the store's excerpt breaks off (`truncated`). Kept as written: the mixed quotes (straight '(\"ICPA\")', '(\"Priore\")', "
 "'(\"ICPS\")', '(\"ICP\")' and '(collectively, the \"Fund\")', a straight opening and a curly closing quote in 'the "
 "\"Defendants\u201d', curly '(the \u201cTriaxx CDOs\u201d)', the curly apostrophe of 'the SEC\u2019s investigations' "
 "beside the straight one of 'Defendants' Final Judgment'), the stray comma in 'owner and, president', no comma after "
 "'On June 21, 2010', 'multi-billion-dollar', '$23,653,981.00'. 272 words (whitespace-split), two paragraphs. Found at "
 "rank 1 under 'In the Matter of ICP Asset Management, LLC, ICP Securities, LLC, Institutional Credit Partners LLC and "
 "Thomas C. Priore Fair Fund' (a matter of my own, 0 corpus hits); the rest were icpfairfund.com (the distribution "
 "agent's site), secactions (two), a prnewswire notice on finanznachrichten, bloomberg, ieyenews and investorclaims. "
 "One text per matter. " + CHECK + "'Priore', 'ICPA', 'ICPS', 'ICP Securities', 'Institutional Credit Partners', "
 "'Triaxx', 'icp-asset', '10-cv-04791', '10-cv-4791', '23,653,981': 0 in the corpus files, GATHERING.md, the gather "
 "scripts, the notes and the pools ('iabdquestions' only as 54zb's CSC address: the same store form, another page).",
 True)))

# ---- Morgan Asset Management / Morgan Keegan, sec.gov claims page, Admin. Proc. File No. 3-13847 ---------------------
U2 = "https://www.sec.gov/divisions/enforce/claims/morgankeegan.htm"
T2 = "Morgan Asset Management, Inc., Morgan Keegan & Company, Inc., et al."
P2 = [
 "On June 22, 2011, the SEC entered a Corrected Order Making Findings and Imposing Remedial Sanctions and a "
 "Cease-and-Desist Order against Morgan Asset Management, Inc., Morgan Keegan & Company, Inc., James C. Kelsoe, Jr. and "
 "Joseph Thompson Weller, CPA (collectively, Respondents). According to the SEC Order, from January 1, 2007 through July "
 "31, 2007, Morgan Keegan failed to employ reasonable pricing procedures for subprime mortgage-backed securities that "
 "comprised certain closed-end funds and an open-end fund managed by Morgan Asset and, as a result, failed to calculate "
 "accurate daily net asset values for the funds. The SEC Order created a Fair Fund according to Section 308(a) of the "
 "Sarbanes-Oxley Act of 2002, as amended.",
 "According to the SEC Order, Respondents paid a combined $100,300,000 in disgorgement, prejudgment interest and civil "
 "money penalties. Morgan Keegan will pay all reasonable costs and expenses of the distribution.",
 "On April 3, 2013, the SEC published a Notice of Proposed Plan of Distribution and Opportunity for Comment. The Notice "
 "specifies how copies of the proposed plan of distribution can be obtained, describes the process by which persons may "
 "comment on the plan and provides a link to the plan. You can review the Notice on the SEC's website at "
 "http://www.sec.gov/litigation/admin/2013/34-69288.htm.",
 "Persons wishing to comment on the plan must submit written comments on or before May 2, 2013. After the comment "
 "period concludes, the plan will be submitted to the SEC for approval."]
R.append((["morgan-keegan-claims-3-13847.txt"], T2, P2, federal(
 "us-sec-morgan-keegan-morgan-asset-management-kelsoe-weller-subprime-fund-pricing-fair-fund-2011",
 U2, None, T2, "\n\n".join(P2),
 "brokerage/securities regulation", "legal,regulatory,investment funds",
 "U.S. Securities and Exchange Commission, claims page 'Morgan Asset Management, Inc., Morgan Keegan & Company, Inc., et "
 "al.' (Admin. Proc. File No. 3-13847; the corrected order of June 22, 2011; page modified 04/26/2013), US federal "
 "government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "The Commission's own page for the Morgan Keegan Fair Fund (a US federal work, public domain) under sec.gov's "
 "'divisions/enforce/claims': first-party text. Left out: the chrome lines 'U.S. Securities & Exchange Commission', "
 "'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'; the heading (kept as `title`); after "
 "the last paragraph, a blank line, the repeated address line and 'Modified: 04/26/2013'. `published` null: the page "
 "gives only its last modification (26 April 2013), no issue date (as batch 19b's sec.gov notice); every date in the "
 "text is absolute. The whole body kept (`truncated` false: the excerpt, 1,790 bytes, ends with the page). Kept as "
 "written: 'Kelsoe, Jr. and' with no comma before 'and', 'Joseph Thompson Weller, CPA', '(collectively, Respondents)' "
 "with no quotes, 'the SEC Order', 'according to Section 308(a)', the straight apostrophe of 'the SEC's website', the "
 "address 'http://www.sec.gov/litigation/admin/2013/34-69288.htm' inside the third paragraph, '$100,300,000'. 236 "
 "words (whitespace-split), four paragraphs. Found at rank 2 under 'In the Matter of Morgan Asset Management, Inc., "
 "Morgan Keegan & Company, Inc., James C. Kelsoe, Jr., and Joseph Thompson Weller Admin. Proc. File No. Fair Fund' (rank "
 "1: the Commission's notice of the proposed plan, 34-69288, a filing-like order text; then scribd's copy of the 2010 "
 "order, pageperry, and the state consent orders in TheAtticusProject/cuad). The matter was looked at before: batch "
 "46m found sec.gov's press release 2010-53 (7 April 2010, the institution of proceedings; role-poor, left as a lead, "
 "not taken) and batch 47a found no 2011 settlement release; no text on the matter is in the corpus, and this page is "
 "its one text. " + CHECK + "'Morgan Keegan', 'Morgan Asset', 'Kelsoe', 'Thompson Weller': only GATHERING.md's notes "
 "of 46m and 47a on the same matter (not taken) and batch47e_annotate.py's convention note on Kelsoe; '3-13847', "
 "'34-69288', 'morgankeegan', '100,300,000': 0 in the corpus files, GATHERING.md, the gather scripts, the notes and "
 "the pools.",
 False)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        for p in [title] + paras:
            assert raw.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
