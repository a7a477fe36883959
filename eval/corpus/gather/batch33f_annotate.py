#!/usr/bin/env python3
"""Batch 33f gold annotations (the 7 texts of batch33f.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). All texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates); 'that same year', 'by the end of the year', 'in July of that year', 'Two
months later', 'currently' -> relative or anaphoric, left out.
Conventions (GUIDELINES.md part 2 and the lane's batches 27b-32l): a completed purchase of a company -> acquired +
parentOrganization; a service bought (the text names it, not a company, as bought) -> provider for the buyer, no
acquired (batch 32b's Picasa, batch 32i's ICQ); stakes -> nothing; a joint venture -> parentOrganization to each
owner + partner between the owners (batches 32d, 32j); a network a carrier supplies to an operator, an agreement
between two companies -> partner; a business under its platform's name that the text treats as a company
(headquarters, a purchase) -> one Company (batch 32l's Badoo); a platform or network brand the text treats only as a
service -> Service, and no role attaches to it; former names and nicknames -> aliases; closures by owners -> no
outage (near-misses).
usage: batch33f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather34f/pool /tmp/gather34f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, people, provided, parents
import batch10_annotate as b10


A = {}
# ---- messaging, social and app services -----------------------------------------------------------------------------
ML = "MXit Lifestyle (Pty) Ltd."
A["wp-mxit"] = dict(
 # 'a free instant messaging application developed by MXit Lifestyle (Pty) Ltd.' -> Service 'MXit' and Company
 # 'MXit Lifestyle (Pty) Ltd.'; 'Clockspeed Mobile ... became independent and on the 1 July 2006 became MXit Lifestyle
 # (Pty) Ltd.' -> a former name: alias of the company; Swist Group Technologies, Naspers ('media giant'), World of
 # Avatar ('investment group'), World Wide Worx ('consultancy') -> Company; the networks MXit connects to (Yahoo, ICQ,
 # Google Talk, Facebook, AIM, Windows Live Messenger: 'contacts' on other messaging services) -> Service ('Yahoo'
 # here the company's messenger network; doubtful); the game 'Alaya' -> Service (games are Service, GUIDELINES);
 # 'Herman' (the second mention of Herman Heunis) -> alias; South Africa, Stellenbosch, Africa -> Location; SMS, GPRS,
 # 'IM', 'Telco's', 'Massive Multiplayer Mobile game' -> nothing
 entities=[E("Service", "MXit"), E("Company", ML, "Clockspeed Mobile"), E("Location", "South Africa")]
          + svc("Yahoo", "ICQ", "Google Talk", "Facebook", "AIM", "Windows Live Messenger")
          + [E("Company", "World Wide Worx"), E("Location", "Africa"), E("Location", "Stellenbosch"),
             E("Person", "Herman Heunis", "Herman"), E("Company", "Swist Group Technologies"), E("Service", "Alaya"),
             E("Company", "Naspers"), E("Company", "World of Avatar")],
 # 'Herman Heunis established Swist Group Technologies' -> founder, current (a founding is not undone); 'the MXit
 # concept was conceived by Herman' -> no title at the Service (as batch 32b's Orkut): nothing
 roles=[R("Herman Heunis", "founder", "Swist Group Technologies")],
 # 'developed by MXit Lifestyle' -> provider; 'Clockspeed Mobile, a research and development division of Swist Group
 # Technologies' -> parentOrganization (past: it 'became independent'; kept, relations carry no time); 'Clockspeed
 # Mobile ... developed a ... game named Alaya' -> provider; 'Naspers acquired a 30% stake in the company' -> a stake:
 # nothing; 'MXit was acquired by ... World of Avatar' -> the text names the application as bought: provider World of
 # Avatar, no acquired (as batch 32b's Picasa; doubtful: a reader may take MXit for its company here)
 relations=provided(ML, "MXit", "Alaya") + parents("Swist Group Technologies", ML)
           + provided("World of Avatar", "MXit"),
 outages=[],
 # 'a 2011 study' -> '2011'; 'on the 1 July 2006' -> '1 July 2006'
 dates=[D("2011", "2011"), D("1997", "1997"), D("2000", "2000"), D("2003", "2003"), D("April 2004", "2004-04"),
        D("1 July 2006", "2006-07-01"), D("January 2007", "2007-01"), D("September 2011", "2011-09")])

A["wp-ask-fm"] = dict(
 # 'a Latvian question and answer network', 'The site', 'The platform', but 'Its headquarters was moved to Dublin ...
 # following its 2014 acquisition by IAC' and 'ASKfm did a major rebranding' -> one Company 'ASKfm' (doubtful, as
 # batch 32l's Badoo: the text mostly calls it a network or site), 'Ask.fm' (its former name, 'Ask.fm until ') ->
 # alias; Formspring ('a competitor', 'a rival') and Ask.com ('IAC (who also own Ask.com)') -> Service; IAC -> Company;
 # the brothers: 'Ilja (Ilja in Latvian spelling)' -> Person 'Ilja' with the Latvian form as alias (the text never
 # writes 'Ilja Terebin' in full; doubtful), 'Mark Terebin (Marks Terebins)' -> Person with the Latvian form as alias;
 # the three other founders -> Person; Latvia, Riga, Dublin, Ireland -> Location
 entities=[E("Company", "ASKfm", "Ask.fm"), E("Service", "Formspring"), E("Location", "Riga"), E("Location", "Latvia"),
           E("Location", "Dublin"), E("Location", "Ireland"), E("Company", "IAC"), E("Service", "Ask.com"),
           E("Person", "Ilja", "I\u013cja"), E("Person", "Mark Terebin", "Marks Terebins"),
           E("Person", "Oskars Liepi\u0146\u0161"), E("Person", "Val\u0113rijs Vi\u0161\u0146akovs"),
           E("Person", "Kl\u0101vs Sinka")],
 # 'The site was founded in Latvia by brothers Ilja ... and Mark Terebin ..., Oskars Liepins, Valerijs Visnakovs and
 # Klavs Sinka' -> founder each (no 'co-' in the text, as batch 32b's Napster), current
 roles=[R("Ilja", "founder", "ASKfm"), R("Mark Terebin", "founder", "ASKfm"),
        R("Oskars Liepi\u0146\u0161", "founder", "ASKfm"), R("Val\u0113rijs Vi\u0161\u0146akovs", "founder", "ASKfm"),
        R("Kl\u0101vs Sinka", "founder", "ASKfm")],
 # 'its 2014 acquisition by IAC' -> acquired + parentOrganization; 'IAC (who also own Ask.com)' -> provider; the
 # shutdown 'following an announcement made by their administrators' -> a closure by the owner: no outage (near-miss)
 relations=[L("IAC", "acquired", "ASKfm")] + parents("IAC", "ASKfm") + provided("IAC", "Ask.com"),
 outages=[],
 # 'As of November 2021' -> '2021-11'; 'Also from 2021' -> '2021'; '(Ask.fm until )' and 'launched on ,' carry no
 # date: nothing
 dates=[D("June 2010", "2010-06"), D("2021", "2021"), D("November 2021", "2021-11"), D("2010", "2010"),
        D("2014", "2014"), D("2013", "2013"), D("February 2015", "2015-02"), D("2016", "2016")])

SE = "Shazam Entertainment Limited"
A["wp-shazam-application"] = dict(
 # 'Shazam is an application' -> Service; 'the British company Shazam Entertainment' and 'Shazam Entertainment
 # Limited' -> one Company; 'Apple Inc.' with 'Apple' -> Company; the platforms (Android, macOS, iOS, Wear OS, watchOS,
 # 'a Google Chrome extension' -> Google Chrome) and the linked services (iTunes, Apple Music, Spotify, YouTube Music,
 # Groove Music) -> Service; London -> Location; 'British', 'The original UK developer' (an adjective use) -> nothing
 # (doubtful for 'UK')
 entities=[E("Service", "Shazam"), E("Company", SE, "Shazam Entertainment"), E("Location", "London"),
           E("Company", "Apple Inc.", "Apple")]
          + svc("Android", "macOS", "iOS", "Wear OS", "watchOS", "Google Chrome")
          + people("Chris Barton", "Philip Inghelbrecht", "Avery Wang", "Dhiraj Mukherjee")
          + svc("iTunes", "Apple Music", "Spotify", "YouTube Music", "Groove Music"),
 # 'Shazam Entertainment Limited, was founded in 1999 by Chris Barton, Philip Inghelbrecht, Avery Wang, and Dhiraj
 # Mukherjee' -> founder each, current
 roles=[R(p, "founder", SE) for p in ("Chris Barton", "Philip Inghelbrecht", "Avery Wang", "Dhiraj Mukherjee")],
 # 'created by the British company Shazam Entertainment' -> provider; 'has been owned by Apple Inc. since 2018' ->
 # provider Apple; 'the company was acquired by Apple for a reported $400 million' -> acquired + parentOrganization;
 # 'Apple Music' -> provider Apple (read from its name beside the annotated Apple; doubtful), iTunes, Spotify, YouTube
 # Music, Groove Music and the platforms -> their makers are not named in the text: nothing
 relations=provided(SE, "Shazam") + provided("Apple Inc.", "Shazam", "Apple Music")
           + [L("Apple Inc.", "acquired", SE)] + parents("Apple Inc.", SE),
 outages=[],
 dates=[D("2018", "2018"), D("1999", "1999"), D("24 September 2018", "2018-09-24")])

# ---- telecom services ------------------------------------------------------------------------------------------------
TM = "Tesco Mobile Limited"
A["wp-tesco-mobile"] = dict(
 # 'Tesco Mobile Limited is a mobile virtual network operator', 'the company was a 50:50 joint venture' -> Company with
 # 'Tesco Mobile'; Tesco ('British retailer'), its two subsidiaries, 'O2 UK' with 'the network O2' (the carrier and the
 # joint-venture owner taken as one; doubtful), Virgin Media O2 (not joined to O2 UK by the text: its own entity) and
 # Three Ireland ('the network operator') -> Company; the countries and 'the UK' -> Location; '4G service', 'SIM only'
 # -> nothing
 entities=[E("Company", TM, "Tesco Mobile"), E("Location", "United Kingdom", "UK"), E("Location", "Ireland"),
           E("Location", "Slovakia"), E("Location", "Czech Republic"), E("Company", "Tesco"),
           E("Company", "O2 UK", "O2"), E("Company", "Three Ireland"),
           E("Company", "Tesco Mobile Communications Limited"), E("Company", "Tesco Mobile Services Limited"),
           E("Company", "Virgin Media O2")],
 roles=[],
 # 'a 50:50 joint venture between Tesco ... and O2 UK' -> parentOrganization to each owner + partner Tesco-O2 UK (as
 # written); 'It is operated by British retailer Tesco' -> the same parentOrganization; 'through its subsidiaries Tesco
 # Mobile Communications Limited and Tesco Mobile Services Limited' -> parentOrganization of each to Tesco (which of
 # them holds the half is not told: no relation to the joint venture); 'using the network O2 as its carrier' and 'the
 # network operator is Three Ireland' -> supply: partner; 'Tesco Mobile and Virgin Media O2 signed a ten-year renewal
 # of their agreement' -> partner
 relations=parents("Tesco", TM, "Tesco Mobile Communications Limited", "Tesco Mobile Services Limited")
           + parents("O2 UK", TM)
           + [L("Tesco", "partner", "O2 UK"), L(TM, "partner", "O2 UK"), L(TM, "partner", "Three Ireland"),
              L(TM, "partner", "Virgin Media O2")],
 outages=[],
 dates=[D("May 2003", "2003-05"), D("January 2014", "2014-01"), D("December 2017", "2017-12"), D("2023", "2023"),
        D("January 2024", "2024-01")])

A["wp-mobile-by-sainsburys"] = dict(
 # 'Mobile by Sainsbury's was a mobile virtual network operator ... operated by Sainsbury's', 'close the service',
 # 'Their second iteration' -> Service (the text treats it as Sainsbury's service; no company of its own); the first
 # network 'called Sainsbury's One' with 'Sainsbury's Mobile' ('The 'One' brand name was later dropped') -> Service;
 # Tesco's 'Tesco Mobile network' -> Service; Sainsbury's, Tesco, Asda, Vodafone UK, Mosaic Group Inc. -> Company;
 # 'the BT Cellnet network (which became O2 in 2002)' and 'O2's tariffs' -> one Company 'BT Cellnet' with its later
 # name 'O2' (doubtful: the text says the network became O2); Sir Peter Davis -> Person; UK -> Location
 entities=[E("Service", "Mobile by Sainsbury's"), E("Location", "UK"), E("Company", "Sainsbury's"),
           E("Company", "Vodafone UK"), E("Company", "Tesco"), E("Company", "Asda"),
           E("Service", "Sainsbury's One", "Sainsbury's Mobile"), E("Company", "BT Cellnet", "O2"),
           E("Person", "Sir Peter Davis"), E("Company", "Mosaic Group Inc."), E("Service", "Tesco Mobile")],
 # 'Sir Peter Davis admitted in a letter written to a complaining customer' -> no post named in the text: nothing
 # (doubtful: a reader may take him for Sainsbury's head)
 roles=[],
 # 'operated by Sainsbury's' -> provider (both networks: 'Sainsbury's announced that they would be launching a new
 # MVNO ... called Sainsbury's One'); 'Tesco launched its Tesco Mobile network' -> provider; 'using the Vodafone UK
 # network', 'using the BT Cellnet network' -> supply between the operator and the carrier: partner (doubtful: the
 # text ties the networks to the services, the operator is Sainsbury's); 'one of its partners, Mosaic Group Inc.' ->
 # partner of Sainsbury's (the service's operator; doubtful); the two closures announced by the owner -> no outage
 # (near-misses)
 relations=provided("Sainsbury's", "Mobile by Sainsbury's", "Sainsbury's One") + provided("Tesco", "Tesco Mobile")
           + [L("Sainsbury's", "partner", "Vodafone UK"), L("Sainsbury's", "partner", "BT Cellnet"),
              L("Sainsbury's", "partner", "Mosaic Group Inc.")],
 outages=[],
 # 'autumn 2002' -> the year (a season), its own item beside '2002'
 dates=[D("July 2013", "2013-07"), D("January 2016", "2016-01"), D("2001", "2001"), D("2003", "2003"),
        D("October 2015", "2015-10"), D("15 January 2016", "2016-01-15"), D("18 October 2000", "2000-10-18"),
        D("2002", "2002"), D("2 January 2001", "2001-01-02"), D("autumn 2002", "2002"),
        D("18 July 2003", "2003-07-18"), D("September 2003", "2003-09")])

A["wp-tuenti"] = dict(
 # 'Tuenti Technologies, S.L.U is a mobile virtual network operator ... a Spain-based tech company' -> Company; 'the
 # Tuenti brand', 'created in 2006 as a social networking service', its mobile service and messaging app -> one
 # Service 'Tuenti' with its nickname 'Spanish Facebook' (GUIDELINES: nicknames are aliases; doubtful); Telefonica ->
 # Company; 'moved to O2', 'moved to Movistar' (mobile brands customers moved to) -> Service (doubtful: their operator
 # is not named); Spain, Latin America -> Location; 'Facebook' only inside the nickname -> nothing
 entities=[E("Company", "Tuenti Technologies, S.L.U"), E("Service", "Tuenti", "Spanish Facebook"),
           E("Company", "Telef\u00f3nica"), E("Location", "Spain"), E("Service", "O2"), E("Service", "Movistar"),
           E("Location", "Latin America")],
 roles=[],
 # 'operates with the Tuenti brand owned by Telefonica' -> provider for both; the owner of O2 and Movistar is not
 # told -> nothing; the Spanish service 'was terminated on 1 June 2022' (a closure by the owner) -> no outage
 # (near-miss)
 relations=provided("Tuenti Technologies, S.L.U", "Tuenti") + provided("Telef\u00f3nica", "Tuenti"),
 outages=[],
 dates=[D("2006", "2006"), D("2009", "2009"), D("2012", "2012"), D("1 June 2022", "2022-06-01")])

# ---- travel search -----------------------------------------------------------------------------------------------------
QU = "Qunar.com"
A["wp-qunar"] = dict(
 # 'Qunar.com is a Chinese online travel agency headquartered in Beijing', 'the company' (a purchase, a listing, a
 # privatisation) -> one Company with 'Qunar' and the Chinese name and pinyin of the opening bracket as aliases (as
 # batch 32l's Renren); 'The website' -> the same business, no alias; Baidu, Trip.com Group with its former name
 # 'Ctrip', Ocean Management Holdings Limited with its Chinese name, NASDAQ (a stock exchange) -> Company; 'the Civil
 # Aviation Administration of China (CAAC)' -> Organization; Beijing, China, Wuhan, Hubei -> Location; 'Chinese' (the
 # language and the adjective), COVID-19 -> nothing
 entities=[E("Company", QU, "Qunar", "\u53bb\u54ea\u513f", "Q\u00f9 n\u01ce \u00e9r"), E("Location", "Beijing"),
           E("Company", "Baidu"), E("Company", "NASDAQ"), E("Company", "Trip.com Group", "Ctrip"),
           E("Company", "Ocean Management Holdings Limited",
             "\u8fdc\u6d0b\u7ba1\u7406\u6709\u9650\u516c\u53f8"),
           E("Location", "China"), E("Organization", "Civil Aviation Administration of China", "CAAC"),
           E("Location", "Wuhan"), E("Location", "Hubei")],
 roles=[],
 # 'Baidu acquired a majority interest in the company' -> control bought: acquired + parentOrganization; 'Baidu sold
 # its stake in the company to Trip.com Group ... for a stake in Trip.com Group' -> stakes exchanged (the text does not
 # say the stake sold was still a majority, or that Trip.com took control): nothing (doubtful); 'the website was
 # acquired by Ocean Management Holdings Limited ..., and underwent privatisation by de-listing from NASDAQ' -> the
 # company bought and taken private: acquired + parentOrganization; listing on NASDAQ -> nothing; flights cancelled
 # after the outbreak and refund rules -> no outage (near-miss)
 relations=[L("Baidu", "acquired", QU), L("Ocean Management Holdings Limited", "acquired", QU)]
           + parents("Baidu", QU) + parents("Ocean Management Holdings Limited", QU),
 outages=[],
 dates=[D("May 2005", "2005-05"), D("2011", "2011"), D("November 2013", "2013-11"), D("October 2015", "2015-10"),
        D("February 2017", "2017-02"), D("January 21, 2020", "2020-01-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
