#!/usr/bin/env python3
"""Batch 61e gold annotations (the texts of batch61e.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60h; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year range ('2004-2007') -> the two years
as items (the corpus's '1984–1985', '2005-2017' way); 'At the time', 'That same year', 'since World War II', 'over
the years', 'to date' (relative to a year of the text or unresolvable) -> nothing (as batches 59a-60h left theirs).
No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (the Belfast factory's
closure is a business decision; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-60h): a company 'acquired', 'sold ... to' (completed)
-> acquired + parentOrganization(target, buyer); 'began to gradually accumulate shares ... and assumed complete
economic control' -> acquired + parentOrganization (a completed purchase of control); 'absorbed' -> acquired only (the
target merged away: GUIDELINES, Relations; doubtful: a reader might read a merger and give nothing); 'becoming part of
the X group', 'its ... division' -> parentOrganization; 'formed ... by merger of A, B and C', 'created ... by a merger
of A and B', 'has decided to merge with' -> nothing (a merger with no buyer named; GUIDELINES, Relations); 'after
buying control of the Grundig brand' -> nothing (a brand, an asset; GUIDELINES: asset purchases -> nothing; doubtful);
'became the sole Swedish distributor of Eastman's products' -> partner (a distribution relation stated as fact, the
distributor first, as batch 40zk's customer relations; doubtful: the products are named by the man); 'Established in
... by A', 'established ... by A', 'founder of X' -> founder (one person named alone: GUIDELINES, Roles, Founders);
'The managing director of the plant' -> director at the company that owns the plant (GUIDELINES: managing director ->
director; the plant has no name of its own; doubtful), current false where the text tells the person was killed; a
company's former names told as names of the same business ('later known as Sampo Bank', 'was renamed Postipankki',
'was rebranded Leonia Pankki', 'Grundig GmbH became Grundig AG', 'renamed its Beko Elektronik ... division Grundig
Elektronik A.Ş.', 'was established ... as a trading company, F. W. Hasselblad and Co.') -> aliases of one entity
(GUIDELINES, Types); a later name that is also another entity's name ('Sampo Bank was renamed Danske Bank') -> no alias
(one surface form, one entity: the buyer keeps the name); a company's name used of its products ('the Hasselblad
camera', 'modified Hasselblad cameras', 'the Grundig brand') -> no Service (as batch 60h left 'Fyffes melons';
doubtful); programmes and events ('the Apollo program', 'World War II', 'the Second World War') -> nothing (GUIDELINES,
Types); demonyms and adjectives ('German', 'Turkish', 'Swedish', 'Finnish', 'Estonian') -> nothing; 'the Moon' -> no
Location (not a country, region or city; no corpus file types it; doubtful).
usage: batch61e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- consumer electronics, Germany and Turkey: Grundig (the Kiwix copy of May 2015) --------------------------------
GR = "Grundig AG"
KOC = "Ko\u00e7 Holding"
GE = "Grundig Elektronik A.\u015e."
ARC = "Ar\u00e7elik A.\u015e."
RVF = "F\u00fcrth, Grundig & Wurzer"
A["wp-grundig"] = dict(
 # Grundig AG (aliases 'Grundig': 'the first production by Grundig outside Germany', 'At the time Grundig was the
 # largest radio manufacturer', and 'Grundig GmbH': 'In 1972, Grundig GmbH became Grundig AG', its former name);
 # Koç Holding ('the Turkish Koç Holding group', 'Koç Holding renamed'); Grundig Elektronik A.Ş. (alias 'Beko
 # Elektronik': 'renamed its Beko Elektronik white goods and consumer electronics division Grundig Elektronik A.Ş.',
 # one division under its names in turn); Arçelik A.Ş.; Fürth, Grundig & Wurzer (alias 'RVF': 'a store named Fürth,
 # Grundig & Wurzer (RVF), which sold radios'; kept apart from Grundig AG: the text says the company 'began ... with
 # the establishment of' the store, not that it was the store under another name; doubtful: a reader might make it a
 # former name and an alias, as this batch does with F. W. Hasselblad and Co., whose text says 'established ... as');
 # Philips -> Company; Max Grundig, Thomas Niedermayer -> Person; the Provisional IRA -> Organization (an armed group,
 # no business; doubtful: a reader might give nothing); Nuremberg, Germany, Fürth ('built at Fürth'), Europe,
 # Frankfurt, Karlsruhe, Belfast, Northern Ireland -> Location. No entity: 'the Grundig brand' (the company's name as
 # its brand, kept on the company), 'Turkish', 'German' (adjectives), 'the Second World War' (an event), 'the plant',
 # 'the new facility', 'The factory', 'Divisions in Nuremberg, Frankfurt and Karlsruhe' (unnamed)
 entities=[E("Company", GR, "Grundig", "Grundig GmbH"), E("Location", "Nuremberg"), E("Person", "Max Grundig"),
           E("Company", KOC), E("Company", GE, "Beko Elektronik"), E("Company", ARC), E("Company", RVF, "RVF"),
           E("Location", "Germany"), E("Location", "F\u00fcrth"), E("Location", "Europe"), E("Location", "Frankfurt"),
           E("Location", "Karlsruhe"), E("Location", "Belfast"), E("Location", "Northern Ireland"),
           E("Person", "Thomas Niedermayer"), E("Organization", "Provisional IRA"), E("Company", "Philips")],
 # 'Established in 1930 in Nuremberg by Max Grundig' -> founder at Grundig AG, current true (a founder stays the
 # founder; he is named alone). 'The managing director of the plant Thomas Niedermayer, was kidnapped and later
 # killed by the Provisional IRA in December 1973' -> director at Grundig AG ('A plant was opened in 1960 ... the first
 # production by Grundig outside Germany': Grundig's own plant, unnamed, so the company is the org; doubtful: a reader
 # might give no role for a post at an unnamed plant, or executive), current false (killed in 1973). Near-misses: no
 # founder role at Fürth, Grundig & Wurzer (the text names no one as opening the store; a reader might give Max
 # Grundig founder there too); 'Max Grundig recognized the need for radios' -> no other role
 roles=[R("Max Grundig", "founder", GR), R("Thomas Niedermayer", "director", GR, False)],
 # 'becoming part of the Turkish Koç Holding group' -> parentOrganization(Grundig AG, Koç Holding); 'Koç Holding
 # renamed its Beko Elektronik ... division Grundig Elektronik A.Ş.' -> parentOrganization(Grundig Elektronik A.Ş.,
 # Koç Holding); 'Philips began to gradually accumulate shares in the company over the years, and assumed complete
 # economic control in 1993' -> acquired(Philips, Grundig AG) + parentOrganization(Grundig AG, Philips) (a completed
 # purchase of control; relations carry no time, so both parents are kept). Near-misses: 'after buying control of the
 # Grundig brand' -> no acquired(Koç Holding, Grundig AG) (the text says Koç bought control of a brand, an asset, and
 # only that the company became 'part of' the group; doubtful: a reader might give acquired); 'which has decided to
 # merge with Arçelik A.Ş.' -> nothing (a merger decided, no buyer named; GUIDELINES, Relations); 'the company changed
 # hands several times' -> nothing (no owner named); 'transferred to Turkish control' -> nothing more (no company
 # named in it); the store's tie to Grundig AG -> no relation (the company began with it; no owner told); the
 # Provisional IRA -> no relation
 relations=[L(GR, "parentOrganization", KOC), L(GE, "parentOrganization", KOC)] + acq("Philips", GR),
 outages=[],
 # '2004-2007' (the two years as items; '2007' is listed once), '1930', 'February 27, 2009', '1947', '1951', '1960',
 # 'December 1973', '1980', '1972', '1993'; 'At the time', 'over the years' -> left out
 dates=[D("2004", "2004"), D("2007", "2007"), D("1930", "1930"), D("February 27, 2009", "2009-02-27"),
        D("1947", "1947"), D("1951", "1951"), D("1960", "1960"), D("December 1973", "1973-12"), D("1980", "1980"),
        D("1972", "1972"), D("1993", "1993")])

# ---- cameras, Sweden: Hasselblad (piglix.com's copy, a revision of 2015-2016) ----------------------------------------
VH = "Victor Hasselblad AB"
FWH = "Fritz Wiktor Hasselblad"
AVH = "Arvid Viktor Hasselblad"
GEA = "George Eastman"
EK = "Eastman Kodak"
A["wp-hasselblad"] = dict(
 # Victor Hasselblad AB (aliases 'Hasselblad': "Hasselblad's corporate website", "Hasselblad's long-time headquarters
 # building", 'Hasselblad became the sole Swedish distributor', and 'F. W. Hasselblad and Co.': 'The company was
 # established in 1841 ... as a trading company, F. W. Hasselblad and Co.', the text's own former name of the
 # company; doubtful: a reader might keep the trading company apart, the camera business being of later date outside
 # this text), Eastman Kodak -> Company; Fritz Wiktor Hasselblad, Arvid Viktor Hasselblad (alias 'Arvid Hasselblad'),
 # George Eastman (alias 'Eastman': "Eastman's products", his surname after his full name; doubtful: a reader might
 # read the company) -> Person; Gothenburg, Sweden -> Location. No entity: 'the Hasselblad camera', 'modified
 # Hasselblad cameras' (the company's name used of its cameras, no product name of its own; doubtful: a reader might
 # give Service 'Hasselblad camera'), 'the Apollo program' (a programme; GUIDELINES, Types), 'World War II' (an
 # event), 'the Moon' (no country, region or city; doubtful), 'Swedish' (an adjective), 'the photographic division of
 # the company' (unnamed), "Hasselblad's corporate website" (no name of its own)
 entities=[E("Company", VH, "Hasselblad", "F. W. Hasselblad and Co."), E("Location", "Gothenburg"),
           E("Location", "Sweden"), E("Person", FWH), E("Person", AVH, "Arvid Hasselblad"),
           E("Person", GEA, "Eastman"), E("Company", EK)],
 # 'The company was established in 1841 ... by Fritz Wiktor Hasselblad' (and 'The founder's son') -> founder at Victor
 # Hasselblad AB, current true; 'George Eastman, founder of Eastman Kodak' -> founder at Eastman Kodak, current true.
 # Near-misses: 'Arvid Viktor Hasselblad ... started the photographic division of the company' -> no role (he started
 # an unnamed division and holds no post in the text; a reader might give founder or head at the company); 'Arvid
 # Hasselblad commissioned the construction of Hasselblad's long-time headquarters building' -> no role (an act, no
 # post); 'Hasselblad's corporate website quotes him' -> no spokesperson role (a quotation of the past)
 roles=[R(FWH, "founder", VH), R(GEA, "founder", EK)],
 # 'In 1888, Hasselblad became the sole Swedish distributor of Eastman's products.' -> partner(Victor Hasselblad AB,
 # Eastman Kodak) (a distribution relation stated as fact, the distributor first; the products of Eastman, founder of
 # Eastman Kodak, read as the company's; doubtful). Near-misses: 'While on honeymoon, Arvid Hasselblad met George
 # Eastman' -> nothing (a meeting of two people); 'the Hasselblad camera was during the Apollo program missions' -> no
 # partner (no second organisation named: NASA is not in the text); 'Hasselblad's long-time headquarters building, in
 # use until 2002' -> no Location (unnamed building)
 relations=[L(VH, "partner", EK)],
 outages=[],
 # '1841', '1877', '2002', '1888'; 'since World War II' (an event, no calendar value given) -> left out
 dates=[D("1841", "1841"), D("1877", "1877"), D("2002", "2002"), D("1888", "1888")])

# ---- banking, Finland and the Baltic countries: Postipankki (en.wikipedia.org's '= Title =' rendering, undated) -------
FPB = "Finnish Postal Bank"
SG = "Sampo Group"
LVB = "Lietuvos Vystymo bankas"
OPT = "Optiva Bank"
MB = "Mandatum Bank"
IFB = "Industry and Finance Bank"
DB = "Danske Bank"
A["wp-postipankki"] = dict(
 # the bank -> Company 'Finnish Postal Bank' ('The Finnish Postal Bank', the article's English name, the fullest form
 # without 'The'), aliases 'Postipankki' ('in Finnish Postipankki', 'it was renamed Postipankki', 'Postipankki
 # absorbed ...'), 'Sampo Bank' and 'Sampo Pankki' ('later known as Sampo Bank (Sampo Pankki)', 'Sampo Bank acquired
 # Maras banka', 'Sampo Group sold Sampo Bank to Danske Bank'), 'Postisäästöpankki' ('In 1887, Postisäästöpankki ()
 # was established ...'; 'In 1970, it was renamed Postipankki') and 'Leonia Pankki' ('the resulting entity was
 # rebranded Leonia Pankki. In 2000, Sampo Group acquired Leonia Pankki.'): one bank under its names in turn (doubtful:
 # a reader might keep Leonia Pankki, the entity formed by the absorption, apart); Danske Bank (the buyer; 'Sampo Bank
 # was renamed Danske Bank' gives the bank no alias, one surface form standing for one entity); Suomen Vientiluotto;
 # Sampo Group (alias 'Sampo': "Sampo's banking operations", 'Sampo acquired Mandatum Bank'; 'the Sampo, an iconic
 # object of traditional Finnish mythology' is the myth's object, the same letters, no entity of its own); Lietuvos
 # Vystymo bankas (alias 'Lithuanian Development Bank', its English name in brackets); Optiva Bank (alias 'Optiva');
 # Eesti Forekspank, Raepank, Eesti Investeerimispank (alias 'EstIB'); Mandatum Bank; Interbank Osakepankki; Mandatum
 # & Co.; Maras banka; Industry and Finance Bank (alias 'Profibank': 'known as Profibank') -> Company; Finland, the
 # Baltic countries ('expanded aggressively in the Baltic countries and Russia': a named region), Russia, Lithuania,
 # Estonia -> Location. No entity: 'the national Finnish post office' and 'post offices' (generic, unnamed), "Finland's
 # postal savings system" (a system, no name), 'its insurance business' (unnamed), 'the Sampo' (a mythical object),
 # 'Finnish', 'Estonian' (adjectives)
 entities=[E("Company", FPB, "Postipankki", "Sampo Bank", "Sampo Pankki", "Postis\u00e4\u00e4st\u00f6pankki",
             "Leonia Pankki"),
           E("Location", "Finland"), E("Location", "Baltic countries"), E("Location", "Russia"), E("Company", DB),
           E("Company", "Suomen Vientiluotto"), E("Company", SG, "Sampo"),
           E("Company", LVB, "Lithuanian Development Bank"), E("Location", "Lithuania"),
           E("Company", OPT, "Optiva"), E("Location", "Estonia"), E("Company", "Eesti Forekspank"),
           E("Company", "Raepank"), E("Company", "Eesti Investeerimispank", "EstIB"), E("Company", MB),
           E("Company", "Interbank Osakepankki"), E("Company", "Mandatum & Co."), E("Company", "Maras banka"),
           E("Company", IFB, "Profibank")],
 # No person is named: no role.
 roles=[],
 # 'It was eventually acquired in 2007 by Danske Bank', 'Sampo Group sold Sampo Bank to Danske Bank' -> acquired(Danske
 # Bank, Finnish Postal Bank) + parentOrganization(Finnish Postal Bank, Danske Bank) (completed; the later renaming is
 # no merger into the buyer told as at the purchase); 'Postipankki absorbed Suomen Vientiluotto, and the resulting
 # entity was rebranded Leonia Pankki' -> acquired(Finnish Postal Bank, Suomen Vientiluotto) only (the target merged
 # away; doubtful: a reader might read a merger and give nothing); 'In 2000, Sampo Group acquired Leonia Pankki' ->
 # acquired(Sampo Group, Finnish Postal Bank) + parentOrganization; 'Also in 2000, the group acquired Lietuvos Vystymo
 # bankas ... and Optiva Bank' -> acquired(Sampo Group, each) + parentOrganization (the group is Sampo Group, named in
 # the sentence before); 'Sampo acquired Mandatum Bank' -> acquired(Sampo Group, Mandatum Bank) + parentOrganization;
 # 'Sampo Bank acquired Maras banka', 'Sampo Bank acquired the Industry and Finance Bank' -> acquired(Finnish Postal
 # Bank, each) + parentOrganization. Near-misses: 'Optiva had been formed in 1998 by merger of Eesti Forekspank,
 # Raepank and Eesti Investeerimispank', 'Mandatum Bank, created in 1998 by a merger of Interbank Osakepankki and
 # Mandatum & Co.' -> nothing (mergers, no buyer named); 'established as the financial arm of the national Finnish
 # post office' -> no parentOrganization (the post office unnamed, no entity; a reader might want one); 'Sampo's
 # banking operations were rebranded as Sampo Bank' -> nothing more (a renaming; the bank's owner is already Sampo
 # Group); 'while retaining its insurance business' -> nothing (unnamed); 'organized as a state-owned limited
 # company' -> nothing (no government entity)
 relations=acq(DB, FPB) + [L(FPB, "acquired", "Suomen Vientiluotto")] + acq(SG, FPB) + acq(SG, LVB) + acq(SG, OPT)
           + acq(SG, MB) + acq(FPB, "Maras banka") + acq(FPB, IFB),
 outages=[],
 # '1887', '2000', '2007', '1970', '1988', '1997', '1994', '1998', '1992', '1995', '2001', '2004', '1996', '2006',
 # '15 November 2012' (each listed once; 'est. 1992' and 'established in 1992' are the one text '1992'); 'That same
 # year' (the year before it, 2001, is listed), 'to date', 'eventually' -> left out
 dates=[D("1887", "1887"), D("2000", "2000"), D("2007", "2007"), D("1970", "1970"), D("1988", "1988"),
        D("1997", "1997"), D("1994", "1994"), D("1998", "1998"), D("1992", "1992"), D("1995", "1995"),
        D("2001", "2001"), D("2004", "2004"), D("1996", "1996"), D("2006", "2006"),
        D("15 November 2012", "2012-11-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
