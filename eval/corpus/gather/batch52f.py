#!/usr/bin/env python3
"""Batch 52f (session 53, gatherer 52f): two US federal texts on Foreign Corrupt Practices Act cases against people who
ran or sold for small US companies -- the arrest of a former executive of 'Santa Ana, Calif.-based Pacific Consolidated
Industries LP (PCI)' over bribes to a United Kingdom Ministry of Defence official for contracts with the U.K. Royal Air
Force, told in a release of the U.S. Attorney's Office for the Central District of California of 22 June 2007; the
arrest of the President, Secretary and Treasurer of AMAC International, 'a high-tech company located in Newport News',
on export and bribery charges (offering bribes to Chinese government officials), told in the Office of Public Affairs'
release of 24 September 2008 -- (US federal government works, 17 U.S.C. 105), a round of session 53 in the federal FCPA
lane (SEC and Justice Department) after 51z (and 51t, 51n, 48a, 48d; the DOJ lane's FCPA releases of 41p and 43e), on
new matters (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts,
the notes of /work/notes and the session-53 pools) -- first-party federal text, as the search tool's page store holds
it:
  - the U.S. Attorney's Office, Central District of California, Release No. 07-084, 'FORMER PACIFIC CONSOLIDATED
    INDUSTRIES EXECUTIVE ARRESTED IN CONSPIRACY TO BRIBE U.K. MINISTRY OF DEFENCE OFFICIAL' (22 June 2007): Leo Winston
    Smith, Pacific Consolidated Industries LP (PCI), the United Kingdom Ministry of Defence, the U.K. Royal Air Force
    (justice.gov's 'usao/cac/Pressroom/pr2007/084.html');
  - the Department of Justice, Office of Public Affairs, 'Virginia Physicist Arrested for Illegally Exporting Space
    Launch Data to China and Offering Bribes to Chinese Officials' (24 September 2008, 08-nsd-851): Shu Quan-Sheng, AMAC
    International, U.S. Attorney Chuck Rosenberg, Patrick Rowan, Matthew Friedrich of the Criminal Division, Arthur M.
    Cummings, II and Alex J. Turner of the FBI (justice.gov's 'archive/opa/pr/2008/September/08-nsd-851.html').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome (the USAO page's navigation, seal,
office, contact, index link, release number and date lines; the OPA archive page's seal, date and telephone lines) and
the headlines (kept as `title`) are left out; no word added or changed; the store's paragraphs joined by a blank line
(the USAO page's four-space line indents dropped); each text cut at the last full sentence before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52f.py [POOL_DIR] [--dry]   (default /tmp/gather53f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

USAO = ("US Justice Department press release (justice.gov, U.S. Attorney's Office, Central District of California) from "
        "the search tool page store")
OPA = "US Justice Department press release (justice.gov archive, Office of Public Affairs) from the search tool page store"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only; no file on the same matter exists), GATHERING.md, every "
         "gather script, the notes of /work/notes and the session-53 pools /tmp/gather53*/pool (53b-53d when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53f/pool"
R = []

# ---- Pacific Consolidated Industries / Leo Winston Smith, USAO C.D. Cal., Release No. 07-084, 22 June 2007 -----------
U1 = "http://www.justice.gov/usao/cac/Pressroom/pr2007/084.html"
T1 = "FORMER PACIFIC CONSOLIDATED INDUSTRIES EXECUTIVE ARRESTED IN CONSPIRACY TO BRIBE U.K. MINISTRY OF DEFENCE OFFICIAL"
R.append(federal(
 "us-doj-usao-cdca-pacific-consolidated-industries-former-executive-smith-arrested-uk-mod-bribery-fcpa-2007", U1,
 "2007-06-22", T1,
 "A former executive of Santa Ana, Calif.-based Pacific Consolidated Industries LP (PCI) has been arrested for "
 "allegedly violating the Foreign Corrupt Practices Act (FCPA) as part of a conspiracy to bribe a United Kingdom "
 "Ministry of Defence official in order to obtain lucrative contracts with the U.K. Royal Air Force.\n\n"
 "Leo Winston Smith, 71, of Newport Beach, was arrested on June 18 and will make his initial appearance this afternoon "
 "in United States District Court in Santa Ana. Smith was initially indicted by a federal grand jury in Santa Ana on "
 "April 25. That indictment was unsealed today when Smith first court appearance was scheduled.\n\n"
 "The indictment alleges that Smith conspired to pay more than $300,000 in bribes to the U.K. Ministry of Defence "
 "official in exchange for equipment contracts for Pacific Consolidated Industries worth more than $11 million. In "
 "addition to the FCPA violations, the indictment also charges Smith with money laundering and tax offenses.\n\n"
 "PCI was a private company that manufactured air separation units (ASUs) and nitrogen concentration trolleys (NCTs) "
 "for defense departments throughout the world. ASUs and NCTs generate oxygen and nitrogen in remote, extreme and "
 "confined locations for aircraft support and military hospitals.\n\n"
 "Smith, a United States citizen, was the executive vice president and director of sales and marketing at PCI.",
 "defense equipment/foreign bribery", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office for the Central District of California, Release No. 07-084, '" + T1 +
 "', 2007-06-22, US federal government work (public domain); text from the search tool's page store at " + U1,
 USAO,
 "The Central District of California office's own release page of 2007 (justice.gov's usao/cac Pressroom series). Left "
 "out: 'Skip Navigation', 'USAO Home Page', 'DOJ Seal', \"United States Attorney's Office\", 'Central District of "
 "California', the public affairs officer's name, title, telephone and address, 'Return to the 2007 Press Release "
 "Index', 'Release No. 07-084', the date line 'June 22, 2007' (kept as `published`), the headline (kept as `title`, its "
 "capitals as written); the four-space indent the store keeps before each line dropped. Cut after the fifth "
 "paragraph's first sentence ('... director of sales and marketing at PCI.'), before \"Smith\u2019s main responsibility "
 "was to obtain business from and negotiate equipment contracts with various domestic and international defense "
 "departments, including the U.K Ministry\", where the excerpt breaks off mid-sentence (`truncated`). Kept as written: "
 "'Calif.-based', 'United Kingdom Ministry of Defence' beside 'U.K. Ministry of Defence', 'United States District "
 "Court', 'when Smith first court appearance was scheduled' (no possessive: as the store has it), 'defense' "
 "(American spelling) beside 'Defence' (the ministry's name), 'this afternoon', 'today'. 215 words. One text per "
 "matter: the Office of Public Affairs' release of Smith's guilty plea (justice.gov opa/pr 'former-pacific-"
 "consolidated-industries-lp-executive-pleads-guilty-connection-bribes-paid-uk', 2009, no date line in the excerpt), "
 "fcpaprofessor (two), fcpablog (two) and the co-conspirator Martin Self's plea left out. Found with 'Department of "
 "Justice Seal former president Pacific Consolidated Industries Leo Winston Smith pleads guilty bribes United Kingdom "
 "Ministry of Defence official' (rank 2; the OPA plea page rank 1). "
 + CHECK + "'Pacific Consolidated', 'Winston Smith', 'Martin Self', 'nitrogen concentration', 'pr2007/084', 'Release "
 "No. 07-084', 'Thom Mrozek': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools.",
 True))

# ---- Shu Quan-Sheng / AMAC International, OPA, 24 September 2008 (08-nsd-851) -----------------------------------------
U2 = "https://www.justice.gov/archive/opa/pr/2008/September/08-nsd-851.html"
T2 = ("Virginia Physicist Arrested for Illegally Exporting Space Launch Data to China and Offering Bribes to Chinese "
      "Officials")
R.append(federal(
 "us-doj-amac-international-president-shu-quan-sheng-arrested-china-export-bribery-fcpa-2008", U2,
 "2008-09-24", T2,
 "WASHINGTON \u2013 A physicist in Newport News, Va., was arrested today on charges of illegally exporting space launch "
 "technical data and services to the People\u2019s Republic of China (PRC) and offering bribes to Chinese government "
 "officials.\n\n"
 "The arrest was announced today by Chuck Rosenberg, U.S. Attorney for the Eastern District of Virginia; Patrick Rowan, "
 "Acting Assistant Attorney General for National Security; Matthew Friedrich, Acting Assistant Attorney General of the "
 "Criminal Division; Arthur M. Cummings, II, Executive Assistant Director, FBI National Security Branch; and Alex J. "
 "Turner, Special Agent in Charge, FBI Norfolk Division.\n\n"
 "Shu Quan-Sheng (\"Shu\"), 68, a native of China, naturalized U.S. citizen and PhD physicist, was arrested in Newport "
 "News by FBI agents. Shu is the President, Secretary and Treasurer of AMAC International (\"AMAC\"), a high-tech "
 "company located in Newport News. AMAC International also has an office in Beijing, China. Shu made his initial "
 "appearance earlier today in U.S. District Court for the Eastern District of Virginia, Norfolk Division.\n\n"
 "Shu is charged in a criminal complaint with unlawfully exporting a defense service to foreign persons without prior "
 "approval, in violation of the Arms Export Control Act; unlawfully exporting a defense article in violation of the "
 "Arms Export Control Act; and bribing, offering a bribe, and attempting to bribe a foreign government official, in "
 "violation of the Foreign Corrupt Practices Act (FCPA). Shu faces a possible sentence of 10 years in prison for each "
 "violation of the Arms Export Control Act, and five years in prison for violating the FCPA.",
 "space technology/foreign bribery", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2008-09-24, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Office of Public Affairs' release in justice.gov's archive of 2008 releases (the archive/opa/pr series of 43e and "
 "the Fiat release seen this round). Left out: 'Department of Justice SealDepartment of Justice' (run together in the "
 "store), the date line 'Wednesday, September 24, 2008' (kept as `published`), '(202) 514-2007', 'TDD (202) 514-1888', "
 "the headline (kept as `title`). Cut after the fourth paragraph ('... five years in prison for violating the FCPA.'), "
 "before 'According to the complaint, beginning in or around January 2003, Shu provided technical assistance and "
 "foreign technology acquis', where the excerpt breaks off mid-word (`truncated`). Kept as written: the dateline "
 "'WASHINGTON \u2013' with its spaced en dash, the curly apostrophe of 'People\u2019s', the straight quotation marks "
 "around 'Shu' and 'AMAC', the semicolons of the announcing officials' list, 'Arthur M. Cummings, II' with its comma, "
 "'PhD', 'today' twice and 'earlier today'. 251 words. One text per matter: the Department's releases of Shu's plea "
 "(17 November 2008) and sentence (justice.gov opa/pr 'virginia-physicist-sentenced-51-months-prison-illegally-"
 "exporting-space-launch-data-china-and', 2009), mail-archive's copy of this release (third party), foley, "
 "theepochtimes, tradelawnews and fcpablog (two) left out. Found with 'Skip to main content Press Release Shu "
 "Quan-Sheng physicist AMAC International pleads guilty bribes Chinese government officials 101st Research Institute' "
 "(rank 6). "
 + CHECK + "'Quan-Sheng', 'AMAC' (as a word), '08-nsd-851', 'Chuck Rosenberg', 'Patrick Rowan', 'Arthur M. Cummings', "
 "'Alex J. Turner', '101st Research': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; "
 "'Matthew Friedrich' in two GATHERING.md lines (other matters: a query of another batch and Aibel Group's release).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
