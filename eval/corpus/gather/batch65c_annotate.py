#!/usr/bin/env python3
"""Batch 65c gold annotations (the texts of batch65c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-64n; batch10_annotate.write_parts), so with three texts: test wp-banesto, train wp-hispano-suiza, dev
wp-union-bank-of-switzerland. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
decades ('by the 1930s', 'the early 1860s') -> nothing (as batches before: decades not listed); 'after World War II',
'during the Spanish Civil War' -> nothing (no calendar value written); 'between 2002 and November 2010' -> each end as
written. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a bank 'suspended' by
the central bank and factories 'taken over by both sides for war production' are no service lost by users;
GUIDELINES, Outages). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-64n): 'X acquired Y', 'X bought
Y', 'X sold Y to Z', 'continued to grow through acquisitions, including Y in 1919, ...' -> acquired + parentOrganization
(target, buyer) (completed; none said to be merged away); 'merged with X in 1998 to become Y', 'formed in 1912 through
the merger of A and B' -> nothing (GUIDELINES, Relations: a merger where the text does not say who buys whom); 'its
Spanish assets were taken over by X' -> nothing (an asset purchase); 'announced it would absorb', 'announced ... that it
would purchase the remaining 10%' -> nothing beyond the completed purchase the text also tells; '88.4% owned by X', 'is
now part of X', 'is part of X' -> parentOrganization; 'Santander sold A' (no buyer named) -> parentOrganization(A,
seller) (ownership stated as past is still recorded; GUIDELINES, Relations); a named car -> Service with provider to
its maker (as batches 64f and 64n); 'founded ... by A' (one person named) -> founder (GUIDELINES, Roles, Founders);
'executive chair' -> chairman (GUIDELINES, Roles: executive chairman -> chairman), 'served as ... between 2002 and
November 2010, when she moved to' -> current false for the post left, current true for the post taken; 'Santander
president X' -> president; a cycling team -> Organization (GUIDELINES, Types: sports teams); a central bank ->
Organization; a family ('the Suqué Mateu family') -> no entity; demonyms and adjectives ('Spanish', 'Swiss', 'French',
'German') -> nothing.
usage: batch65c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- banking, Spain: Banesto (en.wikipedia.org's older rendering) --------------------------------------------------
BAN = "Banco Espa\u00f1ol de Cr\u00e9dito, S.A."
SAN = "Banco Santander"
BHIF = "Banco Hipotecario de Fomento de Chile"
APB = "Ana Patricia Bot\u00edn"
A["wp-banesto"] = dict(
 # the bank -> Company under its fullest form 'Banco Español de Crédito, S.A.' (the official name in brackets), alias
 # 'Banesto'; '"Spanish credit bank"' -> no alias (a lower-case gloss of the name, as batch 64n left 'two-seat
 # limousine'); Banco Santander -> Company, aliases 'Santander Group' and 'Santander' (the group named as the owner,
 # 'Banco Santander acquired Banesto', 'Santander sold ...', 'Santander president', 'The Santander Group announced ...
 # with the existing Banco Santander business': one bank and its group under three forms; doubtful: a reader might
 # keep 'Santander Group' apart as the holding); Santander UK -> Company (its own name, no tie told); Banco del Pacifico,
 # Banco de Concepcion, Banesto Uruguay, Banco Shaw, Banesto Chile, BBVA -> Company; 'Banco Hipotecario de Fomento de
 # Chile (BHIF)' -> Company, alias 'BHIF'; Banco de España -> Organization (the central bank that 'suspended Banesto';
 # GUIDELINES, Types: regulators); Miguel Indurain, Ana Patricia Botín, Emilio Botín -> Person; 'Today's Movistar Team'
 # -> Organization (a cycling team; GUIDELINES, Types); Spain, Argentina -> Location. No entity: 'Chile' in 'Santander
 # sold Banesto Uruguay, Chile, and Banco Shaw' (short for Banesto Chile, a bank, not the country; no alias either, a
 # word that also names a country; a reader might add a Location), 'Uruguay' and 'Chile' inside bank names, 'Tours de
 # France' (a race; events are not entities), 'a cycling team' (unnamed), 'the bank', 'the business', 'Spanish'
 entities=[E("Company", BAN, "Banesto"), E("Company", SAN, "Santander Group", "Santander"), E("Location", "Spain"),
           E("Person", "Miguel Indurain"), E("Organization", "Movistar Team"), E("Company", "Banco del Pacifico"),
           E("Company", "Banco de Concepcion"), E("Organization", "Banco de Espa\u00f1a"),
           E("Company", "Banesto Uruguay"), E("Company", "Banco Shaw"), E("Location", "Argentina"),
           E("Company", "Banesto Chile"), E("Company", BHIF, "BHIF"), E("Company", "BBVA"), E("Person", APB),
           E("Person", "Emilio Bot\u00edn"), E("Company", "Santander UK")],
 # 'Ana Patricia Botín ... served as executive chair of the bank between 2002 and November 2010' -> chairman at Banco
 # Español de Crédito, S.A. ('the bank' is Banesto, the text's subject; executive chair -> chairman), current false (a
 # post held between two dates and left when she moved on); 'when she moved to the position of CEO of Santander UK' ->
 # ceo at Santander UK, current true (no leaving told; doubtful: a reader might set it false for a post of 2010);
 # 'Santander president Emilio Botín' -> president at Banco Santander, current true (no 'then' or 'former'; doubtful
 # as the CEO post). Near-misses: 'daughter of ... Emilio Botín' -> no role (kinship, no post); 'a cycling team that
 # featured Miguel Indurain' -> no role (a rider, and the team unnamed there; a reader might tie him to Movistar Team)
 roles=[R(APB, "chairman", BAN, False), R(APB, "ceo", "Santander UK"), R("Emilio Bot\u00edn", "president", SAN)],
 # 'a Spanish bank, 88.4% owned by the Santander Group', 'When Banco Santander acquired Banesto' -> acquired(Banco
 # Santander, Banco Español de Crédito, S.A.) + parentOrganization (completed; the later absorption is only announced);
 # 'Banesto acquired Banco del Pacifico in 1991 and renamed it' -> acquired + parentOrganization (renamed, not merged
 # away; the new name not given); 'In 1993 it bought Banco de Concepcion, but the merger was suspended' -> acquired +
 # parentOrganization (the purchase told as done, the merger after it suspended, so not merged away; doubtful: a
 # reader might read the suspension as undoing the deal and give nothing); 'Santander sold Banesto Uruguay, Chile, and
 # Banco Shaw' -> parentOrganization(Banesto Uruguay / Banco Shaw / Banesto Chile, Banco Santander) (the seller owned
 # them; no buyer named for the first two; doubtful: a reader might give Banesto as their parent, by the names, which
 # the text does not state, or nothing); 'Banco Santander sold Banesto Chile to Banco Hipotecario de Fomento de Chile
 # (BHIF)' -> acquired(BHIF, Banesto Chile) + parentOrganization; 'In 1998 BBVA bought BHIF' -> acquired +
 # parentOrganization. Near-misses: 'Banco Santander announced it would absorb Banesto', 'announced ... that it would
 # purchase the remaining 10% of Banesto ... and will merge the business' -> nothing more (a plan; the purchase of
 # control already recorded); 'the sponsor of a cycling team' -> no partner (the team unnamed there); 'Today's Movistar
 # Team is the direct descendant of this team' -> nothing (a succession); 'Banco de España suspended Banesto' ->
 # nothing (a regulator's act); Santander UK -> no parentOrganization (a tie a reader may know, not told)
 relations=acq(SAN, BAN) + acq(BAN, "Banco del Pacifico") + acq(BAN, "Banco de Concepcion")
           + [L("Banesto Uruguay", "parentOrganization", SAN), L("Banco Shaw", "parentOrganization", SAN),
              L("Banesto Chile", "parentOrganization", SAN)]
           + acq(BHIF, "Banesto Chile") + acq("BBVA", BHIF),
 outages=[],
 # '2012' ('In 2012'), '1991', '1993', '1994', '1998', '2002', 'November 2010', 'December 2012' (another text, the
 # month); '88.4%', '10%', '1,770' -> no dates
 dates=[D("2012", "2012"), D("1991", "1991"), D("1993", "1993"), D("1994", "1994"), D("1998", "1998"),
        D("2002", "2002"), D("November 2010", "2010-11"), D("December 2012", "2012-12")])

# ---- cars and aero engines, Spain and France: Hispano-Suiza (en.wikipedia.org's rendering) -------------------------
HS = "Hispano-Suiza"
A["wp-hispano-suiza"] = dict(
 # the company -> Company 'Hispano-Suiza', alias 'Hispano Suiza Cars' ('The relaunch of Hispano Suiza Cars in Spain ...
 # the company is part of the Peralada Group': the text's present-tense 'Spanish automotive company' under the name of
 # its relaunched car business; doubtful: a reader might make a second Company of it, or leave it as a brand); Marc
 # Birkigt -> Person; Snecma, Safran Group, ENASA, Peralada Group -> Company; 'Hispano-Suiza Carmen' ('a fully-electric
 # 1,119 HP hypercar called ...') -> Service (a car nameplate; GUIDELINES, Types); Spain, France, Barcelona, Seville ->
 # Location. No entity: '()' (the rendering's empty pronunciation brackets), 'its French luxury car arm', 'the French
 # arm' (unnamed units; the arm worked 'under the Hispano-Suiza name', the same surface form as the company, so no
 # entity of its own), 'the French state' (no name written; a reader might add France's government), 'the Suqué Mateu
 # Family', 'the same founding family' (a family, no person named), 'World War II', 'the Spanish Civil War' (events),
 # 'Spanish', 'French'
 entities=[E("Company", HS, "Hispano Suiza Cars"), E("Person", "Marc Birkigt"), E("Location", "Spain"),
           E("Location", "France"), E("Company", "Snecma"), E("Company", "Safran Group"), E("Location", "Barcelona"),
           E("Location", "Seville"), E("Company", "ENASA"), E("Company", "Peralada Group"),
           E("Service", "Hispano-Suiza Carmen")],
 # 'It was founded in 1904 by Marc Birkigt and as an automobile manufacturer' -> founder at Hispano-Suiza, current
 # true (one person named; doubtful: the rendering dropped a second name after 'and', so the text shows a partner it
 # does not name, and a reader might give cofounder). Near-miss: 'the same founding family' -> no role (a family, no
 # person); the cut infobox's 'Key People' (a president, a CEO and others) -> no role (not in the text)
 roles=[R("Marc Birkigt", "founder", HS)],
 # 'Snecma, which is now part of the French Safran Group' -> parentOrganization(Snecma, Safran Group); 'the company is
 # part of the Peralada Group' -> parentOrganization(Hispano-Suiza, Peralada Group) ('the company' after 'Hispano Suiza
 # Cars'; the group 'owned as well by the Suqué Mateu family', no purchase told); 'a ... hypercar called Hispano-Suiza
 # Carmen' -> provider(Hispano-Suiza Carmen, Hispano-Suiza). Near-misses: 'In 1968, the company was taken over by the
 # aerospace company Snecma' -> no acquired (the company taken over is the French arm, unnamed but for 'the
 # Hispano-Suiza name'; giving Snecma the Spanish company the text says is part of the Peralada Group would misread it;
 # doubtful: a reader might give acquired(Snecma, Hispano-Suiza) + parentOrganization); 'the French arm was taken over
 # by the French state' -> nothing (an unnamed arm and an unnamed state body); 'its Spanish assets were taken over by
 # the truck manufacturer ENASA' -> nothing (an asset purchase; GUIDELINES, Relations); 'its French luxury car arm
 # became a semi-autonomous partnership with the Spanish parent company' -> no partner and no parentOrganization (the arm
 # unnamed); 'Hispano-Suiza's Spanish factories ... were taken over by both sides' -> nothing (plants, no named taker)
 relations=[L("Snecma", "parentOrganization", "Safran Group"), L(HS, "parentOrganization", "Peralada Group"),
            L("Hispano-Suiza Carmen", "provider", HS)],
 outages=[],
 # '1904', '1923', '1937', '1968', '1946', '2019'; 'by the 1930s', 'after World War II', 'during the Spanish Civil War',
 # '4th generation' -> left out
 dates=[D("1904", "1904"), D("1923", "1923"), D("1937", "1937"), D("1968", "1968"), D("1946", "1946"),
        D("2019", "2019")])

# ---- banking, Switzerland: Union Bank of Switzerland (review.clateway.com's copy) ----------------------------------
U = "Union Bank of Switzerland"
SMH = "Schr\u00f6der, M\u00fcnchmeyer, Hengst & Co."
A["wp-union-bank-of-switzerland"] = dict(
 # the bank -> Company 'Union Bank of Switzerland', aliases 'UBS' (its short name in brackets, and the subject of 'UBS
 # was formed in 1912', 'UBS then continued to grow'; the merged bank 'to become UBS' and today's 'standalone brand'
 # share the surface form, so no second entity: one surface form, one entity; doubtful: a reader might make the merged
 # UBS a Company of its own) and 'SBG' ('crossed by vertical "SBG", referring to the name of the bank in German': the
 # initials of its German name; doubtful: a reader might take the logo's letters for no name); Swiss Bank Corporation,
 # Bank in Winterthur, Toggenburger Bank, Aargauische Kreditanstalt, Eidgenössische Bank, Interhandel Basel, Phillips &
 # Drew, Schröder, Münchmeyer, Hengst & Co. -> Company ('Interhandel Basel' as written, the city kept inside the name;
 # doubtful: a reader might write 'Interhandel' and add Basel as a Location); Switzerland, Europe -> Location (the
 # continent as a region, as the corpus keeps 'Europe'). No entity: 'The historical UBS logo' (a logo, no product),
 # 'the largest bank in Europe and the second largest bank in the world' (rankings), 'Swiss', 'German'
 entities=[E("Company", U, "UBS", "SBG"), E("Location", "Switzerland"), E("Company", "Swiss Bank Corporation"),
           E("Location", "Europe"), E("Company", "Bank in Winterthur"), E("Company", "Toggenburger Bank"),
           E("Company", "Aargauische Kreditanstalt"), E("Company", "Eidgen\u00f6ssische Bank"),
           E("Company", "Interhandel Basel"), E("Company", "Phillips & Drew"), E("Company", SMH)],
 # no person is named, so no role
 roles=[],
 # 'UBS then continued to grow through acquisitions, including Aargauische Kreditanstalt in 1919, Eidgenössische Bank
 # in 1945, Interhandel Basel in 1967, Phillips & Drew in 1986, and Schröder, Münchmeyer, Hengst & Co. in 1997' ->
 # acquired + parentOrganization(target, Union Bank of Switzerland) for each of the five (completed; none said to be
 # merged away; doubtful: a reader who knows that some were folded into the bank might give acquired only).
 # Near-misses: 'merged with Swiss Bank Corporation in 1998 to become UBS', 'the bank's 1998 merger with Swiss Bank
 # Corporation' -> nothing (a merger, no buyer told; a reader might give acquired(Union Bank of Switzerland, Swiss
 # Bank Corporation) by the name kept); 'formed in 1912 through the merger of the Bank in Winterthur and Toggenburger
 # Bank' -> nothing (a merger forming the bank; no parentOrganization of the two under it)
 relations=acq(U, "Aargauische Kreditanstalt") + acq(U, "Eidgen\u00f6ssische Bank") + acq(U, "Interhandel Basel")
           + acq(U, "Phillips & Drew") + acq(U, SMH),
 outages=[],
 # '1998' (three times, one text, one value), '1912', '1919', '1945', '1967', '1986', '1997'; 'the early 1860s', 'at
 # the time', 'then', 'today' -> left out
 dates=[D("1998", "1998"), D("1912", "1912"), D("1919", "1919"), D("1945", "1945"), D("1967", "1967"),
        D("1986", "1986"), D("1997", "1997")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
