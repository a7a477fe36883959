#!/usr/bin/env python3
"""Batch 65g (session 59, gatherer 65g): three FTC merger press releases of 2000, 2004 and 2006 (pharmaceuticals,
offshore gas pipelines and propane storage, natural gas liquids storage) naming the merging firms, a holding
company's chain of owners and the seller of a general partner, the co-promotion partner and the buyers of divested
businesses, the owners of a pipeline company, and the Bureau of Competition's Directors, new matters in the federal
FTC lane (after 64g, 64a, 63g, 63a, 62m, 62g, 62e, 62b, 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d,
56l, 56c and the rounds they name), found by asking the FTC's merger consents by acquirer, target and 'consent order
divest' (64g's way) after the leads of 65a, 64g, 64m and 64a gave no first-party page (Nufarm / A.H. Marks, Mylan /
Merck Generics, Watson / Arrow: only third parties' copies; DOJ's Unilever / Alberto-Culver: only a blog's copy):
  - ftc.gov 'opa/2006/08/teppco.htm' (FTC press release of August 18, 2006; its headline is not in the stored text)
    -- the consent order requiring TEPPCO Partners, L.P. to sell its interest in an NGL storage facility in Mont
    Belvieu, Texas after EPCO, Inc.'s 2005 acquisition of TEPPCO's general partner, Texas Eastern Products Pipeline
    Company, LLC, from Duke Energy Field Services, LLC; Enterprise Products Partners, L.P. a wholly owned subsidiary of
    EPCO; Dan L. Duncan the ultimate owner; Jeffrey Schmidt, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/2004/09/enterprise.htm' (FTC press release of September 30, 2004; its headline is not in the
    stored text) -- the consent order in the $13 billion merger of Enterprise Products Partners L.P. and GulfTerra
    Energy Partners L.P.: divestitures of an interest in a Gulf of Mexico gas pipeline system and of an interest in a
    propane storage facility in Hattiesburg, Mississippi serving the Dixie Pipeline; Enterprise's 50 percent interest
    in the Starfish Pipeline Co., owner of the Stingray/Triton pipeline system; Susan A. Creighton, Director of the
    FTC's Bureau of Competition;
  - ftc.gov 'opa/2000/06/pfizer.htm' (FTC press release of June 19, 2000; its headline is not in the stored text) --
    the proposed consent agreement letting Pfizer Inc. consummate its $90 billion merger with Warner-Lambert Company:
    Warner's Celexa co-promotion agreement with Forest Laboratories, Inc. to end, Pfizer's RID business to Bayer
    Corporation, Warner's Cognex assets to First Horizon Pharmaceutical Corporation, Pfizer's CP-358,774 assets to
    OSI Pharmaceuticals, Inc.; Richard G. Parker, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather66/65g.md. Queries and ranks in
/tmp/gather66g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather60-66 (notes and CLAIMS.txt) and the pools /tmp/gather6*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes in UTF-8, the store's cut:
1,982, 1,976 and 2,000 characters -- TEPPCO's and GulfTerra's with curly quotation marks and apostrophes, Pfizer's
with straight ones), as saved in /tmp/gather66g/src by /tmp/gather66g/mk_src.py. Left out in all three: the page line
'Skip to main content' and the blank line under it; `title` None for all three (no headline in the stored text).
Enterprise / TEPPCO -- the sub-heading 'The 2005 Acquisition' dropped; cut inside the fourth kept paragraph at a
sentence end, after '... in the Mont Belvieu market.', before the sentence the excerpt breaks off ('TEPPCO operates
the Mont Belvieu Storage Partners NGL storage facility, and Enterprise operates the Enter') (`truncated`).
Enterprise / GulfTerra -- the sub-heading 'The Parties\u2019 Relevant Holdings' dropped; whitespace only: the store's
line break inside the fourth kept paragraph's second sentence ('region of' / 'the Gulf of Mexico') read as one space
(as batch 27d's Vale Canada text); cut inside that paragraph at a sentence end, after '... which owns the
Stingray/Triton pipeline system.', before the sentence the excerpt breaks off ('GulfTerra owns the High Island
Offshor') (`truncated`). Pfizer / Warner-Lambert -- cut inside the third paragraph at a sentence end, after '... and
Section 5 of the FTC Act, as amended.', before the sentence the excerpt breaks off ('The merger would lessen
competition in the markets for: 1) ... 2) treatments known as pediculicides for head lice infestation, one of the
most prevalent communicable dis') (`truncated`). No word added or changed (GulfTerra's 'bidders toprovide' and
TEPPCO's 'Enterprise Product Partners, L.P.' beside 'Enterprise Products Partners, L.P.' kept as written); the store's
paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a verbatim substring (once) of
the saved excerpt, line breaks read as spaces. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch65g.py [POOL_DIR] [--dry]   (default /tmp/gather66g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather60-66 (notes and CLAIMS.txt) and the pools /tmp/gather6*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather66/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66g/pool"
SRC = "/tmp/gather66g/src"
R = []

# ---- Enterprise Products Partners / TEPPCO Partners (EPCO, Inc.), FTC press release, August 18, 2006 -------------------
U1 = "https://www.ftc.gov/opa/2006/08/teppco.htm"
P1 = [
 "The Federal Trade Commission today announced a law enforcement action challenging a 2005 acquisition that combined "
 "the natural gas liquids (NGL) storage businesses of Enterprise Product Partners, L.P. and TEPPCO Partners, L.P. "
 "under common ownership. The FTC\u2019s complaint alleges that the transaction likely would result in higher prices "
 "and service degradations by reducing the number of commercial salt dome NGL storage providers in Mont Belvieu, "
 "Texas, from four to three.",
 "In settling the Commission\u2019s charges, TEPPCO is required to sell its interest in an NGL storage facility and "
 "associated assets to a Commission-approved buyer no later than December 31, 2006. Both of the NGL storage "
 "facilities involved in the transaction, which are operated by TEPPCO Partners, L.P. and Enterprise Products "
 "Partners, L.P., ultimately are owned and controlled by Dan L. Duncan.",
 "\u201cThe natural gas liquids storage system in Mont Belvieu is the largest in the world and represents a critical "
 "component in the U.S. petroleum infrastructure,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of "
 "Competition. \u201cThe Commission\u2019s challenge of the Enterprise/TEPPCO transaction will preserve competition "
 "among these vital facilities and ensure that Americans do not pay more for products derived from natural gas "
 "liquids, including plastics, heating fuels, and gasoline.\u201d",
 "On February 24, 2005, EPCO, Inc., through a holding company, acquired: (1) TEPPCO\u2019s general partner, Texas "
 "Eastern Products Pipeline Company, LLC, and (2) 2.5 million limited partnership units of TEPPCO Partners, L.P. for "
 "$1.1 billion and $100 million, respectively, from Duke Energy Field Services, LLC. Enterprise, a wholly owned "
 "subsidiary of EPCO, and TEPPCO operate the two leading providers of NGL salt dome storage out of only four "
 "providers in the Mont Belvieu market."]
R.append((["ftc-2006-08-enterprise-teppco.txt"], None, P1, federal(
 "us-ftc-enterprise-teppco-epco-consent-order-mont-belvieu-ngl-storage-2006",
 U1, "2006-08-18", None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,natural gas liquids,storage",
 "U.S. Federal Trade Commission, press release of August 18, 2006 on the consent order over the 2005 acquisition "
 "that put the NGL storage businesses of Enterprise Products Partners, L.P. and TEPPCO Partners, L.P. under common "
 "ownership (its headline is not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2006/08/teppco.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so); `published` 18 August 2006 (a Friday) "
 "-- the address gives August 2006, Oil & Gas Journal's report of Aug. 24, 2006 (ogj.com, rank 1 of queries 12 and "
 "15) says 'The Aug. 18 order came after the federal agency determined ...' and quotes the release's words, and the "
 "FTC's Federal Register analysis ('Dan L. Duncan, et al.', justia's copy, rank 7 of query 10) is dated Friday, "
 "August 25, 2006; no FTC notice with 'see press release dated' answered (query 15); the release says 'today "
 "announced'. Dropped: the sub-heading 'The 2005 Acquisition' before the fourth kept paragraph. Cut inside that "
 "paragraph at a sentence end, after '... in the Mont Belvieu market.', before the sentence the store's excerpt "
 "breaks off ('TEPPCO operates the Mont Belvieu Storage Partners NGL storage facility, and Enterprise operates the "
 "Enter') (`truncated`). Kept as written: the curly quotation marks and apostrophes of this excerpt, 'Enterprise "
 "Product Partners, L.P.' (first paragraph, without the s) beside 'Enterprise Products Partners, L.P.' (second), "
 "'Enterprise/TEPPCO' with a slash. 275 words (whitespace-split), four paragraphs (the last cut short). Found at rank "
 "1 under 'FTC challenges Enterprise TEPPCO natural gas liquids storage Mont Belvieu Dan L. Duncan consent order' "
 "(query 11) and at rank 5 of query 10 (the same excerpt); the other ranks were the FR analysis of the GulfTerra "
 "matter, questia, naturalgasintel, fdocuments and the FR analyses of another matter (Energy Transfer / Williams, "
 "2016). One text per matter: this release, the complaint, the order and the FR analysis of August 25, 2006 are one "
 "matter (the GulfTerra merger of 2004, also Enterprise's, is another matter with its own file number). " + CHECK +
 "'TEPPCO', 'Dan L. Duncan', 'Dan Duncan', 'Texas Eastern Products', 'Duke Energy Field', 'Enterprise Products', "
 "'E6-14142', 'opa/2006/08/teppco': 0 in the corpus files, the scripts and the pools; 'EPCO' as a word 0 (as a "
 "substring only inside other words); 'Mont Belvieu' only in the FTC's Chevron / Texaco text of batch 63a (test, by "
 "its name; its pool copy in /tmp/gather64a) -- another matter; 'Jeffrey Schmidt' in other FTC texts of his tenure.",
 True)))

# ---- Enterprise Products Partners L.P. / GulfTerra Energy Partners L.P., FTC press release, September 30, 2004 ---------
U2 = "http://www.ftc.gov/opa/2004/09/enterprise.htm"
P2 = [
 "The Federal Trade Commission today announced that Enterprise Products Partners L.P. (Enterprise) has agreed to make "
 "several divestitures to settle allegations that the $13 billion merger of Enterprise and GulfTerra Energy Partners "
 "L.P. (GulfTerra) would harm competition. The Commission\u2019s consent order requires divestitures of: 1) an "
 "interest in a natural gas pipeline transportation system in the Western Central Deepwater region of the Gulf of "
 "Mexico, and 2) an interest in a propane storage and terminaling services facility in Hattiesburg, Mississippi, "
 "which serves the Dixie Pipeline, the only common-carrier propane pipeline in the southeast United States.",
 "The Commission\u2019s order is designed to remedy the alleged anticompetitive effects of the transaction as "
 "originally proposed. It also contains a hold separate order requiring the companies to maintain the assets to be "
 "divested as separate, viable, and competitive entities pending their sale to an FTC-approved purchaser.",
 "\u201cThe strong conditions required by the Commission\u2019s order will ensure that competition in these important "
 "energy transportation, and storage and terminaling markets is maintained in the post-merger environment,\u201d "
 "said Susan A. Creighton, Director of the FTC\u2019s Bureau of Competition. \u201cThe order effectively addresses the "
 "FTC\u2019s concerns in each of the markets affected by the merger.\u201d",
 "The Commission has identified relevant overlaps among Enterprise\u2019s and GulfTerra\u2019s energy transportation "
 "and terminal holdings. In the West Central Deepwater region of the Gulf of Mexico, the companies constitute two of "
 "the three primary bidders toprovide pipeline transportation for natural gas producers in that increasingly "
 "significant area for natural gas exploration and production. Enterprise owns a 50 percent interest in the Starfish "
 "Pipeline Co. (Starfish), which owns the Stingray/Triton pipeline system."]
R.append((["ftc-2004-09-enterprise-gulfterra.txt"], None, P2, federal(
 "us-ftc-enterprise-gulfterra-consent-order-starfish-hattiesburg-propane-2004",
 U2, "2004-09-30", None, "\n\n".join(P2),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,pipelines,propane storage",
 "U.S. Federal Trade Commission, press release of September 30, 2004 on the consent order in the merger of "
 "Enterprise Products Partners L.P. and GulfTerra Energy Partners L.P. (its headline is not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2004/09/"
 "enterprise.htm'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. "
 "The stored text holds no headline and no date line: `title` None (the attribution says so); `published` 30 "
 "September 2004 (a Thursday) -- the address gives September 2004 and the FTC's own 'Announced Actions for April 5, "
 "2005' (ftc.gov, rank 5 of query 14), on the divestiture of Enterprise's Starfish interest to MarkWest under this "
 "order (File No. 041-0039, Docket No. C-4123), closes with 'see press releases dated September 30, November 5, and "
 "November 26, 2004; and January 4 and February 1, 2005'; naturalgasintel (rank 3 of query 10) says the FTC 'last "
 "Thursday approved' the merger, and the FR analysis (04-22697, federal.elaws.us, rank 2 of query 10) asks for "
 "comments by October 29, 2004; the release says 'today announced'. Dropped: the sub-heading 'The Parties\u2019 "
 "Relevant Holdings' before the fourth kept paragraph. Whitespace only: the store's line break inside that "
 "paragraph's second sentence ('In the West Central Deepwater region of' / 'the Gulf of Mexico') read as one space "
 "(batch 27d's Vale Canada text, as GATHERING.md records). Cut inside that "
 "paragraph at a sentence end, after '... which owns the Stingray/Triton pipeline system.', before the sentence the "
 "store's excerpt breaks off ('GulfTerra owns the High Island Offshor') (`truncated`). Kept as written: the curly "
 "quotation marks and apostrophes of this excerpt, 'bidders toprovide' (one word, as stored), 'Western Central "
 "Deepwater region' beside 'West Central Deepwater region', the numbered list '1) ... and 2) ...'. 268 words "
 "(whitespace-split), four paragraphs (the last cut short). Found at rank 1 under 'FTC Enterprise Products GulfTerra "
 "Energy Partners consent order divest' (query 10), and at rank 1 of query 13 and rank 2 of query 14 (the same "
 "excerpt); the other ranks were the FR analysis, naturalgasintel, questia (Energy Law Journal), the FTC's TEPPCO "
 "release (taken as its own matter), Enterprise's SEC filings and texts on other matters (Phillips / Enron 1995, El "
 "Paso / Coastal 2001, Energy Transfer / Williams 2016). One text per matter: this release, the complaint, the "
 "orders, the FR analysis and the 2004-2005 divestiture notices (File No. 041 0039) are one matter. " + CHECK +
 "'GulfTerra', 'Enterprise Products', 'Starfish', 'High Island Offshore', 'Dixie Pipeline', 'Hattiesburg', 'Western "
 "Central Deepwater', 'West Central Deepwater', '0410039', '041 0039', '04-22697', 'C-4123', 'opa/2004/09/enterprise': "
 "0 in the corpus files, the scripts and the pools; 'Triton' and 'Stingray' only in texts of other matters (a DOJ "
 "plea naming Nautilus Hyosung's Triton ATMs, train; a Wikinews stingray story, train; English Wikipedia's Starbreeze "
 "Studios, train); 'Susan A. Creighton' in other FTC texts of her tenure.",
 True)))

# ---- Pfizer Inc. / Warner-Lambert Company, FTC press release, June 19, 2000 -------------------------------------------
U3 = "https://www.ftc.gov/opa/2000/06/pfizer.htm"
P3 = [
 "The Federal Trade Commission today accepted a proposed consent agreement that would allow Pfizer Inc. (Pfizer) to "
 "consummate its $90 billion merger with Warner-Lambert Company (Warner), while ensuring that competition in several "
 "key pharmaceutical markets is maintained. Through the Commission's order, which must still receive final approval, "
 "the companies would be required to: 1) end Warner's agreement with Forest Laboratories, Inc. (Forest) to "
 "co-promote the antidepressant drug Celexa; 2) divest Pfizer's RID head-lice treatment business to Bayer "
 "Corporation; 3) divest all of Warner's assets related to the Alzheimer's drug Cognex to First Horizon "
 "Pharmaceutical Corporation (First Horizon); and 4) transfer and give up all of Pfizer's assets related to the "
 "Epidermal Growth Factor receptor tyrosine kinase (EGFr-tk) inhibitor, CP-358,774, under development to treat solid "
 "tumor cancers, to OSI Pharmaceuticals, Inc. (OSI). The companies first announced their intention to merge on "
 "February 6 of this year.",
 "\"Competition in pharmaceutical markets encourages lower prices and spurs innovation for drugs that continue to "
 "improve the health of the American public,\" said Richard G. Parker, Director of the FTC's Bureau of Competition. "
 "\"The Commission's order preserves competition for several very important drugs that treat diseases suffered by "
 "millions of Americans annually -- head lice in children, depression, Alzheimer's and cancer.\"",
 "According to the Commission's complaint, Pfizer's merger with Warner would violate Section 7 of the Clayton Act, "
 "as amended, and Section 5 of the FTC Act, as amended."]
R.append((["ftc-2000-06-pfizer-warner-lambert.txt"], None, P3, federal(
 "us-ftc-pfizer-warner-lambert-consent-agreement-celexa-forest-rid-cognex-2000",
 U3, "2000-06-19", None, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,drugs",
 "U.S. Federal Trade Commission, press release of June 19, 2000 on the proposed consent agreement in the merger of "
 "Pfizer Inc. and Warner-Lambert Company (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2000/06/pfizer.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so); `published` 19 June 2000 (a Monday) "
 "-- the address gives June 2000, Advertising Age's report (adage.com, rank 7 of query 17) says 'The Federal Trade "
 "Commission on June 19 cleared the way for the $90 billion merger of Pfizer and Warner-Lambert Co. by accepting a "
 "consent agreement', and the AP story of Tuesday, June 20th 2000 (newson6.com, rank 6 of query 18) says 'approved "
 "Monday by the Federal Trade Commission'; the release says 'today accepted'. Cut inside the third paragraph at a "
 "sentence end, after '... and Section 5 of the FTC Act, as amended.', before the sentence the store's excerpt "
 "breaks off ('The merger would lessen competition in the markets for: 1) selective serotonin reuptake inhibitor/"
 "selective norepinephrine reuptake inhibitors (SSRI/SNRI), ... 2) treatments known as pediculicides for head lice "
 "infestation, one of the most prevalent communicable dis') (`truncated`). Kept as written: the straight quotation "
 "marks and apostrophes of this excerpt, the double hyphen in 'annually -- head lice', the numbered list '1) ... 4) "
 "...', 'CP-358,774'. 234 words (whitespace-split), three paragraphs (the last cut short). Found at rank 4 under 'FTC "
 "Pfizer Warner-Lambert merger consent order divest Celexa Donnatal 2000' (query 17); ranks 1-3 and 5-6 were the "
 "FTC's case page, decision and order (Docket No. C-3957, two copies), complaint and analysis to aid public comment "
 "(File No. 001 0059), rank 7 adage, rank 8 an FR analysis of another matter (2003). One text per matter: this "
 "release, the complaint, the order and the analysis are one matter. " + CHECK + "'Warner-Lambert', 'Warner "
 "Lambert', 'Cognex', 'Celexa', 'CP-358', 'pediculicide', 'RID head', '0010059', '001 0059', 'C-3957', "
 "'Seminole Acquisition', 'opa/2000/06/pfizer': 0 in the corpus files, the scripts and the pools ('Warner-Lambert' "
 "only in GATHERING.md's records of other matters: Warner-Lambert purchasing agents 1998, Warner-Lambert / Neurontin "
 "2004); 'Forest Laboratories', 'First Horizon', 'OSI Pharmaceuticals' only in GATHERING.md's records of other "
 "matters (Forest Pharmaceuticals' 2010 plea, a bank's First Horizon, Genentech / OSI's Tarceva); 'Bayer "
 "Corporation' only in texts of other matters (batches 54m and 54n, a test file by count not opened); 'Pfizer' in "
 "many texts of other matters; 'Richard G. Parker' in other FTC texts of his tenure (65a's Agrium / Unocal among "
 "them).",
 True)))


def verify():
    """Each kept paragraph (and the title, where there is one) occurs verbatim (once) in the saved excerpt, line
    breaks read as spaces (the saved file's two header lines, its address and the query that found it, are not part
    of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
