#!/usr/bin/env python3
"""Batch 68d gold annotations (session 62; the texts of batch68d.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-67ac; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('In the 1970s') ->
nothing; spans and relative phrases ('a decade later', 'The very next year', 'At that time', 'After the war') ->
nothing; 'early December 1962' -> the month.
No text tells an outage, so every `outages` list is empty; 'The KMB services stopped operating during the Pacific War
and Japanese occupation' (a war's stop, no system failure) and the KMB workers' work-to-rule strikes of June 1956 and
October 1961 (strikes; GUIDELINES part 2, Outages) are near-misses; the FLQ bomb at a Dominion Textile plant in 1967
and the company's near collapse after 1948 are no service disruption.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-67ac): a company whose 'remains were purchased by' a
named buyer ('closed in 1998 when its remains were purchased by the American Polymer Group') -> acquired +
parentOrganization(target, buyer) (a completed purchase of the company; doubtful: 'remains' lets a reader read an
asset purchase, which gives nothing); a merger of unnamed companies ('formed in 1905 from a merger of four major
Canadian textile companies') and purchases of unnamed companies ('It purchased smaller companies in other nations',
'William Louey bought few of the companies') -> nothing; a company's products named as its household names ('the
Wabasso bedding line, Caldwell towels, and Penman's underwear') -> Service + provider (GUIDELINES part 2, Types:
products users buy; doubtful: Penman's, a brand a reader might type a Company); founders (GUIDELINES part 2, Roles,
'Founders'): 'who founded and led the Amalgamations Group' and 'the founder and Chief Manager of the Kowloon Motor Bus
Company' (one man each) -> founder, current true (a founding is not undone, as the corpus keeps founders), the Louey
text's other account ('his father and his uncle founded the Kowloon Motor Bus Company', neither named) giving no
role; 'led ... from 1945 to 1964' -> head, current false (doubtful); 'headed by' -> head, 'at the time' -> current
false; a company's 'secretary' -> executive (as GATHERING.md's company secretaries), 'director' and 'Managing
Director' -> director, 'Chairman' -> chairman, 'Chief Manager' and 'an assisting manager' -> one executive item
(GUIDELINES: 'manager' -> executive; doubtful: head or ceo for a chief manager; the junior post folded into it as
GATHERING.md folded a secretary into an executive item), 'an accountant' -> other; posts of a man whose death the
text tells, held 'till his death' or 'during his office', -> current false (as GATHERING.md's 'until his death' ->
former), the founder items aside; a post the text supersedes (MacDougall's chairmanship of 1938, the text making
Anantharamakrishnan chairman from 1953) -> current false; a man named with others in a renaming ('Together with Tang
Shiu-kin, Lui Leung, Tam Woon-tong and Lam Ming-fan, William Louey renamed the company') and a member of a militant
group ('FLQ member Jean Corbo') -> no role; a renaming ('It was rebranded as Domtex', 'renamed the company into
Kowloon Motor Bus Company (1933) Limited') -> aliases of one company; a possessive plural ("Dominion Textiles' market
share") -> the alias 'Dominion Textiles'; a nickname ('affectionately called "J"') -> alias; names inside epithets
('the epithet "Detroit of India"', 'the "Henry Ford of South India."') -> no entity (figures of speech, not the
city, the country or the man; doubtful); villages, taluks, districts, islands and regions ('Alwarkurichi Village',
'Ambasamudram Taluk', 'Tirunelveli District', 'the Hong Kong Island', 'the New Territories') -> Location under the
name as written, the district kept apart from the town 'Tirunelveli'; schools and colleges -> Organization; a
militant group known by its initials ('FLQ') -> Organization; demonyms and adjectives ('Canadian', 'American',
'Indian', 'South Indian', 'British-owned', 'European', 'Europeans', 'Chinese Australian', 'Japanese', 'Allied') and
events ('the Great Depression', 'the Second World War', 'the Pacific War') -> no entity.
usage: batch68d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- textiles, Montreal: Dominion Textile (en.wikipedia.org's older rendering) ---------------------------------------
DTI = "Dominion Textile Inc."
PG = "Polymer Group"
A["wp-dominion-textile"] = dict(
 # the company -> Company 'Dominion Textile Inc.' (the fullest name, the text's first words after 'The'; aliases
 # 'Domtex' ('or Domtex', 'It was rebranded as Domtex': a rebranding of the same company), 'Dominion Textile'
 # ('Dominion Textile was exposed', 'a Dominion Textile plant') and 'Dominion Textiles' ("Dominion Textiles' market
 # share", the possessive's name without the apostrophe); 'The company', 'It' generic); 'Polymer Group' ('the
 # American Polymer Group'; 'American' an adjective) -> Company; 'Wabasso' ('the Wabasso bedding line'), 'Caldwell'
 # ('Caldwell towels'), "Penman's" ("Penman's underwear") -> Service (products the company sold, 'household names';
 # doubtful: a reader might type Penman's a Company, a maker it took over, which the text does not tell); Jerry
 # Zucker, Jean Corbo -> Person; 'FLQ' ('FLQ member Jean Corbo', the initials only) -> Organization; Canada, Montreal,
 # Quebec ('small towns in Quebec'; 'Quebec nationalists' the same province), United States, Britain -> Location. No
 # entity: 'four major Canadian textile companies', 'smaller companies in other nations' (unnamed), 'the government'
 # (no name), 'the Great Depression', 'the Second World War', 'the Allied war effort' (events, an adjective),
 # 'polyester'
 entities=[E("Company", DTI, "Domtex", "Dominion Textile", "Dominion Textiles"), E("Location", "Canada"),
           E("Company", PG), E("Person", "Jerry Zucker"), E("Service", "Wabasso"), E("Service", "Caldwell"),
           E("Service", "Penman's"), E("Location", "Montreal"), E("Location", "Quebec"),
           E("Location", "United States"), E("Location", "Britain"), E("Organization", "FLQ"),
           E("Person", "Jean Corbo")],
 # 'the American Polymer Group, at the time headed by Jerry Zucker' -> head at Polymer Group, current false ('at the
 # time'). Near-misses: Jean Corbo 'FLQ member' -> no role (a member of a militant group, no post; a reader might
 # give other); no person is named at Dominion Textile Inc.
 roles=[R("Jerry Zucker", "head", PG, False)],
 # 'closed in 1998 when its remains were purchased by the American Polymer Group' -> acquired(Polymer Group, Dominion
 # Textile Inc.) + parentOrganization(Dominion Textile Inc., Polymer Group) (a completed purchase of what was left of
 # the company; doubtful: 'remains' and 'closed' let a reader read an asset purchase, -> nothing); 'Many of its
 # products were once household names in Canada, such as the Wabasso bedding line, Caldwell towels, and Penman's
 # underwear' -> provider(Wabasso / Caldwell / Penman's, Dominion Textile Inc.). Near-misses, no relation: 'formed in
 # 1905 from a merger of four major Canadian textile companies' (unnamed), 'It purchased smaller companies in other
 # nations' (unnamed), 'a major supplier to the Allied war effort' (no organisation named), 'close links to the
 # government' (unnamed)
 relations=[L(PG, "acquired", DTI), L(DTI, "parentOrganization", PG), L("Wabasso", "provider", DTI),
            L("Caldwell", "provider", DTI), L("Penman's", "provider", DTI)],
 outages=[],
 # '1905' (twice, listed once), '1998', '1948', '1947', '1967'; 'a decade later', 'In the 1970s', 'In the same
 # period' -> nothing
 dates=[D("1905", "1905"), D("1998", "1998"), D("1948", "1948"), D("1947", "1947"), D("1967", "1967")])

# ---- engineering and motor trade, Madras: S. Anantharamakrishnan (piglix.com's copy) --------------------------------
SAK = "Sivasailam Anantharamakrishnan"
AMG = "Amalgamations Group"
SIM = "Simpsons Group"
A["wp-s-anantharamakrishnan"] = dict(
 # the man -> Person 'Sivasailam Anantharamakrishnan' (aliases 'Anantharamakrishnan', the surname as the text uses
 # it throughout, and 'J' ('affectionately called "J"', his nickname; doubtful: one letter)); 'the Amalgamations
 # Group of industries' -> Company 'Amalgamations Group' (a business group); the Simpsons group -> Company 'Simpsons
 # Group' (written so once, 'Simpsons group' four times, the same name in lower case; alias "Simpson's" ('Chairman of
 # Simpson's'); 'the Simpsons group of companies', 'the group', 'the Company' generic); 'Fraser and Ross Limited' ->
 # Company; Sir Alexander MacDougall (the name without 'Sir'), W. W. Ladden -> Person; 'Government High School' ('at
 # Government High School, Tirunelveli': the school, its town annotated apart), 'Government College of Commerce' ->
 # Organization; Tirunelveli, Madras, Chennai, 'Alwarkurichi Village', 'Ambasamudram Taluk', 'Tirunelveli District'
 # (a district, kept apart from the town) -> Location. No entity: 'Detroit of India' and 'Henry Ford of South India'
 # (epithets: the names stand for Chennai and for the man, not for Detroit, India, Henry Ford or South India;
 # doubtful: a reader might annotate each name), 'Indian', 'South Indian', 'British-owned', 'European', 'Europeans'
 # (adjectives and demonyms), 'the labour unions', 'a holding company', 'a public limited company' (unnamed)
 entities=[E("Person", SAK, "Anantharamakrishnan", "J"), E("Company", AMG), E("Location", "Tirunelveli"),
           E("Location", "Madras"), E("Company", SIM, "Simpson's"), E("Location", "Chennai"),
           E("Location", "Alwarkurichi Village"), E("Location", "Ambasamudram Taluk"),
           E("Location", "Tirunelveli District"), E("Organization", "Government High School"),
           E("Organization", "Government College of Commerce"), E("Company", "Fraser and Ross Limited"),
           E("Person", "Alexander MacDougall"), E("Person", "W. W. Ladden")],
 # 'who founded and led the Amalgamations Group of industries from 1945 to 1964' -> founder at Amalgamations Group
 # (one man; GUIDELINES part 2, Roles, 'Founders'), current true, and head at Amalgamations Group ('led', a span
 # ending in 1964, the year of his death), current false (doubtful: a reader might keep founder alone); 'In 1935, he
 # joined the Simpsons group of companies as a secretary' ('as Secretary in 1935') -> executive at Simpsons Group
 # (a company secretary), current false (he rose to director and chairman, and died in 1964); 'in 1938, became the
 # first Indian director' ('one of the three directors') -> director at Simpsons Group, current false (his death of
 # 1964 told; doubtful: no leaving of the board told); 'He served as the Chairman of the group from 1953 till his
 # death in 1964' -> chairman at Simpsons Group, current false; 'In 1930, he joined Fraser and Ross Limited as an
 # accountant' -> other at Fraser and Ross Limited, current false (he joined the Simpsons group in 1935; doubtful:
 # no leaving told); 'Sir Alexander MacDougall, Chairman of Simpson's' (in 1938) -> chairman at Simpsons Group,
 # current false (the text makes Anantharamakrishnan chairman from 1953; doubtful); 'W. W. Ladden, Managing Director
 # of the Company' -> director at Simpsons Group (GUIDELINES: managing director -> director), current true (no
 # leaving told; doubtful: a post of 1938). Near-misses: MacDougall and Ladden 'founded a holding company' -> no
 # founder role (the holding company is not named); no role at Government High School or Government College of
 # Commerce (a pupil and a graduate)
 roles=[R(SAK, "founder", AMG), R(SAK, "head", AMG, False), R(SAK, "executive", SIM, False),
        R(SAK, "director", SIM, False), R(SAK, "chairman", SIM, False),
        R(SAK, "other", "Fraser and Ross Limited", False), R("Alexander MacDougall", "chairman", SIM, False),
        R("W. W. Ladden", "director", SIM)],
 # Near-misses, no relation: 'founded a holding company in 1938' and 'it was converted into a public limited company'
 # (the holding company is not named; no parentOrganization of the Simpsons group to it); 'completely owned by
 # Europeans' (persons, unnamed); the Amalgamations Group and the Simpsons group -> no relation (the text does not
 # join them; a reader who knows the later takeover might add one)
 relations=[],
 outages=[],
 # '1905' (three times, listed once), '18 April 1964', '1945', '1964' ('from 1945 to 1964', 'till his death in
 # 1964'), '1935' (twice), '1938' (twice), '1953', '1930'; 'The very next year', 'till then' -> nothing
 dates=[D("1905", "1905"), D("18 April 1964", "1964-04-18"), D("1945", "1945"), D("1964", "1964"),
        D("1935", "1935"), D("1938", "1938"), D("1953", "1953"), D("1930", "1930")])

# ---- bus transport, Hong Kong: William Louey (piglix.com's copy) ------------------------------------------------------
WSL = "William Sui-tak Louey"
KMB = "Kowloon Motor Bus Company (1933) Limited"
A["wp-william-louey"] = dict(
 # the man -> Person 'William Sui-tak Louey' (aliases 'William Louey' and 'Louey'); the bus company -> Company
 # 'Kowloon Motor Bus Company (1933) Limited' (the fullest name, the name it was 'renamed ... into'; aliases 'Kowloon
 # Motor Bus Company' and 'KMB' ('the Kowloon Motor Bus Company (KMB)', 'the KMB', 'KMB bus fleet', 'The KMB
 # services', 'the KMB workers'); 'the Company', 'his Company', 'the company' generic); 'China Motor Bus' (alias
 # 'CMB') -> Company; 'the Holy Trinity College' -> Organization 'Holy Trinity College'; Tang Shiu-kin, Lui Leung,
 # Tam Woon-tong, Lam Ming-fan -> Person; Hong Kong, Melbourne, China, Guangzhou, Kowloon, New Territories ('the New
 # Territories'), Hong Kong Island ('the Hong Kong Island'), United Kingdom -> Location. No entity: 'a Chinese
 # Australian' (a demonym), 'his father and his uncle' (unnamed), 'several independent bus operators', 'few of the
 # companies' (unnamed), 'the Pacific War' (an event), 'Japanese' (adjective), 'the bus service', 'bus services'
 # (generic)
 entities=[E("Person", WSL, "William Louey", "Louey"), E("Location", "Hong Kong"),
           E("Company", KMB, "Kowloon Motor Bus Company", "KMB"), E("Location", "Melbourne"), E("Location", "China"),
           E("Organization", "Holy Trinity College"), E("Location", "Guangzhou"), E("Location", "Kowloon"),
           E("Location", "New Territories"), E("Company", "China Motor Bus", "CMB"),
           E("Location", "Hong Kong Island"), E("Person", "Tang Shiu-kin"), E("Person", "Lui Leung"),
           E("Person", "Tam Woon-tong"), E("Person", "Lam Ming-fan"), E("Location", "United Kingdom")],
 # 'the founder and Chief Manager of the Kowloon Motor Bus Company' -> founder at the company (the text's word, one
 # man; doubtful beside 'when his father and his uncle founded the Kowloon Motor Bus Company ... in 1922', which
 # names neither), current true; 'joined the KMB as an assisting manager of the Company and rose to Chief Manager in
 # 1933' -> executive at the company (GUIDELINES: 'manager' -> executive; the assisting post folded into the one
 # item; doubtful: head or ceo for 'Chief Manager'), current false (his office ended with his death of 9 December
 # 1962: 'Before his death', 'during his office'; doubtful). Near-misses: Tang Shiu-kin, Lui Leung, Tam Woon-tong
 # and Lam Ming-fan -> no role ('Together with ... William Louey renamed the company': no post named; a reader who
 # knows them as KMB's founders of 1933 might give cofounder); no role at Holy Trinity College (a pupil)
 roles=[R(WSL, "founder", KMB), R(WSL, "executive", KMB, False)],
 # Near-misses, no relation: 'William Louey bought few of the companies' (unnamed companies, bought by the man);
 # 'He won the franchise of operating bus services in Kowloon and the New Territories, while China Motor Bus (CMB)
 # won the services in the Hong Kong Island' (two franchises from an unnamed government; no relation between the
 # two bus companies); 'he ordered more than a hundred buses from the United Kingdom' (no supplier named)
 relations=[],
 outages=[],
 # '7 July 1909' (twice, listed once), '9 December 1962', '1922', '1933' (twice), 'June 1956', 'October 1961',
 # 'early December 1962' (-> the month); 'At that time', 'At the time', 'After the war' -> nothing
 dates=[D("7 July 1909", "1909-07-07"), D("9 December 1962", "1962-12-09"), D("1922", "1922"), D("1933", "1933"),
        D("June 1956", "1956-06"), D("October 1961", "1961-10"), D("early December 1962", "1962-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
