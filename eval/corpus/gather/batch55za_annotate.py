#!/usr/bin/env python3
"""Batch 55za gold annotations (the texts of batch55za.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s and 55x; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1960s', 'the late
1970s', 'the 1980s') left out, as batches 55f, 55i, 55s and 55x left them out; 'In December of the same year' and
'Later in the same year' (tied to a year the text names, not absolute; doubtful: a reader might give 1989-12 and 1990),
'At the same time', 'Soon after', 'now' and 'During these years' -> nothing. No text tells an outage (or a near-miss of
one), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x): a company 'was bought by'
or 'was acquired by' or 'acquired' another company -> acquired and parentOrganization(target, buyer) (ownership that
ended kept: relations carry no time); a passive purchase with no buyer named in a history of one company ('Shire Books
was acquired in 2007') -> the company of the history as buyer (doubtful); 'bought X and their subsidiary Y' -> acquired
and parentOrganization for each, and parentOrganization(Y, X); 'became majority owned by' and 'a majority stake ... was
sold ... to' -> acquired + parentOrganization (a bought majority read as control, as batches 55e, 55s and 55x;
doubtful); 'formed a new subsidiary' and 'its own daughter company' -> parentOrganization; 'formed ... together with'
a second company -> partner between the two founders of the joint venture (GUIDELINES: joint venture -> partner); 'a
part of' a company owned -> nothing (a part stake); 'X is an imprint of Y' where X is itself the company of the history
-> parentOrganization; imprints, brands and book series of a publisher or maker -> Service, provider the company that
owns them (batch 40ze: imprints and editions -> Service; GUIDELINES, Types: brands and products are Service); a brand
'added' or an imprint 'purchased' -> no acquired (a brand is no company; an asset purchase), provider to the owner;
ships ('MS Tallinn', 'the Georg Ots') and book titles -> no entity (GUIDELINES, Types: ships' names; the corpus's book
title -> no entity); ships bought or chartered -> nothing (asset purchases and leases); a stock exchange -> Company, a
listing -> nothing; 'founder Frank Hornby' -> founder, current true; an artist who proposed a company's books, with no
post named -> no role; a bracketed second name of a company ('Estonian Shipping Company (ESCO)', 'Lines Brothers
(Tri-ang Railways)') -> alias; a later name ('Duncan Baird (later renamed Nourish)') -> alias; seas and regions
('Baltic Sea') -> Location (the corpus's North Sea, Red Sea); nationality adjectives ('Estonian', 'Finnish',
'British') -> nothing.
usage: batch55za_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- shipping, Estonia: Tallink -------------------------------------------------------------------------------------
TL = "Laevandus\u00fchisettev\u00f5te Tallink"
ESCO = "Estonian Shipping Company"
PK = "Palkkiyhtym\u00e4 Oy"
A["wp-tallink"] = dict(
 # the company -> Company under the fullest form the text gives it, 'Laevandusühisettevõte Tallink' (the name it was
 # formed under; 'Tallink was established as the name of the company'), alias 'Tallink' (doubtful: a reader might name
 # it 'Tallink' and alias the Estonian form, or leave the Estonian form out); Silja Line, SeaRail, the Estonian
 # Shipping Company (alias 'ESCO', bracketed), Palkkiyhtymä Oy (alias 'Palkkiyhtymä') and SeaEscape (the seller of a
 # ship) -> Company; the Baltic Sea, Estonia, Finland, Sweden, Latvia, the Soviet Union, Helsinki and Tallinn ->
 # Location. No entity: the ships MS Vanemuine, MS Tallinn, MS Georg Ots ('the Georg Ots'), MS Scandinavian Sky, MS
 # Tallink ('the Tallink', 'the main ship') and MS Transestonia (ships' names; 'Tallinn' and 'Tallink' also stand inside
 # ship names, the city and the company being named on their own elsewhere); 'the Helsinki–Tallinn route' (a route,
 # its two cities annotated); 'Estonian', 'Finnish' (adjectives); 'the Baltic Sea region' (the sea annotated)
 entities=[E("Company", TL, "Tallink"), E("Location", "Baltic Sea"), E("Location", "Estonia"),
           E("Location", "Finland"), E("Location", "Sweden"), E("Location", "Latvia"), E("Company", "Silja Line"),
           E("Company", "SeaRail"), E("Location", "Soviet Union"), E("Company", ESCO, "ESCO"),
           E("Location", "Helsinki"), E("Location", "Tallinn"), E("Company", PK, "Palkkiyhtym\u00e4"),
           E("Company", "SeaEscape")],
 # no person is named in the text (the infobox's key people are cut), so no role
 roles=[],
 # 'They also own Silja Line' -> parentOrganization(Silja Line, Tallink); 'ESCO formed a new subsidiary,
 # Laevandusühisettevõte Tallink' and 'competing with its own daughter company' -> parentOrganization(Tallink, ESCO);
 # 'formed ... together with the Finnish Palkkiyhtymä Oy' -> partner(ESCO, Palkkiyhtymä Oy) (a joint venture; the
 # word 'ühisettevõte' in the name says so, and the two bought the first ship together). Near-misses, no relation:
 # 'a part of SeaRail' -> no parentOrganization (a part stake, size unstated; a reader might make SeaRail a
 # subsidiary); Palkkiyhtymä Oy as a second owner of Tallink -> no parentOrganization (the text calls Tallink ESCO's
 # subsidiary only); 'ESCO and Palkkiyhtymä purchased MS Scandinavian Sky from SeaEscape' -> nothing (a ship bought,
 # an asset purchase; no partner with SeaEscape for a sale); 'the Georg Ots was chartered to Tallink' -> no partner
 # (a ship leased within the group, an asset lease; doubtful: a reader might read a charter as a contract between
 # ESCO and Tallink); 'the Soviet Union-based Estonian Shipping Company' -> nothing (a place); the ferry services
 # between Helsinki and Tallinn -> no Service (unnamed)
 relations=[L("Silja Line", "parentOrganization", TL), L(TL, "parentOrganization", ESCO),
            L(ESCO, "partner", PK)],
 outages=[],
 # 'the year 1965', 'in 1968', 'in 1980' -> the years (the surface forms '1965', '1968', '1980'); 'In May 1989',
 # 'in January 1990', 'in September 1991' -> months; 'In December of the same year' and 'Later in the same year' ->
 # left out (see the docstring)
 dates=[D("1965", "1965"), D("1968", "1968"), D("1980", "1980"), D("May 1989", "1989-05"),
        D("January 1990", "1990-01"), D("September 1991", "1991-09")])

# ---- consumer goods, UK: Hornby Railways -----------------------------------------------------------------------------
HH = "Hornby Hobbies Limited"
LB = "Lines Brothers"
PAM = "Phoenix Asset Management"
A["wp-hornby-railways"] = dict(
 # the company -> Company 'Hornby Hobbies Limited', aliases 'Hornby' ('Hornby launched', 'Hornby and Meccano', "Hornby's
 # other brands"), 'Hornby Railways' (the name the text gives it in the 1980s) and 'Hornby Hobbies'; Frank Hornby ->
 # Person ('Hornby' alone is the company throughout, so no alias of his); Liverpool -> Location; Meccano -> Company
 # (the business 'in financial difficulties' and 'bought' in 1964; the same surface form names 'his Meccano
 # construction toy' first; one entity, typed by the business the text has bought; doubtful: a reader might type it
 # Service for the toy); Lines Brothers -> Company, alias 'Tri-ang Railways' (the bracketed name; doubtful: a reader
 # might make Tri-ang Railways a Service, the competitor's railway range); 'Tri-ang Hornby' ('the railway brand') ->
 # Service; the London Stock Exchange -> Company; Phoenix Asset Management, Humbrol ('model paint manufacturer') and
 # Airfix ('their scale model kit subsidiary') -> Company; Corgi ('The die-cast model car brand') and the brands
 # Bassett-Lowke, Jouef, Lima, Rivarossi, Electrotren, Pocher and Scalextric -> Service. No entity: 'OO gauge' (a
 # scale), 'British' (an adjective), 'the name', 'a competitor', 'British turnaround specialist' (descriptions)
 entities=[E("Company", HH, "Hornby", "Hornby Railways", "Hornby Hobbies"), E("Location", "Liverpool"),
           E("Person", "Frank Hornby"), E("Company", "Meccano"), E("Company", LB, "Tri-ang Railways"),
           E("Service", "Tri-ang Hornby"), E("Company", "London Stock Exchange"), E("Company", PAM),
           E("Company", "Humbrol"), E("Company", "Airfix"), E("Service", "Corgi"), E("Service", "Bassett-Lowke"),
           E("Service", "Jouef"), E("Service", "Lima"), E("Service", "Rivarossi"), E("Service", "Electrotren"),
           E("Service", "Pocher"), E("Service", "Scalextric")],
 # 'Its roots date back to 1901 in Liverpool, when founder Frank Hornby received a patent' -> founder, current true
 # (founders stay founders). Near-misses, no role: 'his Meccano construction toy' -> no founder at Meccano (the text
 # ties him to the toy's patent, not to founding the Meccano business; a reader might give founder at Meccano)
 roles=[R("Frank Hornby", "founder", HH)],
 # 'Hornby and Meccano ... were bought by a competitor Lines Brothers (Tri-ang Railways)' -> acquired +
 # parentOrganization for each (the ownership that ended with 'became independent again' kept); 'became majority owned
 # by British turnaround specialist Phoenix Asset Management' -> acquired(Phoenix Asset Management, Hornby Hobbies
 # Limited) + parentOrganization (an owned majority read as a completed purchase of control; doubtful: the text says
 # 'became majority owned by', not 'bought', and a reader might give parentOrganization only); 'Hornby Hobbies bought
 # model paint manufacturer Humbrol and their scale model kit subsidiary Airfix in 2007' -> acquired +
 # parentOrganization(target, Hornby Hobbies Limited) for Humbrol and for Airfix, and parentOrganization(Airfix,
 # Humbrol) ('their ... subsidiary'); 'The die-cast model car brand Corgi was added in 2008' and "Hornby's other brands
 # include ..." -> provider(brand, Hornby Hobbies Limited) each (a brand added: no acquired). Near-misses, no
 # relation: 'the railway brand becoming "Tri-ang Hornby"' -> no provider (the text does not say whose brand it became:
 # the bought Hornby's or Lines Brothers'; doubtful: a reader might give it to Lines Brothers); 'a competitor' -> no
 # partner; 'became listed on the London Stock Exchange' -> nothing (a listing); 'Hornby Railways became independent
 # again in the 1980s' -> nothing (no buyer or seller named); 'his Meccano construction toy' -> no Service (the name is
 # the company's, see above)
 relations=[L(LB, "acquired", HH), L(HH, "parentOrganization", LB),
            L(LB, "acquired", "Meccano"), L("Meccano", "parentOrganization", LB),
            L(PAM, "acquired", HH), L(HH, "parentOrganization", PAM),
            L(HH, "acquired", "Humbrol"), L("Humbrol", "parentOrganization", HH),
            L(HH, "acquired", "Airfix"), L("Airfix", "parentOrganization", HH),
            L("Airfix", "parentOrganization", "Humbrol")]
           + provided(HH, "Corgi", "Bassett-Lowke", "Jouef", "Lima", "Rivarossi", "Electrotren", "Pocher",
                      "Scalextric"),
 outages=[],
 # 'to 1901', 'in 1920', 'In 1938', 'In 1964', 'in June 2017', 'in 2007', 'in 2008' -> the years and the month; 'in
 # the 1980s' (a decade) -> left out
 dates=[D("1901", "1901"), D("1920", "1920"), D("1938", "1938"), D("1964", "1964"), D("June 2017", "2017-06"),
        D("2007", "2007"), D("2008", "2008")])

# ---- publishing, UK: Osprey Publishing -------------------------------------------------------------------------------
OP = "Osprey Publishing"
BB = "Brooke Bond Tea Company"
GP = "George Philip Ltd"
BC = "Botts & Company"
DB = "Duncan Baird"
A["wp-osprey-publishing"] = dict(
 # the company -> Company 'Osprey Publishing', alias 'Osprey'; Bloomsbury Publishing, the Brooke Bond Tea Company,
 # George Philip Ltd (alias 'Philip'), Reed International, Botts & Company (alias 'Botts'), Shire Books, HarperCollins,
 # Old House ('The reprint house'), Alcuin Capital Partners and Duncan Baird (alias 'Nourish', its later name) ->
 # Company; Dick Ward (alias 'Ward') -> Person; Oxford and Britain -> Location; the Men-at-Arms series, and the imprints
 # Angry Robot and Watkins -> Service (a publisher's series and imprints, as batch 40ze's Pocket Canons and Payback
 # Press; doubtful: a reader might type imprints Company). No entity: the book 'North American P-51D Mustang in
 # USAAF-USAF Service' (a book title; 'USAAF-USAF' inside it no Organization); 'British' (an adjective); 'the private
 # equity firm', 'the firm' (descriptions)
 entities=[E("Company", OP, "Osprey"), E("Location", "Oxford"), E("Service", "Men-at-Arms"),
           E("Company", "Bloomsbury Publishing"), E("Company", BB), E("Person", "Dick Ward", "Ward"),
           E("Company", GP, "Philip"), E("Company", "Reed International"), E("Company", BC, "Botts"),
           E("Location", "Britain"), E("Company", "Shire Books"), E("Service", "Angry Robot"),
           E("Company", "HarperCollins"), E("Company", "Old House"), E("Company", "Alcuin Capital Partners"),
           E("Company", DB, "Nourish"), E("Service", "Watkins")],
 # no role: 'the artist Dick Ward proposed the idea' names no post at any organisation (a reader might make him
 # Osprey's founder, which the text does not say: 'The idea was approved and a small subsidiary company ... was
 # formed')
 roles=[],
 # 'Osprey is an imprint of Bloomsbury Publishing' -> parentOrganization(Osprey Publishing, Bloomsbury Publishing) (no
 # purchase told, so no acquired); 'the Brooke Bond Tea Company began ... a small subsidiary company called Osprey was
 # formed in 1968' -> parentOrganization(Osprey Publishing, Brooke Bond Tea Company) (whose subsidiary the text leaves
 # to the reader, who is sure from the story; doubtful); 'the firm was acquired by George Philip Ltd' -> acquired +
 # parentOrganization; 'Philip was acquired by Reed International' -> acquired(Reed International, George Philip Ltd)
 # + parentOrganization; 'it was sold to the private equity firm Botts & Company' -> acquired(Botts & Company, Osprey
 # Publishing) + parentOrganization ('it' read as Osprey, the firm of the history, as 'a majority stake in Osprey was
 # sold by Botts' confirms; doubtful: 'it' could be read as Philip); 'Shire Books was acquired in 2007' and 'The reprint
 # house Old House was acquired in 2011' -> acquired(Osprey Publishing, target) + parentOrganization (the buyer left to
 # the history's company; doubtful); 'a majority stake in Osprey was sold by Botts to Alcuin Capital Partners' ->
 # acquired(Alcuin Capital Partners, Osprey Publishing) + parentOrganization (a bought majority); 'Osprey acquired
 # Duncan Baird (later renamed Nourish) and its Watkins imprint' -> acquired + parentOrganization(Duncan Baird, Osprey
 # Publishing), provider(Watkins, Duncan Baird) ('its ... imprint'); 'the ... imprint Angry Robot was purchased from
 # HarperCollins' -> provider(Angry Robot, HarperCollins) (its owner before the sale; relations carry no time) and
 # provider(Angry Robot, Osprey Publishing) (its buyer; an imprint bought: no acquired); 'the Men-at-Arms series' ->
 # provider(Men-at-Arms, Osprey Publishing). Near-misses, no relation: 'the Brooke Bond Tea Company began including a
 # series of military aircraft cards' -> no Service (the cards unnamed); Botts' sale to Alcuin -> no further relation
 # for Botts (its ownership already given); 'particularly the military history of Britain' -> nothing
 relations=[L(OP, "parentOrganization", "Bloomsbury Publishing"), L(OP, "parentOrganization", BB),
            L(GP, "acquired", OP), L(OP, "parentOrganization", GP),
            L("Reed International", "acquired", GP), L(GP, "parentOrganization", "Reed International"),
            L(BC, "acquired", OP), L(OP, "parentOrganization", BC),
            L(OP, "acquired", "Shire Books"), L("Shire Books", "parentOrganization", OP),
            L("Angry Robot", "provider", "HarperCollins"), L("Angry Robot", "provider", OP),
            L(OP, "acquired", "Old House"), L("Old House", "parentOrganization", OP),
            L("Alcuin Capital Partners", "acquired", OP), L(OP, "parentOrganization", "Alcuin Capital Partners"),
            L(OP, "acquired", DB), L(DB, "parentOrganization", OP), L("Watkins", "provider", DB),
            L("Men-at-Arms", "provider", OP)],
 outages=[],
 # 'in 1968', 'in 1969', 'in 1971', 'In 1988', 'in 2007', 'in 2010', 'in 2011' (twice, listed once), 'In 2012' -> the
 # years; 'In the 1960s' and 'In the late 1970s' (decades) -> left out
 dates=[D("1968", "1968"), D("1969", "1969"), D("1971", "1971"), D("1988", "1988"), D("2007", "2007"),
        D("2010", "2010"), D("2011", "2011"), D("2012", "2012")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
