#!/usr/bin/env python3
"""Batch 18b part 2 gold annotations (the 5 texts of batch18b2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 5 ids sorted, then dealt along test, train, dev, train (the
part's own cycle, as batch 17e's parts).
usage: batch18b2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""gov-uk-beis-newport-wafer-fab-nexperia-acquisition-called-in-2022
gov-uk-desnz-rolls-royce-smr-preferred-bidder-great-british-energy-nuclear-2025
gov-uk-dbt-post-office-green-paper-chair-railton-2025
gov-uk-mod-rupert-pearce-national-armaments-director-2025
us-nist-chips-funding-update-micron-preliminary-terms-2024""".split())
A = {}
A["gov-uk-beis-newport-wafer-fab-nexperia-acquisition-called-in-2022"] = dict(
 entities=[E("Company", "Nexperia"), E("Company", "Newport Wafer Fab"), E("Person", "Kwasi Kwarteng")],
 # 'Business Secretary Kwasi Kwarteng': no country named on its own → no role
 roles=[],
 # 'The acquisition by Nexperia of Newport Wafer Fab' — an acquisition the text treats as made (called in for
 # assessment) but does not say completed → acquired only (guidelines: agreed/not said completed)
 relations=[L("Nexperia", "acquired", "Newport Wafer Fab")],
 outages=[],
 # 'yesterday (Wednesday 25 May)'; the Act's '2021' is part of a law's name (not a time expression of the story)
 dates=[D("yesterday", "2022-05-25"), D("Wednesday 25 May", "2022-05-25")])
A["gov-uk-desnz-rolls-royce-smr-preferred-bidder-great-british-energy-nuclear-2025"] = dict(
 entities=[E("Company", "Rolls-Royce SMR"),
           E("Company", "Great British Energy – Nuclear", "Great British Energy - Nuclear", "Great British Nuclear"),
           E("Company", "Great British Energy")] + locs("UK", "Britain"),
 # both are 'publicly-owned energy companies' (Company); 'Great British Nuclear' is the former name (alias)
 roles=[],
 # near-miss: 'selected as the preferred bidder to partner with ... subject to final government approvals and
 # contract signature' and 'aiming to sign contracts ... later this year' — no partnership yet; the 'joint mission
 # with Great British Energy' is not a stated partnership
 relations=[], outages=[],
 dates=[D("Today", "2025-06-10"), D("Tuesday 10 June", "2025-06-10"), D("later this year", "2025")])
 # 'the mid-2030s', '2-year', 'this Spending Review period' skipped
A["gov-uk-dbt-post-office-green-paper-chair-railton-2025"] = dict(
 entities=[E("Company", "Post Office"), E("Organization", "Government"), E("Person", "Nigel Railton"),
           E("Organization", "Horizon Inquiry"), E("Location", "UK")],
 # the Post Office runs branches and services as a business (Company, as earlier batches' Post Office Ltd);
 # 'Post Office Chair Nigel Railton' → chairman
 roles=[R("Nigel Railton", "chairman", "Post Office")],
 relations=[],  # the 'ownership model' is under consideration; no owner stated
 outages=[],
 dates=[D("today", "2025-07-14"), D("later this year", "2025")])  # '15 years', 'the next decade' skipped
A["gov-uk-mod-rupert-pearce-national-armaments-director-2025"] = dict(
 entities=[E("Person", "Rupert Pearce", "Pearce"), E("Organization", "Ministry of Defence", "MOD"),
           E("Location", "UK"), E("Organization", "UK Armed Forces", "Armed Forces"), E("Company", "Inmarsat"),
           E("Person", "Andy Start")],
 # 'Rupert Pearce as National Armaments Director (NAD) at the Ministry of Defence' → director (announced, current);
 # 'Inmarsat, where he served as CEO for nine years' → ceo, former; 'Andy Start, who has been establishing the new
 # Group as National Armaments Director in an interim capacity' → director (still in post at publication, current);
 # the Defence Secretary and the Prime Minister are not named
 roles=[R("Rupert Pearce", "director", "Ministry of Defence"), R("Rupert Pearce", "ceo", "Inmarsat", False),
        R("Andy Start", "director", "Ministry of Defence")],
 relations=[], outages=[],
 dates=[D("14th October", "2025-10-14")])  # '5-year', '50 years', '16 years', 'nine years' skipped
A["us-nist-chips-funding-update-micron-preliminary-terms-2024"] = dict(
 entities=[E("Person", "Biden"), E("Organization", "CHIPS for America"),
           E("Organization", "U.S. Department of Commerce"), E("Organization", "Biden-Harris Administration"),
           E("Company", "Micron Technology", "Micron")]
          + locs("America", "United States", "Clay", "New York", "Boise", "Idaho", "U.S."),
 # 'President Biden' with 'the United States' named on its own → president of United States
 roles=[R("Biden", "president", "United States")],
 # near-miss: 'a non-binding preliminary memorandum of terms' between a department and a company — funding terms,
 # not a partnership or supply contract; CHIPS for America is 'within the U.S. Department of Commerce' (a programme
 # office, a unit of the department → parentOrganization)
 relations=[L("CHIPS for America", "parentOrganization", "U.S. Department of Commerce")],
 outages=[],
 dates=[D("August 9, 2022", "2022-08-09"), D("April 25, 2024", "2024-04-25")])  # '21st century' skipped

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
