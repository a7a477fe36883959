#!/usr/bin/env python3
"""Batch 36j gold annotations (the texts of batch36j.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All five are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'by October of that year', 'Back then' and 'Currently' are left out. No text tells an
outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 27d-36d): a completed purchase -> acquired + parentOrganization, but a
purchase the text says was followed by absorbing the bought company -> acquired only (merged away); 'taken private by'
two named firms -> each acquired + parentOrganization and the two partners (a joint bid); 'X's parent company Y' and
'Y became the holding company of X' -> parentOrganization; a company 'managed by' an association -> parentOrganization
(doubtful); 'its subsidiary company X' -> parentOrganization; a company founded by two named companies -> partner
between the founders (a joint venture; doubtful), no parent; an alliance or partnership between two named companies
-> partner; an investment, a listing and a purchase of assets -> nothing; exchanges a company 'operates' under their
own names -> Service with provider (doubtful: an exchange could be read as a facility); a card a company 'launched'
-> Service with provider; people who 'founded' a company with another or others -> cofounder; stock exchanges ->
Company; a not-for-profit company limited by guarantee -> Organization (doubtful).
usage: batch36j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, people
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization

A = {}
# ---- payment processing, South Korea: BC Card -------------------------------------------------------------------------------
BC = "BC Card"
A["wp-bc-card"] = dict(
 # the company -> Company; 'its subsidiary company Smartro' -> Company; 'China's UnionPay, a state-owned payment
 # processing company' -> Company (run as a business); Shanghai Pudong Development Bank -> Company; the BC-UnionPay
 # 'China Tong Card' -> Service (the name inside the quotes; 'BC-UnionPay' read as its co-brand, not part of the
 # name; doubtful); South Korea, Seoul and China with 'mainland China' (an alias: the same country named as the
 # mainland) -> Location; 'the brand of "BC"', 'BC cards' and 'the BC card network' (the company's own card brand
 # and network, named by the company's initials; doubtful: might be a Service 'BC') -> nothing; 'Korean' (an
 # adjective) -> nothing
 entities=[E("Company", BC), E("Location", "South Korea"), E("Location", "Seoul"), E("Company", "Smartro"),
           E("Location", "China", "mainland China"), E("Company", "UnionPay"), E("Service", "China Tong Card"),
           E("Company", "Shanghai Pudong Development Bank")],
 roles=[],
 # 'through its subsidiary company Smartro' -> parentOrganization; 'it launched a partnership with China's UnionPay'
 # -> partner (direction as written); 'and launched the BC-UnionPay "China Tong Card."' -> provider (BC Card, the
 # subject of 'launched'; UnionPay's share in the co-brand not recorded; doubtful); 'established a local subsidiary
 # in China' (unnamed) -> nothing; Shanghai Pudong Development Bank's teller machines accepting BC cards (no
 # agreement stated) -> nothing; 'in charge of buying tickets (inbound) of foreign-issued UnionPay card' -> nothing
 # beyond the partner already recorded
 relations=[L("Smartro", "parentOrganization", BC), L(BC, "partner", "UnionPay"),
            L("China Tong Card", "provider", BC)],
 outages=[],
 dates=[D("2008", "2008")])

# ---- internet exchange, Germany: DE-CIX ----------------------------------------------------------------------------------------
DX = "DE-CIX"
XS = ["ALP-IX", "DE-CIX New York", "DE-CIX Dallas", "UAE-IX", "DE-CIX Palermo", "DE-CIX Marseille", "DE-CIX Istanbul",
      "Mumbai Convergence Hub"]
ECO = "eco \u2013 Association of the Internet Industry"
A["wp-de-cix"] = dict(
 # the exchange operator 'DE-CIX' with its expansion 'Deutscher Commercial Internet Exchange' -> Company (a commercial
 # exchange, 'carrier- and data-center-neutral'; 'DE-CIX in Frankfurt', its own exchange, the same name); the eight
 # exchanges it 'operates' under their own names ('Munich (ALP-IX)', 'New York City (DE-CIX New York)', ...) ->
 # Service (peering platforms members connect to; doubtful: an exchange might be read as a facility, a Location);
 # the founding ISPs 'Hamburg-based MAZ', 'EUnet from Dortmund' and 'XLink from Karlsruhe' -> Company; 'Electronic
 # Commerce Forum, now known as eco - Association of the Internet Industry' -> Organization (an association), the
 # present name as the name, the former name and 'eco' aliases; 'the Interxion data center' / 'the Interxion campus'
 # and 'the TelecityGroup data center' -> Interxion and TelecityGroup as Company (the data centres' operators, named
 # in the possessive way; the data centres themselves unnamed -> no Location); the cities, 'Gutleutviertel' (a
 # district), Germany, the United States and Europe -> Location; 'German' (an adjective) -> nothing
 entities=[E("Company", DX, "Deutscher Commercial Internet Exchange")]
          + locs("Frankfurt", "Germany", "D\u00fcsseldorf", "Hamburg", "Munich", "New York City", "Dallas", "Dubai",
                 "Palermo", "Marseille", "Istanbul", "Mumbai")
          + [E("Service", x) for x in XS]
          + locs("United States", "Gutleutviertel")
          + [E("Company", "MAZ"), E("Company", "EUnet"), E("Location", "Dortmund"), E("Company", "XLink"),
             E("Location", "Karlsruhe"), E("Organization", ECO, "Electronic Commerce Forum", "eco"),
             E("Company", "Interxion"), E("Location", "Europe"), E("Company", "TelecityGroup")],
 roles=[],
 # 'DE-CIX operates internet exchange points in ... (ALP-IX), ...' -> provider for each named exchange; 'DE-CIX was
 # originally managed by Electronic Commerce Forum, now known as eco' -> parentOrganization (the association that
 # ran it; past, recorded; doubtful: 'managed by' is not ownership in words); 'founded in 1995 by three Internet
 # Service Providers' and MAZ, EUnet and XLink 'the first to connect their networks' -> nothing (founders and first
 # members, no relation the predicates hold; a reader might take them for partners); moving its switching hardware
 # to the Interxion data center and a site at the TelecityGroup data center -> nothing (a tenancy the text does not
 # call a contract; doubtful: a reader might record partner, a colocation customer)
 relations=[L(x, "provider", DX) for x in XS] + [L(DX, "parentOrganization", ECO)],
 outages=[],
 dates=[D("April 2021", "2021-04"), D("1995", "1995"), D("1998", "1998"), D("2000", "2000"), D("2001", "2001"),
        D("2004", "2004")])

# ---- card network, Japan: JCB ------------------------------------------------------------------------------------------------------
JC = "JCB Co., Ltd."
A["wp-jcb-credit-card-company"] = dict(
 # the company with 'JCB', its former name 'Japan Credit Bureau', its Japanese name and the romanisation in the
 # opening bracket -> Company; 'Sanwa Bank (now MUFG Bank)' and 'Nippon Shinpan (now Mitsubishi UFJ NICOS)' -> one
 # Company each, the later name an alias (the text presents each as the same firm under a new name); Diners Club
 # International, Hokkaido Credit Bureau, Osaka Credit Bureau, Visa, MasterCard and Discover Network ('the Discover
 # network', the same name) -> Company (card networks and card companies); Tokyo, Japan and 'the United States' with
 # 'the U.S.' -> Location; 'Platinum Cards', 'JCB-branded cards' and 'Discover Network brand cards' (generic card
 # products) -> nothing
 entities=[E("Company", JC, "JCB", "Japan Credit Bureau", "\u682a\u5f0f\u4f1a\u793e\u30b8\u30a7\u30fc\u30b7\u30fc\u30d3\u30fc",
             "Kabushiki gaisha j\u0113 sh\u012b b\u012b"),
           E("Location", "Tokyo"), E("Location", "Japan"), E("Company", "Sanwa Bank", "MUFG Bank"),
           E("Company", "Nippon Shinpan", "Mitsubishi UFJ NICOS"), E("Company", "Diners Club International"),
           E("Company", "Hokkaido Credit Bureau"), E("Company", "Osaka Credit Bureau"),
           E("Location", "United States", "U.S."), E("Company", "Visa"), E("Company", "MasterCard"),
           E("Company", "Discover Network")],
 roles=[],
 # 'Japan Credit Bureau was founded in 1961 by Sanwa Bank ... and Nippon Shinpan' -> partner(Sanwa Bank, Nippon
 # Shinpan) (a company two firms set up together, read as a joint venture; no parent recorded, since the text never
 # says either owns it; doubtful both ways); 'after purchasing, and then absorbing, Hokkaido Credit Bureau and Osaka
 # Credit Bureau in 1968' -> acquired for each, no parentOrganization (absorbed: merged away); 'JCB announced an
 # alliance with Discover Network. The two companies signed a long-term agreement' -> partner; 'the Japanese branch
 # of Diners Club International' (a rival) and Visa and MasterCard (named as networks JCB is not like) -> nothing;
 # 'affiliated with financial institutions to issue JCB-branded cards' (none named) -> nothing
 relations=[L("Sanwa Bank", "partner", "Nippon Shinpan"), L(JC, "acquired", "Hokkaido Credit Bureau"),
            L(JC, "acquired", "Osaka Credit Bureau"), L(JC, "partner", "Discover Network")],
 outages=[],
 # 'As of 2020' gives its year
 dates=[D("1961", "1961"), D("1968", "1968"), D("2020", "2020"), D("2006", "2006"), D("2011", "2011")])

# ---- DNS registry, UK: Nominet UK -----------------------------------------------------------------------------------------------
NO = "Nominet UK"
A["wp-nominet-uk"] = dict(
 # the registry with 'Nominet' -> Organization ('a not-for-profit company limited by guarantee'; doubtful: a reader
 # might type it Company, as it sells registrations); IANA (named by its initials only) -> Organization; 'Dr. Willie
 # Black' -> Person 'Willie Black' (the title is not part of the name); 'its predecessor, the "Naming Committee"' ->
 # Organization; the domains (.uk, .co.uk, .wales, .cymru ...) and 'the .uk register' -> nothing (namespaces, not
 # named services; doubtful); 'internet service providers', 'registrars' (none named) -> nothing
 entities=[E("Organization", NO, "Nominet"), E("Organization", "IANA"), E("Person", "Willie Black"),
           E("Organization", "Naming Committee")],
 # 'Nominet was founded by Dr. Willie Black and five others' -> cofounder (founded with others), current
 roles=[R("Willie Black", "cofounder", NO)],
 # 'delegated by IANA to be the manager of the .uk domain name' (a delegation, not ownership) -> nothing; the
 # 'Naming Committee' as predecessor -> nothing; members who 'act as shareholders' (none named) -> nothing
 relations=[],
 outages=[],
 # 'As of February 2021' gives its month
 dates=[D("February 2021", "2021-02"), D("February 2020", "2020-02"), D("14 May 1996", "1996-05-14")])

# ---- data centres, UK and Europe: TelecityGroup ---------------------------------------------------------------------------------
TG = "Telecity Group plc"
A["wp-telecitygroup"] = dict(
 # the group with its former names 'TelecityRedbus' and 'Telecity' and the short form 'Telecity Group' -> Company;
 # TeleCity Limited, its parent 'TeleCity plc' ('Telecity plc' in one place, the same name), Redbus Interhouse
 # Limited with 'Redbus Interhouse plc' (the same company after its flotation) and 'Redbus' (the business trading
 # with TeleCity), Globix Holdings (UK) Limited and 'the US-based Globix Corporation' -> Company, the Globix two
 # kept apart (the text does not tie them); '3i Group' with '3i', Oak Hill, Equinix and the London Stock Exchange
 # -> Company; Mike Kelly and Anish Kapoor -> Person; Manchester University -> Organization; Manchester and 'London
 # Docklands' -> Location; 'the two business, TeleCity and Redbus' -> 'TeleCity' left unassigned (it might be
 # TeleCity Limited or TeleCity plc, and 'Telecity' is the group's own former name); 'European' -> nothing
 entities=[E("Company", TG, "TelecityRedbus", "Telecity", "Telecity Group"), E("Company", "London Stock Exchange"),
           E("Company", "Equinix"), E("Company", "TeleCity Limited"),
           E("Company", "Redbus Interhouse Limited", "Redbus Interhouse plc", "Redbus"),
           E("Company", "Globix Holdings (UK) Limited")] + people("Mike Kelly", "Anish Kapoor")
          + [E("Organization", "Manchester University"), E("Location", "Manchester"), E("Company", "3i Group", "3i"),
             E("Location", "London Docklands"), E("Company", "TeleCity plc"), E("Company", "Oak Hill"),
             E("Company", "Globix Corporation")],
 # 'TeleCity Limited was founded by Mike Kelly and Anish Kapoor' -> cofounder each (current: founders stay founders,
 # the convention, though the company was later merged into the group)
 roles=[R("Mike Kelly", "cofounder", "TeleCity Limited"), R("Anish Kapoor", "cofounder", "TeleCity Limited")],
 # 'until it was acquired by Equinix in January 2016' -> acquired + parentOrganization; 'TeleCity Limited's parent
 # company, TeleCity plc' -> parentOrganization; 'Telecity Group plc ... became the holding company of Telecity plc'
 # -> parentOrganization; 'TeleCity plc was taken private by 3i and Oak Hill' -> acquired + parentOrganization for
 # each buyer and partner(3i Group, Oak Hill) (a joint buy; doubtful: a reader might record the purchase for one
 # entity only); 'Telecity Group acquired Redbus Interhouse plc' -> acquired + parentOrganization (the text says the
 # two traded together under one name, not that Redbus was merged away); '3i Group made an investment of £24
 # million' -> nothing (an investment); 'bought the European assets of the US-based Globix Corporation' -> nothing
 # (an asset purchase); 'the uniting of three separate companies' -> nothing (no buyer said for Globix Holdings);
 # the listings -> nothing
 relations=acq("Equinix", TG) + [L("TeleCity Limited", "parentOrganization", "TeleCity plc"),
                                 L("TeleCity plc", "parentOrganization", TG)]
           + acq("3i Group", "TeleCity plc") + acq("Oak Hill", "TeleCity plc") + [L("3i Group", "partner", "Oak Hill")]
           + acq(TG, "Redbus Interhouse Limited"),
 outages=[],
 # 'by October of that year' (2005, counted from the sentence) left out; 'Later in 2006' gives its year
 dates=[D("January 2016", "2016-01"), D("April 1998", "1998-04"), D("July 1998", "1998-07"), D("July 1999", "1999-07"),
        D("March 2000", "2000-03"), D("June 2000", "2000-06"), D("September 2005", "2005-09"),
        D("November 2005", "2005-11"), D("January 2006", "2006-01"), D("2006", "2006")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
