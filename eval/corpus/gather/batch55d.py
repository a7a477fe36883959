#!/usr/bin/env python3
"""Batch 55d (session 54, gatherer 55d): three US federal texts on company cases of the Justice Department and of the
FDA's Office of Criminal Investigations -- the District of Colorado's release on Instec, Inc. of Boulder, Colorado, and
'Dr. Zhong Zou, Instec's owner and president' agreeing to pay $625,000 over false Buy American Act certifications on
scientific instruments sold to federal agencies (7 September 2022, justice.gov); the Western District of New York's
release on ISTA Pharmaceuticals, Inc. pleading guilty over the misbranding of its drug Xibrom and kickbacks, a $33.5
million global settlement (24 May 2013, justice.gov); and the FDA Office of Criminal Investigations' enforcement story
on EndoVascular Technologies, Inc. (EVT), 'a subsidiary of Guidant Corporation', charged for not reporting 2,628
adverse events of its Ancure endograft system (the OCI's 2003 stories, fda.gov; undated in the excerpt) -- (US federal
government works, 17 U.S.C. 105), a round of session 54 in the DOJ company-case lane after 54zr (and 54zm, 54zh, 54zc,
54x, 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name and address
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather56 and the session-54
pools) -- federal text, as the search tool's page store holds it:
  - U.S. Attorney's Office, District of Colorado, 'Colorado Company and Owner Agree to Pay $625,000 for Alleged False
    Claims Related to Buy American Act' (7 September 2022): Instec, Inc., Zhong Zou, Brian M. Boynton, the Department
    of Justice and its Civil Division, the Department of Energy, the U.S. Navy, the U.S. Army, NASA (justice.gov's
    'usao-co/pr/colorado-company-and-owner-agree-pay-625000-alleged-false-claims-related-buy-american-act');
  - U.S. Attorney's Office, Western District of New York, release on ISTA Pharmaceuticals, Inc.'s guilty plea (24 May
    2013; its headline is not in the excerpt): ISTA Pharmaceuticals, Inc., Xibrom, William J. Hochul, Jr., Richard J.
    Arcara, MaryEllen Kresse, the Food and Drug Administration (justice.gov's
    'usao-wdny/pr/ista-pharmaceuticals-inc-plead-guilty-federal-felony-charges-will-pay-335-million');
  - FDA, Office of Criminal Investigation, 2003 enforcement story 'Failure to Report Serious Adverse Events Results in
    Convictions' (undated in the excerpt): EndoVascular Technologies, Inc. (EVT), Guidant Corporation, the Ancure
    endograft system, OCI's Metro Washington Field Office, Senator Edward Kennedy (fda.gov's old address
    'ICECI/EnforcementActions/EnforcementStory/EnforcementStoryArchive/ucm096377.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather56d/src by /tmp/gather56d/save_src.py; `verify()` checks that each kept paragraph and each title
occur in its saved excerpt, whitespace runs compared as one space). Page chrome (justice.gov's 'Skip to main content',
'Related Content', 'Press Release', 'For Immediate Release' and the office line; the FDA page's heading 'Office of
Criminal Investigation 2003', its centre line 'Center for Devices and Radiological Health' and its sub-headline) and the
headlines (kept as `title` where the excerpt has one) are left out; no word added or changed; the store's paragraphs
joined by a blank line; each text cut at the end of the last full paragraph or sentence before the store's excerpt
breaks off (Instec after its third paragraph; ISTA inside its fourth paragraph, after its first sentence; EVT after its
fourth paragraph). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55d.py [POOL_DIR] [--dry]   (default /tmp/gather56d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather56d/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -li over train, dev, "
         "test), GATHERING.md, every gather script, /work/notes/gather56 (CLAIMS.txt) and the session-54 pools "
         "/tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56d/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Instec, Inc., USAO District of Colorado, 7 September 2022 (justice.gov) ----------------------------------------
U1 = ("https://www.justice.gov/usao-co/pr/"
      "colorado-company-and-owner-agree-pay-625000-alleged-false-claims-related-buy-american-act")
T1 = "Colorado Company and Owner Agree to Pay $625,000 for Alleged False Claims Related to Buy American Act"
P1 = [
 "DENVER \u2013 The Department of Justice announced today that Instec, Inc., located in Boulder, Colorado, and Dr. "
 "Zhong Zou, Instec\u2019s owner and president, have agreed to pay $625,000 to resolve allegations that the company "
 "and Zou violated the False Claims Act by failing to comply with the requirements of the Buy American Act when "
 "selling scientific instruments to federal agencies and national laboratories.",
 "The Buy American Act was enacted in 1933 to protect U.S. manufacturing by creating a preference for domestic "
 "products when the federal government purchases supplies. The United States alleged that Instec and Zou knowingly "
 "violated the Act by falsely certifying that scientific instruments sold to the government pursuant to contracts "
 "containing domestic-preference requirements were of domestic origin, when these goods were actually manufactured "
 "in China. These instruments, including microscopy, spectroscopy and electrical probing tools with advanced "
 "precision thermal controls, were sold to multiple federal agencies and national laboratories, including the "
 "Department of Energy, the U.S. Navy, the U.S. Army, and the National Aeronautics and Space Administration.",
 "\u201cThose who contract with the government must comply with all applicable terms\u201d said Principal Deputy "
 "Assistant Attorney General Brian M. Boynton, head of the Justice Department\u2019s Civil Division. \u201cThis "
 "settlement demonstrates the department\u2019s commitment to protect American businesses by enforcing domestic "
 "preference requirements.\u201d"]
ID1 = "us-doj-usao-co-instec-owner-president-zou-buy-american-act-false-claims-625000-settlement-2022"
KEPT[ID1] = ("instec-usao-co-2022.txt", T1, P1)
R.append(federal(
 ID1, U1, "2022-09-07", T1, "\n\n".join(P1),
 "manufacturing", "legal,manufacturing,scientific instruments,False Claims Act,Buy American Act,government contracts",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Colorado, press release '" + T1 + "', 2022-09-07, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, District of Colorado) from the search "
 "tool page store",
 "The District of Colorado's release on justice.gov's current address scheme (usao-co/pr/<headline words>). `title` "
 "is the headline. Left out: 'Skip to main content', 'Press Release', the headline (title), 'For Immediate Release', "
 "'U.S. Attorney's Office, District of Colorado' (the office line). The dateline 'DENVER \u2013' (spaced en dash) is "
 "kept (it opens the first paragraph). Cut after the third paragraph (Boynton's quotation, closed), before the fourth "
 "paragraph '\u201cWhen companies commit to manufacture their goods in the United States, then shirk that commitment, "
 "they violate the law and undermine American manufacturing jobs, too. The U.S. Attorney\u2019s Office for the "
 "District of Colorado is committed to enforcing the Buy ', where the excerpt breaks off inside an unclosed quotation "
 "whose speaker it does not name (`truncated`). `published` 2022-09-07: the excerpt has no date line; Law360 (its "
 "page head 'date 2022-09-07', 'September 7, 2022, 9:28 PM EDT': 'the U.S. Department of Justice announced "
 "Wednesday' -- 7 September 2022 was a Wednesday) and Law Week Colorado ('The Department of Justice announced Sept. "
 "7') date it (both heads saved in src); a blog's 'On September 6, 2022' (textilesandtrade) stands alone and is not "
 "followed. Kept as written: 'Instec, Inc.' (comma), 'Dr. Zhong Zou, Instec\u2019s owner and president', the "
 "missing comma in '\u2026applicable terms\u201d said', curly quotes and apostrophes, 'the department\u2019s'. "
 "One text per matter: Law Week Colorado, Law360, nccar, tradelawdaily, textilesandtrade and falseclaimscounsel are "
 "the same matter and not taken. Found with 'Instec Inc. and its owner and president Zhong Zou agree to pay $625,000 "
 "False Claims Act Buy American Act' (rank 1), after tradelawdaily's digest had named the matter (rank 7 of a generic "
 "query). " + CHECK + "'Instec', 'Zhong Zou', 'Buy American', 'Brian M. Boynton', 'Finegan': 0 everywhere; "
 "'Boynton' in one dev file and one script (another person).",
 True))

# ---- ISTA Pharmaceuticals, Inc., USAO Western District of New York, 24 May 2013 (justice.gov) -----------------------
U2 = ("https://www.justice.gov/usao-wdny/pr/"
      "ista-pharmaceuticals-inc-plead-guilty-federal-felony-charges-will-pay-335-million")
P2 = [
 "BUFFALO - U.S. Attorney William J. Hochul, Jr. announced today that pharmaceutical company ISTA Pharmaceuticals, "
 "Inc. pleaded guilty to conspiracy to introduce a misbranded drug into interstate commerce and conspiracy to pay "
 "illegal remuneration in violation of the Federal Anti-Kickback Statute before U.S. District Court Judge Richard J. "
 "Arcara. The guilty pleas are part of a global settlement with the United States in which ISTA agreed to pay $33.5 "
 "million to resolve criminal and civil liability arising from its marketing, distribution and sale of its drug "
 "Xibrom, one of the largest settlements ever in the Western District of New York.",
 "According to Assistant U.S. Attorney MaryEllen Kresse, who handled the case, ISTA conspired to illegally introduce "
 "a misbranded drug, Xibrom, into interstate commerce. Under the Food, Drug and Cosmetic Act (FDCA), it is illegal "
 "for a drug company to introduce into interstate commerce any drug that the company intends will be used for uses "
 "not approved by the Food and Drug Administration (FDA). Xibrom is an ophthalmic, nonsteroidal, anti-inflammatory "
 "drug that was approved by FDA to treat pain and inflammation following cataract surgery. In order to expand sales "
 "of Xibrom outside of its approved use, ISTA conspired to introduce misbranded Xibrom into interstate commerce.",
 "\"Today's resolution sends a clear message that pharmaceutical companies cannot put profit ahead of people, by "
 "disregarding laws designed to protect the health of the American public,\" said United States Attorney William J. "
 "Hochul, Jr.",
 "Between 2005 and 2010, some ISTA employees promoted Xibrom for unapproved new uses, including the use of Xibrom "
 "following Lasik and glaucoma surgeries, and for the treatment and prevention of cystoid macular edema."]
ID2 = "us-doj-usao-wdny-ista-pharmaceuticals-xibrom-misbranding-kickback-guilty-plea-33-5-million-2013"
KEPT[ID2] = ("ista-usao-wdny-2013.txt", None, P2)
R.append(federal(
 ID2, U2, "2013-05-24", None, "\n\n".join(P2),
 "healthcare", "legal,pharmaceuticals,misbranding,off-label promotion,Anti-Kickback Statute",
 "U.S. Department of Justice, U.S. Attorney's Office, Western District of New York, press release on ISTA "
 "Pharmaceuticals, Inc.'s guilty pleas (headline not in the stored text), 2013-05-24, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Western District of New York) from the "
 "search tool page store",
 "The Western District of New York's release on justice.gov's current address scheme (usao-wdny/pr/<headline "
 "words>). The store's copy begins 'Related Content', 'Press Release' (both left out) and has no headline, so `title` "
 "is null (the address words 'ista-pharmaceuticals-inc-plead-guilty-federal-felony-charges-will-pay-335-million' are "
 "not a headline to copy; the Office of Public Affairs' own release of the same day has another headline). The "
 "dateline 'BUFFALO -' (spaced hyphen) is kept. The store's paragraphs are single-line blocks; joined by a blank line. "
 "Cut inside the fourth paragraph after its first sentence ('... cystoid macular edema.'), before 'Continuing medical "
 "education programs were used to promote Xibrom for uses that were not approved by the FDA as safe and effective, and "
 "post-operative instruction sheets for unapproved uses were p', where the excerpt breaks off mid-word (`truncated`). "
 "`published` 2013-05-24: the excerpt has no date line; a blog's verbatim copy of the Office of Public Affairs' release "
 "of the same matter ('FROM: U.S. DEPARTMENT OF JUSTICE / Friday, May 24, 2013', corporationsaccusedofcrimes, 'pled "
 "guilty earlier today') and the AP story on Yahoo ('settled in U.S. District Court in Buffalo Friday') date the pleas "
 "and their announcement (heads saved in src). Kept as written: straight quotes and apostrophe in '\"Today's "
 "resolution ...\"', 'Jr.' after a comma, '(FDCA)', '(FDA)', 'by FDA' without article. One text per matter: the OPA "
 "release (geyergorey's and the blog's copies), getnicklaw, whistleonfraud, Yahoo/AP, BioCentury and Wolters Kluwer "
 "(which say Bausch + Lomb acquired ISTA in 2012 -- this text does not) are the same matter and not taken. Found with "
 "the OPA headline 'ISTA Pharmaceuticals Inc. Pleads Guilty to Federal Felony Charges; Will Pay $33.5 Million to "
 "Resolve Criminal Liability and False Claims Act Allegations' (rank 5), after the blog's copy came at rank 7 of an "
 "FDA OCI query. " + CHECK + "'ISTA Pharmaceuticals', 'Xibrom', 'Arcara', 'Kresse', 'ista-pharmaceuticals': 0 "
 "everywhere; 'Hochul' in one dev file (the Tonawanda Coke conviction of 2013: another matter of the same "
 "office), batch54r's two scripts and GATHERING.md; 'ISTA' "
 "alone matches hundreds of words ('distant', 'assistant') and was not used.",
 True))

# ---- EndoVascular Technologies, Inc. (Guidant), FDA Office of Criminal Investigation, 2003 story (fda.gov) ----------
U3 = "http://fda.gov/ICECI/EnforcementActions/EnforcementStory/EnforcementStoryArchive/ucm096377.htm"
T3 = "Failure to Report Serious Adverse Events Results in Convictions"
P3 = [
 "OCI\u2019s Metro Washington Field Office initiated this investigation after FDA received two anonymous letters and "
 "an inquiry from Senator Edward Kennedy\u2019s office. These letters provided allegations pertaining to a medical "
 "device known as the Ancure endograft system (Ancure Device) manufactured by EndoVascular Technologies, Inc. (EVT), "
 "a subsidiary of Guidant Corporation, in Menlo Park, California.",
 "The Ancure Device is a surgically implanted device approved for treating abdominal aortic aneurysms. The "
 "allegations included the intentional failure to report serious adverse events to the FDA. Under federal law, a "
 "company is required to report to FDA any incident in which a medical device may have caused or contributed to a "
 "death or serious injury, or the medical device experienced a malfunction that would be likely to cause or "
 "contribute to a death or serious injury if the malfunction were to recur.",
 "OCI\u2019s investigation determined that EVT had failed to file with FDA 2,628 Medical Device Reports. Each report "
 "represented an incident in which the Ancure Device malfunctioned or the use of the device was associated with death "
 "or serious injury. There were a total of 7,632 Ancure Devices sold. Among the unreported incidents were 12 deaths "
 "and 57 emergency procedures in which a physician converted the operation into a more invasive procedure.",
 "On June 9, 2003, a Criminal Information was filed charging EVT with ten felonies, including 9 counts of violating "
 "21 U.S.C. \u00a7\u00a7 331(a) and 333(a)(2) - Introducing a Misbranded Medical Device into Interstate Commerce, and "
 "1 count of violating 18 U.S.C. \u00a7 1001 - False Statements to the FDA."]
ID3 = "us-fda-oci-endovascular-technologies-guidant-subsidiary-ancure-device-unreported-adverse-events-charged"
KEPT[ID3] = ("evt-guidant-fda-oci-2003.txt", T3, P3)
R.append(federal(
 ID3, U3, None, T3, "\n\n".join(P3),
 "healthcare", "legal,medical devices,adverse event reporting,misbranding,FDA",
 "U.S. Food and Drug Administration, Office of Criminal Investigation, enforcement story '" + T3 + "' (the OCI's "
 "2003 stories, Center for Devices and Radiological Health section), undated in the stored text, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 "US Food and Drug Administration enforcement story (fda.gov, Office of Criminal Investigations archive) from the "
 "search tool page store",
 "An FDA Office of Criminal Investigation enforcement story at fda.gov's old address scheme "
 "(ICECI/EnforcementActions/EnforcementStory/EnforcementStoryArchive/ucmNNNNNN.htm; fda.gov now carries the OCI's "
 "2003 stories as 'enforcement-story-archive/office-criminal-investigations-2003', which came back at rank 5 of "
 "another query opening on another story). `title` is the story's headline. Left out: the page heading 'Office of "
 "Criminal Investigation 2003', the section line 'Center for Devices and Radiological Health' and the sub-headline "
 "'OCI Investigation Uncovers 2,628 Adverse Events Not Reported to FDA' (so 'Office of Criminal Investigation' is "
 "not in the text: only 'OCI'). The store's paragraphs are single-line blocks; joined by a blank line. Cut after the "
 "fourth paragraph ('... False Statements to the FDA.'), before 'The misbranding charges stemmed from the fact that "
 "the company intentionally failed to report within 30 days, as required by law, malfuncti', where the excerpt "
 "breaks off mid-word (`truncated`). `published` null: the excerpt carries no date and the page is one of a year's "
 "archived stories (its heading says 2003; the text's last date is 9 June 2003; when the page went up is not known), "
 "so only the text's absolute date is annotated; the id carries no year. Kept as written: 'OCI\u2019s' (curly "
 "apostrophe), '(Ancure Device)', 'EndoVascular Technologies, Inc. (EVT)', '21 U.S.C. \u00a7\u00a7 331(a) and "
 "333(a)(2) - Introducing ...' (spaced hyphens, section signs), '9 counts', '1 count'. One text per matter: the "
 "Guidant LLC / Boston Scientific matters of 2010-2011 (GATHERING.md leads) are other matters. Found with 'medical "
 "device company and its chief executive officer sentenced misbranded devices FDA Office of Criminal Investigations "
 "special agent in charge' (rank 5). " + CHECK + "'EndoVascular', 'Ancure', 'ucm096377', 'Menlo Park, California', "
 "'Metro Washington Field Office': 0 everywhere; 'Guidant' in GATHERING.md only (leads of 53-54 rounds on the 2010-2011 "
 "Guidant LLC matters); 'Kennedy' in many files (other people, or the senator elsewhere: no matter of this text).",
 True))


def _norm(s):
    return " ".join(s.split())


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text), whitespace runs compared
    as one space; returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in ([title] if title else []) + paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
