#!/usr/bin/env python3
"""Batch 52q (session 53, gatherer 52q): two US federal texts on Foreign Corrupt Practices Act resolutions announced in
federal court in Brooklyn by the U.S. Attorney's Office for the Eastern District of New York -- the three-year deferred
prosecution agreement of Amec Foster Wheeler Energy Limited, 'a subsidiary of John Wood Group plc', over bribes to
officials in Brazil for 'an approximately $190 million contract to design a gas-to-chemicals complex' (25 June 2021);
the guilty plea of J&F Investimentos SA, 'a global conglomerate holding company based in Brazil', and its criminal fine
of more than $256 million over bribes to Brazilian government officials (14 October 2020) -- (US federal government
works, 17 U.S.C. 105), a round of session 53 in the federal FCPA lane (SEC and Justice Department) after 52h (and 52f,
51z, 51t, 51n, 48a, 48d; the DOJ lane's FCPA releases of 41p and 43e), on new matters (every name, number and address
checked first against the corpus files, GATHERING.md, the gather scripts, the notes of /work/notes and the session-53
pools) -- first-party federal text, as the search tool's page store holds it:
  - the U.S. Attorney's Office, Eastern District of New York, 'Amec Foster Wheeler Energy Limited Resolves Foreign
    Bribery Case and Agrees to Pay Penalty of Over $18 Million' (25 June 2021): Amec Foster Wheeler Energy Limited,
    John Wood Group plc ('Wood'), the U.S. Attorney's Office for the Eastern District of New York, the Department of
    Justice's Criminal Division and Fraud Section, the United Kingdom's Serious Fraud Office, Brazil's Ministerio
    Publico Federal, Advogado-Geral da Uniao and Controladoria-Geral da Uniao, the SEC (justice.gov's
    'usao-edny/pr/amec-foster-wheeler-energy-limited-resolves-foreign-bribery-case-and-agrees-pay-penalty');
  - the U.S. Attorney's Office, Eastern District of New York, 'J&F Investimentos SA Pleads Guilty and Agrees to Pay
    More Than $256 Million in Criminal Fines To Resolve Foreign Bribery Case' (14 October 2020): J&F Investimentos SA,
    Judge Margo K. Brodie, Acting U.S. Attorney Seth D. DuCharme, Brian C. Rabbitt of the Criminal Division, James A.
    Dawson of the FBI's Washington Field Office (justice.gov's
    'usao-edny/pr/jf-investimentos-sa-pleads-guilty-and-agrees-pay-more-256-million-criminal-fines').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press Release',
'For Immediate Release', the office line 'U.S. Attorney's Office, Eastern District of New York', Amec's sub-heading)
and the headlines (kept as `title`) are left out; no word added or changed; the store's paragraphs joined by a blank
line (a trailing space at a paragraph's end dropped, the double spaces between sentences kept); each text cut at the
last full paragraph before the store's excerpt breaks off. Neither excerpt carries a date line: `published` comes from
the release's own 'Earlier today' and other pages in the store (see each record's notes). Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch52q.py [POOL_DIR] [--dry]   (default /tmp/gather53q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

USAO = ("US Justice Department press release (justice.gov, U.S. Attorney's Office for the Eastern District of New York) "
        "from the search tool page store")
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only; no file on the same matter exists), GATHERING.md, every "
         "gather script, the notes of /work/notes and the session-53 pools /tmp/gather53*/pool (53a-53d, 53f-53m "
         "when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53q/pool"
R = []

# ---- Amec Foster Wheeler Energy Limited, USAO EDNY, 25 June 2021 ------------------------------------------------------
U1 = ("https://justice.gov/usao-edny/pr/amec-foster-wheeler-energy-limited-resolves-foreign-bribery-case-and-agrees-pay-"
      "penalty")
T1 = ("Amec Foster Wheeler Energy Limited Resolves Foreign Bribery Case and Agrees to Pay Penalty of Over $18 Million")
R.append(federal(
 "us-doj-usao-edny-amec-foster-wheeler-energy-wood-group-subsidiary-brazil-bribery-dpa-2021", U1,
 "2021-06-25", T1,
 "Amec Foster Wheeler Energy Limited (\u201cAmec Foster Wheeler,\u201d or the \u201cCompany\u201d), a subsidiary of John "
 "Wood Group plc (\u201cWood\u201d), a United Kingdom-based global engineering company, has agreed to pay a penalty of "
 "more than $18 million to resolve charges stemming from the Company\u2019s involvement in a scheme to pay bribes to "
 "foreign officials in Brazil in exchange for an approximately $190 million contract to design a gas-to-chemicals "
 "complex.\n\n"
 "Earlier today, in federal court in Brooklyn, Amec Foster Wheeler entered into a three-year deferred prosecution "
 "agreement (\u201cDPA\u201d) with the U.S. Attorney\u2019s Office for the Eastern District of New York and the Department "
 "of Justice\u2019s Criminal Division, Fraud Section in connection with the filing of a criminal information filed in "
 "the Eastern District of New York charging the Company with conspiracy to violate the anti-bribery provisions of the "
 "Foreign Corrupt Practices Act (\u201cFCPA\u201d).  In related proceedings, the Company has received provisional court "
 "approval for a settlement with the United Kingdom\u2019s Serious Fraud Office and has settled with the Minist\u00e9rio "
 "P\u00fablico Federal (\u201cMPF\u201d), the Advogado-Geral da Uni\u00e3o (\u201cAGU\u201d), and the Controladoria-Geral da "
 "Uni\u00e3o (\u201cCGU\u201d) in Brazil.  A subsidiary of Wood has also agreed to resolve a related civil matter with the "
 "U.S. Securities and Exchange Commission (\u201cSEC\u201d).",
 "engineering/foreign bribery", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office for the Eastern District of New York, press release '" + T1 +
 "', 2021-06-25, US federal government work (public domain); text from the search tool's page store at " + U1,
 USAO,
 "The Eastern District of New York's release on justice.gov's current site (usao-edny/pr/<slug>). Left out: 'Skip to "
 "main content', 'Press Release', the headline (kept as `title`), 'For Immediate Release', 'U.S. Attorney's Office, "
 "Eastern District of New York', the sub-heading 'UK-Based Engineering Company Agrees to Deferred Prosecution "
 "Agreement Involving Conspiracy to Violate the Foreign Corrupt Practices Act'. Cut after the second paragraph ('... "
 "with the U.S. Securities and Exchange Commission (\u201cSEC\u201d).'), before 'Jacquelyn M. Kasulis, Acting U.S. "
 "Attorney for the Eastern District of New York, Nicholas L. McQuaid, Acting Assistant Attorney General of the Justice "
 "Department\u2019s Criminal Division, and Steven M. D\u2019Antuono, Assistant Director-in-Ch', where the excerpt breaks "
 "off mid-word (`truncated`); the trailing space the store gives each paragraph dropped. `published` 2021-06-25: the "
 "excerpt has no date line; the release says the DPA was entered 'Earlier today'; ENR's story in the store ('the U.S. "
 "Dept. of Justice announced on June 25 that Amec Foster Wheeler had entered into a deferred prosecution agreement on "
 "that date'), porterhedges ('On June 25, 2021, the Department of Justice ... simultaneously announced') and fcpablog's "
 "post of 2021/06/25 ('agreed Friday'; 25 June 2021 a Friday) date it. Kept as written: the curly quotation marks of "
 "the defined terms ('(\u201cAmec Foster Wheeler,\u201d or the \u201cCompany\u201d)', '(\u201cWood\u201d)', "
 "'(\u201cDPA\u201d)', '(\u201cFCPA\u201d)', '(\u201cMPF\u201d)', '(\u201cAGU\u201d)', '(\u201cCGU\u201d)', "
 "'(\u201cSEC\u201d)'), the curly apostrophes, 'Minist\u00e9rio P\u00fablico Federal', 'Uni\u00e3o' (twice), "
 "'United Kingdom-based', 'Department of Justice\u2019s Criminal Division, Fraud Section' (so punctuated), the double "
 "spaces between the second paragraph's sentences, 'Earlier today'. 204 words. One text per matter: the Office of "
 "Public Affairs' release on the same resolution (its copy at orlandolanes.com, 'Amec Foster Wheeler Energy Limited "
 "Agrees to Pay Over $18 Million to Resolve Charges Related to Bribery Scheme in Brazil | OPA'), enr, fcpablog (two), "
 "volkovlaw, fcpaprofessor and porterhedges left out. Found with 'Amec Foster Wheeler agrees to pay $41 million FCPA "
 "bribery Brazil Petrobras deferred prosecution Justice Department' (rank 1). "
 + CHECK + "'Amec', 'Foster Wheeler', 'John Wood Group', 'gas-to-chemicals', 'Kasulis', 'McQuaid', 'D\u2019Antuono', "
 "'Minist\u00e9rio P\u00fablico Federal', 'Controladoria', 'amec-foster': 0 in the corpus files, the scripts and the "
 "pools, and in GATHERING.md and the notes bar 52h's lead lines naming Amec Foster Wheeler (2021) as untried.",
 True))

# ---- J&F Investimentos SA, USAO EDNY, 14 October 2020 -----------------------------------------------------------------
U2 = ("https://www.justice.gov/usao-edny/pr/jf-investimentos-sa-pleads-guilty-and-agrees-pay-more-256-million-criminal-"
      "fines")
T2 = ("J&F Investimentos SA Pleads Guilty and Agrees to Pay More Than $256 Million in Criminal Fines To Resolve Foreign "
      "Bribery Case")
R.append(federal(
 "us-doj-usao-edny-jf-investimentos-pleads-guilty-brazil-officials-bribes-256-million-fine-2020", U2,
 "2020-10-14", T2,
 "Earlier today, in federal court in Brooklyn, J&F Investimentos SA (J&F), a global conglomerate holding company based "
 "in Brazil and primarily involved in the meat and agriculture businesses, pleaded guilty to conspiring to violate the "
 "Foreign Corrupt Practices Act (FCPA) and agreed to pay a criminal fine of more than $256 million. The charges arose "
 "from a scheme by J&F, through certain of its employees and agents, to pay millions of dollars in bribes to Brazilian "
 "government officials through, among other means, bank accounts based in New York. Today\u2019s proceedings took place "
 "via video conference before United States District Judge Margo K. Brodie.\n\n"
 "Seth D. DuCharme, Acting United States Attorney for the Eastern District of New York, Brian C. Rabbitt, Acting "
 "Assistant Attorney General of the Justice Department\u2019s Criminal Division, and James A. Dawson, Special "
 "Agent-in-Charge, Federal Bureau of Investigation, Washington Field Office (FBI), announced the charges and guilty "
 "plea.\n\n"
 "\u201cToday\u2019s resolution and guilty plea, including a $256 million fine, demonstrates our Office\u2019s full "
 "commitment to holding accountable those entities that seek to gain an improper advantage over competitors by bribing "
 "foreign officials and using the U.S. financial system to carry out the crimes,\u201d stated Acting United States "
 "Attorney DuCharme. \u201cProtecting the integrity of the financial system is a core priority of the Department of "
 "Justice.\u201d",
 "meat and agriculture/foreign bribery", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office for the Eastern District of New York, press release '" + T2 +
 "', 2020-10-14, US federal government work (public domain); text from the search tool's page store at " + U2,
 USAO,
 "The Eastern District of New York's release on justice.gov's current site (usao-edny/pr/<slug>). Left out: 'Press "
 "Release', the headline (kept as `title`), 'For Immediate Release', 'U.S. Attorney's Office, Eastern District of New "
 "York'. Cut after the third paragraph (DuCharme's quotation, '... a core priority of the Department of "
 "Justice.\u201d'), before '\u201cWith today\u2019s guilty plea, J&F has admitted to engaging in a long-running pattern "
 "of paying bribes ... using New York banks and re', where the excerpt breaks off mid-word (`truncated`); the store's "
 "paragraphs are single lines. `published` 2020-10-14: the excerpt has no date line; the release says J&F pleaded "
 "guilty 'Earlier today'; mondovisione's copy of the Justice Department's own release (dated 2020-10-14 in the store), "
 "fcpablog's post of 2020/10/14 ('pleaded guilty Wednesday'; 14 October 2020 a Wednesday) and stabroeknews' Reuters "
 "story of 2020-10-15 ('prosecutors said yesterday') date it. Kept as written: 'J&F Investimentos SA (J&F)' (plain "
 "parentheses), 'Today\u2019s' and 'Office\u2019s' (curly apostrophes), 'United States District Judge', "
 "'Special Agent-in-Charge, Federal Bureau of Investigation, Washington Field Office (FBI)' (so ordered), the curly "
 "quotation marks of the quotation, 'the U.S. financial system'. 216 words. One text per matter: the Office of Public "
 "Affairs' release on the same plea (mondovisione's copy), jdsupra, fcpablog (two), fcpaprofessor, stabroeknews "
 "(Reuters) and complianceweek left out. Found with 'J&F Investimentos pleads guilty agrees to pay over $128 million "
 "FCPA bribes Brazil officials Justice Department' (rank 3). "
 + CHECK + "'J&F', 'Investimentos', 'DuCharme', 'Rabbitt', 'James A. Dawson', 'Margo K. Brodie', 'jf-investimentos': "
 "0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'JBS' and 'BNDES' (names the release "
 "gives only past the cut) in a House hearing on ransomware and a Wikinews story on Lula and Chavez, other matters; "
 "'Batista' in GATHERING.md twice, neither on J&F.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
