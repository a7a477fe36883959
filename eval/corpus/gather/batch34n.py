#!/usr/bin/env python3
"""Batch 34n (session 35; helper gather35n): English Wikipedia texts (CC BY-SA) on company executives told as news,
part 13 of the executive-biography lane after batches 32a, 32h, 32k, 33e and 34e. Batch 34e found no women in the
page store; this round looked for women who ran banks and telecoms companies in Africa, South Asia and South-East
Asia and found the lane's first two: a Pakistani banker who was the first president of a bank set up for women, and
a South African trade-union negotiator who became an executive director of a mobile-phone group and then chief
executive of a pan-African telecoms group. Texts are the search tool's page-store excerpts (`search`, corpus
`pages`; never a whole page): one en.wikipedia.org rendering, cut at the last full sentence before the excerpt
breaks off (`truncated`), and one Wikiwand copy that holds the whole article. Edits per item in `notes`; no word
added or changed. newskg (or any extractor) was not run on any text.
usage: batch34n.py [POOL_DIR] [--dry]   (default /tmp/gather35n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35n/pool"

# checks common to every item (GATHERING.md, batch 34n): the subject's name and the companies, schools and places of
# each text were grepped in train/dev/test (file names and counts only; no test file opened), in every gather script,
# in GATHERING.md and in this session's other pools (/tmp/gather35[a-m]/pool as they stood at about 00:31 UTC)
R = []
# ---- Pakistan --------------------------------------------------------------------------------------------------------
R.append(wp("wp-akram-khatoon", "Akram Khatoon", "https://en.wikipedia.org/wiki/Akram_Khatoon",
 "Akram Khatoon (born 26 September 1937, in Ajmer) is a Pakistani retired banker who served the first president of "
 "First Women Bank Limited a position which she held from 1989 to 2004.\n\n"
 "Khatoon was born in Ajmer, British India, on 26 September 1937 to Muhammad Shafi and Hasina Begum. Shafi worked in "
 "the Pakistan Railways. Khatoon had two younger sisters. She attended a missionary school in Ajmer, India. Her "
 "parents migrated to Pakistan in 1947, when she was in grade 4. When her family settled in Lahore after the "
 "Partition, Khatoon was enrolled in Islamia Girls High School in the Lahore Cantonment area. She did her graduation "
 "from Lahore College for Women University and did a master in Economics from University of the Punjab through "
 "Forman Christian College Lahore in 1958. Khatoon had an excellent academic record. She took part in sports such as "
 "netball, volleyball, high jump, cycling and other activities such as debates, speech and writing competitions. A "
 "short autobiography of hers was published in the midweek magazine, Daily Jang of Karachi. Although her friends "
 "insisted, Khatoon decided against writing a book on her because she believes that readership for books is "
 "dwindling. Her sisters are married and live in London. She chose not to marry in order to care for her parents.\n\n"
 "Khatoon's first job was lecturing in Sukkur, Sindh. She joined banking as a training officer for State Bank of "
 "Pakistan's officer training scheme. She was one of the fifty successful candidates from West Pakistan out of a "
 "total of 1600 candidates. She has a Banking Diploma from Diploma Associate Institute of Bankers Pakistan (DAIBP). "
 "She has been serving the banking sector for the last 41 years. Prior to her appointment as CEO of First Woman "
 "Bank, she served Muslim Commercial Bank for 28 years in different senior management positions.",
 "banking (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering: the title line '= Akram "
 "Khatoon =', a short infobox and '== Early life and education ==', '== Career ==' headings; 'a Pakistani retired "
 "banker who served the first president' is a later wording than the copy the store also holds, so content of 2024 "
 "or after is likely): the title line, the infobox lines ('Akram Khatoon', '- Born: 26 September 1937', '- "
 "Birthplace: Ajmer', '- Occupation: banking') and the two headings cut; kept as written: 'who served the first "
 "president of First Women Bank Limited a position' (no 'as', no comma), 'did a master in Economics', 'from "
 "University of the Punjab' without 'the', 'Daily Jang of Karachi', 'First Woman Bank' (singular) beside 'First "
 "Women Bank Limited', 'the last 41 years' (the present tense of an older revision kept in the article); cut after "
 "'in different senior management positions.', before 'She has the pri', where the excerpt breaks off "
 "(`truncated`). Recorded 4.0 (content of 2024 or after is likely; no revision id; doubtful). The store also holds "
 "wikimili.com's copy (an older wording, 'is a former banker from Pakistan. In 1989, she became the founder "
 "President of First Women Bank Limited', with citation markers), a Daily Times report on another woman banker "
 "(Sima Kamil), a Pakistan Observer column, a BBC Urdu report and other-language news: not used. Khatoon, First "
 "Women Bank, First Woman Bank, Muslim Commercial Bank, Ajmer, Forman Christian, Lahore College for Women, Islamia "
 "Girls, Institute of Bankers Pakistan, Hasina Begum, Daily Jang: 0 in train/dev/test, in every gather script, in "
 "GATHERING.md and in every pool of this session; 'Sukkur' in 1 corpus file by count and 2 gather scripts (other "
 "events); Pakistan, Lahore, Karachi, London and India in many files (other events).",
 "non-US"))

# ---- South Africa ----------------------------------------------------------------------------------------------------
R.append(wp("wp-irene-charnley", "Irene Charnley", "https://www.wikiwand.com/en/articles/Irene_Charnley",
 "Irene Charnley (born 6 May 1960) is a former trade unionist and businesswoman from South Africa.\n\n"
 "Charnley first made her mark on the African business community as a negotiator for South Africa's National Union "
 "of Mineworkers where she spent 13 years coordinating various divisions of union operations. She went on to become "
 "an executive director for the MTN Group, which is Africa's largest telecommunications company. Under her "
 "leadership several African and Middle Eastern countries (including Nigeria and Iran) were connected into the MTN "
 "network. Charnley was the behind the founding of the National Empowerment Consortium made up of 50% black business "
 "owners and 50% black African laborers. They eventually owned 35% of Johnnic Holdings (now called Johnnic "
 "Communications).\n\n"
 "Charnley left MTN under controversial conditions but she was worth US$150 million when she left. In August 2000 "
 "she was awarded the title of Businesswoman of the Year for her outstanding contribution to taking Johnnic from an "
 "industrial conglomerate to a modern telecommunications media group. During her time at Johnnic (from 1996 to the "
 "late-2000s) 32,000 disadvantaged South Africans bought shares in the company. Financial returns over a three-year "
 "time span has made these 32,000 African residents 400% wealthier than they were before buying the shares. A more "
 "recent award made Charnley one of the top 50 businesswomen outside of the United States.\n\n"
 "Charnley is currently the CEO of Smile Telecoms Holdings Ltd, a Mauritius-based Pan-African telecommunications "
 "group with operations in Nigeria, Tanzania, Uganda, the Democratic Republic of the Congo and South Africa.\n\n"
 "Forbes listed her among \"Africa's 50 Most Powerful Women\" in 2020.",
 "telecommunications (leadership)", ["leadership"],
 "The article as the page store holds it at www.wikiwand.com (a reader for Wikipedia articles; its '/en/articles/' "
 "address form and the 2020 Forbes list date the content to 2020 or after, the copy itself likely 2024 or after): "
 "the site's lines ('Top Qs', 'Timeline', 'Chat', 'Perspective', 'Remove ads', 'Summarize'), the title line 'Irene "
 "Charnley', the short description 'South African trade unionist and businesswoman From Wikipedia, the free "
 "encyclopedia', the heading 'Career', the citation markers ('[1][2]', '[1]', '[2]', '[3]', '[4]', written straight "
 "after a word or full stop), the maintenance tag '[according to whom?]' after 'telecommunications company.' and "
 "the closing 'References', 'External links' lines cut; kept as written: 'Charnley was the behind the founding of' "
 "(a word missing in the article), 'laborers', 'the late-2000s', 'Financial returns ... has made', 'currently the "
 "CEO', the straight double quotes. The whole article (not `truncated`). Recorded 4.0 (content of 2020 or after, "
 "copy likely of 2024 or after; no revision id; doubtful: a revision before June 2023 would be 3.0). The store also "
 "holds a MyBroadband profile (2025), lakelmaria.com and bsgistnews.com biographies, an iafrica.com release, a "
 "French afromoney.net portrait, Daily Investor, Joburg ETC and The Africa Report profiles: not used. Charnley, "
 "Smile Telecoms, National Union of Mineworkers, National Empowerment Consortium: 0 in train/dev/test, in GATHERING.md "
 "and in every pool of this session, except 'Charnley' in 1 train file by count (batch 22c's wp-mtn-group, the "
 "MTN Group article, which names her as a chairperson; its scripts; another subject); 'Johnnic' in that same file "
 "and batch 22c's scripts; MTN Group is that file's subject (here a former employer only); Nigeria, Iran, Uganda, "
 "Tanzania, South Africa and Forbes in many files (other events).",
 "non-US"))
R[-1]["truncated"] = False

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
