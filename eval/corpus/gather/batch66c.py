#!/usr/bin/env python3
"""Batch 66c (session 60; gatherer lane 66c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l and 65n, turned to European
companies (the lane of 66c: English Wikipedia histories of European companies, founders and executives with posts,
acquisitions, parents and subsidiaries, mergers; from the leads of rounds 65c, 65f, 65l and 65n), new to the corpus:
Adolph Saurer AG of Arbon, Switzerland, the truck and bus maker under the Saurer and Berna brand names, grown from the
iron foundry Franz Saurer set up in 1853 and the firm F. Saurer & Soehne, taken over by his son Adolph Saurer in 1896,
with its foreign subsidiaries (unnamed) taken over by Steyr-Daimler-Puch, Unic, Armstrong Whitworth and MAN, and
Officine Meccaniche (OM) its licensee (trucks, Switzerland); Stromberg Oy (Stroemberg Ab), the Helsinki maker of
generators and electric motors founded by Gottfrid Stroemberg in 1889, bought by ASEA in 1987, a division of ABB from
1988 as ABB Stroemberg, renamed ABB Oy, with its Vaasa works in Stroemberg Park and its parts for the Finnish State
Railways' Sr1 class (electrical engineering, Finland); and Sir W G Armstrong Whitworth & Co Ltd of Elswick, Newcastle
upon Tyne, founded by William George Armstrong in 1847, Armstrong Mitchell & Company from 1882, merged with Joseph
Whitworth's firm in 1897, parent of Armstrong Whitworth Aircraft from 1920, merged with Vickers Limited into
Vickers-Armstrongs in 1927 (engineering and armaments, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's older 'Jump to: navigation, search' rendering ('Saurer'), en.wikipedia.org's
own '= Title =' rendering ('Stroemberg (company)', the whole article) and cryer.org.uk's copy ('Armstrong Whitworth',
under the path 'W.G._Armstrong_Whitworth_and_Company'); two cut at a sentence end before the point where the excerpt
breaks off (`truncated`), one whole (not `truncated`). Edits per item in `notes` (site lines, title lines, infobox
lines, an image caption, a hatnote, sub-headings and citation markers cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather67c/src), the markers ('[1]', ' [1]', '[edit]',
'[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-65n did. No text tells an
outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: eleven queries,
eleven companies asked for, three taken (round notes, /work/notes/gather67/66c.md; queries,
/tmp/gather67c/src/queries.txt).
usage: batch66c.py [POOL_DIR] [--dry]   (default /tmp/gather67c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67c/pool"
SRC = "/tmp/gather67c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-60 pools (/tmp/gather67*/pool) and in /work/notes/gather67/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- trucks, Switzerland: Adolph Saurer AG (en.wikipedia.org's older 'Jump to: navigation' rendering of 'Saurer') --
SAURER = [
 "Adolph Saurer AG based in Arbon, Switzerland was a manufacturer of trucks and buses under the Saurer and Berna "
 "(beginning in 1929) brand names, active between 1903 and 1982. Their vehicles were widely used across mainland "
 "Europe, particularly in the interwar period.",
 "In 1853 Franz Saurer (1806\u20131882) from Veringenstadt in Germany established an iron foundry for household goods "
 "near the Swiss town of Sankt Gallen. In 1863 he started a production of Jacquard sewing machines in Arbon, from 1869 "
 "together with his sons as company associates of F. Saurer & S\u00f6hne. In 1896 his eldest surviving son Adolph "
 "Saurer (1841\u20131920) took over the company, he and his son Hippolyt (1878\u20131936) developed the enterprise as a "
 "joint-stock company.",
 "From 1896 Saurer also manufactured petrol engines and the next year Hippolyt Saurer initiated the production of a "
 "phaeton body automobile run by a one-cylinder opposed-piston engine. In 1902 a first four-cylinder T-head engine "
 "model with touring car and sedan chassis was built.",
 "From 1903 onwards Saurer concentrated on the production of commercial vehicles which soon gained a good reputation. "
 "The company ran subsidiary companies in Austria (1906\u20131959, in the end taken over by Steyr-Daimler-Puch), France "
 "(1910\u20131956, taken over by Unic), the United Kingdom (1927\u20131931, taken over by Armstrong Whitworth), and in "
 "Germany (1915\u20131918, taken over by MAN). In Italy, the Officine Meccaniche (OM) manufacturer was for many years "
 "licensee of Saurer engines and other mechanical units, which they used in their own ranges of truck and buses."]
KEPT["wp-adolph-saurer"] = ("saurer-enwp.txt", SAURER)
R.append(wp("wp-adolph-saurer", "Saurer", "http://en.wikipedia.org/wiki/Saurer",
 "\n\n".join(MARK.sub("", p) for p in SAURER),
 "manufacturing/trucks and buses", ["history", "founding", "subsidiary", "licensing", "brands"],
 "The article as en.wikipedia.org renders it in the page store under the address 'Saurer', an older rendering ('From "
 "Wikipedia, the free encyclopedia' and 'Jump to: navigation, search', the skin used before 2018; no date or revision "
 "id held; its infobox headed 'Adolph Saurer AG'). Cut: the site lines 'From Wikipedia, the free encyclopedia' and "
 "'Jump to: navigation, search'; the infobox lines ('Adolph Saurer AG', 'Public company', 'Industry Automotive,' to "
 "'Products Motor vehicles', with 'Fate Merged with Franz Brozincevic & Cie into Nutzfahrzeuggesellschaft Arbon & "
 "Wetzikon (NAW)', 'Successor Saurer AG' and 'Key people', 'Franz Saurer', so Franz Brozincevic & Cie, NAW and Saurer "
 "AG are not in the text; cut as batches 57p-65n cut their infoboxes); the image caption 'A Saurer Car-Alpin in 1930' "
 "(a line of its own between the first and second paragraphs, so the Car-Alpin is not in the text); cut after '... "
 "which they used in their own ranges of truck and buses.', before the sentence the excerpt breaks off in ('In Poland "
 "the state-owned Pa\u0144stwowe Zak\u0142ady', no full stop; `truncated`; a cut at a sentence end). The copy has no "
 "citation markers in this excerpt. Paragraphs joined with blank lines, as in the copy (its double blank line before "
 "the caption dropped with it). No word added or changed. Kept as written: 'Adolph Saurer AG based in Arbon, "
 "Switzerland was a manufacturer of trucks and buses under the Saurer and Berna (beginning in 1929) brand names, active "
 "between 1903 and 1982.' (no comma after 'Switzerland'), 'In 1853 Franz Saurer (1806\u20131882) from Veringenstadt in "
 "Germany established an iron foundry for household goods near the Swiss town of Sankt Gallen.', 'from 1869 together "
 "with his sons as company associates of F. Saurer & S\u00f6hne.', 'In 1896 his eldest surviving son Adolph Saurer "
 "(1841\u20131920) took over the company, he and his son Hippolyt (1878\u20131936) developed the enterprise as a "
 "joint-stock company.' (a comma splice, as written), 'the next year Hippolyt Saurer initiated the production of a "
 "phaeton body automobile', 'The company ran subsidiary companies in Austria (1906\u20131959, in the end taken over by "
 "Steyr-Daimler-Puch), France (1910\u20131956, taken over by Unic), the United Kingdom (1927\u20131931, taken over by "
 "Armstrong Whitworth), and in Germany (1915\u20131918, taken over by MAN).' (en dashes in the year ranges), 'the "
 "Officine Meccaniche (OM) manufacturer was for many years licensee of Saurer engines', 'their own ranges of truck and "
 "buses' ('truck' singular, as written). 245 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a "
 "rendering of the skin used before 2018, so a revision before Wikimedia's June 2023 move to 4.0, as batch 65c "
 "recorded its older rendering). Found at rank 3 of the query 'Adolph Saurer AG Swiss truck manufacturer Arbon Berna "
 "NAW Daimler-Benz Oerlikon Wikipedia' (batch 65l's lead); history-of-trucks.com (rank 1, German), wikiless.lunar.icu "
 "(ranks 2 and 4, German Wikipedia), myntransportblog.wordpress.com (rank 5, a blog repeating the article's words), "
 "two web proxies of en.m.wikipedia.org (ranks 6 and 7, a later revision whose excerpt breaks off in the embroidery "
 "machines' history, before the trucks) and de-academic.com (rank 8, German) not used. Saurer, Franz Saurer, "
 "Hippolyt, Veringenstadt, Sankt Gallen, Steyr-Daimler-Puch, Officine Meccaniche, Car-Alpin: " + CHECKED
 + ", GATHERING.md aside, where Saurer and Steyr-Daimler-Puch stood only in batch 65l's and 65n's lists and leads "
 "('Berna', 'Arbon' and 'Unic' match only inside other words: Bernanke, carbon, Unicode; Armstrong Whitworth is this "
 "round's third text, another matter; MAN and Germany stand in other corpus texts, other matters).",
 "non-US", v3=True))

# ---- electrical engineering, Finland: Stromberg Oy (en.wikipedia.org's '= Title =' rendering) ---------------------
STROMBERG = [
 "Stromberg Oy or Str\u00f6mberg Ab, was a company founded by Gottfrid Str\u00f6mberg in 1889 in Helsinki, Finland, "
 "and manufactured electromechanical products such as: generators, electric motors and small power plants. The "
 "company was founded initially as Gottfrid Str\u00f6mbergin s\u00e4hk\u00f6yhti\u00f6 in Finnish, Gottfrid "
 "Str\u00f6mbergs elf\u00f6retag in Swedish. Str\u00f6mberg was acquired by Swedish ASEA in 1987, then later in 1988 "
 "when ASEA merged with Brown, Boveri & Cie to form ABB, the company became a division of ABB and hence known as ABB "
 "Str\u00f6mberg. In the later 1990s, the company name was changed from ABB Str\u00f6mberg Oy into ABB Oy and a more "
 "integral part of ABB.",
 "The company Str\u00f6mberg expanded in an early stage and founded another factory branch in Vaasa, Finland, in an "
 "area which is now known as Str\u00f6mberg Park. The Str\u00f6mberg Park area was planned, and parts of the buildings "
 "there today were designed by Alvar Aalto.",
 "The company has many inventions and firsts to its credit. It has many innovations particularly in the protection "
 "relay industry. It was one of the first to manufacture numerical relays in the 1980s and are still in production "
 "with high demand.",
 "The company manufactured the electrical components of numerous rail vehicles built by other Finnish companies, as "
 "well as for the Finnish State Railways' Soviet-built Sr1 class locomotives."]
KEPT["wp-stromberg"] = ("stromberg-enwp.txt", STROMBERG)
R.append(wp("wp-stromberg", "Str\u00f6mberg (company)", "https://en.wikipedia.org/wiki/Str%C3%B6mberg_(company)",
 "\n\n".join(MARK.sub("", p) for p in STROMBERG),
 "manufacturing/electrical engineering", ["history", "founding", "acquisition", "ownership", "customers"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; a recent revision: its infobox gives the parents as 'ASEA (1987-1988), ABB (from 1988)', and its wording "
 "'ASEA merged with Brown, Boveri & Cie' is later than the 2014 copy's 'Asea merged with AG Brown Boveri & Cie'). The "
 "whole article: the excerpt (1,563 bytes) ends with the article's last sentence, the rendering printing no 'See also' "
 "or reference lines (not `truncated`). Cut: the title line '= Str\u00f6mberg (company) ='; the infobox lines ('ABB "
 "Oy', '- Founded: in Helsinki, Finland', '- Former Name: Gottfrid Str\u00f6mbergin s\u00e4hk\u00f6yhti\u00f6, Gottfrid "
 "Str\u00f6mbergs elf\u00f6retag, ABB Str\u00f6mberg Oy', '- Parent: ASEA (1987-1988), ABB (from 1988)'; cut as "
 "batches 57p-65n cut their infoboxes; every name in them stands in the running text too). The rendering has no "
 "citation markers. Paragraphs joined with blank lines, as in the copy. No word added or changed. Kept as written: "
 "'Stromberg Oy or Str\u00f6mberg Ab, was a company founded by Gottfrid Str\u00f6mberg in 1889 in Helsinki, Finland,' "
 "('Stromberg' without the umlaut in the first name, and the comma before 'was'), 'manufactured electromechanical "
 "products such as: generators, electric motors and small power plants.' (the colon after 'such as'), 'The company "
 "was founded initially as Gottfrid Str\u00f6mbergin s\u00e4hk\u00f6yhti\u00f6 in Finnish, Gottfrid Str\u00f6mbergs "
 "elf\u00f6retag in Swedish.', 'Str\u00f6mberg was acquired by Swedish ASEA in 1987, then later in 1988 when ASEA merged "
 "with Brown, Boveri & Cie to form ABB, the company became a division of ABB and hence known as ABB Str\u00f6mberg.', "
 "'the company name was changed from ABB Str\u00f6mberg Oy into ABB Oy and a more integral part of ABB.', 'parts of the "
 "buildings there today were designed by Alvar Aalto.', 'It was one of the first to manufacture numerical relays in "
 "the 1980s and are still in production with high demand.' ('are', as written), 'the Finnish State Railways' "
 "Soviet-built Sr1 class locomotives.'. 217 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a "
 "recent rendering, as batch 65c recorded its '= Title =' rendering). Found at rank 4 of the query 'Str\u00f6mberg "
 "Finnish electrical company founded Gottfrid Str\u00f6mberg acquired by ASEA Brown Boveri 1986 Wikipedia' (a name of "
 "batch 65l's 'not searched' list); gateway.ipfs.io (rank 1, a copy of the version of 18 June 2014 with older words), "
 "hessslslslsls.azureedge.net (rank 2, a mirror of the current page), new.abb.com (rank 3, the owner's heritage page, "
 "no open licence stated) and itsenaisyys100.fi and blf.fi (ranks 5-8, Finnish and Swedish biographies) not used. "
 "Str\u00f6mberg, Gottfrid, ASEA (upper case, a word), Alvar Aalto, Vaasa, Finnish State Railways, Sr1: " + CHECKED
 + ", GATHERING.md aside, where Str\u00f6mberg stood only in batch 65l's 'not searched' list ('Stromberg' without the "
 "umlaut stands only in batch 64k's Stromberg-Carlson, an American company, another matter; 'Brown, Boveri' only in "
 "batch 65c's leads; ABB, Helsinki and Finland stand in other corpus texts, other matters).",
 "non-US"))
R[-1]["truncated"] = False

# ---- engineering and armaments, UK: Armstrong Whitworth (cryer.org.uk's copy) -------------------------------------
ARMSTRONG = [
 "Sir W G Armstrong Whitworth & Co Ltd was a major British manufacturing company of the early years of the 20th "
 "century. With headquarters in Elswick, Newcastle upon Tyne, Armstrong Whitworth built armaments, ships, "
 "locomotives, automobiles and aircraft.",
 "The company was founded by William Armstrong in 1847, becoming Armstrong Mitchell and then Armstrong Whitworth "
 "through mergers. In 1927, it merged with Vickers Limited to form Vickers-Armstrongs, with its automobile and aircraft "
 "interests purchased by J D Siddeley.",
 "In 1847, the engineer William George Armstrong founded the Elswick works at Newcastle, to produce hydraulic "
 "machinery, cranes and bridges, soon to be followed by artillery, notably the Armstrong breech-loading gun, with "
 "which the British Army was re-equipped after the Crimean War. In 1882, it merged with the shipbuilding firm of "
 "Charles Mitchell to form Armstrong Mitchell & Company and at the time its works extended for over a mile (about 2 "
 "km) along the bank of the River Tyne.[1] Armstrong Mitchell merged again with the engineering firm of Joseph "
 "Whitworth in 1897.[2] The company expanded into the manufacture of cars and trucks in 1902, and created an \"aerial "
 "department\" in 1913, which became the Armstrong Whitworth Aircraft subsidiary in 1920.",
 "In 1927, it merged with Vickers Limited to form Vickers-Armstrongs."]
KEPT["wp-armstrong-whitworth"] = ("armstrong-cryer.txt", ARMSTRONG)
R.append(wp("wp-armstrong-whitworth", "Armstrong Whitworth",
 "http://cryer.org.uk/W.G._Armstrong_Whitworth_and_Company",
 "\n\n".join(MARK.sub("", p) for p in ARMSTRONG),
 "manufacturing/engineering and armaments", ["history", "founding", "merger", "subsidiary", "products"],
 "The article as cryer.org.uk (a site serving copies of Wikipedia articles; batch 64l used its copy of "
 "'Creditanstalt') holds it under the path 'W.G._Armstrong_Whitworth_and_Company' (a redirect name; the article's "
 "title taken as 'Armstrong Whitworth', the name its lead uses; doubtful: no title line is held; no date or revision "
 "id held; recorded 3.0 as batch 64l recorded its cryer.org.uk copy). Cut: the infobox lines ('Sir W G Armstrong "
 "Whitworth & Co Ltd | |', 'Type: | Private |' to 'Subsid: | Vickers Armstrong Armstrong Siddeley (Demerged) |', with "
 "'Founder: | William George Armstrong |', 'Location: | Newcastle upon Tyne, England |' and 'Products: | Aircraft "
 "Armaments Locomotives Ships |', so England and Armstrong Siddeley are not in the text; cut as batches 57p-65n cut "
 "their infoboxes); the citation markers '[1]' and '[2]'; cut after the paragraph 'In 1927, it merged with Vickers "
 "Limited to form Vickers-Armstrongs.', before the hatnote 'See main article: Armstrong (automobile) and Armstrong "
 "Siddeley.' (cut as a heading line) and the sentence the excerpt breaks off in ('The Armstrong Whitworth was "
 "manufactured from 1904, when the company decided to diversify to compensate for a fall in demand for artillery after "
 "the e', no full stop; `truncated`; a cut at a paragraph end), so the Armstrong Whitworth car is not in the text. "
 "Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as written: 'Sir W G "
 "Armstrong Whitworth & Co Ltd was a major British manufacturing company of the early years of the 20th century.' "
 "('W G' without stops), 'The company was founded by William Armstrong in 1847, becoming Armstrong Mitchell and then "
 "Armstrong Whitworth through mergers.', 'In 1927, it merged with Vickers Limited to form Vickers-Armstrongs, with its "
 "automobile and aircraft interests purchased by J D Siddeley.' (and the last paragraph repeating the merger, as "
 "written), 'In 1847, the engineer William George Armstrong founded the Elswick works at Newcastle', 'notably the "
 "Armstrong breech-loading gun, with which the British Army was re-equipped after the Crimean War.', 'In 1882, it "
 "merged with the shipbuilding firm of Charles Mitchell to form Armstrong Mitchell & Company', 'Armstrong Mitchell "
 "merged again with the engineering firm of Joseph Whitworth in 1897.', 'created an \"aerial department\" in 1913, "
 "which became the Armstrong Whitworth Aircraft subsidiary in 1920.'. 208 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (an undated copy; doubtful: no revision date). Found at rank 7 of the query 'Armstrong "
 "Whitworth British manufacturing company merger 1897 Vickers-Armstrongs 1927 Wikipedia' (batch 65n's lead, its query "
 "asked again word for word); the Science Museum Group's records (ranks 1, 2 and 6, no open licence stated), piglix.com "
 "(rank 3, the infobox run into the lead and a second article's text joined on), acearchive.org (rank 4, reworded), "
 "en.wikipedia.org's 'Vickers-Armstrongs' and a mirror of it (ranks 5 and 8, another company) not used. Armstrong "
 "Whitworth, Armstrong Mitchell, Vickers-Armstrongs, Vickers Limited, Elswick, Joseph Whitworth, Charles Mitchell, "
 "breech-loading, J D Siddeley: " + CHECKED + ", GATHERING.md aside, where Armstrong Whitworth, Vickers-Armstrongs "
 "and Joseph Whitworth stood only in batch 65n's lists and leads (Siddeley stands in test wp-bristol-aeroplane-company "
 "only as Armstrong Siddeley and Bristol Siddeley, other companies of another matter, and neither is in this text; "
 "Armstrong Whitworth also stands in this round's Saurer text, as the buyer of an unnamed subsidiary, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via cryer.org.uk under the path "
 "'W.G._Armstrong_Whitworth_and_Company'"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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
