#!/usr/bin/env python3
"""Batch 40h (session 41, gatherer 40h): an outage with a NAMED provider told in a US federal public-domain text
(17 U.S.C. 105), round 17 of the federal lane (after batches 39c, 39g, 39s and 40d), on batch 40d's CCIPS lead
(US Attorneys' releases on attackers who stopped a named company's service, searched for by defendant name):
  - Austin Thompson's guilty plea for the denial-of-service attacks of December 2013 to January 2014 that took
    online gaming companies' servers offline, among them then San Diego-based Sony Online Entertainment (USAO
    Southern District of California, 6 November 2018, justice.gov).
Text is the search tool's page-store excerpt (corpus `pages`). Site banners, the office and summary lines and the
headline (kept as `title`) are left out; cut where the excerpt breaks off inside a sentence. No word added or
changed. Written before any extractor ran on the text (newskg was not run on it).
usage: batch40h.py [POOL_DIR] [--dry]   (default /tmp/gather41h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41h/pool"
ORIGIN = "US Attorney's Office press release (justice.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script and the session-41 pools /tmp/gather41*/pool: ")
R = []

# ---- Sony Online Entertainment, Thompson's plea, USAO Southern District of California, 6 November 2018 ------------
U1 = "https://www.justice.gov/usao-sdca/pr/utah-man-pleads-guilty-denial-service-computer-hacking-attacks"
R.append(federal(
 "us-doj-usao-sdca-thompson-pleads-guilty-derptrolling-dos-attacks-2018", U1, "2018-11-06",
 "Utah Man Pleads Guilty to Denial-of-Service Computer Hacking Attacks",
 "SAN DIEGO \u2013 Austin Thompson, a Utah resident, pleaded guilty today in federal court in San Diego, admitting "
 "that he carried out a series of denial-of-service (\u201cDoS\u201d) computer hacking attacks against multiple "
 "victims between 2013 and 2014.\n\n"
 "A denial-of-service (DoS) attack occurs when legitimate users are unable to access information systems, devices, "
 "or other network resources due to the actions of a malicious cyber threat actor.  In such attacks, the hacker "
 "floods the targeted host or network with traffic until the target cannot respond or simply crashes, preventing "
 "access for legitimate purposes.  According to the plea agreement, between December 2013 and January 2014, "
 "Thompson\u2019s attacks, which flooded his victims\u2019 servers with enough internet traffic to take them "
 "offline, were directed mainly at online gaming companies and servers, including then San Diego-based Sony Online "
 "Entertainment.  Thompson typically used the Twitter account @DerpTrolling to announce that an attack was "
 "imminent and then posted screenshots or other photos showing that victims\u2019 servers had been taken down "
 "after the attack.  The attacks took down game servers and related computers around the world, often for hours "
 "at a time.  According to the plea agreement, Thompson\u2019s actions caused at least $95,000 in damages.\n\n"
 "\u201cDenial-of-service attacks cost businesses millions of dollars annually,\u201d said U.S. Attorney Adam "
 "Braverman.  \u201cWe are committed to finding and prosecuting those who disrupt businesses, often for nothing "
 "more than ego.\u201d\n\n"
 "\"In today's world, cyber crime is an immense threat that affects private, commercial, and government sectors "
 "alike,\" said FBI Special Agent in Charge John Brown.",
 "internet/online gaming", "outage,legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of California, press release 'Utah Man "
 "Pleads Guilty to Denial-of-Service Computer Hacking Attacks', 2018-11-06, US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 ORIGIN,
 "A press release of the U.S. Attorney's Office for the Southern District of California (a US federal work, public "
 "domain), on justice.gov. `published` 2018-11-06: the release's summary line ('NEWS RELEASE SUMMARY \u2013 "
 "November 6, 2018'). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`), 'For "
 "Immediate Release', the office line 'U.S. Attorney's Office, Southern District of California' and the summary "
 "line. A trailing space after '... between 2013 and 2014.' dropped. Cut after '... said FBI Special Agent in "
 "Charge John Brown.', before the next sentence of his quotation, where the excerpt breaks off ('\"The FBI's "
 "capacity to respond to cyber incidents i'; `truncated`: the rest of the release lost). Kept as written: the "
 "dateline 'SAN DIEGO \u2013', the double spaces between sentences, the curly quotation marks and apostrophes "
 "beside the straight ones of the FBI quotation ('today's'), '@DerpTrolling', 'then San Diego-based'. 252 words. "
 "One text per event: the office's sentencing release of 2 July 2019 (27 months, $95,000 restitution to Daybreak "
 "Games, formerly Sony Online Entertainment) only as copies (morelaw.com, sandiegonewscape.com) and news "
 "(kotaku, cyberscoop, securityaffairs, geeknewscentral, mspoweruser, techfoe, pulse.com.gh) left out. Found with "
 "'Austin Thompson DerpTrolling sentenced denial of service Sony Online Entertainment U.S. Attorney San Diego' "
 "(rank 1). "
 + CHECK + "'DerpTrolling', 'Austin Thompson', 'Sony Online Entertainment', 'Sony Online', 'Daybreak Game', "
 "'Braverman': 0; 'PlayStation Network' only in other matters (the 2011 PlayStation Network outage, a Wikipedia "
 "text in dev: file name only; a VOA PlayStation 3 launch story in train and batch 40e's pool; batch 19d); "
 "'Lizard Squad' (a Wikipedia text in test, batch 26b) is another group's attacks.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
