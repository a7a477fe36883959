#!/usr/bin/env python3
"""Batch 62c gold annotations (the texts of batch62c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-61c; batch10_annotate.write_parts), so with three texts: test, train, dev. The two Signpost texts
carry their issue date as `published` (10 April 2006 and 5 July 2010, both Mondays), so their relative expressions are
resolved against it ('Sunday' -> the day before; 'February of last year' -> 2005-02; GUIDELINES.md, Dates); 'Over the
weekend' -> nothing (GUIDELINES: 'this weekend' -> skip); 'shortly afterwards', 'for about an hour', 'over the last
couple years', 'for a number of years' -> nothing (unresolvable or durations). Times given in UTC are written as the
text gives them ('19:19 UTC' -> 2006-04-09T19:19), as batch 18a wrote the Cogent outage's '17:20 UTC'. The Netcom text
is Wikipedia with `published` null: only absolute dates; 'the mid-1990s' (a part of a decade, as batches 60d-61c read
'the mid-1980s') -> nothing.
Outages (GUIDELINES, Outages; batch 35g's hosting-provider outages): the provider is whose systems failed -- the
colocation centre's operator PowerMedium for the 2006 failure ('PowerMedium had some sort of network and/or power
outage'; 'an 800-amp breaker in the main PDU failed'), the Wikimedia Foundation for the 2010 failure in 'the internal
power network of one of its main data centers'; `affected` lists only named services (the English Wikipedia in 2006;
none in 2010, 'all Wikimedia projects' naming no one service, as 315 of train's and dev's 465 outages list none).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g, 60k, 61c; for
Wikimedia texts batches 13b and 18a): the Wikimedia Foundation -> Organization (a non-profit), the websites it runs ->
Service with provider the Foundation (as train's Cogent and Amsterdam outages have it); founders by the binding
decision (Roles, 'Founders'): two people named together as establishing Netcom -> cofounder each; 'turned the
presidency of Netcom over to David W. Garrison' -> president, former for the one who handed it over, current for the
one who took it; 'a former Chief Technical Officer (CTO)' -> cto, current false; trades ('an information systems
engineer for Lockheed', 'the only system administrator', 'Developers') -> no role (batch 57f's "'engineer'
is no title"); 'formerly of SkyTel', 'of System V' (no title) -> no role; software named without its maker ('Xenix',
'Windows 3.1') -> Service, no provider (as batch 61c's 'CP/M', 'MS-DOS'); a processor named with its maker's name
('Intel 80386') -> Service, the maker not an entity (GUIDELINES, Types: a company named only inside a product name);
equipment bought from a named maker ('equipment from Sun Microsystems') -> partner, the supplier first (batch 18b's
rule, as batch 61c's government contracts; doubtful); technical terms ('T1', 'Frame Relay', 'UUCP', 'PDU', 'IRC',
'dialup shell accounts') and e-mail address formats ('user@netcom.com') -> nothing.
usage: batch62c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- internet/web hosting, US: the Signpost, 10 April 2006 -----------------------------------------------------------
A["wp-signpost-wikimedia-power-outage-2006"] = dict(
 # 'Wikimedia' ('Wikimedia projects', 'Wikimedia sites'; the only form of the organisation's name in the text) ->
 # Organization (doubtful: the text uses it only as a modifier; it is needed as the org of Vibber's post, which the
 # Signpost's context makes clear); 'the English Wikipedia' -> Service 'English Wikipedia'; 'Florida' ('the Florida
 # colocation center') -> Location; 'Brion Vibber' (alias 'Vibber'), 'Rob Church' -> Person; 'PowerMedium' (the
 # colocation centre's operator, by Vibber's quotation) -> Company. No entity: the '#wikipedia IRC channel' and the
 # '#wikimedia-tech channel' (chat channels, not products; a near-miss), 'IRC', 'PDU' (technical terms),
 # 'Developers', 'colocation center staff' (generic)
 entities=[E("Organization", "Wikimedia"), E("Location", "Florida"), E("Service", "English Wikipedia"),
           E("Person", "Brion Vibber", "Vibber"), E("Company", "PowerMedium"), E("Person", "Rob Church")],
 # 'Chief Technical Officer Brion Vibber' -> cto at Wikimedia, current true (the post he held when he reported; the
 # org implied by the story on Wikimedia's sites). Near-miss, no role: 'Rob Church reported that the developers ...'
 # -> nothing (no title; a reader might guess developer, a trade)
 roles=[R("Brion Vibber", "cto", "Wikimedia")],
 # 'the majority of Wikimedia sites, including the English Wikipedia' -> provider(English Wikipedia, Wikimedia).
 # Near-miss, no relation: Wikimedia and PowerMedium -> nothing (the text ties PowerMedium to 'the Florida
 # colocation center' only through Vibber's quotation and never says Wikimedia is its customer; doubtful: a reader
 # might give partner for the hosting)
 relations=[L("English Wikipedia", "provider", "Wikimedia")],
 # two outages told apart:
 # 1) 'On 9 April at 19:19 UTC, the majority of Wikimedia sites, including the English Wikipedia, became unavailable'
 #    after 'a technical failure at the Florida colocation center' ('PowerMedium had some sort of network and/or power
 #    outage'; 'an 800-amp breaker in the main PDU failed'); 'Service was restored at 1:33 UTC on 10 April, after six
 #    hours and 15 minutes of downtime' -> provider PowerMedium (whose power failed; doubtful: a reader might give the
 #    Wikimedia sites' owner, or split PowerMedium's hour-long outage from the sites' six hours), date 2006-04-09,
 #    start 19:19, end 01:33 the next day, duration 6.25 h (stated), affected English Wikipedia (the one site named),
 #    location Florida, cause the failed breaker
 # 2) 'A similar power failure at the colocation center occurred in February of last year' -> provider PowerMedium
 #    (the same colocation centre), date 2005-02, no times, affected none named, location Florida, cause 'power
 #    failure' (doubtful: told in one clause; 'similar' makes it a failure that took the sites down)
 # Near-miss: 'with a smaller equipment failure following in March' -> no outage (no service lost is told)
 outages=[O("PowerMedium", "2006-04-09", ["English Wikipedia"], start="2006-04-09T19:19", end="2006-04-10T01:33",
            dur=6.25, loc="Florida", cause="an 800-amp breaker in the main PDU failed"),
          O("PowerMedium", "2005-02", [], loc="Florida", cause="power failure")],
 # published Monday 10 April 2006: 'Sunday' -> 2006-04-09; '9 April' -> the same day (another text, its own item);
 # '19:19 UTC' -> that day's time; '1:33 UTC' -> 10 April's time; '10 April' -> the day; 'February of last year' ->
 # 2005-02; 'March' (the failure 'following' February of last year) -> 2005-03. Nothing: 'Over the weekend' (skip, as
 # 'this weekend'), 'part of a day', 'a little over six hours', 'for about an hour', 'six hours and 15 minutes'
 # (durations)
 dates=[D("Sunday", "2006-04-09"), D("9 April", "2006-04-09"), D("19:19 UTC", "2006-04-09T19:19"),
        D("1:33 UTC", "2006-04-10T01:33"), D("10 April", "2006-04-10"), D("February of last year", "2005-02"),
        D("March", "2005-03")])

# ---- internet/web hosting, US: the Signpost, 5 July 2010 -------------------------------------------------------------
WMF = "Wikimedia Foundation"
A["wp-signpost-wikimedia-tampa-power-failure-2010"] = dict(
 # 'Wikimedia Techblog' -> Service (the blog Bergsma wrote on); 'Mark Bergsma', 'Phoebe' ('a blog post by Phoebe'; a
 # single name, still a named person) and 'Brion Vibber' -> Person; 'the Wikimedia Foundation' (alias 'Wikimedia':
 # 'Wikimedia projects', "Wikimedia's future strategies") -> Organization; 'Tampa' and 'Florida' -> Location (city
 # and state apart, as batches 60d-61c). No entity: 'all Wikimedia projects' (the sites as a group, no one named),
 # 'CTO' (the post), 'the technicians' (generic)
 entities=[E("Service", "Wikimedia Techblog"), E("Person", "Mark Bergsma"), E("Organization", WMF, "Wikimedia"),
           E("Location", "Tampa"), E("Location", "Florida"), E("Person", "Phoebe"), E("Person", "Brion Vibber")],
 # 'As a former Chief Technical Officer (CTO) and all-round maintainer of Wikimedia projects' -> cto at the Wikimedia
 # Foundation, current false ('former'). Near-misses, no role: 'Mark Bergsma explained' -> nothing (no title in the
 # text); 'all-round maintainer' -> nothing (no title of the vocabulary); the cut 'Danese [Cooper, current CTO]' ->
 # not in the text
 roles=[R("Brion Vibber", "cto", WMF, False)],
 # 'On the Wikimedia Techblog' -> provider(Wikimedia Techblog, Wikimedia Foundation) (the blog carries the
 # Foundation's name and its engineer's account of the Foundation's data centre; doubtful: the text does not say who
 # runs it). Near-miss: 'a blog post by Phoebe' -> nothing (an unnamed blog)
 relations=[L("Wikimedia Techblog", "provider", WMF)],
 # one outage: 'Starting at 0:10 UTC on July 5th, the Wikimedia Foundation suffered from intermittent, partial power
 # failures in the internal power network of one of its main data centers in Tampa, Florida. ... all Wikimedia
 # projects went down.' -> provider Wikimedia Foundation (its own data centre's power network failed), date
 # 2010-07-05, start 00:10, end null ('The power situation stabilized at 1:12 UTC' ends the power failure, not the
 # outage: 'systems and services recovery has been taking place since', and 'shortly afterwards' gives no time;
 # doubtful: a reader might end it at 01:12), duration null, affected none named, location Tampa, cause the partial
 # power failures
 outages=[O(WMF, "2010-07-05", [], start="2010-07-05T00:10", loc="Tampa",
            cause="intermittent, partial power failures in the internal power network")],
 # published Monday 5 July 2010: 'Monday, July 5' -> 2010-07-05; '0:10 UTC' -> that day's time; 'July 5th' -> the
 # day (another text, its own item); '1:12 UTC' -> that day's time; '2015' (in Vibber's quotation) -> the year.
 # Nothing: 'the morning of' (part of a day, kept outside the item), 'shortly afterwards', 'for a number of years',
 # 'over the last couple years' (unresolvable)
 dates=[D("Monday, July 5", "2010-07-05"), D("0:10 UTC", "2010-07-05T00:10"), D("July 5th", "2010-07-05"),
        D("1:12 UTC", "2010-07-05T01:12"), D("2015", "2015")])

# ---- internet service provider, US: Netcom -----------------------------------------------------------------------------
NC = "NETCOM On-Line Communication Services, Inc."
A["wp-netcom-united-states"] = dict(
 # the company -> Company 'NETCOM On-Line Communication Services, Inc.' (the fullest form), alias 'Netcom'; 'San
 # Jose', 'California' and 'San Francisco Bay Area' -> Location; 'Bob Rieger' (alias 'Rieger'), 'Bill Gitow' and
 # 'David W. Garrison' -> Person; 'Lockheed' -> Company; 'System V' ('Bill Gitow of System V') -> Company (doubtful:
 # System V is also the name of a Unix release; the text's 'X of Y' reads as his firm); 'Intel 80386' (the processor
 # of the first machines) -> Service, Intel not an entity of its own (named only inside the product's name); 'Xenix'
 # and 'Windows 3.1' -> Service (software, makers not named); 'Sun Microsystems' -> Company; 'NetCruiser' (alias
 # 'Internet Xpress', the name it 'was to be called' before legal issues: a former name, one entity; doubtful) ->
 # Service; 'SkyTel' -> Company. No entity: 'Tandy PCs' (computers of a brand named only in the plural phrase; a
 # near-miss: a reader might give Service or Company 'Tandy'), 'the World Wide Web', 'the Web', 'Internet' (the
 # network itself, no product of anyone named), 'T1', 'Frame Relay', 'UUCP' (technical terms), 'user@netcom.com',
 # 'user@ix.netcom.com' (address formats)
 entities=[E("Company", NC, "Netcom"), E("Location", "San Jose"), E("Location", "California"),
           E("Person", "Bob Rieger", "Rieger"), E("Company", "Lockheed"), E("Person", "Bill Gitow"),
           E("Company", "System V"), E("Service", "Intel 80386"), E("Service", "Xenix"),
           E("Location", "San Francisco Bay Area"), E("Company", "Sun Microsystems"), E("Service", "Windows 3.1"),
           E("Service", "NetCruiser", "Internet Xpress"), E("Person", "David W. Garrison"), E("Company", "SkyTel")],
 # 'Netcom was established in 1988 by Bob Rieger ... and Bill Gitow of System V' -> cofounder each, current true (two
 # people named together: GUIDELINES, Roles, 'Founders'; the cut infobox's 'Founder: Bob Rieger' is not in the text);
 # 'Rieger turned the presidency of Netcom over to David W. Garrison' -> president for Rieger, current false (he
 # handed it over), and president for Garrison, current true. Near-misses, no role: 'an information systems engineer
 # for Lockheed' -> nothing (a trade, not a title); 'Rieger was the only system administrator for the company' ->
 # nothing (a trade); 'formerly of SkyTel', 'of System V' -> nothing (no title); 'Under his direction' -> no more than
 # the presidency
 roles=[R("Bob Rieger", "cofounder", NC), R("Bill Gitow", "cofounder", NC), R("Bob Rieger", "president", NC, False),
        R("David W. Garrison", "president", NC)],
 # 'Netcom released a Windows 3.1 based program called NetCruiser' -> provider(NetCruiser, Netcom); 'replaced the
 # Tandy PCs with equipment from Sun Microsystems' -> partner(Sun Microsystems, Netcom) (a supplier of its equipment,
 # the supplier first; doubtful: a purchase of equipment, no contract named). Near-misses, no relation: Netcom and
 # Lockheed, System V, SkyTel -> nothing (linked only through people's past posts); 'Intel 80386 Tandy PCs running
 # Xenix', 'a Windows 3.1 based program' -> nothing (makers not entities); the cut infobox's 'Fate: Merged with ICG
 # Communications' and 'Successor: ICG Communications, Mindspring' -> not in the text
 relations=[L("NetCruiser", "provider", NC), L("Sun Microsystems", "partner", NC)],
 # No outage: users calling Rieger 'to fix Internet access issues' tells no service lost
 outages=[],
 # 'in 1988' -> the year; 'In 1992' -> the year; 'In February 1995' -> the month. Nothing: 'the mid-1990s' (part of a
 # decade), 'early in the morning' (no day)
 dates=[D("1988", "1988"), D("1992", "1992"), D("February 1995", "1995-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
