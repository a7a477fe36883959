#!/usr/bin/env python3
"""Batch 31j gold annotations (the 8 texts of batch31j.py, one part), written from each text alone; newskg was not run
on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). All 8 are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2; batches 27d-31d): a completed purchase -> acquired + parentOrganization; acquired
only where the text says the target was merged into the buyer or into a new company, or names another parent for it;
a controlling interest bought -> a completed purchase of control (as 31d's Fairmont); minority stakes, a business or
division with no name of its own bought, a buyer that is an unnamed consortium, sellers looking for buyers -> nothing;
a joint venture -> parentOrganization to each owner + partner; a company formed by merging two owners' units ->
parentOrganization to each (no partner unless the text says joint venture); stated subsidiaries, divisions, owners
and former owners -> parentOrganization (kept when told as past); former and temporary names -> aliases; a supply
contract -> partner; products the text says a company makes or brands -> provider.
usage: batch31j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)

A = {}
# ---- mobile telecoms: EE -----------------------------------------------------------------------------------------------
EE = "EE Limited"
FT = "France Télécom"
A["wp-ee-limited"] = dict(
 # the operator with its former and short names -> one Company; 'France Télécom (now Orange S.A.)' -> one Company
 # with its present name as alias; BT Consumer (a division, run as a business) and BT Group ('BT') -> Companies; the
 # two UK businesses merged into EE -> Companies; 'the UK's first 4G mobile network', 'EE's 4G network' -> generic,
 # no Service; places -> Location
 entities=[E("Company", EE, "Everything Everywhere Limited", "EE"), E("Company", "BT Consumer"),
           E("Company", "BT Group", "BT"), E("Location", "United Kingdom", "UK"), E("Company", "Deutsche Telekom"),
           E("Company", FT, "Orange S.A."), E("Company", "T-Mobile UK"), E("Company", "Orange UK")]
          + locs("London", "England", "Bristol", "Darlington", "Sunderland", "Greenock", "Merthyr Tydfil",
                 "North Tyneside", "Plymouth", "Leeds"),
 roles=[],
 # 'a brand of BT Consumer, a division of BT Group' -> parentOrganization twice; 'EE was acquired by BT in 2016' ->
 # acquired + parentOrganization; 'a 50:50 joint venture between Deutsche Telekom and France Télécom' ->
 # parentOrganization to each + partner; 'T-Mobile UK and Orange UK, their respective businesses in the UK' ->
 # parentOrganization to each owner; the merger of the two UK businesses (no buyer) -> nothing more
 relations=[L(EE, "parentOrganization", "BT Consumer"), L("BT Consumer", "parentOrganization", "BT Group")]
           + acq("BT Group", EE) + parents("Deutsche Telekom", EE) + parents(FT, EE)
           + [L("Deutsche Telekom", "partner", FT), L("T-Mobile UK", "parentOrganization", "Deutsche Telekom"),
              L("Orange UK", "parentOrganization", FT)],
 outages=[],
 dates=[D("2010", "2010"), D("September 2022", "2022-09"), D("2015", "2015"), D("2012", "2012"), D("2016", "2016"),
        D("November 2016", "2016-11"), D("the start of 2024", "2024"), D("8 September 2009", "2009-09-08")])

# ---- semiconductors: Micron Memory Japan (Elpida Memory) ---------------------------------------------------------------
MMJ = "Micron Memory Japan, K.K."
A["wp-micron-memory-japan"] = dict(
 # the company under its present, former and first names (Micron Memory Japan, Elpida Memory, Elpida, NEC Hitachi
 # Memory) -> one Company; Elpida Akita renamed Micron Akita -> one Company; NEC, Hitachi, 'Mitsubishi' (in 'the
 # Mitsubishi DRAM business'), Renesas, Micron Technology, the Tokyo Stock Exchange -> Company; the Department of
 # Justice -> Organization; the Sherman Antitrust Act (a law) -> nothing; places -> Location
 entities=[E("Company", MMJ, "Micron Memory Japan", "Elpida Memory, Inc.", "Elpida Memory", "Elpida",
             "NEC Hitachi Memory"),
           E("Company", "Micron Technology"), E("Location", "Yaesu"), E("Location", "Chūō"), E("Location", "Tokyo"),
           E("Location", "Japan"), E("Company", "Hitachi"), E("Company", "NEC"), E("Company", "Mitsubishi"),
           E("Company", "Tokyo Stock Exchange"), E("Company", "Micron Akita, Inc.", "Elpida Akita"),
           E("Company", "Renesas"), E("Organization", "United States Department of Justice")],
 roles=[],
 # 'a Japanese subsidiary of Micron Technology' and 'Elpida was acquired by Micron Technology' -> acquired +
 # parentOrganization; 'formed ... by the merger of the Hitachi and NEC DRAM businesses' -> parentOrganization to
 # each (a joint creation of the two owners' units; 'joint venture' is not said: no partner, doubtful); Renesas, into
 # which both 'spun off their other semiconductor operations' -> nothing (a spin-off, no owner stated, doubtful);
 # 'took over the Mitsubishi DRAM business' (a business with no name of its own) -> nothing; Elpida Akita's owner
 # (not stated) -> nothing; the Justice Department's probe -> nothing
 relations=acq("Micron Technology", MMJ) + parents("Hitachi", MMJ) + parents("NEC", MMJ),
 outages=[],
 # published null: 'In the following year', 'Later that year' left out
 dates=[D("1999", "1999"), D("2003", "2003"), D("2004", "2004"), D("2012", "2012"), D("2013", "2013"),
        D("February 28, 2014", "2014-02-28"), D("2000", "2000"), D("2001", "2001"), D("2002", "2002")])

# ---- semiconductors: Freescale Semiconductor ---------------------------------------------------------------------------
FS = "Freescale Semiconductor, Inc."
A["wp-freescale-semiconductor"] = dict(
 # the company with its short name and the names of the Motorola division it was made from ('Motorola Semiconductor
 # Products Sector', its temporary name 'SPS Spinco'; doubtful: the text calls the divested division Freescale's
 # origin, read as a former name) -> one Company; Motorola, NXP Semiconductors, the Blackstone Group -> Company
 entities=[E("Company", FS, "Freescale", "Motorola Semiconductor Products Sector", "SPS Spinco"),
           E("Company", "Motorola"), E("Company", "NXP Semiconductors"), E("Company", "Blackstone Group")],
 roles=[],
 # 'created by the divestiture of the Semiconductor Products Sector of Motorola' -> parentOrganization to Motorola
 # (past, kept); 'subsequently merged into NXP Semiconductors' -> acquired only (merged into the buyer; 'merged into'
 # read as NXP taking Freescale over, doubtful); the 2006 buyout 'by a consortium led by the Blackstone Group' and
 # 'bought by a private investor group' -> nothing (the buyer is the unnamed consortium, not Blackstone alone,
 # doubtful)
 relations=[L(FS, "parentOrganization", "Motorola"), L("NXP Semiconductors", "acquired", FS)],
 outages=[],
 dates=[D("2004", "2004"), D("2006", "2006"), D("2015", "2015"), D("2003", "2003"), D("2002", "2002"),
        D("October 6, 2003", "2003-10-06"), D("July 16, 2004", "2004-07-16"), D("December 2, 2004", "2004-12-02"),
        D("September 15, 2006", "2006-09-15")])

# ---- data storage: Maxtor ----------------------------------------------------------------------------------------------
MX = "Maxtor Corporation"
A["wp-maxtor"] = dict(
 # the company ('Maxtor') -> one Company; Seagate, IBM, MiniScribe, Quantum, the New York Stock Exchange -> Company;
 # its first drive and its DiamondMax line -> Service; 'MXO' (a ticker) -> nothing; the three founders -> Person; the
 # engineering school -> Organization; San Jose, California -> Location
 entities=[E("Company", MX, "Maxtor"), E("Company", "Seagate"), E("Company", "IBM"), E("Service", "Maxtor XT-1140"),
           E("Company", "New York Stock Exchange"), E("Company", "MiniScribe"), E("Location", "San Jose"),
           E("Location", "California"), E("Service", "DiamondMax"), E("Company", "Quantum"),
           E("Person", "James McCoy"), E("Person", "Jack Swartz"), E("Person", "Raymond Niedzwiecki"),
           E("Organization", "San Jose State University School of Engineering")],
 # 'The Maxtor founders, James McCoy, Jack Swartz, and Raymond Niedzwiecki' -> founder each
 roles=[R("James McCoy", "founder", MX), R("Jack Swartz", "founder", MX), R("Raymond Niedzwiecki", "founder", MX)],
 # 'purchased by Seagate' / 'acquired by Seagate' -> acquired + parentOrganization; 'Maxtor bought hard drive
 # manufacturer MiniScribe in 1990' -> acquired + parentOrganization; 'acquired Quantum's hard drive division' (a
 # division with no name of its own) -> nothing; its first product and the DiamondMax line -> provider
 relations=acq("Seagate", MX) + acq(MX, "MiniScribe")
           + [L("Maxtor XT-1140", "provider", MX), L("DiamondMax", "provider", MX)],
 outages=[],
 # published null: 'the following year' left out
 dates=[D("1982", "1982"), D("2006", "2006"), D("1981", "1981"), D("1983", "1983"), D("1985", "1985"),
        D("1990", "1990"), D("1992", "1992"), D("1993", "1993"), D("1996", "1996"), D("2000", "2000")])

# ---- displays: LG.Philips LCD ------------------------------------------------------------------------------------------
LPL = "LG.Philips LCD"
LGE = "LG Electronics"
KPE = "Koninklijke Philips Electronics"
A["wp-lg-philips-lcd"] = dict(
 # the joint venture ('LG-Philips' too) and its two owners ('LG', 'Philips') -> Company; Samsung Electronics, Reuters,
 # the Wall Street Journal (news businesses), Merrill Lynch, Matsushita and the two stock exchanges ('NYSE', 'KRX')
 # -> Company; the Apple and Dell display products -> Service (Apple and Dell named only inside product names: no
 # entity of their own); 'Korea' (in 'Korea's second largest manufacturer') -> an alias of South Korea (doubtful);
 # tickers 'LPL' and '034220' -> nothing; places -> Location
 entities=[E("Company", LPL, "LG-Philips"), E("Company", LGE, "LG"), E("Company", KPE, "Philips"),
           E("Company", "Samsung Electronics"), E("Location", "Gumi"), E("Location", "Paju"),
           E("Location", "South Korea", "Korea"), E("Location", "Nanjing"), E("Location", "China"),
           E("Location", "Guangzhou"), E("Location", "Wroclaw"), E("Location", "Poland"), E("Company", "Reuters"),
           E("Person", "Bock Kwon"), E("Company", "New York Stock Exchange", "NYSE"),
           E("Company", "South Korean Stock Exchange", "KRX"), E("Company", "Wall Street Journal"),
           E("Company", "Merrill Lynch"), E("Location", "Japan"), E("Company", "Matsushita"), E("Location", "Europe"),
           E("Service", "Apple Cinema LCD Panel"), E("Service", "Dell Ultrasharp 2005FPW")],
 # 'LG.Philips LCD vice president Bock Kwon' -> vice-president
 roles=[R("Bock Kwon", "vice-president", LPL)],
 # 'formed as a joint venture by ... LG Electronics and ... Koninklijke Philips Electronics' (LG about 37%, Philips
 # 32.9%) -> parentOrganization to each + partner; 'LG-Philips currently produce the Apple Cinema LCD Panel as well as
 # the Dell Ultrasharp 2005FPW' -> provider (the maker, doubtful: the products carry their buyers' brands); Philips
 # 'seeking buyers, including Japan's Matsushita, for its stake' -> nothing; the rivalry with Samsung Electronics,
 # the listings, the reports -> nothing
 relations=parents(LGE, LPL) + parents(KPE, LPL)
           + [L(LGE, "partner", KPE), L("Apple Cinema LCD Panel", "provider", LPL),
              L("Dell Ultrasharp 2005FPW", "provider", LPL)],
 outages=[],
 dates=[D("1999", "1999"), D("April 2006", "2006-04"), D("August 18, 2006", "2006-08-18"), D("2005", "2005"),
        D("August 17, 2006", "2006-08-17"), D("March of 2006", "2006-03")])

# ---- broadcasting: ITV plc ---------------------------------------------------------------------------------------------
ITV = "ITV plc"
GR = "Granada plc"
CC = "Carlton Communications"
YTT = "Yorkshire-Tyne Tees Television Holdings"
A["wp-itv-plc"] = dict(
 # the company ('ITV' in 'ITV announced', 'transferring to ITV') -> Company; the network it brands -> Service 'ITV
 # network' (the surface 'ITV' left to the company, its main use, doubtful); the BBC (a public broadcaster run as a
 # business) -> Company and BBC One -> Service; Granada plc ('Granada'), Granada Television, Carlton Communications
 # ('Carlton'), GMTV, The Walt Disney Company, Channel Television, Yattendon Group plc, UTV, Yorkshire Television,
 # Tyne Tees Television and their holding company -> Company; the FTSE 100 Index (a stock index) -> nothing; the
 # United Kingdom ('UK') -> Location
 entities=[E("Company", ITV, "ITV"), E("Service", "ITV network"), E("Location", "United Kingdom", "UK"),
           E("Company", "British Broadcasting Corporation"), E("Service", "BBC One"), E("Company", GR, "Granada"),
           E("Company", "Granada Television"), E("Company", CC, "Carlton"), E("Company", "GMTV"),
           E("Company", "The Walt Disney Company"), E("Company", "Channel Television"),
           E("Company", "Yattendon Group plc"), E("Company", "UTV"), E("Company", "Yorkshire Television"),
           E("Company", "Tyne Tees Television"), E("Company", YTT)],
 roles=[],
 # 'The network, which is branded ITV by ITV plc' -> provider; 'the British Broadcasting Corporation's BBC One' ->
 # provider; 'Granada plc (the parent company of Granada Television)' -> parentOrganization; 'a corporate takeover by
 # Granada plc ... of Carlton Communications' -> acquired only (the two made one new company, 'a merger between Granada
 # and Carlton', doubtful); 'Granada acquired a 68% controlling interest of the newly formed company' -> acquired +
 # parentOrganization (control bought, as 31d's majority interest; Carlton's 32% -> nothing); 'acquired the remaining
 # 25% of ... GMTV, from The Walt Disney Company' -> acquired + parentOrganization (Disney's 25% -> nothing);
 # 'Channel Television from Yattendon Group plc' -> acquired + parentOrganization, and Yattendon as its former owner
 # (read from 'from', as 31d's Simon & Schuster, doubtful); 'ITV announced it would buy UTV ..., with ownership
 # transferring to ITV on 29 February 2016' -> acquired + parentOrganization; 'Yorkshire Television acquiring Tyne
 # Tees Television in 1992, forming a parent group' -> acquired, with both under the new parent group (the text names
 # that group as parent, so no parentOrganization to Yorkshire Television, doubtful)
 relations=[L("ITV network", "provider", ITV), L("BBC One", "provider", "British Broadcasting Corporation"),
            L("Granada Television", "parentOrganization", GR), L(GR, "acquired", CC)]
           + acq(GR, ITV) + acq(ITV, "GMTV") + acq(ITV, "Channel Television")
           + [L("Channel Television", "parentOrganization", "Yattendon Group plc")] + acq(ITV, "UTV")
           + [L("Yorkshire Television", "acquired", "Tyne Tees Television")]
           + parents(YTT, "Yorkshire Television", "Tyne Tees Television"),
 outages=[],
 # published null; 'the 1950s' (a decade) left out
 dates=[D("2005", "2005"), D("2 February 2004", "2004-02-02"), D("2009", "2009"), D("2011", "2011"),
        D("19 October 2015", "2015-10-19"), D("29 February 2016", "2016-02-29"), D("1993", "1993"),
        D("1992", "1992")])

# ---- pay television: Sky Deutschland -----------------------------------------------------------------------------------
SD = "Sky Deutschland GmbH"
SDF = "Sky Deutschland Fernsehen GmbH & Co. KG"
A["wp-sky-deutschland"] = dict(
 # the company -> Company ('Sky Deutschland'; 'branded as Sky' and the service 'rebranded as "Sky"' not made aliases:
 # the surface 'Sky' is left to the parent, 'Comcast-owned Sky', doubtful); its subsidiaries Sky Switzerland and the
 # programming company (with its former name) -> Company; Comcast -> Company; the channel it was launched as
 # ('Premiere', 'the analogue premium channel Premiere') -> Service; the Astra 1A satellite -> Service (as batch 31c's
 # Galaxy IV); the two Bundesliga leagues and the UEFA Cup (competitions) -> nothing (doubtful for the leagues);
 # 'The German Sky' (a description) -> nothing; countries -> Location
 entities=[E("Company", SD, "Sky Deutschland"), E("Location", "Germany"), E("Location", "Austria"),
           E("Location", "Switzerland"), E("Company", "Sky Switzerland"), E("Service", "Premiere"),
           E("Service", "Astra 1A"), E("Company", "Comcast"), E("Company", "Sky"),
           E("Company", SDF, "Premiere Fernsehen GmbH & Co. KG")],
 roles=[],
 # 'a wholly owned subsidiary of Comcast-owned Sky' -> parentOrganization twice; 'its subsidiary Sky Deutschland
 # Fernsehen' -> parentOrganization; 'in ... Switzerland (through Sky Switzerland)' -> parentOrganization (a unit it
 # operates through, doubtful); 'It was launched in 1991 as Premiere. The channel ...' -> provider
 relations=[L(SD, "parentOrganization", "Sky"), L("Sky", "parentOrganization", "Comcast"),
            L(SDF, "parentOrganization", SD), L("Sky Switzerland", "parentOrganization", SD),
            L("Premiere", "provider", SD)],
 outages=[],
 dates=[D("1991", "1991"), D("4 July 2009", "2009-07-04"), D("the end of 2011", "2011"), D("Q2 2014", "2014-Q2")])

# ---- mobile telecoms: PCCW Mobile --------------------------------------------------------------------------------------
PM = "PCCW Mobile HK Limited"
SC = "Sunday Communications"
CSL = "Hong Kong CSL Limited"
A["wp-pccw-mobile"] = dict(
 # the operator under its later and former names and its trading name ('PCCW Mobile HK', 'Mandarin Communications
 # Limited', 'Mandarin Communications', 'SUNDAY'; the Chinese registered name is not a surface form used elsewhere:
 # no alias) -> one Company; PCCW, HKT, Sunday Communications (its 'parent company'), Huawei, Sunday 3G ('SUNDAY 3G'),
 # Hong Kong CSL Limited, Telstra -> Company; 'Caymans-incorporated' -> nothing; Hong Kong, Australia -> Location
 entities=[E("Company", PM, "PCCW Mobile HK", "Mandarin Communications Limited", "Mandarin Communications", "SUNDAY"),
           E("Company", "PCCW"), E("Company", "HKT"), E("Location", "Hong Kong"), E("Company", SC),
           E("Company", "Huawei"), E("Company", "Sunday 3G (Hong Kong) Limited", "SUNDAY 3G"), E("Company", CSL),
           E("Location", "Australia"), E("Company", "Telstra")],
 roles=[],
 # 'a subsidiary of PCCW (via HKT)' -> parentOrganization to PCCW and to HKT, and HKT to PCCW; 'previously owned by
 # ... Sunday Communications until 2006' -> parentOrganization (past, kept); 'Sunday 3G ..., a wholly owned subsidiary
 # of Mandarin Communications' -> parentOrganization; 'Sunday Communications, was acquired by PCCW in 2005' ->
 # acquired + parentOrganization; 'Sunday Communications selling Mandarin Communications ... to its parent company in
 # 2006' (the parent named PCCW in the same sentence) -> acquired + parentOrganization; 'signed a contract with
 # Huawei ... for the supply and installation of a 3G network' -> partner, as written; 'purchasing the shares of its
 # parent company' (a shareholding, buyer and size unclear) -> nothing; 'it sold Hong Kong CSL Limited to Australia's
 # Telstra' -> acquired + parentOrganization, and PCCW as its former owner (past, kept)
 relations=[L(PM, "parentOrganization", "HKT"), L("HKT", "parentOrganization", "PCCW"),
            L(PM, "parentOrganization", SC), L("Sunday 3G (Hong Kong) Limited", "parentOrganization", PM)]
           + acq("PCCW", SC) + acq("PCCW", PM) + [L(PM, "partner", "Huawei")]
           + acq("Telstra", CSL) + [L(CSL, "parentOrganization", "PCCW")],
 outages=[],
 # '2001–02' (a span of two years) left out
 dates=[D("2006", "2006"), D("1994", "1994"), D("1997", "1997"), D("2000", "2000"), D("2004", "2004"),
        D("2005", "2005"), D("2007", "2007")])

IDS = sorted(A)

if __name__ == "__main__":
    out = sys.argv[2]
    for split in ("train", "dev", "test"):
        os.makedirs(os.path.join(out, split), exist_ok=True)
    b10.write_parts(sys.argv[1], out, (IDS, A))
