#!/usr/bin/env python3
"""Batch 31g gold annotations for the 8 ITEMS texts of batch31g.py, written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch31g_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-united-states-coroner-says-former-patient-2018
wn-kony-2012-campaign-faces-ridicule-praise-2012
wn-labour-grabs-poll-lead-uk-general-2015
wn-twelve-dead-shooting-offices-french-satirical-2015
wn-changing-position-president-trump-says-fbi-2017
wn-gun-control-campaigner-sarah-brady-dies-2015
wn-california-countys-corporate-anti-electioneering-measure-2008
wn-bbc-reporter-alan-johnston-is-released-2007""".split())
A = {}

A["wn-united-states-coroner-says-former-patient-2018"] = dict(
 entities=[E("Location", "United States"), E("Organization", "Napa County Sheriff's Office"),
           E("Person", "Albert Wong", "Wong"), E("Organization", "The Pathway Home", "Pathway"),
           E("Location", "Yountville"), E("Location", "California"), E("Location", "Napa County"),
           E("Person", "Steven Blower"), E("Person", "Christine Loeber"), E("Person", "Jen Golick"),
           E("Person", "Jennifer Gonzales Shushereba"),
           E("Organization", "San Francisco Department of Veterans Affairs Healthcare System"),
           E("Organization", "PsychArmor"), E("Location", "Afghanistan"), E("Person", "Tyrone Lampkin"),
           E("Company", "The Press Democrat"),
           E("Location", "Veterans Home of California Yountville", "Veterans Home"), E("Location", "San Francisco"),
           E("Organization", "Napa Community College")],
 # 'Christine Loeber ... was the executive director of the home' → director (GUIDELINES: executive director →
 # director), current false ('was': she was killed); 'Jen Golick ... was its clinical director' → executive,
 # current false (a function's director, not the body's, as batch 31e's sporting director; a doubtful point:
 # director); The Pathway Home a 'non-profit in-patient center' → Organization; the Veterans Home of California
 # Yountville, the campus it sits on → Location (a named site; 'The Veterans Home' its short form) and no relation;
 # 'Sheriff's Captain Steven Blower' → no role (a rank, as batch 30e's superintendent); 'a psychologist on the staff
 # of' and 'worked with PsychArmor' → no role; the board's suspending operations 'indefinitely' → no outage (a care
 # centre closing after a shooting; a near-miss); 'Napa County' stands alone in 'The Sheriff of Napa County' →
 # Location beside the sheriff's office; 'Thursday' → 2018-03-15, 'Wednesday' → 2018-03-14, 'last Friday' and
 # 'Friday, March 9' → 2018-03-09 against the Saturday date line; '10AM' local, 'about 10:20' and 'A little before
 # 6PM' on that day; '2011–2012' (a span, no one value), 'two weeks before', 'ten-year-old' not listed
 roles=[R("Christine Loeber", "director", "The Pathway Home", False),
        R("Jen Golick", "executive", "The Pathway Home", False)],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2018-03-15"), D("last Friday", "2018-03-09"), D("Friday, March 9", "2018-03-09"),
        D("10AM", "2018-03-09T10:00"), D("10:20", "2018-03-09T10:20"), D("6PM", "2018-03-09T18:00"),
        D("Wednesday", "2018-03-14"), D("2015", "2015")])

A["wn-kony-2012-campaign-faces-ridicule-praise-2012"] = dict(
 entities=[E("Organization", "Invisible Children, Inc.", "Invisible Children"),
           E("Organization", "Lord's Resistance Army", "LRA"), E("Person", "Joseph Kony", "Kony"),
           E("Person", "Josh Schuler", "Schuler"), E("Organization", "Christian Fellowship Church"),
           E("Location", "Evansville"), E("Location", "Indiana"), E("Location", "Uganda"), E("Location", "Kampala"),
           E("Company", "Wikinews"), E("Location", "United States", "U.S."), E("Location", "Iraq"),
           E("Person", "Saddam Hussein"), E("Person", "Barack Obama", "Obama"), E("Location", "Africa"),
           E("Organization", "International Justice Mission"), E("Person", "Jason Russell"),
           E("Person", "Bobby Bailey"), E("Person", "Laren Poole")],
 # 'co-founder and director of Invisible Children, Jason Russell' → cofounder and director; Bailey and Poole
 # travelled with Russell before 'Invisible Children was started in 2004' → no role (the text does not say they
 # founded it; a doubtful point: cofounder); 'the director of programming at Christian Fellowship Church' →
 # executive (a function's director, as batch 31e's sporting director; a doubtful point); 'the Lord's Resistance
 # Army and its leader Joseph Kony' → head; 'United States President Barack Obama' → president; Invisible Children
 # a 'non-profit activist organization' → Organization; 'to Wikinews' → Company (as earlier Wikinews texts);
 # the Kony 2012 campaign, its two videos, the documentary title and 'Central Africa Programs' → no entity; 'US
 # leaders' an adjective, 'the U.S.' an alias; 'the Ugandans' a people; '2012' inside 'Kony 2012' kept once (the
 # campaign's target year, as batch 31e kept the year inside '2014 FIFA World Cup'; a doubtful point); 'March 5' →
 # 2012-03-05 against the May date line; 'from 2006 to 2011' → 2006 and 2011; 'Recently' not listed
 roles=[R("Jason Russell", "cofounder", "Invisible Children, Inc."), R("Jason Russell", "director", "Invisible Children, Inc."),
        R("Josh Schuler", "executive", "Christian Fellowship Church"), R("Joseph Kony", "head", "Lord's Resistance Army"),
        R("Barack Obama", "president", "United States")],
 relations=[],
 outages=[],
 dates=[D("2012", "2012"), D("1997", "1997"), D("2010", "2010"), D("2006", "2006"), D("2011", "2011"),
        D("2009", "2009"), D("October 2011", "2011-10"), D("April 25, 2012", "2012-04-25"), D("March 5", "2012-03-05"),
        D("December 2012", "2012-12"), D("2004", "2004"), D("April 2, 2012", "2012-04-02")])

A["wn-labour-grabs-poll-lead-uk-general-2015"] = dict(
 entities=[E("Organization", "Labour Party", "Labour"), E("Person", "Ed Miliband", "Miliband", "Ed"),
           E("Organization", "Conservative Party", "Conservatives", "Tories"), E("Person", "David Cameron", "Cameron"),
           E("Company", "Panelbase"), E("Company", "Survation"), E("Company", "Daily Mirror"), E("Company", "TNS"),
           E("Company", "ComRes"), E("Person", "Michael Fallon", "Fallon"),
           E("Organization", "Scottish National Party", "SNP"), E("Organization", "Liberal Democrats"),
           E("Person", "Tony Blair"), E("Person", "Vince Cable"), E("Person", "Yvette Cooper")],
 # 'UK Labour leader Ed Miliband' → head of the Labour Party; 'Former Labour leader Tony Blair' → head, current
 # false; 'a similar survey by Survation for the Daily Mirror' → partner Survation → Daily Mirror (a poll made for
 # a client, GUIDELINES' customer relation; direction as written; a doubtful point); Panelbase, TNS and ComRes →
 # Companies (polling firms), no relation; 'Defense secretary Michael Fallon' → no role ('UK' only an adjective in
 # 'UK Labour leader', no country named on its own, as GUIDELINES' heads-of-government rule; a doubtful point);
 # Cameron 'his Conservative opponent' → no role (no post named; a doubtful point: head of the Conservative Party);
 # 'the Conservatives' and 'The Tories' → aliases of the Conservative Party, 'Conservative' and 'Liberal Democrat'
 # adjectives; Trident a programme, the 'Big Society' a slogan, 'Police and Crime Commissioners' posts → no entity;
 # "this year's" → 2015, 'yesterday' → 2015-04-09, 'today' and Blair's 'this morning' → 2015-04-10 against the
 # Friday date line; 'since the last election' not listed
 roles=[R("Ed Miliband", "head", "Labour Party"), R("Tony Blair", "head", "Labour Party", False)],
 relations=[L("Survation", "partner", "Daily Mirror")],
 outages=[],
 dates=[D("this year's", "2015"), D("yesterday", "2015-04-09"), D("today", "2015-04-10"),
        D("this morning", "2015-04-10"), D("1997", "1997")])

A["wn-twelve-dead-shooting-offices-french-satirical-2015"] = dict(
 entities=[E("Location", "Paris"), E("Company", "Charlie Hebdo"), E("Location", "11th arrondissement"),
           E("Organization", "Unité"), E("Person", "Rocco Contento"), E("Person", "François Hollande"),
           E("Company", "20minutes.fr"), E("Organization", "al-Qaeda", "Al-Qaïda"), E("Location", "Yemen", "Yémen"),
           E("Person", "Gerard Biard"), E("Service", "Twitter"), E("Person", "Abu Bakr al-Baghdadi"),
           E("Organization", "Islamic State"), E("Person", "Barack Obama", "Obama"), E("Location", "France"),
           E("Location", "United States", "US", "America"), E("Person", "David Cameron"),
           E("Organization", "Arab League"), E("Location", "Cairo"), E("Organization", "Al-Azhar University"),
           E("Person", "Muhammad", "Muhammed"), E("Company", "Jyllands-Posten")],
 # 'French police union Unité spokesman Rocco Contento' → spokesperson; 'Gerard Biard, the editor-in-chief of
 # Charlie Hebdo' → executive (a senior editorial title outside the vocabulary; a doubtful point: head); 'President
 # François Hollande' → president of France (France named on its own in Obama's quote); 'US President Barack Obama'
 # → president of the United States ('the United States', 'the US' on their own); 'British Prime Minister David
 # Cameron' → no role (Britain not named on its own); 'Abu Bakr al-Baghdadi, a leader of the Islamic State' → no
 # role ('a leader', not the group's head; a doubtful point); Charlie Hebdo and Jyllands-Posten → Companies
 # (periodicals); 'The French news website 20minutes.fr' → Company (GUIDELINES' news websites; its owner not
 # given; a doubtful point); the French originals of the quotes annotated too ('Al-Qaïda', 'Yémen' aliases); 'The
 # French Government' → no entity (not a name); the magazine's website 'hacked' after the 2011 firebombing → no
 # outage (no service said lost; a near-miss), no Service (unnamed); 'Charia Hebdo' a cover's subtitle → no entity;
 # 'today' → 2015-01-07, the date line's day
 roles=[R("Rocco Contento", "spokesperson", "Unité"), R("Gerard Biard", "executive", "Charlie Hebdo"),
        R("François Hollande", "president", "France"), R("Barack Obama", "president", "United States")],
 relations=[],
 outages=[],
 dates=[D("today", "2015-01-07"), D("2006", "2006"), D("2011", "2011")])

A["wn-changing-position-president-trump-says-fbi-2017"] = dict(
 entities=[E("Location", "White House"), E("Organization", "Federal Bureau of Investigation", "FBI"),
           E("Person", "James Comey", "Comey"), E("Person", "Hillary Clinton"), E("Location", "United States"),
           E("Person", "Donald Trump", "Trump"), E("Company", "NBC"), E("Location", "Russia"),
           E("Person", "Lester Holt", "Holt"), E("Person", "Pence"), E("Person", "Sean Spicer"),
           E("Person", "Rod Rosenstein", "Rosenstein"), E("Organization", "Democrats"),
           E("Organization", "U.S. Department of Justice"), E("Person", "Matthew Miller", "Miller"),
           E("Person", "Sarah Huckabee Sanders"), E("Person", "Alice Fisher"), E("Person", "Michael Garcia"),
           E("Person", "John Cornyn"), E("Location", "Texas"), E("Person", "Andrew McCabe", "McCabe"),
           E("Organization", "Congress")],
 # 'Federal Bureau of Investigation (FBI) Director James Comey was dismissed' → head (GUIDELINES: an agency's
 # director leading it → head), current false; 'Andrew McCabe, who is currently serving as acting director of the
 # FBI' → head, current true (acting; a doubtful point); 'United States President Donald Trump' → president (the
 # country's full name, as the train file on Steve Jobs' death; 'US' and 'U.S.' elsewhere only adjectives);
 # 'Vice President Pence' → vice-president of the United States (the country implied by the president's; a
 # doubtful point); 'former U.S. Department of Justice spokesperson Matthew Miller' → spokesperson, current false;
 # 'Deputy White House Press Secretary Sarah Huckabee Sanders' → no role (the White House a Location, as batch
 # 31e's press secretary); 'deputy attorney general Rod Rosenstein' → no role (the department not named with the
 # post); 'NBC's Lester Holt' → no role (a journalist); 'Senator John Cornyn' → no role (a legislator); 'the
 # Democrats' in Trump's quote → Organization (the party as the text names it; a doubtful point); 'Department
 # rules' → no alias (a generic capital); the Russia investigation and the 2016 election → no entity; 'Tuesday' →
 # 2017-05-09, 'Thursday' → 2017-05-11, 'today' → 2017-05-13 against the Saturday date line; '2016' inside '2016 US
 # presidential election' kept; 'over the last hour', 'only days before' not listed
 roles=[R("James Comey", "head", "Federal Bureau of Investigation", False),
        R("Andrew McCabe", "head", "Federal Bureau of Investigation"),
        R("Donald Trump", "president", "United States"), R("Pence", "vice-president", "United States"),
        R("Matthew Miller", "spokesperson", "U.S. Department of Justice", False)],
 relations=[],
 outages=[],
 dates=[D("Tuesday", "2017-05-09"), D("Thursday", "2017-05-11"), D("2016", "2016"), D("today", "2017-05-13")])

A["wn-gun-control-campaigner-sarah-brady-dies-2015"] = dict(
 entities=[E("Person", "Sarah Brady", "Brady", "Sarah"), E("Location", "White House"),
           E("Person", "James Brady", "James", "Jim"),
           E("Organization", "Brady Campaign and Center to Prevent Gun Violence", "Brady Campaign",
             "Handgun Control, Inc."),
           E("Service", "Facebook"), E("Person", "Ronald Reagan", "Reagan"), E("Person", "John W. Hinckley Jr."),
           E("Person", "Bill Clinton"), E("Person", "Nancy Reagan"), E("Person", "Gabrielle Giffords", "Giffords")],
 # the group's statement calls Sarah Brady 'our dear friend and Chairperson of the Brady Campaign and Center to
 # Prevent Gun Violence' → chairman, current true (the statement names the post, no 'former'; she has died: a
 # doubtful point); 'in 1989 vice chair of Handgun Control, Inc.' → executive (GUIDELINES: vice chairman →
 # executive), current false (the group later renamed, she later its chair); 'In 2001 Handgun Control, Inc. became
 # known as the Brady Campaign' → a former name, an alias of the one Organization; 'former US White House Press
 # Secretary James Brady' → no role (the White House a Location); 'US President Ronald Reagan' and 'President Bill
 # Clinton' → no role and no US entity ('US' only an adjective, never named on its own, as the train file on the
 # Iran plane wreckage; a doubtful point); Facebook → Service (no company named); 'Former First Lady' and 'former
 # Congresswoman' → no role; the Brady Bill a law → no entity; the family named by first name only ('son Scott',
 # 'daughter Missy', 'son James', 'stepdaughter Melissa') → no entity ('James' also the husband's alias; a doubtful
 # point); 'Friday' and 'Good Friday' → 2015-04-03 against the Sunday date line (Easter Sunday 2015); 'last
 # August' → 2014-08; 'less than a year' not listed
 roles=[R("Sarah Brady", "chairman", "Brady Campaign and Center to Prevent Gun Violence"),
        R("Sarah Brady", "executive", "Brady Campaign and Center to Prevent Gun Violence", False)],
 relations=[],
 outages=[],
 dates=[D("Friday", "2015-04-03"), D("March 30, 1981", "1981-03-30"), D("1989", "1989"), D("2001", "2001"),
        D("1993", "1993"), D("Good Friday", "2015-04-03"), D("2011", "2011"), D("last August", "2014-08")])

A["wn-california-countys-corporate-anti-electioneering-measure-2008"] = dict(
 entities=[E("Location", "California"), E("Organization", "County of Humboldt"),
           E("Organization", "Pacific Legal Defense Foundation", "Pacific Legal Foundation"),
           E("Organization", "Democracy Unlimited", "DU"), E("Location", "Humboldt County"),
           E("Company", "Mercer-Fraser"), E("Company", "O&M"), E("Person", "Susan Illston")],
 # 'The County of Humboldt' as a party to the lawsuit and settlement → Organization (a local government), and
 # 'based in Humboldt County' → Location (the place; two entities for the body and its territory; a doubtful
 # point); 'Pacific Legal Defense Foundation' and 'the Pacific Legal Foundation' → one Organization (the same
 # litigant; the text's two forms, the fuller as name); 'Mercer-Fraser and O&M, two companies that did business
 # locally' → Companies; the foundation suing 'on the behalf of' them → no partner (legal representation, not a
 # stated partnership or contract; a doubtful point); 'Judge Susan Illston' → no role; Measure T, the Amendments,
 # the US Constitution and 'a US District Court judge' → no entity ('US' an adjective); 'the County' a generic
 # form, no alias; 'Yesterday' → 2008-11-10 against the Tuesday date line; 'Earlier this year' → 2008;
 # 'September' → 2008-09; 'a two-year-old law' not listed
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Yesterday", "2008-11-10"), D("2006", "2006"), D("Earlier this year", "2008"), D("September", "2008-09")])

A["wn-bbc-reporter-alan-johnston-is-released-2007"] = dict(
 entities=[E("Company", "BBC"), E("Person", "Alan Johnston", "Johnston"), E("Location", "Gaza"),
           E("Organization", "Hamas"), E("Organization", "Army of Islam"),
           E("Organization", "Popular Resistance Committees"), E("Person", "Khaled Meshaal", "Meshaal"),
           E("Organization", "Fatah"), E("Company", "Reuters"), E("Person", "Ismail Haniya"),
           E("Person", "Gordon Brown"), E("Location", "Britain"),
           E("Location", "BBC Television Centre", "Television Centre")],
 # 'Khaled Meshaal, leader of Hamas' → head; 'Gordon Brown Prime Minister of Britain' → minister of Britain
 # (GUIDELINES' heads of government); 'Hamas Prime Minister Ismail Haniya' → no role (a group's title, no country
 # named with it; a doubtful point); "The BBC's correspondent Alan Johnston" → no role (a correspondent, as
 # batches 24c-31e); 'BBC Television Centre' → Location (a named site; 'the Television Centre' its short form),
 # no relation; Hamas, Fatah and the militant groups → Organizations; 'Prime Minister's Questions' an event → no
 # entity; 'March 12th 2007' → 2007-03-12; 'last month' → 2007-06 and 'the 4th of July', '7 a.m.' and '2:15 p.m.'
 # (BST) → 2007-07-04 against the Wednesday date line; 'late last night' (before the parents' press conference) →
 # 2007-07-03; 'almost four months', '114 days' not listed
 roles=[R("Khaled Meshaal", "head", "Hamas"), R("Gordon Brown", "minister", "Britain")],
 relations=[],
 outages=[],
 dates=[D("March 12th 2007", "2007-03-12"), D("last month", "2007-06"), D("7 a.m.", "2007-07-04T07:00"),
        D("the 4th of July", "2007-07-04"), D("late last night", "2007-07-03"), D("2:15 p.m.", "2007-07-04T14:15")])


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    for s in ("train", "dev", "test"):
        os.makedirs(os.path.join(argv[2], s), exist_ok=True)
    b10.write_parts(argv[1], argv[2], (IDS, A))


if __name__ == "__main__":
    main(sys.argv)
