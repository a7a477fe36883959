#!/usr/bin/env python3
"""Batch 68c gold annotations (session 62; the texts of batch68c.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-67ae; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a person's life years in brackets
('(1822-1896)') -> one date each (as train wp-cascade-brewery and batches 66c and 67ae list them); 'As of 2010' -> the
year; decades ('the 1840s', 'the 1950s', 'the 1860s'), 'the early nineteenth century', 'the first few decades of its
existence' and 'post second world war' -> nothing (the corpus lists no decades). No text tells an outage or a near-miss
of one, so every `outages` list is empty. Round notes /tmp/gather69c/NOTES.md; claims /work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-67ae): 'X was merged into Y' -> acquired(Y, X) only
(the target merged into the buyer; as batches 31j, 40za and 63b read 'was merged into'; GUIDELINES, Relations); 'X was part
of Y', 'X is now part of Y' -> parentOrganization (kept when told as past; relations carry no time); 'A merged with B to
form C', 'C was formed by the merger of A and B', 'A and B formally merged becoming C' -> nothing (no buyer told;
GUIDELINES, Relations) and C an entity of its own where named apart; 'A exchanged shares and came to a working
agreement with B' -> partner(A, B) (a stated working agreement; GUIDELINES, partner); 'founded by A' and 'A founded
his company' (one person named alone) -> founder; 'A, B, C and D were business partners who formed a limited company,
X' -> cofounder for each (GUIDELINES, Roles, Founders: people named together as founding), a person named alone as
founding the business X grew from keeping founder (as 67ae's Hoesch; doubtful); 'established a business partnership'
(unnamed, dissolved) -> no role; 'under the leadership of A' at a research laboratory (a named facility, Location) ->
no role (GUIDELINES, Types: no role or relation attaches to sites); a brand ('Tootal is a brand name for ...') ->
Service, with provider to its owner ('The brand is now owned by Y') and to the company that marketed its goods under
it; a company's names in turn ('later became X, and subsequently Y', 'the company became the state owned Y', 'where it
is known as Y') -> aliases of one entity (GUIDELINES, Types); named sites, works, streets, rivers and mills ('Atlas
Works', 'Savile Street', 'the Meuse River', 'the Sunnybank ... mills') -> Location (GUIDELINES, Types); names without
honorifics ('Sir Joseph Whitworth' -> Joseph Whitworth, as batches before); demonyms and adjectives ('Belgian',
'British') -> nothing; mills and assets bought ('acquired mills at Bolton and Newton Heath') -> nothing (GUIDELINES,
Relations: asset purchases).
usage: batch68c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- steel, Belgium: Cockerill-Sambre (piglix.com's copy) -----------------------------------------------------------
CS = "Cockerill-Sambre"
JC = "John Cockerill & Cie"
A["wp-cockerill-sambre"] = dict(
 # the group -> Company 'Cockerill-Sambre', alias 'ArcelorMittal Liege' ('part of the ArcelorMittal multinational steel
 # group, where it is known as ArcelorMittal Liege': the group's name inside its owner; doubtful: a reader might make
 # ArcelorMittal Liege a subsidiary of its own); Cockerill ('Cockerill based in Seraing', one of the two groups merged in
 # 1981), Hainaut-Sambre, Usinor, Arcelor ('the Arcelor group'), ArcelorMittal ('the ArcelorMittal multinational steel
 # group') and John Cockerill & Cie (the fuller name given in brackets for 'the John Cockerill company'; alias
 # 'Soci\u00e9t\u00e9 anonyme John Cockerill', 'the company became the state owned Soci\u00e9t\u00e9 anonyme John Cockerill': the
 # same company renamed) -> Company; John Cockerill -> Person (no alias 'Cockerill': 'After Cockerill's death' names him
 # by surname, but the surface form 'Cockerill' is the name of the group 'Cockerill based in Seraing', and one surface
 # form is not given to two entities; doubtful); Seraing, Li\u00e8ge (alias 'Liege': 'province of Li\u00e8ge', 'Liege
 # province'), the Meuse River, Charleroi, the Sambre River, Hainaut ('the province of Hainaut'), South Korea, Brasil
 # (as spelt) -> Location. No entity: 'The Cockerill-Sambre group' (the group, generic 'group'), 'two Belgian steel
 # groups', 'the Belgian steel industry', 'new steel producing countries', 'the John Cockerill company' (the company
 # named just after in brackets; a generic 'company' after the person's name, so no alias; doubtful), 'the state'
 # (unnamed), 'Belgian', 'British'
 entities=[E("Company", CS, "ArcelorMittal Liege"), E("Location", "Seraing"), E("Location", "Li\u00e8ge", "Liege"),
           E("Location", "Meuse River"), E("Location", "Charleroi"), E("Location", "Sambre River"),
           E("Company", "Cockerill"), E("Company", "Hainaut-Sambre"), E("Location", "Hainaut"),
           E("Location", "South Korea"), E("Location", "Brasil"), E("Company", "Usinor"), E("Company", "Arcelor"),
           E("Company", "ArcelorMittal"), E("Person", "John Cockerill"),
           E("Company", JC, "Soci\u00e9t\u00e9 anonyme John Cockerill")],
 # 'the British born industrialist John Cockerill who founded the John Cockerill company (John Cockerill & Cie) in
 # 1817' -> founder at John Cockerill & Cie (one person named alone). No other person and no post in the text; 'The
 # Cockerill group's name came from ... John Cockerill' -> no role at Cockerill or Cockerill-Sambre (a name's origin)
 roles=[R("John Cockerill", "founder", JC)],
 # 'It was merged into Usinor in 1998' -> acquired(Usinor, Cockerill-Sambre) only (merged into the buyer, as batches
 # 31j, 40za and 63b read 'was merged into'; doubtful: the group lives on, 'after 2002 was part of the Arcelor group', so a
 # reader might add parentOrganization(Cockerill-Sambre, Usinor), and another might read a merger with no buyer and give
 # nothing); 'after 2002 was part of the Arcelor group' -> parentOrganization(Cockerill-Sambre, Arcelor); 'the bulk of
 # the group is part of the ArcelorMittal multinational steel group' -> parentOrganization(Cockerill-Sambre,
 # ArcelorMittal) ('the bulk of the group': taken as the group; doubtful). Near-misses: 'formed in 1981 by the merger
 # of two Belgian steel groups; Cockerill ... and Hainaut-Sambre' -> nothing (a merger, no buyer told; a reader might
 # give Cockerill and Hainaut-Sambre parentOrganization to Cockerill-Sambre); 'the company became the state owned
 # Soci\u00e9t\u00e9 anonyme John Cockerill' -> nothing (the state unnamed); Arcelor and ArcelorMittal -> nothing between
 # them (not told); 'The Cockerill group's name came from ... John Cockerill who founded the John Cockerill company' ->
 # nothing between Cockerill and John Cockerill & Cie (a name's origin, no ownership or succession stated)
 relations=[L("Usinor", "acquired", CS), L(CS, "parentOrganization", "Arcelor"),
            L(CS, "parentOrganization", "ArcelorMittal")],
 outages=[],
 # '1981', '1998', '2002' ('after 2002'), '2010' ('As of 2010'), '1817', '1840'; 'post second world war', 'the first
 # few decades of its existence' -> left out
 dates=[D("1981", "1981"), D("1998", "1998"), D("2002", "2002"), D("2010", "2010"), D("1817", "1817"),
        D("1840", "1840")])

# ---- steel, UK: Firth Brown Steels (en.wikipedia.org, revision 724908291) -------------------------------------------
FB = "Firth Brown Steels"
JB = "John Brown & Company"
TF = "Thomas Firth & Sons"
A["wp-firth-brown-steels"] = dict(
 # the steel maker -> Company 'Firth Brown Steels'; John Brown & Company ('Sheffield steelmakers John Brown & Company';
 # 'his company' in 'John Brown founded his company': the same firm, generic, no alias), Thomas Firth & Sons
 # ('neighbouring company Thomas Firth & Sons') and Sheffield Forgemasters -> Company; Harry Brearley and John Brown ->
 # Person; the Brown Firth Research Laboratories (a research facility the two companies established; a named site,
 # GUIDELINES, Types; doubtful: a reader might type it Organization), Sheffield, Orchard Street, Orchard Square ('the
 # present Orchard Square shopping development', 'whilst still at Orchard Square'), Furnival Street, Holly Street,
 # Savile Street, Atlas Works ('a totally new works ... which he named Atlas Works', 'the new Atlas Works site') and the
 # United Kingdom -> Location. No entity: 'the Bessemer process', 'the steel puddling process' (processes), 'high chrome
 # stainless steel', 'the conical railway buffer' (products with no name), 'a steel-making company' (John Brown's
 # unnamed start), 'his second works', 'his original works' (unnamed), 'the city centre area'
 entities=[E("Company", FB), E("Location", "Sheffield"), E("Company", JB), E("Company", TF),
           E("Location", "Brown Firth Research Laboratories"), E("Person", "Harry Brearley"),
           E("Company", "Sheffield Forgemasters"), E("Person", "John Brown"), E("Location", "Orchard Street"),
           E("Location", "Orchard Square"), E("Location", "Furnival Street"), E("Location", "Holly Street"),
           E("Location", "Savile Street"), E("Location", "Atlas Works"), E("Location", "United Kingdom")],
 # 'John Brown founded his company in the 1840s to manufacture steel files' -> founder at John Brown & Company (one
 # person named alone; 'his company' read as the firm the lead names, John Brown & Company, the section heading that
 # named it having been cut; doubtful). Near-misses: 'under the leadership of Harry Brearley they developed high chrome
 # stainless steel' at the Brown Firth Research Laboratories -> no role (the laboratories a named site, Location, and no
 # role attaches to sites; a reader might give head at the laboratories, or at one of the two companies, which the text
 # does not say); 'John Brown started in his own right a steel-making company' -> the founding already given, no other
 # post
 roles=[R("John Brown", "founder", JB)],
 # 'John Brown & Company exchanged shares and came to a working agreement with neighbouring company Thomas Firth & Sons'
 # -> partner(John Brown & Company, Thomas Firth & Sons) (a stated working agreement, direction as written; the share
 # exchange no purchase of control); 'The company is now part of Sheffield Forgemasters' ->
 # parentOrganization(Firth Brown Steels, Sheffield Forgemasters). Near-misses: 'they formally merged in 1930 becoming
 # Firth Brown Steels' -> nothing (a merger, no buyer told; a reader might give the two companies parentOrganization to
 # Firth Brown Steels); 'the two companies came together and established the Brown Firth Research Laboratories' -> no
 # parentOrganization (the laboratories a Location; the joint work already told by the partner relation)
 relations=[L(JB, "partner", TF), L(FB, "parentOrganization", "Sheffield Forgemasters")],
 outages=[],
 # '1902', '1908', '1912', '1930', '1844', '1 January 1856', '1846'; 'the 1840s', 'the 1950s' (decades), 'Over the
 # years' -> left out
 dates=[D("1902", "1902"), D("1908", "1908"), D("1912", "1912"), D("1930", "1930"), D("1844", "1844"),
        D("1 January 1856", "1856-01-01"), D("1846", "1846")])

# ---- textiles, UK: Tootal Broadhurst Lee (108.161.137.60/piglix's copy) ---------------------------------------------
TB = "Tootal Broadhurst Lee"
A["wp-tootal-broadhurst-lee"] = dict(
 # the brand -> Service 'Tootal' ('a brand name for a range of British ties, scarves and other garments'; 'marketing
 # their goods under the name Tootal'); the textile maker -> Company 'Tootal Broadhurst Lee', alias 'Tootal Ltd.'
 # ('which later became Tootal Broadhurst Lee, and subsequently Tootal Ltd.': the same company renamed; the full stop of
 # 'Ltd.' kept as the text ends its sentence with it); Coats Viyella -> Company; Robert Gardner (alias 'Gardner',
 # 'Gardner's cotton goods warehouse'), Sarah Tootal, Daniel Broadhurst, Henry Tootal Broadhurst, Charles Edward
 # Broadhurst, Joseph Whitworth ('Sir Joseph Whitworth', named without the honorific), Edward Tootal, Henry Lee, Joseph
 # Lee ('Henry and Joseph Lee') and Robert Scott -> Person; Manchester, Wakefield, Yorkshire, Sunnybank ('the Sunnybank
 # cotton spinning and weaving mills', a named site), Blackburn, Bolton and Newton Heath -> Location. No entity: 'The
 # Tootal family' (a family), 'a textile spinning and manufacturing company established in Manchester in 1799', 'a
 # company founded in Manchester in 1799 by ... Robert Gardner' (the firm itself at its start, unnamed), 'a business
 # partnership', 'The partnership' (unnamed), 'Gardner's cotton goods warehouse', 'mills at Bolton and Newton Heath'
 # (unnamed), 'British'
 entities=[E("Service", "Tootal"), E("Company", "Coats Viyella"), E("Location", "Manchester"),
           E("Company", TB, "Tootal Ltd."), E("Person", "Robert Gardner", "Gardner"), E("Location", "Wakefield"),
           E("Location", "Yorkshire"), E("Person", "Sarah Tootal"), E("Person", "Daniel Broadhurst"),
           E("Person", "Henry Tootal Broadhurst"), E("Person", "Charles Edward Broadhurst"),
           E("Person", "Joseph Whitworth"), E("Person", "Edward Tootal"), E("Person", "Henry Lee"),
           E("Location", "Sunnybank"), E("Location", "Blackburn"), E("Location", "Bolton"),
           E("Location", "Newton Heath"), E("Person", "Joseph Lee"), E("Person", "Robert Scott")],
 # 'It originates from a textile spinning and manufacturing company established in Manchester in 1799, which later
 # became Tootal Broadhurst Lee' with 'The firm identifies its origins in a company founded in Manchester in 1799 by
 # textile merchant Robert Gardner' -> founder(Robert Gardner) at Tootal Broadhurst Lee (one person named alone as
 # founding the company that became it; doubtful: 'identifies its origins in' may be read as a predecessor firm, and a
 # reader might give him no role); 'Henry Tootal Broadhurst, Henry and Joseph Lee, and Robert Scott, were business
 # partners who formed a limited company, Tootal Broadhurst Lee' -> cofounder at Tootal Broadhurst Lee for each of the
 # four (GUIDELINES, Roles, Founders: people named together as founding; doubtful: the limited company re-formed a firm
 # that the lead says began in 1799, and a reader might give the four no role). Near-misses: 'established a business
 # partnership in Manchester in 1842 with Edward Tootal and Henry Lee' -> no role (an unnamed partnership, 'dissolved in
 # 1860'; a reader might count it as Tootal Broadhurst Lee's start and give Edward Tootal cofounder); 'who had worked in
 # Gardner's cotton goods warehouse' -> no role (no post); 'The Tootal family ... became involved in the company' -> no
 # role (a family); the marriages and kinship ('the brother of', 'brother-in-law of') -> nothing
 roles=[R("Robert Gardner", "founder", TB), R("Henry Tootal Broadhurst", "cofounder", TB),
        R("Henry Lee", "cofounder", TB), R("Joseph Lee", "cofounder", TB), R("Robert Scott", "cofounder", TB)],
 # 'The brand is now owned by Coats Viyella' -> provider(Tootal, Coats Viyella) (the brand's owner; GOLD_FORMAT: a
 # Service owned by a Company); 'formed a limited company, Tootal Broadhurst Lee, marketing their goods under the name
 # Tootal' -> provider(Tootal, Tootal Broadhurst Lee) (the company that sold its goods under the brand; past, kept;
 # doubtful: a reader might keep only the present owner). Near-misses: 'acquired mills at Bolton and Newton Heath' ->
 # nothing (an asset purchase, the mills unnamed); Coats Viyella's ownership of the brand -> no parentOrganization of
 # Tootal Broadhurst Lee (the text says the brand, not the company, is owned; a reader who knows the history might add
 # it); 'became the largest manufacturer of hand looms in Blackburn' -> nothing
 relations=[L("Tootal", "provider", "Coats Viyella"), L("Tootal", "provider", TB)],
 outages=[],
 # '1799' ('in 1799', twice: one text, one value), '1811', '1822', '1896' ('(1822-1896)'), '1842', '1860'; 'the early
 # nineteenth century', 'the 1860s' (a decade) -> left out
 dates=[D("1799", "1799"), D("1811", "1811"), D("1822", "1822"), D("1896", "1896"), D("1842", "1842"),
        D("1860", "1860")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
