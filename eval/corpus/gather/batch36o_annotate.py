#!/usr/bin/env python3
"""Batch 36o gold annotations (the texts of batch36o.py: the chairman of a Malaysian casino and resort group who
co-founded its cruise arm; the executive chairman of a Singapore property and hotel group and of his father's
conglomerate; one part), written from each text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-kwek-leng-beng -> test, wp-lim-kok-thay -> train.
Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates); a repeated date with the same
text is one item. Conventions as batches 27a-36p (GUIDELINES.md part 2): 'executive chairman' -> chairman; a
founder named as such ('the company's founder', 'founded by his father') -> founder, current (the lane's convention,
also where the text does not say whether he lives); 'co-founder' -> cofounder, current; named hotels, buildings and
resorts -> Location; hotel purchases and stakes in hotels (assets, not organisations) -> no relation.
usage: batch36o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Malaysia --------------------------------------------------------------------------------------------------------
LKT = "Lim Kok Thay"
GG = "Genting Group"
GHK = "Genting Hong Kong Limited"
A["wp-lim-kok-thay"] = dict(
 # the subject with 'Lim' and his Chinese and Hokkien names as aliases ('Tan Sri' is an honorific, inside the
 # span); Genting Group with 'Genting Berhad' as alias ('Genting Malaysia Berhad & Genting Berhad, also known as
 # Genting Group': read as the holding company's other name; doubtful, the phrase may cover both companies) and
 # Genting Malaysia Berhad as its own Company; Genting Hong Kong Limited with its former names 'Star Cruises
 # Limited' and 'Star Cruises' as aliases; Norwegian Cruise Line -> Company; University of London, Harvard Business
 # School -> Organization; 'the US' -> Location; 'Malaysian Chinese' (a people), 'the world' -> nothing
 entities=[E("Person", LKT, "Lim", "\u6797\u56fd\u6cf0", "\u6797\u570b\u6cf0", "L\u00eem Kok-Th\u00e0i"),
           E("Company", GG, "Genting Berhad"), E("Person", "Lim Goh Tong"),
           E("Company", "Genting Malaysia Berhad"), E("Company", GHK, "Star Cruises Limited", "Star Cruises"),
           E("Company", "Norwegian Cruise Line"), E("Organization", "University of London"),
           E("Organization", "Harvard Business School"), E("Location", "US")],
 # 'He is the chairman of Genting Group' and 'the chairman and board executive of Genting Malaysia Berhad & Genting
 # Berhad' -> chairman at Genting Group (one item) and chairman at Genting Malaysia Berhad, current; 'board
 # executive' -> no second role (doubtful: executive could be argued; read as part of the chair's board title);
 # 'the co-founder of Genting Hong Kong Limited' -> cofounder, current; 'Lim Goh Tong, the company's founder' ->
 # founder at Genting Group, current (convention); 'the second son of' -> nothing
 roles=[R(LKT, "chairman", GG), R(LKT, "chairman", "Genting Malaysia Berhad"), R(LKT, "cofounder", GHK),
        R("Lim Goh Tong", "founder", GG)],
 # 'Star Cruises, together with Norwegian Cruise Line was in 2011 the third largest cruise operator ..., with a
 # combined fleet' -> nothing (doubtful: a combined operator implies a tie-up or holding, but no partnership, stake or
 # purchase is stated); Genting Malaysia Berhad under Genting Berhad -> nothing (not stated); Genting Hong Kong's tie
 # to Genting Group -> nothing (only the shared name and co-founder)
 relations=[],
 outages=[],
 # published null; 'born 16 August 1951' -> '1951-08-16'; 'in 2011' -> '2011'; 'in 1979' -> '1979'
 dates=[D("16 August 1951", "1951-08-16"), D("2011", "2011"), D("1979", "1979")])

# ---- Singapore -------------------------------------------------------------------------------------------------------
KLB = "Kwek Leng Beng"
CDL = "City Developments Limited"
HLG = "Hong Leong Group Singapore"
MC = "Millennium &Copthorne Hotels"
A["wp-kwek-leng-beng"] = dict(
 # the subject with 'Kwek' as alias (his father is named in full once; the bare surname, also in "Kwek's father" and
 # "Kwek's birth", is the subject's); City Developments Limited ('CDL'); Hong Leong Group Singapore with 'Hong
 # Leong' as alias ('a diversified conglomerate founded by his father in 1941' and 'founded general trading firm Hong
 # Leong a few months after Kwek's birth' read as one firm; doubtful); Millennium &Copthorne Hotels (written as the
 # copy has it), the London Stock Exchange, Las Vegas Sands, Forbes ('the magazine') -> Company; the named hotels,
 # buildings and resort (The Gloucester, Millennium Hotel, the Plaza Hotel, King's Hotel, Republic Plaza, The Sail @
 # Marina Bay, Marina Bay Sands) -> Location; New York, Singapore, Tongan, Fujian, China -> Location; Al Waleed bin
 # Talal, Kwek Hong Png, Tan Cheng Neo -> Person; 'Saudi', World War II -> nothing
 entities=[E("Person", KLB, "Kwek"), E("Company", CDL, "CDL"), E("Company", HLG, "Hong Leong"),
           E("Location", "The Gloucester"), E("Location", "New York"), E("Location", "Millennium Hotel"),
           E("Location", "Plaza Hotel"), E("Person", "Al Waleed bin Talal"), E("Company", MC),
           E("Company", "London Stock Exchange"), E("Location", "Singapore"), E("Location", "King's Hotel"),
           E("Location", "Republic Plaza"), E("Location", "The Sail @ Marina Bay"),
           E("Location", "Marina Bay Sands"), E("Company", "Las Vegas Sands"), E("Company", "Forbes"),
           E("Person", "Kwek Hong Png"), E("Person", "Tan Cheng Neo"), E("Location", "Tongan"),
           E("Location", "Fujian"), E("Location", "China")],
 # 'the executive chairman of City Developments Limited (CDL) and Hong Leong Group Singapore' -> chairman at both,
 # current; 'founded by his father' and 'Kwek's father ... founded general trading firm Hong Leong' (the father
 # named as Kwek Hong Png in the sentence before) -> founder at Hong Leong Group Singapore, current (convention)
 roles=[R(KLB, "chairman", CDL), R(KLB, "chairman", HLG), R("Kwek Hong Png", "founder", HLG)],
 # 'He merged CDL's hotel chains into Millennium &Copthorne Hotels' -> parentOrganization(M&C, CDL) (doubtful: the
 # text says CDL's chains went into it, not in so many words that CDL owns it); 'the early bidding for Marina Bay
 # Sands through a partnership with Las Vegas Sands,though CDL withdrew in 2006' -> partner(CDL, Las Vegas Sands)
 # (a joint bid, GUIDELINES; ended in 2006, recorded as past relations are; doubtful: the sentence's subject is
 # 'He', CDL only named as the one that withdrew); hotel acquisitions and 'an 80% stake in the Plaza Hotel' (assets)
 # -> nothing; the listing on the London Stock Exchange -> nothing
 relations=[L(MC, "parentOrganization", CDL), L(CDL, "partner", "Las Vegas Sands")],
 outages=[],
 # published null; 'born 27 January 1941' and 'born on 27 January 1941' -> one item; 'in 1941' -> '1941'; 'in
 # January 2026' -> '2026-01'; 'a few months after Kwek's birth' -> nothing
 dates=[D("27 January 1941", "1941-01-27"), D("1941", "1941"), D("1995", "1995"), D("1996", "1996"),
        D("1968", "1968"), D("1998", "1998"), D("2002", "2002"), D("2006", "2006"),
        D("January 2026", "2026-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
