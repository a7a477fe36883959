#!/usr/bin/env python3
"""Batch 71j gold annotations (session 65; the texts of batch71j.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-71d; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'now', 'more recently', 'from
time to time', 'Over the years' and 'after the war ended' left out. No text tells an outage, so every `outages` list
is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71d): founders (GUIDELINES part 2, Roles, 'Founders'):
'Vitasoy was founded by Lo Kwee-seong' -> founder; 'In 1876 Dunkerley and David Gledhill established the Kensington
Hat Mills' -> cofounder, each (the joint construction); 'founded by The Anglo-German Brewery Co. Ltd.' and 'founded in
1903 by German settlers' -> no role (a company; no one named); no founder role at Akubra (the text as kept does not
say who founded Akubra: its infobox's founder line is cut; doubtful); 'Dunkerley in 1885 re-established Kensington
Hat Mills in partnership with H.J Hull' -> no role for Hull (a partner in the firm, no title, as batch 71d read C.H.
Holmes; doubtful). Relations (GUIDELINES part 2, Relations): 'an Australian hat manufacturer owned by Tattarang since
November 2023' -> parentOrganization(Akubra, Tattarang), no acquired (the text names no purchase; doubtful);
'The Anglo-German Brewery Co. Ltd. ... who owned it until 1916' -> parentOrganization (ownership told as past is still
recorded); 'it was decided the company would be sold to the Dai-Nippon Brewery' with the liquidation approved and the
sale price in the liquidators' hands by April 2, 1921 -> acquired(Dai-Nippon Brewery, Tsingtao Brewery Co.,Ltd.) and
parentOrganization (a completed sale; doubtful: 'the company' read as the brewery); 'the Dai-Nippon Brewery (which in
1949 was split into Asahi Breweries and what later became Sapporo Brewery)' -> nothing (a split, no ownership);
'It hosts a brand of beverages and desserts named Vita' -> provider(Vita, Vitasoy International Holdings Limited);
'"Vitasoy" also established "Hong Kong Gourmet"' -> parentOrganization(Hong Kong Gourmet, Vitasoy International
Holdings Limited), and 'Vitaland Services Limited was founded in 1991 ... "Vitasoy" also established' ->
parentOrganization(Vitaland Services Limited, Vitasoy International Holdings Limited) (a company a group establishes
read as its unit; doubtful for Vitaland, tied to Vitasoy only by 'also'). Types: a company's former, German and short
names ('Germania-Brauerei', 'Germania Brewery', 'Tsingtao-Brauerei', 'Tsingtao Brewery'; 'Vitasoy') -> aliases of the
company under its fullest name ('Tsingtao Brewery Co.,Ltd.', 'Vitasoy International Holdings Limited'); 'Tsingtao'
as the city ('The Japanese military administration in Tsingtao'; the text says the brewery's name is the city's old
transliteration) -> an alias of the Location 'Qingdao' (doubtful); 'Kensington Hat Mills' -> Company of its own (the
text as kept does not make it Akubra's earlier name; doubtful); 'Zhan Qiao, a famous pier' -> Location (a named site);
'Shandong province' -> Location under that name; 'Cheshire England' -> two Locations; the brand 'Vita' -> Service;
'his wife Harriet' -> Person (a named person; doubtful: a first name alone); 'Benjamin' and 'Dunkerley' -> aliases of
Benjamin Dunkerley. No entity: the hat styles ('fedora, homburg, bowler, pork pie, and trilby') and 'bush hats'
(generic), 'Aboriginal (possibly Birpai)' (a people and language), 'École française d'Extrême-Orient' (named only
inside 'the old École française d'Extrême-Orient transliteration', a transliteration system; doubtful), 'The Japanese
military administration in Tsingtao' (a description, no name), 'OTC Pink' (inside the copy's broken ticker template),
'Tetra Pak' (named only inside 'Tetra Pak packaging technology'; doubtful), 'UHT', 'the Japanese occupation of Hong
Kong' (an event), 'Chinese', 'German', 'English-German', 'Japanese', 'Mexican', 'Australian' (demonyms).
usage: batch71j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- hats, Australia: Akubra (en.wikipedia.org) ---------------------------------------------------------------------
AK, KH, BD = "Akubra", "Kensington Hat Mills", "Benjamin Dunkerley"
A["wp-akubra"] = dict(
 # Akubra, Tattarang, Kensington Hat Mills -> Company; Benjamin Dunkerley (aliases 'Dunkerley', 'Benjamin'), Harriet,
 # David Gledhill, H.J Hull -> Person; Australia, Cheshire, England, Germany, Tasmania, Glenorchy, Hobart, Manchester
 # -> Location. No entity: the hat styles, 'Aboriginal (possibly Birpai)'
 entities=[E("Company", AK), E("Location", "Australia"), E("Company", "Tattarang"),
           E("Person", BD, "Dunkerley", "Benjamin"), E("Location", "Cheshire"), E("Location", "England"),
           E("Location", "Germany"), E("Location", "Tasmania"), E("Person", "Harriet"),
           E("Person", "David Gledhill"), E("Company", KH), E("Location", "Glenorchy"), E("Location", "Hobart"),
           E("Person", "H.J Hull"), E("Location", "Manchester")],
 # 'Dunkerley and David Gledhill established the Kensington Hat Mills' -> cofounder, each. No role: H.J Hull (a
 # partner; doubtful); no founder of Akubra named in the text (doubtful)
 roles=[R(BD, "cofounder", KH), R("David Gledhill", "cofounder", KH)],
 # 'owned by Tattarang since November 2023' -> parentOrganization; no acquired (no purchase told; doubtful)
 relations=[L(AK, "parentOrganization", "Tattarang")],
 outages=[],
 # 'November 2023', '1840', '1874', '1876', '1879', '1885', '1892', 'August 1893'; left out: 'from time to time'
 dates=[D("November 2023", "2023-11"), D("1840", "1840"), D("1874", "1874"), D("1876", "1876"), D("1879", "1879"),
        D("1885", "1885"), D("1892", "1892"), D("August 1893", "1893-08")])

# ---- brewing, China: Tsingtao Brewery (piglix.com) ------------------------------------------------------------------
TB, AG, DN = "Tsingtao Brewery Co.,Ltd.", "Anglo-German Brewery Co. Ltd.", "Dai-Nippon Brewery"
A["wp-tsingtao-brewery"] = dict(
 # the brewery -> Company 'Tsingtao Brewery Co.,Ltd.' (aliases 'Tsingtao-Brauerei', 'Tsingtao Brewery',
 # 'Germania-Brauerei', 'Germania Brewery'); The Anglo-German Brewery Co. Ltd., Dai-Nippon Brewery, Asahi Breweries,
 # Sapporo Brewery -> Company; China, Qingdao (alias 'Tsingtao', the city; doubtful), Shandong province, Zhan Qiao,
 # Hong Kong, Shanghai -> Location. No entity: 'École française d'Extrême-Orient' (inside a transliteration's name;
 # doubtful), 'OTC Pink', 'The Japanese military administration in Tsingtao', demonyms
 entities=[E("Company", TB, "Tsingtao-Brauerei", "Tsingtao Brewery", "Germania-Brauerei", "Germania Brewery"),
           E("Location", "China"), E("Location", "Qingdao", "Tsingtao"), E("Location", "Shandong province"),
           E("Location", "Zhan Qiao"), E("Company", AG), E("Location", "Hong Kong"), E("Location", "Shanghai"),
           E("Company", DN), E("Company", "Asahi Breweries"), E("Company", "Sapporo Brewery")],
 # no person named, no role
 roles=[],
 # 'The Anglo-German Brewery Co. Ltd. ... who owned it until 1916' -> parentOrganization; the sale to the Dai-Nippon
 # Brewery (approved, the price paid out by 1921) -> acquired and parentOrganization (doubtful). No relation: the 1949
 # split into Asahi Breweries and Sapporo Brewery
 relations=[L(TB, "parentOrganization", AG), L(DN, "acquired", TB), L(TB, "parentOrganization", DN)],
 outages=[],
 # '1903', 'August 15, 1903', '1916', 'December 22, 1904', 'August 16, 1916', '1949', 'September 9, 1916',
 # 'April 2, 1921'; left out: 'now', 'more recently', 'present-day'
 dates=[D("1903", "1903"), D("1916", "1916"), D("August 15, 1903", "1903-08-15"),
        D("December 22, 1904", "1904-12-22"), D("August 16, 1916", "1916-08-16"), D("1949", "1949"),
        D("September 9, 1916", "1916-09-09"), D("April 2, 1921", "1921-04-02")])

# ---- drinks, Hong Kong: Vitasoy (en.wikipedia.org) ------------------------------------------------------------------
VS = "Vitasoy International Holdings Limited"
A["wp-vitasoy"] = dict(
 # the company -> Company (alias 'Vitasoy'); Vitaland Services Limited, Hong Kong Gourmet -> Company; Vita -> Service;
 # Lo Kwee-seong -> Person; Hong Kong, Tuen Mun, New Territories -> Location. No entity: 'Tetra Pak' (inside 'Tetra
 # Pak packaging technology'; doubtful), 'UHT', 'the Japanese occupation of Hong Kong', 'Chinese'
 entities=[E("Company", VS, "Vitasoy"), E("Location", "Hong Kong"), E("Service", "Vita"), E("Location", "Tuen Mun"),
           E("Location", "New Territories"), E("Company", "Vitaland Services Limited"),
           E("Company", "Hong Kong Gourmet"), E("Person", "Lo Kwee-seong")],
 # 'Vitasoy was founded by Lo Kwee-seong' -> founder, current true
 roles=[R("Lo Kwee-seong", "founder", VS)],
 # 'a brand of beverages and desserts named Vita' -> provider; '"Vitasoy" also established "Hong Kong Gourmet"' and
 # (by 'also') Vitaland Services Limited -> parentOrganization (doubtful for Vitaland)
 relations=[L("Vita", "provider", VS), L("Vitaland Services Limited", "parentOrganization", VS),
            L("Hong Kong Gourmet", "parentOrganization", VS)],
 outages=[],
 # '1940', '1991', '2001', '1910', '1995', '9 March 1940', '1941', '1945', '1950', '1953', '1975'; left out: 'Over
 # the years', 'after the war ended'
 dates=[D("1940", "1940"), D("1991", "1991"), D("2001", "2001"), D("1910", "1910"), D("1995", "1995"),
        D("9 March 1940", "1940-03-09"), D("1941", "1941"), D("1945", "1945"), D("1950", "1950"), D("1953", "1953"),
        D("1975", "1975")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
