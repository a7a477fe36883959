#!/usr/bin/env python3
"""Batch 69ah gold annotations (session 63; the texts of batch69ah.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-69ab; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1920s', 'the
1930s', 'the 1950s'), '60' in '(1955 and 60)', 'the start of the 20th century', 'the end of World War I', 'to this
day', 'today' and 'The years between 1987 and 1996' as a span (its years listed) -> nothing beyond the years written.
No text tells an outage, so every `outages` list is empty; the liquidation of Union Theatres is no service
disruption.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-69ab): completed purchases ('GUO expanded by acquiring
the MGM Theatres cinema chain ..., the ... Ace Group ..., and completing their acquisition of Birch, Carroll & Coyle',
'AHL acquired control from the Rank Organisation') -> acquired + parentOrganization; a purchase of half the shares
that the text later calls control ('the Rank Organisation purchased 50% of ... Greater Union Theatres', 'AHL acquired
control from the Rank Organisation') and a 'major shareholding' the text later calls the seller's ('the Fox Film
Corporation ... secured a major shareholding in the company', 'Twentieth Century Fox sold Hoyts') -> acquired +
parentOrganization (doubtful: a minority or half share); owners named without a purchase ('was owned by ... Hellman
and Friedman ... and ... Lend Lease Corporation') -> parentOrganization only; 'two of the companies in the
corporation ...: Hoyts Media and Hoyts Entertainment' and 'the company that owned the cinemas, Hoyts Cinemas' ->
parentOrganization to Hoyts (doubtful); subsidiaries named by the parent's name and a country ('Berlei (New Zealand)
Limited was incorporated in 1923') as the company's expansion outside Australia -> parentOrganization (doubtful);
mergers into a new company ('merged to become Hoyts Theatres Limited', 'merged with other existing film
distributors'), an asset purchase ('its assets purchased by Greater Union Theatres'), businesses 'derived from' a
company, a sister chain, a sale to unnamed businessmen, a family's purchase (a family is no entity, GATHERING.md) ->
nothing; 'strategic alliances with Hoyts', 'a joint venture with Village Cinemas' and 'a partnership to form a joint
venture, Australian Theatres' -> partner (GUIDELINES: joint venture); a brand sold by named companies ('Berlei
undergarments are now sold in Australia by Hanesbrands and in the United Kingdom by Courtaulds Textiles') and a
cinema brand ('rebranded several of its ... cinemas as Event Cinemas') -> Service + provider; founders (GUIDELINES
part 2, Roles, 'Founders'): 'the firm's founder, Frederick Richard Burley', 'he founded the Australia Made Preference
League', 'he formed a new company called Hoyts Pictures Pty. Ltd.' and 'Thomas James West established West's
Pictures' (one person each) -> founder (current true: a founding is not undone); 'served as the first president of
the League' -> president, current false ('served', a man who died in 1954); 'holding office in the Rotary Club' ->
no role (no title told). Types: a company's former names and the company it merged into under its own name ('Hoyts
Pictures Pty. Ltd.', 'Hoyts Theatres Limited', 'Greater Union Theatres', 'Greater Union Organisation', 'GUO', 'GU')
-> aliases of one company (doubtful for Hoyts' merger of 1926); 'now Twentieth Century Fox', 'now Cineplex
Entertainment' -> aliases; a venue or a hall ('St. Georges Hall', 'the Hoyts Esquire') and streets -> Location; a
circus that a man bought a share in ('Hoyts Circus') -> Company; a stock exchange -> Company; a film ('The movie
Undercover'), a promotional train ('the Great White Train'), 'World War I', 'the Great Depression', a family ('the Fink
family', 'The Finks') -> no entity; demonyms and adjectives ('Australian', 'American') -> no entity.
usage: batch69ah_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- lingerie, Australia: Berlei (en.wikipedia.org) ----------------------------------------------------------------
BL = "Berlei Limited"
FRB = "Frederick Richard Burley"
AMPL = "Australia Made Preference League"
A["wp-berlei"] = dict(
 # 'Berlei is a brand of women's lingerie', 'The Berlei brand', 'Berlei undergarments' -> Service 'Berlei' (the text's
 # subject is the brand); the company -> Company 'Berlei Limited' (alias 'Unique Corsets', its first name: 'started in
 # 1910, as a company called Unique Corsets'); 'Berlei conducted a research project', 'the founder of Berlei', 'the
 # Berlei company' use the brand's name for the firm (one surface form, one entity: left with the Service; doubtful);
 # Hanesbrands, Courtaulds Textiles, 'Berlei (New Zealand) Limited', 'Berlei (U.K.) Limited' -> Company; Frederick
 # Richard Burley (aliases 'Frederick R. Burley', 'Frederick R Burley', 'Fred Burley', 'Burley') -> Person; the
 # Australia Made Preference League, the Rotary Club ('Rotary') -> Organization; Sydney, Australia, United Kingdom,
 # Hamilton, Victoria, Wahroonga, New South Wales -> Location. No entity: 'Australian', 'the League' (a generic
 # short form), 'the Great White Train', 'The movie Undercover' (doubtful)
 entities=[E("Service", "Berlei"), E("Location", "Sydney"), E("Location", "Australia"), E("Company", "Hanesbrands"),
           E("Location", "United Kingdom"), E("Company", "Courtaulds Textiles"),
           E("Person", FRB, "Frederick R. Burley", "Frederick R Burley", "Fred Burley", "Burley"),
           E("Company", BL, "Unique Corsets"), E("Company", "Berlei (New Zealand) Limited"),
           E("Company", "Berlei (U.K.) Limited"), E("Location", "Hamilton"), E("Location", "Victoria"),
           E("Location", "Wahroonga"), E("Location", "New South Wales"), E("Organization", "Rotary Club", "Rotary"),
           E("Organization", AMPL)],
 # 'the firm's founder, Frederick Richard Burley', 'was the founder of Berlei' -> founder at Berlei Limited (the firm);
 # 'he founded the Australia Made Preference League and served as the first president of the League' -> founder, and
 # president (current false: 'served'; he died in 1954). Near-miss: 'holding office in the Rotary Club' -> no role
 roles=[R(FRB, "founder", BL), R(FRB, "founder", AMPL), R(FRB, "president", AMPL, False)],
 # 'Berlei undergarments are now sold in Australia by Hanesbrands and in the United Kingdom by Courtaulds Textiles' ->
 # provider(Berlei, Hanesbrands), provider(Berlei, Courtaulds Textiles); the brand the company began ('The Berlei
 # brand originated in 1917', 'The name came from that of the firm's founder') -> provider(Berlei, Berlei Limited)
 # (doubtful); 'Berlei Limited was one of the first Australian companies to expand outside Australia. Berlei (New
 # Zealand) Limited was incorporated in 1923, and Berlei (U.K.) Limited was organised in 1930' ->
 # parentOrganization(each, Berlei Limited) (doubtful: the ownership is implied, not said)
 relations=[L("Berlei", "provider", "Hanesbrands"), L("Berlei", "provider", "Courtaulds Textiles"),
            L("Berlei", "provider", BL), L("Berlei (New Zealand) Limited", "parentOrganization", BL),
            L("Berlei (U.K.) Limited", "parentOrganization", BL)],
 outages=[],
 # '1910', '1917', '1923', '1930', '29 May 1885', '26 May 1954'
 dates=[D("1910", "1910"), D("1917", "1917"), D("1923", "1923"), D("1930", "1930"), D("29 May 1885", "1885-05-29"),
        D("26 May 1954", "1954-05-26")])

# ---- cinemas, Australia: Event Cinemas / Greater Union (liquisearch.com) --------------------------------------------
GUO = "Greater Union Organisation"
AHL = "AHL"
A["wp-event-cinemas"] = dict(
 # the chain's company -> Company 'Greater Union Organisation' (aliases 'Greater Union', 'Greater Union Theatres' (its
 # name before 'The name changed'), 'GUO', 'GU' ('the GU and BCC brands')); Thomas James West -> Person; "West's
 # Pictures", 'General Film Co of Australasia', 'Union Theatres', 'Australasian Films' (named together as 'Union
 # Theatres and Australasian Films'), 'Birch, Carroll & Coyle' (alias 'BCC'), 'British Empire Films', 'National
 # Theatre Supply Co.', 'Cinesound', 'Rank Organisation', 'Hoyts', 'Village Roadshow', 'Odeon Cinemas', 'Odeon
 # Theatres' (alias 'Cineplex Entertainment', 'now'), 'MGM Theatres', 'Ace Group', 'Village Cinemas' (alias 'Village',
 # 'the Village banner'), 'Australian Theatres' (the joint venture), AHL -> Company; 'Event Cinemas' (the brand the
 # cinemas took) -> Service; Queensland ('QLD'), United Kingdom, Canada, Western Australia ('WA'), NSW, ACT, SA,
 # Victoria, Singapore, United Arab Emirates, New Zealand -> Location. No entity: 'the Great Depression'
 entities=[E("Company", GUO, "Greater Union", "Greater Union Theatres", "GUO", "GU"),
           E("Person", "Thomas James West"), E("Company", "West's Pictures"),
           E("Company", "General Film Co of Australasia"), E("Company", "Union Theatres"),
           E("Company", "Australasian Films"), E("Location", "Queensland", "QLD"),
           E("Company", "Birch, Carroll & Coyle", "BCC"), E("Company", "British Empire Films"),
           E("Company", "National Theatre Supply Co."), E("Company", "Cinesound"), E("Company", "Rank Organisation"),
           E("Company", "Hoyts"), E("Company", "Village Roadshow"), E("Company", "Odeon Cinemas"),
           E("Location", "United Kingdom"), E("Company", "Odeon Theatres", "Cineplex Entertainment"),
           E("Location", "Canada"), E("Company", "MGM Theatres"), E("Location", "Western Australia", "WA"),
           E("Company", "Ace Group"), E("Company", "Village Cinemas", "Village"),
           E("Company", "Australian Theatres"), E("Location", "NSW"), E("Location", "ACT"), E("Location", "SA"),
           E("Location", "Victoria"), E("Location", "Singapore"), E("Location", "United Arab Emirates"),
           E("Company", AHL), E("Location", "New Zealand"), E("Service", "Event Cinemas")],
 # 'Thomas James West established West's Pictures' -> founder. No other person in the text
 roles=[R("Thomas James West", "founder", "West's Pictures")],
 # 'the Rank Organisation purchased 50% of the now stable Greater Union Theatres' with 'AHL acquired control from the
 # Rank Organisation' -> acquired + parentOrganization (doubtful: a half share); 'GUO expanded by acquiring the MGM
 # Theatres cinema chain in 1971, the ... Ace Group in 1986, and completing their acquisition of Birch, Carroll & Coyle
 # in 1991' -> acquired + parentOrganization each; 'AHL acquired control ... and continues to run the company' ->
 # acquired + parentOrganization; 'strategic alliances with Hoyts' -> partner(GUO, Hoyts) (the predecessor of Village
 # Roadshow unnamed: no partner with Village Roadshow there); 'a joint venture with Village Cinemas (trading as:
 # Australian Theatres)' -> partner(GUO, Village Cinemas); 'AHL sold 50% of its Australian cinema operations to
 # Village Roadshow in exchange for a partnership to form a joint venture, Australian Theatres' -> partner(AHL, Village
 # Roadshow); 'rebranded several of its ... cinemas as Event Cinemas' -> provider(Event Cinemas, GUO) ('The group'
 # read as GUO). Near-misses, no relation: the mergers into the General Film Co and Union Theatres; the asset purchase
 # of the liquidated Union Theatres; the companies 'derived from' Union Theatres and Australasian Films; 'sister chain
 # to Odeon Cinemas'; 'a relationship with ... Birch, Carroll & Coyle' (before its purchase); Australian Theatres'
 # owners (a joint venture: partner only)
 relations=[L("Rank Organisation", "acquired", GUO), L(GUO, "parentOrganization", "Rank Organisation"),
            L(GUO, "partner", "Hoyts"), L(GUO, "acquired", "MGM Theatres"), L("MGM Theatres", "parentOrganization", GUO),
            L(GUO, "acquired", "Ace Group"), L("Ace Group", "parentOrganization", GUO),
            L(GUO, "acquired", "Birch, Carroll & Coyle"), L("Birch, Carroll & Coyle", "parentOrganization", GUO),
            L(GUO, "partner", "Village Cinemas"), L(AHL, "acquired", GUO), L(GUO, "parentOrganization", AHL),
            L(AHL, "partner", "Village Roadshow"), L("Event Cinemas", "provider", GUO)],
 outages=[],
 # '1910', '1945', '1955', '1971', '1986', '1991', '1984', '2003', '2009'; decades and '60' -> nothing
 dates=[D("1910", "1910"), D("1945", "1945"), D("1955", "1955"), D("1971", "1971"), D("1986", "1986"),
        D("1991", "1991"), D("1984", "1984"), D("2003", "2003"), D("2009", "2009")])

# ---- cinemas, Australia: Hoyts (liquisearch.com) --------------------------------------------------------------------
HT = "Hoyts Theatres Limited"
FOX = "Fox Film Corporation"
A["wp-hoyts"] = dict(
 # the chain's company -> Company 'Hoyts Theatres Limited' (aliases 'Hoyts', 'Hoyts Pictures Pty. Ltd.' (the company
 # Russell formed, merged in 1926 into Hoyts Theatres Limited under the same name 'Hoyts'; doubtful)); Arthur Russell
 # ('Russell') -> Person; 'Hoyts Circus' -> Company (a travelling circus he bought a share in); 'Electric Theatres
 # Pty. Ltd.', 'Associated Theatres Pty. Ltd.', 'Fox Film Corporation' (alias 'Twentieth Century Fox', 'now'),
 # 'Australian Stock Exchange', 'Hoyts Media', 'Hoyts Entertainment', 'Hoyts Cinemas', 'Hellman and Friedman', 'Lend
 # Lease Corporation' -> Company; 'St. Georges Hall', 'Hoyts Esquire' (the hall's later name; doubtful: an alias of
 # the hall), Bourke Street, Melbourne, Sydney, New Zealand, United States, South America, Europe -> Location. No
 # entity: 'American', 'World War I', 'the Fink family', 'The Finks' (a family), 'four Melbourne businessmen'
 entities=[E("Person", "Arthur Russell", "Russell"), E("Company", "Hoyts Circus"), E("Location", "St. Georges Hall"),
           E("Location", "Bourke Street"), E("Location", "Melbourne"), E("Location", "Hoyts Esquire"),
           E("Company", HT, "Hoyts", "Hoyts Pictures Pty. Ltd."), E("Location", "Sydney"),
           E("Company", "Electric Theatres Pty. Ltd."), E("Company", "Associated Theatres Pty. Ltd."),
           E("Company", FOX, "Twentieth Century Fox"), E("Location", "New Zealand"), E("Location", "United States"),
           E("Location", "South America"), E("Location", "Europe"), E("Company", "Australian Stock Exchange"),
           E("Company", "Hoyts Media"), E("Company", "Hoyts Entertainment"), E("Company", "Hoyts Cinemas"),
           E("Company", "Hellman and Friedman"), E("Company", "Lend Lease Corporation")],
 # 'he formed a new company called Hoyts Pictures Pty. Ltd.' -> founder (Arthur Russell, one man). Near-miss: 'the
 # resident magician' of the circus -> no role
 roles=[R("Arthur Russell", "founder", HT)],
 # 'the Fox Film Corporation ... secured a major shareholding in the company' and 'Twentieth Century Fox sold Hoyts'
 # -> acquired + parentOrganization (doubtful: 'major shareholding'); 'two of the companies in the corporation ...:
 # Hoyts Media and Hoyts Entertainment', 'the company that owned the cinemas, Hoyts Cinemas' -> parentOrganization(each,
 # Hoyts Theatres Limited) (doubtful); 'Hoyts ... was owned by ... Hellman and Friedman ... and ... Lend Lease
 # Corporation' -> parentOrganization each (no purchase told: no acquired). Near-misses, no relation: Russell's share
 # in the circus (a person); the merger of 1926; the sale to four unnamed businessmen; the Fink family's buy-out (a
 # family, no entity); the listing of two companies on the Australian Stock Exchange
 relations=[L(FOX, "acquired", HT), L(HT, "parentOrganization", FOX),
            L("Hoyts Media", "parentOrganization", HT), L("Hoyts Entertainment", "parentOrganization", HT),
            L("Hoyts Cinemas", "parentOrganization", HT), L(HT, "parentOrganization", "Hellman and Friedman"),
            L(HT, "parentOrganization", "Lend Lease Corporation")],
 outages=[],
 # '1926', '1932', 'August 1982', 'April 1985', '1987', '1996', '1994'
 dates=[D("1926", "1926"), D("1932", "1932"), D("August 1982", "1982-08"), D("April 1985", "1985-04"),
        D("1987", "1987"), D("1996", "1996"), D("1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
