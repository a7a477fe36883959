#!/usr/bin/env python3
"""Second annotation of 10 batch-24 files, written from the stripped copies in /tmp/agree25-tmp (pick.py) and
GUIDELINES.md alone. Writes the gold files into this folder, checking that every name, alias and date text occurs."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A={}
# published 2005-03-12: an airline ceasing all operations for money and safety reasons is a business failure (no
# outage); "Canada's transport department" is not a name; December before a March publication is 2004-12
A["wn-canadian-airline-jetsgo-ceases-operations-17-2005"]=dict(
 entities=[E("Company","Jetsgo"),E("Location","Canada"),E("Company","Air Canada")],
 roles=[],relations=[],outages=[],dates=[D("December","2004-12")])
# published 2005-07-13: "WorldCom, now MCI" / "emerged from bankruptcy under the name MCI": one company, MCI its later
# name (an alias); the MCI WorldCom once bought carries the same name and is not kept apart; Verizon "agreed to
# acquire" it (acquired only); a judge of an unnamed court gets no role
A["wn-former-worldcom-ceo-ebbers-sentenced-25-2005"]=dict(
 entities=[E("Person","Bernard Ebbers","Ebbers"),E("Company","WorldCom","MCI"),E("Location","Manhattan"),
  E("Person","Barbara S. Jones","Jones"),E("Company","Verizon")],
 roles=[R("Bernard Ebbers","founder","WorldCom"),R("Bernard Ebbers","ceo","WorldCom",False)],
 relations=[L("Verizon","acquired","WorldCom")],outages=[],
 dates=[D("July 2002","2002-07"),D("last month","2005-06"),D("October 12","2005-10-12"),D("March","2005-03"),
  D("last year","2004"),D("May","2005-05")])
# published 2005-09-08: KBR is Halliburton's subsidiary; the Navy repair contract awarded to KBR is a contract
# between two named organisations (partner); Secretary of Defense = minister of the U.S.; a chief contracting officer
# demoted last month: executive, no longer current; the Bush administration is not a named body
A["wn-halliburtons-kbr-awarded-half-billion-dollar-2005"]=dict(
 entities=[E("Company","Halliburton Co.","Halliburton"),E("Company","Kellogg, Brown and Root","KBR"),
  E("Organization","U.S. Navy"),E("Location","U.S."),E("Location","Iraq"),E("Person","Donald Rumsfeld"),
  E("Person","Bunnatine Greenhouse"),E("Organization","U.S. Army Corps of Engineers"),E("Organization","Pentagon")],
 roles=[R("Donald Rumsfeld","minister","U.S."),R("Bunnatine Greenhouse","executive","U.S. Army Corps of Engineers",False)],
 relations=[L("Kellogg, Brown and Root","parentOrganization","Halliburton Co."),L("Kellogg, Brown and Root","partner","U.S. Navy")],
 outages=[],
 dates=[D("July 2005","2005-07"),D("2003","2003"),D("last month","2005-08"),D("1997","1997"),D("2004","2004")])
# published 2007-07-18: administration of a company with tube services explicitly not affected: no outage; the two
# boards' companies are Metronet's; the five named shareholders own it (parentOrganization, a judgement: equal
# stakes); the tube lines are named only as "the Bakerloo, Central and Victoria lines" (not annotated)
A["wn-uk-tube-company-metronet-goes-into-2007"]=dict(
 entities=[E("Company","Metronet"),E("Company","Metronet BCV"),E("Company","Metronet SSL"),E("Company","Atkins"),
  E("Company","Balfour Beatty"),E("Company","Bombardier"),E("Company","EDF Energy"),E("Company","Thames Water"),
  E("Organization","Transport for London")],
 roles=[],
 relations=[L("Metronet BCV","parentOrganization","Metronet"),L("Metronet SSL","parentOrganization","Metronet")]+
  [L("Metronet","parentOrganization",x) for x in ["Atkins","Balfour Beatty","Bombardier","EDF Energy","Thames Water"]],
 outages=[],dates=[])
# published 2005-02-15: Yahoo!'s senior vice president -> vice-president; the Irish minister -> minister of
# Ireland; "Earlier in the month" -> 2005-02; Celtic Tiger is a nickname of an economy, not an entity
A["wn-yahoo-chooses-dublin-location-new-european-2005"]=dict(
 entities=[E("Company","Yahoo!","Yahoo"),E("Location","Dublin"),E("Location","Ireland"),E("Company","Dell"),
  E("Location","Scotland"),E("Organization","IDA Ireland"),E("Location","US"),E("Person","Micheál Martin"),
  E("Person","John Marcom"),E("Company","Google"),E("Company","Bell Labs"),E("Company","eBay"),E("Company","Microsoft"),
  E("Company","Amazon"),E("Company","Oracle")],
 roles=[R("Micheál Martin","minister","Ireland"),R("John Marcom","vice-president","Yahoo!")],
 relations=[],outages=[],
 dates=[D("today","2005-02-15"),D("Earlier in the month","2005-02")])
# published null: only absolute dates; "3:08 a.m." is on the absolutely dated day in the same clause (kept); the times
# "on the day of" / "the day after the quake" are relative (left out); one outage: the earthquake damaged Hokkaido
# Electric Power Company's plant and the grid went dark (provider: whose system failed); start left null (the text
# times the quake, not the blackout); Hokkaido and Hokkaido Prefecture are one place
A["wp-2018-hokkaido-eastern-iburi-earthquake"]=dict(
 entities=[E("Location","Iburi Subprefecture"),E("Location","Hokkaido Prefecture","Hokkaido"),E("Location","Japan"),
  E("Location","Tomakomai"),E("Organization","Japan Meteorological Agency","JMA"),E("Location","Aomori Prefecture"),
  E("Company","Hokkaido Electric Power Company"),E("Location","Atsuma"),E("Location","New Chitose Airport"),
  E("Company","NHK World-Japan"),E("Location","Kiyota-ku"),E("Location","Sapporo")],
 roles=[],relations=[],
 outages=[O("Hokkaido Electric Power Company","2018-09-06",[],"Hokkaido","earthquake damaged power plant")],
 dates=[D("6 September 2018","2018-09-06"),D("3:08 a.m.","2018-09-06T03:08")])
# published null: only absolute dates (the clock time "22h 16m" sits on the dated day: kept, as above); one outage,
# no operator named (provider null); Itaipu is a power plant (Location); São Paulo is the state here
A["wp-1999-southern-brazil-blackout"]=dict(
 entities=[E("Location","Brazil"),E("Location","São Paulo State","São Paulo"),E("Location","Rio de Janeiro"),
  E("Location","Minas Gerais"),E("Location","Goiás"),E("Location","Mato Grosso"),E("Location","Mato Grosso do Sul"),
  E("Location","Rio Grande do Sul"),E("Location","Bauru"),E("Location","Paraná river"),E("Location","Itaipu")],
 roles=[],relations=[],
 outages=[O(None,"1999-03-11",[],"Brazil","lightning strike at a substation",start="1999-03-11T22:16")],
 dates=[D("11 March 1999","1999-03-11"),D("22h 16m","1999-03-11T22:16"),D("1999","1999")])
# published null: only absolute dates; owned by Entain after a sale: acquired + parentOrganization; the Ladbrokes and
# Coral portions are units of the merged group (a merger without buyer gets no acquired); "founded by Messrs.
# Schwind and Pennington" -> founder each (the text does not say co-founder); the Steins are people buying a company
# (no relation); a partner of the firm is no title in the vocabulary (no role); indices and laws are no entities
A["wp-ladbrokes-coral"]=dict(
 entities=[E("Company","Ladbrokes Coral Group","Ladbrokes Coral"),E("Company","Ladbrokes"),E("Company","Coral"),
  E("Company","Entain"),E("Company","London Stock Exchange"),E("Person","Schwind"),E("Person","Pennington"),
  E("Location","Ladbroke Hall"),E("Location","Warwickshire"),E("Person","Arthur Bendir"),E("Location","London"),
  E("Location","Strand"),E("Location","Hanover Square"),E("Location","Six Old Burlington Street"),E("Location","Mayfair"),
  E("Location","St James's"),E("Location","Central London"),E("Person","Helen Vernet"),E("Person","Mark Stein"),
  E("Person","Cyril Stein")],
 roles=[R("Schwind","founder","Ladbrokes"),R("Pennington","founder","Ladbrokes")],
 relations=[L("Entain","acquired","Ladbrokes Coral Group"),L("Ladbrokes Coral Group","parentOrganization","Entain"),
  L("Ladbrokes","parentOrganization","Ladbrokes Coral Group"),L("Coral","parentOrganization","Ladbrokes Coral Group")],
 outages=[],
 dates=[D(y,y) for y in ["1886","1926","1902","1906","1913","1956","1919","1928","1961"]]+
  [D("November 2016","2016-11"),D("March 2018","2018-03")])
# published null: only absolute dates; Tigo and Tigo Business are Millicom's brands (Service, provider); "took over"
# Meta Systems (completed: acquired + parentOrganization); four founders named with "established by" -> founder;
# the chief executive of 1982 is not said to be former (current true by the format's rule); a main shareholder has no
# title; the properties combined from Kinnevik and Millicom Incorporated are assets (nothing)
A["wp-millicom"]=dict(
 entities=[E("Company","Millicom International Cellular SA","Millicom"),E("Location","Latin America"),
  E("Service","Tigo"),E("Service","Tigo Business"),E("Person","Xavier Niel"),E("Person","Shelby Bryan"),
  E("Person","Jan Stenbeck"),E("Person","Telma Sosa"),E("Person","Olvin Galdamez"),
  E("Company","Industriförvaltnings AB Kinnevik"),E("Company","Millicom Incorporated"),E("Location","Luxembourg"),
  E("Location","United States"),E("Location","Miami")]+[E("Location",c) for c in ["Bolivia","Colombia","Costa Rica",
  "El Salvador","Guatemala","Honduras","Nicaragua","Panama","Paraguay"]]+[E("Company","Meta Systems"),
  E("Person","Orhan Sadik-Khan"),E("Person","Kevin Kimberlin")],
 roles=[R(p,"founder","Millicom International Cellular SA") for p in ["Shelby Bryan","Jan Stenbeck","Telma Sosa","Olvin Galdamez"]]+
  [R("Orhan Sadik-Khan","ceo","Millicom International Cellular SA")],
 relations=[L("Tigo","provider","Millicom International Cellular SA"),L("Tigo Business","provider","Millicom International Cellular SA"),
  L("Millicom International Cellular SA","acquired","Meta Systems"),L("Meta Systems","parentOrganization","Millicom International Cellular SA")],
 outages=[],
 dates=[D("March 31, 2025","2025-03-31"),D("14 December 1990","1990-12-14"),D("May 1982","1982-05"),D("October 1982","1982-10")])
# published 2021-09-01: the Chancellor of the Exchequer -> minister of the UK; the state-owned bank is typed Company
# (as the corpus types Strategic Banking Corporation of Ireland); Flint: ceo of UKIB (announced: current), ceo of HSBC
# (former), and his past posts at HSBC: chief executive of Global Asset Management (a named HSBC business: ceo,
# former), Group Treasurer (executive at HSBC, former), Deputy Head of Global Markets (executive, former)
A["gov-uk-hmt-john-flint-uk-infrastructure-bank-ceo-2021"]=dict(
 entities=[E("Person","Rishi Sunak"),E("Person","John Flint","Flint"),E("Company","UK Infrastructure Bank","UKIB"),
  E("Location","UK"),E("Company","HSBC"),E("Location","Yorkshire"),E("Location","Leeds"),
  E("Company","Global Asset Management"),E("Company","Global Markets")],
 roles=[R("Rishi Sunak","minister","UK"),R("John Flint","ceo","UK Infrastructure Bank"),R("John Flint","ceo","HSBC",False),
  R("John Flint","ceo","Global Asset Management",False),R("John Flint","executive","HSBC",False),
  R("John Flint","executive","Global Markets",False)],
 relations=[L("Global Asset Management","parentOrganization","HSBC"),L("Global Markets","parentOrganization","HSBC")],
 outages=[],dates=[D("June","2021-06"),D("1989","1989")])
print(write(A, "/tmp/agree25-tmp", os.path.dirname(os.path.abspath(__file__))))
