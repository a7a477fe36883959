#!/usr/bin/env python3
"""Batch 59a (session 56; gatherer lane 59a): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, turned (after batch 58p) to mid-size British and Irish companies in publishing and retail,
new to the corpus: the takeover of Ottakar's, the British bookshop chain of its founders James Heneage and Philip Dunne
(its chairman), by HMV Group plc through Waterstone's in 2005-2006, with the Office of Fair Trading's referral, the
Competition Commission's clearance and HMV's chief executive Alan Giles (retail/books, UK); Phaidon Press, the art-book
publisher founded in Vienna in 1923 by Bela Horovitz and Ludwig Goldscheider, moved to England, acquired by
Encyclopaedia Britannica, Inc. in 1967, by Richard Schlagman in 1990 and by Leon Black in 2012, buyer of Cahiers du
cinema in 2009 (publishing, UK); and Clerys, the Dublin department store on O'Connell Street opened in 1853 by Mac
Swiney, Delany and Co., renamed by M. J. Clery in 1883, bought out of receivership by Denis Guiney in 1941, chaired by
his widow Mary Leahy until 2004, in receivership in 2012 (Grant Thornton's receivers) and in provisional liquidation
in June 2015 (retail, Ireland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): liquisearch.com's copies of the 'Takeover' section of 'Ottakar's' and of the 'Company History'
section of 'Phaidon Press' (liquisearch serves one section a page; revisions of about 2012-2013), and a Kiwix server's
copy of 'Clerys' from the English Wikipedia dump of October 2018; the Ottakar's and Phaidon sections kept whole, Clerys
cut at a sentence end (all `truncated`: none is the whole article). Edits per item in `notes` (liquisearch's title
lines and trailer, the Kiwix copy's title lines and infobox lines, headings and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather60a/src), the markers ('[1]')
dropped and whitespace runs compared as one space, as batches 57g, 57q, 58e, 58h and 58p did. One text tells a
near-miss of an outage (Clerys: the building destroyed in the 1916 Easter Rising, and the store that 'ceased to trade
with immediate effect' in 2015: a physical destruction and a business failure; GUIDELINES, Outages); none tells an
outage. newskg (or any extractor) was not run on any text. A round of three: five queries, each answered with English
Wikipedia text (or a copy of it) on a company of the lane (five companies), three taken (round notes,
/work/notes/gather60/59a.md; queries, /tmp/gather60a/src/queries.txt).
usage: batch59a.py [POOL_DIR] [--dry]   (default /tmp/gather60a/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60a/pool"
SRC = "/tmp/gather60a/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather60*/pool) and in /work/notes/gather60/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- retail/books, UK: Ottakar's (liquisearch.com's copy of the 'Takeover' section, a revision of about 2012) --------
OTTAKARS = [
 "In August 2005, amid rumours of a forthcoming takeover attempt by HMV Group plc, the owners of Ottakar's (founders "
 "James Heneage and Philip Dunne backed by private equity firm Phoenix Equity Partners) made a management buyout offer "
 "which was initially accepted by Ottakar's independent directors, some of whom had only recently joined the company. "
 "When a higher offer was made by HMV, the owners switched their recommendation to accept the HMV bid.",
 "The Office of Fair Trading was due to decide whether to approve the buyout of Ottakar's by Waterstone's on 2 "
 "December 2005. On 6 December the OFT referred the case to the Competition Commission. The Competition Commission "
 "provisionally cleared HMV Group, through Waterstone's, for takeover of the Ottakar's group on March 30, 2006. The "
 "Commission stated that the takeover would \"not result in a substantial lessening of competition\", and was \"not "
 "likely to affect book prices, range of titles offered or quality of service.\" Through extensive research they also "
 "found that \"contrary to widespread perception, Waterstone's, like Ottakar's, operates a book-buying system which "
 "mixes central and local input on stock selection.\"",
 "Waterstone's then announced that it had successfully negotiated a takeover of Ottakar's on May 31, 2006. HMV chief "
 "executive Alan Giles said in a statement: \"A combined Waterstone's and Ottakar's business will create an exciting, "
 "quality bookseller, able to respond better to the increasingly competitive pressures of the retail market.\" "
 "Ottakar's chairman Philip Dunne said: \"Over the last year the book market has undergone a significant change with "
 "new levels of competition from the supermarkets and online retailers impacting all specialist booksellers and in "
 "particular those with insufficient scale to compete on equal terms.\"",
 "By Christmas 2006, all stores were converted, meaning the end of Ottakar's."]
KEPT["wp-ottakars"] = ("ottakars-liquisearch.txt", OTTAKARS)
R.append(wp("wp-ottakars", "Ottakar's", "https://www.liquisearch.com/ottakars/takeover",
 "\n\n".join(OTTAKARS),
 "retail/bookshops", ["deal", "takeover", "competition review", "leadership"],
 "The 'Takeover' section of the article as liquisearch.com's copy holds it in the page store (liquisearch serves one "
 "section a page; no date or revision id held; a revision of about 2006-2012: it tells the takeover of 2006 as done "
 "and writes 'Waterstone's' with the apostrophe the chain dropped in 2012). The excerpt holds the whole section; the "
 "text opens 'In August 2005' (the article's lead and history are not on that page, so the founding of 1987, the "
 "listing and the chain's own acquisitions are not in the text). Cut: the copy's title lines (\"Ottakar's - "
 "Takeover\", 'Takeover') and its trailer (\"Read more about this topic:  Ottakar's\" and the line 'Famous quotes "
 "containing the word take', which the excerpt breaks off); `truncated` (a section, not the article). The excerpt "
 "has no citation markers. No word added or changed. Kept as written: 'the owners of Ottakar's (founders James "
 "Heneage and Philip Dunne backed by private equity firm Phoenix Equity Partners)', 'When a higher offer was made by "
 "HMV', 'the buyout of Ottakar's by Waterstone's on 2 December 2005', 'On 6 December the OFT referred' (no year in "
 "the sentence), 'provisionally cleared HMV Group, through Waterstone's, for takeover of the Ottakar's group on "
 "March 30, 2006' (a US-style date beside the British '2 December 2005'), 'Through extensive research they also "
 "found', 'successfully negotiated a takeover of Ottakar's on May 31, 2006', 'HMV chief executive Alan Giles said in "
 "a statement:', \"Ottakar's chairman Philip Dunne said:\", the three quotations as written, 'By Christmas 2006, all "
 "stores were converted, meaning the end of Ottakar's.' 289 words. No outage and no near-miss of one told (a "
 "takeover and a rebranding). Recorded CC BY-SA 3.0 (a revision of before 2013, before Wikimedia's move to 4.0 of "
 "June 2023, as batch 37f and batch 36's Air Mauritius recorded liquisearch's copies; doubtful: no revision id, and "
 "liquisearch's own terms page not found). Found at rank 4 of the query \"Ottakar's bookshop chain James Heneage HMV "
 "Group takeover 2006 Alan Giles chief executive\" (batch 58p's lead: a copy whose excerpt reaches the HMV "
 "takeover); wikimili.com (rank 3) and eymaps.com (rank 5) copies of the current article (their excerpts end in the "
 "history, before the takeover), the wikitext of April 2008 in a university course folder (rank 2; raw markup), an "
 "enow.com search page (rank 6) and The Guardian and The Independent (ranks 1, 7, 8; news) not used. Ottakar's, "
 "Heneage, Philip Dunne, Phoenix Equity, Alan Giles, Waterstone, HMV: " + CHECKED + " (except GATHERING.md, which "
 "names Ottakar's, Heneage, Alan Giles and Waterstones only in batch 58p's lists of names checked, texts not used and "
 "leads, and HMV also in a list of outage-lane matters ('HMV administration 2013'), another matter).", "non-US",
 v3=True, copy_of="the Wikipedia article's 'Takeover' section, via liquisearch.com's copy of about 2012"))

# ---- publishing, UK: Phaidon Press (liquisearch.com's copy of the 'Company History' section, about 2012-2013) --------
PHAIDON = [
 "Phaidon was founded in Vienna, Austria, in 1923 by Dr Bela Horovitz and Ludwig Goldscheider, with the objective of "
 "delivering high-quality books at affordable prices. They were able to achieve this as pioneers of the international "
 "co-edition and with large print-runs. Their first titles were not art books, but books on literature, philosophy "
 "and history. Phaidon's large-format art books first emerged in 1936 with plates on Van Gogh, Botticelli, and the "
 "French Impressionists.",
 "The Nazi's annexation of Austria forced the company to move to England. After the war, Phaidon launched a program of "
 "both popular and scholarly art book publishing. This included the critical catalogue of drawings in the royal "
 "collection at Windsor Castle and the 'pocket' series of art history texts (now known as the Arts and Letters "
 "series).",
 "In 1950, Phaidon published The Story of Art, a one volume survey of the history of art by Ernst Gombrich, originally "
 "intended as an introduction to the field for children. Since its first publication, it has become one of the "
 "best-selling art books ever, selling more than 7 million copies in 16 English-language editions and in translation "
 "in more than 30 other languages.",
 "In 1967, Phaidon was acquired by Encyclop\u00e6dia Britannica, Inc. The company changed ownership several times in "
 "the 1970s and 1980s before being acquired by Richard Schlagman in 1990.",
 "Since 1995, Phaidon's The Contemporary Artists Series has published monographs on important and emerging "
 "contemporary artists.",
 "In 2006, Phaidon entered the cookbook business by publishing their English translation of the Italian Il cucchiaio "
 "d'argento (The Silver Spoon). It was later released in French and German editions and followed by several other "
 "cookbook releases.",
 "In 2009, Phaidon acquired the film magazine Cahiers du cin\u00e9ma.",
 "In 2012 the company was acquired by Leon Black."]
KEPT["wp-phaidon-press"] = ("phaidon-liquisearch.txt", PHAIDON)
R.append(wp("wp-phaidon-press", "Phaidon Press", "https://www.liquisearch.com/phaidon_press/company_history",
 "\n\n".join(PHAIDON),
 "publishing/art books", ["history", "founding", "ownership", "deal"],
 "The 'Company History' section of the article as liquisearch.com's copy holds it in the page store (liquisearch "
 "serves one section a page; no date or revision id held; a revision of 2012 or later and, by liquisearch's copies, "
 "of about 2012-2013: its last line tells the purchase of 2012). The excerpt holds the whole section; the text opens "
 "'Phaidon was founded' (the article's lead, naming the company 'Phaidon Press', is not on that page, so the full name "
 "is in the title only). Cut: the copy's title lines ('Phaidon Press - Company History', 'Company History') and its "
 "trailer ('Read more about this topic:  Phaidon Press' and the line 'Famous quotes containing the w', which the "
 "excerpt breaks off); `truncated` (a section, not the article). The excerpt has no citation markers. No word added "
 "or changed. Kept as written: 'founded in Vienna, Austria, in 1923 by Dr Bela Horovitz and Ludwig Goldscheider' "
 "(no accent on 'Bela', no full stop after 'Dr'), 'plates on Van Gogh, Botticelli, and the French Impressionists', "
 "\"The Nazi's annexation of Austria\" (so written, singular possessive), 'a program of both popular and scholarly art "
 "book publishing' (US spelling), \"the 'pocket' series\", 'a one volume survey' (no hyphen), 'Encyclop\u00e6dia "
 "Britannica, Inc.' (with the ligature), 'changed ownership several times in the 1970s and 1980s before being "
 "acquired by Richard Schlagman in 1990', \"Phaidon's The Contemporary Artists Series\", \"the Italian Il cucchiaio "
 "d'argento (The Silver Spoon)\", 'the film magazine Cahiers du cin\u00e9ma', 'In 2012 the company was acquired by "
 "Leon Black.' (no comma). 293 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of "
 "before June 2023, as batch 37f and batch 36's Air Mauritius recorded liquisearch's copies; doubtful: no revision "
 "id, and liquisearch's own terms page not found). Found at rank 4 of the query 'Phaidon Press publisher founded in "
 "Vienna by Bela Horovitz, bought by Richard Schlagman' (batch 58p's query 9 and lead, run again); memim.com (rank 7; "
 "a machine translation of the German article), de.zxc.wiki (rank 3; a translated German biography of Horovitz), a "
 "Czech magazine, a docslib PDF, blogs and the Ben Uri Research Unit's biography (ranks 1, 2, 5, 6, 8) not used. "
 "Phaidon, Horovitz, Goldscheider, Schlagman, Leon Black, Cahiers du cin, Gombrich, Arts and Letters: " + CHECKED +
 " (except GATHERING.md, which names Phaidon, Horovitz, Goldscheider, Schlagman, Leon Black and Cahiers du cin\u00e9ma "
 "only in batch 58p's lists of names checked, texts not used and leads; 'Britannica' is named in other corpus texts "
 "(as a reference work, or a company of other matters), none a history of Phaidon).", "non-US",
 v3=True, copy_of="the Wikipedia article's 'Company History' section, via liquisearch.com's copy of about 2012-2013"))

# ---- retail, Ireland: Clerys (a Kiwix copy of the English Wikipedia dump of October 2018) -----------------------------
CLERYS = [
 "Clerys was a long-established department store on O'Connell Street in Dublin, Ireland, a focal point of the street. "
 "The business dates from 1853, however the current building dates from 1922, having been completely destroyed in the "
 "1916 Easter Rising. Clerys completed a five-year restoration programme in 2004 at a cost of \u20ac24 million. A "
 "renovation project is in place to bring the building back to its former glory including a new proposed rooftop "
 "destination.[1]",
 "The history of Clerys began in May 1853 when Mac Swiney, Delany and Co. opened \u2018The New or Palatial Mart' on "
 "the site of the present store in what was then Sackville Street. In 1883, the premises was taken over and renamed "
 "by M. J. Clery (d. 1896), a native of Bulgaden, Co. Limerick.[2] William Martin Murphy was also involved in the "
 "business.",
 "Clerys was bought out of receivership in 1941 by Denis Guiney (1893-1967)[3] for \u00a3250,000. The receivers were "
 "Craig Gardner & Co. Denis Guiney died in 1967 and his widow (n\u00e9e Mary Leahy), continued to be Chairperson "
 "until her death on 23 August 2004 at the age of 103 years.[4]",
 "Clerys was placed into receivership on 17 September 2012. Receivers Paul McCann and Michael McAteer of Grant "
 "Thornton said the store\u2019s future could be secured.[5]",
 "Kieran Wallace and Eamonn Richardson were appointed joint provisional liquidators to OSC Operations Limited (the "
 "\"Company\") trading as Clerys, on 12 June 2015. The company ceased to trade with immediate effect. [6]"]
KEPT["wp-clerys"] = ("clerys-kiwix.txt", CLERYS)
CLERYS = [re.sub(r"\s*\[\d+\]", "", p) for p in CLERYS]   # the citation markers cut (one with a space before it)
R.append(wp("wp-clerys", "Clerys", "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Clerys.html",
 "\n\n".join(CLERYS),
 "retail/department store", ["history", "founding", "ownership", "leadership", "insolvency"],
 "The article as a Kiwix server's copy of the English Wikipedia dump of October 2018 ('wikipedia_en_all_maxi_2018-10') "
 "holds it in the page store (no revision id; the text tells the closure of June 2015 and a renovation project 'in "
 "place'). Cut: the title lines ('Clerys', twice); the infobox lines ('Private company', 'Industry Retail', 'Genre "
 "Department Store', 'Founded May 1853', 'Founder Michael J. Clery', 'Defunct 12 June 2015', 'Headquarters Dublin, "
 "Ireland', 'Key people', 'Dominic Prendergast', 'Simon Smith', 'Products Quality & luxury goods', 'Revenue \u20ac21.9 "
 "million (2011)', 'Owner Gordon Brothers Europe', 'Number of employees', '350', 'Parent Clerys', 'Website', "
 "'Footnotes / references' and the line on www.clerys.com), so Gordon Brothers Europe (the owner), Dominic "
 "Prendergast and Simon Smith (key people, no posts given) and the founder's full name 'Michael J. Clery' are not in "
 "the text; the headings 'Ownership' and 'Closure'; the citation markers '[1]' to '[6]' (the last, '. [6]', with a "
 "space before it); cut after 'The company ceased to trade with immediate effect.', before the paragraph the excerpt "
 "breaks off ('Staff were given 30 minutes no'; `truncated`; a cut at a paragraph end), so the staff's notice, the "
 "sale to Natrium and the liquidators' firm are not in the text. No word added or changed. Kept as written: 'The "
 "business dates from 1853, however the current building dates from 1922' (a comma splice), 'Mac Swiney, Delany and "
 "Co.' (two words, as this revision spells it), '\u2018The New or Palatial Mart'' (a curly opening and a straight "
 "closing quote), 'in what was then Sackville Street', 'the premises was taken over and renamed by M. J. Clery (d. "
 "1896), a native of Bulgaden, Co. Limerick.', 'William Martin Murphy was also involved in the business.', 'Denis "
 "Guiney (1893-1967)' (a hyphen), 'The receivers were Craig Gardner & Co.', 'his widow (n\u00e9e Mary Leahy), "
 "continued to be Chairperson' (a comma after the bracket; capital C), 'Receivers Paul McCann and Michael McAteer of "
 "Grant Thornton', 'joint provisional liquidators to OSC Operations Limited (the \"Company\") trading as Clerys, on 12 "
 "June 2015'. 242 words. No outage told; near-misses of one (the building 'completely destroyed in the 1916 Easter "
 "Rising': a physical destruction in a rising; 'The company ceased to trade with immediate effect': a business "
 "failure; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a copy of the dump of October 2018, before Wikimedia's move to "
 "4.0 in June 2023, as batch 55e recorded the same server's copy). Found at rank 6 of the query 'Clerys department "
 "store Dublin history founded, acquired by, chairman, Natrium'; kotoba.ne.jp (rank 1; a Japanese page quoting an "
 "older revision with inline citations), a Grok-written page on railway.app (rank 4), it.abcdef.wiki (rank 7; "
 "Italian) and Irish Times and Irish Independent news (ranks 2, 3, 5, 8) not used. Clerys, Guiney, Mary Leahy, "
 "McSwiney, Mac Swiney, Palatial Mart, McAteer, Craig Gardner, OSC Operations, Eamonn Richardson, Kieran Wallace, "
 "William Martin Murphy, "
 "Bulgaden: " + CHECKED + " (except GATHERING.md, which names Clerys only in another round's list of queries that "
 "found nothing open ('kildarestreet Clerys sale Natrium OCS Operations ...'); 'Grant Thornton' is named in other "
 "corpus texts (a BHS inquiry, a card retailer's history), other matters, none on Clerys).", "non-US",
 v3=True, copy_of="the Wikipedia article as it stood in October 2018, a Kiwix copy of the English Wikipedia dump"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space;
    returns problems."""
    bad = []
    for rid, (fn, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
