#!/usr/bin/env python3
"""Batch 36y (session 37; helper gather37y): Oireachtas records, the fifth round of batch 36 in the lane of 36w
(and through it 35a, 35i, 35m and 35r), taking two of the telephone-service leads that 36w left: two near-misses
from Dail oral answers of the Posts and Telegraphs years, where service was poor but no service is told as lost:
  - delays in getting calls at Cappoquin for want of trunk circuits to Dungarvan and Waterford, new cables to end
    them, with a second answer on rural service and the Gorey trunk cables (17 July 1969);
  - Clonmel's waiting telephone applications and the 'inadequacy and unreliability' of its service, the Minister
    granting that the exchange's quality of service 'has not been as satisfactory as it should be' for causes
    outside the exchange (2 November 1978).
Texts are the search tool's page-store excerpts (corpus `pages`); no word changed. Both use the shared builder
`write_pool.oireachtas`. newskg was not run on them.
usage: batch36y.py [POOL_DIR] [--dry]   (default /tmp/gather37y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37y/pool"
OIR = "https://www.oireachtas.ie/"
OMIT = ("Text of the oireachtas.ie record as the page store keeps it, less the page's opening lines ({head}), the "
        "heading '{heading}' (its last part kept as title) and the question numbers {nums}; the excerpt carries no "
        "speaker labels. ")
SEEN = ("Before taking it, {words} were looked for in train/dev/test, GATHERING.md, the gather scripts, the "
        "session notes and the /tmp/gather37* pools: found only in 36w's list of leads left{extra}. ")

R = []
R.append(oireachtas(
 "oireachtas-dail-cappoquin-telephone-delays-trunk-circuits-1969",
 OIR + "en/debates/debate/dail/1969-07-17/125/", "1969-07-17", "17 July 1969",
 "Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs if he is aware that telephone service at Cappoquin is considered by "
 "many local subscribers to be rather unsatisfactory; and if he will institute inquiries and seek to have the "
 "service improved.\n\n"
 "Delays in obtaining telephone calls are being experienced by Cappoquin subscribers at certain times because the "
 "number of trunk circuits between Cappoquin and Dungarvan and between Dungarvan and Waterford is inadequate for the "
 "volume of traffic. Substantial improvement will be effected in about three months' time when a new co-axial cable "
 "which has been provided between Dungarvan and Waterford is brought into service and on completion of another "
 "trunk cable between Dungarvan and Cappoquin towards the end of the year delays to calls from Cappoquin exchange "
 "should be eliminated.\n\n"
 "asked the Minister for Posts and Telegraphs if he is aware of the delays and bad reception in the telephone "
 "service in rural Ireland; and if he can take any steps to bring this service up to date and to make it more "
 "effective.\n\n"
 "In general the quality of the telephone service in rural areas is good and serious delay to telephone calls "
 "occurs in few areas. I can assure the Deputy that where the service is not fully satisfactory the necessary "
 "improvement schemes are already in hands or planned. For instance, in the case of Gorey exchange, new co-axial "
 "trunk cables between Gorey and Arklow and between Gorey and Enniscorthy have been laid and are currently being "
 "brought into service. These cables will give better transmission and eliminate delays on calls from Gorey.",
 "telecoms", ["near-miss"],
 OMIT.format(head="'Skip to main content', 'Normal View', 'Dáil Éireann debate -', 'Thursday, 17 Jul 1969', "
             "'Vol. 241 No. 6'", heading="Ceisteanna — Questions. Oral Answers. - Telephone Service.",
             nums="'139.' and '140.'")
 + "Both questions and answers under the heading, the whole item as the excerpt gives it (it ends with the page's "
 "'Top' and 'Share' links, left out); not truncated. Kept as written: 'co-axial', 'in hands'. Near-miss: calls "
 "are delayed at busy times for want of trunk circuits (congestion), no service is told as lost. Found with the "
 "query 'Tuam 093 quality of telephone service problems'. "
 + SEEN.format(words="'Cappoquin', 'Gorey exchange' and 1969-07-17",
               extra=" ('Gorey' also in a 2021 water-supply note of 35r, another subject)"),
 False, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-clonmel-telephone-exchange-unreliability-1978",
 OIR + "ga/debates/debate/dail/1978-11-02/5/", "1978-11-02", "2 November 1978",
 "Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs if he is aware of the difficulties experienced by residents in "
 "Clonmel, County Tipperary in relation to securing telephone connections; the number of people in the area "
 "awaiting service and the likely date of connection; and his plans for the development and expansion of the "
 "Clonmel exchange.\n\n"
 "asked the Minister for Posts and Telegraphs if he is aware of the inadequacy and unreliability of the telephone "
 "service in Clonmel, County Tipperary; that this is causing great inconvenience and hampering industrial "
 "development in the area; and the steps he proposes to take to rectify the situation.\n\n"
 "With the permission of the Ceann Comhairle, I propose to take Questions Nos. 1 and 2 together.\n\n"
 "I am aware of the position in Clonmel. There are some 120 waiting applications in the area. About 20 of these "
 "will be attended to within the next few months and it is expected that the balance will be attended to about the "
 "middle of next year when extra equipment to meet these and any further applications will have been provided. New "
 "priority applications will also be met in the meantime.\n\n"
 "An interim extension of the exchange building is at present in progress. Further building work at present in the "
 "planning stage in the Office of Public Works will cater for future expansion.\n\n"
 "The quality of service in the exchange has not been as satisfactory as it should be because of difficulties "
 "affecting the service generally to which I referred in reply to previous questions. The causes of these "
 "difficulties do not lie in Clonmel exchange itself.",
 "telecoms", ["near-miss"],
 OMIT.format(head="'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', 'Dáil Éireann díospóireacht -', "
             "'Thursday, 2 Nov 1978', 'Vol. 309 No. 1'",
             heading="Ceisteanna—Questions. Oral Answers. - Telephone Service.", nums="'1.' and '2.'")
 + "The Irish-language view (/ga/) of the record (the English view /en/.../6/ differs in one word, 'at Clonmel', "
 "and goes on with supplementaries the excerpt cuts short; the /ga/ copy was taken because its answer is whole). "
 "The two questions and the joint answer; cut after '... do not lie in Clonmel exchange itself.', before question "
 "'3.' on manual-exchange staff (`truncated`: the page goes on). Kept as written: 'County Tipperary in' (no "
 "comma), 'Questions Nos. 1 and 2' (inside the Minister's sentence). Near-miss: waiting connections and service "
 "quality 'not as satisfactory as it should be'; 'unreliability' is the question's word; no service told as lost, "
 "no day. Found with 'Clonmel telephone exchange inadequacy and unreliability'. "
 + SEEN.format(words="'Clonmel exchange', 'Clonmel, County Tipperary' with telephone, and 1978-11-02",
               extra=" (the corpus's Clonmel texts are 2015 and 2023-2025 water and drug-cost items)"),
 True, via="oireachtas.ie"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
