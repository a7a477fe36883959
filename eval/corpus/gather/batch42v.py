#!/usr/bin/env python3
"""Batch 42v (session 43, gatherer 42v): a company with its named subsidiary and a company with its customs
regulator told in US Securities and Exchange Commission FCPA texts (US federal government works, 17 U.S.C. 105), a
round after batches 42a, 42e, 42g and 42j in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q,
42a, 42e, 42g, 42j), taking up 42j's leads (Noble Corporation's release of the November 2010 oil-services customs
sweep; queries opening with the release's own header words) -- first-party SEC text from sec.gov as the search
tool's page store holds it:
  - the SEC's Litigation Release No. 21728 (4 November 2010, SEC v. Noble Corporation): Noble, an offshore drilling
    contractor headquartered in Switzerland with an office in Sugarland, Texas, its improper payments through its
    customs agents to officials of the Nigeria Customs Service, the United States Department of Justice's parallel
    criminal action;
  - the SEC's Litigation Release No. 21832 (31 January 2011, SEC v. Maxwell Technologies Inc.): the San Diego
    energy storage maker and its wholly-owned Swiss subsidiary Maxwell Technologies SA, bribes to officials at
    Chinese state-owned entities through a third-party sales agent.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page name lines, release and caption lines and
headings are left out (the heading kept as `title`, the date as `published`); no word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch42v.py [POOL_DIR] [--dry]   (default /tmp/gather43v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch42a import CHECK          # batch41b's check note with the session-43 pools /tmp/gather43*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43v/pool"
R = []

# ---- Noble Corporation, Litigation Release No. 21728, 4 November 2010 ----------------------------------------------
U1 = "https://www.sec.gov/litigation/litreleases/2010/lr21728.htm"
R.append(federal(
 "us-sec-noble-corporation-nigeria-customs-service-permits-fcpa-2010", U1, "2010-11-04",
 "SEC Charges Noble with FCPA Violations",
 "The Securities and Exchange Commission today announced a settlement with Noble Corporation (Noble) for "
 "violations of the Foreign Corrupt Practices Act (FCPA). The SEC alleged that Noble, an offshore drilling contractor "
 "headquartered in Switzerland with an office in Sugarland, Texas, made improper payments through its custom agents "
 "to officials of the Nigeria Customs Service to obtain permits and permit extensions necessary for operating "
 "offshore oil rigs in Nigeria. As part of the settlement, Noble will pay $5,576,998 in disgorgement and prejudgment "
 "interest.\n\n"
 "The Commission's action against Noble was filed in coordination with a parallel criminal action brought by the "
 "United States Department of Justice, and several other federal civil and criminal actions against companies "
 "involved in oil operations in Nigeria.\n\n"
 "The Commission's complaint, filed today in federal court in Houston, alleges that from January 2003 through May "
 "2007, Noble authorized payments by its Nigerian subsidiary to its customs agent, believing that the agent would "
 "give portions of the payments to Nigerian government officials to induce them to grant temporary importation "
 "permits (TIPs) and TIP extensions for Noble's drilling rigs. Although Noble was required to move its rigs out of "
 "Nigeria when TIPs and any extensions had expired, it did not do so in order to avoid the costs of moving the rigs, "
 "the potential loss of profits, and the break in performance of rigs under contract. Noble used the customs agents "
 "to submit false documents to Nigerian Customs Service showing export and re-import of its drilling rigs when in "
 "fact the rigs never moved.",
 "oil services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21728, November 4, 2010 (Securities and Exchange "
 "Commission v. Noble Corporation, Case No. 4:10-cv-4336 (S.D. Tex.)), US federal government work (public domain); "
 "text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the archived "
 "'litigation/litreleases/2010' address, 42g's and 42j's Comverse form): first-party text, no third-party copy. "
 "Left out: the page's name line 'Noble Corporation', the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION', "
 "'Litigation Release No. 21728/ November 4, 2010' (kept as `published`) and 'Accounting and Auditing Enforcement "
 "Release No. 3206 / November 4, 2010', the case caption 'SECURITIES AND EXCHANGE COMMISSION V. Noble Corporation, "
 "Case No. 4:10-cv-4336 (S.D. Tex.)', the heading (kept as `title`, as written); cut inside the third paragraph "
 "after its third sentence, before 'Noble paid its customs agents to present these...', where the store's excerpt "
 "breaks off (`truncated`). Kept as written: the straight apostrophes, 'its custom agents' (beside 'its customs "
 "agent' and 'the customs agents'), 'Sugarland, Texas' as one word, 'Nigeria Customs Service' beside 'Nigerian "
 "Customs Service', 're-import'. 254 words. One text per matter: the star.worldbank.org digest (quoting the "
 "release), fcpa.aoshearman.com (the SEC and DOJ case pages), fcpa.stanford.edu (the SEC and DOJ actions) and the "
 "2012 SEC complaint against Noble's executives Mark Jackson and James Ruehlen (fdocuments.in; another matter) "
 "left out; the sweep's press release 2010-214 is batch 42g's train text (another text: it names no company but "
 "Panalpina, Inc.). Found with 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release No. 21728 Noble "
 "Corporation Nigeria temporary import permits' (rank 2; rank 7 for the GlobalSantaFe query). " + CHECK +
 "'Noble Corporation', '21728', 'Nigeria Customs Service': GATHERING.md only (42g's and 42j's leads, and a Seadrill "
 "section's note on a bidding war with Noble Corporation, another matter); '4:10-cv-4336', 'Sugarland': 0 "
 "everywhere; 'Noble' as a word: other texts (Hansard members and titles; batch 42g's sweep text only in its "
 "record's notes); 'Switzerland', 'Texas', 'Houston', 'Nigeria': other texts (places).", True))

# ---- Maxwell Technologies Inc., Litigation Release No. 21832, 31 January 2011 --------------------------------------
U2 = "http://www.sec.gov/litigation/litreleases/2011/lr21832.htm"
R.append(federal(
 "us-sec-maxwell-technologies-swiss-subsidiary-china-bribes-fcpa-2011", U2, "2011-01-31",
 "SEC CHARGES MAXWELL TECHNOLOGIES INC. FOR BRIBERY SCHEME IN CHINA",
 "The Securities and Exchange Commission announced today that it filed a settled civil action against Maxwell "
 "Technologies Inc. (Maxwell) in the U.S. District Court for the District of Columbia, charging the company with "
 "violations of the Foreign Corrupt Practices Act (FCPA) for repeatedly paying bribes to government officials in "
 "China to obtain business from several Chinese state-owned entities.\n\n"
 "The SEC alleges that a Maxwell subsidiary paid over $2.5 million in bribes from 2002 through May 2009 for "
 "contracts that generated more than $15 million in revenues for Maxwell, a Delaware corporation headquartered in "
 "San Diego that manufactures energy storage and power delivery products. Maxwell has agreed to pay more than $6.3 "
 "million to settle the SEC's charges.\n\n"
 "The complaint alleges that from 2002 through May 2009, Maxwell, through its wholly-owned Swiss subsidiary, Maxwell "
 "Technologies SA (Maxwell SA), paid over $2.5 million in bribes to officials at several Chinese state-owned "
 "entities through a third-party sales agent. The bribes, which were classified in invoices as either \"Extra "
 "Amount\" or \"Special Arrangement\" fees, were made to improperly influence decisions by foreign officials to "
 "assist Maxwell in obtaining and retaining sales contracts for high voltage capacitors produced by Maxwell SA. "
 "According to the complaint, a Maxwell SA executive approved sales contracts with the Chinese state-owned entities "
 "knowing that the purchase orders were inflated by 20% with the intention that the 20% be paid as bribes.",
 "energy storage/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21832, January 31, 2011 (U.S. Securities and "
 "Exchange Commission v. Maxwell Technologies Inc., Civil Action No. 1:11-CV-00258 (DDC) (BAH)), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the archived "
 "'litigation/litreleases/2011' address, stored under http://www.sec.gov/): first-party text, no third-party copy. "
 "Left out: the lines 'U.S. Securities and Exchange Commission', 'Litigation Release No. 21832 / January 31, 2011' "
 "(kept as `published`) and 'Accounting and Auditing Enforcement Release No. 3236 / January 31, 2011', the case "
 "caption 'U.S. Securities and Exchange Commission v. Maxwell Technologies Inc., Civil Action No. 1:11-CV-00258 "
 "(DDC) (BAH)', the heading: `title` keeps its first half 'SEC CHARGES MAXWELL TECHNOLOGIES INC. FOR BRIBERY SCHEME "
 "IN CHINA' as written in capitals, the damaged characters after it (a dash stored as '\u00e2\u20ac\"', as 42j's "
 "Transocean heading) and its second half 'MAXWELL TO PAY OVER $6.3 MILLION IN DISGORGEMENT AND INTEREST' cut; cut "
 "before the fourth paragraph ('According to the complaint, the illicit payments were...'), where the store's "
 "excerpt breaks off (`truncated`). Kept as written: the straight quotation marks and apostrophes, 'wholly-owned', "
 "'third-party', 'high voltage capacitors', '20%'. 231 words. One text per matter: the DOJ press release "
 "(justice.gov, another agency's text of the parallel case), foley.com, fcpablog.com (two copies), "
 "fcpaprofessor.com and its blogspot copy, corporatesecretary.com, inaudit.com (which quote Cheryl Scarboro, Chief "
 "of the FCPA Unit, from the SEC's page beyond the excerpt), utsandiego.com (AP) and vlex.com left out. Found with "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release No. Maxwell Technologies Maxwell S.A. Swiss subsidiary "
 "China bribes 2011' (rank 4). " + CHECK + "'Maxwell Technologies', 'Maxwell SA', '21832', '11-CV-00258': 0 "
 "everywhere; 'Maxwell' as a word: other texts and scripts (Maxwell Joseph of Grand Metropolitan, Christopher "
 "Maxwell's botnet, a Maxwell hospital: other people); 'San Diego', 'Delaware', 'China': other texts (places).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
