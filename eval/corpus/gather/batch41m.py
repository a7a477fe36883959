#!/usr/bin/env python3
"""Batch 41m (session 42, gatherer 41m): companies, their subsidiaries and parents told in US Securities and Exchange
Commission texts (US federal government works, 17 U.S.C. 105), a round after batches 41e and 41j in the federal SEC
lane (batches 40zm, 40zn, 41b, 41e, 41j), turned to Foreign Corrupt Practices Act (FCPA) settlements -- first-party
SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's administrative-proceeding summary 'SEC Charges Microsoft Corporation with FCPA Violations' (File No.
    3-19260, 22 July 2019): Microsoft Corporation to pay more than $16 million over the conduct of its subsidiaries
    in Hungary, Saudi Arabia, Thailand and Turkey, Microsoft Hungary's criminal fine under a non-prosecution
    agreement with the U.S. Department of Justice, the investigation supervised by Tracy L. Davis of the San
    Francisco Regional Office;
  - the SEC's press release 2022-214 (3 December 2022): ABB Ltd settling charges over a bribery scheme in South
    Africa, ABB executives in Switzerland and South Africa colluding with an official at Eskom, 'an electricity
    provider owned by the South African government', a $160 million contract at Eskom's Kusile Power Station,
    Charles Cain, Chief of the SEC's FCPA Unit, quoted.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov pages themselves (no third-party copy, so
no word-for-word check against another copy is needed). Breadcrumbs, headings, sub-headings, release-number lines,
file-number lines and datelines are left out (the heading kept as `title`); no word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch41m.py [POOL_DIR] [--dry]   (default /tmp/gather42m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import CHECK, SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42m/pool"
R = []

# ---- Microsoft Corporation and its foreign subsidiaries, File No. 3-19260, 22 July 2019 -------------------------------
U1 = "https://sec.gov/enforce/34-86421-s-0"
R.append(federal(
 "us-sec-microsoft-hungary-foreign-subsidiaries-fcpa-2019", U1, "2019-07-22",
 "SEC Charges Microsoft Corporation with FCPA Violations",
 "July 22, 2019 - The Securities and Exchange Commission today announced that Microsoft Corporation has agreed to pay "
 "more than $16 million to settle charges that it violated the Foreign Corrupt Practices Act (FCPA) in connection "
 "with its operations in four different foreign based subsidiaries.\n\n"
 "According to the SEC's order, Microsoft's subsidiary in Hungary provided discounts on software licenses to its "
 "resellers, distributors and other third parties. Instead of passing on the discounts to Microsoft's government "
 "customers, the discounts were used to fund improper payments intended for foreign government officials to secure "
 "software license sales for Microsoft. The SEC also found that Microsoft's subsidiaries in Saudi Arabia and "
 "Thailand provided improper travel and gifts to both foreign government officials and employees of non-government "
 "customers funded through slush funds maintained by Microsoft's vendors and resellers. The SEC further found that "
 "Microsoft's subsidiary in Turkey provided an excessive discount to an unauthorized third party in a licensing "
 "transaction for which Microsoft's records do not reflect any services provided.\n\n"
 "The SEC's order found that Microsoft violated the books and records and internal accounting controls provisions "
 "of Sections 13(b)(2)(A) and 13(b)(2)(B) of the Securities Exchange Act of 1934. Without admitting or denying the "
 "SEC's findings, Microsoft consented to a cease-and-desist order and agreed to pay disgorgement of $13,780,733 and "
 "prejudgment interest of $2,784,418. Microsoft Hungary has also agreed to pay a criminal fine of $8,751,795 as "
 "part of a non-prosecution agreement with the U.S. Department of Justice related to causing books and records "
 "violations of the FCPA.\n\n"
 "The SEC\u2019s investigation was supervised by Tracy L. Davis of the San Francisco Regional Office.",
 "software/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, administrative proceeding summary 'SEC Charges Microsoft Corporation with "
 "FCPA Violations', File No. 3-19260, July 22, 2019, US federal government work (public domain); text from the "
 "search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it (the "
 "page's address under sec.gov/enforce/, the Exchange Act release 34-86421): first-party text, no third-party copy. "
 "Left out: 'Breadcrumb', the line 'AP Summary', the heading (kept as `title`), the date line 'July 22, 2019' under "
 "the heading, the lines 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-19260'; the last paragraph cut after its first "
 "sentence, before 'The SEC appreciates the ass...', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the date opening the first paragraph ('July 22, 2019 - The Securities ...', with a spaced hyphen; also "
 "`published`), 'foreign based', the straight apostrophes of the first three paragraphs beside the curly one in the "
 "last ('The SEC\u2019s investigation'). 268 words. One text per matter: the order itself and the DOJ's "
 "non-prosecution agreement with Microsoft Hungary (as Stanford's FCPA dataset, fcpa.aoshearman.com, "
 "complianceconcourse.willkie.com, lawjournalnewsletters.com and fcpablog.com describe them) and news (advfn's Dow "
 "Jones copy) left out. Found with 'Microsoft to Pay Over $25 Million to Settle FCPA Charges subsidiaries Hungary "
 "Saudi Arabia Thailand Turkey sec.gov news press-release 2019' (rank 1). "
 + CHECK + "'Microsoft Hungary', '34-86421', '3-19260', 'Tracy L. Davis', 'San Francisco Regional Office': 0 "
 "everywhere; 'Microsoft Corporation' only in train/dev files and batch10/25c/32b scripts on other matters (Hotmail, "
 "Turbolinux, Kustomer/Nuance), by the files' names.", True))

# ---- ABB Ltd, bribery scheme in South Africa, press release 2022-214, 3 December 2022 ---------------------------------
U2 = "https://www.sec.gov/newsroom/press-releases/2022-214"
R.append(federal(
 "us-sec-abb-south-africa-eskom-bribery-fcpa-unit-2022", U2, "2022-12-03",
 "ABB Settles SEC Charges That It Engaged in Bribery Scheme in South Africa",
 "The Securities and Exchange Commission today announced charges against global electrification and automation "
 "technology company, ABB Ltd, for violations of the Foreign Corrupt Practices Act (FCPA) arising out of a bribery "
 "scheme in South Africa. The company has agreed to pay a $75 million civil penalty to settle the SEC\u2019s "
 "charges.\n\n"
 "The SEC\u2019s order finds that, from 2015 through 2017, ABB executives in Switzerland and South Africa colluded "
 "with a high-ranking government official at Eskom, an electricity provider owned by the South African government, "
 "to funnel bribes to the official through complicit third-party service providers with whom the government "
 "official had close personal relationships. ABB paid the service providers more than $37 million to bribe the "
 "government official. In return ABB obtained a $160 million contract to provide cabling and installation work at "
 "Eskom\u2019s Kusile Power Station.\n\n"
 "\u201cNotwithstanding prior FCPA-related violations and known corruption risks throughout its operations, ABB "
 "lacked sufficient controls to detect or deter this egregious bribery scheme,\u201d said Charles Cain, Chief of the "
 "SEC\u2019s FCPA Unit.\n\n"
 "ABB consented to the SEC\u2019s cease-and-desist order that it violated the anti-bribery, books and records, and "
 "internal accounting controls provisions of the FCPA and agreed to pay a civil monetary penalty of $75 million. The "
 "SEC also ordered ABB to pay more than $72 million in disgorgement; however, the Commission deemed the payment "
 "satisfied by ABB\u2019s reimbursement of its ill-gotten gains to the South African government as part of an "
 "earlier civil settlement based largely on the same underlying facts as the SEC\u2019s action.",
 "electrical equipment and automation/securities regulation", "legal,executives,ownership",
 "U.S. Securities and Exchange Commission, press release 2022-214 'ABB Settles SEC Charges That It Engaged in "
 "Bribery Scheme in South Africa', Washington D.C., Dec. 3, 2022, US federal government work (public domain); text "
 "from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the newsroom address): "
 "first-party text, no third-party copy. Left out: the line 'Press Release', the heading (kept as `title`), the "
 "sub-heading 'Global technology company ordered to pay $460 million total to U.S. authorities to settle criminal "
 "and civil charges', the lines 'For Immediate Release' and '2022-214', the dateline 'Washington D.C., Dec. 3, 2022 "
 "\u2014' (kept as `published`); the fourth paragraph cut after its second sentence, before 'In addition, ABB agreed "
 "to regul...', where the store's excerpt breaks off (`truncated`); the two spaces the store holds after 'FCPA "
 "Unit.' (line-end whitespace) dropped. Kept as written: the comma after 'technology company', 'In return ABB "
 "obtained' with no comma, the curly quotation marks and apostrophes. 253 words. One text per matter: "
 "canadianinsider.com's Newsfile copy of the same release (a third-party copy of the text taken), "
 "whistleblowersblog.org's notice of covered action, the DOJ's parallel case (ABB Management Services Ltd. and ABB "
 "South Africa (Pty) Ltd. pleading guilty, as lexology.com and grip.globalrelay.com report it; a DOJ text, not this "
 "lane) and news (techcentral.co.za, investing.com's Reuters copy, greenbuildingafrica.co.za, epointperfect.com) left "
 "out. Found with 'sec.gov news press-release ABB FCPA South Africa subsidiary Eskom bribery SEC charges' (rank 1). "
 + CHECK + "'Kusile', '2022-214', 'Charles Cain': 0 everywhere; 'ABB' only in a train file on the Mannesmann/Vodafone "
 "deal and batch20a's scripts (another matter, by the file's name); 'Eskom' in train/dev files on South Africa's "
 "energy crisis, Umeme and a 2008 Wikinews digest and in batches 27c-35o's scripts (load shedding and other "
 "matters, by the files' names and GATHERING.md).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
