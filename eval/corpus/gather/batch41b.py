#!/usr/bin/env python3
"""Batch 41b (session 42, gatherer 41b): company executives with their posts told in US Securities and Exchange
Commission releases (US federal government works, 17 U.S.C. 105), a round after batches 40zm and 40zn in the federal
SEC lane -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's Litigation Release No. 26035 (25 June 2024): John Brda and Georgios Palikaras, former CEOs of Meta
    Materials Inc., charged over a market manipulation scheme before the merger of Brda's Torchlight Energy Resources
    Inc. and Palikaras' Metamaterials Inc. that formed Meta Materials.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov page itself (no third-party copy, so no
word-for-word check against another copy is needed). The page's name line, release-number line, case caption and
heading are left out (the heading kept as `title`); no word added or changed. Written before any extractor ran on the
text (newskg was not run on it).
usage: batch41b.py [POOL_DIR] [--dry]   (default /tmp/gather42b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42b/pool"
SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-42 pools /tmp/gather42*/pool: ")
R = []

# ---- Meta Materials, former CEOs Brda and Palikaras, Litigation Release No. 26035, 25 June 2024 ----------------------
U1 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-26035"
R.append(federal(
 "us-sec-meta-materials-former-ceos-brda-palikaras-manipulation-2024", U1, "2024-06-25",
 "SEC Charges Former CEOs of Meta Materials with Market Manipulation, Fraud, and Other Violations",
 "The Securities and Exchange Commission today charged John Brda and Georgios Palikaras, former CEOs of Meta "
 "Materials Inc., for their roles in a concerted market manipulation scheme that raised $137.5 million from investors "
 "in an at-the-market (ATM) offering in June 2021 immediately prior to the merger of Brda\u2019s Torchlight Energy "
 "Resources Inc. and Palikaras\u2019 Metamaterials Inc. that formed Meta Materials.\n\n"
 "The SEC\u2019s complaint, filed in U.S. District Court for the Southern District of New York, alleges that Brda and "
 "Palikaras planned and conducted the manipulative scheme that included, among other things, issuing a preferred "
 "stock dividend immediately before the merger. The complaint alleges that Brda and Palikaras told certain investors "
 "and consultants\u2014and hinted via social media\u2014that the dividend would force short sellers to exit their "
 "positions and trigger a \u201cshort squeeze\u201d that would artificially raise the price of the company\u2019s "
 "common stock. The SEC further alleges that Brda and Palikaras also misrepresented the company\u2019s efforts to sell "
 "its oil and gas assets and distribute proceeds to preferred stockholders, giving investors a false impression of "
 "the value of the dividend. While investors held or bought the company\u2019s common stock to receive the dividend, "
 "the complaint alleges, the company was cashing in by selling $137.5 million in an ATM offering at prices that the "
 "company, Brda, and Palikaras knew were temporarily inflated by their manipulative scheme. \u201cWe have two "
 "days,\u201d the complaint alleges Brda told Palikaras after the first day of the ATM offering, \u201cto take "
 "advantage of the squeeze...\u201d",
 "materials/energy/securities regulation", "legal,executives,merger",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26035 'SEC Charges Former CEOs of Meta Materials "
 "with Market Manipulation, Fraud, and Other Violations', June 25, 2024 (Securities and Exchange Commission v. John "
 "Brda and Georgios Palikaras, No. 1:24-cv-04806, S.D.N.Y.), US federal government work (public domain); text from "
 "the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. Left out: the page's name line 'John Brda and Georgios Palikaras', the line 'Litigation Release "
 "No. 26035 / June 25, 2024' (kept as `published`), the case caption 'Securities and Exchange Commission v. John Brda "
 "and Georgios Palikaras, No. 1:24-cv-04806 (S.D.N.Y. filed June 24, 2024)' and the heading (kept as `title`); cut "
 "before the third paragraph ('The SEC\u2019s complaint charges Brda and Palikar...'), where the store's excerpt "
 "breaks off (`truncated`). Kept as written: the curly apostrophes and quotation marks, the unspaced em dashes "
 "('consultants\u2014and ... media\u2014that'), 'Palikaras\u2019 Metamaterials Inc.' (the SEC's press release on the "
 "same matter writes 'Metamaterial Inc.'), the three full stops in 'squeeze...'. `published` 2024-06-25 from the "
 "release line (the complaint was filed the day before, as the caption says; the text's 'today' resolved against "
 "`published`). 248 words. One text per matter: the SEC's press release of the same day (publicnow.com's archived "
 "copy, with Meta Materials' settled administrative proceeding) and its rewrites (overviewforex.com, securitieslaw.com, "
 "securitieslawyer101.com, marketscreener's Dow Jones story, binance.com) left out. Found with 'SEC Charges Meta "
 "Materials and Former CEOs John Brda George Palikaras market manipulation Torchlight' (rank 3). "
 + CHECK + "'Meta Materials', 'Metamaterial', 'Brda', 'Palikaras', 'Georgios', 'Torchlight', 'MMTLP', '26035', "
 "'short squeeze': 0 everywhere.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
