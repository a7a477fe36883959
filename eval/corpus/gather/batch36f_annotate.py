#!/usr/bin/env python3
"""Batch 36f gold annotations (the texts of batch36f.py), written from each text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part). Every text has `published` null: only absolute dates are
listed (GUIDELINES.md, Dates). Read strictly, a day and month or a month with no year of its own ('25 February',
'By 26 February', 'July' in 'between July and September 1998') and weekday phrases ('Wednesday afternoon') are
left out, even where the same sentence gives the year nearby; a clock time is listed only where its own phrase
carries a full date ('14:14 pm (UTC+7) on 22 May 2013'). An event name's year ('The 2025 Chile blackout') is listed
as that year, as batch 25b's Chile texts did.
Conventions: a blackout whose text names no operator has provider null (batch 25b/26b's Bangladesh and Turkey
texts); a company the text says the blackout 'was attributed to', whose line and protection systems failed, is the
provider; `affected` lists only named services or organisations that lost service (none is named in these texts).
Precautionary boil-water alerts over a suspected contamination, with no supply said to be lost, are a near-miss: no
outage (as batch 35r's boil-water notices).
usage: batch36f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather37f/pool /tmp/gather37f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
A["wp-2013-southern-vietnam-and-cambodia-blackout"] = dict(
 # Bình Thuận, Ninh Thuận, Lâm Đồng (the infobox's named provinces), Cambodia, Vietnam, 'New Bình Dương City' (the
 # urban area where the truck worked) -> Location; 'Southern Vietnam', standing only inside the event's name, ->
 # Location too (doubtful; as batch 35e's volcano inside an eruption's name and the Turkey text's 'Eastern Turkey');
 # 'the capital city of Cambodia' is not named; 'VND' is a currency and 'UTC+7' a time zone: nothing. No company,
 # body or person is named: the grid's operator does not appear in the text.
 entities=locs("B\u00ecnh Thu\u1eadn", "Ninh Thu\u1eadn", "L\u00e2m \u0110\u1ed3ng", "Cambodia", "Southern Vietnam",
               "Vietnam", "New B\u00ecnh D\u01b0\u01a1ng City"),
 roles=[],
 relations=[],
 # one outage: 'Power went off at around 14:14 pm (UTC+7) on 22 May 2013' (start, local time), 'Duration: 8 hours'
 # (infobox line kept in the text; no end clock time is stated, so end null), provider null ('a line in the national
 # power grid', operator unnamed), affected empty (no service or organisation named; '8 million customers', the
 # capital of Cambodia unnamed), location the region the text names ('the southern region of Vietnam' / 'the South of
 # Vietnam'), cause the truck letting a tree hit the 500 kV line (the infobox's 'Tree brushing against a power line'
 # says the same). Cambodia's cut is told as an effect of the same event: not a second outage.
 outages=[O(None, "2013-05-22", [], start="2013-05-22T14:14", dur=8.0, loc="Southern Vietnam",
            cause="truck let a tree bump onto a 500 kV line of the national power grid")],
 # infobox '2013-05-22'; the event name's '2013'; '22 May 2013' (twice: listed once); '14:14 pm' with its date;
 # 'Wednesday afternoon' (a weekday, published null) left out
 dates=[D("2013-05-22", "2013-05-22"), D("2013", "2013"), D("22 May 2013", "2013-05-22"),
        D("14:14 pm", "2013-05-22T14:14")])

ISAI = "ISA Interchile"
A["wp-2025-chile-blackout"] = dict(
 # Chile, and Vallenar, Coquimbo (the two power stations the line ran between, taken by their place names), Norte
 # Chico (the region) -> Location; 'President Gabriel Boric' -> Person; 'electricity distributor ISA Interchile' and
 # 'the Colombian state-owned company ISA' -> Company each (a state-owned company is still a business); 'Colombian' is
 # an adjective: no Location
 entities=locs("Chile", "Vallenar", "Coquimbo", "Norte Chico")
          + [E("Person", "Gabriel Boric"), E("Company", ISAI), E("Company", "ISA")],
 # 'President Gabriel Boric' of Chile (the country named on its own) -> president, current
 roles=[R("Gabriel Boric", "president", "Chile")],
 # 'ISA Interchile, a subsidiary of ... ISA' -> parentOrganization
 relations=[L(ISAI, "parentOrganization", "ISA")],
 # one outage: 'a major power outage that occurred on 25 February 2025, affecting over 90% of the population of
 # Chile'; provider ISA Interchile (the blackout 'was attributed to' it, and the malfunctioning protection systems and
 # the disconnected line are its own: doubtful only in that the text says 'attributed'); start null (the 3:16 PM of
 # the infobox is cut, and '10:00 PM' is the curfew's start); end null ('By 26 February, power had been restored to
 # approximately 94% of households', with intermittent outages after: no full restoration stated, and the day has no
 # year of its own); affected empty (no named service); location Chile; cause the protection-system malfunction
 outages=[O(ISAI, "2025-02-25", [], loc="Chile",
            cause="malfunction in electronic and software protection systems disconnecting a 500 kV transmission line")],
 # the event name's '2025' and '25 February 2025'; '10:00 PM on 25 February', '6:00 AM the following day' and 'By 26
 # February' have no year of their own (published null): left out
 dates=[D("2025", "2025"), D("25 February 2025", "2025-02-25")])

SW = "Sydney Water"
A["wp-1998-sydney-water-crisis"] = dict(
 # 'Greater Metropolitan Sydney' -> Location; 'the Government of New South Wales' (a state government) and 'the Sydney
 # Catchment Authority' (a state agency the inquiry's recommendations set up) -> Organization; 'Sydney Water' (the
 # water utility, a state-owned corporation; the corpus types water utilities as Company) -> Company; 'jurist Peter
 # McClellan' -> Person, with 'McClennan' (the article's misspelling in the next sentence, the same man) as alias;
 # Cryptosporidium and Giardia are pathogens, 'a Commission of Inquiry' is a generic phrase with an indefinite article,
 # 'the NSW Premier' names no person: nothing
 entities=locs("Greater Metropolitan Sydney")
          + [E("Organization", "Government of New South Wales"), E("Person", "Peter McClellan", "McClennan"),
             E("Organization", "Sydney Catchment Authority"), E("Company", SW)],
 # McClellan 'chaired ... a Commission of Inquiry ... as Commissioner' of an unnamed commission: no org to attach a
 # role to (doubtful); 'Both the Chairman and Managing Director of Sydney Water stood down' names neither: no role
 roles=[],
 # the catchment authority's and Sydney Water's split of functions is no ownership, supply or partnership: nothing
 relations=[],
 # near-miss: 'suspected contamination' and 'Precautionary "boil water" alerts'; no supply is said to be cut or lost
 outages=[],
 # the event name's '1998' and 'September 1998'; 'July' in 'between July and September 1998' has no year of its own
 # (left out, read strictly; doubtful)
 dates=[D("1998", "1998"), D("September 1998", "1998-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
