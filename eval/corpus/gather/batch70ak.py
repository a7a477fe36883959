#!/usr/bin/env python3
"""Batch 70ak (session 64; gatherer lane 70ak): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70ae, kept to three American makers outside the motor trade, new to the corpus, the names from the lists
of leads of rounds 70p, 70y and 70ae or found beside them: Admiral, the American appliance brand of the Admiral
Corporation, whose history opens with Ross Siragusa's Continental Radio and Television Corporation of Chicago (1934),
its radios produced by Irwin J Mendels' Radio Products Corporation and the two consolidated as the Admiral Corporation
(consumer electronics and appliances, US); Oliver Winchester, the New Haven clothing manufacturer whose investment in
the Volcanic Repeating Arms Company (1850) became the New Haven Arms Company and the Winchester Repeating Arms Company
(1866), with Benjamin Henry's Henry rifle (firearms, US); and Ignaz Schwinn, who co-founded Arnold, Schwinn, and Company
in Chicago with Adolph Arnold by 1895, bought Arnold's interest in 1908 and was succeeded by his son Frank, the company
renamed the Schwinn Bicycle Company (bicycles, US). English Wikipedia text (CC BY-SA), each the search tool's
page-store excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's '= Title =' rendering of
'Admiral (electrical appliances)' (a revision after 2023, undated), fact-archive.com's copy of 'Oliver Winchester' (an
early revision, about 2005) and review.clateway.com's Wikipedia viewer's copy of 'Ignaz Schwinn' (undated). Edits per
item in `notes` (title and site lines, infobox lines, a heading, citation markers and a trailing broken sentence cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather70ak/src), the markers dropped and whitespace runs compared as one space, as batches
55e-70ae did. No text tells an outage or a near-miss of one (a consolidation, a renaming, a reorganization, a bought
interest and a succession are business events). newskg (or any extractor) was not run on any text. A round of three:
five queries, three answered with English Wikipedia text on a subject not yet in the corpus and were taken (round
notes /tmp/gather70ak/NOTES.md; queries, /tmp/gather70ak/src/queries.txt; claims in
/work/notes/gather70/CLAIMS.txt).
usage: batch70ak.py [POOL_DIR] [--dry]   (default /tmp/gather70ak/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ak/pool"
SRC = "/tmp/gather70ak/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- consumer electronics and appliances, US: Admiral (en.wikipedia.org's '= Title =' rendering) ----------------------
AD = [
 "Admiral is an American appliance brand that is currently marketed by Whirlpool Corporation and sold exclusively at "
 "The Home Depot.",
 "In 1934 in Chicago, Illinois, Ross Siragusa founded Continental Radio and Television Corporation (CRTC), which "
 "produced consumer electronics such as radios and phonographs. The radios were designed and produced by Radio "
 "Products Corporation (RPC), owned by Irwin J Mendels. During World War II, the US wanted to supply Lend Lease to "
 "England and the government would not buy from a sales company (CRTC). So, CRTC and RPC consolidated. They "
 "considered a wartime name like General, and instead went with another high rank name, Admiral Corporation.",
 "Throughout the war, Admiral grew and won the Army-Navy \"E\" Award for Excellence in production.",
 "With annual sales totaling $2 million, Admiral's products ranged from electronic equipment used by the U.S. "
 "military in World War II to consumer televisions. In 1950, Admiral was selling: a line of seven TV sets, with four "
 "models having a 12.5 in tube size, at prices between $179.95 and $379.95 (equivalent to $ to $ today); a 16 in "
 "model retailing at $299.95 ($3,187); and two 19 in models (priced at $495 and $695, equivalent to $ and $). During "
 "this era, their success in television sales allowed them to diversify into other major appliances, including "
 "refrigerators.",
 "During World War II, Admiral was the weekly sponsor of the CBS Radio Network Sunday news program, with it and World "
 "News Today utilising the promotional slogan \"America's Smart Set.\" Admiral was also one of the first major "
 "advertisers on television, sponsoring Sid Caesar\u2019s Admiral Broadway Revue, Lights Out, Fulton J. Sheen's Life "
 "Is Worth Living, Admiral Presents the Five Star Review - Welcome Aboard and Notre Dame football games. Annual sales "
 "hit $300 million and the company employed approximately 8,500 people by the early 1960s."]
KEPT["wp-admiral-electrical-appliances"] = ("admiral-enwiki.txt", AD)
R.append(wp("wp-admiral-electrical-appliances", "Admiral (electrical appliances)",
 "https://en.wikipedia.org/wiki/Admiral_(electrical_appliances)",
 "\n\n".join(AD),
 "consumer electronics", ["history", "founding", "founder", "supplier", "consolidation", "products", "sponsorship"],
 "The lead of the article and the opening of its history as en.wikipedia.org's '= Title =' rendering holds them in the "
 "page store (undated, no revision id held), recorded 4.0 as batches 65h, 67h, 68q, 70p and 70ae recorded the page "
 "store's en.wikipedia.org renderings. Cut: the title line '= Admiral (electrical appliances) ='; the heading '== "
 "History =='; the trailing broken sentence ('During the Cold War, Admiral additionally manufactured mili', where the "
 "excerpt ends; `truncated`). The rendering prints no infobox and no citation marker in the excerpt. The line break "
 "inside the sentence 'the government would not / buy from a sales company (CRTC).' read as a space (whitespace "
 "only); the line 'Throughout the war, ...' kept as its own paragraph as the excerpt sets it apart. Paragraphs joined "
 "with blank lines. No word added or changed. Kept as written: 'Admiral is an American appliance brand that is "
 "currently marketed by Whirlpool Corporation and sold exclusively at The Home Depot.', 'Radio Products Corporation "
 "(RPC), owned by Irwin J Mendels' (no full stop after the initial), 'the US wanted to supply Lend Lease to England', "
 "'So, CRTC and RPC consolidated.', 'They considered a wartime name like General, and instead went with another high "
 "rank name, Admiral Corporation.', 'the Army-Navy \"E\" Award for Excellence in production', '(equivalent to $ to $ "
 "today)' and '(priced at $495 and $695, equivalent to $ and $)' (the rendering's inflation template printed without "
 "its values), 'a 12.5 in tube size', 'World News Today utilising the promotional slogan \"America's Smart Set.\"' "
 "(British spelling), \"Sid Caesar\u2019s Admiral Broadway Revue\" (a curly apostrophe beside Sheen's straight one), "
 "'Admiral Presents the Five Star Review - Welcome Aboard'. 303 words. No outage and no near-miss of one told (a "
 "consolidation, a war's purchasing rule and sponsorships are business events). Recorded CC BY-SA 4.0 (a revision "
 "after 2023, undated). Found at rank 3 of the query 'Admiral Corporation Wikipedia Ross Siragusa Continental Radio "
 "and Television Rockwell International acquired' (a name of round 70y's and 70ae's leads: 'Names checked with no "
 "hit and not queried ... Admiral Corporation'); analogsoundware.com (a site's own history), triviausa.blogspot.com "
 "(twice: a blog), penarctica.com (a forum page), madeinchicagomuseum.com (a museum's post), "
 "encyclopedia.chicagohistory.org (the Encyclopedia of Chicago, not free) and karlasullivandotcom.wordpress.com (a "
 "blog) not used. Admiral Corp, Siragusa, Continental Radio, Radio Products Corporation: " + CHECKED + " ('Admiral "
 "Corporation' only in GATHERING.md's lists of leads; 'Admiral' alone in other matters: naval ranks and the "
 "Admiralty; 'Mendels' only inside 'Mendelson' in another matter).", "US"))

# ---- firearms, US: Oliver Winchester (fact-archive.com's copy of an early revision) ---------------------------------
OW = [
 "Oliver Fisher Winchester (November 30, 1810 - December 11, 1880) was a famous American businessman and politician. "
 "His main claim to fame was his manufacture and marketing of the Winchester repeating rifle, which was a much "
 "re-designed descendent of the Volcanic rifle of some years earlier. Winchester was a clothing manufacturer in New "
 "York, New York, and New Haven, Connecticut, before investing his money in the Volcanic Repeating Arms Company when "
 "it was founded in 1850. By 1856, Winchester was the principal stockholder in the company and had it move to New "
 "Haven, changing the name to New Haven Arms Company . Winchester hired Benjamin Henry to improve on the Volcanic "
 "repeating rifle, with the result being the Henry repeating rifle . The Company's name was briefly changed to the "
 "New Haven Arms Company and manufactured the Henry rifle during the civil war. After the war Winchester took firm "
 "control over the company, which was reorganized and renamed Winchester Repeating Arms Company in 1866. The first "
 "Winchester rifle was the Model 1866, which was a thorough redesign of the basic Henry rifle, with an improved "
 "magazine system.",
 "Repeating rifles were used to some extent in the Civil War. However, the United States Army at that time did not "
 "use many repeating rifles as it was a new, untested technology and the army would rather spend money on proven "
 "firearms. Repeating rifles were not widely used until after the Civil War, but after the war they were increasingly "
 "popular with civilians, while the military authorities concentrated primarily on perfecting breech-loading single "
 "shot rifles for some years. With thousands of rifles in the hands of the average pioneer, the Winchester repeating "
 "rifles gained a reputation as \"the gun that won the West\"."]
KEPT["wp-oliver-winchester"] = ("winchester-factarchive.txt", OW)
R.append(wp("wp-oliver-winchester", "Oliver Winchester", "http://www.fact-archive.com/encyclopedia/Oliver_Winchester",
 "\n\n".join(OW),
 "firearms", ["history", "investment", "renaming", "reorganization", "products"],
 "The opening of the article as fact-archive.com ('The Online Encyclopedia and Dictionary') holds it in the page "
 "store: a site mirroring English Wikipedia of about 2005, as fact-index.com did (an early revision; undated, no "
 "revision id held), recorded 3.0 as batch 70y recorded its fact-index.com copy. Cut: the site's lines at the "
 "excerpt's head ('Search', 'The Online Encyclopedia and Dictionary', 'Encyclopedia', 'Dictionary', 'Quotes' and "
 "blank runs); the title line 'Oliver Winchester'; the trailing broken sentence ('Winchester was also active in "
 "politics, serving as a New Haven City Commissioner, Republican Preside', where the excerpt ends; `truncated`). The "
 "copy prints no infobox, no heading and no citation marker in the excerpt. Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: '(November 30, 1810 - December 11, 1880)' (a hyphen), 'a much re-designed "
 "descendent of the Volcanic rifle', 'New York, New York, and New Haven, Connecticut', 'changing the name to New Haven "
 "Arms Company .' and 'the Henry repeating rifle .' (a space before each full stop, where the mirror dropped links), "
 "\"The Company's name was briefly changed to the New Haven Arms Company and manufactured the Henry rifle during the "
 "civil war.\" (the early revision's repetition, 'civil war' in lower case), 'After the war Winchester took firm "
 "control over the company, which was reorganized and renamed Winchester Repeating Arms Company in 1866.', 'the gun "
 "that won the West'. 290 words. No outage and no near-miss of one told (an investment, a move, renamings and a "
 "reorganization are business events). Recorded CC BY-SA 3.0 (an early revision, about 2005). Found at rank 5 of the "
 "query 'Winchester Repeating Arms Company Wikipedia Oliver Winchester New Haven Arms Company Olin' (a name found "
 "beside round 70ae's leads of American makers; no Wikipedia copy of the company's own article answered: "
 "wikisum.wiki's sentence summary, mickopedia.org's joke rendering, a diff page through an SEO proxy and de.zxc.wiki's "
 "machine translation from German, with connecticut.news12.com (news), gunpartscorp.com, minutemanuniversity.com, "
 "guns.fandom.com (a fan wiki), macojaton912.amebaownd.com (a spun page), es.stringtranslate.com (Spanish), "
 "britannica.com (not free) and gunsopedia.com not used, across two queries). Oliver Winchester, Volcanic Repeating, "
 "New Haven Arms, Winchester Repeating, Benjamin Henry, Henry rifle, Oliver Fisher: " + CHECKED + " ('Winchester' "
 "alone in other matters: the city of Winchester; 'Volcanic' alone in other matters: volcanic ash).", "US",
 v3=True, copy_of="an early revision of the Wikipedia article, mirrored at fact-archive.com"))

# ---- bicycles, US: Ignaz Schwinn (review.clateway.com's Wikipedia viewer) --------------------------------------------
IS = [
 "Ignaz Schwinn (April 1, 1860 \u2013 August 31, 1948) was a German-American bicycle designer, who co-founded, and "
 "eventually owned, the Schwinn Bicycle Company.",
 "He was born in the town of Hardheim, Grand Duchy of Baden, in 1860. In his early years, he completed a mechanical "
 "apprenticeship, then he became an itinerant bicycle repairman. Schwinn reportedly had a dispute with an early "
 "partner in Germany over brake designs and sought his fortune abroad. He arrived in Chicago in 1891 and, by 1895 had "
 "teamed with German immigrant Adolph Arnold to found Arnold, Schwinn, and Company. In 1908, Schwinn bought Arnold's "
 "interest, becoming sole owner. Ignaz Schwinn maintained the original company name and ran operations through World "
 "War II. After this his son Frank succeeded him, the name was changed to the Schwinn Bicycle Company, and the "
 "corporation grew to have a nationwide market.",
 "Ignaz Schwinn died of a stroke in Chicago on August 31, 1948, and was buried at Rosehill Cemetery."]
KEPT["wp-ignaz-schwinn"] = ("schwinn-clateway.txt", IS)
R.append(wp("wp-ignaz-schwinn", "Ignaz Schwinn",
 "https://review.clateway.com/wiki/view_html.php?q=Ignaz_Schwinn",
 "\n\n".join(IS),
 "bicycles", ["history", "founding", "cofounders", "ownership", "succession", "renaming"],
 "The article as review.clateway.com's Wikipedia viewer (view_html.php) holds it in the page store: a copy of a "
 "Wikipedia revision, undated, no revision id held, recorded 3.0 as earlier batches recorded this viewer's copies "
 "(Taobao, Air Inter; the site's terms not found in the page store). The excerpt seems to hold the whole short "
 "article (it ends at its burial sentence; `truncated` kept true, as the page store's excerpts are never whole pages). "
 "Cut: the infobox lines at the excerpt's head ('Ignaz Schwinn | |', '---|---|', 'Born | |', 'Died | August 31, 1948 "
 "Chicago, Illinois | (aged 88)', 'Burial place | Rosehill Cemetery |'); the citation markers '[1]' (twice), '[2]', "
 "'[3]', '[4]', '[5]' and '[6]'. The copy prints no title line and no heading. Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: '(April 1, 1860 \u2013 August 31, 1948)' (an en dash), 'who co-founded, and "
 "eventually owned, the Schwinn Bicycle Company.', 'He arrived in Chicago in 1891 and, by 1895 had teamed with German "
 "immigrant Adolph Arnold to found Arnold, Schwinn, and Company.' (the comma after 'and', none after '1895'), \"In "
 "1908, Schwinn bought Arnold's interest, becoming sole owner.\", 'After this his son Frank succeeded him, the name "
 "was changed to the Schwinn Bicycle Company'. 160 words. No outage and no near-miss of one told (a bought interest, "
 "a succession and a renaming are business events; a stroke is a death). Found at rank 6 of the query 'Arnold, Schwinn "
 "& Company Wikipedia Ignaz Schwinn Adolph Arnold Chicago 1895 Excelsior-Henderson acquired' (a name of round 70y's "
 "leads: 'Names with no Wikipedia copy found in this round: ... Schwinn ... a query ... on Arnold, Schwinn & Company's "
 "Excelsior-Henderson, might reach a copy'); hsecus.com (a blog teaser), encyclopedia.chicagohistory.org (twice: the "
 "Encyclopedia of Chicago, not free), gamhof.org (a hall of fame's page), everything2.com (a user essay), "
 "schwinnred.wordpress.com (a blog) and manualshelf.com (a user manual's history page) not used. Schwinn, Ignaz, "
 "Adolph Arnold, Hardheim, Rosehill: " + CHECKED + " ('Schwinn' only in GATHERING.md's lists of leads).", "US",
 v3=True, copy_of="the Wikipedia article, via review.clateway.com's Wikipedia viewer"))


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
