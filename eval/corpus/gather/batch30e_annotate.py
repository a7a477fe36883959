#!/usr/bin/env python3
"""Batch 30e gold annotations (part 1: the 8 ITEMS texts of batch30e.py; part 2: its 2 ITEMS2 texts, with --part2), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch30e_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-tsvangirai-campaign-rallies-banned-zimbabwe-2008
wn-world-health-organization-calls-ban-tobacco-2008
wn-two-un-contract-workers-kidnapped-somalia-2008
wn-israel-issues-travel-ban-20-non-2018
wn-time-magazine-names-ahmed-mohamed-most-2015
wn-taipei-plane-crash-toll-reaches-40-2015
wn-renewed-concern-over-nuclear-response-following-2011
wn-jim-murphy-announces-resignation-scottish-labour-2015""".split())
A = {}

A["wn-tsvangirai-campaign-rallies-banned-zimbabwe-2008"] = dict(
 entities=[E("Location", "Zimbabwe"), E("Person", "Morgan Tsvangirai", "Tsvangirai"), E("Organization", "MDC"),
           E("Location", "Esigodini"), E("Location", "Umzingwane"), E("Person", "Nelson Chamisa"),
           E("Person", "Wayne Bvudzijena"), E("Person", "George Sibotshiwe"), E("Location", "Bulawayo"),
           E("Person", "Lovemore Moyo", "Moyo"), E("Company", "AFP"), E("Organization", "ZANU-PF"),
           E("Organization", "CARE International"), E("Person", "Nicholas Goche"), E("Person", "James Elder"),
           E("Organization", "United Nations Children's Fund", "UNICEF"), E("Person", "Jendayi Frazer", "Frazer"),
           E("Person", "Thabo Mbeki"), E("Location", "South Africa"), E("Person", "Mugabe"),
           E("Person", "Rupert Colville", "Colville"), E("Organization", "United Nations"),
           E("Organization", "High Commissioner for Human Rights"), E("Company", "Voice of America"),
           E("Person", "Louise Arbour"), E("Location", "United Nations Headquarters"),
           E("Person", "Boniface Chidyauskiku", "Chidyauskiku"), E("Company", "Associated Press"),
           E("Location", "United States", "US", "U.S."), E("Location", "United Kingdom"),
           E("Person", "Bright Matonga")],
 # 'opposition leader Morgan Tsvangirai (MDC)' → no role (leader of the opposition, the party named only in a
 # bracket; a doubtful point: head of MDC would fit); 'MDC spokesperson' → spokesperson; 'Lovemore Moyo, MDC
 # chairman' → chairman; 'a spokesman for the police' and 'a spokesperson for Tsvangirai' → no role (no named
 # organisation); 'social welfare minister Nicholas Goche' and 'deputy information minister Bright Matonga' → no role
 # (no country in the title, as batch 26a's 'vice minister of energy and mines'; a doubtful point); 'US Assistant
 # Secretary of State for African Affairs' → no role (the department unnamed, the country an adjective); 'President
 # Thabo Mbeki of South Africa' → president; 'the Zimbabwean ambassador' → no role; 'spokesperson for the United
 # Nations' High Commissioner for Human Rights' → spokesperson of that office, an Organization, parentOrganization
 # United Nations (as batch 29e's "the Wikimedia Foundation's Communications committee"; a doubtful point: the High
 # Commissioner is also a post, Arbour's); UNICEF → no relation to the UN (the UN only inside its name); Voice of
 # America a broadcaster (Company); the United Nations Headquarters a site (Location); the aid-group ban 'to suspend all
 # field operations' → no outage (a government order; a near-miss); 'today' → the date line; 'Yesterday' →
 # 2008-06-05; 'Two days ago' → 2008-06-04; 'earlier this week' not listed
 roles=[R("Nelson Chamisa", "spokesperson", "MDC"), R("Lovemore Moyo", "chairman", "MDC"),
        R("James Elder", "spokesperson", "United Nations Children's Fund"), R("Thabo Mbeki", "president", "South Africa"),
        R("Rupert Colville", "spokesperson", "High Commissioner for Human Rights")],
 relations=[L("High Commissioner for Human Rights", "parentOrganization", "United Nations")],
 outages=[],
 dates=[D("today", "2008-06-06"), D("Yesterday", "2008-06-05"), D("Two days ago", "2008-06-04")])

A["wn-world-health-organization-calls-ban-tobacco-2008"] = dict(
 entities=[E("Organization", "United Nations"), E("Organization", "World Health Organization", "WHO"),
           E("Person", "Luis Sambo"), E("Location", "Africa"), E("Location", "Kampala"), E("Location", "Uganda"),
           E("Person", "Margaret Chan"), E("Location", "Asia Pacific"), E("Company", "BBC News"),
           E("Location", "Russia"), E("Location", "Canada"), E("Person", "Douglas Bettcher"), E("Location", "China"),
           E("Location", "India"), E("Location", "Indonesia"), E("Location", "United States"), E("Location", "Japan"),
           E("Location", "Bangladesh"), E("Location", "Germany"), E("Location", "Turkey"), E("Company", "Reuters"),
           E("Company", "Philip Morris"), E("Company", "Imperial Tobacco"), E("Company", "British American Tobacco"),
           E("Company", "Japan Tobacco")],
 # 'The United Nations health agency the World Health Organization' → parentOrganization United Nations (an agency
 # of the UN, as batch 29e's commission of the IOC); 'WHO Director-General Dr. Margaret Chan' → head (an agency's
 # leader, as GUIDELINES); 'WHO Regional Director for Africa Luis Sambo' → executive (a regional office's director,
 # the office unnamed; a doubtful point); 'Director of WHO's Tobacco Free Initiative' → executive of WHO (the
 # initiative is a programme, no entity as GUIDELINES; a doubtful point); World No Tobacco Day is an event (no
 # entity); the four tobacco companies → no relation; 'Friday' → 2008-05-30 and 'Saturday' → 2008-05-31 against the
 # Sunday date line; 'This year's' → 2008; 'in the last ten years', 'each year' not listed
 roles=[R("Margaret Chan", "head", "World Health Organization"),
        R("Luis Sambo", "executive", "World Health Organization"),
        R("Douglas Bettcher", "executive", "World Health Organization")],
 relations=[L("World Health Organization", "parentOrganization", "United Nations")],
 outages=[],
 dates=[D("Friday", "2008-05-30"), D("May 31", "2008-05-31"), D("This year's", "2008"),
        D("Saturday", "2008-05-31")])

A["wn-two-un-contract-workers-kidnapped-somalia-2008"] = dict(
 entities=[E("Organization", "United Nations", "UN"), E("Location", "Somalia"), E("Location", "Bu'aale", "Buale"),
           E("Location", "Lower Jubba"), E("Person", "Murray Watson", "Watson"), E("Person", "Patrick Amukhuma"),
           E("Location", "Saakow"), E("Company", "Agence France-Presse"), E("Company", "The Daily Telegraph"),
           E("Person", "Ibrahim Noleye"), E("Organization", "Food and Agriculture Organization", "FAO"),
           E("Person", "Amos Nyaoro"), E("Organization", "Somalia Water and Land Information Management"),
           E("Company", "Reuters"), E("Person", "Hajir Bille"), E("Location", "Juba region"),
           E("Company", "Associated Press"), E("Location", "Jilib"), E("Location", "Rome"), E("Location", "Italy"),
           E("Company", "Genesys International Corporation"), E("Location", "Bangalore"), E("Location", "India"),
           E("Location", "Juba"), E("Location", "Shabelle"), E("Location", "Puntland"),
           E("Organization", "Médecins Sans Frontières"), E("Person", "Mohamed Siad Barre")],
 # 'the Food and Agriculture Organization (FAO), a United Nations agency' → parentOrganization United Nations; 'an
 # Indian-based group sub-contracted to do aerial survey work for the FAO' + 'employees of Genesys International
 # Corporation' → partner Genesys → FAO (a contract, direction as written; a doubtful point: a sub-contract whose
 # prime contractor is unnamed); 'the UN-supported agency' → no relation (support, not ownership); 'Local district
 # commissioner' (no organisation named), 'an official from the Juba region', Nyaoro 'of' the agency (no title) → no
 # role; the Juba and Shabelle rivers → Locations ('Juba' apart from the 'Juba region'); the UN country office is
 # unnamed; 'Tuesday' → 2008-04-01; 'February' → 2008-02; 'In recent months', 'the last six months' not listed
 roles=[],
 relations=[L("Food and Agriculture Organization", "parentOrganization", "United Nations"),
            L("Genesys International Corporation", "partner", "Food and Agriculture Organization")],
 outages=[],
 dates=[D("Tuesday", "2008-04-01"), D("February", "2008-02"), D("1991", "1991")])

A["wn-israel-issues-travel-ban-20-non-2018"] = dict(
 entities=[E("Location", "Israel"), E("Organization", "Ministry of Strategic Affairs"),
           E("Organization", "boycott, divestment and sanctions movement", "BDS"), E("Location", "Palestine"),
           E("Person", "Gilad Erdan"), E("Location", "France"), E("Location", "Italy"), E("Location", "Chile"),
           E("Location", "South Africa"), E("Organization", "BDS national committee"),
           E("Organization", "BDS Kampagne"), E("Organization", "France Association Palestine Solidarity"),
           E("Organization", "Ireland Palestine Solidarity Campaign"),
           E("Organization", "European Coordination of Committees and Associations for Palestine"),
           E("Organization", "Friends of Al-Aqsa"), E("Organization", "Palestine Committee of Norway"),
           E("Organization", "War on Want"), E("Organization", "Palestine Solidarity Campaign"),
           E("Organization", "Palestine Solidarity Association of Sweden"), E("Location", "Europe"),
           E("Organization", "American Muslims for Palestine"),
           E("Organization", "U.S. Campaign for Palestinian Rights"),
           E("Organization", "National Students for Justice in Palestine"), E("Organization", "Code Pink"),
           E("Organization", "Jewish Voice for Peace"), E("Organization", "American Friends Service Committee"),
           E("Location", "United States"), E("Organization", "Quakers"), E("Company", "Haaretz"),
           E("Person", "Fatin al-Tamimi"), E("Person", "Arye Derry"), E("Person", "Rebecca Vilkomerson"),
           E("Service", "Facebook")],
 # 'Minister of Strategic Affairs Gilad Erdan' (after "Israel's Ministry of Strategic Affairs") and 'Israeli Minister
 # of the Interior Arye Derry' → minister of Israel (the country named on its own in the text; doubtful points: the
 # titles carry no country or only its adjective); 'head of the Ireland Palestine Solidarity Campaign' → head;
 # 'executive director of ... Jewish Voice for Peace' → director (GUIDELINES); the BDS movement and the Quakers ('a
 # Christian sect') → Organizations (doubtful points); 'BDS organizations from France, Italy, Chile, and South
 # Africa' name no organisation; countries inside names (Norway, Sweden) not annotated; '"Friends" is another name
 # for the Quakers' → no alias (the word inside quotation marks names the sect, not the committee); 'responded on
 # Facebook' → Facebook a Service; the Nobel Peace Prize and World War II → no entities; 'Sunday' → 2018-01-07
 roles=[R("Gilad Erdan", "minister", "Israel"), R("Arye Derry", "minister", "Israel"),
        R("Fatin al-Tamimi", "head", "Ireland Palestine Solidarity Campaign"),
        R("Rebecca Vilkomerson", "director", "Jewish Voice for Peace")],
 relations=[],
 outages=[],
 dates=[D("Sunday", "2018-01-07"), D("1947", "1947")])

A["wn-time-magazine-names-ahmed-mohamed-most-2015"] = dict(
 entities=[E("Company", "Time"), E("Person", "Ahmed Mohamed", "Mohamed", "Ahmed"), E("Location", "Texas"),
           E("Location", "US", "America"), E("Person", "Barack Obama"), E("Person", "Malia Obama"),
           E("Person", "Malala Yousafzai"), E("Location", "White House"), E("Location", "Qatar"),
           E("Location", "Irving"), E("Company", "Twitter"), E("Company", "Facebook"),
           E("Person", "Mark Zuckerberg"), E("Organization", "NASA"), E("Company", "Google"),
           E("Location", "Mountain View"), E("Location", "California"), E("Person", "Sergey Brin"),
           E("Organization", "Irving Independent School District"), E("Organization", "Irving Police Department")],
 # 'Co-founder of Google, Sergey Brin' → cofounder; 'Facebook creator Mark Zuckerberg' and 'Facebook co-founder Mark
 # Zuckerberg' → cofounder of Facebook (one role); Twitter ('come to their company for an internship') and Facebook
 # (a co-founder's company) typed Company; 'US President Barack Obama' → no role (the country only as a modifier, as
 # batch 28e's 'US President'; a doubtful point); Time a magazine (Company); the White House a site (Location); the
 # Google Science Fair, the hashtag, the @POTUS account and the Nobel Peace Prize → no entities; 'yesterday' →
 # 2015-10-27; '2015' in the list's name → 2015; 'last week' not listed
 roles=[R("Sergey Brin", "cofounder", "Google"), R("Mark Zuckerberg", "cofounder", "Facebook")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2015-10-27"), D("2015", "2015"), D("September 14", "2015-09-14")])

A["wn-taipei-plane-crash-toll-reaches-40-2015"] = dict(
 entities=[E("Location", "Taipei"), E("Location", "Taiwan"), E("Company", "TransAsia Airways", "TransAsia"),
           E("Location", "Keelung River"), E("Organization", "Tzu Chi Foundation"), E("Person", "Lee Hung Shu-ying"),
           E("Organization", "Aviation Safety Council"), E("Location", "Taipei Songshan Airport"),
           E("Location", "Kinmen"), E("Service", "ATR 72-600"), E("Person", "Thomas Wang", "Wang"),
           E("Person", "John M. Cox"), E("Person", "Stephen Fredrick"), E("Company", "CNN"),
           E("Company", "Pratt & Whitney Canada"), E("Organization", "Civil Aeronautics Administration"),
           E("Company", "Uni Air"), E("Person", "Liao Chien-tsung"), E("Person", "Ko Wen-je")],
 # 'Aviation Safety Council managing director Thomas Wang' → director (GUIDELINES); 'The Aviation Safety Council has
 # teamed up with engine manufacturer Pratt & Whitney Canada to examine the engines' → partner (a stated joint work;
 # a doubtful point); the aircraft type ATR 72-600 → Service, no relation (its maker ATR named only in 'ATR pilots',
 # '22 ATRs', the aircraft); 'Flight 235' no entity; '90 flights over three days are cancelled to allow the
 # proficiency checks' → no outage (a regulator's order after a crash, no system failed; a near-miss); a volunteer,
 # a pilot, 'boss of a safety consultant' (unnamed), the mayor → no role; 'Wednesday' → 2015-02-04; 'today' → the
 # date line
 roles=[R("Thomas Wang", "director", "Aviation Safety Council")],
 relations=[L("Aviation Safety Council", "partner", "Pratt & Whitney Canada")],
 outages=[],
 dates=[D("Wednesday", "2015-02-04"), D("today", "2015-02-07")])

A["wn-renewed-concern-over-nuclear-response-following-2011"] = dict(
 entities=[E("Location", "Japan"), E("Location", "Hiroshima"), E("Location", "Nagasaki"),
           E("Organization", "Greenpeace"), E("Location", "Fukushima Prefecture"),
           E("Company", "Tokyo Electric Power Company", "TEPCO"), E("Organization", "World Nuclear Association"),
           E("Location", "Fukushima I Nuclear Plant", "Fukushima"), E("Person", "Tatsuhiko Kodama", "Kodama"),
           E("Location", "Radioisotope Centre"), E("Organization", "University of Tokyo"), E("Location", "Iitate-Mura"),
           E("Location", "Chernobyl"), E("Company", "The New York Times"), E("Location", "Tokyo"),
           E("Location", "Tsushima"), E("Company", "Crikey!"), E("Company", "Al-Jazeera", "Al Jazeera"),
           E("Organization", "Safecast"), E("Person", "Sean Bonner"), E("Person", "Jyunichi Tokuyama", "Tokuyama"),
           E("Organization", "Iwate Prefecture Agricultural and Fisheries Department")],
 # 'head of the Radioisotope Centre at the University of Tokyo' → no role (a research centre is a Location, to which
 # no role attaches, as GUIDELINES; a doubtful point); 'Sean Bonner, the group's director' → head of Safecast (as
 # batch 29e's director of a magazine; a doubtful point); 'a specialist with' a department → no title; 'plant operator
 # Tokyo Electric Power Company' → no relation (the plant a Location); 'Fukushima' alone ('radiation from
 # Fukushima', '300 kilometres from Fukushima') read as the plant (a doubtful point), 'Fukushima Daiichi' only inside
 # the disaster's name; no outage (radiation readings, no service lost); 'March 11' → 2011-03-11; 'Wednesday' →
 # 2011-08-10; 'last month', 'late July' → 2011-07; 'Yesterday' → 2011-08-12; 'last weekend', 'this week', 'last
 # week', 'after a year' not listed
 roles=[R("Sean Bonner", "head", "Safecast")],
 relations=[],
 outages=[],
 dates=[D("March 11", "2011-03-11"), D("Wednesday", "2011-08-10"), D("August 3", "2011-08-03"),
        D("last month", "2011-07"), D("late July", "2011-07"), D("Yesterday", "2011-08-12"),
        D("August 7", "2011-08-07")])

A["wn-jim-murphy-announces-resignation-scottish-labour-2015"] = dict(
 entities=[E("Person", "Jim Murphy", "Murphy", "Jim"),
           E("Organization", "Scottish Labour Party", "Scottish Labour", "Scottish Labour party"),
           E("Organization", "Scottish Parliament"), E("Location", "Glasgow"), E("Location", "Scotland"),
           E("Person", "Johann Lamont"), E("Person", "Kezia Dugdale"), E("Location", "East Renfrewshire"),
           E("Organization", "Scottish National Party", "SNP"), E("Location", "UK"), E("Person", "Ed Miliband"),
           E("Organization", "UK Labour Party", "UK Labour party", "Labour Party", "Labour"),
           E("Organization", "Unite the Union", "Unite"), E("Organization", "ASLEF"), E("Person", "Alex Rowley"),
           E("Person", "Elaine Smith"), E("Person", "Len McCluskey", "McCluskey"), E("Person", "Lynton Crosby"),
           E("Organization", "Conservatives"), E("Location", "Westminster"), E("Organization", "USDAW"),
           E("Organization", "Community"), E("Location", "London"), E("Person", "Nicola Sturgeon"),
           E("Organization", "Scottish Liberal Democrats"), E("Person", "Willie Rennie"),
           E("Person", "Harriet Harman"), E("Organization", "Scottish Green Party", "Greens"),
           E("Person", "Patrick Harvie", "Harvie"), E("Organization", "Scottish Conservative Party"),
           E("Person", "Ruth Davidson"), E("Company", "Wikinews"), E("Person", "Pat Rafferty")],
 # party leaders → head (as batch 28e): Murphy 'intends to stand down as Scottish Labour Party leader next month' →
 # head, current (not yet left, as GUIDELINES); 'following Johann Lamont's resignation from the role' → head, false;
 # Kezia Dugdale 'currently the party's deputy leader' → executive, and 'is to assume the role of acting leader' →
 # head, current (a post announced, as GUIDELINES); Ed Miliband 'said he would stand down as leader of the UK Labour
 # Party' with Harriet Harman now 'the acting leader' → head, false (a careful reader's conclusion; a doubtful point)
 # and Harman head; 'Unite general secretary Len McCluskey' → head (GUIDELINES); 'Unite's Scotland leader' → executive
 # of Unite (a regional leader; a doubtful point); 'SNP leader', 'Scottish Liberal Democrats leader', 'Scottish
 # Conservative Party leader' and the Greens' 'co-convenor' → head (batch 20b's co-leader); 'Scottish First Minister'
 # → minister of Scotland (a head of government, Scotland named on its own in the text, as the Israel and summit
# texts; changed before newskg ran, with part 2, for that consistency; a doubtful point: batch 28e gave no role where
# the country was only an adjective in the whole text); MSPs → no role (legislators); Westminster as a place; 'Labour'
 # and 'Labour Party' read as the UK party (a doubtful point where Scottish Labour may be meant); 'yesterday' →
 # 2015-05-16; 'next month', 'June' → 2015-06; 'five months ago' → 2014-12 (as 'December 2014'); 'today' in Murphy's
 # words → the date line (GUIDELINES: always; his words were of Saturday, a doubtful point); 'Earlier in the week',
 # 'nine days after', 'eight years', 'the last twenty years' not listed
 roles=[R("Jim Murphy", "head", "Scottish Labour Party"), R("Johann Lamont", "head", "Scottish Labour Party", False),
        R("Kezia Dugdale", "executive", "Scottish Labour Party"), R("Kezia Dugdale", "head", "Scottish Labour Party"),
        R("Ed Miliband", "head", "UK Labour Party", False), R("Harriet Harman", "head", "UK Labour Party"),
        R("Len McCluskey", "head", "Unite the Union"), R("Pat Rafferty", "executive", "Unite the Union"),
        R("Nicola Sturgeon", "head", "Scottish National Party"), R("Nicola Sturgeon", "minister", "Scotland"),
        R("Willie Rennie", "head", "Scottish Liberal Democrats"), R("Patrick Harvie", "head", "Scottish Green Party"),
        R("Ruth Davidson", "head", "Scottish Conservative Party")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2015-05-16"), D("next month", "2015-06"), D("June", "2015-06"), D("May 2016", "2016-05"),
        D("five months ago", "2014-12"), D("December 2014", "2014-12"), D("Today", "2015-05-17")])


IDS2 = sorted("""wn-wikinews-shorts-january-20-2012-2012
wn-africa-europe-summit-concludes-mixed-results-2007""".split())
A2 = {}

A2["wn-wikinews-shorts-january-20-2012-2012"] = dict(
 entities=[E("Location", "Londonderry"), E("Location", "Northern Ireland"),
           E("Organization", "Police Service of Northern Ireland"), E("Person", "Stephen Martin"),
           E("Company", "Eastman Kodak Co"), E("Person", "Newt Gingrich", "Gingrich"), E("Person", "Marianne Ginther"),
           E("Person", "Callista Bisek"), E("Company", "ABC News"), E("Organization", "Republican party"),
           E("Location", "South Carolina"), E("Person", "Bill Clinton"), E("Person", "Monica Lewinsky"),
           E("Company", "Dolce & Gabbana"), E("Location", "Hong Kong"), E("Location", "South Island"),
           E("Location", "New Zealand"), E("Location", "Invercargill"),
           E("Organization", "Pacific Tsunami Warning Center"), E("Location", "Christchurch")],
 # Kodak's 'Chapter 11 bankruptcy' → no outage (a business failure, as GUIDELINES) and no relation; 'Police Service of
 # Northern Ireland Superintendent' → no role (a police rank); 'President Bill Clinton' → no role (no country named);
 # Dolce & Gabbana 'Italian luxury goods brand' → Company (the business that apologised), no Italy entity (an
 # adjective); the 'Ring of Fire' → no entity (a geological belt, a doubtful point); 'Thursday' → 2012-01-19 and
 # 'yesterday' → 2012-01-19 against the Friday date line; 'last year' → 2011; 'two hours later' not listed
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2012-01-19"), D("yesterday", "2012-01-19"), D("last year", "2011")])

A2["wn-africa-europe-summit-concludes-mixed-results-2007"] = dict(
 entities=[E("Location", "Africa"), E("Organization", "European Union"), E("Location", "Portugal"),
           E("Organization", "African Union", "AU"), E("Organization", "European Commission"),
           E("Person", "José Manuel Barroso"), E("Person", "José Sócrates"), E("Location", "Ghana"),
           E("Person", "John Kufuor"), E("Person", "Angela Merkel"), E("Location", "Zimbabwe"),
           E("Person", "Robert Mugabe", "Mugabe"), E("Person", "Omar al-Bashir"),
           E("Organization", "United Nations", "U.N."), E("Location", "Darfur"), E("Location", "Senegal"),
           E("Person", "Abdoulaye Wade"), E("Location", "Europe"), E("Organization", "Oxfam"),
           E("Organization", "Human Rights Watch"), E("Organization", "Save The Children")],
 # 'The head of the European Commission, José Manuel Barroso' → head; 'The president of the European Union,
 # Portuguese Prime Minister José Sócrates' → president of the European Union (the rotating presidency; a doubtful
 # point) and minister of Portugal (Portugal named on its own in the text); 'the head of the African Union, Ghana's
 # President John Kufuor' → head of the African Union and president of Ghana; "Zimbabwe's President Robert Mugabe",
 # "Senegal's President Abdoulaye Wade" → president; 'German Chancellor Angela Merkel' and 'Sudanese President Omar
 # al-Bashir' → no role (their countries only adjectives in this text, as batch 28e); the summit (an event) and the
 # Africa Peer Review (a mechanism, a programme) → no entities; 'the Portuguese capital' unnamed; no relation (the
 # Commission's place in the EU is not stated); 'yesterday' → 2007-12-09; 'seven years', 'five years', 'a few months
 # ago', 'the 21st Century' not listed
 roles=[R("José Manuel Barroso", "head", "European Commission"), R("José Sócrates", "president", "European Union"),
        R("José Sócrates", "minister", "Portugal"), R("John Kufuor", "head", "African Union"),
        R("John Kufuor", "president", "Ghana"), R("Robert Mugabe", "president", "Zimbabwe"),
        R("Abdoulaye Wade", "president", "Senegal")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2007-12-09")])

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
