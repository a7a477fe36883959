#!/usr/bin/env python3
"""Batch 65o gold annotations (the texts of batch65o.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-65n; batch10_annotate.write_parts), so with three texts: wp-desilu-productions test, wp-infocom train,
wp-republic-pictures dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
a span 'from 1935 through 1959' -> both years as items (as batches 61e-64k); a year inside a possessive ("1984's",
"1985's") -> the year, one item with the bare year of the same text (GUIDELINES, Dates: one item per distinct text);
decades and parts of decades ('the 1990s', 'the 1930s', 'the 1940s and early 1950s'; no ISO value the format takes,
as batches 60c-65n), 'for several years', 'two years before' (spans or relative, `published` null) -> nothing;
'(1948)' after a film's title -> the year (a date the text gives; doubtful only in that it dates a work). No text
tells an outage, so every `outages` list is empty; none tells a near-miss of one (a studio sold, studios in debt
facing foreclosure, a division shut down and a product that did not cover its costs are business events, GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-65n): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('founded and co-owned by
husband and wife Desi Arnaz and Lucille Ball'), one person named alone as creating it is `founder` ('Created in 1935
by Herbert J. Yates', with 'Yates' new company'; 'founder and president of ... Consolidated Film Industries'), current
true; 'president of X' -> president, current true (no leaving told); a company 'run by' people with no post named, a
person who 'ran the company by herself', 'Games authors at X' and stars and directors whose careers or films a studio
made -> no role (as batch 65b's 'directed by' with no post; doubtful for 'run by producers'); 'X bought Y', 'Y was
bought by X', 'sold it to X' (the owner selling the company) -> acquired and parentOrganization (GUIDELINES, Relations:
completed acquisitions; ownership told as past still recorded, so Desilu has Gulf and Western Industries and
Paramount Pictures above it); 'X (then the parent company of Y)', "X's Y" for a studio, 'the television production
arm of X', 'two of its subsidiaries. The X unit ... Its Y unit' -> parentOrganization; 'the X division' of a buyer ->
told already by the purchase; a union or merger of studios into a new company with no buyer named -> nothing
(GUIDELINES, Relations: 'A "merger" where the text does not say who buys whom: nothing'; the merged studios are its
'components', merged away); studios 'in debt to' a laboratory that was 'servicing' them for 'lab bills' -> partner
(customers of a supplier, GUIDELINES, Relations; doubtful); sales of a library, of show properties or of a stake ->
nothing (asset purchases; a stake bought between two people); games, a database product, a virtual machine and
personal computer models -> Service (GUIDELINES, Types: software, games, devices), with provider where the text says
who made or released it; a brand some titles were 'released ... under' -> Service with provider (as batch 64k's
Philco International brand; doubtful); TV shows and films ('I Love Lucy', 'Star Trek', 'Macbeth') -> no entity
(GUIDELINES, Types: TV shows are not entities; a film is read the same way); a company's later name -> alias
(GUIDELINES, Types: 'rebranding the company as the original Paramount Television'; doubtful); a class of machines
('IBM PC compatible'), a makers' nickname ('Poverty Row'), an event ('the Great Depression') and adjectives
('American') -> nothing; a company named only inside a product's name (Atari in 'Atari ST', Commodore in 'Commodore
64', IBM in 'IBM PC compatible') -> no entity for it there (GUIDELINES, Types).
usage: batch65o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- television, US: Desilu Productions -------------------------------------------------------------------------
DP = "Desilu Productions, Inc."
GW = "Gulf and Western Industries"
PP = "Paramount Pictures"
PG = "Paramount Global"
A["wp-desilu-productions"] = dict(
 # the company -> Company 'Desilu Productions, Inc.', aliases 'Desilu' (also in "Desilu's") and 'Paramount
 # Television' (the name it was rebranded with, GUIDELINES, Types: later names are aliases; doubtful: 'the original
 # Paramount Television' might be read as a new unit the company was folded into, and 'successor in interest to
 # Paramount Television' names it once more as a business whose rights passed on); Desi Arnaz (alias 'Arnaz') and
 # Lucille Ball (alias 'Ball') -> Person; MCA, Revue Studios, Universal Pictures, Gulf and Western Industries (alias
 # 'Gulf+Western', the same company with a plus sign), Paramount Pictures, Paramount Global, CBS ('The CBS unit') and
 # CBS Studios -> Company; the United States -> Location. No entity: the shows I Love Lucy, The Lucy Show, Mannix, The
 # Untouchables, Mission: Impossible and Star Trek (GUIDELINES, Types: TV shows are not entities; a reader might take
 # them as Services of Desilu); 'Desilu's entire library' and 'Desilu properties' (holdings, no name of their own);
 # the pronunciation '/ˈdɛsil/'; 'American'
 entities=[E("Company", DP, "Desilu", "Paramount Television"), E("Person", "Desi Arnaz", "Arnaz"),
           E("Person", "Lucille Ball", "Ball"), E("Location", "United States"), E("Company", "MCA"),
           E("Company", "Revue Studios"), E("Company", "Universal Pictures"), E("Company", GW, "Gulf+Western"),
           E("Company", PP), E("Company", PG), E("Company", "CBS"), E("Company", "CBS Studios")],
 # 'founded and co-owned by husband and wife Desi Arnaz and Lucille Ball' -> cofounder at Desilu Productions, Inc. for
 # each (named together as its founders, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'Ball
 # bought out Arnaz and ran the company by herself for several years' (no post named; a reader might give Ball ceo or
 # president, the post later copies name, or mark Arnaz's founding past: founding is not undone by selling out);
 # 'co-owned', 'jointly owned the majority stake' (ownership, no title in the format's list)
 roles=[R("Desi Arnaz", "cofounder", DP), R("Lucille Ball", "cofounder", DP)],
 # "MCA's Revue Studios" -> parentOrganization(Revue Studios, MCA) ("X's Y" for a studio, GUIDELINES, Relations;
 # doubtful: a possessive, no 'unit' word); 'MCA bought Universal Pictures' -> acquired and parentOrganization (a
 # completed purchase); 'Ball sold it to Gulf and Western Industries ... in 1968' with 'she sold her shares of Desilu to
 # Gulf+Western for $17 million' -> acquired(Gulf and Western Industries, Desilu Productions, Inc.) and
 # parentOrganization (the owner's sale of the company, completed; not merged away: 'transformed ... rebranding the
 # company'); 'Gulf and Western Industries (then the parent company of Paramount Pictures)' -> parentOrganization
 # (Paramount Pictures, Gulf and Western Industries) (past ownership still recorded); 'transformed Desilu into the
 # television production arm of Paramount Pictures' -> parentOrganization(Desilu Productions, Inc., Paramount
 # Pictures) (an arm, GUIDELINES, Relations: units and divisions); 'owned by Paramount Global through two of its
 # subsidiaries. The CBS unit ... Its CBS Studios unit' -> parentOrganization(CBS, Paramount Global) and
 # parentOrganization(CBS Studios, Paramount Global). Near-misses, no relation: 'Desilu's entire library is owned by
 # Paramount Global' (a library, assets, no entity: no parent link of Desilu to Paramount Global; a reader might add
 # one); 'Desilu properties ... which were sold to CBS by Desilu itself' (an asset sale, GUIDELINES, Relations:
 # nothing); 'as successor in interest to Paramount Television' (rights passed on, no relation type); 'Ball bought
 # out Arnaz' (a stake between two people, no company buyer); 'second-largest ... behind MCA's Revue Studios' (rivals,
 # no partner)
 relations=[L("Revue Studios", "parentOrganization", "MCA")] + b10.acq("MCA", "Universal Pictures") +
           b10.acq(GW, DP) + [L(PP, "parentOrganization", GW), L(DP, "parentOrganization", PP),
                              L("CBS", "parentOrganization", PG), L("CBS Studios", "parentOrganization", PG)],
 outages=[],
 # 'Until 1962', 'until 1962' ('1962', one item: the same text ignoring case), 'in 1968', 'by 1968' ('1968', one
 # item), 'in 2023' (the year of the sum's valuation), 'before 1960', 'after 1960' ('1960', one item) -> the years.
 # No date: 'for several years' (a span), 'from its inception' (no value in the text)
 dates=[D("1962", "1962"), D("1968", "1968"), D("2023", "2023"), D("1960", "1960")])

# ---- software, US: Infocom -------------------------------------------------------------------------------------
IC = "Infocom"
AV = "Activision"
GAMES = ["Zork", "The Hitchhiker's Guide to the Galaxy", "A Mind Forever Voyaging"]
PCS = ["Apple II", "Atari ST", "Amiga", "Commodore 64", "Mac"]
AUTHORS = ["Dave Lebling", "Marc Blank", "Steve Meretzky"]
A["wp-infocom"] = dict(
 # the company -> Company 'Infocom' (also in 'the Infocom division' and 'Infocom adventures'); Activision ->
 # Company; Cambridge and Massachusetts -> Location; the games Zork, The Hitchhiker's Guide to the Galaxy and A Mind
 # Forever Voyaging, the database product Cornerstone, the virtual machine the Z-machine (the lower-case 'z-machine'
 # of 'the same z-machine interpreter' is the same name in other case: no alias, as batch 65b's 'MAGNAVOX'), the
 # personal computers Apple II, Atari ST, Amiga, Commodore 64 and the Mac, and the 'Infocom Zork brand' (a brand,
 # GUIDELINES, Types; doubtful) -> Service; Douglas Adams and the three games authors -> Person. No entity: 'IBM PC
 # compatible' (a class of machines, as batch 64k's 'IBM PC compatibles'; IBM named only inside it); Atari and
 # Commodore (named only inside 'Atari ST' and 'Commodore 64', GUIDELINES, Types); 'the Zork series' (the same game's
 # line, no name of its own beyond 'Zork'); 'a new division to produce business products' (unnamed); 'text
 # adventure', 'the parsers' (kinds of things)
 entities=[E("Company", IC), E("Location", "Cambridge"), E("Location", "Massachusetts"), E("Company", AV),
           E("Service", "Infocom Zork"), E("Service", "Z-machine")] +
          [E("Service", n) for n in PCS] + [E("Service", n) for n in GAMES] +
          [E("Person", "Douglas Adams")] + [E("Person", n) for n in AUTHORS] + [E("Service", "Cornerstone")],
 # No role. Near-misses: 'Games authors at Infocom included Dave Lebling, Marc Blank and Steve Meretzky' (writers on
 # the staff, no post in the format's list; a reader who knows the company's history might give Lebling and Blank
 # cofounder, which this text does not say: 'the creators founded the company Infocom' names no creator); Douglas
 # Adams (the author of the work a game was 'based on', no post at Infocom)
 roles=[],
 # 'lasted as an independent company until 1986 when it was bought by Activision' with 'Activision finally shut down
 # the Infocom division in 1989' -> acquired and parentOrganization (a completed purchase; the division shut down,
 # not merged away, as batch 64k's Apollo 'gradually closed down'); 'The first ... game Zork' of the 'text adventure
 # computer games' Infocom 'produced', 'Other popular and inventive titles included ... 1984's The Hitchhiker's
 # Guide to the Galaxy ... and 1985's A Mind Forever Voyaging' and 'In 1985 they released a database product,
 # Cornerstone' -> provider(game or product, Infocom) for each of the four; 'they released some titles in the 1990s
 # under the Infocom Zork brand' ('they' = Activision) -> provider(Infocom Zork, Activision) (doubtful, with the brand
 # as a Service). Near-misses, no relation: the Z-machine ('a standard virtual machine' the games ran on; the text
 # does not say who made it; a reader might give Infocom as its provider); the personal computers Infocom released
 # its games for (platforms, no maker annotated; no partner: no named company); The Hitchhiker's Guide to the Galaxy
 # 'based on the work of Douglas Adams' (a person, no partner)
 relations=b10.acq(AV, IC) + [L(n, "provider", IC) for n in GAMES] +
           [L("Cornerstone", "provider", IC), L("Infocom Zork", "provider", AV)],
 outages=[],
 # 'founded on June 22, 1979' -> 1979-06-22; 'until 1986', 'in 1989', 'in 1977', 'in 1980', "1984's" and 'In 1984'
 # ('1984', one item), "1985's" and 'In 1985' ('1985', one item) -> the years. No date: 'in the 1990s' (a decade),
 # 'two years before' (relative, `published` null), 'of the day' (no value)
 dates=[D("June 22, 1979", "1979-06-22"), D("1986", "1986"), D("1989", "1989"), D("1977", "1977"),
        D("1980", "1980"), D("1984", "1984"), D("1985", "1985")])

# ---- film, US: Republic Pictures -------------------------------------------------------------------------------
RPC = "Republic Pictures Corporation"
CFI = "Consolidated Film Industries"
STUDIOS = ["Monogram Pictures", "Mascot Pictures", "Liberty Pictures", "Majestic Pictures", "Chesterfield Pictures",
           "Invincible Pictures"]
A["wp-republic-pictures"] = dict(
 # the company -> Company 'Republic Pictures Corporation' (the fullest form, 'Yates' new company, Republic Pictures
 # Corporation'), aliases 'Republic Pictures' and 'Republic' (also in "Republic's"); Consolidated Film Industries
 # ('Yates' laboratory', 'Yates' lab': no alias, not names) and the six studios Monogram Pictures (alias 'Monogram'),
 # Mascot Pictures, Liberty Pictures, Majestic Pictures, Chesterfield Pictures and Invincible Pictures -> Company;
 # Herbert J. Yates (alias 'Yates', also in "Yates'"), Orson Welles, John Ford, John Wayne, Gene Autry, Roy Rogers,
 # Trem Carr and W. Ray Johnston -> Person. No entity: 'Macbeth' (a film, read as GUIDELINES, Types reads TV shows;
 # doubtful: a reader might take it as a Service of Republic's); 'Poverty Row' (a nickname of a group of small
 # studios, none named by it); 'the Great Depression' (an event); 'American'; no place is named in the kept text
 # (the infobox and later revisions' Los Angeles and Studio City are not in it)
 entities=[E("Company", RPC, "Republic Pictures", "Republic"), E("Person", "Orson Welles"), E("Person", "John Ford"),
           E("Person", "John Wayne"), E("Person", "Gene Autry"), E("Person", "Roy Rogers"),
           E("Person", "Herbert J. Yates", "Yates"), E("Company", CFI),
           E("Company", "Monogram Pictures", "Monogram")] +
          [E("Company", n) for n in STUDIOS[1:]] + [E("Person", "Trem Carr"), E("Person", "W. Ray Johnston")],
 # 'Created in 1935 by Herbert J. Yates' with "Yates' new company, Republic Pictures Corporation" -> founder at
 # Republic Pictures Corporation (one person named alone as creating it, GUIDELINES, Roles, 'Founders'); 'founder and
 # president of film processing laboratory Consolidated Film Industries' -> founder and president at Consolidated Film
 # Industries, current true (no leaving told). Near-misses, no role: 'Monogram Pictures, run by producers Trem Carr
 # and W. Ray Johnston' (no post in the format's list named; doubtful: a reader might give each executive or head,
 # as batch 64k read 'managing manufacture' as executive; this round reads 'run by' with batch 65b's 'directed by');
 # 'Yates saw a chance to become a studio head himself' and 'merge under his leadership' (an aim and a leadership
 # told with no post; the founder role carries it); Orson Welles and John Ford (directors of films Republic financed
 # and distributed, no post at Republic); John Wayne, Gene Autry and Roy Rogers (stars whose careers it developed)
 roles=[R("Herbert J. Yates", "founder", RPC), R("Herbert J. Yates", "founder", CFI),
        R("Herbert J. Yates", "president", CFI)],
 # "Yates' laboratory was servicing many Poverty Row studios" with 'Six established Poverty Row companies (Monogram
 # Pictures, ...) were all in debt to Yates' lab' and 'their outstanding lab bills' -> partner(Consolidated Film
 # Industries, studio) for each of the six (customers of a laboratory's services, GUIDELINES, Relations; doubtful:
 # the tie is told through debts and bills, not a named contract; direction as written, the laboratory servicing
 # them). Near-misses, no relation: 'Republic was the result of a union of six smaller Poverty Row studios' and 'He
 # prevailed upon these studios to merge under his leadership' (a merger with no buyer named: nothing, GUIDELINES,
 # Relations; a reader might give Republic acquired and parent links over the six, as later revisions' 'Yates'
 # acquisition of six ... studios' would, but this revision does not say so); 'The largest of Republic's components
 # was Monogram Pictures' with '(Monogram was revived in 1937.)' (a part merged away, then revived: no parent link);
 # 'financing and distributing one Shakespeare film, Orson Welles' Macbeth' and 'the films of John Ford' (people's
 # works, no named company partner); 'a longtime investor in film and music properties' (no named company)
 relations=[L(CFI, "partner", n) for n in STUDIOS],
 outages=[],
 # 'operating from 1935 through 1959' ('1935', '1959'), 'Created in 1935', 'In 1935' ('1935', one item), 'Macbeth
 # (1948)', 'revived in 1937' -> the years. No date: 'the 1940s and early 1950s', 'the 1930s' (decades and a part of
 # one), 'In the depths of the Great Depression' (an event)
 dates=[D("1935", "1935"), D("1959", "1959"), D("1948", "1948"), D("1937", "1937")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
