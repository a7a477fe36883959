#!/usr/bin/env python3
"""Batch 30b gold annotations (the 8 texts of batch30b.py, part 1: 6, part 2: 2), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the first quarter of 2016' -> 2016-Q1; 'On 2012' and 'on July 2012' (the
Touch 'n Go text's own wording) are absolute.
Conventions applied here (GUIDELINES.md part 2 and batches 26c/27b/27f/28b/29b): a completed purchase -> acquired +
parentOrganization; a stated owner, parent, subsidiary or majority holder -> parentOrganization; funding, investors
and minority stakes -> nothing; a named service, app, wallet, card, platform or brand the text says a company
launched, released, operates, owns or provides -> provider; a company whose own name is its service's and that the
text treats as a business -> one Company (batch 28b's Booking.com and Bilibili, batch 29b's Cabify); television
channels -> Company with their operator as parentOrganization (batch 27f's ProSieben channels); a joint venture, a
partnership and a collaboration between named companies -> partner; mergers with no buyer, competitors, members of an
association and users of a service -> nothing; roles only at a Company, an Organization or a country (a service is
no employer: batch 28b's VK).
usage: batch30b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10


A = {}
# ---- payments --------------------------------------------------------------------------------------------------
A["wp-bizum"] = dict(
 # 'Bizum is a payment service provider ... Constituted on 27 June 2016', it 'announced plans' and 'joined forces' ->
 # the business behind the payment system, one Company (doubtful: batch 29b typed Swish, launched by banks, Service;
 # here the text calls Bizum a provider and says it was constituted); 'Bizum Pay' -> Service; Italy's 'Bancomat Pay'
 # and Portugal's 'MB Way' (payment systems named as such) -> Service; 'the European Payments Alliance (EuropPA)'
 # (an alliance set up by an agreement) -> Organization (doubtful); the association -> Organization; the named banks
 # -> Company; countries -> Location; 'Spanish', 'Italy's' -> the country Italy is also named on its own
 entities=[E("Company", "Bizum"), E("Company", "CaixaBank"), E("Company", "BBVA"), E("Company", "Banco Sabadell"),
           E("Organization", "European Mobile Payment Systems Association"), E("Service", "Bizum Pay"),
           E("Location", "Italy"), E("Service", "Bancomat Pay"), E("Location", "Portugal"), E("Service", "MB Way"),
           E("Organization", "European Payments Alliance", "EuropPA"), E("Company", "Santander"),
           E("Company", "ABANCA"), E("Company", "Openbank"), E("Location", "Spain"), E("Location", "Andorra")],
 roles=[],
 # 'Bizum also announced plans to launch Bizum Pay' -> provider (a planned service named with its provider; as
 # batch 28b's planned services, doubtful); 'jointly launched by 27 Spanish banking entities, including CaixaBank,
 # BBVA, and Banco Sabadell' -> the founding banks of a company: no relation of the vocabulary (no ownership stated in
 # the text; the shareholders list was cut; doubtful); 'joined forces with Italy's Bancomat Pay and Portugal's MB
 # Way to launch the European Payments Alliance' -> partners are services here, not organisations: nothing
 # (doubtful); clients of Santander, ABANCA and Openbank -> nothing; the association's membership -> nothing
 relations=provided("Bizum", "Bizum Pay"),
 outages=[],
 dates=[D("2016", "2016"), D("27 June 2016", "2016-06-27"), D("2022", "2022"), D("2024", "2024"),
        D("2025", "2025"), D("31 March 2025", "2025-03-31")])

A["wp-venmo"] = dict(
 # 'a mobile payment service owned by PayPal' (twice 'a mobile payment service', never a company) -> Service;
 # PayPal -> Company; the Better Business Bureau -> Organization; Craigslist (a classified-ads website, 'and other
 # services') -> Service; the founders -> Person; the university -> Organization
 entities=[E("Service", "Venmo"), E("Company", "PayPal"), E("Organization", "Better Business Bureau"),
           E("Service", "Craigslist"), E("Person", "Andrew Kortina", "Kortina"),
           E("Person", "Iqram Magdon-Ismail", "Magdon-Ismail"), E("Organization", "University of Pennsylvania")],
 # 'Venmo was founded by two friends' -> no role: Venmo is typed a service and a service is no employer (batch 28b's
 # VK co-founders; doubtful); 'met as freshman roommates at the University of Pennsylvania' -> no title
 roles=[],
 # 'owned by PayPal' -> provider (a service owned by a company, as batch 29b's Taobao and Alibaba); 'a similar
 # business model to PayPal' -> nothing
 relations=provided("PayPal", "Venmo"),
 outages=[],
 dates=[D("2015", "2015"), D("the first quarter of 2016", "2016-Q1")])

TNG = "Touch 'n Go"
A["wp-touch-n-go-ewallet"] = dict(
 # the wallet -> Service; 'Touch 'n Go' (the card company) -> Company; Ant Financial -> Company; Maxis (a mobile
 # operator) and CIMB -> Company; FastTap (the phone payment service) -> Service; 'Nokia 6212 Classic' (a device) ->
 # Service; SoyaCincau (a technology news site) -> Company (GUIDELINES: news websites run as businesses); the earlier
 # app 'Touch 'n Go wallet' -> its own Service (the text says it was released before the partnership, 'at that
 # time'; doubtful: it may be the same app under its first name); 'Touch 'n Go cards' (the card the company
 # provides) -> Service (doubtful); Kuala Lumpur, Malaysia -> Location; 'Malaysian' -> nothing
 entities=[E("Service", "Touch 'n Go eWallet"), E("Location", "Kuala Lumpur"), E("Company", TNG),
           E("Company", "Ant Financial"), E("Location", "Malaysia"), E("Company", "Maxis"), E("Service", "FastTap"),
           E("Service", "Touch 'n Go cards"), E("Service", "Nokia 6212 Classic"), E("Company", "SoyaCincau"),
           E("Company", "CIMB"), E("Service", "Touch 'n Go wallet")],
 roles=[],
 # 'established ... as a joint venture between Touch 'n Go and Ant Financial' -> partner (a joint venture), and the
 # wallet is the venture's service: provider from each (doubtful: the text makes the service itself the joint
 # venture); 'partnership with Maxis' and 'collaborated with CIMB and Maxis' -> partner each (Maxis once); 'Touch 'n
 # Go provides contactless payment card' / 'Touch 'n Go cards' -> provider (doubtful); 'released its own existing
 # e-wallet application ... called Touch 'n Go wallet' -> provider; FastTap's operator is not said -> nothing; the
 # Nokia device's maker is named only inside its name -> nothing
 relations=[L(TNG, "partner", "Ant Financial"), L(TNG, "partner", "Maxis"), L(TNG, "partner", "CIMB")]
           + provided(TNG, "Touch 'n Go eWallet", "Touch 'n Go cards", "Touch 'n Go wallet")
           + provided("Ant Financial", "Touch 'n Go eWallet"),
 outages=[],
 # 'in two months time' -> relative, left out
 dates=[D("July 2017", "2017-07"), D("2009", "2009"), D("2012", "2012"), D("July 2012", "2012-07"),
        D("February 2017", "2017-02")])

# ---- media and delivery ----------------------------------------------------------------------------------------
MBC = "MBC Group"
A["wp-mbc-group"] = dict(
 # the group with its former name and its short names 'MBC' and 'MBC group' -> one Company; the Public Investment
 # Fund (a state-operated fund, as Temasek Holdings in batch 27e) -> Company (doubtful); Shahid -> Service; MBC 1 (a
 # channel, 'the first broadcaster') -> Company, as batch 27f's channels; the satellite operators Eutelsat, Arabsat
 # and Nilesat -> Company; Istedamah Holding Company -> Company; 'the Saudi government's Ministry of Finance' ->
 # Organization 'Ministry of Finance'; the regions and cities -> Location ('the Middle East and North Africa region'
 # -> Middle East, North Africa; 'the Arab world'); 'the Saudi league' and 'Saudi' -> nothing
 entities=[E("Company", MBC, "Middle East Broadcasting Center", "MBC", "MBC group"), E("Location", "Middle East"),
           E("Location", "North Africa"), E("Location", "London"), E("Location", "Dubai"), E("Location", "Riyadh"),
           E("Company", "Public Investment Fund"), E("Service", "Shahid"), E("Company", "MBC 1"),
           E("Location", "Arab world"), E("Person", "Sam Barnett", "Barnett"), E("Company", "Eutelsat"),
           E("Company", "Arabsat"), E("Company", "Nilesat"), E("Company", "Istedamah Holding Company"),
           E("Organization", "Ministry of Finance"), E("Person", "Waleed bin Ibrahim Al Ibrahim")],
 # 'The Group's current chairman is Sam Barnett' -> chairman, current; 'Barnett returned as MBC Group CEO in
 # December 2020' -> ceo, current (no later departure told); 'its founder Waleed bin Ibrahim Al Ibrahim' -> founder
 roles=[R("Sam Barnett", "chairman", MBC), R("Sam Barnett", "ceo", MBC),
        R("Waleed bin Ibrahim Al Ibrahim", "founder", MBC)],
 # 'majority owned by the ... Public Investment Fund' -> parentOrganization; '60% of MBC group was owned by Istedamah
 # Holding Company' -> the majority holder in 2023 -> parentOrganization (two owners as the text tells them; relations
 # carry no time); Istedamah 'a subsidiary of the Saudi government's Ministry of Finance' -> parentOrganization;
 # 'operates ... a video-on-demand service (Shahid)' -> provider; MBC 1 -> a channel of the group's ('operates over
 # 19 ... channels', MBC 1 named next): parentOrganization (doubtful: not said in so many words); 'broadcasts via
 # Eutelsat, Arabsat and Nilesat satellites' -> no partnership or contract stated: nothing (doubtful); the founder's
 # 40% -> a minority holding: nothing
 relations=parents("Public Investment Fund", MBC) + parents("Istedamah Holding Company", MBC)
           + parents("Ministry of Finance", "Istedamah Holding Company") + provided(MBC, "Shahid")
           + parents(MBC, "MBC 1"),
 outages=[],
 # 'In recent years' -> unresolvable, left out
 dates=[D("1991", "1991"), D("2002", "2002"), D("2022", "2022"), D("December 2020", "2020-12"),
        D("2011", "2011"), D("2023", "2023")])

A["wp-ifood"] = dict(
 # 'iFood is a Brazilian ... platform ... The company holds over 80% market share' -> a business under its service's
 # name: one Company (as batch 28b's Booking.com); Prosus, Naspers, Movile, Delivery Hero -> Company; 'PedidosYa' and
 # 'Domicilios.com', 'brands of Delivery Hero' -> Service (doubtful: batch 29b typed the brand FlixBus Company, but it
 # had founders and an owner of its own); countries -> Location; 'Dutch-based', 'Brazilian' -> nothing
 entities=[E("Company", "iFood"), E("Location", "Brazil"), E("Location", "Colombia"), E("Company", "Prosus"),
           E("Company", "Naspers"), E("Company", "Movile"), E("Location", "Argentina"), E("Service", "PedidosYa"),
           E("Service", "Domicilios.com"), E("Company", "Delivery Hero")],
 roles=[],
 # 'owned by Dutch-based Prosus (part of Naspers) and its Brazilian investment firm Movile' -> iFood's parents Prosus
 # and Movile; Prosus 'part of Naspers' -> parentOrganization; Movile, Prosus's ('its') firm -> parentOrganization
 # (doubtful: 'its' read as Prosus's); 'brands of Delivery Hero' -> provider; 'Delivery Hero which is also owned by
 # Prosus' -> parentOrganization; 'merged its businesses ... with rivals' (no buyer) -> nothing
 relations=parents("Prosus", "iFood", "Delivery Hero", "Movile") + parents("Movile", "iFood")
           + parents("Naspers", "Prosus") + provided("Delivery Hero", "PedidosYa", "Domicilios.com"),
 outages=[],
 dates=[D("August 2018", "2018-08"), D("March 2021", "2021-03")])

A["wp-viutvsix"] = dict(
 # the channel -> Company (batch 27f's channels); HK Television Entertainment with 'HKTVE' and PCCW -> Company; 'IPTV
 # platform Now TV' and 'media streaming service Viu' -> Service; Hong Kong -> Location
 entities=[E("Company", "ViuTVsix"), E("Location", "Hong Kong"),
           E("Company", "HK Television Entertainment", "HKTVE"), E("Company", "PCCW"), E("Service", "Now TV"),
           E("Service", "Viu")],
 roles=[],
 # 'operated by HK Television Entertainment' -> the channel's operator: parentOrganization (as batch 27f's channels);
 # 'whose parent company, PCCW' -> parentOrganization; 'also operates ... Now TV and ... Viu' -> provider each
 relations=parents("HK Television Entertainment", "ViuTVsix") + parents("PCCW", "HK Television Entertainment")
           + provided("PCCW", "Now TV", "Viu"),
 outages=[],
 dates=[])

IDS = sorted(A)

# ---- part 2 (annotated from the texts alone after part 1's commit, before newskg ran on either) -------------------
A2 = {}
A2["wp-pix-payment-system"] = dict(
 # the payment platform -> Service; the Central Bank of Brazil with 'BCB' -> Organization (a monetary authority, as
 # batch 29b's Central Bank of Sweden); Brazil -> Location; 'Brazilian real' (a currency) -> nothing
 entities=[E("Service", "Pix"), E("Location", "Brazil"), E("Organization", "Central Bank of Brazil", "BCB")],
 roles=[],
 # 'created and managed by ... the Central Bank of Brazil' -> provider (an Organization running a service, as the
 # Library of Congress's and the Wikimedia Foundation's services in earlier batches)
 relations=provided("Central Bank of Brazil", "Pix"),
 outages=[],
 dates=[D("February 2019", "2019-02"), D("16 November 2020", "2020-11-16"), D("July 2024", "2024-07"),
        D("February 2020", "2020-02")])

ET = "Ethio telecom"
A2["wp-ethio-telecom"] = dict(
 # the operator with its former name, 'ETC' and 'Ethio Telecom' -> one Company; Safaricom, France Télécom and the
 # four state-owned corporations named -> Company; Ethiopia, Addis Ababa -> Location; 'the Ethiopian government'
 # (no name of its own) -> nothing (doubtful); 'Big-5' (a grouping) -> nothing; 'Ethiopian' -> nothing
 entities=[E("Company", ET, "Ethiopian Telecommunications Corporation", "ETC", "Ethio Telecom"),
           E("Location", "Ethiopia"), E("Company", "Safaricom"), E("Location", "Addis Ababa"),
           E("Company", "Ethiopian Airlines"), E("Company", "Commercial Bank of Ethiopia"),
           E("Company", "Ethiopian Insurance Corporation"), E("Company", "Ethiopian Shipping Lines"),
           E("Company", "France Télécom")],
 roles=[],
 # 'managed, on a management contract arrangement from 2010 to 2013, by France Télécom' -> a contract between two
 # named companies -> partner; 'owned by the Ethiopian government' -> no named owner: nothing; Safaricom entering the
 # market (a competitor) and the 'Big-5' peers -> nothing
 relations=[L(ET, "partner", "France Télécom")],
 outages=[],
 # 'the recent liberalization', 'the near future' -> unresolvable, left out
 dates=[D("2010", "2010"), D("2013", "2013")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
