#!/usr/bin/env python3
"""Batch 19d (session 21, out-of-sample check): OUTAGES told with the operator whose system failed — English
Wikipedia articles about specific outages, as the search tool's page store holds them (CC BY-SA 4.0; the corpus
already carries CC BY-SA Wikipedia text through Re-DocRED): a game network shut down after an intrusion (PlayStation
Network, 2011), a DNS provider knocked out by denial-of-service attacks (Dyn, 2016), grid blackouts with the
transmission or state operator named (Argentina/Uruguay/Paraguay 2019 and Transener; Italy 2003 and GRTN; Java 2019
and PLN) or not named (India 2012; Pakistan 2023), a national telecom outage with its subsidiary brands and wholesale
customers (Rogers Communications, 2022), and one Wikinews article (CC BY 2.5) on a telecom operator's network crash
that took down the ISPs buying from it (Telecom, New Zealand, 18 April 2007) — and two near-misses (the 2017 Equifax
data breach, no service lost; the Wikipedia protest blackout of January 2012, a deliberate shutdown, not a failure).
Texts are the page store's excerpts (never a whole page): the lead and event paragraphs, cut at the last full
sentence. Edits are listed per item in `notes`: infobox lines, section headings, '[edit]' residue and citation
markers ('[3]', ' [3]') cut; no word added or changed.
usage: batch19d.py [POOL_DIR] [--dry]   (default /tmp/gat19d-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import EDITS, record

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat19d-tmp/pool"
LIC_WN = "CC BY 2.5"


def wp(id, title, url, held, text, sector, topics, notes, region="non-US"):
    """A record for an English Wikipedia article as the page store holds it at `held` (wikimedia.record)."""
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region)

def items():
    r = []
    r.append(wp("wp-2011-playstation-network-outage", "2011 PlayStation Network outage",
                "https://en.wikipedia.org/wiki/2011_PlayStation_Network_outage",
                "https://en.wikipedia.org/wiki/2011_PlayStation_Network_outage",
                "The 2011 PlayStation Network outage (sometimes referred to as the 2011 PSN Hack) was the result of an "
                "\"external intrusion\" on Sony's PlayStation Network and Qriocity services, in which personal details "
                "from approximately 77 million accounts were compromised and prevented users of PlayStation 3 and "
                "PlayStation Portable consoles from accessing the service. The attack occurred between April 17 and "
                "April 19, 2011, forcing Sony to deactivate the PlayStation Network servers on April 20. The outage "
                "lasted 24 days.\n\n"
                "Government officials in various countries voiced concern over the theft and Sony's one-week delay "
                "before warning its users. The breach resulted in the exposure and vulnerability of personally "
                "identifiable information, including usernames, physical addresses, email addresses, dates of birth, "
                "passwords, and financial details such as credit card and debit card information.\n\n"
                "Personal details from approximately 77 million accounts were compromised and prevented users of "
                "PlayStation 3 and PlayStation Portable consoles from accessing the service.\n\n"
                "Credit card data was encrypted, but Sony admitted that other user information was not encrypted at "
                "the time of the intrusion. The Daily Telegraph reported that \"If the provider stores passwords "
                "unencrypted, then it's very easy for somebody else – not just an external attacker, but members of "
                "staff or contractors working on Sony's site – to get access and discover those passwords, potentially "
                "using them for nefarious means.\"",
                "games/online services", ["outage"],
                "The lead and the start of 'Extent of the breach' (its first sentence repeats the lead's, kept as the "
                "article has it); cut before 'On May 2, Sony clarified ...', whose quotation the excerpt does not "
                "hold. The 2011 PSN outage is new to the corpus (batches 17-19c found it only in news copies)."))
    r.append(wp("wp-ddos-attacks-on-dyn-2016", "DDoS attacks on Dyn", "https://en.wikipedia.org/wiki/DDoS_attacks_on_Dyn",
                "https://en.wikipedia.org/wiki/DDoS_attacks_on_Dyn",
                "On October 21, 2016, three consecutive distributed denial-of-service attacks were launched against the "
                "Domain Name System (DNS) provider Dyn. The attack caused major Internet platforms and services to be "
                "unavailable to large swathes of users in Europe and North America. The groups Anonymous and New World "
                "Hackers claimed responsibility for the attack, but scant evidence was provided.\n\n"
                "As a DNS provider, Dyn provides to end-users the service of mapping an Internet domain name—when, for "
                "instance, entered into a web browser—to its corresponding IP address. The distributed "
                "denial-of-service (DDoS) attack was accomplished through numerous DNS lookup requests from tens of "
                "millions of IP addresses. The activities are believed to have been executed through a botnet "
                "consisting of many Internet-connected devices—such as printers, IP cameras, residential gateways and "
                "baby monitors—that had been infected with the Mirai malware.\n\n"
                "Services affected by the attack included:\n\n"
                "- Airbnb\n- Amazon.com\n- Ancestry.com\n- The A.V. Club\n- BBC\n- The Boston Globe\n- Box\n"
                "- Business Insider\n- CNN\n- Comcast",
                "internet infrastructure (DNS)", ["outage"],
                "The lead and the first ten items of the alphabetical list 'Affected services' (the article's list "
                "goes on; cut after 'Comcast', a full item, to keep the text short). New to the corpus.", region="US"))
    r.append(wp("wp-2019-argentina-paraguay-uruguay-blackout", "2019 Argentina, Paraguay and Uruguay blackout",
                "https://en.wikipedia.org/wiki/2019_Argentina,_Paraguay_and_Uruguay_blackout",
                "https://en.wikipedia.org/wiki/2019_Argentina,_Paraguay_and_Uruguay_blackout",
                "The 2019 Argentina, Paraguay and Uruguay blackout was a massive power outage that struck most of "
                "Argentina, all of Uruguay, and parts of Paraguay on 16 June 2019, leaving an estimated 48 million "
                "people without electrical supply.\n\n"
                "By the following day it was confirmed that power had been restored to most of Argentina and Uruguay, "
                "and Argentine President Mauricio Macri promised a full investigation.\n\n"
                "The blackout is believed to have been caused by an operational misbehavior from Transener, a "
                "transmission lines operator in Argentina. A 500 kV line running from Colonia Elía to Campana, crossing "
                "the Paraná Guazú river, was down on undergoing maintenance to repair the tower number 412, whose base "
                "had been suffering from erosion by the river. The company created a bypass using a nearby overhead "
                "line but failed to update the Automatic Generation Shutdown system (in Spanish: DAG), which alerts "
                "energy generators to network changes requiring a reduction in energy generation. This caused, after "
                "a short circuit which lowered demand, an excess of power generation in the grid, a lack of "
                "synchronization of power plants, loss of balance, and a low frequency in the network.\n\n"
                "In about 30 seconds, a succession of automatic disconnections from the grid caused a blackout that "
                "came to affect 50 million users in the continent.\n\n"
                "At 7:07 a.m. (UTC-3) on June 16, 2019, Argentina’s power grid suffered a sudden and widespread "
                "failure, which Energy Secretary Gustavo Lopetegui described as a “collapse.” The disruption "
                "originated in the Argentine Interconnection System, triggering a massive blackout that left an "
                "estimated 48 million people without power.",
                "energy/electricity", ["outage"],
                "The lead and the first two sentences of 'Timeline' (cut before the sentence the excerpt breaks off "
                "in). The article's wording kept ('was down on undergoing maintenance'). New to the corpus."))
    r.append(wp("wp-2003-italy-blackout", "2003 Italy blackout", "https://en.wikipedia.org/wiki/2003_Italy_blackout",
                "https://en.wikipedia.org/wiki/2003_Italy_blackout",
                "The 2003 Italy blackout was a serious power outage that affected all of the Italian Peninsula for 12 "
                "hours and part of Switzerland near Geneva for 3 hours on 28 September 2003. It was the largest "
                "blackout in the series of blackouts in 2003, involving about 56 million people.\n\n"
                "The sequence of events leading to the outage began at approximately 3:00 a.m. (local time) on 28 "
                "September 2003, when the 400 kV Lukmanier powerline on the Mettlen-Lavorgo powerline arced to a "
                "nearby tree and automatically disabled itself. The line had carried hydroelectric power from "
                "Switzerland to Italy, and this current now flowed on parallel lines through France, overloading them. "
                "Those circuits could only stably carry the current for approximately 15 min, but the Swiss control "
                "room operator was not aware of the urgency. Instead, the operator attempted to re-energize the "
                "Lukmanier line, which was impossible because a large phase difference had developed across the line. "
                "After repeated failures to re-energize, the operator asked the Italian transmission operator GRTN to "
                "reduce its import of power—by now, 10 min into the grace period. GRTN succeeded in reducing power "
                "demand 10 min later, but by then the parallel lines had overheated. At 3:20, they, too, flashed to "
                "ground, disconnecting Italy from its suppliers to the North.\n\n"
                "Without imported power from the north, GRTN lost control of the grid in the next 4 seconds. Frequency "
                "dropped to 49 Hz, but this also removed ca. 7.5 GW of distributed power plants from the grid and the "
                "under-voltage load shedding (UVLS) could not compensate (cf. figure \"Frequency behavior in Italy in "
                "the transitory period\", UCTE report, April 2004, p. 115). Frequency continued to drop until the "
                "under-frequency threshold of 47.5 Hz was hit, and all generators were tripped according to the "
                "under-frequency protection settings.",
                "energy/electricity", ["outage"],
                "The lead and 'Causes'; cut before 'Effects'. New to the corpus (the 2006 European blackout and "
                "E.ON Netz are in earlier batches; this is the 2003 Italian one)."))
    r.append(wp("wp-2019-java-blackout", "2019 Java blackout", "https://en.wikipedia.org/wiki/2019_Java_blackout",
                "https://en.wikipedia.org/wiki/2019_Java_blackout",
                "The 2019 Java blackout was a power outage that occurred across much of Java on August 4, 2019 11:50 "
                "(UTC+7) to August 5, 2019 at 22:00 (UTC+7) (depending on area).\n\n"
                "Areas affected by power cuts include the Greater Jakarta area including Jakarta, Banten, West Java, "
                "parts of Special Region of Yogyakarta, Central Java and East Java. In West Java, areas affected by the "
                "power cuts included Bandung, Bekasi, Cianjur, Cimahi, Cirebon, Garut, Karawang, Purwakarta, Majalaya, "
                "Sumedang, Tasikmalaya, Depok, Gunung Putri, Sukabumi, and Bogor. In Banten, the area affected was "
                "Cilegon.\n\n"
                "The cause of the blackout was confused in Perusahaan Listrik Negara (The State Electricity Company)'s "
                "initial announcements. At first, PLN cited disruptions in gas turbines 1 to 6 at the Suralaya Power "
                "Plant and some other disruptions at the Cilegon Power Plant. PLN then corrected the reason by citing a "
                "disturbance on the transmission side of Ungaran and Pemalang 500 kV which resulted in energy transfers "
                "from east to west failing. PLN expressed its apology regarding this.\n\n"
                "Ultimately, the limited number of east-west transmission lines on the island caused the blackout. "
                "After a lightning strike disabled one transmission line, the only other became overloaded and "
                "automatically removed itself from service. The network west of the break had insufficient generation, "
                "and could not shed enough load to recover. The network east had excess generation, and survived "
                "without blacking out.",
                "energy/electricity", ["outage"],
                "The lead, 'Areas affected' and 'Cause'; cut before 'Impact', whose first sentence the excerpt breaks "
                "off in. New to the corpus."))
    r.append(wp("wp-2012-india-blackouts", "2012 India blackouts", "https://en.wikipedia.org/wiki/2012_India_blackouts",
                "https://en.wikipedia.org/wiki/2012_India_blackouts",
                "Two severe power outages affected most of northern and eastern India on 30 and 31 July 2012. The 30 "
                "July 2012 blackout affected over 400 million people and lasted about 13.5 hrs. During that period, it "
                "was the largest power outage in history by number of people affected, beating the January 2001 "
                "blackout in Northern India (230 million affected). Similar conditions caused a blackout on the next "
                "day, which remained the largest power outage in history As of May 2025. The outage on 30 July affected "
                "more than 620 million people (9% of the world population at the time and half of India's population), "
                "spread across 22 states in Northern, Eastern, and Northeast India. An estimated 32 gigawatts of "
                "generating capacity was taken offline. Of the affected population, 320 million initially had power, "
                "while the rest lacked direct access. Electric service was restored in the affected locations between "
                "31 July and 1 August 2012.\n\n"
                "India is the world's third largest producer and consumer of electricity after the United States and "
                "China; but has long suffered from unreliable electrical infrastructure. The northern electrical grid "
                "had previously collapsed as recently as 2001. Around the time of the blackouts, an estimated 27% of "
                "energy generated was lost in transmission or stolen. About 25% of the population, about 300 million "
                "people, had no electricity at all. Peak supply fell short of demand by an average of 9%, and the "
                "nation suffered from frequent power outages that lasted as long as 10 hours. Efforts were underway "
                "(and continue) to reduce transmission and distribution losses, and increase production.",
                "energy/electricity", ["outage"],
                "The lead and the first paragraph of 'Background'. The article's own wording kept, including its "
                "template residue 'As of May 2025' and its two figures for the 30 July outage ('over 400 million', "
                "'more than 620 million'). No operator is named. India's grid collapse of July 2012 came back only as "
                "news copies in batch 18a; new to the corpus."))
    r.append(wp("wp-2023-pakistan-blackout", "2023 Pakistan blackout", "https://en.wikipedia.org/wiki/2023_Pakistan_blackout",
                "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/2023_Pakistan_blackout",
                "The 2023 Pakistan blackout was a power outage that occurred across Pakistan on 23 January 2023. This was "
                "the second major grid breakdown in Pakistan in 2 years. In majority of the regions, the blackout "
                "lasted about 12-13 hours while in some areas it lasted even longer.\n\n"
                "The Energy Ministry issued a statement on Twitter that the system frequency of the national grid went "
                "down at 7:34am (02:34 GMT) on Monday morning.\n\n"
                "The Power minister Khurram Dastgir Khan said that voltage fluctuation occurred between the cities of "
                "Jamshoro and Dadu due to which the entire country lost power. Areas affected by power cuts include the "
                "major cities like Islamabad, Karachi, Lahore, Peshawar and Quetta, as well as dozens of small cities "
                "and towns.\n\n"
                "The blackout hit Internet and mobile phone services. Several companies and hospitals said they had "
                "switched to back-up generators, but disruptions continued. The blackout also resulted in $70m in "
                "losses for its textile industry. People in different cities also complained water shortages as water "
                "pumps, which run on electricity, were not working. Many ATMs also stopped working and people were "
                "unable to withdraw money due to no backup power.",
                "energy/electricity", ["outage"],
                "The Kiwix copy of English Wikipedia of January 2024 ('wikipedia_en_all_maxi_2024-01'), whole article "
                "body (lead, 'Cause', 'Areas affected', 'Impact'); its reference list left out. No operator is named "
                "(the national grid). New to the corpus.", ))
    r.append(wp("wp-2022-rogers-communications-outage", "2022 Rogers Communications outage",
                "https://en.wikipedia.org/wiki/2022_Rogers_Communications_outage",
                "https://wikimili.com/en/2022_Rogers_Communications_outage",
                "On July 8, 2022, Canadian telecom provider Rogers Communications experienced a major service outage "
                "affecting more than 12 million users of Rogers' cable internet and cellular networks, including those "
                "of subsidiary brands Rogers Wireless, Fido, Cityfone, and Chatr. This followed another major national "
                "outage a year prior in April 2021.\n\n"
                "The 2022 outage impacted internet service providers with wholesale access to the Rogers network, such "
                "as TekSavvy, as well as various other information systems nationwide that relied on the Rogers "
                "network, including Interac (this resulted in businesses nationwide being unable to accept debit "
                "transactions), OLG, and some federal government services. Multiple international web monitoring "
                "organizations observed the outage.\n\n"
                "The event spurred new government policies requiring all telecommunications providers to provide "
                "mutual assistance to each other in the event of an outage, offer emergency roaming service for "
                "rivals' affected customers, and establish plans for how to communicate to the public about "
                "outages.\n\n"
                "Rebates for customers are estimated to cost Rogers $28 million to $70 million. Splitting their "
                "physical and wireless lines for $261 million, and giving out $150 million in customer credits became "
                "part of a $10 billion plan for Rogers over a three-year span involving increased management and "
                "additionally the use of artificial intelligence to supervise potential future errors. The economic "
                "toll to the Canadian economy for the outage period was projected at $142 million.\n\n"
                "An executive summary was published by the Canadian Radio-television and Telecommunications "
                "Commission in July 2024.",
                "telecoms", ["outage", "relations"],
                "WikiMili's copy of the Wikipedia article (the lead; the excerpt breaks off in the next section). "
                "Batch 17e left the CRTC's Rogers statements out for their licence; this Wikipedia text is new."))
    r.append({"id": "wn-outage-leaves-tens-thousands-new-zealanders-2007",
              "source": "https://en.wikinews.org/wiki/Outage_leaves_tens_of_thousands_of_New_Zealanders_without_Internet",
              "licence": LIC_WN,
              "attribution": "Wikinews contributors, 'Outage leaves tens of thousands of New Zealanders without "
                             "Internet', 2007-04-18, https://en.wikinews.org/wiki/Outage_leaves_tens_of_thousands_of_"
                             "New_Zealanders_without_Internet (CC BY 2.5)",
              "published": "2007-04-18",
              "title": "Outage leaves tens of thousands of New Zealanders without Internet",
              "text": "An Internet outage in New Zealand has left tens of thousands of people without Internet access "
                      "for over five hours after a planned upgrade crashed Telecom's servers.\n\n"
                      "Telecom, New Zealand's telecommunications monopolistic company, had planned for an upgrade to "
                      "its network overnight but it didn't quite go to plan as their network crashed at around 4.00 "
                      "a.m. (NZST) until around 11.00 a.m., when it was restored. Telecom has said that either "
                      "customers lost their connection altogether, or could not access some websites.\n\n"
                      "The network outage also affected other ISP's who purchase their services off Telecom. "
                      "Vodafone's ihug, TelstraClear, Slingshot, Callplus, Quicksilver, MaxNet, Woosh, World Exchange, "
                      "ICONZ, and, of course, Xtra were all the affected ISPs.\n\n"
                      "Another network outage, again, left broadband subscribers without Internet for around 20 "
                      "minutes, from 11.20 a.m. to 11.40 a.m..\n\n"
                      "The outage affected international and national websites, and e-mail services of both "
                      "residential and some corporate customers.\n\n"
                      "Telecom says that they are still investigating the full reason for why the outage occurred, "
                      "but they do know it was related to a problem with a broadband router in Auckland.\n\n"
                      "Spokesperson, Sarah Berry has said that Telecom will consider compensation case by case for "
                      "affected customers.\n\n"
                      "Some people still had limited Internet access though, including Wikinews reporter, Gabriel "
                      "Pollard. Gabriel Pollard has said that he was able to access his Gmail account, some pages of "
                      "Wikinews, and some pages would start to load but never finish. He described it as \"painfully "
                      "slow.\" Mr Pollard says that it took a while to log onto his work e-mail as their TelstraClear "
                      "Internet connection wasn't working.",
              "sector": "telecoms/internet", "region": "non-US", "topics": ["outage"],
              "origin": "Wikinews (page store)",
              "notes": "The rendered Wikinews page as the page store holds it: the page furniture ('Jump to content', "
                       "'From Wikinews, the free news source you can write!'), the date line 'Wednesday, April 18, "
                       "2007' (kept as `published`) and the photo caption ('Xtra, New Zealand ISP, sign. Photograph "
                       "by Gabriel Pollard.') cut; cut before the last sentence, which the excerpt leaves without its "
                       "end. The article's wording kept ('ISP's', '11.40 a.m..'). Telecom New Zealand's outage of 18 "
                       "April 2007 is new to the corpus (batch 19c saw only its XT network outage of 2010, in news).",
              "truncated": True})
    r.append(wp("wp-2017-equifax-data-breach", "2017 Equifax data breach",
                "https://en.wikipedia.org/wiki/2017_Equifax_data_breach",
                "https://wiki.riteme.site/wiki/Equifax_hack",
                "Between May and July 2017, American credit bureau Equifax was breached. Private records of 147.9 "
                "million Americans along with 15.2 million British citizens and about 19,000 Canadian citizens were "
                "compromised in the breach, making it one of the largest cybercrimes related to identity theft. "
                "Equifax discovered the breach end of July, but did not disclose it to the public until September "
                "2017. In a settlement with the United States Federal Trade Commission, Equifax offered affected users "
                "settlement funds and free credit monitoring.\n\n"
                "In February 2020, the United States government indicted members of China's People's Liberation Army "
                "for hacking into Equifax and plundering sensitive data as part of a massive heist that also included "
                "stealing trade secrets, though the Chinese Communist Party denied these claims.\n\n"
                "Information accessed in the breach included first and last names, Social Security numbers, birth "
                "dates, addresses and, in some instances, driver's license numbers for an estimated 143 million "
                "Americans, based on Equifax' analysis.\n\n"
                "Information on almost 14 million British residents was also compromised. as well as 8,000 Canadian "
                "residents. An additional 11,670 Canadians were affected as well, later revealed by Equifax. Credit "
                "card numbers for approximately 209,000 U.S. consumers, and certain dispute documents with personally "
                "identifiable information for approximately 182,000 U.S. consumers were also accessed.",
                "finance/credit reporting", ["outage"],
                "A mirror of the Wikipedia article (wiki.riteme.site, reached by the redirect 'Equifax hack'): the "
                "lead and 'Data breach'; '[edit]' residue cut; the article's own marks kept ('compromised. as well "
                "as'). Near-miss for outages: a data breach with no service lost. New to the corpus.", region="US"))
    r.append(wp("wp-wikipedia-blackout-2012", "Wikipedia blackout (featured-article excerpt on a user page)",
                "https://en.wikipedia.org/wiki/User:Stu_Phillips", "https://en.wikipedia.org/wiki/User:Stu_Phillips",
                "The Wikipedia blackout was a 24-hour period in which access to all articles on the English Wikipedia, "
                "barring those on the protested Stop Online Piracy Act and PROTECT IP Act, was suppressed. From January "
                "18–19, 2012, visitors to the website saw only a protest message and the phrase \"Imagine a world "
                "without free knowledge.\" It is estimated in excess of 160 million people viewed the banner, which "
                "was one of numerous protest actions undertaken at the time. The political environment regarding both "
                "bills shifted significantly following the protests, and both were removed from further voting.",
                "internet/online encyclopedia", ["outage"],
                "The page store holds the blurb of the featured article 'Wikipedia blackout' as shown on a Wikipedia "
                "user page; its heading and the trailing 'Image: Wikipedia' cut. Near-miss for outages: a deliberate "
                "protest blackout by the site's own community, not a failure. New to the corpus (batch 19c and "
                "earlier batches mention it only in news about later Wikipedia outages).", region="US"))
    return r


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)
