#!/usr/bin/env python3
"""Batch 48g gold annotations (the texts of batch48g.py: three SEC News Digest items of 2008 -- the promotion of
Stewart Mayhew to Deputy Chief Economist in the SEC's Office of Economic Analysis, quoted by 'SEC Chief Economist Dr.
James Overdahl' (Issue 2008-129, 3 July 2008); the Commission's review of an NASD disciplinary action against Dennis
Todd Lloyd Gordon, 'the chief executive officer of former NASD member firm Lloyd Scott and Valenti, Ltd.', and
Sterling Scott Lee, 'LSVL's president' (Issue 2008-72, 14 April 2008); the SEC's seminar in Jamaica on pyramid and
Ponzi schemes with the CFTC, the IMF and Caribbean co-sponsors, with Ethiopis Tafara, 'Director of SEC's Office of
International Affairs', and Linda Chatman Thomsen, 'Director of the SEC's Division of Enforcement' (Issue 2008-213,
3 November 2008)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each digest's own date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d; looked up in 48d's Flowserve digest item and
Chevron release, the corpus's Thomsen files, the Take-Two, Penn Traffic and CMB Export files for 'Associate Director'
and the FTC's Burnham appointment file, by their gold only where other matters): the SEC -> Organization, its full
name with the alias the text uses ('SEC', 'Commission'), or 'Commission' as the name where the text never writes the
full name (Legato, Biopure, Tenet, 48d's Flowserve); an abbreviation never spelt out ('NASD') -> the name as written
(the 'U.N.' way of 48d); "the SEC's Division of Enforcement", "SEC's Office of International Affairs", "the agency's
Office of Economic Analysis", "the SEC's Division of Investment Management, Division of Trading and Markets, and
Office of Compliance Inspections and Examinations" -> Organizations with parentOrganization to the SEC; a division's
or office's 'Director' -> director (the corpus's nine Thomsen files); a deputy or associate post ('Deputy Chief
Economist', 'Associate Director') -> other (Take-Two's Conte, the FTC's Moen and Burnham); 'Dr.' dropped from a name
(22a's Prescott); 'X at the University of Y' for a college -> parentOrganization(X, Y) (GUIDELINES: "Y, a unit of
X"); academic journals -> Company (publications run as businesses: the corpus's Harvard Business Review); defined
short names in quotation marks that are generic nouns ('the "Firm"') -> no alias (the corpus has no 'the Firm' or
'the Company' alias); the co-sponsors of a seminar -> no partner (an event, not a stated partnership); 'from October
29 to 31' -> one item at its first day (the corpus's 'February 8 to 10', 'October 20–22'); a year inside 'the
beginning of 2008' -> '2008' (GUIDELINES: 'late 2006' -> the year).
usage: batch48g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
OEA = "Office of Economic Analysis"
DOE = "Division of Enforcement"
OIA = "Office of International Affairs"
LSV = "Lloyd Scott and Valenti, Ltd."
A = {}

# ---- Stewart Mayhew, SEC News Digest 2008-129, published 2008-07-03 (a Thursday) --------------------------------------
A["us-sec-stewart-mayhew-named-deputy-chief-economist-office-of-economic-analysis-2008"] = dict(
 # The Securities and Exchange Commission ('the SEC staff', "the SEC's Division ...", 'SEC Chief Economist', "that
 # Commission's rulemaking": aliases 'SEC' and 'Commission'; 'the agency' is a generic reference, no alias); Stewart
 # Mayhew ('Dr. Mayhew' thrice -> alias 'Mayhew'; Overdahl's 'Stewart' and "Stewart's" -> alias 'Stewart'); the Office
 # of Economic Analysis; the Division of Investment Management, the Division of Trading and Markets and the Office of
 # Compliance Inspections and Examinations (the SEC units Mayhew's group supports: named on their own ->
 # Organizations); James Overdahl ('Dr.' dropped); the University of California, Berkeley (one Organization, its
 # name with the comma as written; 'Berkeley' no Location of its own -- near-miss); the Terry College of Business, the
 # University of Georgia, the Krannert School of Management and Purdue University (Organizations); the Journal of
 # Finance, the Journal of Financial and Quantitative Analysis and the Journal of Futures Markets (Company: academic
 # journals as publications, the corpus's Harvard Business Review -- **doubtful**: a reader may leave journals out,
 # or make them Organization). Not annotated: 'Visiting Academic Scholar', 'Assistant Chief Economist', 'Deputy Chief
 # Economist' (posts), 'a group that provides economic analysis' (unnamed), 'Ph.D. in finance' (a degree)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Stewart Mayhew", "Mayhew", "Stewart"),
           E("Organization", OEA),
           E("Organization", "Division of Investment Management"),
           E("Organization", "Division of Trading and Markets"),
           E("Organization", "Office of Compliance Inspections and Examinations"),
           E("Person", "James Overdahl"),
           E("Organization", "University of California, Berkeley"),
           E("Organization", "Terry College of Business"),
           E("Organization", "University of Georgia"),
           E("Organization", "Krannert School of Management"),
           E("Organization", "Purdue University"),
           E("Company", "Journal of Finance"),
           E("Company", "Journal of Financial and Quantitative Analysis"),
           E("Company", "Journal of Futures Markets")],
 # 'promoted to Deputy Chief Economist in the agency's Office of Economic Analysis' -> other at the Office of
 # Economic Analysis, current (a deputy post: other, as the corpus's deputy and associate directors; the post is
 # stated 'in' the office). 'joined the SEC staff in 2002 as a Visiting Academic Scholar, and since 2004 has served as
 # an Assistant Chief Economist' -> other at the SEC, not current (both posts left by the promotion; one item, the
 # same person, title, org and current -- **doubtful**: 'has served' is in the present perfect, and a reader may keep
 # the assistant post current until the promotion's day, or skip these staff posts). 'SEC Chief Economist Dr. James
 # Overdahl' -> executive at the SEC, current (a senior agency title; **doubtful**: the corpus maps a bank's or
 # consumer body's 'chief economist' speaking about markets to analyst, and a reader may give head -- he leads the
 # economists, but the text never says he heads the Office of Economic Analysis). Near-misses: 'he served on the
 # faculty of the Terry College of Business ... and the Krannert School of Management' (a faculty post with no title
 # stated: no role); the Ph.D. from Berkeley (a degree, no role); the journals he published in (authorship, no role)
 roles=[R("Stewart Mayhew", "other", OEA, True),
        R("Stewart Mayhew", "other", SEC, False),
        R("James Overdahl", "executive", SEC, True)],
 # "the agency's Office of Economic Analysis" -> parentOrganization(Office of Economic Analysis, SEC); "the SEC's
 # Division of Investment Management, Division of Trading and Markets, and Office of Compliance Inspections and
 # Examinations" -> parentOrganization to the SEC for each (the possessive governs the list); 'the Terry College of
 # Business at the University of Georgia', 'the Krannert School of Management at Purdue University' ->
 # parentOrganization(college, university). Near-misses: 'support for' the three SEC units (Mayhew's group serving
 # them inside the same agency: no provider or partner); the journals (no owner named)
 relations=[L(OEA, "parentOrganization", SEC),
            L("Division of Investment Management", "parentOrganization", SEC),
            L("Division of Trading and Markets", "parentOrganization", SEC),
            L("Office of Compliance Inspections and Examinations", "parentOrganization", SEC),
            L("Terry College of Business", "parentOrganization", "University of Georgia"),
            L("Krannert School of Management", "parentOrganization", "Purdue University")],
 outages=[],
 # 'today' (in 'announced today') -> 2008-07-03 (the digest's date line, cut: `published`); 'in 2002' -> '2002';
 # 'since 2004' -> '2004'; 'in 1996' -> '1996'. Skipped: 'effective immediately' (no time expression a reader can
 # resolve beyond 'today'; near-miss), 'July 3, 2008' (the date line, cut), '2008-132' (a release number, cut)
 dates=[D("today", "2008-07-03"), D("2002", "2002"), D("2004", "2004"), D("1996", "1996")])

# ---- Gordon and Lee (Lloyd Scott and Valenti, Ltd.), SEC News Digest 2008-72, published 2008-04-14 (a Monday) ---------
A["us-sec-nasd-disciplinary-action-gordon-lee-lloyd-scott-valenti-sustained-in-part-2008"] = dict(
 # The SEC as 'Commission' ('The Commission has sustained', 'The Commission found', 'the Commission set aside': the
 # full name never written in the text -> name 'Commission', 48d's Flowserve way); NASD (named only by its
 # abbreviation, 'NASD disciplinary action', 'NASD member firm', 'NASD rules', "NASD's finding": the name as written;
 # **doubtful** only as to the name: a reader may write 'National Association of Securities Dealers'); Dennis Todd
 # Lloyd Gordon ('Gordon': alias); Lloyd Scott and Valenti, Ltd. ('LSVL' in '("LSVL" or the "Firm")' and "LSVL's
 # president": alias; 'the "Firm"', 'the Firm', "the Firm's" -> no alias, a generic noun made a defined term --
 # **doubtful**: a reader may list 'Firm'); Sterling Scott Lee ('Lee': alias); Michael Guss (Person). Not annotated:
 # 'NASD rules and By-Laws' (rules), 'thirty-one retail sales' (unnamed customers), 'an unregistered individual'
 # (Guss himself, a description)
 entities=[E("Organization", "Commission"),
           E("Organization", "NASD"),
           E("Person", "Dennis Todd Lloyd Gordon", "Gordon"),
           E("Company", LSV, "LSVL"),
           E("Person", "Sterling Scott Lee", "Lee"),
           E("Person", "Michael Guss")],
 # 'Dennis Todd Lloyd Gordon, the chief executive officer of former NASD member firm Lloyd Scott and Valenti, Ltd.'
 # -> ceo at Lloyd Scott and Valenti, Ltd., current (the text makes the firm's NASD membership former, not Gordon's
 # post -- **doubtful**: a reader may set current false for a defunct member firm); "Sterling Scott Lee, LSVL's
 # president" -> president at the firm, current. Near-miss: 'permitted Michael Guss, an unregistered individual, to
 # function as a principal of the Firm' (he acted as a principal without holding the post: no role -- **doubtful**: a
 # reader may give executive at the firm)
 roles=[R("Dennis Todd Lloyd Gordon", "ceo", LSV, True),
        R("Sterling Scott Lee", "president", LSV, True)],
 # None. Near-misses: 'former NASD member firm Lloyd Scott and Valenti, Ltd.' (membership of a self-regulatory body,
 # not ownership: no parentOrganization; and former); the Commission's review of NASD's action (a regulator over a
 # self-regulatory body: no relation)
 relations=[],
 outages=[],
 # None: the text has no time expression ('thirty-one' counts sales). Skipped: 'April 14, 2008' (the date line, cut)
 dates=[])

# ---- SEC seminar in Jamaica, SEC News Digest 2008-213, published 2008-11-03 (a Monday) --------------------------------
A["us-sec-jamaica-pyramid-ponzi-schemes-enforcement-seminar-cftc-imf-2008"] = dict(
 # The Securities and Exchange Commission ('conducted primarily by SEC', "SEC's Office", 'The SEC is pleased', "the
 # SEC's Division", 'the SEC has worked': alias 'SEC'); Jamaica (Location; also inside the Financial Services
 # Commission's name, but named on its own in 'seminar in Jamaica'); Latin America and the Caribbean (Locations, twice
 # each; name 'Caribbean' without the article, as the corpus writes regions); the Commodity Futures Trading
 # Commission ('(CFTC)': alias); the International Monetary Fund ('(IMF)', 'the IMF': alias); the Financial Services
 # Commission of Jamaica, the U.S. Agency for International Development and the Caribbean Regional Technical
 # Assistance Centre (Organizations, names as written); Ethiopis Tafara; the Office of International Affairs;
 # Charles Ponzi (a person named in Tafara's quotation: Person; 'Ponzi-type' and 'Ponzi schemes' are the name used as
 # a word for a kind of fraud, not references to him -- no alias); Linda Chatman Thomsen; the Division of
 # Enforcement. Not annotated: 'Understanding and Combating Unregulated Investment Schemes' (a seminar's name: an
 # event), '65 delegates from 20 countries' (unnamed), 'our partners in the Caribbean and Latin America' (unnamed),
 # 'Securities authorities' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Jamaica"),
           E("Location", "Latin America"),
           E("Location", "Caribbean"),
           E("Organization", "Commodity Futures Trading Commission", "CFTC"),
           E("Organization", "International Monetary Fund", "IMF"),
           E("Organization", "Financial Services Commission of Jamaica"),
           E("Organization", "U.S. Agency for International Development"),
           E("Organization", "Caribbean Regional Technical Assistance Centre"),
           E("Person", "Ethiopis Tafara"),
           E("Organization", OIA),
           E("Person", "Charles Ponzi"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE)],
 # 'Ethiopis Tafara, Director of SEC's Office of International Affairs' -> director at the Office of International
 # Affairs, current; 'Linda Chatman Thomsen, Director of the SEC's Division of Enforcement' -> director at the
 # Division of Enforcement, current (the corpus's Thomsen files; a reader may set head for either). Near-miss:
 # Charles Ponzi (no post; 'swindled nearly 17,000 investors' in 1920)
 roles=[R("Ethiopis Tafara", "director", OIA, True),
        R("Linda Chatman Thomsen", "director", DOE, True)],
 # "SEC's Office of International Affairs" -> parentOrganization(Office of International Affairs, SEC); "the SEC's
 # Division of Enforcement" -> parentOrganization(Division of Enforcement, SEC). Near-misses: 'conducted primarily by
 # SEC, Commodity Futures Trading Commission (CFTC), and International Monetary Fund (IMF) staff, and was hosted and
 # co-sponsored by the IMF, Financial Services Commission of Jamaica, U.S. Agency for International Development, and
 # the Caribbean Regional Technical Assistance Centre' (bodies jointly running and sponsoring one seminar: no stated
 # partnership, joint venture or contract -> no partner -- **doubtful**: a reader may make the SEC a partner of each
 # co-sponsor); the Caribbean Regional Technical Assistance Centre's tie to the IMF (not in the text: no relation)
 relations=[L(OIA, "parentOrganization", SEC),
            L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'announced today') -> 2008-11-03 (the digest's date line, cut: `published`; the same word in Tafara's
 # 'continue to plague our markets today' means 'nowadays', the same text and, read literally, the same value: one
 # item); 'from October 29 to 31' -> 'October 29 to 31' 2008-10-29 (the range at its first day, the corpus's way; the
 # year from `published`: the days before 3 November 2008); 'since at least 1920' -> '1920'; 'Since the beginning of
 # 2008' -> '2008' (the year). Skipped: 'The three-day program' (a length), 'November 3, 2008' (the date line, cut)
 dates=[D("today", "2008-11-03"), D("October 29 to 31", "2008-10-29"), D("1920", "1920"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
