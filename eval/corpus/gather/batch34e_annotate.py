#!/usr/bin/env python3
"""Batch 34e gold annotations (the texts of batch34e.py: founders and chiefs of a security-software company, an
electric-car and battery maker, a car group, an online retailer and a ride-hailing company, and an investor in metals,
telecoms and internet companies, in Russia and China, one part), written from each text alone; newskg (or any
extractor) was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only absolute dates
(GUIDELINES.md, Dates); spans ('eight years', 'About one year later'), ages and 'Currently' left out; 'as of 2024',
'By 2023' -> the year; a repeated text with the same value is one item.
Conventions as batches 27a-33e (GUIDELINES.md part 2): a post the text calls former or follows with a later post or a
departure ('former chief executive officer', 'until 2022', 'chose to leave', 'left Alibaba') -> current false; a post
told with no end ('is the founder, chairman and CEO', 'now chairman', 'hired ... as the COO') -> current true;
'co-founder' -> cofounder, 'founder' -> founder (current, the convention); 'general manager', 'sales manager',
'regional manager' -> executive (GUIDELINES: 'manager'); a department's 'director for computers' -> head; 'managing
director' -> director; owners, shareholders, investors, assistants and sales staff -> no role.
usage: batch34e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Russia ----------------------------------------------------------------------------------------------------------
YK = "Yevgeny Valentinovich Kaspersky"
KL = "Kaspersky Lab"
A["wp-eugene-kaspersky"] = dict(
 # the name as the text gives it (the page title 'Eugene Kaspersky' is not in the text) with the Cyrillic form and
 # 'Kaspersky' (the surname alone, never the company's short form in this text) as aliases; 'the Soviet army' ->
 # Organization (doubtful: a state's armed force, named by a common phrase); 'The Technical Faculty (cryptology) of
 # the KGB Higher School' -> the school only (a unit named with its school, as batch 33e's MIT department); the KGB,
 # Moscow University, the A.N. Kolmogorov boarding school, the Komsomol -> Organization; 'the Russian military' (a
 # descriptive phrase) and the Cascade virus (malware, no product users use) -> nothing
 entities=[E("Person", YK, "\u0415\u0432\u0433\u0435\u043d\u0438\u0439 \u0412\u0430\u043b\u0435\u043d\u0442\u0438"
             "\u043d\u043e\u0432\u0438\u0447 \u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u0438\u0439",
             "Kaspersky"),
           E("Company", KL), E("Organization", "Soviet army"), E("Organization", "KGB Higher School"),
           E("Location", "Novorossiysk"), E("Location", "Soviet Union"), E("Location", "Moscow"),
           E("Organization", "A.N. Kolmogorov boarding school"), E("Organization", "Moscow University"),
           E("Organization", "Komsomol"), E("Organization", "KGB")],
 # 'is the co-founder and the CEO of Kaspersky Lab' ('co-founded Kaspersky Lab in 1997', 'became the CEO in 2007 and
 # remains so') -> cofounder and ceo, current; 'helped identify instances of government-sponsored cyberwarfare as the
 # head of research' -> head at Kaspersky Lab, not current (a post told before his chief executive post of 2007;
 # doubtful: no end told); 'cryptologist and officer in the Soviet army until leaving the service in 1991' (a
 # military rank, not the vocabulary's posts) and 'a member of the Komsomol' -> no role
 roles=[R(YK, "cofounder", KL), R(YK, "ceo", KL), R(YK, "head", KL, False)],
 # 'A.N. Kolmogorov boarding school, run by Moscow University' -> parentOrganization (two Organizations, as batch
 # 33e's school 'attached to' a university); the KGB Higher School and the KGB (the school prepared officers 'for the
 # Russian military and KGB'; no ownership told) -> nothing
 relations=[L("A.N. Kolmogorov boarding school", "parentOrganization", "Moscow University")],
 outages=[],
 # published null; '4 October 1965' twice, '1987' twice -> one item each; 'as of 2024' -> 2024; ages ('age nine',
 # 'age 14', 'fourteen', '16') and 'a five-year program' left out
 dates=[D("4 October 1965", "1965-10-04"), D("1991", "1991"), D("1997", "1997"), D("1987", "1987"),
        D("1989", "1989"), D("2007", "2007"), D("2024", "2024")])

AU = "Alisher Burkhanovich Usmanov"
MI = "Metalloinvest"
FIE = "F\u00e9d\u00e9ration Internationale d'Escrime"
A["wp-alisher-usmanov"] = dict(
 # the Uzbek and Cyrillic forms and 'Usmanov' -> aliases; 'the US', 'UK', Uzbekistan, the Soviet Union, Russia,
 # Ukraine -> Locations ('Ukrainian', 'Russian' adjectives -> nothing); 'EU' and 'the European Union' -> one
 # Organization ('EU-wide' a modifier of the same); 'JSC Metalloinvest' -> alias of Metalloinvest (doubtful: the text
 # may mean the older company whose assets the conglomerate consolidated); Mikhailovsky GOK, Ural Steel, Gazmetall
 # JSC, Lebedinsky GOK (mining and steel enterprises) -> Company; 'the Oskol Electrometallurgical Plant' -> Location
 # (a named plant, GUIDELINES: facilities; doubtful beside the other enterprises); 'the Kommersant publishing house'
 # -> Company 'Kommersant'; 'Udokan copper' -> Company; 'Digital Sky Technologies ("DST")' renamed 'Mail.ru Group' ->
 # one Company with both aliases; the fencing federation -> Organization
 entities=[E("Person", AU, "Alisher Burxonovich Usmonov", "\u0410\u043b\u0438\u0448\u0435\u0440 \u0411\u0443\u0440"
             "\u0445\u0430\u043d\u043e\u0432\u0438\u0447 \u0423\u0441\u043c\u0430\u043d\u043e\u0432", "Usmanov"),
           E("Location", "Uzbekistan"), E("Location", "US"), E("Organization", "European Union", "EU"),
           E("Location", "UK"), E("Location", "Soviet Union"), E("Company", MI, "JSC Metalloinvest"),
           E("Company", "Mikhailovsky GOK"), E("Company", "Ural Steel"), E("Company", "Gazmetall JSC"),
           E("Company", "Lebedinsky GOK"), E("Location", "Oskol Electrometallurgical Plant"),
           E("Company", "Kommersant"), E("Location", "Russia"), E("Company", "MegaFon"),
           E("Company", "Udokan copper"), E("Person", "Yuri Milner"),
           E("Company", "Digital Sky Technologies", "DST", "Mail.ru Group"), E("Organization", FIE),
           E("Location", "Ukraine")],
 # 'He was the president of the F\u00e9d\u00e9ration Internationale d'Escrime ... from 2008 until 2022' -> president,
 # not current; 'a shareholder of 49% of Metalloinvest', 'owns the Kommersant publishing house', 'co-owner of ...
 # MegaFon, and co-owner of Udokan copper', 'the largest investor of Digital Sky Technologies' (ownership, no post in
 # the vocabulary) -> no role
 roles=[R(AU, "president", FIE, False)],
 # 'consolidated in 2006 JSC Metalloinvest's assets (Mikhailovsky GOK and Ural Steel) with those of Gazmetall JSC
 # (Lebedinsky GOK and ...)' -> the two GOKs and Ural Steel parentOrganization Metalloinvest (the conglomerate that
 # holds the consolidated assets), Lebedinsky GOK also parentOrganization Gazmetall JSC (its former owner; a past
 # ownership is recorded); the plant (a Location) -> no relation; Gazmetall JSC itself is not said to belong to
 # Metalloinvest (its assets were consolidated) -> nothing; 'teamed up with Yuri Milner' (a person) -> nothing
 relations=[L("Mikhailovsky GOK", "parentOrganization", MI), L("Ural Steel", "parentOrganization", MI),
            L("Lebedinsky GOK", "parentOrganization", MI), L("Lebedinsky GOK", "parentOrganization", "Gazmetall JSC")],
 outages=[],
 # published null; 'By 2023' -> 2023; 'from 2008 until 2022' -> both years; '28 February 2022' its own item beside
 # '2022'
 dates=[D("9 September 1953", "1953-09-09"), D("2023", "2023"), D("2006", "2006"),
        D("16 September 2010", "2010-09-16"), D("2008", "2008"), D("2022", "2022"),
        D("28 February 2022", "2022-02-28")])

# ---- China -----------------------------------------------------------------------------------------------------------
WC = "Wang Chuanfu"
BYD = "BYD Company"
BRI = "Beijing Non-Ferrous Metal General Research Institute"
A["wp-wang-chuanfu"] = dict(
 # 'Wang' -> alias; 'BYD' -> alias of BYD Company ('the BYD Company' named in full); BYD Auto -> Company; 'the then
 # Central South Industrial University (nowadays the Central South University)' -> one Organization under its present
 # name, the former name an alias; 'the Beijing Non-Ferrous Metal General Research Institute (now GRINM Group)' -> one
 # Organization, 'GRINM Group' an alias (doubtful: a state research institute now named as a group of companies);
 # 'BAK Battery Co., Ltd.' with 'BAK Battery' -> Company; Anhui, Wuwei County, Shenzhen, Japan -> Locations
 entities=[E("Person", WC, "Wang"), E("Company", BYD, "BYD"), E("Location", "Anhui"), E("Company", "BYD Auto"),
           E("Location", "Wuwei County"), E("Organization", "Central South University", "Central South Industrial "
             "University"), E("Organization", BRI, "GRINM Group"), E("Company", "BAK Battery Co., Ltd.", "BAK Battery"),
           E("Location", "Shenzhen"), E("Location", "Japan"), E("Person", "Lu Xiangyang")],
 # 'the founder, chairman and CEO of the BYD Company' -> founder, chairman and ceo, current (founder, as the text
 # names him first, though it also says he 'founded the company with his cousin Lu Xiangyang'; doubtful: cofounder);
 # 'he was appointed as the general manager' of BAK Battery, 'chose to leave BAK Battery in 1995' -> executive, not
 # current (GUIDELINES: 'manager' -> executive; doubtful: a general manager runs the company, head or ceo could be
 # argued); 'founded the company with his cousin Lu Xiangyang' -> Lu cofounder, current; 'managing a battery
 # company' (the same post, told in the summary) -> no second item
 roles=[R(WC, "founder", BYD), R(WC, "chairman", BYD), R(WC, "ceo", BYD),
        R(WC, "executive", "BAK Battery Co., Ltd.", False), R("Lu Xiangyang", "cofounder", BYD)],
 # 'its subsidiary, BYD Auto' -> parentOrganization; 'the Beijing Non-Ferrous Metal General Research Institute
 # established a battery company called BAK Battery Co., Ltd.' -> parentOrganization (a company the institute set up;
 # doubtful: ownership implied, not said); batteries and electric vehicles named as goods only -> nothing
 relations=[L("BYD Auto", "parentOrganization", BYD), L("BAK Battery Co., Ltd.", "parentOrganization", BRI)],
 outages=[],
 # published null; '1995' twice -> one item; 'At 29 years old' (an age) left out
 dates=[D("8 April 1966", "1966-04-08"), D("1995", "1995"), D("2003", "2003"), D("1987", "1987"),
        D("1990", "1990"), D("1993", "1993")])

LS = "Li Shufu"
ZG = "Zhejiang Geely Holding Group Co. Ltd."
GA = "Geely Automobile"
VC = "Volvo Cars"
A["wp-li-shufu"] = dict(
 # the Chinese script and pinyin forms and 'Li' -> aliases; Zhejiang Geely Holding Group Co. Ltd. and Geely
 # Automobile -> two Companies as written; 'Geely' (the buyer of Volvo Cars and the source of working capital) ->
 # alias of Geely Automobile, the company the text has just called 'the second largest private automobile
 # manufacturer' (doubtful: it could as well be the holding group); 'a Volvo factory' -> 'Volvo' an alias of Volvo
 # Cars; Ford Motor Company, Hurun Report (a publisher of rich lists), the China Aerospace Science and Industry Corp.
 # -> Company; Yanshan University -> Organization; Taizhou, Zhejiang, China, Hangzhou -> Locations, 'mainland China'
 # an alias of China (doubtful); 'American', 'Chinese' (adjectives) -> nothing
 entities=[E("Person", LS, "\u674e\u4e66\u798f", "\u674e\u66f8\u798f", "L\u01d0 Sh\u016bf\u00fa", "Li"),
           E("Company", ZG), E("Company", VC, "Volvo"), E("Location", "Taizhou"), E("Location", "Zhejiang"),
           E("Location", "China", "mainland China"), E("Organization", "Yanshan University"),
           E("Company", GA, "Geely"), E("Location", "Hangzhou"), E("Company", "Ford Motor Company"),
           E("Company", "Hurun Report"), E("Company", "China Aerospace Science and Industry Corp.")],
 # 'the chairman of Zhejiang Geely Holding Group Co. Ltd. and Volvo Cars' -> chairman of each, current; 'was launched
 # as the founder and chairman of Geely Automobile in 1986' (no end) -> founder and chairman, current
 roles=[R(LS, "chairman", ZG), R(LS, "chairman", VC), R(LS, "founder", GA), R(LS, "chairman", GA)],
 # 'Geely signed a deal worth US$1.8 billion to buy Volvo Cars from ... Ford Motor Company. It was the largest foreign
 # purchase by a Chinese car manufacturer' (told as done; he chairs Volvo Cars) -> acquired and parentOrganization
 # (a completed purchase; the buyer as 'Geely' above, doubtful); 'to buy Volvo Cars from ... Ford Motor Company' ->
 # parentOrganization(Volvo Cars, Ford Motor Company) (its owner before; a past ownership is recorded); 'he has
 # entered into an agreement with the China Aerospace Science and Industry Corp.' (the person, no company named as
 # party) -> nothing
 relations=[L(GA, "acquired", VC), L(VC, "parentOrganization", GA), L(VC, "parentOrganization", "Ford Motor Company")],
 outages=[],
 # published null; 'by 2015' -> 2015; 'Currently' left out
 dates=[D("25 June 1963", "1963-06-25"), D("1963", "1963"), D("1986", "1986"), D("28 March 2010", "2010-03-28"),
        D("2015", "2015"), D("2013", "2013"), D("November 2018", "2018-11")])

LQ = "Liu Qiangdong"
JD = "JD.com"
A["wp-liu-qiangdong"] = dict(
 # '(Richard)' and 'Liu' -> aliases; 'JD Multimedia' (the business he founded and 'later moved ... into' the website),
 # 'JD.com (also known as Jingdong)', 'his own business Jingdong' -> one Company named JD.com, the other forms
 # aliases (the company the text calls 'the company'; doubtful: JD.com is also told as a website, a Service, and the
 # 'Jingdong brand' of 2003 stores); Forbes -> Company; Renmin University of China (with 'Renmin University') and
 # China Europe International Business School -> Organization; Japan Life -> Company; Zhongguancun High-tech
 # Industrial Park -> Location (a named site); Suqian, Jiangsu, Shanghai, Beijing, China -> Locations; 'Japanese',
 # 'Chinese' (adjectives) -> nothing
 entities=[E("Person", LQ, "Richard", "Liu"), E("Company", JD, "JD Multimedia", "Jingdong"), E("Location", "China"),
           E("Company", "Forbes"), E("Location", "Suqian"), E("Location", "Jiangsu"),
           E("Organization", "Renmin University of China", "Renmin University"),
           E("Organization", "China Europe International Business School"), E("Location", "Shanghai"),
           E("Company", "Japan Life"), E("Location", "Zhongguancun High-tech Industrial Park"),
           E("Location", "Beijing")],
 # 'Liu founded JD Multimedia' -> founder of JD.com, current (the convention); 'the company's former chief executive
 # officer and now chairman' -> ceo not current, chairman current; 'successively served as the director for
 # computers, the director for business, and the logistics supervisor' at Japan Life -> one head item (department
 # posts, as batch 33e's unit heads), not current (his own business followed; doubtful: 'director' could be read as
 # the vocabulary's director, a board seat)
 roles=[R(LQ, "founder", JD), R(LQ, "ceo", JD, False), R(LQ, "chairman", JD), R(LQ, "head", "Japan Life", False)],
 # no ownership, service or partnership between two named organisations told -> nothing
 relations=[],
 outages=[],
 # published null; 'June 1998' twice -> one item; 'as of 2023' -> 2023; 'by 2003' -> 2003; 'in a few months' left out
 dates=[D("March 10, 1973", "1973-03-10"), D("June 1998", "1998-06"), D("2013", "2013"), D("2023", "2023"),
        D("1992", "1992"), D("1996", "1996"), D("2003", "2003")])

CW = "Cheng Wei"
DD = "DiDi"
AG = "Alibaba Group"
A["wp-cheng-wei"] = dict(
 # the Chinese script and pinyin forms and 'Cheng' -> aliases; DiDi -> Company, with 'Didi Kuaidi', 'Didi Chuxing'
 # and 'Beijing Xiaoju Technology Co Ltd' / 'Beijing Xiaoju Technology Co' as aliases ('the company' he founded in
 # 2012 'merged with its rival Kuaidi Dache and was renamed Didi Kuaidi (later renamed Didi Chuxing or "DiDi")': one
 # company under its names; doubtful: the text may mean the ride-hailing business rather than the legal company);
 # Didi Dache ('the initial incarnation of his ride-hailing service') -> Service; 'Alibaba' -> alias of Alibaba Group;
 # Alipay ('China's largest third-party online payment platform', where he was promoted) -> Company (the business he
 # worked for; doubtful: a platform, a Service, by GUIDELINES' types); Kuaidi Dache, Uber, Goldman Sachs Asia ->
 # Company ('the Chinese division of Uber' unnamed -> nothing of its own); 'Jean Liu (Liu Qing)' -> one Person;
 # Beijing University of Chemical Technology -> Organization; Zhongguancun, Jiangxi, China -> Locations
 entities=[E("Person", CW, "\u7a0b\u7ef4", "\u7a0b\u7dad", "Ch\u00e9ng W\u00e9i", "Cheng"),
           E("Company", DD, "Didi Kuaidi", "Didi Chuxing", "Beijing Xiaoju Technology Co Ltd",
             "Beijing Xiaoju Technology Co"),
           E("Company", AG, "Alibaba"), E("Company", "Alipay"), E("Location", "Zhongguancun"),
           E("Location", "Jiangxi"), E("Location", "China"),
           E("Organization", "Beijing University of Chemical Technology"), E("Service", "Didi Dache"),
           E("Person", "Jean Liu", "Liu Qing"), E("Company", "Goldman Sachs Asia"), E("Company", "Kuaidi Dache"),
           E("Company", "Uber")],
 # 'the founder, chairman and CEO of DiDi' -> founder, chairman, ceo, current ('Cheng founded Beijing Xiaoju
 # Technology Co Ltd', the same company, the same founder item); 'served as a sales manager for the northern region'
 # at Alibaba -> executive at Alibaba Group, not current ('left Alibaba'); 'promoted to the position of regional
 # manager' at Alipay -> executive, not current (GUIDELINES: 'manager' -> executive; both doubtful: regional and
 # sales managers, not senior posts); 'hired Jean Liu ... as the COO of the company' (no end) -> coo at DiDi, current;
 # 'a former Goldman Sachs Asia managing director' -> director, not current; 'an assistant to a chairman at a foot
 # massage company' (no company named) and 'a sales person' -> no role
 roles=[R(CW, "founder", DD), R(CW, "chairman", DD), R(CW, "ceo", DD), R(CW, "executive", AG, False),
        R(CW, "executive", "Alipay", False), R("Jean Liu", "coo", DD),
        R("Jean Liu", "director", "Goldman Sachs Asia", False)],
 # 'found Beijing Xiaoju Technology Co and launch Didi Dache ... his ride-hailing service' -> provider(Didi Dache,
 # DiDi); 'eight years at Alibaba Group's regional and Alipay's operations', 'moved to ... Alipay', 'Cheng left
 # Alibaba' -> parentOrganization(Alipay, Alibaba Group) (a careful reader's conclusion; doubtful); 'merged with its
 # rival Kuaidi Dache' (a merger, no buyer told) and 'DiDi acquired all assets of the Chinese division of Uber' (an
 # asset purchase) -> nothing (GUIDELINES, Relations)
 relations=[L("Didi Dache", "provider", DD), L("Alipay", "parentOrganization", AG)],
 outages=[],
 # published null; '2012' three times, '1983' -> one item each; 'eight years', 'About one year later', 'six years'
 # (spans) left out
 dates=[D("19 May 1983", "1983-05-19"), D("2012", "2012"), D("1983", "1983"), D("2005", "2005"), D("2014", "2014"),
        D("February 2015", "2015-02"), D("August 2016", "2016-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
