#!/usr/bin/env python3
"""Batch 56a (session 54; gatherer 56a): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t and 55zc (UK public-sector texts under the Open Government Licence v3.0), asked for UK
Competition and Markets Authority merger news stories (gov.uk, or verbatim copies on miragenews.com / wired-gov.net /
parliamenttoday.com) naming an acquirer, a target, their owners and named officials with titles; all three texts are
CMA merger pages on gov.uk, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t and 55zc (no outage
is told in any; see GATHERING section 56a):
- the CMA's news story of 26 May 2015 that it will consider in detail the undertakings (the sale of 16 pubs) Greene
  King offered over its anticipated acquisition of Spirit Pub Company instead of a phase 2 reference;
- the CMA's press release of January 2017 on its phase 1 finding that the purchase of VocaLink Holdings Ltd by
  Mastercard UK Holdco Ltd, a subsidiary of Mastercard International Incorporated, gives rise to competition concerns
  in infrastructure services to the LINK ATM network (VocaLink also serving Bacs and the Faster Payments Service);
- the CMA's merger case page 'Tobii AB / Smartbox Assistive Technology Limited and Sensory Software International Ltd
  merger inquiry' (gov.uk /cma-cases/), entries of 2019-2020: the completed acquisition by Tobii AB, the phase 2
  timetable, the remedy group chaired by Kip Meek, the Competition Appeal Tribunal's judgment and Tobii's sale of
  Smartbox to CareTech Holdings Plc, a purchaser approved by the CMA.
The texts are the search tool's page-store excerpts (corpus `pages`) of the gov.uk pages, embedded here: the labels
'Press release' / 'News story' and the headings (kept as title) left out, the summary lines kept as the first
paragraphs (as 51k, 55g, 55j, 55t and 55zc), the image captions under them left out (as 40zh's 'A pile of pound
coins.' and 55zc's captions), the case page's sub-headings and timetable line kept as paragraphs (as 17d, 55j, 55o and
55t) and its 'Contact' block left out (as 17d, 55j and 55o); cuts per item in `notes`; no word added or changed. The
excerpts are saved verbatim in /tmp/gather57a/src (greene-king-spirit.txt, mastercard-vocalink.txt,
tobii-smartbox-case-page.txt; each file's first line is the page address) with the queries (queries.txt). newskg (or
any extractor) was not run on the texts.
usage: batch56a.py [POOL_DIR] [--dry]   (default /tmp/gather57a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57a/pool"
GOV = "UK Competition and Markets Authority press release (gov.uk) as gov.uk renders it (page store)"
STORY = "UK Competition and Markets Authority news story (gov.uk) as gov.uk renders it (page store)"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc): the label ('Press "
            "release' / 'News story') and the heading (kept as title) left out of the text, the summary line kept as "
            "the first paragraph (as 51k, 55g, 55j, 55t and 55zc), the image caption under it left out (as 40zh and "
            "55zc), paragraph breaks as the excerpt has them (already double). ")
CASE_NOTE = ("A CMA merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; CMA case pages used before: batch 17d's four pages, 55j's Ecolab / Holchem "
             "page, 55o's FNZ / GBST and Bottomline / Experian pages, 55t's Circle / BMI page): the heading (kept as "
             "title) left out of the text; the page's own sub-headings and timetable line kept as paragraphs (as "
             "17d, 55j, 55o and 55t), paragraph breaks as the excerpt has them (already double). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather57*/pool as they stood, and /work/notes/gather57/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- CMA: Greene King / Spirit Pub Company, undertakings to be considered (news story, 26 May 2015) ---------------
u = "https://gov.uk/government/news/cma-to-look-in-detail-at-greene-king-proposed-undertakings"
t = "CMA to look in detail at Greene King proposed undertakings"
R.append(uk_rec("uk-cma-greene-king-spirit-pub-company-merger-undertakings-considered-2015", u, "2015-05-26", t, OGL,
 att("news story", t, "26 May 2015", u),
 "Greene King has offered undertakings to the CMA to address competition concerns in relation to its anticipated acquisition of Spirit Pub Company.\n\n"
 "Earlier this month, the Competition and Markets Authority (CMA) announced that it would refer the acquisition for an in-depth investigation unless the companies offered acceptable undertakings to address concerns about a loss of competition in 16 local areas. The CMA\u2019s initial investigation had found that in these areas the parties\u2019 pubs were in close proximity, were each other\u2019s key rivals and did not face sufficient competition from other outlets, which could lead to an increase in prices or a deterioration in the quality of the offering for customers.\n\n"
 "Greene King has offered to sell 16 pubs in order to address the competition concerns identified. These pubs would be divested by Greene King as properties, together with the relevant pub name and, for managed pubs, the transfer of Greene King/Spirit staff. The CMA has decided that there are reasonable grounds for believing that the undertakings offered by Greene King, or a modified version of them, might be accepted instead of a reference to a more detailed phase 2 merger investigation.\n\n"
 "The CMA now has until 21 July 2015 to consider whether to accept the undertakings, or a modified version of them. The CMA may decide to extend this deadline if it considers there are special reasons for doing so.\n\n"
 "As part of this consideration process, the CMA will shortly undertake a public consultation on whether the proposed undertakings are sufficient to address the competition concerns. If the undertakings are not accepted, the acquisition will be referred for a phase 2 merger investigation.\n\n"
 "All information relating to the investigation is available on the case page.",
 "pubs/pub companies; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'A person pouring a beer from a tap in a pub.'; at the end, the "
 "page's 'Updates to this page' line and its date line 'Published 26 May 2015' (kept as `published`). Kept: the "
 "closing line 'All information relating to the investigation is available on the case page.' (a paragraph of the "
 "story, not a contact block; as 55zc kept Menzies' 'All other information ...'), the curly apostrophes ('CMA\u2019s', "
 "'parties\u2019', 'other\u2019s'), '16' in figures, 'Greene King/Spirit staff' without spaces, 'phase 2' in lower "
 "case. The excerpt is the whole story (it ends with the page's date line): `truncated` false. `published` "
 "2015-05-26 from the page's own 'Published 26 May 2015'. Facts checked against other pages in the page store: "
 "morningadvertiser.co.uk's report of 11 May 2015 and execreview.com, scotsman.com, independent.co.uk (the phase 1 "
 "decision: 16 local areas, Sheldon Mills quoted, the deadline of 18 May; Rooney Anand, Greene King's chief "
 "executive), eadt.co.uk (nine Greene King and seven Spirit pubs among the 16), mondaq (the CMA's provisional "
 "decision of 11 May 2015), cityam.com (the undertakings accepted; completion), new.govwire.co.uk's copy of the CMA's "
 "story of 22 June 2015 'CMA accepts undertakings in Greene King/Spirit merger' (Greene King plc, Spirit Pub Company "
 "plc). Found with 'CMA Greene King Spirit Pub Company merger competition concerns' (rank 8) and again, the same "
 "excerpt, with a query on the phase 1 decision's wording (rank 3). Same matter, left out (one text per matter): "
 "govwire.co.uk's copy of the acceptance story (not a listed mirror), news of the phase 1 decision and the clearance "
 "(cityam, morningadvertiser, execreview, eadt, scotsman, independent, mondaq). " + CHECKED + "'Greene King', "
 "'Spirit Pub' - only GATHERING.md's 55zc section (a lead line); no corpus or pool file. The matter is new to the "
 "corpus.",
 STORY, truncated=False))
# ---- CMA: Mastercard / VocaLink, phase 1 competition concerns (press release, January 2017) -----------------------
u = "https://www.gov.uk/government/news/competition-concerns-over-mastercardvocalink-merger"
t = "Competition concerns over Mastercard/VocaLink merger"
R.append(uk_rec("uk-cma-mastercard-vocalink-merger-phase-1-concerns-2017", u, "2017-01-04", t, OGL,
 att("press release", t, "4 January 2017", u),
 "The CMA has found that Mastercard\u2019s acquisition of VocaLink gives rise to competition concerns.\n\n"
 "Mastercard UK Holdco Ltd, a subsidiary of Mastercard International Incorporated (Mastercard), is buying VocaLink Holdings Ltd (VocaLink). It already owns and operates credit and debit card schemes Mastercard, Maestro and Cirrus, and has also bid to supply infrastructure services to UK interbank payment systems.\n\n"
 "VocaLink is a supplier of payment infrastructure services to 3 major UK interbank payment systems: Bacs, the automated clearing system allowing credit and debit payments between bank accounts; the Faster Payments Service (FPS), which enables near \u2018real-time\u2019 payments between bank accounts within the UK; and the LINK ATM network.\n\n"
 "The Competition and Markets Authority (CMA) has assessed the merger in the context of an ongoing review by the Payment Systems Regulator (PSR) into the ownership and competitiveness of infrastructure that supports the 3 major UK payment systems. The PSR has made a series of recommendations intended to improve competition in payment systems.\n\n"
 "A number of industry participants have raised concerns with the transaction and the CMA investigated a number of theories of harm including loss of competition in payment infrastructure services to Bacs, FPS and LINK ATM scheme.\n\n"
 "In relation to LINK ATM, the CMA found that VocaLink and Mastercard are 2 of the 3 most credible providers of infrastructure services to the LINK ATM network operating across the UK. As such, the merger would reduce the number of bidders and limit the ability of the LINK scheme to obtain good value when tendering for an infrastructure provider.\n\n"
 "The CMA has not found concerns in the provision of payment infrastructure services to Bacs or FPS since there are many credible alternatives to VocaLink and Mastercard.",
 "payment systems infrastructure/card schemes; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'Cash machine image'. Cut at the end after '... credible "
 "alternatives to VocaLink and Mastercard.': the next paragraph, which the excerpt breaks off inside ('The companies "
 "can avoid the merger being referred for an in-depth inve'), and what follows it on the page (the quotation of the "
 "CMA's decision-maker and the notes for editors) left out (`truncated`). Kept: the curly apostrophes and quotation "
 "marks ('Mastercard\u2019s', '\u2018real-time\u2019'), '3' and '2 of the 3' in figures, 'LINK' in capitals, "
 "'LINK ATM scheme' without an article, as the page has them. `published` 2017-01-04: the excerpt has no date line; "
 "credit-connect.co.uk's copy of the release, word for word as far as the excerpt goes, is dated '4th January 2017', "
 "poandpo.com's report of 18 January 2017 (on the CMA's story of that day, 'CMA to consider Mastercard/VocaLink "
 "remedies') says 'Earlier this month', and banking-gateway.com's report gives 11 January 2017 as the parties' "
 "deadline to offer a remedy (doubtful by a day or two; the text holds no date that depends on `published`). Facts "
 "checked against other pages in the page store: the CMA's story of 18 January 2017 on gov.uk ('Mastercard UK Holdco "
 "Ltd\u2019s - a subsidiary of Mastercard International Incorporated (Mastercard) - purchase of VocaLink Holdings Ltd "
 "(VocaLink)'; the remedies; a deadline of 15 March 2017), banking-gateway.com (a 92.4% stake for about \u00a3700m; "
 "Andrea Coscelli, CMA Acting Chief Executive and decision maker, quoted), financefeeds.com (the undertakings "
 "accepted; no phase 2 reference). Found with 'CMA Mastercard VocaLink merger phase 2 investigation' (rank 2). Same "
 "matter, left out (one text per matter): the gov.uk story of 18 January 2017 on the remedies (rank 8 of the same "
 "query), news (financefeeds, credit-connect, zonebourse, poandpo, banking-gateway). " + CHECKED + "'VocaLink', "
 "'Vocalink' - only GATHERING.md's 55zc section (a lead line); 'Mastercard UK Holdco', 'Mastercard International', "
 "'LINK ATM', 'Bacs' - no file; 'Faster Payments', 'Payment Systems Regulator' - one GATHERING.md line each (outage "
 "rounds on other matters). The matter is new to the corpus.",
 GOV))
# ---- CMA: Tobii / Smartbox merger case page (entries 19 December 2019 - 9 October 2020) ----------------------------
u = ("https://www.gov.uk/cma-cases/tobii-ab-smartbox-assistive-technology-limited-and-sensory-software-international-"
     "ltd-merger-inquiry")
t = "Tobii AB / Smartbox Assistive Technology Limited and Sensory Software International Ltd merger inquiry"
R.append(uk_rec("uk-cma-tobii-smartbox-merger-case-page-sale-to-caretech-2020", u, None, t, OGL,
 att("merger case page", t, None, u),
 "The CMA is investigating the completed acquisition by Tobii AB of Smartbox Assistive Technology Limited and Sensory Software International Ltd.\n\n"
 "Phase 2\n\n"
 "Administrative timetable\n\n"
 "Date of referral: 8.2.19 Statutory deadline: 19.9.19\n\n"
 "Personal data\n\n"
 "The CMA may collect, use and share personal data for its investigations, including merger investigations under the Enterprise Act 2002. This includes processing personal data for the purposes of the General Data Protection Regulation and the Data Protection Act 2018.\n\n"
 "For more information about how the CMA handles personal information, please see the CMA\u2019s Personal Information Charter.\n\n"
 "Case closure summary\n\n"
 "9 October 2020: On 6 October 2020, Tobii completed its sale of Smartbox to CareTech Holdings Plc, a purchaser approved by the CMA. This brings the merger investigation to a close.\n\n"
 "Update on the Competition Appeal Tribunal\u2019s (CAT) judgment\n\n"
 "10 January 2020: The CMA is pleased that the CAT today upheld its finding that the merger between Tobii and Smartbox would harm competition.\n\n"
 "Although the CAT found in favour of Tobii on one part of its case, it has been left open in the judgment what impact this has on the rest of the CMA\u2019s decision.\n\n"
 "In the CMA\u2019s view, the CAT\u2019s judgment does not affect the core finding that Tobii must sell Smartbox to an approved purchaser.\n\n"
 "The CAT has requested that CMA and Tobii now agree the form of the final order that the Tribunal should issue.\n\n"
 "Find out more on the CAT\u2019s website.\n\n"
 "Remedy group appointed\n\n"
 "19 December 2019: The CMA appointed the following panel group members to the Tobii/Smartbox remedy group.\n\n"
 "Kip Meek (Chair), Susan Hankey, Ulrike Hotopp and Keith Richards.",
 "assistive communication technology/eye tracking; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Address: the page store holds the page at this address with e-mail tracking parameters "
 "('?utm_source=Partners+%28overseas%29+-+June+2018&utm_campaign=...&utm_medium=email&utm_term=...'), left off here "
 "(as 55t did; the excerpt saved in /tmp/gather57a/src has the full address). Left out: the 'Contact' heading and "
 "the case's e-mail address 'general.enquiries@cma.gov.uk' (after the timetable line; as 17d, 55j and 55o left out "
 "their pages' contact blocks). Kept: the 'Personal data' heading and its two paragraphs (the CMA's stock notice on "
 "case pages; a paragraph of the page, not a contact block, so not dropped, as 55t kept its page's stock footnote), "
 "the timetable line 'Date of referral: 8.2.19 Statutory deadline: 19.9.19' as one paragraph (as the excerpt has "
 "it), the sub-headings 'Phase 2', 'Administrative timetable', 'Case closure summary', 'Update on the Competition "
 "Appeal Tribunal\u2019s (CAT) judgment', 'Remedy group appointed', the line 'Find out more on the CAT\u2019s "
 "website.' (on the page a link, kept as a sentence of the entry), 'Tobii/Smartbox' without spaces, the members' "
 "list with its full stop, the curly apostrophes. Cut at the end after the members' list: the headings 'Directions "
 "under the Final Order' and 'Final order' and the entry of 19 December 2019 which the excerpt breaks off inside "
 "('At the time of making this notice, the Competition Appeal Tribunal\u2019s judgment setting out its con'), left "
 "out (`truncated`); the page's earlier entries (the final report of August 2019, phase 1) are past the excerpt. "
 "`published` null, as 17d's, 55j's, 55o's and 55t's case pages: the entries span 19 December 2019 to 9 October 2020 "
 "and the excerpt shows no 'Published / Last updated' line. Facts checked against other pages in the page store: "
 "research-live.com (12 October 2020: Tobii sells Smartbox to CareTech; Henrik Eskilsson, chief executive of Tobii), "
 "homecareinsight.co.uk, medicaldevice-network.com, mrweb.com and evertiq.com (the final report of August 2019 "
 "ordering the sale; Tobii bought Smartbox on 1 October 2018 for GBP 11 million), finanznachrichten.de (Tobii's "
 "release of 25 January 2019 on the phase 2 reference), pymnts.com (the extension to 19 September 2019). Found with "
 "'CMA Tobii Smartbox Assistive Technology merger must sell' (rank 2). Same matter, left out (one text per matter): "
 "news and Tobii's releases (research-live, homecareinsight, medicaldevice-network, pymnts, finanznachrichten, mrweb, "
 "evertiq). " + CHECKED + "'Tobii', 'Smartbox' - one GATHERING.md line (a 'nothing on the CMA case' note of an "
 "earlier round); 'Sensory Software', 'CareTech Holdings' - no file; 'CareTech' - GATHERING.md lines only (CareTech "
 "/ Cambian as an untaken lead); 'Kip Meek' - two GATHERING.md lines (JD Sports / Footasylum news, not taken); "
 "'Susan Hankey', 'Ulrike Hotopp', 'Keith Richards' - CMA panel members in the Euro Car Parts and Rentokil files "
 "(other matters). The matter is new to the corpus.",
 CASE))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
