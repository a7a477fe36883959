#!/usr/bin/env python3
"""Batch 57q gold annotations (the texts of batch57q.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b and 57g; batch10_annotate.write_parts), so with
four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'the 1950s', 'the 1970s and 80s', 'the 1990s' (decades, as batches 25b on and 57g skipped them), 'from the age
of 14', 'for 18 days' (spans) and '13–28 March' (a day and month without a year; GUIDELINES, Outages, says the same of
an outage's date) -> nothing. No text tells an outage, so every `outages` list is empty; one tells a near-miss of one
(industrial action that grounded Aero Contractors' flights for 18 days: a strike, no outage; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57g): 'was bought by' -> acquired + parentOrganization(target, buyer); 'was acquired by X. After
that, its operations were integrated into Y, a company created by the merger of ...' -> acquired only (the target
merged away; GUIDELINES, Relations); 'wholly owned by' -> parentOrganization (ownership that ended kept: relations carry
no time); 'held 60% of' (a majority holding) -> parentOrganization; 'an arm of' -> parentOrganization; minority stakes
('a 40% holding', '10 percent shareholding', 'a 40 percent stake') -> nothing, even where the text says 'acquired' or
'acquire' of the stake; a merger of two firms with no buyer told -> nothing; 'the company formed X Ltd' ->
parentOrganization(X Ltd, the company); products ('Amarula Cream', chocolate bars) -> Service with provider to the
maker the text names; families ('the Ibru family', 'the Jomo Kenyatta Family', 'third-generation Whittakers') -> no
entity; 'was formed in 1945 by A', 'started the business' -> founder; 'established ... by members of the family,
including his son A' -> cofounder (one of several founders); 'was elected President of Kenya' -> president with the
country (a Location) as org (GUIDELINES, Roles); 'was named as new CEO' -> ceo; 'was a salesman for' -> other, current
false; 'established a partnership with his two sons' -> no role (partners are owners, as batch 57g's 'named a
partner'); an airport and a street address -> Location (named sites; GUIDELINES, Types); a stock exchange -> Company;
a government's arm and the government -> Organization; laws ('the Nigerian Enterprises Promotion Decree of 1977') ->
no entity (GUIDELINES, Types); demonyms and adjectives ('Nigerian', 'French', 'Dutch', 'American', 'British',
'Gulf-area-based') -> nothing.
usage: batch57q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aviation, Nigeria: Aero Contractors -----------------------------------------------------------------------------
AC = "Aero Contractors Company of Nigeria Limited"
SA = "Schreiner Airways B.V."
AM = "Asset Management Corporation of Nigeria"
A["wp-aero-contractors-nigeria"] = dict(
 # the airline -> Company 'Aero Contractors Company of Nigeria Limited', aliases 'Aero Contractors' and 'Aero' (both
 # given by the text: 'known as Aero Contractors or simply Aero'); Schreiner Airways B.V. (alias 'Schreiner Airways'),
 # CHC Helicopter (alias 'CHC') -> Company; the Asset Management Corporation of Nigeria (alias 'AMCON'; 'an arm of the
 # Federal Government of Nigeria', a government body) and the Federal Government of Nigeria (alias 'Federal
 # Government', 'the Federal Government will use Aero Contractors') -> Organization; Hugh Fraser -> Person; Murtala
 # Muhammed International Airport (an airport; GUIDELINES, Types), Ikeja, Lagos State, Nigeria, the Netherlands ->
 # Location. No entity: 'the Ibru family' (a family), 'the Nigerian Enterprises Promotion Decree of 1977' and 'the
 # indigenization decree' (a law), 'Nigerian naira' (a currency), 'a new national carrier' (unnamed)
 entities=[E("Company", AC, "Aero Contractors", "Aero"), E("Location", "Murtala Muhammed International Airport"),
           E("Location", "Ikeja"), E("Location", "Lagos State"), E("Location", "Nigeria"),
           E("Company", SA, "Schreiner Airways"), E("Location", "Netherlands"), E("Company", "CHC Helicopter", "CHC"),
           E("Organization", AM, "AMCON"), E("Organization", "Federal Government of Nigeria", "Federal Government"),
           E("Person", "Hugh Fraser")],
 # 'Hugh Fraser was named as new CEO' (of the carrier AMCON took over) -> ceo at Aero, current true (nothing says he
 # left). Near-misses: no one else has a title; the Ibru family's members are not named
 roles=[R("Hugh Fraser", "ceo", AC)],
 # 'it was a wholly owned by Schreiner Airways B.V.' -> parentOrganization(Aero, Schreiner) (past ownership kept);
 # 'Schreiner Airways was bought by CHC Helicopter' -> acquired + parentOrganization(Schreiner, CHC); 'the Asset
 # Management Corporation of Nigeria ... held 60% of Aero' -> parentOrganization(Aero, AMCON) (a majority holding, the
 # text calling Aero 'state-controlled'; doubtful: a reader might hold out for 'owned'); 'an arm of the Federal
 # Government of Nigeria' -> parentOrganization(AMCON, Federal Government of Nigeria). Near-misses: 'which acquired a
 # 40% holding in Aero' -> no acquired and no parentOrganization for CHC (a minority stake; a reader might give
 # acquired from the verb); 'CHC sold its interests in Aero' -> nothing; 'AMCON had taken over the management of the
 # carrier' -> no acquired (management taken over, not the company bought); 'the Federal Government will use Aero
 # Contractors as the nucleus of a new national carrier' -> nothing (press speculation); the Ibru family's 60% and
 # whole ownership -> no relation (a family, no entity)
 relations=[L(AC, "parentOrganization", SA), L("CHC Helicopter", "acquired", SA),
            L(SA, "parentOrganization", "CHC Helicopter"), L(AC, "parentOrganization", AM),
            L(AM, "parentOrganization", "Federal Government of Nigeria")],
 # near-miss: 'industrial action grounded flights for 18 days ... The strike, from 13–28 March, grounded Aero's active
 # fleet' -> no outage (a strike; GUIDELINES, Outages: strikes are not outages)
 outages=[],
 # '1959', '1960', '1973', '1976', '1977' (the decree's year, an absolute year), 'January 2004', '1 July 2010', 'March
 # 2013', 'August 2013' (twice, one item); '13–28 March' (no year in the expression) and 'for 18 days' -> left out
 dates=[D("1959", "1959"), D("1960", "1960"), D("1973", "1973"), D("1976", "1976"), D("1977", "1977"),
        D("January 2004", "2004-01"), D("1 July 2010", "2010-07-01"), D("March 2013", "2013-03"),
        D("August 2013", "2013-08")])

# ---- dairy, Kenya: Brookside Dairy Limited ---------------------------------------------------------------------------
BD = "Brookside Dairy Limited"
A["wp-brookside-dairy"] = dict(
 # the company -> Company 'Brookside Dairy Limited', aliases 'Brookside Dairies' and 'Brookside'; Abraaj Capital ('the
 # Gulf-area-based private equity firm'), Danone ('French yogurt maker') -> Company; the East African Community (an
 # intergovernmental body) -> Organization; Jomo Kenyatta (named in 'the Jomo Kenyatta Family'; 'his son' refers to
 # him) and Uhuru Kenyatta -> Person; Kenya, Indian Ocean Islands (a region the text names as a market; doubtful),
 # East Africa, Rwanda, Burundi, Thika Road (a named road, where the head office is; as batch 57b's Whitaker Street),
 # Ruiru, Nairobi, Tanzania, Uganda, Ethiopia, Nigeria -> Location. No entity: 'the Jomo Kenyatta Family' (a family),
 # the products (milk, cream, butter, yogurt, ghee: generic), 'rival milk processing plants' (unnamed), 'the East
 # African countries' (generic)
 entities=[E("Company", BD, "Brookside Dairies", "Brookside"), E("Location", "Kenya"),
           E("Organization", "East African Community"), E("Location", "Indian Ocean Islands"),
           E("Location", "East Africa"), E("Location", "Rwanda"), E("Location", "Burundi"),
           E("Location", "Thika Road"), E("Location", "Ruiru"), E("Location", "Nairobi"), E("Location", "Tanzania"),
           E("Location", "Uganda"), E("Person", "Jomo Kenyatta"), E("Person", "Uhuru Kenyatta"),
           E("Company", "Abraaj Capital"), E("Company", "Danone"), E("Location", "Ethiopia"),
           E("Location", "Nigeria")],
 # 'established in 1993 by members of the Jomo Kenyatta Family, including his son Uhuru Kenyatta' -> cofounder (one of
 # several founders, the only one named; doubtful: a reader might give founder); 'who was elected President of Kenya
 # in 2013' -> president with Kenya (a Location) as org (GUIDELINES, Roles: heads of state), current true (the text
 # does not say he left). Near-misses: Jomo Kenyatta -> no role (the family bears his name; he is not said to have
 # founded the company); the executive chairman and CEO Muhoho Kenyatta is in the cut infobox only
 roles=[R("Uhuru Kenyatta", "cofounder", BD), R("Uhuru Kenyatta", "president", "Kenya")],
 # none. Near-misses: 'Abraaj Capital paid US$18.7 million for 10 percent shareholding in the business' and 'Danone
 # paid an undisclosed sum to acquire a 40 percent stake in Brookside' -> no acquired and no parentOrganization
 # (minority stakes; a reader might give acquired(Danone, Brookside Dairy Limited) from 'acquire'); 'buying stakes in
 # rival milk processing plants in Kenya, Ethiopia, Nigeria, and Uganda' -> nothing (unnamed plants, stakes); 'the
 # largest economy in the East African Community' -> no relation (a country, not a member organisation)
 relations=[],
 outages=[],
 # '1993', '2013' ('in 2013' and 'Beginning in 2013': one text, one value), '2009', '2014', 'January 2016'
 dates=[D("January 2016", "2016-01"), D("1993", "1993"), D("2013", "2013"), D("2009", "2009"), D("2014", "2014")])

# ---- drinks, South Africa: Distell -----------------------------------------------------------------------------------
DG = "Distell Group Limited"
SFW = "Stellenbosch Farmers' Winery"
DC = "Distillers Corporation"
A["wp-distell"] = dict(
 # the group -> Company 'Distell Group Limited', aliases 'Distell' and 'Distell Group'; Heineken, Heineken Beverages,
 # Namibia Breweries -> Company; Stellenbosch Farmers' Winery -> Company, aliases 'SFW', 'Stellenbosch Farmers Winery
 # Group' and 'Stellenbosch Farmers Winery Ltd' (the same firm under the forms the text gives it); Distillers
 # Corporation (alias 'Distillers') -> Company; the Johannesburg Stock Exchange (a stock exchange, a business;
 # GUIDELINES, Types) -> Company; Amarula Cream (a cream liqueur, a product users buy) -> Service; William Charles
 # Winshaw, Anton Rupert -> Person; South Africa, Stellenbosch -> Location. No entity: 'its Bergkelder concept' (the
 # text presents it as a marketing concept, not a business; doubtful), 'the Dutch multinational' (no name of its
 # own), 'its South African unit' and 'the African brewery' (unnamed), 'wine estates' (generic)
 entities=[E("Company", DG, "Distell", "Distell Group"), E("Location", "South Africa"), E("Company", "Heineken"),
           E("Company", "Heineken Beverages"), E("Company", "Namibia Breweries"), E("Location", "Stellenbosch"),
           E("Company", SFW, "SFW", "Stellenbosch Farmers Winery Group", "Stellenbosch Farmers Winery Ltd"),
           E("Company", DC, "Distillers"), E("Person", "William Charles Winshaw"),
           E("Company", "Johannesburg Stock Exchange"), E("Person", "Anton Rupert"), E("Service", "Amarula Cream")],
 # 'Stellenbosch Farmers Winery Group (SFW) ... was formed in 1925 by William Charles Winshaw' -> founder at SFW;
 # 'Distillers Corporation was formed in 1945 by Anton Rupert' -> founder at Distillers Corporation; both current
 # true (founders stay founders). Near-misses: 'an American medical doctor' -> no role (a trade, no organisation);
 # 'the founder member of Distell Group' -> no role (said of SFW, a company)
 roles=[R("William Charles Winshaw", "founder", SFW), R("Anton Rupert", "founder", DC)],
 # 'On April 26, 2023, Distell was acquired by Heineken.' -> acquired(Heineken, Distell) only: 'its operations were
 # integrated into Heineken Beverages, a company created by the merger of ... Distell' (the target merged away;
 # GUIDELINES, Relations; doubtful: a reader might add parentOrganization(Distell Group Limited, Heineken) from the
 # first sentence alone); 'Heineken Beverages, a company created by the merger of its South African unit, Distell, and
 # ...' -> parentOrganization(Heineken Beverages, Heineken) (Heineken's unit and Heineken's newly bought Distell merged
 # into it; doubtful: implied, not stated); 'it created a new African icon, Amarula Cream' ->
 # provider(Amarula Cream, Distillers Corporation). Near-misses: 'the African brewery acquired by the Dutch
 # multinational Namibia Breweries' -> no acquired and no parentOrganization for Namibia Breweries (the words leave
 # unclear who bought what; a reader who knows Heineken is Dutch might give acquired(Heineken, Namibia Breweries));
 # 'Stellenbosch Farmers' Winery (SFW) and Distillers Corporation, that merged on 4 December 2000' -> nothing (a merger
 # with no buyer told; no parentOrganization to Distell from 'traces its roots to' or 'the founder member of');
 # 'listed on the Johannesburg Stock Exchange' -> no relation (a listing); 'set up marketing relationships and
 # partnerships in the wine and spirits industry' -> no partner (no partner named); the Bergkelder concept -> nothing
 relations=[L("Heineken", "acquired", DG), L("Heineken Beverages", "parentOrganization", "Heineken"),
            L("Amarula Cream", "provider", DC)],
 outages=[],
 # 'April 26, 2023', 'February 2014', '4 December 2000', '1925', 'the year 2000' (a year named as such), '1956', '1945'
 dates=[D("April 26, 2023", "2023-04-26"), D("February 2014", "2014-02"), D("4 December 2000", "2000-12-04"),
        D("1925", "1925"), D("the year 2000", "2000"), D("1956", "1956"), D("1945", "1945")])

# ---- confectionery, New Zealand: Whittaker's -------------------------------------------------------------------------
JHW = "J.H. Whittaker & Sons, Ltd"
JHJ = "James Henry Whittaker"
A["wp-whittakers"] = dict(
 # the company -> Company 'J.H. Whittaker & Sons, Ltd', alias "Whittaker's" (its trading name; 'the largest chocolate
 # brand' said of the same name); J. H. Whittaker New Zealand Ltd (the company it formed) -> Company; Cadbury ('a
 # salesman for Cadbury's chocolate': the maker he sold for, possessive-free; doubtful: 'Cadbury's' may be read as the
 # brand name of the time) -> Company; James Henry Whittaker, Leah Alice (his wife), Ronald and James (his sons; first
 # names only, as batch 57g's Jan and Leendert) -> Person; the Peanut Slab, Santé Bars, Toffee Milk Bars, K-Bars
 # (chocolate bars, products users buy) -> Service; New Zealand, Porirua, Christchurch, Wellington, 167 Vivian Street
 # (the company's former premises, a street address; doubtful, as batch 57g's Cramer's Lane), Malaysia -> Location.
 # No entity: 'third-generation Whittakers' (a family), 'the British confectionery industry' (generic), 'palm oil-free
 # chocolate' and 'large blocks of chocolate' (generic products)
 entities=[E("Company", JHW, "Whittaker's"), E("Location", "New Zealand"), E("Location", "Porirua"),
           E("Person", JHJ), E("Location", "Christchurch"), E("Location", "Wellington"),
           E("Person", "Leah Alice"), E("Company", "Cadbury"), E("Person", "Ronald"), E("Person", "James"),
           E("Location", "167 Vivian Street"), E("Service", "Peanut Slab"), E("Service", "Sant\u00e9 Bars"),
           E("Service", "Toffee Milk Bars"), E("Service", "K-Bars"), E("Company", "J. H. Whittaker New Zealand Ltd"),
           E("Location", "Malaysia")],
 # 'James Henry Whittaker (1868–1947) started the business in Christchurch in 1896' -> founder, current true; 'He was a
 # salesman for Cadbury's chocolate before and after his move to New Zealand' -> other at Cadbury, current false (a
 # post of the past: he went on to make his own chocolate from 1896; doubtful: a reader might give no role for a
 # salesman). Near-misses: 'established a partnership with his two sons, Ronald and James' -> no role for the sons
 # (partners are owners, no title; a reader might give cofounder from the firm's name '& Sons'); Leah Alice -> no role
 roles=[R(JHJ, "founder", JHW), R(JHJ, "other", "Cadbury", False)],
 # 'In 1992, the company formed J. H. Whittaker New Zealand Ltd.' -> parentOrganization(J. H. Whittaker New Zealand
 # Ltd, J.H. Whittaker & Sons, Ltd) (a company it set up; doubtful: 'formed' does not say it still owns it); the Peanut
 # Slab ('Whittaker's began exporting it'), Santé Bars, Toffee Milk Bars and K-Bars ('they also produced') ->
 # provider to J.H. Whittaker & Sons, Ltd. Near-misses: 'a salesman for Cadbury's chocolate' -> no partner (a person's
 # job, no relation between the companies); 'with third-generation Whittakers still the sole shareholders' -> no
 # relation (a family); 'expanded its market to Malaysia' -> nothing
 relations=[L("J. H. Whittaker New Zealand Ltd", "parentOrganization", JHW), L("Peanut Slab", "provider", JHW),
            L("Sant\u00e9 Bars", "provider", JHW), L("Toffee Milk Bars", "provider", JHW), L("K-Bars", "provider", JHW)],
 outages=[],
 # '1868', '1947' (the founder's years, each written twice: one item each), '1896', '1890', '1913', '1937', '1969',
 # '1985', '1992', 'June 2014'; 'the 1950s', 'the 1970s and 80s', 'the 1990s' (decades), 'from the age of 14' -> left out
 dates=[D("1868", "1868"), D("1947", "1947"), D("1896", "1896"), D("1890", "1890"), D("1913", "1913"),
        D("1937", "1937"), D("1969", "1969"), D("1985", "1985"), D("1992", "1992"), D("June 2014", "2014-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
