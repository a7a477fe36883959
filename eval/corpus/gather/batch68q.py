#!/usr/bin/env python3
"""Batch 68q (session 62; gatherer lane 68q): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-68k, kept to three road-transport companies of two countries, new to the corpus and turned
from the lists of leads of batches 68k and 68e (bus companies: Trailways; vehicle makers: Mack Trucks; ERF, named by
batch 68e as a company history of its own), after Red Star Line, Piper Aircraft, Checker Motors, Republic Aviation,
the Glenn L. Martin Company and East-West Airlines (the same lists) gave no usable English Wikipedia copy and Air
California gave only a thin one: the Trailways Transportation System, the Fairfax, Virginia network of about 70
independent bus companies whose predecessor, the National Trailways Bus System, five named bus companies founded on
February 5, 1936, with Morgan W. Walker, Sr. head of its southern division and Continental Trailways bought by Holiday
Inn in 1968 and sold in 1979 (bus transport, US); Mack Trucks, Inc., the truck maker founded in 1900 as the Mack
Brothers Company, a subsidiary of Volvo since 2000, when Volvo bought it with its former parent Renault Vehicules
Industriels, with its plants and its headquarters moved from Allentown to Greensboro (manufacturing, US); and ERF,
the Sandbach lorry maker established in 1933 by Edwin Richard Foden after he left Foden, with engines from five named
makers, its in-house company JH Jennings (later Cheshire Fire Engineering), bought by Western Star in 1996 and by MAN
in 2000, and PACCAR's purchases of DAF Trucks and Leyland Trucks told beside them (manufacturing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Trailways Transportation System' (undated, recent), hubbry.com's
copy of 'Mack Trucks' (marked 'from Wikipedia'; undated, recent) and wikipedia.classicistranieri.com's static copy of
'ERF (lorry manufacturer)' (a revision of 2007-2008). Each cut before the sentence its excerpt breaks off in (all
`truncated`). Edits per item in `notes` (title, site-chrome, infobox, contents and heading lines cut; citation markers,
'[edit]' links and '[citation needed]' cut; paragraphs joined with blank lines; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather69q/src), the markers ('[1]', ' [1]', '[nb 1]',
'[edit]', '[citation needed]') dropped, a space left before a closing bracket by a cut marker dropped, and whitespace
runs compared as one space, as batches 55e-68k did. No text tells an outage (a factory closed, a brand finished, a
company sold are business matters). newskg (or any extractor) was not run on any text. A round of three: fifteen
queries, three answered with English Wikipedia text on a transport company not yet in the corpus and were taken, the
rest left (round notes, /tmp/gather69q/NOTES.md; queries, /tmp/gather69q/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch68q.py [POOL_DIR] [--dry]   (default /tmp/gather69q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69q/pool"
SRC = "/tmp/gather69q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-68k aside), in the session-62 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bus transport, US: Trailways Transportation System (en.wikipedia.org's rendering, undated, recent) ------------
TRAIL = [
 "The Trailways Transportation System is a public transport bus service in the United States. It operates a network "
 "of approximately 70 independent bus companies. The company is headquartered in Fairfax, Virginia.",
 "The predecessor to Trailways Transportation System was founded February 5, 1936, by Burlington Transportation "
 "Company, Santa Fe Trails Transportation Company, Missouri Pacific Stages, Safeway Lines, Inc., and Frank Martz Coach "
 "Company.",
 "The system originated with coast-to-coast service as the National Trailways Bus System (NTBS). Greyhound Lines had "
 "grown so quickly in the 1920s and 1930s that the Interstate Commerce Commission encouraged smaller independent "
 "operators to form the NTBS to provide competition. Unlike Greyhound, which centralized ownership, Trailways member "
 "companies became a formidable competitor while staying an association of almost 100 separate companies. In the "
 "1950s, Morgan W. Walker, Sr., of Alexandria, Louisiana, became head of the southern division of the company. He had "
 "entered the business on a small scale during World War II as the Interurban Transportation Company of Alexandria. "
 "During the 1950s and 1960s, consolidation among bus operators resulted in four of the five original Trailways "
 "members becoming part of a new company, Continental Trailways, which eventually operated the majority of Trailways "
 "routes.",
 "In 1968, under the leadership of major stockholder Kemmons Wilson, Holiday Inn acquired Continental Trailways, which "
 "remained a subsidiary of Holiday Inn until 1979, when Holiday Inn sold Trailways to private investor Henry Lea "
 "Hillman Sr., of Pittsburgh, Pennsylvania."]
KEPT["wp-trailways-transportation-system"] = ("trailways-enwiki.txt", TRAIL)
R.append(wp("wp-trailways-transportation-system", "Trailways Transportation System",
 "https://en.wikipedia.org/wiki/Trailways_Transportation_System",
 "\n\n".join(TRAIL),
 "transport/bus services", ["history", "founding", "executives", "acquisition", "subsidiary", "sale"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68e recorded their en.wikipedia.org renderings: its "
 "'The predecessor to Trailways Transportation System was founded February 5, 1936' and 'a public transport bus "
 "service in the United States. It operates a network of approximately 70 independent bus companies' are newer than "
 "the unaddressed copy at rank 6 of the same query ('an American group of 80 independent bus companies', 'The company "
 "was founded February 5, 1936') and than ipfs.io's 2017 snapshot at rank 3 ('a US-based network of approximately 70 "
 "independent bus companies that have entered into a brand licensing agreement'); doubtful: no revision id). Cut: the "
 "title line '= Trailways Transportation System ='; the infobox lines ('Infobox', '- Logo: Trailways logo.png' to '- "
 "Operator: Cooperative', with '- Founded: 1936' and '- Service Area: United States, Canada, Germany, Netherlands', so "
 "Canada, Germany and the Netherlands are not in the text; cut as batches 54zu-68k cut their infoboxes); the heading "
 "'== History =='; cut after '... of Pittsburgh, Pennsylvania.', before the sentence the excerpt breaks off in ('In "
 "the years during which Trailways was a subsidiary of Holiday Inn, televi'; `truncated`). No citation markers in this "
 "rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or changed. Kept as written: 'a "
 "public transport bus service in the United States', 'approximately 70 independent bus companies', 'The company is "
 "headquartered in Fairfax, Virginia', 'The predecessor to Trailways Transportation System was founded February 5, "
 "1936, by Burlington Transportation Company, Santa Fe Trails Transportation Company, Missouri Pacific Stages, Safeway "
 "Lines, Inc., and Frank Martz Coach Company' (no 'on' before the date; 'Inc.,' before 'and'), 'The system originated "
 "with coast-to-coast service as the National Trailways Bus System (NTBS)', 'Unlike Greyhound, which centralized "
 "ownership' (American spelling), 'an association of almost 100 separate companies', 'Morgan W. Walker, Sr., of "
 "Alexandria, Louisiana, became head of the southern division of the company', 'as the Interurban Transportation "
 "Company of Alexandria', 'four of the five original Trailways members becoming part of a new company, Continental "
 "Trailways', 'under the leadership of major stockholder Kemmons Wilson, Holiday Inn acquired Continental Trailways, "
 "which remained a subsidiary of Holiday Inn until 1979, when Holiday Inn sold Trailways to private investor Henry Lea "
 "Hillman Sr., of Pittsburgh, Pennsylvania' ('Hillman Sr.' without the comma that 'Walker, Sr.' has). 235 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at "
 "rank 7 of the query 'Trailways Transportation System bus company history National Trailways Bus System founded' "
 "(a bus company from the lists of batches 67w, 67ab, 68e and 68k); friendlywiki.com (rank 1; wikitext source with "
 "templates and a file line run in), kids.kiddle.co (rank 2; rewritten for children), ipfs.io (rank 3; the 2017 "
 "snapshot, an older revision), thebusmuseum.blogspot.com (rank 4; a blog), transitbadges.com (rank 5; a collector's "
 "page), an unaddressed older copy (rank 6; no address to attribute) and a railway.app page (rank 8; 'Fact-checked by "
 "Grok', generated) not used. Trailways, Kemmons Wilson, Hillman Sr., Morgan W. Walker, Interurban Transportation, "
 "Frank Martz, Safeway Lines, Missouri Pacific, Burlington Transportation, Santa Fe Trails, Fairfax, Virginia: "
 + CHECKED + " ('Trailways' only in the lists of leads of batches 67w-68k; 'Holiday Inn' in dev's wp-drury-hotels "
 "and its script, 'Hillman' in dev's wp-rootes-group (a car marque), 'Greyhound' in train's wp-flixbus: other "
 "matters).", "US"))

# ---- manufacturing, US: Mack Trucks (hubbry.com's copy, 'from Wikipedia', undated, recent) -------------------------
MACK = [
 "Mack Trucks, Inc. is an American truck manufacturing company and a former manufacturer of buses and trolley buses. "
 "Founded in 1900 as the Mack Brothers Company, it manufactured its first truck in 1905 and adopted its present name in "
 "1922. Since 2000, Mack Trucks has been a subsidiary of Volvo, which purchased Mack and its former parent company "
 "Renault V\u00e9hicules Industriels.",
 "Founded originally in Brooklyn in 1900, the company moved its headquarters to Allentown, Pennsylvania, five years "
 "later, in 1905. The company remained in Allentown for over a century, from 1905 until 2009.",
 "Mack products are produced in Lower Macungie, Pennsylvania, and Salem, Virginia. Its powertrain products are "
 "produced in its Hagerstown, Maryland, plant. Mack also maintains additional assembly plants in facilities in "
 "Pennsylvania, Australia, and Venezuela. The company also once maintained plants in Winnsboro, South Carolina, "
 "Hayward, California, and Oakville, Ontario, which are now closed.",
 "The company's manufacturing facilities are located at their Lehigh Valley Operations facility and division, formally "
 "known as the Macungie Assembly Operations Plant, in Macungie, Pennsylvania in the Lehigh Valley region of the state. "
 "Mack Trucks is the fourth-largest employer in the Lehigh Valley region as of 2024.",
 "The Mack headquarters, known as the Mack Trucks' World Headquarters is located in Greensboro, North Carolina, where "
 "it has resided since 2009.",
 "Mack Trucks is one of the top producers in the vocational and on-road vehicle market, class 8 through class 13. Mack "
 "trucks have been sold in 45 countries."]
KEPT["wp-mack-trucks"] = ("mack-hubbry.txt", MACK)
R.append(wp("wp-mack-trucks", "Mack Trucks", "https://www.hubbry.com/Mack_Trucks",
 "\n\n".join(MACK),
 "manufacturing/commercial vehicles", ["history", "founding", "renaming", "subsidiary", "acquisition", "plants",
                                       "headquarters"],
 "The Wikipedia article as hubbry.com (a 'community hub' that reproduces the article's text under the line 'from "
 "Wikipedia') holds it in the page store (no date or revision id held; a revision of 2024 or later: 'the "
 "fourth-largest employer in the Lehigh Valley region as of 2024'; recorded 4.0 as batches 66j and 67j recorded their "
 "hubbry.com copies; doubtful: undated). Cut: the site's chrome lines ('Hubbry Logo', 'Mack TrucksMack TrucksMain', "
 "'Open search', 'Mack Trucks', 'Community hub', 'Mack Trucks', 'logo', '7 pages, 0 posts', '0 subscribers', 'Be the "
 "first to start a discussion here.' twice, 'Mack Trucks' twice and 'from Wikipedia'); the lines 'Key Information' "
 "(the infobox's heading, its lines not held) and 'Operations' with the edit link '[edit]' below it; the citation "
 "markers '[1]' to '[6]' (no space before them in this copy) and '[citation needed]'; cut after '... Mack trucks have "
 "been sold in 45 countries.', before the sentence the excerpt breaks off in ('Located near its former Allentown "
 "corporate headquarters in Macungie, Pennsylvania'; `truncated`). Paragraphs as the copy sets them apart (blank "
 "lines). No word added or changed; the accent of 'Renault V\u00e9hicules Industriels' kept. Kept as written: 'an "
 "American truck manufacturing company and a former manufacturer of buses and trolley buses', 'Founded in 1900 as the "
 "Mack Brothers Company, it manufactured its first truck in 1905 and adopted its present name in 1922', 'Since 2000, "
 "Mack Trucks has been a subsidiary of Volvo, which purchased Mack and its former parent company Renault V\u00e9hicules "
 "Industriels', 'Founded originally in Brooklyn in 1900, the company moved its headquarters to Allentown, "
 "Pennsylvania, five years later, in 1905', 'from 1905 until 2009', 'Mack products are produced in Lower Macungie, "
 "Pennsylvania, and Salem, Virginia', 'Its powertrain products are produced in its Hagerstown, Maryland, plant', "
 "'which are now closed', 'their Lehigh Valley Operations facility and division, formally known as the Macungie "
 "Assembly Operations Plant, in Macungie, Pennsylvania in the Lehigh Valley region of the state' ('formally' for "
 "'formerly', as written), 'the fourth-largest employer in the Lehigh Valley region as of 2024', 'The Mack "
 "headquarters, known as the Mack Trucks' World Headquarters is located in Greensboro, North Carolina' (no comma after "
 "'Headquarters'), 'class 8 through class 13', 'Mack trucks have been sold in 45 countries' ('trucks' in lower case). "
 "243 words. No outage and no near-miss of one told (plants 'now closed' are business matters). Recorded CC BY-SA 4.0 "
 "(a recent revision; doubtful, undated). Found at rank 7 of the query 'Mack Trucks, Inc. is an American truck "
 "manufacturer and a former manufacturer of buses and trolley buses, subsidiary of AB Volvo' (a vehicle maker from the "
 "lists of batches 67w, 67ab, 68e and 68k; the first query, 'Mack Trucks history founded Brooklyn Mack brothers "
 "company', gave no Wikipedia copy); trucktraderbc.ca (rank 1; a dealer's page), ownsby.com (rank 2), "
 "encyklopedia.interia.pl (rank 3; Polish), eatsip365.com (rank 4; a blog), car-logos.net (rank 5), nortrux.com (rank "
 "6; a dealer's timeline) and anusedcar.com (rank 8) not used. Mack Trucks, Mack Brothers, Macungie: " + CHECKED +
 " ('Mack Trucks' only in the lists of leads of batches 67w-68k; 'Renault V\u00e9hicules Industriels' in train's "
 "wp-renault-trucks and batch 32d's scripts, Volvo's purchase of it told there too: the buyer and that company's side "
 "of the same purchase, a side mention here; 'Volvo', 'Allentown', 'Lehigh Valley' and 'Brooklyn' in texts on other "
 "matters).", "US",
 copy_of="the Wikipedia article, via hubbry.com, a site copying Wikipedia pages"))

# ---- manufacturing, UK: ERF (wikipedia.classicistranieri.com's static copy, 2007-2008) ------------------------------
ERF = [
 "ERF was a British truck manufacturer. Established in 1933 by Edwin Richard Foden, its factory in Sandbach, Cheshire "
 "was closed in 2002, and finished as a brand by owner MAN AG in 2007.",
 "Established in 1933 by Edwin Richard Foden, who had left Foden - the company founded by his father - because he "
 "believed the future lay in diesel rather than steam power. Based in Sandbach in Cheshire, the company made their own "
 "chassis and cab with engines from Gardner, Cummins, Perkins, Detroit Diesel and Caterpillar.",
 "ERFs used to be marketed under the Western Star badge in some countries such as Australia. It built a specialist "
 "fire engine chassis, with a body built on by in-house company JH Jennings, later Cheshire Fire Engineering. "
 "However, when recession came in the early 1980's and production fell from a total output of 4,000 chassis per "
 "annum, CFE was sold to management to eventually become Saxon Sanbec.",
 "The company was bought by Canadian truck maker Western Star in 1996. However, after PACCAR's purchase of both DAF "
 "Trucks and Leyland Trucks increased competitive pressure, and Western Star was approached by Freightliner "
 "corporation, the decision was made to sell ERF.",
 "In 2000, ERF became part of MAN. MAN bought the company on the understanding that ERF was profitable, but it was "
 "found that its Financial Controller had for years been syphoning monies from the company, and resultantly MAN sued "
 "Western Star successfully in the British courts. Freightliner tried to sue Western Star and ERF's former auditors, "
 "but failed on technical grounds of corporate negligence"]
KEPT["wp-erf-lorry-manufacturer"] = ("erf-classicistranieri.txt", ERF)
R.append(wp("wp-erf-lorry-manufacturer", "ERF (lorry manufacturer)",
 "https://wikipedia.classicistranieri.com/en/articles/e/r/f/ERF_%28lorry_manufacturer%29_1478.html",
 "\n\n".join(ERF),
 "manufacturing/commercial vehicles", ["history", "founder", "suppliers", "subsidiary", "acquisitions", "closure"],
 "The article as wikipedia.classicistranieri.com's static copy of English Wikipedia holds it in the page store (the "
 "page headed 'ERF (lorry manufacturer)' and 'From Wikipedia, the free encyclopedia'; no revision id held; 'finished "
 "as a brand by owner MAN AG in 2007' in the past tense dates it to 2007 or after, and the site's static dump to about "
 "late 2007-2008, as batch 60c dated the same site's DIC Entertainment; an older revision than the World Library copy "
 "at rank 7 of the same query, 'Established in 1933 by Dennis Foden', and theinfolist.com's at rank 4, 'ERF was a "
 "British truck manufacturer established in 1933 by Edwin Richard Foden, from whose initials the company was named'; "
 "the article is now titled 'ERF (truck manufacturer)'; doubtful: no revision id). Cut: the title line 'ERF (lorry "
 "manufacturer)' and 'From Wikipedia, the free encyclopedia'; the infobox table lines ('ERF | |' to 'Former Parent | "
 "MAN AG |', with 'Fate | Bought/Closed |', 'Successor | MAN AG |' and 'Key people | Edwin Richard Foden (Founder) |'; "
 "cut as batches 54zu-68k cut their infoboxes); the line 'Contents |'; the headings '[edit] History' and '[edit] "
 "Purchase by MAN' (each with its edit link); the citation marker ' [1]' (with a space before it); cut after '... but "
 "failed on technical grounds of corporate negligence' (a sentence without a full stop in this copy, its marker cut), "
 "before the heading '[edit] Final model range' and the sentence the excerpt breaks off in ('ERF's final model range "
 "consisted of the ECT, ECM, ECL and ECX built '; `truncated`), so the model range is not in the text. The copy runs "
 "its paragraphs on with single line breaks; joined with blank lines. No word added or changed. Kept as written: 'ERF "
 "was a British truck manufacturer', 'its factory in Sandbach, Cheshire was closed in 2002, and finished as a brand by "
 "owner MAN AG in 2007' (the subject shifting from the factory to the company, as written), 'Established in 1933 by "
 "Edwin Richard Foden, who had left Foden - the company founded by his father - because he believed the future lay in "
 "diesel rather than steam power.' (a sentence without a main verb; spaced hyphens as dashes), 'the company made their "
 "own chassis and cab with engines from Gardner, Cummins, Perkins, Detroit Diesel and Caterpillar', 'ERFs used to be "
 "marketed under the Western Star badge in some countries such as Australia', 'with a body built on by in-house "
 "company JH Jennings, later Cheshire Fire Engineering', 'in the early 1980's' (the apostrophe as written), 'CFE was "
 "sold to management to eventually become Saxon Sanbec', 'The company was bought by Canadian truck maker Western Star "
 "in 1996', \"after PACCAR's purchase of both DAF Trucks and Leyland Trucks increased competitive pressure, and "
 "Western Star was approached by Freightliner corporation\" ('corporation' in lower case), 'In 2000, ERF became part "
 "of MAN', 'its Financial Controller had for years been syphoning monies from the company, and resultantly MAN sued "
 "Western Star successfully in the British courts', \"Freightliner tried to sue Western Star and ERF's former "
 "auditors, but failed on technical grounds of corporate negligence\" (no full stop). 259 words. No outage and no "
 "near-miss of one told (a factory closed and a brand finished are business ends; the syphoned monies are a fraud, "
 "not a service failure). Recorded CC BY-SA 3.0 (a revision of 2007-2008, GFDL when written, CC BY-SA 3.0 since "
 "Wikimedia's relicensing of June 2009, as batch 60c recorded the same site's copy; doubtful: no revision id). Found "
 "at rank 2 of the query 'ERF lorry manufacturer Sandbach founded 1933 Edwin Richard Foden Western Star MAN acquired' "
 "(batch 68e's lead: 'ERF as a company history of its own'); wikisum.wiki (rank 1; loose sentences), fr.scribd.com "
 "(rank 3; a magazine's preview, copyrighted), theinfolist.com (rank 4; glosses woven in), logisticsmanager.com (rank "
 "5; news), zeteo.com (rank 6; a bookshop), self.gutenberg.org (rank 7; World Library, no licence line seen) and "
 "art-toys.co (rank 8; Wikipedia words on a shop's page, no licence) not used. ERF (lorry / truck manufacturer), "
 "Edwin Richard Foden, E. R. Foden, Western Star, Cheshire Fire, Saxon Sanbec, Detroit Diesel: " + CHECKED + " "
 "('ERF' as a word in no gold text; 'Freightliner' only in the lists of leads; 'Foden', 'Sandbach' and 'PACCAR' in "
 "dev's wp-foden-trucks, 'PACCAR', 'DAF Trucks' and 'Leyland Trucks' in train's wp-daf-trucks: the father's company "
 "and PACCAR's purchases, side mentions here; 'Jennings', 'Gardner', 'Cummins', 'Perkins' and 'Caterpillar' in texts "
 "on other matters).", "UK", v3=True,
 copy_of="the Wikipedia article, via wikipedia.classicistranieri.com's static copy of English Wikipedia"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]'), a space a cut marker leaves before a closing bracket dropped, whitespace runs as one space."""
    s = re.sub(r"\s*\[(\d+|nb \d+|edit|citation needed)\]", "", s)
    return " ".join(re.sub(r"\s+\)", ")", s).split())


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
