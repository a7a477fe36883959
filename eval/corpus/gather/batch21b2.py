#!/usr/bin/env python3
"""Batch 21b part 2 (session 22; helper gat21b): three more English Wikipedia texts found after part 1 was committed
and first-looked — a media chief executive dismissed and succeeded by his predecessor, with his earlier posts and a
board seat he resigned (Bob Chapek, The Walt Disney Company, 2020-2022; leadership), a telecom company formed by one
carrier's purchase of another, with its brands, its former names and a railroad's communications unit (Sprint Nextel,
2005 revision), and a computer maker's owners, unit, spin-off and its purchase of IBM's PC Division (Lenovo, 2007
revision). Same edits and record builder as batch21b.py.
usage: batch21b2.py [POOL_DIR] [--dry]   (default /tmp/gat21b-tmp/pool2)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch21b import wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat21b-tmp/pool2"


def items():
    r = []
    r.append(wp("wp-bob-chapek", "Bob Chapek", "https://en.wikipedia.org/wiki/Bob_Chapek",
                "https://en.wikipedia.org/wiki/Bob_Chapek",
                "Robert Alan Chapek (born 1959) is an American businessman and former media executive who was the "
                "chief executive officer (CEO) of the Walt Disney Company from 2020 to 2022. He joined Masimo's board "
                "of directors in 2024, resigning from the board in 2025.\n\n"
                "Before becoming CEO, Chapek had a 26-year career with The Walt Disney Company, beginning in the Home "
                "Entertainment division, and eventually rising to become Chairman of Parks & Resorts. Chapek, who had "
                "a controversial tenure as CEO, was dismissed from the position on November 20, 2022, and succeeded by "
                "his predecessor, Bob Iger.\n\n"
                "Chapek worked for the H. J. Heinz Company in brand management and in advertising for J. Walter "
                "Thompson before joining the Walt Disney Company in 1993 and working there until 2022. In January 2024 "
                "he joined the board of directors of Masimo, a medical technology company.\n\n"
                "Chapek began his Disney career in 1993 as the marketing director for the company's Buena Vista Home "
                "Entertainment division, which at the time was focused on selling VHS films.",
                "media / entertainment", ["leadership", "relations"],
                "The lead, the first 'Career' paragraph and the first sentence of 'Home Entertainment' as the page "
                "store holds the en.wikipedia.org page (a 2025 revision: it names his resignation from the board in "
                "2025): the title line, the infobox line ('Birthplace: Illinois, U.S.'), the headings and the 'Early "
                "life and education' section (his parents, school and degrees) cut; cut before a quotation of "
                "Michael Eisner that the excerpt breaks off inside. New to the corpus (Chapek, Masimo, Buena Vista: 0 "
                "in train/dev/test; 'Iger' with '2022': 0).", region="US"))
    r.append(wp("wp-sprint-nextel", "Sprint Nextel", "https://en.wikipedia.org/wiki/Sprint_Nextel",
                "https://epicroadtrips.us/2003/summer/nola/nola_offsite/FQ_en.wikipedia.org/en.wikipedia.org/wiki/"
                "Sprint_Nextel.html",
                "Sprint Nextel Corporation (NYSE: S), headquartered in Reston, Virginia, is one of the largest "
                "telecommunications companies in the United States. It operates the third largest wireless network in "
                "the U.S. with nearly 44 million subscribers, under the Sprint PCS and Nextel brands--behind Cingular "
                "and Verizon Wireless. It also operates landline and long distance business, as well as several units "
                "that provide businesses and governments with communications services. The company, formerly known as "
                "Sprint Corporation, was created from the $35 billion purchase of NEXTEL Communications by Sprint, "
                "though the entire deal was billed as a merger of equals.\n\n"
                "The company maintains an operational headquarters in Overland Park, Kansas.\n\n"
                "The legacy Sprint Corporation was founded in 1899 by Cleyson Brown under the Brown Telephone Company "
                "name in the small town of Abilene, Kansas. The company was a landline telephone company that operated "
                "as a competitor to the Bell System.\n\n"
                "In the mid 20th century, Brown changed its name to United Utilities. That company changed its name to "
                "United Telecommunications in 1972, as it began to offer a more diversified product range.\n\n"
                "Southern Pacific Communications Company (SPCC), a unit of the Southern Pacific Railroad began offering "
                "their dial-up service shortly after the Execunet II decision late in 1978.",
                "telecommunications", ["deal", "relations"],
                "The lead and the start of 'History' as an offline copy of the en.wikipedia.org page 'Sprint Nextel' "
                "(saved on a travel site, epicroadtrips.us) holds them — a 2005 revision (it names the purchase as "
                "done and 'nearly 44 million subscribers'): 'From Wikipedia, the free encyclopedia.', '(Redirected from "
                "Sprint Nextel)', 'Jump to: navigation, search', the infobox (founded, location, key people, industry, "
                "revenue, employees, website), 'Contents', the headings 'History' and 'Sprint' and the 'Former Sprint "
                "logo / Enlarge' caption cut; cut before 'The Railroad had extensive rights of way ...', whose sentence "
                "the excerpt breaks off inside. A 2005 revision was GFDL when written and CC BY-SA 3.0 after the 2009 "
                "migration the Wikimedia legal note states (as batch 20a recorded Wachovia's 2008 revision). New to the "
                "corpus (Nextel, Sprint PCS, Cleyson, Southern Pacific: 0 in train/dev/test).", region="US", v3=True,
                rev="revision not recorded by the page store (a 2005 revision by its content)"))
    r.append(wp("wp-lenovo", "Lenovo", "https://en.wikipedia.org/wiki/Lenovo",
                "http://laptop-notebooks.blogspot.com/2007/09/history-of-lenovo.html",
                "Lenovo Group Limited, (SEHK: 0992) is the fourth largest personal computer manufacturer in the world, "
                "and the largest in the Asia-Pacific region as of 2006. \"Lenovo\" is a portmanteau of \"Le-\" (from "
                "Legend) and \"novo\", pseudo-Latin for \"new.\"\n\n"
                "Lenovo produces desktop, laptop, servers, handheld computers, imaging equipment, and mobile phone "
                "handsets. Lenovo also provides information technology integration and support services, and its QDI "
                "unit offers contract manufacturing. Lenovo also offers Internet access through its FM365.com "
                "portal.\n\n"
                "Its executive headquarters are located in Raleigh, North Carolina, USA, the home of IBM's former "
                "ThinkPad group, and in Beijing, China. It is incorporated in Hong Kong.\n\n"
                "As of May 31, 2007, 39.6% of Lenovo is owned by public shareholders, 42.4% by Legend Holdings "
                "Limited, 7.9% by IBM and 10.1% by Texas Pacific Group, General Atlantic LLC and Newbridge Capital LLC. "
                "Because the Chinese Academy of Sciences, a Chinese government agency, owns 65% of Legend Holdings, "
                "effectively the Communist Chinese government owns about 27.5% of Lenovo and is the largest "
                "shareholder\n\n"
                "The company was founded in 1984 by a group of eleven engineers, headed by Liu Chuanzhi, in Beijing. "
                "Originally known as Legend Group Ltd and New Technology Developer Incorporated, the listed holding "
                "company was incorporated in 1988 in Hong Kong. The company had become the biggest PC manufacturer of "
                "domestic and distributed third party products through its wholesale business.\n\n"
                "The company underwent restructuring and separated into two entities. They were Lenovo and Digital "
                "China Holdings Limited. Lenovo became the personal computer manufacturer and Digital China took on "
                "the wholesale and distribution of IT products and services.\n\n"
                "In 2005 Lenovo purchased IBM's PC Division which transformed it into a major international personal "
                "computer manufacturer.",
                "personal computers", ["deal", "relations"],
                "The lead and the start of 'Origins' of the English Wikipedia article 'Lenovo' as a blog copy "
                "(laptop-notebooks.blogspot.com, 'History of lenovo', September 2007) holds them — a 2007 revision (it "
                "gives the shareholdings 'As of May 31, 2007'): the blog's title line and the heading 'Origins' cut; "
                "cut before 'Lenovo paid $1.27 billion to IBM which consisted of ...', whose sentence the excerpt "
                "breaks off inside. The copy's missing full stop after 'largest shareholder' kept. A 2007 revision: "
                "GFDL when written, CC BY-SA 3.0 after the 2009 migration. New to the corpus (Lenovo, Legend Holdings, "
                "Liu Chuanzhi, Digital China, FM365: 0 in train/dev/test).", region="non-US", v3=True,
                rev="revision not recorded by the page store (a 2007 revision by its content)"))
    return r


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)
