#!/usr/bin/env python3
"""Batch 35f gold annotations (the 4 texts of batch35f.py), made from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). All texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2 and the lane's batches 31b-34f): an app, portal, card scheme or authentication tool
the text defines by the body or company that provides, operates or develops it -> Service, with provider to that
body even where it is a ministry or a central bank (Organization as provider, as batch 32's Pix and its Central Bank
of Brazil); 'a wholly owned subsidiary of' -> parentOrganization; a head of government and ministers -> minister,
a president -> president, with the country as org only where the text names the country on its own; an agency
administrator -> head; firms and banks that took a service up, with no contract or partnership stated -> no relation;
services withheld under sanctions -> no outage (near-miss).
usage: batch35f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather36f/pool /tmp/gather36f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, provided, parents
import batch10_annotate as b10


A = {}
# ---- public-sector portals and apps ----------------------------------------------------------------------------------
MDT = "Ministry of Digital Transformation of Ukraine"
A["wp-diia"] = dict(
 # 'Diia (Дія ...; also an acronym for Держава і Я ...) is a mobile app, a web portal and a brand of e-governance' ->
 # one Service with its Ukrainian name and the words its name abbreviates as aliases (the second doubtful, as batch
 # 34f's 'Open ICQ'); Ukraine, Davos, the United States with 'the US' -> Location; USAID and the ministry that
 # 'first presented' Diia -> Organization; Samantha Power, Mykhailo Fedorov, Volodymyr Zelensky, Oleksiy Honcharuk ->
 # Person; 'the 2023 World Economic Forum in Davos' (the annual meeting, an event) and 'the State in a Smartphone
 # project' (a programme) -> nothing (the first doubtful: the Forum is also a body); 'Ukrainian' (adjective),
 # 'the government', 'the state' -> nothing
 entities=[E("Service", "Diia", "\u0414\u0456\u044f", "\u0414\u0435\u0440\u0436\u0430\u0432\u0430 \u0456 \u042f"),
           E("Location", "Ukraine"), E("Location", "United States", "US"), E("Location", "Davos"),
           E("Organization", "USAID"), E("Person", "Samantha Power"), E("Organization", MDT),
           E("Person", "Mykhailo Fedorov"), E("Person", "Volodymyr Zelensky"), E("Person", "Oleksiy Honcharuk")],
 # 'USAID Administrator Samantha Power' -> head (the agency's administrator); 'Vice Prime Minister and Minister of
 # Digital Transformation Mykhailo Fedorov' -> one minister role at Ukraine; 'Ukrainian President Volodymyr Zelensky'
 # -> president at Ukraine; 'Prime Minister Oleksiy Honcharuk' -> minister at Ukraine (a head of government, as the
 # corpus's prime ministers); none is said to be former: all current
 roles=[R("Samantha Power", "head", "USAID"), R("Mykhailo Fedorov", "minister", "Ukraine"),
        R("Volodymyr Zelensky", "president", "Ukraine"), R("Oleksiy Honcharuk", "minister", "Ukraine")],
 # 'first presented ... by the Ministry of Digital Transformation of Ukraine as a brand of the State in a Smartphone
 # project' with the minister announcing the app and portal -> provider (the ministry runs the brand it presented;
 # doubtful: the text never says 'developed' or 'operated'); 'built in partnership with the United States' -> the
 # partner is a country (a Location), not an organisation: nothing
 relations=provided(MDT, "Diia"),
 outages=[],
 # 'the 2023 World Economic Forum' -> '2023'
 dates=[D("2020", "2020"), D("2023", "2023"), D("September 27, 2019", "2019-09-27"),
        D("February 6, 2020", "2020-02-06")])

MEITY = "Ministry of Electronics and Information Technology"
A["wp-digilocker"] = dict(
 # 'an Indian state-owned cloud digitization service provided by the Indian Ministry of Electronics and Information
 # Technology (MEITy)' -> Service and Organization (the adjective 'Indian' left out of the name, 'MEITy' its alias);
 # Narendra Modi -> Person; 'its Digital India initiative' (a programme), 'an Aadhaar number' (an identity number, as
 # batch 34f's 'Threema ID'), 'the CISCE board' and Kotak Mahindra Bank (in the paragraph cut off, not in the text),
 # 'the central government', 'municipal bodies' -> nothing; India is not named on its own (only 'Indian')
 entities=[E("Service", "DigiLocker"), E("Organization", MEITY, "MEITy"), E("Person", "Narendra Modi")],
 # 'launched to the public by Prime Minister Narendra Modi' -> the text names no country on its own ('Indian' only),
 # so no org for a minister role: nothing (doubtful; GUIDELINES, Roles: the country as org when named on its own)
 roles=[],
 # 'provided by the Indian Ministry of Electronics and Information Technology' -> provider
 relations=provided(MEITY, "DigiLocker"),
 outages=[],
 # 'in April' (the year not given) -> no absolute value: left out
 dates=[D("February 2015", "2015-02"), D("1 July 2015", "2015-07-01"), D("July 2016", "2016-07")])

# ---- payment and identity services -----------------------------------------------------------------------------------
CBR = "Central Bank of Russia"
NCPS = "Russian National Card Payment System"
A["wp-mir-payment-system"] = dict(
 # 'Mir (Russian: Мир ...) is a national payment system' -> Service with its Russian name; the Central Bank of Russia
 # -> Organization; Aeroflot, Russian Railways ('Russia-based companies'), the operator 'Russian National Card Payment
 # System' ('a wholly owned subsidiary'), 'US-based Visa and MasterCard' and Sberbank ('Russia's leading bank') ->
 # Company; Russia, South Ossetia, Turkey, Venezuela -> Location; 'the Russian government', 'several Russian banks',
 # '64 banks' -> nothing
 entities=[E("Service", "Mir", "\u041c\u0438\u0440"), E("Organization", CBR), E("Company", "Aeroflot"),
           E("Company", "Russian Railways"), E("Company", NCPS), E("Company", "Visa"), E("Company", "MasterCard"),
           E("Company", "Sberbank"), E("Location", "Russia")]
          + locs("South Ossetia", "Turkey", "Venezuela"),
 roles=[],
 # 'operated by the Russian National Card Payment System' -> provider; 'established by the Central Bank of Russia'
 # and run by its wholly owned subsidiary -> provider to the bank as well (as batch 32's Pix, 'created and managed
 # by'; doubtful); 'a wholly owned subsidiary of the Central Bank of Russia' -> parentOrganization; 'accepted ... by
 # ... Aeroflot or Russian Railways' and 'Sberbank ... started issuing them' -> no partnership stated: nothing;
 # 'several Russian banks were denied services by ... Visa and MasterCard because of the sanctions regime' -> services
 # withheld under sanctions, no system failed: no outage (near-miss)
 relations=provided(NCPS, "Mir") + provided(CBR, "Mir") + parents(CBR, NCPS),
 outages=[],
 # 'May 1, 2017' twice ('adopted in May 1, 2017', 'entering into force on May 1, 2017') -> one item; 'devised in
 # 2016' and 'By the end of 2016' -> one item '2016' (as batch 34f's 'As of 2019' and 'By 2019'); 'in 2019' twice ->
 # one item
 dates=[D("May 1, 2017", "2017-05-01"), D("2016", "2016"), D("December 2015", "2015-12"),
        D("October 2016", "2016-10"), D("November 2019", "2019-11"), D("January 2018", "2018-01"),
        D("2019", "2019")])

SK = "SK ID Solutions"
A["wp-smart-id"] = dict(
 # 'Smart-ID is an electronic authentication tool developed by SK ID Solutions, an Estonian company' -> Service and
 # Company; the European Union and the European Central Bank -> Organization ('the European Union's eIDAS Regulation':
 # the regulation, a law, -> nothing); iOS, Android and 'the Huawei AppGallery' (Huawei not named on its own) ->
 # Service; the Baltic States, Latvia, Lithuania, Estonia -> Location; eKool, Starman, Tallinn Kaubamaja Grupp (firms
 # with e-services), 'SEB bank', Swedbank and Dokobit ('offering its clients'; 'previously known as DigiDoc' -> alias)
 # -> Company; 'Qualified Signature Creator Device (QSCD)', 'Qualified Electronic Signature (QES)', 'a SIM card' (kinds
 # of thing), 'Swedbank's online banking' (unnamed) -> nothing
 entities=[E("Service", "Smart-ID"), E("Company", SK), E("Organization", "European Union"),
           E("Organization", "European Central Bank")]
          + svc("iOS", "Android", "Huawei AppGallery")
          + locs("Baltic States", "Latvia", "Lithuania", "Estonia")
          + [E("Company", "eKool"), E("Company", "Starman"), E("Company", "Tallinn Kaubamaja Grupp"),
             E("Company", "SEB bank"), E("Company", "Swedbank"), E("Company", "Dokobit", "DigiDoc")],
 roles=[],
 # 'developed by SK ID Solutions' and 'SK ID Solutions debuted the Smart-ID tool' -> provider; the firms that were
 # 'the first to implement Smart-ID authentication', the banks it 'was added ... to' and Dokobit offering it to its
 # clients -> users of the service with no contract or partnership with SK ID Solutions stated: nothing (doubtful: a
 # reader may take them for its customers); the makers of iOS, Android and the AppGallery are not named: nothing
 relations=provided(SK, "Smart-ID"),
 outages=[],
 # 'By 2021' -> '2021'; 'As of May 2023' -> 'May 2023'
 dates=[D("2021", "2021"), D("May 2023", "2023-05"), D("March 2023", "2023-03"), D("November 2016", "2016-11"),
        D("February 2017", "2017-02"), D("March 2017", "2017-03"), D("April 2017", "2017-04"),
        D("November 2019", "2019-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
