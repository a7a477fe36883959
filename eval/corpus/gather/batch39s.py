#!/usr/bin/env python3
"""Batch 39s (session 40, gatherer 39s): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), the federal lane of batches 36b/36i/36r/36t/36u/37b/37j/37z/38b/39c/39g turned to Department of
Justice press releases (US Attorneys' offices) on attacks on the power grid, on batch 39r's justice.gov lead:
  - Jason Woodring's guilty plea for his attacks on Central Arkansas' power grid between August and October 2013,
    two power poles cut down and the temporary loss of power to approximately 9,000 people in Jacksonville,
    Arkansas, with First Electric Cooperative's damages (USAO Eastern District of Arkansas, 10 March 2015,
    justice.gov);
  - Matthew Greenwood's guilty plea for the Christmas Day 2022 vandalism of four Pierce County substations, the
    Hemlock and Kapowsin substations of Puget Sound Energy and the Elk Plain and Graham substations of Tacoma Power,
    8,000 and more than 7,500 customers losing power (USAO Western District of Washington, April 2023, as the
    dojnewswire.com copy reproduces it).
Text is the search tool's page-store excerpt (corpus `pages`). The site banner, the 'Press Release' and 'For
Immediate Release' lines and the office line are left out (the headline kept as `title`); list dashes dropped; cut
where the excerpt breaks off inside a sentence. No word added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch39s.py [POOL_DIR] [--dry]   (default /tmp/gather40s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40s/pool"
ORIGIN = "US Attorney's Office press release (justice.gov) from the search tool page store"
COPY_ORIGIN = "US Attorney's Office press release via a dojnewswire.com copy (search tool page store)"
CHECK = ("Checked before annotation, by its names, places and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script and the session-40 pools /tmp/gather40*/pool: ")
R = []
# ---- Arkansas power grid attacks, Woodring's plea, USAO Eastern District of Arkansas, 10 March 2015 --------------
U1 = "http://www.justice.gov/usao/are/news/2015/March/Woodring_power_grid_attacks_charges_03102015.html"
R.append(federal(
 "us-doj-usao-are-woodring-pleads-guilty-arkansas-power-grid-attacks-2015", U1, "2015-03-10",
 "Woodring Pleads Guilty To Federal Charges Related To Attacks On Power Grid",
 "LITTLE ROCK \u2013 Christopher R. Thyer, United States Attorney for the Eastern District of Arkansas; David T. "
 "Resch, Special Agent in Charge of the Little Rock Field Office of the Federal Bureau of Investigation; and Grover "
 "Crossland, Resident Special Agent in Charge of the Bureau of Alcohol, Tobacco, Firearms, and Explosives (ATF) "
 "\u2013 Little Rock Field Office announced today that Jason Woodring, age 38, of Jacksonville, Arkansas, pleaded "
 "guilty today to charges related to his attacks on Central Arkansas\u2019 power grid between August and October "
 "of 2013. Those attacks included sabotaging an electrical support tower and downing a 500,000-volt power line onto "
 "a railroad track near Cabot, Arkansas, which resulted in approximately $550,000 worth of damage; setting fire to "
 "and destroying an Extra High Voltage (EHV) switching station in Scott, Arkansas, causing over $4,000,000 in "
 "damages; and cutting down two power poles, which led to the temporary loss of power to approximately 9,000 people "
 "in Jacksonville, Arkansas. According to First Electric Cooperative representatives, damages from this incident "
 "exceeded $48,000. Woodring was charged in an 8-count indictment by a federal grand jury on November 6, 2013. He "
 "has been in federal custody since that time.\n\n"
 "Pursuant to a plea agreement with the United States, Woodring pleaded guilty to Destruction of an Energy Facility "
 "for downing the Cabot power lines (Count Two) and for setting fire to the Scott power station (Count Three). He "
 "also pleaded guilty to Using Fire to Commit a Felony (Count Four) in relation to the arson in Scott. Finally, "
 "Woodring pleaded guilty to being an illegal drug user in possession of various firearms and ammunition (Count "
 "Eight) and agreed to forfeit the firearms and ammunition.",
 "energy/electricity distribution", "outage,legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of Arkansas, press release 'Woodring Pleads "
 "Guilty To Federal Charges Related To Attacks On Power Grid', 2015-03-10, US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 ORIGIN,
 "A press release of the U.S. Attorney's Office for the Eastern District of Arkansas (a US federal work, public "
 "domain), on justice.gov. `published` 2015-03-10: the address's date (03102015) and the DOJ sentencing release in "
 "the page store ('On March 10, 2015, Woodring pleaded guilty'). Left out: the site banner 'Skip to main content', "
 "the line 'Press Release', the headline (kept as `title`), the lines 'For Immediate Release' and 'U.S. Attorney's "
 "Office, Eastern District of Arkansas'. Cut after '... agreed to forfeit the firearms and ammunition.', before "
 "'\u201cThe citizens of Central Arkansas can', where the excerpt breaks off inside the U.S. Attorney's quotation "
 "(`truncated`). Kept as written: the dateline 'LITTLE ROCK \u2013', the en dashes, 'Arkansas\u2019' (curly "
 "apostrophe), '8-count', 'Destruction of an Energy Facility' and the other charge names capitalised. 278 words. "
 "One text per event: the arrest release of 12 October 2013 (justice.gov/usao/are: an explosion under power lines, "
 "no outage in the excerpt), the indictment release (thefederalnewswire.com copy: a brief power outage in Cabot and "
 "the Jacksonville outage, no utility named in the excerpt) and the Office of Public Affairs' sentencing release "
 "(restitution to Entergy and First Electric Cooperative; the excerpt breaks off before the outage) left out. Found "
 "with 'Jason Woodring Arkansas power grid attack Entergy Jacksonville justice.gov' (rank 3; the arrest release "
 "rank 1, the sentencing release rank 2). "
 + CHECK + "'Woodring', 'Thyer', 'Cabot', 'Jacksonville, Arkansas', 'Scott, Arkansas', 'Resch', 'Crossland': 0; "
 "'First Electric' only as other words ('first electric ...' in three Wikipedia company texts and batches 27e, "
 "34d, 37q); GATHERING.md names the Arkansas attacks only as batch 39r's lead.", True))

# ---- Pierce County substation attacks, Greenwood's plea, USAO Western District of Washington, April 2023 ---------
U2 = ("https://dojnewswire.com/stories/642031047-puyallup-washington-man-pleads-guilty-to-conspiring-to-attack-power-"
      "substations")
R.append(federal(
 "us-doj-usao-wdwa-greenwood-pleads-guilty-pierce-county-substation-attacks-2023", U2, "2023-04-28",
 "Puyallup, Washington man pleads guilty to conspiring to attack power substations",
 "A 32-year-old Puyallup, Washington man pleaded guilty today in U.S. District Court in Tacoma to Conspiracy to "
 "destroy energy facilities, announced U.S. Attorney Nick Brown. Matthew Greenwood admits in his plea agreement "
 "that he and co-defendant Jeremy Crahan, 40, vandalized four power substations and plotted to fell trees to take "
 "out power lines. Both men were arrested before the tree plan was put into action. Greenwood faces up to twenty "
 "years in prison when sentenced by Chief U.S. District Judge David G. Estudillo on July 21, 2023.\n\n"
 "According to the facts in the plea agreement, Greenwood and Crahan hatched the scheme to disrupt power so they "
 "could break into ATMs and businesses and steal money. On December 25, 2022, they damaged four substations:\n\n"
 "Hemlock Substation in Puyallup, Washington, owned by Puget Sound Energy. Here, the two cut through a fence and "
 "Greenwood manipulated a switch damaging equipment and cutting power for 8,000 customers.\n\n"
 "Elk Plain substation in Spanaway, Washington, owned by Tacoma Power. The men cut padlocks on the gate and "
 "Greenwood manipulated breakers to damage equipment and cause an outage\n\n"
 "Graham substation in Graham, Washington, operated by Tacoma Power. The men cut through a perimeter fence and "
 "Greenwood manipulated a switch to damage equipment. This outage, combined with the Elk Plain substation outage, "
 "caused more than 7,500 customers to lose power.\n\n"
 "Kapowsin Substation in Graham, Washington, operated by Puget Sound Energy. The men cut through a fence and "
 "Greenwood tampered with a switch causing sparks, flame, and a power outage.\n\n"
 "Prosecutors have agreed to recommend the low end of the guidelines range when Greenwood is sentenced. Since his "
 "arrest, Greenwood has been in intensive drug treatment while awaiting resolution in this case.\n\n"
 "Co-defendant Jeremy Crahan remains charged with conspiracy to attack energy facilities.",
 "energy/electricity distribution", "outage,legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Western District of Washington, press release 'Puyallup, "
 "Washington man pleads guilty to conspiring to attack power substations' (28 April 2023), US federal government "
 "work (public domain); text as dojnewswire.com reproduces it, from the search tool's page store at " + U2,
 COPY_ORIGIN,
 "A press release of the U.S. Attorney's Office for the Western District of Washington (a US federal work, public "
 "domain: U.S. Attorney Nick Brown's announcement), as dojnewswire.com reproduces it; the copy adds no words to the "
 "kept part (its wording matches the release as the page store's news pages quote it: fox13seattle.com, ktvz.com). "
 "No justice.gov copy of this release came back (the office's later sentencing release of Crahan is there, at "
 "justice.gov/usao-wdwa, but its excerpt breaks off inside the second substation). `published` 2023-04-28: the "
 "excerpt shows no date; fox13seattle.com's story in the page store says Greenwood 'pleaded guilty to the charge in "
 "U.S. District Court on April 28' and ktvz.com's of 29 April 2023 says 'on Friday' (doubtful: from the page "
 "store's news pages, not the copy). `title` is the headline as the copy's address spells it (the excerpt starts "
 "with the body; capitalisation as the address, doubtful). The four list dashes ('- ') dropped and each substation "
 "kept as its own paragraph; single newlines written as blank lines (whitespace only). Cut after '... conspiracy to "
 "attack energy facilities.', before 'The FBI is investigating the case with assistance from the Pierce County "
 "Sheriff\u2019s Department, the Bureau of', where the excerpt breaks off (`truncated`). Kept as written: 'Conspiracy "
 "to destroy energy facilities' (capital C), 'Hemlock Substation' and 'Kapowsin Substation' beside 'Elk Plain "
 "substation' and 'Graham substation', '... cause an outage' with no full stop, 'twenty'. 294 words. One text per "
 "event: the charging release of 3 January 2023, Crahan's plea of 6 September 2023 and the two sentencing releases "
 "(justice.gov and an FBI State Crime Alerts copy at securengin.fifthestate.nz) left out. Found with 'justice.gov "
 "Puyallup man sentenced probation conspiracy to destroy energy facilities Greenwood Hemlock Substation Puget Sound "
 "Energy 8,000 customers' (rank 2) and 'Puyallup Washington man pleads guilty to conspiring to attack power "
 "substations U.S. Attorney Nick Brown justice.gov usao-wdwa' (rank 5). "
 + CHECK + "'Crahan', 'Tacoma Power', 'Puget Sound Energy', 'Kapowsin', 'Elk Plain', 'Graham substation', "
 "'Estudillo', 'Puyallup', 'Spanaway': 0; 'Greenwood' only as other matters (a Capital One approval in train, "
 "batch 19b); 'Pierce County' only in batch39r.py's notes (the event named as a lead with no open text); Moore "
 "County, Metcalf and Nashville (batches 39p and 39r) are other events.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
