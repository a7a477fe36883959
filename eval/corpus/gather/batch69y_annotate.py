#!/usr/bin/env python3
"""Batch 69y gold annotations (the texts of batch69y.py; session 63, round notes /tmp/gather69y/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68e; batch10_annotate.write_parts), so with three
texts: wp-alley-and-maclellan test, wp-crosville-motor-services train, wp-folland-aircraft dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); relative ones ('over the next few months', 'Shortly
afterwards', 'after only nine months', 'That year' (the year already listed), 'Eventually') -> nothing, as batches
60c-68e left them. No text tells an outage, so every `outages` list is empty; one near-miss: 'the company ran out of
money and liquidators were appointed' (British Marine Aircraft's business failure, no service failure; GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68e): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): two people named together as forming or founding a company -> each `cofounder` ('formed
in Chester by George Crosland Taylor and his French business associate Georges de Ville', 'the names of the founders';
'founded in Bridgeton, Scotland in 1875 by Stephen Alley and John Maclellan'), one person named alone as setting it up
-> `founder` ('He left Gloster, took over the British Marine site and set up the Folland Aircraft Company'), current
true; 'managing director' -> director (GUIDELINES, Roles; 'He took the positions of both managing director and
aircraft designer': director only, the designer's post no role of its own); 'chief designer' -> executive (as batch
68aa read it), current false where the text tells the leaving ('He left Gloster'); a partner in a firm ('with Stephen
Alley becoming a partner') -> executive, current true (as batches 51u, 66d, 67ab and 68e read it; doubtful); 'X
purchased Y', 'X acquired Y' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions; the
LMS ownership the text calls past, 'after only nine months of outright LMS ownership', still recorded: relations carry
no time); 'merged with T&BAT's Royal Blue' and 'Mergers ... were considered' -> nothing (a merger with no buyer told;
talks); a cross-holding 'agreement' of the 'Big Four' (no entity) with two named groups -> nothing; a possessive
('T&BAT's Royal Blue') -> parentOrganization (doubtful); 'took over the British Marine site' -> nothing (an asset
purchase); sub-contract parts for aircraft whose makers are named only inside the model names -> nothing (no named
counterparty); 'a fleet ... predominantly manufactured by Leyland Motors' -> nothing (vehicles bought, no stated
supply contract; doubtful); former names of the same company -> aliases (GUIDELINES, Types: 'Crosville Motor
Company' and 'LMS (Crosville)', the name it bore under the railway before being 'renamed Crosville Motor Services';
doubtful), while British Marine Aircraft Limited, whose site Henry Folland took over to 'set up' his company, is kept a
company of its own (the cut infobox's 'Former Name' is not in the text; doubtful); aircraft models -> Service
(GUIDELINES, Types), with provider only where the maker is an entity of its own ('the Folland Fo.108', 'its own
design' -> provider Folland Aircraft; 'Sikorsky S-42-A', 'Bristol Blenheim', 'Beaufort', 'Supermarine Spitfire', 'de
Havilland Mosquito', 'Vickers Wellington': makers named only inside the product names -> no entity, no provider); a
brand -> Service provided by the company ('Its products were sold under the Sentinel brand', as batch 68n read the
Hoover brand); named works, factories and waters -> Location ('Sentinel Works', 'Jessie Street works', 'Southampton
Water', 'Lake Nyasa'); a government department named only in a specification's name ('the Air Ministry Specification
43/37') -> Organization (as batch 68e read 'the War Office 1901 ... trial'; doubtful); ships' names ('Chauncy Maples')
and laws ('the Railways (Road Transport) Act 1928') -> no entity (GUIDELINES, Types), the law's year a date (as batch
68e took the trial's '1901'; doubtful); 'the Big Four British railway companies' (a group, unnamed members) -> no
entity; 'British', 'French' (adjectives) -> nothing.
usage: batch69y_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- manufacturing, UK: Folland Aircraft ---------------------------------------------------------------------------
FA = "Folland Aircraft"
BM = "British Marine Aircraft Limited"
A["wp-folland-aircraft"] = dict(
 # the maker -> Company 'Folland Aircraft', aliases 'Folland Aircraft Company' ('set up the Folland Aircraft
 # Company'), 'Folland' ('Folland began aircraft assembly', 'Folland later took on sub-contract work') and 'Follands'
 # ('Follands also made 15,000 rear portions': the firm's name in a plural, as written; doubtful); British Marine
 # Aircraft Limited (alias 'British Marine': 'the British Marine site') -> Company of its own (formed 1936, in
 # liquidation; Folland 'took over the British Marine site and set up' a company: the text tells a new firm on the old
 # one's site; doubtful, the cut infobox calls it the former name); Westland Aircraft and Gloster Aircraft (alias
 # 'Gloster': 'He left Gloster') -> Company; Henry Folland -> Person; the UK, Hamble ('the Hamble peninsula', 'at
 # Hamble') and Southampton Water -> Location; the Air Ministry (from 'the Air Ministry Specification 43/37';
 # doubtful) -> Organization; aircraft models -> Service: 'Sikorsky S-42-A' ('Sikorsky based aircraft': the design,
 # no company named on its own; doubtful), 'Bristol Blenheim', 'Beaufort' (as written, 'Bristol Blenheim and Beaufort
 # bombers'), 'Supermarine Spitfire', 'de Havilland Mosquito' (in 'de Havilland Mosquitos'), 'Vickers Wellington' (in
 # 'Vickers Wellingtons') and 'Folland Fo.108', aliases '43/47' ('generally known as the 43/47') and 'Folland
 # Frightful' (its nickname). No entity: '43/37' and 'E.28/40' (specification numbers; the second cut), 'British'
 # (an adjective)
 entities=[E("Company", FA, "Folland Aircraft Company", "Folland", "Follands"), E("Company", BM, "British Marine"),
           E("Service", "Sikorsky S-42-A"), E("Location", "UK"), E("Location", "Hamble"),
           E("Location", "Southampton Water"), E("Company", "Westland Aircraft"), E("Person", "Henry Folland"),
           E("Company", "Gloster Aircraft", "Gloster"), E("Service", "Bristol Blenheim"), E("Service", "Beaufort"),
           E("Service", "Supermarine Spitfire"), E("Service", "de Havilland Mosquito"),
           E("Service", "Vickers Wellington"), E("Service", "Folland Fo.108", "43/47", "Folland Frightful"),
           E("Organization", "Air Ministry")],
 # 'He left Gloster, took over the British Marine site and set up the Folland Aircraft Company' -> founder at Folland
 # Aircraft (one person named alone setting it up, GUIDELINES, Roles, 'Founders'), current true; 'He took the
 # positions of both managing director and aircraft designer' -> director at Folland Aircraft, current true (no
 # leaving told); 'Henry Folland, chief designer of Gloster Aircraft' -> executive at Gloster Aircraft, current false
 # ('He left Gloster'; doubtful: other). Near-misses, no role: 'aircraft designer' (his second post at Folland, a
 # designer's job beside the director's post); the cut infobox's 'Key People: W. E. W. Petter' (not in the text)
 roles=[R("Henry Folland", "founder", FA), R("Henry Folland", "director", FA),
        R("Henry Folland", "executive", "Gloster Aircraft", False)],
 # 'The first aircraft of its own design to fly was the Folland Fo.108' -> provider(Folland Fo.108, Folland
 # Aircraft). Near-misses, no relation: 'Mergers with other British aircraft companies were considered, including one
 # with Westland Aircraft, but none was followed up' (talks, no deal); 'took over the British Marine site' (a site,
 # an asset purchase); 'formed ... to produce Sikorsky S-42-A flying boats under licence' (an intended licence, the
 # licensor not named on its own); the sub-contract parts for the Blenheim, Beaufort, Spitfire, Mosquito and
 # Wellington (their makers not entities)
 relations=[L("Folland Fo.108", "provider", FA)],
 outages=[],
 # 'between 1937 and 1963' -> the years ('In 1937' the same text and value, one item); 'in February 1936' -> the
 # month; 'in 1940' -> the year. No date: '43/37', '43/47' (specification and type numbers)
 dates=[D("1937", "1937"), D("1963", "1963"), D("February 1936", "1936-02"), D("1940", "1940")])

# ---- bus operators, UK: Crosville Motor Services -------------------------------------------------------------------
CM = "Crosville Motor Services"
LMS = "London, Midland and Scottish Railway"
A["wp-crosville-motor-services"] = dict(
 # the operator -> Company 'Crosville Motor Services', aliases 'Crosville Motor Company' (its name when 'formed' in
 # 1906), 'Crosville' and 'LMS (Crosville)' ('The new LMS (Crosville) company', 'LMS (Crosville) was therefore merged
 # ... and renamed Crosville Motor Services': the name it bore under the railway; doubtful: a reader might keep the
 # LMS company apart); the London, Midland and Scottish Railway (alias 'LMS': 'outright LMS ownership'), Leyland
 # Motors, Holyhead Motors, UNU Motor Services, the Tilling Group, British Automobile Traction, T&BAT (the two groups'
 # joint name as written, 'the Tilling Group and British Automobile Traction (T&BAT)', and the owner in "T&BAT's Royal
 # Blue": one company of its own, as neither group alone; doubtful) and Royal Blue ('Royal Blue of Llandudno') ->
 # Company; George Crosland Taylor and Georges de Ville -> Person; England, Wales (in 'mid-Wales'), Chester,
 # Ellesmere Port, the Wirral Peninsula, Lancashire, Cheshire, Flintshire, Caernarfon and Llandudno -> Location. No
 # entity: 'Lacre' (the maker named only as the make of 'a Lacre motorbus', no model name; doubtful: a reader might
 # list Lacre as a Company), 'the Big Four British railway companies' and "the 'Big Four'" (a group), 'the Railways
 # (Road Transport) Act 1928' (a law), 'British', 'French' (adjectives)
 entities=[E("Company", CM, "Crosville Motor Company", "Crosville", "LMS (Crosville)"), E("Location", "England"),
           E("Location", "Wales"), E("Location", "Chester"), E("Person", "George Crosland Taylor"),
           E("Person", "Georges de Ville"), E("Location", "Ellesmere Port"), E("Location", "Wirral Peninsula"),
           E("Location", "Lancashire"), E("Location", "Cheshire"), E("Location", "Flintshire"),
           E("Company", "Leyland Motors"), E("Company", LMS, "LMS"), E("Company", "Holyhead Motors"),
           E("Company", "UNU Motor Services"), E("Location", "Caernarfon"), E("Company", "Tilling Group"),
           E("Company", "British Automobile Traction"), E("Company", "T&BAT"), E("Company", "Royal Blue"),
           E("Location", "Llandudno")],
 # 'Crosville Motor Company was formed in Chester by George Crosland Taylor and his French business associate Georges
 # de Ville' and 'a portmanteau on the names of the founders' -> cofounder at Crosville Motor Services for each (two
 # people named together as forming it, GUIDELINES, Roles, 'Founders'), current true. Near-miss, no role: 'his
 # French business associate' (a tie between the two men, no post)
 roles=[R("George Crosland Taylor", "cofounder", CM), R("Georges de Ville", "cofounder", CM)],
 # 'in August 1929, the London, Midland and Scottish Railway purchased Crosville Motor Services' ->
 # acquired(LMS, Crosville) and parentOrganization(Crosville, LMS) (a completed purchase; 'after only nine months of
 # outright LMS ownership': past ownership, still recorded); 'The new LMS (Crosville) company then purchased Holyhead
 # Motors and UNU Motor Services of Caernarfon' -> acquired(Crosville, each) and parentOrganization(each, Crosville)
 # (completed; no merging away told); "T&BAT's Royal Blue of Llandudno" -> parentOrganization(Royal Blue, T&BAT) (a
 # company the possessive gives to its owner; doubtful). Near-misses, no relation: 'LMS (Crosville) was therefore
 # merged with T&BAT's Royal Blue' (a merger, no buyer told); "the 'Big Four' reached an agreement with the Tilling
 # Group and British Automobile Traction (T&BAT) to complete a cross-holding deal, whereby each organisation held a 50%
 # share" (the 'Big Four' no entity; 50% holdings, stakes; doubtful: a reader might give partner(LMS, T&BAT) or a
 # parent link of Crosville to T&BAT); 'a fleet of over 250 motorbuses predominantly manufactured by Leyland Motors'
 # (vehicles bought, no supply contract told; doubtful: a reader might give partner)
 relations=[L(LMS, "acquired", CM), L(CM, "parentOrganization", LMS),
            L(CM, "acquired", "Holyhead Motors"), L("Holyhead Motors", "parentOrganization", CM),
            L(CM, "acquired", "UNU Motor Services"), L("UNU Motor Services", "parentOrganization", CM),
            L("Royal Blue", "parentOrganization", "T&BAT")],
 outages=[],
 # 'On 27 October 1906', 'on 15 May 1930' -> the days; 'In 1911', 'By 1927' -> the years; 'Act 1928' -> the year
 # (a law's year; doubtful, above); 'in August 1929' -> the month. No date: 'over the next few months', 'Shortly
 # afterwards', 'after only nine months' (relative, `published` null)
 dates=[D("27 October 1906", "1906-10-27"), D("1911", "1911"), D("1927", "1927"), D("1928", "1928"),
        D("August 1929", "1929-08"), D("15 May 1930", "1930-05-15")])

# ---- manufacturing, UK: Alley & MacLellan --------------------------------------------------------------------------
AM = "Alley & MacLellan Ltd"
A["wp-alley-and-maclellan"] = dict(
 # the company -> Company 'Alley & MacLellan Ltd', aliases 'Alley & MacLellan' ('Alley & MacLellan was founded') and
 # 'Alley & McLellan' ('At least one Alley & McLellan ship': the same name spelt otherwise); the Sentinel brand ('Its
 # products were sold under the Sentinel brand') -> Service 'Sentinel' (a brand, as batch 68n read the Hoover brand;
 # doubtful); Simpson and Bibby -> Company; Stephen Alley and John Maclellan -> Person (one 'Stephen Alley' entity:
 # the text gives one name, though 'becoming a partner after his father's death' reads as the founder's son; doubtful);
 # Glasgow, Scotland, Bridgeton, Polmadie, Sentinel Works (the named factory: 'Their factory in Polmadie was called
 # Sentinel Works'), Horsehay, Shropshire, the Jessie Street works (a named works; doubtful: a reader might take the
 # street, 'Jessie Street', alone) and Lake Nyasa (alias 'Lake Malawi') -> Location. No entity: 'Chauncy Maples' (a
 # ship's name, GUIDELINES, Types), 'steam wagons', 'dump trucks', 'steamships' (generic products)
 entities=[E("Company", AM, "Alley & MacLellan", "Alley & McLellan"), E("Location", "Glasgow"),
           E("Location", "Scotland"), E("Service", "Sentinel"), E("Location", "Bridgeton"),
           E("Person", "Stephen Alley"), E("Person", "John Maclellan"), E("Location", "Polmadie"),
           E("Location", "Sentinel Works"), E("Company", "Simpson and Bibby"), E("Location", "Horsehay"),
           E("Location", "Shropshire"), E("Location", "Jessie Street works"),
           E("Location", "Lake Nyasa", "Lake Malawi")],
 # 'Alley & MacLellan was founded in Bridgeton, Scotland in 1875 by Stephen Alley and John Maclellan' -> cofounder at
 # Alley & MacLellan Ltd for each (GUIDELINES, Roles, 'Founders'), current true (no leaving told); 'The company was
 # incorporated in 1903 as Alley & MacLellan Ltd. with Stephen Alley becoming a partner after his father's death' ->
 # executive at Alley & MacLellan Ltd (a partner in a firm, as batches 51u, 66d, 67ab and 68e; doubtful: batch 65n
 # gave no role), current true. Near-miss, no role: 'his father' (unnamed)
 roles=[R("Stephen Alley", "cofounder", AM), R("John Maclellan", "cofounder", AM),
        R("Stephen Alley", "executive", AM)],
 # 'That year the company acquired Simpson and Bibby of Horsehay, Shropshire' -> acquired(Alley & MacLellan Ltd,
 # Simpson and Bibby) and parentOrganization(Simpson and Bibby, Alley & MacLellan Ltd) (a completed purchase; no
 # merging away told); 'Its products were sold under the Sentinel brand' -> provider(Sentinel, Alley & MacLellan Ltd).
 # Near-misses, no relation: 'shipped as parts in crates to their client destination' (unnamed clients)
 relations=[L(AM, "acquired", "Simpson and Bibby"), L("Simpson and Bibby", "parentOrganization", AM),
            L("Sentinel", "provider", AM)],
 outages=[],
 # 'in 1875', 'By 1880', 'In 1883', 'in 1903', 'by 1905', 'In about 1907', 'in 1912' -> the years. No date: 'That
 # year' (1903, already listed), 'Eventually' (relative)
 dates=[D("1875", "1875"), D("1880", "1880"), D("1883", "1883"), D("1903", "1903"), D("1905", "1905"),
        D("1907", "1907"), D("1912", "1912")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
