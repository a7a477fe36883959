#!/usr/bin/env python3
"""Gold annotations for batch 68y (session 62, gatherer lane 68y): three FTC merger texts -- the FTC's plan to ask a
court to block Swedish Match AB's proposed acquisition of brands and other assets of National Tobacco Company, L.P.
(loose leaf chewing tobacco; press release of June 2000, `published` 2000-06-22, the day of the vote); the FTC's
administrative complaint against ProMedica Health System, Inc.'s consummated acquisition of St. Luke's Hospital (press
release of January 6, 2011); the FTC's order dismissing its complaint in Laboratory Corporation of America's acquisition
of Westcliff Medical Laboratories, Inc. (press release of April 2011, day unknown) -- written from the texts alone;
newskg was not run on them. Round notes /tmp/gather68y/NOTES.md; claims in /work/notes/gather68/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
LabCorp / Westcliff -> test, ProMedica / St. Luke's -> train, Swedish Match / National Tobacco -> dev.
Relative expressions resolve against `published` (GUIDELINES, Dates): 'today' in the Swedish Match text -> 2000-06-22;
'today' and 'tomorrow' in the ProMedica text -> 2011-01-06 and 2011-01-07.
Conventions (the FTC merger texts' of batches 16e, 63g, 67ad, 67r, 68a, 68g, 68m and 68v, the DOJ lane's 50b; looked up
in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier; "Director of the FTC's Bureau of Competition" ->
director at the Bureau, the Bureau an Organization with parentOrganization the FTC (68m, 63g); 'Commissioner(s)' of the
FTC -> other at the FTC, current true (GUIDELINES: commissioners -> other); a proposed acquisition the FTC sues to
block -> nothing (68m's Conso / McCall, 67ad's Thoratec / HeartWare); a consummated acquisition the FTC challenges ->
acquired and parentOrganization(target, buyer) (68v's Polypore / Microporous, 50b's TransDigm); 'wholly-owned
subsidiaries of X' and hospitals X 'operates' -> parentOrganization; brands a company 'sells under' -> Service with
provider to that company (68m's Simplicity, 68v's Binks); a person who 'ultimately controls' a company -> no role (no
post named); places named alone -> Location ('U.S.' as written, the only form); 'headquartered in' -> no relation (no
predicate); unnamed staff, courts, subsidiaries and officials ('its U.S. subsidiary', 'the Attorney General of the
State of Ohio') -> not annotated; amounts, shares and counts -> not dates.
usage: batch68y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
SMA = "Swedish Match AB"
NTC = "National Tobacco Company, L.P."
NAT = "North Atlantic Trading Company, Inc."
RGP = "Richard G. Parker"
PRO = "ProMedica Health System, Inc."
SLH = "St. Luke\u2019s Hospital"
LCA = "Laboratory Corporation of America"
WML = "Westcliff Medical Laboratories, Inc."
A = {}

# ---- Swedish Match AB / National Tobacco Company, L.P., FTC press release, June 22, 2000 ------------------------------
A["us-ftc-swedish-match-national-tobacco-preliminary-injunction-chewing-tobacco-2000"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC alleges', "the FTC's Bureau", 'According to the FTC': alias
 # 'FTC'; 'Commission' is not written alone); Swedish Match AB ("Swedish Match AB's proposed ... acquisition";
 # 'Swedish Match' five times: alias); National Tobacco Company, L.P. ('National Tobacco' three times: alias); Red Man,
 # Beech Nut ('sells under the "Red Man" and other brands', 'the "Beech Nut" and other brands' -> Service, brands of
 # chewing tobacco -- **doubtful**: a reader may type them Product-like and leave them out, or Company); Richard G.
 # Parker (once); the Bureau of Competition ("the FTC's Bureau of Competition" -> Organization); the U.S. ('in the U.S.
 # loose leaf chewing tobacco market', 'its U.S. subsidiary', 'the U.S. loose leaf market': the only form written ->
 # Location 'U.S.'); Stockholm, Sweden, Richmond, Virginia, New York City (Locations, each named alone); North Atlantic
 # Trading Company, Inc. ('North Atlantic Trading Co.': alias); Thomas Helms Jr. (as written, the trailing comma not
 # part of the name). Not annotated: loose leaf chewing tobacco (a product class); 'its U.S. subsidiary' (unnamed);
 # 'a federal district court' (unnamed); the preliminary injunction (a regulator's action); '$165 million', '60
 # percent', '90 percent' (amounts and shares); 'the first and third largest sellers', 'one of two' (ranks, counts)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", SMA, "Swedish Match"),
           E("Company", NTC, "National Tobacco"),
           E("Service", "Red Man"),
           E("Service", "Beech Nut"),
           E("Person", RGP),
           E("Organization", BOC),
           E("Location", "U.S."),
           E("Location", "Stockholm"),
           E("Location", "Sweden"),
           E("Location", "Richmond"),
           E("Location", "Virginia"),
           E("Company", NAT, "North Atlantic Trading Co."),
           E("Location", "New York City"),
           E("Person", "Thomas Helms Jr.")],
 # 'said Richard G. Parker, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true (68m). **Near-misses**: 'Thomas Helms Jr., ultimately controls National Tobacco, through North Atlantic
 # Trading Co.' -> no role (control without a post; **doubtful**: a reader may give other, or executive, at North
 # Atlantic Trading Company, Inc.); no officer of Swedish Match is named
 roles=[R(RGP, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission); 'National
 # Tobacco is one of two wholly-owned subsidiaries of North Atlantic Trading Company, Inc.' -> parentOrganization(National
 # Tobacco Company, L.P., North Atlantic Trading Company, Inc.); 'Swedish Match, which sells under the "Red Man" and
 # other brands' -> provider(Red Man, Swedish Match AB); 'National Tobacco, which sells under the "Beech Nut" and other
 # brands' -> provider(Beech Nut, National Tobacco Company, L.P.). **Near-misses**: "Swedish Match AB's proposed $165
 # million acquisition of brands and other assets of National Tobacco", "The proposed acquisition of National Tobacco's
 # chewing tobacco brands by Swedish Match" -> nothing (a proposed purchase of assets the FTC will ask a court to
 # block: 68m's Conso / McCall; **doubtful**: a reader may write acquired(Swedish Match AB, National Tobacco Company,
 # L.P.) as agreed); 'its U.S. subsidiary is based in Richmond, Virginia' (unnamed: no parentOrganization); 'Swedish
 # Match is headquartered in Stockholm, Sweden', 'headquartered in New York City' (no predicate for places); 'the first
 # and third largest sellers' (rivals: no partner)
 relations=[L(BOC, "parentOrganization", FTC),
            L(NTC, "parentOrganization", NAT),
            L("Red Man", "provider", SMA),
            L("Beech Nut", "provider", NTC)],
 outages=[],
 # `published` 2000-06-22: 'today' ('The Federal Trade Commission today announced'; again in 'are today the first and
 # third largest sellers': one item) -> 2000-06-22 (**doubtful**: the day of the Commission's vote, from ftc.gov's order
 # and lexplug, not from the release itself)
 dates=[D("today", "2000-06-22")])

# ---- ProMedica Health System, Inc. / St. Luke's Hospital, FTC press release, January 6, 2011 -------------------------
A["us-ftc-promedica-st-lukes-hospital-administrative-complaint-lucas-county-2011"] = dict(
 # The Federal Trade Commission (once in full; "The FTC\u2019s administrative complaint", 'The FTC staff': alias 'FTC');
 # ProMedica Health System, Inc. ('ProMedica' eight times: alias); St. Luke\u2019s Hospital ("St. Luke\u2019s" six times:
 # alias; typed Company like ProMedica, both healthcare businesses that buy and are bought -- **doubtful**: a reader
 # may type the not-for-profit system and hospital Organization); Lucas County ('in Lucas County, Ohio' twice, 'in Lucas
 # County' -> Location); Ohio (written alone after its towns and in 'west-central Ohio'; 'the State of Ohio' is the
 # fullest form -> Location 'State of Ohio' with alias 'Ohio'); Toledo, Maumee, Michigan (Locations); The Toledo
 # Hospital, Flower Hospital, Bay Park Community Hospital (Companies, the three hospitals ProMedica operates; 'The' kept
 # as the text's list item writes it). Not annotated: the Attorney General of the State of Ohio (unnamed office holder);
 # 'federal district court' (unnamed); general acute-care and inpatient obstetrical services (service classes, not named
 # services); patients, employers, employees (classes); '$1.6 billion', '$156 million' (amounts); 'three', 'two' (counts)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", PRO, "ProMedica"),
           E("Company", SLH, "St. Luke\u2019s"),
           E("Location", "Lucas County"),
           E("Location", "State of Ohio", "Ohio"),
           E("Location", "Toledo"),
           E("Company", "The Toledo Hospital"),
           E("Company", "Flower Hospital"),
           E("Company", "Bay Park Community Hospital"),
           E("Location", "Michigan"),
           E("Location", "Maumee")],
 # No person is named in the kept text (no FTC official; 'the Attorney General of the State of Ohio' is unnamed)
 roles=[],
 # "ProMedica Health System, Inc.\u2019s consummated acquisition of rival St. Luke\u2019s Hospital", 'On August 31, 2010,
 # ProMedica acquired control of St. Luke\u2019s' -> acquired(ProMedica Health System, Inc., St. Luke\u2019s Hospital) and
 # parentOrganization(St. Luke\u2019s Hospital, ProMedica Health System, Inc.) (68v's consummated-acquisition rule; the
 # FTC's challenge has undone nothing yet); 'ProMedica operates three general acute-care hospitals in Lucas County: 1)
 # The Toledo Hospital; 2) Flower Hospital; and 3) Bay Park Community Hospital' -> parentOrganization(each, ProMedica
 # Health System, Inc.) (GUIDELINES: owned or operated units; **doubtful**: 'operates' may be read as management only).
 # **Near-misses**: 'rival St. Luke\u2019s', 'a separate, independent competitor' (rivals: no partner); 'a formerly
 # independent ... hospital' (its past independence: no relation); the administrative complaint and the federal court
 # action 'brought jointly with the Attorney General of the State of Ohio' (a regulator's action: nothing)
 relations=[L(PRO, "acquired", SLH),
            L(SLH, "parentOrganization", PRO),
            L("The Toledo Hospital", "parentOrganization", PRO),
            L("Flower Hospital", "parentOrganization", PRO),
            L("Bay Park Community Hospital", "parentOrganization", PRO)],
 outages=[],
 # `published` 2011-01-06: 'today' ('the Federal Trade Commission today challenged') -> 2011-01-06; 'tomorrow' ('will
 # file a separate complaint in federal district court tomorrow') -> 2011-01-07; '2009' ('2009 revenues', 'in 2009': one
 # item) -> 2009; 'August 31, 2010' -> 2010-08-31. Not dates: 'At the time of the acquisition' (refers back to August
 # 31, 2010: no separate item)
 dates=[D("today", "2011-01-06"),
        D("tomorrow", "2011-01-07"),
        D("2009", "2009"),
        D("August 31, 2010", "2010-08-31")])

# ---- Laboratory Corporation of America / Westcliff Medical Laboratories, Inc., FTC press release, April 2011 ---------
A["us-ftc-labcorp-westcliff-complaint-dismissed-commissioners-statements-2011"] = dict(
 # The Federal Trade Commission (once in full; "the Commission\u2019s investigation", "the Commission\u2019s decision",
 # 'the Commission should have': alias 'Commission'; 'FTC' is written only in the boilerplate cut away); Laboratory
 # Corporation of America ("LabCorp\u2019s acquisition", 'against LabCorp': alias 'LabCorp'); Westcliff Medical
 # Laboratories, Inc. ('Westcliff': alias); Jon Leibowitz, William Kovacic, Edith Ramirez, Julie Brill (Persons). Not
 # annotated: 'the district court' (unnamed); the order, the complaint, the appeal, the statements (a regulator's and a
 # court's actions); '5-0' (a vote count)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", LCA, "LabCorp"),
           E("Company", WML, "Westcliff"),
           E("Person", "Jon Leibowitz"),
           E("Person", "William Kovacic"),
           E("Person", "Edith Ramirez"),
           E("Person", "Julie Brill")],
 # 'A statement by Commissioners Jon Leibowitz, William Kovacic, and Edith Ramirez', 'Commissioner Julie Brill' ->
 # other at the Federal Trade Commission, current true, each (GUIDELINES: commissioners -> other; the org read from
 # 'the Commission\u2019s decision' in their statements). **Near-misses**: Leibowitz is written only as 'Commissioner'
 # (the text does not call him Chairman: no chairman role from outside knowledge); no officer of LabCorp or Westcliff is
 # named
 roles=[R("Jon Leibowitz", "other", FTC),
        R("William Kovacic", "other", FTC),
        R("Edith Ramirez", "other", FTC),
        R("Julie Brill", "other", FTC)],
 # "Laboratory Corporation of America\u2019s acquisition of Westcliff Medical Laboratories, Inc.", "LabCorp\u2019s
 # acquisition of Westcliff will result in anticompetitive effects" with the complaint dismissed and the injunction
 # denied -> acquired(Laboratory Corporation of America, Westcliff Medical Laboratories, Inc.) and
 # parentOrganization(Westcliff Medical Laboratories, Inc., Laboratory Corporation of America) (**doubtful**: the text
 # never says the deal closed -- it is read as standing because the only challenges to it, the injunction and the
 # complaint, are denied and dismissed; a reader may write nothing, or acquired only). **Near-misses**: the order
 # dismissing the complaint, the statements, the withdrawn appeal (a regulator's and a court's actions: nothing)
 relations=[L(LCA, "acquired", WML),
            L(WML, "parentOrganization", LCA)],
 outages=[],
 # `published` None (April 2011, day unknown): the kept text holds no time expression with a calendar value ('now
 # withdrawn' has none)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
