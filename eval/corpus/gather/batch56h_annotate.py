#!/usr/bin/env python3
"""Batch 56h gold annotations (the texts of batch56h.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev
(the batch's own cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); months without a year ('In August', 'in October'), 'That same year', 'At the
same time', 'the next year', centuries ('the end of the 19th century', 'the early 20th century'), 'the mid-2010s'
(part of a decade) and the life years in brackets ('(1879-1959)' and the like; a person's years, not told events, as
train/wp-e-wedel leaves them out) are the calls on time. No text tells an outage (or a near-miss of one), so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 38k, 40o, 40za-40zg, 54zu, 55e, 55n, 55s, 56f): a company 'was
acquired by', 'were sold to', 'the acquisition of', 'the transaction was completed' -> acquired +
parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); two firms sold together to
two named buyers -> acquired + parentOrganization from each buyer to each firm (doubtful); a firm that 'acted as
British agency arm of' another, renamed as 'the British purchasing arm of' it -> parentOrganization (an arm; doubtful);
an 'affiliate' -> no relation; a sale of a shareholding of untold size, to a government -> nothing; an 'abortive
attempt to acquire' -> nothing; former names told as renamings ('formerly known as', 'changed the name of X to Y',
'changed its name to') -> aliases of one entity; a prospectus's name for the company being formed -> an alias;
'founded by', 'set up', the promoter whose plan started the company -> founder, current true (founders stay founders,
also when 'the connection with' the founder 'ceased'); 'Directors included X' -> director; 'general manager',
'the manager of' -> executive ('manager' -> executive), current false for the post a person was recruited away
from (doubtful); 'took over as CEO' -> ceo, current true; 'continued to hold the title of Chairman' -> chairman,
current true (the text does not say he left; his life years are given but no end of the post; doubtful); 'MP for'
-> no role (legislators); 'take over management of the firm', 'started to turn X into' -> no role (no title); a
past employer with no title ('after working at') -> no role; the name of an event ('the June 1861 Tooley Street
fire') -> no entity for the street in it; a stock exchange -> Company; a government -> Organization (as
train/wp-vistara's 'Indian government'); a country's name as a modifier ('the US banking group', 'the US ...
markets') -> Location, adjectives ('British', 'Indian', 'European') -> no entity; honorifics: 'Sir' kept in the name
as written ('Sir David Yule', alias 'David Yule'), 'Mr' left out ('Mr Clirehugh' -> 'Clirehugh').
usage: batch56h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- pharmaceuticals, India: Glenmark Pharmaceuticals -------------------------------------------------------------
GP = "Glenmark Pharmaceuticals Limited"
A["wp-glenmark"] = dict(
 # the company -> Company 'Glenmark Pharmaceuticals Limited', aliases 'Glenmark Pharmaceuticals' and 'Glenmark';
 # Gracias Saldanha (alias 'Saldanha', in 'Saldanha's son Glenn') and his son Glenn (the kept text gives his first name
 # only: the entity is 'Glenn'; his surname is in the cut infobox and in the cut sentence 'Under Glenn Saldanha, ...')
 # -> Person; PricewaterhouseCoopers (his past employer) -> Company; Mumbai, India, Russia, Africa, the US ('the US and
 # European generics markets': a country's name as a modifier) -> Location; 'Indian', 'European' (adjectives), 'the
 # generics industry', 'the founder' (a noun phrase for Gracias Saldanha, no alias) -> nothing
 entities=[E("Company", GP, "Glenmark Pharmaceuticals", "Glenmark"), E("Location", "Mumbai"),
           E("Person", "Gracias Saldanha", "Saldanha"), E("Location", "India"), E("Location", "Russia"),
           E("Location", "Africa"), E("Person", "Glenn"), E("Company", "PricewaterhouseCoopers"), E("Location", "US")],
 # 'founded in 1977 by Gracias Saldanha' -> founder, current true; 'Saldanha's son Glenn took over as CEO in 2001' ->
 # ceo, current true (no 'then' or 'former'; the text does not say he left). Near-misses: 'having returned to India
 # after working at PricewaterhouseCoopers' -> no role (a past employer with no title; a reader might give other,
 # current false); 'He named the company after his two sons' -> nothing; 'the founder of the company was one of the
 # richest men in India' -> the same founder role, no other
 roles=[R("Gracias Saldanha", "founder", GP), R("Glenn", "ceo", GP)],
 # no relation is told: 'The company went public in India in 1999', the sales and 'Glenmark's entry into the US and
 # European generics markets' name no second company. Near-misses: 'Companies in the industry responded with
 # consolidation' -> nothing (no company named); PricewaterhouseCoopers -> no relation to Glenmark (a person's past
 # employer)
 relations=[],
 outages=[],
 # 'By 2011' -> the year; 'In the mid-2010s' (part of a decade) and 'the next year' (relative, after 2019) -> left out
 dates=[D("1977", "1977"), D("1999", "1999"), D("2001", "2001"), D("2008", "2008"), D("2011", "2011"),
        D("2018", "2018"), D("2019", "2019")])

# ---- insurance, UK: London and Lancashire Insurance --------------------------------------------------------------
LL = "London and Lancashire Insurance"
QI = "Queen Insurance Company"
A["wp-london-lancashire"] = dict(
 # the insurer -> Company 'London and Lancashire Insurance', aliases 'London and Lancashire' and 'London and
 # Lancashire Fire Insurance' (the name in its first prospectus: the company being formed; doubtful: a reader might
 # make it a second entity); Royal Insurance, the Queen Insurance Company (alias 'Queen Insurance') and Blessig Braun
 # ('Liverpool merchants') -> Company; Alexander Hamilton Gunn (alias 'Gunn'), Francis William Russell, Francis Braun,
 # Clirehugh ('Mr Clirehugh') -> Person; the U.K., London, Lancashire ('London and Lancashire businessmen': places as
 # modifiers), Limerick City, the City of London, Liverpool, Montreal, Melbourne, Paris, St Petersburg -> Location;
 # 'the June 1861 Tooley Street fire' -> no entity (an event's name; the street only inside it; doubtful: a reader
 # might give Location 'Tooley Street'); 'a parallel life company' (unnamed), 'The Liverpool office', 'agencies',
 # 'agents' -> nothing
 entities=[E("Company", LL, "London and Lancashire", "London and Lancashire Fire Insurance"), E("Location", "U.K."),
           E("Company", "Royal Insurance"), E("Person", "Alexander Hamilton Gunn", "Gunn"), E("Location", "London"),
           E("Location", "Lancashire"), E("Person", "Francis William Russell"), E("Location", "Limerick City"),
           E("Location", "City of London"), E("Person", "Francis Braun"), E("Location", "Liverpool"),
           E("Company", "Blessig Braun"), E("Person", "Clirehugh"), E("Company", QI, "Queen Insurance"),
           E("Location", "Montreal"), E("Location", "Melbourne"), E("Location", "Paris"),
           E("Location", "St Petersburg")],
 # 'the stimulus for Alexander Hamilton Gunn, a London merchant and company promoter, to start a new fire insurance
 # company' and the prospectus he brought about -> founder at London and Lancashire Insurance, current true (founders
 # stay founders although 'shortly after, the connection with Gunn ceased'; doubtful: a reader might read a promoter
 # as no founder); 'Directors included Francis William Russell, ... and Francis Braun' -> director each, current true;
 # 'The directors recruited Mr Clirehugh, the manager of the Queen Insurance Company, as general manager' -> executive
 # at London and Lancashire Insurance (general manager), current true, and executive at the Queen Insurance Company
 # ('the manager of'), current false (doubtful: the text does not say he left the Queen, but he was recruited away to
 # the new company; a reader might mark it current). Near-misses: 'MP for Limerick City' -> no role (a legislator);
 # 'one of the prime movers in the City of London' -> no role (no title, no organisation); 'Francis Braun of Liverpool
 # merchants Blessig Braun' -> no role at Blessig Braun (a member of the firm, no title; a reader might give other or
 # executive); 'a London merchant and company promoter' -> no role (no organisation); 'it would be managed by
 # Clirehugh' -> no role at the unnamed life company
 roles=[R("Alexander Hamilton Gunn", "founder", LL), R("Francis William Russell", "director", LL),
        R("Francis Braun", "director", LL), R("Clirehugh", "executive", LL), R("Clirehugh", "executive", QI, False)],
 # 'London and Lancashire was acquired by Royal Insurance in 1962' -> acquired + parentOrganization. Near-misses:
 # 'London and Lancashire launched an abortive attempt to acquire the Queen Insurance Company' and 'the failed bid for
 # the Queen Insurance' -> nothing (a failed bid); 'A series of acquisitions in the early 20th century' -> nothing (no
 # target named); 'to form a parallel life company' -> nothing (unnamed; 'Although separate'); Blessig Braun -> no
 # relation to the insurer (a director's firm)
 relations=[L("Royal Insurance", "acquired", LL), L(LL, "parentOrganization", "Royal Insurance")],
 outages=[],
 # 'In August' and 'in October' (months without a year; a reader might give 1861-08 and 1861-10 from 'two months
 # after' the June 1861 fire) -> left out (published null); 'by the end of the 19th century', 'in the early 20th
 # century' -> left out; 'since 1666' -> the year
 dates=[D("1862", "1862"), D("1962", "1962"), D("June 1861", "1861-06"), D("1666", "1666"),
        D("February 1862", "1862-02"), D("May 1862", "1862-05")])

# ---- chemicals, UK: Synthomer ---------------------------------------------------------------------------------------
SY = "Synthomer plc"
AY = "Andrew Yule & Co."
JPM = "J.P. Morgan & Co."
MG = "Morgan Grenfell & Co."
A["wp-synthomer"] = dict(
 # the company -> Company 'Synthomer plc', aliases 'Synthomer', its former names 'Yule Catto & Co' (lead) and 'Yule
 # Catto & Co.' (1980), 'Yule, Catto & Co.' (1969), 'Yule, Catto & Company Ltd' (the name of 1920), and 'George Yule
 # & Co.' / 'George Yule and Company' (the London firm renamed Yule, Catto & Company Ltd. in 1920: the same entity;
 # doubtful: a reader might keep George Yule & Co. apart as a predecessor); Andrew Yule & Co. (the Calcutta trading
 # house), J.P. Morgan & Co., Morgan Grenfell & Co., Revertex Chemicals, OMNOVA Solutions, the London Stock Exchange ->
 # Company; the Indian government -> Organization; Andrew Yule (alias 'Andrew', in 'Andrew's brother'), George Yule,
 # Thomas Catto, Sir David Yule (alias 'David Yule'), Stephen ('Thomas Catto's son, Stephen': the first name only)
 # -> Person; Calcutta, London, India, the US ('the US banking group') -> Location; 'British', 'Indian' (adjectives,
 # also in 'the Indian rupee'), 'the managing agency system', 'the group', 'the firm', 'the business' -> nothing
 entities=[E("Company", SY, "Synthomer", "Yule Catto & Co", "Yule Catto & Co.", "Yule, Catto & Co.",
             "Yule, Catto & Company Ltd", "George Yule & Co.", "George Yule and Company"),
           E("Company", "London Stock Exchange"), E("Person", "Andrew Yule", "Andrew"), E("Company", AY),
           E("Location", "Calcutta"), E("Person", "George Yule"), E("Location", "London"), E("Location", "US"),
           E("Company", JPM), E("Company", MG), E("Person", "Thomas Catto"), E("Location", "India"),
           E("Person", "Sir David Yule", "David Yule"), E("Organization", "Indian government"),
           E("Company", "Revertex Chemicals"), E("Person", "Stephen"), E("Company", "OMNOVA Solutions")],
 # 'Andrew Yule founded a trading house known as Andrew Yule & Co.' -> founder at Andrew Yule & Co.; 'George Yule, set
 # up George Yule & Co. in London' -> founder at Synthomer plc (the firm he set up is the company under its first
 # name; doubtful: a reader might make Andrew Yule the company's founder from 'The company traces its roots back to
 # 1863, when Andrew Yule founded', or give George Yule's role to a separate George Yule & Co.); 'Sir David Yule ...
 # continued to hold the title of Chairman' of the firm Thomas Catto took over the management of (Andrew Yule & Co.,
 # the firm in India) -> chairman at Andrew Yule & Co., current true (the text does not say he left the post; his
 # life years '(1858-1928)' are given; doubtful: a reader might mark it past). Near-misses: 'Thomas Catto ... was sent
 # to India to take over management of the firm' -> no role (no title; a reader might give head or ceo); 'had no
 # active part in the operations' -> no change to the chairman role; 'Thomas Catto's son, Stephen ... started to turn
 # Yule Catto & Co. into' -> no role (no title); 'Thomas Catto and David Yule changed the name' -> no role
 roles=[R("Andrew Yule", "founder", AY), R("George Yule", "founder", SY), R("Sir David Yule", "chairman", AY)],
 # 'George Yule & Co. ..., which acted as British agency arm of Andrew Yule & Co.' and 'the British purchasing arm of
 # Andrew Yule & Co., George Yule and Company' -> parentOrganization(Synthomer plc, Andrew Yule & Co.) (an arm;
 # doubtful: a brother's separate partnership acting as agent, and a reader might give nothing); 'In 1919 Andrew Yule &
 # Co. and George Yule & Co. were sold to the US banking group J.P. Morgan & Co. and its British merchant banking
 # affiliate Morgan Grenfell & Co.' -> acquired + parentOrganization from each of the two buyers to each of the two
 # firms (ownership that ended, kept; doubtful: the shares of each buyer are not told); 'With the acquisition of
 # Revertex Chemicals in 1980' (the buyer Yule Catto & Co., whose turn it started) -> acquired + parentOrganization;
 # 'Synthomer announced that it was going to buy OMNOVA Solutions ...; the transaction was completed on 2 April 2020'
 # -> acquired + parentOrganization (completed). Near-misses: 'its British merchant banking affiliate Morgan Grenfell &
 # Co.' -> no parentOrganization(Morgan Grenfell & Co., J.P. Morgan & Co.) (an affiliate, not a unit; a reader might
 # add it); 'Yule, Catto & Co. decided in 1969 to sell its shareholding in Andrew Yule & Co. to the Indian government'
 # -> nothing (a shareholding of untold size; a government is no Company for acquired; no
 # parentOrganization(Andrew Yule & Co., Synthomer plc) from the shareholding either); 'both were turned from a
 # partnership into a private limited company' -> nothing; 'It is listed on the London Stock Exchange' -> nothing
 relations=[L(SY, "parentOrganization", AY),
            L(JPM, "acquired", AY), L(AY, "parentOrganization", JPM), L(JPM, "acquired", SY),
            L(SY, "parentOrganization", JPM),
            L(MG, "acquired", AY), L(AY, "parentOrganization", MG), L(MG, "acquired", SY),
            L(SY, "parentOrganization", MG),
            L(SY, "acquired", "Revertex Chemicals"), L("Revertex Chemicals", "parentOrganization", SY),
            L(SY, "acquired", "OMNOVA Solutions"), L("OMNOVA Solutions", "parentOrganization", SY)],
 outages=[],
 # 'That same year' (1919, told before) and 'At the same time' (1863) -> left out (not absolute; published null);
 # the life years in brackets -> left out; 'Since 2007' -> the year
 dates=[D("1863", "1863"), D("1919", "1919"), D("1920", "1920"), D("1969", "1969"), D("1980", "1980"),
        D("2007", "2007"), D("2012", "2012"), D("July 2019", "2019-07"), D("2 April 2020", "2020-04-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
