#!/usr/bin/env python3
"""Batch 68aa gold annotations (session 62; the texts of batch68aa.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68t; batch10_annotate.write_parts), so with three texts: test (wp-huntley-and-palmers),
train (wp-koolhoven), dev (wp-salmson). All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'May 1940' -> a month; years -> years ('1910' and '1913' of '1910-1913', '1858' and '1917' of
'(1858-1917)' each a year; '2006' twice in one sentence, listed once); 'the 1960s' -> nothing (a decade, no calendar
value of the gold format's forms; doubtful); 'the postwar years', 'four years', 'At this time', 'World War I', 'World
War II', 'the Blitzkrieg' -> nothing (periods, durations and wars). No text tells an outage or a near-miss of one, so
every `outages` list is empty. Round notes /tmp/gather68aa/NOTES.md; claims /work/notes/gather68/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68t): 'founded in 1822 by A as X', 'established by A',
'a firm ... founded by his younger son, also called Joseph' with one person named -> founder (GUIDELINES, Roles,
'Founders'), current true (the founding stays a fact, as batches 62h, 68d and 68t kept it; Joseph Huntley's
retirement of 1838 ends no founding); 'X for which he was chief designer', 'hired him as their chief designer' ->
executive (a senior post GOLD_FORMAT's vocabulary does not name; doubtful: other), current false (the first firm 'went
bankrupt', the second 'lasted only four years' and its 'demise' is told); 'the car manufacturing plant directed by A'
-> executive at the company (a plant's manager: GUIDELINES maps "manager" to executive; doubtful: director or head),
current true (no end told, as batch 63i read old posts); 'joined by engineers A and B', 'worked as an automobile
engineer for X', 'aircraft designer A', 'handing control of the business to his older son Thomas', 'took as a business
partner George Palmer' -> no role (occupations, control and a partnership with no title named; doubtful for Thomas,
head, and George Palmer, other); a firm renamed ('it was renamed', 'also known as', 'as J. Huntley & Son', 'as Emile
Salmson, Ing.') -> one entity, the former names aliases (GUIDELINES, Types); 'the firm was bought by X in 1962 and then
by Y in 1976' -> acquired and parentOrganization for each buyer (completed purchases; GUIDELINES, Relations); 'the car
part of the business became a separate company named X' -> nothing (a separation, no owner told; doubtful:
parentOrganization to the parent); 'the FK-41, built in England under licence by X' and 'X makes Huntley and Palmers
biscuits under licence' -> partner(licensee-or-licensor as written) (a licensing deal between two named organisations:
GUIDELINES, Relations; the licensor implied, as the brand's owner; doubtful); 'building the British GN cyclecar under
licence' -> nothing (no licensor named as an organisation); a company's aircraft models ('the FK-58', 'the FK-50', 'the
FK-41') -> Service with provider to their maker (GUIDELINES, Types: aircraft models are Service; the FK-41's licensed
builder not its provider); 'the British GN cyclecar' -> Service, no provider (its maker named only inside the product's
name); generic products ('Salmson aircraft', 'the first Salmson car proper', 'his biscuits') -> nothing; a street, an
inn and a cape ('London Street', 'the Crown Inn', 'Cape Adare') -> Location (as batch 68i's 'Royal Oak Public House');
named cities, regions and countries -> Location; a charity ('Age UK Berkshire') and a religious society ('the Society
of Friends') -> Organization; an expedition, a motor show and wars ('Terra Nova Expedition', 'the 1919 Paris Salon',
'the Blitzkrieg', 'World War I') -> nothing (events; doubtful for the expedition); demonyms ('Dutch', 'British',
'French') -> nothing.
usage: batch68aa_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aircraft, the Netherlands: Koolhoven (en.wikipedia.org's '= Title =' rendering) ------------------------------
NK = "N.V. Koolhoven"
FK = "Frederick \"Frits\" Koolhoven"
BAT = "British Aerial Transport Company"
NVI = "N.V. Nationale Vliegtuig Industrie"
A["wp-koolhoven"] = dict(
 # the aircraft maker -> Company 'N.V. Koolhoven' (no alias: the bare 'Koolhoven' stands only for the designer in this
 # text); the designer -> Person 'Frederick "Frits" Koolhoven' (the fullest form, the nickname inside it, as batches
 # before named 'Parker H. "Pete" Petit'), alias 'Koolhoven'; Fokker, Desoutter, KLM ('the Netherlands' new airline
 # KLM'), Spyker ('the Spyker automobile factory'), the British Aerial Transport Company (alias 'BAT') and the N.V.
 # Nationale Vliegtuig Industrie (aliases 'N.V.I.' and its gloss '"National Aircraft Industry, Incorporated"', the
 # name in English in the text's parenthesis; doubtful) -> Company; the FK-58, the FK-50 and the FK-41 -> Service
 # (aircraft models); Rotterdam, the Netherlands ('Netherlands', 'the Netherlands'', possessive-free) and England ->
 # Location. No entity: 'the Blitzkrieg' (a war's campaign), 'a group of businessmen', 'the N.V.I. shareholders',
 # 'all other manufacturers' (unnamed), 'Dutch' (a demonym)
 entities=[E("Company", NK), E("Location", "Rotterdam"), E("Location", "Netherlands"), E("Company", "Fokker"),
           E("Service", "FK-58"), E("Service", "FK-50"), E("Service", "FK-41"), E("Location", "England"),
           E("Company", "Desoutter"), E("Person", FK, "Koolhoven"), E("Company", BAT, "BAT"), E("Company", "KLM"),
           E("Company", "Spyker"),
           E("Company", NVI, "N.V.I.", "National Aircraft Industry, Incorporated")],
 # 'the British Aerial Transport Company for which he was chief designer went bankrupt' -> executive at BAT, current
 # false (the firm gone, his post of the past: 'had not been good to him'); 'a group of businessmen founded the N.V.
 # Nationale Vliegtuig Industrie ... and hired him as their chief designer' -> executive at N.V.I., current false ('The
 # company lasted only four years', 'At the demise of N.V.I.'); doubtful: 'chief designer' might be read as other.
 # Near-misses: 'worked as an automobile engineer for the Spyker automobile factory' -> no role (an occupation); 'a
 # group of businessmen founded' -> no founder (unnamed); 'if only he would have complete control of the operations'
 # -> no role (a wish; the new company he got is not in the text)
 roles=[R(FK, "executive", BAT, False), R(FK, "executive", NVI, False)],
 # 'amongst them the FK-58 ..., the FK-50 ..., and the FK-41' (the company's aircraft) -> provider to N.V. Koolhoven;
 # 'the FK-41, built in England under licence by Desoutter' -> partner(N.V. Koolhoven, Desoutter) (a licensing deal,
 # Koolhoven the licensor implied; doubtful: the text names no agreement in words). Near-misses: 'the second major
 # Dutch aircraft manufacturer (after Fokker)', 'the market was almost completely dominated by Fokker' -> nothing
 # (rivals); 'KLM was a willing taker for all the aircraft it could get' -> nothing (no contract named)
 relations=[L("FK-58", "provider", NK), L("FK-50", "provider", NK), L("FK-41", "provider", NK),
            L(NK, "partner", "Desoutter")],
 outages=[],
 # '1926', 'May 1940', '1920', '1921'; 'The postwar years', 'only four years' -> left out
 dates=[D("1926", "1926"), D("May 1940", "1940-05"), D("1920", "1920"), D("1921", "1921")])

# ---- food, UK: Huntley & Palmers (piglix.com's copy) -------------------------------------------------------------
HP = "Huntley & Palmers"
JH = "Joseph Huntley"
HBS = "Huntley, Boorne, and Stevens"
A["wp-huntley-and-palmers"] = dict(
 # the biscuit maker -> Company 'Huntley & Palmers', aliases 'J. Huntley & Son' (its first name), 'Huntley & Palmer'
 # ('also known as') and 'Huntley and Palmers' (of 'Huntley and Palmers biscuits', the firm's name on the licensed
 # biscuits; doubtful: a reader might make a Service of the biscuits); Griffin's Foods and Huntley, Boorne, and
 # Stevens ('a firm of biscuit tin manufacturers') -> Company; Joseph Huntley (no alias: the bare 'Joseph' stands once
 # for him, 'Joseph's biscuit shop', and once for his younger son, 'also called Joseph'; one surface form is not given
 # to two entities, and the son, named no other way, keeps it; doubtful), the son Joseph, his older son Thomas, George
 # Palmer and Robert Falcon Scott ('Captain Robert Falcon Scott's', possessive-free) -> Person; Age UK Berkshire and
 # the Society of Friends -> Organization; Reading, Berkshire, Sudbury, Suffolk, New Zealand, Cape Adare, London
 # Street, London, Bristol, Bath, the West Country and the Crown Inn -> Location. No entity: 'the Terra Nova
 # Expedition' (an expedition; doubtful: Organization), 'conservators', 'a blue plaque', 'British' (a demonym)
 entities=[E("Company", HP, "J. Huntley & Son", "Huntley & Palmer", "Huntley and Palmers"), E("Location", "Reading"),
           E("Location", "Berkshire"), E("Location", "Sudbury"), E("Location", "Suffolk"),
           E("Location", "New Zealand"), E("Company", "Griffin's Foods"), E("Location", "Cape Adare"),
           E("Person", "Robert Falcon Scott"), E("Person", JH), E("Location", "London Street"),
           E("Organization", "Age UK Berkshire"), E("Location", "London"), E("Location", "Bristol"),
           E("Location", "Bath"), E("Location", "West Country"), E("Location", "Crown Inn"), E("Company", HBS),
           E("Person", "Joseph"), E("Person", "Thomas"), E("Person", "George Palmer"),
           E("Organization", "Society of Friends")],
 # 'Huntley & Palmers was founded in 1822 by Joseph Huntley as J. Huntley & Son' -> founder (one person named;
 # current true: his retirement of 1838 ends no founding); 'Huntley, Boorne, and Stevens, a firm of biscuit tin
 # manufacturers founded by his younger son, also called Joseph' -> founder(Joseph, Huntley, Boorne, and Stevens).
 # Near-misses: 'handing control of the business to his older son Thomas' -> no role (control, no title; doubtful:
 # head); 'Thomas took as a business partner George Palmer' -> no role for either (a partnership of persons, no post
 # named; doubtful: other); 'Captain Robert Falcon Scott' -> no role (a rank, no organisation named); 'Joseph
 # Huntley was forced by ill-health to retire' -> no role left (no post named)
 roles=[R(JH, "founder", HP), R("Joseph", "founder", HBS)],
 # 'Since 1985, the New Zealand firm Griffin's Foods makes Huntley and Palmers biscuits under licence' ->
 # partner(Griffin's Foods, Huntley & Palmers) (a licensing deal, the brand's owner the licensor implied; direction as
 # written; doubtful). Near-misses: 'Out of this innovation grew two businesses: ... Huntley & Palmers, and Huntley,
 # Boorne, and Stevens' -> nothing (two family firms, no ownership told); 'The building is now home to Age UK
 # Berkshire' -> nothing; 'a 106-year-old fruitcake from the company' -> no provider (no named product)
 relations=[L("Griffin's Foods", "partner", HP)],
 outages=[],
 # '2006' (twice, listed once), '1985', '2017', '1910' and '1913' (of '1910-1913'), '1822', '1838', '1841'; 'Over the
 # years', 'At this time', 'Initially' -> left out
 dates=[D("2006", "2006"), D("1985", "1985"), D("2017", "2017"), D("1910", "1910"), D("1913", "1913"),
        D("1822", "1822"), D("1838", "1838"), D("1841", "1841")])

# ---- engineering, France: Salmson (the-uncensored-wiki.com's static copy) ----------------------------------------
SA = "Salmson"
ES = "\u00c9mile Salmson"
A["wp-salmson"] = dict(
 # the engineering company -> Company 'Salmson', aliases 'Emile Salmson, Ing.' (its first name: 'established ... as')
 # and 'Emile Salmson & Cie' ('it was renamed'); the founder -> Person '\u00c9mile Salmson' (with the accent, as
 # written in 'established by'; the unaccented 'Emile Salmson' stands only inside the firm's names); ITT-LMT, Thomson
 # and Soci\u00e9t\u00e9 des Moteurs Salmson ('a separate company named') -> Company; Canton, Unn\u00e9, Maryse
 # Basti\u00e9 and Emile Petit (alias 'Petit') -> Person; the GN cyclecar ('the British GN cyclecar') -> Service;
 # Paris, Mayenne, Chatou, Billancourt ('the Billancourt factory' too), India, Villeurbanne, Lyon, Le Bourget and
 # Moscow -> Location. No entity: 'Salmson aircraft', 'the first Salmson car proper' (generic products), 'the 1919
 # Paris Salon' (a motor show), 'World War I', 'World War II' (wars), 'French', 'British' (demonyms)
 entities=[E("Company", SA, "Emile Salmson, Ing.", "Emile Salmson & Cie"), E("Person", ES), E("Location", "Paris"),
           E("Person", "Canton"), E("Person", "Unn\u00e9"), E("Location", "Mayenne"), E("Company", "ITT-LMT"),
           E("Company", "Thomson"), E("Location", "Chatou"), E("Location", "Billancourt"), E("Location", "India"),
           E("Location", "Villeurbanne"), E("Location", "Lyon"), E("Person", "Maryse Basti\u00e9"),
           E("Location", "Le Bourget"), E("Location", "Moscow"), E("Person", "Emile Petit", "Petit"),
           E("Service", "GN cyclecar"), E("Company", "Soci\u00e9t\u00e9 des Moteurs Salmson")],
 # 'It was established by \u00c9mile Salmson (1858-1917)' -> founder (one person named; current true: the founding
 # stays a fact); 'The Billancourt factory became the car manufacturing plant directed by Emile Petit' -> executive at
 # Salmson (a plant's manager; current true, no end told; doubtful: director, head, or the org Soci\u00e9t\u00e9 des
 # Moteurs Salmson, the car part made a company of its own in 1922). Near-misses: 'Being joined by engineers Canton
 # and Unn\u00e9' -> no role (an occupation); 'a four cylinder engine designed by Petit' -> no role; 'Maryse
 # Basti\u00e9 who flew Le Bourget to Moscow' -> no role
 roles=[R(ES, "founder", SA), R("Emile Petit", "executive", SA)],
 # 'the firm was bought by ITT-LMT in 1962 and then by Thomson in 1976' -> acquired and parentOrganization for each
 # buyer (completed purchases; ownership since passed on still recorded: GUIDELINES, Relations). Near-misses: 'In 1922
 # the car part of the business became a separate company named Soci\u00e9t\u00e9 des Moteurs Salmson' -> nothing
 # (no owner told; doubtful: parentOrganization(Soci\u00e9t\u00e9 des Moteurs Salmson, Salmson)); 'building the
 # British GN cyclecar under licence' -> nothing (no licensor named as an organisation; no provider: its maker is named
 # only inside the product's name); 'Salmson aircraft were also used for air mail to India' -> nothing
 relations=[L("ITT-LMT", "acquired", SA), L(SA, "parentOrganization", "ITT-LMT"), L("Thomson", "acquired", SA),
            L(SA, "parentOrganization", "Thomson")],
 outages=[],
 # '1858' and '1917' (of '(1858-1917)'), '1890', '1896', '1957', '1961', '1962', '1976', '1911', '1931', '1919',
 # '1922'; 'the 1960s' (a decade), 'today', 'World War I', 'World War II' -> left out
 dates=[D("1858", "1858"), D("1917", "1917"), D("1890", "1890"), D("1896", "1896"), D("1957", "1957"),
        D("1961", "1961"), D("1962", "1962"), D("1976", "1976"), D("1911", "1911"), D("1931", "1931"),
        D("1919", "1919"), D("1922", "1922")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
