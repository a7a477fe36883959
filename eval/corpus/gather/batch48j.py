#!/usr/bin/env python3
"""Batch 48j (session 49, gatherer 48j): three items of the SEC News Digest of 2008 -- the departure of the SEC's
Chief Information Officer, who had also been Director of the agency's Office of Information Technology and came from
McKinsey and Company, for the Boston Consulting Group in New York; the statement of SEC Chairman Christopher Cox, as
Chairman of the Technical Committee of the International Organization of Securities Commissions (IOSCO), on the
committee's three task forces launched in support of G-20 aims; the schedule announced by the SEC's chairman and four
Canadian securities regulators' chairmen for a process agreement between the SEC and the Canadian Securities
Administrators (CSA) on U.S.-Canada mutual recognition -- each the SEC's own digest page (US federal government works,
17 U.S.C. 105), the fifth round of session 49 in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g and
48i), on new matters (48i's leads: dig112508 taken for the IOSCO matter, dig112108 -- the same matter -- left out;
SEC News Digest pages of 2008 asked for as 'SEC News Digest Issue 2008 ...' with varied topic words; every name,
release and digest address was checked first against the corpus files, GATHERING.md, the gather scripts and the
session-49 pools) -- first-party SEC text, the sec.gov pages as the search tool's page store holds them (one as the
UNT Libraries' End of Term 2008 web archive holds the sec.gov page):
  - the SEC News Digest, Issue 2008-127 (1 July 2008), its second item ('SEC Chief Information Officer Corey Booth
    Completes SEC Service'): R. Corey Booth, the Office of Information Technology, the Boston Consulting Group,
    McKinsey and Company (sec.gov's 'news/digest/2008/dig070108.htm');
  - the SEC News Digest, Issue 2008-228 (25 November 2008), its first item ('SEC Chairman Cox Statement on Meeting of
    IOSCO Technical Committee'): IOSCO, its Technical Committee, the G-20, Christopher Cox (sec.gov's
    'news/digest/2008/dig112508.htm');
  - the SEC News Digest, Issue 2008-104 (29 May 2008), its first item ('Schedule Announced for Completion OF
    U.S.-Canadian Mutual Recognition Process Agreement'): the SEC, the Canadian Securities Administrators, IOSCO,
    Canada, the United States (sec.gov's 'news/digest/2008/dig052908.htm' as the UNT End of Term 2008 archive holds
    it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC News Digest'), the
issue number, the date line, the section line 'COMMISSION ANNOUNCEMENTS' and the other items of each digest are left
out (the item's heading kept as `title`, the digest's date as `published`); no word added or changed; paragraphs
joined by a blank line; each text cut at the last full sentence before the store's excerpt breaks off (the IOSCO
item's list kept as the corpus keeps lists: '• ' and the entry's text). Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch48j.py [POOL_DIR] [--dry]   (default /tmp/gather49j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC   # the origin line of an sec.gov page as a federal web archive holds it

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-49 pools /tmp/gather49*/pool (48a's three, 48b's three, 48c's one, 48d's four, 48e's "
         "two, 48f's two, 48g's three, 48h's two and 48i's three when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49j/pool"
DIGEST_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
                "Exchange Commission', 'SEC News Digest'")
R = []

# ---- R. Corey Booth leaves for the Boston Consulting Group, SEC News Digest 2008-127, 1 July 2008 (sec.gov) -----------
U1 = "https://www.sec.gov/news/digest/2008/dig070108.htm"
T1 = "SEC Chief Information Officer Corey Booth Completes SEC Service"
R.append(federal(
 "us-sec-chief-information-officer-corey-booth-completes-service-boston-consulting-group-2008", U1, "2008-07-01", T1,
 "The Securities and Exchange Commission today announced that Chief Information Officer R. Corey Booth completed his "
 "SEC service on June 30 and will join the Boston Consulting Group in New York as a leader of its financial services "
 "practice.\n\n"
 "Mr. Booth, who also served as Director of the SEC's Office of Information Technology, joined the SEC in January "
 "2004 after several years as a consultant with global consulting firm McKinsey and Company. As CIO at the SEC, Mr. "
 "Booth has been responsible for the full range of information technology-related functions at the SEC, and for "
 "ensuring that the agency's technology investments are aligned to support the agency's mission.",
 "securities regulation/consulting", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-127, July 1, 2008, Commission Announcements, "
 "'" + T1 + "', US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig070108.htm' address): first-party text, no third-party copy. Left out: the page lines "
 + DIGEST_LINES + ", 'Issue 2008-127', the date line 'July 1, 2008' (kept as `published`), the section line "
 "'COMMISSION ANNOUNCEMENTS', the digest's first item ('Roundtable on Fair Value Accounting Standards': another "
 "matter, an SEC meeting notice with no company) with its contact line; this, the second item, has its heading kept "
 "as `title`. Cut after the second paragraph's second sentence ('... to support the agency's mission.'), before "
 "'The SEC's Office of Information Technology employs ', where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'R. Corey Booth' (the title has 'Corey Booth'), 'Mr. Booth', 'Director of the SEC's' with a capital, "
 "'McKinsey and Company' spelt with 'and', 'CIO', 'information technology-related', the straight apostrophes. 108 "
 "words. One text per matter: the SEC's press release on Booth's departure (not in the store's answers) is not "
 "taken. Found with 'SEC News Digest Issue 2008 Commission announcements names new director acquisition merger' "
 "(rank 6). "
 + CHECK + "'Corey Booth', 'Booth' with 'SEC', 'Office of Information Technology', 'dig070108': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Boston Consulting' in one corpus file by file name (another "
 "matter); 'McKinsey' in three corpus files (Wikipedia's Colao, Thiam and Careem: other matters, the corpus's "
 "consultant convention).",
 True))

# ---- IOSCO Technical Committee task forces, SEC News Digest 2008-228, 25 November 2008 (sec.gov) ----------------------
U2 = "http://www.sec.gov/news/digest/2008/dig112508.htm"
T2 = "SEC Chairman Cox Statement on Meeting of IOSCO Technical Committee"
R.append(federal(
 "us-sec-iosco-technical-committee-task-forces-short-selling-cox-statement-2008", U2, "2008-11-25", T2,
 "On November 24, the International Organization of Securities Commissions (IOSCO) Technical Committee launched "
 "three task forces to support G-20 aims following a meeting by teleconference. The meeting was convened by SEC "
 "Chairman Christopher Cox to craft a detailed work program to address the continuing market turmoil, focused on "
 "strengthening financial markets and investor protections. Chairman Cox, who is Chairman of IOSCO's Technical "
 "Committee, said:\n\n"
 "\"IOSCO's Technical Committee is taking urgent action to coordinate global regulatory measures aimed at abusive "
 "short selling, including reporting requirements for short positions and trading activity.\n\n"
 "\"Being representative of over one hundred securities regulators worldwide, IOSCO is central to developing "
 "coordinated regulatory solutions to deal with the current financial crisis. To be effective, the regulation of "
 "trading abuses must be coordinated across major markets. This is equally true not only of short selling, but also "
 "of derivatives trading and activity by currently unregulated entities such as hedge funds. The three task forces "
 "the Technical Committee is forming on each of these topics will help ensure that global capital markets address "
 "the current turmoil on a sound basis and in a well-coordinated way.\"\n\n"
 "The Technical Committee Task Forces will consider the following issues:\n\n"
 "• Short Selling - the Task Force will work to eliminate gaps in various regulatory approaches to naked short "
 "selling, including delivery requirements and disclosure of short positions.",
 "securities regulation", "regulatory,partnership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-228, November 25, 2008, Commission "
 "Announcements, '" + T2 + "', US federal government work (public domain); text from the search tool's page store "
 "at " + U2,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig112508.htm' address): first-party text, no third-party copy (the store also holds "
 "complianceweek's rewrite of the same announcement, not taken). Left out: the page lines " + DIGEST_LINES + ", 'Issue "
 "2008-228', the date line 'November 25, 2008' (kept as `published`), the section line 'COMMISSION ANNOUNCEMENTS'; "
 "the item's heading kept as `title`. The list's first entry is kept as the corpus keeps lists ('• ' before the "
 "entry's text, the page's indentation dropped) and cut after its first sentence ('... disclosure of short "
 "positions.'), before 'In this connection, the Task Force will also examine how to minimize adverse impacts on "
 "legitimate securities lending, hedging and other types of transactions that are critical to capital formation ', "
 "where the store's excerpt breaks off (`truncated`); the task forces' chairs named further down the page are lost "
 "with it. Cox's two-paragraph quotation kept as the page writes it (the first paragraph unclosed, each opened). Kept "
 "as written: 'work program', 'G-20 aims', 'Technical Committee Task Forces' capitalised, 'Short Selling - the Task "
 "Force' with the spaced hyphen, the straight quotation marks and apostrophes. 224 words. One text per matter: "
 "Issue 2008-226 (dig112108: Cox's announcement that he would convene this meeting) is the same matter and not "
 "taken; the SEC's and IOSCO's press releases (not in the store's answers) neither. Found with 'SEC News Digest 2008 "
 "Cox convene IOSCO Technical Committee' (rank 5). "
 + CHECK + "'IOSCO' five times in GATHERING.md (48i's 'not used' list and leads, pointing to this item and "
 "dig112108: not used before), 'dig112508' twice (the same notes); 'International Organization of Securities', "
 "'Technical Committee' (besides 48i's note), 'task forces': 0 in the corpus files, the gather scripts and the "
 "pools; 'Christopher Cox' in two corpus files by file name (48i's IFRS protocols, where he is quoted as SEC "
 "Chairman, and 48g's Gordon/Lee file: other matters, the corpus's chairman convention); 'G-20' in many corpus "
 "files (summits and other matters).",
 True))

# ---- U.S.-Canada mutual recognition schedule, SEC News Digest 2008-104, 29 May 2008 (sec.gov via UNT) -----------------
U3 = "https://webarchive.library.unt.edu/eot2008/20080916011831/http://sec.gov/news/digest/2008/dig052908.htm"
T3 = "Schedule Announced for Completion OF U.S.-Canadian Mutual Recognition Process Agreement"
R.append(federal(
 "us-sec-us-canada-mutual-recognition-process-agreement-schedule-csa-2008", U3, "2008-05-29", T3,
 "The Chairmen of four Canadian securities regulators and the Chairman of the U.S. Securities and Exchange "
 "Commission (SEC), following a series of meetings coinciding with the annual conference of the International "
 "Organization of Securities Commissions (IOSCO), announced today a schedule for the completion of a process "
 "agreement that would open the way for discussions of a potential U.S.-Canada mutual recognition arrangement.\n\n"
 "Canada has a system of securities regulation in which 13 separate provincial and territorial securities "
 "regulators administer and enforce highly harmonized laws and regulations. In order to facilitate discussions "
 "between Canada and the United States and more closely coordinate their systems of securities regulation, the SEC "
 "and the Canadian Securities Administrators (CSA) are working on an agreement setting forth the process to be "
 "followed in discussing mutual recognition arrangements.\n\n"
 "Under the schedule announced today, the process agreement would be concluded in mid-June 2008.\n\n"
 "The process agreement, once concluded, would open the way for substantive discussions between the CSA and the SEC "
 "on the subject of mutual recognition. Mutual recognition could provide Canadian securities exchanges and certain "
 "other Canadian financial service providers with greater freedom to operate in the United States under Canadian "
 "regulatory oversight, while U.S. securities markets and certain other U.S. financial service firms could gain "
 "greater freedom to operate in Canada under SEC oversight. In this manner, dual regulation, redundancy, and "
 "regulatory overlap could be eliminated.",
 "securities regulation", "regulatory,partnership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-104, May 29, 2008, Commission Announcements, "
 "'" + T3 + "', US federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of "
 "Term 2008 web archive holds it, from the search tool's page store at " + U3,
 SEC_ARC,
 "An SEC News Digest item (a US federal work, public domain) on sec.gov (news/digest/2008/dig052908.htm) as the End "
 "of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (48g's "
 "Mayhew item the same way), no third-party copy. Left out: the page lines " + DIGEST_LINES + ", 'Issue 2008-104', "
 "the date line 'May 29, 2008' (kept as `published`), the section line 'COMMISSION ANNOUNCEMENTS'; the item's "
 "heading kept as `title` (its capital 'OF' as the page writes it). Cut after the fourth paragraph ('... could be "
 "eliminated.'), before the quotation '\"The work that we have accomplished with our Canadian regulatory "
 "counterparts over many months has brought us to a s', where the store's excerpt breaks off (`truncated`; its "
 "speaker is not reached). Kept as written: 'The Chairmen', 'U.S.-Canada' beside the title's 'U.S.-Canadian', "
 "'harmonized', 'dual regulation, redundancy, and regulatory overlap' with the serial comma. 229 words. One text per "
 "matter: the SEC's press release on the schedule (not in the store's answers) is not taken. Found with 'SEC News "
 "Digest Issue 2008 named Director Regional Office joins SEC from law firm partner' (rank 3). "
 + CHECK + "'Canadian Securities Administrators', 'mutual recognition', 'International Organization of Securities', "
 "'dig052908': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'IOSCO' only in 48i's notes on "
 "other digests (the Technical Committee matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
