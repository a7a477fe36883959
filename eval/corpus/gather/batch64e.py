#!/usr/bin/env python3
"""Batch 64e (session 58; gatherer lane 64e, outage texts): three US federal texts on spacecraft that stopped giving
their service -- a weather satellite's instruments and two safe modes of a space telescope -- new to the corpus, in the
satellite part of the outage lane after batch 63e (GOES-13 of May 2013, GOES-8, NOAA-13):
  - nesdis.noaa.gov's NESDIS News Archive item of October 17, 2012, "NOAA's GOES-13 returns to full operations,
    GOES-14 to remain orbital spare" -- GOES-13's sounder and imager turned off on September 23 (a motor vibration
    and a lubricant buildup in the sounder's filter wheel), a team of engineers from NOAA, Boeing and ITT, GOES-15 and
    GOES-14 standing in, Mary Kicza, 'assistant administrator of NOAA's Satellite and Information Service';
  - NASA Headquarters release 92-127 of July 31, 1992, 'HST TO RESUME NORMAL OPERATION AFTER BRIEF DELAY', as
    www1.nasa.gov's hqnews archive holds it -- NASA's Hubble Space Telescope in an 'inertial hold mode' from Wednesday
    at 11:49 p.m. EDT (erroneous data in an ephemeris uplink), then a deeper 'hardware safe mode' on Thursday night
    (an error in flight software loaded in May 1992), with 'The project director, Joe Rothenberg';
  - NASA Headquarters release 91-204 of December 12, 1991, 'HUBBLE TELESCOPE RESUMES OPERATIONS AFTER BRIEF ANOMALY',
    as the govdocs1 collection of .gov documents holds it -- the Hubble Space Telescope in a standby condition from
    Dec. 9 at 7:47 a.m. until science data collection resumed at 7 a.m. EST on the 12th, triggered by an error in the
    ground software, with 'Dr. Charles Pellerin, Director for NASA's Astrophysics Division'.
US federal government works (17 U.S.C. 105): a NOAA news item and two NASA releases. The texts are the search tool's
page-store excerpts (corpus `pages`; never a whole page), saved verbatim to /tmp/gather65e/src by
/tmp/gather65e/mk_src.py (2,000, 1,982 and 1,927 characters). Left out: the headline (-> `title`), the date line
'October 17, 2012' (-> `published`), the image caption 'GOES Satellite' and the two lines of the image caption 'Daily
GOES East 1745Z Full Disk Image' (GOES-13); the contact lines ('Paula Cleggett-Haleim Headquarters, Washington, D.C.
July 31, 1992 (Phone: 202/358-1547) Jim Elliott Goddard Space Flight Center (Phone: 301/286-6256)', the date ->
`published`), the release number 'RELEASE: 92-127', the headline (-> `title`), the page-break marker '- more -- 2 -'
and the sign-off '- end -' (92-127); the contact line ('Paula Cleggett-Haleim Headquarters, Washington, D.C. December
12, 1991 (Phone: 202/453-1547)', the date -> `published`), the release number 'RELEASE: 91-204' and the headline (->
`title`) (91-204). Cuts: GOES-13 after '... any of its satellites.', before the paragraph the excerpt breaks off ('At
all times, NOAA operates two GOES spacecraft ... with an additional GOES in'; `truncated`); 92-127 whole (its body
runs to the sign-off; not truncated); 91-204 where the excerpt ends, at a sentence end ('... start appropriate
actions.'), with no sign-off in the excerpt, so more may follow (`truncated`). No word added or changed; `verify()`
checks that every kept paragraph (and title) is in its saved excerpt, whitespace runs compared as one space.
newskg (or any extractor) was not run on the texts.
usage: batch64e.py [POOL_DIR] [--dry]   (default /tmp/gather65e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65e/pool"
SRC = "/tmp/gather65e/src"

CHECKED = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over "
           "train, dev and test: names of matching files only; no test file opened), GATHERING.md, every gather "
           "script, the session-57 and session-58 pools (/tmp/gather64*/pool, /tmp/gather65*/pool) and "
           "/work/notes/gather65/CLAIMS.txt (no other line named the matter when checked), and claimed in "
           "/work/notes/gather65/CLAIMS.txt: ")

KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- weather satellites, US: GOES-13's sounder and imager off, September 23, 2012 (NESDIS, October 17, 2012) -------
U1 = "http://www.nesdis.noaa.gov/news_archives/goes_resumes.html"
T1 = "NOAA's GOES-13 returns to full operations, GOES-14 to remain orbital spare"
P1 = [
 "The GOES-13 spacecraft, which had its sounder and imager instruments taken out of service because of technical "
 "trouble in late September, will return to full operations on Thursday as NOAA's GOES East satellite, NOAA "
 "officials said today.",
 "The trouble stemmed from a motor vibration, which caused a lubricant buildup that obstructed the spinning motion of "
 "the filter wheel in the sounder. A team of engineers from NOAA, Boeing and ITT suppressed the vibration, the filter "
 "wheel restarted and is running smoothly, with improved performance.",
 "NOAA turned off the two instruments on September 23, and immediately configured GOES-15, the West Coast satellite, "
 "to provide additional coverage of the eastern United States and part of the Atlantic Ocean. Within a few hours, "
 "NOAA activated its on-orbit spare satellite, GOES-14, for full service.",
 "And as a team of engineers from NOAA, Boeing and ITT continued to pinpoint the cause of the problem, NOAA began "
 "moving GOES-14 towards the position where GOES-13 was situated. GOES-14 will return to its earlier status as the "
 "on-orbit spare, NOAA officials said.",
 "GOES-13 had been NOAA's geostationary satellite, providing coverage of the U.S. East Coast, since April 14, 2010.",
 "The engineers have worked hard to understand and correct the problem, and now data from both the imager and "
 "sounder will flow shortly to our key user, NOAA's National Weather Service,\" said Mary Kicza, assistant "
 "administrator of NOAA's Satellite and Information Service.",
 "NOAA has an organized back-up system in place, including strategic partnerships with international space agencies, "
 "to handle technical glitches that arise with any of its satellites."]
KEPT["us-noaa-goes-13-returns-to-full-operations-sounder-2012"] = ("nesdis-goes13-returns-full-operations-2012.txt",
                                                                   T1, P1)
R.append(federal(
 "us-noaa-goes-13-returns-to-full-operations-sounder-2012", U1, "2012-10-17", T1, "\n\n".join(P1),
 "space/weather satellites", "outage,satellite failure,weather satellite,backup",
 "U.S. Department of Commerce, National Oceanic and Atmospheric Administration (NOAA), National Environmental "
 "Satellite, Data, and Information Service, NESDIS News Archive, '" + T1 + "', October 17, 2012, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 "US NOAA NESDIS news item on nesdis.noaa.gov (search tool page store)",
 "A NOAA news item (a US federal work, public domain) as NESDIS's own site carries it in its news archive: "
 "first-party text. Left out: the headline (-> `title`), the date line 'October 17, 2012' (-> `published`), the "
 "image caption 'GOES Satellite' between the date and the first paragraph, and the image caption 'Daily GOES East "
 "1745Z Full Disk Image' (twice, the second with '[Click image to view enlarge]') between the sixth and seventh "
 "paragraphs. Cut after the seventh paragraph ('... any of its satellites.'), before the paragraph the store's "
 "excerpt breaks off ('At all times, NOAA operates two GOES spacecraft 22,300 miles above the Equator, with an "
 "additional GOES in') (`truncated`). No word added or changed. Kept as written: the sixth paragraph's quotation "
 "with its closing quotation mark only (the page opens no quotation before 'The engineers have worked hard'), 'NOAA's "
 "GOES East satellite' (no hyphen), 'the U.S. East Coast', 'on-orbit spare', 'back-up'. 259 words "
 "(whitespace-split), seven paragraphs. One outage told: GOES-13's sounder and imager 'taken out of service because "
 "of technical trouble' -- 'NOAA turned off the two instruments on September 23' -- the trouble 'stemmed from a "
 "motor vibration'; GOES-15 and GOES-14 stood in; the return 'on Thursday' is still ahead at the item's date. Found "
 "at rank 2 of the query 'GOES-13 sounder vibration aging lubricant outage September 2012 NESDIS' (ranks 1, 3, 5 "
 "and 8 news on the same matter: spacenews, spacepolicyonline, climatecentral; rank 7 nesdis.noaa.gov's 'NOAA: "
 "GOES-14 heading back to storage' of December 20, 2012, the same matter, not taken: one text per matter). One text "
 "per matter: GOES-13's outage of September-October 2012 (this item, its October 16 press release and the December "
 "storage item); GOES-13's failure of 22 May 2013 (batch 63e, test) is another. " + CHECKED + "'goes_resumes', "
 "'lubricant' (two hits: an export case's text and its script, another matter), 'filter wheel' (0 hits), 'ITT' "
 "(as a word, one test file: a 1992 pump merger, another matter), 'Boeing' (many texts, none on a satellite "
 "failure); 'GOES-13', 'GOES-14', 'GOES-15', 'Kicza', 'Satellite and Information "
 "Service' only in batch 63e's GOES-13 text of May 2013 (test; another matter) and its scripts.",
 True))

# ---- space telescopes: Hubble's inertial hold and hardware safe mode, July 29-30, 1992 (NASA 92-127, July 31, 1992) --
U2 = "http://www1.nasa.gov/home/hqnews/1992/92-127.txt"
T2 = "HST TO RESUME NORMAL OPERATION AFTER BRIEF DELAY"
P2 = [
 "While recovering from a benign standby condition, which began late Wednesday night, NASA's Hubble Space Telescope "
 "(HST) entered a deeper safe condition on Thursday night. A plan for resuming normal operations will be developed "
 "over the next several days. Currently, the cause of both conditions, or safe modes, are understood and can be fixed "
 "promptly. Spacecraft managers, however, are now analyzing all related data before sending HST new computer commands "
 "that would resume science data collection. The project director, Joe Rothenberg, said, \"The system operated "
 "exactly as designed.\" Safe modes are a capability built into all NASA spacecraft. They are invaluable \"safety "
 "nets\" to protect against spacecraft anomalies caused by on-orbit hardware problems or erroneous commands sent from "
 "the ground. On Wednesday at 11:49 p.m., EDT, HST went into a standby condition, called an \"inertial hold mode.\" "
 "This condition was caused by some erroneous data contained in a standard ephemeris uplink. The ephemeris tells "
 "where the spacecraft will be at certain time. Such uplinks occur routinely to update stored data contained in the "
 "HST flight computer. Hubble's safety checking system detected the error and entered this hold condition until "
 "spacecraft controllers could fix the problem. The recovery process from this type of hold should take about 36 "
 "hours.",
 "While recovering from that inertial hold, another problem occurred that caused HST to enter a deeper, \"hardware "
 "safe mode.\" Revised software loaded on board Hubble's flight computer in May 1992 contained an error, which caused "
 "it to enter this type of safe mode. Currently, spacecraft controllers are further analyzing and testing spacecraft "
 "data to develop an appropriate recovery plan."]
KEPT["us-nasa-92-127-hst-resume-normal-operation-safe-mode-1992"] = ("nasa-92-127-hst-resume-normal-operation-1992.txt",
                                                                     T2, P2)
R.append(federal(
 "us-nasa-92-127-hst-resume-normal-operation-safe-mode-1992", U2, "1992-07-31", T2, "\n\n".join(P2),
 "space/space telescopes", "outage,spacecraft failure,safe mode,space telescope",
 "National Aeronautics and Space Administration, Headquarters, news release 92-127, '" + T2 + "', July 31, 1992, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 "US NASA Headquarters news release on www1.nasa.gov's hqnews archive (search tool page store)",
 "A NASA Headquarters news release (a US federal work, public domain) as NASA's own site keeps it in its hqnews "
 "archive, a plain-text file whose line breaks the store's excerpt runs together: first-party text. Left out: the "
 "contact lines at the head ('Paula Cleggett-Haleim Headquarters, Washington, D.C. July 31, 1992 (Phone: "
 "202/358-1547) Jim Elliott Goddard Space Flight Center (Phone: 301/286-6256)'; the date -> `published`), the "
 "release number 'RELEASE: 92-127', the headline (-> `title`, in capitals as written), the page-break marker '- "
 "more -- 2 -' between '... about 36 hours.' and 'While recovering from that inertial hold ...' (the text is split "
 "into two paragraphs there: the excerpt shows no other break) and the sign-off '- end -' (the release whole; not "
 "`truncated`). No word added or changed. Kept as written: 'the cause of both conditions, or safe modes, are "
 "understood' (the verb as written), 'On Wednesday at 11:49 p.m., EDT' (the comma before the zone), 'at certain "
 "time', 'a deeper, \"hardware safe mode.\"'. 267 words (whitespace-split), two paragraphs. One outage told: the "
 "telescope's science data collection stopped when it went into 'an \"inertial hold mode\"' on Wednesday at 11:49 "
 "p.m. EDT (July 29, 1992), caused by 'erroneous data contained in a standard ephemeris uplink', deepened into a "
 "'hardware safe mode' on Thursday night, not yet ended at the release's date. Found at rank 3 of the query 'Hubble "
 "telescope resumes operations after brief anomaly standby condition high gain antenna ground software error release "
 "91-204' (rank 2 a scribd copy of the same release, a third-party upload, not used) and at rank 7 of 'Hubble Space "
 "Telescope Status Report science instrument control and data handling anomaly safe mode June 2009'. One text per "
 "matter: Hubble's safe modes of 29-30 July 1992 (this release and any later NASA note on the recovery); the standby "
 "of December 1991 (this batch's third text) is another. " + CHECKED + "'92-127', 'ephemeris', 'inertial hold', "
 "'Hubble', 'Cleggett': 0 hits in the corpus files and scripts ('Hubble' only in GATHERING.md's batch 63e section, "
 "as a lead); 'Rothenberg' in one dev text and batch 53zo's script (a Justice Department plea, another person).",
 False))

# ---- space telescopes: Hubble's standby of December 9-12, 1991 (NASA 91-204, December 12, 1991; govdocs1 copy) ------
U3 = "https://corpora.tika.apache.org/base/docs/govdocs1/111/111223.txt"
T3 = "HUBBLE TELESCOPE RESUMES OPERATIONS AFTER BRIEF ANOMALY"
P3 = [
 "The Hubble Space Telescope (HST) resumed science data collection at 7 a.m. EST this morning. For the past 24 hours, "
 "the spacecraft has been safely returning from a standby condition which began Dec. 9 at 7:47 a.m. Standby "
 "conditions, or safe modes, are a capability built into all NASA spacecraft. Safe modes are invaluable \"safety "
 "nets\" to protect against spacecraft anomalies caused by on-orbit hardware problems or erroneous commands sent from "
 "the ground. A subtle error in the ground software system that generates command sequences for HST triggered this "
 "event. The error caused an incorrect command to be sent, which made the high gain antenna slew at a rate beyond "
 "allowable limits. The onboard flight computer sensed this \"out-of-range\" rate and put the spacecraft in a standby "
 "and safe condition. According to Dr. Charles Pellerin, Director for NASA's Astrophysics Division, \"The HST flight "
 "system functioned exactly as designed and protected itself from human errors on the ground.\" This particular type "
 "of anomaly is the first since launch of HST in April of 1990. The last time HST was in a safed mode of operation "
 "was in May 1991 due to a different type of computer anomaly. Corrections in the ground software are being worked "
 "and interim guidelines are in place for manual inspection of command loads to ensure against any repetition of "
 "this particular problem. The level of standby HST was in, called an \"inertial hold mode,\" is the most benign of "
 "several levels of safe configurations. When initiated, it basically stops executing further commands, maintains "
 "current spacecraft attitude and alerts controllers to a potential problem. This gives ground personnel time to "
 "evaluate the situation, analyze the telemetry and start appropriate actions."]
KEPT["us-nasa-91-204-hubble-telescope-resumes-operations-anomaly-1991"] = (
 "nasa-91-204-hubble-resumes-operations-1991.txt", T3, P3)
R.append(federal(
 "us-nasa-91-204-hubble-telescope-resumes-operations-anomaly-1991", U3, "1991-12-12", T3, "\n\n".join(P3),
 "space/space telescopes", "outage,spacecraft failure,safe mode,space telescope,software error",
 "National Aeronautics and Space Administration, Headquarters, news release 91-204, '" + T3 + "', December 12, "
 "1991, US federal government work (public domain); text of NASA's release as the govdocs1 collection of .gov "
 "documents holds it, from the search tool's page store at " + U3,
 "US NASA Headquarters news release, NASA's text as the govdocs1 collection of .gov documents "
 "(corpora.tika.apache.org) holds it (search tool page store)",
 "A NASA Headquarters news release (a US federal work, public domain) as the govdocs1 collection of files crawled "
 "from US government web servers holds it -- the source the lead accepted for batch 46i's Justice Department text "
 "(session 47: a federal work whoever hosts the copy); the release's words are NASA's own, in the same plain-text "
 "format as the hqnews archive's 92-127 (this batch's second text). No nasa.gov copy came back from the page store. "
 "Left out: the contact line at the head ('Paula Cleggett-Haleim Headquarters, Washington, D.C. December 12, 1991 "
 "(Phone: 202/453-1547)'; the date -> `published`), the release number 'RELEASE: 91-204' and the headline (-> "
 "`title`, in capitals as written). Kept as one paragraph (the excerpt runs the file's lines together and shows no "
 "break). The excerpt ends at a sentence end ('... start appropriate actions.') without the release's sign-off "
 "('- end -', as 92-127 has it), so more may follow in the file (`truncated`). No word added or changed. Kept as "
 "written: 'at 7 a.m. EST this morning', 'Dec. 9 at 7:47 a.m.' (no zone), 'Dr. Charles Pellerin, Director for "
 "NASA's Astrophysics Division', 'in April of 1990', 'a safed mode of operation', 'The level of standby HST was in'. "
 "282 words (whitespace-split). Outages told: the standby from Dec. 9 at 7:47 a.m. until science data collection "
 "resumed at 7 a.m. EST on December 12, triggered by 'A subtle error in the ground software system that generates "
 "command sequences for HST'; and, in one sentence, the earlier safe mode 'in May 1991 due to a different type of "
 "computer anomaly' (doubtful, see the annotation). Found at rank 6 of the query 'Hubble Space Telescope Status "
 "Report science instrument control and data handling anomaly safe mode June 2009' and at rank 1 of 'Hubble "
 "telescope resumes operations after brief anomaly standby condition high gain antenna ground software error release "
 "91-204'. One text per matter: Hubble's standby of 9-12 December 1991 (the May 1991 safe mode only named in it). "
 + CHECKED + "'91-204', 'Pellerin', 'Astrophysics Division', 'high gain antenna', 'inertial hold', '111223': 0 hits "
 "anywhere; 'Hubble' only in GATHERING.md's batch 63e section (a lead).",
 True))


def _flat(s):
    """Whitespace runs (line breaks included) as one space."""
    return " ".join(s.split())


def verify():
    """Each kept paragraph and the title occur in the saved excerpt (whitespace runs compared as one space), and the
    record's text is the kept paragraphs joined by a blank line; returns problems."""
    bad = []
    recs = {r["id"]: r for r in R}
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _flat(open(path, encoding="utf-8").read())
        for part in [title] + paras:
            if _flat(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
        if recs[rid]["text"] != "\n\n".join(paras):
            bad.append(rid + ": text is not the kept paragraphs")
        if "\ufffd" in recs[rid]["text"] or "\u00a0" in recs[rid]["text"]:
            bad.append(rid + ": odd character in text")
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
