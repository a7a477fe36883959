#!/usr/bin/env python3
"""Second annotation of 10 batch-21 files, written from the stripped copies in /tmp/agree21-tmp (pick.py) and
GUIDELINES.md alone. Writes the gold files into this folder, checking that every name, alias and date text occurs."""
import json, os
E=lambda t,n,*a:{"type":t,"name":n,"aliases":list(a)}
R=lambda p,t,o,c=True:{"person":p,"title":t,"org":o,"current":c}
L=lambda s,p,o:{"s":s,"p":p,"o":o}
D=lambda t,v:{"text":t,"value":v}
def O(pr,d,aff,loc=None,cause=None,start=None,end=None,dur=None):
    return {"provider":pr,"date":d,"start":start,"end":end,"duration_hours":dur,"affected":aff,"location":loc,"cause":cause}
A={}
# published null: only absolute dates
A["wp-as-7007-incident"]=dict(
 entities=[E("Company","MAI Network Services","autonomous system 7007"),E("Company","Florida Internet Exchange")],
 roles=[],relations=[],
 outages=[O("MAI Network Services","1997-04-25",[],None,"router leaked its routing table")],
 dates=[D("April 25, 1997","1997-04-25")])
# a product defect (overheating batteries) is no outage
A["wn-nokia-issues-bl-5c-battery-warning-2007"]=dict(
 entities=[E("Company","Nokia"),E("Service","BL-5C"),E("Company","Matsushita")],
 roles=[],
 relations=[L("BL-5C","provider","Nokia"),L("Nokia","partner","Matsushita")],
 outages=[],
 dates=[D("December 2005","2005-12"),D("November 2006","2006-11"),D("Tuesday","2007-08-14")])
A["wp-mafiaboy"]=dict(
 entities=[E("Person","Michael Calce","Calce","MafiaBoy"),E("Location","West Island"),E("Location","Quebec"),
  E("Company","Yahoo!"),E("Service","Fifa.com"),E("Company","Amazon.com","Amazon"),E("Company","Dell, Inc."),E("Company","E*TRADE"),
  E("Company","eBay"),E("Company","CNN"),E("Organization","TNT"),E("Company","Buy.com"),E("Service","Dell.com")],
 roles=[],
 relations=[L("Dell.com","provider","Dell, Inc.")],
 outages=[O("Yahoo!","2000-02-07",["Yahoo!"],None,"denial-of-service attack",dur=1.0),
  O("Buy.com","2000-02",["Buy.com"],None,"denial-of-service attack"),
  O("eBay","2000-02",["eBay"],None,"DDoS"),O("CNN","2000-02",["CNN"],None,"DDoS"),
  O("Amazon.com","2000-02",["Amazon.com"],None,"DDoS"),O("Dell, Inc.","2000-02",["Dell.com"],None,"DDoS")],
 dates=[D("1986","1986"),D("February 2000","2000-02"),D("February 7, 2000","2000-02-07")])
A["wn-intel-ends-partnership-one-laptop-per-2008"]=dict(
 entities=[E("Company","Intel Corporation","Intel"),E("Organization","One Laptop Per Child","OLPC"),E("Company","Advanced Micro Devices"),
  E("Location","Les Vegas"),E("Location","Nevada"),E("Service","Classmate PC"),E("Person","Chuck Mulloy","Mulloy"),E("Person","Walter Bender","Bender")],
 roles=[R("Chuck Mulloy","spokesperson","Intel Corporation"),R("Walter Bender","president","One Laptop Per Child")],
 relations=[L("Intel Corporation","partner","One Laptop Per Child")],
 outages=[],dates=[D("July 2007","2007-07")])
# merger agreement signed, not closed; text does not say who buys whom -> no acquired, no parentOrganization yet
A["wn-major-merger-among-american-lgbt-media-2009"]=dict(
 entities=[E("Company","PlanetOut Inc.","PlanetOut"),E("Service","PlanetOut.com"),E("Service","Gay.com"),E("Company","Here Networks LLC"),
  E("Service","here!"),E("Company","Regent Entertainment Media Inc."),E("Company","The Advocate"),E("Company","Here Media Inc.","Here Media"),
  E("Person","Stephen P. Jarchow"),E("Person","Paul Colichman")],
 roles=[R("Stephen P. Jarchow","chairman","Here Media Inc."),R("Paul Colichman","ceo","Here Media Inc.")],
 relations=[L("PlanetOut.com","provider","PlanetOut Inc."),L("Gay.com","provider","PlanetOut Inc."),L("here!","provider","Here Networks LLC"),
  L("The Advocate","parentOrganization","Regent Entertainment Media Inc.")],
 outages=[],dates=[D("Thursday","2009-01-08"),D("April","2008-04"),D("December","2008-12")])
A["wn-music-promoter-mean-fiddler-sold-almost-2005"]=dict(
 entities=[E("Company","Mean Fiddler PLC","Mean Fiddler"),E("Location","UK"),E("Location","Ireland"),E("Company","Gaiety Investments"),
  E("Company","MCD Promotions"),E("Company","Clear Channel Communications"),E("Person","Vince Power"),E("Location","County Waterford"),
  E("Location","London"),E("Location","Acoustic Room"),E("Location","Powerhaus"),E("Location","Subterania"),E("Location","Europe")],
 roles=[R("Vince Power","founder","Mean Fiddler PLC")],
 relations=[L("Gaiety Investments","acquired","Mean Fiddler PLC"),L("Clear Channel Communications","acquired","Mean Fiddler PLC"),
  L("Gaiety Investments","partner","Clear Channel Communications"),L("MCD Promotions","parentOrganization","Gaiety Investments")],
 outages=[],dates=[D("today","2005-04-08"),D("1982","1982")])
A["wn-mtv-warner-music-agree-licensing-deal-2005"]=dict(
 entities=[E("Company","Warner Music"),E("Company","MTV"),E("Company","VH1")],
 roles=[],relations=[L("Warner Music","partner","MTV")],outages=[],dates=[D("Tuesday","2005-09-27")])
# published null: only absolute dates; former names of Sprint Corporation are aliases of the company it became
A["wp-sprint-nextel"]=dict(
 entities=[E("Company","Sprint Nextel Corporation","Sprint Corporation","Sprint","Brown Telephone Company","United Utilities","United Telecommunications"),
  E("Company","NYSE"),E("Location","Reston"),E("Location","Virginia"),E("Location","United States","U.S."),E("Service","Sprint PCS"),E("Service","Nextel"),
  E("Company","Cingular"),E("Company","Verizon Wireless"),E("Company","NEXTEL Communications"),E("Location","Overland Park"),E("Location","Kansas"),
  E("Person","Cleyson Brown"),E("Location","Abilene"),E("Company","Bell System"),E("Company","Southern Pacific Communications Company","SPCC"),
  E("Company","Southern Pacific Railroad")],
 roles=[R("Cleyson Brown","founder","Sprint Nextel Corporation")],
 relations=[L("Sprint PCS","provider","Sprint Nextel Corporation"),L("Nextel","provider","Sprint Nextel Corporation"),
  L("Sprint Nextel Corporation","acquired","NEXTEL Communications"),L("NEXTEL Communications","parentOrganization","Sprint Nextel Corporation"),
  L("Southern Pacific Communications Company","parentOrganization","Southern Pacific Railroad")],
 outages=[],dates=[D("1899","1899"),D("1972","1972"),D("late in 1978","1978")])
A["us-doj-federal-register-utc-rockwell-collins-proposed-final-judgment-2018"]=dict(
 entities=[E("Organization","United States District Court for the District of Columbia"),E("Location","United States of America","United States"),
  E("Company","United Technologies Corporation"),E("Company","Rockwell Collins, Inc.","Rockwell Collins"),E("Organization","Antitrust Division"),
  E("Organization","Department of Justice"),E("Person","Maribeth Petrizzi"),E("Organization","Defense, Industrials, and Aerospace Section"),
  E("Location","Washington"),E("Location","DC")],
 roles=[R("Maribeth Petrizzi","head","Defense, Industrials, and Aerospace Section")],
 relations=[L("United Technologies Corporation","acquired","Rockwell Collins, Inc."),L("Antitrust Division","parentOrganization","Department of Justice"),
  L("Defense, Industrials, and Aerospace Section","parentOrganization","Antitrust Division")],
 outages=[],dates=[D("October 1, 2018","2018-10-01")])
A["ec-approves-hitachi-rail-acquisition-thales-ground-transportation-2023"]=dict(
 entities=[E("Organization","European Commission","Commission"),E("Company","Thales"),E("Company","GTS"),E("Company","Hitachi Rail"),
  E("Location","France"),E("Location","Germany")],
 roles=[],
 relations=[L("Hitachi Rail","acquired","GTS"),L("GTS","parentOrganization","Thales")],
 outages=[],dates=[])
out=os.path.dirname(os.path.abspath(__file__))+"/"
for k,g in A.items():
    d=json.load(open(f"/tmp/agree21-tmp/{k}.json"))
    for e in g["entities"]:
        for f in [e["name"]]+e["aliases"]:
            assert f in d["text"], (k,f)
    for x in g["dates"]: assert x["text"] in d["text"],(k,x)
    d.update(g); json.dump(d,open(out+k+".json","w"),ensure_ascii=False,indent=2); open(out+k+".json","a").write("\n")
print(len(A))
