#!/usr/bin/env python3
"""Batch 40zn (session 41, gatherer 40zn): company executives and staff with their posts told in US Securities and
Exchange Commission releases (US federal government works, 17 U.S.C. 105), a round after batch 40zm in the federal
lane -- an SEC release as a third-party blog reproduces it:
  - the SEC's final judgment against Yonghui Zhang, a Global Education employee and brother of David Zhang, CEO of
    Beijing-based Global Education and Technology Group, Ltd., in the insider trading case over London-based Pearson
    plc's agreed acquisition of Global Education (December 2013; brandtsrandomgovernmentpressreleases.blogspot.com's
    copy under 'FROM: U.S. SECURITIES AND EXCHANGE COMMISSION'; one full sentence matches the SEC's own Litigation
    Release No. 22508 word for word).
The gatherer also built the SEC's consent judgment against Zvi Goffer (9 December 2011) from wallstreetfraud.blogspot.com's
quotation 'from the SEC website'; the lead left it out, since no first-party copy came back to check its words against
(the gatherer could check it by sense only).
Text is the search tool's page-store excerpt (corpus `pages`). The blogs' own headings, lead-in lines, date lines and
quotation marks are left out; no word added or changed. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch40zn.py [POOL_DIR] [--dry]   (default /tmp/gather41zn/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zn/pool"
BLOG_ORIGIN = "US SEC release via a third-party blog copy (search tool page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-41 pools /tmp/gather41*/pool: ")
R = []

# ---- Global Education / Pearson, final judgment against Yonghui Zhang, December 2013 --------------------------------
U1 = "https://brandtsrandomgovernmentpressreleases.blogspot.com/2013/12/final-judgement-announced-in-global.html"
R.append(federal(
 "us-sec-global-education-zhang-final-judgment-pearson-2013", U1, "2013-12-20",
 "SEC Obtains Final Judgment Against Yonghui Zhang in Global Education Insider Trading Case",
 "The Securities and Exchange Commission announced that on December 20, 2013 it obtained a final judgment against "
 "Yonghui Zhang, the remaining defendant in an insider trading case involving the securities of Beijing-based Global "
 "Education and Technology Group, Ltd. The case, which was originally filed in the U.S. District Court in Chicago on "
 "December 5, 2011, charged eight defendants, including Zhang, with insider trading after they reaped more than $2.8 "
 "million in profits by trading in advance of a publicly announced merger between Global Education and London-based "
 "Pearson plc.\n\n"
 "The SEC\u2019s first amended complaint, filed on December 13, 2011, alleged that Yonghui Zhang, a Global Education "
 "employee and brother of David Zhang, CEO of Global Education, purchased 7,900 shares of Global Education on the "
 "last trading day before the merger announcement. The first amended complaint also alleged that Pearson and Global "
 "Education each announced before trading began on November 21, 2011 that Pearson agreed to acquire all of Global "
 "Education\u2019s outstanding stock for $294 million. Global Education\u2019s stock price increased 97 percent that "
 "day, from $5.37 to $10.60. The SEC alleged that Zhang profited by more than $40,000 from his illegal trading.\n\n"
 "Zhang consented to the entry of a final judgment enjoining him from future violations of Section 10(b) of the "
 "Exchange Act and Rule 10b-5 thereunder, ordering Zhang to pay disgorgement of $40,494, and ordering a civil penalty "
 "against Zhang in the amount of $40,494. The relief obtained concludes the litigation in SEC v. All Know Holdings "
 "Ltd, et al.",
 "education/securities regulation", "legal,executives,acquisition",
 "U.S. Securities and Exchange Commission, release 'SEC Obtains Final Judgment Against Yonghui Zhang in Global "
 "Education Insider Trading Case' (December 2013), US federal government work (public domain); text as "
 "brandtsrandomgovernmentpressreleases.blogspot.com reproduces it, from the search tool's page store at " + U1,
 BLOG_ORIGIN,
 "An SEC release (a US federal work, public domain; in the form of a litigation release) as the blog "
 "brandtsrandomgovernmentpressreleases.blogspot.com reproduces it whole under its line 'FROM: U.S. SECURITIES AND "
 "EXCHANGE COMMISSION' and the release's heading (kept as `title`); the blog adds no words inside the kept "
 "paragraphs. How the copy was checked against the SEC's words: the sentence 'Pearson and Global Education each "
 "announced before trading began on November 21, 2011 that Pearson agreed to acquire all of Global Education's "
 "outstanding stock for $294 million. Global Education's stock price increased 97 percent that day, from $5.37 to "
 "$10.60.' is word for word in the SEC's own Litigation Release No. 22508 of 12 October 2012 on sec.gov "
 "(sec.gov/litigation/litreleases/2012/lr22508.htm, page store), and the case caption, defendants and amounts agree "
 "with Litigation Release No. 22194 (sec.gov, page store). Left out: the 'FROM:' line and the heading. Whole text "
 "(`truncated` false); the store's single line breaks between paragraphs written as blank lines. `published` "
 "2013-12-20: the judgment's day named in the text; the blog's URL gives December 2013 and the release's own date "
 "line is not in the copy (doubtful: the SEC may have issued it a day or more later). Kept as written: the curly "
 "apostrophes, 'All Know Holdings Ltd, et al.' (no comma after 'Ltd'). 250 words. One text per matter: the SEC's "
 "sec.gov litigation releases 22194 (15 December 2011) and 22508 (12 October 2012), press release 2011-253 (as "
 "wallstreetsmostwanted.blogspot.com reproduces it), wallstreetfraud.blogspot.com's excerpt of 5 December 2011 and "
 "securitiesarbitration.com's copy are earlier steps of the same case, left for a later round. Found with 'Pearson "
 "agreed to acquire all of Global Education's outstanding stock SEC complaint Sha Chen Song Li Lili Wang Zhi Yao All "
 "Know Holdings' (rank 5) and 'SEC Obtains Final Judgment Against Yonghui Zhang Global Education Insider Trading "
 "Case brother of David Zhang CEO' (rank 1). "
 + CHECK + "'Yonghui', 'David Zhang', 'Global Education and Technology', 'All Know Holdings' (the string 'all know' "
 "only in unrelated prose): 0; 'Global Education' only in a Wikinews text and batch28e.py on the Wikimedia Global "
 "Education Program; Pearson in files on Pearson plc's other matters (Penguin Random House, Marjorie Scardino) and "
 "Toronto Pearson airport, none on Global Education.", False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
