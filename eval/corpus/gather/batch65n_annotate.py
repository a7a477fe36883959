#!/usr/bin/env python3
"""Batch 65n gold annotations (the texts of batch65n.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65l; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1960s', 'the late 1980s', 'During the
1980s' -> nothing (decades, as batches before left them out); 'the following two decades', 'After that', 'Later', '20
years after' -> nothing. No text tells an outage, so every `outages` list is empty; one tells a near-miss of one
(Debenhams' stores 'fire-bombed' by the Animal Liberation Front: an attack on shops, no service lost by users; and a
store 'closed ... due to declining trade': a business closure; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65l): 'the computer division of X' -> parentOrganization
(a division; 'later a separate company spun off from' X does not undo it: relations carry no time); 'its major
operations were split into A and B' -> parentOrganization of each to the company (its operations made units of it;
doubtful); 'X was purchased by Y', 'the company acquired X', 'X ... was acquired in 1919' (a purchase of the text's
company, its buyer told by 'The first of these purchases'), 'Later purchases included X', 'the company was acquired by
Y' -> acquired + parentOrganization(target, buyer) (none told as merged away; 'demerged in 1998' does not undo a past
owner: relations carry no time); 'A merged with B to form C', 'merged with several ... companies to form C', 'became a
founding component of C' -> nothing (no buyer told; GUIDELINES, Relations) and C an entity of its own; 'combined to
form X, a joint venture that also included Y' -> a joint venture: parentOrganization to each owner + partner between
the owners (the corpus's joint-venture convention, as batch 64l); 'got a license ... from X' -> partner (a licensing
deal; GUIDELINES, Relations; doubtful, X a government board); 'founded ... by A, ..., along with his son B and his
brother C', 'formed ... by Messrs A and B' -> cofounder each (GUIDELINES, Roles, Founders); 'chairman of X', 'its
chairman, A', 'appointed CEO' -> chairman / ceo, current true (no 'former' word); 'became a partner' -> no role (a
partner in a firm carries no title of the list, as GATHERING.md's 'was named a partner in 1865' -> no role); 'a team
led by A' -> no role (a team is no organisation); computers, aircraft and fighters named as products ('D2', 'D21',
'the Bulldog', 'Saab 37 Viggen') -> Service (GUIDELINES, Types: devices and aircraft models) with provider to the
company the text says made them; a company's names in turn ('originally X', 'under the name X', 'the corporate name
changed to X', 'X, now Y') -> aliases of one entity (GUIDELINES, Types); streets, districts and a named shopping
centre -> Location (as the corpus annotates 'Adderley Street', 'New Bond Street'); demonyms and adjectives
('Swedish', 'British', 'Nordic') -> nothing.
usage: batch65n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- computers, Sweden: Datasaab (the Kiwix dump on iiab.live) ------------------------------------------------------
DS = "Datasaab"
MMN = "Matematikmaskinn\u00e4mnden"
SRT = "Standard Radio & Telefon AB"
SA = "Stansaab AS"
SDC = "Swedish Development Company"
MODELS = ["D2", "CK37", "D21", "D22", "D220", "D23", "D5", "D15", "D16"]
A["wp-datasaab"] = dict(
 # the computer maker -> Company 'Datasaab' (also 'the company's activities'); its parent, 'aircraft manufacturer Saab'
 # -> Company 'Saab' ("Saab's and IBM's machines"; 'Saab' also stands inside 'Saab 37 Viggen', the fighter's own name);
 # IBM ("IBM's machines"), Standard Radio & Telefon AB (alias 'SRT', in brackets after it), Stansaab AS and the
 # 'state-owned Swedish Development Company' -> Company (the last doubtful: a state-owned company, run as a business;
 # a reader might make it an Organization); Matematikmaskinn\u00e4mnden ('the Swedish governmental board for mathematical
 # machinery', an English gloss in brackets, no alias) -> Organization; 'the Swedish government' -> Organization
 # 'Swedish government' (as the corpus names it); Viggo Wentzel -> Person; Link\u00f6ping, Sweden -> Location.
 # Services: the computer 'BESK, an early Swedish computer design' and Saab's copy 'named SARA' (single machines
 # named as designs; doubtful: a reader might leave them out as one-off machines, not products), the fighter 'Saab 37
 # Viggen' (alias 'Viggen': 'a navigational computer for Viggen', 'used in Viggen'), and the computers D2, CK37, D21,
 # D22, D220, D23, D5 ('the D5s', the plural of the same name), D15 and D16 (models of a line; GUIDELINES, Types:
 # devices). No entity: 'the Nordic banks' (unnamed), 'the first and largest bank terminal system' (unnamed),
 # 'vacuum tubes', 'the commercial market', 'Swedish', 'Nordic'
 entities=[E("Company", DS), E("Company", "Saab"), E("Location", "Link\u00f6ping"), E("Location", "Sweden"),
           E("Service", "BESK"), E("Organization", MMN), E("Service", "SARA"),
           E("Service", "Saab 37 Viggen", "Viggen"), E("Person", "Viggo Wentzel")]
          + [E("Service", m) for m in MODELS]
          + [E("Organization", "Swedish government"), E("Company", "IBM"), E("Company", SRT, "SRT"),
             E("Company", SA), E("Company", SDC)],
 # No role: 'a team led by Viggo Wentzel' -> no role (a team is no organisation; a reader might give head at Saab or
 # at Datasaab, which the text does not say). The text names no other person
 roles=[],
 # 'Datasaab was the computer division of, and later a separate company spun off from, aircraft manufacturer Saab' ->
 # parentOrganization(Datasaab, Saab) (a division; the spin-off told as later does not remove it, relations carrying no
 # time; doubtful: a reader might read the spin-off as the end and give nothing); 'Saab got a license to build its own
 # copy of BESK ... from Matematikmaskinn\u00e4mnden' -> partner(Saab, Matematikmaskinn\u00e4mnden) (a licensing deal,
 # direction as written; doubtful: a government board as licensor); 'This clone was completed in 1957 and was named
 # SARA' -> provider(SARA, Saab) (Saab's own copy; doubtful, a machine built for its own use); 'the next generation jet
 # fighter Saab 37 Viggen' -> provider(Saab 37 Viggen, Saab) (the aircraft manufacturer's fighter, its name carrying the
 # maker's); the D2 ('which came to define the company's activities'), the CK37, the D21 ('The first civilian model')
 # and the 'several versions with names like D22 (1966), D220, D23, D5, D15, and D16' -> provider Datasaab (the computer
 # division's line; doubtful: a reader might give Saab, whose division it was, as "Saab's ... machines" does); 'In 1971,
 # technologies from Standard Radio & Telefon AB (SRT) and Saab were combined to form Stansaab AS, a joint venture that
 # also included the state-owned Swedish Development Company' -> a joint venture of three: parentOrganization(Stansaab
 # AS, each of SRT, Saab and the Swedish Development Company) + partner between the owners in the order written (SRT-
 # Saab, SRT-Swedish Development Company, Saab-Swedish Development Company) (doubtful: 'also included' might be read as
 # a partner that is no owner). Near-misses: 'BESK, an early Swedish computer design ... from Matematikmaskinn\u00e4mnden'
 # -> no provider (its maker is a government board, an Organization, and provider wants a Company); 'When the Swedish
 # government needed 20 computers ..., an evaluation between Saab's and IBM's machines proved Saab's better' -> no
 # partner (an evaluation; no sale or order told; a reader might take the government for a customer); 'the D5s were
 # used to set up the first and largest bank terminal system for the Nordic banks' -> nothing (unnamed banks); "IBM's
 # machines" -> no Service (no product named); 'The company's primary focus was systems for real-time data' -> nothing
 relations=[L(DS, "parentOrganization", "Saab"), L("Saab", "partner", MMN), L("SARA", "provider", "Saab"),
            L("Saab 37 Viggen", "provider", "Saab")]
           + [L(m, "provider", DS) for m in MODELS]
           + [L(SA, "parentOrganization", SRT), L(SA, "parentOrganization", "Saab"),
              L(SA, "parentOrganization", SDC), L(SRT, "partner", "Saab"), L(SRT, "partner", SDC),
              L("Saab", "partner", SDC)],
 outages=[],
 # 'December 1954', '1957', '1960', '1971' ('completed in 1971', 'In 1971': one text, one value), '1962' ('D21
 # (1962)'), '1966' ('D22 (1966)'); 'the 1960s', 'the late 1980s', 'the following two decades' -> left out
 dates=[D("December 1954", "1954-12"), D("1957", "1957"), D("1960", "1960"), D("1971", "1971"), D("1962", "1962"),
        D("1966", "1966")])

# ---- aerospace, UK: Bristol Aeroplane Company (wiki-gateway.eudic.net's copy) ---------------------------------------
BAC0 = "Bristol Aeroplane Company"
BAC = "British Aircraft Corporation"
BS = "Bristol Siddeley"
RR = "Rolls-Royce"
GW = "Sir George White"
BT = "Bristol Tramway and Carriage Company"
PLANES = ["Boxkite", "Bristol Fighter", "Bulldog", "Blenheim", "Beaufighter", "Britannia"]
A["wp-bristol-aeroplane-company"] = dict(
 # the company -> Company 'Bristol Aeroplane Company', alias its first name 'British and Colonial Aeroplane Company'
 # ('originally the ...'; also 'The British and Colonial Aeroplane Company, Ltd was founded', the same name with its
 # legal suffix); its two units Bristol Aircraft and Bristol Aero Engines, the merged companies British Aircraft
 # Corporation (alias 'BAC': 'BAC went on', 'The BAC works'), Armstrong Siddeley and Bristol Siddeley, and Rolls-Royce
 # (alias 'Rolls Royce', written without the hyphen in the list of firms at Filton), Airbus, MBDA, GKN and the Bristol
 # Tramway and Carriage Company -> Company; 'the nationalised British Aerospace, now BAE Systems' -> one Company 'BAE
 # Systems', alias 'British Aerospace' (a former name, GUIDELINES, Types; named by the form the text uses twice and
 # gives as its present one; doubtful: a reader might keep two entities, or name it by the longer 'British
 # Aerospace'); the aircraft 'Boxkite' (in quotation marks), 'Bristol Fighter', 'Bulldog', 'Blenheim', 'Beaufighter',
 # 'Britannia' and 'the Concorde' -> Service 'Concorde' (aircraft models; GUIDELINES, Types); Sir George White (the
 # form written, as the corpus keeps 'Sir Colin Marshall'), his son 'Stanley' and his brother 'Samuel' (the only forms
 # written, as batch 64l kept 'Giuseppe') -> Person; Filton ('in Filton', 'the Filton site'), Bristol ('north of
 # Bristol city centre') -> Location. No entity: 'Bristol-designed engines' (the company's engines, unnamed), 'several
 # major British aircraft companies' (unnamed), 'airframes and aero engines', 'British', 'the fast-growing aviation
 # sector'
 entities=[E("Company", BAC0, "British and Colonial Aeroplane Company")] + [E("Service", p) for p in PLANES]
          + [E("Service", "Concorde"), E("Company", "Bristol Aircraft"), E("Company", "Bristol Aero Engines"),
             E("Company", BAC, "BAC"), E("Company", "Armstrong Siddeley"), E("Company", BS),
             E("Company", "BAE Systems", "British Aerospace"), E("Company", RR, "Rolls Royce"),
             E("Location", "Filton"), E("Location", "Bristol"), E("Company", "Airbus"), E("Company", "MBDA"),
             E("Company", "GKN"), E("Person", GW), E("Company", BT), E("Person", "Stanley"), E("Person", "Samuel")],
 # 'founded in February 1910 by Sir George White, ..., along with his son Stanley and his brother Samuel' -> cofounder
 # at the Bristol Aeroplane Company each (GUIDELINES, Roles, Founders: 'A founded Acme with B'); 'Sir George White,
 # chairman of the Bristol Tramway and Carriage Company' -> chairman there, current true (no 'former' word; the
 # sentence tells 1910, and the text says nothing of his leaving). Near-misses: no chairman at the Bristol Aeroplane
 # Company for White (the text gives him the tramway company's chair only; the infobox's key people were cut)
 roles=[R(GW, "cofounder", BAC0), R("Stanley", "cofounder", BAC0), R("Samuel", "cofounder", BAC0),
        R(GW, "chairman", BT)],
 # 'Notable aircraft produced by the company include the 'Boxkite', the Bristol Fighter, the Bulldog, the Blenheim, the
 # Beaufighter, and the Britannia' -> provider(each, Bristol Aeroplane Company); 'In 1956 its major operations were
 # split into Bristol Aircraft and Bristol Aero Engines' -> parentOrganization(each, Bristol Aeroplane Company) (its
 # operations made into two units of it; doubtful: the text does not write 'subsidiary', and a reader might read a
 # demerger into two independent firms and give nothing); 'Bristol Siddeley was purchased by Rolls-Royce in 1966, who
 # continued to develop and market Bristol-designed engines' -> acquired(Rolls-Royce, Bristol Siddeley) +
 # parentOrganization(Bristol Siddeley, Rolls-Royce) (not said to be merged away). Near-misses: 'much of the
 # preliminary work which led to the Concorde was carried out by the company' -> no provider for the Concorde (early
 # work, no maker told; a reader might give the company); 'Bristol Aircraft merged with several major British aircraft
 # companies to form the British Aircraft Corporation (BAC)' and 'Bristol Aero Engines merged with Armstrong Siddeley to
 # form Bristol Siddeley' -> nothing (mergers with no buyer told; GUIDELINES, Relations; a reader might give
 # parentOrganization to the new firms); 'BAC went on to become a founding component of the nationalised British
 # Aerospace' -> nothing (a merger into a new company, no buyer told; doubtful: a reader might give parentOrganization(
 # BAC, BAE Systems)); 'nationalised' -> no relation (the state not named as owner); 'BAE Systems, Airbus, Rolls Royce,
 # MBDA and GKN still have a presence at the Filton site' -> no partner (neighbours on a site); Sir George White's
 # chair at the tramway company -> no parentOrganization between the two companies (founded by the chairman and his
 # family, not by the tramway company; the infobox-free text says nothing of ownership)
 relations=[L(p, "provider", BAC0) for p in PLANES]
           + [L("Bristol Aircraft", "parentOrganization", BAC0), L("Bristol Aero Engines", "parentOrganization", BAC0),
              L(RR, "acquired", BS), L(BS, "parentOrganization", RR)],
 outages=[],
 # '1956', '1959', '1966', 'February 1910'
 dates=[D("1956", "1956"), D("1959", "1959"), D("1966", "1966"), D("February 1910", "1910-02")])

# ---- retail, UK: Debenhams (liquisearch.com's copy of the 'History' section) ----------------------------------------
DB = "Debenhams"
MS = "Marshall & Snelgrove"
HN = "Harvey Nichols"
BC = "Browns of Chester"
BG = "Burton Group"
A["wp-debenhams"] = dict(
 # the retailer -> Company 'Debenhams' (the name the text uses throughout: 'The modern Debenhams group', 'Debenhams
 # demerged', 'Debenhams was targeted', 'Debenhams opened'), aliases its names in turn 'Flint & Clark' ('under the name
 # Flint & Clark'), 'Clark and Debenham' ('the corporate name changed to'), 'Debenham & Freebody' ('the name changed
 # again to') and 'Debenhams Limited' ('incorporated as') (GUIDELINES, Types: former names are aliases; doubtful: the
 # name is not the fullest form, 'Debenhams Limited', as batch 64l named the Creditanstalt by its running name);
 # Marshall & Snelgrove, Harvey Nichols, Browns of Chester (department-store businesses bought: 'Most stores acquired
 # retained their former identities', 'the only UK store to have retained an individual identity'; doubtful: a reader
 # might take them for shops, assets), the Burton Group ('the Burton Group') and the London Stock Exchange (a stock
 # exchange run as a business; GUIDELINES, part 1) -> Company; the Animal Liberation Front -> Organization; Flint and
 # Clark ('Messrs Flint and Clark', surnames only, the forms written; 'Clark' and 'Flint' also stand inside the
 # company's old names), William Debenham, Clement Freebody, Ernest Debenham, Belinda Earl -> Person; '44 Wigmore
 # Street' (the address as written, as the corpus keeps '167 Vivian Street'), London ('in London', "London's
 # Knightsbridge"), Cheltenham, the UK ('throughout the UK', 'the only UK store'), Oxford Street, Knightsbridge, Romford,
 # Luton, Harrow, the 'Bull Ring shopping centre' (a named site; GUIDELINES, Types) and Birmingham -> Location. No
 # entity: 'Chester' (only inside the name Browns of Chester), 'the Luton store', 'its Birmingham city centre store'
 # (unnamed shops), 'members' (unnamed), 'British'
 entities=[E("Company", DB, "Flint & Clark", "Clark and Debenham", "Debenham & Freebody", "Debenhams Limited"),
           E("Person", "Flint"), E("Person", "Clark"), E("Location", "44 Wigmore Street"), E("Location", "London"),
           E("Person", "William Debenham"), E("Location", "Cheltenham"), E("Person", "Clement Freebody"),
           E("Location", "UK"), E("Person", "Ernest Debenham"), E("Company", MS), E("Location", "Oxford Street"),
           E("Company", HN), E("Location", "Knightsbridge"), E("Company", "London Stock Exchange"),
           E("Company", BC), E("Company", BG), E("Person", "Belinda Earl"),
           E("Organization", "Animal Liberation Front"), E("Location", "Romford"), E("Location", "Luton"),
           E("Location", "Harrow"), E("Location", "Bull Ring shopping centre"), E("Location", "Birmingham")],
 # 'The business was formed in 1778 by Messrs Flint and Clark' -> cofounder at Debenhams each (two people named
 # together; GUIDELINES, Roles, Founders); 'under the leadership of its chairman, Ernest Debenham' -> chairman at
 # Debenhams, current true (no 'former' word, though the sentence tells the years about 1919-1920; relations and roles
 # as the text words them); 'It expanded under the leadership of Belinda Earl who was appointed CEO in 2000' -> ceo at
 # Debenhams, current true. Near-misses: 'In 1813, William Debenham became a partner' and 'Clement Freebody became a
 # partner' -> no role (a partner in a firm, no title of the list; as GATHERING.md's 'was named a partner in 1865' ->
 # no role; a reader might give cofounder or other); 'the leadership of Belinda Earl' -> the ceo role only (no second
 # title)
 roles=[R("Flint", "cofounder", DB), R("Clark", "cofounder", DB), R("Ernest Debenham", "chairman", DB),
        R("Belinda Earl", "ceo", DB)],
 # 'The first of these purchases, Marshall & Snelgrove ..., was acquired in 1919' -> acquired(Debenhams, Marshall &
 # Snelgrove) + parentOrganization (the buyer told by 'The modern Debenhams group grew from the acquisition of
 # department stores ... The first of these purchases'); 'Later purchases included Harvey Nichols ... in 1920' ->
 # acquired(Debenhams, Harvey Nichols) + parentOrganization; 'In 1976 the company acquired Browns of Chester' ->
 # acquired + parentOrganization (the store kept its identity: not merged away); 'In 1985 the company was acquired by the
 # Burton Group' -> acquired(Burton Group, Debenhams) + parentOrganization(Debenhams, Burton Group) ('Debenhams
 # demerged in 1998' does not undo it; GUIDELINES, Relations: ownership stated as past is still recorded).
 # Near-misses: 'first listed on the London Stock Exchange in 1928', 'once again listed ... on the London Stock
 # Exchange' -> no relation (a listing, no partner or owner); 'William Debenham became a partner', 'Clement Freebody
 # became a partner' -> no partner relation (people, not organisations); 'Debenhams was targeted three times by the
 # Animal Liberation Front' -> no relation (an attack); 'the company stopped selling clothes with animal furs' ->
 # nothing; 'Stores in Romford, Luton, and Harrow were fire-bombed' -> no outage (physical damage; GUIDELINES,
 # Outages); 'closed its Birmingham city centre store due to declining trade' -> no outage (a business closure)
 relations=[L(DB, "acquired", MS), L(MS, "parentOrganization", DB), L(DB, "acquired", HN),
            L(HN, "parentOrganization", DB), L(DB, "acquired", BC), L(BC, "parentOrganization", DB),
            L(BG, "acquired", DB), L(DB, "parentOrganization", BG)],
 outages=[],
 # '1778', '1813', '1818', '1851', '1905', '1919', '1920', '1928', '1976', '1985', '1998', '2000', '4 September 2003';
 # 'During the 1980s' -> left out (a decade), '20 years after' -> left out
 dates=[D("1778", "1778"), D("1813", "1813"), D("1818", "1818"), D("1851", "1851"), D("1905", "1905"),
        D("1919", "1919"), D("1920", "1920"), D("1928", "1928"), D("1976", "1976"), D("1985", "1985"),
        D("1998", "1998"), D("2000", "2000"), D("4 September 2003", "2003-09-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
