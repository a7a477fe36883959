#!/usr/bin/env python3
"""Batch 15f, part 2: four more company-relation texts on Irish State company sales from the Houses of the Oireachtas
(oireachtas.ie; Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0): an agreed sale (B & I Line to Irish
Continental Group), a completed sale and a board's advisers (TSB Bank to Irish Life and Permanent; ACC Bank), and two
near-misses (ICC Bank: an intended offer from Bank of Scotland; a sale process that ended without a sale). Gathered
after part 1 (batch15f.py) had been annotated, committed and checked, so these texts have their own sorted-id split
cycle (batch15f2_annotate.py). Same conventions as batch15f.py: every text is the search tool's page-store excerpt
(corpus `pages`), cut at the last full sentence kept; page chrome, question numbers and references left out; no word
added or changed.
usage: batch15f2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch15f import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

R = []
R.append(rec("oireachtas-seanad-b-and-i-line-bill-sale-to-irish-continental-group-1991", "https://www.oireachtas.ie/en/debates/debate/seanad/1991-12-19/4/",
 "1991-12-19", "B & I Line Bill, 1991: Second Stage.", "Seanad Éireann debate (Second Stage of a Bill; the Minister for Tourism, Transport and Communications)",
 "Question proposed: \"That the Bill be now read a Second Time.\"\n\n"
 "The primary purpose of this Bill is to provide for matters connected with the sale of the B & I Line plc to the Irish Continental Group plc (ICG).\n\n"
 "The basic terms of the sale are that ICG will pay £8.5 million to the Minister for Finance in return for the entire issued share capital of B & I. This transaction will take place when all conditions relating to the sale of B & I have been completed.\n\n"
 "The conditions to be met prior to the sale involve the Government removing accumulated bank and other debt from B & I's balance sheet. This amounts to £35 million. The Government may decide to do this either by injecting the requisite amount of additional share capital in the company to enable the debt to be paid off, as provided for in section 2 of the Bill, or also by assuming direct responsibility for part of the debt, as provided for in section 3.\n\n"
 "Section 3 also provides that the aggregate amount arising under sections 2 and 3 will not exceed £36 million. This maximum amount includes a contingency figure of £1 million over and above the £35 million Exchequer investment envisaged to provide for any subsequent adjustment which may be required in exceptional circumstances.\n\n"
 "The origins of this Bill extend back to March last year when the House was debating the B & I Line Bill, 1990, to provide further additional Exchequer funding for the company. During the course of the debate on that Bill, I announced my intention of carrying out a review of the future options for B & I. My main objective in doing this was to determine how soon the company's dependence on Exchequer financial support could be ended. At the same time, I wanted to take into account the strategic shipping needs of our importers and exporters, as well as our tourism industry.",
 "shipping/ferries", "non-US", "deal,regulatory",
 "Read on oireachtas.ie: 'Skip to main content', 'Normal View', the date, volume and heading lines (heading kept as title) left out; the Minister is not named in the excerpt; cut before the cut-off 'In the intervening period, a ve...'.", "OIR"))
R.append(rec("oireachtas-dail-priority-question-acc-bank-sale-tsb-irish-life-permanent-2001", "https://www.oireachtas.ie/en/debates/debate/dail/2001-06-27/53/",
 "2001-06-27", "Ceisteanna–Questions. Priority Questions. - ACC Bank Sale.", "Dáil Éireann debate (priority question to the Minister for Finance)",
 "Mr. McGrath asked the Minister for Finance if he will make a statement on the situation in relation to the sale of ACC Bank.\n\n"
 "In January 2000, I reluctantly accepted the joint recommendation of the board of ACC Bank, the trustees of TSB Bank and the non-statutory board to abandon the merger and flotation of ACC and TSB Banks in the light of the slim prospects for a successful flotation in the then prevailing market conditions. I asked both banks to review all their options for the future. Since then, TSB Bank undertook a successful sale process which resulted in its sale earlier this year to Irish Life and Permanent plc.\n\n"
 "I announced the publication of the ACC Bank Bill, 2001, on 31 January this year. In doing so, I stated that the board of ACC Bank had been mandated by me to prepare the bank for sale and I asked it to pursue all options in relation to a change in the ownership structure of the bank over the course of the next 12 months. The ACC Bank Act, 2001, was commenced on 15 June. The Act includes enabling provisions in relation to the sale of the bank such as the sale of shares held by the Minister for Finance, the establishment of an employee share ownership plan and the treatment of State guarantees following the sale of the bank.\n\n"
 "The management of the sale process is a matter for the board of ACC Bank and its advisers, NCB Corporate Finance and Matherson, Ormsby, Prentice. I expect it to be conducted in a transparent and fair manner for all concerned parties. The board will revert to me in due course with its proposals and recommendation. I have retained A and L Goodbody, solicitors, to be my legal advisers in relation to this sale process.",
 "banking", "non-US", "deal,regulatory",
 "Read on oireachtas.ie: 'Skip to main content', 'Normal View', the date, volume and heading lines (heading kept as title), the asker line 'Paul McGrath', the 'Question:' label, the question number '5' and the reference '[19111/01]' left out; the record's 'Matherson' kept; the Minister is not named in the excerpt; cut before the cut-off 'Negotiations between the trade unions and management regarding the employee share ownership plan are in progress. The tra...'.", "OIR"))
R.append(rec("oireachtas-dail-motion-sale-of-icc-bank-bank-of-scotland-offer-2000", "https://www.oireachtas.ie/ga/debates/debate/dail/2000-12-14/8/",
 "2000-12-14", "Sale of ICC Bank: Motion.", "Dáil Éireann debate (motion of the Minister for Finance)",
 "I move:\n\n"
 "\"That Dáil Éireann:\n\n"
 "(i) notes that the Governor and Company of the Bank of Scotland has announced its intention to make an offer for ICC Bank plc which values ICC Bank at IR£275 million,\n\n"
 "(ii) approves, pursuant to Section 4 of the ICC Bank Act, 2000, the disposal of the Minister's shares to bank of Scotland subject to the terms of the offer, and\n\n"
 "(iii) approves that, pursuant to the irrevocable undertaking to be given by the Minister to Bank of Scotland subject to the terms of the offer, the Minister reserves his right to accept a better competing offer made on or before 16 January 2001 which must be at least 10% higher than Bank of Scotland's offer.\"\n\n"
 "The Bank of Scotland recently announced its intention to make an offer under Irish Take-over Panel Rules for ICC Bank plc. Under section 4 (2) of the ICC Bank Act, 2000, I am required to obtain a motion of approval from the House prior to disposing of any shares in ICC Bank. As Deputies will be aware, a copy of the pre-offer document has been circulated to all Members of the House. I will refer to the details of the pre-conditional recommended offer later.\n\n"
 "I wish to take this opportunity to congratulate ICC Bank on its achievements over the past 67 years. ICC was set up in 1933 as a channel to provide finance for the establishment of native industry. At that time, of course, the financial sector in general was very poorly developed. As Irish industry has grown, so has ICC Bank as it steadily expanded its range of services and the type of business it financed. This has now broadened to a full range of financial services to many businesses. Sectors served by the bank now include transport, software, tourism, distribution and a wide range of service sectors as well as manufacturing.",
 "banking", "non-US", "deal,regulatory",
 "Read on oireachtas.ie (Irish-language interface): 'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', the date, volume and heading lines (heading kept as title) left out; the record's 'to bank of Scotland' kept; the Minister is not named in the excerpt; cut before the cut-off 'The 1980s saw the introduction of additional trade products and the expa...'. Near-miss for an acquisition: an announced intention to make an offer, not yet made or accepted.", "OIR"))
R.append(rec("oireachtas-dail-priority-question-icc-bank-withdrawn-from-sale-1999", "https://www.oireachtas.ie/en/debates/debate/dail/1999-12-14/7/",
 "1999-12-14", "Priority Questions. - Sale of ICC Bank.", "Dáil Éireann debate (priority question to the Minister for Finance)",
 "Mr. Noonan asked the Minister for Finance the reason he has withdrawn ICC Bank from sale; and the steps, if any, he will take to support it.\n\n"
 "The Government decided on 27 July 1998 to dispose of the State's interest in ICC Bank plc. The motivation for this decision was that there is no significant strategic or policy need for continuing direct State involvement in the banking sector.\n\n"
 "In February of this year I appointed ABN-AMRO and McCann FitzGerald to advise me in relation to the corporate finance and legal aspects of the sale of my interest in the bank. During the following months officials of my Department and my advisers worked with the board, management and staff of ICC Bank to prepare the necessary documentation in relation to the sale, to negotiate an employee share ownership trust and to agree the procedures for the sale process.\n\n"
 "At the end of the first stage, three indicative bids were received. It was decided that all three should enter into stage 2 of the sale process, where they would be permitted to carry out due diligence on ICC. One of these banks, National Australia Bank, withdrew from the process shortly thereafter, without commencing due diligence. The two remaining banks undertook a preliminary due diligence exercise on ICC and also availed of the opportunity to meet with key management and union officials. One of these parties, Irish Intercontinental Bank, then withdrew at a late stage and a single second stage bid, from Bank of Ireland, was received by the deadline of 19 October 1999. Its bid was substantially less than the top range of the earlier indicative bids.",
 "banking", "non-US", "deal,regulatory",
 "Read on oireachtas.ie: 'Skip to main content', 'Normal View', the date, volume and heading lines (heading kept as title), the asker line 'Michael Noonan', the 'Question:' label, the question number '26' and the reference '[27166/99]' left out; the Minister is not named in the excerpt; cut before the cut-off 'Following consultations with the board of ICC Bank, the receipt of advice from my financial advisers and a discussion with senior representatives of Bank of Ireland, I issued a press release confirming tha...'. Near-miss: bids withdrawn or too low, the bank withdrawn from sale; advisers appointed by the Minister (not an organisation).", "OIR"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
