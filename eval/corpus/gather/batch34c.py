#!/usr/bin/env python3
"""Batch 34c (session 35; helper gather35c): English Wikinews (CC BY 2.5) news articles not used by any earlier
batch, read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder
`out/news/autogum_news_docNNN.xml`, stored version 49e8fad, read with read_file; `fetch` refused the 710 MB
repository again) — the twelfth round of this lane after batches 24c-26d, 28e, 29e, 30e, 31e, 31g, 32e, 32g, 32o and
33c, looking for technology, media, transport and business stories and for service disruptions.
How they were found: the doc numbers of doc000-doc810 that no file names were counted at 22:27 UTC (GATHERING.md,
every gather script, the /work/notes files, the corpus split files and the session-35 pools scanned for `docNNN`
with the comma, 'and' and range lists after it; this batch's own files left out): 624 named, 188 free. Three seeded
draws, each over what the ones before left: random.Random(3834).sample(free, 16), Random(3835) 12 and Random(3836)
10 (its first five read; the last five, doc465, 568, 614, 051 and 260, left unread once six were kept). All 33 read
whole; six kept: doc514 and doc384 and doc137 from the first draw, doc185 and doc195 from the second, doc486 from the
third. Names, source URLs and titles were checked against the train/dev/test files (test by counts only), the
gather scripts, GATHERING.md, the notes and the session-35 pools: the second draw's doc717 (the CFPB's complaint
counts in the 2013 shutdown) proved to be batch 24c's AMALGUM_news_cfpb and doc629 (USA Gymnastics' board) a subject
already in the corpus; both dropped.
The six: researchers disclosing a Wi-Fi protocol flaw, with the operating systems patched by their makers (KRACK,
WPA2, KU Leuven, Microsoft, Google, Apple, 2017); two NBC News journalists freed after a kidnapping in Syria, with a
Turkish partner channel of MSNBC, a news agency and a gossip site that kept a news blackout (2012); the Brussels
bombings that shut the airport, the metro and two international train services (Eurostar, Thalys, March 2016; a
near-miss: services halted for an attack); a Pacific island state's solar funding from an aid agency and a World
Bank fund, with development banks, a president, a minister and an EU head of operations (Kiribati, 2013); a cholera
outbreak with a Red Cross spokesman, a ministry's director and a WHO country director (Kenya, 2008); a Wikinews
Shorts page with an airline's airliner passed by flaming debris, a food agency, a football riot told by a Greek
channel, a Senate vote and Iraqi bombings (March 2007).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits and pull quotes with their attribution lines cut; on the Shorts page
the compilation line, each brief's heading and its 'Sources' and 'Related news' lists cut; paragraphs as the XML's
<p> elements; XML entities as their characters; runs of spaces made one and spaces at a paragraph's start or end
dropped; no word added or changed (the articles' own slips kept). Per-item cuts are in each item's note.
usage: batch34c.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35c/pool"

KRACK = """On Monday, digital security researchers Mathy Vanhoef and Frank Piessens of Belgium's KU Leuven university publicly disclosed a security vulnerability in the WPA2 Wi-Fi (wireless local-area networking) protocol, which they called KRACK (for Key Reinstallation Attack). Their study claimed KRACK affects every modern device using Wi-Fi; it can be fixed by a software update, researchers said.

Vanhoef wrote, "Attackers can use this novel attack technique to read information that was previously assumed to be safely encrypted. This can be abused to steal sensitive information such as credit card numbers, passwords, chat messages, emails, photos and so on." Vanhoef notified vendors about the flaw in July, including UNIX-like operating system OpenBSD. "If your device supports Wi-Fi, it is most likely affected. [...] In general, any data or information that the victim transmits can be decrypted", he wrote.

The study papers, which were submitted for review on May 19, were kept in confidence allowing companies to fix the security flaw. The United States-based Computer Emergency Response Team (CERT) informed vendors on August 28. The Wi-Fi Alliance said it "could be resolved through a straightforward software update." OpenBSD released their software patch on August 30.

Exploring the flaw which affected every device the researchers had tested, National Cyber Security Centre of the UK said "the attacker would have to be physically close to the target". But due to this flaw, an attacker can send malware or ransomware on the websites, Vanhoef claimed.

Linux-based operating systems including Android v6.0 and higher are especially affected by this flaw, while Windows and iOS are not as vulnerable as Android by this flaw as they do not fully implement WPA2.

Microsoft reportedly has released security patches for Windows 7, 8, 8.1 and 10. Google said Android operating systems would receive the updates in the software update scheduled to be made available on November 6. Apple has implemented the patch in the beta versions of their operating system iOS, macOS, tvOS and watchOS, however it is yet to roll out patches for stable operating systems.

WPA2 protocol has been used for more than a decade, and has been compulsory for Wi-Fi since 2006. KRACK would also affect various home appliances which can be controlled over Wi-Fi, within the so-called "Internet of things". Andrew Martin from Oxford University said, "We can be sure a lot of these devices won’t be patched[...] Whether that matters for this attack or only for some future attack is yet to be seen."

The study and its findings are scheduled for presentation at the ACM (Association for Computing Machinery) Computer and Communications Security conference on November 1."""

NBC = """At least two journalists were released after being held captive in Syria for approximately five days according to NBC News. Turkish journalist Aziz Akyavaş and US journalist Richard Engel went missing on Thursday. Both work for NBC News and were on assignment in the country.

"After being kidnapped and held for five days inside Syria by an unknown group, NBC News Chief Foreign Correspondent Richard Engel and his production crew members have been freed unharmed. We are pleased to report they are safely out of the country," said NBC News in a statement on their website.

Earlier NTV, the Turkish language partner of MSNBC, reported Akyavaş may have been "arrested and detained in Syria", but they also added, "[we] do not have any information yet." The Kuwait News Agency reported Akyavaş may have been kidnapped, but also reported Engel was the one who announced Akyavaş was missing.

The journalists went missing after crossing into Syria from the Turkish border. NBC News says Engel and others were tied up, blindfolded, and put in the back of a truck and driven to possibly near the Syrian town of Ma’arrat Misrin. When they were moved to another location, the kidnappers accidentally approached a Syrian rebel checkpoint and a gunfight broke out. Two unnamed captors were killed in the attack, but Engel and others were able to escape. No one has claimed responsibility for the kidnapping and no one was injured. NBC News never had contact with their captors and a ransom demand was never made.

Little was initially known about the situation. At first, NBC didn't officially acknowledge either of the journalists were missing and according to Gawker, they website was "subject to a news blackout — one to which Gawker agreed until now — for at least the past 24 hours."

Engel is a regular user of the social networking website Twitter and has not posted a 'Tweet' since December 6. His last official report was filed on December 11.

In February, Wikinews reported journalists were apparently targeted in Syrian government attacks, and some of them killed. On February 9, a Syrian citizen journalist named 'Omar' was airing a live feed of the bombardment of Homs when several rockets struck near the camera's position, nearly destroying it. On February 21, a member of the Homs Media Center was killed by a rocket as Syrian forces continued their bombardment of the city for an eighteenth straight day. A day later, Marie Colvin, a Sunday Times journalist, and award winning French photographer Rémi Ochlik, were killed when rockets again hit the media center. At least two others were injured in the attack, French journalist Edith Bouvier and British photographer Paul Conroy."""

BRUSSELS = """At least 26 people, according to Belgian officials, have been killed and many more have been injured today following attacks on transport infrastructure in Brussels, the capital of Belgium. Authorities have stated one of the explosions, at approximately 08:00 (Central European Time, UTC+1) in the check-in area at Brussels Airport, was likely conducted by a suicide bomber. There was a subsequent attack at the Maelbeek/Maalbeek metro station, very close to the offices of the European Commission and the Council of the European Union.

Passengers at the metro station were forced to walk along tracks to escape the blast. The Brussels metro system has been shut down.

Jef Versele, a business traveller intending to fly to Rome, witnessed the events at the airport. In remarks to NBC News, he said, "There was dust everywhere, glass everywhere there was chaos. There were people on the floor everywhere. The roofing came down. It was quite a mess. [...] A lot of people were in panic. I saw a lot of blood, a lot of people were injured. People were crying, on the floor, covered by parts of the roofing. I saw a lot of leg injuries, a lot of people couldn't move anymore. There were quite a lot of people injured. In the departure hall — you saw people storming out, it was like run for your life."

All flights to Brussels Airport have been diverted and the airport has been shut down. Eurostar has stopped the international train service from London and the train company Thalys have shut down their entire network.

Jan Jambon, the Belgian interior minister, said the country's alert level had been at maximum following the capture in Brussels of Salah Abdeslam, who is alleged to have been involved in the attacks in Paris on November 13, 2015.

Charles Michel, Belgium's Prime Minister, described the attacks as "blind, violent and cowardly" and a "dark moment for our country".

Donald Tusk, the president of the European Council, said: "These attacks mark another low by the terrorists in the service of hatred and violence"

The French President, François Hollande, has held a cabinet meeting to discuss security. After the meeting, Hollande said "terrorists struck Brussels but it was Europe that was targeted". The French Prime Minister, Manuel Valls, said: "we are at war. We have been subjected for the last few months in Europe to acts of war."

British Prime Minister David Cameron has convened a COBRA meeting to discuss Britain's response. He said he was "shocked and concerned by the events in Brussels" and pledged Britain would do "everything we can to help". U.S. President Barack Obama has been briefed on the attack during his trip in Cuba. The U.S. Embassy in Brussels has advised U.S. citizens in Belgium to not use public transport and to stay where they are."""

KIRIBATI = """Last Tuesday, AusAID Australia and the World Bank's Global Environment Fund (GEF) reached an agreement to give the government of Kiribati US$5 million (AU$4,779,000, NZ$5,985,000, €3,885,000) to install solar panels around the country capital, located on the Tarawa atoll. According to Business Desk of the Brunei Times, AusAID promised AU$3.2 million in funding, while GEF promised US$1 million. The country was the first in the Pacific to make a deal with the World Bank.

The funding was part of a US$530 million (NZ$635 million) package announced at yesterday's Pacific Energy Summit in Auckland involving New Zealand and the European Union, Australia, the Asian Development Bank, the European Investment Bank, the Japan International Cooperation Agency, the World Bank Group, and the United Arab Emirates. Also at the summit yesterday, New Zealand's Foreign Affairs Minister Murray McCully had announced a national commitment of USD$54,262,000 (AU$51,861,000 NZ$65 million, €42,178,000) to Pacific region energy solutions, of which US$8,348,000 (AU$8 million, NZ$10 million, €6,483,000) would be specifically earmarked for renewable energy and improved energy efficiency in the Cook Islands, Kiribati, Papua New Guinea, Samoa, Tonga, and Tuvalu.

Kiribati is heavily dependent on diesel fuel for most of the energy available on the national power grid, which supplies power to half Kiribati's population of 110,000. In addition, a third of the country's population lacks access to electricity. Once installation of the solar panels is complete, they are estimated to reduce diesel consumption by 230,000 liters (60,760 gallons) a year and give access to the electricity to some parts of the population that currently have no electricity. The European Union already has committed €100 million to sustainable energy in the region, with €10 million of that coming as a result of an announcement made last week.

In a press release about the news, Kiribati President Anote Tong was quoted as saying, "Kiribati faces big challenges it is remote, it is at risk from the effects of climate change, and it is vulnerable to economic shocks. [...] Shifting Kiribati's focus to reliable solar energy will provide a more secure, more sustainable power source for the country's people." Radio New Zealand International quoted Tong as saying, "It's the first time we are doing this. We're excited at the prospect of even substituting fossil fuel to a small extent at this stage. What the system being envisaged will only produce around 500 kilowatts, but this is the beginning of what I hope will be a pattern, the trend in the future."

The European Union's Fiji-based head of operations for the Pacific region, Renato Mele, supported alternative energy solutions like solar power for the region, but said that solar power had limitations because climate and environmental conditions sometimes meant batteries required to power the panels had a life of only 12 months, compared to other climates where batteries normally last five years. This created the potential to drive up standard operating costs. Mele has also noted these additional costs though are still lower than the cost of diesel power.

One News Pacific Correspondent Barbara Dreaver noted, "Governments will be able to put the money they (currently) spend on diesel into things like education and health.\""""

KENYA = """State health officials in Kenya issued an alert Thursday after an outbreak of cholera killed over 60 people in the last five months. All health personnel have been advised to actively monitor patients with diarrhea, and the government issued a ban on preparing and eating food in public gatherings.

Nyanza Province, with 750 infections and 45 deaths, has felt the brunt of the outbreak. Over 1,200 cases have been reported in the provinces of Nyanza, Rift Valley, North Eastern and Western. According to Agence France-Presse, officials have reported 45 people dead in Nyanza Province, 12 in North Eastern Province and seven in Rift Valley Province. Health officials have stated that the actual number of deaths due to the outbreak could be higher due to under reporting.

SK Sharif, senior deputy director of health services in Nyanza, commented on contributing factors to the outbreak: "The mass movement of people during the post-election crisis may also have contributed to the outbreak of the disease as people found themselves in areas with inadequate water and sanitation facilities".

Health workers are working to contain the outbreak, and are focusing efforts on areas affected by violence related to the December elections. Suba, Migori, Homabay, Rongo, Siaya, Kisumu, Bondo, Nyando, Kisii, Wajir, Mandera, Naivasha, Nakuru and Bunyala are among the worst affected districts.

The possibility of a disease outbreak in Kenya was previously raised by health officials, specifically in camps where hundreds of thousands of displaced people reside. Revenge killings, tribal fighting and upheaval following the December elections in Kenya has displaced many in the country.

Titus Mung'ou, spokesman for Kenya Red Cross Society, told Agence France-Presse "We are trying to reduce the prevalence of the mix up that may happen by scrutinising food donations that are brought in the camps, but mostly we are ensuring that all the water is well treated".

In a news conference Thursday in Nairobi, Director of Medical Service Dr. James Nyikal said that if urgent measures were not undertaken to control the outbreak, it could become much worse. "Most deaths occurred at home or on the way to hospital," said Dr. Nyikal. Medicines worth KSh17.3 million (GBP 2.4 million) and other equipment worth KSh700,000 (GBP 5,700) has been sent to the affected areas. The Kenyan government has allocated KSh38 million (GBP 11.75 million) to contain the outbreak.

On Friday the Health Ministry requested aid from the United Nations Children's Fund, and Dr. Nyikal stated: "Health workers are a problem and we have written to Unicef, requesting assistance. Already some staff have been dispatched". Dr. Nyikal voiced concerns over high risk areas: "We are particularly concerned by risk areas such as eating premises and bus stops in major towns such as Busia, Kisumu, Kericho, Nakuru, Naivasha, Nairobi, Voi, Mtito Andei and Mombasa".

World Health Organization Country Director Dr. David Okello emphasized the importance of hygiene, stating: "We need to emphasise the importance of water safety and the public needs to adopt the measures of keeping water safe." Dr. Okello stressed that "Boiling drinking water or treating water with chlorine and practising good toilet manners are necessary to avoid contamination".

Cholera is a waterborne disease and causes serious diarrhea and vomiting. The disease can be fatal if it is not treated within 24 hours. Spread of the disease can be prevented by avoiding contaminated drinking water, and practicing proper hand washing before touching food. Southern Sudan also reported an increase in cholera cases recently."""

MAR07 = """A LAN Airlines Airbus A340 was making its approach into Auckland when incandescent objects flew by at super-sonic speeds. Australian and New Zealand media initially reported that it was debris from a Russian satellite breaking up during re-entry. NASA said it was more likely to be meteors.

The Civil Aviation Authority of New Zealand is set to investigate the incident.

According to an official for World Food Programme (WFP), North Korea has admitted that the country faces food shortages and needs help. WFP is appealing to donor countries to step up aid, and to the UN to keep food aid outside of the nuclear debate. Food donations dropped dramatically after North Korea carried out its nuclear test bombing. North Korea's shortage may be approaching 20% of what it needs to feed its people.

A 25 year old man was killed during clashes between fans of Olympiacos and Panathinaikos in the suburb of Peania, in east Athens. The victim died at a central hospital from several injuries he suffered. The fight happened prior to a local women volleyball game in Peania. However, witnesses and residents told Alter Channel that the clashes had no relation with the game but were pre-organized by hooligan clubs in the area. The event caused political turbulent in Greece as long as Greek police and the Minister of Public Order have been accused by some media for their failure to prevent fans' clashes.

Despite a veto threat from US President Bush, the US Senate today passed a spending bill that includes a time-table for a US withdrawal from Iraq. Passing 51-47, the legislation echoes that passed recently by the House. It sets a goal of pulling all combat troops out of Iraq by the end of March 2008, without explicitly demanding their removal.

A series of bombings in Bagdhad and Khalis in Iraq killed as many as 130 people. The areas targeted were mainly Shia and many victims were women and children in market places. Prime Minister of Iraq Nouri al-Maliki condemned the attacks and called for restraint, urging Iraqis to work with security forces to prevent the violence getting out of control."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

ITEMS = [
 ("autogum_news_doc486", "Digital security researchers publicly reveal vulnerability in WPA2 WiFi protocol",
  W + "Digital_security_researchers_publicly_reveal_vulnerability_in_WPA2_WiFi_protocol", "2017-10-19",
  "technology", "mixed", "product,near-miss", KRACK,
  C.format("doc486.xml") + "AMALGUM dateCreated 2017-10-16, the date line 'Thursday, October 19, 2017' kept as "
  "`published` (relative days read against it: 'On Monday' → 2017-10-16, the day AMALGUM gives). The closing "
  "'External link' heading and its one-item list (the researchers' paper with its date of access) cut; the "
  "acronym's spelling-out written as it reads ('Key Reinstallation Attack', its bold capitals plain); the space "
  "at the end of the fourth paragraph dropped; the typographic apostrophe kept ('won’t'). Researchers disclosing a "
  "Wi-Fi protocol flaw, a university, a response team, an industry alliance, a national security centre, three "
  "companies and their operating systems, an operating system's own patch."),
 ("autogum_news_doc185", "Journalists escape after being kidnapped in Syria",
  W + "Journalists_escape_after_being_kidnapped_in_Syria", "2012-12-18", "media", "mixed", "leadership,partnership", NBC,
  C.format("doc185.xml") + "AMALGUM dateCreated 2012-12-18, the date line 'Tuesday, December 18, 2012' kept as "
  "`published`. An image caption with its credit (a citizen journalist's video from Homs, 'via Bambuser') cut; the "
  "two Turkish-language glosses of the translation template cut from the third paragraph (' ((tr))Turkish language: "
  "Suriye'de tutuklanıp tutuklanmadığına' after 'arrested and detained in Syria\"', and ' ((tr))Turkish language: "
  "henüz herhangi bir bilgi yok' after 'information yet.\"'; the English quotations they gloss stay); the link "
  "texts 'Kuwait' and 'News Agency' written as they read ('The Kuwait News Agency'); the space at the end of the "
  "third paragraph dropped; the article's own slips kept ('they website', 'Ma’arrat Misrin' with its typographic "
  "apostrophe). A broadcaster's correspondent and a journalist freed, a partner channel of a cable network, a news "
  "agency, a gossip site's agreed news blackout, a social network, a paper."),
 ("autogum_news_doc514", "Explosions at Brussels airport and subway systems",
  W + "Explosions_at_Brussels_airport_and_subway_systems", "2016-03-22", "transport", "non-US", "near-miss",
  BRUSSELS,
  C.format("doc514.xml") + "AMALGUM dateCreated 2016-03-22, the date line 'Tuesday, March 22, 2016' kept as "
  "`published`. Two image captions with their credits ('Locations of the attacks in Brussels. Image: "
  "Rauletemunoz.' and 'File photograph of Maelbeek/Maalbeek metro station Image: bsubway.net.') cut; a run of two "
  "spaces made one ('airport.  In remarks'); the article's own wording kept ('Thalys have shut down', the missing "
  "full stop after the Tusk quotation). Bombings at an airport and a metro station that shut the airport, the metro "
  "and two train companies' international services, with ministers, presidents and a broadcaster."),
 ("autogum_news_doc384", "Kiribati acquires international funding for solar power",
  W + "Kiribati_acquires_international_funding_for_solar_power", "2013-03-26", "energy/finance", "non-US",
  "leadership", KIRIBATI,
  C.format("doc384.xml") + "AMALGUM dateCreated 2013-03-26, the date line 'Tuesday, March 26, 2013' kept as "
  "`published`. Two image captions cut (a solar panel installation with its credit; a school maneaba in Nabeina "
  "with its missing-image note); the currency links written as they read ('US$5 million', 'NZ$635 million', "
  "'€3,885,000'); runs of two spaces made one (five places); spaces at paragraphs' ends dropped; the article's own "
  "wording kept ('AusAID Australia', 'USD$54,262,000', 'big challenges it is remote'). An aid agency and a World "
  "Bank fund funding solar panels, development banks and an aid agency in a summit package, a president, a "
  "minister, an EU head of operations, a paper, a radio service and a TV news correspondent."),
 ("autogum_news_doc137", "Over 60 dead in Kenya cholera outbreak, state issues alert",
  W + "Over_60_dead_in_Kenya_cholera_outbreak%2C_state_issues_alert", "2008-04-12", "health", "non-US",
  "leadership", KENYA,
  C.format("doc137.xml") + "AMALGUM dateCreated 2008-04-12, the date line 'Saturday, April 12, 2008' kept as "
  "`published`. Two pull quotes with their attribution lines cut (SK Sharif's and Dr. David Okello's words, which "
  "stay in their paragraphs); a run of two spaces made one ('food.  Southern'); spaces at paragraphs' ends "
  "dropped; the article's own wording kept ('Director of Medical Service', 'has displaced', 'has been sent'). A "
  "cholera outbreak with a news agency, a Red Cross society's spokesman, a ministry and its director of medical "
  "services, UNICEF and a WHO country director."),
 ("autogum_news_doc195", "Wikinews Shorts: March 29, 2007", W + "Wikinews_Shorts%3A_March_29%2C_2007",
  "2007-03-29", "airline/media", "mixed", "leadership", MAR07,
  C.format("doc195.xml") + "AMALGUM dateCreated 2007-03-29, the compilation line 'A compilation of brief news "
  "reports for Thursday, March 29, 2007.' (the date kept as `published`) cut; the five briefs' headings ('Flaming "
  "debris nearly hits LAN airliner', 'North Korea asks for food aid', 'Man killed during hooligans clashes in "
  "Athens', 'Senate passes spending bill with withdrawal date', 'Further escalation of sectarian violence in "
  "Iraq'), their 'Sources' lists and one 'Related news' list (the Senate brief) cut; the briefs' paragraphs kept in "
  "order; a run of two spaces made one ('the  suburb'), spaces at paragraphs' ends dropped; the article's own slips "
  "kept ('Bagdhad', 'political turbulent', '25 year old'). An airline's airliner passed by flaming debris, a "
  "space agency and an aviation authority, a food agency, two football clubs and a Greek channel, a president, a "
  "Senate vote, a prime minister."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
