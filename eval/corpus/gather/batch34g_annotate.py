#!/usr/bin/env python3
"""Batch 34g gold annotations (the texts of batch34g.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Four texts have `published` (a sitting's or a
notice's date), so their relative expressions are resolved against it; the Department of Energy article has none,
so only its absolute expressions are listed (GUIDELINES, Dates).
usage: batch34g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather35g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-lords-flooding-storm-desmond-lancaster-substation-2015"] = dict(
 # the Environment Agency -> Organization; Lancaster (named in 'the Lancaster electricity substation'), the United
 # Kingdom, south Wales, Lincolnshire, Somerset, north-west England and the north of England -> Location (the two
 # regions as the text names them; doubtful as places, kept as batch 33g kept 'the Highlands'); the Secretary of
 # State (a post, unnamed in the text), 'the Government', 'the House', storm Desmond (an event) -> not annotated
 entities=[E("Organization", "Environment Agency"), E("Location", "Lancaster"), E("Location", "United Kingdom"),
           E("Location", "north of England"), E("Location", "south Wales"), E("Location", "Lincolnshire"),
           E("Location", "Somerset"), E("Location", "north-west England")],
 roles=[],
 relations=[],
 # one outage: 'Since my right honourable friend's Statement [made earlier today], the Lancaster electricity
 # substation has failed and every effort is now being made to restore power' -> provider null (no network operator
 # named), date 2015-12-07 (after a Statement made 'earlier today', the sitting of Monday 7 December 2015), location
 # Lancaster, cause null (the text does not say why the substation failed; the statement is about storm Desmond's
 # flooding, so a reader may add 'flooding' - doubtful, left null), no start, end or duration, nothing named as hit.
 # The flooding itself, the emergency response and the mobilised pumps are no outage.
 outages=[O(None, "2015-12-07", [], loc="Lancaster")],
 # published Monday 7 December 2015: 'earlier today' -> 2015-12-07; 'Friday 4 December' and 'Friday' -> 2015-12-04
 # (two texts, one value each); 'Saturday morning' -> 2015-12-05; 'that evening' (Saturday's evening, the text's own
 # anaphora) -> 2015-12-05 (doubtful); 'this weekend', 'throughout the weekend' skipped (GUIDELINES)
 dates=[D("earlier today", "2015-12-07"), D("Friday 4 December", "2015-12-04"), D("Friday", "2015-12-04"),
        D("Saturday morning", "2015-12-05"), D("that evening", "2015-12-05")])

A["hansard-commons-bexley-power-cuts-edf-2009"] = dict(
 # EDF (the company blamed for and answering for the power cuts) -> Company; Bexley council -> Organization (a local
 # authority; the text's lower-case 'council' kept in the name); St. Martin's church (a named site), Barnehurst,
 # Bexley and Britain -> Location; the Linkline alarm system -> Service ('Linkline', a named alarm service; no
 # operator named, so no provider relation); Rev. Gareth Bowen -> Person ('the vicar': no organisation entity to
 # hold a role - the church is a Location, GUIDELINES Types - so no role); 'the regulator' (unnamed in the text as
 # cut), 'the electricity guaranteed standards scheme' (a scheme) -> not annotated
 entities=[E("Company", "EDF"), E("Organization", "Bexley council"), E("Location", "St. Martin's church"),
           E("Location", "Barnehurst"), E("Location", "Bexley"), E("Location", "Britain"),
           E("Service", "Linkline"), E("Person", "Gareth Bowen")],
 roles=[],
 relations=[],
 # one outage: 'the power cuts' that EDF allowed 'to happen', before the public meeting of Thursday 30 July (2009)
 # -> provider EDF (the text holds EDF answerable and reports its account of the cause; it does not say 'EDF's
 # network' in so many words - a doubtful point), date 2009-07 (the cuts came before the meeting of 30 July, 'that
 # weekend' with full freezers; the day not stated - doubtful: late June is not excluded by the words alone),
 # location Bexley (the speech's area: Bexley council's teams, 'the Linkline alarm system in Bexley'; doubtful, the
 # cuts may have reached further), cause 'malicious damage' (EDF's stated cause, as the speaker reports it), no
 # start, end or duration ('without hot water for days' is not a stated duration), affected [] (the Linkline system
 # 'allegedly did not work for part of the time' - not stated with confidence, so not listed; doubtful)
 outages=[O("EDF", "2009-07", [], loc="Bexley", cause="malicious damage")],
 # published Tuesday 20 October 2009: 'Thursday 30 July' -> 2009-07-30; '2009' -> 2009; 'that weekend', 'for days'
 # skipped
 dates=[D("Thursday 30 July", "2009-07-30"), D("2009", "2009")])

A["hansard-westminster-hall-communications-flooding-rochdale-2016"] = dict(
 # Rochdale, Littleborough, Milnrow and the North West (alias 'north-west', the same region in the speech) ->
 # Location; Mr Percy (the sitting's chair, addressed by name) -> Person 'Percy' (a Member chairing a sitting: no
 # role); 'the council' (unnamed), 'telecommunication companies', 'some larger companies' (generic), 'this House'
 # -> not annotated; the mover is not named in the text (no speaker line)
 entities=[E("Location", "North West", "north-west"), E("Person", "Percy"), E("Location", "Rochdale"),
           E("Location", "Littleborough"), E("Location", "Milnrow")],
 roles=[],
 relations=[],
 # one outage: 'getting vital phone and broadband lines restored to hundreds of people and small businesses in
 # Rochdale', lost with the floods ('Without vital communications lines') -> provider null (only 'telecommunication
 # companies'; no company named in the text as held), date 2015-12 (the floods 'before and after Christmas' in a
 # speech of February 2016; the day the lines went down is not stated - doubtful: January 2016 is possible for some
 # lines), location Rochdale, cause 'flooding', affected [] (phone and broadband lines, no named service), no end
 # ('restored' only as the slow response; no date of restoration)
 outages=[O(None, "2015-12", [], loc="Rochdale", cause="flooding")],
 # published Tuesday 9 February 2016: 'Christmas' (before and after Christmas) -> 2015-12-25; 'for years' skipped
 dates=[D("Christmas", "2015-12-25")])

A["doe-working-together-restore-power-after-hurricane-irma-2017"] = dict(
 # Florida Power and Light -> Company; Texas, Louisiana, Houston, the Caribbean, Georgia (the US state, from the
 # Caribbean to Georgia), the United States (alias 'U.S.'), Washington State, New Mexico, Colorado, Michigan, Maine
 # and Maryland -> Location; the hurricanes Harvey, Irma and Wilma (events), 'investor-owned electric companies',
 # 'public power utilities', 'electric cooperatives' (generic) -> not annotated
 entities=[E("Company", "Florida Power and Light"), E("Location", "Texas"), E("Location", "Louisiana"),
           E("Location", "Houston"), E("Location", "Caribbean"), E("Location", "Georgia"),
           E("Location", "United States", "U.S."), E("Location", "Washington State"), E("Location", "New Mexico"),
           E("Location", "Colorado"), E("Location", "Michigan"), E("Location", "Maine"), E("Location", "Maryland")],
 roles=[],
 relations=[],
 # two outages told apart:
 # (1) Irma's power losses: 'Power has now been restored to 64% of the affected customers', the work of 'nearly 250'
 #     utilities -> provider null (many utilities; Florida Power and Light is named only 'for example' of the
 #     restoration pace - doubtful: a reader may give it as provider), date null (`published` null and no absolute
 #     date for Irma in the text), location null (the storm's path 'from the Caribbean to Georgia' is no one place;
 #     the caption naming Florida was left out of the text), cause 'Hurricane Irma', no end (restoration ongoing)
 # (2) Florida Power and Light's losses after Wilma: 'is restoring power ... four times faster than it did after
 #     Wilma in 2005' -> provider Florida Power and Light (it restored power after Wilma, so its customers lost it),
 #     date 2005, cause 'Wilma' (the text's name for the storm), location null; doubtful: the outage is told only
 #     through the comparison of restoration paces
 # Harvey: 'presented monstrous challenges to the electric utilities' - no loss of power stated -> no outage
 outages=[O(None, None, [], cause="Hurricane Irma"),
          O("Florida Power and Light", "2005", [], cause="Wilma")],
 # published null: only the absolute '2005'; 'In recent weeks', 'Today' not resolved (GUIDELINES, Dates)
 dates=[D("2005", "2005")])

# ---- near-misses --------------------------------------------------------------------------------------------------
A["hansard-commons-millennium-compliance-review-1999"] = dict(
 # the Privy Council Office (in 'the Parliamentary Secretary, Privy Council Office'), the Ministry of Defence, the
 # Office for National Statistics and the Planning Inspectorate -> Organization; 'Northampton, North' (a
 # constituency, as 'Cornwall, North' in an earlier gold file), England and Wales -> Location; Ms Keeble -> Person
 # 'Keeble' (a Member: legislators get no role); the statement's maker is not in the text (speaker line cut), and
 # 'the Parliamentary Secretary' is unnamed -> no Person; 'Government Departments and agencies', 'the House',
 # 'the national infrastructure' -> not annotated
 entities=[E("Organization", "Privy Council Office"), E("Location", "Northampton, North"), E("Person", "Keeble"),
           E("Organization", "Ministry of Defence"), E("Organization", "Office for National Statistics"),
           E("Organization", "Planning Inspectorate"), E("Location", "England"), E("Location", "Wales")],
 roles=[],
 relations=[],
 # near-miss: a preparedness review before the millennium date change - systems 'fixed, tested and successfully put
 # back into operation', some completion dates in November and December, a registration-software roll-out delayed;
 # no service is said to have stopped -> no outage
 outages=[],
 # published Thursday 28 October 1999: 'today' -> 1999-10-28; 'October' (the October monthly review) -> 1999-10;
 # 'November' and 'December' (completion dates still to come) -> 1999-11, 1999-12; 'the recess' skipped
 dates=[D("today", "1999-10-28"), D("October", "1999-10"), D("November", "1999-11"), D("December", "1999-12")])

A["parliament-pac-press-notice-criminal-records-bureau-2004"] = dict(
 # the Committee of Public Accounts, the Criminal Records Bureau, the Passports and Records Agency and the Home
 # Office -> Organization; Capita plc (alias Capita) -> Company; Mr Edward Leigh (alias Leigh) -> Person; 'the
 # Bureau', 'the Agency', 'the Committee' (generic short forms) are not aliases (GOLD_FORMAT)
 entities=[E("Person", "Edward Leigh", "Leigh"), E("Organization", "Committee of Public Accounts"),
           E("Organization", "Criminal Records Bureau"), E("Organization", "Passports and Records Agency"),
           E("Organization", "Home Office"), E("Company", "Capita plc", "Capita")],
 # 'Mr Edward Leigh MP, Chairman of the Committee of Public Accounts' -> chairman (current); 'MP' (a legislator) no role
 roles=[R("Edward Leigh", "chairman", "Committee of Public Accounts")],
 # 'the Passports and Records Agency, an Executive Agency of the Home Office' -> parentOrganization; 'a public
 # private partnership, initially between the Passports and Records Agency ... and Capita plc' -> partner (a stated
 # partnership, direction as written); the Bureau's own tie to Capita is not stated apart from that -> nothing more
 relations=[L("Passports and Records Agency", "parentOrganization", "Home Office"),
            L("Passports and Records Agency", "partner", "Capita plc")],
 # near-miss: 'the computer system encountered serious problems straightaway' with backlogs 'peaking at nearly
 # 300,000 by October 2002' - applications delayed, no stated loss of the service -> no outage (doubtful: a reader may
 # record an IT failure at the Bureau in March 2002, provider Capita plc or null)
 outages=[],
 # published Thursday 28 October 2004: 'today' -> 2004-10-28; '1999'; 'March 2002' -> 2002-03; 'October 2002' ->
 # 2002-10; 'More than two years', 'this Session' skipped
 dates=[D("today", "2004-10-28"), D("1999", "1999"), D("March 2002", "2002-03"), D("October 2002", "2002-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
