#!/usr/bin/env python3
"""Batch 57f (session 55; gatherer lane 57f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j and 57a, turned back to mid-size technology
companies (software, semiconductors, electronics), new to the corpus: a British fabless semiconductor company founded
in Cambridge in 1997 by the engineer Martin Brennan as The Cheap & Cheerful Chip Company Limited, joined by Morgan
Colmer in 1998, funded by the investment firm MTI in 1999, whose chips went into Philips and Packard Bell boomboxes,
closed by its investors in 2006 and carried on from Hong Kong by its chief technology officer (semiconductors, UK); a
maker of plastic electronics spun off from the Cavendish Laboratory at the University of Cambridge in 2000 by Richard
Friend, Henning Sirringhaus and Stuart Evans, whose first plastic screen device was for Siemens Communications, funded
by Rusnano and Oak Investment Partners in 2011 and split in 2015, its Dresden plant going on as Plastic Logic Germany
(electronics, UK and Germany); and a Canadian software company founded in Toronto in 1988 by Bert Amato, Mark
Skapinker and Dennis Bennie, maker of PerForm, FormFlow and WinFax, bought by Symantec in 1995 (software, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Global Silicon' and 'Plastic Logic' (both undated), and
the-uncensored-wiki.com's copy of 'Delrina' (a revision of 2006-2007: it tells Symantec's announcement of 30 June 2006
and is held at the site's port 20072); each cut at a sentence end (`truncated`). Edits per item in `notes` (title and
site lines, infobox lines, a contents line, headings with an edit link cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather58f/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b,
56j and 57a did. No text tells an outage; two tell near-misses of one (Global Silicon closed by its investors: a
business failure; Plastic Logic's cancelled QUE proReader: a product dropped). newskg (or any extractor) was not run on
any text. A round of three: twelve queries, three of them answered with English Wikipedia text on a company not yet in
the corpus that was taken (round notes, /work/notes/gather58/57f.md; queries, /tmp/gather58f/src/queries.txt).
usage: batch57f.py [POOL_DIR] [--dry]   (default /tmp/gather58f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58f/pool"
SRC = "/tmp/gather58f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- semiconductors, UK: Global Silicon (en.wikipedia.org's '= Title =' rendering, undated) ------------------------
GLOBAL_SILICON = [
 "Global Silicon Limited is a fabless semiconductor company founded in 1997 in Cambridge, United Kingdom. It designed "
 "and produced system level semiconductors for the consumer audio market. Initial products focused on solutions for CD "
 "players, later expanding to also include MP3 and WMA compressed formats. Global Silicon's DART IC was used in the "
 "CD/MP3 Boombox (Philips AZ3038) and a subsequent IC (Xin) was used in a number of consumer products including the "
 "CD/MP3/WMA boombox (Packard Bell OP10). Global Silicon created a number of patents to cover the new technology that "
 "had been created.",
 "Global Silicon did not achieve commercial success, the investors decided to close the company in 2006 citing lack of "
 "sales traction. In 2007, the CTO of Global Silicon purchased the company's intellectual property (excluding "
 "patents), stock and assets including a HK subsidiarity and has been operating the company from Hong Kong since. "
 "Currently Global Silicon is a consulting company and consumer audio design house.",
 "Global Silicon was founded in Cambridge, UK by engineer Martin Brennan. Initially the company was called \"The Cheap "
 "& Cheerful Chip Company Limited\". Brennan was joined by engineer Morgan Colmer in 1998. Together Brennan and Colmer "
 "developed an FPGA based demonstration for a new CD player IC that integrated the functions of several system ICs "
 "into one system-on-a-chip (SoC). After successfully raising \u00a32 million (GBP) from investment firm MTI in 1999, "
 "the company went on to turn the demonstration system into an ASIC. The company changed its name to Global Silicon "
 "prior to the first round of investment."]
KEPT["wp-global-silicon"] = ("globalsilicon-enwiki.txt", GLOBAL_SILICON)
R.append(wp("wp-global-silicon", "Global Silicon", "https://en.wikipedia.org/wiki/Global_Silicon",
 "\n\n".join(GLOBAL_SILICON),
 "semiconductors", ["history", "founding", "funding", "products", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 2007, and its 'Currently' is not dated). Cut: the title line '= Global "
 "Silicon ='; the infobox lines ('Global Silicon Limited', '- Logo: Global Silicon Logo.PNG', '- Type: Private', '- "
 "Foundation: 1997-10-28', '- Founder: Martin Brennan, Morgan Colmer', '- Location City: Hong Kong SAR', '- Locations: "
 "Hong Kong SAR, China PRC', '- Industry: Semiconductors', '- Products: Semiconductors', '- Services: Consultancy', '- "
 "Homepage: www.global-silicon.com/'), so the infobox's second founder (Morgan Colmer, whom the running text only has "
 "'joined' Brennan), the founding day 28 October 1997 and 'China PRC' are not in the text (cut as batches 54zu, 55i, "
 "56b, 56j and 57a cut their infoboxes); the heading '== Founding and investment =='; cut after '... prior to the first "
 "round of investment.', before the paragraph the excerpt breaks off ('In '; `truncated`; a cut at a paragraph end). "
 "The excerpt's single line break between the lead's two paragraphs is kept as a blank line, as every Wikipedia text "
 "of these batches. No citation markers in this rendering. No word added or changed. Kept as written: 'a fabless "
 "semiconductor company founded in 1997 in Cambridge, United Kingdom', 'system level semiconductors' (no hyphen), "
 "'Initial products focused on solutions for CD players', 'Global Silicon's DART IC was used in the CD/MP3 Boombox "
 "(Philips AZ3038) and a subsequent IC (Xin) was used in ... the CD/MP3/WMA boombox (Packard Bell OP10)' ('Boombox' "
 "and 'boombox'), 'Global Silicon did not achieve commercial success, the investors decided to close the company in "
 "2006' (a comma splice), 'the CTO of Global Silicon purchased the company's intellectual property (excluding "
 "patents), stock and assets including a HK subsidiarity' (so written, 'subsidiarity'), 'founded in Cambridge, UK by "
 "engineer Martin Brennan' (no comma after 'UK'), 'Initially the company was called \"The Cheap & Cheerful Chip "
 "Company Limited\".' (the full stop outside the quotation marks), 'an FPGA based demonstration' (no hyphen), 'raising "
 "\u00a32 million (GBP) from investment firm MTI in 1999'. 255 words. No outage told; one near-miss (the investors' "
 "closing of the company in 2006: a business failure, no service said to be lost). Recorded CC BY-SA 4.0 (doubtful: "
 "the revision is undated; the '= Title =' renderings that batches 55i and 56b dated were of 2024-2025, after "
 "Wikimedia's move to 4.0 of June 2023, as batches 56j and 57a recorded their undated ones). Found at rank 1 of the "
 "query 'Global Silicon is a British fabless semiconductor company founded by Martin Brennan'; grokipedia.com (rank "
 "2; not Wikipedia), wikimili.com's copy (rank 3; the same text with citation markers and a '[ buzzword ]' tag) and "
 "news and blogs (ranks 4-8; copyrighted) not used. Global Silicon, Martin Brennan, Morgan Colmer, Cheap & Cheerful, "
 "Philips AZ3038: " + CHECKED + " except GATHERING.md, where batch 56j named Global Silicon, Brennan, Colmer, MTI and "
 "the Philips and Packard Bell players only as a lead ('Packard Bell' in no text).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- electronics, UK and Germany: Plastic Logic (en.wikipedia.org's '= Title =' rendering, undated) ----------------
PLASTIC_LOGIC = [
 "Plastic Logic Germany develops and manufactures electrophoretic displays (EPD), based on organic thin-film transistor "
 "(OTFT) technology, in Dresden, Germany.",
 "Originally a spin-off company from the Cavendish Laboratory at the University of Cambridge, the company was founded "
 "in 2000 by Richard Friend, Henning Sirringhaus and Stuart Evans and specialised in polymer transistors and plastic "
 "electronics.",
 "In February 2015, the company announced that the technology development and manufacturing parts of Plastic Logic "
 "would be separated and would go forward as independent companies, in order to generate focus while addressing a "
 "range of opportunities available in identified markets. The manufacturing plant in Dresden, Germany, which develops, "
 "manufactures and sells a range of flexible EPD, operates independently under the name Plastic Logic Germany.",
 "Plastic Logic opened the first mini-fabrication plant on November 11, 2003 in Cambridge, UK.",
 "A factory for the mass-production of the display units was opened on September 17, 2008 in Dresden, Germany.",
 "Plastic Logic announced its first plastic screen device on November 30, 2004, to be used by Siemens Communications in "
 "their mobile devices. This was followed by the announcement of an ereader called the QUE proReader. However, by "
 "August 2010, they had cancelled the QUE proReader. In September 2011 the company announced Plastic Logic 100 aimed "
 "to bring e-textbooks to Russian schools.",
 "In January 2011 the company received $280m in venture capital: $230m into the equity of Plastic Logic from Rusnano "
 "and $50m from Oak Investment Partners, a multi-stage venture capital firm."]
KEPT["wp-plastic-logic"] = ("plasticlogic-enwiki.txt", PLASTIC_LOGIC)
R.append(wp("wp-plastic-logic", "Plastic Logic", "https://en.wikipedia.org/wiki/Plastic_Logic",
 "\n\n".join(PLASTIC_LOGIC),
 "electronics", ["history", "founding", "spin-off", "customer", "funding", "demerger"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 2015). Cut: the title line '= Plastic Logic ='; the infobox lines ('Plastic "
 "Logic Germany', '- Location City: Dresden', '- Location Country: Germany', '- Founders: Richard Friend, Henning "
 "Sirringhaus, Stuart Evans', '- Products: Development and manufacture of glass-free, flexible EPD', '- Homepage: "
 "www.plasticlogic.com'); cut after '... a multi-stage venture capital firm.', before the sentence the excerpt breaks "
 "off ('In May 2012 Plastic Logic revealed a \u2018Plastic Inside\u2019 strategy \u2013 selling its plastic back-planes, "
 "se'; `truncated`; a cut inside a paragraph, at a sentence end). The excerpt's single line break between the 2003 and "
 "2008 sentences is kept as a blank line (whitespace only), as every Wikipedia text of these batches. No citation "
 "markers and no section headings in this rendering's kept part. No word added or changed. Kept as written: 'Plastic "
 "Logic Germany develops and manufactures electrophoretic displays (EPD), based on organic thin-film transistor (OTFT) "
 "technology, in Dresden, Germany.', 'Originally a spin-off company from the Cavendish Laboratory at the University of "
 "Cambridge, the company was founded in 2000 by Richard Friend, Henning Sirringhaus and Stuart Evans' (British "
 "'specialised'), 'the technology development and manufacturing parts of Plastic Logic would be separated and would go "
 "forward as independent companies', 'operates independently under the name Plastic Logic Germany', 'the first "
 "mini-fabrication plant on November 11, 2003 in Cambridge, UK' (US date order), 'the mass-production', 'its first "
 "plastic screen device on November 30, 2004, to be used by Siemens Communications in their mobile devices', 'an "
 "ereader called the QUE proReader', 'Plastic Logic 100 aimed to bring e-textbooks to Russian schools' (no comma), "
 "'$230m into the equity of Plastic Logic from Rusnano and $50m from Oak Investment Partners, a multi-stage venture "
 "capital firm'. 242 words. No outage told; one near-miss (the cancelled QUE proReader: a product dropped before "
 "sale, no service lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as batch 56j's Bahnhof and 57a's "
 "Neversoft). Found at rank 3 of the query 'Plastic Logic is a British company founded in 2000 as a spin-off from the "
 "Cavendish Laboratory, University of Cambridge, flexible displays'; lucept.com's blog quoting the article (rank 1), "
 "startupintros.com (rank 2; a generated profile), itpro.co.uk (rank 4), the company's own history page (rank 5) and "
 "blogs (ranks 6-8) not used. Plastic Logic, Richard Friend, Sirringhaus, Stuart Evans, Cavendish Laboratory, "
 "Siemens Communications, Rusnano, Oak Investment Partners, QUE proReader: " + CHECKED + " ('Henning' only in texts "
 "on other people).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- software, Canada: Delrina (the-uncensored-wiki.com's copy, a revision of 2006-2007) ---------------------------
DELRINA = [
 "Delrina was a Canadian software company based in Toronto, that existed between 1988 and 1995, prior to being bought "
 "by the American software firm Symantec. Delrina started out by producing a set of electronic form products known as "
 "PerForm and later, FormFlow. However, the company was best known for its WinFax software package of the early- to "
 "mid-1990s, which enabled computers equipped with fax-modems to communicate faxes to stand-alone fax machines or "
 "other similarly-equipped computers. Delrina also produced a set of popular screensavers, including one that resulted "
 "in the well-publicized \"flying toasters\" lawsuit for copyright and trademark infringement (Berkeley Systems Inc. v. "
 "Delrina); the case set a precedent in American law that satiric commercial software products were not subject to "
 "the same First Amendment exemptions as parodic cartoons or literature.",
 "After the buyout by Symantec in 1995, parts of the firm were sold off, As of June 30th, 2006, Symantec announced its "
 "plan to discontinue WinFax PRO. In its wake, several of Delrina's former executives founded venture capital firms "
 "that continue to have a lasting impact on the Canadian software industry.",
 "The company was founded in 1988 by Zimbabwean expatriate Bert Amato, and South African expatriates Mark Skapinker and "
 "Dennis Bennie."]
KEPT["wp-delrina"] = ("delrina-uncensoredwiki.txt", DELRINA)
R.append(wp("wp-delrina", "Delrina", "http://the-uncensored-wiki.com:20072/d/e/l/Delrina.html",
 "\n\n".join(DELRINA),
 "software", ["history", "founding", "acquisition", "products"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision "
 "of 2006-2007: it tells Symantec's announcement 'As of June 30th, 2006', and the copy is held at the site's port "
 "20072, as batch 31j's 2006 copy was at port 20061). Cut: the title line 'Delrina' and the site line 'From Wikipedia, "
 "the free encyclopedia'; the infobox lines ('Delrina', 'Delrina logo', 'Type Public', 'TSX: DC, NASDAQ: DENAF', '(no "
 "longer extant; bought by Symantec in 1995)', 'Founded 1988', 'Headquarters Toronto, Ontario, Canada', 'Key people "
 "Dennis Bennie, Chairman & CEO', 'Mark Skapinker, President', 'Bert Amato, Executive Vice President & Chief Technical "
 "Officer', 'Tony Davis, VP of Communications Software Strategy', 'Industry Computer software', 'Products WinFax, ...', "
 "'Revenue $132.9 million CAD (sales) (1995)', 'Employees 700 (1995)', 'Slogan \"unknown\"', 'Website www.delrina.com "
 "(Wayback Machine archive)'), so Bennie's posts as chairman and CEO, Skapinker's as president, Amato's as executive "
 "vice president and chief technical officer and Tony Davis are not in the text (doubtful: they are the page's only "
 "titled executives; cut as batches 54zu, 55i, 56b, 56j and 57a cut their infoboxes); the line 'Contents'; the "
 "heading '[edit] Beginnings' with its edit link; cut after '... Mark Skapinker and Dennis Bennie.', before the "
 "sentence the excerpt breaks off ('The previous year, Ama'; `truncated`; a cut inside a paragraph, at a sentence "
 "end). No citation markers in this copy. No word added or changed. Kept as written: 'a Canadian software company "
 "based in Toronto, that existed between 1988 and 1995, prior to being bought by the American software firm "
 "Symantec', 'known as PerForm and later, FormFlow', 'its WinFax software package of the early- to mid-1990s', "
 "'stand-alone fax machines or other similarly-equipped computers', 'the well-publicized \"flying toasters\" lawsuit "
 "... (Berkeley Systems Inc. v. Delrina); the case set a precedent', 'After the buyout by Symantec in 1995, parts of "
 "the firm were sold off, As of June 30th, 2006, Symantec announced its plan to discontinue WinFax PRO.' (so written: "
 "a comma and a capital 'As' where a new sentence begins, and 'June 30th'), 'several of Delrina's former executives "
 "founded venture capital firms', 'The company was founded in 1988 by Zimbabwean expatriate Bert Amato, and South "
 "African expatriates Mark Skapinker and Dennis Bennie.'. 201 words. No outage and no near-miss of one told (WinFax "
 "PRO's planned discontinuation is a product withdrawn, announced ahead). Recorded CC BY-SA 3.0 (a revision of "
 "2006-2007, before Wikimedia's move to 4.0 of June 2023, as batch 31j recorded the site's 2006 copy). Found at rank 3 "
 "of the query 'Delrina Corporation was a Canadian software company based in Toronto founded by Dennis Bennie, "
 "acquired by Symantec' and at rank 2 of a second query quoting the absoluteastronomy.com lead (the same excerpt); "
 "absoluteastronomy.com's newer copy (ranks 1-2; lines broken at every link, splitting words as 'fax\\n-modem\\ns', "
 "so not usable as written, though its lead names the four founders' posts), pcmuseum.ca (a museum page copying the "
 "lead without a licence statement), the Italian and German copies, itworldcanada.com and independent.co.uk "
 "(copyrighted) not used. Delrina, Dennis Bennie, Skapinker, Bert Amato, WinFax, PerForm (as a name), FormFlow, "
 "Berkeley Systems: " + CHECKED + " ('Symantec' is in texts of batch 45k and others on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of 2006-2007"))


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
