#!/usr/bin/env python3
"""Batch 69ac (session 63; gatherer lane 69ac): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69x, kept to a British film studio, an American film studio and a British electronics maker, new to the
corpus: Ealing Studios, the studio and production company at Ealing Green in West London, whose site Will Barker
bought in 1902, built in 1931 by Associated Talking Pictures Ltd (founded by Basil Dean, joined in its management by
Stephen Courtauld and Reginald Baker), led from 1938 by Michael Balcon, taken over by the Rank Organisation in 1944
and owned by the BBC from 1955 until 1995 (film production, UK); the Selig Polyscope Company, the motion picture
company founded in 1896 by William Selig in Chicago, with its first stars, its Edendale studio, its first film made
with help from Union Metal Works and Andrew Schustek and its client Armour and Company (film production, US); and the
Plessey Company plc, the electronics, defence and telecommunications company founded in 1917 in Marylebone, with its
original shareholders, its Managing Director and Chairman William Oscar Heyne, its early customer British Electro
Chemists and its 1989 takeover by a consortium formed by GEC and Siemens (electronics/telecommunications, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Ealing Studios' (recent), en.wikipedia.org's own '= Title ='
rendering of 'Selig Polyscope Company' (recent) and the-uncensored-wiki.com's copy of 'Plessey' (a Kiwix dump of
English Wikipedia of January 2012, an older revision); each cut at a sentence end before the sentence its excerpt
breaks off in (`truncated`). Edits per item in `notes` (title lines, infobox lines, the line 'Contents |' and
section headings cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69ac/src), the markers ('[1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-68f did. No text tells an outage; none tells a
near-miss of one beyond business matters (Selig Polyscope 'Ending film production in 1918'; its amusement park and zoo
'went into decline during the Great Depression'; Plessey 'taken over ... which broke up the Plessey group'). newskg
(or any extractor) was not run on any text. A round of three: eight queries, three answered with English Wikipedia
text on a company not yet in the corpus and were taken (round notes, /tmp/gather69ac/NOTES.md; queries,
/tmp/gather69ac/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69ac.py [POOL_DIR] [--dry]   (default /tmp/gather69ac/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ac/pool"
SRC = "/tmp/gather69ac/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-63 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, UK: Ealing Studios (en.wikipedia.org's '= Title =' rendering, recent) -----------------------
EA = [
 "Ealing Studios is a television and film production company and facilities provider at Ealing Green in West London, "
 "England. Will Barker bought the White Lodge on Ealing Green in 1902 as a base for film making, and films have been "
 "made on the site ever since. It is the oldest continuously working studio facility for film production in the "
 "world, and the current stages were opened for the use of sound in 1931.",
 "It is best known for a series of classic films produced in the post-World War II years, including Saraband for "
 "Dead Lovers (1948), Kind Hearts and Coronets (1949), Passport to Pimlico (1949), The Lavender Hill Mob (1951), and "
 "The Ladykillers (1955). The BBC owned and filmed at the Studios for forty years from 1955 until 1995.",
 "Since 2000, Ealing Studios has resumed releasing films under its own name, including the revived St Trinian's "
 "franchise. In more recent times, films shot there include The Importance of Being Earnest (2002) and Shaun of the "
 "Dead (2004), as well as The Theory of Everything (2014), The Imitation Game (2014), Burnt (2015) and Devs (2020). "
 "Interior scenes of the British period drama television series Downton Abbey were shot in Stage 2 of the studios. "
 "The Met Film School London operates on the site.",
 "The site was first occupied by Will Barker Studios from 1902. From 1929, it was acquired by theatre producer Basil "
 "Dean, who founded Associated Talking Pictures Ltd. He was joined on the management level by Stephen Courtauld and "
 "Reginald Baker. In 1931, they built Ealing Studios, transferring all production there in December of that year. "
 "When Dean left in 1938 to be replaced by Michael Balcon from MGM, about 60 films had been made at the studios. "
 "Balcon discontinued the ATP name and began to issue films under the Ealing Studios name. In 1944, the company was "
 "taken over by the Rank Organisation."]
KEPT["wp-ealing-studios"] = ("ealing.txt", EA)
R.append(wp("wp-ealing-studios", "Ealing Studios", "https://en.wikipedia.org/wiki/Ealing_Studios",
 "\n\n".join(EA),
 "film production", ["history", "founding", "executives", "acquisition", "ownership"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent) holds it in the page store (no "
 "revision id held; recorded 4.0; its own words 'Devs (2020)' date it after 2020). Cut: the title line '= Ealing "
 "Studios =', the section headings '== History ==' and '=== Film studios (1902\u20131955) ==='; cut after '... In "
 "1944, the company was taken over by the Rank Organisation.', before the paragraph the excerpt breaks off in ('In "
 "the 1930s and 1940s, the facility as ATP and then Ealing Studios produced many c'; `truncated`). The rendering has "
 "no infobox lines and no citation markers. No word added or changed. Kept as written: 'a television and film "
 "production company and facilities provider at Ealing Green in West London, England', 'Will Barker bought the White "
 "Lodge on Ealing Green in 1902', 'the post-World War II years', the film titles with their years in brackets "
 "('Saraband for Dead Lovers (1948)' to 'Devs (2020)'), 'The BBC owned and filmed at the Studios for forty years from "
 "1955 until 1995', 'the revived St Trinian's franchise', 'The Met Film School London operates on the site', 'From "
 "1929, it was acquired by theatre producer Basil Dean, who founded Associated Talking Pictures Ltd.', 'He was joined "
 "on the management level by Stephen Courtauld and Reginald Baker', 'transferring all production there in December of "
 "that year', 'When Dean left in 1938 to be replaced by Michael Balcon from MGM', 'Balcon discontinued the ATP name', "
 "'In 1944, the company was taken over by the Rank Organisation'. 315 words. No outage and no near-miss of one told. "
 "Found at rank 3 of the query 'Ealing Studios is a television and film production company and facilities provider "
 "at Ealing Green in West London' (the lead's words; Ealing Studios a name of the leads of batch 68f and of rounds "
 "69f, 69k and 69x); piglix.com (ranks 1, 8; an older free copy of the same matter), cinxe.com (rank 2; raw HTML of "
 "the page), factsnippet.com (rank 4; numbered snippets), theinfolist.com (rank 5; pasted glosses), tvtropes.org "
 "(rank 6; another wiki) and latitude.to (rank 7; a map page with an old lead) not used; an earlier query's pages "
 "(npg.org.uk, snaccooperative.org, a MediaWiki edit form of 'Michael Balcon', pocketmags.com, britishcomedyradio.org, "
 "trantor.is book chapters, vdocuments.site) left: not Wikipedia text or copyrighted. Ealing Studios, Associated "
 "Talking Pictures, Basil Dean, Courtauld, Will Barker, Met Film School: " + CHECKED + " ('Balcon' in test "
 "wp-gainsborough-pictures, a text on another studio he ran before; 'Rank Organisation' and 'MGM' in texts on other "
 "matters).", "non-US"))

# ---- film production, US: Selig Polyscope Company (en.wikipedia.org's '= Title =' rendering, recent) -----------------
SE = [
 "The Selig Polyscope Company was an American motion picture company that was founded in 1896 by William Selig in "
 "Chicago, Illinois. The company produced hundreds of early, widely distributed commercial moving pictures, including "
 "the first films starring Tom Mix, Harold Lloyd, Colleen Moore, and Roscoe \"Fatty\" Arbuckle. Selig Polyscope also "
 "established Southern California's first permanent movie studio, in the historic Edendale district of Los Angeles.",
 "Ending film production in 1918, the business, which had become known for its film production animals, became an "
 "animal and prop supplier to other studios and a zoo and amusement park attraction in East Los Angeles (Lincoln "
 "Heights). The amusement park and zoo went into decline during the Great Depression in the 1930s.",
 "In 1947, William Selig and several other early movie producers and directors shared a special Academy Honorary "
 "Award to acknowledge their role in building the film industry.",
 "William Selig initially worked as a Vaudeville magician in the Midwest and then a minstrel show operator on the "
 "west coast in California. Returning to Chicago, Chicago, he entered the film business using his own photographic "
 "equipment, free from the patent restrictions that were imposed through companies controlled by Thomas Edison. In "
 "1896, with help from Union Metal Works and Andrew Schustek, he shot his first film, The Tramp and the Dog.",
 "He then went on to successfully produce local actualities, slapstick comedies, early travelogues and industrial "
 "films (a major client was Armour and Company)."]
KEPT["wp-selig-polyscope-company"] = ("selig.txt", SE)
R.append(wp("wp-selig-polyscope-company", "Selig Polyscope Company",
 "https://en.wikipedia.org/wiki/Selig_Polyscope_Company", "\n\n".join(SE),
 "film production", ["history", "founding", "founders", "locations", "people"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent) holds it in the page store (no "
 "revision id held; recorded 4.0). Cut: the title line '= Selig Polyscope Company =', the infobox lines ('Selig "
 "Polyscope Company' to '- Owner: William Selig'), so the infobox's 'Foundation: 1896', 'Defunct: 1918' and 'Owner: "
 "William Selig' are not in the text, the section heading '==History=='; cut after '... industrial films (a major "
 "client was Armour and Company).', before the sentence the excerpt breaks off in ('In 1908, Selig Polyscope was "
 "involved in the production of The Fairylogue and Radio-Plays, a touring'; `truncated`; a cut inside a paragraph). "
 "The rendering has no citation markers. No word added or changed. Kept as written: 'founded in 1896 by William Selig "
 "in Chicago, Illinois', 'Roscoe \"Fatty\" Arbuckle' (straight quotes), 'Southern California's first permanent movie "
 "studio, in the historic Edendale district of Los Angeles', 'Ending film production in 1918, the business ... became "
 "an animal and prop supplier to other studios', 'East Los Angeles (Lincoln Heights)', 'a special Academy Honorary "
 "Award', 'a Vaudeville magician' (capital V), 'Returning to Chicago, Chicago,' (the article's own doubled name), "
 "'companies controlled by Thomas Edison', 'with help from Union Metal Works and Andrew Schustek', '(a major client "
 "was Armour and Company)'. 240 words. No outage told; near-misses: 'Ending film production in 1918' and the park and "
 "zoo that 'went into decline during the Great Depression' (business ends). Found at rank 6 of the query 'Selig "
 "Polyscope Company William Selig film studio Chicago founded' (a company of the film lane beside batch 68f's "
 "Essanay); wikivisually.com (rank 1; the lead with image captions run in), a railway.app page (rank 2; 'Fact-checked "
 "by Grok', generated), victorian-cinema.net (rank 3; a reference site's essay), chicagonitrate.com (rank 4), "
 "filmalliancenw.org (rank 5) and classicmoviehub.com (rank 7; blogs) not used; William Selig's own article (rank 8) "
 "left: a person's article, the company's own preferred. Selig Polyscope, Union Metal Works, Schustek: " + CHECKED + " ('Selig' alone only in a text on another matter, a person of that name; "
 "'Edendale' in train wp-keystone-studios, a text on another studio there; 'Chicago', 'Thomas Edison' and 'Harold "
 "Lloyd' in texts on other matters or nowhere).", "US"))

# ---- electronics/telecommunications, UK: Plessey (the-uncensored-wiki.com's copy, January 2012 dump) -----------------
PL = [
 "The Plessey Company plc was a British-based international electronics, defence and telecommunications company. It "
 "originated in 1917, growing and diversifying into electronics. It expanded after the second world war by "
 "acquisition of companies and formed overseas companies. It was listed on the London Stock Exchange and was a "
 "constituent of the FTSE 100 Index but in 1989 it was taken over by a consortium formed by GEC and Siemens which "
 "broke up the Plessey group.",
 "The Plessey company was founded in 1917 in Marylebone, central London. The original shareholders were Thomas Hurst "
 "Hodgson, C.H. Whitaker, Raymond Parker and his brother Plessey Parker. A talented German engineer, William Oscar "
 "Heyne was employed by the company. Heyne later became the Managing Director and Chairman of Plessey and was one of "
 "the key figures in the development of Plessey during the 1920s and 30s. The company moved to Cottenham Road in "
 "Ilford early in 1919 (and then to Vicarage Lane where it remained). In 1925 the original company was wound up and a "
 "new one formed with a greater share capital. Most of the early work carried out by the company was mechanical "
 "engineering rather than electronics.",
 "An early customer of Plessey was a galvanising company called British Electro Chemists. One of that company's "
 "shareholders was Byron G. Clark, an American, who was also a business associate of T.H. Hodgson, one of the founders "
 "of Plessey. The Clark family would eventually dominate the management of Plessey for most of its history."]
KEPT["wp-plessey"] = ("plessey.txt", PL)
R.append(wp("wp-plessey", "Plessey",
 "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Plessey.html", "\n\n".join(PL),
 "electronics/telecommunications", ["history", "founding", "founders", "executives", "acquisition"],
 "The article as the-uncensored-wiki.com:20121 (a site serving the Kiwix dump 'wikipedia_en_all_nopic_01_2012' of "
 "English Wikipedia, January 2012; round 69k used the same site's copy of 'Ocean Software') holds it in the page "
 "store (no revision id held; an older revision, dated by the dump's name: recorded 3.0). Cut: the infobox table "
 "lines ('Former type | Public |' to 'Key people | Sir John Clark (Chairman) |'), so the infobox's 'Successor | GEC "
 "and Siemens AG |', 'Headquarters | Ilford, England |' and 'Key people | Sir John Clark (Chairman) |' are not in "
 "the text (John Clark is in no sentence kept); the line 'Contents |'; the markers '[1]'; cut after '... The Clark "
 "family would eventually dominate the management of Plessey for most of its history.', before the sentence the "
 "excerpt breaks off in ('Byron's son Allen George Clark joined the company in 1921, and went on to become a major "
 "driving force behind the development of Plessey,[1] followed later by his sons John Allen Clark, and Michael "
 "William Clark,[2'; `truncated`; a cut inside a paragraph). No word added or changed. Kept as written: "
 "'British-based international electronics, defence and telecommunications company', 'after the second world war' "
 "(lower case), 'the FTSE 100 Index but in 1989 it was taken over by a consortium formed by GEC and Siemens which "
 "broke up the Plessey group' (no comma), 'The original shareholders were Thomas Hurst Hodgson, C.H. Whitaker, "
 "Raymond Parker and his brother Plessey Parker', 'A talented German engineer, William Oscar Heyne was employed' (no "
 "second comma), 'Heyne later became the Managing Director and Chairman of Plessey', 'during the 1920s and 30s', "
 "'early in 1919 (and then to Vicarage Lane where it remained)', 'In 1925 the original company was wound up', 'An "
 "early customer of Plessey was a galvanising company called British Electro Chemists', 'T.H. Hodgson, one of the "
 "founders of Plessey'. 248 words. No outage and no near-miss of one told (a takeover and a break-up are business "
 "matters). Found at rank 4 of the query 'Plessey Company plc British electronics defence telecommunications GEC "
 "Siemens takeover 1989 chairman' (Plessey a name of the leads of rounds 69r and 69x); piglix.com (rank 1; a free copy "
 "filed under 'GEC Siemens plc', one paragraph shorter), docslib.org (rank 2; a book list), kiwix.casplantje.nl "
 "(rank 3; the October 2018 dump, whose excerpt stops inside its first history paragraph, before the Clark family), "
 "wikipedia2007.classicistranieri.com (rank 5; a 2007 copy whose excerpt tells the takeover bids at length but names "
 "no founder or officer), wikimili.com (rank 6; the current text, its excerpt ending inside the same first history "
 "paragraph), goodnames.eth.limo (rank 7; a copy as piglix's) and techmonitor.ai (rank 8; trade news) not used. "
 "Plessey, Heyne, Hodgson, British Electro Chemists, Byron G. Clark, Cottenham Road: " + CHECKED + " ('Plessey' only "
 "in GATHERING.md's lists of leads and names checked; 'GEC', 'Siemens', 'Ilford' and 'Whitaker' in texts on other "
 "matters).", "non-US", v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com"))


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
