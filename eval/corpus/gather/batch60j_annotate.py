#!/usr/bin/env python3
"""Batch 60j gold annotations (the texts of batch60j.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60f; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1960s' and 'the 1970s' (decades, no ISO
value the format takes, as batch 60c), 'at the end of that year' (relative to another date in the text, not to
`published`, as batch 60f's 'six years after'), 'Since then', 'today', 'now', 'Eventually', 'subsequently', 'a
five-year period' and 'Over the years' -> nothing. No text tells an outage, so every `outages` list is empty; none
tells a near-miss of one (Filmation's closure by its parent and Mayfair's shutdown 'for financial reasons' are business
events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-57p, 57w, 58c, 58g, 58j, 58n, 59c, 59h, 60c and 60f):
founders by the binding decision added to GUIDELINES.md part 2 this session (Roles, 'Founders'): 'founded by A and B',
'founded by A, B and C' and 'established by A and B' -> founder for each; 'founded in YEAR by A' and 'A established a
new toy business called X' (one person named) -> founder; no text here says 'co-founder' or 'A founded X with B', so no
cofounder; founders current true (founders stay founders, as batches 57w-60f), even where a founder later sold his
share ('Murdough purchased Hill's share'); 'became the CEO of X in YEAR' -> ceo, current true where the text gives no
departure (doubtful, as batch 60f's 'its CEO'); 'stay with the new parent company ... as president and general
manager through 1989' and 'would be leaving X at the end of that year' -> president and executive ('manager',
GUIDELINES, Roles) at X, current false; 'X's main director' -> executive (a studio's senior creative post, as batches
40x, 56b, 57o and 58n took 'creative director'; doubtful); owners of a company without a post ('one of whose owners
was', 'who then owned'), trades and credits ('designed by', 'animator', 'have written'), a person heading a kind of
production rather than an organisation ('the Animagic productions were headed by') -> no role; 'was acquired by X' ->
acquired and parentOrganization; 'acquired by X ... from Y' -> parentOrganization to the seller Y as well (the owner
before; doubtful); 'closed by parent company X' -> parentOrganization; 'A merged with B to form C' -> nothing (no
buyer told, GUIDELINES, Relations); purchases of assets, intellectual properties and rights ('purchased most of their
assets', 'its intellectual properties were acquired by', 'the rights were bought by', 'library is owned by') ->
nothing (GUIDELINES, Relations: asset purchases); work outsourced to named studios and a trademark agreement between
two named companies -> partner (supplier and licensing ties, GUIDELINES, Relations); a lawsuit -> no relation of its
own; games, game lines and a toyline -> Service, with provider the company the text names as making or publishing them
('created to publish', 'expanded its focus to include', 'became the publisher of', 'the Mattel toyline'); TV shows,
series, specials, cartoons, comic adaptations and an animation technique -> no entity (GUIDELINES, Types: TV shows);
former names ('founded as', 'as Videocraft International') and short forms -> aliases; nationality adjectives
('American', 'Japanese', 'French') -> nothing.
usage: batch60j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- animation, US: Rankin/Bass Productions ------------------------------------------------------------------------
RB = "Rankin/Bass Productions, Inc."
RB_STUDIOS = ["Topcraft", "Mushi Production", "Toei Doga", "Television Corporation of Japan", "Toei Animation",
              "Crawley Films"]
A["wp-rankin-bass-productions"] = dict(
 # the producer -> Company 'Rankin/Bass Productions, Inc.', aliases 'Videocraft International, Ltd.' ('founded as'),
 # 'Videocraft International' ('founded ... as Videocraft International') and 'Rankin/Bass' (also in "Rankin/Bass'");
 # the library owners DreamWorks Classics and Warner Bros. -> Company; the studios Topcraft, Mushi Production, Toei
 # Doga, 'TCJ (Television Corporation of Japan)' (name 'Television Corporation of Japan', alias 'TCJ'), Toei Animation
 # and Crawley Films -> Company; Arthur Rankin, Jr., Jules Bass and Tadahito Mochinaga -> Person; Japan -> Location.
 # Toei Doga and Toei Animation are two entities: the text gives no sign that they are one studio under two names
 # (doubtful: a reader who knows the studio's history would merge them, which the text alone does not allow). No
 # entity: 'Animagic' (an animation technique, the text's own word for it; doubtful: a reader might take a Service);
 # 'the pre-1974 library', 'the post-1974 library' (bodies of films, not companies); 'seasonal television specials',
 # 'stop motion animation' (generic); 'Japanese' (an adjective)
 entities=[E("Company", RB, "Videocraft International, Ltd.", "Videocraft International", "Rankin/Bass"),
           E("Company", "DreamWorks Classics"), E("Company", "Warner Bros."), E("Company", "Topcraft"),
           E("Company", "Mushi Production"), E("Company", "Toei Doga"),
           E("Company", "Television Corporation of Japan", "TCJ"), E("Person", "Arthur Rankin, Jr."),
           E("Person", "Jules Bass"), E("Location", "Japan"), E("Person", "Tadahito Mochinaga"),
           E("Company", "Toei Animation"), E("Company", "Crawley Films")],
 # 'The company was founded by Arthur Rankin, Jr. and Jules Bass' -> founder at Rankin/Bass Productions, Inc. for each
 # (two people named together: founder, GUIDELINES, Roles, 'Founders'), current true. Near-miss, no role: 'the
 # Animagic productions were headed by Japanese stop-motion animator Tadahito Mochinaga' (he headed a kind of
 # production, not an organisation, and the text names no studio of his; doubtful: a reader might give head at
 # Rankin/Bass Productions, Inc.)
 roles=[R("Arthur Rankin, Jr.", "founder", RB), R("Jules Bass", "founder", RB)],
 # 'All of the studio's creative output was outsourced to at least 4 Japanese animation companies: Topcraft, Mushi
 # Production, Toei Doga and TCJ' and 'Their traditionally cel-animated works were animated by Toei Animation, Crawley
 # Films, and Mushi Production, and since the 1970s ... by the Japanese studio Topcraft' -> partner(Rankin/Bass
 # Productions, Inc., studio) for each of the six (studios doing the producer's work: supplier ties, direction as
 # written, the producer first; Mushi Production and Topcraft, named twice, once each). Near-misses, no relation: 'The
 # pre-1974 library is owned by DreamWorks Classics, while the post-1974 library is owned by Warner Bros.' (owners of
 # the films, not of the company: no parentOrganization; a reader might add one); 'Topcraft, which was formed in 1972
 # as an offshoot of Toei Animation' (a studio that grew out of another; no ownership stated, so no
 # parentOrganization; doubtful: a reader might read 'offshoot' as a subsidiary)
 relations=[L(RB, "partner", s) for s in RB_STUDIOS],
 outages=[],
 # 'pre-1974' and 'post-1974' -> '1974' (the year named, one item, as batch 60f's '(until 2019)' -> 2019; doubtful: a
 # reader might leave a boundary out); 'on September 14, 1960', 'in 1972' -> the day and the year. No date: 'the
 # 1960s', 'the 1970s' (decades); 'at least 4' (a count)
 dates=[D("1974", "1974"), D("September 14, 1960", "1960-09-14"), D("1972", "1972")])

# ---- animation, US: Filmation -------------------------------------------------------------------------------------
FA = "Filmation Associates"
FA_FOUNDERS = ["Lou Scheimer", "Hal Sutherland", "Norm Prescott"]
A["wp-filmation"] = dict(
 # the producer -> Company 'Filmation Associates', alias 'Filmation' (also in "Filmation's"); Group W Productions,
 # L'Oréal ('French cosmetic firm'), DreamWorks Animation Television, DC Comics and Archie Comics (comic publishers),
 # Mattel, Larry Harmon Pictures, True Line ('a small company') and SIB Productions ('a Japanese firm') -> Company; Lou
 # Scheimer (alias 'Scheimer'), Hal Sutherland (alias 'Sutherland'), Norm Prescott, Larry Harmon and Marcus Lipsky ->
 # Person; Woodland Hills, California, U.S. ('U.S. offices': the country named as a noun) and Chicago -> Location; the
 # toyline Masters of the Universe ('the Mattel toyline') and Reddi-wip ('Reddi-wip whipped cream', a product brand;
 # doubtful: a reader might take the business, a Company) -> Service. No entity: Fat Albert and the Cosby Kids, Star
 # Trek, Ghostbusters, He-Man and the Masters of the Universe, She-Ra: Princess of Power, the Bozo and Popeye cartoons
 # and Rod Rocket (TV series and cartoons, GUIDELINES, Types: TV shows); 'the DC Comics and Archie Comics animated
 # adaptations' (shows; the publishers are annotated on their own); 'French', 'Japanese', 'American' (adjectives)
 entities=[E("Company", FA, "Filmation"), E("Person", "Lou Scheimer", "Scheimer"),
           E("Person", "Hal Sutherland", "Sutherland"), E("Person", "Norm Prescott"), E("Location", "Woodland Hills"),
           E("Location", "California"), E("Company", "Group W Productions"), E("Company", "L'Oréal"),
           E("Company", "DreamWorks Animation Television"), E("Company", "DC Comics"), E("Company", "Archie Comics"),
           E("Company", "Mattel"), E("Service", "Masters of the Universe"), E("Company", "Larry Harmon Pictures"),
           E("Person", "Larry Harmon"), E("Company", "True Line"), E("Person", "Marcus Lipsky"),
           E("Service", "Reddi-wip"), E("Company", "SIB Productions"), E("Location", "U.S."), E("Location", "Chicago")],
 # 'founded by Lou Scheimer, Hal Sutherland and Norm Prescott in 1962' -> founder at Filmation Associates for each
 # (three people named together: founder, GUIDELINES, Roles, 'Founders'), current true; "Filmation's main director Hal
 # Sutherland" -> executive at Filmation Associates, current true (the studio's chief director, a senior creative post
 # as batches 40x-58n took 'creative director'; no departure told; doubtful: a reader might give director, which
 # GUIDELINES keeps for managing and board directors, or no role). Near-misses, no role: 'True Line, one of whose
 # owners was Marcus Lipsky, who then owned Reddi-wip whipped cream' (an owner, no post; as batches 29a and 32h);
 # 'Larry Harmon closed the studio' (he ran it, the text names no post; a reader might give founder or head at Larry
 # Harmon Pictures from the name); 'while working at Larry Harmon Pictures' and 'went to work at ... True Line' (staff,
 # no post)
 roles=[R(p, "founder", FA) for p in FA_FOUNDERS] + [R("Hal Sutherland", "executive", FA)],
 # 'Filmation was closed by parent company Group W Productions' -> parentOrganization(Filmation Associates, Group W
 # Productions) (no purchase told in the text: no acquired); 'the two adaptations of the Mattel toyline Masters of the
 # Universe' -> provider(Masters of the Universe, Mattel). Near-misses, no relation: 'its intellectual properties were
 # acquired by French cosmetic firm L'Oréal' (an asset purchase, not the company: no acquired, no parent; a reader
 # might add acquired(L'Oréal, Filmation Associates)); 'the rights to Filmation's productions ... are today owned
 # primarily by DreamWorks Animation Television' (rights, not the company); 'the DC Comics and Archie Comics animated
 # adaptations' and 'the two adaptations of the Mattel toyline' (no deal with the publishers or the toy maker told:
 # no partner; doubtful: an adaptation implies a licence); 'Marcus Lipsky, who then owned Reddi-wip' (a person's
 # holding: no provider, no tie between True Line and Reddi-wip); 'SIB Productions ... approached them about producing
 # a cartoon' (an approach; the sentence that tells the two agreeing is cut: no partner)
 relations=[L(FA, "parentOrganization", "Group W Productions"), L("Masters of the Universe", "provider", "Mattel")],
 outages=[],
 # 'in 1962', 'In 1989', 'in 1957', 'by 1961' -> the years. No date: 'Since then', 'today', 'Eventually', 'then'
 # (no calendar value)
 dates=[D("1962", "1962"), D("1989", "1989"), D("1957", "1957"), D("1961", "1961")])

# ---- board games, US: Mayfair Games -------------------------------------------------------------------------------
MG = "Mayfair Games"
A["wp-mayfair-games"] = dict(
 # the publisher -> Company 'Mayfair Games', alias 'Mayfair'; TSR, Inc. (alias 'TSR'), Iron Crown Enterprises (alias
 # 'ICE') and Ironwind, Inc. -> Company; Darwin Bromley (alias 'Bromley'), Bill Fawcett and Pete Fenlon -> Person;
 # Chicago, Illinois and United States (alias 'US', 'in the US') -> Location; the game series The Settlers of Catan
 # (alias 'Catan', in 'the Catan family of games' and 'Catan-related'), the games Empire Builder and Advanced Dungeons
 # & Dragons and the supplement line Role Aids -> Service (GUIDELINES, Types: games; a supplement line as batch 60f's
 # Legends & Lairs). Ironwind, Inc. is its own entity, not an alias of Mayfair Games ('This new company operates
 # publicly under the Mayfair Games trademark': a new company trading under the old name; doubtful: a reader might
 # merge them). No entity: 'Euro-style board games' (generic); 'The court' (no name); 'their 1984 trademark agreement'
 # (an agreement, no name); 'American' (an adjective)
 entities=[E("Company", MG, "Mayfair"), E("Service", "The Settlers of Catan", "Catan"), E("Person", "Darwin Bromley",
           "Bromley"), E("Location", "Chicago"), E("Location", "Illinois"), E("Location", "United States", "US"),
           E("Service", "Empire Builder"), E("Person", "Bill Fawcett"), E("Service", "Role Aids"),
           E("Company", "TSR, Inc.", "TSR"), E("Service", "Advanced Dungeons & Dragons"),
           E("Company", "Iron Crown Enterprises", "ICE"), E("Company", "Ironwind, Inc."), E("Person", "Pete Fenlon")],
 # 'Mayfair Games was founded in 1981 by Darwin Bromley' -> founder at Mayfair Games (one person named), current true;
 # 'Pete Fenlon became the CEO of Mayfair Games in 2007' -> ceo at Mayfair Games, current true (no departure in the
 # text; doubtful: the company is told in the past tense, and the sentence the excerpt breaks off is cut). Near-misses,
 # no role: 'a railroad game designed by Bromley and Bill Fawcett' (designers of a game, no post)
 roles=[R("Darwin Bromley", "founder", MG), R("Pete Fenlon", "ceo", MG)],
 # 'The company was created to publish Empire Builder', 'Mayfair Games expanded its focus to include Role Aids' and
 # 'Mayfair Games became the publisher of The Settlers of Catan in the US' -> provider(game, Mayfair Games) each (the
 # publisher, as batches 58c-60f took publishers; doubtful for The Settlers of Catan, licensed from an owner the text
 # does not name); 'TSR, Inc., who argued that Role Aids violated their 1984 trademark agreement, being advertised as
 # compatible with Advanced Dungeons & Dragons' and 'violated the trademark' -> provider(Advanced Dungeons & Dragons,
 # TSR, Inc.) (the trademark TSR defends; doubtful: not said in so many words) and partner(Mayfair Games, TSR, Inc.)
 # (their trademark agreement, a licensing tie; relations carry no time; doubtful: the suit shows the two at odds);
 # 'bailed out by Iron Crown Enterprises (ICE), who purchased most of their assets and restarted operations as
 # Ironwind, Inc.' -> parentOrganization(Ironwind, Inc., Iron Crown Enterprises) (ICE's new company; doubtful: a
 # reader might read the restart as Mayfair's own). Near-misses, no relation: 'who purchased most of their assets' (an
 # asset purchase, GUIDELINES, Relations: no acquired(Iron Crown Enterprises, Mayfair Games) and no parent); 'until
 # the rights were bought by TSR' (rights to a line, not a company: no acquired); 'In 1993, Mayfair was sued by TSR,
 # Inc.' (a lawsuit, no relation of its own); 'licensed worldwide English-language publishing rights to The Settlers
 # of Catan series' (the licensor is not named: no partner); 'operates publicly under the Mayfair Games trademark' (a
 # trade name: no relation between Ironwind, Inc. and Mayfair Games)
 relations=[L("Empire Builder", "provider", MG), L("Role Aids", "provider", MG),
            L("The Settlers of Catan", "provider", MG), L("Advanced Dungeons & Dragons", "provider", "TSR, Inc."),
            L(MG, "partner", "TSR, Inc."), L("Ironwind, Inc.", "parentOrganization", "Iron Crown Enterprises")],
 outages=[],
 # 'between 1996 and 2016' ('1996'; 'In 1996' the same text and value, one item), 'in 1981', 'In 1982', 'In 1993',
 # 'their 1984 trademark agreement', 'in 1997', 'in 2007', 'In 2013' -> the years. No date: 'subsequently',
 # 'until the rights were bought' (no calendar value); '750,000' (a count)
 dates=[D("1996", "1996"), D("2016", "2016"), D("1981", "1981"), D("1982", "1982"), D("1993", "1993"),
        D("1984", "1984"), D("1997", "1997"), D("2007", "2007"), D("2013", "2013")])

# ---- toys, US: Little Tikes ---------------------------------------------------------------------------------------
LT = "Little Tikes"
A["wp-little-tikes"] = dict(
 # the toy maker -> Company 'Little Tikes' (also in "Little Tikes'"); Rubbermaid (also in "Rubbermaid's"), Step 2 ('a
 # new toy business'), Newell, Newell Rubbermaid and MGA Entertainment (also in "MGA Entertainment's") -> Company; Tom
 # G. Murdough Jr. (alias 'Murdough') and Jack E. Hill (alias 'Hill', in "Hill's share") -> Person; Hudson, Ohio, Asia,
 # Europe, Aurora and Streetsboro -> Location (Ohio once, named three times). Rubbermaid and Newell Rubbermaid are two
 # entities ('Rubbermaid merged with Newell to form Newell Rubbermaid'; "Rubbermaid's $6.3 billion in annual sales" of
 # 2006 is read as the name as written, not moved to Newell Rubbermaid; doubtful). No entity: 'its party kitchen and
 # turtle sandbox' (lower case, generic names of toys; doubtful: a reader might take two Services); 'children's toys',
 # 'molded plastic toys' (generic); 'American' (an adjective)
 entities=[E("Company", LT), E("Location", "Hudson"), E("Location", "Ohio"), E("Location", "Asia"),
           E("Location", "Europe"), E("Person", "Tom G. Murdough Jr.", "Murdough"), E("Person", "Jack E. Hill", "Hill"),
           E("Location", "Aurora"), E("Company", "Rubbermaid"), E("Company", "Step 2"), E("Location", "Streetsboro"),
           E("Company", "Newell"), E("Company", "Newell Rubbermaid"), E("Company", "MGA Entertainment")],
 # 'The company was established by Tom G. Murdough Jr. and Jack E. Hill' -> founder at Little Tikes for each (two
 # people named together: founder, GUIDELINES, Roles, 'Founders'; 'established' as 'founded'), current true (Hill
 # stays a founder after 'Murdough purchased Hill's share'); 'he would stay with the new parent company for a
 # five-year period as president and general manager through 1989' and 'Murdough announced that he would be leaving
 # Little Tikes at the end of that year' -> president and executive ('general manager': 'manager' -> executive,
 # GUIDELINES, Roles) at Little Tikes, current false (the text, written long after, tells the end of the term; org
 # Little Tikes, the company he ran and left; doubtful: 'stay with the new parent company' might be read as posts at
 # Rubbermaid); 'In 1991, Murdough established a new toy business called Step 2' -> founder at Step 2 (one person
 # named), current true. Near-misses, no role: 'Murdough signed an employment agreement with Rubbermaid' (the
 # agreement, not a further post); 'Murdough purchased Hill's share of the company' (an owner, no post)
 roles=[R("Tom G. Murdough Jr.", "founder", LT), R("Jack E. Hill", "founder", LT),
        R("Tom G. Murdough Jr.", "president", LT, False), R("Tom G. Murdough Jr.", "executive", LT, False),
        R("Tom G. Murdough Jr.", "founder", "Step 2")],
 # 'The company was acquired by Rubbermaid in 1984' ('the new parent company') -> acquired(Rubbermaid, Little Tikes)
 # and parentOrganization(Little Tikes, Rubbermaid); 'The company was acquired by MGA Entertainment in September 2006
 # from Newell Rubbermaid' -> acquired(MGA Entertainment, Little Tikes) and parentOrganization(Little Tikes, MGA
 # Entertainment) (GUIDELINES, Relations: completed purchases), and parentOrganization(Little Tikes, Newell
 # Rubbermaid) (the seller, its owner before the sale; past ownership still recorded; doubtful: said only through
 # 'from'). Near-misses, no relation: 'In 1999, Rubbermaid merged with Newell to form Newell Rubbermaid' (a merger
 # with no buyer told: no acquired, and no parentOrganization(Rubbermaid, Newell Rubbermaid); a reader might add
 # one); 'Step 2 ... aimed at competing with and outselling Little Tikes' (rivals, no tie); 'Murdough signed an
 # employment agreement with Rubbermaid' (a person and a company: no partner)
 relations=[L("Rubbermaid", "acquired", LT), L(LT, "parentOrganization", "Rubbermaid"),
            L("MGA Entertainment", "acquired", LT), L(LT, "parentOrganization", "MGA Entertainment"),
            L(LT, "parentOrganization", "Newell Rubbermaid")],
 outages=[],
 # 'in 1967', 'in 1969', 'in 1984', 'through 1989' ('1989'), 'In May 1989', 'In 1991', 'In 1999', 'in September 2006',
 # 'As of 2006' ('2006') -> the years and months. No date: 'at the end of that year' (relative to May 1989 in the
 # text, not to `published`), 'a five-year period', 'now' (no calendar value); '500', '$250 million' (figures)
 dates=[D("1967", "1967"), D("1969", "1969"), D("1984", "1984"), D("1989", "1989"), D("May 1989", "1989-05"),
        D("1991", "1991"), D("1999", "1999"), D("September 2006", "2006-09"), D("2006", "2006")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
