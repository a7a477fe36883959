#!/usr/bin/env python3
"""Batch 65f gold annotations (the texts of batch65f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades and spans ('the early 1940s', 'the
mid-thirties', 'the 1950s', 'the 1960s', 'the 1990s', 'nearly forty years', '6 times in 8 years') and 'Today', 'after
the war', 'shortly afterwards' -> nothing (as batches 63f, 64f and 64l). No text tells an outage, so every `outages`
list is empty; none tells a near-miss of one (a racing team quitting, a marque's end and a company's financial
struggle are business events, no service lost by users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65c): 'took over a majority interest in the company'
-> parentOrganization, and acquired too when the taker is a Company ('acquired: Company s bought Company o',
GOLD_FORMAT; a state institute typed Organization, as batch 32k typed the Istituto per la Ricostruzione Industriale,
gets parentOrganization only; doubtful); 'injected ESP 100 million, becoming the owner of 2/3 of the shares' ->
acquired + parentOrganization (control gained; doubtful: new shares subscribed rather than shares bought);
'was purchased by X' -> acquired + parentOrganization(target, X), with 'became part of the X group' the same
parentOrganization; 'the name is owned by X' -> nothing (a brand owned, the company's end told; GUIDELINES, Relations:
asset purchases -> nothing; doubtful); aircraft bought second-hand from another airline and 'acquired rights to' an
engine -> no acquired and no partner (asset purchases); a purchase by an unnamed buyer ('purchased for its airplane
parts business') or an unnamed revivor ('an Italian entrepreneur') -> nothing; 'founded ... by A' with one person ->
founder (GUIDELINES, Roles, Founders); a son with no title ('his son Jean Bugatti ... there wasn't a successor to lead
the factory') -> no role; aircraft models from their plurals ('Bristol 170s', 'Convair 440s', 'Heron IIs',
'Languedocs', 'Convair 240s') -> Service in the singular with no provider (their makers only inside the names; as
batch 64h's 'Cessna UC-78 Bobcats'); a named engine and a named motorcycle ('the Rondine four-cylinder engine', 'the
1939 Saturno') -> Service with provider to their maker; a named building ('the Edificio Minister') -> Location
(GUIDELINES, Types: named sites and facilities); demonyms and adjectives ('Spanish', 'Bilba\u00edno', 'Italian',
'French', 'Italian-born', 'German'), events ('World War II', 'Grand Prix motorcycle racing', 'the 500cc road racing
world championship', 'the 1957 season') and unnamed groups ('Bilba\u00edno businessmen', 'A group of local bankers',
'the initial shareholders', 'the other Italian motorcycle makers', 'a family of artists') -> nothing.
usage: batch65f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, Spain: Aviaco (piglix.com's copy) -------------------------------------------------------------------
AV = "Aviaci\u00f3n y Comercio, S.A."
INI = "Instituto Nacional de Industria"
A["wp-aviaco"] = dict(
 # the airline -> Company 'Aviaci\u00f3n y Comercio, S.A.' (the fullest name, the one it was 'doing business as' its
 # alias 'Aviaco'; also 'The carrier', 'the airline', 'the company'); Iberia ('Iberia had exploited the most profitable
 # ... routes', 'Iberia injected ESP 100 million') -> Company; the Instituto Nacional de Industria, alias 'INI' (in
 # brackets after it, and 'split between the initial shareholders and INI') -> Organization (a state institute as
 # batch 32k typed the Istituto per la Ricostruzione Industriale; the text says nothing of its business; doubtful: a
 # reader might type a state holding company as a Company); Sabena, Varig (the airlines the aircraft came from) ->
 # Company; 'the Edificio Minister' -> Location (a named building; GUIDELINES, Types); Madrid, Bilbao, Barcelona,
 # Algiers, Palma, Marseilles (from 'Algiers\u2013Palma\u2013Marseilles'), Canary Islands (from 'Canary Islands-based'),
 # Brussels, Casablanca, Las Palmas, Oran, Tanger, Tenerife, Tetouan -> Location; the aircraft models 'Bristol 170'
 # ('six Bristol 170s', 'three Bristol 170s'), 'Convair 440' ('three second-hand Convair 440s'), 'Heron II' ('five
 # Heron IIs'), 'Languedoc' ('five Languedocs'), 'Convair 240' ('Two Convair 240s') -> Service (GUIDELINES, Types:
 # aircraft models; named in the singular as batch 64h did; no maker named on its own). No entity: 'Bilba\u00edno
 # businessmen', 'A group of local bankers', 'the initial shareholders' (unnamed), 'an airmail service between Madrid and
 # Barcelona' (no name), 'ESP 50 million', 'Spanish'
 entities=[E("Company", AV, "Aviaco"), E("Location", "Edificio Minister"), E("Location", "Madrid"),
           E("Service", "Bristol 170"), E("Company", "Iberia"), E("Location", "Bilbao"), E("Location", "Barcelona"),
           E("Location", "Algiers"), E("Location", "Palma"), E("Location", "Marseilles"),
           E("Location", "Canary Islands"), E("Organization", INI, "INI"), E("Service", "Convair 440"),
           E("Company", "Sabena"), E("Service", "Heron II"), E("Service", "Languedoc"), E("Location", "Brussels"),
           E("Location", "Casablanca"), E("Location", "Las Palmas"), E("Location", "Oran"), E("Location", "Tanger"),
           E("Location", "Tenerife"), E("Location", "Tetouan"), E("Service", "Convair 240"), E("Company", "Varig")],
 # No person is named in the text (the infobox's key people, El\u00edas Ugartechea Isusi, was cut with the infobox), so
 # no role. Near-miss: 'formed by Bilba\u00edno businessmen' -> no founder (no one named)
 roles=[],
 # 'the Instituto Nacional de Industria (INI) took over a majority interest in the company' -> parentOrganization(
 # Aviaco, INI) only (control stated; the taker an Organization, and `acquired` is a Company's purchase in the contract;
 # doubtful: a reader typing INI a Company would add acquired); 'Iberia injected ESP 100 million, becoming the owner of
 # 2/3 of the shares' -> parentOrganization(Aviaco, Iberia) + acquired(Iberia, Aviaco) (a majority gained: 'now owns',
 # GUIDELINES, Relations; doubtful: the shares were new ones subscribed in a re-organisation, and a reader might give the
 # parent only). Near-misses: 'with the balance being split between the initial shareholders and INI' -> no second
 # parent (INI already listed; a minority after 1959, and relations carry no time); 'acquire three second-hand Convair
 # 440s from Sabena' and 'Two Convair 240s were bought from Varig' -> no acquired, no partner (aircraft bought: asset
 # purchases; a reader might read a supplier relation); 'the airline won the contract for operating an airmail service'
 # -> no partner (the other party unnamed); 'Given that Iberia had exploited the most profitable ... routes' -> no
 # relation (a rival); 'A group of local bankers provided the necessary funds' -> nothing (unnamed); the infobox's
 # 'Parent company | Iberia |' was cut (the text's own 1959 sentence gives the parent)
 relations=[L(AV, "parentOrganization", INI), L(AV, "parentOrganization", "Iberia"), L("Iberia", "acquired", AV)],
 outages=[],
 # '18 February 1948', '1954', '1955', '1959', 'April 1960', '1962'; 'since the early 1940s' (a decade's part),
 # 'shortly afterwards' -> left out
 dates=[D("18 February 1948", "1948-02-18"), D("1954", "1954"), D("1955", "1955"), D("1959", "1959"),
        D("April 1960", "1960-04"), D("1962", "1962")])

# ---- motorcycles, Italy: Gilera (the-uncensored-wiki.com's copy) ---------------------------------------------------
PG = "Piaggio & Co. SpA"
A["wp-gilera"] = dict(
 # the maker -> Company 'Gilera' (also 'the company', 'the Gilera name'); its buyer -> Company 'Piaggio & Co. SpA'
 # ('purchased by the Piaggio & Co. SpA'), aliases 'Piaggio group' ('became part of the Piaggio group') and 'Piaggio'
 # ('Piaggio continues to produce') (one company under its forms, as batch 64l made 'Fiat group' an alias of Fiat);
 # Giuseppe Gilera -> Person; Arcore -> Location; 'the Rondine four-cylinder engine' -> Service 'Rondine' (a named engine,
 # as batch 64l typed Fiat's FIRE; the name without the describing words; doubtful: a component, and a reader might leave
 # it out or keep the longer 'Rondine four-cylinder engine'); 'the 1939 Saturno' -> Service 'Saturno' (a motorcycle
 # model; GUIDELINES, Types: vehicles). No entity: 'Gileras' ('Gileras racing machines', the machines), 'Grand Prix
 # motorcycle racing', 'the Grand Prix arena', 'the 500cc road racing world championship' (events and a title won),
 # 'the other Italian motorcycle makers' (unnamed), 'World War II', 'Italian'
 entities=[E("Company", "Gilera"), E("Location", "Arcore"), E("Person", "Giuseppe Gilera"),
           E("Company", PG, "Piaggio group", "Piaggio"), E("Service", "Rondine"), E("Service", "Saturno")],
 # 'founded in Arcore in 1909 by Giuseppe Gilera' -> founder at Gilera (one person named alone), current true
 roles=[R("Giuseppe Gilera", "founder", "Gilera")],
 # 'In 1969 the company was purchased by the Piaggio & Co. SpA' -> acquired(Piaggio & Co. SpA, Gilera) +
 # parentOrganization(Gilera, Piaggio & Co. SpA) (also 'In 1969 Gilera became part of the Piaggio group', the same
 # relation once); 'Gilera acquired rights to the Rondine four-cylinder engine. This formed the basis for Gileras racing
 # machines' -> provider(Rondine, Gilera) (the maker that held the rights and built on it; doubtful: the engine's first
 # maker is not named, and a reader might give no provider); 'Gilera developed a range of four-stroke engine machines.
 # ... The most famous of which was the 1939 Saturno.' -> provider(Saturno, Gilera). Near-misses: 'acquired rights to'
 # -> no acquired (rights, an asset; no company bought); 'which now holds six marques' -> nothing (unnamed marques);
 # 'Gilera made a gentleman's agreement with the other Italian motorcycle makers' -> no partner (the makers unnamed);
 # 'Piaggio continues to produce small-displacement motorcycles with the Gilera name' -> no provider (no named model;
 # the brand is Gilera itself, already Piaggio's subsidiary)
 relations=[L(PG, "acquired", "Gilera"), L("Gilera", "parentOrganization", PG), L("Rondine", "provider", "Gilera"),
            L("Saturno", "provider", "Gilera")],
 outages=[],
 # '1909', '1969' (twice, one item), '1935', '1939' ('the 1939 Saturno', a model year), '1957' ('the 1957 season'),
 # '1992'; 'nearly forty years', 'From the mid-thirties', '6 times in 8 years', 'after the war' -> left out
 dates=[D("1909", "1909"), D("1969", "1969"), D("1935", "1935"), D("1939", "1939"), D("1957", "1957"),
        D("1992", "1992")])

# ---- carmakers, France: Automobiles Ettore Bugatti (liquisearch.com's copy) -------------------------------------------
AEB = "Automobiles Ettore Bugatti"
A["wp-automobiles-ettore-bugatti"] = dict(
 # the maker -> Company 'Automobiles Ettore Bugatti', alias 'Bugatti' ('Bugatti cars were well known', the make; also
 # 'the marque', 'The company', 'the name'; 'Bugatti' alone is written for no person); Ettore Bugatti, Jean Bugatti
 # ('his son Jean Bugatti') -> Person; Molsheim, Alsace -> Location; Volkswagen ('German automobile manufacturing group
 # Volkswagen') -> Company. No entity: 'a family of artists' (unnamed), 'an Italian entrepreneur' (unnamed), 'its
 # airplane parts business' (no name; the buyer unnamed), 'French', 'Italian-born', 'German'
 entities=[E("Company", AEB, "Bugatti"), E("Location", "Molsheim"), E("Location", "Alsace"),
           E("Person", "Ettore Bugatti"), E("Person", "Jean Bugatti"), E("Company", "Volkswagen")],
 # 'founded in 1909 in Molsheim, Alsace by Italian-born Ettore Bugatti' -> founder at Automobiles Ettore Bugatti (one
 # person named alone), current true ('The death of Ettore Bugatti in 1947': founding is a past fact, as batch 64l kept
 # Edoardo Bianchi's). Near-misses: 'the death of his son Jean Bugatti in 1939 ensured there wasn't a successor to lead
 # the factory' -> no role for Jean Bugatti (no title; a reader might give head, current false); 'considered himself to
 # be both an artist and constructor' -> no role (no title at an organisation); the infobox's key people were cut
 roles=[R("Ettore Bugatti", "founder", AEB)],
 # No relation. Near-misses: 'Today, the name is owned by German automobile manufacturing group Volkswagen' -> no
 # parentOrganization and no acquired (the name, a brand, owned; the text tells the company's end, 'the end for the
 # marque', and a revival by someone else, so no company is said to be Volkswagen's; GUIDELINES, Relations: asset
 # purchases -> nothing; doubtful: a reader might give parentOrganization(Automobiles Ettore Bugatti, Volkswagen));
 # 'before eventually being purchased for its airplane parts business in the 1960s' -> no acquired (the buyer unnamed;
 # the infobox's 'Sold to Hispano-Suiza (1963)' was cut); 'an Italian entrepreneur revived it' -> nothing (unnamed)
 relations=[],
 outages=[],
 # '1909', '1947', '1939'; 'the 1950s', 'the 1960s', 'the 1990s' (decades), 'Today' -> left out
 dates=[D("1909", "1909"), D("1947", "1947"), D("1939", "1939")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
