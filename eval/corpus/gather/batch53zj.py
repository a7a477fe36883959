#!/usr/bin/env python3
"""Batch 53zj (session 54, gatherer 53zj): two SEC litigation releases on companies and the people who controlled
or ran them -- the Commission's charges of 2 August 2023 against Ustocktrade LLC 'and its owner Anthony Weeresinghe of
Chestnut Hill, Massachusetts' for aiding and abetting the net capital violations of 'an SEC-registered broker-dealer,
Ustocktrade Securities, Inc.', which Weeresinghe 'through Ustocktrade LLC, owned and controlled' (Litigation Release
No. 25799, 2 August 2023); and its complaint of 17 July 2024 against 'Patrick Orlando, the former CEO and Chairman of
Digital World Acquisition Corporation ("DWAC")', over DWAC's IPO filings and its proposed merger with 'Trump Media &
Technology Group Corp. ("TMTG")' (Litigation Release No. 26051, 19 July 2024) -- US federal government works (17 U.S.C.
105), a session-54 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x and 53zg), on new matters.
Both came up under 53zg's leads (Ustocktrade LLC, Aug 2023; Digital World Acquisition Corp / Patrick Orlando, July
2024; 0 corpus hits), with queries naming the company and the person charged; see /work/notes/gather54/53zj.md. Every
name, release number and docket was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather54 and the session-54 pools:
  - SEC Litigation Release No. 25799 (August 2, 2023), Securities and Exchange Commission v. Ustocktrade LLC, No.
    1:23-cv-06756 (S.D.N.Y. filed Aug. 2, 2023) (sec.gov 'enforcement-litigation/litigation-releases/lr-25799');
  - SEC Litigation Release No. 26051 (July 19, 2024), Securities and Exchange Commission v. Orlando, Civil Action No.
    1:24-cv-2097 (D.D.C. filed July 17, 2024) (stored under a publicnow.com address, a distributor's copy of the
    release: its header lines are left out, the release's own text kept; no sec.gov address for it came back under
    two queries, one quoting its heading and number).
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes as saved). The release heading is the
`title`; left out: Ustocktrade's page line 'Ustocktrade LLC and Anthony Weeresinghe', the agency line 'U.S. SECURITIES
AND EXCHANGE COMMISSION', the release line (its date kept as `published`) and the caption (kept in the attribution);
Orlando's publicnow header ('SEC - The United States Securities and Exchange Commission', the distribution line,
'Litigation Releases (Patrick Orlando)') before the same release lines. Neither release has a sub-heading in the
excerpt. Cut at the last full sentence before the store's excerpt breaks off (both `truncated`): Ustocktrade after
'... terminated its registration with the SEC.' (before "The SEC's complaint, filed in the U.S. District Court for the
Southern District of New York, charges Weeresinghe and Ustocktrade"), Orlando after '... pursuing the deal with DWAC.'
(before 'According to the complaint, Orlando subsequently became CEO of DWAC and had lengthy discussions with
representati'). No word added or changed; Ustocktrade's paragraphs (single newlines in the store copy) joined by a
blank line. Each kept paragraph and title checked by script to be a verbatim substring of the saved excerpt
(/tmp/gather54zj/src). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53zj.py [POOL_DIR] [--dry]   (default /tmp/gather54zj/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (none held a file on this "
         "matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zj/pool"
SRC = "/tmp/gather54zj/src"
PUBLICNOW_ORIGIN = "US SEC release via publicnow.com (search tool page store)"
R = []

# ---- Ustocktrade LLC / Anthony Weeresinghe, Litigation Release No. 25799 of 2 August 2023 ----------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-25799"
T1 = "SEC Charges Owners of Broker-Dealer with Aiding and Abetting Violations of Net Capital Requirements"
CAPTION1 = ("Securities and Exchange Commission v. Ustocktrade LLC, No. 1:23-cv-06756 (S.D.N.Y. filed Aug. 2, 2023)")
P1 = [
 "The Securities and Exchange Commission today charged Ustocktrade LLC and its owner Anthony Weeresinghe of Chestnut "
 "Hill, Massachusetts with aiding and abetting a registered broker-dealer's repeated violations of the SEC's net "
 "capital provisions. The SEC's net capital provisions are designed to ensure that broker-dealers have adequate liquid "
 "assets to meet their obligations to their customers.",
 "The SEC's complaint alleges that Weeresinghe, through Ustocktrade LLC, owned and controlled an SEC-registered "
 "broker-dealer, Ustocktrade Securities, Inc., which operated an alternative trading system that was marketed to "
 "college students and other retail investors to engage in day trading. According to the SEC's complaint, Weeresinghe "
 "and Ustocktrade LLC were notified of 11 separate periods during 2021 when the broker-dealer's net capital fell below "
 "its minimum net capital requirement. The complaint alleges that Ustocktrade LLC and Weeresinghe substantially "
 "assisted the broker-dealer's net capital violations by continuing to operate the broker-dealer's customer trading "
 "platforms to conduct unlawful securities transactions during the deficiency periods. In addition, as alleged in the "
 "complaint, in November 2021, during the broker-dealer's final net capital deficiency, Weeresinghe directed the "
 "broker-dealer to transfer most of its remaining cash to Ustocktrade LLC, worsening the capital condition of an "
 "already capital deficient broker-dealer. In October 2022, the broker-dealer withdrew and terminated its "
 "registration with the SEC."]
R.append((["ustocktrade-lr25799.txt"], T1, P1, federal(
 "us-sec-ustocktrade-llc-owner-weeresinghe-ustocktrade-securities-broker-dealer-net-capital-aiding-abetting-2023", U1,
 "2023-08-02", T1, "\n\n".join(P1),
 "brokerage/securities regulation", "legal,regulatory,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25799 / August 2, 2023, '" + T1 + "', "
 + CAPTION1 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: the page line 'Ustocktrade LLC and Anthony Weeresinghe', "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 25799 / August 2, 2023' (its date kept as "
 "`published`) and the caption '" + CAPTION1 + "' (kept in the attribution); no sub-heading. Cut after the second "
 "paragraph ('... terminated its registration with the SEC.'), before \"The SEC's complaint, filed in the U.S. "
 "District Court for the Southern District of New York, charges Weeresinghe and Ustocktrade\", where the store's "
 "excerpt breaks off (`truncated`; so the charged provisions and the relief sought are not in the text). Kept as "
 "written: 'of Chestnut Hill, Massachusetts with aiding' without a comma, 'SEC-registered', 'an already capital "
 "deficient broker-dealer' without a hyphen, straight apostrophes as the store gives them. 210 words "
 "(whitespace-split), two paragraphs (single newlines in the store copy, joined here by a blank line). Found with "
 "'SEC charges Ustocktrade LLC Matthew Perkins broker-dealer litigation release' (rank 1; the name 'Matthew Perkins' "
 "in the query was a wrong guess, the release names Weeresinghe; the excerpt saved as "
 "/tmp/gather54zj/src/ustocktrade-lr25799.txt), 53zg's lead. One text per matter: Bloomberg's story on bnnbloomberg "
 "(copyright) and the secactions weekly digest are not taken. "
 + CHECK + "'Ustocktrade', 'Weeresinghe', '25799', '23-cv-06756': 0 in the corpus files, the gather scripts and the "
 "pools; 'Ustocktrade' in GATHERING.md and /work/notes/gather54/53zg.md only as 53zg's lead.",
 True)))

# ---- Patrick Orlando / Digital World Acquisition Corporation, Litigation Release No. 26051 of 19 July 2024 -----------
U2 = "https://publicnow.com/view/887C1C7F9C071409611FA32983D382F87C5C211B"
T2 = "SEC Charges Former SPAC CEO with Fraud"
CAPTION2 = ("Securities and Exchange Commission v. Orlando, Civil Action No. 1:24-cv-2097 (D.D.C. filed July 17, 2024)")
P2 = [
 "On July 17, 2024, the Securities and Exchange Commission filed a complaint in federal court in the District of "
 "Columbia alleging that Patrick Orlando, the former CEO and Chairman of Digital World Acquisition Corporation "
 "(\"DWAC\"), a special purpose acquisition company (\"SPAC\"), made materially false and misleading statements in "
 "forms filed with the SEC as part of DWAC's initial public offering (\"IPO\") in September 2021 and its proposed "
 "merger with Trump Media & Technology Group Corp. (\"TMTG\"), which was announced in October 2021.",
 "A SPAC is a company with no underlying business operations that raises capital through an IPO for the purpose of "
 "acquiring an unidentified private company. SPAC investors rely on the SPAC's management to expend efforts to "
 "identify and acquire or combine with a private operating company. Accordingly, a SPAC must inform investors, "
 "clearly and accurately, about steps it is takes to acquire a company, such as pre-IPO discussions or negotiations.",
 "As alleged in the complaint, Orlando initially pursued a merger with TMTG on behalf of another SPAC of which he was "
 "CEO. However, because of opposition from two directors and one officer of that SPAC, Orlando formed a plan in "
 "Spring 2021 to instead pursue a merger between DWAC, which had not yet had its IPO, and TMTG. The complaint alleges "
 "that Orlando chose DWAC in part because he owned a larger percentage of DWAC than of the other SPAC and would make "
 "more money by pursuing the deal with DWAC."]
R.append((["orlando-lr26051.txt"], T2, P2, federal(
 "us-sec-digital-world-acquisition-dwac-former-ceo-chairman-orlando-trump-media-tmtg-spac-ipo-fraud-complaint-2024",
 U2, "2024-07-19", T2, "\n\n".join(P2),
 "SPACs/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26051 / July 19, 2024, '" + T2 + "', " + CAPTION2
 + ", US federal government work (public domain); the release's text as publicnow.com distributes it, from the "
 "search tool's page store at " + U2,
 PUBLICNOW_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as the distributor publicnow.com reproduces it (a "
 "third-party host of the SEC's own text, as 53zg's Silvergate release and batch 17a's publicnow.com copy of a federal "
 "text; **doubtful** only as to the address: no sec.gov address for LR 26051 came back under two queries, the second "
 "quoting the heading and release number, so the publicnow copy, the release as issued, is the one taken). Left out: "
 "publicnow's header 'SEC - The United States Securities and Exchange Commission', '07/19/2024 | Press release | "
 "Distributed by Public on 07/19/2024 20:26' and 'Litigation Releases (Patrick Orlando)' (the distributor's lines, "
 "not the SEC's); then 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 26051 / July 19, 2024' (its "
 "date kept as `published`) and the caption '" + CAPTION2 + "' (kept in the attribution); no sub-heading. The heading "
 "is the `title`. Cut after the third paragraph ('... pursuing the deal with DWAC.'), before 'According to the "
 "complaint, Orlando subsequently became CEO of DWAC and had lengthy discussions with representati', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: the release's own slip 'about steps it is takes to acquire a "
 "company', 'Spring 2021' with its capital, 'Trump Media & Technology Group Corp.', the straight double quotes around "
 "the defined short names, straight apostrophes as the store gives them. 243 words (whitespace-split), three "
 "paragraphs. Found with 'Digital World Acquisition Corp Patrick Orlando SEC charges litigation release' (rank 2; "
 "again rank 2 under a query quoting the heading and release number; the excerpt saved as "
 "/tmp/gather54zj/src/orlando-lr26051.txt), 53zg's lead. One text per matter: fxnewsgroup, btimesonline, "
 "lawcommentary, nytimesnewstoday, marketscreener (Italian), capitalisminstitute, thetechedvocate, wlf.org and "
 "businessinsider are not taken; DWAC's own settled order of July 2023 ($18 million) is the same matter. "
 + CHECK + "'Patrick Orlando', 'Digital World', 'DWAC', 'Trump Media', 'TMTG', '26051', '24-cv-2097': 0 in the corpus "
 "files, the gather scripts and the pools; 'Digital World' in GATHERING.md and /work/notes/gather54/53zg.md only as "
 "53zg's lead.",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        for p in [title] + paras:
            assert raw.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
