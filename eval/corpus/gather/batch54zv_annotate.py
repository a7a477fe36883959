#!/usr/bin/env python3
"""Gold for batch 54zv (session 55, gatherer 54zv: two Justice Department Office of Public Affairs releases on
cartel and benchmark-rigging cases -- Anthony Allen, 'the bank's former global head of liquidity and finance in
London', and Anthony Conti, 'a former senior trader on the bank's money markets desk in London', two former
derivatives traders at 'Rabobank Cooperatieve Centrale Raiffeisen-Boerenleenbank B.A. (Rabobank)', sentenced by U.S.
District Judge Jed S. Rakoff of the Southern District of New York for manipulating U.S. Dollar and Japanese Yen LIBOR,
with Assistant Attorneys General Leslie R. Caldwell (Criminal Division) and Bill Baer (Antitrust Division) and
Assistant Director in Charge Paul M. Abbate of the FBI's Washington Field Office named (10 March 2016); Commercial
Carpet Consultants Inc., 'a Chicago-based commercial flooring contractor', and 'its former president, Jerry P.
Watson', pleading guilty to rigging bids and fixing prices for commercial flooring, with Assistant Attorney General
Jonathan Kanter and Special Agent in Charge Emmerson Buie Jr. of the FBI's Chicago Field Division quoted (9 June
2022)), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zo; GUIDELINES section 2): the Department of Justice an
Organization under the name the text gives ('the Justice Department's' twice and nothing fuller in the 2016 text ->
'Justice Department'; "the Department of Justice's" in the 2022 text -> 'Department of Justice'); "the (Justice)
Department's Criminal / Antitrust Division" -> the Division an Organization and parentOrganization(Division,
Department) (51l, 51x, 54n, 54za, 54zo); 'Assistant Attorney General <name> of the ... Division' -> head of the
Division, current; a later 'Assistant Attorney General Caldwell' -> alias 'Caldwell'; 'Assistant Director in Charge /
Special Agent in Charge <name> of the FBI's <City> Field Office / Field Division' -> the office folded into the FBI (an
Organization named 'FBI' as the text writes it), executive at the FBI, the office's city a Location (41p, 41x, 54zo);
'U.S. District Judge <name> of the Southern District of New York' -> the judge a Person with no role (37b's Rakoff),
'Southern District of New York' an Organization as printed (37b), New York not separately; '(the) U.S. District Court
in <city>, <state>' -> Organization 'U.S. District Court', the city and the state Locations (54n, 54t); a company's
parenthesised short form ('(Rabobank)') -> alias; "the bank's former <post>" -> the post at the bank the text names,
current false ('former'); a trader named as a firm's employee -> other at the firm (50g); 'Head of ...' -> head (the
corpus's 'Global Head of Safety', 'head of treasury finance'); "its former president" -> president, current false; a
person's surname alone -> alias; 'of <town>, <county/country>' (a defendant's home) -> each place a Location; LIBOR
(a benchmark rate, as stock indices are no entities), the U.S. Dollar and Japanese Yen (currencies), the Sherman
(Antitrust) Act (a law), 'U.S.' inside 'U.S. Dollar' and 'U.S. District Judge/Court', 'Japanese', 'American'
(adjectives) -> nothing; sentences and trial lengths ('24 months', '12 months and one day', 'four-week') -> no date;
'today' -> the release's day; 'from at least as early as <year> until at least <date>' -> the two items.
usage: batch54zv_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zv/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ATR = "Antitrust Division"
FBI = "FBI"
A = {}

# ---- Rabobank's Anthony Allen and Anthony Conti, LIBOR, published 2016-03-10 (a Thursday) -------------------------
RB = "Rabobank Co\u00f6peratieve Centrale Raiffeisen-Boerenleenbank B.A."
JD = "Justice Department"
CD = "Criminal Division"
AA = "Anthony Allen"
AC = "Anthony Conti"
LC = "Leslie R. Caldwell"
A["us-doj-opa-rabobank-former-global-head-liquidity-finance-allen-conti-libor-manipulation-sentenced-2016"] = dict(
 # Company: Rabobank Cooperatieve Centrale Raiffeisen-Boerenleenbank B.A. (the name as the text writes it, 'Rabobank'
 # before the legal name; '(Rabobank)' -> alias 'Rabobank'; "the bank's" three times and 'their bank's' -> generic,
 # nothing). Organizations: Justice Department ("the Justice Department's" twice), Criminal Division, Antitrust
 # Division, FBI ("the FBI's Washington Field Office"; the office folded in), Southern District of New York (the
 # judge's court, as printed). Persons: Anthony Allen ('Allen' twice), Anthony Conti ('Conti' twice), Leslie R.
 # Caldwell ('Assistant Attorney General Caldwell' -> alias 'Caldwell'), Bill Baer, Paul M. Abbate, Jed S. Rakoff.
 # Locations: London (three times), Washington (the field office's city: **doubtful**, as 54zo's San Francisco -- the
 # name of an office, a reader may leave it out), Hertsfordshire (so spelt), England (twice), Essex.
 # Not annotated: LIBOR / 'the London Interbank Offered Rates' (a benchmark rate: no entity, as stock indices; London
 # inside it is not counted apart -- London is annotated from 'in London' anyway), the U.S. Dollar (USD) and Japanese
 # Yen (JPY) (currencies), 'U.S.' (only inside 'U.S. Dollar' and 'U.S. District Judge': no United States entity,
 # **near-miss**), 'the bank's money markets desk' (a lower-case desk, no name: near-miss as a unit of Rabobank), 'A
 # federal jury', 'the defendants'
 entities=[E("Company", RB, "Rabobank"),
           E("Location", "London"),
           E("Organization", JD),
           E("Organization", CD),
           E("Person", LC, "Caldwell"),
           E("Person", "Bill Baer"),
           E("Organization", ATR),
           E("Person", "Paul M. Abbate"),
           E("Organization", FBI),
           E("Location", "Washington"),
           E("Person", AA, "Allen"),
           E("Location", "Hertsfordshire"),
           E("Location", "England"),
           E("Person", "Jed S. Rakoff"),
           E("Organization", "Southern District of New York"),
           E("Person", AC, "Conti"),
           E("Location", "Essex")],
 # 'Anthony Allen ..., the bank's former global head of liquidity and finance in London' (and the lead's 'including
 # the bank's former global head of liquidity and  finance in London') -> head at Rabobank, current false ('former';
 # **doubtful**: 'Head of ...' -> head as the corpus's 'Global Head of Safety' and 'head of treasury finance'; an early
 # batch gave 'head of research' executive, and a reader may too -- the post heads a function, not the bank).
 # 'Anthony Conti ..., a former senior trader on the bank's money markets desk in London' -> other at Rabobank,
 # current false (a trader named as a firm's employee: 50g; **doubtful**: a reader may give no role, 'trader' being
 # no title). 'Assistant Attorney General Leslie R. Caldwell of the Justice Department's Criminal Division' -> head of
 # the Criminal Division; 'Assistant Attorney General Bill Baer of the Justice Department's Antitrust Division' -> head
 # of the Antitrust Division; 'Assistant Director in Charge Paul M. Abbate of the FBI's Washington Field Office' ->
 # executive at the FBI (54zo's Vogt; a reader may give head of a 'Washington Field Office' entity). Rakoff (a judge)
 # -> no role (37b)
 roles=[R(AA, "head", RB, False), R(AC, "other", RB, False), R(LC, "head", CD), R("Bill Baer", "head", ATR),
        R("Paul M. Abbate", "executive", FBI)],
 # "the Justice Department's Criminal Division", "the Justice Department's Antitrust Division" ->
 # parentOrganization(Division, Justice Department) twice. Near-misses: the FBI under the Justice Department (not
 # stated); Rabobank and the LIBOR panel or 'interest rate contracts' (no named counterparty: no partner); the money
 # markets desk as a unit (no name)
 relations=[L(CD, "parentOrganization", JD), L(ATR, "parentOrganization", JD)],
 outages=[],
 # 'were sentenced to prison today' -> 'today' 2016-03-10 (`published` from Antitrust Law Daily and mossgilmorelaw:
 # see the pool notes); 'convicted the defendants on Nov. 5, 2015' -> 2015-11-05. Not dates: '24 months', '12 months
 # and one day' (sentences), 'a four-week trial' (a length), '44', '46' (ages)
 dates=[D("today", "2016-03-10"), D("Nov. 5, 2015", "2015-11-05")])

# ---- Commercial Carpet Consultants Inc. and Jerry P. Watson, commercial flooring, published 2022-06-09 (a Thursday) --
CC = "Commercial Carpet Consultants Inc."
JW = "Jerry P. Watson"
DOJ = "Department of Justice"
A["us-doj-opa-commercial-carpet-consultants-former-president-watson-commercial-flooring-bid-rigging-plea-2022"] = dict(
 # Company: Commercial Carpet Consultants Inc. (twice in full; no short form). Organizations: Antitrust Division
 # ('The Antitrust Division and its law enforcement partners', "the Department of Justice's Antitrust Division"),
 # Department of Justice, FBI ("the FBI's Chicago Field Division"; the field division folded in), U.S. District Court
 # ('filed in U.S. District Court in Chicago, Illinois'). Persons: Jerry P. Watson (twice in full, no surname alone),
 # Jonathan Kanter, Emmerson Buie Jr. Locations: Chicago ('a Chicago-based commercial flooring contractor', the field
 # division's city, the court's city), Illinois.
 # Not annotated: the Sherman (Antitrust) Act (a law), 'the American marketplace' (adjective), 'its law enforcement
 # partners', 'other individuals and companies', 'the designated company' (unnamed), 'the government' (generic)
 entities=[E("Company", CC),
           E("Location", "Chicago"),
           E("Person", JW),
           E("Organization", ATR),
           E("Person", "Jonathan Kanter"),
           E("Organization", DOJ),
           E("Person", "Emmerson Buie Jr."),
           E("Organization", FBI),
           E("Organization", "U.S. District Court"),
           E("Location", "Illinois")],
 # 'Commercial Carpet Consultants Inc., ..., and its former president, Jerry P. Watson' -> president at Commercial
 # Carpet Consultants Inc., current false ('former'). 'Assistant Attorney General Jonathan Kanter of the Department of
 # Justice's Antitrust Division' -> head of the Antitrust Division. 'Special Agent in Charge Emmerson Buie Jr. of the
 # FBI's Chicago Field Division' -> executive at the FBI (54zo's Vogt; a reader may give head of a 'Chicago Field
 # Division' entity)
 roles=[R(JW, "president", CC, False), R("Jonathan Kanter", "head", ATR), R("Emmerson Buie Jr.", "executive", FBI)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: the FBI under the Department (not stated); Commercial Carpet and 'other individuals and companies' or
 # its customers (unnamed: no partner); 'the fourth corporation charged in the ongoing investigation' (the others
 # unnamed in the kept text)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'from at least as early as 2009 until at least June 22, 2017' -> '2009' 2009 and 'June 22, 2017' 2017-06-22. No
 # relative expression in the text ('today' is not in it: `published` resolves nothing). Not dates: '$1.2 million'
 dates=[D("2009", "2009"), D("June 22, 2017", "2017-06-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
