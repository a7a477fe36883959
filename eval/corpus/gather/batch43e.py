#!/usr/bin/env python3
"""Batch 43e (session 44, gatherer 43e): a bank with its subsidiary, an oil services company with its subsidiary and
a newsprint merger told in US federal public-domain texts of the Justice Department (17 U.S.C. 105), a second round
of session 44 after batch 43c in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h,
42k, 42w, 42z and 43c, first-party text only:
  - the U.S. Attorney's Office for the Eastern District of New York on The Goldman Sachs Group, Inc. and its
    Malaysian subsidiary Goldman Sachs (Malaysia) Sdn. Bhd. admitting to an FCPA conspiracy over bribes tied to
    1Malaysia Development Bhd. (1MDB)'s bond deals, GS Malaysia's guilty plea, Tim Leissner named as former
    Southeast Asia Chairman (justice.gov/usao-edny, 22 October 2020);
  - the Department's release on Baker Hughes Services International Inc. (BHSI), 'a wholly owned subsidiary of Baker
    Hughes Incorporated', pleading guilty to FCPA violations, Baker Hughes' deferred prosecution agreement and SEC
    settlement, Assistant Attorney General Alice S. Fisher of the Criminal Division (justice.gov's archive of the
    Office of Public Affairs' 2007 releases, 26 April 2007);
  - the Antitrust Division's notice on the proposed merger between Abitibi-Consolidated Inc. and Bowater
    Incorporated with the divestiture of Abitibi's Snowflake, Arizona newsprint mill (Federal Register, 72 FR 63187,
    FR Doc. 07-5586, 8 November 2007, the GPO text on frwebgate.access.gpo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, letterhead and date lines, office
lines, headlines and sub-headings (headlines kept as `title`), the GPO header lines and the notice's heading are left
out; the GPO text's line wraps joined; trailing spaces at paragraph ends dropped; each text is cut at the last full
sentence before its excerpt breaks off. No word added or changed. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch43e.py [POOL_DIR] [--dry]   (default /tmp/gather44e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch41h import OPA
from batch42z import FRW
from batch43c import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44e/pool"
USAO = ("US Justice Department press release (justice.gov, U.S. Attorney's Office, Eastern District of New York) "
        "from the search tool page store")
# batch 43c's check note (the session-42, -43 and -44 pools and scripts), with batch 43c's own pool named too
CHECK = CHECK.replace("the session-44 pools /tmp/gather44*/pool: ",
                      "the session-44 pools /tmp/gather44*/pool (batch 43c's /tmp/gather44c/pool included): ")
assert "gather44c" in CHECK
R = []

# ---- Goldman Sachs / GS Malaysia, USAO EDNY, 22 October 2020 ----------------------------------------------------------
U1 = "https://www.justice.gov/usao-edny/pr/goldman-sachs-resolves-foreign-bribery-case-and-agrees-pay-over-29-billion"
U1L = ("https://lawprofessors.typepad.com/intfinlaw/2020/10/goldman-sachs-charged-in-foreign-bribery-case-and-agrees-"
       "to-pay-over-29-billion.html")
U1B = "https://markets.businessinsider.com./news/stocks/goldman-sachs-to-pay-2-8-bln-to-settle-1mdb-probes-1029712642"
T1 = "Goldman Sachs Resolves Foreign Bribery Case And Agrees To Pay Over $2.9 Billion"
R.append(federal(
 "us-doj-usao-edny-goldman-sachs-gs-malaysia-1mdb-fcpa-resolution-2020", U1, "2020-10-22", T1,
 "The Goldman Sachs Group, Inc. (Goldman Sachs or the Company), a global financial institution headquartered in New "
 "York, New York, and Goldman Sachs (Malaysia) Sdn. Bhd. (GS Malaysia), its Malaysian subsidiary, have admitted to "
 "conspiring to violate the Foreign Corrupt Practices Act (FCPA) in connection with a scheme to pay over one billion "
 "dollars in bribes to high-ranking government officials in Malaysia and Abu Dhabi to obtain lucrative business for "
 "Goldman Sachs, underwriting approximately $6.5 billion in three bond deals for 1Malaysia Development Bhd. (1MDB), "
 "for which the bank earned hundreds of millions in fees.  Goldman Sachs will pay more than $2.9 billion as part of "
 "a coordinated resolution with criminal and civil authorities in the United States, the United Kingdom, Singapore, "
 "and elsewhere.\n\n"
 "Earlier today, in federal court in Brooklyn, Goldman Sachs entered into a deferred prosecution agreement with the "
 "United States Attorney\u2019s Office for the Eastern District of New York and the Department of Justice\u2019s "
 "Criminal Division, Fraud Section and Money Laundering and Asset Forfeiture Sections (the Department) in connection "
 "with a criminal information filed in the Eastern District of New York charging the Company with conspiracy to "
 "violate the anti-bribery provisions of the FCPA.  GS Malaysia pleaded guilty in the U.S. District Court for the "
 "Eastern District of New York to a one-count criminal information charging it with conspiracy to violate the "
 "anti-bribery provisions of the FCPA.\n\n"
 "Previously, Tim Leissner, the former Southeast Asia Chairman and a Participating Managing Director of Goldman "
 "Sachs, pleaded guilty to conspiracy to violate the FCPA and conspiracy to commit money laundering.",
 "banking", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of New York, press release '" + T1 + "', "
 "2020-10-22, US federal government work (public domain); text from the search tool's page store at " + U1,
 USAO,
 "The EDNY U.S. Attorney's Office's release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`, its capitals as printed), 'For Immediate Release', the office line 'U.S. Attorney's "
 "Office, Eastern District of New York' and the sub-heading 'Goldman Sachs Malaysia Pleads Guilty to Conspiracy to "
 "Violate the FCPA'; the trailing space after the first and second paragraphs' last full stops dropped (whitespace "
 "only). Cut after the third paragraph's first sentence ('... conspiracy to commit money laundering.'), before 'Ng', "
 "where the excerpt stops (`truncated`: Ng Chong Hwa's charge, the penalty's parts, the officials' statements and "
 "the rest of the release are not in the kept text). `published` 22 October 2020: no date line in the excerpt; the "
 "plea and the deferred prosecution agreement were entered 'Earlier today' (a Thursday: RTTNews' report on "
 "markets.businessinsider.com, 'Justice Department on Thursday said', " + U1B + "; the International Financial Law "
 "Prof Blog's copy of the Department's release is dated Friday, 23 October 2020, " + U1L + "). Kept as written: "
 "the two spaces after the full stops inside the first and second paragraphs, the curly apostrophes ('Attorney\u2019s', "
 "'Justice\u2019s'), 'Participating Managing Director' in capitals, 'Money Laundering and Asset Forfeiture "
 "Sections' as printed. One text per event: the Office of Public Affairs' release on the same resolution ('Goldman "
 "Sachs Charged in Foreign Bribery Case and Agrees to Pay Over $2.9 Billion') came back only as copies (lawfuel.com, "
 "the law professors' blog) and news (usaherald, urdupoint/Sputnik, opoyi, samdailytimes/AFP, kakiforex, "
 "nilebowie/Asia Times, malaymail/Bloomberg, pressreader/East Bay Times, RTTNews, thestreetjournal), not used; GS "
 "Malaysia's plea agreement (docslib, Cr. No. 20-438) is a court paper; not taken. Found with 'justice.gov opa pr "
 "goldman-sachs-charged-foreign-bribery-case-and-agrees-pay-over-29-billion Goldman Sachs (Malaysia) Sdn. Bhd. "
 "pleaded guilty Eastern District of New York' (rank 3). "
 + CHECK + "'Goldman Sachs (Malaysia)', '1Malaysia', 'Ng Chong Hwa', 'Roger Ng', '20-438': 0 in the corpus files' "
 "texts, GATHERING.md, the scripts and the pools; 'GS Malaysia', 'Leissner' and '1MDB' only in GATHERING.md (the "
 "SEC lane's not-used lists, the SEC's Goldman Sachs/1MDB summary not taken, and this release named as a DOJ lead); "
 "'Goldman Sachs' in eleven corpus files, other matters by their names (the 2010 SEC fraud suit, Kotak, Syngenta, "
 "LyondellBasell, Mannesmann, Grupo Clarin, Draghi, Cheng Wei, Sanyo/NYSE, Aer Lingus/Stobart, a 2013 Wikinews "
 "story on the Supreme Court: '1MDB' and '1Malaysia' 0 in the corpus).",
 True))

# ---- Baker Hughes / BHSI, Office of Public Affairs (justice.gov archive), 26 April 2007 ------------------------------
U2 = "http://www.justice.gov/archive/opa/pr/2007/April/07_crm_296.html"
U2F = "https://fcpaprofessor.com/baker-hughes-behind-the-scenes/"
T2 = ("Baker Hughes Subsidiary Pleads Guilty to Bribing Kazakh Official and Agrees to Pay $11 Million Criminal Fine as "
      "Part of Largest Combined Sanction Ever Imposed in FCPA Case")
R.append(federal(
 "us-doj-baker-hughes-bhsi-pleads-guilty-kazakh-bribery-fcpa-2007", U2, "2007-04-26", T2,
 "WASHINGTON \u2013 Baker Hughes Services International Inc. (BHSI)\u2014a wholly owned subsidiary of Baker Hughes "
 "Incorporated\u2014pleaded guilty to violating the Foreign Corrupt Practices Act (FCPA), Assistant Attorney General "
 "Alice S. Fisher of the Criminal Division announced today.\n\n"
 "At a hearing today before U.S. District Judge Gray H. Miller, in the Southern District of Texas, BHSI pleaded "
 "guilty to violations of the anti-bribery provisions of the FCPA, conspiracy to violate the FCPA, and aiding and "
 "abetting the falsification of the books and records of its parent company Baker Hughes. Additionally, Baker Hughes "
 "simultaneously entered into a deferred prosecution agreement with the Justice Department regarding the same "
 "underlying conduct, and accepted responsibility for conduct of its employees.\n\n"
 "As part of the plea and deferred prosecution agreements, it was agreed that BHSI would pay a criminal fine of $11 "
 "million, serve a three-year term of organizational probation and adopt a comprehensive anti-bribery compliance "
 "program. In a related matter, Baker Hughes reached a settlement of a complaint filed by the Securities and Exchange "
 "Commission under which it agreed to pay $10 million in civil penalties and more than $24 million in disgorgement "
 "of all profits it earned in connection with the Karachaganak project, including prejudgment interest. The $44 "
 "million in combined fines and penalties is the largest monetary sanction ever imposed in an FCPA case.",
 "oil services", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2007-04-26, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release (Criminal Division, release 07-296) as justice.gov's archive of the "
 "Office of Public Affairs' 2007 releases holds it. Left out: the letterhead lines ('Department of Justice Seal "
 "Department of Justice', 'FOR IMMEDIATE RELEASE', the date line 'THURSDAY, APRIL 26, 2007' (kept as `published`), "
 "'WWW.USDOJ.GOV', 'CRM', '(202) 514-2007', 'TDD (202) 514-1888'), the headline (kept as `title`, its two printed "
 "lines joined with a space) and the sub-heading 'Baker Hughes Incorporated Enters Into a Deferred Prosecution "
 "Agreement Following Cooperation with Justice Department'. Cut after the third paragraph ('... the largest "
 "monetary sanction ever imposed in an FCPA case.'), before 'In the charging and plea documents, BHSI admitted that "
 "it violated the FCPA by paying appr', where the excerpt stops mid-word (`truncated`: the bribes' facts, the "
 "intermediary and Kazakoil are not in the kept text). Kept as written: the dateline 'WASHINGTON \u2013' with its "
 "spaced en dash, the unspaced em dashes around 'a wholly owned subsidiary of Baker Hughes Incorporated', 'Baker "
 "Hughes Services International Inc.' without a comma, 'organizational'. One text per event: the plea agreement and "
 "the deferred prosecution agreement (EDGAR exhibits in the CUAD dataset on GitHub, documents.pub's scan: court "
 "papers), Baker Hughes' 10-Q and annual report (company text), RFE/RL's report (news) and fcpaprofessor.com's post "
 "(" + U2F + ": commentary quoting the release) not used; the SEC's complaint and release on the same settlement "
 "did not come back. Found with 'Baker Hughes subsidiary pleads guilty to bribing Kazakh official and agrees to pay "
 "$44 million FCPA 2007' (rank 1). "
 + CHECK + "'Baker Hughes Services', 'Karachaganak', 'Kazakoil', 'Gray H. Miller', 'Alice S. Fisher', "
 "'07_crm_296': 0 in the corpus files' texts, the scripts and the pools; 'Baker Hughes' only in GATHERING.md "
 "(Halliburton/Baker Hughes 2016, news only, not taken; 'Baker Hughes/BHSI' named as a DOJ lead); 'Alice Fisher' in two "
 "corpus files of other matters by their names (a Utah wireless case of 2006 and a 2017 Wikinews story on the FBI).",
 True))

# ---- Abitibi / Bowater, Federal Register notice (GPO text), 8 November 2007 -------------------------------------------
U3 = "http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2007_register&docid=fr08no07-64"
U3J = "https://regulations.justia.com/regulations/fedreg/2007/11/08/07-5586.html"
U3D = "https://docslib.org/doc/7653888/department-of-justice-requires-divestiture-in-abitibi-bowater-merger"
T3 = ("United States v. Abitibi-Consolidated, Inc. and Bowater Incorporated; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-abitibi-bowater-proposed-final-judgment-2007", U3, "2007-11-08", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "Complaint, proposed Final Judgment, Asset Preservation Stipulation and Order, and Competitive Impact Statement "
 "have been filed with the United States District Court for the District of Columbia in United States v. "
 "Abitibi-Consolidated, Inc. and Bowater Incorporated, Civ. Action No. 1:07CV01912. On October 23, 2007, the United "
 "States filed a Complaint alleging that the proposed merger between Abitibi-Consolidated Inc. (``Abitibi'') and "
 "Bowater Incorporated would violate section 7 of the Clayton Act, 15 U.S.C. 18. The Complaint alleges that the "
 "acquisition would substantially reduce competition for the production, distribution, and sale of newsprint in the "
 "United States. Specifically, the Complaint alleges that the merger would enhance the merged firm's ability and "
 "incentive to reduce their combined newsprint output and anticompetitively raise newsprint prices in the United "
 "States. The proposed Final Judgment, also filed on October 23, 2007, requires the parties to divest Abitibi's "
 "Snowflake, Arizona newsprint mill. A Competitive Impact Statement filed by the United States describes the "
 "Complaint, the proposed Final Judgment, and the remedies available to private litigants who may have been injured "
 "by the alleged violation.",
 "paper and forest products", "deal,regulatory",
 att(T3, "72 FR 63187, FR Doc. 07-5586", "2007-11-08",
     "the Government Publishing Office's Federal Register Online (frwebgate.access.gpo.gov) gives it", U3),
 FRW,
 "The Antitrust Division's notice in the Federal Register of Thursday, 8 November 2007 (72 FR 63187-63197, FR Doc. "
 "07-5586; kept as `published`), the GPO text as frwebgate.access.gpo.gov gives it (batch 42z's Premdor notice came "
 "the same way). Left out: the GPO header lines ('[Federal Register Volume 72, Number 216 (Thursday, November 8, "
 "2007)]', '[Notices]', '[Pages 63187-63197]', 'From the Federal Register Online via the Government Publishing "
 "Office [www.gpo.gov]', '[FR Doc No: 07-5586]'), the rule line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and "
 "the notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps are joined with a space "
 "('Abitibi-Consolidated, Inc.' rejoined where the GPO wrap falls after the comma). Cut after the first paragraph "
 "('... injured by the alleged violation.'), before 'Copies of the Complaint, proposed Final Judgment, Asset "
 "Preservation Stipulation and Order, and Competitive Impact Statement are available for inspection at the "
 "Departme', where the excerpt stops mid-word (`truncated`: the address, the comment paragraph, the section chief's "
 "name and the Competitive Impact Statement are not in the kept text). Kept as written: the GPO text's doubled "
 "backquotes and apostrophes around the defined name (``Abitibi''; 41c's Exelon notice), 'Abitibi-Consolidated, "
 "Inc.' with a comma in the case name and 'Abitibi-Consolidated Inc.' without one in the next sentence, lower-case "
 "'section 7', the straight apostrophes. One text per event: the Department's release of 23 October 2007 came back "
 "only as docslib's copy of its PDF (" + U3D + ") and law-firm copies (crowell.com, dbmlawgroup.com), not the "
 "Department's page, not used; justia's printed page (" + U3J + ") starts on an Environment and Natural Resources "
 "Division notice (Asarco) before it; not taken. Found with 'Justice Department requires divestiture in "
 "AbitibiBowater merger Abitibi-Consolidated Bowater newsprint mill Snowflake Arizona' (rank 7). "
 + CHECK + "'Abitibi', 'Bowater', 'Snowflake', '07-5586', '63187', '07CV01912': 0 in the corpus files' texts, "
 "GATHERING.md, the scripts and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
