#!/usr/bin/env python3
"""Batch 68l gold annotations (the texts of batch68l.py; session 62, round notes /tmp/gather69l/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68f; batch10_annotate.write_parts), so with three
texts: wp-hal-roach-studios test, wp-inmos train, wp-vee-jay-records dev. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); a full date ('July 23, 1914') -> the day, a month and year ('July
1978') -> the month; decades ('the 1920s', 'the early 1930s', 'the early 1940s', 'the 1950s', 'the late 1980s', 'the
1960s') -> nothing (no ISO value the format takes, as batches 60c-68f). No text tells an outage or a near-miss of one,
so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68f): founders by the binding decision in GUIDELINES.md part 2
(Roles, 'Founders'): people named together as founding a company are each `cofounder` ('founded by producer Hal Roach
and business partners Dan Linthicum and I.H. Nance'; 'founded by Iann Barron, Richard Petritz, and Paul Schroeder';
'founded ... by Vivian Carter and James C. Bracken'), current true; a person's successive posts ('first as manager, then
as vice president, and ultimately as president') -> each post, the earlier ones current false and the last current true
(no leaving told), 'manager' -> executive (GUIDELINES, Roles); 'the label's A&R man', 'producer', 'business partners'
beside the founding, designers 'recruited to design', singers, actors, comedians and 'another EMI performer' -> no role
(trades, jobs and credits without a post, as batches 60c-68f; doubtful for the A&R man); 'formerly of Chance Records'
(no post named) -> no role; distribution deals ('for distribution through Pathe Exchange', 'signed a new distribution
deal with Metro-Goldwyn-Mayer', 'began distributing its product through United Artists') and a licensing deal ('through
a licensing deal with EMI Records') -> partner, direction as written (as batch 40ze's distribution deals); 'two
operating subsidiaries, Inmos Limited (UK) and Inmos Corporation (US)' -> parentOrganization; 'EMI's American affiliate
Capitol Records' -> nothing (an affiliate, no ownership stated, as batches 22c's and 31b's Alibaba 'affiliate company'
and 38x's 'Hyundai affiliate, Kia Motors'; doubtful); a unit sold ('selling the Our Gang short film unit to M-G-M') and
'a master purchase' -> nothing (asset sales, GUIDELINES, Relations); a band's move to a label, a company 'formed by
ex-Inmos employees' and companies whose supercomputers used the transputer -> nothing (no deal between organisations
stated); named chips and chip forms ('the transputer', 'T212', 'T414', 'T800'), a workstation ('the Atari Transputer
Workstation') and a programming language ('occam', as batch 68f's BASIC) -> Service (GUIDELINES, Types: devices,
software), provider where the text names the maker (Inmos's transputer: 'Barron's long-term aim was to produce ... the
transputer'); a company named only inside a product name (Atari) -> no entity (GUIDELINES, Types); bands and a comedy
double act ('Laurel and Hardy') -> Organization (GUIDELINES, Types: bands); films, TV programmes, a song and a film
series ('Topper', 'Way Out West', 'Amos 'n' Andy', 'The Stu Erwin Show', '"Baby It's You,"', 'Our Gang') -> no entity
(as GUIDELINES, Types reads TV shows, as batches 65o-68f; doubtful for Our Gang, also read as a troupe); an address, a
business park, cities, states and countries -> Location; former names and a nickname -> aliases ('the Rolin Film
Company', 'Rolin', 'Hal E. Roach Studios', 'The Laugh Factory to the World').
usage: batch68l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- film production, US: Hal Roach Studios ---------------------------------------------------------------------
HR = "Hal Roach Studios"
A["wp-hal-roach-studios"] = dict(
 # the studio -> Company 'Hal Roach Studios', aliases 'Rolin Film Company' and 'Rolin' (the name it was founded under,
 # 'at which time Rolin was renamed'), 'Hal E. Roach Studios' (the name it took in 1920) and 'The Laugh Factory to the
 # World' (its nickname, 'Known as'; GUIDELINES, Types: nicknames are aliases; doubtful: a reader might take it for a
 # slogan); Hal Roach (alias 'Roach': 'Roach saw significant success', 'Roach began producing'), Dan Linthicum, I.H.
 # Nance, Harold Lloyd, Snub Pollard, Charlie Chase, Thelma Todd and Zasu Pitts -> Person; 'Laurel and Hardy' (alias
 # 'Laurel & Hardy', in 'Laurel & Hardy's Way Out West') -> Organization (a comedy double act, read as a band;
 # doubtful: a reader might give no entity); Pathe Exchange, Metro-Goldwyn-Mayer (alias 'M-G-M') and United Artists
 # -> Company; '8822 Washington Boulevard', Culver City, California and United States -> Location. No entity: 'Our
 # Gang' ('the Our Gang kids', 'Our Gang' among the comedians, 'the Our Gang short film unit': a film series, read as
 # a TV show; doubtful); Topper and Way Out West (films); Amos 'n' Andy and The Stu Erwin Show (TV programmes);
 # 'the Roach studio' (the studio again, a descriptive phrase); 'American' (an adjective)
 entities=[E("Company", HR, "Rolin Film Company", "Rolin", "Hal E. Roach Studios", "The Laugh Factory to the World"),
           E("Person", "Hal Roach", "Roach"), E("Person", "Dan Linthicum"), E("Person", "I.H. Nance"),
           E("Location", "8822 Washington Boulevard"), E("Location", "Culver City"), E("Location", "California"),
           E("Location", "United States"), E("Person", "Harold Lloyd"), E("Person", "Snub Pollard"),
           E("Company", "Path\u00e9 Exchange"), E("Company", "Metro-Goldwyn-Mayer", "M-G-M"),
           E("Organization", "Laurel and Hardy", "Laurel & Hardy"), E("Person", "Charlie Chase"),
           E("Person", "Thelma Todd"), E("Person", "Zasu Pitts"), E("Company", "United Artists")],
 # 'the studio was founded by producer Hal Roach and business partners Dan Linthicum and I.H. Nance as the Rolin Film
 # Company' -> cofounder at Hal Roach Studios for each (GUIDELINES, Roles, 'Founders'), current true. Near-misses, no
 # role: 'producer' (a trade, no organisation); 'business partners' (the founding is their role); the stars and
 # comedians (no post)
 roles=[R("Hal Roach", "cofounder", HR), R("Dan Linthicum", "cofounder", HR), R("I.H. Nance", "cofounder", HR)],
 # 'The studio produced both short films and features for distribution through Pathe Exchange until 1927' ->
 # partner(Hal Roach Studios, Pathe Exchange) (a distribution arrangement the text states; relations carry no time);
 # 'when they signed a new distribution deal with Metro-Goldwyn-Mayer' -> partner(Hal Roach Studios,
 # Metro-Goldwyn-Mayer); 'Hal Roach Studios began distributing its product through United Artists' ->
 # partner(Hal Roach Studios, United Artists) (as batch 40ze's distribution deals). Near-misses, no relation: 'selling
 # the Our Gang short film unit to M-G-M' (a unit with no company named, an asset sale: GUIDELINES, Relations)
 relations=[L(HR, "partner", "Path\u00e9 Exchange"), L(HR, "partner", "Metro-Goldwyn-Mayer"),
            L(HR, "partner", "United Artists")],
 outages=[],
 # 'on July 23, 1914' -> 1914-07-23; 'in 1920'; 'until 1927'; '(both 1937)'; 'In 1938'; 'by 1955'. No date: 'in the
 # 1920s', 'By the early 1930s', 'In the early 1940s', 'in the 1950s' (decades); '8822' (an address); '40 to 50
 # minutes' (a length)
 dates=[D("July 23, 1914", "1914-07-23"), D("1920", "1920"), D("1927", "1927"), D("1937", "1937"),
        D("1938", "1938"), D("1955", "1955")])

# ---- semiconductors, non-US: Inmos ------------------------------------------------------------------------------
IN = "Inmos International plc"
A["wp-inmos"] = dict(
 # the company -> Company 'Inmos International plc', alias 'Inmos' ('Inmos' first products', 'Inmos eventually
 # captured', 'ex-Inmos employees'; the trademark 'INMOS' is the same form case-blind, not listed twice); its two
 # subsidiaries 'Inmos Limited' and 'Inmos Corporation' -> Company; Meiko, Floating Point Systems, Parsytec and Parsys
 # (makers of supercomputers) -> Company; Iann Barron (alias 'Barron'), Richard Petritz, Paul Schroeder, David May and
 # Robert Milne -> Person; 'UK' and 'US' (in '(UK)' and '(US)' after the subsidiaries' names), 'Aztec West' (a
 # business park, a named site), Bristol and England -> Location; 'the transputer' (the microprocessor architecture
 # Inmos made, by its product name), its chips 'T212', 'T414' and its 'later T800 form', 'the Atari Transputer
 # Workstation' and 'occam' (the transputer's 'native occam programming language', as batch 68f's BASIC) -> Service.
 # No entity: 'static RAM devices', 'dynamic RAMs', 'EEPROMs', 'SRAM', 'embedded systems', 'parallel supercomputers'
 # (kinds); Atari (only inside a product's name, GUIDELINES, Types); 'British' (an adjective)
 entities=[E("Company", IN, "Inmos"), E("Company", "Inmos Limited"), E("Location", "UK"),
           E("Company", "Inmos Corporation"), E("Location", "US"), E("Person", "Iann Barron", "Barron"),
           E("Person", "Richard Petritz"), E("Person", "Paul Schroeder"), E("Location", "Aztec West"),
           E("Location", "Bristol"), E("Location", "England"), E("Service", "transputer"),
           E("Person", "David May"), E("Person", "Robert Milne"), E("Service", "T212"), E("Service", "T414"),
           E("Company", "Meiko"), E("Company", "Floating Point Systems"), E("Company", "Parsytec"),
           E("Company", "Parsys"), E("Service", "Atari Transputer Workstation"), E("Service", "occam"),
           E("Service", "T800")],
 # 'a British semiconductor company founded by Iann Barron, Richard Petritz, and Paul Schroeder in July 1978' ->
 # cofounder at Inmos International plc for each (GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role:
 # 'David May and Robert Milne were recruited to design this processor' (designers, no post); 'Barron's long-term aim'
 # (no post beyond the founding); 'ex-Inmos employees' (unnamed)
 roles=[R("Iann Barron", "cofounder", IN), R("Richard Petritz", "cofounder", IN), R("Paul Schroeder", "cofounder", IN)],
 # 'Inmos International plc ... and two operating subsidiaries, Inmos Limited (UK) and Inmos Corporation (US)' ->
 # parentOrganization of each to Inmos International plc (GUIDELINES, Relations: subsidiaries); 'Barron's long-term aim
 # was to produce ... the transputer', 'which went into production in 1985 in the form of the T212 and T414 chips' and
 # 'its later T800 form' -> provider(transputer / T212 / T414 / T800, Inmos International plc). Near-misses, no
 # relation: the transputer 'as the basis for several parallel supercomputers from companies such as Meiko ..., Floating
 # Point Systems, Parsytec and Parsys' (makers using a part; no supply deal stated: no partner; doubtful); 'Meiko
 # (formed by ex-Inmos employees in 1985)' (a company formed by people, no ownership); 'the Atari Transputer
 # Workstation' (its maker named only inside the name: no provider); 'occam' (its maker not named: no provider)
 relations=[L("Inmos Limited", "parentOrganization", IN), L("Inmos Corporation", "parentOrganization", IN),
            L("transputer", "provider", IN), L("T212", "provider", IN), L("T414", "provider", IN),
            L("T800", "provider", IN)],
 outages=[],
 # 'in July 1978' -> 1978-07; 'in 1985' (twice, the same text and value) -> 1985. No date: 'During the late 1980s'
 # (a decade); '60%' (a share)
 dates=[D("July 1978", "1978-07"), D("1985", "1985")])

# ---- music, US: Vee-Jay Records ---------------------------------------------------------------------------------
VJ = "Vee-Jay Records"
A["wp-vee-jay-records"] = dict(
 # the label -> Company 'Vee-Jay Records', alias 'Vee-Jay'; Chance Records, 'the tiny HunTom label of Atlanta' (name
 # 'HunTom'), Fury Records, EMI Records (alias 'EMI': 'EMI's American affiliate', 'another EMI performer') and Capitol
 # Records -> Company; Vivian Carter (alias 'Vivian', in 'Vivian's brother'), James C. Bracken, Calvin Carter, Ewart
 # Abner, the singers Jimmy Reed, Memphis Slim, John Lee Hooker, Jerry Butler, Gene Chandler, Dee Clark and Betty
 # Everett, and Frank Ifield -> Person; the vocal groups and bands 'the Spaniels', 'the Dells', 'the El Dorados', 'the
 # Pips' (alias of 'Gladys Knight and the Pips', the name they took in 1962), 'the Four Seasons' and 'the Beatles' ->
 # Organization (GUIDELINES, Types: bands), named without the article (as batch 40ze); Chicago, Gary, Indiana,
 # Atlanta and America -> Location. No entity: '"Baby It's You,"' (a song, read as a TV show); Gladys Knight (only
 # inside the group's name);
 # 'American', 'Black American-owned' and 'non-black' (adjectives); 'blues', 'jazz', 'R&B', 'soul' (genres)
 entities=[E("Company", VJ, "Vee-Jay"), E("Location", "Chicago"), E("Location", "Gary"), E("Location", "Indiana"),
           E("Person", "Vivian Carter", "Vivian"), E("Person", "James C. Bracken"), E("Person", "Calvin Carter"),
           E("Person", "Ewart Abner"), E("Company", "Chance Records"), E("Organization", "Spaniels"),
           E("Person", "Jimmy Reed"), E("Person", "Memphis Slim"), E("Person", "John Lee Hooker"),
           E("Organization", "Dells"), E("Organization", "El Dorados"), E("Person", "Jerry Butler"),
           E("Person", "Gene Chandler"), E("Person", "Dee Clark"), E("Person", "Betty Everett"),
           E("Organization", "Gladys Knight and the Pips", "Pips"), E("Company", "HunTom"), E("Location", "Atlanta"),
           E("Company", "Fury Records"), E("Organization", "Four Seasons"), E("Organization", "Beatles"),
           E("Company", "EMI Records", "EMI"), E("Company", "Capitol Records"), E("Location", "America"),
           E("Person", "Frank Ifield")],
 # 'The label was founded in Gary, Indiana, in 1953 by Vivian Carter and James C. Bracken, a husband-and-wife team' ->
 # cofounder at Vee-Jay Records for each (GUIDELINES, Roles, 'Founders'), current true; 'Ewart Abner ... joined the
 # label in 1955, first as manager, then as vice president, and ultimately as president' -> executive ('manager',
 # GUIDELINES, Roles) and vice-president at Vee-Jay Records, current false (posts he moved on from), and president,
 # current true (the last post told; the text names no leaving; doubtful: a reader might read the whole as past).
 # Near-misses, no role: 'Calvin Carter, was the label's A&R man' (a job in artists and repertoire, no senior title
 # written; doubtful: a reader might give executive); 'Ewart Abner, formerly of Chance Records' (no post named); the
 # singers and groups (acts, no post); 'another EMI performer, Frank Ifield' (an act, no post)
 roles=[R("Vivian Carter", "cofounder", VJ), R("James C. Bracken", "cofounder", VJ),
        R("Ewart Abner", "executive", VJ, False), R("Ewart Abner", "vice-president", VJ, False),
        R("Ewart Abner", "president", VJ)],
 # 'Vee-Jay acquired the rights to some of the early recordings by the Beatles through a licensing deal with EMI
 # Records' -> partner(Vee-Jay Records, EMI Records) (a licensing deal, GUIDELINES, Relations: partner; direction as
 # written). Near-misses, no relation: 'EMI's American affiliate Capitol Records' (an affiliate, no ownership stated,
 # as batches 22c, 31b and 38x read 'affiliate'; doubtful: a reader might give parentOrganization(Capitol Records,
 # EMI Records));
 # 'acquired the rights to some of the early recordings' (rights, an asset: no acquired); 'through a master purchase
 # from the tiny HunTom label' (an asset purchase); 'who became Gladys Knight and the Pips in 1962 when they moved to
 # Fury Records' and the acts on the label (a band's label, no deal between companies stated); 'Ewart Abner, formerly
 # of Chance Records' (a person's past employer); 'Capitol Records initially rejected issuing the Beatles records' (a
 # refusal)
 relations=[L(VJ, "partner", "EMI Records")],
 outages=[],
 # 'in 1953' -> 1953; 'in 1955'; 'in 1962'. No date: 'in the 1950s' (twice), 'The 1960s' (decades); 'at the time'
 # and 'initially' (relative)
 dates=[D("1953", "1953"), D("1955", "1955"), D("1962", "1962")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
