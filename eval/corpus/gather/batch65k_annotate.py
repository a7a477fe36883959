#!/usr/bin/env python3
"""Batch 65k gold annotations (the texts of batch65k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65h; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year in parentheses ('(est.
1858)', '(1878-1957)') -> the year; 'in about 1913' -> the year, listed as written ('about 1913', as batch 45ze's
'From about 1985'; doubtful: 'about' hedges it); 'during the 1930s', 'after the 1950s' (decades, no ISO value the
format takes, as batches 60c-65h), 'the 20th century' (a century), 'During World War I', 'during World War II' (events)
-> nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (mergers,
acquisitions, renamings, wartime production, a revived logo and a partner selling out are business events, GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-65h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('publisher Eugene Meyer and
noted chemist William Ripley Nichols founded ...'; 'founded in 1919 by William Grove (Bill) Skelly, Chesley Coleman
Herndon and Frederick A. Pielsticker'), as is a person told as forming a company with another ('partnering with Jack
Sanky ... to form Skelly - Sankey Oil Company', both; 'Stuart and a business partner founded ...', Stuart alone, the
partner unnamed; doubtful), and 'The founder of X, Y' -> `founder`; founders current true; occupations with no
organisation ('publisher', 'noted chemist', 'a practicing attorney', 'a renowned engineer', 'American milk
industrialist', 'creator of Carnation evaporated milk') -> no role; 'CEO of X' -> ceo, 'president of X' -> president,
'chair of the board' -> chairman (GUIDELINES, Roles), a post told with its end ('served as president of X until 1954',
'a post he held until 1932', 'serving as chairman from 1932 to 1944') -> current false; 'X acquired Y', 'was acquired by
X' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions), and a buyer that 'had to buy'
a company with which it then formed 'The merged company', or a company 'fully absorbed by' a buyer when it 'became
defunct' -> acquired only (the target merged away, as batches 63h and 65h kept acquired alone); a "merger" or
"amalgamation" with no buyer told (five chemical companies into Allied; Allied and the Signal Companies into
AlliedSignal; Nash-Kelvinator and Hudson Motors into American Motors Corporation) -> nothing (GUIDELINES, Relations); a
person's purchase of control ('J. Paul Getty acquired control of the company') -> nothing (the format's `acquired`
joins companies, as batch 65h's Taubman); a company formed 'to take over the oil properties of' a person and a company
-> nothing (asset purchases, GUIDELINES, Relations); former and later names of one company -> aliases (GUIDELINES,
Types: 'formed in 1920 as the Allied Chemical and Dye Corporation', 'renamed Allied Chemical Corporation', 'became
Allied Corporation'); a product's names -> aliases of one Service ('then called Carnation Sterilized Cream and later
called Carnation Evaporated Milk'); a newspaper -> Company (GUIDELINES, Types); a slogan, a brand logo, 'the Arsenal
of Democracy' (a programme), 'World War I', 'World War II' and the adjectives 'American' and 'German' -> nothing.
usage: batch65k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- chemicals, US: Allied Corporation ------------------------------------------------------------------------------
AL = "Allied Corporation"
AS = "AlliedSignal"
A["wp-allied-corporation"] = dict(
 # the company -> Company 'Allied Corporation' (the latest and fullest name the text gives: 'Allied Chemical then
 # became Allied Corporation in 1981'), aliases 'Allied Corp.' (the lead's subject), 'Allied Chemical and Dye
 # Corporation' ('initially formed in 1920 as'), 'Allied Chemical Corporation' ('renamed ... in 1958'), 'Allied
 # Chemical' ('Allied Chemical then became') and 'Allied' ('Allied merged with', 'Allied was an amalgamation')
 # (GUIDELINES, Types: former names are aliases); the Signal Companies (as written without 'The'), AlliedSignal (the
 # company the merger made: its own entity, not an alias of Allied, the text naming it as what the two became;
 # doubtful) and Honeywell -> Company; the five predecessors Barrett Chemical Company, General Chemical Company,
 # National Aniline & Chemical Company, Semet-Solvay Company and Solvay Process Company ('the Solvay Process Company')
 # -> Company; Eugene Meyer and William Ripley Nichols -> Person; Imperial Germany (a state, 'controlled much of the
 # world's chemical production') -> Location. No entity: 'World War I' (an event), 'American' (an adjective), 'five
 # chemical companies' (named later, not an entity of its own); the cut infobox's Morristown, Beckers Aniline &
 # Chemical, Schoellkopf Chemical Works and Standard Aniline Products and the cut caption's Schoellkopf, Hartford &
 # Hanna Co. and Buffalo (not in the text)
 entities=[E("Company", AL, "Allied Corp.", "Allied Chemical and Dye Corporation", "Allied Chemical Corporation",
             "Allied Chemical", "Allied"),
           E("Company", "Signal Companies"), E("Company", AS), E("Company", "Honeywell"),
           E("Location", "Imperial Germany"), E("Person", "Eugene Meyer"), E("Person", "William Ripley Nichols"),
           E("Company", "Barrett Chemical Company"), E("Company", "General Chemical Company"),
           E("Company", "National Aniline & Chemical Company"), E("Company", "Semet-Solvay Company"),
           E("Company", "Solvay Process Company")],
 # 'publisher Eugene Meyer and noted chemist William Ripley Nichols founded Allied Chemical and Dye Corporation' ->
 # cofounder at Allied Corporation for each (two people named together as founding it, GUIDELINES, Roles,
 # 'Founders'), current true. Near-misses, no role: 'publisher', 'noted chemist' (occupations, no organisation; a
 # reader might tie Meyer's 'publisher' to a newspaper the text does not name)
 roles=[R("Eugene Meyer", "cofounder", AL), R("William Ripley Nichols", "cofounder", AL)],
 # 'AlliedSignal would eventually acquire Honeywell in 1999 and then adopt its name' -> acquired(AlliedSignal,
 # Honeywell) and parentOrganization(Honeywell, AlliedSignal) (a completed purchase, GUIDELINES, Relations; 'would
 # eventually acquire' told of a past year is a completed one; doubtful: the buyer then took the target's name, and a
 # reader might read the target as merged away and keep acquired only, but the text says no merger). Near-misses, no
 # relation: 'an amalgamation of five chemical companies' / 'five existing companies ... including Barrett Chemical
 # Company ...' (a merger with no buyer told, GUIDELINES, Relations: no acquired and no parent link of the five to
 # Allied; a reader might give parentOrganization of each); 'Allied merged with the Signal Companies to become
 # AlliedSignal' (a merger with no buyer told: no acquired either way, and no parent link of the two to AlliedSignal,
 # merged into it); AlliedSignal 'then adopt its name' (a renaming of the buyer: no alias 'Honeywell' of AlliedSignal,
 # the surface naming the target)
 relations=b10.acq(AS, "Honeywell"),
 outages=[],
 # 'in 1920' and 'In 1920' (one text, ignoring case, and value), 'In 1958', 'in 1981', 'In 1985', 'in 1999', '(est.
 # 1858)', '(est. 1899)', '(est. 1917)', '(est. 1895)', '(est. 1881)' -> the years. No date: 'During World War I'
 # (an event); '$175,000,000' (an amount)
 dates=[D("1920", "1920"), D("1958", "1958"), D("1981", "1981"), D("1985", "1985"), D("1999", "1999"),
        D("1858", "1858"), D("1899", "1899"), D("1917", "1917"), D("1895", "1895"), D("1881", "1881")])

# ---- food, US: Carnation ------------------------------------------------------------------------------------------
CC = "Carnation Company"
PC = "Pacific Coast Condensed Milk Company"
ES = "Elbridge Amos Stuart"
A["wp-carnation"] = dict(
 # the company -> Company 'Carnation Company' ('Nestlé acquired the Carnation Company'), alias 'Carnation' ('Carnation
 # was founded as an evaporated milk company', 'Carnation diversified ... and was acquired by Nestlé'; doubtful: the
 # lead's 'Carnation is a brand of food products' uses the same word for the brand, and one surface form names one
 # entity, so the brand gets no Service of its own; a reader might keep a Service 'Carnation' and lose the company's
 # short name); the product -> Service 'Carnation Evaporated Milk' (GUIDELINES, Types: products users buy), aliases
 # 'Carnation Sterilized Cream' ('then called ... and later called') and 'Carnation evaporated milk' ('creator of
 # Carnation evaporated milk', the same product in lower case); Nestlé and the Pacific Coast Condensed Milk Company ->
 # Company; Elbridge Amos Stuart (alias 'Stuart') -> Person; Guilford County, North Carolina, Los Angeles, California,
 # Kent and Washington (the state: 'Kent, Washington') -> Location. No entity: 'Contented Cows' (a slogan); 'a
 # business partner', 'his partner' (unnamed); the product kinds ('milk-flavoring mixes', 'dog food'); 'American' (an
 # adjective); the cut infobox's F&N, Malaysia, Singapore, Brunei and Thailand (not in the text)
 entities=[E("Company", CC, "Carnation"), E("Service", "Carnation Evaporated Milk", "Carnation Sterilized Cream",
                                            "Carnation evaporated milk"),
           E("Company", "Nestl\u00e9"), E("Person", ES, "Stuart"), E("Location", "Guilford County"),
           E("Location", "North Carolina"), E("Location", "Los Angeles"), E("Location", "California"),
           E("Company", PC), E("Location", "Kent"), E("Location", "Washington")],
 # 'Stuart and a business partner founded the Pacific Coast Condensed Milk Company' -> cofounder at the Pacific Coast
 # Condensed Milk Company (a founding told of him with another, GUIDELINES, Roles, 'Founders': 'A founded Acme with
 # B'; doubtful: the partner is unnamed, and a reader might give founder, as for one person named alone), current
 # true; 'he became its first president (a post he held until 1932, ...)' -> president, current false (the post's end
 # told); '... then serving as chairman from 1932 to 1944' -> chairman, current false (its end told). Near-misses, no
 # role: 'creator of Carnation evaporated milk and its famous slogan' (a product's creator, no post; a reader might
 # give founder at Carnation Company, which the kept text does not say he founded); 'American milk industrialist' (an
 # occupation)
 roles=[R(ES, "cofounder", PC), R(ES, "president", PC, False), R(ES, "chairman", PC, False)],
 # 'Nestlé acquired the Carnation Company in 1985' and 'was acquired by Nestlé in 1984' (one purchase told with two
 # years) -> acquired(Nestlé, Carnation Company) and parentOrganization(Carnation Company, Nestlé) (a completed
 # purchase, GUIDELINES, Relations); 'its evaporated milk product ..., then called Carnation Sterilized Cream and later
 # called Carnation Evaporated Milk' with 'Carnation was founded as an evaporated milk company' ->
 # provider(Carnation Evaporated Milk, Carnation Company) (the brand's product, the brand and company one word in the
 # text; doubtful). Near-misses, no relation: the Pacific Coast Condensed Milk Company as the Carnation Company's
 # predecessor (the kept text does not say so: Stuart 'sought a brand name for the product', and the cut sentence
 # has his firm take the name; no alias and no parent link; a reader knowing the story might join them); 'his
 # partner sold out, leaving Stuart the company' (an unnamed partner's stake: nothing)
 relations=b10.acq("Nestl\u00e9", CC) + [L("Carnation Evaporated Milk", "provider", CC)],
 outages=[],
 # 'created in 1899', 'in 1985', 'in 1984', 'September 10, 1856', 'January 14, 1944', 'On September 6, 1899' (the
 # day, its own item beside '1899'), 'until 1932' and 'from 1932' (one item), 'to 1944' (the year, its own item beside
 # the day 'January 14, 1944'), 'In 1901' -> the years and days. No date: 'throughout the 20th century' (a century),
 # 'after the 1950s' (a decade); '$3 billion', '$105,000' (amounts)
 dates=[D("1899", "1899"), D("1985", "1985"), D("1984", "1984"), D("September 10, 1856", "1856-09-10"),
        D("January 14, 1944", "1944-01-14"), D("September 6, 1899", "1899-09-06"), D("1932", "1932"),
        D("1944", "1944"), D("1901", "1901")])

# ---- manufacturing, US: Nash-Kelvinator -----------------------------------------------------------------------------
NK = "Nash-Kelvinator Corporation"
NM = "Nash Motors"
KA = "Kelvinator Appliance Company"
GM = "George W. Mason"
CN = "Charles W. Nash"
A["wp-nash-kelvinator"] = dict(
 # the company -> Company 'Nash-Kelvinator Corporation', alias 'Nash-Kelvinator'; Nash Motors, alias 'Nash' ('CEO of
 # Nash', 'Nash had to buy Kelvinator': read as the company, which the merger joined; doubtful: the sentence before
 # has Charles W. Nash as its subject, and a reader might take the buyer for the man); Kelvinator Appliance Company,
 # alias 'Kelvinator' ('president of Kelvinator', 'buy Kelvinator, a leading manufacturer of refrigerators'); Hudson
 # Motors and American Motors Corporation (alias 'AMC') -> Company; George W. Mason (alias 'Mason') and Charles W.
 # Nash -> Person (the surname alone is not his alias, 'Nash' naming the company); the United States ('United States
 # corporations') -> Location. No entity: 'World War II' (an event), 'the Arsenal of Democracy' (a programme's name,
 # GUIDELINES, Types), 'cars and refrigerators', 'aeronautic components and helicopters' (kinds of goods, unnamed);
 # the cut infobox's Detroit, Michigan and 'Kelvinator Corporation' and the cut sentence's Hamilton Standard,
 # Pratt & Whitney R-2800 and Sikorsky R-6 (not in the text)
 entities=[E("Company", NK, "Nash-Kelvinator"), E("Company", NM, "Nash"), E("Company", KA, "Kelvinator"),
           E("Person", GM, "Mason"), E("Company", "Hudson Motors"), E("Company", "American Motors Corporation", "AMC"),
           E("Person", CN), E("Location", "United States")],
 # 'The founder of Nash Motors, Charles W. Nash' -> founder at Nash Motors (GUIDELINES, Roles, 'Founders': 'its
 # founder, A'), current true; 'now serving as chair of the board' -> chairman at Nash Motors (the board of the
 # company he founded, the text's 'now' in its story of 1937; doubtful: the board is not named), current true;
 # 'prior to his appointment as CEO of Nash' -> ceo at Nash Motors, current true (no leaving told); 'before being
 # appointed president of Kelvinator in 1928' -> president at Kelvinator Appliance Company, current true (no leaving
 # told; doubtful: the company merged away in 1937, and a reader might give current false); 'Mason then served as
 # president of Nash-Kelvinator until 1954' -> president at Nash-Kelvinator Corporation, current false (the post's end
 # told). Near-miss, no role: 'a production engineer for several car manufacturers' (unnamed employers)
 roles=[R(CN, "founder", NM), R(CN, "chairman", NM), R(GM, "ceo", NM), R(GM, "president", KA),
        R(GM, "president", NK, False)],
 # 'To have Mason, Nash had to buy Kelvinator' with 'The merged company began on 2 January 1937' and 'the result of a
 # merger in 1937 between Nash Motors and Kelvinator Appliance Company' -> acquired(Nash Motors, Kelvinator Appliance
 # Company) only (the text says who bought whom, so not the binding's buyerless "merger"; the two then merged into
 # Nash-Kelvinator, so no parent link; doubtful: 'had to buy' tells a condition, the purchase told as done only
 # through the merger that followed). Near-misses, no relation: Nash Motors and Kelvinator under Nash-Kelvinator (merged
 # into it: no parent link); 'merged with Hudson Motors to form American Motors Corporation (AMC)' (a merger with no
 # buyer told, GUIDELINES, Relations: no acquired either way, no parent link to AMC); 'United States corporations'
 # (a ranking)
 relations=[L(NM, "acquired", KA)],
 outages=[],
 # 'in 1937', 'In 1954' and 'until 1954' (one item), 'in 1928', 'on 2 January 1937' (the day, its own item) -> the
 # years and the day. No date: 'during World War II', 'World War II production contracts' (an event); '27th',
 # '$50 million' (a rank, an amount)
 dates=[D("1937", "1937"), D("1954", "1954"), D("1928", "1928"), D("2 January 1937", "1937-01-02")])

# ---- oil, US: Skelly Oil Company ------------------------------------------------------------------------------------
SO = "Skelly Oil Company"
WS = "William Grove (Bill) Skelly"
CH = "Chesley Coleman Herndon"
FP = "Frederick A. Pielsticker"
SS = "Skelly - Sankey Oil Company"
JS = "Jack Sanky"
A["wp-skelly-oil"] = dict(
 # the company -> Company 'Skelly Oil Company' (no shorter form in the text: 'Skelly' alone names the founder);
 # William Grove (Bill) Skelly -> Person, the fullest form with the nickname in brackets as written (as batch 64i's
 # 'J.G. (Jack) Campbell'), aliases 'Bill Skelly', 'William Skelly' and 'Skelly' ('Skelly summoned Herndon', 'the
 # oil properties of Skelly'); Chesley Coleman Herndon (alias 'Herndon'), Frederick A. Pielsticker (alias 'Fred
 # Pielsticker'), J. Paul Getty and Jack Sanky (alias 'John S. Sankey', 'a/k/a') -> Person; Getty Oil Company,
 # Nimmons-Joliet Development Corp., Skelly - Sankey Oil Company (alias 'Skelly - Sankey company', 'the Skelly -
 # Sankey company') and The Pittsburgh Press (a newspaper, GUIDELINES, Types) -> Company; Tulsa, Oklahoma,
 # Pennsylvania, Ardmore and Duncan -> Location. No entity: 'the disused Skelly brand logo' (a logo; the surface
 # 'Skelly' names the founder; doubtful: a reader might add a Service 'Skelly' for the brand); 'Osage Indian land'
 # (land of a people, no place's name); 'German immigrants' (an adjective); 'the oil fields around Ardmore and Duncan'
 # (unnamed); the cut infobox's Boulder Towers, Hawkeye Chemical, Vancouver Plywood and Surfco Marketing (not in the
 # text)
 entities=[E("Company", SO), E("Person", WS, "Bill Skelly", "William Skelly", "Skelly"), E("Person", CH, "Herndon"),
           E("Person", FP, "Fred Pielsticker"), E("Location", "Tulsa"), E("Location", "Oklahoma"),
           E("Person", "J. Paul Getty"), E("Company", "Getty Oil Company"),
           E("Company", "Nimmons-Joliet Development Corp."), E("Location", "Pennsylvania"), E("Location", "Ardmore"),
           E("Location", "Duncan"), E("Person", JS, "John S. Sankey"), E("Company", SS, "Skelly - Sankey company"),
           E("Company", "The Pittsburgh Press")],
 # 'founded in 1919 by William Grove (Bill) Skelly, Chesley Coleman Herndon and Frederick A. Pielsticker' (and 'the
 # two unlikely allies, along with Fred Pielsticker, ... would form Skelly Oil Company') -> cofounder at Skelly Oil
 # Company for each of the three (named together, GUIDELINES, Roles, 'Founders'; the cut infobox's 'founder' for
 # Skelly and 'co-founder' for the others is not in the text), current true; 'partnering with Jack Sanky, a/k/a,
 # John S. Sankey to form Skelly - Sankey Oil Company' -> cofounder at Skelly - Sankey Oil Company for Bill Skelly and
 # Jack Sanky (a company formed by the two, 'A founded Acme with B'), current true. Near-misses, no role: 'a
 # practicing attorney in Tulsa' (Herndon; no organisation), 'a renowned engineer' (Pielsticker), 'a mule skinner and
 # tool dresser' (Skelly; unnamed employers); J. Paul Getty, who 'acquired control of the company' (an owner, no post)
 roles=[R(WS, "cofounder", SO), R(CH, "cofounder", SO), R(FP, "cofounder", SO), R(WS, "cofounder", SS),
        R(JS, "cofounder", SS)],
 # 'It became defunct when fully absorbed by Getty Oil Company in 1974' -> acquired(Getty Oil Company, Skelly Oil
 # Company) only (a completed takeover whose target ended: merged away, GUIDELINES, Relations, as batch 63h's Western
 # Pacific; doubtful: 'absorbed' is not 'bought', but the binding's list takes 'took over', and a reader might give
 # parentOrganization too). Near-misses, no relation: 'J. Paul Getty acquired control of the company during the
 # 1930s' (a person's purchase: no acquired, which joins companies, and no parent link; a reader might tie Skelly
 # Oil to Getty Oil from the 1930s, which the text does not); 'Skelly Oil Company was formed to take over the oil
 # properties of Skelly and of the Skelly - Sankey company' (an asset purchase, GUIDELINES, Relations: no acquired of
 # Skelly - Sankey Oil Company, and no alias: the text names two companies); 'the disused Skelly brand logo was
 # revived by Nimmons-Joliet Development Corp.' (a logo, an asset: no Service, no provider, no parent link to Skelly
 # Oil, defunct since 1974); 'An advertisement in The Pittsburgh Press' (a newspaper as a source: no relation); 'won
 # several court victories against William Skelly' (a litigant: nothing)
 relations=[L("Getty Oil Company", "acquired", SO)],
 outages=[],
 # 'in 1919', 'in 1974', 'in 2012', '(1878–1957)' ('1878' and '1957'), 'in about 1913' (listed as 'about 1913', the
 # year; doubtful, as the docstring says), 'in 1915', 'on January 4, 1922' -> the years and the day. No date: 'during
 # the 1930s' (a decade); 'at age twelve' (an age); 'For the next 37 years' (cut)
 dates=[D("1919", "1919"), D("1974", "1974"), D("2012", "2012"), D("1878", "1878"), D("1957", "1957"),
        D("about 1913", "1913"), D("1915", "1915"), D("January 4, 1922", "1922-01-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
