#!/usr/bin/env python3
"""Batch 53zd (session 54, gatherer 53zd): company relations told in a US Federal Communications Commission text (a US
federal public-domain work, 17 U.S.C. 105), a further round in the FCC commercial-radio transaction lane of batches
15f, 43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc,
53a, 53g, 53o, 53s, 53y and 53za (50l and 52s null rounds), on one radio matter no corpus file holds --
  - the Audio Division's letter DA 09-1796 dated 11 August and released 12 August 2009 (reference 1800B3-SS/BG; File
    Nos. BALH-20090310ADD, BALH-20090427ABP) on the proposed voluntary assignments of WTHG(FM), Hinesville, Georgia,
    from Scott Savage, Receiver, to WRGO-FM Radio, LLC d/b/a Savannah Radio, and of WFJO(FM), Folkston, Georgia,
    WHJX(FM), Baldwin, Florida, and WSJF(FM), St. Augustine Beach, Florida, from the Receiver to Family Broadcasting,
    LLC, licences formerly held by Tama Broadcasting, Inc., and on the informal objections of Dr. Glenn Cherry, its
    former chief executive (the FCC's EDOCS text file on docs.fcc.gov).
The text is the search tool's page-store excerpt (corpus `pages`). Left out: the letterhead 'Federal Communications
Commission Washington, D.C. 20554', 'DA 09-1796', 'In Reply Refer to: 1800B3-SS/BG', the addressee block (counsel
Percy Squire, Esq., Percy Squire Co., LLC, and Mark J. Prak, Esq., Brooks, Pierce, McLendon, Humphrey & Leonard,
L.L.P., with their addresses) and 'Dear Counsel:', as 52y left KFCD's out; the footnote markers '1' (after
'(\u201cTama\u201d).') and '2' (after 'filed by Cherry.'); and, inside the sentence 'We also have before us (3) ...'
(between 'WSJF(FM), St.' and 'Augustine Beach'), footnote 1's text as the file runs it in at the page break ('1 The
Receiver, Tama, and WRGO-FM Radio, LLC d/b/a Savannah Radio, filed a consolidated Opposition to the Georgia Objection
on April 29, 2009.') and the page number '2' (52y's KFCD call). Kept: the letter's date 'August 11, 2009' (a day
before the release, so kept as 53za kept WINU's date line), 'Released: August 12, 2009' and the 'In re:' line (its
parts in one run, as 52p, 52v, 52w and 52y), each on its own line; then the first paragraph's first three sentences.
Cut before 'For the reasons set forth below, we deny the Georgia and Florida/Georgia Objections, ... and grant the
Georgia and Florida/Georgia Appl' (the excerpt breaks off inside it) and all after; `truncated`. No word added or
changed. Per-item notes in `notes`. The excerpt saved by hand in /tmp/gather54zd/src (tama.txt, with its address and
queries; save_tama.py wrote it); /tmp/gather54zd/src/check.py shows each kept paragraph a run of the excerpt once the
left-out parts are taken out. Written before any extractor ran on the text (newskg was not run on it).
usage: batch53zd.py [POOL_DIR] [--dry]   (default /tmp/gather54zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zd/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zb "
         "at the last check; none on this matter): ")
R = []

# ---- Scott Savage, Receiver -> WRGO-FM Radio, LLC (WTHG) and Family Broadcasting, LLC (WFJO, WHJX, WSJF), 2009 ------
U1 = "https://docs.fcc.gov/public/attachments/DA-09-1796A1.txt"
R.append(federal(
 "us-fcc-scott-savage-receiver-wrgo-fm-radio-family-broadcasting-wthg-wfjo-whjx-wsjf-assignments-cherry-objections-letter-2009",
 U1, "2009-08-12",
 "WFJO(FM), Folkston, Georgia; WHJX(FM), Baldwin, Florida; WSJF(FM), St. Augustine Beach, Florida; WTHG(FM), "
 "Hinesville, Georgia; Applications for Assignment of Licenses; Informal Objections",
 "August 11, 2009\n\n"
 "Released: August 12, 2009\n\n"
 "In re: WFJO(FM), Folkston, Georgia Facility ID No. 22005 WHJX(FM), Baldwin, Florida Facility ID No. 52032 "
 "WSJF(FM), St. Augustine Beach, Florida Facility ID No. 53672 File No. BALH-20090427ABP WTHG(FM), Hinesville, "
 "Georgia Facility ID No. 7816 File No. BALH-20090310ADD Applications for Assignment of Licenses Informal "
 "Objections\n\n"
 "We have before us (1) the referenced application (the \u201cGeorgia Application\u201d) seeking approval for the "
 "proposed voluntary assignment of the license of Station WTHG(FM), Hinesville, Georgia, from Scott Savage, "
 "Receiver (\u201cReceiver\u201d) to WRGO-FM Radio, LLC d/b/a Savannah Radio; and (2) an April 21, 2009, Informal "
 "Objection (the \u201cGeorgia Objection\u201d) filed by Dr. Glenn Cherry (\u201cCherry\u201d), former Chief "
 "Executive Officer (\u201cCEO\u201d) of Tama Broadcasting, Inc. (\u201cTama\u201d). We also have before us (3) the "
 "referenced applications (the \u201cFlorida/Georgia Applications\u201d) seeking approval for the proposed "
 "voluntary assignment of the licenses of Stations WFJO(FM), Folkston, Georgia; WHJX(FM), Baldwin, Florida; and "
 "WSJF(FM), St. Augustine Beach, Florida, from Receiver to Family Broadcasting, LLC; and (4) a May 22, 2009, "
 "Informal Objection (\u201cFlorida/Georgia Objection\u201d) to the Florida/Georgia Applications filed by Cherry. "
 "The referenced licenses were formerly held by Tama.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 09-1796, 'In re: WFJO(FM), "
 "Folkston, Georgia; WHJX(FM), Baldwin, Florida; WSJF(FM), St. Augustine Beach, Florida, File No. BALH-20090427ABP; "
 "WTHG(FM), Hinesville, Georgia, File No. BALH-20090310ADD; Applications for Assignment of Licenses; Informal "
 "Objections', reference 1800B3-SS/BG, dated August 11, 2009, released August 12, 2009, US federal government work "
 "(public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 09-1796 (dated 11 August, released 12 August 2009; reference 1800B3-SS/BG; File Nos. "
 "BALH-20090310ADD and BALH-20090427ABP) on the proposed voluntary assignment of WTHG(FM), Hinesville, Georgia, from "
 "Scott Savage, Receiver, to WRGO-FM Radio, LLC d/b/a Savannah Radio, and of WFJO(FM), Folkston, Georgia, WHJX(FM), "
 "Baldwin, Florida, and WSJF(FM), St. Augustine Beach, Florida, from the Receiver to Family Broadcasting, LLC -- "
 "licences formerly held by Tama Broadcasting, Inc. -- and on the informal objections of 21 April and 22 May 2009 "
 "filed by Dr. Glenn Cherry, Tama's former chief executive officer, as the FCC's own EDOCS text file holds it (one "
 "run of text, the footnotes' text where the page breaks); an FCC letter is a US federal work, public domain (batch "
 "15f). One stored rendering of the letter came back, by two queries. Left out: the letterhead 'Federal "
 "Communications Commission Washington, D.C. 20554'; 'DA 09-1796'; 'In Reply Refer to: 1800B3-SS/BG'; the addressee "
 "block ('Percy Squire, Esq. Percy Squire Co., LLC 514 S. High Street Columbus, OH 43215 Mark J. Prak, Esq. Brooks, "
 "Pierce, McLendon, Humphrey & Leonard, L.L.P. P.O. Box 1800 Raleigh, NC 27602'); the salutation 'Dear Counsel:'; "
 "the footnote markers '1' (after '(\u201cTama\u201d).') and '2' (after 'filed by Cherry.'); and, inside the "
 "sentence 'We also have before us (3) ...' (between 'WSJF(FM), St.' and 'Augustine Beach'), footnote 1's text as "
 "the file runs it in at the page break ('1 The Receiver, Tama, and WRGO-FM Radio, LLC d/b/a Savannah Radio, filed "
 "a consolidated Opposition to the Georgia Objection on April 29, 2009.') and the page number '2' (52y's KFCD call). "
 "Kept: the letter's date 'August 11, 2009' (it differs from the release date, so kept as 53za kept WINU's date "
 "line), 'Released: August 12, 2009' and the 'In re:' line (its parts in one run), each on its own line; then the "
 "first paragraph's first three sentences. Cut before 'For the reasons set forth below, we deny the Georgia and "
 "Florida/Georgia Objections, admonish Cherry for filing frivolous and obstructive pleadings, and grant the Georgia "
 "and Florida/Georgia Appl' (the excerpt breaks off inside it) and all after; `truncated` (the grant lies past the "
 "kept text). `title` is the 'In re:' line without its facility and file numbers, its parts joined with '; ' (52p's "
 "and 52y's form). Kept as written: the curly quotation marks; 'Dr. Glenn Cherry'; 'd/b/a'; 'Florida/Georgia'; "
 "'from Receiver to' (no article, as written); the commas after 'April 21, 2009' and 'May 22, 2009'. In the lane "
 "(voluntary assignments of commercial FM licences held by a court-appointed receiver, pending in the kept text; "
 "53za's lead: assignments by trustees or receivers). Found with 'Scott Savage Receiver WTHG Hinesville WRGO-FM "
 "Radio LLC Family Broadcasting assignment Cherry objection admonish' (rank 3) and 'Tama Radio Licenses of Tampa "
 "Florida involuntary assignment receiver Supreme Court of the State of New York Cherry informal objection' (rank "
 "8); the matter first showed in an FCC appellate brief (DOC-303714, Cherry v. FCC, on the earlier involuntary "
 "assignment to the Receiver) found with 'Tama Radio Licenses receiver Scott Savage involuntary assignment of "
 "license Glenn Cherry Audio Division'. " + CHECK +
 "'WRGO', 'Savannah Radio', 'Family Broadcasting', 'Tama Broadcasting', 'Tama Radio', 'Scott Savage', 'Glenn "
 "Cherry', 'Glenn W. Cherry', 'Percy Squire', 'WTHG', 'WFJO', 'WHJX', 'WSJF', 'WTMP', 'Folkston', 'Hinesville', "
 "'09-1796', '14-86', 'BALH-20090427', 'BALH-20090310', '1800B3-SS/BG': in no corpus file, GATHERING.md line, "
 "script, note or pool. 'Savage' elsewhere only as 53za's Annabelle Savage (another person, another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
