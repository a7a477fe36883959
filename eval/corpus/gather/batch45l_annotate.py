#!/usr/bin/env python3
"""Batch 45l gold annotations (the texts of batch45l.py: the Justice Department's release on the settlement letting
Cargill Inc. and Akzo Nobel N.V.'s $160 million salt merger go ahead if Cargill sells salt assets and a plant, Joel I.
Klein quoted, 21 April 1997; and the Department's release on Figgie International Inc. and its founder, its former CEO
and Chairman Harry E. Figgie Jr., paying civil penalties for buying its stock without a premerger filing, 13 February
1997), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b and 45g for the Division's texts; GUIDELINES section 2): a 'merger' of two named companies
with no buyer stated -> nothing (GUIDELINES; 44e's Westinghouse/Infinity, 45g's Bank of Boston/BayBanks); assets and
plants to be sold, with no buyer named -> nothing (GUIDELINES: asset purchases); a person's buying of a company's
voting securities -> no relation (`acquired` is between companies; a stake of 15 percent is no ownership by the lane's
rules); "The Department's Antitrust Division" after 'The Department of Justice' or 'the Department of Justice' -> the
Division under the Department (43q); 'Acting Assistant Attorney General in charge of the Department's Antitrust
Division' -> head of the Division, current (acting: 41h, 43c, 44e); 'its former CEO and Chairman' -> ceo and
chairman, both not current; 'its founder' -> founder, current (the founding is not a post one leaves); the dateline
'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m, 45g), beside 'Washington, D.C.' in the text
-> 'Washington, D.C.' with the dateline an alias (43q's WDC); 'U.S. District Court in Washington, D.C.' -> 'U.S.
District Court', the city apart (41h, 43c, 44e, 45g); unnamed offices ('three State Attorneys General'), product kinds
('deicing salt', 'Food grade evaporated salt') and laws (the Hart-Scott-Rodino Act) not annotated; 'today' resolved
against `published`.
usage: batch45l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ
from batch43q_annotate import WDC

A = {}

# ---- Cargill / Akzo Nobel salt, Office of Public Affairs release, published 1997-04-21 (a Monday) ---------------------
CAR = "Cargill Inc."
AKZ = "Akzo Nobel N.V."
A["us-doj-cargill-akzo-nobel-salt-merger-deicing-assets-sale-1997"] = dict(
 # Companies: Cargill Inc. (once; 'Cargill' twice more, an alias), Akzo Nobel N.V. (once; 'Akzo' once more, an
 # alias). Organizations: the Department of Justice ('The Department of Justice'; "The Department's" and "the
 # Department's" generic), the Antitrust Division ("The Department's Antitrust Division", "the Department's Antitrust
 # Division"), the Food and Drug Administration (once, inside 'Food and Drug Administration standards': the agency
 # named on its own words, annotated). Person: Joel I. Klein. Locations: the dateline 'WASHINGTON, D.C.' (the city's
 # only form: named as written, 43v, 44m, 45g; **doubtful** as there), New York ('a New York food-grade salt plant',
 # 'from New York, Pennsylvania and Ohio': the state), Pennsylvania, Ohio, the Northeast ('the Northeast interior of
 # the country': a named region; **doubtful**: a reader may leave it as a direction), the Rocky Mountains ('east of
 # the Rocky Mountains': a named region). Not annotated: 'three State Attorneys General' and 'State Attorneys General
 # from New York, Pennsylvania and Ohio' (unnamed offices: no office's name is given, so no Organization;
 # **doubtful**: a reader may add 'New York Attorney General' and the like, but those names are not in the text),
 # 'the nation' (the country unnamed), 'deicing salt assets', 'a New York food-grade salt plant' (unnamed assets and
 # plant), 'Deicing salt', 'Food grade evaporated salt', 'rock salt' (product kinds), 'state and municipal
 # governments' (generic); 'Rochester' is in the sentence cut off
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", CAR, "Cargill"),
           E("Company", AKZ, "Akzo"), E("Location", "New York"), E("Organization", ATR), E("Location", "Pennsylvania"),
           E("Location", "Ohio"), E("Location", "Northeast"), E("Location", "Rocky Mountains"),
           E("Person", "Joel I. Klein"), E("Organization", "Food and Drug Administration")],
 # 'Joel I. Klein, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (acting: 41h, 43c, 44e)
 roles=[R("Joel I. Klein", "head", ATR)],
 # "The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department (43q).
 # 'allowing the $160 million merger to proceed' and 'a merger of Cargill and Akzo' -> a merger that does not say who
 # buys whom -> nothing (**near-miss**, GUIDELINES; 44e, 45g; **doubtful**: 'if Cargill sells off' hints that Cargill
 # is the buyer, and a reader who knows the deal may record acquired(Cargill Inc., Akzo Nobel N.V.) -- but the text
 # says neither that Cargill buys Akzo nor what part of Akzo is bought, and Akzo Nobel as a whole was not for sale
 # by anything the text says; the cut-off rest of the release may say more). 'Cargill sells off deicing salt assets
 # and a New York food-grade salt plant' -> assets and an unnamed plant, no buyer -> nothing (**near-miss**).
 # 'two of the nation's largest salt producers' -> rivals, no relation. 'The Department of Justice and three State
 # Attorneys General reached a settlement' -> government bodies together, no partner (45g's joint investigation)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1997-04-21. Not dates: '$160 million' (an amount)
 dates=[D("today", "1997-04-21")])

# ---- Figgie International, Office of Public Affairs release, published 1997-02-13 (a Thursday) ------------------------
FIG = "Figgie International Inc."
HEF = "Harry E. Figgie Jr."
A["us-doj-figgie-international-former-ceo-premerger-reporting-civil-penalties-1997"] = dict(
 # Company: Figgie International Inc. (once; 'Figgie International' once more, an alias; 'An Ohio manufacturer of
 # industrial and consumer products' generic). Person: Harry E. Figgie Jr. (once; 'Figgie' alone once more, in 'The
 # complaint charged that Figgie, who was the majority shareholder ...': the man, an alias -- the company is never
 # 'Figgie' alone in the text; **doubtful**: a reader may take the bare surname as ambiguous). Organizations: the
 # Department of Justice ('the Department of Justice'; "The Department's" generic), the Antitrust Division ("The
 # Department's Antitrust Division"), the Federal Trade Commission (twice), the court ('U.S. District Court in
 # Washington, D.C.' -> 'U.S. District Court', the city apart; 'the court' generic). Locations: Washington, D.C. (the
 # court's seat; the dateline 'WASHINGTON, D.C.' an alias: 43q's WDC), Ohio ('An Ohio manufacturer', 'Willoughby,
 # Ohio-based', 'Hunting Valley, Ohio'), Willoughby (the company's seat), Hunting Valley (the man's home). Not
 # annotated: 'another company with greater than $10 million in sales or assets' (unnamed), the Hart-Scott-Rodino Act
 # of 1976 (a law), 'the attached press release' (not in the text)
 entities=[WDC, E("Location", "Ohio"), E("Organization", DOJ), E("Organization", ATR),
           E("Organization", "Federal Trade Commission"), E("Location", "Willoughby"), E("Company", FIG,
           "Figgie International"), E("Person", HEF, "Figgie"), E("Location", "Hunting Valley"),
           E("Organization", "U.S. District Court")],
 # 'Figgie International Inc. and its former CEO and Chairman, Harry E. Figgie Jr.' -> ceo and chairman of Figgie
 # International Inc., both not current ('former' read as covering both posts, joined by 'and' under one
 # determiner; **doubtful**: a reader may give 'Chairman' current=true). 'An Ohio manufacturer of industrial and
 # consumer products and its founder will each pay a $75,000 civil penalty' with the next paragraph naming the two
 # defendants, Figgie International Inc. and Harry E. Figgie Jr. -> founder of Figgie International Inc., current
 # (**doubtful**: the founding is told only through the first paragraph's unnamed 'its founder', matched to the man
 # by the two defendants of the suit; a careful reader is sure, the surname shared with the company's name agreeing)
 roles=[R(HEF, "ceo", FIG, False), R(HEF, "chairman", FIG, False), R(HEF, "founder", FIG)],
 # "The Department's Antitrust Division" after 'said the Department of Justice' -> the Division under the Department
 # (43q). 'Figgie ... acquired more than 15 percent of the voting securities of Figgie International' -> a person
 # buying a stake -> no relation (`acquired` is Company to Company; a stake of more than 15 percent is not control;
 # **near-miss**). 'who was the majority shareholder of another company' -> an unnamed company -> nothing
 # (**near-miss**). 'at the request of the Federal Trade Commission' -> one agency acting for another: no relation
 # (**near-miss**: not a parent, not a partner by GUIDELINES' business ties)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1997-02-13. Not dates: '1976' (inside the law's name, 'Act of 1976', as 42w), '$75,000', '$10
 # million', '15 percent', '$28 million' (amounts and shares)
 dates=[D("today", "1997-02-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
