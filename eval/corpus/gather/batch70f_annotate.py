#!/usr/bin/env python3
"""Batch 70f gold annotations (the texts of batch70f.py; session 64, round notes /tmp/gather70f/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-69aj; batch10_annotate.write_parts), so with three
texts: wp-associated-british-picture-corporation test, wp-british-lion-films train, wp-mutual-broadcasting-system dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); full days ('1 June 1954',
'29 January 1955') -> the days; months with years ('October 1940', 'November 1927', 'January 1955') -> the months
beside the bare years; film years in brackets ('Blackmail (1929)', 'In Which We Serve (1942)') -> the years; 'By late
1936' -> 1936 ('late 2006' -> the year); 'the 1920s' (a decade), 'Five years later' (relative, `published` null),
'the Second World War', 'the duration of the war', 'succeeding years' -> nothing. No text tells an outage, so every
`outages` list is empty (no near-miss told either).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69aj): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company ('founded during 1927 by Scottish solicitor John
Maxwell'; 'founded in November 1927 by Sam W. Smith') is `founder`, current true; 'Studio Manager', 'manager of the
Stoll Studios' and 'managed by' -> executive (GUIDELINES, Roles: 'manager' -> executive), current false where the text
bounds the post in the past ('formerly manager'; 'the period when it was managed by'; doubtful), true where no end is
told ('He appointed Joseph Grossman ... his Studio Manager'); 'as directors' of a company -> director, current true;
'under the chairmanship of' -> chairman, current true (no end told, as round 69aj's Olcott); names without the honour
('Sir Alexander Korda' -> Alexander Korda, the corpus's usage); completed takeovers ('acquired', 'bought the
controlling interest', 'taken over by', 'assumed majority ownership', 'purchased it') -> acquired and
parentOrganization (GUIDELINES, Relations; a controlling or majority holding taken counts, as batch 32j), ownership
since sold still recorded ('Once General Tire sold the network'); 'absorbed into EMI' -> acquired only (merged away, as
batch 33d's 'absorbed into Air France'; doubtful); a distribution arm named -> parentOrganization; a part-owner or
stake holder ('partly owned by Warner Bros.', 'owned a stake in') -> no relation (no parent told; doubtful); a person's
purchase of a company or its shares -> no relation (acquired is Company to Company); a merger without a buyer ('merged
it with his ABC Cinemas circuit') -> no relation; a studio bought as an asset ('acquired Shepperton Studios') -> no
relation, the studio a Location (named sites and facilities); a loan from a government body -> no relation (no
partnership or supply contract told; doubtful); rivals and a duopoly -> no relation; films, radio programmes, sports
events and an award -> no entity.
usage: batch70f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- film, UK: Associated British Picture Corporation ------------------------------------------------------------
AB = "Associated British Picture Corporation"
A["wp-associated-british-picture-corporation"] = dict(
 # the company -> Company 'Associated British Picture Corporation', aliases 'ABPC', 'British International Pictures'
 # (its first name) and 'BIP'; EMI, Warner Bros. ('the American company'), Warner-Pathé (ABPC's distribution arm), the
 # Rank Organisation, British National Studios (a studio company bought), ABC Cinemas (Maxwell's cinema circuit), the
 # Stoll Studios (Grossman's former employer, a studio company as round 69aj's Biograph Studios; doubtful: a reader
 # might take it for a facility), British Gaumont (a rival) and British Pathé (alias 'Associated British Pathé', its
 # name as ABPC's division) -> Company; John Maxwell (alias 'Maxwell': 'Maxwell's paternalistic management', 'Maxwell's
 # death'; 'the Maxwell family' holds it), Joseph Grossman, Alfred Hitchcock (alias 'Hitchcock') and Catherine (his
 # widow, named by her first name only) -> Person; Britain, Elstree Studios (a studio complex, a named facility),
 # Elstree (the place: 'The studio at Elstree'; doubtful: a reader might take it as a short form of Elstree Studios)
 # and Welwyn Garden City -> Location. No entity: the film 'Blackmail'; 'B-Pictures'; 'the government' (unnamed);
 # 'Scottish', 'British', 'American' (adjectives)
 entities=[E("Company", AB, "ABPC", "British International Pictures", "BIP"), E("Company", "EMI"),
           E("Location", "Britain"), E("Company", "Warner Bros."), E("Company", "Warner-Path\u00e9"),
           E("Company", "Rank Organisation"), E("Person", "John Maxwell", "Maxwell"),
           E("Company", "British National Studios"), E("Location", "Elstree Studios"), E("Company", "ABC Cinemas"),
           E("Person", "Joseph Grossman"), E("Company", "Stoll Studios"), E("Person", "Alfred Hitchcock", "Hitchcock"),
           E("Company", "British Gaumont"), E("Company", "British Path\u00e9", "Associated British Path\u00e9"),
           E("Person", "Catherine"), E("Location", "Elstree"), E("Location", "Welwyn Garden City")],
 # 'founded during 1927 by Scottish solicitor John Maxwell' -> founder (one person named alone), current true; 'He
 # appointed Joseph Grossman ... his Studio Manager' -> executive at ABPC, current true (no end told); 'formerly
 # manager of the Stoll Studios' -> executive at Stoll Studios, current false. Near-misses, no role: 'Scottish
 # solicitor' (a trade); 'Under Maxwell's paternalistic management' (no title beyond the founder's); Hitchcock 'left the
 # company' (a film director, no post named); Catherine and 'the Maxwell family' as shareholders (no post)
 roles=[R("John Maxwell", "founder", AB), R("Joseph Grossman", "executive", AB),
        R("Joseph Grossman", "executive", "Stoll Studios", False)],
 # 'active from 1927 until 1970 when it was absorbed into EMI' -> acquired (EMI, ABPC) only (merged away; doubtful:
 # 'absorbed into' read as a takeover after which ABPC did not go on); 'ABPC's distribution arm, Warner-Pathé' ->
 # parentOrganization (Warner-Pathé, ABPC); 'during 1937 it acquired British Pathé, which as Associated British Pathé
 # now functioned as the distribution division' -> acquired (ABPC, British Pathé) and parentOrganization (British
 # Pathé, ABPC). Near-misses, no relation: 'partly owned by Warner Bros.', 'also owned a stake in ... Warner-Pathé' and
 # Catherine's shares sold to Warner Bros. ('were able to exercise a measure of control'; part-ownership, the Maxwell
 # family 'the largest shareholders'; doubtful: a reader might give parentOrganization to Warner Bros.); Maxwell 'had
 # purchased British National Studios' (a person buying) and 'merged it with his ABC Cinemas circuit' (a merger, no
 # buyer among companies told); 'a ... duopoly in Britain with the Rank Organisation' and 'the rival British Gaumont'
 # (rivals)
 relations=[L("EMI", "acquired", AB), L("Warner-Path\u00e9", "parentOrganization", AB),
            L(AB, "acquired", "British Path\u00e9"), L("British Path\u00e9", "parentOrganization", AB)],
 outages=[],
 # 'from 1927 until 1970', 'during 1927' -> '1927' once; 'by 1943'; 'from about 1940 until 1969'; 'from 1958';
 # 'Blackmail (1929)'; 'in 1933' (twice, once); 'during 1937'; 'in October 1940' -> 1940-10 beside '1940'; 'in 1950'.
 # No date: 'its early years', 'the duration of the war'
 dates=[D("1927", "1927"), D("1970", "1970"), D("1943", "1943"), D("1940", "1940"), D("1969", "1969"),
        D("1958", "1958"), D("1929", "1929"), D("1933", "1933"), D("1937", "1937"), D("October 1940", "1940-10"),
        D("1950", "1950")])

# ---- broadcasting, US: Mutual Broadcasting System -----------------------------------------------------------------
MU = "Mutual Broadcasting System"
A["wp-mutual-broadcasting-system"] = dict(
 # the network -> Company 'Mutual Broadcasting System' (a broadcaster run as a business; GUIDELINES, Types: news
 # organisations and broadcasters are Company), aliases 'MBS' and 'Mutual'; the Quality Network (a confederation of
 # four radio stations, a network of broadcasters) -> Company (doubtful: a reader might make a loose confederation an
 # Organization); General Tire and Westwood One -> Company; Larry King -> Person; New York City, Chicago, Cincinnati
 # and Detroit -> Location. No entity: 'The Lone Ranger', 'The Shadow' (radio programmes, as TV shows); 'baseball's
 # All-Star Game and World Series' (events); 'Notre Dame football' (broadcasts of a college's games, no team or
 # university named as such; doubtful: a reader might annotate a team, Organization); 'American' (an adjective)
 entities=[E("Company", MU, "MBS", "Mutual"), E("Person", "Larry King"), E("Location", "New York City"),
           E("Location", "Chicago"), E("Location", "Cincinnati"), E("Location", "Detroit"),
           E("Company", "Quality Network"), E("Company", "General Tire"), E("Company", "Westwood One")],
 # No role: 'introduced the country to Larry King' (a broadcaster, no post named); 'a similar or identical group of
 # stations founded Mutual' (no station or person named as founder)
 roles=[],
 # 'General Tire, through a series of regional and individual station acquisitions, assumed majority ownership in
 # 1952' -> acquired (General Tire, MBS) and parentOrganization (MBS, General Tire) (a majority holding taken, as batch
 # 32j; ownership since sold still recorded: 'Once General Tire sold the network in 1957'; doubtful: the majority was
 # reached through stations, not one purchase told); 'its final direct corporate parent, Westwood One, which purchased
 # it in 1985' -> acquired (Westwood One, MBS) and parentOrganization (MBS, Westwood One). Near-misses, no relation:
 # the Quality Network and Mutual ('a similar or identical group of stations founded Mutual'; no ownership or deal
 # between the two told); the unnamed buyers of 1957 and after
 relations=[L("General Tire", "acquired", MU), L(MU, "parentOrganization", "General Tire"),
            L("Westwood One", "acquired", MU), L(MU, "parentOrganization", "Westwood One")],
 outages=[],
 # 'from 1934 to 1999' -> both; 'In 1929'; 'By late 1936' -> 1936 (text 'late 1936'); 'in 1952'; 'in 1957'; 'in 1985'.
 # No date: 'since the 1920s' (a decade), 'Five years later' (relative, `published` null), 'for decades', 'succeeding
 # years'
 dates=[D("1934", "1934"), D("1999", "1999"), D("1929", "1929"), D("late 1936", "1936"), D("1952", "1952"),
        D("1957", "1957"), D("1985", "1985")])

# ---- film, UK: British Lion Films ---------------------------------------------------------------------------------
BL = "British Lion Films"
A["wp-british-lion-films"] = dict(
 # the company -> Company 'British Lion Films', aliases 'British Lion Film Corporation Ltd' (its first name), 'British
 # Lion Films Ltd' (its name from 1955 to 1976; 'British Lion Films Ltd.' holds it), 'British Lion' and 'British Lion
 # Holdings Ltd' (its current name: former and later names are aliases; doubtful: the text calls the post-1976 firm the
 # British Lion 'name continued'); London Films (Korda's company), EMI Films and Piprodia Entertainment (named as
 # bringing the receivership, as the page has it) -> Company; the National Film Finance Corporation (a lender set up
 # by the state, not presented as a business; doubtful) -> Organization; Sam W. Smith, Herbert Smith, Noël Coward,
 # Alexander Korda ('Sir Alexander Korda', alias 'Korda'), Frank Launder, Sidney Gilliat and Edgar Wallace -> Person;
 # Shepperton Studios (a studio facility) -> Location. No entity: 'In Which We Serve' (a film); 'an Academy Award' (an
 # award); 'the Boulting brothers' (two men not named one by one); 'the Second World War'
 entities=[E("Company", BL, "British Lion Film Corporation Ltd", "British Lion Films Ltd", "British Lion",
             "British Lion Holdings Ltd"),
           E("Person", "Sam W. Smith"), E("Person", "Herbert Smith"), E("Person", "No\u00ebl Coward"),
           E("Person", "Alexander Korda", "Korda"), E("Company", "London Films"), E("Location", "Shepperton Studios"),
           E("Organization", "National Film Finance Corporation"), E("Company", "Piprodia Entertainment"),
           E("Person", "Frank Launder"), E("Person", "Sidney Gilliat"), E("Company", "EMI Films"),
           E("Person", "Edgar Wallace")],
 # 'British Lion was founded in November 1927 by Sam W. Smith' -> founder (one person named alone), current true;
 # 'the period when it was managed by Sir Alexander Korda' -> executive at British Lion Films ('managed' -> executive),
 # current false (a period the text sets in the past; doubtful: no end is stated in words); 'British Lion Films Ltd.
 # was formed ... with the Boulting brothers, Frank Launder and Sidney Gilliat as directors' -> director at British
 # Lion Films for Launder and Gilliat, current true (no end told); 'It revived in 1927 under the chairmanship of Edgar
 # Wallace' -> chairman, current true (no end told). Near-misses, no role: 'Korda's company London Films' (ownership,
 # no title; doubtful: a reader might give Korda a head or founder role at London Films, which the text does not say);
 # 'writer/producer Noël Coward' (a film's credits); Herbert Smith (a brother); the Boulting brothers (not named one by
 # one)
 roles=[R("Sam W. Smith", "founder", BL), R("Alexander Korda", "executive", BL, False),
        R("Frank Launder", "director", BL), R("Sidney Gilliat", "director", BL), R("Edgar Wallace", "chairman", BL)],
 # 'Korda's company London Films bought the controlling interest in British Lion in 1946' -> acquired (London Films,
 # British Lion Films) and parentOrganization (British Lion Films, London Films) (a controlling interest, as batch 32j);
 # 'British Lion Films Ltd was taken over by EMI Films in 1976' -> acquired (EMI Films, British Lion Films) and
 # parentOrganization (British Lion Films, EMI Films). Near-misses, no relation: 'then acquired Shepperton Studios' (a
 # studio, an asset purchase; GUIDELINES, Relations); 'accepted a loan from the National Film Finance Corporation' (a
 # loan, no partnership or supply contract told; doubtful: a reader might give partner); 'went into receivership from
 # Piprodia Entertainment' (no deal told)
 relations=[L("London Films", "acquired", BL), L(BL, "parentOrganization", "London Films"),
            L("EMI Films", "acquired", BL), L(BL, "parentOrganization", "EMI Films")],
 outages=[],
 # 'since 1919'; 'on 1 June 1954' -> 1954-06-01; 'From 29 January 1955 to 1976' -> 1955-01-29 and '1976' (also 'Until
 # 1976', 'in 1976', 'after 1976': once); 'in November 1927' -> 1927-11; 'In Which We Serve (1942)' -> 1942; 'in 1946';
 # 'In 1949'; 'in 1955'; 'in January 1955' -> 1955-01; 'in 1918'; 'in 1927' -> 1927. No date: 'By the end of the
 # Second World War', 'for a number of years'
 dates=[D("1919", "1919"), D("1 June 1954", "1954-06-01"), D("29 January 1955", "1955-01-29"), D("1976", "1976"),
        D("November 1927", "1927-11"), D("1942", "1942"), D("1946", "1946"), D("1949", "1949"), D("1955", "1955"),
        D("January 1955", "1955-01"), D("1918", "1918"), D("1927", "1927")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
