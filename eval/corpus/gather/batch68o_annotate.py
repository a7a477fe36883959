#!/usr/bin/env python3
"""Batch 68o gold annotations (session 62; the texts of batch68o.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68i; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'July 1, 1999' -> a day; years ->
years; 'Beginning that year' (1985), 'two years later' (1999) -> nothing (relative to no `published`); 'the 1890s',
'the 1750s', 'the 1900s', 'the 1700s' -> nothing (decades and centuries); 'World War I', 'WWI' -> nothing (a war, no
calendar value). No text tells an outage or a near-miss of one, so every `outages` list is empty. Round notes
/tmp/gather69o/NOTES.md; claims /work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68i): a brand of a product users buy ('an Italian brand
of vermouth') -> Service, its owner ('a brand owned since 1999 by X') and the company that sold it ('X sold Y to Z')
-> provider (as 68c gave the Tootal brand; ownership the text states as past is recorded; GUIDELINES, Relations); a
competitor's brand named alone ('a distant second to Martini') -> Service, no provider (none named); 'an agreement to
turn X entirely over to Y' told as a sale ('At the time of its sale') -> acquired(Y, X) and parentOrganization(X, Y);
'Y, a wholly owned subsidiary of X', 'as part of X', 'forming part of X', 'the ownership of X', 'X's businesses
included: Y' -> parentOrganization; 'X which was acquired in 2009' with the buyer the paragraph's company ->
acquired and parentOrganization (doubtful: the buyer implied); 'created through the merger of A and B', 'As a result
of a merger, A became B' -> nothing (a merger, no buyer told; A and B kept apart); nationalisation ('taken into public
ownership ... as part of X', 'nationalised as part of X') -> parentOrganization only, no acquired (the state, not X,
took the firm; doubtful); 'a share swap agreement with its principal customer, X' -> partner (a customer relation,
direction as written); 'took over the running of X's works', 'acquired the Galvanising works of X', 'a small shipyard'
-> nothing (works run or bought: assets; GUIDELINES, Relations); heads of government named only as 'the Labour
government of A' -> Person, no role (no title; the country is named only inside 'the Government of the United
Kingdom'); families ('the Marone family') -> no entity (no person named); stock exchanges -> Company (GUIDELINES, part
1); state holding corporations (the Iron and Steel Corporation of Great Britain, like British Steel) -> Company
(doubtful: a reader might type it Organization); a government and 'the State of Finland' as an owner -> Organization;
named works, steelworks, quays and an island fortress -> Location; demonyms ('Scottish', 'Italian') -> nothing.
usage: batch68o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- beverages, Italy: Cinzano (fanyv88.com's proxy of en.m.wikipedia.org) -------------------------------------------
CI = "Cinzano International S.A."
IDV = "International Distillers & Vintners"
GM = "Grand Metropolitan"
GC = "Gruppo Campari"
A["wp-cinzano"] = dict(
 # the brand -> Service 'Cinzano' ('an Italian brand of vermouth', 'the first product to be advertised with a neon
 # sign'; doubtful: 'Cinzano remained a family-run business' and 'Diageo sold Cinzano' speak of it as a business, and a
 # reader might type it Company, with acquired(Gruppo Campari, Cinzano); one surface form is not given to two
 # entities); Cinzano Bianco (a product that 'followed') -> Service; Martini ('a distant second to Martini': a rival
 # vermouth brand) -> Service (doubtful: the text does not say brand or firm); Gruppo Campari, Cinzano International
 # S.A., International Distillers & Vintners, Grand Metropolitan and Diageo -> Company; the brothers Giovanni Giacomo
 # (named so, the surname given once after the second brother) and Carlo Stefano Cinzano, and Casanova -> Person;
 # Turin, the Italian Alps, Argentina, Brazil, the USA, Paris and Europe -> Location. No entity: 'the Turin herbal
 # shop' (unnamed), '"vermouth rosso"', '"vermouth of Turin"' (descriptions), 'an Extra Dry version' (unnamed), 'the
 # Marone family' (no person named), 'IPA' (a notation)
 entities=[E("Service", "Cinzano"), E("Company", GC), E("Location", "Turin"), E("Person", "Giovanni Giacomo"),
           E("Person", "Carlo Stefano Cinzano"), E("Location", "Italian Alps"), E("Person", "Casanova"),
           E("Service", "Cinzano Bianco"), E("Location", "Argentina"), E("Location", "Brazil"), E("Location", "USA"),
           E("Location", "Paris"), E("Company", CI), E("Company", IDV), E("Company", GM), E("Location", "Europe"),
           E("Service", "Martini"), E("Company", "Diageo")],
 # Near-misses: the two brothers 'who created a new "vermouth rosso"' in their herbal shop -> no role (no company named
 # as founded; the brand is a Service, and a role needs an organisation; a reader might give each cofounder);
 # 'the Marone family, Turin industrialists' -> no role (no person named)
 roles=[],
 # 'a brand owned since 1999 by Gruppo Campari', 'Diageo sold Cinzano to the privately held Gruppo Campari' ->
 # provider(Cinzano, Gruppo Campari) and provider(Cinzano, Diageo) (the seller, an owner before 1999; past ownership
 # recorded); 'Cinzano remained a family-run business until 1985 ... to turn Cinzano International S.A. entirely over
 # to ...' -> provider(Cinzano, Cinzano International S.A.) (the business behind the brand, as a careful reader takes
 # it; doubtful: the text does not say in words that the S.A. made Cinzano); 'an agreement to turn Cinzano
 # International S.A. entirely over to International Distillers & Vintners' with 'At the time of its sale' ->
 # acquired(International Distillers & Vintners, Cinzano International S.A.) and parentOrganization (a sale told as
 # done); 'International Distillers & Vintners, a wholly owned subsidiary of Grand Metropolitan' -> parentOrganization.
 # Near-misses: 'As a result of a 1997 merger, Grand Metropolitan became Diageo' -> nothing (a merger, no buyer told;
 # Diageo not made an alias of Grand Metropolitan: a merger forms a new company, unlike a renaming; doubtful); 'began to
 # sell shares in the business' -> nothing (share sales, no buyer named); Grand Metropolitan as Cinzano's owner through
 # its subsidiary -> no provider (not stated)
 relations=[L("Cinzano", "provider", GC), L("Cinzano", "provider", "Diageo"), L("Cinzano", "provider", CI),
            L(IDV, "acquired", CI), L(CI, "parentOrganization", IDV), L(IDV, "parentOrganization", GM)],
 outages=[],
 # '1999', '1757', '1913', '1985', '1992', '1997'; 'the 1890s' (a decade), 'that year', 'two years later' (relative)
 # -> left out
 dates=[D("1999", "1999"), D("1757", "1757"), D("1913", "1913"), D("1985", "1985"), D("1992", "1992"),
        D("1997", "1997")])

# ---- steel, UK: David Colville & Sons (the-uncensored-wiki.com's 2012 Kiwix dump) -----------------------------------
DC = "David Colville & Sons"
IS = "Iron and Steel Corporation of Great Britain"
A["wp-david-colville-and-sons"] = dict(
 # the steel maker -> Company 'David Colville & Sons', aliases "Colville's" (the firm's short name as written:
 # "Colville's quickly grew", "Colville's was renationalised") and 'Colville' ('a number of older Colville furnaces');
 # British Steel, the Clydebridge Steel Company, Harland and Wolff, Smith & McLean Limited and the Iron and Steel
 # Corporation of Great Britain (a state holding corporation; doubtful: Organization) -> Company; the Government of the
 # United Kingdom -> Organization; Clement Attlee, Anthony Eden, Harold Wilson and Margaret Thatcher -> Person; the
 # Dalzell Steel and Iron Works, Motherwell, Cambuslang, Glengarnock ('the Glengarnock works'), Belfast, Glasgow,
 # Gartcosh, Milnwood, Mavisbank Quay, Port Glasgow and the Ravenscraig steelworks -> Location. No entity: 'World War I',
 # 'WWI' (a war), 'Labour', 'Conservative' (party names used of governments; no party named as such; doubtful),
 # 'Public subsidy', 'the country' (unnamed)
 entities=[E("Company", DC, "Colville's", "Colville"), E("Company", "British Steel"),
           E("Location", "Dalzell Steel and Iron Works"), E("Location", "Motherwell"),
           E("Organization", "Government of the United Kingdom"), E("Company", "Clydebridge Steel Company"),
           E("Location", "Cambuslang"), E("Location", "Glengarnock"), E("Company", "Harland and Wolff"),
           E("Location", "Belfast"), E("Location", "Glasgow"), E("Company", "Smith & McLean Limited"),
           E("Location", "Gartcosh"), E("Location", "Milnwood"), E("Location", "Mavisbank Quay"),
           E("Location", "Port Glasgow"), E("Person", "Clement Attlee"), E("Company", IS),
           E("Location", "Ravenscraig steelworks"), E("Person", "Anthony Eden"), E("Person", "Harold Wilson"),
           E("Person", "Margaret Thatcher")],
 # No role: 'the Labour government of Clement Attlee', 'the Conservative government of Anthony Eden', 'the Labour
 # government of Harold Wilson', 'the Conservative government of Margaret Thatcher' -> no title said (a reader who
 # knows them might give each 'minister' of the United Kingdom, but the text names no post and no country on its own)
 roles=[],
 # 'in 1967 it was nationalised as part of British Steel', 'Colville's was renationalised ..., forming part of British
 # Steel' -> parentOrganization(David Colville & Sons, British Steel) only (nationalised by the government; doubtful: a
 # reader might add acquired, as 68i read 'absorbed into British Steel Corporation'); '1951 saw the company taken into
 # public ownership ... as part of the Iron and Steel Corporation of Great Britain' -> parentOrganization (past
 # ownership recorded: 'returned to private ownership' in 1955); 'Colville's entered a minority share swap agreement
 # with its principal customer, the shipbuilders Harland and Wolff' -> partner(David Colville & Sons, Harland and
 # Wolff) (a customer relation and a share swap, direction as written). Near-misses: 'they took over the running of the
 # Clydebridge Steel Company works' -> nothing (the running of works, not the company; a reader might give acquired);
 # 'acquired the Galvanising works of Smith & McLean Limited' -> nothing (works bought: an asset purchase); 'British
 # Steel itself was later privatised' -> nothing (no buyer named)
 relations=[L(DC, "parentOrganization", "British Steel"), L(DC, "parentOrganization", IS),
            L(DC, "partner", "Harland and Wolff")],
 outages=[],
 # '1871', '1967', '1872', '1900', '1915', '1916', '1919', '1951', '1954', '1955', '1957', '1988'; 'World War I',
 # 'WWI' -> left out
 dates=[D("1871", "1871"), D("1967", "1967"), D("1872", "1872"), D("1900", "1900"), D("1915", "1915"),
        D("1916", "1916"), D("1919", "1919"), D("1951", "1951"), D("1954", "1954"), D("1955", "1955"),
        D("1957", "1957"), D("1988", "1988")])

# ---- machinery, Finland: Metso (en.wikipedia.org's older rendering) --------------------------------------------------
A["wp-metso"] = dict(
 # the machinery group -> Company 'Metso', alias 'Metso Group'; the NASDAQ OMX Helsinki (a stock exchange), Valmet,
 # Tamfelt, Rauma and Rauma's four businesses Timberjack, Sunds Defibrator, Nordberg and Neles Controls (named
 # businesses: 'Timberjack forest machines' read as the business Timberjack making forest machines; doubtful: a reader
 # might type them Service, with provider to Rauma) -> Company; the State of Finland (as an owner) -> Organization
 # (doubtful: Location); Finland, Helsinki and Suomenlinna -> Location. No entity: 'a small shipyard' (unnamed), 'The
 # new company' (generic)
 entities=[E("Company", "Metso", "Metso Group"), E("Company", "NASDAQ OMX Helsinki"), E("Location", "Finland"),
           E("Location", "Helsinki"), E("Location", "Suomenlinna"), E("Company", "Valmet"),
           E("Organization", "State of Finland"), E("Company", "Tamfelt"), E("Company", "Rauma"),
           E("Company", "Timberjack"), E("Company", "Sunds Defibrator"), E("Company", "Nordberg"),
           E("Company", "Neles Controls")],
 roles=[],
 # 'the shipyard was transferred as part of Valmet to the ownership of the State of Finland' ->
 # parentOrganization(Valmet, State of Finland) (Valmet state-owned; doubtful: the sentence is about the shipyard);
 # 'Tamfelt which was acquired in 2009' in Metso Group's paragraph -> acquired(Metso, Tamfelt) and parentOrganization
 # (doubtful: the buyer implied, not named); 'In 1998 Rauma's businesses included: Timberjack ..., Sunds Defibrator
 # ..., Nordberg ..., Neles Controls ...' -> parentOrganization of each to Rauma. Near-misses: 'Metso was created on
 # July 1, 1999 through the merger of Valmet ... and Rauma' -> nothing (a merger, no buyer told; a reader might give
 # parentOrganization of Valmet and Rauma to Metso); 'Metso's shares are listed on the NASDAQ OMX Helsinki' -> nothing
 relations=[L("Valmet", "parentOrganization", "State of Finland"), L("Metso", "acquired", "Tamfelt"),
            L("Tamfelt", "parentOrganization", "Metso"), L("Timberjack", "parentOrganization", "Rauma"),
            L("Sunds Defibrator", "parentOrganization", "Rauma"), L("Nordberg", "parentOrganization", "Rauma"),
            L("Neles Controls", "parentOrganization", "Rauma")],
 outages=[],
 # 'July 1, 1999', '2009', '1998'; 'the 1750s', 'the 1900s', 'the 1700s' (a decade or a century) -> left out
 dates=[D("July 1, 1999", "1999-07-01"), D("2009", "2009"), D("1998", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
