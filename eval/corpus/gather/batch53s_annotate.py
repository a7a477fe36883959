#!/usr/bin/env python3
"""Gold for batch 53s (session 54, gatherer 53s): two FCC texts of 2004 and 2005 on commercial radio assignments
(Commissioner Adelstein's dissenting statement in FCC 04-275, the Order on Reconsideration affirming the Commission's
February 2002 approval of the assignment of seven Columbus/Starkville, Mississippi stations from Golden Triangle Radio,
Inc., Charisma Broadcasting Co., Bravo Communications, Inc. and Radio Columbus, Inc. to Cumulus Licensing Corp.; the
Audio Division's letter DA 05-2308 of 22 August 2005 denying Chris Kidd d/b/a Kidd Communications' petition for
reconsideration of the grant of the assignment of KTHO(AM), South Lake Tahoe, California, from Paradise Broadcasting,
Inc. to Live Wire Media Partners, LLC -- both the FCC's own docs.fcc.gov text files, Word conversions), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev
(batch10_annotate's write_parts). Dates resolve against `published` (null for the dissent: absolute dates only).
Conventions (batches 15f, 43n-53o of the lane; GUIDELINES section 2): a granted or approved assignment whose
consummation the text does not tell -> acquired(assignee, the station) only (44k, 50c-53o); an earlier assignment the
text tells as done and whose assignee is now the assignor -> acquired(assignee, station) as well (**doubtful**, KTHO's
PBI); the assignor or licensee of a station, present or past -> parentOrganization(S, licensee) (51e's to 53o's
licensee call, GUIDELINES: past ownership still recorded; **doubtful**: a reader may give the licence holder no
ownership link); the objector (Chris Kidd d/b/a Kidd Communications) -> no relation to the parties (53a's ADX, 53o's
Holland); radio stations -> Company (35l, 43v, 49m, 51e-53o), the names as the conversion writes them ('WKOR- FM',
'WKOR( AM)', 'KTHO( AM)'); short names in parentheses and quotation marks ('(\u201c Kidd\u201d)', '(\u201c PBI\u201d)',
'(\u201c Live Wire\u201d)') -> aliases, written without the conversion's leading space (52p-53o); 'the Commission' ->
Organization 'Commission' (48h, 50c-51zg); a role noun defined in quotation marks ('(\u201c Trustee\u201d)', 'the
Trustee') -> no alias (a generic noun; **doubtful**); defined names of filings and decisions ('Petition for
Reconsideration', 'Staff Decision', 'Live Wire Assignment Application', 'Order on Reconsideration', 'the Order') -> not
annotated; an index ('Herfindahl- Hirschman Index (HHI)') -> no entity (GUIDELINES: indices are not entities); place
names -> Location, a state's abbreviation as written ('MS', 'CA') its own Location (51r-53o); 'we' and 'I' -> no
entity; the 'Re:'/'RE:' lines kept in the texts annotated as text, the `title` not annotated beyond what the text
repeats (the dissent's author is named only in its title -> no Person).
usage: batch53s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Golden Triangle et al. -> Cumulus Licensing Corp., Columbus/Starkville MS, Adelstein's dissent, FCC 04-275 -------
CUM = "Cumulus Licensing Corp."
GTR = "Golden Triangle Radio, Inc."
CHA = "Charisma Broadcasting Co."
BRA = "Bravo Communications, Inc."
RCO = "Radio Columbus, Inc."
WKORFM, WMXU, WSSO, WKORAM, WSMS, WJWF, WMBC = ("WKOR- FM", "WMXU( FM)", "WSSO( AM)", "WKOR( AM)", "WSMS( FM)",
                                               "WJWF( AM)", "WMBC( FM)")
SELLER = {WKORFM: GTR, WMXU: GTR, WSSO: GTR, WKORAM: CHA, WSMS: BRA, WJWF: RCO, WMBC: RCO}
A["us-fcc-golden-triangle-charisma-bravo-radio-columbus-cumulus-licensing-wkor-starkville-assignments-adelstein-dissent-2004"] = dict(
 # Companies: the four assignors as the 'Re:' line names them (each once); Cumulus Licensing Corp. (four times in the
 # 'Re:' line; the body's 'Cumulus' -> alias: the assignee that operated the stations); the seven stations as written
 # ('WKOR- FM' with the conversion's space, against 'WKOR( AM)': two stations, two names). Organization: the
 # Commission ('the Commission\u2019s approval', 'a member of the Commission', 'the Commission found' twice ->
 # 'Commission'). Locations: Columbus (the 'Re:' line twice, the body's 'Columbus, Mississippi area market'), MS (four
 # times), Starkville (twice), Artesia, Mississippi. Not annotated: 'Order on Reconsideration', 'the Order', 'the
 # original order' (decisions), 'the petitioner seeking reconsideration' (unnamed), 'Herfindahl- Hirschman Index
 # (HHI)' (an index), 'LMAs' (agreements, unnamed counterparties), 'the seven stations' (generic).
 entities=[E("Company", CUM, "Cumulus"), E("Company", GTR), E("Company", CHA), E("Company", BRA), E("Company", RCO)]
          + [E("Company", s) for s in (WKORFM, WMXU, WSSO, WKORAM, WSMS, WJWF, WMBC)]
          + [E("Organization", "Commission")]
          + [E("Location", n) for n in ("Columbus", "MS", "Starkville", "Artesia", "Mississippi")],
 # No person is named in the text (Commissioner Jonathan S. Adelstein only in the heading kept as `title`; 'I' not
 # annotated; **doubtful**: a reader given the title may add him as a Person with role other at the Commission).
 roles=[],
 # - acquired(Cumulus Licensing Corp., each of the seven stations): the 'Re:' line's applications 'For Consent to the
 #   Assignment of the License(s) of ...' to Cumulus, and 'the Commission\u2019s approval of seven license transfers
 #   in the Columbus, Mississippi area market in February 2002', affirmed by the Order on Reconsideration (approved;
 #   consummation not told -> acquired only; **doubtful**: the text ties 'seven license transfers' to the seven
 #   captioned stations only by count and by the 'Re:' line, and a dissent argues the approval was wrong).
 # - parentOrganization(station, its assignor): 'Applications of Golden Triangle Radio, Inc. and Cumulus Licensing
 #   Corp. For Consent to the Assignment of the Licenses of WKOR- FM, ..., WMXU( FM) and WSSO( AM)', and so for
 #   Charisma (WKOR( AM)), Bravo (WSMS( FM)) and Radio Columbus (WJWF( AM), WMBC( FM)) (the licensee call;
 #   **doubtful**: the 'Re:' line names each pair without saying which is assignor -- the order of the pair, Cumulus
 #   named as the common second party and the body's 'Cumulus, having operated these stations' make the first-named
 #   company the assignor).
 # Near-misses: the LMAs ('Cumulus, having operated these stations through LMAs for several years' -- local
 #   marketing agreements whose counterparties the text does not name -> no partner); 'the merger' (the petitioner's
 #   word for the combined stations, no parties named -> nothing); the petitioner (unnamed); 'combined radio
 #   advertising revenue share of more than 50%' (a market share, no relation).
 relations=[L(CUM, "acquired", s) for s in SELLER] + [L(s, "parentOrganization", o) for s, o in SELLER.items()],
 outages=[],
 # 'February 2002' (the approval; absolute). Not resolved (`published` null): 'at that time', 'for several years'.
 dates=[D("February 2002", "2002-02")])

# ---- KTHO(AM) South Lake Tahoe: Paradise Broadcasting -> Live Wire Media Partners, Kidd's reconsideration, DA 05-2308 --
KTHO = "KTHO( AM)"
PBI = "Paradise Broadcasting, Inc."
LWM = "Live Wire Media Partners, LLC"
KCO = "Kidd Communications"
CRT = "Superior Court of the State of California"
A["us-fcc-paradise-broadcasting-live-wire-media-partners-ktho-am-south-lake-tahoe-assignment-kidd-reconsideration-letter-2005"] = dict(
 # Companies: KTHO( AM) (the 'RE:' line, the body three times); Paradise Broadcasting, Inc. ('(\u201c PBI\u201d)',
 # 'to PBI' -> alias 'PBI'); Live Wire Media Partners, LLC ('(\u201c Live Wire\u201d)' -> alias 'Live Wire'; the
 # defined filing name 'Live Wire Assignment Application' not annotated); Kidd Communications (the trade name in
 # 'Chris Kidd d/ b/ a Kidd Communications'; **doubtful**: a d/b/a is a name the person trades under, not a separate
 # company -- kept as a Company since the text names it as the business). Persons: Chris Kidd ('(\u201c Kidd\u201d)',
 # 'Kidd requests', 'Kidd\u2019s', 'made by Kidd', 'from Kidd' -> alias 'Kidd'; **doubtful**: the defined short name
 # covers 'Chris Kidd d/ b/ a Kidd Communications' as one party -- given to the person, the surname, as GUIDELINES
 # give surnames); Alan Slater (once). Organization: Superior Court of the State of California (a court). Locations:
 # South Lake Tahoe (the 'RE:' line and the body), CA (the 'RE:' line, as written), California (the body; 'State of
 # California' only inside the court's name -> no separate entity). Not annotated: 'Trustee' / 'the Trustee' (a role
 # noun, see the docstring), 'Staff Decision', 'Petition for Reconsideration', 'Petition to Deny', the facility and
 # file numbers.
 entities=[E("Company", KTHO), E("Company", PBI, "PBI"), E("Company", LWM, "Live Wire"), E("Company", KCO),
           E("Person", "Chris Kidd", "Kidd"), E("Person", "Alan Slater"), E("Organization", CRT)]
          + [E("Location", n) for n in ("South Lake Tahoe", "CA", "California")],
 # - Alan Slater: 'Chief Executive Officer/ Clerk of the Superior Court of the State of California' -> ceo at the
 #   court, current (**doubtful**: a court's executive officer and clerk -- a reader may map it to head or other; his
 #   trustee post is a capacity, not a title at an organisation). Chris Kidd: no title.
 roles=[R("Alan Slater", "ceo", CRT)],
 # - acquired(Live Wire Media Partners, LLC, KTHO( AM)): 'the December 10, 2004, staff decision ... granting the
 #   above- captioned application to assign the license ... of station KTHO( AM) ... from Paradise Broadcasting, Inc.
 #   ... to Live Wire Media Partners, LLC', reconsideration denied (granted; consummation not told -> acquired only).
 # - parentOrganization(KTHO( AM), Paradise Broadcasting, Inc.): the assignor (the licensee call).
 # - acquired(Paradise Broadcasting, Inc., KTHO( AM)): 'the subsequent assignment of the KTHO( AM) license from the
 #   Trustee to PBI', told as a past assignment, and PBI now the assignor (**doubtful**: the text tells the earlier
 #   assignments as Kidd's targets, not as consummated deals in words).
 # - parentOrganization(KTHO( AM), Kidd Communications): 'the previous involuntary assignment of the KTHO( AM)
 #   license from Kidd' (the past licensee, under its trade name; **doubtful** as the entity above).
 # Near-misses: the involuntary assignment to Alan Slater as Trustee (a person in an official capacity: no acquired,
 #   no parentOrganization); Kidd's petitions (an objector: no relation); footnote 1's second petitioner John M.
 #   Naugher and Live Wire Media, Inc. (cut); the addressee block's Thomas Gillenwater, President, Paradise
 #   Broadcasting, and Steven F. Coombs, Manager, Live Wire (cut: no roles).
 relations=[L(LWM, "acquired", KTHO), L(KTHO, "parentOrganization", PBI), L(PBI, "acquired", KTHO),
            L(KTHO, "parentOrganization", KCO)],
 outages=[],
 # 'August 22, 2005' (the letter's date, = `published`); 'January 11, 2005' (the petition for reconsideration);
 # 'December 10, 2004' (the staff decision); 'April 1, 2004' (the petition to deny). Not dates: '20040210' inside the
 # file number.
 dates=[D("August 22, 2005", "2005-08-22"), D("January 11, 2005", "2005-01-11"), D("December 10, 2004", "2004-12-10"),
        D("April 1, 2004", "2004-04-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
