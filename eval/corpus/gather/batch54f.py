#!/usr/bin/env python3
"""Batch 54f (session 55, gatherer 54f): two US federal texts on food-safety cases that U.S. Attorneys' offices brought
against companies and the men who owned them -- the District of Colorado's release on Eric and Ryan Jensen, 'brothers
who owned and operated Jensen Farms, located in Granada, Colorado', pleading guilty to all six counts of introducing
Listeria-tainted cantaloupe into interstate commerce (22 October 2013); the Northern District of New York's release on
Johannes Vulto and 'Vulto Creamery LLC, the company Vulto founded and owned', sentenced over raw milk cheese linked to
a 2016-2017 listeriosis outbreak (9 July 2024) -- (US federal government works, 17 U.S.C. 105), a round of session 55
in the DOJ corporate-case lane after 53r (and 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus
(every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the notes
of /work/notes and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Attorney's Office, District of Colorado, 'Eric And Ryan Jensen Plead Guilty To All Counts Of Introducing
    Tainted Cantaloupe Into Interstate Commerce' (22 October 2013): Eric Jensen, Ryan Jensen, Jensen Farms, Magistrate
    Judge Michael E. Hegarty, United States Attorney John Walsh, the Food and Drug Administration's Office of Criminal
    Investigation and its Special Agent in Charge Patrick Holland (justice.gov's 'usao-co/pr/eric-and-ryan-jensen-
    plead-guilty-all-counts-introducing-tainted-cantaloupe-interstate');
  - U.S. Attorney's Office, Northern District of New York, 'Former New York Cheese Producer Sentenced for Selling Raw
    Milk Cheese Products Linked to Listeria Outbreak' (9 July 2024): Johannes Vulto, Vulto Creamery LLC, United States
    Attorney Carla B. Freedman, Special Agent in Charge Fernando McMillan of the FDA's Office of Criminal Investigations
    -- the release as the FDA's Office of Criminal Investigations reposts it on fda.gov (its press-release pages carry
    the U.S. Attorney's releases under the office's own header; a federal site, not justice.gov: **doubtful** host,
    see the record's notes).
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55f/src;
`verify()` checks that each kept paragraph and each title occur in its saved excerpt). Page chrome ('Skip to main
content', 'Press Release', 'For Immediate Release', the office lines, the plea-agreement link line; fda.gov's banner,
breadcrumb, 'OCI badge', the DOJ/USAO header and the date line) and the headlines (kept as `title`, as written) are
left out; no word added or changed; the store's paragraphs joined by a blank line (the double spaces between sentences
kept); each text cut at the last full sentence before the store's excerpt breaks off. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch54f.py [POOL_DIR] [--dry]   (default /tmp/gather55f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55f/src"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-55 pools /tmp/gather55*/pool (none but this lane's when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55f/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title, paragraphs) for verify()

# ---- Jensen Farms, USAO District of Colorado, 22 October 2013 ---------------------------------------------------------
U1 = ("https://www.justice.gov/usao-co/pr/eric-and-ryan-jensen-plead-guilty-all-counts-introducing-tainted-cantaloupe-"
      "interstate")
T1 = "Eric And Ryan Jensen Plead Guilty To All Counts Of Introducing Tainted Cantaloupe Into Interstate Commerce"
P1 = [
 "DENVER -- Eric Jensen, age 37, and Ryan Jensen, age 33, brothers who owned and operated Jensen Farms, located in "
 "Granada, Colorado, pled guilty this morning before U.S. Magistrate Judge Michael E. Hegarty to all six counts of the "
 "government\u2019s Information which charged them with introduction of adulterated cantaloupe into interstate commerce, "
 "United States Attorney John Walsh and Food and Drug Administration \u2013 Office of Criminal Investigation Special "
 "Agent in Charge Patrick Holland announced.  The defendants are scheduled to be sentenced by Magistrate Judge Hegarty "
 "on January 28, 2014 at 9:00 a.m.  Eric and Ryan Jensen were first charged by Information on September 24, 2013.  "
 "They made their initial appearance in U.S. District Court in Denver on September 26, 2013.",
 "According to the stipulated facts in the plea agreement, as well as other court documents, Eric and Ryan Jensen were "
 "responsible for a farm in Granada, Colorado, where they grew, picked, packaged, sold and shipped cantaloupe.  In six "
 "separate shipments, the cantaloupe produced by the Jensens bore a poisonous bacteria, Listeria monocytogenes, which "
 "rendered it injurious to health.",
 "The court documents further state that the defendants set up and maintained a processing center where cantaloupes "
 "were taken from the field and transferred to a conveyor system for cleaning, cooling and packaging.  The equipment "
 "should have worked in such a way that the cantaloupe would be washed with sufficient anti-bacterial solutions so that "
 "the fruit was cleaned of bacteria in the process.",
 "In May of 2011 the Jensen brothers allegedly changed their cantaloupe cleaning system."]
ID1 = "us-doj-usao-co-jensen-farms-owners-eric-ryan-jensen-plead-guilty-tainted-cantaloupe-2013"
KEPT[ID1] = ("jensen-usao-co.txt", T1, P1)
R.append(federal(
 ID1, U1, "2013-10-22", T1, "\n\n".join(P1),
 "agriculture/food safety", "legal,food safety",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Colorado, press release '" + T1 + "', 2013-10-22, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, District of Colorado) from the search "
 "tool page store",
 "The District of Colorado's release on justice.gov's current site (usao-co/pr/<slug>). Left out: 'Skip to main "
 "content', 'Press Release', the headline (kept as `title`, in the release's title case), 'For Immediate Release', "
 "'U.S. Attorney's Office, District of Colorado', the link line 'Click here for a copy of the Jensen plea agreement'. "
 "The dateline 'DENVER --' is kept (it opens the first paragraph). Cut after 'In May of 2011 the Jensen brothers "
 "allegedly changed their cantaloupe cleaning system.', before 'The new system, built to clean potatoes, was "
 "installed, and was to include a cat', where the excerpt breaks off mid-word (`truncated`). `published` 2013-10-22: "
 "the excerpt has no date line; the Denver Business Journal ('Oct 22, 2013 ... pleaded guilty Tuesday to six "
 "misdemeanor counts', 22 October 2013 a Tuesday) and The Packer (a photo caption: 'a court appearance in Denver's "
 "Federal Court on Oct. 22, 2013') date the plea the release calls 'this morning'; the release's own 'first charged "
 "... on September 24, 2013' and sentencing 'on January 28, 2014' bracket it. Kept as written: the double hyphen of "
 "the dateline, 'pled guilty', 'government\u2019s' (curly apostrophe), the en dash in 'Food and Drug Administration "
 "\u2013 Office of Criminal Investigation', 'a poisonous bacteria', 'anti-bacterial', 'In May of 2011' without a "
 "comma, the double spaces between sentences. 254 words. One text per matter: the Washington Times (AP), the Denver "
 "Business Journal (two), the Pueblo Chieftain, foodbeveragelitigationupdate, The Packer and KRDO left out; the "
 "office's September 2013 charging release and January 2014 sentencing release are the same matter, not to be taken "
 "with this one. Found with 'Jensen Farms owners Eric Jensen Ryan Jensen sentenced cantaloupe listeria U.S. Attorney "
 "District of Colorado press release' (rank 8; press above it). " + CHECK + "'Jensen Farms', 'cantaloupe', "
 "'Granada, Colorado', 'Patrick Holland', 'usao-co', the slug: 0 in the corpus files, the scripts, the notes and the "
 "pools; 'Jensen' only as other people's names (six corpus files); 'Hegarty' and 'John Walsh' only as other people "
 "(other matters).",
 True))

# ---- Vulto Creamery LLC, USAO Northern District of New York (fda.gov OCI repost), 9 July 2024 -------------------------
U2 = ("https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/press-releases/former-new-"
      "york-cheese-producer-sentenced-selling-raw-milk-cheese-products-linked-listeria-outbreak")
T2 = "Former New York Cheese Producer Sentenced for Selling Raw Milk Cheese Products Linked to Listeria Outbreak"
P2 = [
 "SYRACUSE, NEW YORK \u2013 Johannes Vulto, age 64, a former raw milk cheese manufacturer, and Vulto Creamery LLC, the "
 "company Vulto founded and owned, were each sentenced today in federal court in Syracuse after each previously pleading "
 "guilty to one misdemeanor count of causing the introduction of adulterated food into interstate commerce, relating to "
 "the sale and distribution of cheese that was linked to a 2016-2017 outbreak of listeriosis, the disease caused by the "
 "pathogen Listeria monocytogenes",
 "Vulto was sentenced to 3 years of probation and ordered to pay a fine of $100,000, and to perform 240 hours of "
 "community service. Vulto Creamery LLC, which no longer operates, was sentenced to 1 year of probation. United States "
 "Attorney Carla B. Freedman and Special Agent in Charge Fernando McMillan, of the U.S. Food and Drug "
 "Administration\u2019s Office of Criminal Investigations New York Field Office, announced the sentences.",
 "In previously pleading guilty, Vulto admitted that he oversaw operations at the Vulto Creamery manufacturing facility "
 "in Walton, New York, including those relating to sanitation and environmental monitoring. Vulto and Vulto Creamery "
 "both admitted that between December 2014 and March 2017, they caused the shipment in interstate commerce of "
 "adulterated cheese."]
ID2 = "us-doj-usao-ndny-vulto-creamery-founder-johannes-vulto-sentenced-listeria-raw-milk-cheese-2024"
KEPT[ID2] = ("vulto-fda-oci.txt", T2, P2)
R.append(federal(
 ID2, U2, "2024-07-09", T2, "\n\n".join(P2),
 "food processing/food safety", "legal,food safety",
 "U.S. Department of Justice, U.S. Attorney's Office, Northern District of New York, press release '" + T2 + "', "
 "2024-07-09, US federal government work (public domain); text as the U.S. Food and Drug Administration's Office of "
 "Criminal Investigations reposts it on fda.gov, from the search tool's page store at " + U2,
 "US Justice Department press release (U.S. Attorney's Office, Northern District of New York) as reposted on fda.gov "
 "(FDA Office of Criminal Investigations press releases), from the search tool page store",
 "The Northern District of New York's release as the FDA's Office of Criminal Investigations (the investigating "
 "agency) reposts it among its press releases on fda.gov, under the office's own header ('Department of Justice / "
 "U.S. Attorney's Office / Northern District of New York / FOR IMMEDIATE RELEASE / Tuesday, July 9, 2024'). "
 "**Doubtful host**: a federal site and a federal work, but not justice.gov (53r left a uspsoig.gov copy of a DOJ "
 "release untaken; here the copy is the investigating agency's own, on its official press-release pages, with the "
 "release's header, and no justice.gov page came back); the lead may drop it. Left out: fda.gov's banner ('U.S. flag "
 "An official website of the United States government'), the breadcrumb (five items and 'Press Releases'), the "
 "headline (kept as `title`, as written), 'OCI badge', the DOJ/USAO header lines, 'FOR IMMEDIATE RELEASE', the date "
 "line (`published`). The dateline 'SYRACUSE, NEW YORK \u2013' is kept (it opens the first paragraph). The first "
 "paragraph ends without a full stop ('... the pathogen Listeria monocytogenes') as the store gives it: kept, no "
 "punctuation added. Cut after '... of adulterated cheese.', before 'According to the plea agreement, environmental "
 "swabs taken at the Vulto Creamery facility between approximately July 2014 and February 2017 r', where the excerpt "
 "breaks off mid-word (`truncated`). Kept as written: the en dash of the dateline, '2016-2017', '$100,000', "
 "'Administration\u2019s' (curly apostrophe), 'Office of Criminal Investigations New York Field Office' without a "
 "comma, single spaces between sentences. 197 words. One text per matter: the March 2024 plea release (delibusiness "
 "and perishablenews copies, ens-newswire, fingerlakesdailynews, foodpoisoningbulletin, dairyreporter) and nj1015's "
 "sentencing story left out; the plea release is the same matter, not to be taken with this one. Found with 'Skip to "
 "main content Press Release Vulto Creamery LLC and owner Johannes Vulto plead guilty listeria raw milk cheese U.S. "
 "Attorney's Office Northern District of New York' (rank 3). " + CHECK + "'Vulto', 'Fernando McMillan', 'Walton', "
 "'Office of Criminal Investigations', the fda.gov slug: 0 in the corpus files, the scripts, the notes and the pools; "
 "'Freedman' only as Mia Freedman (a 2013 Wikinews text, another matter).",
 True))


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text); returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = open(path, encoding="utf-8").read()
        for part in [title] + paras:
            if part not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
