#!/usr/bin/env python3
"""Batch 37m (session 38, third round; helper gather38m): English Wikinews (CC BY 2.5) business stories on deals,
alliances and company people in telecom, technology, media and transport, taken from the toscaData R package
(github.com/Docma-TU/toscaData: data/economy.rda), the lane of batches 36e and 37e. Records were picked by a scan of
both sets for ids named in no GATHERING.md section or gather script and for titles whose corpus slug is in no split
or session-38 pool, 150-1,500 words, with deal or executive words beside sector words, then read in full. Kept:
- ID43224: four handset makers and two mobile operators announcing an alliance for a common Linux platform for
  phones, an analyst and a Motorola vice-president (June 2006);
- ID33066: a broadcaster's parent company releasing a sportscaster's contract to a rival media group in exchange for
  a cartoon character and sports rights (February 2006);
- ID115344: India's airlines in a downturn, one carrier's alliance with a rival, a budget carrier it bought, the
  flag carrier's head and two aircraft makers' executives (October 2008);
- ID2837244: an investor group's agreement to buy a film studio's assets, with the studio's board and a state
  attorney general (March 2018; the damaged opening sentence cut, see the note);
- ID75907: a basketball team and its electronic-ticketing partner suing the ticket seller it had contracted, with
  the seller's president and chief executive (July 2007).
No word added or changed: one leading residue cut, one damaged sentence cut, one false paragraph break closed up,
and link-residue spaces inside three words closed up ('India n' -> 'Indian', 'Europe an' -> 'European',
'Linux -based' -> 'Linux-based').
usage: batch37m.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl made by toscadata_lib.load;
this round used /tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather34b/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38m/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID43224": ("telecom/mobile", "mixed", "partnership,alliance,software", "",
             [(r"\bLinux -based\b", "Linux-based")],
             "Clean as converted but for one link residue: the space left by the link in 'Linux -based' closed up "
             "to 'Linux-based'. The article's slips kept ('the dominance Symbian and Microsoft', 'According to "
             "Christy Wyatt, ... said', 'aren’t' with its curly apostrophe). Four handset makers and two operators "
             "announcing an alliance for a common Linux platform for phones."),
 "ID33066": ("media/broadcasting", "US", "deal,rights,media", "", [],
             "Clean as converted; the list of rights ESPN received kept as one paragraph with its '*' item marks, "
             "as converted, and the slip 'Micheals' kept. A broadcaster's parent company releasing a "
             "sportscaster's contract to a rival media group in exchange for a cartoon character and sports "
             "rights."),
 "ID115344": ("transport/airlines", "India", "alliance,acquisition,finance", "India",
              [(r"\bIndia n aviation\b", "Indian aviation"), (r"\bEurope an airframer\b", "European airframer")],
              "Leading category word 'India' cut. Two link residues closed up: 'India n aviation' -> 'Indian "
              "aviation' (the wikitext linked 'India' inside 'Indian') and 'Europe an airframer' -> 'European "
              "airframer' (the same for 'Europe'). The article's forms kept ('Jet Airlines', 'Kingfisher have', "
              "'Rs850 crore' beside 'Rs 1,800 crore'). India's airlines in a downturn: a carrier's alliance with "
              "a rival, the budget carrier it bought, the flag carrier's head and two aircraft makers' executives."),
 "ID2837244": ("media/film", "US", "acquisition,assets,bankruptcy", "",
               [(r"\AOn Thursday in a meeting at New York Attorney General Eric Schneiderman's office,, billionaire "
                 r"Ron Burkle, and a number of other investors acquired assets of The Weinstein Company for "
                 r"reportedly about US\$500 million\. ", "")],
               "First sentence cut whole: a linked name was lost in it ('Attorney General Eric Schneiderman's "
               "office,, billionaire Ron Burkle, and a number of other investors acquired assets'; batch 23a's "
               "scan set the story aside for this damage), and with it go 'On Thursday', Ron Burkle's first "
               "mention and the price; the rest of the first paragraph kept. An investor group's agreement to "
               "buy a film studio's assets and pay its debt, the studio's board members and a state attorney "
               "general's lawsuit."),
 "ID75907": ("technology/ticketing", "US", "partnership,contract,lawsuit", "",
             [(r"\AThe U\.S\.\n\nNBA team", "The U.S. NBA team")],
             "One false paragraph break closed up: the paragraph rule split 'The U.S. NBA team' after 'U.S.', where "
             "the link to the NBA had left two spaces. The article's quotation marks kept as converted (curly and "
             "straight mixed). A basketball team and its ticketing partner suing the ticket seller whose contract "
             "the team signed, and the seller's president and chief executive."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
