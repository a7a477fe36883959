#!/usr/bin/env python3
"""Batch 62f gold annotations (the texts of batch62f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-62c; batch10_annotate.write_parts), so with two texts: test, train. Both Signpost texts carry
their issue date as `published` (14 March 2005 and 3 October 2011, both Mondays), so their relative expressions are
resolved against it ('last Monday' -> the Monday before the issue; 'Tuesday' -> the day after that Monday, the story
telling it in the past; 'two weeks earlier' -> fourteen days before that Monday; GUIDELINES.md, Dates); 'last week'
-> nothing (GUIDELINES: 'last week' -> skip); 'that month' -> nothing (an anaphor, as train's two other 'that month's
are left); 'a couple of hours', 'about two hours', 'over the next few days', 'the coming months', 'the near future'
-> nothing (durations or unresolvable). Times given in UTC are written as the text gives them ('13:00 to 15:00 UTC'
-> 2005-03-07T13:00 and 2005-03-07T15:00), as batches 18a and 62c wrote theirs.
Outages (GUIDELINES, Outages; batch 62c's Signpost outages): the provider is whose systems failed -- the Wikimedia
Foundation for the 2005 power strip (its own 'faulty equipment', 'not caused by any problems at the colocation
facility'); the earlier outage the 2005 text names for contrast ('the power outage two weeks earlier') is told apart
with its own time, so it is one (as batch 62c counted its 'similar power failure ... in February of last year'), its
provider null (the colocation facility's operator is not named); `affected` lists only named services (Wikipedia).
Counted outages not told one by one are no events: the 2011 text's 'three short outages that occurred on 26
September' -> nothing (a near-miss).
Conventions (GUIDELINES.md part 2; batches 13b, 18a, 20b and 62c for Wikimedia texts): the Wikimedia Foundation ->
Organization (a non-profit), alias 'Wikimedia' (the text's 'Wikimedia projects', 'Wikimedia image server', 'Wikimedia
hopes') and 'WMF'; the sites and services it runs -> Service with provider the Foundation (Wikipedia, Commons, the
Wikimedia Techblog as batch 62c had it, Wikimedia Labs); user names the text gives as people reporting ('Grunt',
'Jamesday') -> Person (as batch 62c took 'Phoebe'; doubtful); 'Developer' before a name -> no role (a trade, batch
57f's "'engineer' is no title"; batch 62c's 'Developers'); software named without its maker ('MediaWiki') -> Service,
no provider (as batch 62c's 'Xenix'); equipment and technical terms ('a power strip', 'the switch', 'the database
server', 'the image server', 'protocol-relative URLs', '1.18', 'https', 'gadgets') -> nothing.
usage: batch62f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

WMF = "Wikimedia Foundation"
A = {}
# ---- internet/web hosting, US: the Signpost, 14 March 2005 -----------------------------------------------------------
A["wp-signpost-wikimedia-power-outage-redux-2005"] = dict(
 # 'Wikipedia' -> Service; 'Kate Turner', 'Grunt' (a user name the story gives as a person reporting; doubtful) and
 # 'Jamesday' (likewise) -> Person; 'the Wikimedia Foundation' (alias 'Wikimedia': 'the main Wikimedia image server',
 # 'all Wikimedia projects') -> Organization; 'the OpenFacts status page' -> Service 'OpenFacts' (a website; its
 # runner not named; doubtful); 'the Commons image repository' -> Service 'Commons'. No entity: 'the colocation
 # facility' (unnamed; a near-miss: a reader might make it the provider of either outage), 'the image server', 'the
 # database server', 'the switch', 'a power strip' (equipment), 'the archived story' (a link's words)
 entities=[E("Service", "Wikipedia"), E("Person", "Kate Turner"), E("Organization", WMF, "Wikimedia"),
           E("Person", "Grunt"), E("Service", "OpenFacts"), E("Person", "Jamesday"), E("Service", "Commons")],
 # Near-misses, no role: 'Developer Kate Turner', 'Developer Jamesday' -> nothing (a trade, not a title of the
 # vocabulary; a reader might give other or executive at the Foundation, which the text does not tie them to)
 roles=[],
 # "the Wikimedia Foundation's websites were inaccessible ... access to Wikipedia was cut off entirely" ->
 # provider(Wikipedia, Wikimedia Foundation); 'the main Wikimedia image server, which hosts images for all Wikimedia
 # projects including the Commons image repository' -> provider(Commons, Wikimedia Foundation) (a Wikimedia project;
 # doubtful: 'Wikimedia' is there a modifier). Near-miss: OpenFacts and the Foundation -> nothing (the text only says
 # complaints were registered at its status page)
 relations=[L("Wikipedia", "provider", WMF), L("Commons", "provider", WMF)],
 # two outages told apart:
 # 1) 'Wikipedia suffered another power outage last Monday'; "the Wikimedia Foundation's websites were inaccessible
 #    for about two hours (around 13:00 to 15:00 UTC), as a result of a power strip blowing out ... not caused by any
 #    problems at the colocation facility, but was simply the result of faulty equipment"; 'access to Wikipedia was
 #    cut off entirely' -> provider Wikimedia Foundation (its own equipment failed; doubtful: the equipment's owner is
 #    implied, not stated), date 2005-03-07, start 13:00, end 15:00, duration 2 h (stated, 'about two hours'),
 #    affected Wikipedia (the one site named), location null (the colocation facility unnamed and unplaced), cause
 #    the power strip blowing out
 # 2) 'Unlike the power outage two weeks earlier' and 'unlike the last incident' -> provider null (the facility's
 #    operator not named), date 2005-02-21 (two weeks before Monday 7 March; doubtful: 'two weeks' read as exact),
 #    affected Wikipedia ('another power outage' makes the first one Wikipedia's too), no times, location null, cause
 #    null (the contrast implies 'problems at the colocation facility'; a reader might write that as its cause;
 #    doubtful). The same event is batch 62c's February 2005 outage in train's 2006 text (there with provider
 #    PowerMedium, read from that text); here it is named only for contrast
 # Near-misses: 'the site briefly went back into read-only mode on Tuesday' -> no outage of its own (a step of the
 # recovery from outage 1); 'performance remained slow' and the complaints 'over the next few days' -> nothing (slow,
 # not down); 'the image server being overloaded ... experiencing more read requests than it could keep up with' ->
 # no outage (an overload, with images taken out of templates as a measure; no service lost is told)
 outages=[O(WMF, "2005-03-07", ["Wikipedia"], start="2005-03-07T13:00", end="2005-03-07T15:00", dur=2.0,
            cause="a power strip blowing out"),
          O(None, "2005-02-21", ["Wikipedia"])],
 # published Monday 14 March 2005: 'last Monday' -> 2005-03-07; '13:00' and '15:00 UTC' -> that day's times; 'two
 # weeks earlier' -> 2005-02-21 (doubtful, as above); 'Tuesday' ('went back into read-only mode on Tuesday',
 # 'reported on Tuesday'; one item) -> 2005-03-08. Nothing: 'a couple of hours', 'about two hours', 'for a while',
 # 'over the next few days', 'last time' (durations or unresolvable)
 dates=[D("last Monday", "2005-03-07"), D("13:00", "2005-03-07T13:00"), D("15:00 UTC", "2005-03-07T15:00"),
        D("two weeks earlier", "2005-02-21"), D("Tuesday", "2005-03-08")])

# ---- internet/web hosting, US: the Signpost, 3 October 2011 ----------------------------------------------------------
A["wp-signpost-wikimedia-engineering-report-2011"] = dict(
 # 'The Wikimedia Foundation' (aliases 'WMF' and 'Wikimedia': 'Wikimedia wikis', 'which Wikimedia hopes to adopt') ->
 # Organization; 'Wikimedia Techblog' -> Service; 'MediaWiki' ('the MediaWiki wiki', 'the very latest MediaWiki
 # revisions') -> Service, the software (the wiki named after it read as its site, not an entity of its own;
 # doubtful); 'The Signpost' -> Organization (a volunteer newspaper of the encyclopedia, not run as a business;
 # doubtful: a reader might give Company by the news-organisation rule, or Service); 'Tampa', 'Florida', 'Ashburn',
 # 'Virginia' -> Location (city and state apart, as batches 60d-62c); 'Wikimedia Labs' -> Service. No entity: 'the
 # Engineering Report' (a document), 'the new mobile site' (unnamed), 'protocol-relative URLs', '1.18', 'https',
 # 'gadgets', 'a test wiki' (technical terms or unnamed), 'the development team' (generic)
 entities=[E("Organization", WMF, "WMF", "Wikimedia"), E("Service", "Wikimedia Techblog"), E("Service", "MediaWiki"),
           E("Organization", "The Signpost"), E("Location", "Tampa"), E("Location", "Florida"),
           E("Location", "Ashburn"), E("Location", "Virginia"), E("Service", "Wikimedia Labs")],
 # no titled person in the text ('The report's writers', 'the development team' -> nothing)
 roles=[],
 # "The Wikimedia Foundation's Engineering Report ... was published last week on the Wikimedia Techblog" ->
 # provider(Wikimedia Techblog, Wikimedia Foundation) (as batch 62c had it; the blog carries the Foundation's report
 # and name); 'Also announced were ... the first trials of basic Wikimedia Labs functionality' in the Foundation's
 # report of 'all Foundation-sponsored technical operations' -> provider(Wikimedia Labs, Wikimedia Foundation)
 # (doubtful: run by the Foundation by the report's scope, not said in so many words). Near-misses, no relation:
 # MediaWiki and the Foundation -> nothing (the text does not say who makes the software); the Signpost and the
 # Foundation -> nothing; "the WMF's main bank of servers, in Tampa, Florida, to the new data centre in Ashburn" ->
 # no relation (places; the data centres' operators are not named)
 relations=[L("Wikimedia Techblog", "provider", WMF), L("Wikimedia Labs", "provider", WMF)],
 # No outage: 'an investigation into three short outages that occurred on 26 September' counts three outages and
 # tells none apart (GUIDELINES, Outages: counted outages are no events) -- a near-miss: a reader might write one or
 # three outages of the Foundation dated 2011-09-26; the sentence that told their causes is cut
 outages=[],
 # published Monday 3 October 2011: 'September' ('the Engineering Report for September') -> 2011-09; 'early October'
 # -> 2011-10; 'later in the month' (October's, after 'early October') -> 2011-10 (as 'the end of the month' -> the
 # month); '26 September' -> 2011-09-26. Nothing: 'last week' (skip by the rule), 'that month' (an anaphor of
 # 'September'), 'the coming months', 'at time of writing', 'the near future'
 dates=[D("September", "2011-09"), D("early October", "2011-10"), D("later in the month", "2011-10"),
        D("26 September", "2011-09-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
