#!/usr/bin/env python3
"""Batch 32h gold annotations (the eight texts of batch32h.py: executives and founders from India, the Philippines,
Ethiopia, Nigeria, Bolivia and Qatar, one part), written from each text alone after all eight were gathered; newskg
(or any extractor) was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test,
train, dev, train (batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only absolute
dates (GUIDELINES.md, Dates); decades ('the 1990s'), text-relative phrases ('three years later', 'Twenty years
later'), spans and ages left out; 'early 2005' and the like -> the year; 'As of 2019' -> the year.
Conventions as batches 27a-32a (GUIDELINES.md part 2): a post the text ends or gives as past ('Until early 2022',
'previously served ... from 2014 until 2018', 'served on the board') -> current false; a post told with no end ('is',
'since August 2020', 'is the current chairperson', 'was put in charge') -> current true; 'founded', 'started',
'launched a second company', 'established' -> founder (current, the convention), 'co-founder' -> cofounder;
'chairperson', 'executive chairman', 'co-chairman' -> chairman; 'executive director' -> director (GUIDELINES);
'a Director at' -> director; 'editorial director' -> executive; board seats -> director; owners, shareholders,
members of committees, clubs and legislatures, staff posts (police constable, cook) -> no role.
usage: batch32h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- India ---------------------------------------------------------------------------------------------------------
KS = "Kalpana Saroj"
KT = "Kamani Tubes"
A["wp-kalpana-saroj"] = dict(
 # 'Saroj' alone -> alias (the text uses it for her only; her father and husband are unnamed); 'Kamani Tubes Company'
 # (whose distressed assets she bought) -> alias of Kamani Tubes; the villages, district and state -> Location each
 # ('Roperkheda village', 'Repatkhed village' -> the village names); 'TEDx' (in 'a TEDx speaker', a talk series),
 # 'Khairalnji Movie' (a film; not a type of the format), the unnamed tailoring business and furniture store, the
 # languages and castes -> nothing; the three producers -> Person each
 entities=[E("Person", KS, "Saroj"), E("Company", KT, "Kamani Tubes Company"), E("Location", "Mumbai"),
           E("Location", "India"), E("Location", "Roperkheda"), E("Location", "Akola"), E("Location", "Maharashtra"),
           E("Location", "Repatkhed"), E("Company", "KS Film Production"), E("Person", "Deelip Mhaske"),
           E("Person", "Jyoti Reddy"), E("Person", "Mannan Gore")],
 # 'the chairperson of Kamani Tubes' -> chairman, current; 'started KS Film Production' -> founder, current (the
 # convention); 'produced by ... under Kalpana Saroj's banner' (film producers, no post at a named organisation) and
 # her father's 'police constable' post (a staff post, no organisation named) -> no role
 roles=[R(KS, "chairman", KT), R(KS, "founder", "KS Film Production")],
 # 'she bought the distressed assets of Kamani Tubes Company' (a person buying assets, GUIDELINES part 2) -> nothing
 relations=[],
 outages=[],
 # published null; '1961' twice, one item; 'at the age of 12', 'At the age of 16' left out
 dates=[D("1961", "1961")])

SB = "Shobhana Bhartia"
HT = "HT Media"
BITS = "Birla Institute of Technology and Science, Pilani"
SSB = "Shyam Sunder Bhartia"
A["wp-shobhana-bhartia"] = dict(
 # 'Shobhana' and 'Bhartia' alone -> aliases of the subject (the other Bhartias are named in full); 'the HT Media group'
 # -> alias 'HT Media group' (doubtful: 'group' may be a description); 'BITS-Pilani' -> alias of the institute's full
 # name in the bracket; 'GD Birla' beside 'G. D. Birla' and 'Shamit Bhartia' beside 'Shamit Bhartiya' -> one Person
 # each; 'the Indian parliament' -> Organization (doubtful: named by description) beside the Rajya Sabha and the
 # Congress party (a party, GUIDELINES); schools, universities and Endeavor India -> Organization; 'the Domino's
 # Pizza franchise' -> Company 'Domino's Pizza' (doubtful against Service), 'convenience store chain Monday to Sunday'
 # -> Company; 'the Birla family', 'a Marwari family', the 'KK Birla family' -> nothing (families)
 entities=[E("Person", SB, "Shobhana", "Bhartia"), E("Company", HT, "HT Media group"), E("Location", "India"),
           E("Organization", "BITS School of Management"), E("Organization", BITS, "BITS-Pilani"),
           E("Person", "G. D. Birla", "GD Birla"), E("Organization", "Endeavor India"),
           E("Organization", "Congress party"), E("Organization", "Rajya Sabha"),
           E("Organization", "Indian parliament"), E("Company", "Forbes"), E("Person", SSB),
           E("Company", "Jubilant Bhartia Group"), E("Person", "KK Birla"), E("Location", "Kolkata"),
           E("Organization", "Loreto House"), E("Organization", "Calcutta University"),
           E("Company", "Jubilant LifeScience Limited"), E("Company", "Vam Organics"), E("Person", "Mohan Lal Bhartia"),
           E("Person", "Priyavrat Bhartiya"), E("Person", "Shamit Bhartiya", "Shamit Bhartia"),
           E("Company", "Domino's Pizza"), E("Company", "Monday to Sunday"), E("Location", "Bangalore")],
 # 'the chairperson and editorial director of the HT Media' -> chairman and executive (an editorial head, not a board
 # seat; doubtful), both current; 'the Chancellor BITS School of Management' -> head (the school's titular head;
 # doubtful against other), 'Pro-Chancellor of BITS-Pilani' -> other, both current ('recently taken charge'); 'is the
 # current chairperson of Endeavor India' -> chairman; 'which was founded by her grandfather G. D. Birla' -> founder of
 # the institute (current, the convention; doubtful: the sentence may make the school of management his); 'co-founder
 # of the Jubilant Bhartia Group' -> cofounder; 'Chairman of the ... firm Jubilant LifeScience Limited' -> chairman;
 # 'Shamit Bhartia is also a Director at the HT Media group' -> director; 'looks after lifestyle businesses such as'
 # (no title) -> no role (doubtful against head); 'a nominated member of the Rajya Sabha' (a legislator), 'Congress
 # party member KK Birla' and the family's stake in HT Media (shareholders) -> no role
 roles=[R(SB, "chairman", HT), R(SB, "executive", HT), R(SB, "head", "BITS School of Management"),
        R(SB, "other", BITS), R(SB, "chairman", "Endeavor India"), R("G. D. Birla", "founder", BITS),
        R(SSB, "cofounder", "Jubilant Bhartia Group"), R(SSB, "chairman", "Jubilant LifeScience Limited"),
        R("Shamit Bhartiya", "director", HT)],
 # 'a spinoff from the earlier chemicals venture Vam Organics' (spun off, not owned) -> nothing; Jubilant LifeScience
 # not said to belong to the Jubilant Bhartia Group, the School of Management not said to be a unit of the institute
 # -> nothing (doubtful for both: the names suggest it); the Domino's Pizza franchise and Monday to Sunday told as
 # businesses Shamit 'looks after', no owner company named -> nothing
 relations=[],
 outages=[],
 # published null; '4 January 1957' twice, one item; 'from 2006 to 2012' -> both years
 dates=[D("4 January 1957", "1957-01-04"), D("2006", "2006"), D("2012", "2012"), D("2016", "2016"),
        D("2004", "2004"), D("4 October 1976", "1976-10-04"), D("27 April 1979", "1979-04-27")])

# ---- Southeast Asia ------------------------------------------------------------------------------------------------
SR = "Maria Socorro Cancio Ramos"
NBS = "National Book Store"
A["wp-socorro-ramos"] = dict(
 # 'Socorro' alone -> alias (the article's 'Ramos' alone is not in the text: only 'Ramos Goodwill Book Store', 'the
 # Ramos family' and 'José Ramos'); 'the National Book Store' -> the same Company; 'José' and 'Jose' (the rendering
 # spells both) -> aliases of José Ramos; her brother 'Manuel' -> Person (first name only, as batch 31h's 'Angela';
 # doubtful); 'Panciteria National' (the building the shop opened in; a restaurant named as a place) -> Location
 # (doubtful against Company); streets -> Location; 'the Battle of Manila' and 'the Japanese occupation' (events) ->
 # nothing, so no Manila entity; 'Philippine' (adjective) -> no further form
 entities=[E("Person", SR, "Socorro"), E("Company", NBS), E("Location", "Philippines"),
           E("Location", "Santa Cruz"), E("Location", "Laguna"), E("Organization", "Arellano High School"),
           E("Company", "Ramos Goodwill Book Store"), E("Person", "Manuel"), E("Location", "Escolta Street"),
           E("Location", "Panciteria National"), E("Person", "Jos\u00e9 Ramos", "Jos\u00e9", "Jose"),
           E("Location", "Rizal Avenue")],
 # 'She is the co-founder of National Book Store' -> cofounder, current; 'José Ramos was put in charge' of the new
 # bookshop that 'was called National Book Store' -> head, current (no title, no end told; doubtful on both counts);
 # 'she worked as a shop girl at the Ramos Goodwill Book Store' (a staff post) -> no role
 roles=[R(SR, "cofounder", NBS), R("Jos\u00e9 Ramos", "head", NBS)],
 relations=[],
 outages=[],
 # published null; '23 September 1923' twice, one item; 'three years later' and 'Twenty years later' (counted from a
 # year of the text, not from publication) and 'the 1990s' (a decade) left out
 dates=[D("23 September 1923", "1923-09-23"), D("1940", "1940"), D("1945", "1945")])

TTC = "Tony Tan Caktiong"
JFC = "Jollibee Foods Corporation"
DD = "DoubleDragon Properties Corporation"
GP = "Greenwich Pizza Corporation"
A["wp-tony-tan-caktiong"] = dict(
 # 'Tan Caktiong' and 'Tan' -> aliases; 'Jollibee' -> alias of Jollibee Foods Corporation (the chain he founded and
 # the group of 'Tan Caktiong's Jollibee'; the same word as one of its store brands in the list, one entity);
 # 'DoubleDragon Properties' and its former name 'Injap Land Corporation' ('the company was renamed') -> aliases;
 # 'Greenwich Pizza Corp.' and 'Greenwich' (the store brand) -> aliases of Greenwich Pizza Corporation; the other store
 # brands (Red Ribbon, Chowking, Manong Pepe's, Mang Inasal) -> Service (restaurant brands, as batch 31a's watch brands;
 # doubtful against Company); 'Davao' (the old province) and 'Davao del Sur', 'Davao City' -> Location each; the
 # opening bracket '(; born' holds no name
 entities=[E("Person", TTC, "Tan Caktiong", "Tan"), E("Company", JFC, "Jollibee"),
           E("Company", DD, "DoubleDragon Properties", "Injap Land Corporation"), E("Company", "Forbes"),
           E("Location", "Philippines"), E("Location", "Davao"), E("Location", "Davao del Sur"),
           E("Location", "Fujian"), E("Location", "China"), E("Location", "Manila"), E("Location", "Davao City"),
           E("Organization", "Chiang Kai Shek College"), E("Organization", "University of Santo Tomas"),
           E("Company", GP, "Greenwich Pizza Corp.", "Greenwich"), E("Service", "Red Ribbon"),
           E("Service", "Chowking"), E("Service", "Manong Pepe's"), E("Service", "Mang Inasal"),
           E("Company", "Honeystar Holdings Corporation"), E("Person", "Edgar Sia II")],
 # 'the founder and chairman of Jollibee Foods Corporation' -> founder and chairman, current; 'the co-chairman of
 # DoubleDragon Properties' -> chairman, current (a co-chair, as batch 31a's co-chair); 'Injap Land Corporation, a
 # property company founded by Edgar Sia II' -> founder of the renamed company, current (the convention); 'his
 # holding company, Honeystar Holdings Corporation' (an owner) -> no role
 roles=[R(TTC, "founder", JFC), R(TTC, "chairman", JFC), R(TTC, "chairman", DD), R("Edgar Sia II", "founder", DD)],
 # 'Expansion and acquisition of Greenwich Pizza Corp.' with the buy-out of 'the remaining shares of its partners in
 # Greenwich Pizza Corporation' (2006) -> acquired and parentOrganization (a completed purchase); 'Tan Caktiong's
 # Jollibee has 1,480 stores worldwide, including ... Red Ribbon, Chowking, ... Manong Pepe's and Mang Inasal' ->
 # provider each (doubtful with the type); Honeystar's investment in Injap Land (an investment, not a purchase) ->
 # nothing; the unnamed 'partners in Greenwich' -> nothing
 relations=[L(JFC, "acquired", GP), L(GP, "parentOrganization", JFC), L("Red Ribbon", "provider", JFC),
            L("Chowking", "provider", JFC), L("Manong Pepe's", "provider", JFC), L("Mang Inasal", "provider", JFC)],
 outages=[],
 # published null; 'January 5, 1953' twice and '1975' twice (the degree, the ice cream parlor), one item each; 'In
 # early 2006' -> '2006'; 'As of August 2008' -> the month
 dates=[D("January 5, 1953", "1953-01-05"), D("2023", "2023"), D("1975", "1975"), D("1978", "1978"),
        D("early 2006", "2006"), D("August 2008", "2008-08"), D("2012", "2012")])

# ---- Africa --------------------------------------------------------------------------------------------------------
BTA = "Bethlehem Tilahun Alemu"
SRB = "soleRebels"
A["wp-bethlehem-tilahun-alemu"] = dict(
 # 'Alemu' -> alias; 'SoleRebels' at a sentence's start -> the same surface form (case only), no further alias;
 # 'Africa' (the continent, 'Africa's fastest growing') -> Location, as a region; the Zenebework area and Addis Ababa
 # -> Location; Whole Foods, Urban Outfitters and Amazon (retailers) -> Company; 'the UK' -> Location 'UK'
 entities=[E("Person", BTA, "Alemu"), E("Company", SRB), E("Location", "Africa"), E("Location", "Ethiopia"),
           E("Company", "The Republic of Leather"), E("Location", "Zenebework"), E("Location", "Addis Ababa"),
           E("Organization", "Unity University"), E("Company", "Whole Foods"), E("Company", "Urban Outfitters"),
           E("Company", "Amazon"), E("Location", "Austria"), E("Location", "Switzerland"), E("Location", "Taiwan"),
           E("Location", "UK")],
 # 'founder and executive director of soleRebels' -> founder and director (GUIDELINES: executive director ->
 # director), current; 'launched a second company, The Republic of Leather' -> founder, current
 roles=[R(BTA, "founder", SRB), R(BTA, "director", SRB), R(BTA, "founder", "The Republic of Leather")],
 # 'selling to market kingmakers Whole Foods, Urban Outfitters and Amazon' -> partner (customers, GUIDELINES part 2),
 # soleRebels to each as written (doubtful: sales through retailers, no contract named)
 relations=[L(SRB, "partner", "Whole Foods"), L(SRB, "partner", "Urban Outfitters"), L(SRB, "partner", "Amazon")],
 outages=[],
 # published null; '1980' twice, one item; 'as of 2014' -> '2014'; 'In early 2005' -> '2005'; 'thirty-four' (an age)
 # left out
 dates=[D("1980", "1980"), D("2014", "2014"), D("2004", "2004"), D("early 2005", "2005")])

TFD = "Tara Fela-Durotoye"
HOT = "House of Tara International"
A["wp-tara-fela-durotoye"] = dict(
 # 'House of Tara' ('her brand House of Tara') -> alias; the three product ranges -> Service, named without the word
 # 'range' ('the Tara Orekelewa Beauty range', 'the H.I.P Beauty range'; doubtful); awards and rankings ('Africa SMME
 # Award', "Africa's 50 Most Powerful Women"), programmes ('Lagos Business School Chief Executive Programme', 'The
 # Stanford SEED Transformation Programme', 'Global Leadership and Public Policy in the 21st century') -> nothing, so
 # no Lagos Business School or Stanford entity (named only inside a programme's name; doubtful); INSEAD Abu Dhabi, Yale,
 # the Harvard Kennedy School, schools and universities -> Organization; 'St. Nicholas Hospital' -> Organization (as
 # batch 32a's hospital; doubtful against Location); 'the France/Nigeria Investment club' -> Organization; 'French'
 # (adjective; France only inside the club's name) -> no Location
 entities=[E("Person", TFD), E("Location", "Nigeria"), E("Company", HOT, "House of Tara"),
           E("Service", "Tara Orekelewa Beauty"), E("Service", "Inspired Perfume"), E("Service", "H.I.P Beauty"),
           E("Location", "Africa"), E("Location", "South Africa"), E("Company", "Forbes"),
           E("Organization", "INSEAD Abu Dhabi"), E("Organization", "Yale University"),
           E("Organization", "Harvard Kennedy School"), E("Organization", "France/Nigeria Investment club"),
           E("Person", "Emmanuel Macron"), E("Organization", "St. Nicholas Hospital"), E("Location", "Lagos"),
           E("Person", "John Ejegi Sagay"), E("Organization", "Federal Civil Service"), E("Person", "Felicia Omaghomi"),
           E("Person", "Modupe Agnes Sagay"), E("Organization", "Command Children School"),
           E("Location", "Victoria Island"), E("Organization", "Nigeria Navy Secondary School"), E("Location", "Ojo"),
           E("Organization", "Lagos State University")],
 # 'She is the founder and CEO of House of Tara International' -> founder and ceo, current; 'a commissioner at the
 # Federal Civil Service, Nigeria' (her father, at her birth) -> other (GUIDELINES: commissioners), current (no end
 # told; doubtful); 'the French President Emmanuel Macron' -> no role (no country named on its own, GUIDELINES part
 # 2); 'a member of the France/Nigeria Investment club', 'Sanitary and Welfare Prefect' (a school post) -> no role
 roles=[R(TFD, "founder", HOT), R(TFD, "ceo", HOT), R("John Ejegi Sagay", "other", "Federal Civil Service")],
 # 'founder and CEO of House of Tara International and creator of the Tara Orekelewa Beauty range, Inspired Perfume and
 # the H.I.P Beauty range', with 'her brand House of Tara, had 270 products' -> provider each (a careful reader takes
 # them as the company's ranges; doubtful: the text makes her their creator)
 relations=[L("Tara Orekelewa Beauty", "provider", HOT), L("Inspired Perfume", "provider", HOT),
            L("H.I.P Beauty", "provider", HOT)],
 outages=[],
 # published null; 'As of 2019' -> '2019'; 'the 21st century' (inside a programme's name) and 'eight months old' left
 # out
 dates=[D("6 March 1977", "1977-03-06"), D("1999", "1999"), D("2019", "2019"), D("2007", "2007"), D("2013", "2013"),
        D("2020", "2020"), D("2018", "2018")])

# ---- Latin America and the Gulf ------------------------------------------------------------------------------------
MC = "Raul Marcelo Claure Bedoya"
SBGC = "SoftBank Group Corporation"
SBGI = "SoftBank Group International"
ARM = "Arm Holdings"
A["wp-marcelo-claure"] = dict(
 # 'Claure' -> alias; "SoftBank's" and 'SoftBank Group' (in 'As COO of SoftBank Group') -> aliases of SoftBank Group
 # Corporation; 'Arm' ('the board of directors of Arm') -> alias of Arm Holdings; the portfolio companies and the two
 # funds -> Company; 'a SoftBank Group Investment Committee member' (a committee, as batch 31h's executive board) ->
 # nothing; Club Bolivar and Girona FC (football clubs) -> Organization; 'the combined company' (unnamed), 'Bolivian',
 # 'Hispanic-owned' -> nothing
 entities=[E("Person", MC, "Claure"), E("Company", SBGI), E("Company", SBGC, "SoftBank", "SoftBank Group"),
           E("Person", "Masayoshi Son"), E("Company", "Boston Dynamics"), E("Company", ARM, "Arm"),
           E("Company", "Fortress"), E("Company", "SB Energy"), E("Company", "WeWork"),
           E("Company", "SoftBank Latin America Fund"), E("Company", "SB Opportunity Fund"), E("Company", "Sprint"),
           E("Company", "T-Mobile USA"), E("Company", "Brightstar"), E("Location", "United States"),
           E("Organization", "Club Bolivar"), E("Organization", "Girona FC")],
 # 'Until early 2022 he was the chief executive officer (CEO) of SoftBank Group International and chief operating
 # officer (COO) of SoftBank Group Corporation' -> ceo and coo, not current; 'He also headed the ... SoftBank Latin
 # America Fund and SB Opportunity Fund' (in the same past passage) -> head, not current; 'He is executive chairman of
 # WeWork' -> chairman, current; 'previously served as Sprint's President and CEO from 2014 until 2018, and as
 # executive chairman from 2018 until 2020' -> president, ceo and chairman, not current; 'Claure founded ...
 # Brightstar' -> founder, current (the convention); 'He served on the board of directors of Arm' -> director, not
 # current; 'chairman and co-owner of Girona FC since August 2020' -> chairman, current; 'along with CEO Masayoshi Son'
 # -> ceo of SoftBank Group Corporation, current (no end said of his post; doubtful: told inside Claure's past
 # tenure; batch 32a recorded such a CEO as not current); 'owner of the soccer team Club Bolivar', 'sits on the board
 # of the combined company' (unnamed) and the investment-committee seat -> no role
 roles=[R(MC, "ceo", SBGI, False), R(MC, "coo", SBGC, False), R(MC, "head", "SoftBank Latin America Fund", False),
        R(MC, "head", "SB Opportunity Fund", False), R(MC, "chairman", "WeWork"), R(MC, "president", "Sprint", False),
        R(MC, "ceo", "Sprint", False), R(MC, "chairman", "Sprint", False), R(MC, "founder", "Brightstar"),
        R(MC, "director", ARM, False), R(MC, "chairman", "Girona FC"), R("Masayoshi Son", "ceo", SBGC)],
 # 'Claure sold the company to Sprint in 2014' (Brightstar) -> acquired and parentOrganization (a completed sale, as
 # the text tells it); SoftBank Group International and the SoftBank Latin America Fund -> parentOrganization to
 # SoftBank Group Corporation (from their names, as batch 32a's P&G U.K.; doubtful), the SB Opportunity Fund not
 # (its name does not say SoftBank); 'portfolio companies such as Boston Dynamics, Arm Holdings, ...' (holdings, not
 # said to be owned outright) -> nothing; 'the company's planned merger with T-Mobile USA' (planned, no buyer named)
 # -> nothing
 relations=[L("Sprint", "acquired", "Brightstar"), L("Brightstar", "parentOrganization", "Sprint"),
            L(SBGI, "parentOrganization", SBGC), L("SoftBank Latin America Fund", "parentOrganization", SBGC)],
 outages=[],
 # published null; 'Until early 2022' -> '2022'; '2014' (twice) and '2018' (twice), one item each; 'until 2020' ->
 # '2020' beside 'August 2020'; 'for six years' left out
 dates=[D("early 2022", "2022"), D("2014", "2014"), D("2018", "2018"), D("2020", "2020"), D("1997", "1997"),
        D("August 2020", "2020-08")])

NK = "Nasser bin Ghanim Al-Khelaifi"
A["wp-nasser-al-khelaifi"] = dict(
 # the Arabic script in the opening bracket, 'Al-Khelaifi', 'Al-Khela\u00effi' (with the diaeresis) and 'Khelaifi'
 # -> aliases; beIN Media Group and Qatar Sports Investments -> Company; Paris Saint-Germain (a football club), the
 # tennis federations and the European Club Association -> Organization, 'ECA' an alias; ESPN and France Football (a
 # magazine, in 'a France Football ranking') -> Company; 'West Asia' (inside his title, as batch 32a's 'Europe' in
 # Polman's titles), 'the FIFA Club World Cup' (an event; FIFA named only inside it) and rankings -> nothing
 entities=[E("Person", NK, "\u0646\u0627\u0635\u0631 \u0628\u0646 \u063a\u0627\u0646\u0645 "
             "\u0627\u0644\u062e\u0644\u064a\u0641\u064a", "Al-Khelaifi", "Al-Khela\u00effi", "Khelaifi"),
           E("Company", "beIN Media Group"), E("Company", "Qatar Sports Investments"),
           E("Organization", "Paris Saint-Germain"), E("Organization", "Qatar Tennis Federation"),
           E("Organization", "Asian Tennis Federation"), E("Organization", "European Club Association", "ECA"),
           E("Company", "ESPN"), E("Company", "France Football"), E("Location", "Qatar"),
           E("Organization", "Qatar University"), E("Organization", "University of Piraeus"),
           E("Person", "Tamim bin Hamad Al Thani")],
 # 'He is the chairman of beIN Media Group and Qatar Sports Investments, president of Paris Saint-Germain and the Qatar
 # Tennis Federation, and vice president of the Asian Tennis Federation' -> chairman x2, president x2, vice-president,
 # all current; 'was elected as the chairman of the European Club Association (ECA) in 2021' -> chairman, current;
 # 'a member of the organizing committee' -> no role; 'the current Emir of Qatar, Tamim bin Hamad Al Thani' -> president
 # of Qatar, current (a head of state, GUIDELINES part 2's title for heads of state; doubtful: a monarch's title)
 roles=[R(NK, "chairman", "beIN Media Group"), R(NK, "chairman", "Qatar Sports Investments"),
        R(NK, "president", "Paris Saint-Germain"), R(NK, "president", "Qatar Tennis Federation"),
        R(NK, "vice-president", "Asian Tennis Federation"), R(NK, "chairman", "European Club Association"),
        R("Tamim bin Hamad Al Thani", "president", "Qatar")],
 relations=[],
 outages=[],
 # published null; 'May 2020' -> the month; 'when they were 14 and eight years old' (ages) left out
 dates=[D("12 November 1973", "1973-11-12"), D("2021", "2021"), D("2015", "2015"), D("May 2020", "2020-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
