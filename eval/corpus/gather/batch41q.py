#!/usr/bin/env python3
"""Batch 41q (session 42, gatherer 41q): companies with their subsidiaries told in US Securities and Exchange
Commission FCPA texts (US federal government works, 17 U.S.C. 105), a round after batches 41j, 41m and 41n in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n) -- first-party SEC text from sec.gov as the search
tool's page store holds it:
  - the SEC's administrative-proceeding summary 'SEC Charges Eni S.p.A. with FCPA Violations' (File No. 3-19751,
    17 April 2020): Eni S.p.A., an Italian multinational oil and gas company, settling charges over an improper
    payment scheme in Algeria by its 43% minority-owned and controlled subsidiary Saipem S.p.A., Eni a recidivist
    after its 2010 charges over its then-wholly-owned subsidiary Snamprogetti Netherlands, B.V. in Nigeria;
  - the SEC's press release 2020-177 'SEC Charges Consumer Loan Company With FCPA Violations' (6 August 2020):
    World Acceptance Corporation, a South Carolina-based consumer loan company, paying $21.7 million over bribes
    paid by its former Mexican subsidiary WAC de Mexico S.A. de C.V., Charles E. Cain, Chief of the SEC Enforcement
    Division's FCPA Unit, quoted.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov pages themselves (no third-party copy, so
no word-for-word check against another copy is needed). Breadcrumbs, page-type lines, headings, release-number lines,
datelines and file-number lines are left out (the heading kept as `title`); no word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch41q.py [POOL_DIR] [--dry]   (default /tmp/gather42q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import CHECK, SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42q/pool"
R = []

# ---- Eni S.p.A., Saipem's improper payment scheme in Algeria, File No. 3-19751, 17 April 2020 --------------------------
U1 = "https://www.sec.gov/enforce/34-88679-s"
R.append(federal(
 "us-sec-eni-saipem-algeria-fcpa-2020", U1, "2020-04-17",
 "SEC Charges Eni S.p.A. with FCPA Violations",
 "April 17, 2020 - The Securities and Exchange Commission today announced that Eni S.p.A., an Italian multinational "
 "oil and gas company whose ADRs are listed on the New York Stock Exchange, agreed to settle charges that it violated "
 "the books and records and internal accounting controls provisions of the Foreign Corrupt Practices Act (FCPA) in "
 "connection with an improper payment scheme in Algeria by Eni's 43% minority-owned and controlled subsidiary at the "
 "time, Saipem S.p.A. Eni is a recidivist, having been previously charged by the SEC in 2010 for violating the same "
 "FCPA provisions in connection with a bribery scheme in Nigeria by its then-wholly-owned subsidiary Snamprogetti "
 "Netherlands, B.V.\n\n"
 "According to the SEC's order, Saipem entered into four sham contracts with an intermediary between 2007 and 2010 "
 "to assist in obtaining contracts awarded by Algeria's state-owned oil company. The order finds that Saipem paid "
 "approximately \u20ac198 million to the intermediary, which directed a portion of the money to Algerian government "
 "officials or their designees. The order finds that Sapiem was awarded at least seven contracts from the Algerian "
 "state-owned oil company. According to the order, Eni, which at the time consolidated Saipem's financial statements "
 "into its own, failed to accurately record the true nature of the intermediary payments in its books and records. "
 "The order also finds that a former senior executive at Saipem orchestrated the scheme at Saipem and, after he was "
 "hired to be the CFO of Eni, continued to facilitate Saipem's improper payments to the intermediary. As a result of "
 "the former executive's misconduct at Eni, the company failed to satisfy its good faith obligations to use its "
 "influence to cause Saipem to devise and maintain a system of internal accounting controls consistent with "
 "statutory requirements.",
 "oil and gas/securities regulation", "legal",
 "U.S. Securities and Exchange Commission, administrative proceeding summary 'SEC Charges Eni S.p.A. with FCPA "
 "Violations', File No. 3-19751, April 17, 2020, US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it (the "
 "page's address under sec.gov/enforce/, the Exchange Act release 34-88679): first-party text, no third-party copy. "
 "Left out: 'Breadcrumb', the line 'AP Summary', the heading (kept as `title`), the date line 'April 17, 2020' under "
 "the heading, the lines 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-19751'; cut after the second paragraph, before "
 "'Without admitting or ...', where the store's excerpt breaks off (`truncated`). Kept as written: the date opening "
 "the first paragraph ('April 17, 2020 - The Securities ...', a spaced hyphen, as batch 41n kept its summary's; also "
 "`published`), the misspelling 'Sapiem' in the second paragraph's third sentence (no word changed), the straight "
 "apostrophes, the euro sign. 289 words. One text per matter: the order on docslib.org, willkie.com, "
 "complianceweek.com, fcpaprofessor.com, paulweiss.com, fcpa.aoshearman.com and volkovlaw.com (digests and the order's "
 "third-party copy) left out. Found with 'SEC Charges Eni S.p.A. FCPA Saipem Algeria subsidiary books and records "
 "press release' (rank 1). "
 + CHECK + "'Saipem', 'Snamprogetti', 'Eni S.p.A', '34-88679', '3-19751': 0 everywhere.", True))

# ---- World Acceptance Corporation, WAC de Mexico bribes, press release 2020-177, 6 August 2020 ------------------------
U2 = "https://www.sec.gov/newsroom/press-releases/2020-177"
R.append(federal(
 "us-sec-world-acceptance-wac-mexico-bribery-fcpa-2020", U2, "2020-08-06",
 "SEC Charges Consumer Loan Company With FCPA Violations",
 "The Securities and Exchange Commission today announced that World Acceptance Corporation, a South Carolina-based "
 "consumer loan company, has agreed to pay $21.7 million to resolve charges that it violated the Foreign Corrupt "
 "Practices Act (FCPA).\n\n"
 "The SEC\u2019s order finds that from at least December 2010 through June 2017, World Acceptance Corporation\u2019s "
 "former Mexican subsidiary, WAC de Mexico S.A. de C.V., paid more than $4 million in bribes to Mexican government "
 "officials and union officials to secure the ability to make loans to government employees and ensure that those "
 "loans were repaid in a timely manner.  According to the SEC\u2019s order, WAC Mexico paid the bribes in a variety "
 "of ways, including by depositing money into bank accounts linked to the officials and by hiring an intermediary to "
 "distribute large bags of cash among the officials.  The SEC\u2019s order finds that these bribes were inaccurately "
 "recorded in World Acceptance Corporation\u2019s books and records as legitimate business expenses.  The SEC\u2019s "
 "order further finds that World Acceptance Corporation lacked internal accounting controls sufficient to detect or "
 "prevent the payments of such bribes and that management lacked the appropriate tone at the top regarding internal "
 "audit and compliance, thereby undermining the effectiveness of those functions.\n\n"
 "\u201cThis long-running bribe scheme did not happen in a vacuum.  Through a lack of adequate internal accounting "
 "controls and a culture that undermined its internal audit and compliance functions, World Acceptance Corporation "
 "created the perfect environment for illicit activity to occur for nearly a decade,\u201d said Charles E. Cain, "
 "Chief of the SEC Enforcement Division\u2019s FCPA Unit.",
 "consumer finance/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 2020-177 'SEC Charges Consumer Loan Company With FCPA "
 "Violations', Washington D.C., Aug. 6, 2020, US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the newsroom/press-releases "
 "address): first-party text, no third-party copy. Left out: the line 'Press Release', the heading (kept as `title`), "
 "'For Immediate Release', the release number '2020-177', the dateline 'Washington D.C., Aug. 6, 2020 \u2014' (kept "
 "as `published`); the space the store holds at the end of the first paragraph (after '(FCPA).'); cut before the "
 "fourth paragraph ('Without admitting or denying the SEC\u2019s findings, World Acceptance Corporation consented to "
 "the entry of an order requiring that the...'), where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the two spaces the store holds between sentences inside the second and third paragraphs, the curly "
 "quotation marks and apostrophes. 258 words. One text per matter: swfinstitute.org's quotation of the release, the "
 "order as World Acceptance's 8-K exhibit (content.edgar-online.com, contracts.justia.com, the CUAD repository, an "
 "advfn forum post), willkie.com, seekingalpha.com and complianceweek.com left out. Found with 'AP Summary SEC "
 "Charges World Acceptance Corporation FCPA Mexican subsidiary WAC de Mexico' (rank 3); also rank 2 of 'SEC Charges "
 "Consumer Loan Company With FCPA Violations World Acceptance Corporation press release 2020-177'. "
 + CHECK + "'World Acceptance', 'WAC de Mexico', '2020-177', 'Charles E. Cain': 0 everywhere.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
