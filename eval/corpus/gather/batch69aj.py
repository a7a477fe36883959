#!/usr/bin/env python3
"""Batch 69aj (session 63; gatherer lane 69aj): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69ac, kept to three early American film companies new to the corpus: the Kalem Company, the film studio
founded in New York City in 1907 by George Kleine, Samuel Long and Frank J. Marion (two of them from Biograph
Studios), a member of the Motion Picture Patents Company, whose president became Sidney Olcott, lured from Biograph
(film production, US); the Lubin Manufacturing Company, the motion picture production company formed in 1902 and
incorporated in 1909 in Philadelphia by Siegmund Lubin, with its publicity manager Hugh Antoine d'Arcy and its studio
'Lubinville' of 1910 (film production, US); and the Thanhouser Company (later the Thanhouser Film Corporation), the
motion picture studio founded in 1909 by Edwin Thanhouser in New Rochelle, New York, whose studio building burned on
January 13, 1913 (film production, US). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt
(`search`, corpus `pages`; never a whole page): piglix.com's free copies of 'Kalem Company' (filed under
'Kalem_Studios') and of 'Lubin Manufacturing Company' and reference.com's copy of 'Thanhouser Company' (older
revisions, recorded 3.0); each cut at a sentence end before the sentence its excerpt breaks off in, or at the
excerpt's end (`truncated`: each article goes on). Edits per item in `notes` (a title line cut; paragraphs joined
with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather69aj/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e-69ac did. No text tells an outage; one tells a near-miss (Thanhouser's 'the studio building
burned to the ground', a fire at a building, no service stopped). newskg (or any extractor) was not run on any text.
A round of three: six queries, three answered with English Wikipedia text on a company not yet in the corpus and were
taken (round notes, /tmp/gather69aj/NOTES.md; queries, /tmp/gather69aj/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch69aj.py [POOL_DIR] [--dry]   (default /tmp/gather69aj/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69aj/pool"
SRC = "/tmp/gather69aj/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-63 pools "
           "(/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt, and hits in GATHERING.md only in its lists of "
           "leads and names checked, as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, US: Kalem Company (piglix.com's copy, filed under 'Kalem_Studios') -----------------------------
KA = [
 "The Kalem Company was an American film studio founded in New York City in 1907 by George Kleine, Samuel Long, and "
 "Frank J. Marion. The company was named for their initials K, L, and M.",
 "The company immediately joined other studios in the Motion Picture Patents Company that held a monopoly on "
 "production and distribution. Frank Marion had been the sales manager at Biograph Studios and Samuel Long was the "
 "manager of the Biograph production facility at Hoboken, New Jersey. Needing to raise more capital, the two "
 "experienced filmmakers approached Chicago businessman George Kleine to come in as a partner. Kleine, already a "
 "successful film distributor, was involved only a short time but it was a profitable investment for him as his "
 "partners were soon successful enough to buy out his shares at a considerable premium.",
 "The company began operations from a small office in a loft building at 131 West 24th Street in New York City. The "
 "partners were able to lure general manager and director Sidney Olcott away from Biograph who eventually became the "
 "Kalem Company's president and was rewarded with one share of its stock. Kalem had no indoor studios, so most of its "
 "films were shot on location. In February 1907, the company made its first motion picture, titled The Sleigh Belle. "
 "While Kalem scored success after success in their first year, the rate of production at the once-powerful Biograph "
 "stagnated, hampered by the loss of important personnel.",
 "Under the direction of Sidney Olcott, Kalem made a number of significant films, including the first adaptation of "
 "Ben Hur and the following year, Dr. Jekyll and Mr. Hyde. In 1910 Olcott gave actress Alice Joyce her first acting "
 "job in his production of The Deacon's Daughter."]
KEPT["wp-kalem-company"] = ("kalem.txt", KA)
R.append(wp("wp-kalem-company", "Kalem Company", "http://piglix.com/piglix/Kalem_Studios", "\n\n".join(KA),
 "film production", ["history", "founding", "founders", "executives"],
 "The article as piglix.com's copy holds it in the page store (filed under 'Kalem_Studios', a redirect's name; no date "
 "or revision id held; an older revision, recorded 3.0 as batch 61e recorded piglix.com's copies). The excerpt has "
 "no title line, infobox lines, headings or citation markers; it ends at the end of a sentence ('... in his production "
 "of The Deacon's Daughter.'), kept whole; the article goes on (`truncated`). No word added or changed. Kept as "
 "written: 'founded in New York City in 1907 by George Kleine, Samuel Long, and Frank J. Marion', 'named for their "
 "initials K, L, and M', 'joined other studios in the Motion Picture Patents Company that held a monopoly', 'Frank "
 "Marion had been the sales manager at Biograph Studios and Samuel Long was the manager of the Biograph production "
 "facility at Hoboken, New Jersey', 'approached Chicago businessman George Kleine to come in as a partner', 'his "
 "partners were soon successful enough to buy out his shares', 'a loft building at 131 West 24th Street', 'lure "
 "general manager and director Sidney Olcott away from Biograph who eventually became the Kalem Company's president' "
 "(no comma), 'In February 1907', 'the once-powerful Biograph', 'the first adaptation of Ben Hur and the following "
 "year, Dr. Jekyll and Mr. Hyde', 'In 1910 Olcott gave actress Alice Joyce her first acting job'. 289 words. No "
 "outage and no near-miss of one told. Found at rank 3 of the query 'Kalem Company American film studio founded 1907 "
 "George Kleine Samuel Long Frank J. Marion' (Kalem Company a name of round 69ac's leads); usnook.com (rank 1; the "
 "same words under the site's own copyright line '\u00a92012-2014 Bywoon', shorter), de.knowledgr.com and "
 "fr.knowledger.de (ranks 2, 8; machine translations), travsd.wordpress.com and medium.com (ranks 4, 5; blogs), "
 "image.absoluteastronomy.com (rank 6; the words with glosses run in) and de.zxc.wiki (rank 7; a translation of the "
 "German article) not used. Kalem, Sidney Olcott, Frank J. Marion, Motion Picture Patents, Biograph Studios: " + CHECKED +
 " ('Samuel Long' a name in test wp-bickfords-restaurant, another man of another matter; 'Kleine' only as a German "
 "word or another name; 'New York City', 'Chicago' and 'Hoboken' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- film production, US: Lubin Manufacturing Company (piglix.com's copy) --------------------------------------------
LU = [
 "The Lubin Manufacturing Company, was an American motion picture production company that produced silent films from "
 "1896 to 1916. Lubin films were distributed with a Liberty Bell trademark.",
 "The Lubin Manufacturing Company was formed in 1902 and incorporated in 1909 in Philadelphia, Pennsylvania by "
 "Siegmund Lubin. The company was the offspring of Lubin's film equipment and film distribution and production "
 "business, which began in 1896.",
 "Siegmund Lubin, a Jewish immigrant from Poland, was originally an optical and photography expert in Philadelphia but "
 "became intrigued with Thomas Edison's motion picture camera and saw the potential in selling similar such equipment "
 "as well as the making of films. Known as \"Pop\" Lubin, he constructed his own combined camera/projector he called "
 "a \"Cineograph\" and his lower price and marketing know-how brought reasonable success. In 1897 Lubin began making "
 "films for commercial release. Certain his business could prosper, the following year he rented low-cost space on "
 "the roof of a building in Philadelphia's business district. He exhibited his new equipment at the 1899 National "
 "Export Exposition in Philadelphia and the 1901 Pan-American Exposition in Buffalo, New York.",
 "The insatiable appetite of the American public for motion picture entertainment saw Lubin's film company undergo "
 "enormous growth. Aided by French-born writer and poet Hugh Antoine d'Arcy, who served as the studio's publicity "
 "manager, in 1910 Siegmund Lubin built a state of the art studio on the corner of Indiana avenue and Twentieth "
 "Street in Philadelphia that became known as \"Lubinville.\" At the time, it was one of the most modern studios in "
 "the world, complete with a huge artificially lit stage, editing rooms, laboratories, and workshops. The facility "
 "allowed several film productions to be undertaken simultaneously."]
KEPT["wp-lubin-manufacturing-company"] = ("lubin.txt", LU)
R.append(wp("wp-lubin-manufacturing-company", "Lubin Manufacturing Company",
 "http://piglix.com/piglix/Lubin_Manufacturing_Company", "\n\n".join(LU),
 "film production", ["history", "founding", "founders", "executives", "locations"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; an older revision, "
 "recorded 3.0 as batch 61e recorded piglix.com's copies). The excerpt has no title line, infobox lines, headings or "
 "citation markers; cut after '... The facility allowed several film productions to be undertaken simultaneously.', "
 "before the sentence the excerpt breaks off in ('The Lubin Manufacturing Company expanded production beyond "
 "Philadelphia, with facilities at 750 Riverside Avenue in Jacksonville, Florida, Los Angeles, and the'; `truncated`; "
 "a cut inside a paragraph). No word added or changed. Kept as written: 'The Lubin Manufacturing Company, was an "
 "American motion picture production company' (the stray comma), 'from 1896 to 1916', 'a Liberty Bell trademark', "
 "'formed in 1902 and incorporated in 1909 in Philadelphia, Pennsylvania by Siegmund Lubin', 'the offspring of "
 "Lubin's film equipment and film distribution and production business, which began in 1896', 'Thomas Edison's motion "
 "picture camera', 'selling similar such equipment', 'Known as \"Pop\" Lubin' and 'he called a \"Cineograph\"' "
 "(straight quotes), 'the following year', 'the 1899 National Export Exposition in Philadelphia and the 1901 "
 "Pan-American Exposition in Buffalo, New York', 'French-born writer and poet Hugh Antoine d'Arcy, who served as the "
 "studio's publicity manager', 'a state of the art studio on the corner of Indiana avenue and Twentieth Street' "
 "(lower-case 'avenue'), 'known as \"Lubinville.\"' (the full stop inside the quotes). 280 words. No outage and no "
 "near-miss of one told. Found at rank 1 of the query 'Lubin Manufacturing Company Siegmund Lubin Philadelphia film "
 "studio Betzwood history' (Lubin Manufacturing Company a name of round 69ac's leads); paheritage.wpengine.com "
 "(ranks 2, 3; a magazine feature), keystonewayfarer.com (rank 4; a blog), explorepahistory.com (ranks 5, 7; a "
 "historical marker's essay), faculty.mc3.edu and library.mc3.edu (ranks 6, 8; a college's timeline and profile) "
 "not used. Lubin, Lubinville, Cineograph: " + CHECKED + " ('d'Arcy' a name in train wp-bank-of-new-south-wales, "
 "another man; 'Philadelphia' and 'Thomas Edison' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- film production, US: Thanhouser Company (reference.com's copy) ---------------------------------------------------
TH = [
 "The Thanhouser Company (later the Thanhouser Film Corporation) was a motion picture studio founded in 1909 by Edwin "
 "Thanhouser (November 11, 1865 - March 21, 1956). Thanhouser had become relatively wealthy managing the Academy of "
 "Music Theater in Wisconsin, decided to venture into the motion picture business. At the time the industry was in its "
 "infancy and was centered in New York City and the surrounding area. Thanhouser opened his studio in New Rochelle, "
 "New York which was considered to be the fashionable place for Broadway producers, successful actors and actresses, "
 "and others in the entertainment business to live.",
 "In 1909, a dozen or more people, including Gertrude Thanhouser and Lloyd Lonergan, were assembled under the name of "
 "the Thanhouser Company. The first film, The Actor's Children, was released on March 15th of 1910. Like the films of "
 "other manufacturers of the time, it was one reel and approximately twelve minutes in viewing time.",
 "Edwin Thanhouser's stage management experience helped create pictures which that were immediately recognized for "
 "their story content, photography and artistic quality. The city of New Rochelle was enthusiastic about its most "
 "famous resident, and the New Rochelle Fire Department established a policy that as soon as an alarm was registered, "
 "a call would be made to the Thanhouser studio, so that a film crew could be on the scene! Similarly, the courtroom "
 "in New Rochelle was made available to the Thanhouser people, and numerous dramas were shot there in days in which "
 "the court was not in session. The main commercial district of New Rochelle furnished the backdrop for countless "
 "pictures, as did the residential areas.",
 "On January 13, 1913, the studio building burned to the ground. Fortunately, the valuable negatives were saved, and "
 "no one was injured. This event became the scenario for one of Thanhouser's most notable productions,When the Studio "
 "Burned."]
KEPT["wp-thanhouser-company"] = ("thanhouser.txt", TH)
R.append(wp("wp-thanhouser-company", "Thanhouser Company",
 "http://www.reference.com/browse/wiki/Thanhouser_Company", "\n\n".join(TH),
 "film production", ["history", "founding", "founders", "locations"],
 "The article as reference.com's copy holds it in the page store (reference.com/browse/wiki, a dictionary site that "
 "showed Wikipedia articles, as batch 38g recorded its copies; no date or revision id held; an older revision, "
 "recorded 3.0; reference.com's own terms not looked for). Cut: the title line 'Thanhouser Company'; the copy's "
 "excerpt has no infobox lines, headings or citation markers; cut after '... one of Thanhouser's most notable "
 "productions,When the Studio Burned.', before the sentence the excerpt breaks off in ('Before long, premises on Main "
 "Street were secured and by 1'; `truncated`; a cut inside a paragraph), so 'Main Street' is not in the text. No "
 "word added or changed. Kept as written: '(later the Thanhouser Film Corporation)', 'Edwin Thanhouser (November 11, "
 "1865 - March 21, 1956)' (a spaced hyphen), 'Thanhouser had become relatively wealthy managing the Academy of Music "
 "Theater in Wisconsin, decided to venture' (as written), 'New Rochelle, New York which was considered' (no comma), "
 "'Broadway producers', 'including Gertrude Thanhouser and Lloyd Lonergan, were assembled under the name of the "
 "Thanhouser Company', 'released on March 15th of 1910', 'pictures which that were' (both words), 'the New Rochelle "
 "Fire Department established a policy', 'so that a film crew could be on the scene!', 'On January 13, 1913, the "
 "studio building burned to the ground', 'productions,When the Studio Burned.' (no space after the comma). 307 words. "
 "No outage told; a near-miss: the studio building that 'burned to the ground' (a fire at a building, no service "
 "stopped; GUIDELINES, Outages). Found at rank 5 of the query 'Thanhouser Company film studio New Rochelle Edwin "
 "Thanhouser founded 1909' (Thanhouser Company a name of round 69ac's leads); thanhouser.org (ranks 1, 2, 4, 6; the "
 "preservation society's copyrighted narrative), a page without an address (rank 3; the same words, no site to "
 "record), zalansite.site (rank 7; raw template markup) and docslib.org (rank 8; a documentary's summary) not used. "
 "Thanhouser, Lonergan, New Rochelle: " + CHECKED + " ('New York City' and 'Wisconsin' in texts on other matters).",
 "US", v3=True, copy_of="the Wikipedia article, as reference.com showed an older revision"))


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
