#!/usr/bin/env python3
"""Batch 66i gold annotations (the texts of batch66i.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-65l; batch10_annotate.write_parts), so with three texts: test wp-almanij, train wp-home-and-colonial-stores,
dev wp-standard-telephones-and-cables. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'Between 1924 and 1931' -> two items, '1924' and '1931'; 'From 1948 until 1964' -> '1948' and '1964'; 'Early in
1972' -> the year (as batches before took 'early in 2007'); 'mid-1982' -> the year; 'By 1960' and the like -> the
year's own text; times counted from another date of the text ('six years previously', 'In the following year', 'five
years later') and 'the turn of the century' -> nothing (relative, and `published` is null). No text tells an outage,
so every `outages` list is empty; none tells a near-miss of one (a bank that 'went nearly bankrupt', an amalgamation
forced by competition: business troubles, no service lost by users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65l): 'X was acquired by Y', 'It was bought by Y',
'sold X to Y', 'the sale of X to Y' -> acquired + parentOrganization(target, buyer) (completed; none said to be merged
away); 'gained control of X' -> acquired + parentOrganization (as batch 30d's 'gained control'; 'acquired all shares of
X' later the same purchase); 'part of X' -> parentOrganization; 'several stores ... merged with X', 'was forced to
amalgamate with X', 'Argyll merged with Safeway UK', 'A with B and C merged into D', 'merged with KBC to form the KBC
Group' -> nothing (mergers with no buyer told; GUIDELINES, Relations); 'became a shareholder' -> nothing (a stake of
untold size); asset purchases ('purchased a failing electrical cable factory') and transfers of activities -> nothing;
'X formed Y to act as a buyer on behalf of the whole group', 'the company it created' -> parentOrganization(Y, X)
(doubtful); 'founded ... as Y by the X Company' with a later sale of Y by X -> parentOrganization(Y, X); a company
'founded by' or 'an initiative of' another with no ownership told -> nothing; 'created its own network of savings
banks: X' -> parentOrganization(X, creator) ('its own'); 'became the telephone equipment supplier for X' -> partner (a
supply relation); 'The business was founded by A', 'created ... by A', 'formed ... by A' (one person named alone) ->
founder (GUIDELINES, Roles, Founders), current true; 'went into partnership with B' -> no role for B (a partner, no
post); 'took over the Chairmanship' -> chairman, current true (no leaving told); 'From 1948 until 1964 the group
Chairman and CEO was A' -> chairman and ceo, current false (the text bounds the post); "A's Argyll Foods" -> no role
(an owner's possessive, no post; owners carry no title, as batches 24c, 27a, 64f and 65l); a company's names in turn
('later STC plc', 'founded ... as International Western Electric', 'trading as the Home & Colonial Tea Association')
-> aliases of one entity (GUIDELINES, Types), but a company the text says another 'formed' or 'created' and whose name
that other later took (Allied Suppliers) -> its own entity; stock indices ('the FTSE 100 Index') and technologies
('pulse-code modulation (PCM)', 'optical fibres') -> nothing (GUIDELINES, Types); the London Stock Exchange ->
Company (as 45 earlier gold files); a farmers' union -> Organization; streets and districts ('Edgware Road', 'North
Woolwich') -> Location; demonyms and adjectives ('British', 'Belgian', 'Catholic', 'German', 'American') -> nothing.
usage: batch66i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- banking and insurance, Belgium: Almanij (the IPFS mirror's copy, version of 13 May 2016) -------------------------
ALM = "Algemene Maatschappij voor Nijverheidskrediet"
AB = "Algemeene Bankvereeniging"
KB = "Kredietbank"
ABB = "Assuranti\u00ebn Belgische Boerenbond"
KBCB = "KBC Bank and Insurance Group"
A["wp-almanij"] = dict(
 # the holding -> Company 'Algemene Maatschappij voor Nijverheidskrediet' (the fullest name the text gives: 'Almanij,
 # meaning Algemene Maatschappij voor Nijverheidskrediet'), alias 'Almanij' (its short name, used throughout);
 # 'the KBC Group' -> Company 'KBC Group'; 'the Catholic Algemeene Bankvereeniging, a Belgian bank' -> Company (spelled
 # 'Algemeene' apart from the holding's 'Algemene'); 'the Leuvense Volksbank (Leuven)' -> Company ('(Leuven)' its
 # town, listed as a Location); 'the Middenkredietkas' -> Company (a credit fund that 'went nearly bankrupt'; doubtful:
 # a reader might make it an Organization, the farmers' movement's fund); 'the Kredietbank' -> Company, alias
 # 'Kredietbank Group' ('In 1998 Kredietbank Group with CERA Bank ... merged': the bank with its subsidiaries, read as
 # the same firm; doubtful: a reader might list a group apart); 'The Catholic Boerenbond (E: Belgian Farmers' Union)'
 # -> Organization 'Boerenbond' (a farmers' union), alias 'Belgian Farmers\u2019 Union' (its English name in the text's
 # own bracket, capitalised; as batch 64f listed capitalised glosses; written with the text's curly apostrophe); 'its
 # own network of savings banks: CERA' -> Company 'CERA', alias 'CERA Bank' ('CERA Bank' in 1998: the same network as a
 # bank); 'the Kredietbank Luxembourgeoise' -> Company, alias 'KBL' ('the KBC and KBL groups'; the initials of the
 # Luxembourg bank and no other name of the text; doubtful: the text never spells the abbreviation out); 'Gevaert, an
 # investment company' -> Company; Andre Leysen -> Person; Agfa-Gevaert ('the sale of Agfa-Gevaert to the German
 # company, Bayer') and Bayer -> Company; 'Assuranti\u00ebn Belgische Boerenbond (E:ABB-insurance)' -> Company, alias
 # 'ABB-insurance'; 'KBC Bank and Insurance Group' -> Company, alias 'KBC' ('merged with KBC to form the KBC Group',
 # 'the KBC and KBL groups': the 1998 group, kept apart from the KBC Group that the 2005 merger formed; doubtful: a
 # reader might fold the two KBC names into one entity); Leuven, Antwerp, Belgium, Hungary, Luxembourg -> Location. No
 # entity: 'a Belgian holding', 'the economic crisis', 'its industrial holdings', 'a network of savings banks',
 # 'Catholic', 'German'
 entities=[E("Company", ALM, "Almanij"), E("Company", "KBC Group"), E("Company", AB),
           E("Company", "Leuvense Volksbank"), E("Location", "Leuven"), E("Location", "Antwerp"),
           E("Location", "Belgium"), E("Location", "Hungary"), E("Company", "Middenkredietkas"),
           E("Company", KB, "Kredietbank Group"), E("Organization", "Boerenbond", "Belgian Farmers\u2019 Union"),
           E("Company", "CERA", "CERA Bank"), E("Company", "Kredietbank Luxembourgeoise", "KBL"),
           E("Location", "Luxembourg"), E("Company", "Gevaert"), E("Person", "Andre Leysen"),
           E("Company", "Agfa-Gevaert"), E("Company", "Bayer"), E("Company", ABB, "ABB-insurance"),
           E("Company", KBCB, "KBC")],
 # 'Gevaert, an investment company created in 1981 by Andre Leysen' -> founder (one person named alone as creating
 # it; GUIDELINES, Roles, Founders), current true. No other person is named
 roles=[R("Andre Leysen", "founder", "Gevaert")],
 # 'It is since March 2005 part of the KBC Group' -> parentOrganization(Almanij, KBC Group) (stated in the lead; the
 # last paragraph's 'ceased to exist as a separate entity when it merged with KBC to form the KBC Group' tells a
 # merger with no buyer, which adds nothing; doubtful: a reader might drop the parent as the holding was merged away);
 # 'In 1997 Almanij gained control of Gevaert', 'Almanij acquired all shares of Gevaert in 2002' -> acquired(Almanij,
 # Gevaert) + parentOrganization (one purchase, control then the rest of the shares); 'the sale of Agfa-Gevaert to the
 # German company, Bayer' (a sale whose proceeds Gevaert was made to manage: completed) -> acquired(Bayer,
 # Agfa-Gevaert) + parentOrganization; 'The Catholic Boerenbond ... created its own network of savings banks: CERA' ->
 # parentOrganization(CERA, Boerenbond) (doubtful: 'its own' read as ownership). Near-misses: 'Almanij was
 # incorporated in 1931 as an initiative of the Catholic Algemeene Bankvereeniging ... to regroup its industrial
 # holdings' -> no parentOrganization(Almanij, Algemeene Bankvereeniging) (an initiative, no ownership told; a reader
 # might add it); 'a Belgian bank founded by the Leuvense Volksbank' -> no parentOrganization (a founding, no ownership
 # told); 'the Kredietbank of which Almanij became a shareholder' -> nothing (a stake of untold size; a reader might
 # give parentOrganization); 'the Middenkredietkas, which was closely related to the Algemeene Bankvereeniging' ->
 # nothing (no relation named); 'In 1998 Kredietbank Group with CERA Bank and Assuranti\u00ebn Belgische Boerenbond
 # ... merged into KBC Bank and Insurance Group' -> nothing (a merger; a reader might give each a parentOrganization
 # to the new group); 'In 2004 all activities outside the KBC and KBL groups were transferred to Gevaert' -> nothing
 # (a transfer of activities, no company bought); 'Kredietbank Luxembourgeoise was founded in Luxembourg' -> nothing
 # (its founder not told; a reader might give it to the Kredietbank by its name); 'Andre Leysen ... the proceeds of
 # the sale of Agfa-Gevaert' -> no role at Agfa-Gevaert (no post told)
 relations=[L(ALM, "parentOrganization", "KBC Group")] + acq(ALM, "Gevaert") + acq("Bayer", "Agfa-Gevaert")
           + [L("CERA", "parentOrganization", "Boerenbond")],
 outages=[],
 # 'March 2005', '1931', '1921', '1935', '1949', '1997', '1981', '2002', '1998', '2004', '2005' ('In 2005')
 dates=[D("March 2005", "2005-03"), D("1931", "1931"), D("1921", "1921"), D("1935", "1935"), D("1949", "1949"),
        D("1997", "1997"), D("1981", "1981"), D("2002", "2002"), D("1998", "1998"), D("2004", "2004"),
        D("2005", "2005")])

# ---- retail and food, the UK: Home and Colonial Stores (liquisearch.com's copy of the 'History' section) -------------
HC = "Home & Colonial Stores Ltd"
AS = "Allied Suppliers"
ROYLE = "Sir Lancelot Royle"
A["wp-home-and-colonial-stores"] = dict(
 # the chain -> Company 'Home & Colonial Stores Ltd' (the fullest name the text gives: 'By 1960, Home & Colonial Stores
 # Ltd was still a major force'), aliases 'Home & Colonial' ('merged with Home & Colonial', 'Home & Colonial formed'),
 # 'Home & Colonial Tea Association' ('they were trading as ...': an earlier trading name) and 'Home and Colonial'
 # ('the Home and Colonial company'); 'Allied Suppliers' -> its own Company, alias 'Allied' ('Allied was acquired by
 # Cavenham Foods', 'Allied had a turnover', 'Allied was acquired by ... Argyll Foods') (the text makes it a company
 # Home & Colonial 'formed' and 'created in 1929', whose name the group took in 1961; doubtful: a reader might fold it
 # into Home & Colonial as the group's later name, since the Allied bought in 1972 is the restyled group); Liptons
 # ('several stores, including Liptons') -> Company (a grocery chain); Cavenham Foods, Argyll Foods (alias 'Argyll':
 # 'Argyll merged with Safeway UK'), Safeway UK -> Company; "Melia's Grocers and Tea Dealers, another popular grocery
 # chain" -> Company; Julius Drewe, John Musker, William Slaughter, James Goldsmith, James Gulliver -> Person; 'Sir
 # Lancelot Royle KBE' -> Person 'Sir Lancelot Royle' (the title 'Sir' kept as batches before kept 'Sir Graham Day';
 # the post-nominal 'KBE' an honour, left out of the name); Edgware Road (a London street), London, Islington,
 # Birmingham, Leeds, UK, the British Empire -> Location (the Empire as batch 65l took 'Austria-Hungary' and the
 # 'Kingdom of Bohemia'). No entity: 'a small shop', 'the group', 'the UK food industry', 'larger national
 # supermarkets' (descriptions), 'British'
 entities=[E("Company", HC, "Home & Colonial", "Home & Colonial Tea Association", "Home and Colonial"),
           E("Person", "Julius Drewe"), E("Person", "John Musker"), E("Location", "Edgware Road"),
           E("Location", "London"), E("Location", "Islington"), E("Location", "Birmingham"), E("Location", "Leeds"),
           E("Person", "William Slaughter"), E("Company", "Liptons"), E("Company", AS, "Allied"),
           E("Person", ROYLE), E("Location", "UK"), E("Location", "British Empire"), E("Company", "Cavenham Foods"),
           E("Person", "James Goldsmith"), E("Company", "Melia's Grocers and Tea Dealers"),
           E("Person", "James Gulliver"), E("Company", "Argyll Foods", "Argyll"), E("Company", "Safeway UK")],
 # 'The business was founded by Julius Drewe' -> founder (one person named alone as founding it), current true;
 # 'William Slaughter took over the Chairmanship of the business on incorporation in 1888' -> chairman, current true
 # (no leaving told; doubtful: a later chairman is named for 1948, and a reader might set it false); 'From 1948 until
 # 1964 the group Chairman and CEO was Sir Lancelot Royle' -> chairman and ceo at Home & Colonial Stores Ltd ('the
 # group' of Home & Colonial; doubtful: restyled Allied Suppliers from 1961, within his years), current false (the
 # text bounds the post: 'until 1964'); 'Cavenham Foods, formed six years previously by British entrepreneur James
 # Goldsmith' -> founder at Cavenham Foods, current true. Near-misses: 'who in 1883 went into partnership with John
 # Musker' -> no role for John Musker (a partner in the shop, not named as founding the business; a reader might give
 # cofounder, GUIDELINES' 'A founded Acme with B'); 'He had joined the group in 1928' -> no further role (no post
 # named); "James Gulliver's Argyll Foods" -> no role (a possessive, no post; a reader might give founder or head);
 # 'British entrepreneur' -> no title
 roles=[R("Julius Drewe", "founder", HC), R("William Slaughter", "chairman", HC), R(ROYLE, "chairman", HC, False),
        R(ROYLE, "ceo", HC, False), R("James Goldsmith", "founder", "Cavenham Foods")],
 # 'Home & Colonial formed Allied Suppliers to act as a buyer on behalf of the whole group', 'the company it created in
 # 1929, Allied Suppliers' -> parentOrganization(Allied Suppliers, Home & Colonial Stores Ltd) (a company formed by
 # the chain to buy for its group; doubtful: the text does not say 'subsidiary'); 'Early in 1972, Allied was acquired
 # by Cavenham Foods' -> acquired(Cavenham Foods, Allied Suppliers) + parentOrganization; 'In the following year Allied
 # was acquired by James Gulliver's Argyll Foods' -> acquired(Argyll Foods, Allied Suppliers) + parentOrganization
 # (relations carry no time, so both owners in turn stand). Near-misses: 'several stores, including Liptons merged with
 # Home & Colonial' -> nothing (a merger with no buyer told; a reader might give acquired(Home & Colonial, Liptons));
 # "Melia's Grocers and Tea Dealers ... was forced to amalgamate with the Home and Colonial company" -> nothing (an
 # amalgamation, no buyer told); 'Argyll merged with Safeway UK' -> nothing (a merger); 'the group had restyled itself
 # under the name of ... Allied Suppliers' -> no further relation (a renaming); no relation between Home & Colonial
 # and Cavenham Foods or Argyll Foods (the text names Allied as the company bought)
 relations=[L(AS, "parentOrganization", HC)] + acq("Cavenham Foods", AS) + acq("Argyll Foods", AS),
 outages=[],
 # '1883', '1885', '1888', '1903', '1924' and '1931' ('Between 1924 and 1931'), '1948' and '1964' ('From 1948 until
 # 1964'), '1928', '1955', '1960' ('By 1960'), '1961' ('By 1961'), '1929', 'Early in 1972' -> the year, '1981' ('By
 # 1981'); 'the turn of the century', 'six years previously', 'In the following year', 'five years later' -> left out
 dates=[D("1883", "1883"), D("1885", "1885"), D("1888", "1888"), D("1903", "1903"), D("1924", "1924"),
        D("1931", "1931"), D("1948", "1948"), D("1964", "1964"), D("1928", "1928"), D("1955", "1955"),
        D("1960", "1960"), D("1961", "1961"), D("1929", "1929"), D("Early in 1972", "1972"), D("1981", "1981")])

# ---- telecoms and electrical, the UK: Standard Telephones and Cables (en.wikipedia.org's '= Title =' rendering) -------
STC = "Standard Telephones and Cables Ltd"
WE = "Western Electric Company"
ATT = "American Telephone and Telegraph Company"
ITT = "International Telephone and Telegraph"
A["wp-standard-telephones-and-cables"] = dict(
 # the maker -> Company 'Standard Telephones and Cables Ltd', aliases 'STC plc' ('(later STC plc)'), 'STC' ('STC
 # invented', 'STC became an independent company') and 'International Western Electric' (the name it was founded
 # under and was sold under: 'founded in 1883 in London as International Western Electric', 'sold International
 # Western Electric to ...'; a former name, GUIDELINES, Types; doubtful: a reader might list it apart as the
 # predecessor); 'the Western Electric Company' -> Company, alias 'Western Electric'; 'the American Telephone and
 # Telegraph Company (AT&T)' -> Company, alias 'AT&T'; 'International Telephone and Telegraph (ITT)' -> Company, alias
 # 'ITT'; the London Stock Exchange, Nortel -> Company; London, the United States (alias 'US': 'US-designed', 'from
 # Belgium and the US'), Antwerp, Belgium, North Woolwich -> Location. No entity: 'the FTSE 100 Index' (a stock
 # index; GUIDELINES, Types), 'pulse-code modulation (PCM)' and 'optical fibres' (technologies, not products of a
 # named maker users use; doubtful: a reader might list them as Service), 'the American government' (a description),
 # 'fledgling British telephone companies' (unnamed), 'a failing electrical cable factory' (a plant, unnamed), 'The
 # London operation' (the company itself, a description)
 entities=[E("Company", STC, "STC plc", "STC", "International Western Electric"), E("Location", "London"),
           E("Company", WE, "Western Electric"), E("Company", ATT, "AT&T"), E("Location", "United States", "US"),
           E("Company", ITT, "ITT"), E("Company", "London Stock Exchange"), E("Company", "Nortel"),
           E("Location", "Antwerp"), E("Location", "Belgium"), E("Location", "North Woolwich")],
 # no person is named in the text (the infobox's chairman was cut): no role
 roles=[],
 # 'founded in 1883 in London as International Western Electric by the Western Electric Company', 'In 1925, Western
 # Electric divested itself of all foreign operations and sold International Western Electric to ...' ->
 # parentOrganization(STC, Western Electric Company) (founded by it and sold by it as one of its foreign operations:
 # owned); 'shortly after Western Electric became the telephone equipment supplier for the American Telephone and
 # Telegraph Company (AT&T)' -> partner(Western Electric Company, AT&T) (a supply relation between two named
 # companies; GUIDELINES, Relations), direction as written; 'sold International Western Electric to International
 # Telephone and Telegraph (ITT)' -> acquired(ITT, STC) + parentOrganization; 'It was bought by Nortel in 1991' ->
 # acquired(Nortel, STC) + parentOrganization (relations carry no time, so its three owners in turn all stand).
 # Near-misses: 'established in 1883 as an agent for Western Electric' -> no partner besides the parent (an agent of
 # its own parent; a reader might add partner); 'In mid-1982, STC became an independent company and was listed on the
 # London Stock Exchange' -> nothing (a listing is no relation; the end of ITT's ownership takes no relation away);
 # 'Western Electric, which also had a factory in Antwerp, Belgium' -> nothing (a plant); 'the company purchased a
 # failing electrical cable factory at North Woolwich' -> nothing (an asset purchase; GUIDELINES, Relations); 'sold
 # US-designed telephones and exchanges to fledgling British telephone companies' -> no partner (the buyers unnamed);
 # 'a constituent of the FTSE 100 Index' -> nothing
 relations=[L(STC, "parentOrganization", WE), L(WE, "partner", ATT)] + acq(ITT, STC) + acq("Nortel", STC),
 outages=[],
 # '1883' (twice, one item), '1925', 'mid-1982' -> the year, '1991', '1898', '1910'
 dates=[D("1883", "1883"), D("1925", "1925"), D("mid-1982", "1982"), D("1991", "1991"), D("1898", "1898"),
        D("1910", "1910")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
