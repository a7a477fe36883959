#!/usr/bin/env python3
"""Batch 63f gold annotations (the texts of batch63f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-62k; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1950s and 1960s', 'the 1980s',
'the 1950s Lettera 22', 'the 1990s') -> nothing (as batches before: decades not listed); 'Between 1954 and 2001' ->
its two years (as batches 33e and 35t); life years in brackets ('(1885-1940)') -> nothing (as batches 33d, 34d and
56h); 'The following year', 'At the same time', 'From the start' -> nothing. No text tells an outage, so every
`outages` list is empty; none tells a near-miss of one (a plant destroyed in bombing raids and factories closed are no
service lost by users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-62k): 'a majority shareholding was sold to X', then
'the family sold their remaining shares to X' -> acquired + parentOrganization(target, buyer) (the whole company
passed to X); 'acquired its controlling shares' -> a completed acquisition, but 'In 1993, it was finally merged into
X' -> acquired only (merged away; GUIDELINES, Relations, as batches 20a, 30d and 31d); 'a subsidiary of X', 'has
been owned by X since 2003' -> parentOrganization (no purchase told; doubtful for the second); 'bought the rights to
the name' -> nothing (an asset purchase); 'inherited equipment, concessions, rights' of a former company -> nothing
(assets, no company bought); 'founded in 1923 by A', 'A ... created a new company ... under the name ...', 'founded as
"..." by A' -> founder (one person named alone); 'founded ... by the three former German directors of X, including A,
and ... B' -> cofounder each (GUIDELINES, Roles, Founders: people named together); 'the three former German directors
of X, including A' -> director at X, current false; 'owner of X' -> no role (owners carry no title, as batches 24c and
27a); 'The firm was mainly developed by his son A' and 'It inspired A to change B's approach' -> no role (no title);
a company's names in turn ('founded as ...', 'renamed ...', 'the airline was called A, then B and finally C', 'The
name was subsequently changed to ...', 'the Thomson company changed its name to ...') -> aliases of one entity
(GUIDELINES, Types); a firm the text calls 'the original company' and one 'a new company' -> two entities; a named
product line or model ('Lettera 22', 'Programma 101', 'Valentine typewriter', 'Divisumma electric calculator') ->
Service (GUIDELINES: devices) with provider to its maker; an award ('Compasso d'Oro prizes') -> nothing (GUIDELINES,
Types); a newspaper ('Jornal do Brasil') -> Company (GUIDELINES, Types: news organisations); a design association ->
Organization; demonyms and adjectives ('German', 'French', 'Italian', 'Brazilian', 'American', 'European') -> nothing.
usage: batch63f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- consumer electronics, Germany: Nordmende (en.wikipedia.org's rendering) ---------------------------------------
NM = "Norddeutsche Mende-Rundfunk GmbH"
RM = "Radio N. Mende GmbH"
TC = "Technicolor SA"
A["wp-nordmende"] = dict(
 # the company -> Company 'Norddeutsche Mende-Rundfunk GmbH' (the fullest name of the firm Martin Mende created in
 # 1947), alias 'Nordmende' ('The name was subsequently changed to Nordmende', and the name the text goes on to use,
 # 'Nordmende becoming purely a Thomson trademark'; doubtful: the lead speaks of 'Nordmende' as 'a trademark' and 'a
 # major consumer electronics brand', so a reader might make a Service 'Nordmende' apart from the company; one
 # surface form can stand for one entity only, and the text tells the firm's history under that name); the Dresden firm
 # 'Radio N. Mende GmbH' ('The original company ...') -> Company of its own (Martin Mende 'created a new company' after
 # the Dresden plant was destroyed; doubtful: a reader might make it the same firm under an older name); Technicolor SA
 # -> Company, aliases 'Thomson Brandt' ('the French Thomson Brandt company') and 'Thomson' ('their remaining shares to
 # Thomson', 'a Thomson trademark', 'the Thomson company changed its name to Technicolor SA'; doubtful: a reader might
 # keep Thomson Brandt apart from Thomson; the text sells the majority to the one and the rest to the other as one
 # buyer); the KAL Group -> Company 'KAL Group'; Focke-Wulf ('in a former Focke-Wulf plant') -> Company (a firm named
 # as a plant's former owner, not inside a product's name; doubtful: a reader might leave it out); Otto Hermann Mende,
 # Martin Mende (alias 'Mende': "In 1969, Mende's sons took over the company", the company being the one Martin Mende
 # created; doubtful: a reader might read the founder Otto) -> Person; Bremen, Germany, the United Kingdom, Ireland,
 # Turkey, Italy, Dresden -> Location. No entity: 'its American film technology subsidiary' (unnamed), 'the Media &
 # Entertainment industry', 'Mende's sons', 'the family' (unnamed people), 'white goods', 'flat-screen TVs' (unnamed
 # products), 'French', 'German', 'American'
 entities=[E("Company", NM, "Nordmende"), E("Location", "Bremen"), E("Location", "Germany"), E("Company", TC,
           "Thomson Brandt", "Thomson"), E("Location", "United Kingdom"), E("Location", "Ireland"),
           E("Location", "Turkey"), E("Location", "Italy"), E("Company", RM), E("Person", "Otto Hermann Mende"),
           E("Location", "Dresden"), E("Person", "Martin Mende", "Mende"), E("Company", "Focke-Wulf"),
           E("Company", "KAL Group")],
 # 'The original company, Radio N. Mende GmbH, was founded in 1923 by Otto Hermann Mende' -> founder at Radio N. Mende
 # GmbH (one person named alone); 'Martin Mende (the founder's son) created a new company in Bremen in 1947 ... under
 # the name Norddeutsche Mende-Rundfunk GmbH' -> founder at Norddeutsche Mende-Rundfunk GmbH (one person alone;
 # 'created a new company' read as founding it). Near-misses: 'the founder's son' -> no founder role for Martin Mende
 # at Radio N. Mende GmbH (the word names his father's post); "Mende's sons took over the company" -> no role (unnamed
 # people, no title)
 roles=[R("Otto Hermann Mende", "founder", RM), R("Martin Mende", "founder", NM)],
 # 'in 1977 a majority shareholding was sold to the French Thomson Brandt company. The following year, the family sold
 # their remaining shares to Thomson' -> acquired(Technicolor SA, Norddeutsche Mende-Rundfunk GmbH) + parentOrganization
 # (the whole company passed to Thomson; also 'a trademark owned by Technicolor SA', 'Nordmende becoming purely a
 # Thomson trademark'). Near-misses: 'the Nordmende brand name was relaunched in Ireland in 2008 by the KAL Group ...
 # the company bought the rights to the name' -> nothing (rights to a name: an asset purchase, GUIDELINES, Relations;
 # a reader might give acquired); 'manufactured and distributed under licence in the United Kingdom, Ireland, Turkey
 # and Italy' -> no partner (no licensee named); 'in a former Focke-Wulf plant' -> no relation (a plant, no company
 # bought); 'Radio N. Mende GmbH' and the new company -> no relation (the text tells no ownership between them);
 # 're-branding the entire company after its American film technology subsidiary' -> no parentOrganization (the
 # subsidiary unnamed)
 relations=acq(TC, NM),
 outages=[],
 # '1923', '1945', '1947', '1969', '1977', '2008', 'January 27, 2010'; life years '(1885-1940)', 'the 1950s and 1960s',
 # 'the 1980s', 'the 1970s and 1980s' (decades), 'The following year', 'At the same time' -> left out
 dates=[D("1923", "1923"), D("1945", "1945"), D("1947", "1947"), D("1969", "1969"), D("1977", "1977"),
        D("2008", "2008"), D("January 27, 2010", "2010-01-27")])

# ---- office machines and computers, Italy: Olivetti (en.wikipedia.org's rendering) ---------------------------------
OL = "Olivetti S.p.A."
TIM = "TIM S.p.A."
A["wp-olivetti"] = dict(
 # the company -> Company 'Olivetti S.p.A.', aliases 'Olivetti' ('Olivetti products', 'Olivetti was initially a
 # typewriter manufacturer') and its first name 'Ing. C. Olivetti & C., S.p.A.' ('founded as "..."'); TIM S.p.A. ->
 # Company; Ivrea, Italy -> Location; the Metropolitan City of Turin -> Location, alias 'Turin' ('the Turin commune of
 # Ivrea': Ivrea a commune of that area; doubtful: a reader might make the city of Turin its own Location); the Lettera
 # 22 ('the 1950s Lettera 22 portable typewriter'), the Programma 101 ('the 1964 Programma 101'), the Valentine ('the
 # pop-art inspired Valentine typewriter of 1969') and the Divisumma ('its Divisumma electric calculator') -> Service
 # (devices; GUIDELINES, Types); Italy's Association of Industrial Design -> Organization 'Association of Industrial
 # Design', alias 'ADI'; IBM ("IBM's approach to industrial design") -> Company; Camillo Olivetti, Adriano Olivetti,
 # Thomas J. Watson Jr. -> Person (the company's alias 'Olivetti' is never the people's: they are always written in
 # full). No entity: 'Compasso d'Oro prizes' (an award; GUIDELINES, Types), 'its first overseas manufacturing plant'
 # (unnamed), 'tablets, smartphones, printers', 'the first commercial programmable desktop calculators' (unnamed
 # products), 'Italian', 'European'
 entities=[E("Company", OL, "Olivetti", "Ing. C. Olivetti & C., S.p.A."), E("Location", "Ivrea"),
           E("Location", "Metropolitan City of Turin", "Turin"), E("Company", TIM), E("Service", "Lettera 22"),
           E("Service", "Programma 101"), E("Service", "Valentine"), E("Location", "Italy"),
           E("Organization", "Association of Industrial Design", "ADI"), E("Person", "Camillo Olivetti"),
           E("Person", "Adriano Olivetti"), E("Service", "Divisumma"), E("Person", "Thomas J. Watson Jr."),
           E("Company", "IBM")],
 # 'The company was founded as "Ing. C. Olivetti & C., S.p.A." by Camillo Olivetti in 1908' -> founder at Olivetti
 # S.p.A. (one person named alone), current true. Near-misses: 'The firm was mainly developed by his son Adriano
 # Olivetti' -> no role (no title written; a reader might give head or executive); 'It inspired Thomas J. Watson Jr. to
 # change IBM's approach to industrial design' -> no role at IBM (the text names no post; a reader who knows him might
 # give ceo or president); the infobox's chairman and CEO were cut with the infobox
 roles=[R("Camillo Olivetti", "founder", OL)],
 # 'the company has been owned by TIM S.p.A. since 2003' -> parentOrganization(Olivetti S.p.A., TIM S.p.A.) (ownership
 # stated; doubtful: GUIDELINES count 'now owns' as a completed acquisition, and a reader might add acquired(TIM S.p.A.,
 # Olivetti S.p.A.); the text tells no purchase, only the owner since 2003); 'the 1950s Lettera 22 portable
 # typewriter', 'the 1964 Programma 101', 'the pop-art inspired Valentine typewriter of 1969' (the products the company
 # 'is known for') and 'its Divisumma electric calculator' -> provider to Olivetti S.p.A. Near-misses: 'Italy's
 # Association of Industrial Design (ADI) awarded 16 Compasso d'Oro prizes to Olivetti products' -> no partner (an
 # award, no working tie); 'It inspired Thomas J. Watson Jr. to change IBM's approach' -> no relation between the
 # companies (an influence)
 relations=[L(OL, "parentOrganization", TIM), L("Lettera 22", "provider", OL), L("Programma 101", "provider", OL),
            L("Valentine", "provider", OL), L("Divisumma", "provider", OL)],
 outages=[],
 # '2003', '1964', '1969', 'Between 1954 and 2001' (-> '1954' and '2001'), '1908', '1930', '1948'; 'the 1950s' (twice),
 # 'the 1980s', 'the 1990s' (decades) -> left out
 dates=[D("2003", "2003"), D("1964", "1964"), D("1969", "1969"), D("1954", "1954"), D("2001", "2001"),
        D("1908", "1908"), D("1930", "1930"), D("1948", "1948")])

# ---- airlines, Brazil: Servicos Aereos Cruzeiro do Sul (en.wikipedia.org's rendering) -------------------------------
CS = "Servi\u00e7os A\u00e9reos Cruzeiro do Sul"
DLH = "Deutsche Luft Hansa"
CY = "Condor Syndikat"
A["wp-servicos-aereos-cruzeiro-do-sul"] = dict(
 # the airline -> Company 'Serviços Aéreos Cruzeiro do Sul', aliases 'Cruzeiro do Sul' ('the history of Cruzeiro do
 # Sul'), its names in turn 'Syndicato Condor' ('founded as Syndicato Condor'), 'Sindicato Condor' and 'Serviços Aéreos
 # Condor' ('the airline was called Syndicato Condor, then Sindicato Condor and finally Serviços Aéreos Condor'), and
 # 'Condor' ('Condor was founded in Rio de Janeiro'); Deutsche Luft Hansa -> Company; Condor Syndikat ('a former German
 # trade company, Condor Syndikat, which previously operated passenger and mail services in Brazil') -> Company of its
 # own (the airline 'is considered to be the heir of' it: another firm; doubtful: a reader might make it a forerunner
 # and an alias); Varig ('a Brazilian airline') -> Company; Jornal do Brasil (a newspaper) -> Company (GUIDELINES,
 # Types: news organisations); Fritz W. Hammer, Pereira Carneiro ('the Brazilian Count Pereira Carneiro': the name
 # without the title of nobility; doubtful: a reader might keep 'Count Pereira Carneiro' whole) -> Person; Brazil, Rio
 # de Janeiro, South America -> Location. No entity: 'a shipping company' (unnamed), 'German aircraft', 'the three
 # former German directors' (two of them unnamed), 'German', 'Brazilian'
 entities=[E("Company", CS, "Cruzeiro do Sul", "Syndicato Condor", "Sindicato Condor",
             "Servi\u00e7os A\u00e9reos Condor", "Condor"),
           E("Location", "Brazil"), E("Company", DLH), E("Company", CY), E("Company", "Varig"),
           E("Location", "Rio de Janeiro"), E("Person", "Fritz W. Hammer"), E("Person", "Pereira Carneiro"),
           E("Company", "Jornal do Brasil"), E("Location", "South America")],
 # 'Condor was founded in Rio de Janeiro, on 1 December 1927, by the three former German directors of Condor Syndikat,
 # including Fritz W. Hammer, and the Brazilian Count Pereira Carneiro' -> cofounder at Serviços Aéreos Cruzeiro do Sul
 # each (people named together as founding it; GUIDELINES, Roles, Founders), current true; 'the three former German
 # directors of Condor Syndikat, including Fritz W. Hammer' -> director at Condor Syndikat, current false ('former').
 # Near-misses: 'Count Pereira Carneiro, owner of Jornal do Brasil and a shipping company' -> no role (owners carry no
 # title, as batches 24c and 27a; a reader might give other at Jornal do Brasil); 'Count' -> no role (a title of
 # nobility, no post at an organisation)
 roles=[R("Fritz W. Hammer", "cofounder", CS), R("Pereira Carneiro", "cofounder", CS),
        R("Fritz W. Hammer", "director", CY, False)],
 # 'founded as Syndicato Condor, a subsidiary of Deutsche Luft Hansa' -> parentOrganization(Serviços Aéreos Cruzeiro do
 # Sul, Deutsche Luft Hansa); 'In 1975, Varig ... acquired its controlling shares. In 1993, it was finally merged into
 # Varig.' -> acquired(Varig, Serviços Aéreos Cruzeiro do Sul) only (control bought, then merged away: GUIDELINES,
 # Relations; doubtful: the airline was Varig's subsidiary from 1975 to 1993, and a reader might add
 # parentOrganization, relations carrying no time). Near-misses: 'Syndicato Condor retained rights and interests of a
 # former German trade company, Condor Syndikat', 'the heir of Condor Syndikat ... from which it inherited equipment,
 # concessions, rights and particular interests' -> nothing (assets and rights passed on, no company bought;
 # GUIDELINES, Relations, asset purchases); 'owner of Jornal do Brasil' -> no relation (a person's ownership);
 # 'supporting the interests of Deutsche Luft Hansa in South America' -> no partner (the parent already recorded);
 # 'Varig, a Brazilian airline which shared very similar origins' -> nothing
 relations=[L(CS, "parentOrganization", DLH), L("Varig", "acquired", CS)],
 outages=[],
 # '1927' ('tracing its origins to 1927', 'from 1927 until 1943': one text, one value), '1943', '1975', '1993',
 # '1 December 1927'; 'From the start', 'During this time' -> left out
 dates=[D("1927", "1927"), D("1943", "1943"), D("1975", "1975"), D("1993", "1993"),
        D("1 December 1927", "1927-12-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
