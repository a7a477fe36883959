#!/usr/bin/env python3
"""Batch 54r (session 55, gatherer 54r): three US federal texts on environmental and medical-device cases that U.S.
Attorneys' offices brought against companies and the men who ran them -- the Western District of New York's release on
a federal jury in Buffalo convicting the Tonawanda Coke Corporation and its Environmental Control Manager, Mark L.
Kamholz, of Clean Air Act and Resource Conservation and Recovery Act crimes (28 March 2013, justice.gov); the District
of Massachusetts' release on Thomas P. Guerrieri, 'the former vice president of sales of Orthofix Inc.', sentenced for
paying kickbacks to health care professionals (23 January 2013, as the FBI's Boston archive carries it); the Southern
District of West Virginia's release on Gary Southern, 'The former president of Freedom Industries', sentenced for his
part in the 2014 Elk River chemical spill (17 February 2016, as fbi.gov's Pittsburgh field office carries it) -- (US
federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ health-care/drug/device and environmental
lane after 54l (and 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name,
number and address checked first against the corpus files, GATHERING.md, the gather scripts, the notes of /work/notes
and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Attorney's Office, Western District of New York, 'Historic Verdict in Environmental Crime Case as Tonawada
    Coke and Manager Found Guilty of Violating the Clean Air Act and Resource Conservation and Recovery Act' (28 March
    2013): Tonawanda Coke Corporation (TCC), Mark L. Kamholz, U.S. Attorney William J. Hochul Jr., Assistant Attorney
    General Ignacia S. Moreno of the Environment and Natural Resources Division, the U.S. Environmental Protection
    Agency (justice.gov's 'usao-wdny/pr/historic-verdict-environmental-crime-case-tonawada-coke-and-manager-found-
    guilty');
  - U.S. Attorney's Office, District of Massachusetts, 'Orthofix Vice President Sentenced for Paying Medicare
    Kickbacks' (23 January 2013): Thomas P. Guerrieri, Orthofix Inc., U.S. District Judge Rya W. Zobel (the FBI's
    archive, 'archives.fbi.gov/archives/boston/press-releases/2013/orthofix-vice-president-sentenced-for-paying-
    medicare-kickbacks');
  - U.S. Attorney's Office, Southern District of West Virginia, 'Former Freedom president sentenced to prison for role
    in chemical spill' (17 February 2016): Gary Southern, Freedom Industries, Acting United States Attorney Carol Casto
    (fbi.gov's 'contact-us/field-offices/pittsburgh/news/press-releases/former-freedom-president-sentenced-to-prison-
    for-role-in-chemical-spill').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55r/src by
/tmp/gather55r/save_src.py; `verify()` checks that each kept paragraph and each title occur in its saved excerpt). Page
chrome ('Skip to main content', 'Press Release', 'For Immediate Release', the office lines, the FBI archive's
breadcrumb, notice and date/phone lines) and the headlines (kept as `title`, as written) are left out; no word added or
changed; the store's paragraphs joined by a blank line; each text cut at the last full sentence before the store's
excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54r.py [POOL_DIR] [--dry]   (default /tmp/gather55r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55r/src"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-55 pools /tmp/gather55*/pool (a-q and this lane's): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55r/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Tonawanda Coke Corporation / Mark L. Kamholz, USAO Western District of New York, 28 March 2013 --------------------
U1 = ("https://www.justice.gov/usao-wdny/pr/historic-verdict-environmental-crime-case-tonawada-coke-and-manager-found-"
      "guilty")
T1 = ("Historic Verdict in Environmental Crime Case as Tonawada Coke and Manager Found Guilty of Violating the Clean Air "
      "Act and Resource Conservation and Recovery Act")
P1 = [
 "BUFFALO, N.Y.\u2013 U.S. Attorney William J. Hochul Jr. and Assistant Attorney General Ignacia S. Moreno, of the "
 "Environment and Natural Resources Division of the U.S. Department of Justice, announced today that a federal jury in "
 "Buffalo has convicted the Tonawanda Coke Corporation of 11 counts of violating the Clean Air Act and three counts of "
 "violating the Resource Conservation and Recovery Act.",
 "In addition, Tonawanda Coke Environmental Control Manager, Mark L. Kamholz, 65, of West Seneca, N.Y., was found "
 "guilty of 11 counts of violating the Clean Air Act, one count of obstruction of justice and three counts of violating "
 "the Resource Conservation and Recovery Act.",
 "The charges carry a maximum combined penalty up to 75 years in prison and fines in excess of $200 million.",
 "According to Assistant U.S. Attorney Aaron J. Mango and Senior Trial Attorney Rocky Piaggione, who handled the "
 "prosecution of the case, the offenses related to the release of coke oven gas containing benzene into the air through "
 "an unreported pressure relief valve. In addition, a coke-quenching tower was operated without baffles, a pollution "
 "control device required by TCC\u2019s Title V Clean Air Act permit designed to reduce the particulate matter that is "
 "released into the air during coke quenches.",
 "In addition, prior to an inspection conducted by the U.S. Environmental Protection Agency in April of 2009, defendant "
 "Kamholz told another TCC employee to conceal the fact that the unreported pressure relief valve, during normal "
 "operations, emitted coke oven gas directly into the air, in violation of the TCC\u2019s operating permit."]
ID1 = "us-doj-usao-wdny-tonawanda-coke-environmental-control-manager-kamholz-convicted-clean-air-act-2013"
KEPT[ID1] = ("tonawanda-coke-usao-wdny.txt", T1, P1)
R.append(federal(
 ID1, U1, "2013-03-28", T1, "\n\n".join(P1),
 "coke manufacturing/environment", "legal,environment,air pollution",
 "U.S. Department of Justice, U.S. Attorney's Office, Western District of New York, press release '" + T1 + "', "
 "2013-03-28, US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Western District of New York) from the "
 "search tool page store",
 "The Western District of New York's release on justice.gov's current site (usao-wdny/pr/<slug>). Left out: 'Skip to "
 "main content', 'Press Release', the headline (kept as `title`, as written: 'Tonawada' is the release's misspelling, "
 "the body has 'Tonawanda'), 'For Immediate Release', 'U.S. Attorney's Office, Western District of New York' and the "
 "store's line holding a single space. The dateline 'BUFFALO, N.Y.\u2013' is kept (it opens the first paragraph; the en "
 "dash with no space before it, as written). Cut after '... in violation of the TCC\u2019s operating permit.', before "
 "'The defendants also stored, treated and disposed of hazardous waste without a permit to do so, in violati', where "
 "the excerpt breaks off mid-word (`truncated`). `published` 2013-03-28: the excerpt has no date line; the verdict "
 "the release calls 'today' was returned on Thursday 28 March 2013 (WBFO 'Mar 28, 2013' and 'returned quick verdicts "
 "Thursday'; the Tonawanda News of 28 March 2013; the EPA's case bulletin for March 2013: 'On March 28, 2013, TONAWANDA "
 "COKE CORPORATION (TCC) was convicted'). Kept as written: 'Hochul Jr.' without a comma, 'TCC\u2019s' (curly "
 "apostrophe) twice, 'the TCC\u2019s operating permit', 'April of 2009'. 256 words. One text per matter: the office's "
 "sentencing release (usao-wdny 'tonawanda-coke-and-manager-sentenced-...', no headline in the store) and its release "
 "on the Second Circuit affirming the convictions (usao-wdny 'court-appeals-affirms-tonawanda-coke-convictions') are "
 "the same matter, not taken with this one; WBFO (two), the Tonawanda News, manufacturing.net's AP copy and "
 "danielstraining's copy of the EPA bulletin left out. Found with 'Tonawanda Coke Corporation environmental control "
 "manager Mark Kamholz convicted Clean Air Act U.S. Attorney Western District of New York' (rank 2; the appeal "
 "release at rank 1, the sentencing release at rank 5). " + CHECK + "'Tonawanda', 'Kamholz', 'Hochul', 'Ignacia', "
 "'West Seneca', 'Piaggione', the slug: 0 in the corpus files, the scripts, the notes and the pools.",
 True))

# ---- Orthofix Inc. / Thomas P. Guerrieri, USAO District of Massachusetts, 23 January 2013 (FBI archive) ----------------
U2 = ("https://archives.fbi.gov/archives/boston/press-releases/2013/orthofix-vice-president-sentenced-for-paying-"
      "medicare-kickbacks")
T2 = "Orthofix Vice President Sentenced for Paying Medicare Kickbacks"
P2 = [
 "BOSTON\u2014The former vice president of sales of Orthofix Inc. was sentenced yesterday for paying kickbacks to "
 "health care professionals.",
 "Thomas P. Guerrieri, 52, was sentenced by U.S. District Judge Rya W. Zobel to eight months in prison and ordered to "
 "pay a fine of $20,000 and to forfeit $30,000. In April 2012, Guerrieri pleaded guilty to paying kickbacks.",
 "Guerrieri, the former vice president of Sales of Orthofix Inc., admitted that he paid kickbacks to two separate "
 "health care professionals, in violation of the Medicare AntiKickback Law. Between 2001 and 2010, Guerrieri worked at "
 "Orthofix, first as a regional sales director, then area vice president, and, ultimately, the vice president of "
 "sales. Orthofix manufactured and distributed bone growth stimulator medical devices. Bone growth stimulators are "
 "used to assist spinal fusions and to help heal bone fractures that did not heal properly.",
 "Guerrieri authorized kickbacks in two separate transactions in order to induce bone growth stimulator orders from "
 "two of Orthofix\u2019s highest-prescribing physicians. First, Guerrieri facilitated a bogus \u201cconsulting\u201d "
 "agreement with a surgeon in New York. The surgeon was paid tens of thousands of dollars but provided little or no "
 "consulting services in return. This surgeon failed to document his services in time sheets provided to the "
 "company, even though he was paid every month."]
ID2 = "us-doj-usao-ma-former-orthofix-vice-president-sales-guerrieri-sentenced-kickbacks-2013"
KEPT[ID2] = ("orthofix-guerrieri-fbi-usao-ma.txt", T2, P2)
R.append(federal(
 ID2, U2, "2013-01-23", T2, "\n\n".join(P2),
 "medical devices", "legal,medical devices,health care fraud",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Massachusetts, press release '" + T2 + "', "
 "2013-01-23, as the Federal Bureau of Investigation's Boston archive carries it, US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (U.S. Attorney's Office, District of Massachusetts) on the FBI's archived site "
 "(archives.fbi.gov) from the search tool page store",
 "The District of Massachusetts' release as the FBI's Boston field office posted it (now on archives.fbi.gov). Left "
 "out: the breadcrumb 'Home Boston Press Releases 2013 Orthofix Vice President Sentenced for Paying Medicare "
 "Kickbacks', the archive's notice ('This is archived material from the Federal Bureau of Investigation (FBI) "
 "website. ...'), the headline (kept as `title`, as written), the line 'U.S. Attorney\u2019s Office January 23, 2013' "
 "(its date gives `published`) and the bulleted '\u2022 District of Massachusetts (617) 748-3100'. The dateline "
 "'BOSTON\u2014' (an em dash, no spaces) is kept (it opens the first paragraph). Cut inside the last paragraph after "
 "'... even though he was paid every month.', before 'During a meeting in August 2007, the surgeon, Guerrieri, and "
 "another Orthofix employee hatched a scheme to create and backdate time sheets going back to 2006, making it appear "
 "as though the surgeon filled', where the excerpt breaks off mid-sentence (`truncated`; 'August 2007' and '2006' are "
 "therefore not in the text). `published` 2013-01-23 from the release's date line; 'yesterday' is 22 January 2013. "
 "Kept as written: 'vice president of sales' and 'vice president of Sales' (case as written), 'Medicare AntiKickback "
 "Law' (no hyphen), 'Orthofix\u2019s' (curly apostrophe), '\u201cconsulting\u201d' (curly quotes). 213 words. One text "
 "per matter: fiercebiotech, medicare-fraud.net, mddionline and medlatest (the plea and the sentence) left out; "
 "justice.gov's usao-ma release on Hunter A. Rigsby, 'a former Territory Manager of Orthofix, Inc.' (sentenced 2013) "
 "and the office's 2012 release 'Orthofix, Inc. Agrees to Plead Guilty to Felony' (justice.gov/archive/usao/ma) are "
 "the same investigation, not taken with this one (the company's plea names no executive in the store's excerpt). "
 "GATHERING.md's Orthofix entries are the SEC's 2012 FCPA case over its Mexican subsidiary Promeca (another matter, "
 "never in the corpus). Found with 'former Orthofix vice president Thomas Guerrieri pleads guilty kickback bone growth "
 "stimulator U.S. Attorney' (rank 2). " + CHECK + "'Guerrieri', 'Rigsby', 'Spinal-Stim', the slug: 0 in the corpus "
 "files, the scripts, the notes and the pools; 'Orthofix' only in GATHERING.md (the SEC Promeca matter, not used); "
 "'Zobel' only as another person (Jaime Zobel de Ayala, 28a).",
 True))

# ---- Freedom Industries / Gary Southern, USAO Southern District of West Virginia, 17 February 2016 (fbi.gov) -----------
U3 = ("https://www.fbi.gov/contact-us/field-offices/pittsburgh/news/press-releases/former-freedom-president-sentenced-"
      "to-prison-for-role-in-chemical-spill")
T3 = "Former Freedom president sentenced to prison for role in chemical spill"
P3 = [
 "CHARLESTON, W.Va. \u2013 The former president of Freedom Industries was sentenced today to 30 days in federal prison, "
 "to be followed by a six-month term of supervised release, and a $20,000 fine for environmental crimes connected to "
 "the 2014 Elk River chemical spill, announced Acting United States Attorney Carol Casto. Gary Southern, of Marco "
 "Island, Florida, previously pleaded guilty in August 2015 to negligently discharging a pollutant, unlawfully "
 "discharging refuse matter, and negligently violating an environmental permit by failing to have a pollution "
 "prevention plan. Southern is one of six former officials of Freedom Industries, in addition to Freedom Industries "
 "itself as a corporation, to be prosecuted for federal crimes associated with the chemical spill.",
 "On January 9, 2014, a major chemical leak was discovered in Charleston at the above-ground storage tank area owned "
 "and operated by Freedom Industries (Freedom) on the Elk River. Freedom used these storage tanks to keep and process "
 "chemicals, and the leak consisted primarily of 4-methylcyclohexane methanol (MCHM), a chemical used in the coal "
 "mining industry as a cleansing agent. A significant amount of MCHM leaked into the Elk River, flowed into a water "
 "treatment plant, and contaminated the water supply of Charleston and the surrounding areas for several days. Freedom "
 "did not have a permit required by law that would have allowed the company to discharge MCHM into the Elk River.",
 "Southern became associated with Freedom in 2009 and joined its board of directors in March 2010. He became president "
 "of Freedom in December 2013, and was serving as Freedom\u2019s president at the time of the chemical spill."]
ID3 = "us-doj-usao-sdwv-former-freedom-industries-president-southern-sentenced-elk-river-spill-2016"
KEPT[ID3] = ("freedom-southern-fbi-usao-sdwv.txt", T3, P3)
R.append(federal(
 ID3, U3, "2016-02-17", T3, "\n\n".join(P3),
 "chemicals/environment", "legal,environment,water pollution",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of West Virginia, press release '" + T3 + "', "
 "2016-02-17, as the Federal Bureau of Investigation's Pittsburgh field office carries it on fbi.gov, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 "US Justice Department press release (U.S. Attorney's Office, Southern District of West Virginia) on fbi.gov "
 "(Pittsburgh field office) from the search tool page store",
 "The Southern District of West Virginia's release as the FBI's Pittsburgh field office posts it on fbi.gov. Left "
 "out: 'Skip to main content', 'Press Release', the headline (kept as `title`, as written, in sentence case), 'For "
 "Immediate Release', 'U.S. Attorney's Office, Southern District of West Virginia'. The dateline 'CHARLESTON, W.Va. "
 "\u2013' is kept (it opens the first paragraph). Cut inside the last paragraph after '... at the time of the chemical "
 "spill.', before 'In these capacities, Southern was a responsible corporate officer of Freedom from at least March "
 "2010 through January 9, 2014, w', where the excerpt breaks off mid-word (`truncated`). `published` 2016-02-17: the "
 "excerpt has no date line; the sentencing the release calls 'today' was on Wednesday 17 February 2016 (the Charleston "
 "Gazette-Mail's 'Ex-Freedom official Southern sentenced to 30 days, $20K fine', wvgazettemail.com/news/20160217/...; "
 "SEJ's digest 'Charleston Gazette-Mail February 17, 2016'; Ken Ward Jr.'s tweet of 17 February 2016 quoted by "
 "popularresistance). Kept as written: the en dash of the dateline, 'Freedom Industries (Freedom)', "
 "'4-methylcyclohexane methanol (MCHM)', 'Freedom\u2019s' (curly apostrophe). 264 words. One text per matter: the "
 "Gazette-Mail (three), SEJ, popularresistance, thenewcivilrightsmovement, wvpress, commondreams, celebcafe, coalage, "
 "euvolution's copies and Fox News (the company's plea) left out; the office's releases on the indictments and on the "
 "other five officials' pleas and sentences are the same matter, not to be taken with this one. **Note**: 45zl's "
 "leads (GATHERING.md, the senators' pages) name the same spill as an outage lead ('West Virginia American Water' "
 "'do not use' order; 'a good event if a federal page naming WVAW turns up'): this text names no water company, so "
 "no outage is annotated here; a later outage round should count the spill as taken. Found with 'Freedom Industries "
 "president Gary Southern owners plead guilty Clean Water Act chemical spill Elk River U.S. Attorney Booth Goodwin' "
 "(rank 6). " + CHECK + "'Freedom Industries', 'Gary Southern', 'Casto', 'Marco Island', 'MCHM', 'Elk River', the "
 "slug: 0 in the corpus files, the scripts and the pools; 'Freedom Industries' and 'Elk River' only in GATHERING.md's "
 "45zl leads and /work/notes/gather46/45zl.md (the outage lead above).",
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
