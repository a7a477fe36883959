#!/usr/bin/env python3
"""Batch 32c gold annotations (the 6 texts of batch32c.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). The Wikipedia text has `published` null: only
absolute dates there (GUIDELINES.md, Dates).
usage: batch32c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather33c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-electricity-maintenance-of-supplies-manweb-wales-1998"] = dict(
 # MANWEB ('the supplier company, MANWEB') -> Company; Wales ('northern and central Wales', 'in Wales') -> Location;
 # 'the Meterological Office' (as written; a government body) -> Organization; 'the House', 'hon. Members' and the
 # unnamed mover (his speaker line cut) -> not annotated
 entities=[E("Company", "MANWEB"), E("Location", "Wales"), E("Organization", "Meterological Office")],
 roles=[],
 relations=[],
 # one outage: 'The supply failures occurred on 24 December' (before published 4 February 1998 -> 1997-12-24);
 # 'thousands of households in Wales lost their electricity supply' -> location Wales; provider MANWEB ('the
 # supplier company', whose workers 'laboured in difficult weather to restore power'); cause the weather the text
 # names ('difficult weather', after the Met Office's 'severe weather watch'); 'as long as eight days' is the
 # longest loss of some households, not the outage's duration -> duration, start and end null
 outages=[O("MANWEB", "1997-12-24", [], loc="Wales", cause="difficult weather")],
 # '21 January' -> 1998-01-21 (the adjournment debate, before published); '24 December', '20 December' and
 # 'Christmas eve' -> December 1997; 'Christmas' ('the Christmas period', 'over Christmas', 'Christmas holidays')
 # -> 1997-12-25 (as the dev/train files' 'Christmas'; listed once)
 dates=[D("Christmas", "1997-12-25"), D("21 January", "1998-01-21"), D("24 December", "1997-12-24"),
        D("20 December", "1997-12-20"), D("Christmas eve", "1997-12-24")])

A["wp-gnolia"] = dict(
 # the web site ('Gnolia', its former name 'Ma.gnolia' an alias) and its competitor Delicious -> Service; Engagd
 # (collaborated with the site) -> Company (doubtful: the text does not say what Engagd is); Larry Halff -> Person;
 # 'the Delicious API', 'REST API', Microformats, MicroID, XFN, OpenID, 'OAuth 1.0' (standards and interfaces) and
 # 'M2' (the name of a planned rewrite, a project) -> not annotated (doubtful for M2)
 entities=[E("Service", "Gnolia", "Ma.gnolia"), E("Service", "Delicious"), E("Company", "Engagd"),
           E("Person", "Larry Halff")],
 # 'founder Larry Halff' of the service -> founder, org the site itself (its owner company is only in the cut
 # infobox; doubtful: the org is a Service)
 roles=[R("Larry Halff", "founder", "Gnolia")],
 # no operator company in the text -> no provider; 'collaborated with Engagd' is the site's, not a company's ->
 # no partner (doubtful)
 relations=[],
 # one outage: 'In January 2009, Gnolia lost members' bookmarks in a widely reported data loss incident. It
 # relaunched as a smaller service several months later' -> the service users lost (their stored bookmarks, the
 # site relaunched later); provider null (the operator is not named in the text), affected the site, date
 # 2009-01; cause null (the data loss is the failure itself; no cause stated); doubtful: a data loss could be read as
 # no outage; 'shut down at the end of 2010' is a closure (a business decision), not an outage
 outages=[O(None, "2009-01", ["Gnolia"])],
 # `published` null: absolute only; 'July' in 'July and August 2006' -> 2006-07 (the year stated with August);
 # 'several months later' skipped
 dates=[D("2009", "2009"), D("January 2009", "2009-01"), D("the end of 2010", "2010"), D("July", "2006-07"),
        D("August 2006", "2006-08"), D("December 2007", "2007-12"), D("March 2008", "2008-03"),
        D("August 2008", "2008-08")])

A["hansard-commons-orkney-shetland-cable-breakdowns-1914"] = dict(
 # Orkney ('the Orkneys' the same islands' other surface form -> alias 'Orkneys', as written without the
 # article), Shetland and Ireland -> Location; the Post Office ('Post Office cable ships') -> Organization (a
 # government department, as batches 28c, 29c and 31f); the ships "Alert", "Monarch" and "Telconia" (ships' names,
 # GUIDELINES Types) and 'the mainland' -> not annotated; the Postmaster-General (a post) -> not annotated
 entities=[E("Location", "Orkney", "Orkneys"), E("Location", "Shetland"), E("Organization", "Post Office"),
           E("Location", "Ireland")],
 roles=[],
 relations=[],
 # two breakdowns told apart: 'The breakdown of the cable between Orkney and Shetland occurred on the 21st of
 # November' (before published 25 February 1914 -> 1913-11-21) and 'that between Orkney and the mainland on the 8th
 # instant' (-> 1914-02-08); provider the Post Office (the Postmaster-General answers, its cable ships repair them;
 # doubtful: the text does not say whose cables they are); location Orkney for both (the islands both cables
 # serve; doubtful: the first runs to Shetland); no cause given ('breakdown'); not yet repaired -> no end
 outages=[O("Post Office", "1913-11-21", [], loc="Orkney"), O("Post Office", "1914-02-08", [], loc="Orkney")],
 # 'the 21st of November' -> 1913-11-21 (the last November before published); 'the 8th instant' -> 1914-02-08;
 # 'yesterday' -> 1914-02-24; 'throughout the winter' skipped (a winter across two years)
 dates=[D("the 21st of November", "1913-11-21"), D("the 8th instant", "1914-02-08"),
        D("yesterday", "1914-02-24")])

A["hansard-written-answer-ita-mast-emley-moor-collapse-1969"] = dict(
 # the Independent Television Authority ('I.T.A.', 'the Authority' its capitalised short form, as batch 31f's
 # 'Board') -> Organization (a public authority); Yorkshire Television (the contractor) and the B.B.C. -> Company
 # (broadcasters, GUIDELINES Types); 'B.B.C. 2' and 'B.B.C. 1' (channels) -> Service; Emley Moor -> Location (the
 # site); 'independent television' (lowercase, a generic name of the service) -> not annotated; 'colour
 # television', V.H.F., U.H.F. -> not annotated
 entities=[E("Organization", "Independent Television Authority", "I.T.A.", "Authority"),
           E("Location", "Emley Moor"), E("Company", "Yorkshire Television"), E("Service", "B.B.C. 2"),
           E("Company", "B.B.C."), E("Service", "B.B.C. 1")],
 roles=[],
 # 'the Authority's contract with Yorkshire Television' -> partner (a contract between two named organisations);
 # B.B.C. 2 and B.B.C. 1 -> provider B.B.C. (the B.B.C.'s channels; 'the B.B.C. states' its transmission reach)
 relations=[L("Independent Television Authority", "partner", "Yorkshire Television"),
            L("B.B.C. 2", "provider", "B.B.C."), L("B.B.C. 1", "provider", "B.B.C.")],
 # one outage: the collapse of the Authority's mast took off the independent television service of the Yorkshire
 # Television area and B.B.C. 2 ('Emergency measures ... have restored service to about half the population') ->
 # provider the Independent Television Authority (its mast; the B.B.C. used it), affected Yorkshire Television and
 # B.B.C. 2, location Emley Moor, cause 'collapse of the mast'; date null (the text does not date the collapse;
 # doubtful: `published` 27 March 1969 bounds it), no end (service restored only in part)
 outages=[O("Independent Television Authority", None, ["Yorkshire Television", "B.B.C. 2"], loc="Emley Moor",
            cause="collapse of the mast")],
 # 'early next year' -> 1970 (next year against published 1969; 'early' -> the year); 'within a few months' time',
 # '18 months' skipped (durations)
 dates=[D("early next year", "1970")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["oireachtas-dail-electricity-generation-tarbert-red-alert-2000"] = dict(
 # the ESB -> Company (the utility, as batch 31f); 'the Tarbert station', Poolbeg, Edenderry (stations and a town)
 # and Northern Ireland -> Location ('Tarbert' the station's name as written); 'the IVO' (the company building the
 # Edenderry station) -> Company; Stagg ('Mr. Stagg', 'Deputy Stagg') and Dukes ('Deputy Dukes') -> Person, no
 # role (legislators); 'the Minister for Public Enterprise' and 'The chairman of the ESB' (unnamed) -> not annotated
 entities=[E("Person", "Stagg"), E("Company", "ESB"), E("Location", "Tarbert"), E("Location", "Poolbeg"),
           E("Location", "Northern Ireland"), E("Company", "IVO"), E("Location", "Edenderry"),
           E("Person", "Dukes")],
 roles=[],
 # 'the IVO in Edenderry' -> a station, no relation; the ESB's 'special contracts' with unnamed companies -> none
 relations=[],
 # near-miss: 'the Tarbert station ... went down last Tuesday' (a generating unit, no customer loss of supply
 # stated), a 'red alert', Poolbeg's overhaul, and 'companies that have special contracts with the ESB for
 # electricity supply are being switched off now to prevent blackout' (interruptible customers, told in general,
 # undated, none named) -> no outage (doubtful: the switching off could be read as a planned shutoff of a utility
 # service with provider ESB; it is told as an ongoing practice, not as one event)
 outages=[],
 # published Wednesday 29 November 2000: '2002' as written; 'the end of December' -> 2000-12 (the end of the month
 # -> the month); 'early January' -> 2001-01; 'last week', 'now', 'earlier', 'within the past month' skipped; 'last
 # Tuesday' skipped (21 or 28 November; not resolvable with confidence; doubtful); 'this winter' skipped (a winter
 # spanning 2000 and 2001; doubtful)
 dates=[D("2002", "2002"), D("the end of December", "2000-12"), D("early January", "2001-01")])

A["oireachtas-dail-cork-emergency-telephone-call-system-999-1964"] = dict(
 # Cork and Drawbridge Street -> Location; 999 ('999', 'the 999 system', 'the 999 telephone emergency call system')
 # -> Service (as the corpus's 999 items); 'Gardaí' (officers) -> not annotated; 'the Department' (unnamed) and
 # 'the Minister for Posts and Telegraphs' (a post) -> not annotated
 entities=[E("Location", "Drawbridge Street"), E("Location", "Cork"), E("Service", "999")],
 roles=[],
 relations=[],
 # near-miss: emergency calls attempted 'at and shortly before 12.20 a.m.' were not received, but 'the system was
 # functioning normally both shortly before and shortly after'; a mechanical fault found at 2.0 a.m. and 'cleared
 # immediately' may not have existed at the time ('There is no way of knowing') -> no loss of service established,
 # no outage (doubtful: the calls' failure could be read as an outage of 999 with provider null)
 outages=[],
 # published Thursday 30 April 1964: 'the night of 23rd April' -> 1964-04-23; the night's clock times: the p.m.
 # calls on the 23rd, the a.m. ones after midnight (-> 1964-04-24; doubtful: read from 'the night of 23rd April');
 # 'recent' skipped
 dates=[D("the night of 23rd April", "1964-04-23"), D("12.20 a.m.", "1964-04-24T00:20"),
        D("9.21 p.m.", "1964-04-23T21:21"), D("10.08 p.m.", "1964-04-23T22:08"),
        D("11.30 p.m.", "1964-04-23T23:30"), D("11.36 p.m.", "1964-04-23T23:36"),
        D("12.34 a.m.", "1964-04-24T00:34"), D("12.36 a.m.", "1964-04-24T00:36"),
        D("2.0 a.m.", "1964-04-24T02:00")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
