#!/usr/bin/env python3
"""Batch 64n gold annotations (the texts of batch64n.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-64l; batch10_annotate.write_parts), so with four texts: test wp-auto-union, train wp-hanomag,
dev wp-norddeutscher-lloyd, train wp-rhone-poulenc. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); decades and centuries ('By the 1920s', 'a 19th-century Parisian apothecary', 'the late 19th
and early 20th centuries', 'the mid-19th century') -> nothing (as batches before: decades not listed); life years in
brackets ('(1864-1942)') -> nothing (as batches 33d, 34d, 56h and 63f); 'before World War I', 'in the aftermath of
World War II' -> nothing (no calendar value written); 'from 1934 onwards', 'By 1870', 'As of 2015', 'until 2017' ->
the year written. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a firm
'reduced to near ruin' by a war and a market 'in terminal decline' are no service lost by users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-64l): 'its takeover by X', 'X acquired Y', 'X had
purchased Y ..., the latter continuing to trade under its original name' -> acquired + parentOrganization(target,
buyer) (completed; none merged away); 'merged with X to form Y', 'X went on to merge with Y forming Z', 'founded
through the merger of A and B', 'later merger with X' -> nothing (GUIDELINES, Relations: a merger where the text does
not say who buys whom); 'has been part of X since 1989', 'today part of X', 'its racing team' -> parentOrganization (no
purchase told; as batch 63f read Olivetti's 'has been owned by TIM S.p.A. since 2003'); brands named as a group's
('its four constituent brands (...)') and a named model ('the Hanomag 2/10') -> Service with provider to the maker (as
batch 64f read Borgward's 'cars of four brands'), a brand whose surface form is also a company's name -> that company
(one surface form, one entity); a named drug ('marketed the drug as Thorazine') -> Service with provider to its
marketer; 'founded by A' (one person) -> founder; 'founded by A and B' -> cofounder each (GUIDELINES, Roles,
Founders); 'first Chairman of the Supervisory Board' -> chairman, 'the first director of the company' -> director,
both current true (the text says neither left; as batches 40zg and 63i read 'first chairman'); 'brought to
prominence by his ... sons' -> no role (no title); a company's names in turn ('founded ... a company called ...',
'changed their name to ...', 'change its name to ...') and its translations in brackets ('(North German Lloyd)',
'(Poulenc Brothers)') -> aliases of one entity (GUIDELINES, Types); a racing team -> Organization (GUIDELINES, Types:
sports teams); a state railway and a classification society -> Organization; demonyms and adjectives ('German',
'French', 'British', 'Parisian', 'German-American') -> nothing.
usage: batch64n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- carmakers, Germany: Auto Union (en.wikipedia.org's rendering) -------------------------------------------------
AU = "Auto Union AG"
A["wp-auto-union"] = dict(
 # the group -> Company 'Auto Union AG', alias 'Auto Union'; 'Audi' ('the immediate predecessor of Audi', 'the modern
 # day Audi company', and the first of 'its four constituent brands') -> Company 'Audi' (the text's last word on it is
 # 'the modern day Audi company'; one surface form stands for one entity, so the brand goes with the company, as batch
 # 64f's 'Borgward'; doubtful: a reader might make Audi a Service beside Horch, DKW and Wanderer, or, reading 'evolving
 # into the modern day Audi company' as a change of name, an alias of Auto Union AG; the text keeps them apart,
 # 'predecessor of Audi'); Horch ('constituent brands', 'based at Horch works'), DKW, Wanderer -> Service (brands;
 # GUIDELINES, Types: car nameplates; doubtful: the text calls Auto Union 'an amalgamation of four German automobile
 # manufacturers', so a reader might make the three brands Companies, the firms behind them being unnamed here);
 # 'its racing team (Auto Union Rennabteilung ...)' -> Organization 'Auto Union Rennabteilung' (GUIDELINES, Types:
 # sports teams); Mercedes-Benz ('the two German teams (Mercedes-Benz and Auto Union)') -> Company (the carmaker named
 # for its team; doubtful: a reader might make a team Organization); Volkswagen, NSU Motorenwerke -> Company;
 # Chemnitz, Saxony, Zwickau, Ingolstadt, Bavaria -> Location. No entity: 'The Silver Arrows' (the two teams' cars under
 # a nickname, no product users use), 'Grand Prix motor racing' (a sport; events are not entities), 'World War II'
 # (an event), 'Horch works' (the brand's plant, unnamed apart from the brand; a reader might make a Location of it),
 # 'four German automobile manufacturers' (unnamed), 'German'
 entities=[E("Company", AU, "Auto Union"), E("Location", "Chemnitz"), E("Location", "Saxony"), E("Company", "Audi"),
           E("Service", "Horch"), E("Service", "DKW"), E("Service", "Wanderer"),
           E("Organization", "Auto Union Rennabteilung"), E("Location", "Zwickau"), E("Company", "Mercedes-Benz"),
           E("Location", "Ingolstadt"), E("Location", "Bavaria"), E("Company", "Volkswagen"),
           E("Company", "NSU Motorenwerke")],
 # no person is named, so no role
 roles=[],
 # 'its four constituent brands (Audi, Horch, DKW, Wanderer)' -> provider(Horch / DKW / Wanderer, Auto Union AG);
 # 'its racing team (Auto Union Rennabteilung ...)' -> parentOrganization(Auto Union Rennabteilung, Auto Union AG) (a
 # unit of the firm; doubtful: a reader might leave a works team out); 'its takeover by Volkswagen in 1964' ->
 # acquired(Volkswagen, Auto Union AG) + parentOrganization (a completed takeover, the firm not merged away: it
 # evolved on 'into the modern day Audi company'; doubtful: the 'later merger with NSU Motorenwerke' might be read as
 # merging it away). Near-misses: 'later merger with NSU Motorenwerke in 1969' -> nothing (a merger, no buyer told); 'an
 # umbrella firm for its four constituent brands' -> no parentOrganization for Audi (the brand's surface form is the
 # modern company's, whose parent the text does not give); 'the immediate predecessor of Audi', 'evolving into the
 # modern day Audi company' -> no relation (a succession, no ownership); 'The Silver Arrows of the two German teams
 # (Mercedes-Benz and Auto Union) dominated ...' -> no partner (rivals); 'based at Horch works in Zwickau' -> nothing
 relations=[L("Horch", "provider", AU), L("DKW", "provider", AU), L("Wanderer", "provider", AU),
            L("Auto Union Rennabteilung", "parentOrganization", AU)] + acq("Volkswagen", AU),
 outages=[],
 # '1932', '1936', '1934' ('from 1934 onwards'), '2017' ('a record lasting until 2017'), '1949', '1964', '1969';
 # 'the aftermath of World War II', 'decades' -> left out
 dates=[D("1932", "1932"), D("1936", "1936"), D("1934", "1934"), D("2017", "2017"), D("1949", "1949"),
        D("1964", "1964"), D("1969", "1969")])

# ---- locomotives, tractors and cars, Germany: Hanomag (the-uncensored-wiki.com's 2014 copy) -------------------------
HM = "Hannoversche Maschinenbau AG"
A["wp-hanomag"] = dict(
 # the firm -> Company 'Hannoversche Maschinenbau AG' (the formal name the lead gives in brackets), aliases 'Hanomag'
 # (the name the text uses), its first name 'Eisen-Giesserey und Maschinenfabrik Georg Egestorff' ('founded ... a
 # company called ...') and its name of 1871 'Hannoversche Maschinenbau Actien-Gesellschaft vorm. Georg Egestorff,
 # Linden vor Hannover' ('changed their name to ...'; the longest form, kept as an alias: the lead's form is the one
 # the article heads with; doubtful: a reader might take the 1871 name as the entity's name, or make the 1835 works a
 # forerunner apart); Komatsu ('the Komatsu company') -> Company; Georg Egestorff -> Person; the Royal Hanoverian
 # State Railways -> Organization (a kingdom's state railway; doubtful: a reader might make it a Company, as a railway
 # run for fares); 'the Hanomag 2/10' -> Service, aliases 'Zweisitzer Limousine' ('Named Zweisitzer Limousine ... by the
 # company') and 'Kommissbrot' ('the nickname Kommissbrot'); Hanover, Finland, Romania, Bulgaria, Linden -> Location.
 # No entity: 'the German army' (lower case 'army' after a demonym, no name written; a reader might make an
 # Organization), 'two-seat limousine' (a gloss of the model's name), 'World War I' (an event), 'Army bread' (a
 # food), 'Hannover' and 'Linden vor Hannover' apart from the 1871 name (inside the alias only), 'German'
 entities=[E("Company", HM, "Hanomag", "Eisen-Giesserey und Maschinenfabrik Georg Egestorff",
             "Hannoversche Maschinenbau Actien-Gesellschaft vorm. Georg Egestorff, Linden vor Hannover"),
           E("Location", "Hanover"), E("Location", "Finland"), E("Location", "Romania"), E("Location", "Bulgaria"),
           E("Company", "Komatsu"), E("Person", "Georg Egestorff"), E("Location", "Linden"),
           E("Organization", "Royal Hanoverian State Railways"),
           E("Service", "Hanomag 2/10", "Zweisitzer Limousine", "Kommissbrot")],
 # 'The company dates back to 1835 when Georg Egestorff founded in Linden near Hanover a company called Eisen-Giesserey
 # und Maschinenfabrik Georg Egestorff' -> founder at Hannoversche Maschinenbau AG (one person named alone; the firm
 # under its first name), current true. Near-miss: the firm's names 'Maschinenfabrik Georg Egestorff' and 'vorm.
 # Georg Egestorff' -> no further role (his name in the firm's name, no post)
 roles=[R("Georg Egestorff", "founder", HM)],
 # 'Since 1989, the company has been part of the Komatsu company' -> parentOrganization(Hannoversche Maschinenbau AG,
 # Komatsu) (ownership stated, no purchase told; doubtful: a reader might add acquired(Komatsu, ...), as 'now owns'
 # counts as one in GUIDELINES); 'In 1925, they launched the Hanomag 2/10' -> provider(Hanomag 2/10, Hannoversche
 # Maschinenbau AG); 'in 1846 built their first railway locomotive for the Royal Hanoverian State Railways' ->
 # partner(Hannoversche Maschinenbau AG, Royal Hanoverian State Railways) (a supplier and its named customer;
 # GUIDELINES, Relations, partner: supply/customer relation; doubtful: one locomotive built for a buyer, and a reader
 # might give nothing). Near-misses: 'delivering a large number of steam locomotives to Finland, Romania and
 # Bulgaria' -> no partner (countries, no customer organisation named); 'they received a contract for steam waggons
 # for the German army' -> no partner (the army not a named entity here); 'changed their name to ...' -> no relation
 # (one firm under two names)
 relations=[L(HM, "parentOrganization", "Komatsu"), L("Hanomag 2/10", "provider", HM),
            L(HM, "partner", "Royal Hanoverian State Railways")],
 outages=[],
 # '1925' ('In 1925 they added automobiles', 'In 1925, they launched': one text, one value), '1931', '1989', '1835',
 # '1846', '1870' ('By 1870'), '1871', '1905', '1912'; 'before World War I', 'By the 1920s' -> left out
 dates=[D("1925", "1925"), D("1931", "1931"), D("1989", "1989"), D("1835", "1835"), D("1846", "1846"),
        D("1870", "1870"), D("1871", "1871"), D("1905", "1905"), D("1912", "1912")])

# ---- shipping, Germany: Norddeutscher Lloyd (en.wikipedia-on-ipfs.org's copy) --------------------------------------
NDL = "Norddeutscher Lloyd"
HHM = "Hermann Henrich Meier"
EC = "Eduard Cr\u00fcsemann"
A["wp-norddeutscher-lloyd"] = dict(
 # the line -> Company 'Norddeutscher Lloyd', aliases 'NDL' and 'North German Lloyd' (its English name in brackets and
 # in 'The German shipping company North German Lloyd (NDL)'); Hermann Henrich Meier -> Person, alias 'H. H. Meier';
 # Eduard Crüsemann -> Person, alias 'Crüsemann'; Hamburg America Line -> Company, alias 'HAPAG'; Hapag-Lloyd AG ->
 # Company; the Ocean Steam Navigation Company ('a joint German-American enterprise', dissolved) -> Company; Lloyd's
 # Register ('the British maritime classification society') -> Organization (a society; doubtful: a reader might make
 # it a Company); Österreichischer Lloyd ('the Trieste-based Österreichischer Lloyd', an earlier user of the word) ->
 # Company; Bremen, Bremerhaven, Trieste -> Location. No entity: '"Lloyd"' in quotes ('was used as a term for a
 # shipping company': a word, not the line; no alias), 'Aktiengesellschaft', 'AG' (a legal form), 'the Bremen
 # merchants' (a description), 'tugboats, bathing, insurance, and ship repair', 'cargo services and passenger
 # transport' (unnamed services), 'German', 'British', 'German-American'
 entities=[E("Company", NDL, "NDL", "North German Lloyd"), E("Person", HHM, "H. H. Meier"),
           E("Person", EC, "Cr\u00fcsemann"), E("Location", "Bremen"), E("Location", "Bremerhaven"),
           E("Company", "Hamburg America Line", "HAPAG"), E("Company", "Hapag-Lloyd AG"),
           E("Company", "Ocean Steam Navigation Company"), E("Organization", "Lloyd's Register"),
           E("Location", "Trieste"), E("Company", "\u00d6sterreichischer Lloyd")],
 # 'It was founded by Hermann Henrich Meier and Eduard Crüsemann', 'founded by the Bremen merchants Hermann Henrich
 # Meier and Eduard Crüsemann' -> cofounder each at Norddeutscher Lloyd (named together; GUIDELINES, Roles, Founders),
 # current true; 'H. H. Meier became NDL's first Chairman of the Supervisory Board' -> chairman at Norddeutscher Lloyd
 # (the chair of its board; GUIDELINES, Roles: chairman only when just the chair is named), current true ('first'
 # names the order, not a past post left; as batches 40zg and 63i; doubtful: a reader might set current false for a
 # post of the 1850s); 'Crüsemann became the first director of the company' -> director at Norddeutscher Lloyd, current
 # true (doubtful as the chair). Near-misses: 'Crüsemann was in charge of both cargo services and passenger transport'
 # -> no further role (no title; a reader might give executive or head); 'the Bremen merchants' -> no role (a trade,
 # no organisation)
 roles=[R(HHM, "cofounder", NDL), R(EC, "cofounder", NDL), R(HHM, "chairman", NDL), R(EC, "director", NDL)],
 # Near-misses, no relation: 'the company merged with Hamburg America Line (HAPAG) to form Hapag-Lloyd AG' -> nothing
 # (a merger, no buyer told; a reader might give parentOrganization(Norddeutscher Lloyd, Hapag-Lloyd AG)); 'founded ...
 # after the dissolution of the Ocean Steam Navigation Company, a joint German-American enterprise' -> nothing (no
 # succession of ownership told and the venture's partners unnamed); 'had no association with ... Lloyd's Register' ->
 # nothing (a tie denied); 'an earlier user of the term ... was the Trieste-based Österreichischer Lloyd' -> nothing
 relations=[],
 outages=[],
 # '20 February 1857' (twice, one text, one value), '1 September 1970'; 'the late 19th and early 20th centuries', 'the
 # mid-19th century' -> left out
 dates=[D("20 February 1857", "1857-02-20"), D("1 September 1970", "1970-09-01")])

# ---- chemicals and pharmaceuticals, France: Rhone-Poulenc (en.wikipedia.org's rendering) ---------------------------
RP = "Rh\u00f4ne-Poulenc"
PF = "\u00c9tablissements Poulenc Fr\u00e8res"
SKF = "Smith, Kline & French"
NAT = "A. Natterman & Cie GmbH"
A["wp-rhone-poulenc"] = dict(
 # the company -> Company 'Rhône-Poulenc'; Hoechst AG, Aventis -> Company; 'Sanofi-Aventis' -> Company, alias 'Sanofi'
 # ('change its name to Sanofi'; 'are part of Sanofi': the same company under its later name; doubtful: a reader might
 # keep Sanofi apart); Solvay group ('part of Solvay group'), Bayer Crop Science -> Company; 'Société des usines
 # chimiques du Rhône' -> Company, alias 'Society of Rhône Chemical Factories' (its name translated in brackets;
 # doubtful: a reader might take the translation for a gloss, no name); 'Établissements Poulenc Frères' -> Company,
 # aliases 'Poulenc Frères' and 'Poulenc Brothers' (the fullest form written in the next sentence); Étienne Poulenc,
 # Camille Poulenc, Francis Poulenc -> Person; 'Émile' ('his second and third sons Émile, father of composer Francis
 # Poulenc, and Camille Poulenc') -> Person 'Émile' (his surname not written beside the name; doubtful: a reader might
 # write Émile Poulenc, a form not in the text); May & Baker, Smith, Kline & French, GlaxoSmithKline, A. Natterman &
 # Cie GmbH, Rorer, Rhône-Poulenc Rorer, Sanofi-Synthélabo -> Company; 'Thorazine' -> Service (a drug; GUIDELINES,
 # Types), alias 'chlorpromazine' ('synthesized chlorpromazine which it sold to ... who marketed the drug as
 # Thorazine': the one drug under its substance name and its brand; doubtful: a reader might make two Services or leave
 # the lower-case substance name out); Lyon, Paris -> Location. No entity: '(/fr/)' (a pronunciation stub), 'the
 # pharmaceutical operations of Rhône-Poulenc', 'the chemicals divisions' (unnamed units), 'the Aventis suffix' (the
 # word, inside the rename; no alias), 'French', 'Parisian', 'German'
 entities=[E("Company", RP), E("Company", "Hoechst AG"), E("Company", "Aventis"),
           E("Company", "Sanofi-Aventis", "Sanofi"), E("Company", "Solvay group"), E("Company", "Bayer Crop Science"),
           E("Company", "Soci\u00e9t\u00e9 des usines chimiques du Rh\u00f4ne", "Society of Rh\u00f4ne Chemical Factories"),
           E("Location", "Lyon"), E("Company", PF, "Poulenc Fr\u00e8res", "Poulenc Brothers"), E("Location", "Paris"),
           E("Person", "\u00c9tienne Poulenc"), E("Person", "\u00c9mile"), E("Person", "Francis Poulenc"),
           E("Person", "Camille Poulenc"), E("Company", "May & Baker"), E("Service", "Thorazine", "chlorpromazine"),
           E("Company", SKF), E("Company", "GlaxoSmithKline"), E("Company", NAT), E("Company", "Rorer"),
           E("Company", "Rh\u00f4ne-Poulenc Rorer"), E("Company", "Sanofi-Synth\u00e9labo")],
 # 'Poulenc Frères (Poulenc Brothers) from Paris founded by Étienne Poulenc' -> founder at Établissements Poulenc
 # Frères (one person named alone), current true. Near-misses: 'brought to prominence by his second and third sons
 # Émile ... and Camille Poulenc' -> no role (no title; a reader might give executive or head); 'composer Francis
 # Poulenc' -> no role (an occupation, no organisation); 'a 19th-century Parisian apothecary' -> no role; the infobox's
 # '- Founder: Étienne Poulenc' of Rhône-Poulenc itself was cut, and the text founds Rhône-Poulenc 'through the merger'
 # -> no founder role at Rhône-Poulenc (a reader who saw the infobox might give one)
 roles=[R("\u00c9tienne Poulenc", "founder", PF)],
 # 'Établissements Poulenc Frères had purchased May & Baker in 1922, the latter continuing to trade under its original
 # name until 1990' -> acquired + parentOrganization(May & Baker, Établissements Poulenc Frères) (completed, not merged
 # away); 'In 1986, Rhône-Poulenc acquired the German pharmaceutical A. Natterman & Cie GmbH' -> acquired +
 # parentOrganization; 'Smith, Kline & French (today part of GlaxoSmithKline)' -> parentOrganization(Smith, Kline &
 # French, GlaxoSmithKline); 'who marketed the drug as Thorazine' -> provider(Thorazine, Smith, Kline & French) (the
 # company that sold it under its name; doubtful: Rhône-Poulenc 'synthesized' it, and a reader might add a provider to
 # Rhône-Poulenc). Near-misses: 'founded in 1928 through the merger of Société des usines chimiques du Rhône ... and
 # Poulenc Frères' -> nothing (a merger forming the company; no parentOrganization of the two under it); 'it merged with
 # the pharmaceutical company Rorer to form Rhône-Poulenc Rorer', 'Rhône-Poulenc merged with Hoechst AG to form
 # Aventis', 'Aventis went on to merge with Sanofi-Synthélabo forming Sanofi-Aventis' -> nothing (mergers, no buyer
 # told; a reader might give parentOrganization(Rhône-Poulenc, Aventis) or acquired); 'the pharmaceutical operations of
 # Rhône-Poulenc are part of Sanofi and the chemicals divisions are part of Solvay group and Bayer Crop Science' ->
 # nothing (unnamed operations and divisions, and Rhône-Poulenc itself is not said to be part of them); 'chlorpromazine
 # which it sold to Smith, Kline & French' -> no partner (the sale of a drug: an asset sale, GUIDELINES, Relations;
 # doubtful: a reader might read a customer or licensing tie)
 relations=acq(PF, "May & Baker") + acq(RP, NAT) + [L(SKF, "parentOrganization", "GlaxoSmithKline"),
                                                   L("Thorazine", "provider", SKF)],
 outages=[],
 # '1928' (twice, one text, one value), '1999' ('In 1999'), '2015' ('As of 2015'), '1922', '1990' ('until 1990', 'In
 # 1990': one text, one value), '1950', '1986', 'January 1999' (another text, the month), '2004', '2011'; 'a
 # 19th-century Parisian apothecary', life years '(1864-1942)' -> left out
 dates=[D("1928", "1928"), D("1999", "1999"), D("2015", "2015"), D("1922", "1922"), D("1990", "1990"),
        D("1950", "1950"), D("1986", "1986"), D("January 1999", "1999-01"), D("2004", "2004"), D("2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
