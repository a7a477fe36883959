#!/usr/bin/env python3
"""Batch 37h gold annotations for the four toscaData Wikinews texts of batch37h.py (four near-misses for outages:
cash machines shut for a currency change, a court-ordered YouTube block, a government block of Wikipedia reported
lifted, a day's IPv6 test with slow loading feared), made by reading each text alone; no extractor was run on any
of them. Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle).
Outage conventions: a service withheld by a court's or a government's order is no outage (GUIDELINES: orders
closing a service), nor is a pause planned and carried out for a change of notes, nor a degradation only feared.
usage: batch37h_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-new-ghanaian-currency-introduced-2007
wn-court-issues-youtube-block-turkey-2007
wn-chinese-ban-wikipedia-lifted-now-2006
wn-new-internet-addresses-tested-world-ipv6-2011""".split())
A = {}

A["wn-new-ghanaian-currency-introduced-2007"] = dict(
 entities=[E("Location", "Ghana"), E("Organization", "Bank of Ghana")],
 # The central bank → Organization (a state body). The currency ('the Ghanaian cedi', 'GHS', 'GH¢'), 'U.S.' only
 # inside 'U.S. dollar', and 'Republic Day' (a holiday) → no entity. The banks and their cash machines are unnamed.
 # Near-miss, no outage: 'ATMs were shut down over the weekend so that the currencies could be checked and replaced
 # in all of them nationwide' is a pause planned for the change of notes, by banks the text does not name, told
 # once it is over (GUIDELINES: a planned pause by a body that is not a utility is a near-miss; a doubtful point: a
 # reader could record an outage with provider null, date 2007-06-30, location Ghana).
 # Dates (published Tuesday 3 July 2007): 'today' 2007-07-03; '17 February, 1967'; 'July 1, 2007'; 'Tuesday July 3'
 # and 'July 3' (two surface forms, one day); 'Monday, July 2'; 'Sunday' (Republic Day, 1 July) 2007-07-01; 'the
 # end of December 2007' → 2007-12; '1965'. 'over the weekend' left out (GUIDELINES: 'this weekend' → skip).
 roles=[], relations=[], outages=[],
 dates=[D("today", "2007-07-03"), D("17 February, 1967", "1967-02-17"), D("July 1, 2007", "2007-07-01"),
        D("Tuesday July 3", "2007-07-03"), D("Monday, July 2", "2007-07-02"), D("Sunday", "2007-07-01"),
        D("July 3", "2007-07-03"), D("the end of December 2007", "2007-12"), D("1965", "1965")])

A["wn-court-issues-youtube-block-turkey-2007"] = dict(
 entities=[E("Location", "Istanbul"), E("Service", "YouTube", "www.youtube.com"), E("Location", "Turkey"),
           E("Company", "Türk Telekom", "Turk Telecom"), E("Organization", "Istanbul First Criminal Peace Court"),
           E("Person", "Atatürk"), E("Location", "Greece"), E("Organization", "European Commission"),
           E("Organization", "European Union")],
 # YouTube → Service (the site users could not reach; 'YouTube agreed ... YouTube responded' read as the same
 # name used for its owner, which the text never names: no provider relation). 'www.youtube.com' in the quoted
 # notice → alias. 'Turk Telecom' (the spelling of the second paragraph) → alias of Türk Telekom, 'the largest
 # internet provider and privatised state company' → Company. The court named in the notice → Organization; 'A
 # court in Istanbul' is the same court but not a name. Atatürk, 'the founder of the Turkish state' → Person, no
 # role (a state's founder, no body to attach it to; a doubtful point: founder at Turkey). 'the prosecutor',
 # 'the government', 'the Turkish media' → no entity.
 # Near-miss, no outage: access to YouTube blocked in Turkey by a court order that Türk Telekom put into effect
 # (GUIDELINES: government or court orders closing a service are no outage).
 # Dates (published Wednesday 7 March 2007): '06.03.2007' (the decision's date in the quoted notice) → 2007-03-06.
 # 'no: 2007/384' is a decision number, not a date.
 roles=[], relations=[], outages=[],
 dates=[D("06.03.2007", "2007-03-06")])

A["wn-chinese-ban-wikipedia-lifted-now-2006"] = dict(
 entities=[E("Service", "Chinese-forums.com"), E("Service", "Wikipedia"), E("Location", "China"),
           E("Person", "Andrew Lih"), E("Location", "Beijing"), E("Location", "Hubei"), E("Location", "Shanghai"),
           E("Location", "Guangdong"), E("Company", "China Netcom"), E("Person", "Jimmy Wales"),
           E("Company", "Moneycontrol.com"), E("Company", "Google"), E("Service", "baidu.com"),
           E("Service", "baidubaike.com"), E("Organization", "Wikimedia Foundation", "Wikimedia"),
           E("Location", "St. Petersberg"), E("Location", "Florida"), E("Location", "Taipei")],
 # Web sites users use → Service (Chinese-forums.com, Wikipedia, baidubaike.com); 'A website called baidu.com runs
 # ... baidubaike.com' → baidu.com typed Service as the text calls it a website, and no provider relation (a
 # provider must be a Company; a doubtful point: a reader may type baidu.com Company and link baidubaike.com to
 # it). Moneycontrol.com, the outlet Wales spoke to → Company (a news website). China Netcom (a DSL provider) →
 # Company. 'Wikimedia head Jimmy Wales' → head at Wikimedia Foundation ('Wikimedia' its short form; the
 # foundation 'a non-profit organisation' → Organization). 'Wikipedia is a project of the Wikimedia Foundation' →
 # provider(Wikipedia, Wikimedia Foundation) (corpus practice for Wikimedia projects, though the foundation is
 # typed Organization). 'the Chinese government'/'the Chinese Government' → no entity (unnamed body, corpus
 # practice). 'Tian'anmen Square Incident' (an event) and 'Wikimania' (a convention) → no entity.
 # Near-miss, no outage: the block of Wikipedia in China is a government block, reported partly lifted.
 # Dates (published Friday 13 October 2006): 'yesterday' 2006-10-12; '19 October 2005'; '2-21 June 2004' (a range,
 # its first day as corpus practice) 2004-06-02; 'April of this year' 2006-04; '2007' (the coming Wikimania).
 roles=[R("Jimmy Wales", "head", "Wikimedia Foundation")],
 relations=[L("Wikipedia", "provider", "Wikimedia Foundation")],
 outages=[],
 dates=[D("yesterday", "2006-10-12"), D("19 October 2005", "2005-10-19"), D("2-21 June 2004", "2004-06-02"),
        D("April of this year", "2006-04"), D("2007", "2007")])

A["wn-new-internet-addresses-tested-world-ipv6-2011"] = dict(
 entities=[E("Company", "Google"), E("Company", "Facebook"), E("Company", "Yahoo!"), E("Location", "Fiji"),
           E("Location", "Australia"), E("Organization", "Internet Society of Australia"), E("Person", "Tony Hill")],
 # 'services run by Google, Facebook, and Yahoo!' and 'Facebook predicts' → the three as Company (they run the
 # services and speak; a doubtful point: Facebook as Service). IPv6/IPv4 (address standards) and 'World IPv6 Day'
 # (an event) → no entity. 'Internet Society of Australia President Tony Hill' → president at the society.
 # Near-miss, no outage: a day's planned test in which a small share of users 'may encounter slow page loading';
 # nothing told as failed.
 # Dates (published Wednesday 8 June 2011): 'today' 2011-06-08. 'the 1980s' (a decade) left out.
 roles=[R("Tony Hill", "president", "Internet Society of Australia")],
 relations=[], outages=[],
 dates=[D("today", "2011-06-08")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
