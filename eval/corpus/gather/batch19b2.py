#!/usr/bin/env python3
"""Batch 19b part 2, written after part 1 (batch19b.py) was annotated, split and committed, so that part 1's splits
stay as they were: NASA's associate administrator leaving to head a Teledyne company and his successor named (a NASA
release, 2007), and one near-miss (the FAA's statement on flight delays from controller furloughs, 25 April 2013:
delays from staffing, no system failure). US federal government works (public domain); both are copies on
third-party hosts that add no text to the kept paragraphs. Every text is the search tool's page-store excerpt
(corpus `pages`), embedded here; where an excerpt was cut it ends at the last full sentence kept (`truncated`). Edits
per item in `notes`; no word added or changed.
usage: batch19b2.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18e import rec
from batch19b import COPY

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
R.append(rec("us-nasa-geveden-to-lead-teledyne-brown-engineering-scolese-successor-2007",
 "https://spacenews.com/?p=49604",
 None, "NASA Associate Administrator Rex Geveden to leave the agency; Christopher Scolese selected to succeed him",
 "NASA, news release",
 "NASA Associate Administrator Rex Geveden announced Wednesday that he will leave the agency at the end of July to join Teledyne Technologies as the president of Teledyne Brown Engineering, Huntsville, Ala. NASA Administrator Michael Griffin has selected Christopher Scolese to succeed Geveden as associate administrator, the No. 3 position in the agency.\n\n"
 "Geveden joined NASA in 1990 and has served since July 2005 as associate administrator, a position not filled in several decades but re-established by Griffin to integrate the technical and programmatic elements of the agency. During that time, Geveden made major contributions to the success of agency missions and operations.\n\n"
 "Earlier in his NASA career, Geveden held several positions, including agency chief engineer, deputy director of the Marshall Space Flight Center in Huntsville, Ala., and program manager for the Gravity Probe B mission.\n\n"
 "“In the course of my 36 years in the aerospace business, I have yet to work with a finer individual than Rex Geveden,” Griffin said. “He possesses one of the most agile minds I have encountered and combines it with a big-picture view that has been invaluable. Combined with his comprehensive knowledge of NASA, a sure sense of both institutional and program management, the ability to put others at ease in almost any situation, a sense of humor that is always ‘on,’ and an imperturbable moral compass, Rex has set a standard for performance at NASA that will not easily be bettered. I will miss his steady hand in helping to guide the agency.”\n\n"
 "Scolese, who currently serves as NASA’s chief engineer, joined the space agency in 1987. He also has served as deputy director of the Goddard Space Flight Center in Greenbelt, Md., and deputy associate administrator in the Office of Space Science, where he directed NASA’s space science flight program, mission studies, technology development and overall contract management of the Jet Propulsion Laboratory in Pasadena, Calif.",
 "aerospace", "leadership",
 "A NASA news release as SpaceNews's site reproduces it (the release's hard-wrapped lines joined into its paragraphs, whitespace only; no byline or host text in the excerpt). The excerpt holds no heading or date line: the title is descriptive, written for this record from the release's first two sentences (not the release's own heading); `published` null (the year is not stated; 'Wednesday' and 'the end of July' are not resolved). Cut after the paragraph on Scolese's earlier posts, before the point where the excerpt stops ('Scoles...'). Licence doubtful in one respect: the copy carries no NASA byline; its wording and line-wrapping are those of NASA's e-mailed releases. Geveden, Scolese and Griffin are new to the corpus.",
 COPY))
R.append(rec("us-faa-statement-furlough-staffing-delays-2013",
 "http://mail.spinics.net/lists/faa/msg00400.html",
 "2013-04-25", "FAA Statement", "Federal Aviation Administration, statement",
 "As a result of employee furloughs due to sequestration, the FAA is implementing traffic management initiatives at airports and facilities around the country. Travelers can expect to see a wide range of delays that will change throughout the day depending on staffing and weather related issues. For example, the FAA is experiencing staffing challenges at the Cleveland, Washington and New York En Route Centers, the Chicago, San Antonio, Southern California and Tampa TRACONs, and Newark, LaGuardia and JFK and Regional South West Florida Airports. Controllers will space planes farther apart so they can manage traffic with current staff, which will lead to delays at airports including Newark, LaGuardia, JFK, Chicago O’Hare, Regional South West, and Tampa. The FAA also expects delays at a number of other airports because of weather and winds.\n\n"
 "The FAA will continue to work with the airlines throughout the day to try and minimize delays for travelers. We encourage all travelers to check their flight status and also to visit fly.faa.gov for the latest airport delay information.\n\n"
 "Yesterday more than 863 delays in the system were attributable to staffing reductions resulting from the furlough at the New York, Washington, Cleveland, Jacksonville and Los Angeles En Route Centers, the Potomac, Dallas and Southern California TRACONs and Detroit Tower. There were more than 2,132 additional delays as a result of weather and other factors.",
 "transport/aviation", "regulatory",
 "The FAA's statement of 25 April 2013 as e-mailed through GovDelivery, in a public mailing-list archive (spinics.net); the archive's navigation lines, the repeated title, 'Date: April 25, 2013' (kept as `published`), the contact and phone lines and GovDelivery's footer ('This email was sent to ... Powered by GovDelivery') left out. Whole statement kept (`truncated` false). Near-miss: delays from controller furloughs and weather; no system or service failed.",
 COPY, truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
