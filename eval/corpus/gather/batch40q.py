#!/usr/bin/env python3
"""Batch 40q (session 41; helper gather41q): English Wikinews (CC BY 2.5) company news — a navy choosing a helicopter
built by a joint company of two makers and offered by a defence contractor for the presidential fleet; a coal
company and its chief executive suing a state governor; a state government walking away from compensation talks with
a toll-tunnel operator, with the premier, the roads minister and a motoring body's president; a monorail company and
its chief executive planning a line for a capital city, with a regional council's spokesman; a regional airline
stopping online bookings for 'technical difficulties' amid trading troubles, with its commercial director and three
politicians — taken from the toscaData R package (github.com/Docma-TU/toscaData: data/economy.rda,
data/politics.rda), the Wikinews lane of batches 37e, 37h, 37m, 37r, 37v, 38e, 38j, 40f, 40j, 40l, 40m and 40p.
Records were picked from batch 40p's leads (ID3822, ID23878, ID17553, ID42421, ID55626, ID149895), each read in full
and checked by its names against the corpus, every gather script and every /tmp/gather41* pool. Kept:
- ID3822: the U.S. Navy choosing the US101 (the EH101 renamed, offered by Lockheed Martin) as the next Marine One;
  the EH101 'developed jointly by the British company Westland and the Italian Augusta, who formed the
  AugustaWestland company'; Sikorsky's H-92 (January 2005; clean as converted);
- ID17553: Massey Energy Co.'s federal lawsuit against West Virginia Governor Joe Manchin, CEO Don Blankenship, the
  state's environment department, American Electric Power (August 2005; trailing '==Related news== *' cut, one
  space inside quotation marks taken out);
- ID42421: the NSW Government walking away from compensation talks with Cross City Motorway, the Cross City Tunnel's
  operator, Premier Morris Iemma, Roads minister Eric Roozendaal, NRMA president Alan Evans (June 2006; politics set;
  clean as converted);
- ID55626: SkyCabs International's Wellington monorail plan, chief executive Hugh Chapman, the greater Wellington
  regional council's spokesman Andrew Cutler (November 2006; leading 'New Zealand' residue cut);
- ID149895: Highland Airways suspending online booking 'blaming "technical difficulties"', its commercial director
  Basil O'Fee, the Welsh Assembly Government's subsidy, Kirsty Williams, Ieuan Wyn Jones, Jenny Randerson (January
  2010; leading 'Welsh news' residue and the closing reader question cut).
Not taken: ID23878 (Yahoo Podcasts, October 2005; usable, left for a later round as the fifth slot went to ID3822's
relations).
No word added or changed: two leading residues, one trailing heading residue and one closing reader question cut, one
space taken out inside quotation marks.
usage: batch40q.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41q/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID3822": ("aerospace/defence", "US", "defence contract,joint venture,helicopter", "", [],
            "Clean as converted ('Augusta' and 'AugustaWestland' as written; 'rather than developing, a new design,' "
            "with its comma as written, kept). A navy choosing a helicopter for the presidential fleet, offered by a "
            "defence contractor, a rival maker's bid, and the two European makers who developed the helicopter and "
            "formed a company together."),
 "ID17553": ("mining/coal", "US", "lawsuit,government,tax", "",
             [(r'"Mountain Top Removal "', '"Mountain Top Removal"'), (r"\s*==Related news== \*\Z", "")],
             "One space inside quotation marks taken out ('\"Mountain Top Removal \"' to '\"Mountain Top "
             "Removal\"'); the trailing heading residue '==Related news== *' cut at the end; otherwise clean. A coal "
             "company and its chief executive suing a state governor, the state's tax and permits, protest groups, "
             "and a power company's event."),
 "ID42421": ("transport/toll roads", "non-US", "contract,compensation,government", "", [],
             "Clean as converted ('Mon. Jan 5' as written). A state government walking away from compensation talks "
             "with a toll-tunnel operator over road changes of its contract, the premier and roads minister, and a "
             "motoring organisation's president."),
 "ID55626": ("transport/monorail", "non-US", "infrastructure,project,investors", "New Zealand", [],
             "The leading category residue 'New Zealand' cut at the start (the text then opens 'SkyCabs "
             "International, a New Zealand company'); otherwise clean ('so it can built' is the article's own slip, "
             "kept). A company and its chief executive planning a monorail for a capital city, its test track, and "
             "a regional council's spokesman."),
 "ID149895": ("aviation/airline", "non-US", "online booking,subsidy,government", "Welsh news",
              [(r"\s*Should the money be spent on the trains, instead of giving a large subsidy to a few fliers\?\Z", "")],
              "The leading category residue 'Welsh news' cut at the start; the closing reader question 'Should the "
              "money be spent on the trains, instead of giving a large subsidy to a few fliers?' (an invitation to "
              "comment, not the report) cut at the end; otherwise clean ('hoped for a outcome' and 'showed that that' "
              "are the article's own slips, kept). A regional airline stopping online bookings for 'technical "
              "difficulties' amid trading troubles, its commercial director, the public subsidy of its route, and "
              "three politicians."),
}


def main():
    return records(SEL, truncated=False)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
