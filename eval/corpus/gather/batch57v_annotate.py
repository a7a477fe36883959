#!/usr/bin/env python3
"""Batch 57v gold annotations (the texts of batch57v.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b and 57g; batch10_annotate.write_parts), so with
four texts: test wp-delvaux, train wp-riedel-glass, dev wp-rimowa, train wp-victorinox. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); 'the beginning of the 20th century' (part of a
century, as batches 55f, 55i, 55s, 56f, 57b and 57g left them out), 'In the 1930s' (a decade, as batch 25b on
skipped them), 'a year before Belgium declared its independence' (a year told only through another event), 'more
than 250 years' (a span), 'still produced today', 'to this day' and 'at the time' (unanchored) -> nothing. No text
tells an outage, so every `outages` list is empty, and none tells a near-miss of one beyond Delvaux's 'gradual
decline' and the fire in Rimowa's factory (a business decline and a physical accident; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57g and 57o): 'its acquisition of rival X' and 'acquired the X Group' -> acquired +
parentOrganization(target, buyer); 'acquired an 80% stake in the company' -> acquired + parentOrganization (a bought
majority read as control, as batch 32k's Somisa and later rounds); 'has been owned by' a company -> parentOrganization
only (no purchase told); a company bought 'with' another company's group -> acquired and parentOrganization to the
buyer, and parentOrganization to the group it came with (doubtful); 'founded ... by A' -> founder; 'A and B founded
the company' -> cofounder each; 'co-founded' an association -> cofounder at the Organization; 'remained as the only
director' -> director, current true (the text does not end the post, as batch 57g's general manager); 'becoming CEO'
-> ceo; 'head up the ... business' -> head (as batch 16f's 'I head up'); 'Yale researcher' -> other at Yale (a post
the vocabulary has no word for, as the SentinelOne researchers of an earlier batch; doubtful); 'took over the company'
and 'succeeded him' with no title, 'became involved in the company', 'the last of the ... family line', 'designed by'
-> no role (no title at a named organisation, as batch 57s's 'took over running the company'); 'supplying leather
goods to Belgium's royalty' and 'the sole supplier of multi-purpose knives to the Swiss army' -> partner(supplier,
customer), direction as written (a supply relation; GUIDELINES, Relations); a named handbag, a knife, a brand, a glass
line and a glass model -> Service (products users buy; GUIDELINES, Types) with provider to the maker the text names;
a museum, a university, a patent office, an association and an armed force -> Organization; a magazine -> Company
(GUIDELINES, Types); former names ('G\u00f6rtz & Morszeck', 'Messerfabrik Carl Elsener') -> aliases; demonyms and
adjectives ('Belgian', 'Swiss', 'German') and events ('the 1958 Brussels World Fair') -> nothing.
usage: batch57v_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- leather goods, Belgium: Delvaux ---------------------------------------------------------------------------------
DV = "Delvaux"
RC = "Royal Court of Belgium"
A["wp-delvaux"] = dict(
 # the company -> Company 'Delvaux' ('The house', 'the brand' generic); Richemont -> Company; the Royal Court of
 # Belgium (alias 'Court of Belgium'; named in a quoted title and in 'a warrant holder to the Court of Belgium') ->
 # Organization (a royal household, a body, no business; doubtful: a reader might leave a title's words out);
 # 'Le Brillant' ('the \"Le Brillant\" handbag', a product users buy) -> Service; Charles Delvaux, Franz Schwennicke,
 # Edmond Delvaux, Paule Goethals, Solange (first name only, as batch 57g's Jan and Leendert) -> Person; Belgium,
 # Brussels -> Location. No entity: 'the 1958 Brussels World Fair' (an event; GUIDELINES, Types; Brussels is annotated
 # from its other mention), 'Belgium's royalty' (Belgium annotated), 'the Delvaux family line' (a family), 'Belgian'
 # (adjective), 'a \"D\" letter'. 'Delvaux' inside 'Charles Delvaux' and 'Edmond Delvaux' is part of the persons' names
 entities=[E("Company", DV), E("Person", "Charles Delvaux"), E("Company", "Richemont"), E("Location", "Belgium"),
           E("Location", "Brussels"), E("Organization", RC, "Court of Belgium"), E("Person", "Franz Schwennicke"),
           E("Person", "Edmond Delvaux"), E("Service", "Le Brillant"), E("Person", "Paule Goethals"),
           E("Person", "Solange")],
 # 'founded in 1829 by Charles Delvaux' -> founder, current true. Near-misses: 'Franz Schwennicke, took over the
 # company from Edmond Delvaux' -> no role for either (no title; a reader might give Schwennicke head or owner-like
 # 'other', or read a purchase by a person, which is no relation); 'his wife Solange succeeded him' -> no role (she
 # succeeded a man who held no title in the text); 'designed by Paule Goethals' -> no role (no post at Delvaux told);
 # 'an agricultural engineer' -> a trade, no role
 roles=[R("Charles Delvaux", "founder", DV)],
 # 'Since 2021 the company has been owned by Richemont' -> parentOrganization only (no purchase told; a reader might
 # add acquired); 'granted the title of \"Official purveyor to the Royal Court of Belgium\" as it started supplying
 # leather goods to Belgium's royalty' and 'a warrant holder to the Court of Belgium' -> partner(Delvaux, Royal Court
 # of Belgium) (a supply relation, direction as written; doubtful: a royal warrant is a title as much as a contract);
 # 'the \"Le Brillant\" handbag' that 'Delvaux introduced' -> provider(Le Brillant, Delvaux). Near-misses: 'took over
 # the company from Edmond Delvaux' -> no acquired (two persons, no company buyer); 'filed its first patents for
 # handbags' -> nothing (no patent office named)
 relations=[L(DV, "parentOrganization", "Richemont"), L(DV, "partner", RC), L("Le Brillant", "provider", DV)],
 outages=[],
 # '1829' (twice, one value) -> one item; '2021', '1883', '1908', '1933', '1958' ('the 1958 Brussels World Fair', a
 # year), '1970'; 'the beginning of the 20th century', 'a year before Belgium declared its independence', 'to this
 # day', 'still produced today' -> left out
 dates=[D("1829", "1829"), D("2021", "2021"), D("1883", "1883"), D("1908", "1908"), D("1933", "1933"),
        D("1958", "1958"), D("1970", "1970")])

# ---- glassware, Austria: Riedel --------------------------------------------------------------------------------------
RD = "Riedel"
NG = "F X Nachtmann Group"
A["wp-riedel-glass"] = dict(
 # the company -> Company 'Riedel' ('the company', 'the ... glass business'; 'Riedel glasses', 'a Riedel stem glass'
 # and \"Riedel's claims\" use the same name); F X Nachtmann Group, Spiegelau ('one of its biggest rivals') -> Company;
 # Gourmet Magazine (a magazine, a business; GUIDELINES, Types) -> Company; the Sommeliers line (name 'Sommeliers')
 # and the Burgundy Grand Cru glass (name 'Burgundy Grand Cru', the model's name without the common noun 'glass';
 # doubtful as to the name's span) -> Service (products users buy); the New York Museum of Modern Art (a museum, as
 # the corpus's museums are) and Yale ('Yale researcher', a university) -> Organization; Georg Riedel, Maximilian
 # Riedel, Linda Bartoshuk -> Person; Kufstein, Austria, Bohemia, Europe, the U.S. ('U.S.') -> Location. No entity:
 # 'the short, narrow-mouthed port glass', 'the balloon-shaped Burgundy glass' (kinds of glass, not named products),
 # 'the same family', 'the \"tongue map\"' (an idea), 'major research centers' (unnamed), 'The article' (the magazine's
 # article)
 entities=[E("Company", RD), E("Location", "Kufstein"), E("Location", "Austria"), E("Location", "Bohemia"),
           E("Person", "Georg Riedel"), E("Person", "Maximilian Riedel"), E("Company", NG), E("Company", "Spiegelau"),
           E("Service", "Sommeliers"), E("Service", "Burgundy Grand Cru"),
           E("Organization", "New York Museum of Modern Art"), E("Company", "Gourmet Magazine"),
           E("Location", "Europe"), E("Location", "U.S."), E("Organization", "Yale"), E("Person", "Linda Bartoshuk")],
 # 'Georg Riedel (tenth generation) and Maximilian Riedel (eleventh generation) head up the ... glass business' ->
 # head each at Riedel, current true (as batch 16f's 'I head up'; doubtful: a reader might give ceo or chairman, or
 # nothing for a family's generations); 'Yale researcher Linda Bartoshuk' -> other at Yale (doubtful, as the
 # SentinelOne researchers of an earlier batch; a reader might give no role). Near-misses: 'Established in Bohemia in
 # 1756' names no founder -> no founder role; 'owned by the same family' -> no role and no relation (a family)
 roles=[R("Georg Riedel", "head", RD), R("Maximilian Riedel", "head", RD), R("Linda Bartoshuk", "other", "Yale")],
 # 'In 2004 Riedel acquired the F X Nachtmann Group' -> acquired + parentOrganization; 'and, with it, one of its
 # biggest rivals at the time, Spiegelau' -> acquired(Riedel, Spiegelau) + parentOrganization(Spiegelau, Riedel) (it
 # came to Riedel in the same purchase) and parentOrganization(Spiegelau, F X Nachtmann Group) (it came 'with' the
 # group, so the group owned it; doubtful: implied, as batch 57g's Land & Marine of Costain Group was stated); 'The
 # Sommeliers line was introduced' and 'The Burgundy Grand Cru glass ... was developed' in a text on Riedel ->
 # provider to Riedel for each (the maker a careful reader is sure of). Near-misses: 'one of its biggest rivals' -> no
 # partner (rivalry is no partnership); 'is displayed in the New York Museum of Modern Art' -> no partner (a museum
 # showing a product); 'Gourmet Magazine reported' -> no relation (a report)
 relations=[L(RD, "acquired", NG), L(NG, "parentOrganization", RD), L(RD, "acquired", "Spiegelau"),
            L("Spiegelau", "parentOrganization", RD), L("Spiegelau", "parentOrganization", NG),
            L("Sommeliers", "provider", RD), L("Burgundy Grand Cru", "provider", RD)],
 outages=[],
 # '1756', '2004' (twice, one value) -> one item, '1973', '1958'; 'more than 250 years' (a span), 'at the time' ->
 # left out
 dates=[D("1756", "1756"), D("2004", "2004"), D("1973", "1973"), D("1958", "1958")])

# ---- luggage, Germany: Rimowa ----------------------------------------------------------------------------------------
RM = "RIMOWA"
A["wp-rimowa"] = dict(
 # the company -> Company 'RIMOWA' (in capitals as written throughout; 'the company'), alias 'G\u00f6rtz & Morszeck'
 # (the name it was founded under); the trademark RIMOWA and 'the RIMOWA signature' use the company's name (no
 # separate Service: the text names no product beside the brand that is the company's own name); LVMH (alias 'LVMH
 # Group') -> Company; the Reich Patent Office -> Organization (a government office); Paul Morszeck, Heinrich G\u00f6rtz,
 # Richard Morszeck, Alexandre Arnault -> Person; Cologne, Germany, Berlin, Czech Republic, Canada, Brazil ->
 # Location. No entity: 'Richard Morszeck Warenzeichen' (the acronym's expansion, a phrase, not a mention of the
 # person), 'their factory', 'its own factories' (unnamed), 'German Maison' (a phrase)
 entities=[E("Company", RM, "G\u00f6rtz & Morszeck"), E("Location", "Cologne"), E("Location", "Germany"),
           E("Company", "LVMH", "LVMH Group"), E("Person", "Paul Morszeck"), E("Person", "Heinrich G\u00f6rtz"),
           E("Person", "Richard Morszeck"), E("Organization", "Reich Patent Office"), E("Location", "Berlin"),
           E("Location", "Czech Republic"), E("Location", "Canada"), E("Location", "Brazil"),
           E("Person", "Alexandre Arnault")],
 # 'Paul Morszeck and Heinrich G\u00f6rtz founded the company' -> cofounder each, current true; 'By 1900, Paul Morszeck
 # remained as the only director of the company' -> director, current true (the text does not end the post;
 # doubtful: a reader might take 1900 as past and give current false); 'with Alexandre Arnault becoming CEO of the
 # company' -> ceo, current true. Near-misses: 'his son, Richard Morszeck, became involved in the company and
 # registered the trademark' -> no role (no title); Dieter Morszeck, co-CEO, is in the cut infobox only
 roles=[R("Paul Morszeck", "cofounder", RM), R("Heinrich G\u00f6rtz", "cofounder", RM),
        R("Paul Morszeck", "director", RM), R("Alexandre Arnault", "ceo", RM)],
 # 'In 2016, LVMH acquired an 80% stake in the company' and 'In 2017, RIMOWA joined the LVMH Group' -> acquired +
 # parentOrganization (a bought majority read as control; the two years the article gives are the deal's announcement
 # and its completion, one purchase). Near-misses: 'registered the trademark RIMOWA at the Reich Patent Office' -> no
 # partner (a registration with an authority); 'became its first German Maison' -> no further relation
 relations=[L("LVMH", "acquired", RM), L(RM, "parentOrganization", "LVMH")],
 outages=[],
 # '1898' (twice, one value) -> one item; '2016', '1900', '1931', '2000', '2013', '2017', '1937'; 'In the 1930s' (a
 # decade) -> left out
 dates=[D("1898", "1898"), D("2016", "2016"), D("1900", "1900"), D("1931", "1931"), D("2000", "2000"),
        D("2013", "2013"), D("2017", "2017"), D("1937", "1937")])

# ---- cutlery, Switzerland: Victorinox --------------------------------------------------------------------------------
VX = "Victorinox"
SAF = "Swiss Armed Forces"
SOS = "Schweizer Offiziers- und Sportmesser"
A["wp-victorinox"] = dict(
 # the company -> Company 'Victorinox', alias 'Messerfabrik Carl Elsener' (the name it was founded under; 'Carl' as
 # the firm's name spells it beside the founder's 'Karl'); Wenger ('rival Wenger') -> Company; Schweizerischer
 # Messerschmiedverband ('an association of Swiss knife manufacturers') -> Organization; the Swiss Armed Forces (alias
 # 'Swiss army', lower-case 'army' as written twice) -> Organization; Elsener's knife 'Schweizer Offiziers- und
 # Sportmesser' (alias 'Original Swiss Army Knife', the name it was marketed under) -> Service (a product users buy);
 # the brand 'Victoria' -> Service (a named brand of the company's products; doubtful: the text's cut sentence would
 # have told that 'Victoria' became the company's name, and a reader might make it an alias of Victorinox); Karl
 # Elsener (alias 'Elsener') -> Person; Ibach, Canton of Schwyz, Switzerland, Solingen -> Location. No entity: 'Swiss
 # Army knives' and 'multi-purpose knives' (a kind of knife; 'Swiss Army' inside it matches the army's alias only by
 # case), 'Solingen manufacturers' (unnamed firms; Solingen annotated), 'the Swiss coat of arms' (an emblem), 'his
 # mother' (unnamed), 'Swiss' (adjective)
 entities=[E("Company", VX, "Messerfabrik Carl Elsener"), E("Location", "Ibach"), E("Location", "Canton of Schwyz"),
           E("Location", "Switzerland"), E("Company", "Wenger"), E("Organization", SAF, "Swiss army"),
           E("Person", "Karl Elsener", "Elsener"), E("Organization", "Schweizerischer Messerschmiedverband"),
           E("Location", "Solingen"), E("Service", SOS, "Original Swiss Army Knife"), E("Service", "Victoria")],
 # 'The company was founded in 1884 as Messerfabrik Carl Elsener, the workshop of Karl Elsener' -> founder, current
 # true (the workshop named as his; 'founded ... as' with its founder's workshop, a careful reader's founder);
 # 'Elsener co-founded Schweizerischer Messerschmiedverband' -> cofounder at the Organization, current true.
 # Near-misses: the president, CEO and chairman Carl Elsener Jr. is in the cut infobox only; 'most of Elsener's knife
 # craftsmen' -> no role (unnamed)
 roles=[R("Karl Elsener", "founder", VX), R("Karl Elsener", "cofounder", "Schweizerischer Messerschmiedverband")],
 # 'Since its acquisition of rival Wenger in 2005' -> acquired + parentOrganization; 'the sole supplier of
 # multi-purpose knives to the Swiss army' and 'their relationship delivering knives to the Swiss army' ->
 # partner(Victorinox, Swiss Armed Forces) (a supply relation, direction as written); \"Elsener's Schweizer Offiziers-
 # und Sportmesser\" -> provider(..., Victorinox) (the founder's knife, made and marketed by his company; doubtful: the
 # text gives it as Elsener's); 'Elsener named the brand \"Victoria\"' -> provider(Victoria, Victorinox) (doubtful,
 # with the entity). Near-misses: 'This knife was not adopted by the Swiss Armed Forces as ordnance' -> no further
 # relation (a refusal; the supply relation stands on the lead's sentence); Karl Elsener's membership of the
 # association -> no relation between Victorinox and the association (a person co-founded it); 'competing with
 # Solingen' -> no partner (competition); 'licenses its logo for watches, apparel, and travel gear' -> no partner (no
 # licensee named)
 relations=[L(VX, "acquired", "Wenger"), L("Wenger", "parentOrganization", VX), L(VX, "partner", SAF),
            L(SOS, "provider", VX), L("Victoria", "provider", VX)],
 outages=[],
 # '2005', '1884', '1891', '1892', '1897', '1909'; 'The same year' (1909, listed) -> left out as a relative phrase
 dates=[D("2005", "2005"), D("1884", "1884"), D("1891", "1891"), D("1892", "1892"), D("1897", "1897"),
        D("1909", "1909")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
