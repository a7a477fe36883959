#!/usr/bin/env python3
"""Batch 38m gold annotations (the texts of batch38m.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-chinese-computer-maker-lenovo-buys-ibm-pc-business-2004 -> test,
voa-gm-daewoo-motor-takeover-agreement-2001 -> train, voa-japan-airlines-japan-air-system-merge-docomo-nokia-alliance-2001
-> dev. Relative dates resolve against each story's `published` (from its address): 2001-11-16, 2001-09-21 (a Friday),
2004-12-08 (a Wednesday).
Conventions (GUIDELINES.md part 2; the company lanes of batches 37e/37m/37u): a merger where the text does not say who
buys whom -> no relation; an agreed takeover -> `acquired` only (not completed, so no parentOrganization); a purchase of
a company's unnamed business (not a named company) -> nothing; a stated strategic alliance -> partner, in the order
written; 'president and chief executive' -> president and ceo; an executive who 'will leave' keeps his post
(current true) and the post he is to take is current true too. 'U.S.' in 'U.S. car giant' is annotated as a Location
(as the train set's Wikinews files do).
usage: batch38m_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39m/pool /tmp/gather39m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Japan: JAL-JAS merger plan, DoCoMo-Nokia alliance, Mazda's half year (published 2001-11-16, a Friday) -----------
JAL, JAS, DCM = "Japan Airlines", "Japan Air System", "NTT DoCoMo"
A["voa-japan-airlines-japan-air-system-merge-docomo-nokia-alliance-2001"] = dict(
 # 'Japan Airlines' / "JAL's", 'Japan Air System' / 'JAS', 'NTT DoCoMo' / 'DoCoMo', 'Nokia of Finland', 'Mazda' ->
 # Company; 'Hiromi Funabiki' / 'Mr. Funabiki', 'Keiji Tachikawa' -> Person; "Japan's" (twice), 'the United States',
 # 'Finland' -> Location ('Japanese' is an adjective: nothing)
 entities=[E("Company", JAL, "JAL"), E("Company", JAS, "JAS"), E("Company", DCM, "DoCoMo"), E("Company", "Nokia"),
           E("Company", "Mazda"), E("Person", "Hiromi Funabiki", "Funabiki"), E("Person", "Keiji Tachikawa")]
          + locs("Japan", "United States", "Finland"),
 # 'Hiromi Funabiki is president of Japan Air System' -> president; 'Keiji Tachikawa is president and chief executive
 # of DoCoMo' -> president and ceo (both posts named)
 roles=[R("Hiromi Funabiki", "president", JAS), R("Keiji Tachikawa", "president", DCM),
        R("Keiji Tachikawa", "ceo", DCM)],
 # 'NTT DoCoMo ... says it will ally with the world's largest mobile phone maker, Nokia of Finland' ('a strategic
 # alliance'; they 'will jointly standardize technologies' and 'work on browsing, messaging and other software') ->
 # partner, DoCoMo first as written. JAL 'will integrate its operations with Japan Air System' / 'a plan to merge':
 # a merger that does not say who buys whom -> nothing (GUIDELINES.md, Relations). Mazda's profit: no relation
 relations=[L(DCM, "partner", "Nokia")],
 outages=[],
 # 'the September 11 terror attacks' -> 'September 11' 2001-09-11; 'next year' (Tachikawa's Nokia product) -> 2002;
 # 'the same period last year' -> 'last year' 2000 (doubtful: Mazda's half is a fiscal half, April-September; the
 # year is still 2000); 'the full fiscal year ending in March' -> 'March' 2002-03. Left out: 'the first six months of
 # the year' (a fiscal half, not a calendar one: skipped, as fiscal quarters are), '30 years', 'the next five years'
 # (durations)
 dates=[D("September 11", "2001-09-11"), D("next year", "2002"), D("last year", "2000"), D("March", "2002-03")])

# ---- South Korea: GM's agreement to take over Daewoo Motor (published 2001-09-21, a Friday) --------------------------
GM, DW = "General Motors", "Daewoo Motor"
A["voa-gm-daewoo-motor-takeover-agreement-2001"] = dict(
 # 'General Motors' (three times) -> Company; 'Daewoo Motor' / "Daewoo's creditors" -> Company, alias 'Daewoo';
 # 'U.S.' (twice), "South Korea's", 'Seoul' -> Location ('South Korean' an adjective; 'The South Korean government'
 # is not named as a body: nothing; 'Asian financial crisis' an event: nothing)
 entities=[E("Company", GM), E("Company", DW, "Daewoo")] + locs("U.S.", "South Korea", "Seoul"),
 roles=[],
 # 'General Motors has reached agreement with Daewoo Motor to takeover the bankrupt South Korean car company' -> an
 # agreed takeover: acquired only, not completed ('A memorandum of understanding was signed', 'intend to invest
 # $400 million in exchange for 67 percent of the joint venture', 'expected to be formalized by the end of the year'),
 # so no parentOrganization (doubtful: a memorandum of understanding; a second annotator may read it as talks). The
 # 'joint venture' and GM's 'alliance partners' are not named: no partner
 relations=[L(GM, "acquired", DW)],
 outages=[],
 # 'Friday' -> 2001-09-21 (= published); 'the end of the year' -> 2001 (GUIDELINES.md: 'the end of last year' -> the
 # year); '1997'
 dates=[D("Friday", "2001-09-21"), D("the end of the year", "2001"), D("1997", "1997")])

# ---- China: Lenovo buys IBM's personal computer business (published 2004-12-08, a Wednesday) ------------------------
A["voa-chinese-computer-maker-lenovo-buys-ibm-pc-business-2004"] = dict(
 # 'IBM' / "IBM's", 'Lenovo', 'Dell', 'Hewlett-Packard', 'the technology research firm Gartner' -> Company; 'Stephen
 # Ward' / 'Mr. Ward', 'Martin Gillaland' -> Person; 'U.S.' (twice), 'China' / "China's", 'Beijing', 'New York',
 # 'Singapore' -> Location ('Chinese', 'Western' adjectives: nothing)
 entities=[E("Company", "IBM"), E("Company", "Lenovo"), E("Company", "Dell"), E("Company", "Hewlett-Packard"),
           E("Company", "Gartner"), E("Person", "Stephen Ward", "Ward"), E("Person", "Martin Gillaland")]
          + locs("U.S.", "China", "Beijing", "New York", "Singapore"),
 # 'Stephen Ward, an IBM senior vice president, will leave the company to head the restructured Lenovo' -> vice-
 # president of IBM (senior vice president -> vice-president), current true (he 'will leave': not yet left), and
 # head of Lenovo, current true (a post he is announced to take; 'head' as written, the text names no title);
 # 'Martin Gillaland, an analyst in Singapore with the technology research firm Gartner' -> analyst of Gartner
 roles=[R("Stephen Ward", "vice-president", "IBM"), R("Stephen Ward", "head", "Lenovo"),
        R("Martin Gillaland", "analyst", "Gartner")],
 # 'Lenovo ... says it bought IBM's personal computer manufacturing business for $1.25 billion': the business bought
 # is an unnamed part of IBM, not a named company, so no acquired and no parentOrganization (doubtful: the train text
 # wp-lenovo names it 'PC Division' and has acquired(Lenovo, PC Division); here no name is given). Ward's 'The
 # relationship with Lenovo' is the sale itself, not a stated partnership: no partner. Dell and Hewlett-Packard are
 # only ranked: nothing
 relations=[],
 outages=[],
 # 'announced Wednesday', 'said Wednesday' -> 'Wednesday' 2004-12-08 (= published, one item); '1981'. Left out:
 # '13 months' and 'decades' (durations)
 dates=[D("Wednesday", "2004-12-08"), D("1981", "1981")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
