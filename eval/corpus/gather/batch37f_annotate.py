#!/usr/bin/env python3
"""Batch 37f gold annotations (the texts of batch37f.py), written from each text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part). Both texts have `published` null: only absolute dates
are listed (GUIDELINES.md, Dates); a day and month with no year of its own ('On July 27', 'on February 17') is left
out and gives an outage no day or end, even where a nearby sentence carries the year.
Conventions (batch 35e's cable texts and GUIDELINES.md): a submarine cable or cable system is a Service; when a cable
breaks and the text names no operator, the outage's provider is null and the cable is what is `affected`; companies
that funded or bid for a cable are not its provider unless the text says they run it. A break the text tells on its
own, with its own day, is one outage; breaks of several cables told together as one event on one day are one outage
with each cable affected.
usage: batch37f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38f/pool /tmp/gather38f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
AAG = "Asia-America Gateway"
VNPT = "Vietnam Posts and Telecommunications Group"
VDC = "Viet Nam Data Communications Company"
A["wp-asia-america-gateway"] = dict(
 # the cable system -> Service, alias 'AAG'; the funding partners -> Company each (telecom operators and groups,
 # the Vietnamese state group among them: a business), 'Ezecom/Telcotech' split into its two names (doubtful: the
 # text counts them as one partner); 'The Authority for Info-Communications Technology Industry of Brunei Darussalam'
 # (a state authority) -> Organization; 'VNPT's' -> alias of the Vietnam Posts and Telecommunications Group (the
 # acronym of the name the text gives; doubtful only in that the text never writes them side by side); 'VNPT's Viet
 # Nam Data Communications Company' -> Company; 'Deputy Director Nguyen Hong Hai' -> Person.
 # Locations: South-East Asia (alias 'South East Asia'), United States (aliases 'USA', 'US'), Pacific Ocean, Guam,
 # Hawaii, Hong Kong, Philippines, India, UK, Thailand, Indonesia, Vietnam, Cambodia, Singapore, Australia, Malaysia,
 # Brunei (named on its own among the landing points; 'Brunei Darussalam' stands only inside the authority's name),
 # Vung Tau. 'New Zealand' stands only inside 'Telecom New Zealand', 'British' and 'intra-Asia' are no names: nothing.
 entities=[E("Service", AAG, "AAG"),
           E("Organization", "Authority for Info-Communications Technology Industry of Brunei Darussalam"),
           E("Company", "AT&T"), E("Company", "BayanTel"), E("Company", "Bharti"),
           E("Company", "British Telecom Global Network Services"), E("Company", "CAT Telecom"),
           E("Company", "Telkom Indonesia"), E("Company", "ETPI"), E("Company", "FPT Telecom"), E("Company", "Ezecom"),
           E("Company", "Telcotech"), E("Company", "Indosat"), E("Company", "PLDT"),
           E("Company", "Saigon Postal Corporation"), E("Company", "StarHub"), E("Company", "Telekom Malaysia"),
           E("Company", "Telstra"), E("Company", "Telecom New Zealand"), E("Company", "Viettel"),
           E("Company", VNPT, "VNPT"), E("Company", VDC), E("Person", "Nguyen Hong Hai")]
          + [E("Location", "South-East Asia", "South East Asia"), E("Location", "United States", "USA", "US")]
          + locs("Pacific Ocean", "Guam", "Hawaii", "Hong Kong", "Philippines", "India", "UK", "Thailand",
                 "Indonesia", "Vietnam", "Cambodia", "Singapore", "Australia", "Malaysia", "Brunei", "Vung Tau"),
 # 'Deputy Director' of the data-communications company -> executive (a deputy's post below the head, as the
 # corpus reads 'deputy director of content'; doubtful against 'director')
 roles=[R("Nguyen Hong Hai", "executive", VDC)],
 # 'VNPT's Viet Nam Data Communications Company' -> parentOrganization; 'funded ... by 19 partners' is funding, not
 # a stated operation of the cable nor a partnership between two named organisations (batch 35e's Tonga reading):
 # no provider or partner relation
 relations=[L(VDC, "parentOrganization", VNPT)],
 # one outage told apart: 'On July 15, 2014 the segment 18 km off the coast of Vung Tau, Vietnam was damaged, and the
 # internet bandwidth to international destinations was disrupted' -> provider null (no operator named), affected the
 # cable, location Vung Tau (the place the text gives; the users hit are not placed), cause the damaged segment; end
 # null because 'On July 27, the line was mended' has no year of its own (doubtful: the year is plain from the
 # sentence before). 'frequent breaks and outages since ... late 2009' are counted, not told one by one: no outage.
 outages=[O(None, "2014-07-15", [AAG], loc="Vung Tau", cause="cable segment off the coast of Vung Tau damaged")],
 # 'November 10, 2009', 'late 2009' (-> the year), 'July 15, 2014'; 'On July 27' (no year) left out
 dates=[D("November 10, 2009", "2009-11-10"), D("late 2009", "2009"), D("July 15, 2014", "2014-07-15")])

TEAMS = "TEAMS"
EIG = "Europe India Gateway"
SMW3 = "SEA-ME-WE 3"
EASSY = "EASSy"
A["wp-teams-cable-system"] = dict(
 # the cable -> Service 'TEAMS', alias 'TEAMs' (the same name in another case, as the text writes it once);
 # the other cables -> Service: 'the SEACOM cable system' (name 'SEACOM'), 'EASSy', 'Europe India Gateway',
 # 'SEA-ME-WE 3'; the five bidders -> Company; 'the President of Kenya Mwai Kibaki' and 'the Prime Minister of Kenya
 # Raila Odinga' -> Person; Kenya, Mombasa, Uganda, the Red Sea and 'the Emirates' (as a place: 'on the Emirates'
 # side'; doubtful, the text's short form for the country at the cable's other end) -> Location; 'Kenyan' is an
 # adjective, 'ISPs' and 'other dignitaries' are unnamed: nothing
 entities=[E("Service", TEAMS, "TEAMs"), E("Service", "SEACOM"), E("Service", EASSY), E("Service", EIG),
           E("Service", SMW3), E("Company", "Alcatel-Lucent"), E("Company", "Tyco Telecommunication"),
           E("Company", "Fujitsu Corporation"), E("Company", "NEC Corporation"), E("Company", "Huawei Technologies"),
           E("Person", "Mwai Kibaki"), E("Person", "Raila Odinga")]
          + locs("Emirates", "Kenya", "Mombasa", "Uganda", "Red Sea"),
 # heads of state and government with the country named on its own: president and minister (prime minister) of
 # Kenya, current (the text says neither former nor then)
 roles=[R("Mwai Kibaki", "president", "Kenya"), R("Raila Odinga", "minister", "Kenya")],
 # bids are no relation; 'Alcatel-Lucent were awarded the $82 million contract to lay the cable' names no other
 # party to the contract: nothing
 relations=[],
 outages=[
  # 'On 25 February 2012 the TEAMS cable was accidentally cut by a ship anchored off the coast of Mombasa' ... 'more
  # than half of the networks in Kenya and Uganda were affected' -> provider null (no operator in the text), affected
  # the cable, location Kenya (the first of the two countries hit; the cut was off Mombasa), end 2012-03-23 and 648
  # hours computed from the next paragraph ('cut again on 27 April 2012 only 35 days after it was fixed'; doubtful:
  # a computed day, no clock time); 'expected to take about 3 weeks' is a forecast, not the duration
  O(None, "2012-02-25", [TEAMS], end="2012-03-23", dur=648.0, loc="Kenya",
    cause="cut by a ship anchored off the coast of Mombasa"),
  # 'three cables experienced breaks in the Red Sea on February 17 - Europe India Gateway, SEA-ME-WE 3, and the
  # EASSy' -> one event, one outage with the three cables affected; no date ('February 17' has no year of its own);
  # location Red Sea; provider null (doubtful as an outage only in that the text tells it as the cause of TEAMS's
  # extra load: the breaks re-routed EASSy traffic, i.e. service through those cables was lost)
  O(None, None, [EIG, SMW3, EASSY], loc="Red Sea", cause="cable breaks in the Red Sea"),
  # 'On 27 April 2012 the TEAMS cable was accidentally cut again' -> second TEAMS outage: provider null, no place,
  # effects or end told
  O(None, "2012-04-27", [TEAMS], cause="cable accidentally cut again")],
 # 'October 11, 2007', 'January 2008', '12 June 2009', '25 February 2012', '27 April 2012'; 'February 17' (no year)
 # and '35 days after' (relative) left out
 dates=[D("October 11, 2007", "2007-10-11"), D("January 2008", "2008-01"), D("12 June 2009", "2009-06-12"),
        D("25 February 2012", "2012-02-25"), D("27 April 2012", "2012-04-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
