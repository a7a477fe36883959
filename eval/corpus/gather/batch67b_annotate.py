#!/usr/bin/env python3
"""Batch 67b gold annotations (the texts of batch67b.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66p; batch10_annotate.write_parts), so with three texts: wp-getty-oil test, wp-irving-trust train,
wp-van-camps dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year
inside a phrase ('Starting in 1949', 'Between 1913 and 1931', 'By 1909') -> the year; a month with its year ('In June
1865', 'in February 2011') -> the month; a full date -> the day; the year in a law's name ('the National Bank Act of
1863') -> nothing (batch 41e's call, as batch 62i kept it); 'currently', 'At one point', 'Shortly thereafter',
'Following the war', 'during the Civil War' (relative, or an event with no date in the text) -> nothing. No text
tells an outage, so every `outages` list is empty; none tells a near-miss of one (a breached sale agreement, a court
verdict, two bankruptcies, bank mergers and a wartime supply contract are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66p): one person named alone as founding or incorporating a
company -> `founder` ('the large integrated oil company founded by J. Paul Getty', 'J. Paul Getty incorporated Getty
Oil'; 'Frank Van Camp went on to found Van Camp Seafood'), current true (GUIDELINES, Roles, 'Founders'); a company
'founded' with no person named ('In 1882 Van Camp Packing Company was founded') -> no role; an heir who sold a company
with no post named (Gordon Getty) -> no role (doubtful); 'sell the company to X', "Getty's purchase by X", 'was sold
to X', 'acquired by X' -> acquired and parentOrganization (completed; ownership told as past still recorded,
GUIDELINES, Relations), with the seller's past ownership ('Texaco which then sold ESPN to ABC') -> parentOrganization
(target, seller) (doubtful, as batches 51e-66p read a seller named); 'acquired, by merger, X' and 'acquired by merger
X' -> acquired only (the target merged into the buyer: merged away); 'merged with X, creating Y' (a merger with no
buyer named) -> nothing; a binding agreement to sell that was broken (Pennzoil) -> nothing (an abandoned deal);
'owned a majority stake of X' and 'the principal subsidiary of X' -> parentOrganization; 'a brand ... owned by X' ->
Service with provider X (GUIDELINES, Types: products users buy); a company's earlier and later names ('became the
Irving National Bank of New York', 'changed its name to', 'became known as Getty Petroleum Marketing Inc.') -> aliases
(GUIDELINES, Types); names inside a case caption ('Texaco, Inc. v. Pennzoil, Co.') -> the parties' fullest names, the
shorter forms aliases (batch 62-era captions; the caption itself no entity); buildings and an address ('the Woolworth
Building', '1 Wall Street') -> Location (named sites, GUIDELINES, Types), a building's later name ('what is now known
as the BNY Mellon Building') -> alias of the site; a place name in a compound modifier ('a New York State-chartered
bank') -> Location, as batch 66p's 'Boise-based'; 'U.S.' as a modifier ('in U.S. history') -> no entity (doubtful, as
batches 54zc-54zh read it); a capitalised region ('in the Northeast') -> Location; a company or place named only inside
another name ('BNY Mellon' in the building's name, 'Brooklyn' in 'National City Bank of Brooklyn', 'Stokely' cut with a
caption) -> no entity; 'Union troops', 'the Civil War', 'the neutral zone' (a side in a war, an event, an unnamed zone)
-> nothing.
usage: batch67b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- oil, US: Getty Oil ----------------------------------------------------------------------------------------------
GO = "Getty Oil Company"
TX = "Texaco, Inc."
PZ = "Pennzoil, Co."
A["wp-getty-oil"] = dict(
 # the company -> Company 'Getty Oil Company', aliases 'Getty Oil', 'Getty' ('sell Getty', 'Getty continued',
 # "Getty's purchase"; also in 'Getty gas stations') and its later name 'Getty Petroleum Marketing Inc.' ('The company
 # became known as'), with 'Getty Petroleum Marketing' and 'Getty Petroleum' (GUIDELINES, Types: former and later
 # names are aliases; doubtful: a reader might take the downstream remainder for a company of its own); J. Paul Getty
 # (alias 'J. Paul'), George Getty (alias 'George') and Gordon Getty -> Person; Oklahoma, Saudi Arabia, Kuwait and the
 # Northeast -> Location; Texaco (the caption's 'Texaco, Inc.' its fullest form, 'Texaco' alias), Pennzoil (the
 # caption's 'Pennzoil, Co.', 'Pennzoil' alias), Lukoil, Cambridge Securities LLC, ESPN and ABC -> Company (ESPN and
 # ABC broadcasters run as businesses, GUIDELINES, Types). No entity: 'U.S.' ('in U.S. history', a modifier;
 # doubtful); 'the neutral zone between Saudi Arabia and Kuwait' (lower case, no name); 'the family business' (no
 # name); the case 'Texaco, Inc. v. Pennzoil, Co.' (a lawsuit, no entity of its own); 'Chapter 11' (a chapter of a
 # law); the caption's Cheshire, Connecticut (cut with the caption: not in the text)
 entities=[E("Company", GO, "Getty Oil", "Getty", "Getty Petroleum Marketing Inc.", "Getty Petroleum Marketing",
             "Getty Petroleum"),
           E("Person", "J. Paul Getty", "J. Paul"), E("Location", "Oklahoma"), E("Person", "George Getty", "George"),
           E("Location", "Saudi Arabia"), E("Location", "Kuwait"), E("Person", "Gordon Getty"),
           E("Company", PZ, "Pennzoil"), E("Company", TX, "Texaco"), E("Location", "Northeast"),
           E("Company", "Lukoil"), E("Company", "Cambridge Securities LLC"), E("Company", "ESPN"),
           E("Company", "ABC")],
 # 'the large integrated oil company founded by J. Paul Getty' with 'J. Paul Getty incorporated Getty Oil in 1942' ->
 # founder at Getty Oil Company (one person named alone as founding it, GUIDELINES, Roles, 'Founders'), current true
 # (his death in 1976 ends no post the format lists). Near-misses, no role: Gordon Getty ('inherited a 40% interest',
 # 'struck a dramatic deal to sell the company': an heir and shareholder acting for the family, no post named;
 # doubtful: a reader might give him executive or chairman at Getty Oil); George Getty ('worked in the oil fields of
 # Oklahoma', 'the family business': no company named, no post)
 roles=[R("J. Paul Getty", "founder", GO)],
 # 'Gordon Getty struck a dramatic deal to sell the company to Texaco' with "Getty's purchase by Texaco" and 'the
 # buyout' -> acquired(Texaco, Inc., Getty Oil Company) and parentOrganization (completed; not merged away: 'Getty
 # continued to exist as a downstream entity'; doubtful: the same paragraph says only the reserves and some refineries
 # changed hands, and a reader might read the downstream rest as left outside Texaco); 'Getty Petroleum Marketing was
 # sold to Lukoil in 2000' -> acquired(Lukoil, Getty Oil Company) and parentOrganization (the alias's holder: the
 # company under its later name); 'Lukoil sold it to Cambridge Securities LLC in February 2011' ->
 # acquired(Cambridge Securities LLC, Getty Oil Company) and parentOrganization (ownership told as past still
 # recorded: the company has three owners above it); 'Getty Oil owned a majority stake of ESPN' ->
 # parentOrganization(ESPN, Getty Oil Company) (a majority-owned company); 'Texaco which then sold ESPN to ABC in 1984'
 # -> acquired(ABC, ESPN) and parentOrganization(ESPN, ABC), and parentOrganization(ESPN, Texaco, Inc.) (the seller's
 # past ownership, as batches 51e-66p read a seller named; doubtful: Texaco held ESPN only through Getty's stake).
 # Near-misses, no relation: 'after entering into a binding agreement to sell Getty ... to Pennzoil' (an agreed sale
 # broken off for Texaco's: an abandoned deal, GUIDELINES, Relations: no acquired(Pennzoil, Getty Oil Company); a
 # reader might give it as 'agreed'); 'Pennzoil won a US$10.53 billion verdict against Texaco', 'Pennzoil agreed to
 # settle the case' (a lawsuit between two companies, no partner); 'Getty gas stations in the Northeast were sold
 # off' (assets sold, no buyer named); 'negotiated a 30-year old concession' (no grantor named)
 relations=b10.acq(TX, GO) + b10.acq("Lukoil", GO) + b10.acq("Cambridge Securities LLC", GO) +
           [L("ESPN", "parentOrganization", GO)] + b10.acq("ABC", "ESPN") + [L("ESPN", "parentOrganization", TX)],
 outages=[],
 # 'in 1942', 'Starting in 1949', 'died in 1976', 'In 1984' and 'to ABC in 1984' (one text, one value: listed once),
 # 'On November 19, 1985', 'in 2000', 'in February 2011', 'on December 5, 2011' -> the years, the month and the days.
 # No date: 'At one point' (no calendar value), '30-year' (a length)
 dates=[D("1942", "1942"), D("1949", "1949"), D("1976", "1976"), D("1984", "1984"),
        D("November 19, 1985", "1985-11-19"), D("2000", "2000"), D("February 2011", "2011-02"),
        D("December 5, 2011", "2011-12-05")])

# ---- banking, US: Irving Trust -------------------------------------------------------------------------------------
IT = "Irving Trust Company"
A["wp-irving-trust"] = dict(
 # the bank -> Company 'Irving Trust Company' (the name it kept from 1929, the article's subject), aliases 'Irving
 # Trust', 'Irving' ('the sun never set on the Irving') and its former names as the text gives them: 'Irving Bank of
 # the City of New York' (1851), 'Irving National Bank of New York' (1865), 'Irving National Exchange Bank of New York'
 # (1907), 'Irving National Bank' (1912), 'Irving Bank and Trust Company' (1922), 'American Exchange Irving Trust
 # Company' (1926) (GUIDELINES, Types: former names are aliases); Bank of New York, the Irving Bank Corporation, the
 # Market and Fulton National Bank of New York, the Sherman National Bank of New York, the National City Bank of
 # Brooklyn, the Columbia Trust Company and the American Exchange-Pacific Bank -> Company; Washington Irving -> Person;
 # New York City (alias 'New York', '13 branches in New York': the city the bank is headquartered in; doubtful: a
 # reader might read the state), New York State ('a New York State-chartered bank'), America ("America's first man of
 # letters") -> Location; the Woolworth Building and 1 Wall Street (alias 'BNY Mellon Building', 'what is now known as'
 # the same site) -> Location (named sites, GUIDELINES, Types). No entity: 'the National Bank Act of 1863' (a law);
 # BNY Mellon and Brooklyn (only inside other names); 'a federal currency', 'a state bank', 'a wholesale bank'
 # (generic); the cut paragraph's Natasha Kagalovsky (not in the text)
 entities=[E("Company", IT, "Irving Trust", "Irving Bank of the City of New York", "Irving National Bank of New York",
             "Irving National Exchange Bank of New York", "Irving National Bank", "Irving Bank and Trust Company",
             "American Exchange Irving Trust Company", "Irving"),
           E("Location", "New York City", "New York"), E("Company", "Bank of New York"),
           E("Company", "Irving Bank Corporation"), E("Location", "Woolworth Building"),
           E("Location", "1 Wall Street", "BNY Mellon Building"), E("Person", "Washington Irving"),
           E("Location", "America"), E("Company", "Market and Fulton National Bank of New York"),
           E("Company", "Sherman National Bank of New York"), E("Company", "National City Bank of Brooklyn"),
           E("Company", "Columbia Trust Company"), E("Location", "New York State"),
           E("Company", "American Exchange-Pacific Bank")],
 # No role: the text names one person, Washington Irving, after whom the firm was named (an author, diplomat and
 # lawyer, no post at any organisation it names). Near-miss: 'The firm was named after Washington Irving' (a namesake,
 # not a founder: a reader might give him founder at the bank; the text names no founder)
 roles=[],
 # 'operated between 1851 and 1988 when it was acquired by Bank of New York' with 'until it was acquired by Bank of New
 # York' -> acquired(Bank of New York, Irving Trust Company) and parentOrganization (completed; the text does not say
 # the bank was merged away, only that it 'operated' until then and kept its name until 1989; doubtful: a reader might
 # read the end of its operations as a merger into Bank of New York and give acquired only); 'From 1965, the bank was
 # the principal subsidiary of the Irving Bank Corporation' -> parentOrganization(Irving Trust Company, Irving Bank
 # Corporation); 'In 1918, it acquired, by merger, the Market and Fulton National Bank of New York, and in 1919, the
 # Sherman National Bank of New York and the National City Bank of Brooklyn' -> acquired(Irving Trust Company, each)
 # (the verb carried over to the 1919 pair), and 'in 1926, it acquired by merger the American Exchange-Pacific Bank'
 # -> acquired(Irving Trust Company, American Exchange-Pacific Bank): acquired only, the four targets merged into the
 # buyer (GUIDELINES, Relations: merged away; the 1926 rename to 'American Exchange Irving Trust Company' shows the
 # target's name taken in). Near-misses, no relation: 'In 1922, it merged with the Columbia Trust Company ... creating
 # the Irving Bank and Trust Company' (a merger with no buyer named: nothing; a reader might give
 # acquired(Irving Trust Company, Columbia Trust Company)); 'In 1907, after a merger' (no other party named);
 # 'working with mid- and large-sized corporations and banks' (unnamed customers, no partner)
 relations=b10.acq("Bank of New York", IT) + [L(IT, "parentOrganization", "Irving Bank Corporation")] +
           [L(IT, "acquired", x) for x in ("Market and Fulton National Bank of New York",
                                           "Sherman National Bank of New York", "National City Bank of Brooklyn",
                                           "American Exchange-Pacific Bank")],
 outages=[],
 # 'between 1851 and 1988' and 'in 1851' (each year one text, one value), 'From 1965', 'Between 1913 and 1931' and
 # 'after 1931', 'In June 1865', 'In 1907', 'in 1912', 'In 1918', 'in 1919', 'In 1922', 'in 1926', 'in 1929', 'until
 # 1989', 'In 1983' -> the years and the month. No date: '1863' in 'the National Bank Act of 1863' (a law's name)
 dates=[D("1851", "1851"), D("1988", "1988"), D("1965", "1965"), D("1913", "1913"), D("1931", "1931"),
        D("June 1865", "1865-06"), D("1907", "1907"), D("1912", "1912"), D("1918", "1918"), D("1919", "1919"),
        D("1922", "1922"), D("1926", "1926"), D("1929", "1929"), D("1989", "1989"), D("1983", "1983")])

# ---- food, US: Van Camp's --------------------------------------------------------------------------------------------
VC = "Van Camp's"
A["wp-van-camps"] = dict(
 # the brand -> Service "Van Camp's" ('a brand of canned beans', a product users buy, GUIDELINES, Types), alias 'Van
 # Camp\u2019s' (the first sentence's curly apostrophe: another surface form of the same name); ConAgra Foods, Inc.,
 # the Van Camp Packing Company and Van Camp Seafood -> Company; Bush's Baked Beans -> Service (a rival brand); Gilbert
 # Van Camp (alias 'VanCamp', twice, the same man: 'VanCamp quickly began experimenting with canning, and by 1862 he'),
 # Calvin Fletcher, Martin Williams and Frank Van Camp -> Person; the United States, Indianapolis and Indiana ->
 # Location. No entity: 'Union troops' and 'the Civil War' (a side in a war and an event); 'the Van Camp family's
 # company' (the packing company again, in generic words: no alias); the caption's Stokely-Van Camp and Trenton, New
 # Jersey (cut with the caption: not in the text)
 entities=[E("Service", VC, "Van Camp\u2019s"), E("Company", "ConAgra Foods, Inc."), E("Location", "United States"),
           E("Service", "Bush's Baked Beans"), E("Location", "Indianapolis"),
           E("Person", "Gilbert Van Camp", "VanCamp"), E("Person", "Calvin Fletcher"), E("Person", "Martin Williams"),
           E("Company", "Van Camp Packing Company"), E("Person", "Frank Van Camp"), E("Location", "Indiana"),
           E("Company", "Van Camp Seafood")],
 # 'Frank Van Camp went on to found Van Camp Seafood' -> founder at Van Camp Seafood (one person named alone as
 # founding it, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: Gilbert Van Camp ('In 1882 Van
 # Camp Packing Company was founded' names no founder; he and 'associates Calvin Fletcher and Martin Williams'
 # built a warehouse, no company named; doubtful: a reader might give Gilbert founder of the packing company, or the
 # three cofounder); Frank Van Camp at the packing company ('credited with the creation of the now-famous recipe':
 # no post)
 roles=[R("Frank Van Camp", "founder", "Van Camp Seafood")],
 # "Van Camp's is a brand of canned beans currently owned by ConAgra Foods, Inc." -> provider(Van Camp's, ConAgra
 # Foods, Inc.) (a brand and its owner). Near-misses, no relation: provider(Van Camp's, Van Camp Packing Company)
 # ('The brand traces its roots back to' the family's business, whose 'pork and beans' were a staple before the
 # company of 1882 was founded: the text never says the company sold the brand; doubtful); 'competing with Bush's
 # Baked Beans' (rivals, no maker named); 'secured a lucrative contract to supply Union troops' (a supply contract, but
 # with no named organisation: no partner); Van Camp Seafood and the packing company (no tie told)
 relations=[L(VC, "provider", "ConAgra Foods, Inc.")],
 outages=[],
 # 'in 1861', 'by 1862', 'In 1882', 'in 1888', 'In 1894', 'By 1898', 'By 1909' -> the years. No date: 'currently'
 # (`published` null), 'Shortly thereafter', 'during the Civil War', 'Following the war' (relative, or an event)
 dates=[D("1861", "1861"), D("1862", "1862"), D("1882", "1882"), D("1888", "1888"), D("1894", "1894"),
        D("1898", "1898"), D("1909", "1909")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
