#!/usr/bin/env python3
"""Batch 38g gold annotations (the texts of batch38g.py: a Moroccan fuel conglomerate's chief executive, regional
council president and party president; an Icelandic investor who chairs a financial firm, an investment firm and a
drug maker and sold a brewery and a shipping line; a Norwegian-born shipping owner who was deputy chief and chief of a
Singapore shipping firm; one part), written from each text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-aziz-akhannouch -> test, wp-bjorgolfur-thor-bjorgolfsson -> train,
wp-john-fredriksen -> dev. Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates);
'last year', 'at age three', decades and undated spans left out; seasons -> the year; a repeated date with the same
text is one item.
Conventions as batches 27a-37g (GUIDELINES.md part 2): a post the text closes ('From 2003 to 2007'), a post followed
by a higher one at the same company (deputy chief, then chief) or left when the subject moved on ('returned to Oslo
as ...'), and a post whose holder 'had resigned' -> current false; posts in the present tense or taken with no end
told -> current true; founders -> founder, current (the lane's convention); a party's or council's president ->
president; ministers and a king -> a role only with a country the text names on its own (none here: 'Moroccan' is an
adjective); junior posts (messenger, tank broker, welder, canteen manager) and members ('a member of the National
Rally of Independents Party') -> no role; owners and shareholders ('his flagship company', 'a ruling share',
'significant holdings') -> no role and no relation; a company's purchase of a named company -> acquired and
parentOrganization; a person's purchases and stakes -> nothing.
usage: batch38g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Morocco ---------------------------------------------------------------------------------------------------------
AA = "Aziz Akhannouch"
AK = "Akwa Group"
RNI = "National Rally of Independents Party"
SMD = "Souss-Massa-Dr\u00e2a regional council"
A["wp-aziz-akhannouch"] = dict(
 # the name with 'Akhannouch' and the Berber (Latin and Tifinagh) and Arabic forms in the opening brackets as
 # aliases (as batch 37g's Nepali script); Akwa Group ('Akwa') and Forbes ('Forbes's annual list') -> Company; the
 # Universite de Sherbrooke, the Souss-Massa-Draa regional council (a named regional body; doubtful: the lower-case
 # 'regional council' read as part of its name), the National Rally of Independents Party ('the RNI') and Istiqlal
 # ('Istiqlal ministers': a party named attributively, as batch 31h's 'Conservative'; doubtful) -> Organization;
 # Mohammed VI ('King Mohammed VI'), Benkirane ("Benkirane's cabinet"; the only form given), Salaheddine Mezouar ->
 # Person; Tafraout -> Location; 'Moroccan' (twice), 'the world's wealthiest Arabs', 'his father' (unnamed) ->
 # nothing
 entities=[E("Person", AA, "Akhannouch", "\u0190aziz Axennuc",
             "\u2d44\u2d30\u2d63\u2d49\u2d63 \u2d30\u2d46\u2d3b\u2d4f\u2d4f\u2d53\u2d5b",
             "\u0639\u0632\u064a\u0632 \u0623\u062e\u0646\u0648\u0634"),
           E("Location", "Tafraout"), E("Organization", "Universit\u00e9 de Sherbrooke"), E("Company", AK, "Akwa"),
           E("Company", "Forbes"), E("Organization", SMD), E("Organization", RNI, "RNI"),
           E("Person", "Mohammed VI"), E("Organization", "Istiqlal"), E("Person", "Benkirane"),
           E("Person", "Salaheddine Mezouar")],
 # 'He is the CEO of Akwa Group' -> ceo, current; 'From 2003 to 2007, Akhannouch was the president of the
 # Souss-Massa-Draa regional council' -> president, not current (a closed span); 'rejoined the RNI after being
 # elected the president of the party' (2016) -> president, current; 'He took over Salaheddine Mezouar's position,
 # who had resigned' -> president of the RNI, not current; 'current Minister of Agriculture since 2007', 'interim
 # Minister of Finance ... a position he kept until 9 October 2013' and 'King Mohammed VI' -> no role (the text never
 # names Morocco on its own, only 'Moroccan'; GUIDELINES part 2 gives ministers and heads of state the country as
 # org; doubtful: a reader knows the country); 'Istiqlal ministers resigned from Benkirane's cabinet' -> no role
 # (no country; Benkirane's post implied, not stated); 'a member of the National Rally of Independents Party, before
 # leaving it' -> no role (a member); 'Akhannouch inherited Akwa from his father' -> no role (an owner)
 roles=[R(AA, "ceo", AK), R(AA, "president", SMD, False), R(AA, "president", RNI),
        R("Salaheddine Mezouar", "president", RNI, False)],
 # none stated: the excerpt breaks off before 'his company Afriquia, a subsidiary of the Akwa group'
 relations=[],
 outages=[],
 # published null; '2007' ('since 2007', 'From 2003 to 2007') one item; 'as of November 2013' -> '2013-11'
 dates=[D("1961", "1961"), D("2007", "2007"), D("1986", "1986"), D("November 2013", "2013-11"), D("2020", "2020"),
        D("2003", "2003"), D("2 January 2012", "2012-01-02"), D("23 August 2013", "2013-08-23"),
        D("9 October 2013", "2013-10-09"), D("29 October 2016", "2016-10-29")])

# ---- Iceland ---------------------------------------------------------------------------------------------------------
BT = "Bj\u00f6rg\u00f3lfur Thor Bj\u00f6rg\u00f3lfsson"
SB = "Straumur-Bur\u00f0ar\u00e1s"
AC = "Actavis Group"
A["wp-bjorgolfur-thor-bjorgolfsson"] = dict(
 # the name with 'Thor Bjorgolfsson' (his international name) and 'Bjorgolfur' (his given name alone, once; the
 # subject) as aliases; Straumur-Burdaras (the financial firm) and Burdaras (the investment company he bought into
 # in 2003) -> two Company entities (the text does not say the one became the other; doubtful); Novator ('Investment
 # firm Novator'), Forbes Magazine, The Sunday Times (its 'Rich List'), Hafskip, Bravo Brewery, Heineken, Landsbanki
 # Islands, Eimskip, the Avion group, Lotus Laboratories, Netia, Amide Pharmaceutical -> Company; the Actavis Group
 # ('Actavis') -> one Company; Botchkarov ('the premium beer Botchkarov') -> Service (a product people buy,
 # GUIDELINES part 2); New York University -> Organization; Reykjavik, Iceland, the United States, Russia -> Location;
 # 'Bulgarian telecommunications', 'Indian', 'Polish', 'Icelandic', 'the New Jersey based' (as batches 32d and 32j's
 # 'Germany-based'; doubtful), 'his holding company' (no name), 'the Sunday Times Rich List' (a list) -> nothing
 entities=[E("Person", BT, "Thor Bjorgolfsson", "Bj\u00f6rg\u00f3lfur"), E("Location", "Reykjav\u00edk"),
           E("Location", "Iceland"), E("Company", SB), E("Company", "Novator"), E("Company", "Forbes Magazine"),
           E("Company", "The Sunday Times"), E("Location", "United States"), E("Company", "Hafskip"),
           E("Organization", "New York University"), E("Location", "Russia"), E("Company", "Bravo Brewery"),
           E("Service", "Botchkarov"), E("Company", "Heineken"), E("Company", "Landsbanki \u00cdslands"),
           E("Company", "Eimskip"), E("Company", "Bur\u00f0ar\u00e1s"), E("Company", "Avion group"),
           E("Company", AC, "Actavis"), E("Company", "Lotus Laboratories"), E("Company", "Netia"),
           E("Company", "Amide Pharmaceutical")],
 # 'chairman of the financial firm Straumur-Burdaras and chairman of Investment firm Novator' and 'He is also
 # chairman of Actavis' -> chairman x3, current (the 2007 text's present tense); 'opened a brewery in Russia ... his
 # Bravo Brewery' -> founder, current (the convention; doubtful: 'opened' read as founded, and the brewery was sold);
 # 'his father's bankrupt firm, Hafskip' -> no role (the father is not named); 'a patron of the arts' -> nothing
 roles=[R(BT, "chairman", SB), R(BT, "chairman", "Novator"), R(BT, "chairman", AC),
        R(BT, "founder", "Bravo Brewery")],
 # 'his Bravo Brewery became a success on the premium beer Botchkarov' -> provider (the brewery's beer); 'He later
 # sold that venture to Heineken' -> acquired and parentOrganization (a completed sale; ownership told as past is
 # recorded); 'He has since sold Eimskip to the Avion group' -> acquired and parentOrganization; 'The Actavis Group
 # acquired ... Amide Pharmaceutical ... in 2005' -> acquired and parentOrganization; 'his holding company gained 45%
 # share of Landsbanki Islands' (no named holder), 'he bought a ruling share of ... Eimskip and ... Burdaras', 'acquired
 # Indian research company Lotus Laboratories', 'acquired 25% share in ... Netia' (a person's purchases and stakes)
 # -> nothing
 relations=[L("Botchkarov", "provider", "Bravo Brewery"), L("Heineken", "acquired", "Bravo Brewery"),
            L("Bravo Brewery", "parentOrganization", "Heineken"), L("Avion group", "acquired", "Eimskip"),
            L("Eimskip", "parentOrganization", "Avion group"), L(AC, "acquired", "Amide Pharmaceutical"),
            L("Amide Pharmaceutical", "parentOrganization", AC)],
 outages=[],
 # published null; '1967-03-19' as written; '2007' ('(in 2007)', '(2007)') one item; '2005' twice one item; 'last
 # year' -> nothing (relative, no publication date)
 dates=[D("1967-03-19", "1967-03-19"), D("2007", "2007"), D("1986", "1986"), D("1991", "1991"),
        D("2002", "2002"), D("2003", "2003"), D("2005", "2005")])

# ---- Norway / Cyprus -------------------------------------------------------------------------------------------------
JF = "John Fredriksen"
WC = "Wallem & Co."
A["wp-john-fredriksen"] = dict(
 # the name with 'Fredriksen' (the subject whenever it stands alone; his father is named in full) as alias; Frontline
 # plc, Seadrill, Mowi, Golden Ocean Group, Hemen Holdings, Geveran Trading, Forbes, Bloomberg Markets Magazine,
 # Lloyd's List (a shipping publication), NSB (the railway his father worked for; a state-owned company, doubtful
 # against Organization), Blehr & Tenvig, A.O. Andersen, Wallem & Co. ('Wallem'), Anco Tanker Service -> Company;
 # Gunnar Fredriksen, Herdis Johanne Orbaek -> Person; the United Arab Emirates, Eidsvoll, Norway, Oslo, Vaalerenga
 # (a named district), Singapore -> Location; 'Norwegian-born Cypriot', 'Norwegian', 'Cypriot', 'British interests',
 # 'the 50 Most Influential list' (a list) -> nothing
 entities=[E("Person", JF, "Fredriksen"), E("Location", "United Arab Emirates"), E("Company", "Frontline plc"),
           E("Company", "Seadrill"), E("Company", "Mowi"), E("Company", "Golden Ocean Group"),
           E("Company", "Hemen Holdings"), E("Company", "Geveran Trading"), E("Location", "Eidsvoll"),
           E("Location", "Norway"), E("Company", "Forbes"), E("Company", "Bloomberg Markets Magazine"),
           E("Company", "Lloyd's List"), E("Person", "Gunnar Fredriksen"), E("Company", "NSB"),
           E("Person", "Herdis Johanne \u00d8rb\u00e6k"), E("Location", "Oslo"), E("Location", "V\u00e5lerenga"),
           E("Company", "Blehr & Tenvig"), E("Company", "A.O. Andersen"), E("Company", WC, "Wallem"),
           E("Location", "Singapore"), E("Company", "Anco Tanker Service")],
 # 'rose to deputy chief and later chief of the traditional shipping firm Wallem & Co. in Singapore in 1968' ->
 # executive (deputy chief; doubtful: 'other', as a deputy director, could be argued) and head (chief), both not
 # current ('When British interests acquired Wallem in autumn 1969, Fredriksen returned to Oslo as a tank broker at
 # Anco Tanker Service'); 'a messenger at the shipbroker firm Blehr & Tenvig', 'a tank broker at A.O. Andersen' and
 # 'at Anco Tanker Service', 'a welder at NSB' (his father), 'a canteen manager' (his mother, no organisation) -> no
 # role (junior posts); 'his flagship company Frontline plc', 'major interests in ... Seadrill ...', 'his investment
 # companies Hemen Holdings and Geveran Trading' -> no role (an owner)
 roles=[R(JF, "executive", WC, False), R(JF, "head", WC, False)],
 # 'When British interests acquired Wallem' -> nothing (no named buyer); 'Through his investment companies Hemen
 # Holdings and Geveran Trading, Fredriksen controls a global maritime empire' -> nothing (no named company said to
 # be held by either; doubtful: parent links from Frontline plc, Seadrill, Mowi or Golden Ocean Group to them could
 # be argued)
 relations=[],
 outages=[],
 # published null; 'autumn 1969' -> the year (a season, GUIDELINES Dates); 'at age three' -> nothing
 dates=[D("2006", "2006"), D("2025", "2025"), D("2012", "2012"), D("2014", "2014"),
        D("11 May 1944", "1944-05-11"), D("1961", "1961"), D("1966", "1966"), D("1968", "1968"),
        D("autumn 1969", "1969")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
