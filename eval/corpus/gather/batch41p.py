#!/usr/bin/env python3
"""Batch 41p (session 42, gatherer 41p): companies with their subsidiaries and executives with their posts told in the
Justice Department's own press releases (US federal public-domain works, 17 U.S.C. 105), a round of session 42 after
batches 41c, 41h and 41k in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h and 41k, turned from the
Antitrust Division's merger releases to corporate criminal cases (FCPA resolutions naming a parent and its subsidiary,
an executive charged), first-party text only:
  - the U.S. Attorney's Office for the Southern District of New York on criminal charges against VimpelCom Limited and
    its wholly owned Uzbek subsidiary Unitel LLC for conspiring to violate the FCPA (more than $114 million in bribes
    to a government official in Uzbekistan), Unitel's guilty plea and VimpelCom's deferred prosecution agreement
    (justice.gov/usao-sdny, 18 February 2016);
  - the Office of Public Affairs on Stockholm-based Telia Company AB and its Uzbek subsidiary Coscom LLC entering a
    global foreign bribery resolution of more than $965 million (justice.gov/opa, 21 September 2017);
  - the U.S. Attorney's Office for the Southern District of New York on Paul Roberts, the founder, former Chief
    Executive Officer and former Chairman of Kubient, Inc, charged with securities fraud and pleading guilty
    (justice.gov/usao-sdny, 16 September 2024).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', the issuing office's line), headlines (kept as `title`) and sub-headings are left
out, and so is the indentation before two paragraphs; each text is cut at the last full sentence (or the last
paragraph closing its quotation) before its excerpt breaks off. No word added or changed. Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch41p.py [POOL_DIR] [--dry]   (default /tmp/gather42p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import CHECK
from batch41h import OPA

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42p/pool"
USAO = "US Justice Department press release (justice.gov, U.S. Attorney's Office, Southern District of New York) from the search tool page store"
R = []

# ---- VimpelCom / Unitel, USAO SDNY, 18 February 2016 -----------------------------------------------------------------
U1 = ("https://www.justice.gov/usao-sdny/pr/global-telecommunications-company-and-its-subsidiary-charged-massive-"
      "bribery-scheme")
R.append(federal(
 "us-doj-usao-sdny-vimpelcom-unitel-uzbek-bribery-charges-2016", U1, "2016-02-18",
 "Global Telecommunications Company And Its Subsidiary Charged In Massive Bribery Scheme Involving Uzbek Official; "
 "Company To Pay $795 Million In Penalties",
 "Preet Bharara, the United States Attorney for the Southern District of New York, Leslie R. Caldwell, the Assistant "
 "Attorney General for the Criminal Division of the Department of Justice (\u201cDOJ\u201d), Richard Weber, Chief of "
 "the Internal Revenue Service-Criminal Investigation (\u201cIRS-CI\u201d), and Clark E. Settles, Special Agent in "
 "Charge of the U.S. Immigration and Customs Enforcement\u2019s Homeland Security Investigations (\u201cHSI\u201d) "
 "Washington, D.C., Field Office, announced today the filing of criminal charges against VimpelCom Limited "
 "(\u201cVimpelCom\u201d), the world\u2019s sixth-largest telecommunications company, with securities publicly "
 "traded in New York, and its wholly owned Uzbek subsidiary, Unitel LLC (\u201cUnitel\u201d) for conspiring to "
 "violate the Foreign Corrupt Practices Act (\u201cFCPA\u201d) by paying more than $114 million in bribes to a "
 "government official in Uzbekistan.  VimpelCom was also charged with violating the FCPA\u2019s internal control "
 "provisions.\n\n"
 "Mr. Bharara also announced that in connection with the filed charges, Unitel pleaded guilty today before United "
 "States District Judge Edgardo Ramos, and that SDNY and the DOJ entered into a deferred prosecution agreement "
 "(\u201cDPA\u201d) with VimpelCom.  Pursuant to the DPA, VimpelCom admitted to participating in the charged "
 "conspiracy.  VimpelCom will pay a total criminal penalty of $230,163,199.20 to the United States, including $40 "
 "million in criminal forfeiture.",
 "telecommunications", "legal,ownership",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of New York, press release 'Global "
 "Telecommunications Company And Its Subsidiary Charged In Massive Bribery Scheme Involving Uzbek Official; Company "
 "To Pay $795 Million In Penalties', 2016-02-18, US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 USAO,
 "The SDNY U.S. Attorney's Office's release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`), 'For Immediate Release', 'U.S. Attorney's Office, Southern District of New York', the "
 "sub-heading 'One of the Largest-Ever Global FCPA Resolutions; Uzbek Subsidiary Pleads Guilty to Paying Bribes', "
 "the indentation before the two paragraphs and the space after the first paragraph's last full stop. Cut after "
 "'... including $40 million in criminal forfeiture.', before the sentence 'VimpelCom further agreed to implement "
 "rigorous internal controls, retain a compliance monitor for a term of three years, and cooperate fully with the', "
 "where the excerpt stops mid-sentence (`truncated`). `published` 18 February 2016: no date line in the excerpt; "
 "the case's initiation date 02/18/2016 (Stanford FCPA Clearinghouse, SDNY 16-cr-137) and ICE's release on the "
 "resolutions entered 'Thursday' date it. Kept as written: the double spaces after full stops, the curly quotation "
 "marks and apostrophes, 'Mr. Bharara', '$230,163,199.20'. One text per event: ICE's release (ice.gov, 'WASHINGTON "
 "- Amsterdam-based VimpelCom Limited ...'), law-firm case summaries (fcpa.aoshearman.com, fcpa.shearman.com), the "
 "Stanford FCPA Clearinghouse's records, the securities class action's complaint (docslib, vdocuments) and the "
 "fcpaprofessor post left out. Found with 'VimpelCom Unitel LLC wholly owned Uzbek subsidiary Justice Department "
 "press release Southern District of New York' (rank 1). "
 + CHECK + "'VimpelCom' only in other matters by the files' names (train wp-wind-italy, wp-warid-pakistan; batches "
 "30d and 31i) and in GATHERING.md as 41m's and 41n's leads; 'Unitel' only as Daewoo Unitel (train "
 "wp-uzdunrobita, voa-gm-daewoo-motor-takeover-agreement-2001; batches 37d, 38m); 'Bharara', 'Preet Bharara', "
 "'Leslie R. Caldwell', 'Edgardo Ramos': 0 everywhere.", True))

# ---- Telia / Coscom, Office of Public Affairs, 21 September 2017 -----------------------------------------------------
U2 = ("https://www.justice.gov/opa/pr/telia-company-ab-and-its-uzbek-subsidiary-enter-global-foreign-bribery-"
      "resolution-more-965")
R.append(federal(
 "us-doj-telia-coscom-uzbek-foreign-bribery-resolution-2017", U2, "2017-09-21",
 "Telia Company AB and Its Uzbek Subsidiary Enter Into a Global Foreign Bribery Resolution of More Than $965 Million "
 "for Corrupt Payments in Uzbekistan",
 "Stockholm-based Telia Company AB, an international telecommunications company that was formerly an issuer of "
 "publicly traded securities in the U.S., and its Uzbek subsidiary, Coscom LLC, entered into a global foreign "
 "bribery resolution and agreed to pay a combined total penalty of more than $965 million to resolve charges "
 "arising out of a scheme to pay bribes in Uzbekistan.\n\n"
 "Acting Assistant Attorney General Kenneth A. Blanco of the Justice Department\u2019s Criminal Division, Acting U.S. "
 "Attorney Joon H. Kim of the Southern District of New York, Chief Don Fort of Internal Revenue Service-Criminal "
 "Investigation (IRS-CI) and Special Agent in Charge Patrick J. Lechleitner of U.S. Immigration and Customs "
 "Enforcement\u2019s Homeland Security Investigations (ICE-HSI) Washington, D.C., Field Office made the "
 "announcement.\n\n"
 "\u201cThis resolution underscores the Department\u2019s continued and unwavering commitment to robust FCPA and "
 "white-collar criminal enforcement.  It also demonstrates the Department\u2019s cooperative posture with its "
 "foreign counterparts to stamp out international corruption and to reach fair, appropriate and coordinated "
 "resolutions,\u201d said Acting Assistant Attorney General Blanco.",
 "telecommunications", "legal,ownership",
 "U.S. Department of Justice, Office of Public Affairs, press release 'Telia Company AB and Its Uzbek Subsidiary "
 "Enter Into a Global Foreign Bribery Resolution of More Than $965 Million for Corrupt Payments in Uzbekistan', "
 "2017-09-21, US federal government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Office of Public Affairs' release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs', the sub-heading 'Companies Agree "
 "to Coordinated Resolution between the Department of Justice, U.S. Securities and Exchange Commission (SEC) and the "
 "Kingdom of the Netherlands Representing the Second Major Resolution Involving Corruption by Telecom Companies in "
 "Uzbekistan'. Cut after the first quotation's attribution ('... said Acting Assistant Attorney General Blanco.'), "
 "before Blanco's second quotation ('\u201cForeign and domestic companies that pay bribes ... Today\u2019s "
 "resolution reflects the significant efforts of law enforcement, the Criminal Division and the U.S. Attorney\u2019s "
 "Office for the Southern District of', where the excerpt stops mid-sentence inside the quotation; `truncated`: "
 "Acting U.S. Attorney Kim's quotation and the facts of the scheme are not in the kept text). `published` 21 "
 "September 2017: no date line in the excerpt; a democraticunderground.com post quoting the release with its "
 "address gives the date line 'FOR IMMEDIATE RELEASE Thursday, September 21, 2017', and Reuters and law360 date the "
 "resolution 21 September 2017. Kept as written: the double space inside the quotation, the curly quotation marks "
 "and apostrophes, 'in the U.S.', '(IRS-CI)' and '(ICE-HSI)' without quotation marks. One text per event: the SDNY "
 "U.S. Attorney's Office's own release on the same resolution (justice.gov/usao-sdny, 'Global Telecommunications "
 "Company And Its Subsidiary To Pay More Than $965 Million In Penalties In Massive Bribery Scheme Involving Uzbek "
 "Official', rank 8 for Kim's quotation) left out for this one (the Department's national release, and a second "
 "SDNY text beside the VimpelCom release would repeat its form); news (Reuters, law360, law.com, complianceweek, "
 "mobileworldlive) and the democraticunderground.com post (a partial reprint, '(snip)') left out. Found with 'Telia "
 "Company AB and its Uzbek subsidiary Coscom enter into global foreign bribery resolution Justice Department press "
 "release' (rank 1). "
 + CHECK + "'Coscom', 'Joon H. Kim', 'Kenneth A. Blanco', 'Lechleitner', 'Ucell': 0 everywhere; 'Telia' only in "
 "other matters by the files' names (the 2024 Baltic Sea cable disruptions, Ncell, Turkcell; batches 26e, 32f, "
 "38f) and in GATHERING.md as 41m's and 41n's look at news on Uzbekistan.", True))

# ---- Kubient / Paul Roberts, USAO SDNY, 16 September 2024 ------------------------------------------------------------
U3 = ("https://justice.gov/usao-sdny/pr/former-ceo-kubient-inc-charged-and-pleads-guilty-connection-accounting-"
      "fraud-scheme")
R.append(federal(
 "us-doj-usao-sdny-kubient-former-ceo-roberts-pleads-guilty-2024", U3, "2024-09-16",
 "Former CEO Of Kubient, Inc. Charged And Pleads Guilty In Connection With Accounting Fraud Scheme",
 "Damian Williams, the United States Attorney for the Southern District of New York, and Daniel B. Brubaker, the "
 "Inspector in Charge of the New York Division of the U.S. Postal Inspection Service (\u201cUSPIS\u201d), announced "
 "today the filing of an Information charging PAUL ROBERTS, the founder, former Chief Executive Officer, and former "
 "Chairman of the Board of Directors of Kubient, Inc, a digital advertising technology company, with securities "
 "fraud.  The charge results from ROBERTS\u2019s execution of a scheme to defraud investors and auditors of "
 "Kubient, during which he caused Kubient to improperly recognize more than $1.3 million in fraudulent revenue in "
 "Kubient\u2019s financial statements at the time of Kubient\u2019s initial public offering and made material "
 "misrepresentations about the efficacy of Kubient\u2019s proprietary fraud detection tool, Kubient Artificial "
 "Intelligence (\u201cKAI\u201d).  ROBERTS plead guilty today before U.S. District Judge Jennifer L. Rochon and is "
 "scheduled to be sentenced on December 18, 2024.\n\n"
 "U.S. Attorney Damian Williams said: \u201cPaul Roberts, the founder and former CEO of Kubient, inflated his "
 "company\u2019s revenue and lied about the performance of one of its signature products, an AI-powered tool that "
 "was supposed to detect ad fraud in the digital advertising industry.  To carry out his scheme, Roberts had fake "
 "documents created to mislead the independent certified public accountants engaged to audit Kubient\u2019s "
 "financial statements.  Today\u2019s charge and guilty plea sends a message that this Office is committed to "
 "holding corporate executives accountable when they resort to fraud.\u201d",
 "advertising technology", "legal,executives",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of New York, press release 'Former CEO Of "
 "Kubient, Inc. Charged And Pleads Guilty In Connection With Accounting Fraud Scheme', 2024-09-16, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 USAO,
 "The SDNY U.S. Attorney's Office's release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`), 'For Immediate Release', 'U.S. Attorney's Office, Southern District of New York', the "
 "sub-heading 'Paul Roberts Fabricated Documents and Misled Investors and Auditors in Scheme to Recognize "
 "Fraudulent Revenue in Kubient\u2019s Financial Statements'. Cut after Williams's quotation, before the paragraph "
 "'USPIS Inspe', where the excerpt stops mid-word (`truncated`: the Postal Inspection Service's quotation and the "
 "facts of the scheme are not in the kept text). `published` 16 September 2024: no date line in the excerpt; the "
 "D&O Diary's post ('The Southern District of New York's U.S. Attorney's Office's September 16, 2024, press "
 "release') and the law firms' notes on the same day's SEC charges and plea (fenwick.com, velaw.com) date it. Kept "
 "as written: 'Kubient, Inc' without a full stop (the headline has 'Inc.'), 'PAUL ROBERTS' and 'ROBERTS' in capitals "
 "as the release prints the defendant's name, 'ROBERTS plead guilty', the double spaces after full stops, the curly "
 "quotation marks and apostrophes. One text per event: news and law-firm notes (cfodive, dandodiary, Harvard "
 "corpgov, fenwick, velaw, waynecountyjournal on the later sentencing) left out; the SEC's releases on the same "
 "matter were looked at by batch 41b (not taken there). Found with 'Kubient founder former CEO Chairman charged US "
 "Attorney Southern District of New York press release' (rank 1). "
 + CHECK + "'Kubient', 'Paul Roberts', 'Damian Williams', 'Brubaker', 'Rochon': 0 in the corpus, the scripts and "
 "the pools; GATHERING.md names Kubient only in batches 41b's and 41e's looks and leads (SEC texts, not taken).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
