#!/usr/bin/env python3
"""Batch 62k gold annotations (the texts of batch62k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-62d; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'late 2015', 'early 2016' -> the year
(GUIDELINES: 'late 2006' -> the year); a decade ('the 1960 and 1970s', written '1960' for the 1960s) -> nothing
(as batches before: decades not listed); 'More recently', 'A year later', '10 years later' (its year written beside
it), '18 months later' -> nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of
one (Blaupunkt's bankruptcy of 2015 is a business failure; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-62d): 'was acquired by X' (completed) -> acquired +
parentOrganization(target, buyer); 'a 100% subsidiary of X' -> parentOrganization; 'its ... branch including the
brand name were sold to X', told as the end of the subject's time as a subsidiary -> acquired + parentOrganization
(the company the article is about passing to the buyer; doubtful); 'formerly under X/Y ownership' of an unnamed
factory, 'The 2011 take-over' (no buyer named) -> nothing; 'KORG was founded ... by A and B' -> cofounder each
(GUIDELINES, Roles, Founders: two people named together); '... was esablished in 1918 by A' -> founder (one person
named alone); 'a ... graduate', 'an engineer seeking to build keyboards', 'ran a nightclub' -> no role (no post at a
named organisation); a company's names in turn ('founded as ...', 'It later became ...', 'the forerunner of ...',
'was renamed to ...', 'changed its name to ...') -> aliases of one entity (GUIDELINES, Types), with a name in another
script or its romanisation written beside it ('Chinese: ...; pinyin: ...', 'Japanese: ..., Hepburn: ...') an alias too
(as the corpus's 'Lim Kok Thay' and 'NETS' files); a stock exchange -> Company (GUIDELINES, Types) with its acronym
('TWSE') an alias, and a listing on it -> no relation; products and product lines ('Donca Matic DA-20', 'Wurlitzer
Sideman', the 'Vox brand name' under which a company makes amplifiers and guitars) -> Service (GUIDELINES: devices),
with provider to the company the text says makes them; a maker named only inside a model's name ('Wurlitzer
Sideman') -> no entity of its own (GUIDELINES, Types); a named building ('the Executive Yuan building') -> Location
(GUIDELINES: named sites and facilities), the body named only inside it no entity; a rail line ('the Keio train line')
-> Service with no provider (no operator named); universities -> Organization; demonyms and adjectives ('German',
'Japanese', 'Taiwanese', 'Chinese sourced') -> nothing.
usage: batch62k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- car audio, Germany: Blaupunkt (a Kiwix dump's copy) -----------------------------------------------------------
BP = "Blaupunkt GmbH"
RB = "Robert Bosch GmbH"
AU = "Aurelius AG"
A["wp-blaupunkt"] = dict(
 # the company -> Company 'Blaupunkt GmbH' (the fullest form), aliases 'Blaupunkt' ('Blaupunkt moved its
 # headquarters', '"Blaupunkt"' the name taken in 1938, 'Blaupunkt products') and 'Ideal' ('Founded in 1923 in Berlin
 # as "Ideal,"': its first name); Robert Bosch GmbH -> Company, aliases 'Robert Bosch AG' ('the company was acquired by
 # Robert Bosch AG in 1933': the same group under its older legal form, the text making Blaupunkt its subsidiary from
 # then until 2009; doubtful: the text does not say the AG became the GmbH, and a reader might keep two entities) and
 # 'Bosch' ("'Bosch era' products"); Aurelius AG ('sold to Aurelius AG of Germany'); Philips and Grundig ('formerly
 # under Philips/Grundig ownership', two companies written with a slash) -> Company; Germany, Berlin, Hildesheim,
 # Portugal, Tunisia, Malaysia, China -> Location. No entity: 'its Aftermarket and Accessories branch' (a branch
 # described, not a company the text goes on to name; doubtful), 'the Second World War' (an event), 'the first
 # FM-capable car radio', 'an in-dash CD player' (unnamed products), 'the brand name', 'German', 'Chinese sourced'
 entities=[E("Company", BP, "Blaupunkt", "Ideal"), E("Company", RB, "Robert Bosch AG", "Bosch"),
           E("Company", AU), E("Location", "Germany"), E("Location", "Berlin"), E("Location", "Hildesheim"),
           E("Location", "Portugal"), E("Company", "Philips"), E("Company", "Grundig"), E("Location", "Tunisia"),
           E("Location", "Malaysia"), E("Location", "China")],
 # No person in the text (the infobox's CEO, Lars Placke, was cut with the infobox)
 roles=[],
 # 'the company was acquired by Robert Bosch AG in 1933' -> acquired(Robert Bosch GmbH, Blaupunkt GmbH) +
 # parentOrganization (also 'It was a 100% subsidiary of Robert Bosch GmbH'); 'It was a 100% subsidiary of Robert Bosch
 # GmbH until 1 March 2009, when its Aftermarket and Accessories branch including the brand name were sold to Aurelius
 # AG' -> acquired(Aurelius AG, Blaupunkt GmbH) + parentOrganization(Blaupunkt GmbH, Aurelius AG) (the sale that ended
 # the subject's time as Bosch's subsidiary, the branch with the brand being what the text goes on to call Blaupunkt;
 # doubtful: a reader might read an asset sale, GUIDELINES 'asset purchases -> nothing', and give nothing).
 # Near-misses: 'this factory was formerly under Philips/Grundig ownership' -> no relation (an unnamed factory, a
 # facility; no company bought); 'The 2011 take-over effectively left Blaupunkt as a managed brand name' -> nothing (no
 # buyer named); 'several changes in ownership' -> nothing; 'all production outsourced to China', 'manufacturing
 # centers in Tunisia ... and Malaysia' -> no partner (no contractor named); "'Bosch era' products" -> nothing more
 relations=acq(RB, BP) + acq(AU, BP),
 outages=[],
 # '1 March 2009', 'late 2015' (-> the year), 'early 2016' (-> the year), '1923', '1933', '1938', '2011' ('Since
 # 2011', 'The 2011 take-over': one text, one value, listed once), '1949', '1983'; 'By the 1960 and 1970s' (a decade,
 # '1960' standing for the 1960s), 'More recently', 'After the Second World War' -> left out
 dates=[D("1 March 2009", "2009-03-01"), D("late 2015", "2015"), D("early 2016", "2016"), D("1923", "1923"),
        D("1933", "1933"), D("1938", "1938"), D("2011", "2011"), D("1949", "1949"), D("1983", "1983")])

# ---- musical instruments, Japan: Korg (the CloudFront host's copy) -------------------------------------------------
KG = "KORG Inc."
A["wp-korg"] = dict(
 # the company -> Company 'KORG Inc.' (the fullest form), aliases 'KORG' ('KORG was founded in 1962'), the Japanese
 # name and its Hepburn romanisation written beside it ('株式会社コルグ', 'Kabushiki-gaisha Korugu'), its first name
 # 'Keio Gijutsu Kenkyujo Ltd.' ('founded ... as Keio Gijutsu Kenkyujo Ltd..', the second full stop the sentence's),
 # 'Keio Electronic Laboratories' ('founded as ...', 'It later became ...') with its Japanese form '京王技術研究所', and
 # 'Keio' ('Keio released a solid-state version'; the same word in 'Keio can be formed by combining the first letters'
 # is the name itself spoken of); Tsutomu Kato (alias 'Kato'), Tadashi Osanai (alias 'Osanai'), Fumio Mieda (alias
 # 'Mieda') -> Person; Tokyo University ('a Tokyo University graduate') -> Organization; Vox ('Under the Vox brand
 # name, they also manufacture guitar amplifiers and electric guitars') -> Service (a product brand; doubtful: a reader
 # might give Company, the brand's own maker of old); Wurlitzer Sideman ('a Wurlitzer Sideman rhythm machine'), Donca
 # Matic DA-20 (aliases 'Disc Rotary Electric Auto Rhythm machine', the device's long name written beside it, and
 # 'DA-20'), Donca matic DE-20 -> Service (devices; GUIDELINES, Types; Wurlitzer named only inside the model's name, so
 # no Company); the Keio train line ('its offices were located near the Keio train line in Tokyo') -> Service (a rail
 # line, no operator named; doubtful: a reader might give Location or leave it); Tokyo -> Location. No entity: '"Donca"'
 # ('The name "Donca" was an onomatopoeic reference': the word spoken of), 'a nightclub', "Kato's club" (unnamed), 'a
 # programmable organ', 'a prototype', 'the Rhythm machine' (unnamed), 'Japanese'
 entities=[E("Company", KG, "KORG", "\u682a\u5f0f\u4f1a\u793e\u30b3\u30eb\u30b0", "Kabushiki-gaisha Korugu",
             "Keio Electronic Laboratories", "Keio Gijutsu Kenkyujo Ltd.", "\u4eac\u738b\u6280\u8853\u7814\u7a76\u6240",
             "Keio"),
           E("Service", "Vox"), E("Location", "Tokyo"), E("Person", "Tsutomu Kato", "Kato"),
           E("Person", "Tadashi Osanai", "Osanai"), E("Service", "Keio train line"),
           E("Organization", "Tokyo University"), E("Service", "Wurlitzer Sideman"),
           E("Service", "Donca Matic DA-20", "Disc Rotary Electric Auto Rhythm machine", "DA-20"),
           E("Service", "Donca matic DE-20"), E("Person", "Fumio Mieda", "Mieda")],
 # 'KORG was founded in 1962 in Tokyo by Tsutomu Kato and Tadashi Osanai' -> cofounder each, current true (two people
 # named together; GUIDELINES, Roles, Founders). Near-misses: 'Osanai, a Tokyo University graduate' -> no role at
 # Tokyo University (a graduate holds no post); 'Fumio Mieda, an engineer seeking to build keyboards' -> no role (no
 # organisation: he came to Kato from outside, and the text never says Keio hired him; a reader might give other at
 # KORG Inc.); 'Before founding the company, Kato ran a nightclub' -> no role (an unnamed club)
 roles=[R("Tsutomu Kato", "cofounder", KG), R("Tadashi Osanai", "cofounder", KG)],
 # 'Under the Vox brand name, they also manufacture guitar amplifiers and electric guitars' -> provider(Vox, KORG
 # Inc.); "The company's first product was ... Donca Matic DA-20" -> provider(Donca Matic DA-20, KORG Inc.); 'Keio
 # released ... the Donca matic DE-20' -> provider(Donca matic DE-20, KORG Inc.). Near-misses: 'a Wurlitzer Sideman
 # rhythm machine' -> no provider (no maker named on its own); 'near the Keio train line' -> no provider and no tie to
 # Keio the company (the firm took the line's name; a reader might want a relation); 'Osanai convinced Kato to finance
 # his efforts' -> nothing (people, no organisation)
 relations=[L("Vox", "provider", KG), L("Donca Matic DA-20", "provider", KG), L("Donca matic DE-20", "provider", KG)],
 outages=[],
 # '1962', '1963', '1966', '1967'; '18 months later', 'Before founding the company' -> left out
 dates=[D("1962", "1962"), D("1963", "1963"), D("1966", "1966"), D("1967", "1967")])

# ---- electronics and appliances, Taiwan: Tatung Company (the 2017 IPFS snapshot's copy) -----------------------------
TC = "Tatung Company"
TW = "Taiwan Stock Exchange"
A["wp-tatung"] = dict(
 # the company -> Company 'Tatung Company', aliases 'Tatung' ('(Tatung; ...', "Tatung's investees", 'Tatung began
 # production'), the Chinese name and its pinyin written beside it ('大同股份有限公司', 'Dàtóng Gǔfèn Yǒuxiàn Gōngsī'),
 # 'Xie Zhi Business Enterprise' ('the forerunner of Tatung Company, was esablished in 1918': the company 'established
 # in 1918' under its first name; doubtful: a reader might keep the forerunner apart), 'Tatung Iron Works' ('In 1939,
 # Tatung Iron Works was established as the company ventured into iron and steel manufacturing', then 'renamed'; read
 # as the company's next name, the text going on 'The company began mass production ...' and 'the company ... was
 # renamed to Tatung Company in 1968'; doubtful: a reader might make it a new unit of the old firm) and 'Tatung Steel
 # and Machinery Manufacturing Company' ('was renamed to ...'); Taiwan Stock Exchange (alias 'TWSE': '(TWSE: 2371)')
 # -> Company (GUIDELINES, Types: stock exchanges); Shang-Zhi Lin -> Person; Zhongshan, Taipei, Taiwan -> Location;
 # 'the Executive Yuan building' -> Location 'Executive Yuan building' (a named building, GUIDELINES: named sites;
 # the government body named only inside it; doubtful: a reader might give Organization 'Executive Yuan' or nothing);
 # 'the ROC administration' -> Location 'ROC' (the Republic of China, a state written by its initials; doubtful: a
 # reader might give Organization for its administration, or nothing). No entity: 'Industrial Appliance BU', 'Motor
 # BU', 'Wire & Cable BU', 'Solar BU', 'Smart Meter BU', 'System Integration BU', 'Appliance BU', 'Advanced Electronics
 # BU' (unit labels that say what each unit makes, generic noun phrases; doubtful: a reader might make eight units with
 # parentOrganization to Tatung Company), 'the Tamsui River embankment project' (a project; the river named only inside
 # it), '"Tatung Boy" mascot' (a mascot, no product), 'color TVs' (unnamed), 'Taiwanese', '2371' (a stock code)
 entities=[E("Company", TC, "Tatung", "\u5927\u540c\u80a1\u4efd\u6709\u9650\u516c\u53f8",
             "D\u00e0t\u00f3ng G\u01d4f\u00e8n Y\u01d2uxi\u00e0n G\u014dngs\u012b", "Xie Zhi Business Enterprise",
             "Tatung Iron Works", "Tatung Steel and Machinery Manufacturing Company"),
           E("Company", TW, "TWSE"), E("Location", "Zhongshan"), E("Location", "Taipei"), E("Location", "Taiwan"),
           E("Person", "Shang-Zhi Lin"), E("Location", "Executive Yuan building"), E("Location", "ROC")],
 # 'Xie Zhi Business Enterprise, the forerunner of Tatung Company, was esablished in 1918 by Shang-Zhi Lin' -> founder
 # at Tatung Company (one person named alone; the forerunner an alias), current true. Near-misses: none else named
 roles=[R("Shang-Zhi Lin", "founder", TC)],
 # No relation. Near-misses: 'In 1962 the company became publicly listed on the Taiwan Stock Exchange' -> no relation
 # (a listing; no ownership, service or partnership); 'holds 3 business groups, which include 8 business units' -> no
 # parentOrganization (the units not annotated, above); "Tatung's investees" -> nothing (unnamed); 'involved in high
 # profile construction projects, including ... the Executive Yuan building' -> nothing (a builder's project; no
 # organisation named as customer); 'Following the arrival of the ROC administration in 1945, Tatung Iron Works was
 # renamed' -> nothing (no state ownership told)
 relations=[],
 outages=[],
 # '1918' ('established in 1918', 'Established in 1918', 'esablished in 1918': one text, one value), '1939', '1945',
 # '1949' ('10 years later in 1949'), '1962', '1968'; 'A year later', '10 years later' -> left out
 dates=[D("1918", "1918"), D("1939", "1939"), D("1945", "1945"), D("1949", "1949"), D("1962", "1962"),
        D("1968", "1968")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
