#!/usr/bin/env python3
"""Batch 45zq (session 46, gatherer 45zq): three 1997 business reviews in which the Justice Department said it would
not challenge a merger or a joint venture of health-care providers -- the merger of two orthopedic groups in Mobile,
Alabama (Orthopaedic Associates of Mobile, P.A., and the Bone & Joint Center of Mobile), the joint venture of two Marin
County, California hospitals (Marin General Hospital and Ross Hospital) for inpatient psychiatric care, and the joint
venture of orthopedic specialists in Albuquerque, New Mexico (Southwest Orthopedic Specialists) -- told in US federal
public-domain press releases of the Department's Office of Public Affairs for the Antitrust Division (17 U.S.C. 105),
each naming Joel I. Klein, Acting Assistant Attorney General, with his post (quoted in two), a ninth round of session
46 after batches 45b, 45g, 45l, 45s, 45w, 45zb, 45zf and 45zn in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk,
41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f,
44i, 44j, 44m, 44n, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb, 45zf and 45zn, first-party text only, before the year
2000 (two of them the leads 45zn named, the third found beside them):
  - the Department's release of 16 April 1997, 'JUSTICE DEPARTMENT WILL NOT CHALLENGE MERGER OF TWO MOBILE, ALABAMA,
    ORTHOPEDIC GROUPS' (justice.gov archive/opa/pr/1997/April97/154at.htm);
  - the Department's release of 11 February 1997, 'JUSTICE DEPARTMENT WILL NOT CHALLENGE JOINT VENTURE OF MARIN
    COUNTY, CALIFORNIA HOSPITALS' (justice.gov archive/opa/pr/1997/February97/063at.htm);
  - the Department's release of 10 June 1997, 'JUSTICE DEPARTMENT WILL NOT CHALLENGE JOINT VENTURE OF NEW MEXICO
    ORTHOPEDIC SPECIALISTS' (justice.gov archive/opa/pr/1997/June97/240at.htm).
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead lines ('FOR IMMEDIATE RELEASE', 'AT',
the date line, the telephone and TDD lines) and the headline (kept as `title`, its two printed lines joined with a
space, in capitals as printed) are left out; the releases' hard line wraps are joined with a space (one wrap falls
after the hyphen of 'non-exclusive' and is joined with none), the indents before paragraphs and the spaces at their
ends dropped, a space left at a line's end before a wrap kept (it gives the two spaces after a full stop the page
prints elsewhere); each text is cut at the last full sentence before its excerpt breaks off (the Marin text at the
excerpt's end). No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zq.py [POOL_DIR] [--dry]   (default /tmp/gather46zq/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zq/pool"
# a check note of this batch's own (as 45zn's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zn.py and batch45zn_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46) "
         "and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to /tmp/gather46z and 46za to 46zo: "
         "SEC, DOJ (among them 45l's Cargill/Akzo and Figgie releases of April and February 1997 from the same Office "
         "of Public Affairs archive; 45zn's 1994 hospital suits), FCC and outage texts on other matters, with none of "
         "the names below; no pool of 45zp or 45zr yet): ")
LEFT = ("Left out: the letterhead lines ('FOR IMMEDIATE RELEASE', 'AT', ")
R = []

# ---- Mobile orthopaedic groups, Office of Public Affairs release, 16 April 1997 --------------------------------------
U1 = "https://www.justice.gov/archive/opa/pr/1997/April97/154at.htm"
T1 = "JUSTICE DEPARTMENT WILL NOT CHALLENGE MERGER OF TWO MOBILE, ALABAMA, ORTHOPEDIC GROUPS"
R.append(federal(
 "us-doj-orthopaedic-associates-mobile-bone-joint-center-merger-business-review-1997", U1, "1997-04-16", T1,
 "WASHINGTON, D.C. -- The Department of Justice said today it would not challenge the proposed merger of two groups "
 "of orthopedic specialists in Mobile, Alabama.\n\n"
 "In a Business Review Letter issued by the Department's Antitrust Division, Acting Assistant Attorney General Joel "
 "I. Klein said, \"the merger of Orthopaedic Associates of Mobile, P.A., and the Bone & Joint Center of Mobile is not "
 "likely to lessen competition substantially.\"\n\n"
 "Based substantially upon information presented by the two groups, the Department concluded that the merger should "
 "be analyzed for its effect in the market for orthopedic services provided by orthopedic specialists.\n\n"
 "In this market, there are 50 providers in the Mobile area, composed of Mobile and Baldwin Counties.  Each of the "
 "merging groups has eight orthopedic specialists, or 16% of the market, so the merged group will have a total of 16 "
 "orthopedic specialists, or 32% of the market.\n\n"
 "The Department said that although such a combination of physicians in a market could raise competitive concerns, "
 "in this instance no such concerns were expressed by third-party payers.  One payer noted that it would have \"at "
 "least 12 alternative\" orthopedists or orthopedic groups to turn to if the merged group were to raise its "
 "prices.\n\n"
 "While the Department does not intend to challenge the merger, it reserves the right to bring an enforcement action "
 "if the merger should prove to have an anticompetitive effect.",
 "healthcare", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 1997-04-16, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs archive, 154at), from the search tool's page store at " + U1,
 OPA,
 "The Department's press release of Wednesday, 16 April 1997 (kept as `published`; the date from the letterhead line "
 "'WEDNESDAY, APRIL 16, 1997') on justice.gov (archive/opa/pr/1997/April97/154at.htm: the Office of Public Affairs' "
 "page for an Antitrust Division ('AT') release), the Department's own page as the page store holds it (origin "
 "string `OPA`, as batches 41h, 41k, 44a, 44e, 44i and 45l). " + LEFT + "'WEDNESDAY, APRIL 16, 1997', '(202) "
 "616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, its two printed lines joined with a space after "
 "'MERGER', in capitals as printed). The release's line wraps joined with a space (no word broken at a wrap); the "
 "indents before paragraphs and two spaces at the end of the second paragraph dropped; the space left at the end of "
 "the line 'instance no such concerns were expressed by third-party payers.' kept before the joining space (two "
 "spaces before 'One payer', as the page prints two after its other full stops). Cut after the sixth paragraph "
 "('... prove to have an anticompetitive effect.'), before 'Under the Department's business review procedure, an "
 "organization may submit a proposed action to the Antitrust Division and receive a statement as to whether the "
 "Division will challenge the action under the', where the excerpt breaks off (`truncated`). Kept as written: the "
 "dateline 'WASHINGTON, D.C. --' with its double hyphen, 'Orthopaedic' in the group's name beside 'orthopedic' "
 "elsewhere, 'P.A.,' set off by commas, 'Bone & Joint Center of Mobile' after 'the', 'Business Review Letter' in "
 "capitals, 'Mobile and Baldwin Counties', '16%', 'third-party payers', the two spaces after full stops, the straight "
 "quotation marks. 230 words. One text per event: the business review letter itself (a letter to counsel) not looked "
 "for. A lead of 45zn (named there among the looked-at and not used, 'not taken for time -- a lead'; the brief of "
 "this round names it a lead). Found with 'JUSTICE DEPARTMENT WILL NOT CHALLENGE merger Mobile Alabama orthopaedic "
 "groups Klein' (rank 1). "
 + CHECK + "'Orthopaedic Associates of Mobile', 'Bone & Joint Center', 'Baldwin Count', 'orthopedic groups', '154at': "
 "0 in the corpus files, the scripts and the pools (only 45zn's lead line in GATHERING.md and its note); 'Joel I. "
 "Klein' in files on other matters (the official recurs, the matter does not); no dev or test file's text read.",
 True))

# ---- Marin General / Ross Hospital, Office of Public Affairs release, 11 February 1997 --------------------------------
U2 = "https://www.justice.gov/archive/opa/pr/1997/February97/063at.htm"
T2 = "JUSTICE DEPARTMENT WILL NOT CHALLENGE JOINT VENTURE OF MARIN COUNTY, CALIFORNIA HOSPITALS"
R.append(federal(
 "us-doj-marin-general-ross-hospital-psychiatric-joint-venture-business-review-1997", U2, "1997-02-11", T2,
 "WASHINGTON, D.C. -- Two northern California hospitals that provide mental health services will be allowed to "
 "consolidate their inpatient services to lower the cost of that care while preserving competition between them, "
 "under a proposal reviewed by the Department of Justice.\n\n"
 "The Department's Antitrust Division said today that under all of the circumstances involved in the proposal, the "
 "joint venture is not likely to be anticompetitive.  Each hospital will independently price and sell the services to "
 "payers and will implement safeguards against the sharing of competitively sensitive information, the Department "
 "said.\n\n"
 "The two Marin County hospitals--Marin General Hospital and Ross Hospital--are competitors in providing inpatient and "
 "other psychiatric care to adults.  Each hospital also provides additional services that the other does not.  The "
 "hospitals want to lower the cost of the adult mental health services they both provide by consolidating their "
 "delivery at a single facility, thus eliminating duplicative costs and spreading fixed costs over a larger "
 "population.  The consolidation will permit the hospitals to offer competitive rates for the care of Medicaid "
 "patients and indigent patients covered by a Marin County program.\n\n"
 "Marin General is a general acute care hospital, providing a full range of services but not providing the chemical "
 "dependency programs and the inpatient psychiatric services for children and adolescents that Ross provides.\n\n"
 "The Department's position was stated in a business review letter from Joel I. Klein, Acting Assistant Attorney "
 "General in charge of the Antitrust Division to counsel for the hospitals.",
 "healthcare", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T2 + "', 1997-02-11, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs archive, 063at), from the search tool's page store at " + U2,
 OPA,
 "The Department's press release of Tuesday, 11 February 1997 (kept as `published`; the date from the letterhead "
 "line 'TUESDAY, FEBRUARY 11, 1997') on justice.gov (archive/opa/pr/1997/February97/063at.htm: the Office of Public "
 "Affairs' page for an Antitrust Division ('AT') release), the Department's own page as the page store holds it "
 "(origin string `OPA`, as above). " + LEFT + "'TUESDAY, FEBRUARY 11, 1997', '(202) 616-2771', 'TDD (202) "
 "514-1888') and the headline (kept as `title`, its two printed lines joined with a space after 'JOINT VENTURE', in "
 "capitals as printed). The release's line wraps joined with a space (no word broken at a wrap); the indents before "
 "paragraphs, two spaces at the end of the second paragraph and a blank line holding two spaces dropped. The excerpt "
 "ends after the fifth paragraph ('... to counsel for the hospitals.', then a blank line and an indent): the text is "
 "kept to there and marked `truncated` (the release goes on past the excerpt; no Klein quotation in the kept text). "
 "Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, the double hyphens with no spaces "
 "('hospitals--Marin General Hospital and Ross Hospital--are'), 'general acute care hospital' (no hyphens), 'Acting "
 "Assistant Attorney General in charge of the Antitrust Division to counsel' (no comma after 'Division'), the two "
 "spaces after full stops. 245 words. The same release stands on the Division's own pages (justice.gov "
 "atr/public/press_releases/1997/1059.htm: the letterhead without the date line or headline, em dashes for the "
 "double hyphens, single spaces): one text per event, the dated Office of Public Affairs copy taken. Found with "
 "'Marin General Hospital Ross Hospital joint venture business review Justice Department' (rank 2; 1059.htm rank 3). "
 + CHECK + "'Marin General', 'Ross Hospital', 'Marin County', '063at', '1059.htm': 0 in the corpus files, the scripts "
 "and the pools (only 45zn's lead line in GATHERING.md and its note); 'Joel I. Klein' in files on other matters; no "
 "dev or test file's text read.",
 True))

# ---- Southwest Orthopedic Specialists (Albuquerque), Office of Public Affairs release, 10 June 1997 -------------------
U3 = "https://www.justice.gov/archive/opa/pr/1997/June97/240at.htm"
T3 = "JUSTICE DEPARTMENT WILL NOT CHALLENGE JOINT VENTURE OF NEW MEXICO ORTHOPEDIC SPECIALISTS"
R.append(federal(
 "us-doj-southwest-orthopedic-specialists-albuquerque-joint-venture-business-review-1997", U3, "1997-06-10", T3,
 "WASHINGTON, D.C. -- The Department of Justice said today that it would not challenge a proposed joint venture among "
 "orthopedic specialists in Albuquerque, New Mexico.\n\n"
 "In a Business Review Letter issued by the Department's Antitrust Division, Joel I. Klein, Acting Assistant Attorney "
 "General said, \"the proposed joint venture of Southwest Orthopedic Specialists (SOS) meets the safety zone criteria "
 "for non-exclusive physician joint ventures, and thus will not be challenged by the Department.\"\n\n"
 "Under the proposal, the risk-bearing joint venture would be created among ten initial orthopedic specialists in "
 "Albuquerque.  SOS would then recruit additional members to provide adequate coverage for third party payers whose "
 "enrollees live throughout the state of New Mexico.  At no time, however, would the group exceed 30% of the "
 "orthopedic specialists in any relevant geographic market.  SOS views Albuquerque as its primary market, but notes "
 "that since Albuquerque is the only tertiary health care center in New Mexico, specialists in Albuquerque "
 "essentially serve a statewide population.\n\n"
 "Risk would be shared among group members either by accepting \"capitated rates\" from third party insurers, or by "
 "offering services under a discounted fee-for-service schedule with a 15% \"withhold held at risk\" unless SOS as a "
 "group meets certain efficiency and quality goals.  Information regarding each member's charges and other "
 "competitively sensitive issues would be collected by an independent agent, who would generate a fee schedule and "
 "other proposed contract terms for approval by the SOS Board of Directors.",
 "healthcare", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T3 + "', 1997-06-10, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs archive, 240at), from the search tool's page store at " + U3,
 OPA,
 "The Department's press release of Tuesday, 10 June 1997 (kept as `published`; the date from the letterhead line "
 "'TUESDAY, JUNE 10, 1997') on justice.gov (archive/opa/pr/1997/June97/240at.htm: the Office of Public Affairs' page "
 "for an Antitrust Division ('AT') release), the Department's own page as the page store holds it (origin string "
 "`OPA`, as above). " + LEFT + "'TUESDAY, JUNE 10, 1997', '(202) 616-2771', 'TDD (202) 514-1888') and the headline "
 "(kept as `title`, its two printed lines joined with a space after 'JOINT VENTURE', in capitals as printed). The "
 "release's line wraps joined with a space, but for the wrap after 'non-' in 'non-exclusive', joined with none (the "
 "hyphen is the word's own, printed at the line's end); the indents before paragraphs dropped; the space left at the "
 "end of the line '... ten initial orthopedic specialists in Albuquerque.' kept before the joining space (two spaces "
 "before 'SOS would then', as after the page's other full stops). Cut after '... for approval by the SOS Board of "
 "Directors.', before 'If approved, the fee schedule and other terms would be use', where the excerpt breaks off "
 "(`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, 'Joel I. Klein, Acting "
 "Assistant Attorney General said,' (no comma before 'said'), the quotation opening in lower case, 'third party "
 "payers' and 'third party insurers' (no hyphen), 'fee-for-service', '30%', '15%', the two spaces after full stops, "
 "the straight quotation marks. 239 words. One text per event: the business review letter itself (justice.gov "
 "atr 'Response To Southwest Orthopedic Specialists' Request For Business Review Letter', a letter to counsel, "
 "rank 2 of the Mobile query) not used. Found with 'Orthopaedic Associates of Mobile Bone and Joint Center business "
 "review letter Justice Department 1997' (rank 7). "
 + CHECK + "'Southwest Orthopedic', '240at', 'June97': 0 in the corpus files, GATHERING.md, the scripts, the notes and "
 "the pools; 'Albuquerque' in files on other matters (45zf's NationsBank/BankAmerica New Mexico branches, a 2017 "
 "CenturyLink/Level 3 file, by their names); 'Joel I. Klein' in files on other matters; no dev or test file's text "
 "read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
