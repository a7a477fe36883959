#!/usr/bin/env python3
"""Batch 37g gold annotations (the texts of batch37g.py: a Pakistani group chairman whose company bought Engro; a Sri
Lankan tea exporter's founder who chairs a holding company and a distiller; a Nepalese group's chairman and president;
one part), written from each text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-binod-chaudhary -> test, wp-harry-jayawardena -> train,
wp-hussain-dawood -> dev. Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates);
decades ('the 1970s', 'the late 1990s'), 'that year' and undated spans left out; a repeated date with the same text
is one item.
Conventions as batches 27a-36p (GUIDELINES.md part 2): a post the text shows as left ('After resigning from
Consolidated Exports'), a post followed by a higher one at the same company (chief executive, then chairman), and a
post told with 'was' beside the subject's present posts -> current false; posts the text gives in the present tense or
as taken with no end told -> current true; founders -> founder, current (the lane's convention); a managing director
-> director; a prime minister -> minister with the country; a consul -> other with the country he represents; owners,
shareholders and donors ('a significant shareholder', 'the founding donor') -> no role; an acquisition by a company the
text names -> acquired and parentOrganization, one by 'his business empire' (no named buyer) -> nothing.
usage: batch37g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Pakistan --------------------------------------------------------------------------------------------------------
HD = "Hussain Dawood"
EH = "Engro Holdings"
EC = "Engro Corporation"
DH = "Dawood Hercules Corporation"
KS = "Karachi School of Business & Leadership"
A["wp-hussain-dawood"] = dict(
 # 'Dawood' alone is always the subject (his father is named in full, the companies and the art school carry the
 # name inside their own) -> alias; Engro Holdings and Engro Corporation (with 'Engro', the company Dawood Hercules
 # bought) -> two Company entities (doubtful: the text does not say whether the holding company is the corporation
 # renamed); Dawood Hercules Corporation (with 'Dawood Hercules', where he became CEO in 1981), Dawood Lawrencepur,
 # Royal Vopak, FrieslandCampina, China Machinery Engineering Corporation -> Company; The Dawood Foundation, the
 # Karachi School of Business & Leadership ('KSBL'), Sheffield University, the Kellogg School of Management,
 # Northwestern University, the Pakistan Poverty Alleviation Fund, the Mariam Dawood School of Visual Arts & Design ->
 # Organization; the 'Beaconhouse National University Tarogil Campus' -> Location (a named campus, a site; the
 # university is named only inside it; doubtful); Bombay ('now Mumbai' -> alias), British India, Karachi, Pakistan,
 # Lahore -> Location; Ahmed Dawood -> Person; 'a Memon family', 'partition of India' (an event), 'European, US,
 # Japanese and Chinese parties' (adjectives of origin) -> nothing
 entities=[E("Person", HD, "Dawood"), E("Company", EH), E("Organization", "The Dawood Foundation"),
           E("Organization", KS, "KSBL"), E("Location", "Bombay", "Mumbai"), E("Location", "British India"),
           E("Person", "Ahmed Dawood"), E("Location", "Karachi"), E("Organization", "Sheffield University"),
           E("Organization", "Kellogg School of Management"), E("Organization", "Northwestern University"),
           E("Location", "Pakistan"), E("Company", "Dawood Lawrencepur"), E("Company", DH, "Dawood Hercules"),
           E("Company", EC, "Engro"), E("Company", "Royal Vopak"), E("Company", "FrieslandCampina"),
           E("Company", "China Machinery Engineering Corporation"),
           E("Organization", "Pakistan Poverty Alleviation Fund"),
           E("Organization", "Mariam Dawood School of Visual Arts & Design"),
           E("Location", "Beaconhouse National University Tarogil Campus"), E("Location", "Lahore")],
 # 'is the chairman of Engro Holdings and The Dawood Foundation', 'also the chairman of the Karachi School of
 # Business & Leadership' -> chairman x3, current; 'became the managing director of Dawood Lawrencepur' (1973) ->
 # director, current (no end told; doubtful: a post of 1973 before other posts elsewhere); 'became the chief
 # executive officer (CEO) of Dawood Hercules' (1981), then 'took over as chairman of Dawood Hercules Corporation'
 # -> ceo not current, chairman current; 'In 2006, Dawood became chairman of Engro Corporation' -> chairman, current;
 # 'Dawood was chairman of the Pakistan Poverty Alleviation Fund' ('was' beside his present posts) -> chairman, not
 # current; 'joined the family business in Pakistan as a finance director' -> no role (no named organisation);
 # 'the founding donor of the Mariam Dawood School' -> no role (a donor); 'Following the death of his father he took
 # over as chairman' -> no role for Ahmed Dawood (his chairmanship implied, not stated; doubtful)
 roles=[R(HD, "chairman", EH), R(HD, "chairman", "The Dawood Foundation"), R(HD, "chairman", KS),
        R(HD, "director", "Dawood Lawrencepur"), R(HD, "ceo", DH, False), R(HD, "chairman", DH),
        R(HD, "chairman", EC), R(HD, "chairman", "Pakistan Poverty Alleviation Fund", False)],
 # 'In 1981, Dawood became the chief executive officer (CEO) of Dawood Hercules. In the late 1990s, he spearheaded
 # the expansion of the company, including the acquisition of Engro' -> acquired and parentOrganization (the
 # company = Dawood Hercules, from the sentence before); 'the Kellogg School of Management, Northwestern University'
 # -> parentOrganization (a school of the university; doubtful); 'joint ventures ... with European, US, Japanese and
 # Chinese parties, such as Royal Vopak, FrieslandCampina, and China Machinery Engineering Corporation' -> nothing
 # (the other side is 'his companies', none named; doubtful: a partner link to Engro or Dawood Hercules could be
 # argued)
 relations=[L(DH, "acquired", EC), L(EC, "parentOrganization", DH),
            L("Kellogg School of Management", "parentOrganization", "Northwestern University")],
 outages=[],
 # published null; '20 September 1943' twice -> one item; 'In the late 1990s' -> nothing (a decade)
 dates=[D("20 September 1943", "1943-09-20"), D("1947", "1947"), D("1966", "1966"), D("1968", "1968"),
        D("1973", "1973"), D("1981", "1981"), D("2006", "2006")])

# ---- Sri Lanka -------------------------------------------------------------------------------------------------------
HJ = "Don Harold Stassen Jayawardena"
STC = "State Trading Corporation"
DCSL = "Distilleries Company of Sri Lanka PLC"
A["wp-harry-jayawardena"] = dict(
 # the name as the lead gives it in full, with 'Harry Jayawardena' and 'Jayawardena' as aliases; Melstacorp PLC,
 # Stassen Exports Limited, Hatton National Bank, the Distilleries Company of Sri Lanka PLC ('DCSL'), the Colombo
 # Stock Exchange (a stock exchange), Forbes, Business Today (a magazine, its 'Top 10 rankings') -> Company; the
 # 'government-owned State Trading Corporation (Consolidated Exports), better known as Consolexpo Ltd' -> one Company
 # (a state trading enterprise with 'Ltd' in its name) with 'Consolidated Exports' and 'Consolexpo Ltd' as aliases;
 # its 'Tea Department' -> Organization (a named unit; doubtful); Sirima Bandaranaike -> Person; Ja-Ela, Sri Lanka,
 # Denmark, Colombo -> Location; 'a British-owned tea export firm' (no name), 'Ceylon Tea' (a kind of tea, no
 # brand), 'his business empire', 'Jayawardena's companies' -> nothing
 entities=[E("Person", HJ, "Harry Jayawardena", "Jayawardena"), E("Location", "Ja-Ela"), E("Location", "Sri Lanka"),
           E("Company", "Melstacorp PLC"), E("Location", "Denmark"), E("Company", "Forbes"), E("Location", "Colombo"),
           E("Company", STC, "Consolidated Exports", "Consolexpo Ltd"), E("Organization", "Tea Department"),
           E("Person", "Sirima Bandaranaike"), E("Company", "Stassen Exports Limited"),
           E("Company", "Hatton National Bank"), E("Company", DCSL, "DCSL"), E("Company", "Colombo Stock Exchange"),
           E("Company", "Business Today")],
 # 'He is chairman of Melstacorp PLC' -> chairman, current; 'the Honorary Consul General for Denmark in Sri Lanka'
 # -> other at Denmark, current (a consul represents the country; doubtful: an honorary post); 'becoming the head of
 # the Tea Department ... After resigning from Consolidated Exports' -> head of the Tea Department, not current;
 # 'Jayawardena founded Stassen Exports Limited on 7 September 1977' -> founder, current (the convention); 'In 2007,
 # under Jayawardena's Chairmanship, DCSL' -> chairman, current (no end told); 'the administration of Prime
 # Minister Sirima Bandaranaike in the 1970s' -> minister at Sri Lanka, not current (a post of the 1970s); 'a tea
 # trader' at an unnamed firm, 'a significant shareholder' (his companies, of Hatton National Bank) -> no role
 roles=[R(HJ, "chairman", "Melstacorp PLC"), R(HJ, "other", "Denmark"), R(HJ, "head", "Tea Department", False),
        R(HJ, "founder", "Stassen Exports Limited"), R(HJ, "chairman", DCSL),
        R("Sirima Bandaranaike", "minister", "Sri Lanka", False)],
 # 'State Trading Corporation (Consolidated Exports) ... the head of the Tea Department, which controlled the
 # monopoly of tea exports' -> parentOrganization (the department of the corporation; doubtful, as the entity);
 # 'his business empire bought a controlling interest in the Distilleries Company of Sri Lanka PLC' -> nothing (no
 # named buyer); 'Jayawardena's companies became a significant shareholder of ... Hatton National Bank' -> nothing
 # (a stake, buyers unnamed); 'the largest transaction in the Colombo Stock Exchange' -> nothing (a listing venue)
 relations=[L("Tea Department", "parentOrganization", STC)],
 outages=[],
 # published null; 'the 1970s' -> nothing (a decade)
 dates=[D("17 August 1942", "1942-08-17"), D("7 September 1977", "1977-09-07"), D("1988", "1988"),
        D("1992", "1992"), D("2007", "2007")])

# ---- Nepal -----------------------------------------------------------------------------------------------------------
BC = "Binod Kumar Chaudhary"
CG = "Chaudhary Group"
A["wp-binod-chaudhary"] = dict(
 # the birth name 'Binod Kumar Chaudhary' as the fullest form, with 'Binod Chaudhary', the Nepali script and
 # 'Chaudhary' (the subject whenever it stands alone) as aliases; Chaudhary Group ('CG') -> Company; Bhuramal Das
 # Chaudhary (his grandfather), Sarika (his wife), Nirvana, Rahul and Varun (his sons, first names only; doubtful:
 # named people, so annotated), Amitabh Bachchan, Ranbir Kapoor, Nelson Mandela, J. R. D. Tata -> Person; Nepal,
 # Kathmandu, South Africa -> Location; 'a Marwari family', 'Bollywood', 'south and south-east Asia' (lower-case
 # regions), 'a textile business', 'the family business' (no name of their own) -> nothing
 entities=[E("Person", BC, "Binod Chaudhary", "\u0935\u093f\u0928\u094b\u0926 \u091a\u094c\u0927\u0930\u0940",
             "Chaudhary"), E("Company", CG, "CG"), E("Location", "Nepal"), E("Location", "Kathmandu"),
           E("Person", "Bhuramal Das Chaudhary"), E("Person", "Sarika"), E("Person", "Nirvana"), E("Person", "Rahul"),
           E("Person", "Varun"), E("Person", "Amitabh Bachchan"), E("Person", "Ranbir Kapoor"),
           E("Person", "Nelson Mandela"), E("Location", "South Africa"), E("Person", "J. R. D. Tata")],
 # 'He is the current chairman and president of Chaudhary Group (CG)' -> chairman and president, current; 'Nelson
 # Mandela, president of South Africa for bringing freedom to his country' -> president at South Africa, not current
 # (told as past, as batch 36p's 'President Basescu' of 2009; doubtful: the text does not say former); 'His
 # grandfather ... was an entrepeneur who started a textile business' -> no role (no named business); 'businessman
 # J. R. D. Tata' -> no role (no organisation named)
 roles=[R(BC, "chairman", CG), R(BC, "president", CG), R("Nelson Mandela", "president", "South Africa", False)],
 relations=[],
 outages=[],
 # published null; 'On February 2013' -> 'February 2013'; 'Since 2013' -> '2013'; 'that year' (relative to the
 # text, not to a publication date) -> nothing
 dates=[D("14 April 1955", "1955-04-14"), D("February 2013", "2013-02"), D("2013", "2013")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
