#!/usr/bin/env python3
"""Batch 37s (session 38; helper gather38s): telecom operators of South America and the Caribbean told as company
stories - the holding company, subsidiaries, privatisation consortium and founding carriers of Brazil's largest
fixed-line operator (telecom, South America), and the joint state and Cable & Wireless ownership, founding merger
and lost monopolies of Trinidad and Tobago's incumbent, with its early telephone history (telecom, Caribbean).
English Wikipedia text (CC BY-SA) as two static copies of English Wikipedia hold it in the search tool's page store
(`search`, corpus `pages`; an excerpt from each page's beginning, never a whole page), cut at the last paragraph end
before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. Neither text
tells an outage (none was found in the lane in the time; see the section). newskg (or any extractor) was not run
on either text.
usage: batch37s.py [POOL_DIR] [--dry]   (default /tmp/gather38s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38s/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names and texts, and in the session-38 pools "
           "(/tmp/gather38*/pool, letters a-r present) as they stood at about 08:45 UTC")

R = []
# ---- telecom, Brazil: Oi (formerly Telemar) ------------------------------------------------------------------------------------
R.append(wp("wp-oi-telecommunications", "Oi (telecommunications)",
 "http://the-uncensored-wiki.com:20082/articles/o/i/_/Oi_%28telecommunications%29.html",
 "Oi (Portuguese for \"Hi\"), formerly known as Telemar, but still legally called Telemar Norte Leste S.A., is the "
 "largest landline telephone company in Brazil, considering both lines in service and revenues. It is "
 "headquartered in Rio de Janeiro. Oi, along with Telemar Internet Ltda. (Oi Internet) and Companhia AIX "
 "Participacoes S.A., are subsidiaries of Tele Norte Leste Participacoes SA (Tele Norte Leste Holding Company, or "
 "TNL).\n\n"
 "Oi (then known as Telemar) was formed as Tele Norte Leste to merge sixteen state-owned incumbent local exchange "
 "carriers (ILECs), during the privatization of Brazilian telecommunications system. Each carrier served a "
 "particular Brazilian state in the northern, northeastern and southeastern part of the country. In the break-up "
 "of Telebras in 1998 it was sold to a consortium led by the Brazilian construction firm Andrade Gutierrez (21.2%) "
 "and Inepar Holdings(20%) as well as other Brazilian corporate and individual investors. The consortium paid "
 "3.434 billion reais.\n\n"
 "Initially, Telemar was allowed to offer only local voice and data services and interstate long distance voice "
 "services. Today, Telemar and its subsidiaries offer local, long distance and international voice and data "
 "services, besides a growing mobile phone network.\n\n"
 "Currently, Oi has 15.2 million land lines in service, 5.7 million wireless costumers, 0.4 million ADSL "
 "subscribers, and about 38 thousand employees.",
 "telecom", ["ownership", "history"],
 "The Wikipedia article as the-uncensored-wiki.com's static copy of English Wikipedia ('From Wikipedia, the free "
 "encyclopedia') holds it in the page store: an old revision of about 2007 (employees '(2003)' in its infobox, "
 "the 2008 Brasil Telecom purchase not yet told). Cut: the title line, the 'From Wikipedia, the free "
 "encyclopedia' line and the infobox (the three legal names, NYSE/Bovespa tickers, 'Founded July/1998', "
 "headquarters, 'Key people Eduardo Falco, CEO and Chairman / José Salazar, CFO', products, employees, website), "
 "so neither executive is in the text; the citation marker '[1]' after '(TNL).'; cut after 'about 38 thousand "
 "employees.', before the paragraph 'The states that formed the base of Telemar at its inception were ...', "
 "which the excerpt breaks off inside its list of states ('Rio Grande do Norte,'), so `truncated`. Kept as "
 "written: 'Oi, along with ... are subsidiaries' (plural verb), 'Companhia AIX Participacoes S.A.' and 'Tele "
 "Norte Leste Participacoes SA' (no cedilla or tilde), 'privatization of Brazilian telecommunications system' (no "
 "article), 'Inepar Holdings(20%)' (no space), 'wireless costumers' (the article's slip). reference.com's copy "
 "(the same revision's later paragraphs with markup debris: 'Initially,\" title=\"</pre> }}', '[[wireless]') and "
 "wikisum.wiki's page (a summary made from the current article, sentences out of order, with citation numbers) "
 "were looked at and not used. Content of about 2007: recorded CC BY-SA 3.0; doubtful: no revision id, the copy "
 "site's own terms not found in the page store. Oi (the company), Telemar, Tele Norte Leste, TNL, Andrade "
 "Gutierrez, Inepar: " + CHECKED + " ('Oi' occurs in the corpus only as Oi Nuclear Power Plant, Japan; 'Telemar' "
 "only inside 'telemarketing').",
 "non-US", v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy"))

# ---- telecom, Trinidad and Tobago: TSTT ------------------------------------------------------------------------------------------
R.append(wp("wp-tstt", "Telecommunications Services of Trinidad and Tobago",
 "http://piglix.com/piglix/TSTT",
 "Telecommunications Services of Trinidad and Tobago Limited (generally known as TSTT) is a large telephone and "
 "Internet service provider in Trinidad and Tobago. The company, which is jointly owned by the Government of "
 "Trinidad and Tobago and Cable & Wireless, was formed out of a merger of Telco (Trinidad and Tobago Telephone "
 "Company Limited) and Textel (Trinidad and Tobago External Telecommunications Company Limited). TSTT no longer "
 "holds a monopoly in fixed-line telephone services due to FLOW introducing a fixed-line service of their own, and "
 "their cellular monopoly was broken in June 2005 when licenses were granted to Digicel and Laqtel.\n\n"
 "The first telephone was introduced in Trinidad and Tobago in 1883 and the first Telephone Exchange was located "
 "adjacent to the Town Hall (now City Hall) on Frederick Street. By 1898, the Telephone System had developed "
 "sufficiently to justify enactment of the Telephone Communication Ordinance.\n\n"
 "Around 1890, the telephone service extended westward out of Port of Spain to Carenage and then onwards to one "
 "customer in Chaguaramas. In the early 1900s, the government operated telephone lines in rural areas, namely "
 "from Arima to Manzanilla and from San Fernando to Cedros. History records show that a Mr. Bell of Bacolet "
 "started the service in Tobago.",
 "telecom", ["ownership", "history"],
 "The Wikipedia article as piglix.com's copy of English Wikipedia holds it in the page store (a revision of about "
 "2013-2016: 2012 revenue in its infobox, 'Ronald Walcott Chief Executive Officer (Ag), Mr Everald Snaggs "
 "Chairman'). Cut: the infobox table (type, industry, founded 1991, headquarters Port of Spain, key people, "
 "products, revenue, employees, website), so neither executive is in the text; the copy shows no section heading "
 "before 'The first telephone ...' (the article's history section); cut after 'started the service in Tobago.', "
 "before the paragraph 'The early system consisted of local battery operated telephones ...', which the excerpt "
 "breaks off ('became worl'), so `truncated`. Kept as written: 'a large telephone and Internet service provider' "
 "(this revision; absoluteastronomy.com's older copy has 'the largest'), 'FLOW' (capitals), 'introducing a "
 "fixed-line service of their own, and their cellular monopoly' (the article's 'and', where the older copy has "
 "'but'), 'licenses', 'a Mr. Bell of Bacolet'. absoluteastronomy.com's copy (an older revision, its lines broken "
 "at every link and the second paragraph's opening lost: 'was located adjacent ...'), TSTT's own 'Corporate "
 "History' page and 'Our Story' page (not openly licensed; the latter on a third-party host), Business View "
 "Caribbean's brochure (magazine text) and news on Cable & Wireless's wish to control TSTT (Trinidad Express, "
 "ieyenews) were looked at and not used. Content of about 2013-2016: recorded CC BY-SA 3.0; doubtful: no "
 "revision id, piglix's own terms not found in the page store. TSTT, Telco, Textel, Laqtel, Trinidad and Tobago: "
 + CHECKED + " (Digicel and Cable & Wireless are named in other corpus texts, other events; FLOW in none).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com's copy"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
