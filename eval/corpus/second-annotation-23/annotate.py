#!/usr/bin/env python3
"""Second annotation of 10 batch-22 files, written from the stripped copies in /tmp/agree23-tmp (pick.py) and
GUIDELINES.md alone. Writes the gold files into this folder, checking that every name, alias and date text occurs."""
import json, os
E=lambda t,n,*a:{"type":t,"name":n,"aliases":list(a)}
R=lambda p,t,o,c=True:{"person":p,"title":t,"org":o,"current":c}
L=lambda s,p,o:{"s":s,"p":p,"o":o}
D=lambda t,v:{"text":t,"value":v}
def O(pr,d,aff,loc=None,cause=None,start=None,end=None,dur=None):
    return {"provider":pr,"date":d,"start":start,"end":end,"duration_hours":dur,"affected":aff,"location":loc,"cause":cause}
A={}
# published 2005-05-25 (a Wednesday): "today" and "Wednesday" are that day; the Thursday update continues the same outage
A["wn-power-crisis-moscow-central-russia-2005"]=dict(
 entities=[E("Location","Moscow"),E("Company","Mosenergo"),E("Service","Moscow underground"),E("Company","Moscow railway"),
  E("Company","Mosvodokanal"),E("Location","Tula"),E("Location","Kaluga")],
 roles=[],relations=[],
 outages=[O("Mosenergo","2005-05-25",["Moscow underground","Moscow railway","Mosvodokanal"],"Moscow",
  "failure in the accumulative power supply system",start="2005-05-25T11:15")],
 dates=[D("today","2005-05-25"),D("Wednesday","2005-05-25"),D("Thursday, May 26, 2005","2005-05-26"),D("Thursday","2005-05-26")])
# published null: only absolute dates; the text tells three separate incidents; the cables are networks (Service);
# FLAG Telecom is the one cable operator named ("FLAG Telecom cables", "SEA-ME-WE 4 or FLAG")
A["wp-2008-submarine-cable-disruption"]=dict(
 entities=[E("Location","Mediterranean Sea"),E("Location","Middle East"),E("Location","India"),E("Location","Singapore"),
  E("Location","Jakarta"),E("Service","FLAG FEA"),E("Service","GO-1"),E("Service","SEA-ME-WE 3"),E("Service","SEA-ME-WE 4"),
  E("Service","FALCON"),E("Location","Persian Gulf"),E("Location","Indian subcontinent"),E("Company","FLAG Telecom","FLAG"),
  E("Location","Alexandria")],
 roles=[],relations=[],
 outages=[O("FLAG Telecom","2008-01-23",["FALCON","SEA-ME-WE 4"],"Mediterranean Sea","damage to submarine communications cables"),
  O(None,None,[],"Singapore",None),
  O(None,None,["FLAG FEA","GO-1","SEA-ME-WE 3","SEA-ME-WE 4"],None,"cables cut")],
 dates=[D("2008","2008"),D("January 23","2008-01-23"),D("February 4, 2008","2008-02-04"),D("30 January 2008","2008-01-30")])
# a consent decree about outage reporting: no outage told
A["us-fcc-level-3-network-outage-reporting-consent-decree-order-2012"]=dict(
 entities=[E("Organization","Enforcement Bureau","Bureau"),E("Organization","Federal Communications Commission","Commission"),
  E("Company","Level 3 Communications, LLC","Level 3")],
 roles=[],relations=[L("Enforcement Bureau","parentOrganization","Federal Communications Commission")],
 outages=[],dates=[])
# "Labatt, a company that makes beer" is Labatt USA (it moves the headquarters); a mayor gets no role (not a head of
# state or government of a country or state)
A["wn-labatt-usa-move-headquarters-buffalo-new-2007"]=dict(
 entities=[E("Company","Labatt USA","Labatt"),E("Location","Norwalk"),E("Location","Connecticut"),E("Location","Buffalo"),
  E("Location","New York"),E("Location","Syracuse"),E("Location","Rochester"),E("Person","Glen Walter"),E("Location","Key Bank Tower"),
  E("Company","InBev"),E("Location","Belgium"),E("Person","Byron W. Brown","Brown"),E("Company","Try-It Distributing"),
  E("Location","Erie"),E("Location","Niagara")],
 roles=[R("Glen Walter","president","Labatt USA")],
 relations=[L("Labatt USA","parentOrganization","InBev"),L("Try-It Distributing","partner","Labatt USA")],
 outages=[],dates=[D("this spring","2007")])
A["wn-ebay-australia-only-permit-payment-via-2008"]=dict(
 entities=[E("Company","eBay"),E("Location","United Kingdom"),E("Company","PayPal","Paypal"),E("Company","eBay Australia"),
  E("Person","Alastair MacGibbon","MacGibbon"),E("Location","Melbourne"),E("Person","Robert Kobis")],
 roles=[R("Alastair MacGibbon","director","eBay")],
 relations=[L("PayPal","parentOrganization","eBay"),L("eBay Australia","parentOrganization","eBay")],
 outages=[],dates=[D("June 17","2008-06-17"),D("March","2008-03")])
# published 2024-01-30; "agreed to step down" after the conversation, an interim chair to be appointed: he has left
A["hansard-lords-post-office-ltd-chairman-henry-staunton-steps-down-2024"]=dict(
 entities=[E("Organization","House of Commons"),E("Person","Henry Staunton"),E("Company","Post Office")],
 roles=[R("Henry Staunton","chairman","Post Office",False)],
 relations=[],outages=[],dates=[D("Monday 29 January","2024-01-29")])
# "Shortly after being acquired by Google, the company ...": Writely is the company Google bought; Writely.com its website
A["wn-google-re-opens-online-word-processor-2006"]=dict(
 entities=[E("Service","Writely.com"),E("Company","Writely"),E("Company","Google"),E("Company","CNET"),E("Service","Google Account")],
 roles=[],
 relations=[L("Google","acquired","Writely"),L("Writely","parentOrganization","Google"),L("Writely.com","provider","Writely"),
  L("Google Account","provider","Google")],
 outages=[],dates=[D("August 2005","2005-08"),D("March 9, 2006","2006-03-09"),D("August 17, 2006","2006-08-17")])
# published 2008-06-27; named business units of BBC Resources are companies; the Outside Broadcast division was sold
# to SIS (completed); past ownership is kept; fiscal years (2005-06 ...) are skipped
A["wn-bbc-spends-3-4m-sell-off-2008"]=dict(
 entities=[E("Company","The Guardian"),E("Company","BBC"),E("Company","BBC Resources Ltd.","BBC Resources","Resources"),
  E("Company","Outside Broadcast"),E("Company","Satellite Information Services Limited","SIS"),E("Company","Studios"),
  E("Company","Post Production"),E("Organization","BECTU"),E("Person","Luke Crawley"),E("Company","BBC Technology"),
  E("Company","BBC Broadcast"),E("Company","BBC Worldwide","BBC Enterprises"),E("Organization","ACAS"),
  E("Company","Financial Times"),E("Company","The Times"),E("Company","Broadcast"),E("Company","Ernst & Young")],
 roles=[R("Luke Crawley","executive","BECTU")],
 relations=[L("BBC Resources Ltd.","parentOrganization","BBC"),L("Outside Broadcast","parentOrganization","BBC Resources Ltd."),
  L("Satellite Information Services Limited","acquired","Outside Broadcast"),
  L("Outside Broadcast","parentOrganization","Satellite Information Services Limited"),
  L("Studios","parentOrganization","BBC Resources Ltd."),L("Post Production","parentOrganization","BBC Resources Ltd."),
  L("BBC Technology","parentOrganization","BBC"),L("BBC Broadcast","parentOrganization","BBC"),L("BBC Worldwide","parentOrganization","BBC")],
 outages=[],
 dates=[D("today","2008-06-27"),D("July 8","2008-07-08"),D("March 7, 2008","2008-03-07"),D("early June","2008-06"),
  D("Last year","2007"),D("1998","1998"),D("2005","2005"),D("June 2005","2005-06"),D("January 2007","2007-01"),
  D("July 2007","2007-07"),D("August 16, 2007","2007-08-16")])
# published null: only absolute dates; the former name is an alias
A["wp-mojang"]=dict(
 entities=[E("Company","Mojang AB","Mojang","Mojang Specifications"),E("Person","Markus Persson"),E("Service","Minecraft"),
  E("Service","Scrolls"),E("Location","Stockholm"),E("Company","Microsoft")],
 roles=[R("Markus Persson","founder","Mojang AB")],
 relations=[L("Minecraft","provider","Mojang AB"),L("Scrolls","provider","Mojang AB"),L("Microsoft","acquired","Mojang AB"),
  L("Mojang AB","parentOrganization","Microsoft")],
 outages=[],dates=[D("May 2009","2009-05"),D("September 15, 2014","2014-09-15"),D("November 9, 2014","2014-11-09")])
# published null; both sales completed (Google 2012, Lenovo 2014): acquired + parentOrganization each, past kept;
# a split is no acquisition; the cable modem business sold to Arris is unnamed
A["wp-motorola-mobility"]=dict(
 entities=[E("Company","Motorola Mobility"),E("Company","Motorola"),E("Company","Google"),E("Company","Lenovo"),
  E("Location","Chicago"),E("Location","Illinois"),E("Company","Motorola Solutions"),E("Service","Android"),
  E("Company","Arris Group"),E("Service","Android Wear"),E("Service","Project Ara","Ara"),E("Company","ATAP")],
 roles=[],
 relations=[L("Google","acquired","Motorola Mobility"),L("Motorola Mobility","parentOrganization","Google"),
  L("Lenovo","acquired","Motorola Mobility"),L("Motorola Mobility","parentOrganization","Lenovo"),
  L("Android","provider","Google"),L("Project Ara","provider","Motorola Mobility"),L("ATAP","parentOrganization","Motorola Mobility")],
 outages=[],dates=[D("2011","2011"),D("August 2011","2011-08"),D("May 2012","2012-05"),D("January 2014","2014-01"),
  D("October 30, 2014","2014-10-30")])
out=os.path.dirname(os.path.abspath(__file__))+"/"
for k,g in A.items():
    d=json.load(open(f"/tmp/agree23-tmp/{k}.json"))
    for e in g["entities"]:
        for f in [e["name"]]+e["aliases"]:
            assert f in d["text"], (k,f)
    for x in g["dates"]: assert x["text"] in d["text"],(k,x)
    d.update(g); json.dump(d,open(out+k+".json","w"),ensure_ascii=False,indent=2); open(out+k+".json","a").write("\n")
print(len(A))
