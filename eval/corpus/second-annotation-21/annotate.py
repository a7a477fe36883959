import json
E=lambda t,n,*a:{"type":t,"name":n,"aliases":list(a)}
R=lambda p,t,o,c=True:{"person":p,"title":t,"org":o,"current":c}
L=lambda s,p,o:{"s":s,"p":p,"o":o}
D=lambda t,v:{"text":t,"value":v}
def O(pr,d,aff,loc=None,cause=None,start=None,end=None,dur=None):
    return {"provider":pr,"date":d,"start":start,"end":end,"duration_hours":dur,"affected":aff,"location":loc,"cause":cause}
A={}
A["oireachtas-committee-coillte-chairman-designate-mckenna-2012"]=dict(
 entities=[E("Person","Brendan McKenna","McKenna"),E("Company","Coillte"),E("Company","Abbott Laboratories"),E("Location","Ireland")],
 roles=[R("Brendan McKenna","chairman","Coillte"),R("Brendan McKenna","executive","Abbott Laboratories",False)],
 relations=[],outages=[],dates=[])
A["oireachtas-dail-mobile-telephony-coverage-comreg-cavan-monaghan-2015"]=dict(
 entities=[E("Organization","ComReg"),E("Location","Cavan"),E("Location","Monaghan")],
 roles=[],relations=[],outages=[],dates=[D("2014","2014")])
A["us-nasa-geveden-to-lead-teledyne-brown-engineering-scolese-successor-2007"]=dict(
 entities=[E("Organization","NASA"),E("Person","Rex Geveden","Geveden","Rex"),E("Company","Teledyne Technologies"),E("Company","Teledyne Brown Engineering"),
  E("Location","Huntsville"),E("Location","Ala."),E("Person","Michael Griffin","Griffin"),E("Person","Christopher Scolese","Scolese"),
  E("Organization","Marshall Space Flight Center"),E("Organization","Goddard Space Flight Center"),E("Location","Greenbelt"),E("Location","Md."),
  E("Organization","Office of Space Science"),E("Organization","Jet Propulsion Laboratory"),E("Location","Pasadena"),E("Location","Calif.")],
 roles=[R("Rex Geveden","executive","NASA"),R("Rex Geveden","president","Teledyne Brown Engineering"),R("Michael Griffin","head","NASA"),
  R("Christopher Scolese","executive","NASA"),R("Rex Geveden","executive","Marshall Space Flight Center",False),
  R("Christopher Scolese","executive","Goddard Space Flight Center",False),R("Christopher Scolese","executive","Office of Space Science",False)],
 relations=[L("Teledyne Brown Engineering","parentOrganization","Teledyne Technologies"),L("Marshall Space Flight Center","parentOrganization","NASA"),
  L("Goddard Space Flight Center","parentOrganization","NASA"),L("Office of Space Science","parentOrganization","NASA")],
 outages=[],dates=[D("July 2005","2005-07"),D("1990","1990"),D("1987","1987")])
subs=["Barrios Technology","Bastion Technologies Inc.","Lockheed Martin Commercial Space Systems","Pratt & Whitney Rocketdyne","The Boeing Company"]
A["us-nasa-six-one-month-options-united-space-alliance-2011"]=dict(
 entities=[E("Organization","NASA"),E("Company","United Space Alliance","USA"),E("Location","Houston"),E("Location","Huntsville"),E("Location","Ala."),
  E("Organization","Kennedy Space Center"),E("Location","Fla."),E("Location","Huntington Beach"),E("Location","Calif."),E("Location","Cape Canaveral"),
  E("Location","Newtown"),E("Location","Pa."),E("Location","Canoga Park"),E("Location","International Space Station")]+[E("Company",s) for s in subs],
 roles=[],relations=[L("NASA","partner","United Space Alliance"),L("Kennedy Space Center","parentOrganization","NASA")]+[L("United Space Alliance","partner",s) for s in subs],
 outages=[],dates=[D("Thursday, March 31","2011-03-31")])
A["us-treasury-fiscal-service-notice-check-ach-reclamation-pause-2023"]=dict(
 entities=[E("Organization","U.S. Treasury","Treasury"),E("Organization","Bureau of the Fiscal Service","Fiscal Service"),E("Service","Automated Clearing House","ACH"),
  E("Service","FedLine","FedLine®"),E("Service","TCVS"),E("Organization","Federal Reserve Bank"),E("Service","Pay.gov")],
 roles=[],relations=[],
 outages=[O("U.S. Treasury","2023-12-01",["Automated Clearing House"],None,"technology upgrades")],
 dates=[D("December 1, 2023","2023-12-01"),D("December 7, 2023","2023-12-07")])
A["wn-euro-disney-sca-receives-new-ceo-2005"]=dict(
 entities=[E("Company","Disney"),E("Company","Euro Disney SCA","Euro Disney"),E("Person","Andre Lacroix"),E("Person","Karl Holz","Holz"),
  E("Company","Walt Disney Parks and Resorts"),E("Company","Disney Cruise Line"),E("Service","Walt Disney World"),E("Location","Europe"),
  E("Service","Disneyland Resort Paris"),E("Location","Marne-la-Vallee"),E("Location","France"),E("Organization","French government")],
 roles=[R("Andre Lacroix","ceo","Euro Disney SCA"),R("Karl Holz","ceo","Euro Disney SCA"),R("Karl Holz","president","Disney Cruise Line",False),
  R("Karl Holz","executive","Walt Disney World",False),R("Karl Holz","coo","Euro Disney SCA",False)],
 relations=[L("Disneyland Resort Paris","provider","Euro Disney SCA")],outages=[],dates=[D("Thursday","2005-05-19")])
A["wn-former-satyam-ceo-raju-his-brother-2009"]=dict(
 entities=[E("Person","Byrraju Ramalinga Raju"),E("Company","Satyam Computer Services","Satyam"),E("Person","B. Rama Raju"),E("Organization","Andhra Pradesh police"),
  E("Location","Hyderabad"),E("Location","India"),E("Organization","Crime Investigation Department","CID"),E("Location","Chanchalguda prison","Chanchalguda jail"),
  E("Person","Vadlamani Srinivas","Srinivas"),E("Person","A. Sivanarayana"),E("Location","Andhra Pradesh"),E("Person","D. Ramakrishna"),
  E("Organization","Crime Branch","CB-CID"),E("Company","Network 18"),E("Organization","Federal Government of India","government of India","Indian government"),
  E("Person","Yeduguri Samuel Rajasekhara Reddy","Reddy"),E("Person","Prem Chand Gupta","Gupta"),E("Person","Deepak Parekh"),E("Company","Housing Development Finance Corporation"),
  E("Person","Kiran Karnik"),E("Organization","NASSCOM"),E("Person","C. Achutan"),E("Organization","Securities and Exchange Board","SEBI")],
 roles=[R("Byrraju Ramalinga Raju","founder","Satyam Computer Services"),R("Byrraju Ramalinga Raju","chairman","Satyam Computer Services",False),
  R("B. Rama Raju","director","Satyam Computer Services",False),R("Vadlamani Srinivas","cfo","Satyam Computer Services"),
  R("A. Sivanarayana","executive","Andhra Pradesh police"),R("Yeduguri Samuel Rajasekhara Reddy","minister","Andhra Pradesh"),R("Prem Chand Gupta","minister","India"),
  R("Deepak Parekh","chairman","Housing Development Finance Corporation"),R("Kiran Karnik","president","NASSCOM",False),R("C. Achutan","other","Securities and Exchange Board",False)],
 relations=[L("Crime Branch","parentOrganization","Crime Investigation Department")],outages=[],
 dates=[D("late Friday","2009-01-09"),D("January 23","2009-01-23"),D("Saturday night","2009-01-10"),D("Saturday","2009-01-10"),D("Sunday","2009-01-11"),D("Friday night","2009-01-09")])
A["wn-low-fares-airline-ryanair-celebrates-twenty-2005"]=dict(
 entities=[E("Company","Ryanair"),E("Person","Tony Ryan"),E("Location","Waterford"),E("Location","London Gatwick"),E("Location","London"),E("Location","Ireland"),
  E("Company","British Airways"),E("Company","Aer Lingus"),E("Company","Boeing"),E("Service","Boeing 737"),E("Person","Michael O'Leary"),E("Location","Mullingar"),
  E("Location","Europe"),E("Location","England")],
 roles=[R("Tony Ryan","founder","Ryanair"),R("Michael O'Leary","ceo","Ryanair")],
 relations=[L("Boeing 737","provider","Boeing"),L("Ryanair","partner","Boeing")],outages=[],
 dates=[D("1985","1985"),D("20 years ago","1985"),D("today","2005-05-28")])
A["wn-neste-oil-build-worlds-largest-biodiesel-2007"]=dict(
 entities=[E("Company","Neste Oil","Neste"),E("Location","Singapore"),E("Location","Malaysia"),E("Location","Indonesia"),E("Location","Porvoo"),E("Location","Finland"),
  E("Organization","Greenpeace"),E("Person","Lauri Myllyvirta","Myllyvirta"),E("Person","Jarmo Honkamaa"),E("Company","Citigroup"),E("Person","Risto Rinne")],
 roles=[R("Jarmo Honkamaa","director","Neste Oil"),R("Risto Rinne","ceo","Neste Oil")],relations=[],outages=[],
 dates=[D("Earlier this year","2007"),D("2009","2009"),D("this year","2007"),D("early next year","2008"),D("2010","2010")])
A["wn-spanish-airline-lte-suspends-all-flights-2008"]=dict(
 entities=[E("Company","LTE International Airways","LTE","LTU","Volar Airlines"),E("Service","Airbus A320"),E("Location","Spain"),E("Location","Italy"),
  E("Location","Saudi Arabia"),E("Location","United Kingdom"),E("Company","FlySur"),E("Location","Andalusia")],
 roles=[],relations=[],outages=[],dates=[D("1987","1987")])
brands=["Rogers Wireless","Fido","Cityfone","Chatr"]
A["wp-2022-rogers-communications-outage"]=dict(
 entities=[E("Company","Rogers Communications","Rogers")]+[E("Service",b) for b in brands]+[E("Company","TekSavvy"),E("Service","Interac"),E("Company","OLG"),
  E("Organization","Canadian Radio-television and Telecommunications Commission")],
 roles=[],relations=[L(b,"provider","Rogers Communications") for b in brands],
 outages=[O("Rogers Communications","2022-07-08",brands+["TekSavvy","Interac","OLG"]),O("Rogers Communications","2021-04",[])],
 dates=[D("July 8, 2022","2022-07-08"),D("April 2021","2021-04"),D("July 2024","2024-07")])
A["wp-mannesmann-vodafone-acquisition"]=dict(
 entities=[E("Company","Mannesmann AG","Mannesmann"),E("Location","Düsseldorf"),E("Company","Vodafone Group Plc.","Vodafone"),E("Company","Frankfurt Stock Exchange"),
  E("Company","Hartmann und Braun"),E("Company","Elsag-Bailey"),E("Company","ABB"),E("Company","Mannesmann Arcor"),E("Location","Germany"),E("Company","Deutsche Bahn"),
  E("Company","Deutsche Bank"),E("Service","D2 Mannesmann"),E("Company","Mannesmann Mobilfunk"),E("Company","Deutsche Telekom"),E("Service","T-Mobile","D1"),
  E("Person","Chris Gent"),E("Company","Goldman Sachs"),E("Person","Scott Mead")],
 roles=[R("Chris Gent","ceo","Vodafone Group Plc.")],
 relations=[L("Vodafone Group Plc.","acquired","Mannesmann AG"),L("Mannesmann AG","parentOrganization","Vodafone Group Plc."),
  L("Hartmann und Braun","parentOrganization","Mannesmann AG"),L("Elsag-Bailey","acquired","Hartmann und Braun"),L("Hartmann und Braun","parentOrganization","Elsag-Bailey"),
  L("ABB","acquired","Elsag-Bailey"),L("Elsag-Bailey","parentOrganization","ABB"),L("Mannesmann Arcor","parentOrganization","Vodafone Group Plc."),
  L("D2 Mannesmann","provider","Mannesmann AG"),L("T-Mobile","provider","Deutsche Telekom")],outages=[],
 dates=[D("1890","1890"),D("1999","1999"),D("May 2008","2008-05"),D("1990","1990"),D("2000","2000")])
import os
out="/work/wt-agree21/eval/corpus/second-annotation-21/"
for k,g in A.items():
    d=json.load(open(f"/tmp/agree21-stripped/{k}.json"))
    for e in g["entities"]:
        for f in [e["name"]]+e["aliases"]:
            assert f in d["text"], (k,f)
    for x in g["dates"]: assert x["text"] in d["text"],(k,x)
    d.update(g); json.dump(d,open(out+k+".json","w"),ensure_ascii=False,indent=2); open(out+k+".json","a").write("\n")
print(len(A))
