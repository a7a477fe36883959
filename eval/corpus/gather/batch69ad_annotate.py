#!/usr/bin/env python3
"""Gold annotations for batch 69ad (session 63; gatherer lane 69ad; round notes /tmp/gather69ad/NOTES.md): three
company histories from English Wikipedia — Bickford's (a New York and New England lunchroom chain), Grosset & Dunlap (a
New York publishing house) and Whitman's (a Philadelphia boxed chocolates maker). Annotated from each text alone, by
eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split (sorted ids dealt test, train,
dev; b10.write_parts): test wp-bickfords-restaurant; train wp-grosset-and-dunlap; dev wp-whitmans. No text tells an
outage or a near-miss of one (chains bought, a publisher sold and resold, a confectioner bought and sold are business
events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68b): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('he established his own quick-lunch
Bickford's restaurants', 'Travelers' Lunch, which had been established by Bickford's brother Harold', 'a
"confectionery and fruiterer shoppe" set up in 1842 by 19 year old Stephen F. Whitman'), two named together are each
`cofounder` ('founded in 1898 by Alexander Grosset and George T. Dunlap'); current true unless the text tells a
leaving ('After George T. Dunlap retired in 1944' -> false, as batch 69p's founder after his death; life years in
brackets are no leaving told, doubtful); a past post ('In the 1910s, he was a vice president at the Waldorf System') ->
vice-president, current false; an architect and his father (a trade, no senior post) -> no role; 'X acquired Y',
'Y was purchased by X', 'X was sold to Y' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target not said to be merged away); a sale to a consortium of named buyers -> each buyer acquired
and parentOrganization (as batch 68n's joint purchase); 'part of X through its subsidiary Y', 'currently owned by X'
-> parentOrganization; 'their long partnership with X' -> partner (GUIDELINES, Relations: stated partnership); 'helped
X to develop' -> nothing (no partnership or contract stated; doubtful); an imprint ('through Platt & Munk') and named
products ('the Whitman's Sampler', 'Instantaneous Chocolates') -> Service with provider (as batch 68n's imprints and
batch 68b's store formats); licensed properties, book series and book titles ('Miss Spider', 'the Hardy Boys', 'The
Little Engine That Could') -> no entity (works, characters and shows, as batch 67z's book title and GUIDELINES' TV
shows), a band among them ('The Wiggles') -> Organization (GUIDELINES, Types: bands); a later name ('which was
renamed Hayes-Bickford') -> alias (GUIDELINES, Types); cities, states, regions, a corner of two streets -> Location; an
event ('the Civil War'), adjectives ('European') and common descriptions ('the Philadelphia waterfront') -> no entity;
decades ('the 1920s', 'the early 1960s'), life years in brackets ('(1885-1959)', as batches 63f and 64f) and spans
('over 160 years') -> no date.
usage: batch69ad_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- restaurants, US: Bickford's -------------------------------------------------------------------------------------
BK = "Bickford's Restaurants and Cafeterias"
SB = "Samuel Longley Bickford"
HL = "Hayes Lunch System"
A["wp-bickfords-restaurant"] = dict(
 # the company -> Company "Bickford's Restaurants and Cafeterias" (the lead's full name), alias "Bickford's" (the
 # chain, its lunchrooms and restaurants: one entity for the name); Foster's Cafeterias, the Waldorf System ('the
 # Waldorf System lunchroom chain'), Horn & Hardart, Travelers' Lunch, the White Lunch System and the Hayes Lunch
 # System (alias 'Hayes-Bickford', 'which was renamed Hayes-Bickford': a later name, GUIDELINES, Types) -> Company;
 # Samuel Longley Bickford (aliases 'Samuel Bickford' and 'Bickford', the surname in "Bickford's brother Harold",
 # possessive-free; doubtful: the surface 'Bickford' sits inside the company's alias "Bickford's"), Harold ("Bickford's
 # brother Harold": the fullest form the text gives, as batch 68n's 'Albert'), F. Russell Stuckert (alias 'Stuckert',
 # "Stuckert's father"), J. Franklin Stuckert and the seven writers and artists ('influenced Jack Kerouac, ...') ->
 # Person; New York City (alias 'New York': 'restaurants in New York', 'the New York area'; doubtful: a reader might
 # read 'New York' as the state), New England, Massachusetts, Boston and the West Coast ('the White Lunch System on the
 # West Coast': a named region, capitalised; doubtful: a reader might leave it as a common description) -> Location.
 # No entity: 'a company stock offering' (unnamed); the quoted letter's words (no name)
 entities=[E("Company", BK, "Bickford's"), E("Location", "New York City", "New York"), E("Location", "New England"),
           E("Location", "Massachusetts"), E("Company", "Foster's Cafeterias"), E("Person", "Jack Kerouac"),
           E("Person", "Allen Ginsberg"), E("Person", "Peter Orlovsky"), E("Person", "Woody Allen"),
           E("Person", "Andy Warhol"), E("Person", "William Styron"), E("Person", "Herbert Huncke"),
           E("Person", SB, "Samuel Bickford", "Bickford"), E("Company", "Waldorf System"),
           E("Person", "F. Russell Stuckert", "Stuckert"), E("Person", "J. Franklin Stuckert"),
           E("Company", "Horn & Hardart"), E("Location", "Boston"), E("Company", "Travelers' Lunch"),
           E("Person", "Harold"), E("Company", "White Lunch System"), E("Location", "West Coast"),
           E("Company", HL, "Hayes-Bickford")],
 # 'In the 1910s, he was a vice president at the Waldorf System lunchroom chain' -> vice-president at Waldorf System,
 # current false (a past post: 'was', in the 1910s, before his own chain); 'in 1921, he established his own
 # quick-lunch Bickford's restaurants in New York' -> founder at Bickford's Restaurants and Cafeterias (one person
 # named alone; 'established' read as founded: the lead's 'founded in 1921'), current true (no leaving told; his life
 # years '(1885-1959)' are given but no end of the post, as batch 56h; doubtful); "Travelers' Lunch, which had been
 # established by Bickford's brother Harold" -> founder at Travelers' Lunch, current true (no leaving told; the chain
 # bought from under him, doubtful). Near-misses, no role: "Bickford's architect was F. Russell Stuckert" (a trade,
 # an outside architect, no post); J. Franklin Stuckert 'had designed buildings for Horn & Hardart' (a trade); the
 # writers and artists (no organisation)
 roles=[R(SB, "vice-president", "Waldorf System", False), R(SB, "founder", BK), R("Harold", "founder", "Travelers' Lunch")],
 # 'It also acquired Travelers' Lunch, ..., the White Lunch System on the West Coast, and the Hayes Lunch System in
 # Boston' -> acquired(Bickford's Restaurants and Cafeterias, each) + parentOrganization (completed purchases; 'It' is
 # 'the Bickford's chain'; the Hayes Lunch System renamed, not merged away). Near-misses, no relation: "Bickford's and
 # Foster's Cafeterias influenced ..." (two chains named together: no ownership told in the kept text; a reader who
 # knows the infobox-free article might give parentOrganization(Foster's Cafeterias, Bickford's ...), doubtful); J.
 # Franklin Stuckert's buildings for Horn & Hardart (a person's work, no relation between companies)
 relations=b10.acq(BK, "Travelers' Lunch") + b10.acq(BK, "White Lunch System") + b10.acq(BK, HL),
 outages=[],
 # 'founded in 1921' and 'in 1921, he established' (one item), 'As of April 2024' -> 2024-04, 'in 1902', 'since 1917'
 # -> the years. No date: 'the 1920s', 'the 1970s', 'the 2000s', 'the 1910s', 'the 1890s' (decades); '(1885-1959)'
 # (life years in brackets, as batches 63f and 64f)
 dates=[D("1921", "1921"), D("April 2024", "2024-04"), D("1902", "1902"), D("1917", "1917")])

# ---- book publishing, US: Grosset & Dunlap ---------------------------------------------------------------------------
GD = "Grosset & Dunlap"
PR = "Penguin Random House"
PG = "Penguin Group"
SS = "Stratemeyer Syndicate"
BUYERS = ["Random House", "Little, Brown", "Harper and Brothers", "Scribners", "Book-of-the-Month Club"]
A["wp-grosset-and-dunlap"] = dict(
 # the company -> Company 'Grosset & Dunlap'; G. P. Putnam's Sons, Penguin Random House, Penguin Group ('its
 # subsidiary Penguin Group', 'the Penguin Group'), Chatterton & Peck, the Stratemeyer Syndicate (a book packager, a
 # business), Simon & Schuster, Random House, 'Little, Brown' (the name as written in the list, with its comma),
 # Harper and Brothers, Scribners and the Book-of-the-Month Club -> Company; Platt & Munk ('through Platt & Munk, The
 # Little Engine That Could': an imprint, Service, as batch 68n's imprints; doubtful: a reader might make it a Company
 # with parentOrganization); The Wiggles (a band among the licensed 'properties': Organization by GUIDELINES, Types;
 # doubtful: a reader might give no entity, as the other properties); Alexander Grosset and George T. Dunlap ->
 # Person; New York City (in 'New York City-based') -> Location. No entity: the licensed properties 'Miss Spider',
 # 'Strawberry Shortcake', 'Super Why!', 'Charlie and Lola', 'Nova the Robot', 'Weebles', 'Bratz', 'Sonic X', 'Atomic
 # Betty' (characters, shows and toy lines licensed for books: works, as TV shows and book titles; doubtful: a reader
 # might type the toy lines Weebles and Bratz as Service); 'Dick and Jane', 'The Little Engine That Could' and the
 # series 'the Hardy Boys', 'Nancy Drew', 'The Bobbsey Twins', 'Tom Swift', 'Cherry Ames' (books and book series,
 # works); 'photoplay editions' (a kind of book)
 entities=[E("Company", GD), E("Location", "New York City"), E("Company", "G. P. Putnam's Sons"), E("Company", PR),
           E("Company", PG), E("Organization", "The Wiggles"), E("Service", "Platt & Munk"),
           E("Person", "Alexander Grosset"), E("Person", "George T. Dunlap"), E("Company", "Chatterton & Peck"),
           E("Company", SS), E("Company", "Simon & Schuster")] + [E("Company", b) for b in BUYERS],
 # 'The company was founded in 1898 by Alexander Grosset and George T. Dunlap' -> cofounder for each (two named
 # together, GUIDELINES, Roles, 'Founders'); Grosset current true (no leaving told); Dunlap current false ('After
 # George T. Dunlap retired in 1944': GUIDELINES, Roles, retired -> false; doubtful: a founding is not a post one
 # leaves, but the corpus marks founders false on a told end, as batch 69p)
 roles=[R("Alexander Grosset", "cofounder", GD), R("George T. Dunlap", "cofounder", GD, False)],
 # "The company was purchased by G. P. Putnam's Sons in 1982" -> acquired + parentOrganization; 'today is part of
 # Penguin Random House through its subsidiary Penguin Group' -> parentOrganization(Grosset & Dunlap, Penguin Group),
 # parentOrganization(Penguin Group, Penguin Random House) and parentOrganization(Grosset & Dunlap, Penguin Random
 # House) ('is part of' said of Grosset & Dunlap itself; doubtful: a reader might give only the chain through Penguin
 # Group); 'In 1907, Grosset & Dunlap acquired Chatterton & Peck' -> acquired + parentOrganization; 'their long
 # partnership with the Stratemeyer Syndicate' -> partner(Grosset & Dunlap, Stratemeyer Syndicate) (a stated
 # partnership, direction as written); 'the Stratemeyer Syndicate (currently owned by Simon & Schuster)' ->
 # parentOrganization; 'Grosset & Dunlap was sold to a consortium of Random House; Little, Brown; Harper and Brothers;
 # Scribners; and the Book-of-the-Month Club' -> acquired(each, Grosset & Dunlap) + parentOrganization (a completed
 # joint purchase, as batch 68n); 'through Platt & Munk' -> provider(Platt & Munk, Grosset & Dunlap). Near-misses, no
 # relation: "Chatterton & Peck, who had a large children's list including the Stratemeyer Syndicate" (a list of
 # authors and series: no ownership or contract told); 'licensed children's books for such properties as ...' (the
 # licensors unnamed: no partner, The Wiggles included; doubtful)
 relations=b10.acq("G. P. Putnam's Sons", GD) + [L(GD, "parentOrganization", PG), L(PG, "parentOrganization", PR),
           L(GD, "parentOrganization", PR)] + b10.acq(GD, "Chatterton & Peck")
           + [L(GD, "partner", SS), L(SS, "parentOrganization", "Simon & Schuster")]
           + [x for b in BUYERS for x in b10.acq(b, GD)] + [L("Platt & Munk", "provider", GD)],
 outages=[],
 # 'founded in 1898' (twice, one item), 'in 1982', 'In 1907', 'in 1944' -> the years. No date: 'today', 'In recent
 # years', 'currently' (no calendar value, `published` null)
 dates=[D("1898", "1898"), D("1982", "1982"), D("1907", "1907"), D("1944", "1944")])

# ---- confectionery, US: Whitman's ------------------------------------------------------------------------------------
WH = "Whitman's"
SW = "Stephen F. Whitman"
RS = "Russell Stover Candies"
A["wp-whitmans"] = dict(
 # the company -> Company "Whitman's" (the text's only name for the business: 'one of America's largest and oldest
 # brands of boxed chocolates', 'taken over by the company', purchased and sold; doubtful: the text calls it a brand,
 # and a reader might type it Service with provider Russell Stover Candies); Russell Stover Candies, General Electric
 # and Pet, Inc. -> Company; the Whitman's Sampler and Instantaneous Chocolates (named products) -> Service; Stephen F.
 # Whitman (aliases 'Stephen Whitman' and 'Whitman', in 'Mr. Whitman' and 'Whitman began advertising') -> Person;
 # the United States (alias 'America', "one of America's largest"), Philadelphia (three times) and '12th and Market
 # Streets' (the corner as written, a named site, as batch 68b's streets; doubtful: a reader might annotate the two
 # streets apart or leave the corner out) -> Location. No entity: 'the Civil War' (an event); 'European' (an
 # adjective); 'the Philadelphia waterfront' (a common description; Philadelphia annotated); 'the candy industry'
 entities=[E("Company", WH), E("Location", "United States", "America"), E("Person", SW, "Stephen Whitman", "Whitman"),
           E("Location", "Philadelphia"), E("Company", RS), E("Service", "Whitman's Sampler"),
           E("Location", "12th and Market Streets"), E("Service", "Instantaneous Chocolates"),
           E("Company", "General Electric"), E("Company", "Pet, Inc.")],
 # 'Originally a "confectionery and fruiterer shoppe" set up in 1842 by 19 year old Stephen F. Whitman' -> founder at
 # Whitman's (one person named alone; 'set up' read as founded; doubtful: the shop is the business's beginning, not
 # named as the company), current true (no leaving told)
 roles=[R(SW, "founder", WH)],
 # "In the early 1960s, Whitman's was purchased by Pet, Inc." -> acquired + parentOrganization; "In 1993, the
 # Whitman's brand was sold to Russell Stover Candies" with "Whitman's confections have been produced ... currently by
 # Russell Stover Candies" -> acquired(Russell Stover Candies, Whitman's) + parentOrganization (the sale of the text's
 # subject itself, which the text calls a brand throughout; doubtful: batch 68b gave nothing for a brand name bought,
 # where the company had been liquidated); "Whitman's introduced ... Whitman's Sampler", 'Instantaneous Chocolates
 # were introduced' -> provider(each, Whitman's). Near-misses, no relation: "Whitman's helped General Electric to
 # develop a refrigerated display case" (help in a development, no partnership or contract named; doubtful: a reader
 # might give partner)
 relations=b10.acq("Pet, Inc.", WH) + b10.acq(RS, WH) + [L("Whitman's Sampler", "provider", WH),
           L("Instantaneous Chocolates", "provider", WH)],
 outages=[],
 # 'since 1842' and 'in 1842' (one item), 'in 1854', 'in 1866', 'In 1877', 'in 1912', 'In 1946', 'In 1993' -> the
 # years. No date: 'the early 1960s' (part of a decade); 'over 160 years' (a span); 'the summer months' (no year)
 dates=[D("1842", "1842"), D("1854", "1854"), D("1866", "1866"), D("1877", "1877"), D("1912", "1912"),
        D("1946", "1946"), D("1993", "1993")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
