#!/usr/bin/env python3
"""Batch 70ah gold annotations (session 64; the texts of batch70ah.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-70ab; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'In the mid-1880s' (a decade's
part) and 'in August' (a month without a year of its own; doubtful: 1874 by the context) left out; a life span's years
('1900\u20131971') each their year, as batch 70d listed a life span's dates. No text tells an outage, so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70ab): founders (GUIDELINES part 2, Roles,
'Founders'): 'the founder of Chow Tai Fook', 'founded by S. K. Burman' -> founder; 'a ... department store chain
founded in 1867' with 'On 3 July 1867, Mary Jane and Charlotte Milne took over the drapery shop ... The business was
renamed Misses Milne' -> cofounder each (the two named together as starting the business in its founding year; doubtful:
the text does not write 'founded by'); 'chairman of New World Development', 'The current chairman, Dr. Anand Burman'
-> chairman; 'vice-chairman Amit Burman' -> executive (GUIDELINES: vice chairman -> executive); 'Henry Choyce served as
managing director' -> director (GUIDELINES: managing director -> director), current true (the text does not say he
left); all roles current true. No role: 'Cheng Yu-tung, Chow's son-in-law, took over Chow's business' (no title;
doubtful), 'C.L. Burman, set up Dabur's first R&D unit', 'G.C Burman decided to move the factory' (no title), 'business
historian Sonu Bhasin' (no organisation). No relation: 'Henry Charles Choyce took over her share in the company' (a
person's share), 'the Misses Milne acquired the drapery shop of Mr. B. Cass' (a shop bought from a person, an asset
purchase), '131 Queen Street was purchased' (a building), 'situated "between the banks [Bank of New South Wales, Bank
of New Zealand]"' (neighbours). Types: the text's other names of a company ('later trading as Milnes', 'renamed Misses
Milne', 'renamed to M. & C. Milne', 'Milne & Choyce'; 'Dabur') -> aliases of the company under its fullest name ('Milne
& Choyce Ltd.', 'Dabur Ltd'); a surname alone ('Chow', 'Cheng') and a name in Chinese characters ('鄭裕彤') -> aliases of
the person; a person named by given names only ('Mary Jane', her surname carried by 'Charlotte Milne') -> Person under
that name (doubtful); 'Dr.' left out of names; a city's older name ('Canton', 'Calcutta') -> an alias of the city; a
building ('Cheapside House'), streets ('Queen Street', 'Wyndham Street', 'Albert Street', 'Wellesley Street', "Queen's
Road Central"), an island ('the North Island'), cities, a province, a region and countries -> Location; banks -> Company.
No entity: 'Mr and Mrs Wison' (a couple named by a title and surname; doubtful), '131 Queen Street' (an address, its
street annotated), 'Second Sino-Japanese War' (an event), 'Ayurvedic', 'FMCG', 'Indian', demonyms and generic noun
phrases ('the consumer care business', 'the international business unit').
usage: batch70ah_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- jewellery retail, Hong Kong: Chow Chi-yuen (en.wikipedia.org) ---------------------------------------------------
CY, CTF, CH, NWD = "Chow Chi-yuen", "Chow Tai Fook", "Cheng Yu-tung", "New World Development"
A["wp-chow-chi-yuen"] = dict(
 # the man -> Person 'Chow Chi-yuen' (alias 'Chow'); Chow Tai Fook, New World Development -> Company; Cheng Yu-tung
 # (aliases his name in Chinese characters, 'Cheng') -> Person; Hong Kong, Shunde, Guangdong, China, Guangzhou (alias
 # 'Canton'), Macau, "Queen's Road Central" -> Location. No entity: 'the Second Sino-Japanese War' (an event)
 entities=[E("Person", CY, "Chow"), E("Location", "Hong Kong"), E("Company", CTF),
           E("Person", CH, "\u912d\u88d5\u5f64", "Cheng"), E("Company", NWD), E("Location", "Shunde"),
           E("Location", "Guangdong"), E("Location", "China"), E("Location", "Guangzhou", "Canton"),
           E("Location", "Macau"), E("Location", "Queen's Road Central")],
 # 'the founder of Chow Tai Fook' -> founder; 'Cheng Yu-tung (...), chairman of New World Development' -> chairman;
 # both current true. No role: 'took over Chow's business' (no title; doubtful)
 roles=[R(CY, "founder", CTF), R(CH, "chairman", NWD)],
 # no relation stated between two organisations (a son-in-law's takeover of the business is a person's)
 relations=[],
 outages=[],
 # '1900', '1971' (his life span), '1929', '1931', '1946', '1956', '1960'
 dates=[D("1900", "1900"), D("1971", "1971"), D("1929", "1929"), D("1931", "1931"), D("1946", "1946"),
        D("1956", "1956"), D("1960", "1960")])

# ---- consumer goods, India: Dabur (en.m.wikipedia.org) ---------------------------------------------------------------
DL = "Dabur Ltd"
A["wp-dabur"] = dict(
 # the company -> Company 'Dabur Ltd' (alias 'Dabur'); S. K. Burman, C.L. Burman, G.C Burman, Sonu Bhasin, Anand
 # Burman, Amit Burman -> Person; Ghaziabad, India, Kolkata (alias 'Calcutta'), Bengal, Delhi -> Location. No entity:
 # 'Burman' in 'daktar (doctor) and Burman' (the word the name is made of; not one person's alias), 'FMCG', 'Indian'
 entities=[E("Company", DL, "Dabur"), E("Person", "S. K. Burman"), E("Location", "Ghaziabad"), E("Location", "India"),
           E("Location", "Kolkata", "Calcutta"), E("Location", "Bengal"), E("Person", "C.L. Burman"),
           E("Person", "G.C Burman"), E("Location", "Delhi"), E("Person", "Sonu Bhasin"), E("Person", "Anand Burman"),
           E("Person", "Amit Burman")],
 # 'founded by S. K. Burman' -> founder; 'The current chairman, Dr. Anand Burman' -> chairman; 'vice-chairman Amit
 # Burman' -> executive; all current true. No role: C.L. Burman, G.C Burman (no title), Sonu Bhasin (no organisation)
 roles=[R("S. K. Burman", "founder", DL), R("Anand Burman", "chairman", DL), R("Amit Burman", "executive", DL)],
 relations=[],
 outages=[],
 # '1884'; left out: 'In the mid-1880s' (a decade's part)
 dates=[D("1884", "1884")])

# ---- retail, New Zealand: Milne & Choyce (wikiwand.com's copy) -------------------------------------------------------
MC = "Milne & Choyce Ltd."
A["wp-milne-and-choyce"] = dict(
 # the store business -> Company 'Milne & Choyce Ltd.' (aliases 'Milne & Choyce', 'Milnes', 'Misses Milne', 'M. & C.
 # Milne'); Bank of New South Wales, Bank of New Zealand -> Company; Mary Jane, Charlotte Milne, B. Cass, Henry Charles
 # Choyce ('Henry Choyce'), John McGarrigle -> Person; New Zealand, North Island, Queen Street, Wyndham Street, Albert
 # Street, Cheapside House, Wellesley Street, Auckland -> Location. No entity: 'Mr and Mrs Wison' (doubtful), '131
 # Queen Street' (an address)
 entities=[E("Company", MC, "Milne & Choyce", "Milnes", "Misses Milne", "M. & C. Milne"),
           E("Location", "New Zealand"), E("Location", "North Island"), E("Location", "Queen Street"),
           E("Person", "Mary Jane"), E("Person", "Charlotte Milne"), E("Location", "Wyndham Street"),
           E("Location", "Albert Street"), E("Person", "B. Cass"), E("Location", "Cheapside House"),
           E("Location", "Wellesley Street"), E("Person", "Henry Charles Choyce", "Henry Choyce"),
           E("Person", "John McGarrigle"), E("Location", "Auckland"), E("Company", "Bank of New South Wales"),
           E("Company", "Bank of New Zealand")],
 # the chain 'founded in 1867'; 'On 3 July 1867, Mary Jane and Charlotte Milne took over the drapery shop ... The
 # business was renamed Misses Milne' -> cofounder each (doubtful); 'Henry Choyce served as managing director' ->
 # director; all current true
 roles=[R("Mary Jane", "cofounder", MC), R("Charlotte Milne", "cofounder", MC),
        R("Henry Charles Choyce", "director", MC)],
 # near-misses, no relation: the drapery shop of Mr. B. Cass acquired (an asset bought from a person), Henry Charles
 # Choyce's taking over of a share, a building purchased, the banks as neighbours
 relations=[],
 outages=[],
 # '1867', '1992', '3 July 1867', 'July 1874', '1875', '1876', 'September 1876', '1887', '1901', '1908', '6 September
 # 1909'; left out: 'in August' (no year of its own)
 dates=[D("1867", "1867"), D("1992", "1992"), D("3 July 1867", "1867-07-03"), D("July 1874", "1874-07"),
        D("1875", "1875"), D("1876", "1876"), D("September 1876", "1876-09"), D("1887", "1887"), D("1901", "1901"),
        D("1908", "1908"), D("6 September 1909", "1909-09-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
