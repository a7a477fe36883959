#!/usr/bin/env python3
"""Batch 56g (session 54; gatherer 56g): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t, 55zc and 56a (UK public-sector texts under the Open Government Licence v3.0), asked for UK
Competition and Markets Authority merger news stories (gov.uk, or verbatim copies on miragenews.com / wired-gov.net /
parliamenttoday.com) naming an acquirer, a target, their owners and named officials with titles; all three texts are
CMA merger pages on gov.uk, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc and 56a (no
outage is told in any; see GATHERING section 56g):
- the CMA's merger case page 'Cérélia / Jus-Rol merger inquiry' (gov.uk /cma-cases/), entries of 2022-2024: the
  completed acquisition by Cérélia Group Holding SAS of the UK and Ireland dough business (Jus-Rol) of General Mills,
  Inc., the phase 2 timetable, the provisional findings, final report and final undertakings, the remedy group chaired
  by Margot Daly, the Competition Appeal Tribunal's and the Court of Appeal's dismissal of Cérélia's appeals;
- the CMA's news story of early 2020 (phase 1) that Hunter Douglas's purchase of 247 Home Furnishings Ltd raises
  competition concerns in made-to-measure window blinds (Hunter Douglas owning Blinds2Go and Hillarys; Colin Raftery,
  CMA Senior Director);
- the CMA's merger case page 'Intercontinental Exchange / Trayport merger inquiry' (gov.uk /cma-cases/), entries of
  March-December 2017: the completed acquisition of Trayport by Intercontinental Exchange, Inc. (ICE), the remittal by
  the Competition Appeal Tribunal, the remittal and remedy groups chaired by Simon Polito, and ICE's sale of Trayport to
  TMX Group, a purchaser approved by the CMA.
The texts are the search tool's page-store excerpts (corpus `pages`) of the gov.uk pages, embedded here: the label
'News story' and the headings (kept as title) left out, the news story's summary line kept as the first paragraph (as
51k, 55g, 55j, 55t, 55zc and 56a) and its image caption left out (as 40zh, 55zc and 56a), the case pages' sub-headings,
link labels and timetable lines kept as paragraphs (as 17d, 55j, 55o, 55t and 56a) and their 'Contact' blocks left out
(as 17d, 55j, 55o and 56a); cuts per item in `notes`; no word added or changed. The excerpts are saved verbatim in
/tmp/gather57g/src (cerelia-jus-rol-case-page.txt, hunter-douglas-247-phase1.txt, ice-trayport-case-page.txt; each
file's first line is the page address; written by /tmp/gather57g/mk_src.py) with the queries (queries.txt). newskg (or
any extractor) was not run on the texts.
usage: batch56g.py [POOL_DIR] [--dry]   (default /tmp/gather57g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57g/pool"
STORY = "UK Competition and Markets Authority news story (gov.uk) as gov.uk renders it (page store)"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc, 56a): the label "
            "('News story') and the heading (kept as title) left out of the text, the summary line kept as the first "
            "paragraph (as 51k, 55g, 55j, 55t, 55zc and 56a), the image caption under it left out (as 40zh, 55zc and "
            "56a), paragraph breaks as the excerpt has them (already double). ")
CASE_NOTE = ("A CMA merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; CMA case pages used before: batch 17d's four pages, 55j's Ecolab / Holchem "
             "page, 55o's FNZ / GBST and Bottomline / Experian pages, 55t's Circle / BMI page, 56a's Tobii / Smartbox "
             "page): the heading (kept as title) left out of the text; the page's own sub-headings, link labels and "
             "timetable lines kept as paragraphs (as 17d, 55j, 55o, 55t and 56a), paragraph breaks as the excerpt has "
             "them (already double). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather57*/pool as they stood, and /work/notes/gather57/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- CMA: Cérélia / Jus-Rol merger case page (entries 4 November 2022 - 11 April 2024) ----------------------------
u = "https://gov.uk/cma-cases/cerelia-slash-jus-rol-merger-inquiry"
t = "C\u00e9r\u00e9lia / Jus-Rol merger inquiry"
R.append(uk_rec("uk-cma-cerelia-jus-rol-general-mills-merger-case-page-remedy-group-2024", u, None, t, OGL,
 att("merger case page", t, None, u),
 "The CMA is investigating the completed acquisition by C\u00e9r\u00e9lia Group Holding SAS (either directly or indirectly) of certain assets relating to the UK and Ireland dough business (Jus-Rol) of General Mills, Inc.\n\n"
 "Phase 2\n\n"
 "Administrative timetable\n\n"
 "Referral date: 15 June 2022\n\n"
 "Statutory deadline: 24 January 2023\n\n"
 "Court of Appeal judgment\n\n"
 "11 April 2024: In a unanimous judgment, the Court of Appeal has fully dismissed C\u00e9r\u00e9lia\u2019s appeal against the Competition Appeal Tribunal\u2019s judgment.\n\n"
 "Directions to appoint a hold separate manager\n\n"
 "30 January 2024: pursuant to paragraph 7 of the Final Undertakings offered by C\u00e9r\u00e9lia on 11 April 2023, the CMA directed C\u00e9r\u00e9lia to appoint a hold separate manager.\n\n"
 "Competition Appeal Tribunal judgment\n\n"
 "1 September 2023: The Competition Appeal Tribunal has dismissed all grounds of C\u00e9r\u00e9lia\u2019s appeal.\n\n"
 "Remedy Group appointed\n\n"
 "12 April 2023: The CMA has appointed the Remedy Group.\n\n"
 "Margot Daly (Chair), Anne Fletcher, Robin Foster and Sheila McClelland.\n\n"
 "Final undertakings\n\n"
 "11 April 2023: The CMA has accepted final undertakings and the reference has now been fully determined.\n\n"
 "Amendments/consents granted\n\n"
 "Notice of proposal to accept final undertakings\n\n"
 "10 March 2023: The CMA gives notice of the proposal to accept final undertakings and is inviting comments on the proposed draft undertakings by 5pm on 24 March 2023.\n\n"
 "Final report\n\n"
 "20 January 2023: The CMA has published its final report.\n\n"
 "Responses to provisional findings and possible remedies\n\n"
 "Provisional findings\n\n"
 "4 November 2022: The CMA has provisionally found competition concerns as part of its in-depth investigation of the completed acquisition by C\u00e9r\u00e9lia Group Holding SAS (either directly or indirectly) of certain assets relating to the UK and Ireland dough business (Jus-Rol) of General Mills, Inc.\n\n"
 "The deadline for submitting responses to the provisional findings is 5pm on Friday 25 November 2022.",
 "bake-at-home dough/food manufacturing; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the 'Contact' heading and the case's e-mail address 'Cerelia.Jus-Rol@cma.gov.uk' (after the "
 "timetable lines; as 17d, 55j, 55o and 56a left out their pages' contact blocks). Kept: the timetable lines "
 "'Referral date: 15 June 2022' and 'Statutory deadline: 24 January 2023' as two paragraphs (as the excerpt has "
 "them), the sub-headings and link labels ('Phase 2', 'Administrative timetable', 'Court of Appeal judgment', "
 "'Directions to appoint a hold separate manager', 'Competition Appeal Tribunal judgment', 'Remedy Group appointed', "
 "'Final undertakings', 'Amendments/consents granted', 'Notice of proposal to accept final undertakings', 'Final "
 "report', 'Responses to provisional findings and possible remedies', 'Provisional findings'), the members' list with "
 "its full stop, the accents of 'C\u00e9r\u00e9lia' and the curly apostrophes as the page has them, '30 January 2024: "
 "pursuant' with a lower-case 'pursuant'. Cut at the end after '... 5pm on Friday 25 November 2022.': the next "
 "paragraph, which the excerpt breaks off after its first letter ('T'), and the page's earlier entries (phase 1, "
 "the referral of 15 June 2022) left out (`truncated`). `published` null, as 17d's, 55j's, 55o's, 55t's and 56a's "
 "case pages: the entries span 4 November 2022 to 11 April 2024 and the excerpt shows no 'Published / Last updated' "
 "line. Facts checked against other pages in the page store: thegrocer.co.uk and bakeryinfo.co.uk (the CMA's "
 "initial enforcement order on Cérélia's purchase of General Mills' European dough business, Jus-Rol and Knack & "
 "Back, agreed in November 2021; Cérélia UK Ltd), startribune.com, just-food.com (the phase 1 concerns of 30 May "
 "2022; the final decision that Cérélia sell the Jus-Rol UK business; Cérélia's UK subsidiary BakeAway), "
 "foodmanufacture.co.uk (the provisional findings), law360 (the phase 2 reference of 15 June 2022). Found with 'CMA "
 "Cérélia Jus-Rol General Mills dough merger provisional findings' (rank 1). Same matter, left out (one text per "
 "matter): news (thegrocer, bakeryinfo, startribune, just-food, foodmanufacture, law360). " + CHECKED + "'Cérélia', "
 "'Jus-Rol', 'Margot Daly' - GATHERING.md lines only (earlier rounds' 'looked at and not used' and lead lines: the "
 "case page judged a timetable then, news not used); 'Cerelia', 'General Mills', 'Sheila McClelland' - no file; "
 "'Anne Fletcher', 'Robin Foster' - CMA panel members in 55j's Ecolab / Holchem file (another matter). The matter is "
 "new to the corpus.",
 CASE))
# ---- CMA: Hunter Douglas / 247 Home Furnishings, phase 1 concerns (news story, early 2020) ------------------------
u = "https://gov.uk/government/news/mergers-between-window-blind-companies-raises-competition-concerns"
t = "Mergers between window blind companies raises competition concerns"
R.append(uk_rec("uk-cma-hunter-douglas-247-home-furnishings-merger-phase-1-concerns-2020", u, None, t, OGL,
 att("news story", t, None, u),
 "Hunter Douglas\u2019s purchase of 247 Home Furnishings Ltd raises competition concerns in the supply of made-to-measure window blinds, the CMA has found.\n\n"
 "Hunter Douglas is a leading global supplier of window coverings, which generated global sales of $3.6 billion in 2018. Hunter Douglas owns and operates a wide range of window coverings businesses, including Blinds2Go and Hillarys in the UK. 247 Home Furnishings Ltd also sells a range of window coverings, including curtains, shutters and blinds, across the UK.\n\n"
 "Hunter Douglas originally obtained a minority interest in 247 Home Furnishings (247) in 2013, although this was not publicly disclosed at the time. The CMA\u2019s investigation has therefore considered the impact of this initial deal alongside Hunter Douglas\u2019s subsequent purchase of the entire shareholding in 247 last year.\n\n"
 "Hunter Douglas and 247 are 2 of the leading suppliers of online made-to-measure blinds in the UK. This is a growing market in which customers \u2018click to order\u2019 their own bespoke blinds online but do their own measurement and fitting. Since its establishment in 2000, Blinds2Go has become by far the largest retailer of online made-to-measure blinds in the UK. 247 is one of the other largest companies in this market and competed closely with Blinds2Go. Most other specialist retailers are much smaller and less well-established than the merging businesses, and competition from large retailers of window coverings, like Next and John Lewis, is limited. The CMA therefore found that the merger could leave customers for online made-to-measure blinds with few alternative suppliers.\n\n"
 "Colin Raftery, CMA Senior Director said:\n\n"
 "Sales of blinds online continue to increase, with people in the UK spending over \u00a3150 million on made to measure blinds last year.",
 "window blinds/home furnishings retail; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'sun shining through window blinds'. Cut at the end after the "
 "first paragraph of Colin Raftery's quotation ('... made to measure blinds last year.'): the next paragraph, which "
 "the excerpt breaks off inside ('Hunter Douglas\u2019s Blinds2Go business is already by far the largest supplier, "
 "so an'), and the rest of the page left out (`truncated`). Kept: the curly apostrophes and quotation marks "
 "('Hunter Douglas\u2019s', '\u2018click to order\u2019'), '$3.6 billion', '\u00a3150 million', '2 of the leading "
 "suppliers' in figures, 'Colin Raftery, CMA Senior Director said:' as its own paragraph and the quotation's first "
 "paragraph without quotation marks, as the page has them (gov.uk sets quotations as block quotes). `published` "
 "null: the excerpt has no date line and no page in the store dates the story; it is of early 2020 (its 'sales of "
 "$3.6 billion in 2018' and 'the entire shareholding in 247 last year', the purchase completed on 28 February 2019 "
 "per the CMA's final undertakings, vdocuments.net's copy; the phase 2 reference of 1 April 2020 in the same "
 "document), but no day is known, so the relative 'last year' is left unresolved. Facts checked against other pages "
 "in the page store: pymnts.com's and government-world.com's copies of the story (the whole quotation: '... so any "
 "deal that results in it buying up one of its closest competitors clearly gives cause for concern'), wired-gov.net's "
 "copy of the CMA's provisional findings story of 16-17 July 2020 (Kirstin Baker, Inquiry Group Chair; Next, Dunelm "
 "and John Lewis), competitionpolicyinternational.com and homeofdirectcommerce.com (the final decision of 14 "
 "September 2020: Hunter Douglas must sell the 51% of 247 bought in 2019; 247 based in Huddersfield), the Western "
 "Mail via pressreader (2017: Hunter Douglas's purchase of Hillarys' owner Bellotto), the final report's and "
 "provisional findings report's copies (Hunter Douglas N.V.; Kirstin Baker, Robin Foster, Anne Fletcher, Mark "
 "Thatcher). Found with 'CMA Hunter Douglas 247 Home Furnishings merger inquiry' (rank 5) and its exact heading (rank "
 "1). Same matter, left out (one text per matter): wired-gov.net's copy of the provisional findings story, the final "
 "report and undertakings copies, news (pymnts, competitionpolicyinternational, homeofdirectcommerce). " + CHECKED +
 "'Hunter Douglas' - one GATHERING.md line (an earlier round's 'nothing on the CMA case'); '247 Home', 'Blinds2Go', "
 "'Hillarys' - no file; 'Colin Raftery' - the VetPartners / Goddard (train) and CVS / The Vet (test) files of 55g and "
 "55zc's notes (other matters). The matter is new to the corpus.",
 STORY))
# ---- CMA: Intercontinental Exchange / Trayport merger case page (entries 9 March - 14 December 2017) --------------
u = "https://www.gov.uk/cma-cases/intercontinental-exchange-trayport-merger-inquiry"
t = "Intercontinental Exchange / Trayport merger inquiry"
R.append(uk_rec("uk-cma-intercontinental-exchange-trayport-merger-case-page-sale-to-tmx-2017", u, None, t, OGL,
 att("merger case page", t, None, u),
 "The CMA investigated the completed acquisition by Intercontinental Exchange, Inc. (ICE) of Trayport and considered one remitted issue.\n\n"
 "ICE completes sale of Trayport to TMX Group\n\n"
 "14 December 2017: Intercontinental Exchange, Inc. (ICE) has completed its sale of Trayport to TMX Group, a purchaser approved by the CMA. This brings the merger investigation to a close.\n\n"
 "Remedy group appointed\n\n"
 "11 August 2017: The CMA appointed the remedy group on 10 August 2017.\n\n"
 "Simon Polito (Inquiry Chair), Sarah Chambers, and John Krumins.\n\n"
 "Remittal\n\n"
 "Date of remittal: 6 March 2017\n\n"
 "Administrative timetable\n\n"
 "Final order\n\n"
 "This order updates and supersedes the CMA\u2019s January 2017 order to reflect the Competition Appeal Tribunal\u2019s judgment and the CMA\u2019s findings in the remittal report.\n\n"
 "Final report on the remitted question\n\n"
 "Responses to remittal provisional findings\n\n"
 "Provisional findings on the remitted question\n\n"
 "Evidence\n\n"
 "Summary of call\n\n"
 "Submissions\n\n"
 "Background information to the remittal\n\n"
 "Core documents\n\n"
 "13 March 2017: The CMA has published its conduct of the remittal document in which it sets out the way in which it intends to conduct the remittal process, particularly with regard to gathering and considering further evidence. If you wish to provide written comments on the remitted issue please send these to the CMA by 27 March 2017.\n\n"
 "Any comments on the administrative timetable should be sent in writing to the CMA by 20 March 2017.\n\n"
 "Remittal group appointed\n\n"
 "Following the remittal by the Competition Appeal Tribunal on 6 March 2017, the Remittal Group was appointed on 10 March 2017.\n\n"
 "Simon Polito (Inquiry Chair), Robin Aaronson, Sarah Chambers, and John Krumins.\n\n"
 "Update 9 March 2017\n\n"
 "The Competition Appeal Tribunal has upheld the CMA\u2019s findings that the merger results in a loss of competition and that in order to resolve this, ICE must sell the Trayport business.",
 "energy trading software/exchanges; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the 'Contact' heading and the case's e-mail address 'general.enquiries@cma.gov.uk' (after "
 "'Date of remittal: 6 March 2017'; as 17d, 55j, 55o and 56a left out their pages' contact blocks). Kept: the "
 "sub-headings and link labels ('ICE completes sale of Trayport to TMX Group', 'Remedy group appointed', "
 "'Remittal', 'Administrative timetable', 'Final order', 'Final report on the remitted question', 'Responses to "
 "remittal provisional findings', 'Provisional findings on the remitted question', 'Evidence', 'Summary of call', "
 "'Submissions', 'Background information to the remittal', 'Core documents', 'Remittal group appointed', 'Update 9 "
 "March 2017'), the timetable line 'Date of remittal: 6 March 2017', both members' lists with their full stops and "
 "the comma before 'and', the curly apostrophes. Cut at the end inside the last paragraph, at a sentence end: after "
 "'... ICE must sell the Trayport business.' the excerpt's next sentence breaks off ('The CMA has been asked'), and "
 "the page's earlier entries (the phase 2 final report of October 2016, provisional findings, phase 1) are past the "
 "excerpt: `truncated` true. `published` null, as the lane's other case pages (entries 9 March to 14 December 2017; "
 "no 'Published / Last updated' line in the excerpt). Facts checked against other pages in the page store: an "
 "earlier rendering of the same case page (rank 7 of the same query: 'is considering one remitted issue', the phase 2 "
 "referral of 3.5.16 and deadline of 18.10.16), reuters (17 October 2016: ICE must sell Trayport; 7 July 2017: the "
 "commercial agreement to end), waterstechnology.com and finextra.com (ICE bought Trayport from BGC Partners and GFI "
 "Group in December 2015 for $650 million; the CAT's judgment), lexology (the phase 2 referral). Found with 'CMA "
 "Intercontinental Exchange Trayport completed acquisition must sell' (rank 5). Same matter, left out (one text per "
 "matter): the earlier rendering of the case page, news (reuters, waterstechnology, finextra, lexology). " + CHECKED +
 "'Trayport' - one GATHERING.md line (a list of names 'checked and clear of the corpus for later rounds'); 'Intercontinental Exchange' - CFTC texts and scripts of other matters (a dev file of 54zl, 55r's notes: ICE as an exchange, not this deal); 'TMX Group' - no file; 'Simon "
 "Polito' - CMA files of other matters (Tesco / Booker dev, Celesio and Pennon test, 40zh, 40zo, 55zc); 'TMX' - "
 "GATHERING.md lines on the LSE/TMX merger of 2011 (another matter, not in the corpus by that name); 'Sarah "
 "Chambers', 'John Krumins', 'Robin Aaronson' - no file. The matter is new to the corpus.",
 CASE))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
