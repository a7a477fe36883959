#!/usr/bin/env python3
"""Batch 17b gold annotations (the texts of batch17b.py; the ten Scottish Parliament ones were left out by licence after
annotation, their ids kept in IDS), written from each text alone before newskg was run on any of them. Split rule fixed
before annotation: the 16 ids sorted, then dealt along test, train, dev, train (the batch's own cycle, as every
sub-batch since 8b).
usage: batch17b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, people
import batch10_annotate as b10

IDS = sorted("""gao-report-auto-industry-treasury-loans-chrysler-holding-general-motors-2009
gao-testimony-american-airlines-us-airways-proposed-merger-doj-review-2013
gao-testimony-united-continental-merger-delta-northwest-acquisition-2010
hansard-commons-adjournment-debate-shipbuilding-ferguson-marine-calmac-cmal-2021
sp-committee-petroineos-grangemouth-refinery-hardie-ineos-pritchard-2024
sp-committee-prestwick-airport-ts-prestwick-holdco-board-transport-scotland-2014
sp-committee-scottish-water-business-stream-asset-director-mercer-2007
sp-debate-burntisland-fabrications-jv-driver-acquisition-discussion-rowley-2020
sp-members-debate-diageo-closures-kilmarnock-johnnie-walker-coffey-2009
sp-statement-burntisland-fabrications-bifab-beatrice-offshore-windfarm-contract-2018
sp-statement-ferguson-marine-engineering-administrators-deloitte-public-control-mackay-2019
sp-statement-gfg-alliance-alvance-british-aluminium-simec-lochaber-hydropower-mckee-2025
sp-statement-glasgow-prestwick-airport-infratil-subsidiary-public-ownership-sturgeon-2013
sp-topical-question-ferguson-marine-nationalisation-caledonian-maritime-assets-sweeney-2021
uk-parliament-scottish-affairs-committee-salmon-farming-mowi-scottish-sea-farms-2024
uk-parliament-welsh-affairs-committee-tata-steel-narendran-nair-port-talbot-2024""".split())
A = {}
# Conventions (GUIDELINES part 2 and batches 16b-16i): legislators, conveners and presiding officers -> no role;
# ministers -> minister with the country as org only where the text names the country on its own; political parties
# -> not annotated; a body the text presents as a government agency -> Organization; airports and plants -> not
# companies (asset purchases -> nothing); a merger with no buyer stated -> nothing.

# ---- GAO ----------------------------------------------------------------------------------------------------------
A["gao-report-auto-industry-treasury-loans-chrysler-holding-general-motors-2009"] = dict(
 # programmes (AIFP, TARP) are not entities; loans are no relation the guidelines define
 entities=[E("Location", "United States", "U.S."), E("Organization", "Department of the Treasury", "Treasury"),
           E("Company", "Chrysler Holding LLC", "Chrysler"), E("Company", "General Motors", "GM"),
           E("Organization", "GAO")],
 roles=[], relations=[], outages=[],
 dates=[D("December 2008", "2008-12"), D("March 2009", "2009-03")])
A["gao-testimony-american-airlines-us-airways-proposed-merger-doj-review-2013"] = dict(
 # 'the proposed merger between American Airlines (American) and US Airways': no buyer stated -> nothing (near-miss)
 entities=[E("Organization", "Department of Justice", "DOJ"), E("Company", "American Airlines", "American"),
           E("Company", "US Airways"), E("Organization", "Department of Transportation", "DOT"), E("Organization", "GAO"),
           E("Company", "United"), E("Location", "U.S.")],
 roles=[], relations=[], outages=[], dates=[])
A["gao-testimony-united-continental-merger-delta-northwest-acquisition-2010"] = dict(
 # United/Continental 'announced plans to merge ... signed a merger agreement': no buyer stated -> nothing;
 # 'the acquisition of Northwest Airlines by Delta Air Lines (Delta) in 2008' (done) -> acquired + parentOrganization
 entities=[E("Company", "United Air Lines", "United"), E("Company", "Continental Airlines", "Continental"),
           E("Company", "Northwest Airlines", "Northwest"), E("Company", "Delta Air Lines", "Delta"),
           E("Location", "United States"), E("Organization", "Department of Justice", "DOJ"), E("Organization", "GAO"),
           E("Organization", "Department of Transportation", "DOT")],
 roles=[],
 relations=[L("Delta Air Lines", "acquired", "Northwest Airlines"), L("Northwest Airlines", "parentOrganization", "Delta Air Lines")],
 outages=[], dates=[D("Earlier this month", "2010-05"), D("2008", "2008")])
# ---- UK Parliament --------------------------------------------------------------------------------------------------
A["hansard-commons-adjournment-debate-shipbuilding-ferguson-marine-calmac-cmal-2021"] = dict(
 # 'CalMac ... whose ships are acquired for it by Caledonian Maritime Assets Ltd, or CMAL; both are Scottish Government
 # agencies' -> both Organization (presented as agencies), parentOrganization of each, and partner(CMAL, CalMac) (it
 # procures CalMac's ships); 'Ferguson was saved by the intervention of Jim McColl' -> nothing; the CMAL tender -> nothing
 entities=[E("Person", "Wheeler"), E("Organization", "Caledonian MacBrayne", "CalMac"),
           E("Organization", "Caledonian Maritime Assets Ltd", "CMAL"), E("Organization", "Scottish Government"),
           E("Company", "Ferguson Marine Engineering Ltd", "Ferguson"), E("Person", "Jim McColl")]
 + locs("Clyde", "Scotland", "Port Glasgow"),
 roles=[],
 relations=[L("Caledonian MacBrayne", "parentOrganization", "Scottish Government"),
            L("Caledonian Maritime Assets Ltd", "parentOrganization", "Scottish Government"),
            L("Caledonian Maritime Assets Ltd", "partner", "Caledonian MacBrayne")],
 outages=[], dates=[D("2014", "2014")])
A["uk-parliament-scottish-affairs-committee-salmon-farming-mowi-scottish-sea-farms-2024"] = dict(
 # witness list 'Name, Title, Organisation': 'Head of ...' -> head; 'Chief Operating Officer, Farming (Scotland), Mowi'
 # -> coo at Mowi; 'Senior Scientific Officer', 'Aquaculture Policy Officer' -> other; the chair (an MP) -> no role
 entities=[E("Organization", "Scottish Affairs Committee", "Scottish Affairs Select Committee"),
           E("Organization", "House of Commons")]
 + people("Kirsteen Sullivan", "Maureen Burke", "Harriet Cross", "Lillian Jones", "Douglas McAllister", "Angus MacDonald",
          "Susan Murray", "Elaine Stewart", "Sarah Evans", "James Park", "Ben Hadfield", "Anne Anderson")
 + [E("Person", "Sean Black", "Sean"), E("Organization", "RSPCA"), E("Organization", "Marine Conservation Society"),
    E("Organization", "Salmon Scotland"), E("Company", "Mowi"), E("Company", "Scottish Sea Farms"), E("Location", "Scotland")],
 roles=[R("Sean Black", "other", "RSPCA"), R("Sarah Evans", "other", "Marine Conservation Society"),
        R("James Park", "head", "Salmon Scotland"), R("Ben Hadfield", "coo", "Mowi"),
        R("Anne Anderson", "head", "Scottish Sea Farms")],
 relations=[], outages=[],
 dates=[D("Wednesday 4 December 2024", "2024-12-04"), D("4 December 2024", "2024-12-04"), D("this morning", "2024-12-04")])
A["uk-parliament-welsh-affairs-committee-tata-steel-narendran-nair-port-talbot-2024"] = dict(
 # 'Global Chief Executive and Managing Director of Tata Steel' / 'Global CEO and Managing Director' -> ceo and director;
 # 'Chief Executive of Tata Steel UK' -> ceo; 'General Secretary, Community' (a union) -> head; 'Minister for Economy at
 # the Welsh Government' with Wales named on its own -> minister (Wales); 'Secretary of State for Wales' with the UK
 # named on its own -> minister (UK) (doubtful); Tata Steel UK's owner is not stated -> no relation
 entities=[E("Organization", "Welsh Affairs Committee", "Committee"), E("Company", "Tata Steel"), E("Company", "Tata Steel UK"),
           E("Person", "T. V. Narendran"), E("Person", "Rajesh Nair"), E("Organization", "Welsh Government"),
           E("Person", "Vaughan Gething"), E("Person", "David T.C. Davies"), E("Organization", "GMB Union"),
           E("Organization", "Unite"), E("Organization", "Community"), E("Person", "Alasdair McDiarmid")]
 + locs("Port Talbot", "UK", "Wales"),
 roles=[R("T. V. Narendran", "ceo", "Tata Steel"), R("T. V. Narendran", "director", "Tata Steel"),
        R("Rajesh Nair", "ceo", "Tata Steel UK"), R("Alasdair McDiarmid", "head", "Community"),
        R("Vaughan Gething", "minister", "Wales"), R("David T.C. Davies", "minister", "UK")],
 relations=[], outages=[],
 dates=[D("Wednesday 31 January", "2024-01-31"), D("Wednesday 31 January at 9.30am", "2024-01-31T09:30"),
        D("9.30am", "2024-01-31T09:30"), D("10.15am", "2024-01-31T10:15"), D("2.15pm", "2024-01-31T14:15"),
        D("3pm", "2024-01-31T15:00")])
# ---- Scottish Parliament: committees --------------------------------------------------------------------------------
# ---- Scottish Parliament: chamber -----------------------------------------------------------------------------------
for v in A.values():
    v.setdefault("outages", [])

if __name__ == "__main__":
    # the lead's selection (GATHERING.md "Selection of batch 17b") left out the ten Scottish Parliament texts by licence;
    # their ids keep their places in IDS so that every other id's split is unchanged
    left_out = {k for k in IDS if k.startswith("sp-")}
    assert sorted(A) == sorted(set(IDS) - left_out), set(IDS) ^ set(A) ^ left_out
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
