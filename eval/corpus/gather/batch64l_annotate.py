#!/usr/bin/env python3
"""Batch 64l gold annotations (the texts of batch64l.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-64f; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'Between 1945 and 1965' -> its two years
(as batches 33e, 35t and 63f); 'From its founding until 1931' -> '1931'; 'est. 1852' -> '1852'; 'Starting that year',
'Initially', 'today', 'after the war' -> nothing. No text tells an outage, so every `outages` list is empty; none
tells a near-miss of one (an airline that 'ceased operations', a bank's 'failure in 1931' and a factory 'destroyed by
bombing' are business failures and a physical loss, no service lost by users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-64f): 'a Brazilian subsidiary of X', 'establishing the
subsidiary Y', 'since 2005 a subsidiary of X' -> parentOrganization; 'came under the control of X' -> parentOrganization
only (control stated, no purchase told, as batch 63f's 'has been owned by X since 2003'; doubtful); 'was eventually
acquired in 1997 by X to form Y' -> acquired only (the target combined into a bank of a new name: merged away,
GUIDELINES, Relations, as batches 20a, 30d, 31d and 63f); 'a merger ... in which it combined with A and B to form C'
-> nothing (no buyer told; GUIDELINES, Relations) and C an entity of its own; 'created jointly by A, B and C' -> a
joint venture: parentOrganization to each owner + partner between the owners (as batches 26c, 27a and 28d recorded
joint ventures); 'was bought by X and integrated into the operations of Y' -> acquired + parentOrganization(target,
X) and parentOrganization(target, Y) (doubtful); 'tried to purchase' -> nothing (an attempt); 'founded by A' or 'Both
airlines were established by A' -> founder (one person named alone); 'founded ... by A and his son B' -> cofounder
each (GUIDELINES, Roles, Founders); 'the ownership of the firm passed to his son' and 'led by members of the Rothschild
family' -> no role (an owner carries no title, as batches 24c, 27a and 63f; unnamed members); 'Austrian finance
minister A' -> no role (GUIDELINES, Roles: minister with the country as org only when the text names the country on its
own; 'Austria' is not in the text, only 'Austrian'); a car model or an engine named as a product ('Autobianchi A111',
'A112', 'Y10', 'Primula', 'FIRE (Fully Integrated Robotised Engine)') -> Service (GUIDELINES, Types: vehicles and car
nameplates; the engine doubtful) with provider to its maker; families ('the Rothschild family', 'the Rothschilds', 'the
Pereire brothers', 'the Pereires') and plural makes ('Autobianchis', 'Bianchis': the cars) -> no entity; a company's
names in turn ('as NYRBA do Brasil S.A.', 'sometimes Credit-Anstalt, abbreviated as CA, full original name ...') ->
aliases of one entity (GUIDELINES, Types); demonyms and adjectives ('Brazilian', 'American', 'Germans', 'Austrian',
'Bohemian', 'Italian') and events ('the Anschluss', 'World War II') -> nothing.
usage: batch64l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, Brazil: Panair do Brasil (en.wikipedia.org's rendering) ---------------------------------------------
PB = "Panair do Brasil"
NY = "NYRBA, Inc."
SC = "Syndicato Condor"
A["wp-panair-do-brasil"] = dict(
 # the airline -> Company 'Panair do Brasil', aliases its first names 'NYRBA do Brasil S.A.' ('began operations on
 # October 22, 1929, as NYRBA do Brasil S.A.') and 'NYRBA do Brasil' ('NYRBA do Brasil came as an American competitive
 # response'); its parent -> Company 'NYRBA, Inc.', alias its spelled-out name 'New York, Rio, and Buenos Aires
 # Line' (in brackets after it; 'NYRBA' is written only inside 'NYRBA, Inc.' and the subsidiary's names, so no alias
 # 'NYRBA'); Pan American ('forerunner of Pan American') -> Company;
 # Condor Syndikat, Deutsche Luft Hansa, Syndicato Condor, Varig ('the Brazilian airline Varig') -> Company; 'ETA -
 # Empresa de Transporte Aereo' -> Company 'Empresa de Transporte A\u00e9reo', alias 'ETA' (the name after the dash as
 # the name, the acronym as alias; doubtful: a reader might keep the whole 'ETA - Empresa ...' string as the name);
 # Ralph Ambrose O'Neill, alias "O'Neill" ("Initially, O'Neill tried to purchase") -> Person; Brazil, Latin America,
 # the United States, Argentina -> Location. No entity: 'Rio', 'Buenos Aires', 'New York' (inside the parent's
 # name only), 'Germans', 'the east coast of the continent', 'the Brazilian market', 'seaplanes'
 entities=[E("Company", PB, "NYRBA do Brasil S.A.", "NYRBA do Brasil"), E("Location", "Brazil"),
           E("Location", "Latin America"), E("Company", NY, "New York, Rio, and Buenos Aires Line"),
           E("Company", "Pan American"), E("Person", "Ralph Ambrose O'Neill", "O'Neill"),
           E("Location", "United States"), E("Location", "Argentina"), E("Company", "Condor Syndikat"),
           E("Company", "Deutsche Luft Hansa"), E("Company", SC), E("Company", "Varig"),
           E("Company", "Empresa de Transporte A\u00e9reo", "ETA")],
 # 'Both airlines were established by Ralph Ambrose O'Neill' -> founder at Panair do Brasil and founder at NYRBA, Inc.
 # (one person named alone; 'Both airlines' read as the two just named, NYRBA do Brasil S.A. and NYRBA, Inc.;
 # doubtful: a reader might take Pan American, named last, as one of the two). Near-misses: "O'Neill tried to
 # purchase ETA" -> no role and no relation (an attempt); the infobox's CEO and owners were cut with the infobox
 roles=[R("Ralph Ambrose O'Neill", "founder", PB), R("Ralph Ambrose O'Neill", "founder", NY)],
 # 'as NYRBA do Brasil S.A., a Brazilian subsidiary of NYRBA, Inc.' -> parentOrganization(Panair do Brasil, NYRBA,
 # Inc.); 'Condor Syndikat and later its successor Deutsche Luft Hansa explored the Brazilian market by establishing the
 # subsidiary Syndicato Condor' -> parentOrganization(Syndicato Condor, Condor Syndikat) and parentOrganization(
 # Syndicato Condor, Deutsche Luft Hansa) (the subsidiary of each in turn, relations carrying no time; doubtful: a
 # reader might give it to one of them only). Near-misses: 'NYRBA, Inc. ..., forerunner of Pan American' -> no relation
 # (a forerunner; no purchase told, though the infobox, cut, names Pan American World Airways as a parent); 'Condor
 # Syndikat and later its successor Deutsche Luft Hansa' -> no relation (a successor; no purchase told); '... by
 # establishing the subsidiary Syndicato Condor, and the Brazilian airline Varig' -> no parentOrganization for Varig
 # (the word 'subsidiary' goes with Syndicato Condor; Varig is called 'the Brazilian airline'; a reader might give the
 # Germans' firms as its parents); "O'Neill tried to purchase ETA" -> no acquired (an attempt; the sentence on the
 # sale's legality was cut); 'a Brazilian airline which claimed to have exclusive concessions' -> nothing; 'an American
 # competitive response to a service that had been provided by Germans' -> no partner (rivals)
 relations=[L(PB, "parentOrganization", NY), L(SC, "parentOrganization", "Condor Syndikat"),
            L(SC, "parentOrganization", "Deutsche Luft Hansa")],
 outages=[],
 # '1965' ('ceased operations in 1965', 'Between 1945 and 1965': one text, one value), '1945', 'October 22, 1929',
 # '1927' ('provided by Germans since 1927'); 'Starting that year' (1927 again, relative), 'Initially' -> left out
 dates=[D("1965", "1965"), D("1945", "1945"), D("October 22, 1929", "1929-10-22"), D("1927", "1927")])

# ---- banks, Austria: Creditanstalt (cryer.org.uk's copy) -----------------------------------------------------------
CA = "Creditanstalt"
CB = "\u00d6sterreichische Creditanstalt - Wiener Bankverein"
BA = "Bank Austria"
BACA = "Bank Austria-Creditanstalt"
A["wp-creditanstalt"] = dict(
 # the bank -> Company 'Creditanstalt' (the name the text uses throughout; doubtful: the 'full original name' is longer,
 # but the text calls it 'the Creditanstalt' in every later sentence, as batch 63f named Olivetti by its current name),
 # aliases 'Credit-Anstalt', 'CA' and 'k. k. priv. \u00d6sterreichische Credit-Anstalt f\u00fcr Handel und Gewerbe' ('sometimes
 # ..., abbreviated as ..., full original name ...'; also 'the Creditanstalt brand'); the bank formed in 1934 ->
 # Company '\u00d6sterreichische Creditanstalt - Wiener Bankverein', alias 'Creditanstalt-Bankverein' ('later abbreviated
 # to'), an entity of its own ('it combined with A and B to form C'; doubtful: a reader might make it the Creditanstalt
 # under a new name, an alias); Wiener Bankverein, Nieder\u00f6sterreichische Escompte-Gesellschaft ('the sound parts of
 # ...'), Deutsche Bank, Bank Austria, UniCredit -> Company; 'Bank Austria-Creditanstalt' -> Company of its own ('to
 # form Bank Austria-Creditanstalt'; doubtful: a reader might make it Bank Austria's new name); Cr\u00e9dit Mobilier
 # ('the Pereire brothers' Paris-based Cr\u00e9dit Mobilier') -> Company; the Austrian government ('a merger engineered by
 # the Austrian government') -> Organization 'Austrian government' (as the corpus names 'Swedish government', 'Indian
 # government'; doubtful: a reader might leave the phrase out as generic); Salomon Mayer von Rothschild, Anselm Salomon
 # von Rothschild, Karl Ludwig von Bruck -> Person; Vienna, Paris ('Paris-based'), Europe -> Location. No entity: 'the
 # Rothschild family', 'the long-established Rothschilds', 'the Pereire brothers', 'the Pereires' (families; no person
 # named), 'notable figures of the Austrian and Bohemian high nobility' (unnamed), 'the Anschluss' (an event),
 # 'Austrian', 'Bohemian'
 entities=[E("Company", CA, "Credit-Anstalt", "CA",
             "k. k. priv. \u00d6sterreichische Credit-Anstalt f\u00fcr Handel und Gewerbe"),
           E("Location", "Vienna"), E("Organization", "Austrian government"), E("Company", "Wiener Bankverein"),
           E("Company", "Nieder\u00f6sterreichische Escompte-Gesellschaft"), E("Company", CB, "Creditanstalt-Bankverein"),
           E("Company", "Deutsche Bank"), E("Company", BA), E("Company", BACA), E("Company", "UniCredit"),
           E("Person", "Salomon Mayer von Rothschild"), E("Person", "Anselm Salomon von Rothschild"),
           E("Person", "Karl Ludwig von Bruck"), E("Company", "Cr\u00e9dit Mobilier"), E("Location", "Paris"),
           E("Location", "Europe")],
 # 'The Creditanstalt was founded in 1855 by Salomon Mayer von Rothschild and his son Anselm Salomon von Rothschild' ->
 # cofounder at Creditanstalt each (two people named together; GUIDELINES, Roles, Founders), current true.
 # Near-misses: 'with support from Austrian finance minister Karl Ludwig von Bruck' -> no role (GUIDELINES, Roles: a
 # minister's org is the country as a Location named on its own, and the text writes only 'Austrian'; a reader might
 # give minister at the Austrian government); 'led by members of the Rothschild family, who were among its significant
 # shareholders' -> no role (no member named, no title); the infobox's 'Founder: Anselm von Rothschild' was cut
 roles=[R("Salomon Mayer von Rothschild", "cofounder", CA), R("Anselm Salomon von Rothschild", "cofounder", CA)],
 # 'The latter came under the control of Deutsche Bank following the Anschluss in 1938' -> parentOrganization(
 # Creditanstalt-Bankverein, Deutsche Bank) only (control stated, no purchase told; doubtful: a reader might read
 # 'came under the control' as a takeover and add acquired); 'was eventually acquired in 1997 by Bank Austria to form
 # Bank Austria-Creditanstalt' -> acquired(Bank Austria, Creditanstalt-Bankverein) only (combined into a bank of a new
 # name: merged away; doubtful: a reader might add parentOrganization); 'Bank Austria-Creditanstalt, since 2005 a
 # subsidiary of UniCredit' -> parentOrganization(Bank Austria-Creditanstalt, UniCredit). Near-misses: 'a merger
 # engineered by the Austrian government in 1934, in which it combined with the Wiener Bankverein and the sound parts
 # of the Nieder\u00f6sterreichische Escompte-Gesellschaft' -> nothing (a merger with no buyer told; GUIDELINES,
 # Relations; 'the sound parts of' also assets); 'was nationalized in 1945' -> no parentOrganization (the state not
 # named as an owner); 'UniCredit phased out the Creditanstalt brand in 2008' -> no relation (a brand retired); 'It was
 # inspired by the Pereire brothers' Paris-based Cr\u00e9dit Mobilier ... a defensive move against the Pereires'
 # aggressive expansion' -> no partner (a model and a rival); 'with support from Austrian finance minister ...' and
 # 'engineered by the Austrian government' -> no relation (a government's part, no ownership stated)
 relations=[L(CB, "parentOrganization", "Deutsche Bank"), L(BA, "acquired", CB),
            L(BACA, "parentOrganization", "UniCredit")],
 outages=[],
 # '1855' ('founded in 1855 in Vienna', 'founded in 1855 by': one text, one value), '1931' ('until 1931', 'failure in
 # 1931'), '1934', '1938', '1945', '1997', '2005', '2008', '1852' ('est. 1852')
 dates=[D("1855", "1855"), D("1931", "1931"), D("1934", "1934"), D("1938", "1938"), D("1945", "1945"),
        D("1997", "1997"), D("2005", "2005"), D("2008", "2008"), D("1852", "1852")])

# ---- carmakers, Italy: Autobianchi (howlingpixel.com's copy) -------------------------------------------------------
AB = "Autobianchi"
FIRE = "Fully Integrated Robotised Engine"
A["wp-autobianchi"] = dict(
 # the carmaker -> Company 'Autobianchi' (also 'The marque'); its three makers Bianchi ('Bianchi, founded by Edoardo
 # Bianchi in 1885 ...', 'The company's factory', 'the firm'), Pirelli and Fiat (alias 'Fiat group': 'bought by the
 # Fiat group'; 'Fiat models', "Fiat's new FIRE") -> Company; Lancia ('integrated into the operations of Lancia',
 # 'rebranded as a Lancia') -> Company; the models 'Autobianchi A111' ('the short-lived Autobianchi A111, a small family
 # car'), 'A112', 'Y10' ("the Y10's production", 'the model') and 'Primula' -> Service (car nameplates; GUIDELINES,
 # Types); "Fiat's new FIRE (Fully Integrated Robotised Engine)" -> Service 'Fully Integrated Robotised Engine', alias
 # 'FIRE' (a named engine Fiat makes; doubtful: a component rather than a product users buy, and a reader might leave
 # it out); Edoardo Bianchi, Giuseppe ('his son, Giuseppe': the only form written) -> Person; Italy, Abruzzi ('The
 # company's factory in Abruzzi') -> Location. No entity: 'Autobianchis', 'Bianchis' (the cars, plural), 'Fiat models',
 # 'Fiat vehicles', 'fibreglass bodies', 'front-wheel drive', 'World War II', 'Italian'
 entities=[E("Company", AB), E("Company", "Bianchi"), E("Company", "Pirelli"), E("Company", "Fiat", "Fiat group"),
           E("Service", "Autobianchi A111"), E("Service", "A112"), E("Location", "Italy"), E("Service", "Y10"),
           E("Service", FIRE, "FIRE"), E("Service", "Primula"), E("Company", "Lancia"), E("Person", "Edoardo Bianchi"),
           E("Location", "Abruzzi"), E("Person", "Giuseppe")],
 # 'Bianchi, founded by Edoardo Bianchi in 1885' -> founder at Bianchi (one person named alone), current true.
 # Near-misses: 'the ownership of the firm passed to his son, Giuseppe' -> no role (an owner carries no title, as
 # batches 24c, 27a and 63f; a reader might give head or other at Bianchi); 'Edoardo Bianchi himself died in 1946' ->
 # the founder role stays current true (GUIDELINES' 'former' words are not written; founding is a past fact, as the
 # corpus records founders who died); the infobox's 'Key people Sergio Marchionne' was cut
 roles=[R("Edoardo Bianchi", "founder", "Bianchi")],
 # 'created jointly by Bianchi, Pirelli and Fiat in 1955' -> a joint venture: parentOrganization(Autobianchi, each of
 # the three) + partner between the owners, direction as written (Bianchi-Pirelli, Bianchi-Fiat, Pirelli-Fiat)
 # (doubtful: the text does not write 'joint venture' or 'partner'; a reader might give only the three parents);
 # 'Autobianchi was bought by the Fiat group' -> acquired(Fiat, Autobianchi) (+ parentOrganization(Autobianchi, Fiat),
 # already listed once from the joint venture); '... and integrated into the operations of Lancia' ->
 # parentOrganization(Autobianchi, Lancia) (doubtful: a reader might read it as merged away into Lancia and give
 # nothing, or move the purchase to Lancia); 'the short-lived Autobianchi A111', 'The most famous Autobianchi models
 # include the A112 ... as well as the Y10' -> provider Autobianchi; 'The Primula was the car with which Fiat introduced
 # the particular front-wheel drive arrangement' -> provider Autobianchi (a model of the paragraph on 'The most famous
 # Autobianchi models', the brand 'used by Fiat to test new and innovative concepts'; doubtful: a reader might give
 # Fiat); 'the Y10 ... when the model was rebranded as a Lancia in 1989' -> provider(Y10, Lancia) too (sold as a
 # Lancia; doubtful); "Fiat's new FIRE" -> provider Fiat. Near-misses: 'which later found their way into mainstream
 # Fiat vehicles' -> nothing (unnamed products); 'the ownership of the firm passed to his son' -> no relation (a
 # person's ownership); 'The company's factory in Abruzzi was destroyed' -> nothing (a plant, no company)
 relations=[L(AB, "parentOrganization", "Bianchi"), L(AB, "parentOrganization", "Pirelli"),
            L(AB, "parentOrganization", "Fiat"), L("Bianchi", "partner", "Pirelli"), L("Bianchi", "partner", "Fiat"),
            L("Pirelli", "partner", "Fiat"), L("Fiat", "acquired", AB), L(AB, "parentOrganization", "Lancia"),
            L("Autobianchi A111", "provider", AB), L("A112", "provider", AB), L("Y10", "provider", AB),
            L("Primula", "provider", AB), L("Y10", "provider", "Lancia"), L(FIRE, "provider", "Fiat")],
 outages=[],
 # '1955', '1969', '1986', '1995', '1989', '1885', '1899', '1946'; 'today', 'after the war', 'during World War II' ->
 # left out
 dates=[D("1955", "1955"), D("1969", "1969"), D("1986", "1986"), D("1995", "1995"), D("1989", "1989"),
        D("1885", "1885"), D("1899", "1899"), D("1946", "1946")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
