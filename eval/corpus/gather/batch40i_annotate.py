#!/usr/bin/env python3
"""Batch 40i gold annotations (the text of batch40i.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-fujitsu-job-cuts-ubs-warburg-izumi-nec-matsushita-3g-sony-handycam-2001 -> test. Relative dates resolve
against the story's `published` (from its address and heading): 2001-08-24 (a Friday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j and 40e): 'a technology analyst
at investment bank X' -> analyst at X; two makers that 'will join forces' and 'will jointly work on developing' a
product -> partner, direction as written (as batch 38o's 'will team up'); a named camera model and its maker -> Service
with the maker as provider (as batches 38t, 38v, 39j and 40e for consoles and car models); a wireless technology named
with no maker ('a new wireless technology system called Bluetooth') -> Service, no provider (doubtful); 'in October'
-> that month of the story's year. No outage is told (job cuts, an alliance, a product launch, a profit ranking).
usage: batch40i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather41i/pool /tmp/gather41i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Fujitsu's job cuts, NEC and Matsushita on 3G phones, Sony's Network Handycam (published 2001-08-24) -----------
A["voa-fujitsu-job-cuts-ubs-warburg-izumi-nec-matsushita-3g-sony-handycam-2001"] = dict(
 # 'Japanese technology giant, Fujitsu,' / 'Fujitsu' / "Fujitsu's move" -> Company ('The company', 'the firm': no
 # aliases); 'Japan' (three times, "Japan's"), 'Tokyo', 'Europe', 'the U.S. economy' (in Izumi's quotation) ->
 # Location ('U.S.' as written); 'Yoshiharu Izumi' -> Person (then only 'He'/'he': no alias); 'investment bank UBS
 # Warburg' -> Company; 'NEC', 'Matsushita' -> Company (each named alone, four and three times); 'Japanese giant
 # Sony' / 'Sony says' -> Company; 'its Network Handycam' -> Service (a camera model); 'a new wireless technology
 # system called Bluetooth' -> Service (a wireless technology users use; doubtful: a standard, no maker named);
 # 'Toyota' -> Company. Left out: 'third generation mobile phones' (a class of product, unnamed), 'the world's first
 # digital video camera' (the Network Handycam itself, no other name)
 entities=[E("Company", "Fujitsu"), E("Person", "Yoshiharu Izumi"), E("Company", "UBS Warburg"),
           E("Company", "NEC"), E("Company", "Matsushita"), E("Company", "Sony"), E("Service", "Network Handycam"),
           E("Service", "Bluetooth"), E("Company", "Toyota")]
          + locs("Japan", "Tokyo", "U.S.", "Europe"),
 # 'Yoshiharu Izumi is a technology analyst at investment bank UBS Warburg in Tokyo' -> analyst at UBS Warburg
 roles=[R("Yoshiharu Izumi", "analyst", "UBS Warburg")],
 # 'NEC and Matsushita have announced that they will jointly work on developing so-called third generation mobile
 # phones' ('will join forces') -> partner(NEC, Matsushita), direction as written (the same pair are partners in a
 # train and a dev text on their 2002 ventures; here another alliance); "Sony says its Network Handycam" ->
 # provider(Network Handycam, Sony). Bluetooth: no maker named -> no provider. Fujitsu and its 'two of its main
 # rivals' (NEC, Matsushita): rivalry, no relation
 relations=[L("NEC", "partner", "Matsushita"), L("Network Handycam", "provider", "Sony")],
 outages=[],
 # 'Sony says that in October it will release' -> 'October' 2001-10 (the coming October of the story's year). Left
 # out: 'For the second year in a row' (a count of years, not a calendar value), 'almost half', durations none
 dates=[D("October", "2001-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
