#!/usr/bin/env python3
"""Batch 52h (session 53, gatherer 52h): two US federal texts on Foreign Corrupt Practices Act cases -- the indictment of
Gerald Green and Patricia Green, 'co-owners of Film Festival Management, Inc. (FFM), a Los Angeles-based film company',
over payments to the government official who headed the Tourism Authority of Thailand for contracts to run the Bangkok
International Film Festival, told in the Office of Public Affairs' release of 17 January 2008; the deferred prosecution
agreement of Dallas Airmotive Inc., 'a provider of aircraft engine maintenance, repair and overhaul services based in
Grapevine, Texas', over bribes to officials of the Brazilian and Peruvian Air Forces and two governors' offices, told in
the Office of Public Affairs' release of 10 December 2014 -- (US federal government works, 17 U.S.C. 105), a round of
session 53 in the federal FCPA lane (SEC and Justice Department) after 52f (and 51z, 51t, 51n, 48a, 48d; the DOJ
lane's FCPA releases of 41p and 43e), on new matters (every name, number and address checked first against the corpus
files, GATHERING.md, the gather scripts, the notes of /work/notes and the session-53 pools) -- first-party federal
text, as the search tool's page store holds it:
  - the Department of Justice, Office of Public Affairs, 'Film Executive and Spouse Indicted for Paying Bribes to a Thai
    Tourism Official to Obtain Lucrative Film Festival Management Contracts' (17 January 2008, 08_crm_032): Gerald
    Green, Patricia Green, Film Festival Management, Inc. (FFM), the Tourism Authority of Thailand (TAT), Alice S.
    Fisher of the Criminal Division, U.S. Attorney Thomas P. O'Brien (justice.gov's
    'archive/opa/pr/2008/January/08_crm_032.html');
  - the Department of Justice, Office of Public Affairs, 'Dallas Airmotive Inc. Admits Foreign Corrupt Practices Act
    Violations and Agrees to Pay $14 Million Criminal Penalty' (10 December 2014): Dallas Airmotive Inc., Leslie R.
    Caldwell of the Criminal Division, Diego Rodriguez of the FBI's Dallas Division, the Brazilian Air Force, the
    Peruvian Air Force, David M. Fuhr of the Fraud Section, Michael C. Elliott of the U.S. Attorney's Office for the
    Northern District of Texas (justice.gov's 'opa/pr/dallas-airmotive-inc-admits-foreign-corrupt-practices-act-
    violations-and-agrees-pay-14').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome (the OPA archive page's seal and telephone
lines) and the headlines (kept as `title`) are left out; no word added or changed; the store's paragraphs joined by a
blank line; each text cut at the last full sentence before the store's excerpt breaks off. Neither excerpt carries a
date line: `published` comes from the release's own relative dates and other pages in the store (see each record's
notes). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52h.py [POOL_DIR] [--dry]   (default /tmp/gather53h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

OPA_ARCHIVE = ("US Justice Department press release (justice.gov archive, Office of Public Affairs) from the search tool "
               "page store")
OPA = "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only; no file on the same matter exists), GATHERING.md, every "
         "gather script, the notes of /work/notes and the session-53 pools /tmp/gather53*/pool (53a-53d, 53f and 53j "
         "when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53h/pool"
R = []

# ---- Film Festival Management / Gerald and Patricia Green, OPA, 17 January 2008 (08_crm_032) -------------------------
U1 = "https://www.justice.gov/archive/opa/pr/2008/January/08_crm_032.html"
T1 = ("Film Executive and Spouse Indicted for Paying Bribes to a Thai Tourism Official to Obtain Lucrative Film Festival "
      "Management Contracts")
R.append(federal(
 "us-doj-film-festival-management-gerald-patricia-green-indicted-thai-tourism-official-bribes-fcpa-2008", U1,
 "2008-01-17", T1,
 "WASHINGTON \u2013 Assistant Attorney General Alice S. Fisher of the Criminal Division and U.S. Attorney Thomas P. "
 "O\u2019Brien for the Central District of California announced that a Los Angeles-area film executive and his spouse "
 "were indicted late yesterday on allegations of making corrupt payments to a Thai government official in order to "
 "obtain lucrative contracts to run an international film festival held annually in Bangkok, in violation of the "
 "Foreign Corrupt Practices Act (FCPA).\n\n"
 "Gerald Green, 75, and his wife Patricia Green, 52, both of West Hollywood, co-owners of Film Festival Management, "
 "Inc. (FFM), a Los Angeles-based film company, were indicted by a federal grand jury in Los Angeles on one count of "
 "conspiracy to bribe a foreign public official in violation of the FCPA and six substantive counts of violating the "
 "FCPA.\n\n"
 "The charges stem from a conspiracy to make more than $900,000 in bribe payments for the benefit of a government "
 "official who headed the Tourism Authority of Thailand (TAT) to obtain contracts to manage and operate the annual "
 "Bangkok International Film Festival (\u201cBKKIFF\u201d) from 2002-2007.\n\n"
 "According to the indictment, the Greens owned and operated Film Festival Management, which was formed in 2002 "
 "specifically to obtain the contracts to operate and manage the BKKIFF. As charged, from 2002 and continuing into "
 "2007, the Greens conspired with others to bribe a senior Thai government official who was, at the time, the "
 "president of the BKKIFF and the governor of the TAT. As a result of her position at the TAT, the governor was able "
 "to influence the awarding of the BKKIFF contracts.",
 "film festivals/foreign bribery", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2008-01-17, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 OPA_ARCHIVE,
 "The Office of Public Affairs' release in justice.gov's archive of 2008 releases (the archive/opa/pr series of 43e and "
 "52f). Left out: 'Department of Justice Seal Department of Justice', '(202) 514-2007', 'TDD (202) 514-1888', the "
 "headline (kept as `title`). Cut after the fourth paragraph's third sentence ('... to influence the awarding of the "
 "BKKIFF contracts.'), before 'More than $900,000 in payments are alleged to have been made for the benefit of the "
 "governor in exchange for payments totaling more than $7,000,000 unde', where the excerpt breaks off mid-word "
 "(`truncated`). `published` 2008-01-17: the excerpt has no date line; the release says the couple 'were indicted "
 "late yesterday', and The Hollywood Reporter's story in the store ('UPDATED 7:23 p.m. PT Jan. 17': 'The indictment, "
 "handed down late Wednesday', i.e. 16 January 2008) and ABC (Australia)'s story of 2008-01-18 (Reuters) date it; "
 "the archive address is January 2008's. Kept as written: the dateline 'WASHINGTON \u2013' with its spaced en dash, "
 "'O\u2019Brien' (curly apostrophe), 'Los Angeles-area', 'Los Angeles-based', the curly quotation marks around "
 "'BKKIFF', 'from 2002-2007' (hyphen), 'late yesterday'. 263 words. One text per matter: the Central District of "
 "California's release No. 08-134 of 2 October 2008 (the superseding indictment, same matter), The Hollywood "
 "Reporter, travelmole, ABC (Reuters), pricesanond, financialtransparency (AP), citebite (Bangkok Post), mgronline "
 "(AFP) and fcpablog left out. Found with 'Department of Justice Seal Gerald Green Patricia Green bribes Thai official "
 "Bangkok International Film Festival Juthamas Siriwan' (rank 6; rank 2 with the headline and 'January 17, 2008'). "
 + CHECK + "'Film Festival Management', 'Tourism Authority', 'BKKIFF', 'Siriwan', 'Juthamas', '08_crm_032', "
 "'Thomas P. O': 0 in the corpus files, GATHERING.md (bar 52f's lead line naming the Greens and Juthamas Siriwan), the "
 "scripts, the notes and the pools; 'Alice S. Fisher' only in 43e's Baker Hughes file and its scripts (another "
 "matter); 'West Hollywood' only in a Wikinews file of another matter.",
 True))

# ---- Dallas Airmotive Inc., OPA, 10 December 2014 ---------------------------------------------------------------------
U2 = ("https://www.justice.gov/opa/pr/dallas-airmotive-inc-admits-foreign-corrupt-practices-act-violations-and-agrees-"
      "pay-14")
T2 = "Dallas Airmotive Inc. Admits Foreign Corrupt Practices Act Violations and Agrees to Pay $14 Million Criminal Penalty"
R.append(federal(
 "us-doj-dallas-airmotive-admits-fcpa-violations-brazil-peru-argentina-officials-14-million-penalty-2014", U2,
 "2014-12-10", T2,
 "Dallas Airmotive Inc., a provider of aircraft engine maintenance, repair and overhaul services based in Grapevine, "
 "Texas, has admitted to violations of the Foreign Corrupt Practices Act (FCPA) and agreed to pay a $14 million "
 "criminal penalty to resolve charges that it bribed Latin American government officials in order to secure lucrative "
 "government contracts.\n\n"
 "Assistant Attorney General Leslie R. Caldwell of the Justice Department\u2019s Criminal Division and Special Agent in "
 "Charge Diego Rodriguez of the FBI\u2019s Dallas Division made the announcement.\n\n"
 "A criminal information, filed today in federal court in the Northern District of Texas as part of the deferred "
 "prosecution agreement, charges Dallas Airmotive with one count of conspiring to violate the FCPA and one count of "
 "violating the FCPA\u2019s anti-bribery provisions.\n\n"
 "According to Dallas Airmotive\u2019s detailed admissions in the statement of facts accompanying the deferred "
 "prosecution agreement, between 2008 and 2012, the company bribed officials of the Brazilian Air Force, the Peruvian "
 "Air Force, the Office of the Governor of the Brazilian State of Roraima, and the Office of the Governor of the San "
 "Juan Province in Argentina. Dallas Airmotive used various methods to convey the bribe payments, including by "
 "entering into agreements with front companies affiliated with foreign officials, making payments to third-party "
 "representatives with the understanding that funds would be directed to foreign officials, and directly providing "
 "things of value, such as paid vacations, to foreign officials.\n\n"
 "This case is being investigated by the FBI\u2019s Dallas Field Office and is being prosecuted by Trial Attorney David "
 "M. Fuhr of the Criminal Division\u2019s Fraud Section. Assistant U.S. Attorney Michael C. Elliott from the U.S. "
 "Attorney\u2019s Office for the Northern District of Texas has provided assistance in the case.",
 "aircraft maintenance/foreign bribery", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2014-12-10, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Office of Public Affairs' release on justice.gov's current site (opa/pr/<slug>). The store's excerpt opens with "
 "the headline (kept as `title`) and holds no other page chrome, no dateline and no date line; its paragraphs are "
 "single lines (joined here by a blank line). Cut after the fifth paragraph's second sentence ('... has provided "
 "assistance in the case.'), before 'The d', where the excerpt breaks off mid-word (`truncated`); the excerpt "
 "goes from the admissions paragraph to the closing credits paragraph, taken as the store has it. `published` 2014-12-10: the release says the information was 'filed today'; buckleyfirm's and "
 "faegredrinker's notes in the store ('On December 10, 2014, the DOJ announced'), and The Texas Lawbook's story "
 "('(December 11) ... admitted late Wednesday', 10 December 2014 a Wednesday) date it. Kept as written: curly "
 "apostrophes ('Justice Department\u2019s', 'FBI\u2019s' twice, 'FCPA\u2019s', 'Dallas Airmotive\u2019s', 'Criminal "
 "Division\u2019s', 'Attorney\u2019s'), 'Special Agent in Charge', 'Assistant U.S. Attorney', 'today'. 281 words. One "
 "text per matter: fcpaprofessor, fdocuments' copy of the DPA (a court paper), texaslawbook, buckleyfirm (two), "
 "courthousenews and faegredrinker left out. Found with 'Department of Justice Seal Dallas Airmotive agrees to pay "
 "penalty bribes Brazil Peru Argentina officials deferred prosecution' (rank 1). "
 + CHECK + "'Airmotive', 'Grapevine', 'Diego Rodriguez', 'David M. Fuhr', 'Michael C. Elliott', 'San Juan Province': "
 "0 in the corpus files, the scripts, the notes and the pools, and in GATHERING.md bar 52f's lead line naming Dallas "
 "Airmotive; 'Leslie R. Caldwell' in dev's VimpelCom/Unitel and 51z's BizJet files (other matters: BizJet, an "
 "aircraft-maintenance case of the same years, is another company and another matter); 'Roraima' only in two "
 "Wikipedia blackout files.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
