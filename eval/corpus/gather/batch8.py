#!/usr/bin/env python3
"""Batch 8: outage / service-disruption articles (and a few near-misses) from public-domain US federal
documents held in the search tool's page store (docs.fcc.gov, transition.fcc.gov, CRS products), plus two
Wikinews items from the toscaData R package (CC BY 2.5). Page-store texts are the first ~2,000 characters of
each page; captions, paragraph numbers, footnote markers and the converter notice were left out, and each text
is cut at its last full sentence. Texts are embedded below (the page store cannot be re-fetched offline)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write
from toscadata_lib import load, clean, date, title

PD = "public domain (US federal government work)"
FCC_NOTE = ("First ~2,000 characters of the document from the search tool page store; caption (docket/file numbers, "
            "adoption and release lines), paragraph numbers and footnote markers left out; cut at the last full sentence.")
CRS_NOTE = ("Congressional Research Service product (US federal government work, public domain), text as held by the "
            "search tool page store at the address given (a mirror of CRS products); first ~2,000 characters, cut at the "
            "last full sentence; section headings left out.")
DOCS = [
 dict(id="fcc-centurylink-intrado-911-outage-settlements-2015",
      source="https://transition.fcc.gov/eb/News_Releases/DOC-332853A1.html",
      attribution="U.S. Federal Communications Commission, news release DOC-332853 (CenturyLink and Intrado settlements over the April 2014 multi-state 911 outage), April 6, 2015, https://transition.fcc.gov/eb/News_Releases/DOC-332853A1.html",
      published="2015-04-06", title="FCC settlements with CenturyLink and Intrado Communications over the April 2014 multi-state 911 outage",
      sector="telecoms", region="US", topics=["outage", "regulatory"],
      notes="First ~2,000 characters from the search tool page store; the converter notice, media contact line and bullet marks left out; cut after the first quotation of Chairman Wheeler.",
      text="""Washington, D.C. - The Federal Communications Commission has resolved its investigation of an April 2014 multi-state 911 outage that prevented more than 11 million people in seven states from being able to reach emergency call centers for over six hours. The FCC's Enforcement Bureau has reached a $16 million settlement with CenturyLink and a $1.4 million settlement with Intrado Communications related to the companies' failures to meet their emergency call obligations during the 911 outage.

The 911 outage did not stem from an extraordinary natural disaster or other unforeseeable catastrophe; rather, it was a "sunny day" failure that resulted in over 6,600 missed 911 calls, including calls reportedly involving domestic violence, assault, motor vehicle accidents, a heart attack, an overdose, and an intruder breaking into a residence.

"Americans need to be confident that the service they use to reach first responders is reliable and accessible in their time of need," said Chairman Tom Wheeler."""),
 dict(id="fcc-centurylink-911-outage-consent-decree-2021",
      source="https://docs.fcc.gov/public/attachments/DA-21-1543A1.txt",
      attribution="U.S. Federal Communications Commission, Enforcement Bureau order DA 21-1543 (CenturyLink, Inc. nka Lumen Technologies, Inc. consent decree), released December 17, 2021, https://docs.fcc.gov/public/attachments/DA-21-1543A1.txt",
      published="2021-12-17", title="CenturyLink (Lumen Technologies) consent decree on the September 28, 2020 911 outage (FCC order DA 21-1543)",
      sector="telecoms", region="US", topics=["outage", "regulatory"], notes=FCC_NOTE,
      text="""The Enforcement Bureau of the Federal Communications Commission (Commission) has entered into a Consent Decree to resolve its investigation into whether CenturyLink, Inc. (CenturyLink), now known as Lumen Technologies, Inc., failed to deliver 911 calls and failed to timely notify Public Safety Answering Points (PSAPs) during a 911 outage on September 28, 2020. Congress has made emergency communication services a national priority, and the Commission has repeatedly emphasized that robust and reliable 911 service must be available nationwide. It is therefore incumbent upon the Commission to ensure that telecommunications carriers provide reliable 911 service at all times and timely notify PSAPs of relevant 911 outages. To settle this matter, CenturyLink will implement a compliance plan and pay a $3,800,000 civil penalty.

After reviewing the terms of the Consent Decree and evaluating the facts before us, we find that the public interest would be served by adopting the Consent Decree and terminating the referenced investigation regarding CenturyLink’s compliance with the Commission’s 911 rules, including sections 4.9 and 9.4 of the Commission’s rules.

In the absence of material new evidence relating to this matter, we do not set for hearing the question of CenturyLink’s basic qualifications to hold or obtain any Commission license or authorization."""),
 dict(id="fcc-intrado-911-outage-consent-decree-2021",
      source="https://docs.fcc.gov/public/attachments/DA-21-1541A1.txt",
      attribution="U.S. Federal Communications Commission, Enforcement Bureau order DA 21-1541 (Intrado Safety Communications, Inc. consent decree), released December 17, 2021, https://docs.fcc.gov/public/attachments/DA-21-1541A1.txt",
      published="2021-12-17", title="Intrado Safety Communications consent decree on the September 28, 2020 911 outage (FCC order DA 21-1541)",
      sector="telecoms", region="US", topics=["outage", "regulatory"], notes=FCC_NOTE,
      text="""The Enforcement Bureau of the Federal Communications Commission (Commission) has entered into a Consent Decree to resolve its investigation into whether Intrado Safety Communications, Inc. (Intrado) failed to deliver 911 calls and failed to timely notify Public Safety Answering Points (PSAPs) during a 911 outage on September 28, 2020. Congress has made emergency communication services a national priority, and the Commission has repeatedly emphasized that robust and reliable 911 service must be available nationwide. It is therefore incumbent upon the Commission to ensure that telecommunications carriers provide reliable 911 service at all times and timely notify PSAPs of relevant 911 outages. To settle this matter, Intrado will implement a compliance plan and pay a $1,750,000 settlement amount.

After reviewing the terms of the Consent Decree and evaluating the facts before us, we find that the public interest would be served by adopting the Consent Decree and terminating the referenced investigation regarding Intrado’s compliance with the Commission’s 911 rules, including sections 4.9 and 9.4 of the Commission’s rules.

In the absence of material new evidence relating to this matter, we do not set for hearing the question of Intrado’s basic qualifications to hold or obtain any Commission license or authorization."""),
 dict(id="fcc-centurylink-west-safety-911-outage-settlements-2019",
      source="https://docs.fcc.gov/public/attachments/DOC-360612A1.txt",
      attribution="U.S. Federal Communications Commission, news release 'FCC announces settlements with CenturyLink & West Safety Communications regarding 911 outage in August 2018', November 4, 2019, https://docs.fcc.gov/public/attachments/DOC-360612A1.txt",
      published="2019-11-04", title="FCC announces settlements with CenturyLink & West Safety Communications regarding 911 outage in August 2018",
      sector="telecoms", region="US", topics=["outage", "regulatory"],
      notes="First ~2,000 characters from the search tool page store; media contact line, headline and sub-headline left out (headline kept as title); cut at the last full sentence.",
      text="""WASHINGTON, November 4, 2019—The Federal Communications Commission’s Enforcement Bureau today announced settlements with CenturyLink and West Safety Communications to conclude investigations into violations of FCC rules in connection with a multi-state 911 outage that took place on August 1, 2018. CenturyLink and West Safety Communications have agreed to pay $400,000 and $175,000, respectively, and committed to implement a compliance plan to help ensure the integrity and reliability of the nation’s 911 network.

FCC rules require that telecommunications carriers design and operate their networks to reliably transmit 911 calls to appropriate emergency authorities. This is a crucial public safety obligation. Both CenturyLink and West Safety Communications are national telecommunications carriers that frequently rely on the services of West Safety Services (parent company to West Safety Communications) to perform key parts of their obligations to connect 911 callers to 911 operators. Both CenturyLink and West Safety Communications are responsible for complying with applicable Commission rules regardless of any failures by their subcontractors or affiliates.

On August 1, 2018, a West Safety Services technician mistakenly made a configuration change to the West Safety Service 911 routing network, resulting in the failure of CenturyLink and West Safety Communications to route 911 calls to dozens of 911 call centers in multiple states. The 911 outage lasted 65 minutes and led to many 911 calls failing to reach emergency operators. For instance, in Minnesota alone, CenturyLink failed to deliver 693 emergency calls to approximately 70 public safety call centers."""),
 dict(id="fcc-pai-statement-att-volte-911-outage-2017",
      source="https://docs.fcc.gov/public/attachments/DOC-344946A1.txt",
      attribution="U.S. Federal Communications Commission, 'Statement of Chairman Ajit Pai Re: March 8th, 2017 AT&T VoLTE 911 Outage Report and Recommendations, PS Docket No. 17-68', https://docs.fcc.gov/public/attachments/DOC-344946A1.txt",
      published=None, title="Statement of Chairman Ajit Pai on the March 8, 2017 AT&T VoLTE 911 outage report",
      sector="telecoms", region="US", topics=["outage", "regulatory"],
      notes="First ~2,000 characters from the search tool page store; the heading 'STATEMENT OF CHAIRMAN AJIT PAI' left out (kept in the title); the superscript in 'March 8th, 2017' joined ('8 th ,' in the page store); cut at the last full sentence. Release date not in the excerpt, so published is null.",
      text="""Re: March 8th, 2017 AT&T VoLTE 911 Outage Report and Recommendations, PS Docket No. 17-68.

On March 8, 12,539 Americans who were AT&T customers tried to call 911. But they couldn’t reach emergency services because of a nationwide outage of AT&T’s VoLTE 911 network. When they placed that call, they heard fast busy signals, endless ringing, or silence. This was unacceptable. In times of trouble, Americans in need must be able to reach Americans who can help. That’s why as soon as this outage occurred, I directed the Public Safety and Homeland Security Bureau to investigate.

Today, the Bureau has delivered a thorough, fact-based report of its findings. These findings are based on data derived from the FCC’s network outage reporting system and numerous interviews with officials from AT&T, subcontractors Comtech and West, as well as several affected public safety answering points or PSAPs, including the Office of Unified Communications here in Washington, DC. The findings are highly instructive. Most importantly, this outage could have been prevented. It was the result of mistakes made by AT&T. The Bureau’s report shows that there were shortfalls in operational redundancies, risk assessment, and stakeholder and consumer outreach. Had AT&T followed certain best practices as outlined by the FCC’s Communications Security, Reliability and Interoperability Council, this outage would have had much less impact. Indeed, the cause of the outage could and should have been identified and addressed with periodic audits of the network.

That’s the bad news. The good news is that AT&T has now addressed the vulnerabilities that led to this outage. Had these safeguards been in place on March 8, it is exceedingly unlikely that this outage would have occurred. Going forward, I urge every carrier to address similar vulnerabilities in their networks."""),
 dict(id="fcc-att-mobility-volte-911-outages-consent-decree-2018",
      source="https://transition.fcc.gov/eb/Orders/2018/DA-18-649A1.html",
      attribution="U.S. Federal Communications Commission, Enforcement Bureau order DA 18-649 (AT&T Mobility, LLC consent decree), released June 28, 2018, https://transition.fcc.gov/eb/Orders/2018/DA-18-649A1.html",
      published="2018-06-28", title="AT&T Mobility consent decree on two 2017 VoLTE 911 outages (FCC order DA 18-649)",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True,
      notes=FCC_NOTE + " The page store ends inside the sentence that dates the first outage, so only the two opening paragraphs are kept.",
      text="""A call to a first responder at a moment of critical need is one of the most important calls an individual may ever make. Congress has made emergency communication services a national priority, and the Commission has repeatedly emphasized that robust and reliable 911 service must be available nationwide. It is therefore incumbent upon the Commission to ensure that telecommunications carriers provide reliable 911 service at all times.

The Enforcement Bureau of the Federal Communications Commission has entered into a Consent Decree to resolve its investigation into two 911 service outages that impacted AT&T Mobility, LLC’s (AT&T Mobility) national Voice over Long Term Evolution (VoLTE) network in 2017 (911 Outages)."""),
 dict(id="crs-global-it-outages-crowdstrike-azure-2024",
      source="https://www.capitollabsllc.com/crs/product/IN12392",
      attribution="Congressional Research Service, 'The July 19th Global IT Outages', CRS Insight IN12392, July 23, 2024 (text via https://www.capitollabsllc.com/crs/product/IN12392)",
      published="2024-07-23", title="The July 19th Global IT Outages",
      sector="tech/cloud and security software", region="mixed", topics=["outage"], notes=CRS_NOTE,
      text="""On July 19, 2024, cybersecurity firm CrowdStrike pushed an update to its software that caused some devices running the Windows operating system to crash. The day before, there was a separate outage of Microsoft Azure cloud services. The widespread adoption of both Microsoft products and CrowdStrike's cybersecurity services led to global disruptions to industries like aviation, emergency services, financial services, health care, and retail. This CRS Insight discusses these events, their impacts, and potential considerations for Congress.

CrowdStrike runs an endpoint detection and response platform—Falcon. Falcon includes an application on the host device (e.g., a computer) along with cloud services to detect potentially anomalous activity on the device, analyze activity on it for threats, and report suspicious events to information technology (IT) administrators. It also automates certain mitigation activities for the potential risk. On July 19, CrowdStrike issued an update to host devices with a Falcon sensor. The update included a defective file for Windows machines that caused receiving systems to display an error screen and lock users out of their devices. Microsoft estimates that this event affected 8.5 million systems, which is less than 1% of total Windows machines. Linux and Mac hosts were not affected.

Separately, on July 18, 2024, Microsoft experienced a disruptive incident with its Azure cloud services. In this event, virtual machines (VM) became inaccessible to cloud subscribers because of an error in the way Microsoft allows access to those machines as well as an infrastructure failure. Corporate customers who rely on Azure were unable to access their services hosted on Azure in the Central United States region during this event, which lasted about a half-day."""),
 dict(id="crs-att-mobility-wireless-network-outage-2024",
      source="https://www.capitollabsllc.com/library/document/2919",
      attribution="Congressional Research Service, In Focus on the February 22, 2024 AT&T wireless network outage and public safety communications (text via https://www.capitollabsllc.com/library/document/2919)",
      published=None, title="The February 2024 AT&T wireless network outage and public safety communications (CRS In Focus)",
      sector="telecoms", region="US", topics=["outage", "regulatory"],
      notes=CRS_NOTE + " Publication date not in the excerpt, so published is null.",
      text="""In the "early hours" of February 22, 2024, AT&T's wireless network suffered an outage, affecting communications nationwide. AT&T has not provided a definitive time that the outage started. It disrupted AT&T Mobility (wireless) service for some of its 220 million Mobility subscribers for several hours. At 10:00 a.m. (CT), AT&T publicly reported on the network outage on its website, stating that some customers were experiencing service disruptions, three-quarters of its Mobility customers were able to access its wireless network around 5 a.m. (CT), and the company was working to restore service to its remaining customers. At 2:10 p.m. (CT), AT&T reported it had restored service to all affected customers. At 6:46 p.m. (CT), the company stated "we believe that today's outage was caused by the application and execution of an incorrect process used as we were expanding our network, not a cyberattack," and it was continuing its assessment.

The outage affected wireless communications across the nation, as well as some services that depend on AT&T's wireless network, such as electronic payments, connected car technologies, ride-hailing services, parking meters, and fire alarms. The outage also affected public safety communications, including AT&T customers' ability to connect to 911 and the FirstNet network, a federally funded public safety network, built and operated by AT&T in partnership with the First Responder Network Authority, an agency under the Department of Commerce.

This In Focus provides an overview of the outage's impact on public safety communications, Federal Communications Commission (FCC) outage rules, and issues for Congress.

The impact on customers' ability to reach 911 services varied among jurisdictions. In Oldham County, KY, emergency service officials reported 911 lines were disabled. Kings County, WA, officials reported that AT&T customers were having trouble connecting to 911."""),
 dict(id="fcc-rosenworcel-statement-derecho-911-outages-2012",
      source="https://docs.fcc.gov/public/attachments/DOC-315291A1.txt",
      attribution="U.S. Federal Communications Commission, 'Statement of Commissioner Jessica Rosenworcel Re: June 29th Derecho Storm 911 and Communications Outages Overview/Update', July 19, 2012, https://docs.fcc.gov/public/attachments/DOC-315291A1.txt",
      published="2012-07-19", title="Statement of Commissioner Jessica Rosenworcel on the June 29th derecho storm 911 and communications outages",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=False,
      notes="Whole statement as held by the search tool page store; heading 'STATEMENT OF COMMISSIONER JESSICA ROSENWORCEL' left out (kept in the title); superscript in 'June 29th' joined ('29 th' in the page store).",
      text="""Re: June 29th Derecho Storm 911 and Communications Outages Overview/Update (July 19, 2012)

Last week, at the oversight hearing before the House of Representatives Energy and Commerce Committee, I called for the Commission to begin an investigation into the communications difficulties that followed in the wake of last month’s storm in the Washington region and beyond. As we all know, weather-related power outages brought life here to a halt. Wireless towers and 911 service failed too many of us. I believed then, and believe now, that the agency has a duty to search out the facts—wherever they may lead. Then we can apply the lessons we learn and make our networks more resilient, more secure, and more safe.

This week, I visited the 911 center in Fairfax County, one of the public safety answering points that was not able to answer emergency calls. The head of Fairfax County’s Department of Public Safety Communications described an eerie quiet in the aftermath of the storm, as the calls into 911 quickly and implausibly ceased. This put lives at danger. It put our safety at risk. It deserves our attention.

So I am pleased that the Public Safety and Homeland Security Bureau has provided this update today. I am also pleased that the agency has begun an inquiry into what happened and why. I am confident that the Bureau will get to the bottom of this situation, so we can learn from it and be better prepared when disaster strikes."""),
 dict(id="fcc-t-mobile-911-rules-consent-decree-2021",
      source="https://docs.fcc.gov/public/attachments/DA-21-1439A1.txt",
      attribution="U.S. Federal Communications Commission, Enforcement Bureau order DA 21-1439 (T-Mobile USA, Inc. consent decree), released November 23, 2021, https://docs.fcc.gov/public/attachments/DA-21-1439A1.txt",
      published="2021-11-23", title="T-Mobile USA consent decree on compliance with the 911 rules (FCC order DA 21-1439)",
      sector="telecoms", region="US", topics=["regulatory"], notes=FCC_NOTE + " Near-miss: the excerpt names no outage event.",
      text="""The Enforcement Bureau of the Federal Communications Commission has entered into a Consent Decree to resolve its investigation into whether T-Mobile USA, Inc. (T-Mobile) failed to comply with the Commission’s 911 rules. These rules require wireless providers to reasonably design and operate their networks to ensure reliable transmission of all 911 calls, including providing 911 call back information and 911 location information, to public safety answering points (PSAPs), and to timely notify potentially affected PSAPs of reportable 911 outages. To settle this matter, T-Mobile will pay a $19,500,000 settlement payment and will implement a compliance plan. Notably, the compliance measures contain new commitments by T-Mobile to improve the 911 outage notices given to PSAPs, including providing PSAPs with a wide array of information about the outages and providing follow-up notices within two hours of the initial outage notifications.

After reviewing the terms of the Consent Decree and evaluating the facts before us, we find that the public interest would be served by adopting the Consent Decree and terminating the referenced investigation regarding T-Mobile’s compliance with the Commission’s 911 rules, including sections 4.9, 9.4, and 9.10 of the Commission’s rules.

In the absence of material new evidence relating to this matter, we do not set for hearing the question of T-Mobile’s basic qualifications to hold or obtain any Commission license or authorization."""),
 dict(id="fcc-t-mobile-false-ring-tones-consent-decree-2018",
      source="https://transition.fcc.gov/eb/Orders/2018/DA-18-373A1.html",
      attribution="U.S. Federal Communications Commission, Enforcement Bureau order DA 18-373 (T-Mobile USA, Inc. consent decree), released April 16, 2018, https://transition.fcc.gov/eb/Orders/2018/DA-18-373A1.html",
      published="2018-04-16", title="T-Mobile USA consent decree on false ring tones and rural call completion (FCC order DA 18-373)",
      sector="telecoms", region="US", topics=["regulatory"], notes=FCC_NOTE + " Near-miss: call-completion problems, no service outage.",
      text="""The Enforcement Bureau (Bureau) of the Federal Communications Commission has entered into a Consent Decree to resolve its investigation into whether T-Mobile USA, Inc. (T-Mobile) conveyed false ring tones on its customers’ telephone calls, and whether it corrected problems with delivery of calls to consumers in rural areas.

Section 64.2201 of the Commission’s rules prohibit service providers from injecting false ring tones on any telephone calls. False ring tones cause callers to believe that the phone is ringing at the called party’s premises when it is not. A caller may then hang up, thinking no one is available to receive the call. False ring tones also create a misleading impression that a caller’s service provider is not responsible if the call fails. False ring tones are a problem on calls to rural areas and are a symptom of the problems of impaired quality and completion of calls to rural areas.

Rural call completion problems have significant and immediate public interest ramifications. They cause rural businesses to lose revenue, impede medical professionals from reaching patients in rural areas, cut families off from their relatives, and create the potential for dangerous delays in public safety communications.

To settle this matter, T-Mobile admits that it violated the Commission’s prohibition against the insertion of false ring tones and that it did not correct problems with delivery of calls to certain rural areas. T-Mobile agrees to implement a compliance plan and to pay a $40,000,000 civil penalty."""),
]
WN = {  # toscaData id: (sector, region, topics, leading residue to cut, note)
 "ID100397": ("tech/online video", "US", ["other"], "", "Near-miss: a site closed by its owner (business decision, not an outage)."),
 "ID58832": ("retail", "mixed", ["other"], "Canadian news", "Near-miss: a data breach, no service lost."),
}

def main(dry=False):
    out = []
    for d in DOCS:
        r = dict(d); r.setdefault("truncated", True); r["licence"] = PD
        r["origin"] = "crs (search tool page store)" if r["id"].startswith("crs-") else "fcc (search tool page store)"
        out.append(r)
    tosca = load()
    for k, (sector, region, topics, cut, note) in WN.items():
        r = tosca[k]; ti = title(r); pub = date(r)
        url = "https://en.wikinews.org/wiki/" + ti.replace(" ", "_")
        slug_ = {"ID100397": "wn-video-hosting-website-stage6-shut-down-2008", "ID58832": "wn-consumer-database-several-major-north-american-stores-2007"}[k]
        out.append({"id": slug_, "source": url, "licence": "CC BY 2.5",
                    "attribution": f"Wikinews contributors, '{ti}', {url} (text via the toscaData R package, Koppers et al., github.com/Docma-TU/toscaData)",
                    "published": pub, "title": ti, "text": clean(r, cut), "sector": sector, "region": region, "topics": topics,
                    "origin": "wikinews (toscaData R package)",
                    "notes": f"Text from markup-stripped wikitext (toscaData {k}); residue and spacing cleaned; paragraph breaks inferred. " + note})
    for o in out:
        if not dry: write(o)
    return out

if __name__ == "__main__":
    for o in main(dry="--dry" in sys.argv):
        print(o["id"], len(o["text"].split()))
