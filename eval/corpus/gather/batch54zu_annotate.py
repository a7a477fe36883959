#!/usr/bin/env python3
"""Batch 54zu gold annotations (the texts of batch54zu.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). Both are Wikipedia texts with `published` null: only absolute
dates (GUIDELINES.md, Dates); 'between January and December 2012' and 'between January and December 2019' give their
'December 2012' / 'December 2019' items only ('January' is a month without a year in its own words, left out as
batch 40zg left 'between July and September of that year'); 'early May 2012' -> the month (as batch 40zg's 'late
1996' -> its year). No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zg): 'wholly
owned by' -> parentOrganization, ownership that ended kept (relations carry no time); a minority stake bought or agreed
(49%, 'up to 20% of the shares') -> nothing (as batch 40zb's 49% of Rocco Forte Hotels); a merger agreed and completed
where the text does not say who buys whom -> nothing; an aircraft order from a named maker -> partner (a customer, as
batches 40zb's Fresh Fields and 40zc's Zona) and the ordered model -> Service with the maker as provider; aircraft and
engine models -> Service, their maker not annotated apart when named only inside the model's name (GUIDELINES part 2,
Types); a person who 'established' or 'launched' an airline, named alone -> founder; a civil aviation authority ->
Organization; former names -> aliases; a family named only as a family ('Chieppe family') and a share ticker ('AZUL4')
-> no entity; the unnamed 'Brazilian stock exchange' -> nothing.
usage: batch54zu_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aviation, Brazil: TRIP Linhas Aereas ---------------------------------------------------------------------------
TR = "TRIP Linhas A\u00e9reas S/A"
A["wp-trip-linhas-aereas"] = dict(
 # the airline -> Company named by its fullest form 'TRIP Linhas Aereas S/A', aliases 'TRIP Linhas Aereas', 'TRIP',
 # 'Trip' ('Trip had 4.47%', 'The brand Trip') and its former name 'Transporte Aereo Regional do Interior Paulista';
 # the Caprioli Group, the Aguia Branca Group, Total Linhas Aereas (alias 'Total'), SkyWest Airlines -> Company; ATR
 # ('its first new ATR order': the maker named on its own; doubtful, a reader might read 'ATR' as part of the model's
 # name only) -> Company; the National Civil Aviation Agency of Brazil (alias 'ANAC') -> Organization; the Embraer EMB
 # 120 Brasilia (named 'Embraer EMB 120 Brasilias', plural), the ATR 72-500 (plural 'ATR 72-500s') and the engine
 # 'Pratt & Whitney Canada PW127' -> Service (Embraer and Pratt & Whitney Canada named only inside the models' names:
 # no entity); Belo Horizonte, Minas Gerais, Brazil -> Location; 'Chieppe family' -> nothing (no person named)
 entities=[E("Company", TR, "TRIP Linhas A\u00e9reas", "TRIP", "Trip",
             "Transporte A\u00e9reo Regional do Interior Paulista"),
           E("Location", "Belo Horizonte"), E("Location", "Minas Gerais"), E("Location", "Brazil"),
           E("Organization", "National Civil Aviation Agency of Brazil", "ANAC"),
           E("Service", "Embraer EMB 120 Brasilia"), E("Company", "Caprioli Group"),
           E("Company", "\u00c1guia Branca Group"), E("Service", "ATR 72-500"), E("Company", "ATR"),
           E("Service", "Pratt & Whitney Canada PW127"), E("Company", "Total Linhas A\u00e9reas", "Total"),
           E("Company", "SkyWest Airlines")],
 # no person is named in the text (the infobox's Jose Mario Caprioli dos Santos is cut) -> no role
 roles=[],
 # 'was wholly owned by the Caprioli Group until November 2006' -> parentOrganization(TRIP, Caprioli Group) (ownership
 # that ended kept as past ownership); 'Aguia Branca Group (Chieppe family) bought 49% of its capital' -> nothing (a
 # minority stake; doubtful: a reader might record acquired); 'placed an order for seven new ATR 72-500s ... its first
 # new ATR order' -> partner(TRIP, ATR) (an order, as a customer) and provider(ATR 72-500, ATR) (doubtful both, as
 # ATR's standing on its own is); the PW127 'powered' aircraft -> no relation (the engine's maker is not an entity);
 # 'TRIP Linhas Aereas and Total Linhas Aereas agreed to merge, a transaction which was completed in May 2008' ->
 # nothing (a merger whose text does not say who buys whom; near-miss: a reader might record TRIP acquiring Total, as
 # 'The brand Trip' and 'Total' go on as brands); 'SkyWest Airlines agreed to purchase up to 20% of the shares ... was
 # completed by 2010', 'TRIP bought back the shares' -> nothing (a minority stake, bought back)
 relations=[L(TR, "parentOrganization", "Caprioli Group"), L(TR, "partner", "ATR"),
            L("ATR 72-500", "provider", "ATR")],
 outages=[],
 # 'between January and December 2012' -> 'December 2012' only; 'by 2010' twice -> one '2010' item
 dates=[D("December 2012", "2012-12"), D("1998", "1998"), D("November 2006", "2006-11"),
        D("January 25, 2007", "2007-01-25"), D("2010", "2010"), D("January 2007", "2007-01"),
        D("November 13, 2007", "2007-11-13"), D("May 2008", "2008-05"), D("September 4, 2008", "2008-09-04"),
        D("early May 2012", "2012-05")])

# ---- aviation, Brazil: Azul Brazilian Airlines ----------------------------------------------------------------------
AZ = "Azul Linhas A\u00e9reas Brasileiras S/A"
DN = "David Neeleman"
A["wp-azul-brazilian-airlines"] = dict(
 # the airline -> Company named by the lead's form 'Azul Linhas Aereas Brasileiras S/A', aliases 'Azul Brazilian
 # Airlines', 'Azul' and the later 'Azul Linhas Aereas Brasileiras S.A.' (one company; 'S/A' and 'S.A.' both as
 # written); JetBlue, Morris Air, WestJet -> Company; David Neeleman -> Person; the Brazilian Civil Aviation Authority
 # (alias 'ANAC') -> Organization; 'Embraer E195 jets' -> Service 'Embraer E195' (Embraer named only inside the model's
 # name: no entity); Barueri, Sao Paulo, Brazil -> Location; '"Samba"' (a proposed name), 'AZUL4' (a ticker), 'the
 # Brazilian stock exchange' (unnamed) and 'American', 'Brazilian-born' (adjectives) -> nothing
 entities=[E("Company", AZ, "Azul Brazilian Airlines", "Azul", "Azul Linhas A\u00e9reas Brasileiras S.A."),
           E("Location", "Barueri"), E("Location", "S\u00e3o Paulo"), E("Location", "Brazil"), E("Person", DN),
           E("Company", "JetBlue"), E("Service", "Embraer E195"),
           E("Organization", "Brazilian Civil Aviation Authority", "ANAC"), E("Company", "Morris Air"),
           E("Company", "WestJet")],
 # 'It was established on 5 May 2008 by Brazilian-born David Neeleman' -> founder of Azul; '(founder of American
 # low-cost airline JetBlue)', 'JetBlue founder David Neeleman' -> founder of JetBlue; 'the fourth airline launched by
 # ... David Neeleman (after Morris Air, WestJet and JetBlue)' -> founder of Morris Air and of WestJet (doubtful: the
 # text says 'launched', names no co-founder and no other post; a reader might give these two no role, or cofounder
 # from outside knowledge); all current (the corpus keeps founders current)
 roles=[R(DN, "founder", AZ), R(DN, "founder", "JetBlue"), R(DN, "founder", "Morris Air"),
        R(DN, "founder", "WestJet")],
 # no ownership, deal, product maker or partnership told: 'with a fleet of 76 Embraer E195 jets' -> no relation (the
 # maker is not an entity); the market shares 'According to the Brazilian Civil Aviation Authority (ANAC)' -> nothing
 relations=[],
 outages=[],
 # 'a naming contest in 2008' -> '2008'; 'between January and December 2019' -> 'December 2019' only
 dates=[D("2008", "2008"), D("5 May 2008", "2008-05-05"), D("15 December 2008", "2008-12-15"),
        D("December 2019", "2019-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
