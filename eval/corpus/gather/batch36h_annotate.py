#!/usr/bin/env python3
"""Batch 36h gold annotations (the texts of batch36h.py: a Vietnamese co-founder, chairman and CEO of an IT group, a
Singaporean founder who chaired and ran a PC-audio maker, a Serbian holding-group owner who had run a chemical works
and founded a bank later sold, a Ghanaian founder of a software house; one part), written from each text alone;
newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-herman-chinery-hesse -> test, wp-miroslav-miskovic -> train,
wp-sim-wong-hoo -> dev, wp-truong-gia-binh -> train. Wikipedia texts have `published` null: only absolute dates
(GUIDELINES.md, Dates); decades ('the 2000s'), spans ('six months', 'for a year') and ages left out; a repeated date
with the same text is one item.
Conventions as batches 27a-35p (GUIDELINES.md part 2): 'is best known as the co-founder, chairman and CEO' -> current
true; 'was the chairman and chief executive officer ... from 1981 until his death' -> current false; a post the text
shows the person left for a later one ('remained on this position until 1990', 'became ... in 1987' after 'financial
director in 1984') -> current false; founders and co-founders -> founder / cofounder, current (the lane's convention,
also for a founder who has died); owners ('the owner of the Delta Holding company') -> no role; 'financial director'
-> cfo (doubtful: executive could be argued); 'assessor' of a court -> other; a deputy head of government ('a
vicepresident of the Serbian government') -> vice-president with the country as org, as the lane gives ministers.
usage: batch36h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Vietnam ---------------------------------------------------------------------------------------------------------
TGB = "Trương Gia Bình"
FPT = "FPT Corporation"
ASO = "Asian-Oceanian Computing Industry Organization"
VIN = "Vietnam Software Association"
A["wp-truong-gia-binh"] = dict(
 # 'Binh' -> alias; FPT Corporation ('FPT'; 'the Food Processing Technology company, the predecessor of FPT' and 'the
 # Corporation for Financing and Promoting Technology, Vietnam's earliest information technology firm' -> aliases, a
 # former name and the expansion of the acronym; doubtful: the text does not say in so many words that the 1990
 # corporation is FPT, a reader concludes it from the initials and from 'the equitization of FPT' after it); ASOCIO and
 # VINASA (industry bodies) -> Organization with the acronyms as aliases ('The Asian-Oceanian' with a capital T: the
 # name is recorded without the article); Chu Van An highschool, Lomonosov Moscow State University, FPT University ->
 # Organization; 'the Faculty of Mechanics and Mathematics' (a faculty of the university) -> nothing; 'the State of
 # Vietnam' (the state as the body that gave the title) -> nothing (doubtful; neither the Location nor an
 # Organization of its own); Nghệ An Province, Hanoi, Vietnam, the Soviet Union -> Location; Truong Gia Tho -> Person;
 # 'Japanese companies' (unnamed) -> nothing
 entities=[E("Person", TGB, "Binh"), E("Location", "Nghệ An Province"),
           E("Company", FPT, "FPT", "Food Processing Technology", "Corporation for Financing and Promoting Technology"),
           E("Organization", ASO, "ASOCIO"), E("Organization", VIN, "VINASA"), E("Person", "Truong Gia Tho"),
           E("Location", "Hanoi"), E("Organization", "Chu Van An highschool"), E("Location", "Vietnam"),
           E("Location", "Soviet Union"), E("Organization", "Lomonosov Moscow State University"),
           E("Organization", "FPT University")],
 # 'the co-founder, chairman and CEO of ... FPT Corporation' -> cofounder, chairman, ceo, current ('Binh and 12
 # Vietnamese scientists founded' agrees: cofounder); 'He became the head of the Corporation for Financing and
 # Promoting Technology ... in 1990' -> head at FPT Corporation, not current (doubtful twice: 'head' of a firm, and
 # left for 'the Chairman and Chief Executive Officer (CEO)' posts of 2002); 'the Vice President of The Asian-Oceanian
 # Computing Industry Organization' -> vice-president, current; 'Chairman of Vietnam Software Association' ->
 # chairman, current; 'took up a position as the chairman of its managing board' (FPT University's) -> chairman,
 # current; 'was a doctor in Hanoi' (no body named) -> no role
 roles=[R(TGB, "cofounder", FPT), R(TGB, "chairman", FPT), R(TGB, "ceo", FPT), R(TGB, "head", FPT, False),
        R(TGB, "vice-president", ASO), R(TGB, "chairman", VIN), R(TGB, "chairman", "FPT University")],
 # 'his company opened FPT University' -> parentOrganization (doubtful: a university opened by a company; the text
 # gives it no other owner)
 relations=[L("FPT University", "parentOrganization", FPT)],
 outages=[],
 # published null; 'born 1956' and 'born on 1956' -> one item '1956'; 'the equitization of FPT' (no date of its
 # own), '12 Vietnamese scientists' -> nothing
 dates=[D("1956", "1956"), D("1978", "1978"), D("1982", "1982"), D("1991", "1991"),
        D("September 13, 1988", "1988-09-13"), D("1990", "1990"), D("March 2002", "2002-03"), D("2006", "2006")])

# ---- Singapore -------------------------------------------------------------------------------------------------------
SWH = "Sim Wong Hoo"
CT = "Creative Technology"
A["wp-sim-wong-hoo"] = dict(
 # 'Sim' -> alias; Creative Technology -> Company; Sound Blaster ('the Sound Blaster audio card', 'a stand-alone sound
 # card') and Creative ZEN ('the Creative ZEN range of audio and media products') -> Service (products; the company
 # is named on its own too); the Apple II ('the Apple II computer') -> Service, its maker named only inside the
 # product name, so no Apple entity (GUIDELINES); the Colony of Singapore, Chinatown, the United States -> Location;
 # Pearl's Centre -> Location (a named building, GUIDELINES: named sites and facilities); Bukit Panjang Government
 # High School, Ngee Ann Technical College ('now Ngee Ann Polytechnic', a later name -> alias) -> Organization; Ng Kai
 # Wa -> Person; 'National Service' (a programme), 'Zhao'an Hokkien', 'OEM PCs', 'PC' -> nothing
 entities=[E("Person", SWH, "Sim"), E("Company", CT), E("Service", "Sound Blaster"), E("Service", "Creative ZEN"),
           E("Location", "Colony of Singapore"), E("Organization", "Bukit Panjang Government High School"),
           E("Organization", "Ngee Ann Technical College", "Ngee Ann Polytechnic"), E("Person", "Ng Kai Wa"),
           E("Location", "Pearl's Centre"), E("Location", "Chinatown"), E("Service", "Apple II"),
           E("Location", "United States")],
 # 'known for founding Creative Technology' -> founder, current (the convention; he died in 2023); 'Sim, along with
 # former schoolmate Ng Kai Wa, ... founded Creative Technology' -> cofounder for Ng Kai Wa (doubtful: the same
 # sentence makes Sim a co-founder too; his title is kept as the lead gives it, one role per post); 'He was the
 # chairman and chief executive officer of Creative Technology from 1981 until his death in 2023' -> chairman and
 # ceo, not current
 roles=[R(SWH, "founder", CT), R("Ng Kai Wa", "cofounder", CT), R(SWH, "chairman", CT, False),
        R(SWH, "ceo", CT, False)],
 # 'Creative Technology is notable for its products such as the Sound Blaster audio card and the Creative ZEN range'
 # -> provider twice; 'add-on memory boards for the Apple II computer' -> nothing (no maker named)
 relations=[L("Sound Blaster", "provider", CT), L("Creative ZEN", "provider", CT)],
 outages=[],
 # published null; '1955' and '4 January 2023' (the lead's span), 'from 1981' and 'in 2023', 'in 1975', 'On 1 July
 # 1981', 'In 1988' -> one item each; 'the 2000s' (a decade), 'for a year' -> nothing
 dates=[D("1955", "1955"), D("4 January 2023", "2023-01-04"), D("1981", "1981"), D("2023", "2023"),
        D("1975", "1975"), D("1 July 1981", "1981-07-01"), D("1988", "1988")])

# ---- Serbia ----------------------------------------------------------------------------------------------------------
MM = "Miroslav Mišković"
DH = "Delta Holding"
ZUPA = "Župa Chemical Industries"
A["wp-miroslav-miskovic"] = dict(
 # 'Mišković' and the Cyrillic form -> aliases; Delta Holding ('the Delta Holding company', 'Delta Holding
 # corporation'), Jugobanka, Trajal, Župa Chemical Industries, Delta M ('Delta M company'), Delta Bank, Banca Intesa
 # -> Company; Wprost ('Polish magazine Wprost') -> Company (a magazine, GUIDELINES); Jan Kulczyk, Slobodan Milošević
 # ('Milošević'), Dušan Mihajlović -> Person; the Democratic Opposition of Serbia (a political alliance) ->
 # Organization; Kruševac, Serbia, the Soviet Union ('former Soviet Union'), Poland, Belgrade -> Location; 'the
 # Serbian government' / 'the Government' -> nothing of its own (the role goes to Serbia, as ministers' do); 'Yugoslav
 # wars' (an event), 'the regime of Slobodan Milošević' -> nothing more
 entities=[E("Person", MM, "Mišković", "Мирослав Мишковић"), E("Location", "Kruševac"), E("Location", "Serbia"),
           E("Company", DH), E("Company", "Wprost"), E("Location", "Soviet Union"), E("Person", "Jan Kulczyk"),
           E("Location", "Poland"), E("Location", "Belgrade"), E("Company", "Jugobanka"), E("Company", "Trajal"),
           E("Company", ZUPA), E("Company", "Delta M"), E("Company", "Delta Bank"), E("Company", "Banca Intesa"),
           E("Person", "Slobodan Milošević", "Milošević"), E("Person", "Dušan Mihajlović"),
           E("Organization", "Democratic Opposition of Serbia")],
 # 'the owner of the Delta Holding company' -> no role (an owner); 'he has worked in Jugobanka and Trajal' (no post)
 # -> no role; 'where he became financial director in 1984' -> cfo at Župa, not current (left for the chief post);
 # 'the chief executive of the company in 1987, and he had remained on this position until 1990' -> ceo, not
 # current; 'became a vicepresident of the Serbian government, but has remained on this position for only six months'
 # -> vice-president at Serbia, not current (doubtful: a deputy prime minister; 'minister' could be argued);
 # 'Mišković has founded Delta M company', 'he has founded Delta Bank' -> founder, current (the convention); 'Dušan
 # Mihajlović, the minister of police at the time' -> minister at Serbia, not current ('at the time'; doubtful: the
 # country is implied by the sentence, not named in it); Milošević ('the regime of') -> no role (no post named)
 roles=[R(MM, "cfo", ZUPA, False), R(MM, "ceo", ZUPA, False), R(MM, "vice-president", "Serbia", False),
        R(MM, "founder", "Delta M"), R(MM, "founder", "Delta Bank"),
        R("Dušan Mihajlović", "minister", "Serbia", False)],
 # 'Delta Bank (sold to Banca Intesa in 2004)' -> acquired and parentOrganization (a completed sale; ownership told
 # as past by the text's own time is still recorded); 'Delta Bank ..., that was to become the first part of
 # Mišković's ... Delta Holding corporation' -> parentOrganization (Delta Bank within Delta Holding); Delta M within
 # Delta Holding -> nothing (not said)
 relations=[L("Banca Intesa", "acquired", "Delta Bank"), L("Delta Bank", "parentOrganization", "Banca Intesa"),
            L("Delta Bank", "parentOrganization", DH)],
 outages=[],
 # published null; 'as of 2006' -> '2006'; 'in 1984', 'in 1987', 'until 1990', 'in 2004', 'in 1971', 'until 1977' ->
 # one item each; 'only six months', 'the following years' -> nothing
 dates=[D("July 5, 1945", "1945-07-05"), D("2006", "2006"), D("1971", "1971"), D("1977", "1977"),
        D("1984", "1984"), D("1987", "1987"), D("1990", "1990"), D("2004", "2004")])

# ---- Ghana -----------------------------------------------------------------------------------------------------------
HCH = "Herman Owula Kojo Chinery-Hesse"
ST = "theSOFTtribe"
PRODUCTS = ["Hei Julor!!!", "Akatua", "Gbefalor", "Battor", "Nzama", "Eziban", "Efuom", "Bimbilla", "e-Susu"]
A["wp-herman-chinery-hesse"] = dict(
 # 'Chinery-Hesse' -> alias of the subject (his wife is named in full as 'Sadia Atami Chinery-Hesse', so the bare
 # surname is his); theSOFTtribe ('his firm') -> Company; the nine named software products (Hei Julor!!!, the payroll
 # system Akatua, Gbefalor, Battor, Nzama, Eziban, Efuom, Bimbilla, e-Susu) and Afrikan Echoes ('African audiobooks
 # app') -> Service; the product areas ('Government payroll systems', 'ERP systems' ...) -> nothing (kinds, not
 # names); Bill Gates (named inside his nickname 'the Bill Gates of Africa') -> Person (doubtful: named only to
 # describe Chinery-Hesse); the Commercial Courts of Ghana -> Organization; 'the Commonwealth Chair for Business and
 # Technology Initiatives for Africa' -> nothing (a post's name; the Commonwealth is not named on its own, doubtful);
 # '15 Black STEM Innovators' (a list) -> nothing; Ghana, Africa, Sierra Leone -> Location; Sadia Atami
 # Chinery-Hesse, Nii Tettey, Naa Densua -> Person; 'Clarke' (née) -> nothing
 entities=[E("Person", HCH, "Chinery-Hesse"), E("Company", ST), E("Location", "Ghana"), E("Person", "Bill Gates"),
           E("Location", "Africa")] + [E("Service", p) for p in PRODUCTS] +
          [E("Service", "Afrikan Echoes"), E("Organization", "Commercial Courts of Ghana"),
           E("Location", "Sierra Leone"), E("Person", "Sadia Atami Chinery-Hesse"), E("Person", "Nii Tettey"),
           E("Person", "Naa Densua")],
 # 'the founder of theSOFTtribe' -> founder, current (the convention; he died in 2024; 'In 1991, Chinery-Hesse
 # co-founded theSOFTtribe' names no co-founder: the lead's title kept, one role per post, doubtful); 'He was an
 # assessor for the Commercial Courts of Ghana' -> other, not current (past tense; he died); 'introduced as the
 # Commonwealth Chair for Business and Technology Initiatives for Africa' -> no role (no body named as an entity);
 # 'Sierra Leonean lawyer' (no body) -> no role
 roles=[R(HCH, "founder", ST), R(HCH, "other", "Commercial Courts of Ghana", False)],
 # 'the company has pioneered a number of groundbreaking products ...: Hei Julor!!! ...' and 'theSOFTtribe's
 # proprietary payroll system, Akatua, other software products his firm introduced ... were Gbefalor ...' ->
 # provider for the nine; 'His project "Afrikan Echoes"' -> nothing (his, not the firm's)
 relations=[L(p, "provider", ST) for p in PRODUCTS],
 outages=[],
 # published null; '17 September 2024' twice -> one item; 'at the age of 60', 'Over the years' -> nothing
 dates=[D("18 November 1963", "1963-11-18"), D("17 September 2024", "2024-09-17"), D("March 2019", "2019-03"),
        D("1991", "1991")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
