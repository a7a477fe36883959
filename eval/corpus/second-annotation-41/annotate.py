#!/usr/bin/env python3
"""Second annotation of the 8 batch-40 articles in /tmp/agree41-tmp (stripped copies, drawn by pick.py), made from
their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids,
and the conventions settled in second-annotation-39/README.md and second-annotation-40/README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2009-01-27. Commons oral question on the west coast main line. The line is a Location (train: "east coast
# main line" and "West Coast Main Line" are Locations); Euston and Staffordshire are Locations. Network Rail and Virgin
# Trains are Companies (train: Network Rail is a Company in both Hansard files). Tony Collins, "chief executive of
# Virgin Trains" -> ceo. "the Lichfield commuters club" is read as a named club -> Organization (doubtful: it could be
# left out, or "Lichfield" taken as a Location). The Secretary of State is unnamed: no entity. "We will continue to work
# with Network Rail" is no stated partnership: no relation (agree40: partner only where the text says so).
# Outage: the new-year disruption, "the bad days have largely related to overhead line equipment failures", for which
# Network Rail apologised -> one outage (the "separate incidents" are not told apart), provider Network Rail (train:
# hansard-written-answers-east-coast-main-line-electrification-failures-1991 gives BR's OLE failures as outages),
# affected Virgin Trains (its chief executive speaks of "the bad days"; doubtful: [] as in the ECML file), location
# west coast main line, cause overhead line equipment failures. Date 2009-01 from "over the new year period" read
# against published (doubtful: 2008-12 or null; train's East Midlands memorandum dates "the last Christmas and New
# Year holiday period" to the month it begins). The plane crash is no outage.
# Dates: "the new year period" / "the new year" are not listed (train never dates "new year"; the East Midlands
# memorandum leaves its holiday period out); "recent", "latest" are not dated. So no date items.
NR, VT, WCML = "Network Rail", "Virgin Trains", "west coast main line"
A["hansard-commons-west-coast-main-line-network-rail-overhead-line-failures-2009"] = dict(
    entities=[E("Location", WCML), E("Company", NR), E("Location", "Euston"), E("Person", "Tony Collins"),
              E("Company", VT), E("Location", "Staffordshire"), E("Organization", "Lichfield commuters club")],
    roles=[R("Tony Collins", "ceo", VT)],
    relations=[],
    outages=[O(NR, "2009-01", [VT], WCML, "overhead line equipment failures")],
    dates=[])

# published 1999-03-12. Eastern Group plc's memorandum to the NI Affairs Committee. NIE is a Company (train: Northern
# Ireland Electricity is a Company in the sibling memoranda); no other names.
# One outage (agree40 and the train siblings: the writer utility is the provider, no affected party, a short storm
# cause): provider Eastern Group plc, date 1998-12-26 (the text's only storm day, "Saturday, 26 December 1998", when the
# wind peaked; train's SEEBOARD memorandum dates its Boxing Day storm outage to that day; doubtful: 1998-12), location
# null ("our region" is not named), cause Christmas storms. The non-storm faults are not told apart: no second outage.
# "2100 hours" is the time of the wind peak, not of the supply loss: no start.
# Dates: "8 March 1999" -> 1999-03-08; "Saturday, 26 December 1998" -> 1998-12-26; "2100 hours" -> 1998-12-26T21:00
# (train dates clock times as their own items). "the Christmas storms" is not dated (doubtful: 1998-12 or 1998-12-25;
# agree40's "Christmas" alone -> day concerns the feast, here it names a storm period).
EG = "Eastern Group plc"
A["uk-parliament-ni-affairs-committee-memorandum-eastern-group-storm-1999"] = dict(
    entities=[E("Company", EG), E("Company", "NIE")],
    roles=[],
    relations=[],
    outages=[O(EG, "1998-12-26", [], None, "Christmas storms")],
    dates=[D("8 March 1999", "1999-03-08"), D("Saturday, 26 December 1998", "1998-12-26"),
           D("2100 hours", "1998-12-26T21:00")])

# published null. Yorkshire Electricity Group plc's memorandum. "our Chief Executive. Mr Hall" -> Person "Hall"
# (Hansard/committee persons named "Mr X" are named by the surname: agree40) with role ceo at the group. United Kingdom:
# Location. Force Majeure is no entity.
# One outage: 46,327 customers affected by the storms -> provider Yorkshire Electricity Group plc, no affected party,
# location null (no region named), cause gale damage to the distribution system. Date 1998-12: published is null, so
# "26 December" (the worst day) gives no day (binding rule), but the storm period is stated absolutely ("the period
# Christmas 1998 to New Year 1999", "28 December 1998"), and train's East Midlands memorandum gives such a holiday-period
# storm the month (doubtful: null as agree40's Scottish Power call, or 1998-12-26).
# Dates (published null: only expressions that carry their year): "8 March 1999" -> 1999-03-08; "Christmas 1998" ->
# 1998-12-25 (train: "Christmas of 1995" -> day); "New Year 1999" -> 1999-01-01; "28 December 1998" -> 1998-12-28.
# "26 and 27 December", "26 December", "27 to 31 December", "31 December" have no year: left out.
YE = "Yorkshire Electricity Group plc"
A["uk-parliament-ni-affairs-committee-memorandum-yorkshire-electricity-storm-1999"] = dict(
    entities=[E("Company", YE), E("Person", "Hall"), E("Location", "United Kingdom")],
    roles=[R("Hall", "ceo", YE)],
    relations=[],
    outages=[O(YE, "1998-12", [], None, "gales: damage to the distribution system")],
    dates=[D("8 March 1999", "1999-03-08"), D("Christmas 1998", "1998-12-25"), D("New Year 1999", "1999-01-01"),
           D("28 December 1998", "1998-12-28")])

# published 2005-12-20. Wikinews business brief: THQ's deal with the in-game advertising broker Massive Network. All
# named firms are Companies. Coca-Cola and Pepsi (the ad examples: "Coca-Cola machine's", "Pepsi") are taken as the
# advertising Companies ("ads for real companies"; doubtful: Service, as drink brands, or left out as hypothetical).
# Relations: "THQ has signed a deal with ... Massive Network" -> partner(THQ, Massive Network). The advertisers (Nokia,
# Vivendi, Paramount, Panasonic, Warner Bros, Universal Music, Honda) and the game makers (Sony, Ubisoft, Atari) "have
# signed on" with Massive Network -> partner(X, Massive Network) for each, direction as written (doubtful: a customer
# contract read from "signed on"; the strict reading gives only the THQ deal). No dates ("one week", "the next" are not
# calendar values).
MN = "Massive Network"
SIGNED = ["Nokia", "Vivendi", "Paramount", "Panasonic", "Warner Bros", "Universal Music", "Honda", "Sony", "Ubisoft",
          "Atari"]
A["wn-business-brief-december-20-2005-2005"] = dict(
    entities=[E("Company", "THQ"), E("Company", MN), E("Company", "Coca-Cola"), E("Company", "Pepsi")]
    + [E("Company", c) for c in SIGNED],
    roles=[],
    relations=[L("THQ", PA, MN)] + [L(c, PA, MN) for c in SIGNED],
    outages=[],
    dates=[])

# published 2007-03-06. Microsoft criticises Google over copyright. Microsoft, Google, BBC: Companies (news
# organisations are Companies). Association of American Publishers and N.B.A. (train: NBA is an Organization):
# Organizations. YouTube: Service. "Mr. Thomas Rubin", "The associate general counsel of Microsoft" -> Person
# "Thomas Rubin" (alias "Rubin"), executive at Microsoft (GUIDELINES: general counsel -> executive). Google's unnamed
# senior vice president gets nothing; the book search engine is unnamed.
# Relations: "Google ... made a partnership with BBC and N.B.A." -> partner(Google, BBC), partner(Google, N.B.A.);
# "to display videos on YouTube" under Google's partnerships -> provider(YouTube, Google) (train:
# wn-software-filter-pirated-video-audio-files-2007 gives it; doubtful: the text does not say Google owns YouTube, and
# agree39 left it out where nothing tied them). "recently" is not dated: no dates.
MS, GO = "Microsoft", "Google"
A["wn-microsoft-faults-google-copyright-protection-practices-2007"] = dict(
    entities=[E("Company", MS), E("Company", GO), E("Person", "Thomas Rubin", "Rubin"),
              E("Organization", "Association of American Publishers"), E("Company", "BBC"),
              E("Organization", "N.B.A."), E("Service", "YouTube")],
    roles=[R("Thomas Rubin", "executive", MS)],
    relations=[L(GO, PA, "BBC"), L(GO, PA, "N.B.A."), L("YouTube", P, GO)],
    outages=[],
    dates=[])

# published 2005-06-04. Partygaming Plc plans to float on the London Stock Exchange (a Company: stock exchanges that are
# businesses; train does the same). The City (analysts "in The City") and Gibraltar: Locations (doubtful for The City,
# a district standing for the financial sector). Partypoker: Service (a brand users play on), provider Partygaming Plc
# ("owns the Partypoker brand"). British Airways and Boots: Companies. FTSE 100 Index: not an entity (index).
# "founded in 1997 by Anurag Dikshit" -> founder at Partygaming Plc, current true. The float is no relation.
# Dates: "the end of this month" -> 2005-06 (GUIDELINES: the end of the month -> the month); "1997" -> 1997.
# "in four years", "the past year" are not dated (spans, not calendar values; agree40 left "During the past year" out).
PG = "Partygaming Plc"
A["wn-online-poker-firm-set-multibillion-pound-2005"] = dict(
    entities=[E("Company", PG), E("Company", "London Stock Exchange"), E("Location", "The City"),
              E("Location", "Gibraltar"), E("Service", "Partypoker"), E("Company", "British Airways"),
              E("Company", "Boots"), E("Person", "Anurag Dikshit")],
    roles=[R("Anurag Dikshit", "founder", PG)],
    relations=[L("Partypoker", P, PG)],
    outages=[],
    dates=[D("the end of this month", "2005-06"), D("1997", "1997")])

# published 2009-06-11. Venezuela bans Coke Zero. Coke Zero: Service ("a product of the Coca-Cola Company"), alias
# "Coca Cola Zero" (the company's own statement names the same drink); Coca-Cola Classic: Service. The company is
# named by its fullest form "Coca-Cola Company", aliases "Coca-Cola" ("Coca-Cola agreed to abide") and "Coca Cola"
# ("said Coca Cola in a statement"). Venezuela is named by its fullest form "Bolivarian Republic of Venezuela" with
# alias "Venezuela" (train: "People's Republic of China" with alias "China"). Jesús Mantilla, "the health minister for
# Venezuela" -> minister at that Location. United States: Location. Coca-Cola Femsa, Cargill, Pfizer: Companies. The
# seized rice mill and pasta factory are unnamed.
# Relations: provider(Coke Zero, Coca-Cola Company), provider(Coca-Cola Classic, Coca-Cola Company) ("created to be an
# alternative to Coca-Cola Classic", a careful reader is sure of the maker); "Coca-Cola Femsa, the Mexican company who
# bottles the drink" -> partner(Coca-Cola Femsa, Coca-Cola Company) as a supply relation (doubtful: the text states the
# bottling, not a contract with the company; train's wp-femsa-2006 gives a "Coca Cola Bottler" no relation, but names no
# Coca-Cola entity). The ban is no outage.
# Dates: "2005" -> 2005; "April" -> 2009-04; "Earlier in the year" -> 2009 (train: "earlier in the year" -> year).
# "currently" is not dated.
CC, CZ, VE = "Coca-Cola Company", "Coke Zero", "Bolivarian Republic of Venezuela"
A["wn-venezuela-bans-coke-zero-over-unspecified-2009"] = dict(
    entities=[E("Service", CZ, "Coca Cola Zero"), E("Company", CC, "Coca-Cola", "Coca Cola"),
              E("Location", VE, "Venezuela"), E("Person", "Jesús Mantilla"), E("Location", "United States"),
              E("Company", "Coca-Cola Femsa"), E("Service", "Coca-Cola Classic"), E("Company", "Cargill"),
              E("Company", "Pfizer")],
    roles=[R("Jesús Mantilla", "minister", VE)],
    relations=[L(CZ, P, CC), L("Coca-Cola Classic", P, CC), L("Coca-Cola Femsa", PA, CC)],
    outages=[],
    dates=[D("2005", "2005"), D("April", "2009-04"), D("Earlier in the year", "2009")])

# published null. Wikipedia: Sayano-Shushenskaya power station accident. The Sayano-Shushenskaya Dam (with its power
# station, a named facility) is a Location (GUIDELINES: power stations are Locations); Sayanogorsk, Russia, Yenisey
# River (train: rivers are Locations), Siberia ("south-central Siberia") and Khakassia are Locations. RusHydro, "the
# power station's operator": Company.
# One outage: the turbine failure cut the plant's whole output, "leading to widespread power outages in the area" ->
# provider RusHydro (the operator whose plant failed), date 2009-08-17, no affected party named, location
# Sayano-Shushenskaya Dam (the failed facility, as train's treatment works; doubtful: Sayanogorsk or Khakassia, "the
# area" being unnamed), cause turbine failure. No times or duration.
# Dates (published null, all absolute): "17 August 2009" -> 2009-08-17; "October 2009" -> 2009-10; "2 July 2009" ->
# 2009-07-02; "2009" (in "the 2009 accident") -> 2009; "1979" -> 1979. "over 24 hours" is a span.
SSD = "Sayano-Shushenskaya Dam"
A["wp-sayano-shushenskaya-power-station-accident"] = dict(
    entities=[E("Location", SSD), E("Location", "Sayanogorsk"), E("Location", "Russia"), E("Location", "Yenisey River"),
              E("Location", "Siberia"), E("Location", "Khakassia"), E("Company", "RusHydro")],
    roles=[],
    relations=[],
    outages=[O("RusHydro", "2009-08-17", [], SSD, "turbine failure")],
    dates=[D("17 August 2009", "2009-08-17"), D("October 2009", "2009-10"), D("2 July 2009", "2009-07-02"),
           D("2009", "2009"), D("1979", "1979")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree41-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
