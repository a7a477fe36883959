#!/usr/bin/env python3
"""Batch 37v (session 38; helper gather38v, fifth round of the session): English Wikinews (CC BY 2.5) stories on
airline and rail operators from the toscaData R package (github.com/Docma-TU/toscaData), the Wikinews lane of
batches 37e, 37h, 37m and 37r turned to transport companies: strikes that cut flights, a train that left its
passengers on the platform, and the airlines' fight with a new EU compensation rule. Both sets of the package
(economy, politics) were searched with every toscaData id named in GATHERING.md or in an earlier gather script left
aside, every title whose corpus slug is already a file in eval/corpus or in a /tmp/gather38?/pool left aside,
150-1,500 words, (a) by bodies with two or more airline/rail/shipping words beside two or more event words (merger,
alliance, chief executive, strike, outage, power failure, computer, grounded, cancelled, resign), (b) by titles
naming an airline, a railway, a ferry, shipping, transit or flights, and (c) by bodies with three transport words
and an outage or merger word. Five texts were kept:
- ID4872: airlines attacking the EU's new passenger compensation rules for overbooking, cancellations and delays,
  with Ryanair's deputy chief executive and a European Commission spokeswoman (February 2005);
- ID261010: Qantas engineers called out on a one-hour strike over job security and outsourcing (May 2011; one damaged
  sentence cut);
- ID165248: British Airways cabin crew beginning a three-day strike after talks with Unite collapsed (March 2010;
  one damaged paragraph cut);
- ID21433: a CityRail train at Harris Park, Sydney, leaving without opening its doors (September 2005);
- ID205165: Air Zimbabwe's board telling striking pilots to return within 24 hours (September 2010).
Each text is toscadata_lib.clean's output with the cuts and mends listed per item; no word changed.
usage: batch37v.py [POOL_DIR] [--dry]   (TOSCA_DIR: the folder with economy.pkl/politics.pkl; this round
/tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38v/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID4872": ("airlines", "non-US", "regulatory", "", [],
            "Economy set. Clean as converted ('overbooking— they' and 'fall of 2005' kept as written). The airlines' "
            "attack on the EU rules raising compensation for overbooking, cancellations and delays, with the Air "
            "Transport Users Council, Ryanair, the European Commission, the ERAA, ELFA and IATA. No outage; no "
            "near-miss (cancellations and delays are spoken of in general, none told)."),
 "ID261010": ("airlines", "non-US", "labour,people", "Australia",
              [(r"^Engineers from the Australia n airline", "Engineers from the Australian airline"),
               (r"\n\nThe strike was called after negotiations between the, an engineers' union, and the airline, "
                r"broke down\. (?=\")", "\n\n")],
              "Economy set. Leading residue 'Australia' (a place template) cut; the converter's split 'Australia n' "
              "in the first sentence mended ('Australian', as batch 37r mended the same split); the first sentence "
              "of the second paragraph cut ('The strike was called after negotiations between the, an engineers' "
              "union, and the airline, broke down.'), the converter having lost the union's name after 'the'; the "
              "paragraph now opens with Steve Purvinas's quote. 'Pervinas' (the article's own misspelling in the "
              "last paragraph) kept as written. Qantas engineers of the ALAEA called out on a one-hour strike on "
              "Friday over job security and overseas maintenance. No outage (a strike; GUIDELINES); near-miss: "
              "disruption to flights feared, the airline saying it would be minimal."),
 "ID165248": ("airlines", "non-US", "labour", "Aviation",
              [(r"\n\nThe strike also has political implications in the United Kingdom, as Unite is one of the "
                r"largest backers for Prime Minister Gordon Brown s'\.(?=\n\n)", "")],
              "Economy set. Leading residue 'Aviation' (a category word) cut, and the ninth paragraph cut whole ('The "
              "strike also has political implications in the United Kingdom, as Unite is one of the largest backers "
              "for Prime Minister Gordon Brown s'.'): the converter lost the word after 'Brown' (a party link), "
              "leaving 's''; the next paragraph still tells the opposition's call on the Labour Party. 'March 27th' "
              "and 'canceled' kept as written. British Airways cabin crew's three-day strike after talks with Unite "
              "collapsed, 1,100 of 1,950 flights cancelled. No outage (a strike; GUIDELINES); a near-miss."),
 "ID21433": ("rail", "non-US", "incident", "", [],
             "Politics set. Clean as converted. A CityRail train with a guard trainer and a trainee guard stopping at "
             "Harris Park without opening its doors, about seventy passengers left behind, CityRail blaming the guard "
             "and its new timetable. No outage (one train's doors not opened by staff, no system failed); a "
             "near-miss."),
 "ID205165": ("airlines", "non-US", "labour,people", "Zimbabwe",
              [(r"private South Africa n airline Quaries", "private South African airline Quaries")],
              "Economy set. Leading residue 'Zimbabwe' (a place template) cut; the converter's split 'South Africa n' "
              "mended ('South African'); otherwise clean as converted ('Air Zimbabwe been forced' and 'the "
              "airliner's force' kept as written). Air Zimbabwe's board giving striking pilots 24 hours to return, "
              "pilots of the South African airline Quaries covering local routes. No outage (a strike; GUIDELINES); "
              "a near-miss."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
