#!/usr/bin/env python3
"""Batch 64d gold annotations (the texts of batch64d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63i; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the mid-1930s', 'the early 1950s',
'the 1990s', 'the 2000s'), 'later decades', 'the period', 'of the time', 'In subsequent years', 'on that day' (a day
told just before, but a relative phrase), "today's", 'soon after independence', 'At the same time' and 'World War II'
(a war, an event) -> nothing; '5 April' (the yearly day of National Maritime Day, no year) -> nothing; 'September
1934', 'March 1883', 'March 1919', 'January 2011' -> the month (as batches 59a-63i read theirs).
No text tells an outage, so every `outages` list is empty; the DH-86 lost over Bass Strait (an accident), the
government's conscription of ANA's DC-3s (a government order) and the closing and liquidation of the Zellers stores
and of the Adelaide store (a business's end) are near-misses (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-63i): a completed purchase ('was bought out by', 'was
sold to', 'purchased', 'was acquired by') -> acquired + parentOrganization(target, buyer), the text never saying a
target was merged away; 'HBC's new owner NRDC Equity Partners' -> acquired + parentOrganization (GUIDELINES: 'now owns';
doubtful for acquired); 'a brand name owned by', "Adelaide Steamship's Adelaide Airways", 'banner - owned by' ->
parentOrganization; 'Included in the new corprate structure was ...' -> parentOrganization (doubtful); "Zellers'
sister chain, The Bay" -> parentOrganization(The Bay, HBC) (a sister of a chain HBC owns; doubtful); purchases of
assets (aircraft: 'acquired a de Havilland DH-86', 'acquired the larger ... Douglas DC-3'; shipyards; a store: 'The
Bourke Street Melbourne store was sold to Woolworths'; 'the lease agreements for up to 220 Zellers stores') -> nothing
(GUIDELINES, Relations: asset purchases); a share sold to a person ('sold his half share of the business to Gibson')
-> nothing (`acquired` takes a Company as buyer); shareholdings of unstated size ('joined the list of shareholders')
-> nothing (GUIDELINES: minority stakes, as batch 63i read Irish Shipping's shareholders); an aircraft order from a
maker ('order the DC-2 aircraft from Douglas') -> partner (GUIDELINES, Relations: an order between two named
organisations; doubtful, the person who chose being the subject) and provider(aircraft model, maker) (as the
corpus's Boeing texts); aircraft models -> Service (GUIDELINES, Types), the maker named only inside a model's name ('de
Havilland') -> no entity; ships' names ('RMS Empress of India', 'Loyalty', 'Jalusha') -> no entity (GUIDELINES,
Types); a company's former and later names -> aliases of one entity ('founded ... as Tasmanian Aerial Services',
'changed the name to Holyman Airways', 'was renamed Australian National Airways', 'also known as Foy's'); founders
(GUIDELINES part 2, Roles, 'Founders'): 'founded in 1932 by Victor and Ivan Holyman' -> cofounder each (two named
together); 'The first store was established ... by Mark Foy' -> founder (one person named alone; doubtful: the first
store of the business, before its name); 'establishing Mark Foy's there' (Francis Foy alone) -> founder; owners with
no post ('Ownership ... transferred to his son Francis Foy in partnership with Willam Gibson', 'the Swadeshi Steam
Navigation Company of VOC Pillai') -> no role (the lane's owner rule, as batch 63i read 'sold to Reg Ansett'); a ruler
named by his title ('Scindia of Gwalior (also known as the Maharajah of Gwalior)') -> Person, no role (Gwalior is not
named on its own; as batch 63i read Governor Macquarie); a statesman with no title written ('launched ... by Jawaharlal
Nehru') -> no role; named streets, an address's parts and a shipyard ('Smith Street', 'Rundle Street', 'Bourke
Street', 'Sir M.V. Road', 'Scindia Colony', 'Andheri', 'Scindia Shipyard') -> Location (GUIDELINES, Types: named sites
and facilities; as batch 63i read Macquarie Place); a city and its state or country named together ('London, Ontario',
'Collingwood, Victoria') -> each its own Location (as the corpus's 'Canton, Ohio'); demonyms and adjectives
('Australian', 'British', 'Canadian', 'Indian', 'European', 'American', 'US' in 'the US chain Target') -> nothing;
generic or lowercase phrases naming no body ('a government tender', 'the company', 'the British', 'Indian troops', 'The
Holyman family', 'other parties') -> nothing.
usage: batch64d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, Australia: Australian National Airways (the-uncensored-wiki.com's copy) -------------------------------
ANA = "Australian National Airways"
DC3 = "Douglas DC-3"
A["wp-australian-national-airways"] = dict(
 # the airline -> Company 'Australian National Airways', aliases 'Tasmanian Aerial Services' ('founded ... as'),
 # 'Holyman Airways' ('changed the name to', written four times) and 'ANA' ("ANA's DC-3s"): one company under three
 # names, the text saying it was renamed each time ('the company', 'The new Australian National Airways' the same);
 # 'William Holyman and Sons Limited', 'Douglas' (the maker: 'order the DC-2 aircraft from Douglas in the USA'), 'Orient
 # Line', 'Adelaide Steamship' (the text's 'The Orient Line and Adelaide Steamship companies' and "Adelaide
 # Steamship's"), 'Adelaide Airways' -> Company; Victor Holyman (the full name written in 'Victor Holyman was at the
 # controls'; 'Victor and Ivan Holyman' shares the surname), Ivan Holyman (alias 'Holyman': 'Holyman opted to break
 # with Australian tradition', the sentence after Ivan's) -> Person; aircraft models 'de Havilland DH-83 Fox Moth', 'de
 # Havilland DH-86 Commonwealth Airliner' (alias 'DH-86'), 'DC-2' (written twice), 'Douglas DC-3' (alias 'DC-3', the
 # stem of "ANA's DC-3s"; doubtful as an alias of a plural) -> Service; Australia, Bass Strait (alias-free: 'the Bass
 # Strait' is the same name with an article), Launceston, Flinders Island, Melbourne, Sydney, Wagga Wagga, USA,
 # Tasmania, Adelaide, Perth -> Location; 'Government of Australia' -> Organization. No entity: 'de Havilland' (only
 # inside the models' names, GUIDELINES, Types), 'The Holyman family', 'a government tender', 'Australian tradition',
 # 'any British aircraft designs', 'the new corprate structure', 'an assortment of lesser aircraft', 'World War II'
 entities=[E("Company", ANA, "Tasmanian Aerial Services", "Holyman Airways", "ANA"), E("Location", "Australia"),
           E("Person", "Victor Holyman"), E("Person", "Ivan Holyman", "Holyman"),
           E("Service", "de Havilland DH-83 Fox Moth"), E("Location", "Bass Strait"), E("Location", "Launceston"),
           E("Location", "Flinders Island"), E("Location", "Melbourne"),
           E("Company", "William Holyman and Sons Limited"),
           E("Service", "de Havilland DH-86 Commonwealth Airliner", "DH-86"), E("Location", "Sydney"),
           E("Location", "Wagga Wagga"), E("Service", "DC-2"), E("Company", "Douglas"), E("Location", "USA"),
           E("Service", DC3, "DC-3"), E("Company", "Orient Line"), E("Company", "Adelaide Steamship"),
           E("Company", "Adelaide Airways"), E("Location", "Tasmania"), E("Location", "Adelaide"),
           E("Location", "Perth"), E("Organization", "Government of Australia")],
 # 'It was founded in 1932 by Victor and Ivan Holyman as Tasmanian Aerial Services' -> cofounder at Australian
 # National Airways, each (two named together, GUIDELINES part 2, Roles, 'Founders'; the company under its first name,
 # an alias), current true (a founder's role does not end; 'Victor Holyman was at the controls of the DH-86' of the
 # aircraft lost 'on that day' does not say in words that he died). Near-misses: 'Ivan Holyman embarked on a program
 # of expansion', 'Holyman opted to ... order the DC-2 aircraft' -> no further role (he leads, but no title is written;
 # a reader might give executive or head, as batch 63i gave executive for 'at the helm' - here the founder's role
 # already names his tie); 'The Holyman family were well know for their shipping company, William Holyman and Sons
 # Limited' -> no role for either brother at the shipping company (a family's, no post named)
 roles=[R("Victor Holyman", "cofounder", ANA), R("Ivan Holyman", "cofounder", ANA)],
 # 'order the DC-2 aircraft from Douglas' -> provider(DC-2, Douglas) and partner(Australian National Airways,
 # Douglas) (an aircraft order between two named companies, GUIDELINES, Relations; the order completed: 'When the
 # first DC-2 arrived in 1936'; doubtful: the subject is Holyman, the person, choosing for the airline); 'Douglas DC-3'
 # -> provider(Douglas DC-3, Douglas) (the maker's name in the model's, Douglas annotated on its own); "Adelaide
 # Steamship's Adelaide Airways" -> parentOrganization(Adelaide Airways, Adelaide Steamship); 'Included in the new
 # corprate structure was Adelaide Steamship's Adelaide Airways' -> parentOrganization(Adelaide Airways, Australian
 # National Airways) (the airline made part of the renamed company's structure; doubtful: a reader might read a
 # merger with no buyer and give nothing). Near-misses, no relation: 'Holyman Airways acquired a de Havilland DH-86',
 # 'the company acquired the larger and more efficient Douglas DC-3' -> no acquired (aircraft, assets; no provider
 # for the DH-86 or the Fox Moth: de Havilland is not an entity); 'The Orient Line and Adelaide Steamship companies
 # joined the list of shareholders' -> no parentOrganization and no partner (stakes of unstated size); 'which also
 # acquired the name of Australian National Airways' -> no acquired (a name, not a company); 'The Holyman family were
 # well know for their shipping company' -> no parentOrganization of the airline to William Holyman and Sons Limited
 # (the family's tie, not the company's); 'the Government of Australia conscripted four of ANA's DC-3s' -> nothing
 relations=[L("DC-2", "provider", "Douglas"), L(ANA, "partner", "Douglas"), L(DC3, "provider", "Douglas"),
            L("Adelaide Airways", "parentOrganization", "Adelaide Steamship"),
            L("Adelaide Airways", "parentOrganization", ANA)],
 outages=[],
 # '1932', 'September 1934', '1 October 1934', '1935', '1936', '1 July 1936', '1939'; 'the mid-1930s', 'the early
 # 1950s' (decades), 'on that day', 'of the time', 'In subsequent years', 'World War II' -> nothing
 dates=[D("1932", "1932"), D("September 1934", "1934-09"), D("1 October 1934", "1934-10-01"), D("1935", "1935"),
        D("1936", "1936"), D("1 July 1936", "1936-07-01"), D("1939", "1939")])

# ---- retail, Australia: Foy & Gibson (the IPFS copy) ----------------------------------------------------------------
FG = "Foy & Gibson"
FGWA = "Foy & Gibson (WA) Ltd"
A["wp-foy-and-gibson"] = dict(
 # the chain -> Company 'Foy & Gibson', alias "Foy's" ('also known as'; 'the company', 'the business' generic);
 # 'Le Bon Marché' (the Paris store it was modelled on), "Mark Foy's" (the Sydney store Francis Foy established; the
 # possessive is part of its name, as batch 63c kept it), 'Cox Brothers', 'Foy & Gibson (WA) Ltd' (the Western
 # Australian company sold in 1964: a company apart, with its own name and 'Ltd'), 'David Jones', 'Woolworths',
 # 'Cox-Foys' (the banner the Adelaide store traded under, owned by Harris Scarfe: a trading name of a retailer, so a
 # Company, as corpus practice types store chains; doubtful: a reader might give no entity for a banner), 'Harris
 # Scarfe' -> Company; Mark Foy, Francis Foy, Willam Gibson (alias 'Gibson'; the name as the text spells it) ->
 # Person; Australia, Paris, Smith Street, Collingwood, Victoria, Sydney, Perth, Brisbane, Rundle Street, Adelaide,
 # Western Australia, Bourke Street, Melbourne -> Location (the streets named sites, as batch 63i read Macquarie
 # Place). No entity: 'other European and American Stores of the period' (unnamed; a capital S), 'a drapery', 'ten
 # stores', 'The Adelaide store', 'The Bourke Street Melbourne store' (stores, not companies: the street and city are
 # annotated), 'manchester' (goods)
 entities=[E("Company", FG, "Foy's"), E("Location", "Australia"), E("Company", "Le Bon Marché"),
           E("Location", "Paris"), E("Location", "Smith Street"), E("Location", "Collingwood"),
           E("Location", "Victoria"), E("Person", "Mark Foy"), E("Person", "Francis Foy"),
           E("Person", "Willam Gibson", "Gibson"), E("Location", "Sydney"), E("Company", "Mark Foy's"),
           E("Location", "Perth"), E("Location", "Brisbane"), E("Location", "Rundle Street"),
           E("Location", "Adelaide"), E("Company", "Cox Brothers"), E("Company", FGWA),
           E("Location", "Western Australia"), E("Company", "David Jones"), E("Location", "Bourke Street"),
           E("Location", "Melbourne"), E("Company", "Woolworths"), E("Company", "Cox-Foys"),
           E("Company", "Harris Scarfe")],
 # 'The first store was established as a drapery in Smith Street, Collingwood, Victoria by Mark Foy' -> founder at
 # Foy & Gibson (one person named alone, GUIDELINES part 2, Roles, 'Founders'; doubtful: the text founds the first
 # store of the business, which took the name Foy & Gibson with its owners of 1883; a reader might give him no role
 # or give cofounder to Francis Foy and Gibson instead); 'Francis Foy ... moved to Sydney, establishing Mark Foy's
 # there' -> founder at Mark Foy's (named alone), current true. Near-misses: 'Ownership of this business was
 # transferred to his son Francis Foy in partnership with Willam Gibson in March 1883' -> no cofounder and no other
 # role (owners, no post named; the text tells a transfer of ownership, not a founding; the cut infobox's 'Founded
 # 1883' is not in the text); 'Gibson established a branch of the business in Perth', 'opened a store in Brisbane' ->
 # no role (a proprietor opening stores; no title written)
 roles=[R("Mark Foy", "founder", FG), R("Francis Foy", "founder", "Mark Foy's")],
 # 'In 1955, the company was bought out by Cox Brothers' -> acquired(Cox Brothers, Foy & Gibson) +
 # parentOrganization(Foy & Gibson, Cox Brothers); 'in 1964, Foy & Gibson (WA) Ltd, including ten stores in Western
 # Australia, was sold to David Jones' -> acquired(David Jones, Foy & Gibson (WA) Ltd) + parentOrganization(Foy &
 # Gibson (WA) Ltd, David Jones); 'the Cox-Foys banner - owned by Harris Scarfe' -> parentOrganization(Cox-Foys,
 # Harris Scarfe) (doubtful with the entity). Near-misses, no relation: 'The Bourke Street Melbourne store was sold to
 # Woolworths in 1967' -> no acquired (a store, an asset, GUIDELINES, Relations); 'Francis Foy later sold his half
 # share of the business to Gibson' -> no acquired (a person buys); no parentOrganization(Foy & Gibson (WA) Ltd, Foy &
 # Gibson) (the text never says who owned the Western Australian company before the sale; a reader might give it from
 # the shared name and the Perth branch); no parentOrganization(Foy & Gibson (WA) Ltd, Cox Brothers) (likewise); 'The
 # Adelaide store continued to trade under the Cox-Foys banner' -> no relation of Cox-Foys to Cox Brothers or Foy &
 # Gibson (the banner's name joins theirs, the text states only Harris Scarfe's ownership); 'modelled on Le Bon Marché'
 # -> nothing (a model, not a partner)
 relations=[L("Cox Brothers", "acquired", FG), L(FG, "parentOrganization", "Cox Brothers"),
            L("David Jones", "acquired", FGWA), L(FGWA, "parentOrganization", "David Jones"),
            L("Cox-Foys", "parentOrganization", "Harris Scarfe")],
 outages=[],
 # 'March 1883', '1895', '1903', '1907', '1955', '1964', '1967', '1977'; 'the period' -> nothing
 dates=[D("March 1883", "1883-03"), D("1895", "1895"), D("1903", "1903"), D("1907", "1907"), D("1955", "1955"),
        D("1964", "1964"), D("1967", "1967"), D("1977", "1977")])

# ---- shipping, India: Scindia Steam Navigation Company (wikimili.com's older copy) -----------------------------------
SC = "Scindia Steam Navigation Company Ltd"
A["wp-scindia-steam-navigation-company"] = dict(
 # the company -> Company 'Scindia Steam Navigation Company Ltd' (the fullest form: 'the newly formed Scindia Steam
 # Navigation Company Ltd'), aliases 'Scindia Steam Navigation Company' and 'Scindia' ('The house flag of Scindia';
 # 'the company', 'The company' generic); 'Swadeshi Steam Navigation Company', 'Bengal Burma S.N. Co.', 'Indian
 # Co-operative Navigation & Trading Co.', 'Ratnagar S.N. Co.', 'Bombay S.N. Co.' -> Company (the names as written,
 # abbreviations kept); VOC Pillai, Jawaharlal Nehru -> Person; 'Scindia of Gwalior' -> Person (a ruler named by his
 # house and seat; alias 'Maharajah of Gwalior', 'also known as'; as batch 63i read 'the 8th Earl of Jersey' a Person);
 # India, Tamilnadu, United Kingdom, Scindia Shipyard (a shipyard, a facility, GUIDELINES, Types), Scindia Colony, Sir
 # M.V. Road, Andheri, Mumbai (the registered office's address: a named colony, a road, a suburb and the city; 'Mumbai'
 # as written in 'Mumbai-400069' with its postal code), Nazi Germany (a state of its time, a country) -> Location. No
 # entity: 'RMS Empress of India', 'the former Empress', 'Loyalty', 'Jalusha' (ships, GUIDELINES, Types), 'Building
 # III', 'Andheri (E)' beyond 'Andheri', 'the British', 'Indian troops', 'The National Maritime Day' (an observance,
 # like an event), 'Gwalior' (only inside the ruler's names)
 entities=[E("Company", SC, "Scindia Steam Navigation Company", "Scindia"), E("Location", "India"),
           E("Company", "Swadeshi Steam Navigation Company"), E("Person", "VOC Pillai"), E("Location", "Tamilnadu"),
           E("Person", "Scindia of Gwalior", "Maharajah of Gwalior"), E("Location", "United Kingdom"),
           E("Company", "Bengal Burma S.N. Co."), E("Company", "Indian Co-operative Navigation & Trading Co."),
           E("Company", "Ratnagar S.N. Co."), E("Company", "Bombay S.N. Co."), E("Location", "Scindia Shipyard"),
           E("Person", "Jawaharlal Nehru"), E("Location", "Scindia Colony"), E("Location", "Sir M.V. Road"),
           E("Location", "Andheri"), E("Location", "Mumbai"), E("Location", "Nazi Germany")],
 # No role. Near-misses: 'the Swadeshi Steam Navigation Company of VOC Pillai ... that was founded in 1906' -> no
 # founder (the text ties the company to him with 'of' and tells its founding in the passive with no founder; a
 # reader who knows him as its founder would give founder - doubtful); 'Scindia of Gwalior (also known as the
 # Maharajah of Gwalior)' -> no role (a ruler whose state is not named on its own, and a ship's buyer and seller, not
 # a post at the company); 'launched soon after independence by Jawaharlal Nehru' -> no role (no title written; a
 # reader might give minister at India from what he knows)
 roles=[],
 # 'In 1932, the company purchased the Bengal Burma S.N. Co.; the company also purchased the Indian Co-operative
 # Navigation & Trading Co., the Ratnagar S.N. Co., and in 1952 the Bombay S.N. Co.' -> acquired(Scindia Steam
 # Navigation Company Ltd, X) + parentOrganization(X, Scindia Steam Navigation Company Ltd) for each of the four
 # (completed purchases of companies; the text does not say they were merged away). Near-misses, no relation: 'The
 # company purchased shipyards in India in 1940, named Scindia Shipyard' -> no acquired (facilities, assets; the
 # shipyard a Location); the ship 'reported sold to Scindia of Gwalior' and 'sold to the newly formed Scindia Steam
 # Navigation Company Ltd' -> nothing (a ship, an asset; the seller a person); 'The first being the Swadeshi Steam
 # Navigation Company' -> nothing (an earlier company, no tie)
 relations=[L(SC, "acquired", "Bengal Burma S.N. Co."), L("Bengal Burma S.N. Co.", "parentOrganization", SC),
            L(SC, "acquired", "Indian Co-operative Navigation & Trading Co."),
            L("Indian Co-operative Navigation & Trading Co.", "parentOrganization", SC),
            L(SC, "acquired", "Ratnagar S.N. Co."), L("Ratnagar S.N. Co.", "parentOrganization", SC),
            L(SC, "acquired", "Bombay S.N. Co."), L("Bombay S.N. Co.", "parentOrganization", SC)],
 outages=[],
 # '1919', '1906', '19 December 1914', '19 January 1915', 'March 1919', '5 April 1919', '1932', '1952', '1940', '1948';
 # '5 April' (a yearly day, no year), "today's", 'soon after independence' -> nothing
 dates=[D("1919", "1919"), D("1906", "1906"), D("19 December 1914", "1914-12-19"), D("19 January 1915", "1915-01-19"),
        D("March 1919", "1919-03"), D("5 April 1919", "1919-04-05"), D("1932", "1932"), D("1952", "1952"),
        D("1940", "1940"), D("1948", "1948")])

# ---- retail, Canada: Zellers (en.m.wikipedia.org's rendering) --------------------------------------------------------
HBC = "Hudson's Bay Company"
NRDC = "NRDC Equity Partners"
A["wp-zellers"] = dict(
 # the chain -> Company 'Zellers' (a retail chain, then 'a brand name': the business throughout the text, so
 # Company; 'Zellers stores', 'Zellers locations' the same); "Hudson's Bay Company" (alias 'HBC', "HBC's"), 'Walmart
 # Canada', 'NRDC Equity Partners', 'The Bay' ("Zellers' sister chain"), 'Target' ('the US chain Target', 'Canadian
 # locations of Target') -> Company; London, Ontario, Brampton -> Location (city and province each, as the corpus's
 # 'Canton, Ohio'). No person is named (the founder Walter P. Zeller is only in the cut infobox). No entity: 'US' in
 # 'the US chain Target' (an adjective, as demonyms), 'the country', 'the increasingly volatile retailing industry',
 # 'other parties'
 entities=[E("Company", "Zellers"), E("Company", HBC, "HBC"), E("Location", "London"), E("Location", "Ontario"),
           E("Location", "Brampton"), E("Company", "Walmart Canada"), E("Company", NRDC), E("Company", "The Bay"),
           E("Company", "Target")],
 # No role (no person in the text).
 roles=[],
 # 'Zellers was acquired by HBC in 1978' (and 'a brand name owned by the Hudson's Bay Company') -> acquired(Hudson's
 # Bay Company, Zellers) + parentOrganization(Zellers, Hudson's Bay Company); "HBC's new owner NRDC Equity Partners"
 # -> parentOrganization(Hudson's Bay Company, NRDC Equity Partners) + acquired(NRDC Equity Partners, Hudson's Bay
 # Company) (a new owner: a completed change of ownership, GUIDELINES 'now owns'; doubtful for acquired: the text
 # does not tell the purchase itself); "Zellers' sister chain, The Bay" -> parentOrganization(The Bay, Hudson's Bay
 # Company) (a sister of a chain HBC owns, re-positioned by HBC's owner; doubtful: 'sister' implies the common parent
 # without naming it). Near-misses, no relation: 'HBC announced that it would sell the lease agreements for up to 220
 # Zellers stores to the US chain Target for $1.825 billion' -> no acquired (leases, assets, GUIDELINES, Relations; a
 # reader might give acquired(Target, Zellers)); 're-sell the remainder to other parties such as Walmart Canada' ->
 # nothing (leases again, and an intention); 'fierce competition by Walmart Canada' -> nothing (a competitor); 'While
 # HBC retained 64 Zellers locations' -> nothing beyond the parent already given
 relations=[L(HBC, "acquired", "Zellers"), L("Zellers", "parentOrganization", HBC), L(HBC, "parentOrganization", NRDC),
            L(NRDC, "acquired", HBC), L("The Bay", "parentOrganization", HBC)],
 outages=[],
 # '1931', '1978', '2013', '1999', 'January 2011', 'July 26, 2012', 'March 31, 2013'; 'later decades', 'the 1990s',
 # 'the 2000s', 'At the same time' -> nothing
 dates=[D("1931", "1931"), D("1978", "1978"), D("2013", "2013"), D("1999", "1999"), D("January 2011", "2011-01"),
        D("July 26, 2012", "2012-07-26"), D("March 31, 2013", "2013-03-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
