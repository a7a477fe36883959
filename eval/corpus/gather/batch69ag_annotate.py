#!/usr/bin/env python3
"""Batch 69ag gold annotations (session 63; the texts of batch69ag.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-69aa; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'September 1909', 'August 1908',
'April 1910' -> the month; '15 December 1915', '19 May 1910', '28 December 1909', '5 November 1906' -> the day; 'early
1913' -> the year (one text '1913' with 'in 1913'); 'the summer', 'the end of 1909' (the year kept as '1909'), 'World War
I', 'World War II', 'between the wars' -> nothing more; 'a Voisin 1907 biplane' -> no date (a type's name). No text
tells an outage or a near-miss of one, so every `outages` list is empty. Round notes /tmp/gather69ag/NOTES.md; claims
/work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-69aa): 'founded ... by brothers A and B', 'established
by A and his brother B', 'entered into partnership with A, to form the company X' -> cofounder for each (GUIDELINES,
Roles, Founders); 'A ... set up a company ..., called X' (one person alone) -> founder; 'From 1933 onwards, it was a
subsidiary of Y' -> parentOrganization (no purchase told, so no acquired); a company's names in turn ('later X',
'formed as X', 'reformed ... as X', 'under the name X', 'the name was changed to X', 'the full official company name then
became X', 'established the X' of the same company in the same year) -> aliases (GUIDELINES, Types: former names);
English glosses in brackets ('English: Aeroplanes Voisin public limited company') -> aliases; 'the company was taken over
by A' (a person) and 'A bought out B' (a person's share) -> nothing (a person's purchase: no acquired, which joins
companies; no owner title in the vocabulary); aircraft types ('Nieuport II', 'Voisin III', 'Voisin-Farman I') ->
Service with provider to their maker where the text says it made them; a type named for another's maker ('the Bl\u00e9riot
XI') -> Service with no provider (its maker not named on its own); an airfield ('Port-Aviation', 'the airfield at Bron'
named by its town) -> Location; 'The War Ministry' -> Organization, its student pilots sent to a flying school ->
nothing (no contract told; doubtful); names standing only inside other names ('Edouard Surcouf' in the company name,
'Paris' in 'the Great Flood of Paris') -> no entity of their own; demonyms ('French', 'Swiss', 'Parisian') -> nothing.
usage: batch69ag_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aircraft, France: Caudron (en.wikipedia.org) ------------------------------------------------------------------
SAC = "Soci\u00e9t\u00e9 des Avions Caudron"
A["wp-caudron"] = dict(
 # the company -> Company 'Soci\u00e9t\u00e9 des Avions Caudron', alias 'Association A\u00e9roplanes Caudron Fr\u00e8res' (its name at
 # its founding, 'founded in 1909 as'); Renault -> Company; 'The War Ministry' -> Organization (a government body);
 # Gaston Caudron (aliases 'Gaston', 'Alphonse': 'Gaston, as Alphonse was always known') and Ren\u00e9 Caudron (alias
 # 'Ren\u00e9'; 'Gaston and Ren\u00e9 Caudron': the surname shared) -> Person; France, Favi\u00e8res, Somme, Romiotte,
 # Abbeville, Forest-Montiers, Bron, Le Crotoy, Port-Aviation (an airfield, alias 'Juvisy Airfield') and
 # Viry-Ch\u00e2tillon -> Location. No entity: 'the Caudron brothers', 'a college', 'an artillery regiment', 'World War I',
 # 'World War II', 'French'
 entities=[E("Company", SAC, "Association A\u00e9roplanes Caudron Fr\u00e8res"), E("Person", "Gaston Caudron", "Gaston",
           "Alphonse"), E("Person", "Ren\u00e9 Caudron", "Ren\u00e9"), E("Location", "France"), E("Company", "Renault"),
           E("Location", "Favi\u00e8res"), E("Location", "Somme"), E("Location", "Romiotte"), E("Location", "Abbeville"),
           E("Location", "Forest-Montiers"), E("Location", "Bron"), E("Location", "Le Crotoy"),
           E("Location", "Port-Aviation", "Juvisy Airfield"), E("Location", "Viry-Ch\u00e2tillon"),
           E("Organization", "War Ministry")],
 # 'founded in 1909 ... by brothers Gaston and Ren\u00e9 Caudron' -> cofounder for each (current true: the founding
 # stays theirs; Gaston's death told, no post left)
 roles=[R("Gaston Caudron", "cofounder", SAC), R("Ren\u00e9 Caudron", "cofounder", SAC)],
 # 'From 1933 onwards, it was a subsidiary of Renault' -> parentOrganization (no purchase told). Near-miss: 'The War
 # Ministry sent about 30 student pilots there in 1913' -> nothing (no contract or customer relation named; doubtful)
 relations=[L(SAC, "parentOrganization", "Renault")],
 outages=[],
 dates=[D("1909", "1909"), D("1933", "1933"), D("August 1908", "1908-08"), D("September 1909", "1909-09"),
        D("April 1910", "1910-04"), D("15 December 1915", "1915-12-15"), D("1959", "1959"),
        D("19 May 1910", "1910-05-19"), D("1913", "1913")])

# ---- aircraft, France: Nieuport (w.owiki.org's mirror) --------------------------------------------------------------
NI = "Soci\u00e9t\u00e9 Anonyme des \u00c9tablissements Nieuport"
A["wp-nieuport"] = dict(
 # the company -> Company under its fullest name 'Soci\u00e9t\u00e9 Anonyme des \u00c9tablissements Nieuport', aliases 'Nieuport',
 # 'Nieuport-Delage' ('later'), 'Nieuport-Duplex' ('Originally formed as'), 'Soci\u00e9t\u00e9 G\u00e9n\u00e9rale d'A\u00e9ro-locomotion'
 # ('reformed in 1909 as'), 'Nieuport et Deplante' ('reformed ... under the name'); Edouard Nieuport and Henri Deutsch
 # de la Meurthe -> Person; the Nieuport II (an aircraft type, fitted with the company's engine) and the Bl\u00e9riot XI
 # (a contemporary type) -> Service. No entity: 'the Great Flood of Paris' (an event; Paris only inside its name),
 # 'the aviation industry', 'World War I', 'French'
 entities=[E("Company", NI, "Nieuport", "Nieuport-Delage", "Nieuport-Duplex",
             "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale d'A\u00e9ro-locomotion", "Nieuport et Deplante"),
           E("Service", "Bl\u00e9riot XI"), E("Service", "Nieuport II"), E("Person", "Edouard Nieuport"),
           E("Person", "Henri Deutsch de la Meurthe")],
 # Edouard Nieuport: no post and no founding in the text (the infobox's 'Founder' is not in the mirror's excerpt) ->
 # no role; 'the company was taken over by Henri Deutsch de la Meurthe ... With his financing' -> no role (an owner, no
 # title of the vocabulary; doubtful: a reader might give him other or head)
 roles=[],
 # the Nieuport II, Nieuport's own design with its own engine -> provider(Nieuport II, the company); the takeover by a
 # person -> nothing (a person's purchase); the Bl\u00e9riot XI -> no provider (its maker not named on its own)
 relations=[L("Nieuport II", "provider", NI)],
 outages=[],
 # '1902', '1909' (four times, one text and value), '1910', '1911' (twice); 'before the end of 1909' -> '1909'
 dates=[D("1902", "1902"), D("1909", "1909"), D("1910", "1910"), D("1911", "1911")])

# ---- aircraft, France: Voisin (aircraft) (piglix's copy) ------------------------------------------------------------
VO = "Soci\u00e9t\u00e9 Anonyme des A\u00e9roplanes G. Voisin"
GV = "Gabriel Voisin"
AT = "Ateliers d' Aviation Edouard Surcouf, Bl\u00e9riot et Voisin"
A["wp-voisin-aircraft"] = dict(
 # the company -> Company 'Soci\u00e9t\u00e9 Anonyme des A\u00e9roplanes G. Voisin', aliases 'Voisin' (the lead's subject, 'Voisin
 # were prepared'), 'Aeroplanes Voisin public limited company' (the English gloss), 'Appareils d'Aviation Les Fr\u00e8res
 # Voisin' ('established in 1906 by Gabriel Voisin and his brother Charles' and 'on 5 November 1906 established the
 # Appareils d'Aviation Les Fr\u00e8res Voisin with his brother Charles': the same firm under its first name; doubtful: a
 # reader might keep it apart as a predecessor) and 'Flying Machines of Voisin Brothers' (its English gloss); Avions
 # Voisin (the automobile company) and 'Ateliers d' Aviation Edouard Surcouf, Bl\u00e9riot et Voisin' (as written, the
 # space after d') -> Company; Gabriel Voisin (alias 'Gabriel'), Charles (alias none; 'his brother Charles', the
 # surname not written with it), Albert Kimmerling ('M. Albert Kimmerling'), Ernest Archdeacon and Louis Bl\u00e9riot
 # (alias 'Bl\u00e9riot': 'bought out Bl\u00e9riot') -> Person; the Voisin-Farman I and the Voisin III (aircraft types) ->
 # Service; Europe, South Africa, Africa and Billancourt -> Location. No entity: 'a Voisin 1907 biplane' (a
 # description), 'Edouard Surcouf' (only inside the company name), 'World War I', 'French', 'Parisian'
 entities=[E("Company", VO, "Voisin", "Aeroplanes Voisin public limited company",
             "Appareils d'Aviation Les Fr\u00e8res Voisin", "Flying Machines of Voisin Brothers"),
           E("Person", GV, "Gabriel"), E("Person", "Charles"), E("Location", "Europe"),
           E("Service", "Voisin-Farman I"), E("Person", "Albert Kimmerling"), E("Location", "South Africa"),
           E("Location", "Africa"), E("Service", "Voisin III"), E("Company", "Avions Voisin"),
           E("Person", "Ernest Archdeacon"), E("Person", "Louis Bl\u00e9riot", "Bl\u00e9riot"), E("Company", AT),
           E("Location", "Billancourt")],
 # 'established in 1906 by Gabriel Voisin and his brother Charles' -> cofounder for each; 'set up a company ...
 # called Avions Voisin' (Gabriel alone) -> founder; 'entered into partnership with Louis Bl\u00e9riot, to form the
 # company Ateliers ...' -> cofounder for Gabriel Voisin and Louis Bl\u00e9riot (Bl\u00e9riot's share bought out: the
 # founding stays his, current true; doubtful); 'employed by Ernest Archdeacon' -> no role (no organisation named);
 # Albert Kimmerling 'French aviator' -> no role (no organisation)
 roles=[R(GV, "cofounder", VO), R("Charles", "cofounder", VO), R(GV, "founder", "Avions Voisin"),
        R(GV, "cofounder", AT), R("Louis Bl\u00e9riot", "cofounder", AT)],
 # 'It created ... the Voisin-Farman I', 'it was a major producer of military aircraft, notably the Voisin III' ->
 # provider for each. Near-miss: 'Gabriel Voisin bought out Bl\u00e9riot' -> nothing (a person's purchase of a partner's
 # share); Ateliers ... and the company -> nothing between them (not told as one firm or a parent)
 relations=[L("Voisin-Farman I", "provider", VO), L("Voisin III", "provider", VO)],
 outages=[],
 dates=[D("1906", "1906"), D("1912", "1912"), D("28 December 1909", "1909-12-28"), D("1905", "1905"),
        D("5 November 1906", "1906-11-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
