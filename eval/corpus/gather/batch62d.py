#!/usr/bin/env python3
"""Batch 62d (session 57; gatherer lane 62d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h and 61e, turned to mid-size companies of continental Europe and Latin America (the
lane of 62d: continental Europe, Scandinavia, Japan, Korea, India, Latin America or Africa; not the US or the British
Isles and Commonwealth), new to the corpus: Lloyd Aéreo Boliviano (LAB Airlines), the Bolivian flag carrier founded in
Cochabamba in 1925 by Guillermo Kyllmann, its first Junkers F.13 aircraft and its co-operation agreement of 1930 with
the Brazilian airline Syndicato Condor (airlines, Bolivia and Brazil); Rollei, the Braunschweig maker of the
Rolleiflex and Rolleicord cameras, under its names in turn, bought in 1995 by Samsung Techwin of the Samsung Group,
split in 2005/2006 and 2007 into Rollei GmbH, Franke & Heidecke GmbH, Feinmechanik und Optik, RCP-Technik, RCP
Technik Verwaltungs GmbH and Rollei Metric, and DHW Fototechnik, founded by three former Franke & Heidecke employees,
which went on making the cameras and projectors (cameras, Germany and Korea); and Telefunken, the radio and television
company founded in 1903 as a joint venture of AEG and Siemens AG, merged with AEG in 1967 (AEG-Telefunken), AEG bought
by Daimler in 1985, its subsidiary Transradio (Telefunken SenderSysteme Berlin, renamed Transradio SenderSysteme
Berlin AG in 2005) and Telefunken | USA (radio and television, Germany).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): piglix.com's copy of 'Lloyd Aéreo Boliviano' (undated; a revision of about 2015-2016, as
batches 22b and 61e recorded their piglix.com copies), owiki.org's mirror of 'Rollei' (undated) and the-uncensored-
wiki.com's static copy of 'Telefunken' (port 20061; a revision of about 2006); each cut at a sentence or paragraph end
before the point where the excerpt breaks off or the copy's trivia sections begin (all `truncated`). Edits per item in
`notes` (the copies' title lines, the 'From Wikipedia, the free encyclopedia' line, infobox lines and the sections
after a '[edit]' heading cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather63d/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace
runs compared as one space, as batches 57g-61e did. No text tells an outage or a near-miss of one. newskg (or any
extractor) was not run on any text. A round of three: nineteen queries, sixteen companies or events asked for, three
taken (round notes, /work/notes/gather63/62d.md; queries, /tmp/gather63d/src/queries.txt).
usage: batch62d.py [POOL_DIR] [--dry]   (default /tmp/gather63d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63d/pool"
SRC = "/tmp/gather63d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-57 pools (/tmp/gather63*/pool) and in /work/notes/gather63/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- airlines, Bolivia and Brazil: Lloyd Aéreo Boliviano (piglix.com's copy, a revision of about 2015-2016) --------
LAB = [
 "Lloyd A\u00e9reo Boliviano S.A.M. (Sociedad An\u00f3nima Mixta), abbreviated LAB, also known as LAB Airlines, was an "
 "airline serving as flag carrier of Bolivia. It operated domestic and international flights, aiming at passenger as "
 "well as cargo transport. LAB was active for more than 80 years, having been based in Cochabamba most of the time, "
 "with Cochabamba Airport being an important operational base. Before its demise its headquarters was on the property "
 "of Wilstermann Airport in Cochabamba. The largest hub was located in Santa Cruz de la Sierra (El Trompillo Airport "
 "or Viru Viru International Airport), though.",
 "Lloyd A\u00e9reo Boliviano was founded by Guillermo Kyllmann in Cochabamba on September 15, 1925. The name was chosen "
 "after the British insurance market Lloyd's of London for its image of safety and security. Flight operations were "
 "launched on 23 September using Junkers F.13 aircraft, the first of which had been a present from the German "
 "community in Bolivia.",
 "In July 1930, LLoyd A\u00e9reo began to serve international routes, with scheduled flights between La Paz, where it "
 "was based then, and Corumb\u00e1, Brazil. On the grounds of a co-operation agreement with Syndicato Condor, an "
 "airline catering for the German minority in Brazil, LAB passengers could connect in Corumb\u00e1 on a flight to Rio "
 "de Janeiro, and vice versa."]
KEPT["wp-lloyd-aereo-boliviano"] = ("lab-piglix.txt", LAB)
R.append(wp("wp-lloyd-aereo-boliviano", "Lloyd A\u00e9reo Boliviano",
 "http://piglix.com/piglix/Lloyd_A%C3%A9reo_Boliviano",
 "\n\n".join(MARK.sub("", p) for p in LAB),
 "transport/airlines", ["history", "founding", "partnership"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; a revision of about "
 "2015-2016, as batches 22b and 61e dated their piglix.com copies: its infobox reads 'Ceased operations | 2008 "
 "(operations suspended) 2010 (license revoked)' and 'Key people | Marcelo Goldmann (CEO)'). Cut: the infobox lines "
 "at the head of the excerpt ('Founded | 1925 |' to 'Website | labairlines.com.bo |', with the table rules), with "
 "'Parent company | VASP (1995-2001) |' and 'Key people | Marcelo Goldmann (CEO) |', so VASP and Marcelo Goldmann are "
 "not in the text (cut as batches 57p-61e cut their infoboxes); the copy has no title line, headings or citation "
 "markers in the excerpt; cut after '... on a flight to Rio de Janeiro, and vice versa.', before the sentence the "
 "excerpt breaks off ('Over the following years, more destinations in Brazil were added, so tha'; `truncated`; a cut "
 "at a sentence end), so the nationalisation of 1941, VASP's purchase of 1995 and the airline's end are not in the "
 "text. Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as written: "
 "'Lloyd A\u00e9reo Boliviano S.A.M. (Sociedad An\u00f3nima Mixta), abbreviated LAB, also known as LAB Airlines, was an "
 "airline serving as flag carrier of Bolivia.', 'aiming at passenger as well as cargo transport', 'Before its demise "
 "its headquarters was on the property of Wilstermann Airport in Cochabamba.', 'The largest hub was located in Santa "
 "Cruz de la Sierra (El Trompillo Airport or Viru Viru International Airport), though.', 'Lloyd A\u00e9reo Boliviano was "
 "founded by Guillermo Kyllmann in Cochabamba on September 15, 1925.', \"The name was chosen after the British "
 "insurance market Lloyd's of London for its image of safety and security.\", 'Flight operations were launched on 23 "
 "September using Junkers F.13 aircraft' (no year in the phrase), 'In July 1930, LLoyd A\u00e9reo began to serve "
 "international routes' (two capitals, so written), 'On the grounds of a co-operation agreement with Syndicato "
 "Condor, an airline catering for the German minority in Brazil, LAB passengers could connect in Corumb\u00e1 on a "
 "flight to Rio de Janeiro, and vice versa.' 213 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a revision of about 2015-2016 by its infobox, before Wikimedia's move to 4.0 of June 2023; doubtful: undated, as "
 "batch 61e recorded its piglix.com copy of 'Hasselblad'). Found at rank 1 of the query 'Lloyd A\u00e9reo Boliviano "
 "S.A.M. (abbreviated LAB and known internationally as LAB Airlines) was the flag carrier and main airline of Bolivia "
 "from 1925 until it ceased operations' (the query before it, naming Guillermo Kyllmann, VASP and Ernesto Asb\u00fan, "
 "brought back Spanish, Portuguese and machine-translated pages only); curtisscommando.e-monsite.com and "
 "mundoandino.com (ranks 3 and 7; the article's words without a licence line), LAB's own archived history page (rank "
 "5), boliviabella.com, aviacaocomercial.net and an AI-written page (ranks 2, 4 and 6) not used. Lloyd A\u00e9reo, Lloyd "
 "Aereo, Kyllman, Syndicato Condor, Corumb\u00e1, Marcelo Goldmann, Wilstermann: " + CHECKED + " (Junkers is named in "
 "batch 26e's Royal Air Maroc text, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- cameras, Germany and Korea: Rollei (owiki.org's mirror, undated) -----------------------------------------------
ROLLEI = [
 "Rollei is a German manufacturer of optical instruments founded in 1920 by and in Braunschweig, Lower Saxony, and "
 "maker of the Rolleiflex and Rolleicord series of cameras. Later products included speciality and nostalgic type "
 "films for the photo hobbyist market.",
 "Originally named Werkstatt f\u00fcr Feinmechanik und Optik, Franke & Heidecke, the company renamed into Rollei-Werke "
 "Franke & Heidecke GmbH in 1972, Rollei-Werke Franke & Heidecke GmbH & Co. KG, in 1979, and Rollei Fototechnic GmbH "
 "& Co. KG in 1981.",
 "After being purchased in 1995 by Samsung Techwin, part of the South Korean Samsung Group, it was sold back to its "
 "internal management in 1999. In 2002, it was bought by a Danish investment group, and renamed Rollei GmbH in 2004.",
 "In 2005/2006, the company headquarters moved to Berlin and the company was split into two different companies: "
 "Rollei GmbH in Berlin, owner of the Rollei brand and selling various OEM equipment, and Rollei Produktion GmbH in "
 "Braunschweig, an equipment factory which became Franke & Heidecke GmbH, Feinmechanik und Optik.",
 "Following another restructuring in 2007, Rollei was split into three companies. Franke & Heidecke GmbH, "
 "Feinmechanik und Optik focused on the production of professional medium format cameras and slide projectors, while "
 "RCP-Technik GmbH & Co. KG in Hamburg was responsible for Rollei consumer products like re-branded compact digital "
 "cameras in the European market, and with the RCP Technik Verwaltungs GmbH owning the rights to the \"Rollei\" and "
 "\"Rolleiflex\" brands. Finally, Rollei Metric GmbH took over the photogrammetry business.",
 "In early 2009, Franke & Heidecke GmbH, Feinmechanik und Optik declared itself insolvent. Since 2009 Rolleiflex "
 "medium format cameras, Rollei 35 and Rolleivision slide projectors were being produced by the DHW Fototechnik "
 "GmbH\u2014a company founded by Rolf Daus, Hans Hartje and Frank Will, former Franke & Heidecke employees."]
KEPT["wp-rollei"] = ("rollei-owiki.txt", ROLLEI)
R.append(wp("wp-rollei", "Rollei", "https://owiki.org/wiki/Rollei",
 "\n\n".join(MARK.sub("", p) for p in ROLLEI),
 "manufacturing/cameras", ["history", "ownership", "acquisition", "restructuring", "founding"],
 "The article as owiki.org's mirror holds it in the page store (the mirror batches 22b, 22c and 61c took copies from; "
 "no date or revision id held; a revision after 2009 by its wording: 'Since 2009 Rolleiflex medium format cameras ... "
 "were being produced by the DHW Fototechnik GmbH'). Cut: the title line 'Rollei'; the words the excerpt breaks off in "
 "('DHW Fototechnik presented two new Rolleiflex cameras and a new electronic shut'), so the text ends after '... "
 "former Franke & Heidecke employees.' (`truncated`; a cut at a sentence end). The copy has no infobox, no headings "
 "and no citation markers in this excerpt. Paragraphs, one line each in the copy, joined with blank lines. No word "
 "added or changed. Kept as written: 'Rollei is a German manufacturer of optical instruments founded in 1920 by and "
 "in Braunschweig, Lower Saxony, and maker of the Rolleiflex and Rolleicord series of cameras.' (the mirror drops the "
 "founders' linked names after 'by', so no founder is named in the text: left so, no word added), 'Originally named "
 "Werkstatt f\u00fcr Feinmechanik und Optik, Franke & Heidecke, the company renamed into Rollei-Werke Franke & Heidecke "
 "GmbH in 1972, Rollei-Werke Franke & Heidecke GmbH & Co. KG, in 1979, and Rollei Fototechnic GmbH & Co. KG in "
 "1981.' (a comma after 'KG'), 'After being purchased in 1995 by Samsung Techwin, part of the South Korean Samsung "
 "Group, it was sold back to its internal management in 1999.', 'In 2002, it was bought by a Danish investment group, "
 "and renamed Rollei GmbH in 2004.', 'In 2005/2006, the company headquarters moved to Berlin', 'an equipment factory "
 "which became Franke & Heidecke GmbH, Feinmechanik und Optik.', 'and with the RCP Technik Verwaltungs GmbH owning the "
 "rights to the \"Rollei\" and \"Rolleiflex\" brands.', 'were being produced by the DHW Fototechnik GmbH\u2014a company "
 "founded by Rolf Daus, Hans Hartje and Frank Will, former Franke & Heidecke employees.' (an em dash, no spaces). 296 "
 "words. No outage and no near-miss of one told (the insolvency of 2009 is a business failure). Recorded CC BY-SA 4.0 "
 "(doubtful: the copy is undated, as batch 61c recorded its owiki.org copy). Found at rank 5 of the query 'Rollei "
 "Franke & Heidecke Braunschweig founded 1920 Paul Franke Reinhold Heidecke Samsung Techwin acquired From Wikipedia "
 "the free encyclopedia' and again at rank 1 of a second query naming the owners (the same excerpt word for word); "
 "wikisum.wiki (sentences out of order), camera-collector pages in English, Danish and German, a forum, taz.de (news) "
 "and a German wiki not used. Rollei, Franke & Heidecke, Samsung Techwin, DHW Fototechnik, Rolf Daus: " + CHECKED +
 " (Rollei only in batch 61e's list of free names in GATHERING.md).",
 "non-US", copy_of="the Wikipedia article, via owiki.org's mirror"))

# ---- radio and television, Germany: Telefunken (the-uncensored-wiki.com's copy, a revision of about 2006) -----------
TELEFUNKEN = [
 "Telefunken is a German radio and television company, founded in 1903. Originally it was a joint venture of AEG and "
 "Siemens AG, until Siemens left in 1941. In 1911 Kaiser Wilhelm sent Telefunken engineers to West Sayville, New York "
 "to erect three 600-foot (180 meters) radio towers there. Nikola Tesla assisted in the building. A similar station "
 "was erected in Nauen, creating the only wireless communication between North America and Europe. In 1967 it was "
 "merged with AEG, which was then renamed to AEG-Telefunken. When AEG was bought by Daimler in 1985 the addition "
 "\"Telefunken\" was dropped. The brand name \"Telefunken\" is still marketed by DaimlerChrysler.",
 "Walter Bruch developed the PAL color television system at Telefunken, which is used by most countries outside the "
 "Americas today. For more information regarding Scott Birrell PAL system.",
 "Telefunken | USA\u2122 was incorporated in 2001 to provide restoration services and build reproductions of vintage "
 "Telefunken microphones.",
 "In 2005, Telefunken SenderSysteme Berlin changed its name to Transradio SenderSysteme Berlin AG. The name Transradio "
 "dates back to 1918 when Transradio was founded as a subsidiary of Telefunken. A year later in 1919, Transradio made "
 "history by introducing duplex transmission. Transradio is specialised in research, development and design of modern "
 "AM, VHF/FM and DRM broadcasting systems."]
KEPT["wp-telefunken"] = ("telefunken-uncensored2006.txt", TELEFUNKEN)
R.append(wp("wp-telefunken", "Telefunken", "http://the-uncensored-wiki.com:20061/t/e/l/Telefunken.html",
 "\n\n".join(MARK.sub("", p) for p in TELEFUNKEN),
 "manufacturing/radio and television", ["history", "ownership", "joint venture", "subsidiaries"],
 "The article as the-uncensored-wiki.com's static copy holds it in the page store (port 20061, as batches 58p and 59e "
 "recorded their copies of 'Pringle of Scotland' and '@Home Network'; no date or revision id held; a revision of about "
 "2006: the site line 'From Wikipedia, the free encyclopedia', the '[edit]' headings, and 'The brand name "
 "\"Telefunken\" is still marketed by DaimlerChrysler.', a name borne from 1998 to 2007). Cut: the title line "
 "'Telefunken'; the site line 'From Wikipedia, the free encyclopedia'; the sections from the heading '[edit] Music' on "
 "(Frank Zappa's songs and Neumann's U 47 microphone, and '[edit] Card game', the end of the excerpt), so the text "
 "ends after '... modern AM, VHF/FM and DRM broadcasting systems.' (`truncated`; a cut at a paragraph end before a "
 "heading). The copy has no infobox and no citation markers in this excerpt. Paragraphs, one line each in the copy, "
 "joined with blank lines. No word added or changed. Kept as written: 'Telefunken is a German radio and television "
 "company, founded in 1903.', 'Originally it was a joint venture of AEG and Siemens AG, until Siemens left in 1941.', "
 "'In 1911 Kaiser Wilhelm sent Telefunken engineers to West Sayville, New York to erect three 600-foot (180 meters) "
 "radio towers there.' (no comma after 'New York'), 'In 1967 it was merged with AEG, which was then renamed to "
 "AEG-Telefunken.', 'When AEG was bought by Daimler in 1985 the addition \"Telefunken\" was dropped.' (no comma), "
 "'Walter Bruch developed the PAL color television system at Telefunken, which is used by most countries outside the "
 "Americas today.', 'For more information regarding Scott Birrell PAL system.' (a stray sentence of the revision, "
 "whose name reads as an edit's insertion; kept as written, doubtful), 'Telefunken | USA\u2122 was incorporated in 2001' "
 "(a vertical bar and a trade-mark sign in the name), 'In 2005, Telefunken SenderSysteme Berlin changed its name to "
 "Transradio SenderSysteme Berlin AG.', 'A year later in 1919, Transradio made history by introducing duplex "
 "transmission.' 209 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2006, "
 "first published under the GFDL and relicensed in 2009, as batch 55zd recorded this site's 2006 'Magellan Aerospace'; "
 "doubtful: an unofficial static mirror whose terms were not found). Found at rank 7 of the query 'Telefunken is a "
 "German radio and television apparatus company, founded in Berlin in 1903, as a joint venture of Siemens & Halske and "
 "the Allgemeine Elektricit\u00e4ts-Gesellschaft'; wikimili.com (rank 4; a recent copy with image captions run into the "
 "text), the Science Museum Group's collection page (rank 1; no open licence stated on it), hifi-wiki.com, "
 "shortwaveradio.ch (two languages), an AI-written page and Siemens's own history page not used. Telefunken, "
 "Transradio, Walter Bruch, Nauen, AEG-Telefunken, Scott Birrell: " + CHECKED + " (Telefunken only in batch 61e's "
 "list of free names in GATHERING.md; DaimlerChrysler is a party of two Wikinews texts of 2007 and West Sayville the "
 "place of a Justice Department text, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's static copy"))


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
