#!/usr/bin/env python3
"""Batch 62d gold annotations (the texts of batch62d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-61e; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year pair ('2005/2006') -> the two years as
items (as batch 61e's '2004-2007'); 'early 2009' -> the year (GUIDELINES: 'late 2006' -> the year) and listed beside
'2009' (another text, the same value: its own item); a day and month without a year ('on 23 September', the year
plain only from the sentence before) -> nothing (GUIDELINES, Outages and Dates; as batch 36f's '25 February'); 'more
than 80 years', 'today', 'A year later' (the year is written beside it) -> nothing. No text tells an outage, so every
`outages` list is empty; none tells a near-miss of one (Franke & Heidecke's insolvency of 2009 is a business failure;
GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-61e): 'After being purchased ... by X', 'was bought by
X' (completed) -> acquired + parentOrganization(target, buyer); 'X, part of the ... Y Group' -> parentOrganization; 'a
joint venture of A and B' -> parentOrganization(venture, each owner) + partner(A, B) as written (batches 28d, 31d,
32d); 'founded as a subsidiary of X' -> parentOrganization; 'merged with AEG' (a merger with the parent, no buyer told)
-> nothing more; 'On the grounds of a co-operation agreement with X' -> partner (a stated agreement between two named
organisations, the text's subject first); 'was split into two/three companies', 'took over the photogrammetry
business', 'owning the rights to the ... brands', 'sold back to its internal management', 'bought by a Danish
investment group' -> nothing (a split with no owner told, a business or brand held, an unnamed buyer; GUIDELINES:
asset purchases -> nothing); 'was founded by A' -> founder (one person named alone); 'a company founded by A, B and
C' -> cofounder each (GUIDELINES, Roles, Founders); 'former ... employees', 'developed ... at Telefunken', 'sent
Telefunken engineers' -> no role (no title); a company's names in turn ('Originally named ...', 'renamed into ...',
'renamed Rollei GmbH', 'which became ...', 'changed its name to ...', 'which was then renamed to AEG-Telefunken') ->
aliases of one entity (GUIDELINES, Types); camera, projector and aircraft lines ('the Rolleiflex and Rolleicord series
of cameras', 'Rollei 35', 'Rolleivision slide projectors', 'Junkers F.13 aircraft') -> Service (GUIDELINES: devices,
aircraft models), with provider to the company the text says makes them ('maker of', 'were being produced by'); a
maker named only inside a model's name ('Junkers F.13') -> no entity of its own (GUIDELINES, Types); airports ->
Location (GUIDELINES, Types); 'the PAL color television system' (a broadcast standard) -> no entity; demonyms and
adjectives ('German', 'South Korean', 'Danish', 'British', 'European') -> nothing.
usage: batch62d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- airlines, Bolivia and Brazil: Lloyd Aéreo Boliviano (piglix.com's copy) ----------------------------------------
LAB = "Lloyd A\u00e9reo Boliviano S.A.M."
SC = "Syndicato Condor"
A["wp-lloyd-aereo-boliviano"] = dict(
 # the airline -> Company 'Lloyd Aéreo Boliviano S.A.M.' (the fullest form, its legal form's expansion in brackets
 # left out), aliases 'Lloyd Aéreo Boliviano' ('Lloyd Aéreo Boliviano was founded by ...'), 'LAB' ('abbreviated LAB',
 # 'LAB was active', 'LAB passengers'), 'LAB Airlines' ('also known as LAB Airlines') and 'LLoyd Aéreo' ('In July 1930,
 # LLoyd Aéreo began to serve international routes', so written); Syndicato Condor ('an airline catering for the German
 # minority in Brazil') -> Company; Lloyd's of London ('the British insurance market Lloyd's of London') -> Company (a
 # market run as a business, as the corpus types exchanges; doubtful: a reader might give Organization); Guillermo
 # Kyllmann -> Person; Junkers F.13 ('using Junkers F.13 aircraft') -> Service (an aircraft model; GUIDELINES, Types;
 # Junkers named only inside the model's name, so no Company); Bolivia, Cochabamba, Santa Cruz de la Sierra, La Paz,
 # Corumbá, Brazil, Rio de Janeiro -> Location; Cochabamba Airport, Wilstermann Airport, El Trompillo Airport, Viru
 # Viru International Airport -> Location (airports; GUIDELINES, Types; 'Wilstermann Airport' kept apart from
 # 'Cochabamba Airport', the text giving no sign they are one; doubtful). No entity: 'Sociedad Anónima Mixta' (the
 # legal form spelt out), 'the German community in Bolivia', 'the German minority in Brazil' (groups, unnamed),
 # 'flag carrier of Bolivia' (a status)
 entities=[E("Company", LAB, "Lloyd A\u00e9reo Boliviano", "LAB", "LAB Airlines", "LLoyd A\u00e9reo"),
           E("Location", "Bolivia"), E("Location", "Cochabamba"), E("Location", "Cochabamba Airport"),
           E("Location", "Wilstermann Airport"), E("Location", "Santa Cruz de la Sierra"),
           E("Location", "El Trompillo Airport"), E("Location", "Viru Viru International Airport"),
           E("Person", "Guillermo Kyllmann"), E("Company", "Lloyd's of London"), E("Service", "Junkers F.13"),
           E("Location", "La Paz"), E("Location", "Corumb\u00e1"), E("Location", "Brazil"), E("Company", SC),
           E("Location", "Rio de Janeiro")],
 # 'Lloyd Aéreo Boliviano was founded by Guillermo Kyllmann in Cochabamba on September 15, 1925' -> founder at the
 # airline, current true (a founder stays the founder; one person named alone). Near-misses: none else named
 roles=[R("Guillermo Kyllmann", "founder", LAB)],
 # 'On the grounds of a co-operation agreement with Syndicato Condor, ... LAB passengers could connect in Corumbá on a
 # flight to Rio de Janeiro' -> partner(LAB, Syndicato Condor) (a stated agreement; the text's subject first).
 # Near-misses: 'The name was chosen after the British insurance market Lloyd's of London' -> nothing (a name's
 # model, no tie between the two; a reader might want partner); 'the first of which had been a present from the
 # German community in Bolivia' -> nothing (no organisation named); 'using Junkers F.13 aircraft' -> no provider (the
 # airline flies the model, it does not make it; no maker named on its own); 'serving as flag carrier of Bolivia' ->
 # no parentOrganization (no state body named; the country is a Location)
 relations=[L(LAB, "partner", SC)],
 outages=[],
 # 'September 15, 1925', 'July 1930'; 'on 23 September' (no year written in the phrase; published null), 'more than
 # 80 years', 'Before its demise', 'then', 'Over the following years' (cut) -> left out
 dates=[D("September 15, 1925", "1925-09-15"), D("July 1930", "1930-07")])

# ---- cameras, Germany and Korea: Rollei (owiki.org's mirror) --------------------------------------------------------
RG = "Rollei GmbH"
FH = "Franke & Heidecke GmbH, Feinmechanik und Optik"
ST = "Samsung Techwin"
DHW = "DHW Fototechnik GmbH"
A["wp-rollei"] = dict(
 # the company -> Company 'Rollei GmbH' (its name from 2004, the fullest form of the text's 'Rollei'), aliases
 # 'Rollei' ('Rollei is a German manufacturer ...', 'Rollei was split into three companies'), 'Werkstatt für
 # Feinmechanik und Optik, Franke & Heidecke' ('Originally named ...'), 'Rollei-Werke Franke & Heidecke GmbH',
 # 'Rollei-Werke Franke & Heidecke GmbH & Co. KG' and 'Rollei Fototechnic GmbH & Co. KG' ('the company renamed into
 # ... in 1972, ... in 1979, and ... in 1981'): one company under its names in turn ('renamed Rollei GmbH in 2004';
 # after the split of 2005/2006 'Rollei GmbH in Berlin, owner of the Rollei brand' is read as the same company, the
 # factory being the part split off; doubtful); Franke & Heidecke GmbH, Feinmechanik und Optik (alias 'Rollei
 # Produktion GmbH': 'Rollei Produktion GmbH in Braunschweig, an equipment factory which became Franke & Heidecke GmbH,
 # Feinmechanik und Optik', and 'Franke & Heidecke': 'former Franke & Heidecke employees', read as this company, the
 # one that had just 'declared itself insolvent'; doubtful: a reader might read the old Rollei of that name); Samsung
 # Techwin; Samsung Group; RCP-Technik GmbH & Co. KG; RCP Technik Verwaltungs GmbH; Rollei Metric GmbH; DHW Fototechnik
 # GmbH -> Company; Rolf Daus, Hans Hartje, Frank Will -> Person; Rolleiflex, Rolleicord ('the Rolleiflex and
 # Rolleicord series of cameras'), Rollei 35, Rolleivision ('Rolleivision slide projectors') -> Service (camera and
 # projector lines; GUIDELINES, Types: devices); Braunschweig, Lower Saxony, Berlin, Hamburg -> Location. No entity:
 # 'a Danish investment group' (unnamed), 'its internal management' (unnamed), 'the European market', 'the
 # photogrammetry business', 'the Rollei brand' (the company's name as its brand), 'OEM equipment', 'South Korean'
 entities=[E("Company", RG, "Rollei", "Werkstatt f\u00fcr Feinmechanik und Optik, Franke & Heidecke",
             "Rollei-Werke Franke & Heidecke GmbH", "Rollei-Werke Franke & Heidecke GmbH & Co. KG",
             "Rollei Fototechnic GmbH & Co. KG"),
           E("Location", "Braunschweig"), E("Location", "Lower Saxony"), E("Service", "Rolleiflex"),
           E("Service", "Rolleicord"), E("Company", ST), E("Company", "Samsung Group"), E("Location", "Berlin"),
           E("Company", FH, "Rollei Produktion GmbH", "Franke & Heidecke"),
           E("Company", "RCP-Technik GmbH & Co. KG"), E("Location", "Hamburg"),
           E("Company", "RCP Technik Verwaltungs GmbH"), E("Company", "Rollei Metric GmbH"),
           E("Service", "Rollei 35"), E("Service", "Rolleivision"), E("Company", DHW), E("Person", "Rolf Daus"),
           E("Person", "Hans Hartje"), E("Person", "Frank Will")],
 # 'the DHW Fototechnik GmbH—a company founded by Rolf Daus, Hans Hartje and Frank Will' -> cofounder each, current
 # true (three people named together; GUIDELINES, Roles, Founders). Near-misses: 'former Franke & Heidecke employees'
 # -> no role at Franke & Heidecke (no title; 'former' would make it current false if one were given); 'founded in
 # 1920 by and in Braunschweig' -> no founder (the copy drops the founders' names)
 roles=[R("Rolf Daus", "cofounder", DHW), R("Hans Hartje", "cofounder", DHW), R("Frank Will", "cofounder", DHW)],
 # 'After being purchased in 1995 by Samsung Techwin' -> acquired(Samsung Techwin, Rollei GmbH) + parentOrganization
 # (completed; 'sold back ... in 1999' after it leaves the relation in place, relations carrying no time);
 # 'Samsung Techwin, part of the South Korean Samsung Group' -> parentOrganization(Samsung Techwin, Samsung Group);
 # 'maker of the Rolleiflex and Rolleicord series of cameras' -> provider(each, Rollei GmbH); 'Rolleiflex medium
 # format cameras, Rollei 35 and Rolleivision slide projectors were being produced by the DHW Fototechnik GmbH' ->
 # provider(each, DHW Fototechnik GmbH) (Rolleiflex so has two makers, in turn). Near-misses: 'it was sold back to
 # its internal management', 'it was bought by a Danish investment group' -> nothing (no named buyer); 'the company
 # was split into two different companies: Rollei GmbH ... and Rollei Produktion GmbH' and 'Rollei was split into
 # three companies' -> no parentOrganization (a split; no owner of the parts told; doubtful: a reader might make
 # Rollei Produktion GmbH a unit of Rollei GmbH); 'RCP Technik Verwaltungs GmbH owning the rights to the "Rollei" and
 # "Rolleiflex" brands' -> no provider and no relation (brand rights, an asset; doubtful); 'RCP-Technik GmbH & Co. KG
 # ... was responsible for Rollei consumer products' -> nothing (no named product); 'Rollei Metric GmbH took over the
 # photogrammetry business' -> nothing (a business taken over, no company bought); 'Franke & Heidecke GmbH ... focused
 # on the production of professional medium format cameras' -> no provider (no named line in the phrase)
 relations=acq(ST, RG) + [L(ST, "parentOrganization", "Samsung Group"), L("Rolleiflex", "provider", RG),
                          L("Rolleicord", "provider", RG), L("Rolleiflex", "provider", DHW),
                          L("Rollei 35", "provider", DHW), L("Rolleivision", "provider", DHW)],
 outages=[],
 # '1920', '1972', '1979', '1981', '1995', '1999', '2002', '2004', '2005/2006' (the two years as items), '2007',
 # 'early 2009' (-> the year) and '2009' ('Since 2009'; another text, the same value)
 dates=[D("1920", "1920"), D("1972", "1972"), D("1979", "1979"), D("1981", "1981"), D("1995", "1995"),
        D("1999", "1999"), D("2002", "2002"), D("2004", "2004"), D("2005", "2005"), D("2006", "2006"),
        D("2007", "2007"), D("early 2009", "2009"), D("2009", "2009")])

# ---- radio and television, Germany: Telefunken (the-uncensored-wiki.com's copy of about 2006) ----------------------
TF = "Telefunken"
AEG = "AEG"
SAG = "Siemens AG"
TR = "Transradio SenderSysteme Berlin AG"
A["wp-telefunken"] = dict(
 # Telefunken -> Company (in 'Telefunken engineers', 'at Telefunken', 'vintage Telefunken microphones', 'a subsidiary
 # of Telefunken'; the quoted brand name '"Telefunken"' is the company's name as a brand); AEG (alias 'AEG-Telefunken':
 # 'merged with AEG, which was then renamed to AEG-Telefunken', its later name); Siemens AG (alias 'Siemens': 'until
 # Siemens left in 1941'); Daimler ('When AEG was bought by Daimler in 1985'); DaimlerChrysler ('still marketed by
 # DaimlerChrysler'; kept apart from Daimler: the text does not say one became the other; doubtful: a reader who knows
 # the merger of 1998 might make it Daimler's later name and an alias); Telefunken | USA ('Telefunken | USA™ was
 # incorporated in 2001', the trade-mark sign left out of the name; no tie to Telefunken told); Transradio SenderSysteme
 # Berlin AG (aliases 'Telefunken SenderSysteme Berlin': 'changed its name to ...', and 'Transradio': 'The name
 # Transradio dates back to 1918 when Transradio was founded', 'Transradio made history', 'Transradio is specialised':
 # one company under its names in turn, the text telling its line from 1918 to today as one; doubtful: the 1918
 # company may be a namesake the renamed unit took the name of) -> Company; Kaiser Wilhelm, Nikola Tesla, Walter Bruch,
 # Scott Birrell ('For more information regarding Scott Birrell PAL system.', a stray sentence of the revision; a named
 # person as written, no role; doubtful: a reader might leave the garbled sentence alone) -> Person; West Sayville, New
 # York, Nauen, North America, Europe, Americas ('outside the Americas') -> Location. No entity: 'the PAL color
 # television system' (a broadcast standard, no product users use), 'three 600-foot (180 meters) radio towers', 'A
 # similar station' (unnamed), 'duplex transmission', 'AM, VHF/FM and DRM broadcasting systems' (technologies),
 # 'German' (an adjective)
 entities=[E("Company", TF), E("Company", AEG, "AEG-Telefunken"), E("Company", SAG, "Siemens"),
           E("Person", "Kaiser Wilhelm"), E("Location", "West Sayville"), E("Location", "New York"),
           E("Person", "Nikola Tesla"), E("Location", "Nauen"), E("Location", "North America"), E("Location", "Europe"),
           E("Company", "Daimler"), E("Company", "DaimlerChrysler"), E("Person", "Walter Bruch"),
           E("Location", "Americas"), E("Person", "Scott Birrell"), E("Company", "Telefunken | USA"),
           E("Company", TR, "Telefunken SenderSysteme Berlin", "Transradio")],
 # No role: 'Kaiser Wilhelm sent Telefunken engineers' -> no role (a head of state, but the text names no country on
 # its own for an org, only the adjective 'German'; GUIDELINES, Roles; doubtful: a reader might give president or
 # other with no org); 'Walter Bruch developed the PAL color television system at Telefunken' -> no role (no title;
 # a reader might give executive or other); 'Nikola Tesla assisted in the building' -> no role
 roles=[],
 # 'Originally it was a joint venture of AEG and Siemens AG, until Siemens left in 1941' -> parentOrganization
 # (Telefunken, AEG) + parentOrganization(Telefunken, Siemens AG) + partner(AEG, Siemens AG) (a joint venture of two
 # named owners; Siemens's leaving does not undo the relation, relations carrying no time); 'When AEG was bought by
 # Daimler in 1985' -> acquired(Daimler, AEG) + parentOrganization(AEG, Daimler); 'Transradio was founded as a
 # subsidiary of Telefunken' -> parentOrganization(Transradio SenderSysteme Berlin AG, Telefunken). Near-misses: 'In
 # 1967 it was merged with AEG, which was then renamed to AEG-Telefunken' -> nothing more (a merger with its own owner,
 # no purchase told; a reader might give acquired(AEG, Telefunken)); 'The brand name "Telefunken" is still marketed
 # by DaimlerChrysler' -> nothing (a brand marketed, no product or owner of the company told); 'Telefunken | USA™ was
 # incorporated in 2001 to ... build reproductions of vintage Telefunken microphones' -> nothing (no tie to
 # Telefunken told; a reader might want parentOrganization or partner); 'Nikola Tesla assisted in the building' ->
 # nothing
 relations=[L(TF, "parentOrganization", AEG), L(TF, "parentOrganization", SAG), L(AEG, "partner", SAG)]
           + acq("Daimler", AEG) + [L(TR, "parentOrganization", TF)],
 outages=[],
 # '1903', '1941', '1911', '1967', '1985', '2001', '2005', '1918', '1919'; 'today', 'A year later' (its year is
 # written beside it), 'still' -> left out
 dates=[D("1903", "1903"), D("1941", "1941"), D("1911", "1911"), D("1967", "1967"), D("1985", "1985"),
        D("2001", "2001"), D("2005", "2005"), D("1918", "1918"), D("1919", "1919")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
