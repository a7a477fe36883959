#!/usr/bin/env python3
"""Batch 63e (session 57; gatherer lane 63e, outage texts): three US federal texts on weather-satellite failures, new
to the corpus, in the satellite part of the outage lane that batches 62c, 62f and 62n (Signpost and Wikipedia grid
texts) left untried:
  - nesdis.noaa.gov's NESDIS News Archive item of May 29, 2013, 'NOAA's GOES-13 reactivated, as engineers pinpoint
    cause of trouble, GOES-14 still temporary GOES-East satellite' -- GOES-13, the GOES-East satellite, stopped
    producing imaging and sounding data on May 22, GOES-15 configured to cover the eastern United States, GOES-14
    activated from orbital storage on May 23, with Mary Kicza, 'assistant administrator for NOAA's Satellite and
    Information Service';
  - NOAA press release 98-77 of 10/28/98, "NOAA'S GOES-8 RETURNING TO SERVICE", as the University of North Texas
    Libraries' End of Term 2008 web archive holds publicaffairs.noaa.gov's page -- GOES-8's 'earth-pointing
    malfunction', about 19 hours in a 'safe hold' before returning to operations at 9:45 p.m. EST Oct. 27 (1998),
    GOES-10 programmed to cover for it, NOAA, NASA and Space Systems/Loral engineers, Gerald Dittberner, 'NOAA's GOES
    program manager';
  - the National Weather Service Headquarters' public information statement of Aug 23, 1993, 'CONTROLLERS LOSE
    CONTACT WITH NOAA-13 WEATHER SATELLITE', as UCAR Unidata's archive of the nws-changes mailing list holds it --
    last contact with NOAA-13 on Saturday, Aug. 21, at 7:15 p.m. EDT, engineers of NOAA, NASA and Martin Marietta
    Astro Space ('manufacturer of the satellite'), the NOAA-NASA polar-orbiting satellite programme, NOAA-11 and
    NOAA-12 still in service.
US federal government works (17 U.S.C. 105): two NOAA press texts and an NWS statement. The texts are the search
tool's page-store excerpts (corpus `pages`; never a whole page), saved verbatim to /tmp/gather64e/src by
/tmp/gather64e/mk_src.py (1,990, 2,000 and 1,960 characters). Left out: the site line 'NESDIS News Archive', the date
line 'May 29, 2013' (-> `published`), the headline (-> `title`) and the two image captions 'GOES Satellite' and
'GOES-13 Satellite-Artist Rendering' (GOES-13); the release number 'NOAA 98-77', the contact line 'Contact:  Randee
Exler  FOR IMMEDIATE RELEASE', the date '10/28/98' (-> `published`) and the headline (-> `title`) (GOES-8); the
archive's note ('NOTE: The nws-changes mailing list is no longer active. ...'), its 'Posted: ... Msg: ... Subj: ...'
line, the wire header ('WSHPNSWSH ADMN81 KWBC 231933 NATIONAL WEATHER SERVICE HEADQUARTERS PUBLIC INFORMATION
STATEMENT 325 PM EDT MON AUG 23 1993'), the headline (-> `title`), the contact sentence ('For more information, call
Patricia Viets, NOAA/NESDIS, at (301) 763-2560.'), the sign-off 'NWS PUBLIC AFFAIRS END' and the archive's trailing
'nws-changes archives:' (NOAA-13). Cuts: GOES-13 after '... experiences trouble.', before the paragraph the excerpt
breaks off ('... polar-operational environmental sate'; `truncated`); GOES-8 inside its last paragraph at a sentence
end, after '... for weather forecasters and researchers.', before the sentence the excerpt breaks off ('It is the same
imagery seen'; `truncated`); NOAA-13 whole (its statement ends with the contact sentence and sign-off; not truncated).
No word added or changed; `verify()` checks that every kept paragraph (and title) is in its saved excerpt, whitespace
runs (the excerpt's line breaks) compared as one space. newskg (or any extractor) was not run on the texts.
usage: batch63e.py [POOL_DIR] [--dry]   (default /tmp/gather64e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64e/pool"
SRC = "/tmp/gather64e/src"

CHECKED = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over "
           "train, dev and test: names of matching files only; no test file opened), GATHERING.md, every gather "
           "script, the session-57 pools (/tmp/gather64*/pool) and /work/notes/gather63/CLAIMS.txt and "
           "/work/notes/gather64/CLAIMS.txt (none held a text on this matter when checked), and claimed in "
           "/work/notes/gather64/CLAIMS.txt: ")

KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- weather satellites, US: GOES-13 stops producing data, May 22, 2013 (NESDIS News Archive, May 29, 2013) ---------
U1 = "http://www.nesdis.noaa.gov/news_archives/goes13_reactivated.html"
T1 = "NOAA\u2019s GOES-13 reactivated, as engineers pinpoint cause of trouble, GOES-14 still temporary GOES-East satellite"
P1 = [
 "NOAA officials are bringing the Geostationary Operational Environmental Satellite (GOES)-13 out of orbital storage "
 "mode, allowing engineers to continue analyzing data from the spacecraft and instruments to pinpoint the source of a "
 "change in motion that caused its instruments to automatically shut down last week.",
 "GOES-13, the GOES-East satellite, stopped producing imaging and sounding data on May 22. As an immediate, temporary "
 "measure, NOAA configured GOES-15, the West Coast satellite parked at 135 degrees longitude, to provide additional "
 "coverage of the eastern United States and part of the Atlantic Ocean. During the early hours of May 23, NOAA then "
 "activated GOES-14 from its orbital storage position at 105 degrees W longitude to provide coverage of the East "
 "Coast and will continue to operate as the temporary GOES-East satellite, while engineers analyze GOES- 13.",
 "\"As we've already seen this year, severe weather is a constant, potentially deadly, threat in the United States, "
 "which means NOAA\u2019s satellites -- including the back-ups -- must be ready for action, so the flow of data and "
 "imagery can continue without interruption,\" said Mary Kicza, assistant administrator for NOAA\u2019s Satellite and "
 "Information Service.",
 "NOAA is prepared to move GOES-14 eastward to better enable NOAA forecasters to track severe weather that impacts "
 "the East Coast, including any potential tropical activity brewing in the Atlantic Ocean and Gulf Coast.",
 "At all times, NOAA operates two GOES spacecraft \u2013 one in the East and the other in the West \u2013 both hovering "
 "22,300 miles above the equator. NOAA always keeps an additional GOES in orbital storage mode ready to step in if "
 "one of the active satellites experiences trouble."]
KEPT["us-noaa-goes-13-reactivated-goes-14-temporary-goes-east-2013"] = ("noaa-goes13-reactivated-2013.txt", T1, P1)
R.append(federal(
 "us-noaa-goes-13-reactivated-goes-14-temporary-goes-east-2013", U1, "2013-05-29", T1, "\n\n".join(P1),
 "space/weather satellites", "outage,satellite failure,weather satellite,backup",
 "U.S. Department of Commerce, National Oceanic and Atmospheric Administration (NOAA), National Environmental "
 "Satellite, Data, and Information Service, NESDIS News Archive, '" + T1 + "', May 29, 2013, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "US NOAA NESDIS news item on nesdis.noaa.gov (search tool page store)",
 "A NOAA news item (a US federal work, public domain) as NESDIS's own site carries it in its news archive: "
 "first-party text. Left out: the site line 'NESDIS News Archive', the headline (-> `title`, with its curly "
 "apostrophe), the date line 'May 29, 2013' (-> `published`), and the two image captions between the date and the "
 "first paragraph ('GOES Satellite', 'GOES-13 Satellite-Artist Rendering'). Cut after the fifth paragraph ('... "
 "experiences trouble.'), before the paragraph the store's excerpt breaks off ('Additionally, NOAA operates the "
 "polar-operational environmental sate') (`truncated`), so NOAA's polar satellites are not in the text. No word added "
 "or changed. Kept as written: 'the Geostationary Operational Environmental Satellite (GOES)-13' (the acronym inside "
 "the name), 'GOES- 13' (a space after the hyphen, as the page has it), the curly apostrophes of 'NOAA\u2019s' in the "
 "quotation and the attribution beside the straight one of 'we've', the double hyphens '--' inside the quotation and "
 "the en dashes of the last paragraph, 'the West Coast satellite parked at 135 degrees longitude', '105 degrees W "
 "longitude'. 270 words (whitespace-split), five paragraphs. One outage told: GOES-13 'stopped producing imaging and "
 "sounding data on May 22' (its instruments shut down automatically after 'a change in motion'); the backups GOES-15 "
 "and GOES-14 kept the data flowing, so no other service is said to have been lost. Found at rank 3 of the query "
 "'NOAA GOES-13 satellite anomaly stopped sending imagery GOES-15 backup activated' (rank 1 nnvl.noaa.gov, a "
 "caption of about 300 characters; ranks 2 and 4-8 news and blogs). One text per matter: GOES-13's failure of 22 May "
 "2013 and its return to service on 10 June 2013 (fcw.com's story, news) are one matter; GOES-13's earlier outage of "
 "September-October 2012 (the sounder's vibration) is another. " + CHECKED + "'GOES-13', 'GOES-14', 'GOES-15', "
 "'Kicza', 'nesdis', 'Satellite and Information Service': 0 hits anywhere; 'GOES' only as the English word 'goes'.",
 True))

# ---- weather satellites, US: GOES-8's safe hold, October 27, 1998 (NOAA 98-77, 10/28/98; UNT's EOT 2008 archive) ----
U2 = ("https://webarchive.library.unt.edu/eot2008/20090507000452/http:/www.publicaffairs.noaa.gov/pr98/oct98/"
      "noaa98-77.html")
T2 = "NOAA'S GOES-8 RETURNING TO SERVICE"
P2 = [
 "The National Oceanic and Atmospheric Administration's GOES-8 weather satellite is once again monitoring the "
 "movements of Hurricane Mitch, following a successful recovery from an earth-pointing malfunction, the Commerce "
 "Department agency announced. The weather satellite spent approximately 19 hours in a \"safe hold\" before "
 "returning to operations at 9:45 p.m. EST Oct. 27.",
 "Preliminary analysis by NOAA, NASA and Space Systems/Loral engineers point to potential problems in the area of the "
 "spacecraft sensor that controls the satellite's earth-pointing capability. Spacecraft operators at NOAA's National "
 "Environmental Satellite, Data, and Information Service's Satellite Operations Control Center in Suitland, Md., "
 "switched to the satellite's backup or \"redundant\" earth sensor, which is currently controlling the satellite in "
 "its normal on-orbit mode. A possible cause of the problem may have been an electrostatic discharge, but analysis is "
 "still underway.",
 "\"GOES-8 operations are returning to normal and our engineers continue to closely monitor the spacecraft's "
 "performance,\" said Gerald Dittberner, NOAA's GOES program manager. \"GOES-8 is expected to return to full service "
 "when pointing accuracy returns to normal. We expect this to occur on Thursday, Oct. 29.\"",
 "Until the navigation stabilizes, individual images will be useful, but sequences of images will be misaligned.",
 "While GOES-8 was off-line, there was no interruption of services to meteorologists at NOAA's Tropical Prediction "
 "Center/National Hurricane Center in Miami, Fla., who are providing warnings about Hurricane Mitch. NOAA satellite "
 "controllers programmed a companion satellite, GOES-10, to cover for the GOES-8 outage.",
 "NOAA's GOES satellites continue to provide an excellent set of real-time weather data for weather forecasters and "
 "researchers."]
KEPT["us-noaa-goes-8-returning-to-service-safe-hold-1998"] = ("noaa-98-77-goes8-returning-1998.txt", T2, P2)
R.append(federal(
 "us-noaa-goes-8-returning-to-service-safe-hold-1998", U2, "1998-10-28", T2, "\n\n".join(P2),
 "space/weather satellites", "outage,satellite failure,weather satellite,safe hold",
 "U.S. Department of Commerce, National Oceanic and Atmospheric Administration, press release NOAA 98-77, '" + T2 +
 "', 10/28/98, US federal government work (public domain); text of publicaffairs.noaa.gov's page as the University "
 "of North Texas Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U2,
 "US NOAA press release, publicaffairs.noaa.gov page as archived in the End of Term 2008 web archive "
 "(webarchive.library.unt.edu; search tool page store)",
 "A NOAA press release (a US federal work, public domain) as NOAA's public-affairs site carried it, in the End of "
 "Term 2008 web archive's capture (20090507000452) at the University of North Texas Libraries -- the archive the "
 "corpus's DOJ and SEC texts of earlier rounds were taken from; the capture reproduces the agency's page. Left out: "
 "the release number 'NOAA 98-77', the contact line ('Contact:  Randee Exler ... FOR IMMEDIATE RELEASE'), the date "
 "line '10/28/98' (-> `published` 1998-10-28) and the headline (-> `title`, in capitals as written). Cut inside the "
 "last paragraph at a sentence end, after 'NOAA's GOES satellites continue to provide an excellent set of real-time "
 "weather data for weather forecasters and researchers.', before the sentence the store's excerpt breaks off ('It "
 "is the same imagery seen') (`truncated`). No word added or changed. Kept as written: 'Preliminary analysis by NOAA, "
 "NASA and Space Systems/Loral engineers point to' (the verb as written), 'the Commerce Department agency', 'a \"safe "
 "hold\"', '9:45 p.m. EST Oct. 27' (the year only in the date line), 'Suitland, Md.', 'Tropical Prediction "
 "Center/National Hurricane Center in Miami, Fla.', 'Thursday, Oct. 29'. 256 words (whitespace-split), six "
 "paragraphs. One outage told: GOES-8 in a 'safe hold' for about 19 hours after 'an earth-pointing malfunction', "
 "back in operation at 9:45 p.m. EST on October 27 (GOES-10 covering; the Tropical Prediction Center's services "
 "not interrupted). Found at rank 7 of the query 'NESDIS news archive NOAA satellite outage spacecraft anomaly safe "
 "hold instruments data interruption users' (rank 8 a Wired story on the same failure, news; ranks 1-2 ospo.noaa.gov "
 "data-delay notices, lists of times; rank 3 the NWS statement of this batch's third text). One text per matter: "
 "GOES-8's safe hold of October 1998 (this release and any NOAA notice on it). " + CHECKED + "'GOES-8', 'GOES 8', "
 "'Dittberner', 'Hurricane Mitch', 'Suitland', 'publicaffairs.noaa.gov': 0 hits anywhere; 'Space Systems/Loral' "
 "in one test file's name list and batch 45x's script (FCC satellite licence texts, other matters).",
 True))

# ---- weather satellites, US: contact with NOAA-13 lost, Aug. 21, 1993 (NWS statement, Aug 23, 1993; Unidata copy) ---
U3 = "https://unidata.ucar.edu/mailing_lists/archives/nws-changes/1993/msg00032.html"
T3 = "CONTROLLERS LOSE CONTACT WITH NOAA-13 WEATHER SATELLITE"
P3 = [
 "Satellite controllers have lost contact with NOAA-13, an environmental satellite launched Aug. 9, 1993, the "
 "National Oceanic and Atmospheric Administration (NOAA) said today. The last contact with the polar-orbiting "
 "satellite was Saturday, Aug. 21, at 7:15 p.m. EDT. Subsequent attempts to contact the satellite have been "
 "unsuccessful. Engineers from NOAA, the National Aeronautics and Space Administration (NASA), and Martin Marietta "
 "Astro Space, manufacturer of the satellite, are currently trying to determine the problem and how to correct it. "
 "NOAA-13, successfully launched by the Air Force for NASA and NOAA, is designed to monitor Earth's oceans and "
 "atmosphere. The satellite collects meteorological and ocean data for direct transmission to users around the world "
 "and to central data processing centers. NOAA's polar-orbiting satellite program is a cooperative effort with NASA, "
 "which, through its Goddard Space Flight Center, Greenbelt, Md., develops and procures the spacecraft before turning "
 "the satellite over to NOAA for operations. NOAA's polar-orbiting satellite system consists of NOAA-11, launched in "
 "September 1988, and NOAA-12, launched in May 1991. Both satellites are continuing to provide environmental data to "
 "users around the world. NOAA-13 was planned to replace NOAA-11, but with the continued availability of NOAA-11 and "
 "-12, there is no immediate impact to NOAA's National Weather Service's forecast and warning program."]
KEPT["us-nws-controllers-lose-contact-noaa-13-weather-satellite-1993"] = ("nws-noaa13-loss-of-contact-1993.txt", T3, P3)
R.append(federal(
 "us-nws-controllers-lose-contact-noaa-13-weather-satellite-1993", U3, "1993-08-23", T3, "\n\n".join(P3),
 "space/weather satellites", "outage,satellite failure,weather satellite,loss of contact",
 "U.S. Department of Commerce, National Oceanic and Atmospheric Administration, National Weather Service "
 "Headquarters, public information statement, '" + T3 + "', Aug 23, 1993 (NWS Public Affairs), US federal "
 "government work (public domain); text as UCAR Unidata's archive of the nws-changes mailing list reproduces it, "
 "from the search tool's page store at " + U3,
 "US NWS public information statement via UCAR Unidata's nws-changes mailing-list archive (search tool page store)",
 "An NWS Headquarters public information statement (a US federal work, public domain: written by NWS Public Affairs "
 "and relaying NOAA's announcement) as the nws-changes mailing list carried it and UCAR Unidata's list archive keeps "
 "it, with the wire header and sign-off of the original message; a verbatim archive copy of a federal text, as "
 "the NPS Morning Reports of batches 35s-36u came through the npshistory.com archive (doubtful: the archive is not "
 "the agency's own site; no first-party copy found in the page store). Left out: the archive's note ('NOTE: The "
 "nws-changes mailing list is no longer active. The list archives are made available for historical reasons.'), the "
 "list's 'Posted: Mon, Aug 23, 1993 3:50 PM EDT Msg: HGJD-5859-9142 Subj: LOSS OF NOAA 13 SATELLITE COMMS' line, "
 "the wire header 'WSHPNSWSH ADMN81 KWBC 231933 NATIONAL WEATHER SERVICE HEADQUARTERS PUBLIC INFORMATION STATEMENT "
 "325 PM EDT MON AUG 23 1993' (-> `published` 1993-08-23), the headline (-> `title`, in capitals as written), the "
 "contact sentence 'For more information, call Patricia Viets, NOAA/NESDIS, at (301) 763-2560.' (a boilerplate "
 "contact line), the sign-off 'NWS PUBLIC AFFAIRS END' and the archive's trailing 'nws-changes archives:'. The "
 "statement's body is kept whole, as one paragraph (the archive runs it on one line) (not `truncated`). No word added "
 "or changed. Kept as written: 'the National Oceanic and Atmospheric Administration (NOAA) said today', 'Saturday, "
 "Aug. 21, at 7:15 p.m. EDT', 'Martin Marietta Astro Space, manufacturer of the satellite', 'launched by the Air "
 "Force for NASA and NOAA', 'a cooperative effort with NASA, which, through its Goddard Space Flight Center, "
 "Greenbelt, Md., develops and procures the spacecraft', 'NOAA-11 and -12'. 210 words (whitespace-split). One "
 "outage told, doubtful: contact with the new satellite lost after Aug. 21 (a satellite failure; the text says there "
 "is 'no immediate impact' to forecasting, NOAA-11 and NOAA-12 still serving users). Found at rank 3 of the query "
 "'NESDIS news archive NOAA satellite outage spacecraft anomaly safe hold instruments data interruption users'. One "
 "text per matter: the loss of NOAA-13 in August 1993. " + CHECKED + "'NOAA-13', 'NOAA 13', 'Martin Marietta Astro', "
 "'Viets', 'unidata': 0 hits anywhere.",
 False))


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
