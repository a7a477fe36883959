#!/usr/bin/env python3
"""Batch 54zu (session 53; gatherer lane 54zu): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y and 40za-40zg, turned to Latin American airlines: a
Brazilian regional airline of Belo Horizonte, established in 1998, wholly owned by the Caprioli Group until the Aguia
Branca Group bought 49% of it in 2006, its first ATR order of 2007, its merger with Total Linhas Aereas agreed in 2007
and SkyWest Airlines' share purchase agreed in 2008 and bought back in 2012 (aviation, Brazil); and the Brazilian
airline of Barueri established in 2008 by David Neeleman, founder of JetBlue, with its Embraer E195 fleet, its naming
contest, its listing and its market shares as Brazil's Civil Aviation Authority counted them (aviation, Brazil).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one en.wikipedia.org rendering and one copy on a MediaWiki mirror (debianws.lexgopc.com's 'wiki143'); each cut
at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed. No text tells an outage and none
tells a near-miss. newskg (or any extractor) was not run on any text. A round of two: the session's search budget ran
out after the candidates' first queries (see the round's notes, /work/notes/gather55/54zu.md).
usage: batch54zu.py [POOL_DIR] [--dry]   (default /tmp/gather55zu/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zu/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-53 pools (/tmp/gather55*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- aviation, Brazil: TRIP Linhas Aereas (an en.wikipedia.org rendering) -------------------------------------------
R.append(wp("wp-trip-linhas-aereas", "TRIP Linhas A\u00e9reas",
 "https://en.wikipedia.org/wiki/TRIP_Linhas_A\u00e9reas",
 "TRIP Linhas A\u00e9reas S/A (formerly Transporte A\u00e9reo Regional do Interior Paulista) was a domestic regional "
 "airline based in Belo Horizonte, Minas Gerais, Brazil.\n\n"
 "According to the National Civil Aviation Agency of Brazil (ANAC) between January and December 2012 Trip had 4.47% "
 "of the domestic market share in terms of passengers per kilometre flown.\n\n"
 "The airline was established in 1998 with two Embraer EMB 120 Brasilias and was wholly owned by the Caprioli Group "
 "until November 2006, when \u00c1guia Branca Group (Chieppe family) bought 49% of its capital.\n\n"
 "On January 25, 2007, TRIP Linhas A\u00e9reas has placed an order for seven new ATR 72-500s with options for a "
 "further five of the twin turboprops, this deal is its first new ATR order, and the first for the ATR 72-500 in "
 "Brazil. The Pratt & Whitney Canada PW127-powered aircraft will be configured with 68 seats. With this growth the "
 "company expect have more than 500 employees by 2010. As of January 2007, the company has 500 employees.\n\n"
 "On November 13, 2007, TRIP Linhas A\u00e9reas and Total Linhas A\u00e9reas agreed to merge, a transaction which was "
 "completed in May 2008. The brand Trip is dedicated to passenger service whereas Total is dedicated to charter and "
 "cargo services.\n\n"
 "On September 4, 2008, it was announced that SkyWest Airlines agreed to purchase up to 20% of the shares of TRIP "
 "Linhas A\u00e9reas. The purchase was done in 3 installments and was completed by 2010. In early May 2012 TRIP bought "
 "back the shares.",
 "aviation/airlines", ["history", "ownership", "deal", "order"],
 "The article as the page store holds en.wikipedia.org's address (held percent-encoded, 'TRIP_Linhas_A%C3%A9reas'; undated, no revision id; a revision after 2014: the "
 "infobox's 'Ceased: 2014 (integrated into Azul Brazilian Airlines)'). Cut: the title line ('= TRIP Linhas A\u00e9reas "
 "='); the infobox lines ('Infobox', 'Airline: TRIP Linhas A\u00e9reas', 'Logo: Logo-trip.gif', 'Destinations: 93', "
 "'Iata: T4', 'Icao: TIB', 'Callsign: TRIP', 'Parent: Azul Brazilian Airlines', 'Founded: 1998', 'Ceased: 2014 "
 "(integrated into Azul Brazilian Airlines)', 'Headquarters: Belo Horizonte, Minas Gerais', 'Key People: Jos\u00e9 "
 "Mario Caprioli dos Santos', 'Hubs: Tancredo Neves International Airport', 'Frequent Flyer: Tudo Azul'), so Azul, "
 "Jos\u00e9 Mario Caprioli dos Santos and the hub are not in the text; the heading '==History=='; cut after 'TRIP "
 "bought back the shares.', before the paragraph the excerpt breaks off ('On August 20, 2010, with the bankruptcy of "
 "Flex Linhas A\u00e9reas, Trip took over its services provi'; `truncated`), so Flex's services and the integration "
 "into Azul are not in the text. No citation markers in the excerpt. Kept as written: 'TRIP Linhas A\u00e9reas S/A "
 "(formerly Transporte A\u00e9reo Regional do Interior Paulista) was', 'According to the National Civil Aviation "
 "Agency of Brazil (ANAC) between January and December 2012 Trip had' (no comma), 'two Embraer EMB 120 Brasilias', "
 "'\u00c1guia Branca Group (Chieppe family)', 'TRIP Linhas A\u00e9reas has placed an order', 'this deal is its first "
 "new ATR order' (a comma splice), 'the company expect have more than 500 employees by 2010' (words missing in the "
 "source), 'As of January 2007, the company has 500 employees', 'The brand Trip is dedicated', 'in 3 installments', "
 "'In early May 2012'. 248 words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (an en.wikipedia.org "
 "rendering, as batches 40ze and 40zf recorded theirs); doubtful in that no revision id or date is held, and a "
 "revision before June 2023 would be 3.0 (the record meets those terms the same way). Found at rank 7 of the query "
 "'Azul Linhas A\u00e9reas Brasileiras S.A. is a Brazilian airline headquartered in Barueri, founded in 2008 by David "
 "Neeleman; acquired TRIP Linhas A\u00e9reas' (a search for Azul). TRIP Linhas, Caprioli, Branca, Chieppe, Total "
 "Linhas, Flex Linhas, Embraer EMB 120, Brasilia: " + CHECKED + " (SkyWest is named only in GATHERING.md, in batch "
 "53k's lists of DOJ matters tried and not found; ATR 72 and Pratt & Whitney Canada in texts on other subjects: crash "
 "reports of Wikinews and airline histories of batches 28e-40t; none is a history of TRIP).", "non-US"))

# ---- aviation, Brazil: Azul Brazilian Airlines (a copy on a MediaWiki mirror) ----------------------------------------
R.append(wp("wp-azul-brazilian-airlines", "Azul Brazilian Airlines",
 "https://debianws.lexgopc.com/wiki143/index.php?title=Azul_Airlines",
 "Azul Linhas A\u00e9reas Brasileiras S/A (Azul Brazilian Airlines; or simply Azul) is a Brazilian airline "
 "headquartered in Barueri, a suburb of S\u00e3o Paulo. The company's business model is to stimulate demand by "
 "providing frequent and affordable air service to underserved markets throughout Brazil. The company was named Azul "
 "(\"Blue\" in Portuguese) after a naming contest in 2008, where \"Samba\" was the other popular name. Azul is a "
 "publicly traded company on the Brazilian stock exchange, with the ticker AZUL4. It was established on 5 May 2008 by "
 "Brazilian-born David Neeleman (founder of American low-cost airline JetBlue), with a fleet of 76 Embraer E195 jets. "
 "The airline began service on 15 December 2008.\n\n"
 "According to the Brazilian Civil Aviation Authority (ANAC), between January and December 2019, Azul had 23.5% of "
 "the domestic and 5.0% of the international market shares in terms of revenue passenger kilometers (RPK), making it "
 "the third largest domestic and second largest international airline in Brazil.\n\n"
 "Azul Linhas A\u00e9reas Brasileiras S.A. was the fourth airline launched by JetBlue founder David Neeleman (after "
 "Morris Air, WestJet and JetBlue).",
 "aviation/airlines", ["history", "leadership", "fleet"],
 "The article as a MediaWiki mirror's copy holds it in the page store ('Azul Brazilian Airlines', 'From Wikipedia, the "
 "free encyclopedia', '(Redirected from Azul Airlines)'; undated, no revision id; a revision of about 2020-2022: the "
 "market shares of January to December 2019 are its latest figures). Cut: the title line; 'From Wikipedia, the free "
 "encyclopedia'; '(Redirected from Azul Airlines)'; 'Jump to navigation Jump to search'; the mirror's unrendered "
 "templates and error lines before the lead, on the lead's own line ('Template:Short description Script error: No "
 "such module \"For\". Template:Use dmy dates Template:Expand Portuguese Script error: No such module \"infobox\"."
 "Script error: No such module \"Check for clobbered parameters\".Script error: No such module \"Check for unknown "
 "parameters\".'; the mirror's failed templates, not the article's words - doubtful, as a cut inside a line); the "
 "citation markers '[1]' to '[7]'; the heading 'History'; the image lines ('File:PR-AZA Embraer 190 Azul "
 "(8141963748).jpg', 'Azul Embraer E190 in Rio de Janeiro', 'File:PR-AIW (33868622485).jpg', 'Azul Airbus A330-200 "
 "in Fort Lauderdale', 'File:ATR 72-600 (Azul) Rafael Luiz (14709743931).jpg', 'Azul ATR 72-600', 'File:A320neo Azul "
 "SBPA (31500553833).jpg', 'Azul Airbus A320 in Porto Alegre', 'File:Azul-a350-poa.jpg', 'Azul Airbus A350'); the "
 "heading 'Foundation and early years'; cut after 'WestJet and JetBlue).', before the sentence the excerpt breaks off "
 "('Azul inaugurated services in the Brazilia'; `truncated`; a cut inside a paragraph, doubtful), so the first "
 "routes, the purchase of TRIP Linhas A\u00e9reas and the international routes are not in the text. Kept as written: "
 "'Azul Linhas A\u00e9reas Brasileiras S/A' in the lead beside 'Azul Linhas A\u00e9reas Brasileiras S.A.' later, "
 "'(Azul Brazilian Airlines; or simply Azul)', '(\"Blue\" in Portuguese)', the quoted names in straight double quotes, "
 "'the Brazilian stock exchange, with the ticker AZUL4', 'Brazilian-born David Neeleman (founder of American "
 "low-cost airline JetBlue)', 'the Brazilian Civil Aviation Authority (ANAC)' (the TRIP article's 'National Civil "
 "Aviation Agency of Brazil' by another English name), 'revenue passenger kilometers (RPK)', 'JetBlue founder David "
 "Neeleman (after Morris Air, WestJet and JetBlue)'. 179 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 "
 "(a copy of a revision before June 2023, as batch 40ze recorded wikimili.com's copy of about 2020); doubtful in that "
 "no revision id is held and the mirror's own terms were not found in the page store. Found at rank 6 of the query "
 "'Azul Linhas A\u00e9reas Brasileiras S.A. is a Brazilian airline headquartered in Barueri, founded in 2008 by David "
 "Neeleman; acquired TRIP Linhas A\u00e9reas'; the query 'Azul Brazilian Airlines founded 2008 by David Neeleman "
 "headquartered Barueri' returned news and other-language pages only. Looked at and not used: artikeldigital.com's "
 "Italian Wikipedia copy and infokontak.com's Portuguese Wikipedia copy (not English), simpleflying.com's history, "
 "airlines.ws's profile, aerolatinnews.com, trabalhosfeitos.com, girodiario.com, oglobo.globo.com, glamurama.com.br "
 "and aviacao.jor.br (news, essays and profiles; not openly licensed), worldairlinenews.com's post on the Azul-TRIP "
 "merger of May 2012 (a blog). Barueri, AZUL4, Embraer E195: " + CHECKED + " ('Azul' is named in batch 37o's dev "
 "text on Gol, among Gol's competitors as GATHERING.md records it, and in batch 33e's train text on Nonkululeko "
 "Nyembezi-Heita, other subjects by their file names, not opened; David Neeleman and Morris Air in batch 27f's train "
 "text on WestJet, another airline's history, as Neeleman co-founded it, and Neeleman in GATHERING.md's lists of "
 "names searched for biographies; JetBlue in Wikinews texts of batch 13 on other subjects; none is a history of "
 "Azul).", "non-US",
 v3=True, copy_of="the Wikipedia article as it stood in about 2020-2022, a copy on a MediaWiki mirror"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
