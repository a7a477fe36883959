#!/usr/bin/env python3
"""Batch 51n (session 52, gatherer 51n): two Justice Department texts on Foreign Corrupt Practices Act prosecutions of
officers of a named foreign or international subsidiary of a named parent company -- the former chief financial
officer of Siemens Argentina, employed by Siemens AG, pleading guilty in Manhattan to the Argentine national identity
card bribery scheme, and a former executive of Willbros International Inc., the subsidiary through which Houston-based
Willbros Group Inc. 'conducts international operations', pleading guilty in Houston to bribes in Nigeria and Ecuador --
told in a release of the U.S. Attorney's Office for the Southern District of New York of 2015 and a release of the
Department's Office of Public Affairs of 2006 (US federal government works, 17 U.S.C. 105), a round of session 52 in
the federal SEC/DOJ FCPA lane (after batches 48a and 48d; the DOJ lane's FCPA releases of 41p and 43e), on new
matters (42e's and 42g's DOJ lead: the usao-sdny release on Andres Truppel; 46g's DOJ lead: the justice.gov releases on
the Willbros matter; every name, number and address checked first against the corpus files, GATHERING.md, the gather
scripts and the session-52 pools) -- first-party Justice Department text, the justice.gov pages as the search tool's
page store holds them:
  - the U.S. Attorney's Office for the Southern District of New York, 'Former Siemens Chief Financial Officer Pleads
    Guilty In Manhattan Federal Court To $100 Million Foreign Bribery Scheme' (30 September 2015): Preet Bharara,
    Andres Truppel, 'former chief financial officer for Siemens Argentina', Siemens Aktiengeselleschaft ('Siemens AG'),
    Judge Denise L. Cote (justice.gov's 'usao-sdny/pr/former-siemens-chief-financial-officer-pleads-guilty-manhattan-
    federal-court-100');
  - the Office of Public Affairs' release 06-621 (Criminal Division; September 2006, its day not in the stored text):
    Jim Bob Brown, 'a former executive of a subsidiary of Houston-based Willbros Group Inc.', Willbros International
    Inc. (WII), Judge Sim Lake of the U.S. District Court for the Southern District of Texas, Nigerian National
    Petroleum Corporation (justice.gov's 'opa/pr/2006/September/06_crm_621.html').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', the issuing office's line) and the headline (kept as `title`) are left out; the
2006 page's stored text has no headline or date line (title and `published` null); no word added or changed; the
store's paragraphs joined by a blank line; each text cut at the last full sentence before the store's excerpt breaks
off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51n.py [POOL_DIR] [--dry]   (default /tmp/gather52n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA     # the origin line of a justice.gov Office of Public Affairs release
from batch41p import USAO    # the origin line of a justice.gov SDNY U.S. Attorney's Office release

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, the notes of /work/notes/gather52 and the session-52 pools /tmp/gather52*/pool (52a-52j when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52n/pool"
R = []

# ---- Siemens Argentina / Andres Truppel, USAO SDNY, 30 September 2015 (justice.gov) -----------------------------------
U1 = ("https://www.justice.gov/usao-sdny/pr/former-siemens-chief-financial-officer-pleads-guilty-manhattan-federal-"
      "court-100")
T1 = ("Former Siemens Chief Financial Officer Pleads Guilty In Manhattan Federal Court To $100 Million Foreign Bribery "
      "Scheme")
R.append(federal(
 "us-doj-usao-sdny-siemens-argentina-former-cfo-truppel-pleads-guilty-argentine-bribery-2015", U1, "2015-09-30", T1,
 "Preet Bharara, the United States Attorney for the Southern District of New York, announced that ANDRES TRUPPEL, "
 "former chief financial officer for Siemens Argentina, pled guilty today in Manhattan federal court to conspiring to "
 "pay $100 million in bribes to senior Argentine government officials to secure, implement, and enforce a $1 billion "
 "contract between Siemens and the Argentine government to produce national identity cards.  He is the first "
 "individual defendant to plead guilty in the massive scheme.  TRUPPEL, a citizen of Argentina and Germany, pled "
 "guilty to one count of conspiring to violate the Foreign Corrupt Practices Act\u2019s anti-bribery, internal "
 "controls, and books and records provisions, and to commit wire fraud, before U.S. District Judge Denise L. Cote.\n\n"
 "Manhattan U.S. Attorney Preet Bharara stated:  \u201cAndres Truppel has admitted to playing a significant role in "
 "the massive Siemens bribery conspiracy that spanned over a decade.  To reap the benefits of a billion dollar "
 "contract with the Argentinian government, Truppel and his co-conspirators funneled close to $100 million in bribes "
 "to government officials, including wiring more than $7 million in bribe money to a bank account in New York, and "
 "filed a fraudulent arbitration claim in the United States that included a false witness statement from Truppel.  "
 "This conduct violated U.S. anti-bribery and fraud laws, and Truppel is the first individual in this criminal scheme "
 "to admit his guilt.\u201d\n\n"
 "According to the Indictment and statements made at today\u2019s plea hearing:\n\n"
 "ANDRES TRUPPEL was employed by Siemens Aktiengeselleschaft (\u201cSiemens AG\u201d) from 1977 until 2004.",
 "industrial engineering/foreign bribery", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Southern District of New York, press release '" + T1 + "', "
 "2015-09-30, US federal government work (public domain); text from the search tool's page store at " + U1,
 USAO,
 "The SDNY U.S. Attorney's Office's release on justice.gov (as 41p's VimpelCom and Kubient texts). Left out: 'Skip "
 "to main content', 'Press Release', the headline (kept as `title`), 'For Immediate Release', 'U.S. Attorney's "
 "Office, Southern District of New York'. Cut after the fourth paragraph ('ANDRES TRUPPEL was employed by Siemens "
 "Aktiengeselleschaft (\u201cSiemens AG\u201d) from 1977 until 2004.'), before the sentence the store runs on to "
 "without a space, 'From approximately 1996 to 2002, TRUPPEL was the chief financial officer for Siemens Argentina, "
 "a subsidi', where the excerpt stops mid-word (`truncated`): the words that state Siemens Argentina a subsidiary "
 "(of Siemens AG, by the other texts) are lost with it; the annotation infers the tie from the kept text (see the "
 "gold's notes). `published` 30 September 2015: no date line in the excerpt; Reuters' report of the plea "
 "(uk.reuters.com, dateline 'NEW YORK, Sept 30', 'pleaded guilty on Wednesday', the address ending 20150930), "
 "advisenltd.com ('the US Dept. of Justice said in a Sept. 30 press release') and buckleyfirm.com ('On September "
 "30') date it. Kept as written: 'ANDRES TRUPPEL' and 'TRUPPEL' in capitals beside 'Andres Truppel' in the "
 "quotation, 'pled guilty', 'Aktiengeselleschaft' as spelt, the double spaces after full stops and after 'stated:', "
 "the curly quotation marks and apostrophes, 'Argentine' beside 'Argentinian', 'Indictment' capitalised. 251 words. "
 "One text per matter: the Justice Department's December 2011 indictment release (newyorkparalegalblog's copy, a "
 "third-party page), Reuters, advisenltd, buckleyfirm, fcpablog, the Spanish and Portuguese news (biobiochile, "
 "foxinver, swissinfo), the Siemens Argentina information on pdfslide (a court paper) and the 2018 Reichert plea "
 "(4-traders, dojupdate, dariennewsonline: the same scheme, another defendant, later) left out. Found with 'former "
 "chief financial officer of Siemens Argentina pleads guilty Truppel' (rank 3) and 'Siemens Argentina chief "
 "financial officer pled guilty Manhattan federal court national identity cards bribes' (rank 5). "
 + CHECK + "'Truppel' (GATHERING.md only: 42e's lead, 42g's not-used line, query and lead), 'Siemens Argentina', "
 "'Aktiengeselleschaft', 'Denise Cote', 'national identity card', 'former-siemens-chief-financial': 0 in the corpus "
 "files, the scripts, the notes and the pools; 'Siemens AG' in two train files by name (wp-joe-kaeser, wp-siemens-vdo: "
 "the company's people and units, no bribery or Argentina in either: grep -il of 'argentin', 'brib', 'identity card' "
 "over every corpus file naming Siemens gives none); 'Bharara' in one test file by name (the VimpelCom/Unitel "
 "release of 41p: another matter).",
 True))

# ---- Willbros Group / Willbros International / Jim Bob Brown, OPA release 06-621, September 2006 (justice.gov) ---------
U2 = "http://justice.gov/opa/pr/2006/September/06_crm_621.html"
R.append(federal(
 "us-doj-willbros-international-former-executive-jim-bob-brown-pleads-guilty-nigeria-ecuador-fcpa-2006", U2, None,
 None,
 "WASHINGTON \u2013 Jim Bob Brown, a former executive of a subsidiary of Houston-based Willbros Group Inc. who worked "
 "in Nigeria and South America, has pleaded guilty to violating the Foreign Corrupt Practices Act (FCPA) by "
 "conspiring with others to bribe officials of the governments of Nigeria and Ecuador, the Department of Justice "
 "announced today.\n\n"
 "The plea was accepted this afternoon at the federal courthouse in Houston by Judge Sim Lake of the U.S. District "
 "Court for the Southern District of Texas. The court set a sentencing date of November 30, 2006.\n\n"
 "Willbros, a publicly traded company that provides construction, engineering and other services in the oil and gas "
 "industry, conducts international operations through a subsidiary known as Willbros International Inc. (WII). "
 "During his guilty plea hearing, Brown, 45, admitted that in February 2005, he and another Nigeria-based WII "
 "executive arranged for the payment of approximately $1.5 million in cash in Nigeria as part of a conspiracy to make "
 "corrupt payments to, among others, officials of Nigerian National Petroleum Corporation (the Nigerian "
 "government-owned oil company) and a joint venture effectively controlled by that company, in order to obtain and "
 "retain gas pipeline construction business in Nigeria. The payment was part of a larger, multi-million dollar "
 "foreign bribery scheme involving, among others, a former senior Willbros executive officer, a U.S. national acting "
 "as a purported \u201cconsultant\u201d to Willbros, and Nigeria-based employees of a major German engineering, and "
 "construction company. Brown also admitted that, from at least 1996 to early 2005, he and other mid and "
 "senior-level WII executives approved of a scheme in which WII\u2019s Nigerian operations submitted fictitious "
 "invoices for payment by Willbros.",
 "oil and gas construction/foreign bribery", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release 06-621 (Criminal Division), September 2006 (its "
 "heading and day are not in the stored text), US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 OPA,
 "The Justice Department's press release (Criminal Division, release 06-621, by its address) on justice.gov's "
 "Office of Public Affairs pages of 2006. The stored text starts at the dateline: no letterhead, headline or date line "
 "is in it, so `title` is null and `published` is null -- the address gives only 'September' 2006, and no page in "
 "the store gives the day (the information filed in the Southern District of Texas on 09/11/2006, dokumen.tips' "
 "scan, only bounds it; the plea was taken 'this afternoon' of an unstated day). With `published` null the gold lists "
 "only absolute dates ('today' and 'this afternoon' left out: GUIDELINES). Cut after the third paragraph's fourth "
 "sentence ('... submitted fictitious invoices for payment by Willbros.'), before 'These funds were used, in part, to "
 "make corrupt payments to officials of the Nigerian revenue agencies and courts in order to lower taxes that would "
 "otherwise have been assessed, and to influence favorably ', where the excerpt breaks off (`truncated`). Kept as "
 "written: the dateline 'WASHINGTON \u2013' with its spaced en dash (43e's Baker Hughes text the same way), "
 "'Houston-based', 'a major German engineering, and construction company' with its comma, 'mid and senior-level', "
 "the curly quotation marks of '\u201cconsultant\u201d' and the curly apostrophe of 'WII\u2019s'. 272 words. One text per "
 "matter: foley's notes on Jason Steph's plea (2007), the 2008 settlement and the Tillery/Novak indictment, ogj's "
 "reports (2008 settlement, Novak's plea), lexology, fcpa.shearman's and fcpa.aoshearman's case pages, tfoxlaw, "
 "geyergorey's copy of the 2013 Novak sentencing release (a third-party copy), Brown's information on dokumen.tips "
 "and the Willbros deferred prosecution agreement (an EDGAR exhibit on sec.gov and vdocuments' scan: court papers) "
 "left out. Found with 'Willbros International former executive vice president pleads guilty Nigeria bribery "
 "Justice Department' (rank 2) and 'Jim Bob Brown former Willbros executive pleads guilty Foreign Corrupt Practices "
 "Act Nigeria Ecuador' (rank 1). "
 + CHECK + "'Willbros' (GATHERING.md only: 46g's not-used line, query and DOJ lead), 'Jim Bob Brown', '06_crm_621', "
 "'Sim Lake', 'Nigerian National Petroleum', 'Southern District of Texas' with 'Willbros': 0 in the corpus files, the "
 "scripts, the notes and the pools; 'Tillery' only in train wp-vale-canada by name (another person) and its script.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
