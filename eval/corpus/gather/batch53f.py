#!/usr/bin/env python3
"""Batch 53f (session 54, gatherer 53f): two US federal texts on corporate criminal resolutions announced by the Justice
Department's Office of Public Affairs -- the three-year deferred prosecution agreements of Tysers Insurance Brokers
Limited and H.W. Wood Limited, 'two U.K.-based reinsurance brokers', over bribes to Ecuadorian government officials to
win reinsurance business with Seguros Sucre S.A. and Seguros Rocafuerte S.A. (20 November 2023); the felony guilty plea
of Indivior Solutions and the $600 million resolution that it and 'its parent companies Indivior Inc. and Indivior plc'
reached over the marketing of the opioid-addiction-treatment drug Suboxone (24 July 2020) -- (US federal government
works, 17 U.S.C. 105), a round of session 54 in the DOJ corporate-case lane (FCPA resolutions and corporate fraud)
after 52q (and 52h, 52f, 51z, 51t, 51n, 48a, 48d; the DOJ lane's releases of 41p and 43e), on new matters (every name,
number and address checked first against the corpus files, GATHERING.md, the gather scripts, the notes of /work/notes
and the session-54 pools) -- first-party federal text, as the search tool's page store holds it:
  - the Office of Public Affairs, 'British Reinsurance Brokers Resolve Bribery Investigations' (20 November 2023):
    Tysers Insurance Brokers Limited ('known and doing business during the relevant period as Integro Insurance Brokers
    Limited'), H.W. Wood Limited, Seguros Sucre S.A., Seguros Rocafuerte S.A., Acting Assistant Attorney General Nicole
    M. Argentieri of the Justice Department's Criminal Division (justice.gov's
    'opa/pr/british-reinsurance-brokers-resolve-bribery-investigations');
  - the Office of Public Affairs, 'Indivior Solutions Pleads Guilty To Felony Charge And Indivior Entities Agree To Pay
    $600 Million To Resolve Criminal And Civil Investigations As Part Of DOJ's Largest Opioid Resolution' (24 July
    2020): Indivior Solutions, Indivior Inc., Indivior plc, its former parent Reckitt Benckiser Group PLC (RB Group),
    Indivior plc's former CEO Shaun Thaxter, Claire M. Murray, Michael D. Granston of the Justice Department's Civil
    Division (the store holds it behind a GovDelivery lnks.gd link that encodes justice.gov's
    'opa/pr/indivior-solutions-pleads-guilty-felony-charge-and-indivior-entities-agree-pay-600-million'; `source` is
    the encoded justice.gov address, as batch 22b did for its lnks.gd release).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press Release',
'For Immediate Release', 'Office of Public Affairs', Indivior's sub-heading) and the headlines (kept as `title`) are left
out; no word added or changed; the store's paragraphs joined by a blank line (a trailing space at a paragraph's end
dropped, the double spaces between sentences kept); each text cut at the last full sentence before the store's excerpt
breaks off. Neither excerpt carries a date line: `published` comes from other pages in the store (see each record's
notes). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53f.py [POOL_DIR] [--dry]   (default /tmp/gather54f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

OPA = ("US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store")
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only; no file on the same matter exists), GATHERING.md, every "
         "gather script, the notes of /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54e when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54f/pool"
R = []

# ---- Tysers Insurance Brokers / H.W. Wood, OPA, 20 November 2023 ------------------------------------------------------
U1 = "https://www.justice.gov/opa/pr/british-reinsurance-brokers-resolve-bribery-investigations"
T1 = "British Reinsurance Brokers Resolve Bribery Investigations"
R.append(federal(
 "us-doj-opa-tysers-hw-wood-reinsurance-brokers-ecuador-bribery-dpas-2023", U1,
 "2023-11-20", T1,
 "Tysers Insurance Brokers Limited (Tysers) and H.W. Wood Limited (H.W. Wood), two U.K.-based reinsurance brokers, have "
 "agreed to resolve investigations by the Justice Department into violations of the Foreign Corrupt Practices Act "
 "(FCPA) arising from Tysers\u2019 and H.W. Wood\u2019s participation in a corrupt scheme to pay bribes to Ecuadorian "
 "government officials.\n\n"
 "Tysers and H.W. Wood each entered into a three-year deferred prosecution agreement (DPA) with the department in "
 "connection with a criminal information filed in the Southern District of Florida charging both companies with "
 "conspiracy to violate the anti-bribery provisions of the FCPA.\n\n"
 "\u201cTysers and H.W. Wood have admitted to engaging in a scheme to bribe multiple Ecuadorian government officials to "
 "earn tens of millions of dollars in illicit profits for themselves and their co-conspirators,\u201d said Acting "
 "Assistant Attorney General Nicole M. Argentieri of the Justice Department\u2019s Criminal Division. \u201cToday\u2019s "
 "resolutions, along with the numerous related individual cases, demonstrate the department\u2019s steadfast commitment "
 "to hold both corporate and individual wrongdoers accountable for their crimes.\u201d\n\n"
 "According to court documents, between 2013 and 2017, Tysers (known and doing business during the relevant period as "
 "Integro Insurance Brokers Limited) and H.W. Wood, through their employees and third-party agents, agreed to pay "
 "bribes totaling approximately $2.8 million to the then-chairman of two Ecuadorian state-owned insurance companies, "
 "Seguros Sucre S.A. and Seguros Rocafuerte S.A., and three other Ecuadorian officials to secure improper advantages "
 "in order to obtain and retain reinsurance business with the state-owned insurance companies.",
 "reinsurance broking/foreign bribery", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2023-11-20, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Office of Public Affairs' release on justice.gov's current site (opa/pr/<slug>). Left out: 'Press Release', the "
 "headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs'. Cut after the first sentence of the "
 "fourth paragraph ('... reinsurance business with the state-owned insurance companies.'), before 'The bribes were "
 "paid to accounts held in Florida and elsewhere and effectuated through, among other things, emails sent from and "
 "meetings held in Flori', where the excerpt breaks off mid-word (`truncated`); the store's paragraphs are single "
 "lines. `published` 2023-11-20: the excerpt has no date line; willkie's Compliance Concourse ('The US Department of "
 "Justice announced a settlement on November 20, 2023'), complianceweek ('the agency announced Monday'; 20 November "
 "2023 a Monday) and grip.globalrelay ('on Monday') date it. Kept as written: 'Tysers\u2019 and H.W. Wood\u2019s' (curly "
 "apostrophes), 'U.K.-based', 'the Justice Department\u2019s Criminal Division', 'Today\u2019s', 'department\u2019s', "
 "the curly quotation marks of Argentieri's quotation, 'then-chairman', 'Seguros Sucre S.A. and Seguros Rocafuerte "
 "S.A.', the single spaces between sentences. 241 words. One text per matter: programbusiness, willkie, "
 "lifeinsuranceinternational, globalreinsurance, fcpaprofessor, complianceweek and grip.globalrelay left out (the "
 "Jardine Lloyd Thompson declination of 2022 and the individual Ecuador reinsurance cases -- Ribas, Merlo -- are the "
 "same scheme, not to be taken). Found with 'Tysers Insurance Brokers H.W. Wood Limited declination disgorgement bribes "
 "Ecuador Seguros Sucre Justice Department' (rank 1). "
 + CHECK + "'Tysers', 'H.W. Wood', 'Wood Limited', 'Integro', 'Seguros Sucre', 'Rocafuerte', 'Jardine Lloyd', "
 "'Quesada', 'AUB Group', 'Ecuadorian', 'reinsurance-brokers': 0 in the corpus files, GATHERING.md, the scripts, "
 "the notes and the pools; 'Seguros', 'Ribas' and 'Merlo' only in other matters (Spanish and Italian bank and "
 "insurance names, other people); 'Argentieri' in one corpus file, SAP's 2024 resolution, another matter.",
 True))

# ---- Indivior Solutions / Indivior Inc. / Indivior plc, OPA, 24 July 2020 --------------------------------------------
U2 = ("https://www.justice.gov/opa/pr/indivior-solutions-pleads-guilty-felony-charge-and-indivior-entities-agree-pay-"
      "600-million")
S2 = ("https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxMDAsInVyaSI6ImJwMjpjbGljayIsImJ1bGxldGluX2lkIjoi"
      "MjAyMDA3MjQuMjQ4NTQ3NTEiLCJ1cmwiOiJodHRwczovL3d3dy5qdXN0aWNlLmdvdi9vcGEvcHIvaW5kaXZpb3Itc29sdXRpb25zLXBsZWFkcy1ndW"
      "lsdHktZmVsb255LWNoYXJnZS1hbmQtaW5kaXZpb3ItZW50aXRpZXMtYWdyZWUtcGF5LTYwMC1taWxsaW9uIn0.GA90EQDwDCKoK3nHLAslTjaFEHiPI"
      "h4-ZUwxQpjg8xw/s/1128865427/br/81473607546-l")
T2 = ("Indivior Solutions Pleads Guilty To Felony Charge And Indivior Entities Agree To Pay $600 Million To Resolve "
      "Criminal And Civil Investigations As Part Of DOJ\u2019s Largest Opioid Resolution")
R.append(federal(
 "us-doj-opa-indivior-solutions-pleads-guilty-suboxone-600-million-resolution-2020", U2,
 "2020-07-24", T2,
 "Indivior Solutions today pleaded guilty to a one-count felony information and, together with its parent companies "
 "Indivior Inc. and Indivior plc, agreed to pay a total of $600 million to resolve criminal and civil liability "
 "associated with the marketing of the opioid-addiction-treatment drug Suboxone.  Together with a $1.4 billion "
 "resolution with Indivior\u2019s former parent, Reckitt Benckiser Group PLC (RB Group), announced in 2019, and a plea "
 "agreement with Indivior plc\u2019s former CEO, Shaun Thaxter, announced last month, the total resolution relating to "
 "the marketing of Suboxone is more than $2 billion \u2014 the largest-ever resolution in a case brought by the "
 "Department of Justice involving an opioid drug.\n\n"
 "Suboxone is a drug product approved for use by recovering opioid addicts to avoid or reduce withdrawal symptoms "
 "while they undergo treatment for opioid-use disorder.  Suboxone contains buprenorphine, a powerful opioid.\n\n"
 "\u201cCombatting the opioid crisis is a Department of Justice priority,\u201d said Principal Deputy Associate Attorney "
 "General Claire M. Murray.  \u201cToday\u2019s announced resolution and related actions hold accountable entities and "
 "individuals that unlawfully marketed opioid-addiction products.\u201d\n\n"
 "\u201cThe opioid crisis is a public health emergency.  Prevention and access to effective treatments for opioid "
 "addiction are critical to fighting this epidemic,\u201d said Deputy Assistant Attorney General Michael D. Granston "
 "for the Justice Department's Civil Division.",
 "pharmaceuticals/health care fraud", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2020-07-24, US federal government "
 "work (public domain); text from the search tool's page store, held behind a GovDelivery link (" + S2 + ") that "
 "opens " + U2,
 OPA,
 "The Office of Public Affairs' release as the page store holds it behind a GovDelivery tracking link (lnks.gd) that "
 "opens the justice.gov page (the address recorded as `source` is the one the link encodes, as batch 22b's Liberty "
 "Latin America release). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`; the "
 "excerpt writes 'DOJ\u2019s' with a curly apostrophe), 'For Immediate Release', 'Office of Public Affairs', the "
 "sub-heading 'Resolutions Follow CEO Guilty Plea and $1.4 Billion Settlement with Former Corporate Parent'. Cut "
 "after the first sentence of Granston's paragraph ('... said Deputy Assistant Attorney General Michael D. Granston "
 "for the Justice Department's Civil Division.'), before his second quotation ('\u201cWhen a drug manufacturer claims "
 "to be part of a solution for opioid addicts, we expect honesty and candor to government officials', where the "
 "excerpt breaks off, `truncated`); the trailing space the store gives the second paragraph dropped. `published` "
 "2020-07-24: the excerpt has no date line; the release says Indivior Solutions pleaded guilty 'today'; the "
 "department's own sentencing release (its copy at imperialvalleynews: 'Indivior Solutions, a subsidiary of Indivior "
 "Inc., pleaded guilty on July 24, 2020'), the GovDelivery bulletin id the link encodes ('20200724...') and "
 "pharmamanufacturing's story of 28 July 2020 date it. Kept as written: 'Combatting' (so spelt), "
 "'opioid-addiction-treatment', 'Indivior\u2019s' and 'Indivior plc\u2019s' and 'Today\u2019s' (curly apostrophes), "
 "'the Justice Department's Civil Division' (a straight apostrophe, as the store gives it), the em dash with its "
 "spaces, 'Reckitt Benckiser Group PLC (RB Group)', the double spaces between sentences. 211 words. One text per "
 "matter: the department's sentencing release (imperialvalleynews' copy), thepharmaletter, pharmamanufacturing, "
 "the resolution agreement (vdocuments, sec.gov exhibit), lincolndailynews (the 2019 indictment) and virginiabusiness "
 "left out; Reckitt Benckiser's 2019 resolution and Thaxter's plea are the same matter, not to be taken. Found with "
 "'Indivior Solutions pleads guilty felony Suboxone Film agrees to pay $600 million Indivior plc Western District of "
 "Virginia' (rank 2; rank 1 the sentencing release's copy). "
 + CHECK + "'Indivior', 'Thaxter', 'Suboxone', 'buprenorphine', 'Claire M. Murray', 'Granston', 'MassHealth': 0 in "
 "the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Reckitt' in train's wp-reckitt (English "
 "Wikipedia's company article, which does not name Indivior or Suboxone) and in GATHERING.md on that article only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
