#!/usr/bin/env python3
"""Batch 66c gold annotations (the texts of batch66c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65n; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a person's life years in brackets
('(1806\u20131882)') and the years of a range ('1906\u20131959') -> one date each (as train wp-cascade-brewery and
wp-whittakers list them); 'the 1980s', 'the later 1990s' -> nothing (decades, as batches before left them out); 'the
early years of the 20th century' -> nothing (a century); 'the next year', 'for many years', 'the interwar period', 'at
the time' -> nothing. No text tells an outage or a near-miss of one, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65n): 'X was acquired by Y' -> acquired +
parentOrganization(X, Y) (not said to be merged away); 'the company became a division of Y', 'the X subsidiary' ->
parentOrganization; 'A merged with B to form C', 'merged again with the engineering firm of A', 'merged with X to form
Y' -> nothing (no buyer told; GUIDELINES, Relations) and C an entity of its own; subsidiaries named only by their
country ('subsidiary companies in Austria ..., taken over by X') -> nothing (no named company; GUIDELINES, Relations
want named ends); 'its automobile and aircraft interests purchased by A' -> nothing (an asset purchase, by a person;
GUIDELINES, Relations); 'X was ... licensee of Y's engines' -> partner (a licensing deal, direction as written);
'manufactured the electrical components ... for X's ... locomotives' -> partner (a supplier and its customer;
doubtful); 'founded by A', 'A established an iron foundry' (the firm's start), 'The company was founded by A' ->
founder (one person named alone; GUIDELINES, Roles, Founders); 'took over the company', 'company associates of X',
'the engineer A' -> no role (no title of the list); brands and vehicle models named ('the Saurer and Berna ... brand
names', 'Sr1 class locomotives') and a gun model ('the Armstrong breech-loading gun') -> Service (GUIDELINES, Types:
devices and vehicles; as the corpus types games and products by name) with provider to the company that makes or runs
it; a company's names in turn ('initially as X', 'hence known as X', 'changed from X into Y', 'becoming X and then Y',
'company associates of X') -> aliases of one entity (GUIDELINES, Types); named sites and areas ('the Elswick works',
'Str\u00f6mberg Park') -> Location (GUIDELINES, Types); demonyms and adjectives ('Swiss', 'Swedish', 'Finnish',
'British', 'Soviet-built') -> nothing.
usage: batch66c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- trucks, Switzerland: Adolph Saurer AG (en.wikipedia.org's older rendering of 'Saurer') -------------------------
AS = "Adolph Saurer AG"
OM = "Officine Meccaniche"
A["wp-adolph-saurer"] = dict(
 # the truck maker -> Company 'Adolph Saurer AG', aliases 'Saurer' ('From 1896 Saurer also manufactured', 'Saurer
 # concentrated', 'Saurer engines') and 'F. Saurer & S\u00f6hne' (the firm 'Franz Saurer' ran with his sons, which 'his
 # eldest surviving son Adolph Saurer ... took over' and made 'a joint-stock company': its earlier name; doubtful: a
 # reader might keep the partnership as a company of its own); Steyr-Daimler-Puch, Unic, Armstrong Whitworth, MAN (the
 # buyers of the subsidiaries) and Officine Meccaniche (alias 'OM', in brackets after it) -> Company; the brand
 # 'Berna' -> Service (trucks and buses sold 'under the ... Berna ... brand names'; doubtful: a reader might take Berna
 # for a company, which the text does not say); Franz Saurer, Adolph Saurer (the person; also inside the company's
 # name), Hippolyt Saurer (alias 'Hippolyt', 'his son Hippolyt (1878\u20131936)') -> Person; Arbon, Switzerland,
 # Europe ('mainland Europe'), Veringenstadt, Germany, Sankt Gallen, Austria, France, the United Kingdom and Italy ->
 # Location. No entity: the brand 'Saurer' apart from the company (the same surface: one entity), 'Jacquard sewing
 # machines', 'a phaeton body automobile', 'a first four-cylinder T-head engine model' (unnamed products), 'subsidiary
 # companies in Austria ...' (unnamed), 'Swiss'
 entities=[E("Company", AS, "Saurer", "F. Saurer & S\u00f6hne"), E("Location", "Arbon"), E("Location", "Switzerland"),
           E("Service", "Berna"), E("Location", "Europe"), E("Person", "Franz Saurer"),
           E("Location", "Veringenstadt"), E("Location", "Germany"), E("Location", "Sankt Gallen"),
           E("Person", "Adolph Saurer"), E("Person", "Hippolyt Saurer", "Hippolyt"), E("Location", "Austria"),
           E("Company", "Steyr-Daimler-Puch"), E("Location", "France"), E("Company", "Unic"),
           E("Location", "United Kingdom"), E("Company", "Armstrong Whitworth"), E("Company", "MAN"),
           E("Location", "Italy"), E("Company", OM, "OM")],
 # 'In 1853 Franz Saurer ... established an iron foundry for household goods', the firm 'he' then ran 'with his sons'
 # as F. Saurer & S\u00f6hne, which his son 'took over' -> founder at Adolph Saurer AG (one person named alone;
 # doubtful: the text says he set up a foundry, and a reader might give no role, the company's name being his son's).
 # Near-misses: 'his eldest surviving son Adolph Saurer ... took over the company' -> no role (a takeover of a family
 # firm, no title; a reader might give head or chairman); 'he and his son Hippolyt ... developed the enterprise as a
 # joint-stock company', 'Hippolyt Saurer initiated the production of a phaeton body automobile' -> no role (no
 # title); 'together with his sons as company associates' -> no role (partners in a firm, as batch 65n's 'became a
 # partner' -> no role)
 roles=[R("Franz Saurer", "founder", AS)],
 # 'a manufacturer of trucks and buses under the Saurer and Berna (beginning in 1929) brand names' ->
 # provider(Berna, Adolph Saurer AG); 'the Officine Meccaniche (OM) manufacturer was for many years licensee of Saurer
 # engines and other mechanical units' -> partner(Officine Meccaniche, Adolph Saurer AG) (a licensing deal; direction as
 # written, the licensee first). Near-misses: 'The company ran subsidiary companies in Austria (..., in the end taken
 # over by Steyr-Daimler-Puch), France (..., taken over by Unic), the United Kingdom (..., taken over by Armstrong
 # Whitworth), and in Germany (..., taken over by MAN)' -> nothing (the subsidiaries are not named, so neither
 # parentOrganization to Saurer nor acquired by the four buyers has an entity to stand on; a reader might give
 # acquired(Steyr-Daimler-Puch, Adolph Saurer AG) and the like, which the text does not say: the buyers took the
 # subsidiaries, not Saurer); 'which they used in their own ranges of truck and buses' -> no Service (unnamed ranges)
 relations=[L("Berna", "provider", AS), L(OM, "partner", AS)],
 outages=[],
 # '1929', '1903' ('between 1903 and 1982', 'From 1903 onwards': one text, one value), '1982', '1853', '1806', '1882',
 # '1863', '1869', '1896' ('In 1896', 'From 1896'), '1841', '1920', '1878', '1936', '1902', '1906', '1959', '1910',
 # '1956', '1927', '1931', '1915', '1918'; 'the next year', 'for many years', 'the interwar period' -> left out
 dates=[D("1929", "1929"), D("1903", "1903"), D("1982", "1982"), D("1853", "1853"), D("1806", "1806"),
        D("1882", "1882"), D("1863", "1863"), D("1869", "1869"), D("1896", "1896"), D("1841", "1841"),
        D("1920", "1920"), D("1878", "1878"), D("1936", "1936"), D("1902", "1902"), D("1906", "1906"),
        D("1959", "1959"), D("1910", "1910"), D("1956", "1956"), D("1927", "1927"), D("1931", "1931"),
        D("1915", "1915"), D("1918", "1918")])

# ---- electrical engineering, Finland: Stromberg Oy (en.wikipedia.org's '= Title =' rendering) ----------------------
SO = "Stromberg Oy"
FSR = "Finnish State Railways"
A["wp-stromberg"] = dict(
 # the company -> Company 'Stromberg Oy' (the name the text opens with), aliases 'Str\u00f6mberg Ab' (its Swedish form,
 # 'Stromberg Oy or Str\u00f6mberg Ab'), its first names 'Gottfrid Str\u00f6mbergin s\u00e4hk\u00f6yhti\u00f6' and
 # 'Gottfrid Str\u00f6mbergs elf\u00f6retag' ('founded initially as'), its running name 'Str\u00f6mberg' ('Str\u00f6mberg
 # was acquired', 'The company Str\u00f6mberg'), and its later names 'ABB Str\u00f6mberg' ('hence known as'), 'ABB
 # Str\u00f6mberg Oy' and 'ABB Oy' ('the company name was changed from ... into ...') (GUIDELINES, Types: former names
 # are aliases; doubtful: the name chosen is not the longest form, and a reader might keep ABB Oy apart as the present
 # company); ASEA ('Swedish ASEA'), Brown, Boveri & Cie, ABB -> Company; the Finnish State Railways (a state railway run
 # as a business, as the corpus types state-owned operators; doubtful: a reader might make it an Organization) ->
 # Company; its 'Soviet-built Sr1 class locomotives' -> Service 'Sr1 class' (a locomotive class, a vehicle model;
 # GUIDELINES, Types; the name without the noun 'locomotives', as the corpus names 'Boeing 747' without 'aircraft');
 # Gottfrid Str\u00f6mberg, Alvar Aalto -> Person; Helsinki, Finland, Vaasa, 'Str\u00f6mberg Park' (a named area; also
 # 'The Str\u00f6mberg Park area') -> Location. No entity: 'generators, electric motors and small power plants',
 # 'numerical relays', 'the protection relay industry' (unnamed products and a trade), 'numerous rail vehicles built by
 # other Finnish companies' (unnamed), 'Finnish', 'Swedish', 'Soviet-built'
 entities=[E("Company", SO, "Str\u00f6mberg Ab", "Gottfrid Str\u00f6mbergin s\u00e4hk\u00f6yhti\u00f6",
             "Gottfrid Str\u00f6mbergs elf\u00f6retag", "Str\u00f6mberg", "ABB Str\u00f6mberg", "ABB Str\u00f6mberg Oy",
             "ABB Oy"),
           E("Person", "Gottfrid Str\u00f6mberg"), E("Location", "Helsinki"), E("Location", "Finland"),
           E("Company", "ASEA"), E("Company", "Brown, Boveri & Cie"), E("Company", "ABB"), E("Location", "Vaasa"),
           E("Location", "Str\u00f6mberg Park"), E("Person", "Alvar Aalto"), E("Company", FSR),
           E("Service", "Sr1 class")],
 # 'a company founded by Gottfrid Str\u00f6mberg in 1889' -> founder at Stromberg Oy (one person named alone; current
 # true: a founder stays one). Near-misses: 'parts of the buildings there today were designed by Alvar Aalto' -> no
 # role (an architect's work, no post at the company)
 roles=[R("Gottfrid Str\u00f6mberg", "founder", SO)],
 # 'Str\u00f6mberg was acquired by Swedish ASEA in 1987' -> acquired(ASEA, Stromberg Oy) + parentOrganization(Stromberg
 # Oy, ASEA) (not merged away: it kept its name as 'ABB Str\u00f6mberg'); 'the company became a division of ABB', 'a
 # more integral part of ABB' -> parentOrganization(Stromberg Oy, ABB); 'The company manufactured the electrical
 # components ... for the Finnish State Railways' Soviet-built Sr1 class locomotives' -> partner(Stromberg Oy, Finnish
 # State Railways) (a supplier and its customer; GUIDELINES, Relations: supply/customer relation; doubtful: no contract
 # is named) and provider(Sr1 class, Finnish State Railways) (the railway's own locomotive class, as the possessive
 # writes it; doubtful: provider is meant for the maker or runner, and the maker is unnamed, 'Soviet-built').
 # Near-misses: 'ASEA merged with Brown, Boveri & Cie to form ABB' -> nothing (a merger, no buyer told; a reader might
 # give parentOrganization(ASEA, ABB)); 'founded another factory branch in Vaasa' -> nothing (a site, no company);
 # 'rail vehicles built by other Finnish companies' -> no partner (unnamed companies)
 relations=[L("ASEA", "acquired", SO), L(SO, "parentOrganization", "ASEA"), L(SO, "parentOrganization", "ABB"),
            L(SO, "partner", FSR), L("Sr1 class", "provider", FSR)],
 outages=[],
 # '1889', '1987', '1988'; 'the later 1990s', 'the 1980s' -> left out (decades)
 dates=[D("1889", "1889"), D("1987", "1987"), D("1988", "1988")])

# ---- engineering and armaments, UK: Armstrong Whitworth (cryer.org.uk's copy) ---------------------------------------
AW = "Sir W G Armstrong Whitworth & Co Ltd"
WGA = "William George Armstrong"
GUN = "Armstrong breech-loading gun"
A["wp-armstrong-whitworth"] = dict(
 # the company -> Company 'Sir W G Armstrong Whitworth & Co Ltd' (its full name), aliases 'Armstrong Whitworth' and its
 # earlier names 'Armstrong Mitchell & Company' and 'Armstrong Mitchell' ('becoming Armstrong Mitchell and then
 # Armstrong Whitworth through mergers'; GUIDELINES, Types; doubtful: a reader might keep the firm of 1882 apart, as a
 # merger's product); Vickers Limited, Vickers-Armstrongs and Armstrong Whitworth Aircraft -> Company; the British Army
 # -> Organization; the 'Armstrong breech-loading gun' -> Service (a gun model the company made, as GUIDELINES types
 # devices and vehicles by name; doubtful: a reader might leave a weapon out); William George Armstrong (alias 'William
 # Armstrong'), J D Siddeley, Charles Mitchell, Joseph Whitworth -> Person; Elswick, Newcastle upon Tyne (alias
 # 'Newcastle', 'the Elswick works at Newcastle'), the Elswick works (a named site; GUIDELINES, Types) and the River
 # Tyne -> Location. No entity: 'the shipbuilding firm of Charles Mitchell', 'the engineering firm of Joseph Whitworth'
 # (firms named only by their owners), the 'aerial department' (a department in quotation marks, unnamed), 'the Crimean
 # War' (an event; GUIDELINES, Types), 'hydraulic machinery, cranes and bridges', 'British'
 entities=[E("Company", AW, "Armstrong Whitworth", "Armstrong Mitchell & Company", "Armstrong Mitchell"),
           E("Location", "Elswick"), E("Location", "Newcastle upon Tyne", "Newcastle"),
           E("Person", WGA, "William Armstrong"), E("Company", "Vickers Limited"), E("Company", "Vickers-Armstrongs"),
           E("Person", "J D Siddeley"), E("Location", "Elswick works"), E("Service", GUN),
           E("Organization", "British Army"), E("Person", "Charles Mitchell"), E("Location", "River Tyne"),
           E("Person", "Joseph Whitworth"), E("Company", "Armstrong Whitworth Aircraft")],
 # 'The company was founded by William Armstrong in 1847' -> founder at the company (one person named alone; the
 # infobox's 'Founder' line cut). Near-misses: 'the engineer William George Armstrong' -> no role (a trade, no post);
 # 'the shipbuilding firm of Charles Mitchell', 'the engineering firm of Joseph Whitworth' -> no role (owners of
 # unnamed firms, no title; a reader might give founder or other); 'purchased by J D Siddeley' -> no role (a buyer)
 roles=[R(WGA, "founder", AW)],
 # 'an "aerial department" in 1913, which became the Armstrong Whitworth Aircraft subsidiary in 1920' ->
 # parentOrganization(Armstrong Whitworth Aircraft, the company); 'the Elswick works ..., to produce ... artillery,
 # notably the Armstrong breech-loading gun' -> provider(the gun, the company) (the works being the company's start,
 # 'The company was founded by William Armstrong in 1847'; doubtful: the text names the works, not the company, as
 # maker). Near-misses: 'In 1927, it merged with Vickers Limited to form Vickers-Armstrongs' (twice) -> nothing (a
 # merger, no buyer told; a reader might give parentOrganization to Vickers-Armstrongs or acquired by Vickers);
 # 'merged with the shipbuilding firm of Charles Mitchell to form Armstrong Mitchell & Company', 'merged again with the
 # engineering firm of Joseph Whitworth' -> nothing (mergers with unnamed firms); 'with its automobile and aircraft
 # interests purchased by J D Siddeley' -> nothing (an asset purchase, by a person; GUIDELINES, Relations); 'with which
 # the British Army was re-equipped' -> no partner (no order or contract with the company told; doubtful: a reader might
 # take the army for a customer)
 relations=[L("Armstrong Whitworth Aircraft", "parentOrganization", AW), L(GUN, "provider", AW)],
 outages=[],
 # '1847' ('in 1847', 'In 1847': one text, one value), '1927', '1882', '1897', '1902', '1913', '1920'; 'the early years
 # of the 20th century' -> left out (a century)
 dates=[D("1847", "1847"), D("1927", "1927"), D("1882", "1882"), D("1897", "1897"), D("1902", "1902"),
        D("1913", "1913"), D("1920", "1920")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
