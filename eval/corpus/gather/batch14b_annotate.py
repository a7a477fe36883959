#!/usr/bin/env python3
"""Batch 14b gold annotations (the 7 UK Parliament texts of batch14b.py), written from each text alone before newskg
was run on any batch-14 file. Split rule fixed before annotation: the 7 ids sorted, then dealt along test, train, dev,
train (their own cycle, as every sub-batch since 8b).
usage: batch14b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-commons-british-steel-corporation-chairman-1980 hansard-commons-national-steel-corporation-membership-1967
hansard-written-answer-british-steel-corporation-chairman-designate-1980 hansard-commons-electricity-supplies-private-notice-1981
hansard-written-answer-electricity-storms-1990 hansard-commons-electricity-supply-east-midlands-1990
hansard-commons-electricity-supply-severe-weather-1992""".split())
NSC = "National Steel Corporation"
A = {}
A["hansard-commons-british-steel-corporation-chairman-1980"] = dict(
 entities=[E("Person", "Charles Villiers"), E("Company", "BSC"), E("Person", "Ian MacGregor", "MacGregor"), E("Location", "Scotland"),
           E("Location", "America"), E("Company", "AMAX"), E("Company", "BL"), E("Company", "LTV Corporation"),
           E("Company", "Lazard Freres and Co.", "Lazard Freres"), E("Location", "New York"),
           E("Organization", "Review Body on Top Salaries")],
 roles=[R("Charles Villiers", "chairman", "BSC"),  # 'whose term of office ends in September': not yet left
        R("Ian MacGregor", "chairman", "BSC"), R("Ian MacGregor", "executive", "BSC"),  # part-time deputy chairman first
        R("Ian MacGregor", "ceo", "AMAX", False), R("Ian MacGregor", "director", "AMAX"),  # 'remains on that board'
        R("Ian MacGregor", "executive", "BL"), R("Ian MacGregor", "director", "LTV Corporation"),
        R("Ian MacGregor", "executive", "Lazard Freres and Co.")],  # senior partner
 relations=[], outages=[],
 dates=[D("September", "1980-09"), D("tomorrow", "1980-05-02"), D("1 July", "1980-07-01"), D("1966", "1966"), D("1977", "1977")])
A["hansard-commons-electricity-supplies-private-notice-1981"] = dict(
 entities=[E("Location", "South-West"), E("Location", "South Wales"), E("Location", "Merseyside"), E("Location", "North Wales"),
           E("Organization", "Armed Forces")],
 roles=[], relations=[],
 outages=[O(None, "1981-12-13", [], cause="bad weather conditions")],  # the area boards are not named
 dates=[D("Sunday last", "1981-12-13"), D("Sunday 13 December", "1981-12-13"), D("tomorrow", "1981-12-17")])
A["hansard-commons-electricity-supply-east-midlands-1990"] = dict(
 entities=[E("Location", "east midlands"), E("Location", "England"), E("Person", "Betty Long"), E("Location", "Killamarsh"),
           E("Location", "Westhorpe substation"), E("Location", "Derbyshire"), E("Location", "Nottinghamshire"),
           E("Location", "Warwickshire"), E("Location", "Leicestershire"), E("Organization", "Army")],
 roles=[],  # a councillor: no role
 relations=[],
 outages=[O(None, "1990-12-08", [], start="1990-12-08T03:00", loc="east midlands", cause="severe weather")],
 dates=[D("Friday 7 December", "1990-12-07"), D("1987", "1987"), D("10 o'clock on Friday evening", "1990-12-07T22:00"),
        D("3 o'clock on Saturday morning", "1990-12-08T03:00"), D("3 am", "1990-12-08T03:00")])
A["hansard-commons-electricity-supply-severe-weather-1992"] = dict(
 entities=[E("Location", "east midlands"), E("Location", "Britain")],
 roles=[], relations=[],
 outages=[O(None, "1990-12", [], loc="east midlands", cause="severe weather")],  # 'the regional electricity company concerned' unnamed
 dates=[D("December 1990", "1990-12")])
A["hansard-commons-national-steel-corporation-membership-1967"] = dict(
 entities=[E("Company", NSC), E("Person", "Lord Melchett"), E("Organization", "Organising Committee"),
           E("Company", "Hill, Samuel & Co. Ltd."), E("Person", "H. M. Finniston"), E("Company", "C. A. Parsons & Co. Ltd."),
           E("Company", "International Research and Development Co. Ltd."), E("Person", "M. Milne-Watson"),
           E("Company", "Richard, Thomas & Baldwins Ltd."), E("Person", "A. J. Peech", "Peech"),
           E("Company", "United Steel Companies, Ltd.", "United Steel Companies Ltd."), E("Person", "Lord Layton"),
           E("Company", "Steel Company of Wales"), E("Person", "Ron Smith"), E("Organization", "Union of Post Office Workers"),
           E("Person", "Raymond Brookes"), E("Company", "Guest, Keen & Nettlefolds Ltd."), E("Person", "Sidney Harris", "Harris"),
           E("Person", "Cyril Musgrave"), E("Organization", "Iron and Steel Board"), E("Person", "Peter Parker"),
           E("Company", "Booker Bros., McConnell & Co. Ltd."), E("Company", "Booker Engineers & Industrial Holdings Ltd.")],
 roles=[R("Lord Melchett", "chairman", NSC), R("Lord Melchett", "chairman", "Organising Committee", False),
        R("Lord Melchett", "director", "Hill, Samuel & Co. Ltd.", False),
        R("H. M. Finniston", "executive", NSC), R("H. M. Finniston", "director", "C. A. Parsons & Co. Ltd."),
        R("H. M. Finniston", "director", "International Research and Development Co. Ltd."),
        R("M. Milne-Watson", "executive", NSC), R("M. Milne-Watson", "chairman", "Richard, Thomas & Baldwins Ltd."),
        R("A. J. Peech", "executive", NSC), R("A. J. Peech", "chairman", "United Steel Companies, Ltd."),
        R("A. J. Peech", "director", "United Steel Companies, Ltd."),
        R("Lord Layton", "director", NSC), R("Lord Layton", "director", "Steel Company of Wales"),
        R("Ron Smith", "director", NSC), R("Ron Smith", "head", "Union of Post Office Workers", False),
        R("Raymond Brookes", "director", NSC), R("Raymond Brookes", "chairman", "Guest, Keen & Nettlefolds Ltd."),
        R("Raymond Brookes", "director", "Guest, Keen & Nettlefolds Ltd."),
        R("Sidney Harris", "director", NSC), R("Cyril Musgrave", "director", NSC),
        R("Cyril Musgrave", "chairman", "Iron and Steel Board"),
        R("Peter Parker", "director", NSC), R("Peter Parker", "director", "Booker Bros., McConnell & Co. Ltd."),
        R("Peter Parker", "chairman", "Booker Engineers & Industrial Holdings Ltd.")],
 relations=[],  # the companies to vest in the corporation are not named
 outages=[], dates=[D("Friday, 28th July, 1967", "1967-07-28")])
A["hansard-written-answer-british-steel-corporation-chairman-designate-1980"] = dict(
 entities=[E("Person", "Dobson"), E("Company", "British Steel Corporation", "BSC"), E("Person", "Ian MacGregor", "MacGregor"),
           E("Person", "Keith Joseph"), E("Person", "McDonald")],
 roles=[R("Ian MacGregor", "chairman", "British Steel Corporation")],  # chairman-designate: announced to take the post
 relations=[], outages=[], dates=[D("8 May", "1980-05-08")])
A["hansard-written-answer-electricity-storms-1990"] = dict(
 entities=[E("Company", "Northern Ireland Electricity"), E("Location", "Republic of Ireland")],
 roles=[], relations=[],
 # supplies restored after both storms: power lost; the boards affected are not named
 outages=[O(None, "1990-01-25", [], cause="storm"), O(None, "1987-10", [], cause="storm")],
 dates=[D("Thursday 25 January", "1990-01-25"), D("October 1987", "1987-10")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
