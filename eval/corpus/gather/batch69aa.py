#!/usr/bin/env python3
"""Batch 69aa (session 63; gatherer lane 69aa): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae and 68c, turned to
European companies (the lane of 69aa: English Wikipedia histories of European companies, founders and executives with
posts, acquisitions, parents and subsidiaries; from the leads of rounds 68c, 69c, 69i, 69o and 69u, whose free names
(Van Leer, Daimler Company, Holsten) were asked for first), new to the corpus: the United Incandescent Lamp and
Electricity Company of Budapest and \u00dajpest (Egyes\u00fclt Izz\u00f3l\u00e1mpa \u00e9s Villamoss\u00e1gi Rt., the Tungsram maker),
founded by B\u00e9la Egger and his brothers in 1886, with Lipot Aschner's posts from deputy director in 1904 to general
manager in 1921 (electrical goods, Hungary); the Daimler Company Limited of Coventry, founded in London by H. J. Lawson
in 1896, bought by the Birmingham Small Arms Company (BSA) in 1910, with BSA's purchase of the Lanchester Motor Company
in 1933 as Daimler's subsidiary (cars, UK); and Arjowiggins, the paper maker whose line runs from Buckland Mill of 1761
and Wiggins Teape (formed by Edward Wiggins and Henry Teape) through BAT Industries' ownership from 1970 and the merger
with Arjomari-Prioux in 1991 to Worms & Cie's purchase in 2000 (paper, UK and France).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): en.wikipedia.org's current page ('United Incandescent Lamp and Electricity Company', a plain rendering, CC
BY-SA 4.0), www.wikipedia.org's rendering of 'Daimler Company' under the redirect 'Daimler_Motor_Company' (a 2024
rendering, '128 years ago (1896)'; CC BY-SA 4.0) and gateway.ipfs.io's copy of 'Arjo Wiggins' (the IPFS Wikipedia
snapshot, 'version of the 11/13/2016'; CC BY-SA 3.0); the first two cut at a sentence end before the point where the
excerpt breaks off (`truncated`), the third whole (its 'References' and 'External links' headings and the snapshot's
licence line cut). Edits per item in `notes` (title lines, infobox lines, headings, a pronunciation bracket, citation
markers; no word added or changed); `verify()` checks every kept paragraph (or, where a bracket is cut inside one, each
kept piece) against the saved excerpt (/tmp/gather69aa/src), citation markers ('[1]', '[edit]') dropped and
whitespace runs compared as one space, as batches 57g-68c did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: nine queries, eight companies asked for, three taken
(round notes /tmp/gather69aa/NOTES.md; queries, /tmp/gather69aa/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch69aa.py [POOL_DIR] [--dry]   (default /tmp/gather69aa/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69aa/pool"
SRC = "/tmp/gather69aa/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs or pieces kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines; a paragraph given as a tuple is its pieces joined as they stand (a cut
    inside the paragraph between them), citation markers dropped."""
    return "\n\n".join(MARK.sub("", "".join(p) if isinstance(p, tuple) else p) for p in paras)


def _pieces(paras):
    return [q for p in paras for q in (p if isinstance(p, tuple) else (p,))]


# ---- electrical goods, Hungary: United Incandescent Lamp and Electricity Company (en.wikipedia.org) ----------------
UNITED = [
 "The United Incandescent Lamp and Electricity Company (Egyes\u00fclt Izz\u00f3l\u00e1mpa \u00e9s Villamoss\u00e1gi Rt.) was a "
 "Hungarian business which produced a range of electrical goods such as electrical switches, voltmeters, ammeters, "
 "telephones, dynamos, and carbon fibre light bulbs. It was founded by B\u00e9la Egger and his brothers in 1886. With "
 "the support of the Hungarian Commercial Bank of Pest and the Wiener Bankverein, the original company was involved "
 "in a number of mergers it became the United Electricity Company.",
 "Lipot Aschner joined the company on July 1, 1892, where he achieved a remarkable career in a short time. In 1904, He "
 "became deputy director in 1904, commercial director in 1918, and general manager in 1921. In all his positions, "
 "Aschner prioritized the development of incandescent lamp production and the increase of production output. Since "
 "the factory on Husz\u00e1r Street was no longer suitable, the plant was relocated to \u00dajpest, on (outer) V\u00e1ci Road "
 "in 1901.",
 "In 1885 K\u00e1roly Zipernowsky, Miksa D\u00e9ri, and Ott\u00f3 Titusz Bl\u00e1thy submitted a patent providing a solution for "
 "the efficient distribution and transmission of alternating current electricity using transformers. Their invention "
 "made it possible to transmit electric power over long distances and to operate consumer devices independently from "
 "one another, which opened up an ever-growing range of practical applications.Between 1902 and 1903, the United "
 "Electric Company (Egyes\u00fclt Villamoss\u00e1gi Rt.) produced around four million lamps."]
KEPT["wp-united-incandescent-lamp-and-electricity-company"] = ("united-incandescent-enwiki.txt", _pieces(UNITED))
R.append(wp("wp-united-incandescent-lamp-and-electricity-company", "United Incandescent Lamp and Electricity Company",
 "https://en.wikipedia.org/wiki/United_Incandescent_Lamp_and_Electricity_Company", _text(UNITED),
 "manufacturing/electrical", ["history", "founding", "executives", "merger"],
 "The current article as en.wikipedia.org serves it, in the page store as a plain rendering (title line '= ... =', "
 "infobox lines as a list, headings '== ... =='; no revision id held; a recent article, recorded CC BY-SA 4.0). Cut: "
 "the title line '= United Incandescent Lamp and Electricity Company ='; the infobox lines ('United Incandescent Lamp "
 "and Electricity Company', '- Image Alt: Black and white photo of a Tungsram electrical company factory, ...', '- "
 "Type: Private', '- Industry: Electrical goods', '- Founded: in Hungary', '- Founder: B\u00e9la Egger and brothers', "
 "'- Fate: Merged with United Electricity Company', so Tungsram, Hungary and the infobox's 'Merged with' are not in "
 "the text; cut as batches 57p-68c cut their infoboxes); the heading '== History =='; cut after '... produced around "
 "four million lamps.', before the sentence the excerpt breaks off in ('The factory held its ground in the face of "
 "sharp market compe', no full stop; `truncated`; a cut at a sentence end). The rendering has no citation markers in "
 "this excerpt. Paragraphs joined with blank lines, as on the page. No word added or changed. Kept as written: 'It was "
 "founded by B\u00e9la Egger and his brothers in 1886.', 'With the support of the Hungarian Commercial Bank of Pest and "
 "the Wiener Bankverein, the original company was involved in a number of mergers it became the United Electricity "
 "Company.' (no word between 'mergers' and 'it'), 'Lipot Aschner joined the company on July 1, 1892' ('Lipot' without "
 "the accent), 'In 1904, He became deputy director in 1904, commercial director in 1918, and general manager in "
 "1921.' (the capital 'He', '1904' twice), 'the plant was relocated to \u00dajpest, on (outer) V\u00e1ci Road in 1901.', "
 "'which opened up an ever-growing range of practical applications.Between 1902 and 1903, the United Electric Company "
 "(Egyes\u00fclt Villamoss\u00e1gi Rt.) produced around four million lamps.' (no space after 'applications.'; 'United "
 "Electric Company' beside the lead's 'United Electricity Company'). " + TYPED + "226 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (the current page). Found at rank 4 of the query 'Tungsram Hungarian "
 "lighting company history Lip\u00f3t Aschner General Electric acquired 1989 Wikipedia' (Tungsram: a name with no corpus "
 "hit, searched for this lane's Central Europe); made-in-china.com (rank 1, a copy of the short 'Tungsram' article "
 "on a trade site), tozsdemuzeum.hu (ranks 2 and 6, a museum's history, no open licence stated), wikisum.wiki (rank "
 "3, sentences shuffled), wiki-gateway.eudic.net's and coachfactory.igordu.com's copies of the short 'Tungsram' "
 "article (ranks 5 and 7: General Electric's majority stake of 1990 and a British subsidiary, no person with a post) "
 "and de.zxc.wiki (rank 8, a translation of the German article) not used; the United Incandescent article, which "
 "names a founder and an executive's posts, was taken over the 'Tungsram' copies (the same firm's matter). United "
 "Incandescent, Egyes\u00fclt, Egger, Aschner, Tungsram, \u00dajpest, Ujpest, Husz\u00e1r, Zipernowsky, Bl\u00e1thy, D\u00e9ri, "
 "Hungarian Commercial Bank: " + CHECKED + " (the Wiener Bankverein stands in train wp-creditanstalt and batch 64l, "
 "Creditanstalt's matter; here only as a supporter of the mergers).",
 "non-US", v3=False, copy_of="the Wikipedia article (current page)"))

# ---- cars, UK: Daimler Company (www.wikipedia.org, 2024 rendering) -------------------------------------------------
DAIMLER = [
 ("The Daimler Company Limited",
  ", before 1910 known as the Daimler Motor Company Limited, was an independent British motor vehicle manufacturer "
  "founded in London by H. J. Lawson in 1896, which set up its manufacturing base in Coventry. The company bought the "
  "right to the use of the Daimler name simultaneously from Gottlieb Daimler and Daimler-Motoren-Gesellschaft of "
  "Cannstatt, Germany. After early financial difficulty and a reorganisation of the company in 1904, the Daimler Motor "
  "Company was purchased by Birmingham Small Arms Company (BSA) in 1910, which also made cars under its own name before "
  "the Second World War. In 1933, BSA bought the Lanchester Motor Company and made it a subsidiary of the Daimler "
  "Company."),
 "Daimler was awarded a Royal Warrant to provide cars to the British monarch in 1902; it lost this privilege in the "
 "1950s after being supplanted by Rolls-Royce."]
KEPT["wp-daimler-company"] = ("daimler-company-wikipedia-org.txt", _pieces(DAIMLER))
R.append(wp("wp-daimler-company", "Daimler Company", "http://www.wikipedia.org/wiki/Daimler_Motor_Company",
 _text(DAIMLER), "manufacturing/automobiles", ["history", "founding", "acquisition", "ownership"],
 "The article as the page store holds it at www.wikipedia.org under the redirect name 'Daimler Motor Company' (the "
 "rendering's own line '(Redirected from Daimler Motor Company)'; a rendering of 2024 by its infobox, 'Founded1896; "
 "128 years ago (1896)'; no revision id held). Cut: the title line 'Daimler Company', the lines 'From Wikipedia, the "
 "free encyclopedia' and '(Redirected from Daimler Motor Company)'; the infobox lines ('Daimler Company Limited', "
 "'IndustryAutomotive', 'Founded1896; 128 years ago (1896)', 'FateDormant since 2010', 'SuccessorJaguar Cars "
 "continued to use the Daimler marque', 'Key people', 'Percy Martin', 'Edward Manville', 'ParentBirmingham Small "
 "Arms Company (1910\u20131960)', 'SubsidiariesLanchester Motor Company', 'Daimler Hire' ... 'Stratton-Instone', "
 "'OwnerJaguar Land Rover (since 2013)[1]' ... 'Previous owners') and the caption line 'Flutes: Daimler's "
 "traditional radiator grille ... adopted by 1905', so Jaguar, Percy Martin, Edward Manville and the subsidiaries "
 "other than Lanchester are not in the text (cut as batches 57p-68c cut their infoboxes); the pronunciation bracket "
 "' (/\u02c8dml\u0259r/ DAYM-l\u0259r)' after 'The Daimler Company Limited' (as batches before cut pronunciation "
 "brackets; `verify()` checks the two pieces either side of the cut); cut after '... supplanted by Rolls-Royce.', "
 "before the sentence the excerpt breaks off in ('Daimler occasionally used alternative technology: the Daimler-Knight "
 "engine which it further develo', no full stop; `truncated`; a cut at a sentence end). No citation markers in the "
 "kept text. Paragraphs joined with blank lines, as on the page. No word added or changed. Kept as written: 'The "
 "Daimler Company Limited, before 1910 known as the Daimler Motor Company Limited, was an independent British motor "
 "vehicle manufacturer founded in London by H. J. Lawson in 1896, which set up its manufacturing base in Coventry.', "
 "'The company bought the right to the use of the Daimler name simultaneously from Gottlieb Daimler and "
 "Daimler-Motoren-Gesellschaft of Cannstatt, Germany.', 'the Daimler Motor Company was purchased by Birmingham Small "
 "Arms Company (BSA) in 1910, which also made cars under its own name before the Second World War.' (no 'the' before "
 "'Birmingham'), 'In 1933, BSA bought the Lanchester Motor Company and made it a subsidiary of the Daimler "
 "Company.', 'Daimler was awarded a Royal Warrant to provide cars to the British monarch in 1902; it lost this "
 "privilege in the 1950s after being supplanted by Rolls-Royce.'. " + TYPED + "141 words. No outage and no near-miss "
 "of one told. Recorded CC BY-SA 4.0 (a 2024 rendering, after Wikimedia's June 2023 move to 4.0). Found at rank 4 of "
 "the query 'Daimler Company British motor manufacturer Coventry history Lawson BSA managing director Jaguar acquired "
 "Wikipedia' (Daimler Company: a name of the 'not searched' lists of rounds 69u (Daimler Company) and earlier); "
 "blockleytyre.com (rank 1, a tyre dealer's history), wikien4.appspot.com (rank 2, a 'Daimwer' copy with its letters "
 "altered), en.wikipedia.org's revision 746795887 of 29 October 2016 (rank 3; its excerpt breaks off after the "
 "lead's second sentence, so the longer 2024 rendering was taken), a car blog (rank 5), hessslslslsls.azureedge.net's "
 "mirror, handwiki.org and an rt.http3.lol proxy (ranks 6-8, the same 2024 text under other names) not used; a second "
 "query ('Daimler Motor Company Limited founded London H. J. Lawson 1896 Coventry Motor Mills Birmingham Small Arms "
 "1910 Lanchester subsidiary') gave daimler.co.uk's pages, a transport museum's wiki, econterms.net's aviation wiki, "
 "netstorms.ch (a reworded copy naming the chairmen Bernard Docker and Jack Sangster, no licence) and Grace's Guide, "
 "none an English Wikipedia copy. Daimler Company, Daimler Motor Company, Lanchester, Birmingham Small Arms, H. J. "
 "Lawson, Gottlieb Daimler, Daimler-Motoren-Gesellschaft, Cannstatt: " + CHECKED + ", GATHERING.md aside, where "
 "Daimler Company stood only in earlier rounds' lists and leads ('Daimler' alone stands in many texts of "
 "Daimler-Benz and DaimlerChrysler, other matters; 'Lawson' in batches 14b and 59g, other persons; Rolls-Royce and the "
 "Royal Warrant in other texts, other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article, a 2024 rendering at www.wikipedia.org"))

# ---- paper, UK and France: Arjo Wiggins (gateway.ipfs.io's snapshot, version of 13 November 2016) -------------------
ARJO = [
 "Arjowiggins is a leading producer of paper products. It was listed on the London Stock Exchange and used to be a "
 "constituent of the FTSE 100 Index but is now owned by Worms & Cie.",
 "The company's origins go back to 1761 when Buckland Mill in Dover in Kent commenced operations.[1]",
 "Meanwhile, in France, in the middle of the 20th century there were four competing paper mills that manufactured "
 "sophisticated paper products with high added value, especially security papers (banknotes, passports, etc.). A "
 "joint merger plan was drawn up in 1954 and led to the formation of the first French paper-manufacturing group: "
 "ARJOMARI. The name of the group came from the first two letters of the names of the paper mills participating in "
 "the merger: Arches, Johannot, Marais, Rives.[2]",
 "In 1890 Buckland Mill was bought by Wiggins Teape[3] a business formed by Edward Wiggins and Henry Teape when they "
 "incorporated their paper milling business some 40 years earlier.[1]",
 "In 1970 the Company was acquired by BAT Industries[1] who went on to acquire Appleton Papers of the US in 1978.[1] "
 "The business expanded rapidly in the 1980s as it exploited the market in carbonless paper. In 1989 the UK and US "
 "paper businesses were demerged from BAT Industries and integrated to form Wiggins Teape Appleton.[1] In 1991 it "
 "merged with Arjomari-Prioux of France to form Arjowiggins Appleton.[1] Its distribution business was demerged in "
 "2000 as Antalis.[4]",
 "It was acquired by Worms & Cie in 2000.[5]"]
KEPT["wp-arjo-wiggins"] = ("arjo-wiggins-ipfs.txt", _pieces(ARJO))
R.append(wp("wp-arjo-wiggins", "Arjo Wiggins",
 "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Arjo_Wiggins.html", _text(ARJO),
 "manufacturing/paper", ["history", "founding", "acquisition", "ownership", "merger"],
 "The article as the IPFS snapshot of English Wikipedia holds it (gateway.ipfs.io, the snapshot's own last line: "
 "'This article is issued from Wikipedia - version of the 11/13/2016. The text is available under the Creative "
 "Commons Attribution/Share Alike but additional terms may apply for the media files.'; a revision of 13 November "
 "2016; no revision id held). Cut: the title line 'Arjo Wiggins'; the infobox lines ('Arjowiggins', 'Private', "
 "'Industry Paper', 'Founded 1761', 'Headquarters Paris, France', 'Website www.arjowiggins.com', so Paris is not in "
 "the text); the headings 'History', 'References' and 'External links' (empty in the snapshot); the snapshot's "
 "licence line (quoted above); citation markers ('[1]' to '[5]'; 'Wiggins Teape[3] a business' becomes 'Wiggins "
 "Teape a business', no comma, as written). The whole article: not `truncated`. Paragraphs joined with blank lines, as "
 "in the copy. No word added or changed. Kept as written: 'It was listed on the London Stock Exchange and used to be a "
 "constituent of the FTSE 100 Index but is now owned by Worms & Cie.', 'The company's origins go back to 1761 when "
 "Buckland Mill in Dover in Kent commenced operations.', 'the first French paper-manufacturing group: ARJOMARI.' (in "
 "capitals), 'the paper mills participating in the merger: Arches, Johannot, Marais, Rives.', 'In 1890 Buckland Mill "
 "was bought by Wiggins Teape a business formed by Edward Wiggins and Henry Teape when they incorporated their paper "
 "milling business some 40 years earlier.', 'In 1970 the Company was acquired by BAT Industries who went on to acquire "
 "Appleton Papers of the US in 1978.' (the capital 'Company'), 'In 1991 it merged with Arjomari-Prioux of France to "
 "form Arjowiggins Appleton.' ('Arjowiggins' in one word here and in the lead), 'It was acquired by Worms & Cie in "
 "2000.'. " + TYPED + "244 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a 2016 revision, "
 "before Wikimedia's June 2023 move to 4.0). Found at rank 1 of the query 'Wiggins Teape British paper company history "
 "founded chairman British American Tobacco acquired Arjomari Wikipedia' (Wiggins Teape: a name with no corpus hit, "
 "searched for this lane's Britain); piglix.com's copy of the same article (rank 5: the words 'listed on the and used "
 "to be', the link text lost; the IPFS copy taken), Grace's Guide (ranks 2 and 6, no open licence taken), "
 "wigginsteapepensioners.net (rank 3, a pensioners' site), paper.naa.gov.au (rank 4, an archive's comment), "
 "fundinguniverse.com (rank 7, a reference-book history, 'Chairman Ken Minton') and a pensioners' noticeboard (rank 8) "
 "not used. Arjo Wiggins, Arjowiggins, Wiggins Teape, Teape, Edward Wiggins, Arjomari, Prioux, Johannot, Buckland "
 "Mill, Antalis, Worms & Cie: " + CHECKED + " (Appleton Papers stands in train "
 "us-doj-atr-kanzaki-paper-mitsubishi-paper-mills-executives-kurachi-kurushima-tano-fax-paper-indictments-1996 and "
 "batch 54za, the fax paper cartel, another matter; BAT Industries in train wp-eagle-star-insurance and batch 63c, "
 "Eagle Star's matter; the London Stock Exchange, France, Kent and Dover in other texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, version of 13 November 2016, via the IPFS snapshot"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


def verify():
    """Each kept paragraph (or piece) must occur in the saved excerpt, markers dropped and whitespace runs compared as
    one space; returns problems."""
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
