#!/usr/bin/env python3
"""Batch 71ad (session 65; gatherer lane 71ad): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71z, kept to three early American makers and a founder, new to the corpus, reached from the lists of
leads of rounds 71y, 71r and 71l (their named leads Velie, Kay Musical Instrument Company, Elwood Haynes and Apperson,
checked with no hit outside GATHERING.md's lists of leads): the Haynes-Apperson Company, a maker of Brass Era
automobiles in Kokomo, Indiana from 1896 to 1905, founded by Elwood Haynes and the brothers Elmer and Edgar Apperson,
its first car built at Aperson's Riverside Machine Works in 1894, the brothers' own Apperson automobile company of
1902, its later name Haynes Automobile Company, its Light Car and Tonneau of 1904, an 1894 Haynes in the Smithsonian
Institution's National Museum of American History (automobiles, US); the Kay Musical Instrument Company, established
in 1931 in Chicago, Illinois by Henry Kay Kuhrmeyer from the assets of Stromberg-Voisinet (founded as the Groeschel
Mandolin Company in 1890, renamed in 1921), its first electric guitar of 1936 beside the Rickenbacker Frying pan and
the Gibson ES-150, the Stromberg Electro of 1928 (musical instruments, US); and Willard Lamb Velie (1866-1928), a
Moline, Illinois businessman, clerk, sales manager, corporate secretary, board member and vice-president of Deere &
Company, founder of the Velie Carriage Company of 1902 and its "Wrought Iron Line", his companies grown into the Velie
Motor Company, his father Stephen H. Velie of the C. C. Webber & Company, his grandfather John Deere and his cousin
William Butterworth (carriages and automobiles, US). English Wikipedia text (CC BY-SA), each the search tool's
page-store excerpt (`search`, corpus `pages`; never a whole page): the-uncensored-wiki.com's copy of 'Haynes-Apperson'
(an older revision, undated), piglix.com's copy of 'Kay Musical Instrument Company' (held under its redirect 'Kay
Archtop', undated) and en.wikipedia.org's '= Title =' rendering of 'Willard Lamb Velie' (undated). Edits per item in
`notes` (title and site lines, infobox lines, headings, a citation marker, the contents, notes and edit-link lines and
trailing broken sentences cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather71ad/src), the markers dropped and whitespace runs compared as one
space, as batches 55e-71y did. No text tells an outage or a near-miss of one (foundings, renamings, a departure to form
a company, a purchase of a company by a man and a death are business events). newskg (or any extractor) was not run on
any text. A round of three: six queries, the first three (Kissel, Harmony, Elwood Haynes) answered with no Wikipedia
copy, the last three each taken (round notes /tmp/gather71ad/NOTES.md; queries, /tmp/gather71ad/src/queries.txt;
claims in /work/notes/gather71/CLAIMS.txt).
usage: batch71ad.py [POOL_DIR] [--dry]   (default /tmp/gather71ad/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71ad/pool"
SRC = "/tmp/gather71ad/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- automobiles, US: Haynes-Apperson (the-uncensored-wiki.com's copy) ------------------------------------------------
HA = [
 "Haynes-Apperson Company was a manufacturer of Brass Era automobiles in Kokomo, Indiana from 1896 to 1905. The company "
 "was founded by Elwood Haynes and brothers Elmer and Edgar Apperson. In 1894, the trio built one of the first gasoline "
 "powered vehicles in the United States, at Aperson's Riverside Machine Works. In 1902, the brothers left to form the "
 "Apperson automobile company, and in 1905, Haynes-Apperson became Haynes Automobile Company.",
 "The 1904 Haynes-Apperson Light Car was a runabout seating two passengers, selling for US$1550. The horizontal-mounted "
 "water-cooled flat twin, situated at the rear of the car, produced 11 hp (8.2 kW). A 3-speed transmission was fitted, "
 "and the car used an angle iron frame. The Tonneau had a similar flat-twin of 17 hp (12.7 kW), situated at the front "
 "of the car, and three-speed transmission was fitted. The angle iron-framed car weighed 2300 lb (1043 kg), seated "
 "five, and sold for US$2500.",
 "An 1894 Haynes is in the permanent collection of the Smithsonian Institution's National Museum of American History."]
KEPT["wp-haynes-apperson"] = ("haynes-apperson-uncensored.txt", HA)
R.append(wp("wp-haynes-apperson", "Haynes-Apperson",
 "http://the-uncensored-wiki.com:20082/articles/h/a/y/Haynes-Apperson_e7d2.html",
 "\n\n".join(HA),
 "automobiles", ["history", "founding", "founders", "automobiles", "renaming"],
 "The article as the-uncensored-wiki.com holds it in the page store (a site serving static copies of English "
 "Wikipedia; its port-20082 copy; an older revision by its form, its '[edit]' links and one reference, no revision id "
 "held), recorded CC BY-SA 3.0 as batches 70ag and 71l recorded that site's copies. Cut: the title line "
 "'Haynes-Apperson'; the site's line 'From Wikipedia, the free encyclopedia'; the citation marker '[1]'; the line "
 "'Contents', the edit links and headings '[edit] Notes', '[edit] See also', '[edit] External links' and '[edit] "
 "References' and the reference line '1. ^ Georgano, G. N. Cars: Early and Vintage, 1886-1930. ...' (the excerpt's "
 "end; the article's text is whole, `truncated` false). Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'a manufacturer of Brass Era automobiles in Kokomo, Indiana from 1896 to 1905' (no comma after "
 "'Indiana'), 'brothers Elmer and Edgar Apperson', 'the first gasoline powered vehicles' (no hyphen), \"at Aperson's "
 "Riverside Machine Works\" (one 'p', as the copy spells it), 'to form the Apperson automobile company' (lower case "
 "'automobile company'), 'selling for US$1550', 'produced 11 hp (8.2 kW)', 'three-speed transmission was fitted' (no "
 "article) beside 'A 3-speed transmission', 'weighed 2300 lb (1043 kg)'. 168 words. No outage and no near-miss of one "
 "told (a departure to form another company and a renaming are business events). Found at rank 4 of the query "
 "'Haynes-Apperson was an automobile manufacturer in Kokomo, Indiana, from 1896 to 1905' (round 71y's lead Elwood "
 "Haynes and Apperson; the query 'Elwood Haynes Haynes Automobile Company Kokomo Indiana Apperson brothers Wikipedia' "
 "before it reached theinfolist.com's copy only, its link glosses run into the text); gracesguide.co.uk (rank 1; "
 "Grace's Guide, a British industrial-history wiki's page, its licence not Wikipedia's), planetcarsz.com (rank 2; a "
 "Portuguese site's history), motor-car.net (rank 3; a site's history of the later company), "
 "hcautomotivehalloffame.org (rank 5; a hall of fame's newspaper series), theinfolist.com (rank 6; link glosses run "
 "into the text), calisphere.org (rank 7; a library's catalogue record) and absoluteastronomy.com (rank 8; a later "
 "revision with line breaks inside names and glosses) not used. Haynes-Apperson, Elwood Haynes, Apperson, Haynes "
 "Automobile, Riverside Machine: " + CHECKED + " ('Elwood Haynes' and 'Apperson' only in round 71y's list of leads in "
 "GATHERING.md).", "US",
 v3=True, copy_of="an older revision of the Wikipedia article, mirrored at the-uncensored-wiki.com"))
R[-1]["truncated"] = False

# ---- musical instruments, US: Kay Musical Instrument Company (piglix.com's copy) -------------------------------------
KY = [
 "Kay Musical Instrument Company was a musical instrument manufacturer of the United States, in operation since the "
 "1930s until the 1960s.",
 "Kay was established in 1931 in Chicago, Illinois, by Henry Kay Kuhrmeyer, from the assets of the former "
 "Stromberg-Voisinet (founded as Groeschel Mandolin Company in 1890).",
 "Kay offered their first electric guitar in 1936 \u2014 five years after the Rickenbacker Frying pan, and the same "
 "year as the Gibson ES-150. However, the Kuhrmeyer-owned Stromberg-Voisinet brand had produced the Stromberg Electro "
 "even earlier, in 1928, making the short-lived model arguably the first commercial electric guitar.",
 "The Kay Musical Instrument Company grew from the Groeschel Mandolin Company (or Groeshl Instrument Company) in "
 "Chicago, established in 1890. In 1921, the company was renamed to Stromberg-Voisinet. In 1923, later president Henry "
 "Kay \"Hank\" Kuhrmeyer joined the company, and in 1928, with the help of an investor, he bought the company and "
 "started producing electric guitars and amplifiers.",
 "The new company, \"Kay Musical Instruments\" was formally established in 1931 from the assets of the former "
 "Stromberg-Voisinet company by Kuhrmeyer."]
KEPT["wp-kay-musical-instrument-company"] = ("kay-piglix.txt", KY)
R.append(wp("wp-kay-musical-instrument-company", "Kay Musical Instrument Company", "http://piglix.com/piglix/Kay_Archtop",
 "\n\n".join(KY),
 "musical instruments", ["history", "founding", "founder", "guitars", "renaming"],
 "The lead of the article and its early history as piglix.com's copy holds them in the page store under the redirect "
 "'Kay Archtop' (the page's text is the article 'Kay Musical Instrument Company'; undated, no revision id held; its "
 "lead says 'in operation since the 1930s until the 1960s', an earlier wording than the popflock.com copy's 'from the "
 "1890 to present day'), recorded 3.0 as batches 70p, 70x, 70ag, 70ai, 71b and 71y recorded piglix.com's copies. Cut: "
 "the site's line '*** Welcome to piglix ***'; the redirect's title line 'Kay Archtop'; the infobox lines from 'Kay "
 "Musical Instrument Company' and 'Industry Musical instruments' to 'Website' (among them 'Founder Henry \"Kay\" "
 "Kuhrmeyer', 'Key people Sidney M. Katz Tony Blair' and the OEM brands); the trailing broken sentence ('The company "
 "initially manufactured only traditional folk instruments, ... including classical guitars, lap steel guitar', where "
 "the excerpt ends; `truncated`). The copy prints no heading and no citation marker in the excerpt. Paragraphs joined "
 "with blank lines. No word added or changed. Kept as written: 'in operation since the 1930s until the 1960s', 'from "
 "the assets of the former Stromberg-Voisinet (founded as Groeschel Mandolin Company in 1890)' (no article), 'Kay "
 "offered their first electric guitar in 1936 \u2014 five years after' (an em dash with spaces), 'the Rickenbacker "
 "Frying pan' (lower-case 'pan'), 'the Kuhrmeyer-owned Stromberg-Voisinet brand', '(or Groeshl Instrument Company)' "
 "(the second spelling), 'the company was renamed to Stromberg-Voisinet', 'later president Henry Kay \"Hank\" "
 "Kuhrmeyer', 'The new company, \"Kay Musical Instruments\" was formally established' (no comma after the quotation). "
 "175 words. No outage and no near-miss of one told (a renaming, a purchase of a company by a man and a founding from "
 "another's assets are business events). Found at rank 7 of the query 'Kay Musical Instrument Company Chicago Henry "
 "Kay Kuhrmeyer Stromberg-Voisinet Valco' (round 71y's lead, beside Gretsch and Harmony); unifere.blogg.se (rank 1; a "
 "blog's scraped sentences), everything2.com (rank 2; a user's timeline), database.ukulelecorner.co.uk (rank 3; a "
 "collectors' database), chasingguitars.com (rank 4; a collector's history), popflock.com (rank 5; a later revision, "
 "infobox lines run into the text, citation markers and an empty '[]'), kaybass.com (ranks 6 and 8; a dealer's "
 "history) not used. Kay Musical, Kuhrmeyer, Stromberg-Voisinet, Voisinet, Groeschel: " + CHECKED + " ('Kay Musical' "
 "only in round 71y's list of leads in GATHERING.md; 'Stromberg' alone in other matters, the carburettor maker of "
 "dev's wp-stromberg and train's wp-stromberg-carlson).", "US",
 v3=True, copy_of="the Wikipedia article, mirrored at piglix.com under its redirect 'Kay Archtop'"))

# ---- carriages and automobiles, US: Willard Lamb Velie (en.wikipedia.org's rendering) --------------------------------
WV = [
 "Willard Lamb Velie (1866 \u2013 October 24, 1928) was a businessman based in Moline, Illinois. He was an executive at "
 "Deere & Company before starting his own companies, which grew to become Velie Motor Company. He developed advanced "
 "engines for automobiles and airplanes.",
 "W. L. Velie was born in Moline, Illinois. He was the third of five children born to Stephen H. Velie and Emma Deere, "
 "the daughter of John Deere. His uncle was architect Merton Yale Cady, husband of Alice Deere. Stephen Velie had moved "
 "to Rock Island, Illinois to work for the C. C. Webber & Company. In 1863, he entered into a partnership with his "
 "father-in-law, and when the company was incorporated, he was elected to the offices of secretary and treasurer. W. L. "
 "Velie had two older brothers, a younger brother who died as an infant and a sister. He graduated from Phillips "
 "Academy in Andover, Massachusetts in 1885 and Yale University in 1888. After graduation he set out for Montana.",
 "In 1890, Velie returned to Moline and began working at Deere & Company as a clerk. After a year, he became a sales "
 "manager. When his father died in 1895 W.L. replaced him as the corporate secretary and a member of the board. In "
 "1902, Velie founded his first company, the Velie Carriage Company of Moline. It manufactured buggies, carriages, "
 "surreys, driving wagons, and spring wagons called the \"Wrought Iron Line\" of vehicles. In 1907 alone, the company "
 "made 21,000 buggies and surreys. When his cousin William Butterworth became president of Deere & Company in 1908, "
 "Velie was elected vice-president. Three years later he became the first chairman of the executive committee when it "
 "was formed."]
KEPT["wp-willard-lamb-velie"] = ("velie-enwiki.txt", WV)
R.append(wp("wp-willard-lamb-velie", "Willard Lamb Velie", "https://en.wikipedia.org/wiki/Willard_Lamb_Velie",
 "\n\n".join(WV),
 "carriages and automobiles", ["history", "founding", "founder", "executives", "family business"],
 "The lead of the article and its first two biography sections as en.wikipedia.org's '= Title =' rendering holds them "
 "in the page store (undated, no revision id held), recorded 4.0 as batches 65h, 67h, 68q, 70p, 70ae, 70ak, 71l and "
 "71y recorded the page store's en.wikipedia.org renderings. Cut: the title line '= Willard Lamb Velie ='; the infobox "
 "lines from 'Willard Lamb Velie' and '- Born: 1866' to '- Occupation: President/Founder of Velie Motors Corporation' "
 "(with its 'Died: September 24, 1928' against the lead's 'October 24, 1928'); the headings '==Biography==', '===Early "
 "life and education===' and '===Deere & Company==='; the trailing broken sentence ('At the same time he founded the "
 "Velie Engineering Company, which produced gas, steam and electri', where the excerpt ends; `truncated`). The "
 "rendering prints no citation marker in the excerpt. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: '(1866 \u2013 October 24, 1928)' (an en dash), 'which grew to become Velie Motor Company' (no "
 "article), 'His uncle was architect Merton Yale Cady, husband of Alice Deere', 'to work for the C. C. Webber & "
 "Company', 'he entered into a partnership with his father-in-law, and when the company was incorporated' (the "
 "company not named), 'When his father died in 1895 W.L. replaced him' (no comma; 'W.L.' without a space beside 'W. L. "
 "Velie'), 'spring wagons called the \"Wrought Iron Line\" of vehicles', 'In 1907 alone', 'Three years later he became "
 "the first chairman of the executive committee'. 281 words. No outage and no near-miss of one told (deaths, a "
 "founding and elections to posts are no outage). Found at rank 2 of the query 'Velie Motors Corporation Moline "
 "Illinois Willard Velie John Deere grandson automobile manufacturer' (round 71y's lead Velie); wikisum.wiki (rank 1; "
 "a summary site's sentences picked out of order), piglix.com (rank 3; an older revision, its excerpt ending inside "
 "the Deere paragraph: en.wikipedia.org's fuller excerpt taken), southeastiowaunion.com (rank 4; a newspaper), "
 "visualfoodie.com (rank 5; a blog), de.knowledgr.com (rank 6; a German machine translation), mp-ari-j.com (rank 7; a "
 "blog) and wheels.ca (rank 8; a newspaper) not used. Velie, Velie Carriage, Velie Motor: " + CHECKED + " "
 "('Velie' only in round 71y's list of leads in GATHERING.md; 'Deere' and 'Butterworth' named in other matters, not "
 "the subject).", "US",
 copy_of="the Wikipedia article, rendered at en.wikipedia.org"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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
