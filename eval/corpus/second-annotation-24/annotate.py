#!/usr/bin/env python3
"""Second annotation of 10 batch-23 files, written from the stripped copies in /tmp/agree24-tmp (pick.py) and
GUIDELINES.md alone. Writes the gold files into this folder, checking that every name, alias and date text occurs."""
import json, os
E=lambda t,n,*a:{"type":t,"name":n,"aliases":list(a)}
R=lambda p,t,o,c=True:{"person":p,"title":t,"org":o,"current":c}
L=lambda s,p,o:{"s":s,"p":p,"o":o}
D=lambda t,v:{"text":t,"value":v}
def O(pr,d,aff,loc=None,cause=None,start=None,end=None,dur=None):
    return {"provider":pr,"date":d,"start":start,"end":end,"duration_hours":dur,"affected":aff,"location":loc,"cause":cause}
A={}
# published 2008-01-18: a lost backup tape is lost data, not a service users lost (no outage); "GE" is GE Consumer
# Finance here (it owns the tape); the tape sat in Iron Mountain's storage facility (a storage contract: partner)
A["wn-data-from-650-000-credit-card-2008"]=dict(
 entities=[E("Location","United States"),E("Company","J.C. Penney"),E("Company","GE Consumer Finance","GE"),
  E("Company","Iron Mountain Incorporated","Iron Mountain")],
 roles=[],relations=[L("GE Consumer Finance","partner","Iron Mountain Incorporated")],
 outages=[],dates=[D("October","2007-10")])
# published 2009-06-23: channels going off air because the company failed is a business failure, not an outage;
# the two companies in administration and Setanta Ireland are Setanta's; ITN produced Setanta Sports News under
# contract; the sold broadcasting rights are assets (nothing); "Setanta Sports 2" is not written out
A["wn-uk-broadcaster-setanta-enters-administration-2009"]=dict(
 entities=[E("Company","Deloitte Touche Tohmatsu","Deloitte"),E("Person","Leonard Blavatnik"),E("Location","Ireland"),
  E("Location","United Kingdom","UK"),E("Company","Setanta"),E("Person","Neville Kahn"),E("Person","Lee Manning"),
  E("Person","Nick Edwards"),E("Company","Setanta Sport Ltd"),E("Company","Setanta Transmissions (UK) Ltd"),
  E("Company","Setanta Ireland"),E("Service","Setanta Sports 1"),E("Service","Setanta Golf"),E("Service","Setanta Sports News"),
  E("Service","Racing UK"),E("Company","ITN"),E("Organization","Premier League"),E("Location","United States"),
  E("Company","ESPN"),E("Organization","European Union"),E("Company","British Sky Broadcasting")],
 roles=[R("Neville Kahn","other","Deloitte Touche Tohmatsu"),R("Lee Manning","other","Deloitte Touche Tohmatsu"),
  R("Nick Edwards","other","Deloitte Touche Tohmatsu")],
 relations=[L("Setanta Sport Ltd","parentOrganization","Setanta"),L("Setanta Transmissions (UK) Ltd","parentOrganization","Setanta"),
  L("Setanta Ireland","parentOrganization","Setanta"),L("Setanta Sports 1","provider","Setanta"),L("Setanta Golf","provider","Setanta"),
  L("Setanta Sports News","provider","Setanta"),L("ITN","partner","Setanta")],
 outages=[],dates=[D("today","2009-06-23"),D("yesterday","2009-06-22")])
# published null: only absolute dates; one outage told (three distribution companies hit, one named: whose systems
# failed); the war is an event; the malware is no product users use
A["wp-2015-ukraine-power-grid-hack"]=dict(
 entities=[E("Location","Ukraine"),E("Organization","Sandworm"),E("Company","Prykarpattyaoblenergo"),
  E("Location","Ivano-Frankivsk Oblast")],
 roles=[],relations=[],
 outages=[O("Prykarpattyaoblenergo","2015-12-23",[],"Ukraine","cyberattack")],
 dates=[D("December 23, 2015","2015-12-23"),D("23 December 2015","2015-12-23"),D("2014","2014")])
# published null: only absolute dates ("5:16 p.m." and "November evening" are not absolute: kept only as the
# outage's start); the failed relay was in the Ontario Hydro system; power stations are Locations
A["wp-northeast-blackout-of-1965"]=dict(
 entities=[E("Location","Ontario"),E("Location","Canada"),E("Location","Connecticut"),E("Location","Delaware"),
  E("Location","Maryland"),E("Location","Massachusetts"),E("Location","New Hampshire"),E("Location","New Jersey"),
  E("Location","New York"),E("Location","Pennsylvania"),E("Location","Rhode Island"),E("Location","Vermont"),
  E("Location","United States"),E("Location","Sir Adam Beck Hydroelectric Power Station No. 2","Beck Station"),
  E("Location","Queenston"),E("Location","Niagara Falls"),E("Company","Ontario Hydro"),E("Location","southern Ontario"),
  E("Location","Robert Moses generating plant"),E("Location","Lewiston"),E("Location","Niagara")],
 roles=[],relations=[],
 outages=[O("Ontario Hydro","1965-11-09",[],"Ontario","misprogrammed protective relay",start="1965-11-09T17:16",dur=13)],
 dates=[D("1965","1965"),D("Tuesday, November 9, 1965","1965-11-09")])
# published 2006-06-10 (a Saturday): Friday 06-09, Thursday 06-08, Wednesday 06-07; go! is an airline (Company),
# a division of Mesa Air Group
A["wn-new-hawaii-airline-sparks-fare-war-2006"]=dict(
 entities=[E("Location","Hawaii"),E("Company","go!","go"),E("Location","Arizona"),E("Company","Mesa Air Group","Mesa Air"),
  E("Company","Hawaiian Airlines","Hawaiian"),E("Company","Aloha Airlines","Aloha"),E("Person","Thom Nulty"),
  E("Location","Honolulu International Airport"),E("Location","Honolulu"),E("Person","Jonathan Ornstein","Ornstein")],
 roles=[R("Thom Nulty","vice-president","Aloha Airlines"),R("Jonathan Ornstein","ceo","Mesa Air Group")],
 relations=[L("go!","parentOrganization","Mesa Air Group")],
 outages=[],
 dates=[D("Friday","2006-06-09"),D("March","2006-03"),D("Wednesday","2006-06-07"),D("Thursday","2006-06-08"),
  D("Friday morning","2006-06-09"),D("7 p.m. Thursday night","2006-06-08T19:00"),D("9 a.m. Friday","2006-06-09T09:00")])
# published 2007-03-14: Disney's cruise line is a business (Company) of Disney; ships' names are not entities
A["wn-disney-cruise-line-add-two-new-2007"]=dict(
 entities=[E("Company","Disney"),E("Company","Disney Cruise Line"),E("Person","Bob Iger")],
 roles=[R("Bob Iger","president","Disney"),R("Bob Iger","ceo","Disney")],
 relations=[L("Disney Cruise Line","parentOrganization","Disney")],
 outages=[],dates=[D("February 22, 2007","2007-02-22"),D("2011","2011"),D("2012","2012"),D("1998","1998")])
# published null: only absolute dates; the Latin American operations Delivery Hero bought are assets (nothing);
# the app's categories are not named products
A["wp-glovo"]=dict(
 entities=[E("Company","Glovo"),E("Location","Barcelona"),E("Person","Oscar Pierre Miquel","Oscar Pierre"),
  E("Person","Sacha Michaud"),E("Location","Turkey"),E("Location","Egypt"),E("Location","Puerto Rico"),E("Location","Uruguay"),
  E("Company","Delivery Hero")],
 roles=[R("Oscar Pierre Miquel","founder","Glovo"),R("Oscar Pierre Miquel","ceo","Glovo"),R("Sacha Michaud","cofounder","Glovo")],
 relations=[],outages=[],
 dates=[D("2015","2015"),D("January 2020","2020-01"),D("October 2020","2020-10"),D("February 2021","2021-02")])
# published 2006-06-29: PayPal is a company ("payment giant") owned by eBay; card brands are products (Service)
A["wn-google-launches-online-payment-service-2006"]=dict(
 entities=[E("Company","Google"),E("Service","Google Checkout"),E("Company","PayPal"),E("Company","eBay"),E("Location","U.S."),
  E("Service","Google AdWords","Google Adwords","AdWords"),E("Service","Visa"),E("Service","MasterCard"),
  E("Service","American Express"),E("Service","Discover"),E("Service","Citicard")],
 roles=[],
 relations=[L("Google Checkout","provider","Google"),L("Google AdWords","provider","Google"),L("PayPal","parentOrganization","eBay")],
 outages=[],dates=[D("today","2006-06-29")])
# published null: only absolute dates ("three years later" is not); the firm's former name is an alias; Cox & Reid
# and the names it passed through before Magniac & Company are one predecessor firm; rankings are not entities
A["wp-jardine-matheson"]=dict(
 entities=[E("Company","Jardine Matheson Holdings Limited","Jardine Matheson","Jardines","Jardine, Matheson & Company"),
  E("Location","Hong Kong"),E("Location","Bermuda"),E("Company","London Stock Exchange"),E("Company","Singapore Exchange"),
  E("Company","Bermuda Stock Exchange"),E("Location","Asia"),E("Company","Jardine Pacific"),E("Company","Jardine Motors"),
  E("Company","Hongkong Land"),E("Company","Jardine Strategic Holdings","Jardine Strategic"),E("Company","DFI Retail Group"),
  E("Company","Mandarin Oriental Hotel Group"),E("Company","Jardine Cycle & Carriage"),E("Company","Astra International"),
  E("Organization","Mindset"),E("Location","China"),E("Person","William Jardine"),E("Person","Jean Johnstone"),
  E("Company","Cox & Reid","Cox & Beale","Beale & Company","Beale & Magniac","Magniac & Company"),E("Person","John Cox"),
  E("Person","John Reid"),E("Company","Trieste Company"),E("Organization","University of Edinburgh Medical School"),
  E("Organization","University of Edinburgh"),E("Person","Hollingworth Magniac","Magniac"),E("Person","James Matheson")],
 roles=[R("William Jardine","cofounder","Jardine Matheson Holdings Limited"),R("John Cox","cofounder","Cox & Reid"),
  R("John Reid","cofounder","Cox & Reid"),R("John Reid","other","Trieste Company",False),
  R("Hollingworth Magniac","executive","Cox & Reid")],
 relations=[L(s,"parentOrganization","Jardine Matheson Holdings Limited") for s in ["Jardine Pacific","Jardine Motors",
  "Hongkong Land","Jardine Strategic Holdings","DFI Retail Group","Mandarin Oriental Hotel Group","Jardine Cycle & Carriage",
  "Astra International"]]+[L("University of Edinburgh Medical School","parentOrganization","University of Edinburgh")],
 outages=[],
 dates=[D("1982","1982"),D("2002","2002"),D("2019","2019"),D("2013","2013"),D("1832","1832"),D("1782","1782"),D("1825","1825")])
# published null: only absolute dates; a merger not saying who buys whom: nothing; "it acquired Coty" is the
# Benckiser business (completed: acquired + parentOrganization); the brands are products (Service)
BR=["Dettol","Disprin","Strepsils","Harpic","Veet","Airborne","Mortein","Gaviscon","Mead Johnson","Air Wick","Calgon",
    "Clearasil","Cillit Bang","Durex","Lysol","Mycil","Enfamil","Vanish"]
A["wp-reckitt"]=dict(
 entities=[E("Company","Reckitt Benckiser Group PLC","Reckitt","Reckitt Benckiser"),E("Location","Slough"),
  E("Location","United Kingdom")]+[E("Service",b) for b in BR]+[E("Company","Reckitt & Colman plc"),
  E("Company","Benckiser N.V."),E("Person","Johann Benckiser","Benckiser"),E("Location","Pforzheim"),E("Location","Germany"),
  E("Person","Ludwig Reimann","Reimann"),E("Location","Ludwigshafen"),E("Company","Coty, Inc."),E("Company","Reckitt & Sons"),
  E("Person","Isaac Reckitt"),E("Location","Hull"),E("Location","England"),E("Location","Australia"),
  E("Company","London Stock Exchange")],
 roles=[R("Johann Benckiser","founder","Benckiser N.V."),R("Isaac Reckitt","founder","Reckitt & Sons")],
 relations=[L(b,"provider","Reckitt Benckiser Group PLC") for b in BR]+[L("Vanish","provider","Benckiser N.V."),
  L("Cillit Bang","provider","Benckiser N.V."),L("Benckiser N.V.","acquired","Coty, Inc."),
  L("Coty, Inc.","parentOrganization","Benckiser N.V.")],
 outages=[],
 dates=[D(y,y) for y in ["1999","2021","1823","1828","1851","1858","1992","1997","1840","1862","1886","1888"]])
out=os.path.dirname(os.path.abspath(__file__))+"/"
for k,g in A.items():
    d=json.load(open(f"/tmp/agree24-tmp/{k}.json"))
    for e in g["entities"]:
        for f in [e["name"]]+e["aliases"]:
            assert f in d["text"], (k,f)
    for x in g["dates"]: assert x["text"] in d["text"],(k,x)
    d.update(g); json.dump(d,open(out+k+".json","w"),ensure_ascii=False,indent=2); open(out+k+".json","a").write("\n")
print(len(A))
