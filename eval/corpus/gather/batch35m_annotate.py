#!/usr/bin/env python3
"""Batch 35m gold annotations (the 5 texts of batch35m.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts). Each text is a speech or reply given on the sitting day that
is its `published`; relative expressions are resolved against that day (GUIDELINES.md, Dates); clock times are not
listed as dates (as batches 33a-35i).
usage: batch35m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

IW = "Irish Water"
BGE = "Bord Gáis Éireann"
GNI = "Gas Networks Ireland"

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["oireachtas-dail-staleen-burst-east-meath-water-outage-irish-water-2018"] = dict(
 # Irish Water (the national water utility; Company, as the corpus's Irish Water files) -> Company; the Staleen water
 # treatment plant (a named plant: Location, as the corpus types named facilities), Drogheda, Meath (said as 'east
 # Meath'; the region word left out, as batch 35i's 'north-east Wicklow' -> Wicklow), Ratoath, Kilbride and Duleek ->
 # Location; Our Lady of Lourdes Hospital (a named hospital, a body that is 'prioritised') -> Organization. 'the
 # local authority' (unnamed), 'the Deputy', contractors, 'the treated water reservoir' (unnamed) -> not annotated
 entities=[E("Company", IW), E("Location", "Staleen water treatment plant"), E("Location", "Drogheda"),
           E("Location", "Meath"), E("Location", "Ratoath"), E("Location", "Kilbride"), E("Location", "Duleek"),
           E("Organization", "Our Lady of Lourdes Hospital")],
 # the Minister is not named in the text; no titles of named people
 roles=[],
 # the text does not say that Irish Water runs the plant in so many words, and a site takes no relation -> none
 relations=[],
 # one outage: 'a water outage is impacting on some east Meath customers, including in the areas of Ratoath,
 # Kilbride and Duleek', 'As a result of the pipe burst' (the burst 'late yesterday evening' on the pipeline from
 # Staleen, the plant at about 40% of capacity) -> provider Irish Water (it repairs the pipeline, restores pressure
 # and supplies tankers: the utility whose supply failed), date 2018-05-31 (the outage is told as going on on the
 # day of the reply, while the reservoir still served Drogheda and most of east Meath 'for the present'; its start is
 # not told; doubtful: 2018-05-30, the night of the burst), start/end null (it 'may' last 'through the evening and
 # perhaps into the early morning': a forecast), affected [] (customers; no named service or body lost supply: the
 # hospital was 'prioritised'), location Meath (east Meath; doubtful: one of the three named areas), cause 'pipe
 # burst'. The burst 'last year' near the same place is named only as a burst (no loss of supply told) -> no item
 outages=[O(IW, "2018-05-31", [], loc="Meath", cause="pipe burst")],
 # `published` Thursday 31 May 2018: 'late yesterday evening' -> 2018-05-30; 'last year' -> 2017; 'late this
 # morning' -> 2018-05-31; 'the evening' ('through the evening', this evening) -> 2018-05-31 and 'the early morning'
 # (the next morning) -> 2018-06-01 (both forecasts, resolvable; doubtful); 'throughout the night' (the night of
 # 30-31 May, two days) and 'for the present' skipped
 dates=[D("late yesterday evening", "2018-05-30"), D("last year", "2017"), D("late this morning", "2018-05-31"),
        D("the evening", "2018-05-31"), D("the early morning", "2018-06-01")])

A["oireachtas-dail-leixlip-gas-explosion-electricity-off-bord-gais-2012"] = dict(
 # Leixlip -> Location; Bord Gáis Éireann ('BGE' twice more) -> Company (the state gas company, run as a business, as
 # the corpus's Bord Gáis files type it). The Ceann Comhairle and the Minister (posts, unnamed), the three people in
 # the house (unnamed) -> not annotated
 entities=[E("Location", "Leixlip"), E("Company", BGE, "BGE")],
 roles=[],
 relations=[],
 # one outage: 'The electricity went off at approximately 7 p.m. for a few minutes' in the area of the explosion ->
 # provider null (no electricity company is named), date null (the day is not told: the Deputy heard of, or dates,
 # the explosion 'on Saturday', and the power cut came some hours before it, which may be that Saturday or the day
 # before; doubtful), start null (a clock time with no day; '7 p.m.' not turned into a date-time), duration null ('a
 # few minutes' is no number), affected [] (households), location Leixlip, cause null (none told; 'there seems to be a
 # link between the electricity and gas' is a guess). Not items: the gas leak (BGE 'fixed the leak'; no one's gas
 # supply is said to be cut), 'I am not sure if the electricity went off at this stage' (a second cut not asserted),
 # the explosion (an accident, not a lost service)
 outages=[O(None, None, [], loc="Leixlip")],
 # `published` Thursday 19 January 2012: 'Yesterday' -> 2012-01-18; 'Saturday' ('on Saturday') -> 2012-01-14;
 # '7 p.m.' (a clock time), 'an hour or an hour and half' (a span) skipped
 dates=[D("Yesterday", "2012-01-18"), D("Saturday", "2012-01-14")])

A["oireachtas-dail-cork-floods-18000-homes-without-water-2009"] = dict(
 # Cork ('Cork city', 'the people of Cork', 'the Cork region'; the city, one Location) -> Location; Civil Defence
 # (the national volunteer emergency body) and Cork City Council -> Organization; P.J. Coogan ('Mr. Coogan' once,
 # given as an alias), Paul Byrne and Paschal Sheehy -> Person; TV3 and RTE (broadcasters: Company, as GUIDELINES type
 # news organisations) -> Company. 'the Government', 'local authority employees', 'emergency services' (generic) ->
 # not annotated
 entities=[E("Location", "Cork"), E("Organization", "Civil Defence"), E("Organization", "Cork City Council"),
           E("Person", "P.J. Coogan", "Coogan"), E("Person", "Paul Byrne"), E("Company", "TV3"),
           E("Person", "Paschal Sheehy"), E("Company", "RTE")],
 # 'Paul Byrne from TV3', 'Paschal Sheehy from RTE': 'His television colleagues' (of Mr. Coogan) with no title ->
 # no role (doubtful)
 roles=[],
 relations=[],
 # one outage: 'In Cork city alone, 18,000 homes are without drinking water this evening', after 'the disastrous
 # floods in Cork city' -> provider null (the text names no water operator: Cork City Council is named only for its
 # late freefone number and press unit; doubtful: a reader who knows Irish local government in 2009 would take the
 # council), date 2009-11 (the loss is going on on Tuesday 24 November and came with floods of 'the past several
 # days'; its start day is not told), start/end null, affected [] (homes), location Cork, cause 'floods'. The loss
 # elsewhere ('Cork city and other areas' is said of the floods only) -> nothing more
 outages=[O(None, "2009-11", [], loc="Cork", cause="floods")],
 # `published` Tuesday 24 November 2009: 'this evening' ('This evening's debate', '... this evening'; one text and
 # value) -> 2009-11-24; 'last night' -> 2009-11-23; 'Friday night' -> 2009-11-20; 'the following day' (the day
 # after that Friday) -> 2009-11-21; 'over the past several days', 'During the early days of the flooding' (spans),
 # '10.30 p.m.' and '6 a.m.' (clock times) skipped
 dates=[D("this evening", "2009-11-24"), D("last night", "2009-11-23"), D("Friday night", "2009-11-20"),
        D("the following day", "2009-11-21")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["oireachtas-seanad-corrib-unscented-gas-erris-gas-networks-ireland-2017"] = dict(
 # the National Museum (where the Seanad sat) and the 'Office of Public Work' (as written; the Office of Public
 # Works) -> Organization; Erris ('the parish of Erris', 'the Erris community'), Mayo and Galway -> Location; 'Corrib
 # gas' (the gas project said to release the gas, acting as a body: Organization; doubtful, it also names the gas
 # field's gas), Shell and Gas Networks Ireland -> Company. The Ceann Comhairle (a post), 'the EPA' is past the cut,
 # 'the company' (= Shell or Corrib gas, not a new name) -> not annotated
 entities=[E("Organization", "National Museum"), E("Organization", "Office of Public Work"),
           E("Location", "Erris"), E("Location", "Mayo"), E("Location", "Galway"),
           E("Organization", "Corrib gas"), E("Company", "Shell"), E("Company", GNI)],
 roles=[],
 # no stated partnership or ownership: the text does not say whose network ('the system') took the gas -> none
 relations=[],
 # near-miss: unscented gas released 'into the system by Corrib gas' on Thursday; Gas Networks Ireland's customers
 # 'left in a vulnerable situation', the danger that a leak cannot be smelled, 'the inconvenience and disturbance
 # caused to households, businesses and crucial facilities ... dependent on a reliable source of energy' -> no
 # outage: the text never says a supply was cut, turned off or lost (doubtful: 'inconvenience and disturbance' hints
 # at one); Shell's staff sent home and residents left unsure whether to leave (no service) -> nothing
 outages=[],
 # `published` Tuesday 26 September 2017: 'Thursday' ('on Thursday', 'overnight on Thursday') -> 2017-09-21;
 # 'Thursday evening' ('late on Thursday evening') -> 2017-09-21; 'earlier in the day' (that Thursday; no own text
 # value beyond it) skipped
 dates=[D("Thursday", "2017-09-21"), D("Thursday evening", "2017-09-21")])

A["oireachtas-dail-clonmel-weekly-water-outages-2023"] = dict(
 # Clonmel ('Chluain Meala' in the Irish sentence, the genitive of its Irish name, given as an alias; doubtful),
 # Bosnia and Herzegovina and Medjugorje -> Location; An Garda Síochána (the police) and the Clonmel Business Network
 # -> Organization; O'Brien ('the Minister, Deputy O'Brien': a minister with no portfolio named in the text) ->
 # Person. 'an Rialtas' (the Government), 'the Clonmel school community', 'the hospital' (unnamed) -> not annotated
 entities=[E("Location", "Clonmel", "Chluain Meala"), E("Organization", "An Garda Síochána"),
           E("Organization", "Clonmel Business Network"), E("Person", "O'Brien"),
           E("Location", "Bosnia and Herzegovina"), E("Location", "Medjugorje")],
 # 'the Minister, Deputy O'Brien': no department named, so no org for a role -> none (doubtful)
 roles=[],
 relations=[],
 # near-miss: 'The town has suffered from weekly water outages, boil water notices and low water pressure' and 'an
 # inadequate water supply' -> counted outages, never told apart, dated or given an operator (GUIDELINES) -> none
 outages=[],
 # `published` Tuesday 26 September 2023: 'the summer' ('during the summer'; a season -> the year) -> 2023;
 # 'cúpla seachtain ó shin' (Irish, 'a couple of weeks ago'), 'recently', 'at all times' skipped
 dates=[D("the summer", "2023")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
