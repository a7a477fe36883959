#!/usr/bin/env python3
"""Batch 37t gold annotations (the texts of batch37t.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): test the LSE 'Technology' section, train Mt. Gox, dev TradElect. `published` is null on all
three (Wikipedia pages carry no date): only absolute dates are listed (GUIDELINES.md, Dates); a day and month with no
year of its own ('on 2 November', 'On 18 July') is left out, and the outage it dates gets no date.
Conventions: the provider of an exchange outage is the exchange whose trading system failed (the London Stock
Exchange for TradElect on 8 September 2008 and for the Millennium Exchange system's Turquoise outage); `affected`
names the platform or venue whose trading stopped. Software and platforms (TradElect, Millennium Exchange, Sets,
Infolect, .NET, Windows, Linux, SQL Server, HP ProLiant) are Service, as the corpus types Windows and Linux; a company
named only inside a product name (HP, Microsoft in 'Microsoft SQL Server 2000') is not annotated on its own
(GUIDELINES.md, Types). 'Developed by' reads as 'makes' (GOLD_FORMAT's provider: operated/provided/owned; GUIDELINES:
makes/runs), so a platform may have its operator and its developers as providers (doubtful). Mt. Gox's suspension of
trading as it went bankrupt is a business failure (GUIDELINES.md, Outages): no outage, a near-miss.
usage: batch37t_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38t/pool /tmp/gather38t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
LSE = "London Stock Exchange"

A["wp-tradelect"] = dict(
 # 'the London Stock Exchange' / 'the LSE's technology' -> Company with alias LSE; the platform 'TradElect', the
 # system it replaced 'Sets' and its market-data part 'Infolect' -> Service; the stack it ran on ('HP ProLiant
 # servers', 'Windows Server 2003', '.NET technology', 'Microsoft SQL Server 2000') -> Service, HP and Microsoft not
 # named on their own; the two exchanges that adopted it -> Company (exchanges are businesses); 'the Wall Street
 # Journal' -> Company (a newspaper); 'Celent' (whose analyst speaks) -> Company; 'Cubillas Ding' -> Person;
 # 'Europe' -> Location; the 'Markets in Financial Instruments Directive' is a law: nothing
 entities=[E("Service", "TradElect"), E("Company", LSE, "LSE"), E("Service", "HP ProLiant"),
           E("Service", "Windows Server 2003"), E("Service", ".NET"), E("Service", "Microsoft SQL Server 2000"),
           E("Service", "Sets"), E("Service", "Infolect"), E("Company", "Oslo Stock Exchange"),
           E("Company", "Johannesburg Stock Exchange"), E("Company", "Wall Street Journal"), E("Company", "Celent"),
           E("Person", "Cubillas Ding")] + locs("Europe"),
 # 'Celent analyst Cubillas Ding' -> analyst at Celent
 roles=[R("Cubillas Ding", "analyst", "Celent")],
 # 'the London Stock Exchange's main electronic trading platform' -> provider; Sets ('The system which TradElect
 # replaced') and Infolect ('an integrated part of TradElect') are the LSE's systems too (a careful reader is sure of
 # the first as the platform TradElect replaced at the LSE; the second as part of TradElect; doubtful for Sets). The
 # Oslo Stock Exchange adopted TradElect 'as part of a strategic partnership agreement' -> partner with the LSE,
 # whose platform it is (the agreement's other side is not named: doubtful). The Johannesburg Stock Exchange 'also
 # adopted TradElect' with no agreement told: nothing (doubtful: a customer relation may be read in)
 relations=[L("TradElect", "provider", LSE), L("Sets", "provider", LSE), L("Infolect", "provider", LSE),
            L("Oslo Stock Exchange", "partner", LSE)],
 # one outage: 'On 8 September 2008, TradElect trading was mostly unavailable for over 7 hours'; provider the LSE,
 # whose platform and 'network software' failed (its own claim; the analyst's reading, volumes the system could not
 # cope with, is given as his conclusion, not as the cause); no clock times; 'over 7 hours' -> 7; location null (the
 # traders' walk-out at the exchange is no statement of where the failure was). 'Another major technical fault had
 # occurred less than a year earlier' is undated, not said to have stopped trading, and one of the 'three previous
 # ones' counted by the analyst: no event (doubtful)
 outages=[O(LSE, "2008-09-08", ["TradElect"], dur=7.0, cause="unspecified fault with network software")],
 # 'from 2007 to 2011'; 'In April 2010'; 'On 8 September 2008'; durations ('four years', '10 years old') and 'less
 # than a year earlier' (relative to 2008, not a calendar value) left out
 dates=[D("2007", "2007"), D("2011", "2011"), D("April 2010", "2010-04"), D("8 September 2008", "2008-09-08")])

A["wp-london-stock-exchange-technology"] = dict(
 # 'The LSE' / 'the London Stock Exchange' -> Company; its platforms 'Millennium Exchange' and 'TradElect', the
 # 'Turquoise dark pool trading venue' (a trading venue users trade on; typed Service, doubtful: it could be read as a
 # business), 'Microsoft's .NET Framework', 'Windows' and 'Linux' -> Service; 'Microsoft', 'Accenture' and 'Millennium
 # IT, a Sri Lankan IT company' -> Company; 'Xavier Rolet' -> Person; the '"Get the Facts" campaign' is a campaign:
 # nothing; 'Sri Lankan' an adjective
 entities=[E("Company", LSE, "LSE"), E("Service", "Millennium Exchange"), E("Service", "Linux"),
           E("Service", "TradElect"), E("Service", ".NET Framework"), E("Company", "Microsoft"),
           E("Company", "Accenture"), E("Service", "Windows"), E("Service", "Turquoise"), E("Company", "Millennium IT"),
           E("Person", "Xavier Rolet")],
 # 'LSE chief executive Xavier Rolet' -> ceo, current (no word says he has left)
 roles=[R("Xavier Rolet", "ceo", LSE)],
 # 'The LSE's current trading platform is its own ... "Millennium Exchange"' and 'The old trading platform TradElect'
 # -> provider LSE; 'The system, which was developed by Millennium IT' and TradElect 'was developed by Microsoft and
 # Accenture' -> provider (makers; doubtful, see the docstring); 'Microsoft's .NET Framework' -> provider; Windows in
 # Microsoft's own campaign for it -> provider (a careful reader is sure); 'Millennium IT ... bought by the LSE in
 # 2009' -> acquired and parentOrganization. Turquoise is not said to be the LSE's in this text: no relation
 relations=[L("Millennium Exchange", "provider", LSE), L("Millennium Exchange", "provider", "Millennium IT"),
            L("TradElect", "provider", LSE), L("TradElect", "provider", "Microsoft"),
            L("TradElect", "provider", "Accenture"), L(".NET Framework", "provider", "Microsoft"),
            L("Windows", "provider", "Microsoft"), L(LSE, "acquired", "Millennium IT"),
            L("Millennium IT", "parentOrganization", LSE)],
 # one outage: 'a 2-hour outage of the Turquoise venue on 2 November', after which the new system 'was taken out of
 # service'; provider the LSE, whose Millennium Exchange system it was (the developer Millennium IT not blamed);
 # date null ('on 2 November' has no year and published is null, though 'In October 2010' makes 2010 plain); no
 # clock times; duration 2; affected Turquoise (the system's withdrawal afterwards was a decision, not the outage);
 # cause 'human error'. 'After suffering extended downtime and unreliability' counts no outage apart: no event
 outages=[O(LSE, None, ["Turquoise"], dur=2.0, cause="human error")],
 # 'in 2009' (twice, one item), 'in 2010', 'In October 2010', 'early in 2011' (-> the year), 'In February 2011';
 # 'on 1 November', 'on 2 November', 'in December' (no year of their own) left out
 dates=[D("2009", "2009"), D("2010", "2010"), D("October 2010", "2010-10"), D("early in 2011", "2011"),
        D("February 2011", "2011-02")])

A["wp-mt-gox"] = dict(
 # 'Mt. Gox' -> Company (an exchange run as a business); 'Shibuya, Tokyo, Japan' -> three Locations ('Tokyo security
 # company WizSec' repeats Tokyo); 'WizSec' -> Company; 'programmer Jed McCaleb' / 'McCaleb' -> Person; 'the Magic:
 # The Gathering Online tradable card game service' and 'his card game The Far Wilds' -> Service; 'Slashdot' (a news
 # website run as a business) -> Company (GUIDELINES.md, news organisations). 'bitcoin (BTC)' is a currency, not a
 # service the text presents: nothing (doubtful); 'US dollars' nothing
 entities=[E("Company", "Mt. Gox"), E("Company", "WizSec"), E("Person", "Jed McCaleb", "McCaleb"),
           E("Service", "Magic: The Gathering Online"), E("Service", "The Far Wilds"), E("Company", "Slashdot")]
          + locs("Shibuya", "Tokyo", "Japan"),
 # McCaleb bought the domain, decided 'the bitcoin community needed an exchange' and Mt. Gox 'launched its exchange'
 # on that domain -> founder of Mt. Gox (the text does not use the word: doubtful); 'programmer' is no title
 roles=[R("Jed McCaleb", "founder", "Mt. Gox")],
 # no ownership, purchase, partnership or named company's service is told (the infobox owner Tibanne Ltd. is cut;
 # 'its exchange and price quoting service' is unnamed; The Far Wilds is 'his' game, a person's)
 relations=[],
 # near-miss: 'In February 2014, Mt. Gox suspended trading, closed its website and exchange service, and filed for
 # bankruptcy protection' / 'abruptly ceased operations' -- a business failure, not a service outage
 outages=[],
 # 'Launched in 2010' ('2010'), 'early 2014', 'February 2014', 'April 2014', 'April 2015', 'late 2011', 'late 2006',
 # 'January 2007', 'late 2007', '2009', 'July 2010'; 'On 18 July' (no year of its own) and 'three months' left out
 dates=[D("2010", "2010"), D("early 2014", "2014"), D("February 2014", "2014-02"), D("April 2014", "2014-04"),
        D("April 2015", "2015-04"), D("late 2011", "2011"), D("late 2006", "2006"), D("January 2007", "2007-01"),
        D("late 2007", "2007"), D("2009", "2009"), D("July 2010", "2010-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
