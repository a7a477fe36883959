#!/usr/bin/env python3
"""Batch 20a part 2 (two texts found after part 1 was committed and first-looked): company histories told as deals —
a rolling-stock maker's mergers, acquisitions and forced disposals (Alstom, from 1928 to 2003) and a memory maker spun
off from its conglomerate and majority owned by a private-equity firm, with the parent's earlier purchase and its
bankrupt nuclear subsidiary (Kioxia, Toshiba, Bain Capital) — English Wikipedia text as copies in the search tool's page
store hold it (CC BY-SA 4.0). Same record format and edits as batch20a.py (its `wp` helper).
usage: batch20a2.py [POOL_DIR] [--dry]   (default /tmp/gat20a-tmp/pool2)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch20a import wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat20a-tmp/pool2"


def items():
    r = []
    r.append(wp("wp-alstom-company-history", "Alstom", "https://en.wikipedia.org/wiki/Alstom",
                "http://cryer.org.uk/Alsthom",
                "Alstom SA is a French multinational rolling stock manufacturer which operates worldwide in rail "
                "transport markets. It is active in the fields of passenger transportation, signaling, and locomotives, "
                "producing high-speed, suburban, regional and urban trains along with trams.\n\n"
                "The company and its name (originally spelled Alsthom) was formed by a merger between the electric "
                "engineering division of Société Alsacienne de Constructions Mécaniques (Als) and Compagnie Française "
                "Thomson-Houston (thom) in 1928. Significant acquisitions later included the Constructions Électriques "
                "de France (1932), shipbuilder Chantiers de l'Atlantique (1976), and parts of ACEC (late-1980s).\n\n"
                "A merger with parts of the British General Electric Company formed GEC Alsthom in 1989. Throughout the "
                "1990s, the company expanded its holdings in the rail sector, acquiring German rolling stock "
                "manufacturer Linke-Hofmann-Busch and Italian rail signaling specialist Sasib Railways. In 1998, GEC "
                "Alsthom was listed on the Paris Stock Exchange and, later that year, it was rebranded Alstom. At the "
                "time, the company was manufacturing railway rolling stock, power generation equipment and ships.\n\n"
                "In 2003, the company required a €3.2 billion bailout from the French government. As a result, Alstom "
                "was compelled to dispose of several of its divisions, including shipbuilding and electrical "
                "transmission to Areva, in order to comply with European Union rules on state aid.",
                "rail equipment", ["deal"],
                "Held at cryer.org.uk under the redirect 'Alsthom' (a copy of the Wikipedia article 'Alstom'; its "
                "infobox reads '>80,000 (2024)' employees, so the copy is of a 2024 or later revision: CC BY-SA 4.0): "
                "the infobox table (among it 'Henri Poupart-Lafarge (Chairman and CEO)' and 'Owner: CDPQ (17.5%)') and "
                "the marker '[4]' cut; cut before 'In 2004, Alst...', which the excerpt breaks off."))
    r.append(wp("wp-kioxia-toshiba-memory-spin-off", "Kioxia", "https://en.wikipedia.org/wiki/Kioxia",
                "https://speed.lescigales.org/xypor/index.php?q=aHR0cHM6Ly9lbi5tLndpa2lwZWRpYS5vcmcvd2lraS9LaW94aWE%3D",
                "Kioxia Holdings Corporation, simply known as Kioxia and stylized as KIOXIA, is a Japanese "
                "multinational computer memory manufacturer headquartered in Tokyo, Japan. The company was spun off "
                "from the Toshiba conglomerate in June 2018 and gained its current name in October 2019; it is "
                "currently majority owned by Bain Capital which holds a 56% stake, while Toshiba holds a 41% stake.\n\n"
                "In the early 1980s, while still part of Toshiba, the company was credited with inventing flash memory. "
                "As of the second quarter of 2021, the company was estimated to have 18.3% of the global revenue share "
                "for NAND flash solid-state drives.\n\n"
                "Kioxia is a combination of the Japanese word kioku meaning memory and the Greek word axia meaning "
                "value.\n\n"
                "In 1980, Fujio Masuoka, an engineer at Kioxia predecessor Toshiba, invented flash memory, and in 1984, "
                "Masuoka and his colleagues presented their invention of NOR flash.\n\n"
                "In January 2014, the Toshiba Corporation completed its acquisition of OCZ Storage Solutions, renaming "
                "it OCZ and making it a brand of Toshiba.\n\n"
                "On June 1, 2018, due to heavy losses experienced by the bankruptcy of the Westinghouse subsidiary of "
                "former parent company Toshiba over nuclear power plant construction at Vogtle Electric Generating "
                "Plant in 2016, Toshiba Memory Corporation (東芝メモリ株式会社, Tōshiba Memori Kabushikigaisha) was spun "
                "off from the Toshiba Corporation.",
                "semiconductors", ["deal"],
                "The mobile Wikipedia page as a web proxy (speed.lescigales.org) holds it; the infobox reads 'Founded "
                "June 1, 2018; 6 years ago', a 2024 revision: CC BY-SA 4.0. The pronunciation ' (/kiˈksiə/)', the "
                "markers '[2]' etc., the maintenance marker '[which?]', the infobox and the headings 'Name' and "
                "'History' ('edit') cut; cut before 'Toshiba maintained a 40.2% equi...', which the excerpt breaks "
                "off. The Japanese name in parentheses kept as the article has it."))
    return r


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)
