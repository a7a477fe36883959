#!/usr/bin/env python3
"""Batch 53i (session 54, gatherer 53i): three SEC releases of 2018 and 2021 on companies and their named officers --
the jury verdict of Friday 30 July 2021 in Tampa against the broker-dealer Spartan Securities Group, LTD., the
transfer agent Island Capital Management LLC d/b/a Island Stock Transfer and 'two of their principals', Carl E. Dilley
('its President') and Micah J. Eldred, over at least 19 sham public companies (Litigation Release No. 25156, 4 August
2021); the settled charges of 28 September 2018 against Salix Pharmaceuticals Ltd. and its former CFO Adam Derbyshire
over wholesaler inventory, 'Salix is now a subsidiary of Bausch Health Companies, which was previously known as
Valeant Pharmaceuticals International' (press release 2018-221); the emergency action and asset freeze against 'U.K.
citizen Roger Knox and his Swiss-based company Wintercap SA', 'formerly Silverton SA', and Michael T. Gastauer, with
the Directors of the SEC's Boston Regional Office and Office of International Affairs quoted (press release
2018-228, 3 October 2018) -- US federal government works (17 U.S.C. 105), a session-54 round in the federal SEC lane
(after 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za, 51ze, 51zj, 51zn, 52b, 52c, 52i, 52j, 52m, 52o, 52zb,
52ze and 53d), on new matters. All three came up under queries naming the company and its officers, from 53d's leads
(Spartan Securities/Island Capital Management, Salix, Wintercap/Knox); see /work/notes/gather54/53i.md. Every name,
release number and docket was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes
and the session-54 pools:
  - SEC Litigation Release No. 25156 (4 August 2021), Securities and Exchange Commission v. Spartan Securities Group,
    Ltd., et al., No. 19-civ-00448 (M.D. Fla. filed February 20, 2019) (sec.gov's 'litigation/litreleases/2021/
    lr25156.htm');
  - SEC press release 2018-221 (28 September 2018), 'SEC Charges Salix Pharmaceuticals and Former CFO With Lying About
    Distribution Channel' (stored as 'https://www.sec.gov./news/press-release/2018-221', host with its final dot);
  - SEC press release 2018-228 (3 October 2018), 'SEC Halts Microcap Fraud Scheme Orchestrated Through International
    Accounts' (sec.gov's 'newsroom/press-releases/2018-228').
The text is the search tool's page-store excerpt (corpus `pages`). The release's heading line is the `title`; left
out: the litigation release's release line (its date kept as `published`) and caption (kept in the attribution); the
press releases' 'Skip to main content', 'FOR IMMEDIATE RELEASE', release number and dateline 'Washington D.C., <date>
—' (the date kept as `published`, as 43d cut Walgreens' 2018-220). Cut at the last full sentence before the store's
excerpt (2,000 characters as saved) breaks off. No word added or changed; paragraphs joined by a blank line (the Knox
page's store copy breaks its paragraphs with single newlines; they are joined the same way, as the lane does); a
space the store leaves at one paragraph's end (Salix's first) is dropped. Each kept paragraph checked by script to be
a verbatim substring of the saved excerpt (/tmp/gather54i/src). Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch53i.py [POOL_DIR] [--dry]   (default /tmp/gather54i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -l over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54l when checked: none held a file on "
         "this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54i/pool"
SRC = "/tmp/gather54i/src"
R = []

# ---- Spartan Securities / Island Stock Transfer / Dilley and Eldred, LR 25156 of 4 August 2021 (sec.gov) ----------
U1 = "https://www.sec.gov/litigation/litreleases/2021/lr25156.htm"
CAPTION1 = ("Securities and Exchange Commission v. Spartan Securities Group, Ltd., et al., No. 19-civ-00448 (M.D. Fla. "
            "filed February 20, 2019)")
T1 = "Jury Finds Broker-Dealer, Transfer Agent and Two Key Principals Liable in Microcap Shell Factory Fraud"
P1 = [
 "On Friday, July 30th, after a three week trial in Federal Court in Tampa, Florida, a jury returned a unanimous "
 "verdict finding broker-dealer Spartan Securities Group, LTD., transfer agent, Island Capital Management LLC d/b/a "
 "Island Stock Transfer, and two of their principals, Carl E. Dilley and Micah J. Eldred, liable for fraud in "
 "connection with their roles in the creation of at least 19 purportedly legitimate public companies that were in "
 "fact shams.",
 "Evidence at trial showed that Spartan Securities, Dilley, and Eldred made misrepresentations and omissions in the "
 "filing of 15c2-11 applications and submissions with Financial Industry Regulatory Authority (FINRA), which are "
 "required to publicly list the companies' common stock and ultimately enable the shares to become free-trading and "
 "available to public investors. The evidence also showed that Island Stock Transfer and Dilley, its President, made "
 "misrepresentations and omissions regarding the designation of the securities as free trading and when effectuating "
 "the bulk issuance and transfer of securities, including stock certificates without restrictive legends. Finally, "
 "the evidence revealed that Spartan Securities, Island Stock Transfer, and Dilley initiated and provided false "
 "information for applications filed with the Depository Trust Company (DTC), including misrepresenting the shell "
 "status of issuers.",
 "The jury found Spartan Securities, Island Stock Transfer, Dilley and Eldred liable for fraud by violating Section "
 "10(b) of the Securities Exchange Act of 1934 (\"Exchange Act\"), and Rule 10b-5(b) thereunder."]
R.append((["spartan-lr25156.txt"], T1, P1, federal(
 "us-sec-spartan-securities-island-stock-transfer-president-dilley-principal-eldred-shell-factory-jury-2021", U1,
 "2021-08-04", T1, "\n\n".join(P1),
 "broker-dealers/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25156 / August 4, 2021, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading '" + T1 + "' is the `title`. Left out: 'Litigation Release No. 25156 / August 4, 2021' "
 "(its date kept as `published`) and the caption '" + CAPTION1 + "' (kept in the attribution). Cut after the third "
 "paragraph's first sentence ('... and Rule 10b-5(b) thereunder.'), before 'The jury found Spartan not liable for "
 "violating Section 15(c)(2) of the Exchange Act and Rule 15c2-11 thereunder and found Dille', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'On Friday, July 30th,' (no year: 2021 from the release line), "
 "'a three week trial' without a hyphen, 'Federal Court' capitalised, 'Spartan Securities Group, LTD.' in capitals "
 "beside the caption's 'Ltd.', 'transfer agent, Island Capital Management LLC d/b/a Island Stock Transfer,', "
 "'submissions with Financial Industry Regulatory Authority (FINRA)' without an article, \"the companies' common "
 "stock\" and '(\"Exchange Act\")' with straight marks, 'its President' capitalised. 229 words (whitespace-split), "
 "three paragraphs. The body never names the Commission (only the left-out caption does). Found with 'SEC Spartan "
 "Securities Island Capital Management Carl Dilley Micah Eldred litigation release' (rank 1; the excerpt saved as "
 "/tmp/gather54i/src/spartan-lr25156.txt). One text per matter: the 2022 remedies release (a hedgeco.net copy in the "
 "store), NCLA's case pages, the court's opinions (casetext, studicata) and an appeal summary (verdict.news) on the "
 "same case are not taken. "
 + CHECK + "'Spartan Securities', 'Island Capital', 'Island Stock Transfer', 'Eldred', 'lr25156', '19-civ-00448': 0 "
 "in the corpus files, the gather scripts and the pools; 'Spartan Securities' and 'Island Capital' in GATHERING.md "
 "only as 53d's untried lead; 'Dilley' only in another matter (an Oireachtas committee file on permanent tsb, a "
 "different Dilley, and batch 16b's scripts); '25156' only inside binary files under /work/notes (newskg builds).",
 True)))

# ---- Salix Pharmaceuticals / Adam Derbyshire, press release 2018-221 of 28 September 2018 (sec.gov) ----------------
U2 = "https://www.sec.gov./news/press-release/2018-221"
T2 = "SEC Charges Salix Pharmaceuticals and Former CFO With Lying About Distribution Channel"
P2 = [
 "The Securities and Exchange Commission today charged Salix Pharmaceuticals Ltd. and its former CFO with repeatedly "
 "misleading analysts and investors about the company\u2019s future prospects. The former CFO, Adam Derbyshire, will "
 "pay more than $1 million to settle the charges.",
 "According to the SEC\u2019s complaints, Salix and Derbyshire lied to analysts and investors during quarterly "
 "earnings calls by significantly understating the amount of Salix drugs that wholesaler customers held in "
 "inventory. Salix had engaged in a long-standing practice of flooding the distribution channel by using incentives "
 "to induce customers to purchase more products, creating a short-term revenue bump but excess supply that imperiled "
 "future sales. The complaints allege that Salix and Derbyshire also failed to disclose in SEC reports that the "
 "practice had impacted earnings and presented a significant risk to Salix investors. Salix is now a subsidiary of "
 "Bausch Health Companies, which was previously known as Valeant Pharmaceuticals International. The alleged "
 "misconduct occurred prior to Salix\u2019s acquisition by Valeant.",
 "\u201cThe settlement with Salix reflects the company\u2019s self-report to the Commission and its significant "
 "cooperation with the investigation,\u201d said David Frohlich, Assistant Director in the SEC\u2019s Enforcement "
 "Division. \u201cSalix\u2019s proactive remediation included conducting an extensive internal investigation that "
 "led to Derbyshire\u2019s resignation.\u201d",
 "To settle the charges, Salix, without admitting or denying the Commission's allegations, agreed to be enjoined from "
 "future violations of the antifraud and corporate reporting provisions of the federal securities laws. The proposed "
 "settlement is subject to district court approval."]
R.append((["salix-pr2018-221.txt"], T2, P2, federal(
 "us-sec-salix-pharmaceuticals-former-cfo-derbyshire-bausch-health-subsidiary-valeant-acquisition-2018", U2,
 "2018-09-28", T2, "\n\n".join(P2),
 "pharmaceuticals/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release 2018-221 '" + T2 + "', Washington D.C., Sept. 28, 2018, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the 'news/press-release/"
 "YYYY-NNN' address of 2013-2019, stored with a final dot after the host, 'www.sec.gov./'): first-party text, no "
 "third-party copy. Left out: the page line 'Skip to main content', the heading (kept as `title`), the lines 'FOR "
 "IMMEDIATE RELEASE' and '2018-221', the dateline 'Washington D.C., Sept. 28, 2018 \u2014' (kept as `published`, as "
 "43d cut Walgreens' 2018-220 of the same day); cut after the fourth paragraph ('... subject to district court "
 "approval.'), before the fifth ('Without admitting or denying the allegations in the Commission's'), where the "
 "store's excerpt breaks off (`truncated`); the space the store leaves after the first paragraph's last full stop is "
 "dropped. Kept as written: the curly quotation marks and apostrophes beside the straight ones of \"the Commission's "
 "allegations\" (as the store gives them), 'Salix Pharmaceuticals Ltd.', 'Bausch Health Companies' and 'Valeant "
 "Pharmaceuticals International' without 'Inc.' (the litigation release lr24302 on the same matter adds them), "
 "'long-standing', 'short-term', 'self-report', 'Assistant Director'. 242 words (whitespace-split), four paragraphs. "
 "Found with 'SEC charges Salix Pharmaceuticals former executives channel inventory Xifaxan litigation release' (rank "
 "3; the excerpt saved as /tmp/gather54i/src/salix-pr2018-221.txt). One text per matter: the litigation release "
 "lr24302 (rank 5, the same facts without the Assistant Director's quotation), the SEC's complaint on documents.pub, "
 "securitieslawattorneys.net, seekingalpha.com and biospace.com pages on the same matter are not taken. "
 + CHECK + "'Salix', 'Frohlich', '2018-221', 'lr24302', '1:18-cv-08886': 0 in the corpus files, the gather scripts "
 "and the pools; 'Salix' in GATHERING.md and /work/notes only as 53d's untried lead; 'Valeant' and 'Bausch' in "
 "GATHERING.md and batch 52o's script only as other matters left out (a 2024 fund notice on Valeant's own securities "
 "case; Bausch & Lomb); 'Derbyshire' only as the English county and its Derbyshire Times (other matters).",
 True)))

# ---- Wintercap SA / Roger Knox / Michael T. Gastauer, press release 2018-228 of 3 October 2018 (sec.gov) ----------
U3 = "https://www.sec.gov/newsroom/press-releases/2018-228"
T3 = "SEC Halts Microcap Fraud Scheme Orchestrated Through International Accounts"
P3 = [
 "The Securities and Exchange Commission has filed an emergency action and obtained an asset freeze against two "
 "individuals and their companies in a scheme that generated more than $165 million of illegal sales of stock in at "
 "least 50 microcap companies. SEC investigators unraveled the multi-year scheme with the assistance of more than a "
 "dozen international regulators and sophisticated analysis of nearly 400 bank and brokerage accounts.",
 "According to the SEC\u2019s complaint unsealed today, U.K. citizen Roger Knox and his Swiss-based company Wintercap "
 "SA helped microcap securities holders evade federal securities laws that restrict sales by large shareholders. The "
 "complaint charges that Knox and Wintercap, formerly Silverton SA, helped sellers conceal their stock ownership and "
 "provided anonymous access to brokerage accounts to sell the shares in the U.S. market. For three specific issuers "
 "detailed in the complaint, Knox sold the stocks when their price and trading volume were inflated by promotional "
 "campaigns. Michael T. Gastauer allegedly aided and abetted the fraud by establishing several U.S. corporations and "
 "allowing Knox to use their bank accounts to disburse the proceeds of his illegal stock sales.",
 "\u201cInvestors can help protect themselves from microcap fraud by using the tools and resources on Investor.gov,"
 "\u201d said Paul Levenson, Director of the SEC\u2019s Boston Regional Office. \u201cThe allegations here should put "
 "investors on guard that spikes in trading volume may be a mirage produced by insiders secretly dumping their "
 "shares.\u201d",
 "\u201cFraudsters must not be allowed to profit at the expense of retail investors by concealing the true nature of "
 "their interests and activities and trading through foreign countries,\u201d added Raquel Fox, Director of the "
 "SEC\u2019s Office of International Affairs."]
R.append((["knox-wintercap-pr2018-228.txt"], T3, P3, federal(
 "us-sec-wintercap-formerly-silverton-roger-knox-gastauer-microcap-asset-freeze-boston-regional-office-2018", U3,
 "2018-10-03", T3, "\n\n".join(P3),
 "microcap securities/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release 2018-228 '" + T3 + "', Washington D.C., Oct. 3, 2018, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the 'newsroom/press-releases/"
 "YYYY-NNN' address): first-party text, no third-party copy. Left out: the heading (kept as `title`) and the dateline "
 "'Washington D.C., Oct. 3, 2018 \u2014' (kept as `published`); cut inside the fourth paragraph after its first "
 "sentence ('... Director of the SEC\u2019s Office of International Affairs.'), before '\u201cWith the timely and "
 "robust assistance of our foreign counterparts, we ac', where the store's excerpt breaks off (`truncated`). The "
 "store's copy breaks paragraphs with single newlines; joined here by a blank line as the lane's other texts. Kept as "
 "written: the curly quotation marks and apostrophes, 'U.K. citizen', 'Swiss-based', 'Wintercap SA', 'formerly "
 "Silverton SA', 'multi-year', 'Investor.gov,' with the comma inside the quotation, 'Director' capitalised. 272 words "
 "(whitespace-split), four paragraphs. Found with 'Wintercap SA Knox SEC litigation release Roger Knox undisclosed "
 "control microcap' (rank 4, after the litigation release lr24304 on the same matter at rank 1; the excerpt saved as "
 "/tmp/gather54i/src/knox-wintercap-pr2018-228.txt). The press release is taken over lr24304 for the two SEC "
 "officials' posts it names; one text per matter: lr24304, kehoelawfirm.com, secactions.com (the 2018 indictment), "
 "patrina.com, spglobal.com and ai-cio.com pages are not taken. "
 + CHECK + "'Wintercap', 'Silverton', 'Gastauer', 'Levenson', 'Raquel Fox', 'Investor.gov', '2018-228', 'lr24304', "
 "'18-cv-12058': 0 in the corpus files, the gather scripts and the pools; 'Wintercap' in GATHERING.md only as 53d's "
 "untried lead; 'Knox' only in other matters (the corpus's 2007 Penn Traffic SEC file on its former officer Knox; Knoxville "
 "and other Knox place names).",
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
