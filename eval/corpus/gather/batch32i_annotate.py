#!/usr/bin/env python3
"""Batch 32i gold annotations (the 8 texts of batch32i.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). All texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates); 'today', 'A year later', 'Four days later' -> relative or anaphoric, left out.
Conventions (GUIDELINES.md part 2 and the lane's batches 27b-32b): a completed purchase of a company -> acquired +
parentOrganization; a product or app bought (the text names no company bought) -> provider for the buyer as for the
maker, no acquired (batch 32b's Picasa); investors, funding rounds and shares -> nothing; a stated owner, parent or
unit -> parentOrganization; a business under its platform's name that the text treats as a company (acquires,
employees, 'the company') -> one Company; an app or client the text treats only as a product -> Service, and no role
attaches to it (no gold file has a role at a Service); styling that differs only in case -> no alias; former and later
names -> aliases; features, versions, protocols and events -> nothing; closures by owners -> no outage.
usage: batch32i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather33i/pool /tmp/gather33i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, people, provided, parents
import batch10_annotate as b10


A = {}
# ---- food delivery platforms ---------------------------------------------------------------------------------------
A["wp-wolt"] = dict(
 # 'Wolt Enterprises Oy, trading as Wolt, is a Finnish food delivery company' -> one Company under its legal name,
 # with the trade name as alias; iOS and Android (the platforms of 'Wolt's apps') -> Service; 'its own chain of
 # grocery stores called Wolt Market' -> Service (a brand Wolt runs; doubtful: a store chain, as batch 31i's brands);
 # DoorDash ('the American food delivery company') -> Company; Slush (led by a CEO; the text does not say what it is)
 # -> Organization (doubtful: an event organiser, not said to be a business); Helsinki, the US, Tokyo, Tel Aviv,
 # Berlin -> Location; 'Finnish', 'American' -> nothing
 entities=[E("Company", "Wolt Enterprises Oy", "Wolt")] + svc("iOS", "Android", "Wolt Market")
          + [E("Location", "Helsinki"), E("Company", "DoorDash"), E("Person", "Miki Kuusi", "Kuusi"),
             E("Organization", "Slush"), E("Location", "US")] + locs("Tokyo", "Tel Aviv", "Berlin"),
 # 'founded in 2014 by 6 founders, including Miki Kuusi' -> founder (no 'co-' in the text, as batch 32b's Myntra);
 # 'the former CEO of Slush and CEO of Wolt' -> ceo of Slush, not current ('former'), and ceo of Wolt, current;
 # 'has been responsible for DoorDash's business outside the US since May 2022' -> executive at DoorDash, current
 # (doubtful: a remit, no title named)
 roles=[R("Miki Kuusi", "founder", "Wolt Enterprises Oy"), R("Miki Kuusi", "ceo", "Slush", False),
        R("Miki Kuusi", "ceo", "Wolt Enterprises Oy"), R("Miki Kuusi", "executive", "DoorDash")],
 # 'Wolt was acquired by ... DoorDash', 'On 31 May 2022, the acquisition was completed' -> acquired +
 # parentOrganization ('merged into DoorDash through an exchange of shares' is the same purchase, told as announced);
 # 'Wolt also runs its own chain of grocery stores called Wolt Market' -> provider Wolt; the app platforms' makers are
 # not named -> nothing
 relations=[L("DoorDash", "acquired", "Wolt Enterprises Oy")] + parents("DoorDash", "Wolt Enterprises Oy")
           + provided("Wolt Enterprises Oy", "Wolt Market"),
 outages=[],
 # 'DoorDash operates in 29 countries today' -> 'today' against a null `published`: left out
 dates=[D("May 2022", "2022-05"), D("2014", "2014"), D("May 2023", "2023-05"), D("November 2021", "2021-11"),
        D("31 May 2022", "2022-05-31")])

A["wp-foodpanda"] = dict(
 # 'a Singaporean online food and grocery delivery platform owned by ... Delivery Hero', but 'Foodpanda acquired Eat
 # Oye, a rival company', 'employees operating in their company' -> one Company (doubtful, as batch 32b's Myntra and
 # batch 31b's Cyworld); 'foodpanda' differs only in case -> no alias; Delivery Hero and Eat Oye ('a rival company')
 # -> Company; the two founders and the three people who led the expansion -> Person; the cities, countries and
 # regions ('Asia', 'the Balkans') -> Location; 'Swiss', 'Singaporean' -> nothing
 entities=[E("Company", "Foodpanda"), E("Location", "Berlin"), E("Company", "Delivery Hero")]
          + locs("Asia", "Singapore", "China")
          + people("Lukas Nagel", "Rico Wyder")
          + locs("Malaysia", "Indonesia", "Philippines", "Taiwan", "Thailand", "Bangladesh", "Romania", "Balkans",
                 "Brunei", "Pakistan")
          + [E("Company", "Eat Oye")] + people("Ralf Wenzel", "Felix Plog", "Ben Bauer"),
 # 'Lukas Nagel and Rico Wyder established Foodpanda' -> founder each (as batch 32b's 'Established by'), current;
 # 'Global expansion ... was led by Ralf Wenzel, Felix Plog and Ben Bauer' -> no title: nothing (doubtful)
 roles=[R("Lukas Nagel", "founder", "Foodpanda"), R("Rico Wyder", "founder", "Foodpanda")],
 # 'owned by Berlin-based Delivery Hero', 'the lead brand for Delivery Hero in Asia' -> parentOrganization; 'In
 # February 2014, Foodpanda acquired Eat Oye, a rival company' -> acquired + parentOrganization
 relations=parents("Delivery Hero", "Foodpanda") + [L("Foodpanda", "acquired", "Eat Oye")]
           + parents("Foodpanda", "Eat Oye"),
 outages=[],
 # 'A year later in 2013' -> '2013' listed; 'A year later' (anaphoric, the same value) left out
 dates=[D("2012", "2012"), D("2013", "2013"), D("2014", "2014"), D("February 2014", "2014-02")])

# ---- messaging and live video ------------------------------------------------------------------------------------
A["wp-icq"] = dict(
 # 'ICQ New is a cross-platform instant messaging (IM) and VoIP client', 'the client was bought by AOL' -> Service,
 # with its current name 'ICQ New' as alias (doubtful: the text also calls 'ICQ New' the new software of 2020, read
 # here as the client's later name); Mirabilis ('the Israeli company'), AOL -> Company; 'Mail.Ru Group (now VK)' ->
 # one Company with its later name 'VK' and the short 'Mail.Ru' ('the Mail.Ru acquisition') as aliases; AIM ('later
 # instant messaging services like AIM') -> Service; 'Internet Relay Chat [IRC]' (a protocol, 'the most common
 # platform at the time') -> nothing (doubtful, as batch 32b's protocols); VoIP, 'Israeli' -> nothing
 entities=[E("Service", "ICQ", "ICQ New"), E("Company", "Mirabilis"), E("Company", "AOL"),
           E("Company", "Mail.Ru Group", "VK", "Mail.Ru"), E("Service", "AIM")],
 roles=[],
 # 'Originally developed by ... Mirabilis' -> provider Mirabilis; 'the client was bought by AOL in 1998, and then by
 # Mail.Ru Group' and 'the Mail.Ru Group, which owns ICQ' -> a product bought: provider AOL and provider Mail.Ru Group,
 # no acquired (the text names no company bought; doubtful: 'the Mail.Ru acquisition'); AIM's maker is not named ->
 # nothing
 relations=provided("Mirabilis", "ICQ") + provided("AOL", "ICQ") + provided("Mail.Ru Group", "ICQ"),
 outages=[],
 dates=[D("1996", "1996"), D("1998", "1998"), D("2010", "2010"), D("November 1996", "1996-11"), D("2001", "2001"),
        D("2020", "2020"), D("April 6, 2020", "2020-04-06"), D("2022", "2022")])

A["wp-kik-app"] = dict(
 # 'a freeware instant messaging mobile app from the Canadian company Kik Interactive' -> Service, with 'Kik
 # Messenger' as alias; Kik Interactive, Medialab Technology -> Company; iOS, iPadOS, visionOS and Android ('operating
 # systems') -> Service; the United States -> Location; SMS, ISP, 'Canadian' -> nothing
 entities=[E("Service", "Kik", "Kik Messenger"), E("Company", "Kik Interactive")]
          + svc("iOS", "iPadOS", "visionOS", "Android")
          + [E("Location", "United States"), E("Company", "Medialab Technology")],
 roles=[],
 # 'app from the Canadian company Kik Interactive' -> provider Kik Interactive; 'Kik Messenger was acquired by
 # Medialab Technology' -> an app bought: provider Medialab Technology, no acquired (doubtful, as ICQ); the
 # platforms' makers are not named -> nothing
 relations=provided("Kik Interactive", "Kik") + provided("Medialab Technology", "Kik"),
 outages=[],
 dates=[D("May 2016", "2016-05"), D("October 2019", "2019-10")])

A["wp-periscope-service"] = dict(
 # 'an American live video streaming app' -> Service; Android, iOS -> Service; 'Twitter, Inc.' (the buyer) ->
 # Company, and 'Twitter, now called X' ('incorporated into the app'; 'he turned to Twitter') -> Service with 'X' as
 # alias (its later name); 'They started the company ... under the name Bounty' -> Company 'Bounty'; investors: Founder
 # Collective, Maveron, Google Ventures, Menlo Ventures, Bessemer -> Company, 'Stanford \u2013 StartX' -> Organization (a
 # university's programme, as a non-business; doubtful), Scott Belsky and Sam Shank -> Person; Istanbul and Taksim
 # Square (a named site) -> Location; 'American' -> nothing
 entities=[E("Service", "Periscope")] + svc("Android", "iOS")
          + [E("Person", "Kayvon Beykpour", "Beykpour"), E("Person", "Joe Bernstein", "Bernstein"),
             E("Company", "Twitter, Inc."), E("Service", "Twitter", "X"), E("Location", "Istanbul"),
             E("Location", "Taksim Square"), E("Company", "Bounty"), E("Company", "Founder Collective"),
             E("Person", "Scott Belsky"), E("Company", "Maveron"), E("Company", "Google Ventures"),
             E("Company", "Menlo Ventures"), E("Company", "Bessemer"), E("Organization", "Stanford \u2013 StartX"),
             E("Person", "Sam Shank")],
 # 'Beykpour and Bernstein ... started the company in February 2014, under the name Bounty' -> founder each at
 # Bounty, current; 'developed by Kayvon Beykpour and Joe Bernstein' -> of a Service: no role
 roles=[R("Kayvon Beykpour", "founder", "Bounty"), R("Joe Bernstein", "founder", "Bounty")],
 # 'acquired by Twitter, Inc. before its launch' -> an app bought: provider Twitter, Inc., no acquired (the text does
 # not say Bounty was bought; doubtful); 'They started the company ... under the name Bounty' after 'the idea for
 # Periscope' -> provider Bounty (doubtful: the company is read as Periscope's maker); Twitter (the app) -> provider
 # Twitter, Inc.; 'They raised $1.5 million from ...' -> funding: nothing
 relations=provided("Twitter, Inc.", "Periscope", "Twitter") + provided("Bounty", "Periscope"),
 # 'The service was discontinued on 31 March 2021 due to declining usage, product realignment, and high maintenance
 # costs' -> an owner's closure, no outage (a near-miss)
 outages=[],
 dates=[D("March 2015", "2015-03"), D("31 March 2021", "2021-03-31"), D("2013", "2013"),
        D("February 2014", "2014-02"), D("April 2014", "2014-04")])

# ---- resale app ----------------------------------------------------------------------------------------------------
A["wp-depop"] = dict(
 # 'a peer-to-peer social e-commerce company' -> Company; the founder and the CEO -> Person; 'an Italian technological
 # incubator and business H-Farm start-up centre' -> Company (as batch 32b's Idealab); 'Paolo Barberis and Nana Bianca
 # were two of the first investors' -> Person each (doubtful: 'Nana Bianca' is read as a person's name, the text gives
 # no type); Red Circle Investment, Balderton Capital, Holtzbrinck Ventures -> Company; the cities and countries ->
 # Location; 'the 2016 Vans Warped Tour' (an event) -> nothing; 'Faroese', 'Italian' -> nothing
 entities=[E("Company", "Depop")] + locs("London", "Manchester", "Milan", "New York City", "United States",
                                         "United Kingdom", "Australia", "New Zealand", "Italy")
          + [E("Person", "Simon Beckerman", "Beckerman"), E("Company", "H-Farm"), E("Person", "Paolo Barberis"),
             E("Person", "Nana Bianca"), E("Company", "Red Circle Investment"), E("Person", "Runar Reistrup"),
             E("Company", "Balderton Capital"), E("Company", "Holtzbrinck Ventures")],
 # 'founded in 2011 by entrepreneur Simon Beckerman' -> founder, current; 'brought on ... Runar Reistrup as new CEO'
 # with 'In March 2016, former CEO, Runar Reistrup' -> ceo, not current
 roles=[R("Simon Beckerman", "founder", "Depop"), R("Runar Reistrup", "ceo", "Depop", False)],
 # seed investment, funding and investment from named investors -> nothing; 'founded ... at an ... incubator' ->
 # no ownership stated: nothing
 relations=[],
 outages=[],
 # 'the 2016 Vans Warped Tour' -> '2016' (its own text beside 'March 2016')
 dates=[D("2011", "2011"), D("2012", "2012"), D("October 2013", "2013-10"), D("2015", "2015"),
        D("March 2016", "2016-03"), D("2016", "2016")])

# ---- cloud storage and payments ----------------------------------------------------------------------------------
A["wp-mega-service"] = dict(
 # 'a file hosting service offered by Mega Cloud Services Limited' -> Service 'Mega' ('MEGA' differs only in case: no
 # alias); Mega Cloud Services Limited ('a company based in Auckland') with 'Mega Limited' ('Mega Limited responded
 # that the authorities have not interfered with its operations') as alias (doubtful: the text does not say they are
 # one company); Cloud Tech Services Limited -> Company; Kim Dotcom -> Person; 'the now-defunct service Megaupload',
 # Android, iOS, 'the Google Play marketplace', 'MEG Chat', Skype, FaceTime -> Service; Auckland, New Zealand, Hong
 # Kong and the United States ('the United States government') -> Location; 'the United States government', 'the New
 # Zealand government' (no body named; as batch 31b's governments) -> nothing beyond the country; 'a Chinese
 # investor' (unnamed), 'the MEGA Android application', 'the MEGA software development kit (SDK)' -> nothing
 entities=[E("Service", "Mega"), E("Company", "Mega Cloud Services Limited", "Mega Limited")]
          + locs("Auckland", "New Zealand", "Hong Kong")
          + [E("Company", "Cloud Tech Services Limited")] + svc("Android", "iOS")
          + [E("Person", "Kim Dotcom"), E("Service", "Megaupload"), E("Location", "United States")]
          + svc("Google Play", "MEG Chat", "Skype", "FaceTime"),
 # 'launched on 19 January 2013, by Kim Dotcom' -> no title stated; 'who had founded the now-defunct service
 # Megaupload' -> of a Service: no role (as batch 32b's Orkut); doubtful
 roles=[],
 # 'offered by Mega Cloud Services Limited' -> provider; 'owned by Hong Kong-based Cloud Tech Services Limited' ->
 # parentOrganization; 'MEGA launched MEG Chat' (MEGA as the business) -> provider Mega Cloud Services Limited
 # (doubtful); the other services' makers are not named -> nothing
 relations=provided("Mega Cloud Services Limited", "Mega", "MEG Chat")
           + parents("Cloud Tech Services Limited", "Mega Cloud Services Limited"),
 # 'Megaupload, which was seized by the United States government in 2012' -> a government's seizure (GUIDELINES,
 # Outages: government orders) -> no outage, a near-miss
 outages=[],
 dates=[D("19 January 2013", "2013-01-19"), D("2012", "2012"), D("2015", "2015"), D("2013", "2013"),
        D("4 July 2013", "2013-07-04"), D("8 July 2013", "2013-07-08"), D("February 2013", "2013-02"),
        D("December 2014", "2014-12"), D("mid-January 2015", "2015-01")])

A["wp-paysafecard"] = dict(
 # 'a prepaid online payment method' and 'a subsidiary brand' -> Service ('paysafecard' differs only in case: no
 # alias; '"Paysafe"', which the text says is an informal short form and also the group's brand, -> no alias;
 # doubtful); 'Two former competitors, Dutch Wallie and British Ukash' -> Service each (payment methods; doubtful);
 # Skrill ('British digital wallet provider', with 'the Skrill Group' as alias; also named among 'the digital
 # wallets Skrill and Neteller': one entity, doubtful) -> Company; 'the Optimal Payments Group' with its short form
 # 'Optimal Payments' and its later name 'Paysafe Group' -> one Company; Neteller -> Service; Austria, the United
 # Kingdom -> Location; 'my paysafecard' (an account within the service, a feature) -> nothing; 'the Paysafe brand'
 # -> nothing
 entities=[E("Service", "Paysafecard"), E("Location", "Austria")] + svc("Wallie", "Ukash")
          + [E("Company", "Skrill", "Skrill Group"),
             E("Company", "Optimal Payments Group", "Optimal Payments", "Paysafe Group"),
             E("Location", "United Kingdom"), E("Service", "Neteller")],
 roles=[],
 # 'paysafecard was acquired by ... Skrill' -> a product bought: provider Skrill; 'continues to be a subsidiary brand
 # of the Paysafe Group' -> provider Optimal Payments Group; 'in 2015 as part of the Skrill Group by the Optimal
 # Payments Group' -> the Skrill Group bought: acquired + parentOrganization; 'alongside ... the digital wallets Skrill
 # and Neteller' (brands of the Paysafe Group) -> provider Optimal Payments Group for Neteller; 'absorbed into
 # paysafecard' (Wallie, Ukash; no company named) -> nothing
 relations=provided("Skrill", "Paysafecard") + provided("Optimal Payments Group", "Paysafecard", "Neteller")
           + [L("Optimal Payments Group", "acquired", "Skrill")] + parents("Optimal Payments Group", "Skrill"),
 outages=[],
 dates=[D("2000", "2000"), D("2018", "2018"), D("2013", "2013"), D("2015", "2015")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
