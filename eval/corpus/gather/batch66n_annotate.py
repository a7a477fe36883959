#!/usr/bin/env python3
"""Batch 66n gold annotations (the texts of batch66n.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66m; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades and centuries ('the early 1860s',
'the mid-1960s', 'the 19th and 20th century') -> nothing; a life span in brackets ('(1851-1925)') -> nothing (a
person's dates, as batches 64f-65i left them); 'As of 2011' -> the year; ages ('20 years old') -> nothing.
No text tells an outage, so every `outages` list is empty; the wartime bombing of the Whampoa dockyard is damage to a
site, no service disruption, and is no near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66m): a completed purchase by a company ('the two
businesses were sold to the new company, named Fraser & Neave', 'later acquired Archipelago Brewery', 'was acquired by
Li Ka Shing's Cheung Kong Holdings') -> acquired + parentOrganization(target, buyer); ownership stated as past is still
recorded, so a bought company later 'merged with' another keeps its parent relation; a joint venture formed by two
companies, the venture named ('formed a joint venture with Holland's Heineken ... The brewery, Malayan Breweries
Limited') -> partner(first, second) as written + parentOrganization(venture, each owner) (as batch 64l recorded its
joint venture); 'controlled by X through Y' (Y a company) -> parentOrganization(target, Y) (control; doubtful); a
company's 'subsidiaries and associated companies include A, B and C' -> parentOrganization for each (doubtful: an
associate is not a subsidiary, the text does not say which is which); "Swire's Taikoo Dockyard" -> parentOrganization;
mergers where the text names no buyer ('merged with Whampoa to become Hutchison Whampoa', 'The dockyard operations
merged with Swire's Taikoo Dockyard ... to become Hong Kong United Dockyard') -> nothing (GUIDELINES, Relations); a
forerunner ('The forerunner of Dodwell & Co., W.R. Adamson and Company') -> a company of its own, no relation (no
predicate for a predecessor); a rival ('a direct rival to Jardine, Matheson & Co.') -> nothing; an agency secured for
another company's ships ('the agency for chartering and managing ships on behalf of the Canadian Pacific Railway') ->
partner (a service contract between two named companies; doubtful); a beer a brewery 'produced' -> Service + provider
(as batch 57g typed beers); founders (GUIDELINES part 2, Roles, 'Founders'): 'formed in 1883 by John Fraser and David
Chalmers Neave' and 'Founded in 1863 by Douglas Lapraik and Thomas Sutherland' -> cofounder each; 'he set up his own
firm, W.R. Adamson and Company' -> founder; 'appointed a shipping clerk in its Shanghai office' -> other (a named post
at the firm, as batch 62j gave a clerk 'other'), current true (no leaving told; doubtful: 'quickly rose to prominence'
implies later posts); 'joined the company' with no post, an owner ("Li Ka Shing's Cheung Kong Holdings", 'their
printing business') and a man through whom a company was controlled with no post written ('controlled by Douglas
Clague through Hutchison International') -> no role; a company's name written beside its earlier name in brackets
('The company (Singapore and Straits Aerated Water Company)') -> an alias of one entity (doubtful: the next sentence
tells 'a new public company' in 1898); a renaming ('The name changed in 1867 to Adamson, Bell and Company') -> alias;
the Chinese names and a pinyin reading -> aliases (as batch 65i kept the Wharf's Chinese names); a dockyard company's
other names ('known as Hong Kong Kowloon and Whampoa Dock Company', 'known as Kowloon Docks', 'Whampoa Dock for
short') -> aliases; housing estates, a street, a harbour, a bay, a coast's places and an island -> Location (GUIDELINES,
Types: named sites); 'the Far East', 'Southeast Asia', 'the Pacific' -> Location (regions, as batch 64f's 'the Far
East'); a transliteration note ('previously transliterated as Whampoa') -> no alias of the place (the surface
'Whampoa' stands for the company in 'merged with Whampoa'; no surface form for two entities); demonyms and adjectives
('British', 'Japanese', 'Cheshire weavers' keeps 'Cheshire', a county, as a Location) and generic phrases ('the
group', 'the firm', 'the dockyard', 'the Island') -> no entity.
usage: batch66n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- conglomerate, Singapore: Fraser and Neave (en.wikipedia.org's older rendering) ----------------------------------
FNL = "Fraser and Neave, Limited"
MBL = "Malayan Breweries Limited"
SSPO = "Singapore and Straits Printing Office"
A["wp-fraser-and-neave"] = dict(
 # the company -> Company 'Fraser and Neave, Limited' (aliases 'F&N'; the Chinese name and its pinyin; 'Fraser &
 # Neave' ('named Fraser & Neave (F&N)', 'Fraser & Neave formed a joint venture'); 'Singapore and Straits Aerated Water
 # Company' ('The company (Singapore and Straits Aerated Water Company) was formed in 1883': the company's first name,
 # written beside 'The company' in brackets, as the article's own subject; doubtful: the next paragraph's 'a new public
 # company was formed and the two businesses were sold to the new company, named Fraser & Neave' lets a reader take
 # the 1883 company for another company that the new one bought); 'the group', 'The company', 'a new public company',
 # 'the new company' generic); 'Singapore and Straits Printing Office' ('their printing business (Singapore and
 # Straits Printing Office)'; a named business) -> Company; 'Frasers Centrepoint', 'Asia Pacific Breweries', 'Times
 # Publishing' (the group's 'subsidiaries and associated companies'), 'Heineken' ("Holland's Heineken"), 'Malayan
 # Breweries Limited' ('The brewery', the joint venture), 'Archipelago Brewery' -> Company; 'Tiger Beer', 'Anchor
 # Beer' (beers a brewery 'produced', products users buy) -> Service; John Fraser, David Chalmers Neave -> Person;
 # Singapore (twice), Southeast Asia, Holland -> Location. No entity: 'Chinese', 'pinyin' (labels), '20 countries',
 # 'the aerated water business', 'the brewing business', 'S$14 billion', '$290,000'. Near-miss: Asia Pacific Breweries
 # and Malayan Breweries Limited -> two entities, not aliases (the text never says the brewery was renamed: that
 # sentence of the article is in the part cut; a reader who knows it might merge them)
 entities=[E("Company", FNL, "F&N", "\u661f\u72ee\u96c6\u56e2", "X\u012bngsh\u012b J\u00edtu\u00e1n", "Fraser & Neave",
             "Singapore and Straits Aerated Water Company"),
           E("Location", "Singapore"), E("Company", "Frasers Centrepoint"), E("Company", "Asia Pacific Breweries"),
           E("Company", "Times Publishing"), E("Person", "John Fraser"), E("Person", "David Chalmers Neave"),
           E("Company", SSPO), E("Location", "Southeast Asia"), E("Location", "Holland"), E("Company", "Heineken"),
           E("Company", MBL), E("Service", "Tiger Beer"), E("Company", "Archipelago Brewery"),
           E("Service", "Anchor Beer")],
 # 'The company (Singapore and Straits Aerated Water Company) was formed in 1883 by John Fraser and David Chalmers
 # Neave' -> cofounder at Fraser and Neave, Limited for each ('formed ... by A and B', GUIDELINES part 2, Roles,
 # 'Founders'; the company under its first name, an alias above; doubtful with the alias: a reader taking the 1883
 # company as another company would give them cofounder there and none at the 1898 company), current true.
 # Near-misses: 'their printing business (Singapore and Straits Printing Office)' -> no role for either at that office
 # (owners, no post named; a reader might give founder or cofounder); no chairman or owner (the infobox's Charoen
 # Sirivadhanabhakdi and ThaiBev are in the part cut)
 roles=[R("John Fraser", "cofounder", FNL), R("David Chalmers Neave", "cofounder", FNL)],
 # 'the group's subsidiaries and associated companies include Frasers Centrepoint, Asia Pacific Breweries and Times
 # Publishing' -> parentOrganization(each, Fraser and Neave, Limited) (doubtful: 'associated companies' are not
 # subsidiaries and the text does not say which is which); 'the two businesses were sold to the new company, named
 # Fraser & Neave' -> acquired(Fraser and Neave, Limited, Singapore and Straits Printing Office) +
 # parentOrganization(Singapore and Straits Printing Office, Fraser and Neave, Limited) (the printing business is one
 # of 'the two businesses', a completed sale to a company; the other, the aerated water business, is the company
 # itself under the alias above, so nothing for it; doubtful: a reader might give acquired of the Singapore and
 # Straits Aerated Water Company too, as a company of its own); 'Fraser & Neave formed a joint venture with Holland's
 # Heineken ... The brewery, Malayan Breweries Limited' -> partner(Fraser and Neave, Limited, Heineken) (a joint
 # venture, direction as written) + parentOrganization(Malayan Breweries Limited, each owner) (the venture itself,
 # 'The brewery'; doubtful: the text names the brewery as the venture's, not as jointly owned); 'Malayan Breweries
 # Limited produced Tiger Beer, and later acquired Archipelago Brewery, which produced Anchor Beer' -> provider(Tiger
 # Beer, Malayan Breweries Limited), acquired(Malayan Breweries Limited, Archipelago Brewery) + parentOrganization
 # (Archipelago Brewery, Malayan Breweries Limited), provider(Anchor Beer, Archipelago Brewery) (the maker the text
 # names). Near-misses, no relation: 'Listed in Singapore' -> nothing (no exchange named); 'diversified from their
 # printing business' -> no parentOrganization of the printing office before 1898 (owned by the two men, not by the
 # company); Anchor Beer -> no provider to Malayan Breweries Limited (the text gives it to Archipelago Brewery only;
 # a reader might add the buyer)
 relations=[L("Frasers Centrepoint", "parentOrganization", FNL), L("Asia Pacific Breweries", "parentOrganization", FNL),
            L("Times Publishing", "parentOrganization", FNL), L(FNL, "acquired", SSPO),
            L(SSPO, "parentOrganization", FNL), L(FNL, "partner", "Heineken"), L(MBL, "parentOrganization", FNL),
            L(MBL, "parentOrganization", "Heineken"), L("Tiger Beer", "provider", MBL),
            L(MBL, "acquired", "Archipelago Brewery"), L("Archipelago Brewery", "parentOrganization", MBL),
            L("Anchor Beer", "provider", "Archipelago Brewery")],
 outages=[],
 # '2011' ('As of 2011'), '1883' (twice, one item), '1898', '1931'
 dates=[D("2011", "2011"), D("1883", "1883"), D("1898", "1898"), D("1931", "1931")])

# ---- trading, Far East: Dodwell & Co. (piglix.com's copy) ------------------------------------------------------------
DOD = "Dodwell & Co."
WRA = "W.R. Adamson and Company"
GBD = "George Benjamin Dodwell"
JM = "Jardine, Matheson & Co"
A["wp-dodwell-and-co"] = dict(
 # the firm -> Company 'Dodwell & Co.' (the stop part of the name, as written at the start of the text and in 'The
 # forerunner of Dodwell & Co., W.R. ...'; aliases '\u5929\u7965\u6d0b\u884c' (its Chinese name), "Dodwell's" ('or
 # Dodwell's', the firm's short name); 'one of the leading British merchant firms, or hongs' generic); its forerunner
 # 'W.R. Adamson and Company' (aliases 'Adamson, Bell and Company' ('The name changed in 1867 to ...') and 'Adamson
 # Bell and Company' ("Adamson Bell and Company's tea shipments", written with no comma); 'his own firm', 'the
 # company', 'the firm' generic) -> Company, not an alias of Dodwell & Co. (a forerunner is another company: the text
 # does not say the firm was renamed Dodwell & Co.); 'Jardine, Matheson & Co' (written 'Jardine, Matheson & Co.' at a
 # sentence end, the stop read as the sentence's, and 'Jardine, Matheson & Co' with none), 'Butterfield and Swire',
 # 'Canadian Pacific Railway' -> Company; William R. Adamson, Frederick Hayley Bell, George Benjamin Dodwell (alias
 # 'Dodwell': 'Dodwell also secured in 1887 the agency', the man) -> Person; China, Japan, Cheshire ('a group of
 # Cheshire weavers'), Shanghai, London, Hong Kong, Foochow, Hankow, Yokohama, Derby, Far East, Vancouver, Canada,
 # Pacific -> Location. No entity: 'a group of Cheshire weavers', 'their mills', 'its Shanghai office' (Shanghai
 # annotated), 'the first regular steamship line across the Pacific' (unnamed), 'British' (an adjective)
 entities=[E("Company", DOD, "\u5929\u7965\u6d0b\u884c", "Dodwell's"), E("Location", "China"), E("Location", "Japan"),
           E("Company", JM), E("Company", WRA, "Adamson, Bell and Company", "Adamson Bell and Company"),
           E("Location", "Cheshire"), E("Person", "William R. Adamson"), E("Location", "Shanghai"),
           E("Location", "London"), E("Location", "Hong Kong"), E("Location", "Foochow"), E("Location", "Hankow"),
           E("Location", "Yokohama"), E("Person", "Frederick Hayley Bell"), E("Person", GBD, "Dodwell"),
           E("Location", "Derby"), E("Location", "Far East"), E("Company", "Butterfield and Swire"),
           E("Company", "Canadian Pacific Railway"), E("Location", "Vancouver"), E("Location", "Canada"),
           E("Location", "Pacific")],
 # 'In 1858 he set up his own firm, W.R. Adamson and Company' -> founder at W.R. Adamson and Company (one man sets up
 # 'his own firm', GUIDELINES part 2, Roles, 'Founders'; the firm 'was founded as a result of the efforts of a group of
 # Cheshire weavers', who are unnamed), current true; 'In 1872, the firm appointed a shipping clerk in its Shanghai
 # office named George Benjamin Dodwell' -> other at W.R. Adamson and Company (a named post at the firm, then called
 # Adamson, Bell and Company; as batch 62j gave 'clerk' other), current true (no leaving told; doubtful: 'quickly rose
 # to prominence in the company' implies later, unnamed posts, and a reader might give nothing for a junior post).
 # Near-misses: 'The name changed in 1867 to Adamson, Bell and Company, when Frederick Hayley Bell joined the company'
 # -> no role for Bell (no post named; a reader might give cofounder or partner from the firm's new name, as batch 63c
 # read 'Captain William Irvine joined the company'); 'playing an important part in its expansion' -> no executive
 # role for Dodwell (no post named); no role for Dodwell at Dodwell & Co. (the firm bearing his name is told only as
 # a company of the 19th and 20th century; its founders, in the infobox of the later copies, are not in this text; a
 # reader might give founder)
 roles=[R("William R. Adamson", "founder", WRA), R(GBD, "other", WRA)],
 # 'Dodwell also secured in 1887 the agency for chartering and managing ships on behalf of the Canadian Pacific
 # Railway between Hong Kong and Vancouver' -> partner(W.R. Adamson and Company, Canadian Pacific Railway) (an agency
 # contract, the firm's clerk securing it for the firm, then Adamson, Bell and Company; GUIDELINES, Relations:
 # supply/customer contract; doubtful: the text gives the agency to Dodwell the man, and a reader might give nothing
 # or a partner of Dodwell & Co.). Near-misses, no relation: 'The forerunner of Dodwell & Co., W.R. Adamson and
 # Company' -> no parentOrganization and no acquired (a forerunner; no purchase or ownership told); 'a direct rival to
 # Jardine, Matheson & Co.' and the tea shipments 'only marginally behind those of Jardine, Matheson & Co and
 # Butterfield and Swire' -> nothing (rivals, no partnership); 'began to acquire shipping agencies' -> nothing
 # (unnamed agencies, no company bought)
 relations=[L(WRA, "partner", "Canadian Pacific Railway")],
 outages=[],
 # '1852', '1858', '1867', '1872', '1876', '1887'; 'the 19th and 20th century', 'the early 1860s' -> nothing;
 # '(1851-1925)' (a life span) and '20 years old' -> nothing
 dates=[D("1852", "1852"), D("1858", "1858"), D("1867", "1867"), D("1872", "1872"), D("1876", "1876"),
        D("1887", "1887")])

# ---- shipbuilding and repair, Hong Kong: Hong Kong and Whampoa Dock (en.wikipedia.org's rendering) -------------------
HKW = "Hong Kong and Whampoa Dock Company"
HI = "Hutchison International"
CKH = "Cheung Kong Holdings"
A["wp-hong-kong-and-whampoa-dock"] = dict(
 # the dockyard company -> Company 'Hong Kong and Whampoa Dock Company' (the fullest name; aliases 'Hong Kong and
 # Whampoa Dock' (the article's subject, 'a Hong Kong dockyard'), 'Hong Kong Kowloon and Whampoa Dock Company' ('known
 # as'), 'Kowloon Docks' ('In 1865, it was known as Kowloon Docks'), 'Whampoa Dock' ('for short') and 'Whampoa'
 # ('merged with Whampoa to become Hutchison Whampoa'); doubtful: a reader might type the dockyard a Location, a site,
 # and keep the company apart; 'the dockyard', 'the company' generic); 'Hutchison International', 'Cheung Kong
 # Holdings', 'Hutchison Whampoa', 'Swire' ("Swire's Taikoo Dockyard"), 'Taikoo Dockyard', 'Hong Kong United
 # Dockyard' -> Company; Douglas Lapraik, Thomas Sutherland, Douglas Clague, Li Ka Shing ("Li Ka Shing's") -> Person;
 # Hong Kong, Asia, Kowloon, Hung Hom, Tai Wan, Hung Hom Bay, Victoria Harbour, Huangpu, Guangzhou (alias 'Canton':
 # 'previously transliterated as Canton', the city's older name), Whampoa Garden (a housing estate; twice), Mei Foo Sun
 # Chuen (a housing estate), Bulkeley Street, 'new territories' (the region, written in lower case; doubtful), Tsing
 # Yi Island, Wok Tai Wan -> Location (GUIDELINES, Types: named sites). No entity: 'the Island' (Hong Kong Island,
 # not named), 'Japanese occupation of Hong Kong' (an event; Hong Kong annotated), 'Japanese aircraft', 'the
 # Whampoa Garden site residential complex' (Whampoa Garden annotated). Near-miss: 'Whampoa' in 'previously
 # transliterated as Whampoa' -> no alias of Huangpu (a word cited as a transliteration; the surface stands for the
 # company below, and one surface form may not stand for two entities)
 entities=[E("Company", HKW, "Hong Kong and Whampoa Dock", "Hong Kong Kowloon and Whampoa Dock Company",
             "Kowloon Docks", "Whampoa Dock", "Whampoa"),
           E("Location", "Hong Kong"), E("Location", "Asia"), E("Person", "Douglas Lapraik"),
           E("Person", "Thomas Sutherland"), E("Location", "Kowloon"), E("Location", "Hung Hom"),
           E("Location", "Tai Wan"), E("Location", "Hung Hom Bay"), E("Location", "Victoria Harbour"),
           E("Location", "Huangpu"), E("Location", "Guangzhou", "Canton"), E("Person", "Douglas Clague"),
           E("Company", HI), E("Person", "Li Ka Shing"), E("Company", CKH), E("Company", "Hutchison Whampoa"),
           E("Location", "Whampoa Garden"), E("Location", "Mei Foo Sun Chuen"), E("Location", "Bulkeley Street"),
           E("Company", "Swire"), E("Company", "Taikoo Dockyard"), E("Company", "Hong Kong United Dockyard"),
           E("Location", "new territories"), E("Location", "Tsing Yi Island"), E("Location", "Wok Tai Wan")],
 # 'Founded in 1863 by Douglas Lapraik and Thomas Sutherland, the Hong Kong and Whampoa Dock Company' -> cofounder at
 # Hong Kong and Whampoa Dock Company for each ('founded by A and B', GUIDELINES part 2, Roles, 'Founders'), current
 # true. Near-misses: 'controlled by Douglas Clague through Hutchison International but he was forced to leave' -> no
 # role for Clague (no post named at either company; doubtful: a reader might give executive or chairman at Hutchison
 # International, current false, from 'forced to leave'); "Li Ka Shing's Cheung Kong Holdings" -> no role (an owner,
 # no post named; a reader might give chairman or founder)
 roles=[R("Douglas Lapraik", "cofounder", HKW), R("Thomas Sutherland", "cofounder", HKW)],
 # 'the Hong Kong and Whampoa Dock Company was controlled by Douglas Clague through Hutchison International' ->
 # parentOrganization(Hong Kong and Whampoa Dock Company, Hutchison International) (control through a company;
 # doubtful: no stake or purchase told); 'Hutchison International was acquired by Li Ka Shing's Cheung Kong Holdings'
 # -> acquired(Cheung Kong Holdings, Hutchison International) + parentOrganization(Hutchison International, Cheung
 # Kong Holdings) (a completed purchase; the later merger into Hutchison Whampoa does not undo the ownership, which is
 # recorded though past); "Swire's Taikoo Dockyard" -> parentOrganization(Taikoo Dockyard, Swire). Near-misses, no
 # relation: '[Hutchison International] eventually merged with Whampoa to become Hutchison Whampoa' -> nothing (a
 # merger with no buyer named; a reader might give parentOrganization of both to Hutchison Whampoa); 'The dockyard
 # operations merged with Swire's Taikoo Dockyard ... to become Hong Kong United Dockyard' -> nothing (a merger of
 # operations, no buyer); 'where the company owned another dockyard' -> nothing (an unnamed dockyard); 'the dockyard
 # land was transformed into a private housing estate, the Whampoa Garden' -> nothing (land, no company named)
 relations=[L(HKW, "parentOrganization", HI), L(CKH, "acquired", HI), L(HI, "parentOrganization", CKH),
            L("Taikoo Dockyard", "parentOrganization", "Swire")],
 outages=[],
 # '1863', '1865', '1985'; 'the mid-1960s' -> nothing (a part of a decade)
 dates=[D("1863", "1863"), D("1865", "1865"), D("1985", "1985")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
