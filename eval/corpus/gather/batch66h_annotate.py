#!/usr/bin/env python3
"""Batch 66h gold annotations (the texts of batch66h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66b; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year range in parentheses ('(1886-1920 and
1976-1998)', '(1920-1976)') -> each year its own item, listed once however often it recurs; 'from 1892 to 1897' ->
the two years; 'March 1889' -> the month; 'After 1969' -> the year; 'Four years later', 'for two years', 'within a
couple of years' (relative, `published` null), 'the 1850s', 'the 1970s', 'the late 1980s' (decades, no ISO value the
format takes, as batches 60c-66b), 'the 20th century' (a century), 'During World War I' (an event) -> nothing. No
text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a founding, renamings,
incorporations, a stock listing, a merger, bad loans and an asset purchase at an auction are business events,
GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66b): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): 'A founded Acme with B' -> `cofounder` for both ('he founded his own company, with Charles J.
Wilson', the company read as the S. S. Kresge Company he incorporated in 1912; doubtful), one person named alone as
founding or creating a company -> `founder` ('He created and owned two chains ..., the S. S. Kresge Company ... and
the Kresge-Newark ... chain': founder at Kresge-Newark, the S. S. Kresge Company taking the cofounder role of the
fuller sentence; doubtful), 'X, the founder of Y' -> `founder`; founders current true; partners of a partnership
with no post ('its partners - Joseph Newton Pew, Philip Pisano, and Edward O. Emerson -'), an employee with no title
('began working for James G. McCrory'), kin ('the son of', 'nephew') and occupations ('an American businessman', 'a
traveling salesman') -> no role; owned-by and controlled-by statements -> parentOrganization ('The partnership is
controlled by Energy Transfer Partners', as batch 25's 'now fully controlled by Google'), 'formed as parent of' and
'became a subsidiary of' -> parentOrganization; 'X merged into Y' -> acquired only (the target merged away, as batch
66b's 'merged into Northwest Airlines'); a merger with no buyer told ('formed through a merger in 1961 with ancestor
companies') -> nothing; asset purchases ('buy the storage and transportation assets of ... at a receivership
auction') and a stake traded for a store ('for which he traded ownership in McCrory's') -> nothing (GUIDELINES,
Relations); successor corporations named only as later tenants of an address -> nothing; former and later names of
one company -> aliases (GUIDELINES, Types: 'renamed the Kmart Corporation', 'formerly known as Sun Company Inc. ...
and Sun Oil Co.', 'began as The Peoples Natural Gas Company', 'became the Sun Oil Company of Ohio', 'incorporated in
New Jersey as Sun Company'); a stock exchange -> Company (GUIDELINES part 1); schools and colleges -> Organization; an
oil field -> Location (a named site, GUIDELINES, Types); a street address ('270 Park Avenue') -> nothing (as batch
66b's '4376 W Sunset Blvd'); 'American' as an adjective -> no entity.
usage: batch66h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- banking, US: Manufacturers Hanover Corporation ----------------------------------------------------------------
MHC = "Manufacturers Hanover Corporation"
MHT = "Manufacturers Hanover Trust Company"
CBC = "Chemical Banking Corporation"
A["wp-manufacturers-hanover"] = dict(
 # the holding company -> Company 'Manufacturers Hanover Corporation', alias 'Manufacturers Hanover' ('by the late
 # 1980s, Manufacturers Hanover had fallen in rank ...; In 1991 it merged into Chemical Banking Corporation': the
 # company that merged, read as the holding company; doubtful: the short name fits the bank as well, and a reader might
 # give it to the Trust Company); the bank -> Company 'Manufacturers Hanover Trust Company', aliases 'MHT', 'Manny
 # Hanny' (the text's own 'informally') and 'Manufacturers Hanover Trust' ('After 1969, Manufacturers Hanover Trust
 # became a subsidiary'); the Manufacturers Trust Company, Chemical Banking Corporation and JPMorgan Chase -> Company;
 # New York City, New York ('New York banking', 'New York branch locations'; the city's state or the city, read as the
 # place the text names; doubtful: a reader might fold it into New York City), the United States and Latin America ->
 # Location. No entity: '270 Park Avenue' (a street address, as batch 66b's '4376 W Sunset Blvd'); 'ancestor
 # companies' (unnamed); 'American' (an adjective); 'some of its executives' (unnamed); the cut infobox's 'Chemical
 # Bank' (not in the text)
 entities=[E("Company", MHC, "Manufacturers Hanover"),
           E("Company", MHT, "MHT", "Manny Hanny", "Manufacturers Hanover Trust"),
           E("Location", "New York City"), E("Company", "Manufacturers Trust Company"), E("Location", "New York"),
           E("Location", "United States"), E("Location", "Latin America"), E("Company", CBC),
           E("Company", "JPMorgan Chase")],
 # no person is named, so no role. Near-miss: 'some of its executives' (unnamed people, no role)
 roles=[],
 # 'formed as parent of Manufacturers Hanover Trust Company' and 'After 1969, Manufacturers Hanover Trust became a
 # subsidiary of Manufacturers Hanover Corporation' -> parentOrganization(Manufacturers Hanover Trust Company,
 # Manufacturers Hanover Corporation) (GUIDELINES part 1: subsidiary statements); 'In 1991 it merged into Chemical
 # Banking Corporation and within a couple of years had disappeared under its name' -> acquired(Chemical Banking
 # Corporation, Manufacturers Hanover Corporation) only (the target merged away, as batches 64h-66b kept 'merged into'
 # as acquired alone; doubtful: 'merged into' names no purchase, but it says which company took in which, so it is
 # not the binding's buyerless "merger"). Near-misses, no relation: 'a large New York City bank formed through a merger
 # in 1961 with ancestor companies, especially the Manufacturers Trust Company' (a merger with no buyer told: no
 # acquired and no parent link of the Manufacturers Trust Company to the bank; a reader might make it the bank's
 # former name, which the text does not say); 'successor corporations down to JPMorgan Chase' (a later successor named
 # only as a tenant of the bank's address: no acquired of Chemical Banking Corporation or of the bank, which the text
 # does not tell); 'large blue-chip corporate customers' (unnamed: no partner); 'sports sponsorship arrangements'
 # (unnamed: no partner)
 relations=[L(MHT, "parentOrganization", MHC), L(CBC, "acquired", MHC)],
 outages=[],
 # 'in 1961', 'After 1969', 'In 1991' -> the years. No date: 'the 1850s', 'the 1970s', 'the late 1980s' (decades);
 # 'within a couple of years' (relative; `published` null)
 dates=[D("1961", "1961"), D("1969", "1969"), D("1991", "1991")])

# ---- retail, US: S. S. Kresge ---------------------------------------------------------------------------------------
SK = "Sebastian Spering Kresge"
SKC = "S. S. Kresge Company"
JGM = "J.G. McCrory's"
A["wp-s-s-kresge"] = dict(
 # the merchant -> Person 'Sebastian Spering Kresge', alias 'Kresge' ('Kresge was born', 'Kresge began working',
 # 'Kresge experimented'); his father Sebastian Kresge and his mother Catherine Kunkle ('the former Catherine
 # Kunkle'), James G. McCrory and Charles J. Wilson -> Person; the discount chain -> Company 'S. S. Kresge Company',
 # aliases 'S.S. Kresge Company' ('he incorporated the S.S. Kresge Company', the same name without the space) and
 # 'Kmart Corporation' ('The discounter was renamed the Kmart Corporation in 1977': a later name, GUIDELINES, Types);
 # Kresge-Newark ('the Kresge-Newark traditional department store chain'), J.G. McCrory's (alias "McCrory's", 'for
 # which he traded ownership in McCrory's') and the New York Stock Exchange (a stock exchange, GUIDELINES part 1) ->
 # Company; the Fairview Academy and the Eastman Business College -> Organization (schools); Allentown, Pennsylvania,
 # Kresgeville, Brodheadsville, Poughkeepsie, New York (the state: 'Poughkeepsie, New York'), Memphis, Tennessee,
 # Detroit and Michigan -> Location. No entity: 'the local public schools', 'a hardware store', 'a five and ten cent
 # store', 'two five-and-ten-cent stores' (unnamed); 'World War I' (an event); 'American' (an adjective); the cut
 # infobox's 'Kmart' and the cut paragraph's L.S. Plaut & Co. and Newark (not in the text)
 entities=[E("Person", SK, "Kresge"), E("Company", SKC, "S.S. Kresge Company", "Kmart Corporation"),
           E("Company", "Kresge-Newark"), E("Location", "Allentown"), E("Location", "Pennsylvania"),
           E("Person", "Sebastian Kresge"), E("Person", "Catherine Kunkle"), E("Location", "Kresgeville"),
           E("Organization", "Fairview Academy"), E("Location", "Brodheadsville"),
           E("Organization", "Eastman Business College"), E("Location", "Poughkeepsie"), E("Location", "New York"),
           E("Person", "James G. McCrory"), E("Company", JGM, "McCrory's"), E("Location", "Memphis"),
           E("Location", "Tennessee"), E("Person", "Charles J. Wilson"), E("Location", "Detroit"),
           E("Location", "Michigan"), E("Company", "New York Stock Exchange")],
 # 'In 1897 he founded his own company, with Charles J. Wilson' with 'In 1912, he incorporated the S.S. Kresge
 # Company' and the lead's 'He created and owned ... the S. S. Kresge Company' -> cofounder at the S. S. Kresge Company
 # for Kresge and for Wilson ('A founded Acme with B', GUIDELINES, Roles, 'Founders'; doubtful: the text does not name
 # the company of 1897, and a reader might leave Wilson out and give Kresge `founder` from 'created'), current true;
 # 'He created and owned two chains ..., ... and the Kresge-Newark traditional department store chain' -> founder at
 # Kresge-Newark (one person named alone as creating it; doubtful: 'created' is not 'founded', and a reader might give
 # no role), current true; 'James G. McCrory, the founder of J.G. McCrory's' -> founder, current true. Near-misses, no
 # role: 'Kresge began working for James G. McCrory ... at a five and ten cent store' (an employee, no title; a reader
 # might give him a post at J.G. McCrory's); 'for which he traded ownership in McCrory's' (an owner's stake, no post);
 # 'an American businessman', 'a traveling salesman', 'clerked in a hardware store' (occupations, unnamed employers);
 # 'the son of Sebastian Kresge and the former Catherine Kunkle' (kin, no post)
 roles=[R(SK, "cofounder", SKC), R("Charles J. Wilson", "cofounder", SKC), R(SK, "founder", "Kresge-Newark"),
        R("James G. McCrory", "founder", JGM)],
 # no relation. Near-misses: 'one was in downtown Detroit, Michigan, for which he traded ownership in McCrory's' (a
 # stake given up for a store: an asset deal, GUIDELINES, Relations; no acquired of the store and no parent link of
 # the S. S. Kresge Company to J.G. McCrory's); 'first listed on the New York Stock Exchange' (a listing, no partner);
 # the S. S. Kresge Company and Kresge-Newark as two chains of one owner (a person's ownership: no parent link between
 # them, and none of either to Kresge, acquired and parentOrganization joining organisations); 'The discounter was
 # renamed the Kmart Corporation' (a renaming: an alias, no acquired)
 relations=[],
 outages=[],
 # 'July 31, 1867', 'October 18, 1966', 'in 1977', 'March 1889' (the month), 'from 1892' and 'to 1897' with 'In 1897'
 # (the years; '1897' one item), 'On March 20, 1897' (the day, its own item), 'In 1912', 'on May 23, 1918' -> the
 # days, months and years. No date: 'the 20th century' (a century); 'During World War I' (an event); 'for two years',
 # '21 years old' (durations, an age)
 dates=[D("July 31, 1867", "1867-07-31"), D("October 18, 1966", "1966-10-18"), D("1977", "1977"),
        D("March 1889", "1889-03"), D("1892", "1892"), D("1897", "1897"), D("March 20, 1897", "1897-03-20"),
        D("1912", "1912"), D("May 23, 1918", "1918-05-23")])

# ---- energy, US: Sunoco ---------------------------------------------------------------------------------------------
SUN = "Sunoco LP"
JNP = "Joseph Newton Pew"
A["wp-sunoco"] = dict(
 # the partnership -> Company 'Sunoco LP', aliases its former names as the text gives them (GUIDELINES, Types): 'Sun
 # Company Inc.' and 'Sun Oil Co.' ('formerly known as'), 'The Peoples Natural Gas Company' ('The partnership began
 # as', with 'The' as written mid-sentence), 'Sun Oil Company of Ohio' ('the growing enterprise became'), 'Sun Oil'
 # ('Sun Oil diversified quickly') and 'Sun Company' ('incorporated in New Jersey as Sun Company'); Energy Transfer
 # Partners, the Sun Oil Refining Company (its own entity: 'was chartered in Texas', a new company, not a name of the
 # partnership) and the Lone Star and Crescent Oil Company ('Lone Star and Crescent Oil Company', as written without
 # 'the') -> Company; Joseph Newton Pew (alias 'Joseph Pew', "Joseph Pew's nephew"), Philip Pisano, Edward O. Emerson
 # and J. Edgar Pew -> Person; Delaware, Dallas, Texas, Pittsburgh, Pennsylvania, Ohio, New Jersey, Marcus Hook and the
 # Spindletop field ('the new Spindletop field in Texas': a named oil field, a site -> Location, GUIDELINES, Types; the
 # surface 'Spindletop', which also opens 'Spindletop oil') -> Location. No entity: 'Sunoco-branded gas stations' (a
 # brand named only inside an adjective: no Service 'Sunoco'; a reader might add one); 'motor fuels', 'oil refinery,
 # the chemical industry, and retail sales' (kinds of business); 'third parties' (unnamed); 'American' (an adjective);
 # the cut paragraph's J. Howard Pew and Joseph N. Pew Jr. (not in the text)
 entities=[E("Company", SUN, "Sun Company Inc.", "Sun Oil Co.", "The Peoples Natural Gas Company",
             "Sun Oil Company of Ohio", "Sun Oil", "Sun Company"),
           E("Location", "Delaware"), E("Location", "Dallas"), E("Location", "Texas"),
           E("Company", "Energy Transfer Partners"), E("Location", "Pittsburgh"), E("Location", "Pennsylvania"),
           E("Person", JNP, "Joseph Pew"), E("Person", "Philip Pisano"), E("Person", "Edward O. Emerson"),
           E("Location", "Ohio"), E("Location", "New Jersey"), E("Company", "Sun Oil Refining Company"),
           E("Location", "Spindletop"), E("Person", "J. Edgar Pew"),
           E("Company", "Lone Star and Crescent Oil Company"), E("Location", "Marcus Hook")],
 # no role. Near-misses: 'its partners - Joseph Newton Pew, Philip Pisano, and Edward O. Emerson - decided to expand
 # their gas business' (partners of The Peoples Natural Gas Company: owners, and the vocabulary has no 'partner';
 # the text does not say they founded it, so no cofounder; a reader might give cofounder to the three, as the
 # company's own history makes Pew its founder); "Joseph Pew's nephew, J. Edgar Pew, was able to buy ..." (kin and a
 # buyer, no post)
 roles=[],
 # 'The partnership is controlled by Energy Transfer Partners' -> parentOrganization(Sunoco LP, Energy Transfer
 # Partners) (a controlled-by statement, GUIDELINES part 1: owned-by statements). Near-misses, no relation: 'the Sun
 # Oil Refining Company was chartered in Texas, as it turned its interest to the new Spindletop field' (the text does
 # not say who chartered or owns it: no parent link to Sunoco LP; doubtful: 'as it turned its interest' makes it the
 # company's move, and a reader might give parentOrganization); 'J. Edgar Pew, was able to buy the storage and
 # transportation assets of Lone Star and Crescent Oil Company at a receivership auction' (an asset purchase by a
 # person: nothing, GUIDELINES, Relations); 'divested these businesses' (unnamed businesses and buyers: nothing);
 # 'Sunoco-branded gas stations ... owned and operated by third parties' (unnamed: no partner)
 relations=[L(SUN, "parentOrganization", "Energy Transfer Partners")],
 outages=[],
 # '(1886-1920 and 1976-1998)' and '(1920-1976)' ('1886', '1920', '1976', '1998', each once), 'In 1886' (the same
 # text and value as '1886'), 'By 1901', 'In 1902' -> the years. No date: 'Four years later' (relative; `published`
 # null, though a reader could count 1890 from 1886)
 dates=[D("1886", "1886"), D("1920", "1920"), D("1976", "1976"), D("1998", "1998"), D("1901", "1901"),
        D("1902", "1902")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
