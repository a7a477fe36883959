#!/usr/bin/env python3
"""Batch 53zf (session 54, gatherer 53zf): company relations told in a US Federal Communications Commission text (a US
federal public-domain work, 17 U.S.C. 105), a further round in the FCC commercial-radio transaction lane of batches
15f, 43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc,
53a, 53g, 53o, 53s, 53y, 53za and 53zd (50l and 52s null rounds), on one radio matter no corpus file holds --
  - the Media Bureau's letter DA 13-670 dated and released 9 April 2013 (reference 1800B3-CEG; File No.
    BAL-20120316AAP) on the petition of La Poderosa, LLC and Carlos S. Guerrero for reconsideration of the grant, on 3
    August 2012, of GB Enterprises Communications, Corporation's application for the involuntary assignment of the
    licence of WHNR(AM), Cypress Gardens, Florida, to George R. Reed, Receiver (petition granted), and on the debt of
    Martin Santos, GB's former president and sole stockholder, to Edward Olivares (the FCC's EDOCS text file on
    docs.fcc.gov).
The text is the search tool's page-store excerpt (corpus `pages`). Left out: the letterhead 'Federal Communications
Commission Washington, D.C. 20554', the date line 'April 9, 2013' (the same day as the release line, which is kept),
'DA 13-670', 'In Reply Refer to: 1800B3-CEG', the addressee block (Lewis J. Paper, Esq.; Edward Olivares, President, GB
Enterprises Communications, Corporation; Barry D. Wood, Esq.; Martin Santos; with their addresses) and 'Dear Counsel and
Applicant:', as 53zd left its letterhead and addressees out; the footnote markers '1' (after '(\u201cApplication\u201d),'),
'2' (after 'pleadings.') and '3' (after '$48,020.85.'). Kept: 'Released: April 9, 2013' and the 'In re:' line (its
parts in one run, as 52p-53zd), each on its own line; the first paragraph whole (two sentences); the run-in heading
'Background.' with its first sentence (52p's call), as its own paragraph. Cut before 'According to Petitioners, Santos
also defaulted on a debt to Poderosa for around $770,000,' (the sentence runs into footnotes 1-3's text before it ends,
and the excerpt breaks off inside footnote 3) and all after; `truncated`. No word added or changed. Per-item notes in
`notes`. The excerpt saved by hand in /tmp/gather54zf/src (whnr.txt, with its address and query);
/tmp/gather54zf/src/check.py shows each kept paragraph a run of the excerpt once the left-out parts are taken out.
Written before any extractor ran on the text (newskg was not run on it).
usage: batch53zf.py [POOL_DIR] [--dry]   (default /tmp/gather54zf/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zf/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zd "
         "at the last check; none on this matter): ")
R = []

# ---- GB Enterprises Communications, Corporation / WHNR(AM), Cypress Gardens: involuntary assignment to George R. Reed,
# ---- Receiver; La Poderosa's petition for reconsideration granted, DA 13-670, 2013 -------------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-13-670A1.txt"
R.append(federal(
 "us-fcc-gb-enterprises-communications-whnr-am-cypress-gardens-reed-receiver-involuntary-assignment-poderosa-reconsideration-letter-2013",
 U1, "2013-04-09",
 "WHNR(AM), Cypress Gardens, Florida; Petition for Reconsideration",
 "Released: April 9, 2013\n\n"
 "In re: WHNR(AM), Cypress Gardens, Florida Facility ID No. 21766 File No. BAL-20120316AAP Petition for "
 "Reconsideration\n\n"
 "We have before us a Petition for Reconsideration (\u201cPetition\u201d) filed by La Poderosa, LLC "
 "(\u201cPoderosa\u201d) and Carlos S. Guerrero (collectively, \u201cPetitioners\u201d) on September 4, 2012, seeking "
 "reconsideration of the August 3, 2012, grant of the above-referenced application of GB Enterprises "
 "Communications, Corporation (\u201cGB\u201d) for involuntary assignment of the license of AM broadcast station "
 "WHNR(AM), Cypress Gardens, Florida (the \u201cStation\u201d), to George R. Reed, Receiver (\u201cReed\u201d) (the "
 "\u201cApplication\u201d), and related responsive pleadings. For the reasons stated below, we grant the Petition.\n\n"
 "Background. Martin Santos (\u201cSantos\u201d), former president and 100 percent stockholder of GB, the assignor in "
 "this case, defaulted on a personal debt to Edward Olivares (\u201cOlivares\u201d) in the amount of $48,020.85.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 13-670, 'In re: WHNR(AM), Cypress "
 "Gardens, Florida, File No. BAL-20120316AAP, Petition for Reconsideration', reference 1800B3-CEG, dated and released "
 "April 9, 2013, US federal government work (public domain); text as the FCC's EDOCS text file holds it, from the "
 "search tool's page store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 13-670 (dated and released 9 April 2013; reference 1800B3-CEG, the Audio Division's "
 "series; File No. BAL-20120316AAP) on the petition of La Poderosa, LLC and Carlos S. Guerrero, filed 4 September "
 "2012, for reconsideration of the grant on 3 August 2012 (DA 12-1262, George R. Reed, Receiver, 27 FCC Rcd 9048) of "
 "GB Enterprises Communications, Corporation's application for the involuntary assignment of the licence of "
 "WHNR(AM), Cypress Gardens, Florida, to George R. Reed, Receiver -- the petition granted -- as the FCC's own EDOCS "
 "text file holds it (one run of text; footnote text where the page ends); an FCC letter is a US federal work, public "
 "domain (batch 15f). One rendering of this letter came back. Left out: the letterhead 'Federal Communications "
 "Commission Washington, D.C. 20554'; the date line 'April 9, 2013' (the same day as 'Released: April 9, 2013', "
 "which is kept; 53zd kept a date line only because it differed from the release); 'DA 13-670'; 'In Reply Refer to: "
 "1800B3-CEG'; the addressee block ('Lewis J. Paper, Esq. Pillsbury Winthrop Shaw Pittman, LLP ...; Edward Olivares, "
 "President GB Enterprises Communications, Corporation ...; Barry D. Wood, Esq. Wood, Martin & Hardy, PC ...; Martin "
 "Santos ...' with their addresses); the salutation 'Dear Counsel and Applicant:'; the footnote markers '1' (after "
 "'(\u201cApplication\u201d),'), '2' (after 'pleadings.') and '3' (after '$48,020.85.'). Kept: 'Released: April 9, "
 "2013' and the 'In re:' line (its parts in one run), each on its own line; the first paragraph whole (two "
 "sentences); the run-in heading 'Background.' and its first sentence as their own paragraph (52p's call; the "
 "excerpt runs all in one line). Cut before 'According to Petitioners, Santos also defaulted on a debt to Poderosa "
 "for around $770,000,' (the sentence runs into the text of footnotes 1 to 3 before it ends, and the excerpt breaks "
 "off inside footnote 3) and all after; `truncated` (what granting the petition means for the licence lies past the "
 "kept text). `title` is the 'In re:' line without its facility and file numbers, its parts joined with '; ' (52p's "
 "and 53zd's form). Kept as written: the curly quotation marks; 'GB Enterprises Communications, Corporation' (the "
 "comma as written here; DA 12-1262 and DA 13-2356 write 'Corp.' without it); 'above-referenced'; 'AM broadcast "
 "station'; '100 percent'; '$48,020.85'. In the lane (an involuntary assignment of a commercial AM licence to a "
 "court-appointed receiver; 53zd's lead: receiver deals found by party names, then the FCC text by receiver, call "
 "sign and assignor). Found with 'WHNR(AM) Cypress Gardens George R. Reed Receiver GB Communications La Poderosa "
 "petition for reconsideration' (rank 3), the names taken from an RBR story ('FCC causes license move to receiver to "
 "fall incomplete', not an open licence) that came back for 'involuntary assignment of license to court-appointed "
 "receiver radio station AM FM Audio Division grant 2012 receivership' (rank 8). The same matter's letters DA "
 "12-1262 (3 August 2012, the grant under review, with Florida Spanish Communications Corp.'s earlier assignment "
 "rescinded) and DA 13-2356 (12 December 2013, Reed's petition for partial reconsideration denied) came back beside "
 "it and were not taken (one text per matter). " + CHECK +
 "'WHNR', 'GB Enterprises', 'GB Communications', 'La Poderosa', 'George R. Reed', 'Martin Santos', 'Olivares', "
 "'Cypress Gardens', 'Florida Spanish', '13-670', '12-1262', '13-2356', 'BAL-20120316': in no corpus file, "
 "GATHERING.md line, other script, note or pool; 'Guerrero' only as other persons; '1800B3-CEG' (a staff reference "
 "code many letters share) only in other matters' files and notes.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
