#!/usr/bin/env python3
"""Batch 45k (session 46, gatherer 45k): a subprime lender's former chief executive and co-founder, former chief
financial officer and former controller, and a storage-software maker's settled fraud case with its round-trip deal
with an internet company then part of a media group and its later sale to a security-software maker, told in US
Securities and Exchange Commission litigation releases of 2007 and 2009 (US federal government works, 17 U.S.C. 105),
a third round of session 46 after batches 45a and 45f in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j,
41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a and 45f; 43i and 43k
found nothing) -- first-party SEC text, from sec.gov as the search tool's page store holds it or as the UNT
Libraries' End of Term 2008 web archive holds the sec.gov page:
  - the SEC's Litigation Release No. 21327 (7 December 2009, 'SEC CHARGES FORMER OFFICERS OF SUBPRIME LENDER NEW
    CENTURY WITH FRAUD'): 'three former top officers of New Century Financial Corporation' -- 'Former CEO and
    co-founder Brad A. Morrice', 'Former CFO Patti M. Dodge', 'Former Controller David N. Kenneally';
  - the SEC's Litigation Release No. 20008 (21 February 2007, 'SEC Files Settled Enforcement Action Against Veritas
    Software Corporation'): Veritas Software Corporation, its round-trip transaction with 'America Online, Inc. (AOL),
    now a division of Time Warner Inc.', 'Veritas was acquired by Symantec Corporation on July 2, 2005' (UNT End of
    Term 2008 archive; 45f's lead).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines and
headings are left out (the heading kept as `title`, the date as `published`); bullet markers cut (each bullet kept
as its own paragraph, as 41s and 44r); no word added or changed; each text cut at the last full sentence before the
store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45k.py [POOL_DIR] [--dry]   (default /tmp/gather46k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC        # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46k/pool"
R = []

# ---- New Century Financial, Morrice, Dodge and Kenneally, Litigation Release No. 21327, 7 December 2009 (sec.gov) ------
U1 = "http://www.sec.gov/litigation/litreleases/2009/lr21327.htm"
T1 = "SEC CHARGES FORMER OFFICERS OF SUBPRIME LENDER NEW CENTURY WITH FRAUD"
R.append(federal(
 "us-sec-new-century-financial-former-ceo-cofounder-cfo-controller-fraud-2009", U1, "2009-12-07", T1,
 "The Securities and Exchange Commission today charged three former top officers of New Century Financial "
 "Corporation with securities fraud for misleading investors as New Century's subprime mortgage business was "
 "collapsing in 2006. At the time of the fraud, New Century was one of the largest subprime lenders in the nation.\n\n"
 "The SEC's complaint names as defendants:\n\n"
 "Former CEO and co-founder Brad A. Morrice of Laguna Beach, Calif.\n\n"
 "Former CFO Patti M. Dodge of Irvine, Calif.\n\n"
 "Former Controller David N. Kenneally of Rossmoor, Calif.\n\n"
 "In its complaint, the SEC alleges that New Century disclosures generally sought to assure investors that its "
 "business was not at risk and was performing better than its peers. Defendants, however, failed to disclose "
 "important negative information, including dramatic increases in early loan defaults, loan repurchases, and pending "
 "loan repurchase requests. Defendants knew this negative information from numerous internal reports they regularly "
 "received, including weekly reports that Morrice ominously entitled \"Storm Watch.\"\n\n"
 "The complaint also alleges that Dodge and Kenneally fraudulently accounted for expenses related to bad loans that "
 "it had to repurchase. In the face of dramatically increasing loan repurchases and a huge, undisclosed backlog of "
 "repurchase demands, Kenneally, with Dodge's knowledge, made changes to New Century's accounting for loan "
 "repurchases in both the second and third quarters of 2006.",
 "subprime mortgage lending/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21327, December 7, 2009 (Securities and Exchange "
 "Commission v. Brad A. Morrice et al., Civil Action No. SACV09-01426 JVS (C.D. Cal.)), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2009/lr21327.htm): first-party text, no third-party copy. Left out: 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 21327 / December 7, 2009' (kept as `published`), 'Accounting and "
 "Auditing Enforcement Release No. 3079 / December 7, 2009', the case caption ('SECURITIES AND EXCHANGE COMMISSION v. "
 "BRAD A. MORRICE et al., Civil Action No. SACV09-01426 JVS (C.D. Cal.)'), the heading (kept as `title`, in capitals "
 "as printed); the bullet markers and indents of the list of defendants cut (each item kept as its own paragraph, "
 "as 41s and 44r kept bullets); cut after the second sentence of the paragraph that begins 'The complaint also alleges', before its third ('These "
 "undisclosed accounting changes violated generally accepted accounting principles and resulted in New Century's "
 "improperly avoiding substantial repurchase expenses a'), where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'Former CEO and co-founder', 'Former Controller' with capitals, 'Calif.', the straight quotation marks "
 "around 'Storm Watch.' (the full stop inside), 'it had to repurchase' (for the company). 214 words. One text per "
 "matter: accountingtoday (two), insurereinsure, americanbanker's asreport, securitiesarbitration.blogspot, "
 "secactions (the 2010 settlement) and vdocuments (a third-party copy of the SEC's complaint) left out. Found with "
 "'SEC charges former New Century Financial executives Brad Morrice Patrick Flanagan David Kenneth misleading "
 "investors 2009' (rank 1). "
 + CHECK + "'New Century', 'Morrice', 'Patti M. Dodge', 'Kenneally', '21327', '09-01426', 'Storm Watch', 'Laguna "
 "Beach', 'Rossmoor', '3079': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'Irvine': one "
 "corpus file and one gather script (another text, a place, by file name only).", True))

# ---- Veritas Software, Litigation Release No. 20008, 21 February 2007 (UNT End of Term 2008) ---------------------------
U2 = "https://webarchive.library.unt.edu/eot2008/20080916024406/http://sec.gov/litigation/litreleases/2007/lr20008.htm"
T2 = "SEC Files Settled Enforcement Action Against Veritas Software Corporation"
R.append(federal(
 "us-sec-veritas-software-settled-fraud-aol-round-trip-symantec-2007", U2, "2007-02-21", T2,
 "The Securities and Exchange Commission announced that it filed yesterday a settled civil fraud action in the United "
 "States District Court for the District of Columbia against Veritas Software Corporation, alleging in its complaint "
 "that Veritas engaged in a fraudulent earnings management scheme and filed false and misleading financial "
 "statements from 2000 through 2003. Veritas was also charged with securities fraud in connection with an improper "
 "round-trip transaction in 2000 with America Online, Inc. (AOL), now a division of Time Warner Inc., as well as "
 "aiding and abetting AOL's securities fraud. In settling the Commission's charges, Veritas agreed to an injunction "
 "and to pay a $30 million civil penalty, which the Commission will seek to distribute to harmed investors pursuant "
 "to the Fair Funds provision of the Sarbanes-Oxley Act of 2002. Veritas was acquired by Symantec Corporation on "
 "July 2, 2005.\n\n"
 "The Commission's complaint against Veritas includes the following allegations:\n\n"
 "In the fourth quarter of 2000, Veritas artificially inflated reported revenues in connection with a $20 million "
 "transaction with AOL and smaller transactions with two other Internet companies. In the three round-trip "
 "transactions, Veritas agreed to \"buy\" online advertising in exchange for the customer's agreement to purchase "
 "software from Veritas at inflated prices.",
 "storage software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20008, February 21, 2007 (SEC v. Veritas Software "
 "Corporation, Civil Action No. 07-364 (D.D.C.)), US federal government work (public domain); text of the sec.gov "
 "page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/2007/lr20008.htm) "
 "as the End of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived "
 "unchanged (44d's, 44r's and 45f's archived texts the same way), no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20008 / February 21, 2007' (kept as "
 "`published`), 'Accounting and Auditing Enforcement Release No. 2562 / February 21, 2007', the case caption ('SEC v. "
 "Veritas Software Corporation, Civil Action No. 07-364 (D.D.C.)'), the heading (kept as `title`); the first bullet's "
 "marker and indent cut (the bullet kept as its own paragraph, as 41s and 44r kept bullets); cut after that bullet's "
 "second sentence, before its third ('To conceal the true nature of the AOL transaction, ... reflecting each party's "
 "in'), where the store's excerpt breaks off (`truncated`). Kept as written: 'the United States District Court for "
 "the District of Columbia', '(AOL)' without quotation marks, 'round-trip', 'Internet' with a capital, the straight "
 "quotation marks around 'buy', '$30 million', '$20 million'. 203 words. One text per matter: nbcnews (AP), "
 "internetnews (two), adotas and the latimes (Bloomberg, 2005) left out. The SEC's separate 2007 suit against "
 "Veritas's former officers (SEC v. Leslie et al., C 07-3444 (N.D. Cal.); 45f's lead) was asked twice and came back "
 "only as court opinions (casetext, findacase (two), studicata, yumpu): another matter, no SEC page. Found with 'SEC "
 "charges former Veritas Software officers Gary Bloom Kenneth Lonchar Leslie litigation release 2007' (rank 1; 45f "
 "had it at rank 2 and left it for a round that wants relations). "
 + CHECK + "'Veritas' (only 45f's leads in GATHERING.md), 'Lonchar' (the same), '20008' (the same), '07-364', "
 "'2562', 'Fair Funds': 0 in the corpus files, the gather scripts and the pools; 'Symantec': one train text (Norton "
 "anti-virus in China, 2007: another matter, by file name only); 'America Online': one train and one test text "
 "(other matters, by file names only); 'Time Warner': eight corpus files, nine gather scripts, one pool (other "
 "matters: the company's deals and networks, by file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
