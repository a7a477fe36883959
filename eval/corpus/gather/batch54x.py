#!/usr/bin/env python3
"""Batch 54x (session 55, gatherer 54x): three US federal texts on company cases that U.S. Attorneys' offices brought
in pharmaceuticals, environmental crime and government-contract fraud -- the District of Massachusetts' release on
PHARMACIA & UPJOHN COMPANY, INC., 'a subsidiary of Pfizer, Inc', pleading guilty to misbranding the drug Bextra (15
September 2009, as the FBI's Boston archive carries it); the Southern District of Florida's release on Princess Cruise
Lines Ltd., 'a subsidiary of Carnival Corporation', agreeing to plead guilty to deliberate vessel pollution from the
Caribbean Princess (1 December 2016, justice.gov); the Southern District of California's release on Leonard Glenn
Francis, 'owner and chief executive of Glenn Defense Marine Asia', and his company pleading guilty to bribing U.S. Navy
officials and defrauding the United States (15 January 2015, justice.gov) -- (US federal government works, 17 U.S.C.
105), a round of session 55 in the DOJ health-care/drug/device, environmental and contract-fraud lane after 54r (and
54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name, number and address
checked first against the corpus files, GATHERING.md, the gather scripts, the notes of /work/notes and the session-55
pools) -- federal text, as the search tool's page store holds it:
  - U.S. Attorney's Office, District of Massachusetts, 'Pharmacia & Upjohn Company, Inc. Pleads Guilty to Fraudulent
    Marketing of Bextra' (15 September 2009): PHARMACIA & UPJOHN COMPANY, INC., Pfizer, Inc, Bextra, Geodon, Zyvox,
    Lyrica, United States District Judge Douglas P. Woodlock (the FBI's archived Boston page 'fbi.gov/boston/press-
    releases/2009/bs091509b.htm');
  - U.S. Attorney's Office, Southern District of Florida, 'Company to Pay $40 Million and Implement Remedial Measures
    on All Carnival Companies Visiting U.S. Ports' (the release's subheading; 1 December 2016): Princess Cruise Lines
    Ltd., Carnival Corporation, Carnival Cruise Line, Holland America Line N.V., Seabourn Cruise Line Ltd., AIDA
    Cruises, U.S. Attorney Wifredo A. Ferrer, Assistant Attorney General John C. Cruden (justice.gov's 'usao-sdfl/pr/
    princess-cruise-lines-pay-largest-ever-criminal-penalty-deliberate-vessel-pollution');
  - U.S. Attorney's Office, Southern District of California, 'Malaysian Defense Contractor Leonard Francis Pleads
    Guilty To Corruption Conspiracy Involving "Scores" Of Navy Officials; ...' (15 January 2015): Leonard Glenn Francis,
    Glenn Defense Marine Asia (GDMA), U.S. Navy Capt. Daniel Dusek, the 7th Fleet, Magistrate Judges William V. Gallo
    and Jan M. Adler (justice.gov's 'usao-sdca/pr/malaysian-defense-contractor-leonard-francis-pleads-guilty-
    corruption-conspiracy').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55x/src by
/tmp/gather55x/save_src.py; `verify()` checks that each kept paragraph and each title occur in its saved excerpt). Page
chrome ('Home Boston Press Releases ...', the FBI archive's notice, 'Info', 'Related Content', 'Press Release', 'You
are here', 'Justice News', the office and date lines) and the headlines (kept as `title`, as written) are left out; no
word added or changed; the store's paragraphs joined by a blank line; each text cut at the last full sentence before
the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54x.py [POOL_DIR] [--dry]   (default /tmp/gather55x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55x/src"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -li over "
         "train, dev, test), GATHERING.md, every gather script, the notes of /work/notes and the session-55 pools "
         "/tmp/gather55*/pool and src (a-r and this lane's): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55x/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- PHARMACIA & UPJOHN COMPANY, INC. (Pfizer) / Bextra, USAO District of Massachusetts, 15 September 2009 (FBI) ------
U1 = "http://www.fbi.gov/boston/press-releases/2009/bs091509b.htm"
T1 = "Pharmacia & Upjohn Company, Inc. Pleads Guilty to Fraudulent Marketing of Bextra"
P1 = [
 "BOSTON, MA\u2014PHARMACIA & UPJOHN COMPANY, INC., a subsidiary of Pfizer, Inc (\u201cPfizer\u201d) today pled guilty "
 "to a felony violation of the Food, Drug & Cosmetic Act, for misbranding the drug, Bextra, with the intent to defraud "
 "or mislead. PHARMACIA & UPJOHN COMPANY, INC. admitted to its criminal conduct in the promotion of Bextra and, in the "
 "plea agreement, agreed to pay a criminal fine of $1.195 billion, the largest criminal fine ever imposed in the United "
 "States for any matter. PHARMACIA & UPJOHN COMPANY, INC. also agreed to forfeit $105 million, for a total criminal "
 "resolution of $1,300,000,000. United States District Judge Douglas P. Woodlock took the plea but deferred his "
 "decision as to the acceptance of the plea until the date of sentencing. Sentencing has been scheduled for October "
 "16, 2009 at 9:30 a.m.",
 "In addition, as announced on September 2, 2009, Pfizer agreed to pay an additional $1 billion plus interest to "
 "settle civil allegations that it fraudulently promoted and marketed Bextra, as well as three other drugs in its "
 "portfolio, Geodon, an anti-psychotic drug, Zyvox, an antibiotic, and Lyrica, an anti-epileptic drug, as well as "
 "claims that it paid kickbacks for these, as well as other drugs, to induce physician prescribing. Pfizer also agreed "
 "to comply with the terms of a new and significantly expanded corporate compliance program, which seeks to ensure "
 "that in the future there are procedures and reviews in place to avoid, or, at a minimum, timely detect such "
 "violations."]
ID1 = "us-doj-usao-ma-pfizer-subsidiary-pharmacia-upjohn-pleads-guilty-bextra-misbranding-2009"
KEPT[ID1] = ("pharmacia-upjohn-bextra-fbi-usao-ma.txt", T1, P1)
R.append(federal(
 ID1, U1, "2009-09-15", T1, "\n\n".join(P1),
 "pharmaceuticals", "legal,pharmaceuticals,off-label promotion",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Massachusetts, press release '" + T1 + "', "
 "2009-09-15, as the Federal Bureau of Investigation's Boston field office carried it (archived FBI site), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (U.S. Attorney's Office, District of Massachusetts) on the FBI's archived Boston "
 "pages from the search tool page store",
 "The District of Massachusetts' release as the FBI's Boston field office posted it (the archived fbi.gov page). Left "
 "out: the breadcrumb 'Home Boston Press Releases 2009 Pharmacia & Upjohn Company, Inc. Pleads Guilty to Fraudulent "
 "Marketing of Bextra', 'Info', the archive's notice ('This is archived material from the Federal Bureau of "
 "Investigation (FBI) website. ...'), the headline (kept as `title`, as written), the line 'U.S. Attorney\u2019s Office "
 "September 15, 2009' (its date gives `published`) and the bulleted '\u2022 District of Massachusetts (617) 748-3100'. "
 "The dateline 'BOSTON, MA\u2014' (an em dash, no spaces) is kept (it opens the first paragraph). Cut after the second "
 "paragraph ('... timely detect such violations.'), before 'At today\u2019s plea hearing, the prosecutor inform', where "
 "the excerpt breaks off mid-word (`truncated`). Kept as written: the company's name in capitals "
 "('PHARMACIA & UPJOHN COMPANY, INC.', three times), 'Pfizer, Inc' (no full stop) with '(\u201cPfizer\u201d)' (curly "
 "quotes), 'pled guilty', '$1,300,000,000', 'anti-psychotic', 'anti-epileptic'. 246 words. One text per matter: the "
 "office's sentencing release of 16 October 2009 (bio-medicine.org's PR Newswire copy 'Court Imposes Record Fine and "
 "Forfeiture of $1.3 Billion ...'), gaeatimes' AP copy, thepharmaletter, pharmagossip, breakinglegalnews and "
 "ming7.cn left out; biosink's 2007 note on P&U's kickback plea is another matter (not taken). Found with 'Pharmacia "
 "& Upjohn subsidiary of Pfizer pleads guilty Bextra off-label U.S. Attorney Boston sentenced' (rank 2). " + CHECK +
 "'Bextra', 'Geodon', 'Zyvox', 'Woodlock', 'bs091509': 0 in the corpus files, the scripts, the notes and the pools; "
 "'Pharmacia & Upjohn' only in train wp-pharmacia (the Swedish Pharmacia's Wikipedia history naming the 1995 merger) "
 "and GATHERING.md's 33d (the merged company's own article not used) -- the company's history, not this criminal "
 "matter; 'Lyrica' in one corpus file and 'Pfizer' in six, none about Bextra or the 2009 settlement.",
 True))

# ---- Princess Cruise Lines Ltd. (Carnival Corporation), USAO Southern District of Florida, 1 December 2016 --------------
U2 = ("https://www.justice.gov/usao-sdfl/pr/princess-cruise-lines-pay-largest-ever-criminal-penalty-deliberate-vessel-"
      "pollution")
T2 = "Company to Pay $40 Million and Implement Remedial Measures on All Carnival Companies Visiting U.S. Ports"
P2 = [
 "Princess Cruise Lines Ltd. (Princess) has agreed to plead guilty to seven felony charges stemming from its deliberate "
 "pollution of the seas and intentional acts to cover it up. Princess will pay a $40 million penalty\u2013 the "
 "largest-ever criminal penalty involving deliberate vessel pollution \u2013 and plead guilty to charges related to "
 "illegal dumping of oil contaminated waste from the Caribbean Princess cruise ship. The plea agreement was announced "
 "today by U.S. Attorney Wifredo A. Ferrer for the Southern District of Florida in Miami, Florida and Assistant "
 "Attorney General John C. Cruden for the Department of Justice\u2019s Environment and Natural Resources Division.",
 "Princess, headquartered in Santa Clarita, California, is a subsidiary of Carnival Corporation (Carnival), which owns "
 "and operates multiple cruise lines and collectively comprises the world\u2019s largest cruise company. Carnival is "
 "headquartered in Miami. As part of the plea agreement with Princess, cruise ships from eight Carnival cruise line "
 "companies (Carnival Cruise Line, Holland America Line N.V., Seabourn Cruise Line Ltd. and AIDA Cruises) will be under "
 "a court supervised Environmental Compliance Program (ECP) for five years. The ECP will require independent audits "
 "by an outside entity and a court appointed monitor.",
 "The charges to which Princess will plead guilty concern the Caribbean Princess cruise ship which visited various "
 "U.S. ports in Florida, Maine, Massachusetts, New Jersey, New York, Puerto Rico, Rhode Island, South Carolina, Texas, "
 "U.S. Virgin Islands and Virginia."]
ID2 = "us-doj-usao-sdfl-carnival-subsidiary-princess-cruise-lines-plead-guilty-vessel-pollution-2016"
KEPT[ID2] = ("princess-cruise-lines-usao-sdfl.txt", T2, P2)
R.append(federal(
 ID2, U2, "2016-12-01", T2, "\n\n".join(P2),
 "cruise shipping/environment", "legal,environment,ocean pollution",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of Florida, press release on Princess "
 "Cruise Lines' $40 million penalty for deliberate vessel pollution (headline not in the excerpt; subheading '" + T2 + "'), "
 "2016-12-01, US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Southern District of Florida) from the "
 "search tool page store",
 "The Southern District of Florida's release on justice.gov's current site (usao-sdfl/pr/<slug>). The store's "
 "excerpt opens with 'Related Content', 'Press Release' twice and the release's subheading; the headline itself is not "
 "in the excerpt (the address gives it as 'princess-cruise-lines-pay-largest-ever-criminal-penalty-deliberate-vessel-"
 "pollution'), so `title` is the subheading as written ('Company to Pay $40 Million and Implement Remedial Measures "
 "on All Carnival Companies Visiting U.S. Ports'). Left out: 'Related Content', 'Press Release' (twice), the "
 "subheading (the title). No dateline in the excerpt. Cut inside the third paragraph after '... U.S. Virgin Islands and "
 "Virginia.', before 'The U.S. investigation was initiated after information was provided to the U.S. Coast Guard by "
 "the British Maritime and Coastguard Agency (MCA) indicating that ... had been used on Aug. 23, 2013, to il', where "
 "the excerpt breaks off mid-word (`truncated`; the Coast Guard, the MCA and 'Aug. 23, 2013' are therefore not in the "
 "text). `published` 2016-12-01: the excerpt has no date line; the plea agreement the release says was 'announced "
 "today' was announced on Thursday 1 December 2016 (local10.com, 2016-12-01: 'U.S. Attorney Wifredo A. Ferrer "
 "announced Thursday'; bcnn1's copy of 2 December: 'the U.S. Department of Justice announced Thursday'; the plea "
 "agreement 'Entered on FLSD Docket 12/01/2016', moam.info's copy). Kept as written: 'penalty\u2013 the' (en dash with no "
 "space before it) and ' \u2013 and', 'Department of Justice\u2019s', 'world\u2019s' (curly apostrophes), 'oil "
 "contaminated', 'court supervised', 'court appointed', 'eight Carnival cruise line companies' with four named. 232 "
 "words. One text per matter: the Office of Public Affairs' release on the same plea (aquanerd names it; not seen), "
 "local10 (two), bcnn1, louisianalawblog, aquanerd, tacfarinas and the plea agreement (moam.info) left out; the "
 "office's later releases on Princess (the sentencing and after) are the same matter, not to be taken. Found with "
 "'Princess Cruise Lines subsidiary of Carnival pleads guilty Caribbean Princess magic pipe oil pollution U.S. Attorney "
 "Miami' (rank 3). " + CHECK + "'Princess Cruise', 'Caribbean Princess', 'Holland America', 'Seabourn', 'Santa "
 "Clarita', 'Cruden', 'magic pipe', the slug: 0 in the corpus files, the scripts, the notes and the pools; 'Carnival' "
 "only in test wp-ann-sherry (Carnival Australia's chief, another matter) and one GATHERING.md line; 'Ferrer' (Wifredo "
 "A. Ferrer) in 54l's Oasis Brands text (dev; another matter of the same office).",
 True))

# ---- Glenn Defense Marine Asia / Leonard Glenn Francis, USAO Southern District of California, 15 January 2015 ---------
U3 = ("https://www.justice.gov/usao-sdca/pr/malaysian-defense-contractor-leonard-francis-pleads-guilty-corruption-"
      "conspiracy")
T3 = ("Malaysian Defense Contractor Leonard Francis Pleads Guilty To Corruption Conspiracy Involving \u201cScores\u201d Of "
      "Navy Officials; A Navy Captain \u2013 The Highest Ranking So Far - Admits He Was One Of Them")
P3 = [
 "SAN DIEGO - Leonard Glenn Francis, owner and chief executive of Glenn Defense Marine Asia, pleaded guilty to bribery "
 "and fraud charges in federal court today, admitting that he presided over a massive, decade-long conspiracy "
 "involving \u201cscores\u201d of U.S. Navy officials, tens of millions of dollars in fraud and millions of dollars in "
 "bribes and gifts \u2013 from cash, prostitutes and luxury travel to Cuban cigars, Kobe beef and Spanish suckling pigs.",
 "Also today, U.S. Navy Capt. Daniel Dusek, 47, was charged via information and pleaded guilty to a single count of "
 "conspiracy to commit bribery before U.S. Magistrate Judge William V. Gallo. Dusek, the highest-ranking of five "
 "current or former Navy officials to plead guilty in the case so far, admitted that he used his influence as Deputy "
 "Director of Operations for the 7th Fleet, headquartered in Yokosuka, Japan, and later as executive officer of the "
 "USS Essex and the commanding officer of the USS Bonhomme Richard, to benefit Francis and GDMA, which for decades "
 "provided port services to U.S. Navy ships. Dusek admitted that in return, Francis plied him with meals, alcohol, "
 "entertainment, gifts, dozens of nights and incidentals at luxury hotels and the services of prostitutes.",
 "Francis, a 50-year-old Malaysian national, and his corporate entity GDMA, both pleaded guilty to conspiracy to "
 "commit bribery, bribery and conspiracy to defraud the United States before U.S. Magistrate Judge Jan M. Adler. "
 "According to the plea agreement, Francis faces up to 25 years in prison."]
ID3 = "us-doj-usao-sdca-glenn-defense-marine-asia-ceo-leonard-francis-pleads-guilty-navy-bribery-2015"
KEPT[ID3] = ("glenn-defense-francis-usao-sdca.txt", T3, P3)
R.append(federal(
 ID3, U3, "2015-01-15", T3, "\n\n".join(P3),
 "defense contracting/ship husbanding", "legal,government contracts,bribery",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of California, press release '" + T3 + "', "
 "2015-01-15, US federal government work (public domain); text from the search tool's page store at " + U3,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Southern District of California) from the "
 "search tool page store",
 "The Southern District of California's release on justice.gov (usao-sdca/pr/<slug>, the older 'Justice News' page "
 "layout). Left out: 'You are here', 'Justice News', 'Department of Justice', 'U.S. Attorney\u2019s Office', 'Southern "
 "District of California', the date line 'Thursday, January 15, 2015' (it gives `published`) and the headline (kept "
 "as `title`, as written: its capitals, the curly-quoted '\u201cScores\u201d', the en dash and the hyphen). The dateline "
 "'SAN DIEGO -' (a hyphen between spaces) is kept (it opens the first paragraph). Cut after the third paragraph "
 "('... Francis faces up to 25 years in prison.'), before 'Francis also admitted to defrauding the U.S. Navy of tens "
 "of millions of dollars by routinely overbilling for everything from fu', where the excerpt breaks off mid-word "
 "(`truncated`). Kept as written: '\u201cscores\u201d' (curly quotes), 'gifts \u2013 from' (en dash), 'U.S. Navy Capt. "
 "Daniel Dusek', '7th Fleet', 'USS Essex', 'USS Bonhomme Richard'. 245 words. One text per matter: marinelog, "
 "Bloomberg (2015), fox5sandiego, malaysia-today, the LA Times preview and examiner-enterprise left out; the office's "
 "later releases on the same 'Fat Leonard' investigation (the charges, the other officers' pleas and sentences, "
 "Francis's 2024 sentencing, publicnow's copy) are the same matter, not to be taken. Found with 'Glenn Defense Marine "
 "Asia chief executive Leonard Francis pleaded guilty bribery Navy U.S. Attorney Southern District of California' "
 "(rank 3). " + CHECK + "'Leonard Francis', 'Leonard Glenn Francis', 'Fat Leonard', 'Glenn Defense', 'Dusek', "
 "'Yokosuka', '7th Fleet', 'Bonhomme', 'Laura Duffy', 'Sammartino', the slug: 0 in the corpus files, the scripts, the "
 "notes and the pools; 'GDMA' only inside other strings (no word match); 'Gallo' and 'Adler' only as other people; "
 "54m's Peck & Hale text (Navy slings) another matter.",
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
        for part in ([title] if title else []) + paras:
            if part not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
