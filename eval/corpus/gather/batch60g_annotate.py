#!/usr/bin/env python3
"""Batch 60g gold annotations (the texts of batch60g.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e, 59j and 60d;
batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates); 'the dot-com bubble', 'the dot-com boom' (no calendar value) -> nothing;
'in less than 5 years' (a span) -> nothing. No text tells an outage, so every `outages` list is empty; Exodus's 'It
went broke' and its Chapter 11 filing are a business failure (GUIDELINES, Outages: business failures are no outage),
not a service lost, and no other text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d): 'founded by A
and B' -> cofounder each, current true, and 'founded in 1994 by A' -> founder, current true (as batches 58j, 58l, 59e,
59j and 60d); a professor named with his university ('University of California, Berkeley professor Eric Brewer') ->
other at the university (an Organization), current true as the text tells it (as batches 40z, 40zb and 40zd); a
'graduate student' -> no role; posts the text bounds ('served as CEO from inception until September 1998', 'was the
Chairman until September 2000') or ends ('She resigned', 'She was followed by', 'a former Vice President at IBM and
CTO of Apple Computer': 'former' read over both posts) -> current false; a post whose holder is followed by another
('Bill Krause as CEO' before 'Bill Austin took over as the CEO') -> current false, the successor current true; posts
the text opens and does not close ('became Vice President of Sales in 1997', 'became CFO in 1995') -> current true;
'VP Engineering', 'Vice President of Sales' -> vice-president (GUIDELINES, Roles), 'CTO' -> cto, 'Chairman' ->
chairman; a former name told as such ('originally named Fouress, Inc..') -> alias (GUIDELINES, Types: former names
are aliases), so 'Fouress then merged into Exodus Communications' gives no relation; 'was acquired by', 'acquired',
'was purchased by' -> acquired and parentOrganization(target, buyer) (GUIDELINES, Relations; a completed purchase;
ownership stated as past still recorded); an agreement to buy ('announced it had agreed to acquire') beside a purchase
told as done -> the same pair, listed once; customers named ('Customers included', 'was deployed by ... including') and
partnerships ('all partnering with') -> partner (GUIDELINES, Relations: supply/customer relation, stated
partnership), the supplier first for a customer (batch 18b's rule: a supply or customer relation -> partner, supplier
first), as written for a partnership, one item per pair; a customer that is a Service ('HotBot') -> no partner
(partner joins organisations); a product a company 'developed' or 'launched' -> Service with provider that company;
stock exchanges run as businesses ('NASDAQ') -> Company, no relation (GUIDELINES, Types); street addresses ('Benicia
Ave', '2831 Mission College Drive'), tickers ('EXDS', 'CYBS'), terms ('Internet Data Center', 'World Wide Web') and
legend figures ('Iktomi', 'a Lakota legend') -> no entity; 'U.S.' as an adjective ('the U.S. small business payment
services provider') -> nothing (as batches 40zc and 47u read it); nationality adjectives ('American') -> nothing.
usage: batch60g_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- payment processing, US: CyberSource -------------------------------------------------------------------------
CS = "CyberSource"
AN = "Authorize.Net"
VI = "Visa Inc."
A["wp-cybersource"] = dict(
 # the company -> Company 'CyberSource' (the article's title and the history's spelling; the same length as the lead's
 # 'Cybersource', kept as an alias, also in "CyberSource's"); 'Authorize.Net' (alias 'Authorize.net', the summary
 # line's spelling; 'a provider of payment solutions for small businesses') -> Company; 'Visa Inc.' (alias 'Visa', in
 # "Visa's" and 'Visa executives' is past the cut) -> Company; 'William S. McKiernan' -> Person; 'software.net' ('an
 # online software store') -> Service. No entity: 'U.S.' (an adjective: 'the U.S. small business payment services
 # provider'), 'CYBS' (a ticker), 'the dot-com boom', 'medium and large-sized merchants', 'small businesses'
 # (unnamed customers)
 entities=[E("Company", CS, "Cybersource"), E("Company", AN, "Authorize.net"), E("Company", VI, "Visa"),
           E("Person", "William S. McKiernan"), E("Service", "software.net")],
 # 'CyberSource was founded in 1994 by William S. McKiernan' -> founder, current true (one founder named). Near-miss:
 # no other person named; 'Visa executives stated' is past the cut
 roles=[R("William S. McKiernan", "founder", CS)],
 # 'In November 2007, Cybersource acquired ... Authorize.net for $565 million' (told again as 'In 2007, CyberSource
 # announced its acquisition of Authorize.Net') -> acquired(CyberSource, Authorize.Net) and
 # parentOrganization(Authorize.Net, CyberSource); 'On April 22, 2010, Visa Inc. acquired Cybersource for $2 billion'
 # (and 'On April 21, 2010, Visa Inc. announced it had agreed to acquire CyberSource') -> acquired(Visa Inc.,
 # CyberSource) and parentOrganization(CyberSource, Visa Inc.) (completed purchases; GUIDELINES, Relations); 'It
 # initially launched software.net, an online software store' -> provider(software.net, CyberSource). Near-misses, no
 # relation: 'built the payment infrastructure for its own e-commerce operations' -> nothing (its own use, no
 # customer); 'Visa's growth in the e-commerce sector', 'combine CyberSource's ... data with Visa's ... data' ->
 # nothing beyond the purchase (a plan); 'went public', 'listed under the stock ticker CYBS' -> nothing (no exchange
 # named)
 relations=[L(CS, "acquired", AN), L(AN, "parentOrganization", CS), L(VI, "acquired", CS),
            L(CS, "parentOrganization", VI), L("software.net", "provider", CS)],
 outages=[],
 # 'founded in 1994' (twice, the same text and value) -> the year; 'In November 2007' -> the month; 'On April 22,
 # 2010' -> the day; 'on June 23, 1999' -> the day; 'In 2007' -> the year; 'On April 21, 2010' -> the day (a day
 # before the purchase's date, as the copy has them). Nothing: 'During the dot-com boom' (no calendar value), '$565
 # million', '$2 billion', '$11 per share' (money)
 dates=[D("1994", "1994"), D("November 2007", "2007-11"), D("April 22, 2010", "2010-04-22"),
        D("June 23, 1999", "1999-06-23"), D("2007", "2007"), D("April 21, 2010", "2010-04-21")])

# ---- web hosting, US: Exodus Communications ----------------------------------------------------------------------
EX = "Exodus Communications"
KB = "K.B. \"Chandra\" Chandrasekhar"
BV = "B.V. Jagadeesh"
EH = "Ellen Hancock"
CW = "Cable and Wireless"
A["wp-exodus-communications"] = dict(
 # the company -> Company 'Exodus Communications', aliases 'Exodus' (also in 'Exodus HQ') and its first name
 # 'Fouress, Inc.' with 'Fouress' ('originally named Fouress, Inc..'; a former name is an alias, GUIDELINES, Types;
 # doubtful: 'Fouress then merged into Exodus Communications in 1996' could be read as a second company merged in);
 # 'Cable and Wireless' (the name as written, with 'and') -> Company; the founders 'K.B. "Chandra" Chandrasekhar' (the
 # fullest form, nickname and quotation marks as written; alias 'K.B. Chandrasekhar') and 'B.V. Jagadeesh' -> Person;
 # 'Ellen Hancock', 'Bill Krause', 'Bill Austin', 'Sam Mohammad' and "Richard 'Dick' Stoltz" (the fullest form as
 # written) -> Person; IBM and 'Apple Computer' -> Company; NASDAQ ('an IPO on the NASDAQ'; a stock exchange run as a
 # business) -> Company; 'Santa Clara', California and Sunnyvale -> Location. No entity: 'Benicia Ave' and '2831
 # Mission College Drive' (street addresses), 'EXDS' (a ticker), 'Internet Data Center' (a term), 'Web Hosting' and
 # 'colocation services' (kinds of service, unnamed), 'the dot-com bubble'
 entities=[E("Company", EX, "Exodus", "Fouress, Inc.", "Fouress"), E("Company", CW),
           E("Person", KB, "K.B. Chandrasekhar"), E("Person", BV), E("Location", "Santa Clara"),
           E("Location", "California"), E("Company", "NASDAQ"), E("Location", "Sunnyvale"), E("Person", EH),
           E("Company", "IBM"), E("Company", "Apple Computer"), E("Person", "Bill Krause"),
           E("Person", "Bill Austin"), E("Person", "Sam Mohammad"), E("Person", "Richard 'Dick' Stoltz")],
 # 'founded by K.B. Chandrasekhar and B.V. Jagadeesh' -> cofounder each, current true; 'served as CEO from inception
 # until September 1998' -> ceo, current false; 'He was the Chairman until September 2000' -> chairman, current false;
 # 'B.V. Jagadeesh served as VP Engineering and CTO from inception until July 2000' -> vice-president and cto, current
 # false; 'Ellen Hancock, a former Vice President at IBM and CTO of Apple Computer' -> vice-president at IBM and cto at
 # Apple Computer, current false ('former' read over both posts; doubtful: a reader might keep the second current);
 # 'was recruited as President. She assumed the CEO post in September 1998. ... She resigned September 10, 2001.' ->
 # president and ceo at Exodus Communications, current false (she left; doubtful: 'assumed the CEO post' may have
 # ended her presidency earlier, either way past); 'She was followed by Bill Krause as CEO on September 1, 2001' ->
 # ceo, current false ('Bill Austin took over as the CEO' after the sale); 'Bill Austin took over as the CEO' -> ceo
 # at Exodus Communications, current true (the text says no end; doubtful: after the sale of the assets 'the CEO' may
 # be of what was left of the company, read as Exodus's); 'Sam Mohammad became Vice President of Sales in 1997' ->
 # vice-president, current true (no end told; doubtful: a reader might mark it past from 'in less than 5 years');
 # "Richard 'Dick' Stoltz became CFO in 1995" -> cfo, current true (no end told). Near-misses: 'Key board members
 # resigned in 2000' -> no role (unnamed); 'founders' of Fouress -> no separate role (the same company by the text's
 # 'originally named')
 roles=[R(KB, "cofounder", EX), R(BV, "cofounder", EX), R(KB, "ceo", EX, False), R(KB, "chairman", EX, False),
        R(BV, "vice-president", EX, False), R(BV, "cto", EX, False), R(EH, "vice-president", "IBM", False),
        R(EH, "cto", "Apple Computer", False), R(EH, "president", EX, False), R(EH, "ceo", EX, False),
        R("Bill Krause", "ceo", EX, False), R("Bill Austin", "ceo", EX), R("Sam Mohammad", "vice-president", EX),
        R("Richard 'Dick' Stoltz", "cfo", EX)],
 # 'was purchased by Cable and Wireless in November 2001' -> acquired(Cable and Wireless, Exodus Communications) and
 # parentOrganization(Exodus Communications, Cable and Wireless) (a completed purchase told in the lead; doubtful: the
 # history's 'Once the Company assets were sold off to Cable and Wireless' tells an asset sale, which alone would give
 # nothing, GUIDELINES, Relations; the lead's 'was purchased by' is kept, as a careful reader of this text would).
 # Near-misses, no relation: 'Fouress then merged into Exodus Communications in 1996' -> nothing (the company's own
 # former name); 'It completed an IPO on the NASDAQ' -> nothing (a listing); Hancock's former posts at IBM and Apple
 # Computer -> no relation between those companies and Exodus; 'along with many of its customers' -> no partner
 # (unnamed)
 relations=[L(CW, "acquired", EX), L(EX, "parentOrganization", CW)],
 outages=[],
 # 'in 2001' -> the year; 'in November 2001' -> the month; 'in 1994' -> the year; 'in 1996' (twice: the merger, 'from
 # a zero in 1996') -> the year; 'in March 1998' (twice) -> the month; 'until September 1998' and 'in September 1998'
 # -> the month (one item); 'until September 2000' -> the month; 'until July 2000' -> the month; 'in 2000' (twice) ->
 # the year; 'September 10, 2001', 'on September 1, 2001', 'on September 26, 2001' -> the days; 'in 1997', 'in 1995' ->
 # the years. Nothing: 'from inception' (no date), 'shortly thereafter' (relative), 'in less than 5 years' (a span),
 # '$37 billion', 'one million dollars', 'two billion dollars' (money)
 dates=[D("2001", "2001"), D("November 2001", "2001-11"), D("1994", "1994"), D("1996", "1996"),
        D("March 1998", "1998-03"), D("September 1998", "1998-09"), D("September 2000", "2000-09"),
        D("July 2000", "2000-07"), D("2000", "2000"), D("September 10, 2001", "2001-09-10"),
        D("September 1, 2001", "2001-09-01"), D("September 26, 2001", "2001-09-26"), D("1997", "1997"),
        D("1995", "1995")])

# ---- internet software, US: Inktomi --------------------------------------------------------------------------------
IK = "Inktomi Corporation"
UCB = "University of California, Berkeley"
A["wp-inktomi"] = dict(
 # the company -> Company 'Inktomi Corporation', alias 'Inktomi' (also in "Inktomi's"); 'Foster City' and California
 # -> Location; the customers Microsoft, 'Amazon.com', eBay and Walmart -> Company (named as businesses buying its
 # software); HotBot ('the first search engine that made use of Inktomi's search technology', 'the top rated search
 # engine') -> Service; 'Traffic Server' ('The company developed Traffic Server, a proxy server web cache') ->
 # Service; AOL ('several large ISPs including AOL') -> Company; 'Yahoo!' (the mark as written) and Disney -> Company;
 # 'C2B Technologies' -> Company; 'Tom Lamar', 'Eric Brewer' and 'Paul Gauthier' -> Person; 'University of
 # California, Berkeley' -> Organization ('the university' is no alias: a generic phrase). No entity: 'World Wide
 # Web' (a term), 'Iktomi' and 'a Lakota legend' (a figure of legend and a people), 'ISPs' and 'users of dial-up
 # Internet access' (unnamed), 'an initial public offering' (no exchange named)
 entities=[E("Company", IK, "Inktomi"), E("Location", "Foster City"), E("Location", "California"),
           E("Company", "Microsoft"), E("Service", "HotBot"), E("Company", "Amazon.com"), E("Company", "eBay"),
           E("Company", "Walmart"), E("Service", "Traffic Server"), E("Company", "AOL"), E("Company", "Yahoo!"),
           E("Person", "Tom Lamar"), E("Organization", UCB), E("Person", "Eric Brewer"),
           E("Person", "Paul Gauthier"), E("Company", "Disney"), E("Company", "C2B Technologies")],
 # 'Inktomi was founded in January 1996 by University of California, Berkeley professor Eric Brewer and graduate
 # student Paul Gauthier' -> cofounder each, current true; 'University of California, Berkeley professor Eric Brewer'
 # -> other at the university, current true (a professor, as batches 40z, 40zb and 40zd). Near-misses: 'graduate
 # student Paul Gauthier' -> no role (a student holds no post); 'The tri-color nested cube logo was created by Tom
 # Lamar' -> no role (no title, no organisation named for him; a reader might give other at Inktomi)
 roles=[R("Eric Brewer", "cofounder", IK), R("Paul Gauthier", "cofounder", IK), R("Eric Brewer", "other", UCB)],
 # 'The company developed Traffic Server' -> provider(Traffic Server, Inktomi Corporation); 'Customers included
 # Microsoft, HotBot, Amazon.com, eBay, and Walmart' -> partner(Inktomi Corporation, X) for each company among them,
 # the supplier first (Microsoft's 'partnering with Inktomi' later in the text is the same pair, listed once);
 # 'Traffic Server was deployed by several large ISPs including AOL' -> partner(Inktomi Corporation, AOL) (a customer
 # of its software; doubtful: a reader might give nothing, AOL being named as a user of the product); 'led to
 # Microsoft, Yahoo! and Disney all partnering with Inktomi' -> partner(Yahoo!, Inktomi Corporation) and
 # partner(Disney, Inktomi Corporation), as written; 'the company was acquired by Yahoo! for $241 million' ->
 # acquired(Yahoo!, Inktomi Corporation) and parentOrganization(Inktomi Corporation, Yahoo!); 'the company acquired C2B
 # Technologies for $95 million in stock' -> acquired(Inktomi Corporation, C2B Technologies) and
 # parentOrganization(C2B Technologies, Inktomi Corporation) (completed purchases; GUIDELINES, Relations). Near-misses,
 # no relation: HotBot among the 'Customers' and 'made use of Inktomi's search technology' -> no partner (a Service,
 # not an organisation; its maker is not named, so no provider either); 'based on the web search engine that was
 # developed at the university' -> no Service (unnamed) and no relation with the university; 'raised $36 million in an
 # initial public offering' -> nothing
 relations=[L("Traffic Server", "provider", IK), L(IK, "partner", "Microsoft"), L(IK, "partner", "Amazon.com"),
            L(IK, "partner", "eBay"), L(IK, "partner", "Walmart"), L(IK, "partner", "AOL"),
            L("Yahoo!", "acquired", IK), L(IK, "parentOrganization", "Yahoo!"), L("Yahoo!", "partner", IK),
            L("Disney", "partner", IK), L(IK, "acquired", "C2B Technologies"),
            L("C2B Technologies", "parentOrganization", IK)],
 outages=[],
 # 'In 2003' -> the year; 'in 1996' (the logo) -> the year; 'in January 1996' -> the month; 'In June 1998' -> the
 # month; 'In September 1998' -> the month. Nothing: 'after the bursting of the dot-com bubble' (no calendar value),
 # '$241 million', '$36 million', '$95 million' (money)
 dates=[D("2003", "2003"), D("1996", "1996"), D("January 1996", "1996-01"), D("June 1998", "1998-06"),
        D("September 1998", "1998-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
