#!/usr/bin/env python3
"""Batch 57f gold annotations (the texts of batch57f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j and 57a; batch10_annotate.write_parts), so with three texts:
test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'between
1988 and 1995' gives both years; 'the early- to mid-1990s' (a span inside a decade, no single year; doubtful: a reader
might give 1990s or leave it, as here), 'Currently', 'Initially', 'since' and 'prior to the first round of investment'
-> nothing; 'June 30th, 2006' -> the day. No text tells an outage, so every `outages` list is empty; two tell
near-misses (Global Silicon closed by its investors in 2006: a business failure; Plastic Logic's QUE proReader
cancelled: a product dropped), and a third tells a product's planned withdrawal (WinFax PRO), no service said to be
lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a): 'being bought by', 'the buyout by' -> acquired and parentOrganization(target, buyer) (ownership that ended kept:
relations carry no time); 'Initially the company was called' and 'changed its name to' -> aliases of one entity
(GUIDELINES, Types: former names are aliases); 'founded ... by A' (one person) -> founder, and 'founded ... by A, B
and C' -> cofounder each, current true (as batches 56b and 57a); 'engineer', 'researchers', 'expatriate', 'former
executives' (unnamed) -> no role (no title at a named organisation); an unnamed officer ('the CTO of Global Silicon')
-> no role; investors and venture capital ('raising £2 million ... from investment firm MTI', '$230m into the equity of
Plastic Logic from Rusnano') -> nothing (funding and minority stakes, as the corpus has read investments since batch
21a); a device 'to be used by' a named company -> partner (a supply relation; doubtful); a spin-off from a university
laboratory -> no parentOrganization (as batch 56j's 'spun out of a UK university'); a university's laboratory ->
Organization with parentOrganization to the university (as batch 56j's department; doubtful: GUIDELINES makes named
research centres Location); a company split into 'independent companies' -> no relation between the parts; named
chips, devices, software packages and e-readers -> Service with provider the company the text says makes or runs them;
a device named with a maker's name inside it ('Philips AZ3038', 'Packard Bell OP10') -> the Service only, no Company
and no provider (GUIDELINES, Types); a party named in a lawsuit's title -> Company, no relation; laws ('First
Amendment'), a lawsuit's nickname ('"flying toasters"'), formats and chip kinds (MP3, WMA, FPGA, ASIC, SoC, EPD, OTFT)
-> no entity; 'UK' and 'HK' -> aliases of the United Kingdom and Hong Kong where the text names them in full (as a
modifier in 'a HK subsidiarity'), else Location 'UK' (as batches 51k and 56j); nationality adjectives ('Canadian',
'American', 'Zimbabwean', 'South African', 'Russian') -> nothing.
usage: batch57f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- software, Canada: Delrina ------------------------------------------------------------------------------------
DL = "Delrina"
SY = "Symantec"
A["wp-delrina"] = dict(
 # the company -> Company 'Delrina' ('Delrina's' possessive-free; 'Delrina' inside the case title is the same
 # company); Symantec ('the American software firm Symantec') -> Company; 'Berkeley Systems Inc.' -> Company (the other
 # party of the lawsuit 'Berkeley Systems Inc. v. Delrina'; doubtful: named only inside a case title, a reader might
 # leave it out); PerForm, FormFlow ('electronic form products'), WinFax ('its WinFax software package') and 'WinFax
 # PRO' -> Service (WinFax PRO kept apart from WinFax: the product Symantec named for discontinuation in 2006, an
 # edition under Symantec; doubtful: a reader might alias it to WinFax); Bert Amato, Mark Skapinker and Dennis Bennie ->
 # Person; Toronto -> Location. No entity: 'First Amendment' (a law), '"flying toasters"' (the lawsuit's nickname),
 # 'screensavers', 'fax-modems' (generic), 'Canadian software industry', 'venture capital firms' (unnamed)
 entities=[E("Company", DL), E("Location", "Toronto"), E("Company", SY), E("Service", "PerForm"),
           E("Service", "FormFlow"), E("Service", "WinFax"), E("Company", "Berkeley Systems Inc."),
           E("Service", "WinFax PRO"), E("Person", "Bert Amato"), E("Person", "Mark Skapinker"),
           E("Person", "Dennis Bennie")],
 # 'The company was founded in 1988 by ... Bert Amato, and ... Mark Skapinker and Dennis Bennie' -> cofounder at
 # Delrina for each, current true (founders stay founders, though the company is gone). Near-misses, no role: 'several
 # of Delrina's former executives founded venture capital firms' (unnamed people, unnamed firms); the infobox's
 # chairman, CEO, president, executive vice president, CTO and Tony Davis (cut, not in the text); 'expatriate' (no title)
 roles=[R("Bert Amato", "cofounder", DL), R("Mark Skapinker", "cofounder", DL), R("Dennis Bennie", "cofounder", DL)],
 # 'prior to being bought by the American software firm Symantec' and 'After the buyout by Symantec in 1995' ->
 # acquired(Symantec, Delrina) + parentOrganization(Delrina, Symantec) (the text does not say Delrina was merged away;
 # 'existed between 1988 and 1995' tells its end as a company, kept: relations carry no time); PerForm, FormFlow and
 # WinFax ('Delrina started out by producing ...', 'its WinFax software package') -> provider Delrina; 'Symantec
 # announced its plan to discontinue WinFax PRO' -> provider(WinFax PRO, Symantec) (the owner that withdraws it; doubtful:
 # a reader might give Delrina, or leave it). Near-misses, no relation: 'the ... lawsuit ... (Berkeley Systems Inc. v.
 # Delrina)' -> no partner (litigants, not partners); 'parts of the firm were sold off' -> nothing (no buyer named);
 # 'former executives founded venture capital firms' -> nothing (none named); the screensavers -> no Service (none named).
 # Near-miss, no outage: WinFax PRO's planned discontinuation (a product withdrawn, announced ahead; no users cut off
 # are told)
 relations=[L(SY, "acquired", DL), L(DL, "parentOrganization", SY), L("PerForm", "provider", DL),
            L("FormFlow", "provider", DL), L("WinFax", "provider", DL), L("WinFax PRO", "provider", SY)],
 outages=[],
 # 'between 1988 and 1995' and 'in 1988' -> '1988' once; 'in 1995' -> '1995' once; 'As of June 30th, 2006' -> the
 # day; 'the early- to mid-1990s' -> nothing (see the module note)
 dates=[D("1988", "1988"), D("1995", "1995"), D("June 30th, 2006", "2006-06-30")])

# ---- semiconductors, UK: Global Silicon ---------------------------------------------------------------------------
GS = "Global Silicon Limited"
A["wp-global-silicon"] = dict(
 # the company -> Company 'Global Silicon Limited', aliases 'Global Silicon' ('Global Silicon's' possessive-free) and
 # 'The Cheap & Cheerful Chip Company Limited' (its first name: 'Initially the company was called', 'changed its name to
 # Global Silicon'); MTI ('investment firm MTI') -> Company; Martin Brennan (alias 'Brennan') and Morgan Colmer (alias
 # 'Colmer') -> Person; Cambridge, United Kingdom (alias 'UK', in 'Cambridge, UK') and Hong Kong (alias 'HK', in 'a HK
 # subsidiarity'; doubtful: a reader might leave the modifier out) -> Location; 'DART IC' and 'Xin' ('a subsequent IC
 # (Xin)') -> Service (named chips the company sold); 'Philips AZ3038' and 'Packard Bell OP10' -> Service (named
 # boomboxes; the makers Philips and Packard Bell are named only inside the product names, so no Company for either;
 # GUIDELINES, Types). No entity: 'CD/MP3 Boombox', 'CD/MP3/WMA boombox', CD players, MP3, WMA, FPGA, ASIC, SoC
 # (generic devices, formats and chip kinds); 'GBP' (a currency)
 entities=[E("Company", GS, "Global Silicon", "The Cheap & Cheerful Chip Company Limited"),
           E("Location", "Cambridge"), E("Location", "United Kingdom", "UK"), E("Service", "DART IC"),
           E("Service", "Philips AZ3038"), E("Service", "Xin"), E("Service", "Packard Bell OP10"),
           E("Location", "Hong Kong", "HK"), E("Person", "Martin Brennan", "Brennan"),
           E("Person", "Morgan Colmer", "Colmer"), E("Company", "MTI")],
 # 'Global Silicon was founded in Cambridge, UK by engineer Martin Brennan' -> founder at Global Silicon Limited,
 # current true (one founder named in the running text, so founder, not cofounder). Near-misses, no role: 'Brennan was
 # joined by engineer Morgan Colmer in 1998' -> no role ('engineer' is no title; the cut infobox lists him as a
 # founder, the text does not; doubtful: a reader might give cofounder from 'Together Brennan and Colmer developed');
 # 'the CTO of Global Silicon' -> no role (unnamed; a reader who knows the company might think of Colmer, the text does
 # not say so); 'the investors' (unnamed)
 roles=[R("Martin Brennan", "founder", GS)],
 # 'Global Silicon's DART IC' and 'a subsequent IC (Xin)' -> provider Global Silicon Limited. Near-misses, no relation:
 # 'raising £2 million (GBP) from investment firm MTI' -> nothing (funding; no ownership share told); 'DART IC was used
 # in the CD/MP3 Boombox (Philips AZ3038)' and Xin in the Packard Bell OP10 -> no partner and no provider for the
 # boomboxes (Philips and Packard Bell not named on their own; a reader might add the makers and a supply relation);
 # 'the CTO of Global Silicon purchased the company's intellectual property ..., stock and assets including a HK
 # subsidiarity' -> no acquired (a person buying assets; the subsidiary unnamed); 'the investors decided to close the
 # company' -> nothing. Near-miss, no outage: the closure of 2006 (a business failure, no service said to be lost)
 relations=[L("DART IC", "provider", GS), L("Xin", "provider", GS)],
 outages=[],
 # 'in 1997', 'in 2006', 'In 2007', 'in 1998', 'in 1999' -> the years; 'Currently', 'Initially', 'since' -> nothing
 dates=[D("1997", "1997"), D("2006", "2006"), D("2007", "2007"), D("1998", "1998"), D("1999", "1999")])

# ---- electronics, UK and Germany: Plastic Logic -------------------------------------------------------------------
PL = "Plastic Logic"
PLG = "Plastic Logic Germany"
A["wp-plastic-logic"] = dict(
 # 'Plastic Logic Germany' (the Dresden manufacturer the article opens with, 'operates independently under the name
 # Plastic Logic Germany') and 'Plastic Logic' (the company founded in 2000, split in 2015) -> two Companies (the text
 # says the parts 'would go forward as independent companies'; doubtful: a reader might alias the two, as the opening
 # paragraph runs straight on to 'the company was founded in 2000'); Siemens Communications, Rusnano and Oak Investment
 # Partners ('a multi-stage venture capital firm') -> Company; the University of Cambridge and its Cavendish Laboratory
 # -> Organization (the laboratory as a unit of the university, as batch 56j's department; doubtful: GUIDELINES makes
 # named research centres Location, and a reader might type it so); Richard Friend, Henning Sirringhaus and Stuart Evans
 # -> Person; Dresden, Germany, Cambridge and 'UK' (in 'Cambridge, UK') -> Location; 'the QUE proReader' (an e-reader)
 # and 'Plastic Logic 100' (a named product for e-textbooks) -> Service. No entity: EPD, OTFT, 'polymer transistors',
 # 'plastic electronics', 'mobile devices', 'e-textbooks' (generic); 'Russian' (an adjective)
 entities=[E("Company", PLG), E("Location", "Dresden"), E("Location", "Germany"),
           E("Organization", "Cavendish Laboratory"), E("Organization", "University of Cambridge"),
           E("Person", "Richard Friend"), E("Person", "Henning Sirringhaus"), E("Person", "Stuart Evans"),
           E("Company", PL), E("Location", "Cambridge"), E("Location", "UK"),
           E("Company", "Siemens Communications"), E("Service", "QUE proReader"), E("Service", "Plastic Logic 100"),
           E("Company", "Rusnano"), E("Company", "Oak Investment Partners")],
 # 'the company was founded in 2000 by Richard Friend, Henning Sirringhaus and Stuart Evans' -> cofounder at Plastic
 # Logic for each, current true ('the company' read as Plastic Logic, the company founded in 2000 that the next
 # paragraph names and splits; doubtful: grammatically it follows 'Plastic Logic Germany', so a reader might place the
 # roles there). Near-misses, no role: no post at the Cavendish Laboratory or the university is told for the three
 # (a reader who knows them might add professors); the investors' people (none named)
 roles=[R("Richard Friend", "cofounder", PL), R("Henning Sirringhaus", "cofounder", PL),
        R("Stuart Evans", "cofounder", PL)],
 # 'the Cavendish Laboratory at the University of Cambridge' -> parentOrganization(Cavendish Laboratory, University of
 # Cambridge); 'its first plastic screen device ..., to be used by Siemens Communications in their mobile devices' ->
 # partner(Plastic Logic, Siemens Communications) (a supply relation between two named companies, direction as
 # written; doubtful: an announcement, no contract word); 'an ereader called the QUE proReader' ('they had cancelled
 # the QUE proReader') and 'the company announced Plastic Logic 100' -> provider Plastic Logic (the QUE proReader kept
 # though cancelled, as batch 57a kept a game never released). Near-misses, no relation: 'Originally a spin-off company
 # from the Cavendish Laboratory' -> no parentOrganization (a spin-off tells no ownership, as batch 56j); 'the technology
 # development and manufacturing parts of Plastic Logic would be separated and would go forward as independent
 # companies' and 'operates independently under the name Plastic Logic Germany' -> no parentOrganization(Plastic Logic
 # Germany, Plastic Logic) (independent by the text's word); '$230m into the equity of Plastic Logic from Rusnano and
 # $50m from Oak Investment Partners' -> nothing (investments of unstated share, as the corpus reads funding); 'to bring
 # e-textbooks to Russian schools' -> nothing (no organisation named). Near-miss, no outage: the cancelled QUE
 # proReader (a product dropped before sale)
 relations=[L("Cavendish Laboratory", "parentOrganization", "University of Cambridge"),
            L(PL, "partner", "Siemens Communications"), L("QUE proReader", "provider", PL),
            L("Plastic Logic 100", "provider", PL)],
 outages=[],
 # 'in 2000', 'In February 2015', 'on November 11, 2003', 'on September 17, 2008', 'on November 30, 2004', 'by August
 # 2010', 'In September 2011', 'In January 2011' -> the year, months and days
 dates=[D("2000", "2000"), D("February 2015", "2015-02"), D("November 11, 2003", "2003-11-11"),
        D("September 17, 2008", "2008-09-17"), D("November 30, 2004", "2004-11-30"), D("August 2010", "2010-08"),
        D("September 2011", "2011-09"), D("January 2011", "2011-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
