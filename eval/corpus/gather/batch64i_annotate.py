#!/usr/bin/env python3
"""Batch 64i gold annotations (the texts of batch64i.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63i; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); centuries and decades ('the 1980s', 'the
1930s and 1940s', 'the early 1830s', 'the late 19th century', 'the 20th century'), 'The following year', 'On that day'
(relative to a date of the text, not to `published`; as batches 59a-63i left them), 'his time', 'First World War'
(a war, an event) -> nothing; 'July 1961' -> the month.
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-63i): a completed purchase ('acquiring in 1922 the
Eastern Shipping Company', 'it acquired ... Resch's Limited', 'was sold to Rothmans inc.', 'acquired a controlling
interest in') -> acquired + parentOrganization(target, buyer), the text never saying a target was merged away (a
controlling interest is control bought: both; a body of the state as buyer, as train's Astra AB and Nova Scotia Power
texts give a government); 'became part of', 'it owned' -> parentOrganization; an amalgamation or merger with no buyer
stated ('reorganisation and amalgamation of the three Presidency Banks', 'created the company in 1930 by merging') ->
no acquired and no parentOrganization (GUIDELINES, Relations); a purchase the text gives to a person ('Taylor acquired
British American Brewing Company ... and Carling Brewing Co.', 'added to Taylor's brewery interests') -> nothing
(`acquired` takes a Company as buyer, as batch 63i read 'ANA was sold to Reg Ansett'; doubtful: his company may be
meant); asset purchases (maltings, a brewery with the company bought) and a stock-exchange listing -> nothing; a
franchise held -> partner (a licensing deal, GUIDELINES; doubtful); a product a company makes ('which later produced
Blue Bow Lemonade') -> Service + provider; a company's former and later names -> aliases of one entity ('Originally
named Brewing Corporation of Ontario', 'changed its name to the Brewing Corporation of Canada', 'is now called Carling
O'Keefe', 'was renamed ... to the State Bank of India', a street 'currently called Mumbai Samachar Marg'); founders
(GUIDELINES part 2, Roles, 'Founders'): one person named alone ('founded in 1890 in Singapore by Dutchman, Theodore
Bogaardt', 'E. P. Taylor created the company') -> founder; 'A with B opened a brewery' for the company established that
year -> cofounder each; 'founded by Taylor, and others' -> cofounder (a joint founding; the others unnamed; doubtful);
'manager' -> executive ('retired as manager' -> current false); 'assumed control of the company', 'stewardship' and a
man recruited to the post and retiring from it with no title written -> executive (a generic senior post; doubtful);
'Chairman of' -> chairman; 'headed by president' -> president; 'Vice President of' -> vice-president; 'One notable
executive was' -> executive; all current true where the text tells no end (doubtful for posts of 1900-1945);
shareholders ('all subscribed by local individuals including ...'), an author whose book swayed a decision, and a man
who inherited a company -> no role; 'Sir' -> not in the name (as batches 63c-63i); named streets, quays, breweries, a
marina and maltings' towns -> Location (GUIDELINES, Types: named sites); ships' names -> nothing (GUIDELINES, Types);
'his majesty's government', 'the government', 'the state', 'the Tooth family', 'Liverpool shipbuilders', 'Canadian
provinces', 'federal law', 'Prohibition', demonyms and adjectives ('Dutchman', 'Chinese', 'Indian', 'Canadian') ->
nothing.
usage: batch64i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- brewing, Canada: Canadian Breweries (en.wikipedia.org 'Jump to navigation' rendering) ---------------------------
CBL = "Canadian Breweries Limited"
ROT = "Rothmans inc."
EPT = "E. P. Taylor"
ARG = "Argus Corporation"
A["wp-canadian-breweries"] = dict(
 # the company -> Company 'Canadian Breweries Limited', aliases 'Canadian Breweries' (twice), its first names
 # 'Brewing Corporation of Ontario' ('Originally named') and 'Brewing Corporation of Canada' ('changed its name to') and
 # its later name "Carling O'Keefe" ('is now called'; doubtful: a reader might make Carling O'Keefe a company apart, the
 # buyer's renamed business); 'Rothmans inc.' (the buyer, written 'Rothmans inc. (Canada)'), 'Molson Coors Brewing
 # Company', 'The Brading Breweries Limited' (the article 'The' capitalised mid-sentence: part of the name), 'Capital
 # Brewing' ('Capital Brewing of Ottawa'), 'Kuntz Brewery', 'British American Brewing Company', 'Carling Brewing Co.',
 # "O'Keefe Brewery", 'Burmuda Export Co.' (the copy's spelling), 'Argus Corporation' (alias 'Argus') -> Company; E. P.
 # Taylor (aliases 'Taylor', 'E.P. Taylor'), George Montegu Black II, Conrad Black, 'J.G. (Jack) Campbell' (the name as
 # written, the nickname in brackets) -> Person; Ontario, Ottawa, Waterloo, Windsor, London (London, Ontario), United
 # States (alias 'U.S.': 'the U.S. border') -> Location. No entity: 'Canada' (only inside the buyer's designation
 # 'Rothmans inc. (Canada)'; doubtful: a reader might annotate it as a Location), 'Canadian provinces', 'federal law',
 # 'Prohibition' (a law and its era), 'about thirty Canadian brewers', 'his holding company' (the company itself),
 # 'his grandfather' (unnamed)
 entities=[E("Company", CBL, "Canadian Breweries", "Brewing Corporation of Ontario", "Brewing Corporation of Canada",
             "Carling O'Keefe"),
           E("Location", "Ontario"), E("Company", ROT), E("Company", "Molson Coors Brewing Company"),
           E("Person", EPT, "Taylor", "E.P. Taylor"), E("Company", "The Brading Breweries Limited"),
           E("Location", "Ottawa"), E("Company", "Capital Brewing"), E("Company", "Kuntz Brewery"),
           E("Location", "Waterloo"), E("Company", "British American Brewing Company"), E("Location", "Windsor"),
           E("Company", "Carling Brewing Co."), E("Location", "London"), E("Company", "O'Keefe Brewery"),
           E("Location", "United States", "U.S."), E("Company", "Burmuda Export Co."),
           E("Person", "George Montegu Black II"), E("Person", "Conrad Black"), E("Person", "J.G. (Jack) Campbell"),
           E("Company", ARG, "Argus")],
 # 'E. P. Taylor created the company in 1930' -> founder at Canadian Breweries Limited (one person named alone as
 # making it, GUIDELINES part 2, Roles, 'Founders'); 'E.P. Taylor also served as Vice President of Burmuda Export Co.'
 # -> vice-president (current true: the text tells no end; doubtful: 'served', past tense); 'Argus was founded by
 # Taylor, and others' -> cofounder at Argus Corporation (a joint founding, the others unnamed; doubtful: a reader
 # might give founder); 'One notable executive was George Montegu Black II' -> executive; 'Canadian Breweries was
 # headed by president J.G. (Jack) Campbell' -> president; both current true (the text tells no end; doubtful: posts
 # of the 1940s-1960s). Near-misses: Conrad Black -> no role (named as Black's son); 'an Ottawa company Taylor had
 # inherited from his grandfather' -> no role for Taylor at The Brading Breweries Limited (an owner, no post named)
 roles=[R(EPT, "founder", CBL), R(EPT, "vice-president", "Burmuda Export Co."), R(EPT, "cofounder", ARG),
        R("George Montegu Black II", "executive", CBL), R("J.G. (Jack) Campbell", "president", CBL)],
 # 'In 1969, the company was sold to Rothmans inc. (Canada)' -> acquired(Rothmans inc., Canadian Breweries Limited) +
 # parentOrganization(Canadian Breweries Limited, Rothmans inc.) (a completed sale; the company went on, 'is now called
 # Carling O'Keefe'); 'The company became part of the Argus Corporation' -> parentOrganization(Canadian Breweries
 # Limited, Argus Corporation) (no purchase told: parent only). Near-misses, no relation: 'created the company in 1930
 # by merging The Brading Breweries Limited, ..., Capital Brewing of Ottawa, and Kuntz Brewery' -> nothing (a merger
 # forming the company, no buyer; a reader might give parentOrganization of the three to it); 'Taylor acquired British
 # American Brewing Company ... and Carling Brewing Co.' -> no acquired and no parentOrganization (the text names a
 # person as the buyer; doubtful: the next paragraph's 'his holding company acquired about thirty Canadian brewers'
 # suggests the company bought them, and a reader might give acquired(Canadian Breweries Limited, each)); "O'Keefe
 # Brewery was added to Taylor's brewery interests" -> nothing (an interest of a person, its size not told); 'with its
 # brands currently owned by the Molson Coors Brewing Company' -> no parentOrganization (brands, not the company, are
 # owned; a reader might give it); Burmuda Export Co. 'aimed to control prices' -> no partner (no member named)
 relations=[L(ROT, "acquired", CBL), L(CBL, "parentOrganization", ROT), L(CBL, "parentOrganization", ARG)],
 outages=[],
 # '1969', '1930', '1882', '1840', '1934', '1937', '1945'; 'the 1930s and 1940s' -> nothing
 dates=[D("1969", "1969"), D("1930", "1930"), D("1882", "1882"), D("1840", "1840"), D("1934", "1934"),
        D("1937", "1937"), D("1945", "1945")])

# ---- banking, India: Imperial Bank of India (chaos.owiki.org's copy) -------------------------------------------------
IBI = "Imperial Bank of India"
RBI = "Reserve Bank of India"
A["wp-imperial-bank-of-india"] = dict(
 # the bank -> Company 'Imperial Bank of India', aliases 'Imperial Bank' ('The Imperial Bank was 80% privately owned')
 # and 'State Bank of India' ('which was renamed ... to the State Bank of India', 'This transformation from the
 # Imperial Bank of India to the State Bank of India': the same bank under its later name, as batch 63i made 'Westpac'
 # an alias; doubtful: a reader might make the State Bank of India a company apart); 'Bank of Bengal', 'Bank of
 # Bombay', 'Bank of Madras' (the three Presidency Banks) -> Company; 'Reserve Bank of India' ('the central bank of
 # India'; Organization, as train's RuPay and PhonePe texts type it), 'Parliament of India' -> Organization; John
 # Maynard Keynes, Badridas Goenka ('Sir Badridas Goenka', the honorific not in the name) -> Person; India, Mumbai,
 # Calcutta, the street 'Mumbai Samachar Marg' (alias its former name 'Apollo Street': 'at Apollo Street, currently
 # called Mumbai Samachar Marg') -> Location. No entity: 'Presidency Banks' (a class of banks), "his majesty's
 # government", 'the state' (no body named), 'Indian Currency and Finance' (a book), 'Marwari community', 'the Indian
 # banking industry', 'a central bank', 'an Act of the Parliament of India' (a law; the Parliament is annotated)
 entities=[E("Company", IBI, "Imperial Bank", "State Bank of India"), E("Location", "India"),
           E("Person", "John Maynard Keynes"), E("Company", "Bank of Bengal"), E("Company", "Bank of Bombay"),
           E("Company", "Bank of Madras"), E("Location", "Mumbai Samachar Marg", "Apollo Street"),
           E("Location", "Mumbai"), E("Person", "Badridas Goenka"), E("Location", "Calcutta"),
           E("Organization", RBI), E("Organization", "Parliament of India")],
 # 'In 1933, Sir Badridas Goenka ... became the first Indian to be appointed as the Chairman of the Imperial Bank of
 # India' -> chairman at the Imperial Bank of India, current true (the text tells no end; doubtful: a post of 1933).
 # Near-misses: John Maynard Keynes -> no role (the author of a book that swayed the government; no post named)
 roles=[R("Badridas Goenka", "chairman", IBI)],
 # 'The Reserve Bank of India ... acquired a controlling interest in the Imperial Bank of India in 1955' ->
 # acquired(Reserve Bank of India, Imperial Bank of India) + parentOrganization(Imperial Bank of India, Reserve Bank of
 # India) (control bought, the bank going on under a new name; doubtful: a reader might give parentOrganization only,
 # 'a controlling interest' not being the whole bank). Near-misses, no relation: 'the reorganisation and amalgamation
 # of the three Presidency Banks ... into a single banking entity' -> no acquired and no parentOrganization between the
 # Imperial Bank and the Bank of Bengal, the Bank of Bombay or the Bank of Madras (an amalgamation with no buyer,
 # GUIDELINES; a reader might give each parentOrganization to the Imperial Bank); 'The Imperial Bank was 80% privately
 # owned while the rest were owned by the state' -> nothing (no owner named); 'given legal recognition through an Act
 # of the Parliament of India' -> nothing (a law, not a relation between bodies)
 relations=[L(RBI, "acquired", IBI), L(IBI, "parentOrganization", RBI)],
 outages=[],
 # '27 January 1921', '1912', '2 June 1806', '1935', '1924', '1933', '1955', '30 April 1955', '1 July 1955', '31 March
 # 2018'; 'On that day' (1 July 1955, but relative to the text, `published` null), 'his time' -> nothing
 dates=[D("27 January 1921", "1921-01-27"), D("1912", "1912"), D("2 June 1806", "1806-06-02"), D("1935", "1935"),
        D("1924", "1924"), D("1933", "1933"), D("1955", "1955"), D("30 April 1955", "1955-04-30"),
        D("1 July 1955", "1955-07-01"), D("31 March 2018", "2018-03-31")])

# ---- shipping, Singapore: Straits Steamship Company (en.wikipedia.org '= Title =' rendering) -------------------------
SSC = "Straits Steamship Company Limited"
TB = "Theodore Bogaardt"
A["wp-straits-steamship-company"] = dict(
 # the company -> Company 'Straits Steamship Company Limited' (written twice; 'The new company', 'the company'
 # generic); 'Eastern Shipping Company', 'Sabah Steamship Company' -> Company; Theodore Bogaardt (alias 'Bogaardt'),
 # the four shareholders Tan Jiak Kim, Lee Cheng Yan, Lim Ho Pua and Tan Keong Saik, 'C.H. Laird' (alias 'Laird'),
 # 'D. K. Sommerville' (alias 'Sommerville', also in "Sommerville's stewardship") -> Person; Singapore, Southeast Asia,
 # Malaya, Liverpool, Persian Gulf, Siam ('western Siam'), Burma, North Borneo, Collyer Quay (a named quay, the new
 # premises' site) -> Location. No entity: the ships 'Sappho', "Will o' the Wisp", 'Malacca', 'Billiton', 'Hye Leong'
 # (ships' names, GUIDELINES, Types; 'Malacca' is a ship here, not the town), 'Liverpool shipbuilders' (unnamed; Liverpool
 # is annotated), 'the government' (no body named), 'First World War' (an event), 'Straits' (the currency in '$421,000
 # Straits'), 'Dutchman', 'Chinese' (demonyms)
 entities=[E("Company", SSC), E("Location", "Singapore"), E("Location", "Southeast Asia"),
           E("Person", TB, "Bogaardt"), E("Person", "Tan Jiak Kim"), E("Person", "Lee Cheng Yan"),
           E("Person", "Lim Ho Pua"), E("Person", "Tan Keong Saik"), E("Location", "Malaya"),
           E("Person", "C.H. Laird", "Laird"), E("Location", "Liverpool"), E("Person", "D. K. Sommerville", "Sommerville"),
           E("Location", "Persian Gulf"), E("Company", "Eastern Shipping Company"), E("Location", "Siam"),
           E("Location", "Burma"), E("Company", "Sabah Steamship Company"), E("Location", "North Borneo"),
           E("Location", "Collyer Quay")],
 # 'Straits Steamship Company Limited was founded in 1890 in Singapore by Dutchman, Theodore Bogaardt' -> founder (one
 # person named alone, GUIDELINES part 2, Roles, 'Founders'), current true; 'In 1899, Bogaardt retired as manager' ->
 # executive ('manager' -> executive, GUIDELINES, Roles), current false (retired); 'the company having recruited C.H.
 # Laird of Liverpool shipbuilders, and in 1902, when Laird retired' -> executive, current false (recruited to succeed
 # the retiring manager and retiring from the post; doubtful: no title written, a reader might give no role);
 # 'D. K. Sommerville assumed control of the company', "Under Sommerville's stewardship" -> executive, current true
 # (the text tells no end; doubtful: no title written). Near-misses: 'all subscribed by local individuals including
 # wealthy Chinese businessmen Tan Jiak Kim; Lee Cheng Yan; Lim Ho Pua; and Tan Keong Saik' -> no role (shareholders,
 # no post; a reader might give them cofounder); 'C.H. Laird of Liverpool shipbuilders' -> no role at a shipbuilder
 # (unnamed)
 roles=[R(TB, "founder", SSC), R(TB, "executive", SSC, False), R("C.H. Laird", "executive", SSC, False),
        R("D. K. Sommerville", "executive", SSC)],
 # 'the company expanded, acquiring in 1922 the Eastern Shipping Company, ... and the Sabah Steamship Company' ->
 # acquired + parentOrganization for each (completed purchases; the text does not say either was merged away).
 # Near-misses, no relation: 'a number of vessels were requisitioned by the government' -> nothing (no body named;
 # ships); 'recruited C.H. Laird of Liverpool shipbuilders' -> no partner (the shipbuilder unnamed)
 relations=[L(SSC, "acquired", "Eastern Shipping Company"), L("Eastern Shipping Company", "parentOrganization", SSC),
            L(SSC, "acquired", "Sabah Steamship Company"), L("Sabah Steamship Company", "parentOrganization", SSC)],
 outages=[],
 # '1890' (twice, one item), '1899', '1902', '1922'; 'the 1980s' (a decade), 'The following year' (1923, relative to
 # the text), 'First World War' -> nothing
 dates=[D("1890", "1890"), D("1899", "1899"), D("1902", "1902"), D("1922", "1922")])

# ---- brewing, Australia: Tooth and Co. (wikimili.com's copy) ---------------------------------------------------------
TC = "Tooth and Co"
BB = "Blue Bow Cordials"
A["wp-tooth-and-co"] = dict(
 # the company -> Company 'Tooth and Co' (written once; alias 'Tooth': "Tooth's major asset", 'Tooth had', 'Tooth
 # owned' - the company, 'the brewer'; 'The company', 'the brewer' generic); 'Sydney Stock Exchange' (a stock exchange
 # run as a business, GUIDELINES part 1), 'Blue Bow Cordials', "Resch's Limited", "Hungry Jack's" (the franchisor, a
 # restaurant chain) -> Company; 'Blue Bow Lemonade' (a drink the company produced) -> Service; John Tooth, John
 # Newnham -> Person; New South Wales, Australia, Broadway (the street), Sydney, Kent Brewery (the brewery, a named
 # facility), Mittagong ('the Maltings at Mittagong'), Carlton Street, Waverley Brewery, "d'Albora Marina" (a named
 # marina; doubtful: a reader might take it for a company Tooth owned) -> Location (GUIDELINES, Types: named sites). No
 # entity: 'The Tooth family' (a family), 'Maltings' (the malt-houses, a common noun capitalised), 'numerous hotels',
 # 'a partnership', 'The brand' (the company's name as a brand)
 entities=[E("Company", TC, "Tooth"), E("Location", "New South Wales"), E("Location", "Australia"),
           E("Location", "Broadway"), E("Location", "Sydney"), E("Location", "Kent Brewery"),
           E("Company", "Sydney Stock Exchange"), E("Person", "John Tooth"), E("Person", "John Newnham"),
           E("Company", BB), E("Service", "Blue Bow Lemonade"), E("Location", "Mittagong"),
           E("Location", "Carlton Street"), E("Company", "Resch's Limited"), E("Location", "Waverley Brewery"),
           E("Company", "Hungry Jack's"), E("Location", "d'Albora Marina")],
 # 'in 1835, with his brother-in-law, John Newnham, opened a brewery in Sydney. He named the brewery Kent Brewery' with
 # 'having been established as a partnership in 1835' -> cofounder at Tooth and Co, each ('A ... with B' founding the
 # business, GUIDELINES part 2, Roles, 'Founders'; doubtful: the text says they opened the brewery, and the company is
 # the partnership of that year named after Tooth), current true
 roles=[R("John Tooth", "cofounder", TC), R("John Newnham", "cofounder", TC)],
 # 'it owned Blue Bow Cordials' -> parentOrganization(Blue Bow Cordials, Tooth and Co); '(which later produced Blue Bow
 # Lemonade)' -> provider(Blue Bow Lemonade, Blue Bow Cordials); "it acquired ... Resch's Limited and their Waverley
 # Brewery in 1929" -> acquired(Tooth and Co, Resch's Limited) + parentOrganization(Resch's Limited, Tooth and Co) (a
 # completed purchase; the text does not say it was merged away); "Tooth owned the New South Wales franchise of Hungry
 # Jack's" -> partner(Tooth and Co, Hungry Jack's) (a franchise is a licensing deal between two named companies,
 # GUIDELINES, Relations; doubtful: a reader might give nothing). Near-misses, no relation: 'it acquired the Maltings
 # at Mittagong in 1905, Maltings at Carlton Street' and 'their Waverley Brewery' -> nothing (asset purchases, named
 # sites); 'listed on the then Sydney Stock Exchange' -> no partner (a listing is no partnership, as batch 60a read
 # it); "It also owned the d'Albora Marina" -> no relation (a site, GUIDELINES, Types)
 relations=[L(BB, "parentOrganization", TC), L("Blue Bow Lemonade", "provider", BB), L(TC, "acquired", "Resch's Limited"),
            L("Resch's Limited", "parentOrganization", TC), L(TC, "partner", "Hungry Jack's")],
 outages=[],
 # '1835' (three times, one item), '1985', 'July 1961', '2015', '1888', '1905', '1929'; 'the early 1830s', 'the late
 # 19th century', 'the 20th century' -> nothing
 dates=[D("1835", "1835"), D("1985", "1985"), D("July 1961", "1961-07"), D("2015", "2015"), D("1888", "1888"),
        D("1905", "1905"), D("1929", "1929")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
