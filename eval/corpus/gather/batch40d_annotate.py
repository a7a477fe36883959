#!/usr/bin/env python3
"""Batch 40d gold annotations (the texts of batch40d.py: three US Attorney's Office press releases on attacks that
stopped a named company's service -- Ryan Fisher charged with bringing down SBT Internet's wireless service around
Vernal, Utah, 15 February 2006; Stephen Plato McRae's guilty plea for shooting Garkane Energy Cooperative's Buckskin
Electrical Substation, 10 May 2019; Randy Scott Vail's sentence for shooting at Idaho Power Company's Hells Canyon
and Brownlee dam power stations, June 2024), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batch 39s's for DOJ releases): the company whose network or equipment failed -> Company and the
outage's provider; federal agencies and courts -> Organization; named substations, dams and power stations are
facilities -> Location; defendants, prosecutors, agents, sheriffs and judges -> Person; a field-office special
agent in charge -> executive at the agency; no role for a US Attorney whose office is not named as a body in the
kept text, nor for a judge; charges, counts, indictments and plea agreements are not entities.
usage: batch40d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Fisher charged, USAO District of Utah, published 2006-02-15 (a Wednesday) --------------------------------------
A["us-doj-usao-ut-fisher-charged-bringing-down-vernal-wireless-internet-2006"] = dict(
 # People: Alice Fisher (Assistant Attorney General; only in full), Stephen J. Sorenson (Acting US Attorney),
 # Timothy Fuhrman (FBI special agent in charge), Ryan Fisher ('Fisher' alone three times: the defendant, never the
 # Assistant Attorney General). Organizations: the U.S. Department of Justice, the FBI (written out). Company: SBT
 # Internet ('SBT' alone in 'SBT's radio towers', 'SBT's computer passwords', 'SBT's network'; alias). Locations: the
 # dateline 'SALT LAKE CITY' and 'Salt Lake City' (one city, the capitals an alias), Vernal, Utah. Not annotated:
 # 'another Internet service provider' (unnamed), 'Internet service' (generic, no named Service), the indictment
 entities=[E("Person", "Alice Fisher"), E("Person", "Stephen J. Sorenson"), E("Person", "Timothy Fuhrman"),
           E("Person", "Ryan Fisher", "Fisher"),
           E("Organization", "U.S. Department of Justice"), E("Organization", "Federal Bureau of Investigation"),
           E("Company", "SBT Internet", "SBT"),
           E("Location", "Salt Lake City", "SALT LAKE CITY")]
          + locs("Vernal", "Utah"),
 # Alice Fisher, 'U.S. Department of Justice Assistant Attorney General' -> executive at the U.S. Department of
 # Justice (a senior post heading one division, not the department; doubtful: other); Fuhrman, 'Special Agent in
 # Charge of the Federal Bureau of Investigation in Salt Lake City' -> executive at the FBI (39s's reading; doubtful:
 # head). Sorenson, 'Acting United States Attorney': no role (his office is not named as a body in the kept text;
 # doubtful: head of a US Attorney's Office entity)
 roles=[R("Alice Fisher", "executive", "U.S. Department of Justice"),
        R("Timothy Fuhrman", "executive", "Federal Bureau of Investigation")],
 relations=[],
 # one outage: Fisher 'intentionally brought down wireless Internet services in the region of Vernal, Utah', using
 # SBT's passwords to 'reprogram its customers' wireless access points so they could not reach the Internet through
 # normal means'. Provider SBT Internet (its network and its customers' service; the text tells it as the
 # indictment's allegation, the headline says 'Bringing Down'). Date null (the text does not date the outage; the
 # indictment of 'late Wednesday afternoon' is later); location Vernal ('in the region of Vernal, Utah'); no start,
 # end or duration (the kept text stops before the jammed airwaves); affected [] (customers, one relying on e-mail
 # for news of an organ donor: no named service or body); cause 'customers' wireless access points reprogrammed'
 # (doubtful: 'former employee's sabotage')
 outages=[O("SBT Internet", None, [], loc="Vernal", cause="customers' wireless access points reprogrammed")],
 # published 2006-02-15 (Wednesday): 'today' (twice; one item) -> 2006-02-15; 'late Wednesday afternoon' -> the
 # same day (doubtful: 'Wednesday' alone as the surface text). Skipped: 'age 23'
 dates=[D("today", "2006-02-15"), D("late Wednesday afternoon", "2006-02-15")])

# ---- McRae's plea, USAO District of Utah, published 2019-05-10 (a Friday) ------------------------------------------
A["us-doj-usao-ut-mcrae-pleads-guilty-garkane-buckskin-substation-2019"] = dict(
 # People: Stephen Plato McRae ('McRae' alone six times, twice as 'McRae's'), John W. Huber (U.S. Attorney), Paul
 # Haertel (FBI special agent in charge), Tracy Glover (Kane County Sheriff), Ted Stewart (U.S. District Judge).
 # Organizations: the FBI (only 'FBI' in the text), 'U.S. District Court' (as 39s). Company: Garkane Energy
 # Cooperative ('Garkane' alone once; an electric cooperative, a business, that owns the substation). Locations:
 # Salt Lake City (the dateline 'SALT LAKE CITY' an alias), Escalante, Kane County ('Kane' in 'Kane and Garfield
 # counties' an alias), Garfield (the county named in 'Kane and Garfield counties'; doubtful: a reader may leave the
 # bare 'Garfield' out), the Buckskin Electrical Substation (a named facility), the United States (as 39s: the party
 # that agreed not to seek charges; doubtful). Not annotated: the Springfield 30-40, Model 1898, rifle (a weapon, not
 # a service users use), 'local prosecuting authorities' (unnamed), the plea agreement and the indictment
 entities=[E("Person", "Stephen Plato McRae", "McRae"), E("Person", "John W. Huber"), E("Person", "Paul Haertel"),
           E("Person", "Tracy Glover"), E("Person", "Ted Stewart"),
           E("Organization", "FBI"), E("Organization", "U.S. District Court"),
           E("Company", "Garkane Energy Cooperative", "Garkane"),
           E("Location", "Salt Lake City", "SALT LAKE CITY"), E("Location", "Kane County", "Kane")]
          + locs("Escalante", "Garfield", "Buckskin Electrical Substation", "United States"),
 # Haertel, 'FBI Special Agent in Charge' -> executive at the FBI (39s's reading of a special agent in charge;
 # doubtful: head). No role for Huber ('U.S. Attorney', no office named in the kept text), Stewart (a judge) or
 # Glover ('Kane County Sheriff': the sheriff's office is not named as a body; doubtful: head with Kane County, as a
 # governor takes his state)
 roles=[R("Paul Haertel", "executive", "FBI")],
 relations=[],
 # one outage: 'The damage from the rifle shots caused the energy facility substation to overheat and fail.
 # McRae's actions caused a power outage in Kane and Garfield counties.' Provider Garkane Energy Cooperative ('owns
 # the substation'; it paid for the repair). Date 2016-09-25 (the day McRae 'traveled to the Buckskin Electrical
 # Substation'); location Kane County (doubtful: the outage spans 'Kane and Garfield counties'; the substation's
 # name is the other reading); no start, end or duration stated; affected []; cause 'rifle shots into the cooling
 # fins' (doubtful: 'substation overheated and failed'). Not outages: the other energy facilities McRae admitted
 # damaging (no loss of supply told in the kept text)
 outages=[O("Garkane Energy Cooperative", "2016-09-25", [], loc="Kane County",
            cause="rifle shots into the cooling fins")],
 # published 2019-05-10 (Friday): 'February 2017' -> 2017-02; 'Friday morning' and 'Friday afternoon' -> 2019-05-10
 # (two surface texts, two items); 'Sept. 25, 2016' -> 2016-09-25; 'July 30, 2019' -> 2019-07-30. Skipped: '96
 # months', 'age 59'
 dates=[D("February 2017", "2017-02"), D("Friday morning", "2019-05-10"), D("Friday afternoon", "2019-05-10"),
        D("Sept. 25, 2016", "2016-09-25"), D("July 30, 2019", "2019-07-30")])

# ---- Vail sentenced, USAO District of Idaho, published 2024-06-10 (a Monday; the copy's date) -----------------------
A["us-doj-usao-id-vail-sentenced-hells-canyon-brownlee-dam-shootings-2024"] = dict(
 # People: Randy Scott Vail ('Vail' alone nine times), Josh Hurwit (U.S. Attorney). Company: Idaho Power Company
 # (it built and operates the dams). Locations: Meridian, Hells Canyon Dam and Brownlee Dam (named facilities, each
 # 'the X hydroelectric power station'; 'the Brownlee Dam' and 'Brownlee Dam' one name), the Snake River, Idaho,
 # Oregon (both also inside 'Idaho-Oregon'), Washington, Cambridge (the dateline-style 'Cambridge, Idaho' split as
 # 39s split 'Jacksonville, Arkansas'). Not annotated: Highway 71 (a road), 'a sheriff's deputy' (unnamed), the
 # switchyard, the power substations (unnamed)
 entities=[E("Person", "Randy Scott Vail", "Vail"), E("Person", "Josh Hurwit"),
           E("Company", "Idaho Power Company")]
          + locs("Meridian", "Hells Canyon Dam", "Brownlee Dam", "Snake River", "Idaho", "Oregon", "Washington",
                 "Cambridge"),
 # no role: 'U.S. Attorney Josh Hurwit' (the office line is the copy's lead-in, cut; no office named in the kept
 # text -- 39s's convention)
 roles=[],
 relations=[],
 # two outages, one per power station, each told with its own shooting: 'Vail shot at the Hells Canyon Dam
 # hydroelectric power station and the Brownlee Dam hydroelectric power station causing power loss and substantial
 # damage to both' -- Hells Canyon on 'the late-night hours of June 8, 2023' ('As a result, power loss occurred at
 # Hells Canyon Dam') and Brownlee 'Approximately one hour later, on June 9, 2023' (sparks in the switchyard; its
 # power loss told only in 'power loss ... to both'). Provider Idaho Power Company ('built and are operated by Idaho
 # Power Company'). Location the dam. No start, end or duration (the night hours are not a time); affected [] (no
 # customers, service or body named); cause 'rifle shots at the power substations'. **Doubtful as outages**: the
 # text tells a power station's loss of power, not customers losing supply (a reader may take both as near-misses,
 # or keep Hells Canyon only, where the loss is told in its own sentence)
 outages=[O("Idaho Power Company", "2023-06-08", [], loc="Hells Canyon Dam",
            cause="rifle shots at the power substations"),
          O("Idaho Power Company", "2023-06-09", [], loc="Brownlee Dam",
            cause="rifle shots at the power substations")],
 # published 2024-06-10: 'today' -> 2024-06-10 (doubtful, with `published`); 'June 8, 2023' (twice; one item) ->
 # 2023-06-08; 'June 9, 2023' (twice; one item) -> 2023-06-09. Skipped: 'five years', 'Approximately one hour
 # later', 'Approximately 45 minutes after', 'the late-night hours of' (no clock time)
 dates=[D("today", "2024-06-10"), D("June 8, 2023", "2023-06-08"), D("June 9, 2023", "2023-06-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
