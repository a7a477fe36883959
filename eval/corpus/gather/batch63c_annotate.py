#!/usr/bin/env python3
"""Batch 63c gold annotations (the texts of batch63c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-62j; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); centuries and decades ('the late nineteenth
century', 'the twentieth century', 'the 1880s', 'the 1930s', 'the early 1980s'), 'The next year' (a year counted from
the sentence before), 'For many years', 'its early years', 'over the years' -> nothing; 'February of 1966' -> the
month; 'Prior to his death in 1938', 'by 1906' -> the year (as batches 59a-62j read theirs).
No text tells an outage, so every `outages` list is empty; Laker Airways' 'went into bankruptcy ..., operating its
last flight on 5 February 1982' is a business failure (GUIDELINES, Outages: not an outage), the only near-miss.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-62j): a completed purchase ('acquiring', 'was
acquired by', 'acquisition by', 'was bought by', 'the purchase of') -> acquired + parentOrganization(target, buyer),
the text never saying a target was merged away; a purchase of assets ('acquired and incorporated the assets of') ->
nothing (GUIDELINES: asset purchases); a takeover bid fought off -> nothing; a company's former and later names ->
aliases of one entity ('formerly Eagle Star Insurance Company Limited', 'founded ... as the British Dominions Marine
Insurance Company', 'renamed the Eagle Star & British Dominions', 'Myer (later Coles Myer)', 'first founded as C. W.
Cayzer & Company', 'renamed Cayzer, Irvine & Company', 'became The Clan Line of Steamers Limited', 'incorporated ... as
Cayzer, Irvine & Company, Limited'); flying 'under contract to' a named airline and building and managing ships for a
named association -> partner (GUIDELINES, Relations: a contract between two named organisations; the second
doubtful); founders (GUIDELINES part 2, Roles, 'Founders'): 'founded by Sir Freddie Laker', 'founded by Edward
Mountain', 'founded by Sir William Rawlins', 'founded ... by Charles Cayzer' -> founder (one person named alone); 'its
founding by the Grace brothers, Albert Edward and Joseph Neal Grace' -> cofounder each (two people named together);
'became managing director of' -> director (GUIDELINES: managing director), current false where the text tells the
holder's death ('Prior to his death in 1938'; doubtful); 'joined the company' with no title, owners and majority
holders ('Cayzer himself retained ownership', 'Cayzer holding the majority interest', 'the Cayzer family retaining
control') and 'his sons continuing to run the company' (unnamed) -> no role; honorifics and ranks ('Sir', 'Captain')
are not part of the name; a surname alone -> alias of the one person it stands for ('Laker', 'Cayzer'); aircraft
models -> Service (GUIDELINES, Types), with no provider where the maker is named only inside the model's name ('BAC',
'Bristol'); ships ('the original six Clan ships') and stock indices ('the FTSE 100 Index') -> nothing; stock
exchanges -> Company; airports, named streets and a shopping centre -> Location (GUIDELINES, Types: named sites;
batch 57b's '17 Whitaker Street'); demonyms and adjectives ('British', 'Australian', 'Icelandic', 'German') -> nothing.
usage: batch63c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- insurance, UK: Eagle Star Insurance (the IPFS copy) ------------------------------------------------------------
ES = "Eagle Star Insurance Company plc"
BAT = "BAT Industries"
ZFS = "Zurich Financial Services"
A["wp-eagle-star-insurance"] = dict(
 # the insurer -> Company 'Eagle Star Insurance Company plc' (the fullest name, the lead's), aliases its former name
 # 'Eagle Star Insurance Company Limited' ('formerly ...'), its first name 'British Dominions Marine Insurance Company'
 # ('The Company was founded ... as ...'), its names of 1917 and 1937 'Eagle Star & British Dominions' and 'Eagle Star'
 # ('It was renamed ...'; 'under the Eagle Star name'); 'The Company', 'It' generic; the three offices it bought ->
 # Company 'Eagle' ('the Eagle (founded by Sir William Rawlins in 1807)'), 'Sceptre' and 'Star' (the text's own short
 # names, each an insurance office; doubtful: a reader might not type one-word names, or might take 'Star' for part of
 # 'Eagle Star'); London Stock Exchange (a business, GUIDELINES part 1), Allianz ('the German insurance Group'), BAT
 # Industries, Zurich Financial Services -> Company; Edward Mountain, William Rawlins ('Sir William Rawlins', the
 # honorific not in the name) -> Person; Threadneedle Street ('1 Threadneedle Street, London EC2': a named street, the
 # head office's site), London, Cheltenham -> Location. No entity: 'the FTSE 100 Index' (a stock index, GUIDELINES,
 # Types), 'Pluvius (weather) insurance' (a class of cover), 'the five principal overseas Dominions' (no place named),
 # 'EC2' (a postcode district), '£968m' (an amount), 'British', 'German' (adjectives)
 entities=[E("Company", ES, "Eagle Star Insurance Company Limited", "British Dominions Marine Insurance Company",
             "Eagle Star & British Dominions", "Eagle Star"),
           E("Company", "London Stock Exchange"), E("Person", "Edward Mountain"), E("Company", "Eagle"),
           E("Person", "William Rawlins"), E("Company", "Sceptre"), E("Company", "Star"),
           E("Location", "Threadneedle Street"), E("Location", "London"), E("Location", "Cheltenham"),
           E("Company", "Allianz"), E("Company", BAT), E("Company", ZFS)],
 # 'The Company was founded by Edward Mountain in 1904' -> founder at Eagle Star (one person named alone), current
 # true; 'the Eagle (founded by Sir William Rawlins in 1807)' -> founder at the Eagle, current true (as founders are
 # read; the text tells no end). Near-misses: 'It was listed on the London Stock Exchange' -> no role and no relation
 # (a listing is no partnership)
 roles=[R("Edward Mountain", "founder", ES), R("William Rawlins", "founder", "Eagle")],
 # 'acquiring the Eagle ... in 1916 and both the Sceptre ... and the Star ... in 1917' -> acquired(Eagle Star, each) +
 # parentOrganization(each, Eagle Star) (completed purchases; the text does not say the offices were merged away;
 # doubtful: the renaming to 'Eagle Star & British Dominions' may be read as the buyer absorbing them, which would
 # leave acquired only); 'It was acquired by BAT Industries for £968m in 1984' -> acquired(BAT Industries, Eagle Star)
 # + parentOrganization(Eagle Star, BAT Industries); 'It continued to trade, under the Eagle Star name, until
 # acquisition by Zurich Financial Services in 1999' -> acquired(Zurich Financial Services, Eagle Star) +
 # parentOrganization(Eagle Star, Zurich Financial Services) (a completed purchase; doubtful: 'continued to trade ...
 # until' may be read as the name ending with the purchase, not the company merged away; past ownership by BAT is
 # still recorded, GUIDELINES: relations carry no time). Near-misses, no relation: 'In 1981 it fought off a takeover
 # bid from Allianz' -> nothing (a bid that failed, GUIDELINES: bids); 'listed on the London Stock Exchange' ->
 # nothing
 relations=[L(ES, "acquired", "Eagle"), L("Eagle", "parentOrganization", ES), L(ES, "acquired", "Sceptre"),
            L("Sceptre", "parentOrganization", ES), L(ES, "acquired", "Star"), L("Star", "parentOrganization", ES),
            L(BAT, "acquired", ES), L(ES, "parentOrganization", BAT), L(ZFS, "acquired", ES),
            L(ES, "parentOrganization", ZFS)],
 outages=[],
 # '1904', '1911', '1916' (twice, one item), '1807', '1917' (twice, one item), '1864', '1843', '1937', 'October 1968',
 # '1981', '1984', '1999'; 'For many years', 'its early years' -> nothing
 dates=[D("1904", "1904"), D("1911", "1911"), D("1916", "1916"), D("1807", "1807"), D("1917", "1917"),
        D("1864", "1864"), D("1843", "1843"), D("1937", "1937"), D("October 1968", "1968-10"), D("1981", "1981"),
        D("1984", "1984"), D("1999", "1999")])

# ---- airlines, UK: Laker Airways (wikipedia.org's rendering) ---------------------------------------------------------
LA = "Laker Airways"
FL = "Freddie Laker"
A["wp-laker-airways"] = dict(
 # the airline -> Company 'Laker Airways' ('the company', 'The airline' generic); Loftleiðir ('Icelandic low-cost
 # carrier Loftleiðir'), British Overseas Airways Corporation (alias 'BOAC'), Air France -> Company; Freddie Laker
 # ('Sir Freddie Laker', the honorific not in the name; alias 'Laker': "Laker's racing colours", the founder) ->
 # Person; the aircraft models 'Bristol Britannia 102' (alias 'Britannias': 'The Britannias were supplemented', the
 # same model in the plural; '102 series turboprops' left out of the name) and 'BAC One-Eleven 300' -> Service
 # (GUIDELINES, Types: aircraft models; doubtful: a reader might leave the models out of a company history); Gatwick
 # Airport (alias 'London Gatwick Airport', the same airport), John F. Kennedy Airport (airports, GUIDELINES, Types),
 # Crawley, England, New York City -> Location. No entity: 'Bristol' and 'BAC' (makers named only inside the models'
 # names, GUIDELINES, Types), 'the manufacturer' (unnamed), 'the recession' (an event), '£4 million' (an amount),
 # 'British', 'Icelandic' (adjectives)
 entities=[E("Company", LA), E("Person", FL, "Laker"), E("Location", "Gatwick Airport", "London Gatwick Airport"),
           E("Location", "Crawley"), E("Location", "England"), E("Location", "New York City"),
           E("Location", "John F. Kennedy Airport"), E("Company", "Loftleiðir"),
           E("Company", "British Overseas Airways Corporation", "BOAC"),
           E("Service", "Bristol Britannia 102", "Britannias"), E("Company", "Air France"),
           E("Service", "BAC One-Eleven 300")],
 # 'Laker Airways was a private British airline founded by Sir Freddie Laker in 1966' -> founder at Laker Airways (one
 # person named alone), current true. Near-misses: 'Freddie Laker announced the creation of Laker Airways' -> the
 # same founder role, nothing more (no other title is given him in the text)
 roles=[R(FL, "founder", LA)],
 # 'initially operating under contract to Air France' -> partner(Laker Airways, Air France) (a stated contract between
 # two named airlines; the text's order, the airline the sentence is about first). Near-misses, no relation: 'two
 # former British Overseas Airways Corporation (BOAC) Bristol Britannia 102 series turboprops' -> no relation with
 # BOAC (second-hand aircraft, an asset; BOAC neither makes the model nor is said to supply it by contract; a reader
 # might give partner) and no provider(Bristol Britannia 102, BOAC) (a former operator, not the maker); 'an initial
 # 1966 order with the manufacturer' -> no partner (the maker unnamed) and no provider for 'BAC One-Eleven 300'
 # ('BAC' only inside the name); '(after pioneering Icelandic low-cost carrier Loftleiðir)' -> nothing (a comparison);
 # 'went into bankruptcy' -> no outage, no relation
 relations=[L(LA, "partner", "Air France")],
 outages=[],
 # '1966' (three times: 'in 1966', 'an initial 1966 order'; one item), '1977', '5 February 1982', 'February of 1966'
 # (the month), '29 July 1966', 'December 1967'; 'the early 1980s' (a decade) -> nothing
 dates=[D("1966", "1966"), D("1977", "1977"), D("5 February 1982", "1982-02-05"), D("February of 1966", "1966-02"),
        D("29 July 1966", "1966-07-29"), D("December 1967", "1967-12")])

# ---- retail, Australia: Grace Bros (en.wikipedia.org '= Title =' rendering) ------------------------------------------
GB = "Grace Bros"
MY = "Myer"
AG = "Albert Grace"
JG = "Joseph Neal Grace"
A["wp-grace-bros"] = dict(
 # the chain -> Company 'Grace Bros' ("Sydney's major Grace Bros" and 'the store' are its Broadway store; 'The Grace
 # auditorium' is a room in it, no entity); Myer, alias 'Coles Myer' ('bought by Myer (later Coles Myer)': the text
 # gives Coles Myer as the buyer's later name, GUIDELINES, Types: former names are aliases; doubtful: a reader who
 # knows the 1985 merger with Coles might make Coles Myer its own company), Anthony Hordern & Sons, Mark Foy's ->
 # Company; the brothers -> Person 'Albert Grace' (alias 'Albert Edward': 'the Grace brothers, Albert Edward and
 # Joseph Neal Grace'; the full 'Albert Edward Grace' is never written out in the text, so the name is 'Albert Grace',
 # written twice) and 'Joseph Neal Grace'; Isabel Grace -> Person (named, no role); New South Wales, Australian Capital
 # Territory, Victoria, Sydney, England, George Street, Broadway ('a five-storey building at Broadway', 'located on
 # Broadway': a named street), Broadway Shopping Centre (a named site), Bay Street -> Location. No entity: 'the Grace
 # brothers', 'The two brothers' (generic), 'the city' (Sydney again, generic), 'the Myer name' (Myer's name, no other
 # entity), 'Australian' (an adjective), '25 stores', 'three and a half acres of furniture' (amounts)
 entities=[E("Company", GB), E("Company", MY, "Coles Myer"), E("Location", "New South Wales"),
           E("Location", "Australian Capital Territory"), E("Location", "Victoria"), E("Location", "Sydney"),
           E("Person", AG, "Albert Edward"), E("Person", JG), E("Location", "England"), E("Location", "George Street"),
           E("Location", "Broadway"), E("Location", "Broadway Shopping Centre"),
           E("Company", "Anthony Hordern & Sons"), E("Company", "Mark Foy's"), E("Person", "Isabel Grace"),
           E("Location", "Bay Street")],
 # 'following its founding by the Grace brothers, Albert Edward and Joseph Neal Grace, in 1885' -> cofounder at Grace
 # Bros, each (two people named together as founding it, GUIDELINES part 2, Roles, 'Founders'), current true; 'In
 # 1931, Joseph Neal Grace died and Albert Grace became managing director of Grace Bros' -> director at Grace Bros
 # (managing director, GUIDELINES), current false ('Prior to his death in 1938': the text tells that he died; doubtful:
 # the text never says he left the post, and a reader might set current true as batch 62j did for posts of the
 # 1830s). Near-misses: Joseph Neal Grace's death in 1931 -> no other role for him (the text gives him no title);
 # 'Isabel Grace died in 1970' -> no role (no post named)
 roles=[R(AG, "cofounder", GB), R(JG, "cofounder", GB), R(AG, "director", GB, False)],
 # 'It was bought by Myer (later Coles Myer) in 1983' -> acquired(Myer, Grace Bros) + parentOrganization(Grace Bros,
 # Myer) (a completed purchase; the stores 're-branded under the Myer name in 2004' is a rebranding, the text does not
 # say the company was merged away). Near-misses, no relation: 'many of their contemporaries perished such as Anthony
 # Hordern & Sons and Mark Foy's' -> nothing (competitors); 'Subsequent additions and property purchases' -> nothing
 # (property, GUIDELINES: asset purchases)
 relations=[L(MY, "acquired", GB), L(GB, "parentOrganization", MY)],
 outages=[],
 # '1885' (three times, one item), '1983', '2004', '1906' ('by 1906'), '1931', '1938', '1970', '1904', '1923'; 'the
 # 1880s' (a decade), 'over the years' -> nothing
 dates=[D("1885", "1885"), D("1983", "1983"), D("2004", "2004"), D("1906", "1906"), D("1931", "1931"),
        D("1938", "1938"), D("1970", "1970"), D("1904", "1904"), D("1923", "1923")])

# ---- shipping, UK: Clan Line (piglix.com's copy) ---------------------------------------------------------------------
CL = "Clan Line"
CC = "Charles Cayzer"
CLA = "Clan Line Association of Steamers"
PG = "Persian Gulf Steam Ship Company"
A["wp-clan-line"] = dict(
 # the company -> Company 'Clan Line' (the article's name for it), aliases its names in turn as the text gives them to
 # 'the company': 'C. W. Cayzer & Company' ('first founded as'), 'Cayzer, Irvine & Company' ('it was renamed'), 'Cayzer
 # Irvine' (the short form, 'Cayzer Irvine built and managed ships'), 'The Clan Line of Steamers Limited' ('In 1890 the
 # company became') and 'Cayzer, Irvine & Company, Limited' ('The company was incorporated in 1907 as'); one company
 # under its names (GUIDELINES, Types; doubtful: the text runs the managing firm Cayzer Irvine and the shipowning
 # company together, and a reader who knows the history would keep Cayzer, Irvine & Company apart from The Clan Line of
 # Steamers Limited); Clan Line Association of Steamers ('was established' in 1881; kept apart: the text says Cayzer
 # Irvine built and managed ships 'for the association'), Persian Gulf Steam Ship Company, Scottish Shire Line ->
 # Company; Charles Cayzer (alias 'Cayzer': 'Cayzer himself retained ownership', 'Cayzer holding the majority
 # interest', the founder each time; 'the Cayzer family' and 'Cayzer baronets' hold the same surface as part of other
 # phrases), William Irvine ('Captain William Irvine', the rank not in the name) -> Person; Liverpool, Britain, Bombay,
 # India, Suez Canal (a named waterway), Glasgow ('an influential Glasgow businessman', '109 Hope Street, Glasgow'),
 # Hope Street (a named street, the head office's site), South Africa, Persian Gulf, North America -> Location. No
 # entity: 'Cayzer baronets' (a title's line, given as a cross-reference), 'the Cayzer family', 'his sons', 'an
 # influential Glasgow businessman' (unnamed), 'the original six Clan ships', 'four more ships' (ships, GUIDELINES,
 # Types), 'the First World War' (an event)
 entities=[E("Company", CL, "C. W. Cayzer & Company", "Cayzer, Irvine & Company", "Cayzer Irvine",
             "The Clan Line of Steamers Limited", "Cayzer, Irvine & Company, Limited"),
           E("Location", "Liverpool"), E("Person", CC, "Cayzer"), E("Location", "Britain"), E("Location", "Bombay"),
           E("Location", "India"), E("Location", "Suez Canal"), E("Person", "William Irvine"),
           E("Location", "Glasgow"), E("Company", CLA), E("Location", "Hope Street"), E("Location", "South Africa"),
           E("Company", PG), E("Location", "Persian Gulf"), E("Location", "North America"),
           E("Company", "Scottish Shire Line")],
 # 'first founded as C. W. Cayzer & Company in Liverpool in 1877 by Charles Cayzer' -> founder at Clan Line (one person
 # named alone), current true. Near-misses: 'Captain William Irvine joined the company and it was renamed Cayzer,
 # Irvine & Company' -> no role (no title given; a reader might give cofounder or director from the firm's name);
 # 'Cayzer himself retained ownership of the original six Clan ships', 'Cayzer holding the majority interest', 'the
 # Cayzer family retaining control' -> no further role (an owner, the lane's owner rule); 'his sons continuing to run
 # the company' -> nothing (unnamed); 'an influential Glasgow businessman' -> nothing (unnamed)
 roles=[R(CC, "founder", CL)],
 # 'The company again expanded its operations with the purchase of the Persian Gulf Steam Ship Company in 1894,
 # bringing four more ships into the company' -> acquired(Clan Line, Persian Gulf Steam Ship Company) +
 # parentOrganization(Persian Gulf Steam Ship Company, Clan Line) (the purchase of a named company; doubtful: 'bringing
 # four more ships into the company' and 'these new assets' may be read as a fleet bought, which would give nothing);
 # 'Cayzer Irvine built and managed ships for the association' -> partner(Clan Line, Clan Line Association of
 # Steamers) (a firm building and managing ships for a named association: a service contract, GUIDELINES, Relations;
 # doubtful: the text never says whether the association was a company apart, a reader might give nothing or a parent
 # relation). Near-misses, no relation: 'In 1918 they acquired and incorporated the assets of the Scottish Shire Line'
 # -> nothing (assets bought, GUIDELINES: asset purchases; a reader might give acquired); 'the Clan Line Association of
 # Steamers was established' -> no parentOrganization (the text does not say who owned it)
 relations=[L(CL, "acquired", PG), L(PG, "parentOrganization", CL), L(CL, "partner", CLA)],
 outages=[],
 # '1877', '1881', '1890', '1894', '1907', '1916', '1918'; 'the late nineteenth century', 'the twentieth century',
 # 'the 1930s' (a century, a decade), 'The next year' (1878, counted from the sentence before), 'At the same time' ->
 # nothing
 dates=[D("1877", "1877"), D("1881", "1881"), D("1890", "1890"), D("1894", "1894"), D("1907", "1907"),
        D("1916", "1916"), D("1918", "1918")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
