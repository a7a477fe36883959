#!/usr/bin/env python3
"""Batch 34n gold annotations (the texts of batch34n.py: the first president of a Pakistani bank for women, and a
South African union negotiator who became an executive director of a mobile-phone group and chief executive of a
pan-African telecoms group, one part), written from each text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-akram-khatoon -> test, wp-irene-charnley -> train. Wikipedia texts
have `published` null: only absolute dates (GUIDELINES.md, Dates); spans ('13 years', 'the last 41 years', '28
years', 'a three-year time span'), school grades and 'the late-2000s' (a part of a decade, no calendar value) left
out; a repeated date with the same text is one item.
Conventions as batches 27a-34e (GUIDELINES.md part 2): a post the text says was held 'from 1989 to 2004', by a
'retired banker', or one she 'left' -> current false; a post told with 'currently' -> current true; 'executive
director' -> director (GUIDELINES); 'senior management positions' -> executive; negotiators, training officers,
lecturers, shareholders -> no role; 'the behind the founding of' (a word missing in the article) -> founder, current
(the convention for founders).
usage: batch34n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Pakistan --------------------------------------------------------------------------------------------------------
AK = "Akram Khatoon"
FWB = "First Women Bank Limited"
A["wp-akram-khatoon"] = dict(
 # 'Khatoon' -> alias; 'First Woman Bank' (the singular form the career paragraph uses) -> alias of First Women Bank
 # Limited; her parents Muhammad Shafi ('Shafi' an alias) and Hasina Begum -> Persons; 'the Pakistan Railways' (a
 # state railway named as her father's employer) -> Organization (doubtful: Company could be argued); Islamia Girls
 # High School, Lahore College for Women University, University of the Punjab, Forman Christian College -> Organization
 # ('Forman Christian College Lahore' -> the college, Lahore the city already annotated); 'the midweek magazine, Daily
 # Jang of Karachi' -> Company (GUIDELINES: newspapers and magazines are Company); State Bank of Pakistan (the central
 # bank) -> Organization; 'Diploma Associate Institute of Bankers Pakistan (DAIBP)' -> Organization 'Institute of
 # Bankers Pakistan' (the body inside the diploma's name; 'DAIBP' names the diploma, not an alias; doubtful); Muslim
 # Commercial Bank -> Company; Ajmer, British India, India, Pakistan, Lahore, Lahore Cantonment, Karachi, London,
 # Sukkur, Sindh, West Pakistan -> Location; 'the Partition' (an event) and 'a missionary school' (unnamed) -> nothing
 entities=[E("Person", AK, "Khatoon"), E("Location", "Ajmer"), E("Company", FWB, "First Woman Bank"),
           E("Location", "British India"), E("Person", "Muhammad Shafi", "Shafi"), E("Person", "Hasina Begum"),
           E("Organization", "Pakistan Railways"), E("Location", "India"), E("Location", "Pakistan"),
           E("Location", "Lahore"), E("Organization", "Islamia Girls High School"), E("Location", "Lahore Cantonment"),
           E("Organization", "Lahore College for Women University"), E("Organization", "University of the Punjab"),
           E("Organization", "Forman Christian College"), E("Company", "Daily Jang"), E("Location", "Karachi"),
           E("Location", "London"), E("Location", "Sukkur"), E("Location", "Sindh"),
           E("Organization", "State Bank of Pakistan"), E("Location", "West Pakistan"),
           E("Organization", "Institute of Bankers Pakistan"), E("Company", "Muslim Commercial Bank")],
 # 'served the first president of First Women Bank Limited a position which she held from 1989 to 2004' -> president,
 # not current (an end year told; 'a Pakistani retired banker'); 'Prior to her appointment as CEO of First Woman
 # Bank' -> ceo at the same bank, not current (the same post named a second way; both titles kept, as the text names
 # both; doubtful: one post); 'served Muslim Commercial Bank for 28 years in different senior management positions'
 # -> executive, not current (told before the 1989 appointment); 'a training officer for State Bank of Pakistan's
 # officer training scheme', 'lecturing in Sukkur' and her father's work at the railways -> no role
 roles=[R(AK, "president", FWB, False), R(AK, "ceo", FWB, False), R(AK, "executive", "Muslim Commercial Bank", False)],
 # 'a master in Economics from University of the Punjab through Forman Christian College Lahore' -> nothing (a degree
 # taken through an affiliated college; no ownership or unit told; doubtful: parentOrganization could be argued)
 relations=[],
 outages=[],
 # published null; '26 September 1937' twice -> one item; 'grade 4', 'the last 41 years', '28 years' left out
 dates=[D("26 September 1937", "1937-09-26"), D("1989", "1989"), D("2004", "2004"), D("1947", "1947"),
        D("1958", "1958")])

# ---- South Africa ----------------------------------------------------------------------------------------------------
IC = "Irene Charnley"
MTN = "MTN Group"
JH = "Johnnic Holdings"
STH = "Smile Telecoms Holdings Ltd"
A["wp-irene-charnley"] = dict(
 # 'Charnley' -> alias; 'MTN' -> alias of MTN Group ('connected into the MTN network' and 'left MTN'; the network is
 # not named as a product of its own -> no Service); 'Johnnic Holdings (now called Johnnic Communications)' and
 # 'Johnnic' -> one Company with the later name and the short form as aliases; the National Union of Mineworkers (a
 # union) -> Organization; the National Empowerment Consortium (a group of business owners and labourers that came to
 # own shares) -> Company (doubtful: Organization could be argued); Smile Telecoms Holdings Ltd -> Company; Forbes (a
 # magazine) -> Company; South Africa, Africa ('Africa's largest', 'Africa's 50 Most Powerful Women'), Nigeria, Iran,
 # Mauritius ('a Mauritius-based ... group'; doubtful), Tanzania, Uganda, the Democratic Republic of the Congo, the
 # United States -> Location; 'African', 'Middle Eastern', 'Pan-African' (adjectives), 'Businesswoman of the Year'
 # and the Forbes list (awards) -> nothing
 entities=[E("Person", IC, "Charnley"), E("Location", "South Africa"), E("Organization", "National Union of Mineworkers"),
           E("Company", MTN, "MTN"), E("Location", "Africa"), E("Location", "Nigeria"), E("Location", "Iran"),
           E("Company", "National Empowerment Consortium"), E("Company", JH, "Johnnic Communications", "Johnnic"),
           E("Location", "United States"), E("Company", STH), E("Location", "Mauritius"), E("Location", "Tanzania"),
           E("Location", "Uganda"), E("Location", "Democratic Republic of the Congo"), E("Company", "Forbes")],
 # 'went on to become an executive director for the MTN Group', 'Charnley left MTN under controversial conditions'
 # -> director (GUIDELINES: executive director -> director), not current; 'Charnley was the behind the founding of the
 # National Empowerment Consortium' -> founder, current (the convention; doubtful: the sentence lacks a word, 'the
 # driving force behind' or the like); 'Charnley is currently the CEO of Smile Telecoms Holdings Ltd' -> ceo, current;
 # 'a negotiator for South Africa's National Union of Mineworkers' and 'her time at Johnnic' (no post named) -> no role
 roles=[R(IC, "director", MTN, False), R(IC, "founder", "National Empowerment Consortium"), R(IC, "ceo", STH)],
 # 'They eventually owned 35% of Johnnic Holdings' -> nothing (a minority stake, not a parent; GUIDELINES: owned-by
 # statements count for units and owned companies, a 35% holding is neither); no link between Johnnic and MTN is told
 relations=[],
 outages=[],
 # published null; 'the late-2000s' (no calendar value) and the spans left out
 dates=[D("6 May 1960", "1960-05-06"), D("August 2000", "2000-08"), D("1996", "1996"), D("2020", "2020")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
