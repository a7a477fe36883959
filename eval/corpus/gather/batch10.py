#!/usr/bin/env python3
"""Batch 10: openly licensed government texts outside the Wikinews dumps: Australian Communications and Media
Authority articles (CC BY 4.0) on telecom outages, European Commission competition newsroom items and merger
press texts (CC BY 4.0 / Decision 2011/833/EU), UK government press releases (Open Government Licence v3.0),
and US federal texts (public domain: FDIC, Congressional Research Service).
Every text is the search tool's page-store excerpt (first ~2,000 characters of the page), found with the `search`
tool (corpus `pages`); the queries are in GATHERING.md ("Batch 10"). Edits: site navigation, widget boilerplate,
media-contact lines and a trailing cut-off sentence or item are left out, and a page-layout sidebar interleaved
with the CRS summary is removed; no word is added or changed. Each record's `notes` says what was left out.
usage: batch10.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all  # noqa: E402

POOL = sys.argv[1] if len(sys.argv) > 1 else "/work/corpus-work/pool"
CC4 = "CC BY 4.0"
OGL = "Open Government Licence v3.0"
PD = "public domain (US federal government work)"
EC = ("CC BY 4.0 (European Commission reuse policy: Commission Decision 2011/833/EU on the reuse of Commission documents; "
      "CC BY 4.0 is the Commission's default licence since Commission Decision C(2019) 1655)")


def acma(title, url):
    return f"© Commonwealth of Australia (Australian Communications and Media Authority), '{title}', {url}, licensed under CC BY 4.0"


def ecattr(title, url):
    return f"© European Union, European Commission, '{title}', {url}; reuse authorised under CC BY 4.0"


def ogl(dept, title, date, url):
    return (f"{dept}, '{title}' ({date}), Crown copyright, contains public sector information licensed under the Open "
            f"Government Licence v3.0; text as reproduced at {url}")


RECS = [
 dict(id="acma-optus-pays-12-million-penalty-triple-zero-outage-2024",
      source="https://www.acma.gov.au/articles/2024-11/optus-pays-12-million-penalty-triple-zero-outage", licence=CC4,
      attribution=acma("Optus pays $12 million penalty for Triple Zero outage", "https://www.acma.gov.au/articles/2024-11/optus-pays-12-million-penalty-triple-zero-outage"),
      published=None, title="Optus pays $12 million penalty for Triple Zero outage", sector="telecoms", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="acma.gov.au (search tool page store)",
      notes="First ~2,000 characters of the page; 'Skip to main content' and an image placeholder left out; cut at the last full sentence. "
            "The page's address dates it to November 2024 (no day given), so 'published' is null.",
      text="""Subsidiaries of Singtel Optus Pty Limited (Optus) have paid penalties totalling more than $12 million for breaches of emergency call rules following an investigation by the Australian Communications and Media Authority (ACMA).

The breaches were a result of its nation-wide network outage on 8 November 2023 which also caused significant disruption across Australia for individuals and businesses.

The ACMA found Optus failed to provide access to the emergency call service for 2,145 people during the course of the outage. Optus then failed to conduct 369 welfare checks on people who had tried to make an emergency call during the outage.

ACMA Chair Nerida O’Loughlin said the size of the penalty reflected the critical nature of the breaches.

“Triple Zero availability is the most fundamental service telcos must provide to the public. When an emergency call fails to connect there can be devastating consequences for public health and safety,” she said.

“Our findings indicate that Optus failed in the management of its network in a number of areas and that the outage should have been preventable.

“Optus also failed to follow up on the safety and wellbeing of more than 360 of its customers once the outage was resolved.”

Other failings by Optus during the outage were identified in a government-commissioned post incident review. Following that review, the government agreed to a comprehensive set of regulatory and other actions to improve the performance of the entire telecommunications sector when dealing with network outages.

These include requiring better communications by telcos with their customers and other stakeholders during an outage, greater oversight of the Triple Zero ecosystem, regular systems testing, and ensuring emergency calls can be seamlessly and consistently carried by other carriers when needed."""),
 dict(id="acma-statement-telstra-triple-zero-incident-investigation-2024",
      source="https://acma.gov.au/acma-statement-telstra-triple-zero-incident-investigation", licence=CC4,
      attribution=acma("ACMA statement on Telstra Triple Zero incident investigation", "https://acma.gov.au/acma-statement-telstra-triple-zero-incident-investigation"),
      published=None, title="ACMA statement on Telstra Triple Zero incident investigation", sector="telecoms", region="non-US",
      topics=["outage", "regulatory"], truncated=False, origin="acma.gov.au (search tool page store)",
      notes="Whole statement as stored; the page gives no publication date ('published' null).",
      text="""The Australian Communications and Media Authority (ACMA) commenced an investigation on 5 March 2024 into Telstra Limited’s compliance with the Telecommunications (Emergency Call Service) Determination 2019 in relation to the incident that impacted Telstra’s transfer of some Triple Zero calls to police, fire and ambulance services on 1 March 2024. The investigation will focus on Telstra’s obligations as the Emergency Call Person to transfer emergency calls to the applicable service.
The ACMA will not be commenting further on, nor speculating about any potential outcomes of, the investigation while it is under way. The ACMA will make its investigation findings public once concluded."""),
 dict(id="acma-seeks-feedback-proposed-telco-rules-outages-2025",
      source="https://www.acma.gov.au/articles/2025-02/acma-seeks-feedback-proposed-telco-industry-rules-outages", licence=CC4,
      attribution=acma("ACMA seeks feedback on proposed telco industry rules for outages", "https://www.acma.gov.au/articles/2025-02/acma-seeks-feedback-proposed-telco-industry-rules-outages"),
      published=None, title="ACMA seeks feedback on proposed telco industry rules for outages", sector="telecoms", region="non-US",
      topics=["regulatory", "outage"], truncated=True, origin="acma.gov.au (search tool page store)",
      notes="First ~2,000 characters; 'Skip to main content' and an image placeholder left out; list bullets kept as '•' lines; the last, cut-off bullet left out. "
            "The address dates it to February 2025 (no day), so 'published' is null and 'Today' is not resolvable.",
      text="""The ACMA is seeking feedback on proposed new rules which would further improve the regulatory protections for telco consumers in the event of network outages.

In October 2024 the ACMA made new rules to give Australians even greater confidence that they would be able to get through to Triple Zero (000) when they needed help, as well as to provide for minimum standards of communication between telcos and their customers when their network was experiencing a major outage.

These rules were one step in implementing the outcomes of a review into the Optus network outage, which caused significant disruptions to its customers on 8 November 2023, and were made following a direction to the ACMA by the Minister for Communications, the Hon Michelle Rowland MP.

Today the ACMA is releasing a further package of proposed enhanced consumer protections for consultation. These proposed rules would require telcos to share key information with customers during significant local outages (as well as during major outages), and to take additional steps to improve the reliability of emergency call services during outages. They would also give effect to new complaint handing processes when customers experience outages, as well as enhance the broader complaint handling framework for telco customers.

These new rules would mean that consumers can:

• get timely information about localised outages outside the major cities that are affecting their telco services, including when services might be restored;
• have greater confidence that calls to Triple Zero will get through when their usual network might not be working but there is another network available;
• more easily lodge complaints about network outages affecting them;"""),
 dict(id="ec-competition-newsroom-mergers-inwit-exyte-2024",
      source="https://ec.europa.eu/newsroom/comp/items/topic/2390?page=2", licence=EC,
      attribution=ecattr("Newsroom, Competition: Mergers (page 3 of the listing)", "https://ec.europa.eu/newsroom/comp/items/topic/2390?page=2"),
      published=None, title="Competition newsroom: Mergers (Iliad Italia v Commission; 20 years of the EU Merger Regulation; thyssenkrupp v Commission; Kinetics/Exyte)",
      sector="telecoms, steel, semiconductor equipment (merger control)", region="non-US", topics=["deal", "regulatory"], truncated=True,
      origin="ec.europa.eu competition newsroom listing (search tool page store)",
      notes="A listing page of short newsroom items, kept as one text; navigation lines ('skip to main content', logo, language, 'Newsroom', 'Overview Mergers') and the last item's cut-off body left out (its heading kept). "
            "The items carry no dates on the page ('published' null; the EU Merger Regulation's 20th year places it in 2024).",
      text="""Iliad Italia v Commission

The Commission takes note of the judgement of the General Court fully upholding a 2020 Commission decision. In its decision, the Commission approved the acquisition of joint control of INWIT by Telecom Italia and Vodafone, subject to conditions.
In its judgment, the General Court confirmed the Commission’s assessment of the suitability of the remedies submitted by the merging parties to address the identified competition concerns.

Celebrating ‘20 Years that Made a Difference’ of the EU Merger Regulation

This year the 2004 EU Merger Regulation turns 20 years old. To mark this significant milestone DG COMP organised a conference, bringing together experts from across the competition field. Building on such momentum the conference was designed to take stock, reflect on what the 2004 reform has meant as well as look forward to what the future may entail. This brief seeks to capture and summarise some of the many highlights and interesting discussions of the day (in words and pictures).

thyssenkrupp v Commission

The Commission takes note of the judgement of the Court of Justice of the European Union upholding the 2019 Commission’s decision that prohibited the creation of a joint venture by Tata Steel and ThyssenKrupp under the EU Merger Regulation (‘EUMR’).
With this judgment, the Court of Justice upholds a “gap case” prohibition under the EUMR, meaning a case where the merger is found to lead to a significant impediment to effective competition despite the fact that the merged entity is not found to be dominant in the relevant market. The Court thus confirms the Commission’s framework of review to examining potential anticompetitive effects stemming from mergers between close but non-dominant competitors.
See also Curia's press release (in PDF format).

Commission approves acquisition of Kinetics by Exyte"""),
 dict(id="ec-competition-newsroom-mergers-kustomer-nuance-2022",
      source="https://ec.europa.eu/newsroom/comp/items/topic/2390?page=8", licence=EC,
      attribution=ecattr("Newsroom, Competition: Mergers (page 9 of the listing)", "https://ec.europa.eu/newsroom/comp/items/topic/2390?page=8"),
      published=None, title="Competition newsroom: Mergers (AEGON/VIG veto; Meta/Kustomer; Prince/Ferro; Hyundai Heavy Industries/DSME; Microsoft/Nuance)",
      sector="insurance, tech, chemicals, shipbuilding (merger control)", region="mixed", topics=["deal", "regulatory"], truncated=True,
      origin="ec.europa.eu competition newsroom listing (search tool page store)",
      notes="A listing page of short newsroom items, kept as one text; a site widget ('Mergers / See, in a handy, user-friendly manner the interventions of DG COMP ...', with a garbled date) and the last item's cut-off second sentence left out. "
            "No dates on the page ('published' null).",
      text="""The European Commission has concluded that Hungary's decision to veto the acquisition of the Hungarian subsidiaries of the AEGON Group by Vienna Insurance Group AG Wiener Versicherung Gruppe (VIG) breached Article 21 of the EU Merger Regulation (EUMR), which confers upon the Commission exclusive competence for concentrations having Union dimension.
The European Commission has today approved under the EU Merger Regulation the proposed acquisition of Kustomer by Meta (formerly Facebook). The approval is conditional on full compliance with commitments offered by Meta.
The European Commission has approved, under the EU Merger Regulation, the proposed acquisition of Ferro by Prince, both active in the manufacturing of mineral-based chemicals and industrial additives and products. The approval is conditional on full compliance with commitments offered by Prince.
The European Commission has prohibited, under the EU Merger Regulation, the acquisition of Daewoo Shipbuilding & Marine Engineering CO., Ltd (DSME) by Hyundai Heavy Industries Holdings (HHIH). The merger between the two South Korean shipbuilders would have created a dominant position by the new merged company and reduced competition in the worldwide market for the construction of large liquefied gas (‘LNG') carriers (‘LLNGCs'). The parties did not formally offer remedies to address the Commission's concerns.
See also Remarks by Executive Vice-President Vestager on the Commission decision to prohibit the proposed acquisition of Daewoo Shipbuilding & Marine Engineering by Hyundai Heavy Industries Holdings.
The European Commission has approved unconditionally, under the EU Merger Regulation, the proposed acquisition of Nuance Communications, Inc. by Microsoft Corporation."""),
 dict(id="ec-competition-newsroom-mergers-siemens-gamesa-2016",
      source="https://ec.europa.eu/newsroom/comp/items/topic/2390?page=18", licence=EC,
      attribution=ecattr("Newsroom, Competition: Mergers (page 19 of the listing)", "https://ec.europa.eu/newsroom/comp/items/topic/2390?page=18"),
      published=None, title="Competition newsroom: Mergers (Siemens/Gamesa; Commission v Hansestadt Lübeck; Competition Merger Briefs)",
      sector="energy equipment, airports, logistics (merger control)", region="non-US", topics=["deal", "regulatory"], truncated=True,
      origin="ec.europa.eu competition newsroom listing (search tool page store)",
      notes="A listing page of short newsroom items, kept as one text; navigation lines and the last, cut-off item (AkzoNobel/BASF coatings business) left out. 'published' null (items dated only in the text).",
      text="""Commission clears acquisition of Gamesa by Siemens

The European Commission has cleared unconditionally under the EU Merger Regulation the proposed acquisition of wind turbine manufacturer Gamesa by Siemens. The Commission found that the transaction raises no competition concerns, because a number of credible competitors would remain in the market.

Case C‑524/14 P European Commission vs. Hansestadt Lübeck

The Court of Justice ruled on the Commission' appeal against an earlier General Court ruling that had annulled a Commission decision of 2012. The 2012 decision had extended the scope of a state aid investigation into public measures in favour of Lübeck airport and airlines flying from it. Lübeck airport brought an action for annulment against the 2012 extension decision. The General Court annulled the decision with regard to one measure: Lübeck airport's 2006 schedule of airport charges. The 2012 decision had found that the schedule selectively favoured airlines flying from Lübeck airport over competing airlines flying from other nearby airports, such as Hamburg. The General Court held that the schedule was not selective because it was open to all airlines willing to fly from Lübeck airport. The Court of Justice has now confirmed the General Court's findings.

Competition Merger Brief 4/2016 published

The Competition Merger Brief 4/2016 is available, covering the cases M.7630 FedEx/TNT, M.7881 ABI/SAB, M.7744 Heidelbergcement/Italcementi and M.7893 Plastic Omnium/Faurecia Exterior Business case

New Competition merger brief

29/11/2016 - The European Commission just published a new Competition merger brief (Number 3/2016) reporting about recent developments in telecoms mergers"""),
 dict(id="ec-clears-acquisition-athens-international-airport-avialliance-2023",
      source="https://www.aviation24.be/airports/athens-airport-ath/athens-airport-falls-under-german-ownership/", licence=EC,
      attribution="© European Union, European Commission daily news item 'European Commission clears acquisition of Athens International Airport by AviAlliance' (reuse authorised under CC BY 4.0), as reproduced at https://www.aviation24.be/airports/athens-airport-ath/athens-airport-falls-under-german-ownership/",
      published="2023-11-22", title="European Commission clears acquisition of Athens International Airport by AviAlliance", sector="airports", region="non-US",
      topics=["deal", "regulatory"], truncated=False, origin="European Commission text via aviation24.be (search tool page store)",
      notes="The Commission's clearance text as the aviation news site reproduced it (the site's own headline is the Commission item's heading, kept as title); 'published' is the site's date for the item.",
      text="""The European Commission has approved, under the EU Merger Regulation, the acquisition of sole control of Eleftherios Venizelios Athens International Airport S.A. of Greece by AviAlliance GmbH of Germany.

The transaction relates primarily to the airport services market.

The Commission concluded that the notified transaction would not raise competition concerns, given that the companies are not active in the same or vertically related markets. The notified transaction was examined under the simplified merger review procedure."""),
 dict(id="ec-approves-merger-british-airways-iberia-2010",
      source="https://www.europeansources.info/record/press-release-mergers-commission-approves-merger-between-british-airways-and-iberia", licence=EC,
      attribution="© European Union, European Commission press release IP/10/938 'Mergers: Commission approves merger between British Airways and Iberia' (14 July 2010), reuse authorised (Commission Decision 2011/833/EU; CC BY 4.0), summary as recorded at https://www.europeansources.info/record/press-release-mergers-commission-approves-merger-between-british-airways-and-iberia",
      published="2010-07-14", title="Mergers: Commission approves merger between British Airways and Iberia", sector="airlines", region="non-US",
      topics=["deal", "regulatory"], truncated=True, origin="European Commission press release summary via europeansources.info (search tool page store)",
      notes="The press release's lead paragraph as the record quotes it; the record's metadata lines and related links left out.",
      text="""The European Commission has cleared under the EU Merger Regulation the proposed merger between British Airways of the UK and Iberia of Spain, both active in air passenger and cargo transport and related services. The Commission concluded that the transaction would not significantly impede effective competition in the European Economic Area (EEA) or any substantial part of it."""),
 dict(id="fdic-mb-financial-bank-assumes-deposits-heritage-community-bank-2009",
      source="https://www.elitetrader.com/et/threads/fdic-friday-2009.151146/page-2", licence=PD,
      attribution="U.S. Federal Deposit Insurance Corporation press release 'MB Financial Bank, N.A., Chicago, Illinois, Assumes All of the Deposits of Heritage Community Bank, Glenwood, Illinois' (February 27, 2009), as reproduced at https://www.elitetrader.com/et/threads/fdic-friday-2009.151146/page-2",
      published="2009-02-27", title="MB Financial Bank, N.A., Chicago, Illinois, Assumes All of the Deposits of Heritage Community Bank, Glenwood, Illinois",
      sector="banking", region="US", topics=["deal", "regulatory"], truncated=True, origin="FDIC press release via a forum post (search tool page store)",
      notes="The FDIC release as a forum user pasted it; the poster's line, 'FOR IMMEDIATE RELEASE', date and media-contact lines left out; cut at the last full sentence.",
      text="""Heritage Community Bank, Glenwood, Illinois, was closed today by the Illinois Department of Financial Professional Regulation, Division of Banking, which appointed the Federal Deposit Insurance Corporation (FDIC) as receiver. To protect the depositors, the FDIC entered into a purchase and assumption agreement with MB Financial Bank, N.A., Chicago, Illinois, to assume all of the deposits of Heritage Community Bank.

The four offices of Heritage Community Bank will reopen as branches of MB Financial Bank on Saturday. Depositors of Heritage Community Bank will automatically become depositors of MB Financial Bank. Deposits will continue to be insured by the FDIC, so there is no need for customers to change their banking relationship to retain their deposit insurance coverage. Customers of both banks should continue to use their existing branches until MB Financial Bank can fully integrate the deposit records of Heritage Community Bank.

Over the weekend, depositors of Heritage Community Bank can access their money by writing checks or using ATM or debit cards. Checks drawn on the bank will continue to be processed. Loan customers should continue to make their payments as usual.

As of December 5, 2008, Heritage Community Bank had total assets of $232.9 million and total deposits of $218.6 million. In addition to assuming all of the deposits of the failed bank, including those from brokers, MB Financial Bank agreed to purchase approximately $230.5 million in assets at a discount of $14.5 million."""),
 dict(id="crs-regional-bank-failures-2023-federal-response-2023",
      source="https://www.everycrsreport.com/reports/R47658.html", licence=PD,
      attribution="Congressional Research Service, David H. Carpenter and Michael D. Contino, 'Financial Institution Insolvency and the Federal Response to the Regional Bank Failures of 2023', R47658 (August 21, 2023), as reproduced at https://www.everycrsreport.com/reports/R47658.html",
      published="2023-08-21", title="Financial Institution Insolvency and the Federal Response to the Regional Bank Failures of 2023",
      sector="banking", region="US", topics=["deal", "regulatory"], truncated=True, origin="CRS report summary via everycrsreport.com (search tool page store)",
      notes="The report's summary; the title block and author sidebar that the PDF-to-text conversion interleaved with the first lines were removed and the broken lines joined; cut at the last full sentence.",
      text="""Three high-profile regional banks collapsed suddenly in the United States during the first half of 2023. On March 10, 2023, the California Department of Financial Protection and Innovation (California DFPI) closed Silicon Valley Bank (SVB). Two days later, the New York State Department of Financial Services shut down Signature Bank. In early May, the California DFPI closed First Republic Bank (First Republic). These closures reflect the second- (First Republic), third- (SVB), and fourth- (Signature Bank) largest bank failures in U.S. history.
Following each bank failure, those state financial regulators appointed the Federal Deposit Insurance Corporation (FDIC) as receiver. Congress empowers the FDIC, as the nation’s deposit insurer, to resolve failed insured depository institutions (IDIs) with the primary objectives of protecting insured depositors and the Deposit Insurance Fund (DIF). The FDIC entered agreements under which three different healthy banks took over the failed banks. First-Citizens acquired all of SVB’s deposits and approximately $72 billion in assets at a discount, and entered a loss-share agreement with the FDIC regarding SVB’s commercial loans. Flagstar Bank purchased substantially all of Signature Bank’s deposits and approximately $38.4 billion of its assets, including certain loan portfolios at a discount. JPMorgan Chase purchased all of First Republic’s deposits and substantially all of its assets, and entered into a loss-share agreement with the FDIC involving First Republic’s commercial, residential, and single-family loans. The FDIC will continue to operate the portions of the institutions that it retained until they are fully liquidated and otherwise wound-down."""),
 dict(id="gov-uk-new-permanent-secretary-scottish-government-appointed-2025",
      source="https://www.ukpol.co.uk/tag/cabinet-office/page/5", licence=OGL,
      attribution=ogl("Cabinet Office", "New Permanent Secretary to the Scottish Government appointed", "7 March 2025", "https://www.ukpol.co.uk/tag/cabinet-office/page/5"),
      published="2025-03-07", title="New Permanent Secretary to the Scottish Government appointed", sector="government (civil service)", region="non-US",
      topics=["leadership"], truncated=True, origin="UK government press release via ukpol.co.uk (search tool page store)",
      notes="The Cabinet Office press release as ukpol.co.uk reproduces it (gov.uk content is under the Open Government Licence v3.0); the site's heading and 'The press release issued by the Cabinet Office on 7 March 2025.' line left out; cut at the last full sentence.",
      text="""Joe Griffin has been appointed as the new Permanent Secretary to the Scottish Government. Joe, who is currently Director General, Strategy & External Affairs in the Scottish Government, was chosen following an open and fair competition chaired by the First Civil Service Commissioner. The appointment has been made by the First Minister of Scotland in agreement with the UK Cabinet Secretary. Joe will take up the post on 7 April 2025.

First Minister John Swinney said:

My thanks go to JP Marks for his devoted public service and leadership of the Civil Service. My Cabinet and I are grateful for the invaluable advice he has provided during his time at the Scottish Government. I join with so many across the Scottish public sector and beyond in wishing JP every success in his new role at HMRC.

I welcome Joe Griffin’s appointment as Permanent Secretary to the Scottish Government. He brings a wealth of experience to this role from his distinguished career in the Civil Service. I know from his record of delivery, not least on the massive expansion of early learning and childcare which he led, that Joe will deliver an unyielding focus on delivering for the people of Scotland.

Cabinet Secretary Sir Chris Wormald said:

I would like to congratulate Joe on his appointment. He brings extensive experience from his roles at Scottish Government, including as Director General for Strategy and External Affairs and previously Director General for Education and Justice. Joe is well placed to lead the organisation and provide excellent support to Ministers.

I would like to thank JP Marks for his leadership of the Scottish Government over the last three years."""),
 dict(id="gov-uk-new-government-chief-commercial-officer-announced-2025",
      source="https://www.ukpol.co.uk/tag/cabinet-office/page/6", licence=OGL,
      attribution=ogl("Cabinet Office", "New Government Chief Commercial Officer announced", "4 February 2025", "https://www.ukpol.co.uk/tag/cabinet-office/page/6"),
      published="2025-02-04", title="New Government Chief Commercial Officer announced", sector="government (procurement)", region="non-US",
      topics=["leadership"], truncated=True, origin="UK government press release via ukpol.co.uk (search tool page store)",
      notes="The Cabinet Office press release as ukpol.co.uk reproduces it (Open Government Licence v3.0); the site's heading and 'The press release issued by ...' line left out; cut before the cut-off quotation.",
      text="""Andrew Forzani has been appointed Government Chief Commercial Officer to steer the cross-government commercial community in delivering the Plan for Change.

Following an open and fair recruitment process, Andrew Forzani, has been appointed as the new UK Government Chief Commercial Officer.

The appointment comes as the government prepares to introduce the Procurement Act 2023 this month and publish an updated National Procurement Policy Statement.

Andrew’s experience of over 30 years in commercial, procurement and supply chain management will be invaluable in steering the cross-government commercial community to deliver the Plan for Change.

He will focus over 6,000 commercial professionals who are managing and influencing £176 billion of procurement spend on vital goods and services, into delivering for working people, ensuring every pound spent of taxpayer money delivers for the public.

From roads and trains to defence equipment and energy, government procurement is present in millions of everyday lives. By refocusing and reimagining the way we do public procurement, we can rebuild Britain in a decade of national renewal.

Andrew is currently the Director General Commercial at the Ministry of Defence (MOD), prior to joining the MOD in 2017 he was the Chief Commercial Officer at the Department for Work and Pensions (DWP)."""),

 dict(id="acma-telstra-penalised-disruption-emergency-call-support-service-2025",
      source="https://www.acma.gov.au/articles/2025-06/telstra-penalised-disruption-emergency-call-support-service", licence=CC4,
      attribution=acma("Telstra penalised for disruption to emergency call support service", "https://www.acma.gov.au/articles/2025-06/telstra-penalised-disruption-emergency-call-support-service"),
      published=None, title="Telstra penalised for disruption to emergency call support service", sector="telecoms", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="acma.gov.au (search tool page store)",
      notes="First ~2,000 characters; 'Skip to main content' and an image description left out; cut at the last full sentence. The address dates it to June 2025 (no day), so 'published' is null.",
      text="""Telstra has committed to an independent review after it mistakenly disabled the connection to the emergency call relay service used by people with hearing and speech impairments.

An Australian Communications and Media Authority (ACMA) investigation found the 106 emergency call service number was inadvertently made unavailable for 12 hours and 46 minutes between 5 and 6 July 2024 following a server migration process.

ACMA member and consumer lead Samantha Yorke said that the ACMA takes any disruption to an emergency call service very seriously given there could be devastating consequences for members of the public.

“This mistake could have contributed to very serious harm if someone who relies on this service had needed emergency assistance but was unable to get through,” Ms Yorke said.

“Fortunately, the records show no one attempted to use the 106 service for an emergency during the time the service was disabled.”

Under emergency call service rules, carriers must maintain the proper and effective functioning of their networks and facilities that are used to carry emergency calls.

Telstra has given the ACMA a court-enforceable undertaking to improve its relevant change management processes and engage an independent reviewer to look at the range of operational arrangements that support reliable delivery of the 106 emergency call service.

Telstra will implement any reasonable recommendations of the review, develop and provide staff training, and report regulatory to the ACMA on its progress implementing these undertakings.

Telstra has also paid a penalty of $18,780, the maximum the ACMA could impose under the circumstances.

Telco compliance with emergency call rules and the safeguarding of emergency call services is one of the ACMA’s 2024–25 compliance priorities."""),
 dict(id="ec-competition-newsroom-mergers-altice-booking-2023",
      source="https://ec.europa.eu/newsroom/comp/items/topic/2390?page=4", licence=EC,
      attribution=ecattr("Newsroom, Competition: Mergers (page 5 of the listing)", "https://ec.europa.eu/newsroom/comp/items/topic/2390?page=4"),
      published=None, title="Competition newsroom: Mergers (Altice Group Lux v Commission; Merger Brief on sustainability; Booking/eTraveli prohibited)",
      sector="telecoms, travel (merger control)", region="mixed", topics=["deal", "regulatory"], truncated=True,
      origin="ec.europa.eu competition newsroom listing (search tool page store)",
      notes="A listing page of short newsroom items, kept as one text; navigation lines and a cut-off 'See also Remarks' line left out; list bullets kept as '•' lines. No dates on the page ('published' null).",
      text="""Altice Group Lux v Commission

The Commission takes note of the judgment of the Court of Justice of the European Union upholding its 2018 decision, while slightly reducing the amount of the fine for the breach of the notification requirement.
In its 2018 decision, the Commission found that Altice breached both the notification requirement and the standstill obligation laid down in the EU Merger Regulation by implementing its acquisition of the Portuguese telecommunications operator PT Portugal prior to notification and approval by the Commission.
In its judgment, the Court fully upheld the Commission’s finding that certain provisions of the purchase agreement resulted in Altice acquiring the legal right to exercise decisive influence over PT Portugal and that the company actually exercised such influence in several instances, in breach of the EU Merger Regulation.
With regard to the calculation of the fine, the Commission will carefully study the judgment.

Competition Merger Brief: focus on sustainability

The latest Merger Brief issue focuses on sustainability related aspects in EU merger control and contains the following articles:

• EU Green Mergers & Acquisitions Deals – How Merger Control Contributes to a Sustainable Future;
• Norsk Hydro / Alumetal and KPS Capital Partners / Real Alloy: “Greening” Aluminium
• Sika / MBCC: Cementing Sustainability - Cutting Carbon through Chemistry

Commission prohibits proposed acquisition of eTraveli by Booking

The European Commission has prohibited, under the EU Merger Regulation, the proposed acquisition of Flugo Group Holdings AB by Booking Holdings. The acquisition would have allowed Booking to strengthen its dominant position on the market for hotel online travel agencies (‘OTAs') in the European Economic Area. Booking did not offer remedies that were sufficient to address these concerns."""),
 dict(id="ec-competition-newsroom-mergers-grail-aon-air-europa-2021",
      source="https://ec.europa.eu/newsroom/comp/items/topic/2390?page=9", licence=EC,
      attribution=ecattr("Newsroom, Competition: Mergers (page 10 of the listing)", "https://ec.europa.eu/newsroom/comp/items/topic/2390?page=9"),
      published=None, title="Competition newsroom: Mergers (Illumina/GRAIL; Aon/Willis Towers Watson; IAG/Air Europa)",
      sector="health tech, insurance brokerage, airlines (merger control)", region="mixed", topics=["deal", "regulatory"], truncated=True,
      origin="ec.europa.eu competition newsroom listing (search tool page store)",
      notes="A listing page of short newsroom items, kept as one text; navigation lines and the last, cut-off item (Multilateral Working Group consultation) left out. No dates on the page ('published' null).",
      text="""Commission opens in-depth investigation into proposed acquisition of GRAIL by Illumina

The European Commission has opened an in-depth investigation to assess the proposed acquisition of GRAIL by Illumina, under the EU Merger Regulation. The Commission is concerned that the proposed acquisition may reduce competition and innovation in the emerging market for the development and commercialisation of cancer detection tests based on sequencing technologies.

Commission clears acquisition of Willis Towers Watson by Aon, subject to conditions

The European Commission has approved, under the EU Merger Regulation, the acquisition of Willis Towers Watson (‘WTW') by Aon. The approval is conditional on full compliance with a substantial set of commitments offered by Aon, including the divestment of central parts of WTW's business to the international brokerage company Arthur J. Gallagher (‘Gallagher'). The commitments will strengthen Gallagher in its capabilities in reinsurance and commercial risk brokerage and improve its footprint in the European Economic Area (‘EEA'). It will thus become a credible alternative to the combined entity post-transaction.

Commission opens in-depth investigation into proposed acquisition of Air Europa by IAG

The European Commission has opened an in-depth investigation to assess the proposed acquisition of Air Europa by IAG, under the EU Merger Regulation. The Commission is concerned that the proposed transaction may reduce competition in the markets for passenger air transport services on Spanish domestic routes and on international routes to and from Spain."""),
 dict(id="gov-uk-sale-green-investment-bank-completed-2017",
      source="http://www.energybrokers.co.uk/news/tag/news-story", licence=OGL,
      attribution=ogl("Department for Business, Energy and Industrial Strategy (news story)", "UK government’s sale of Green Investment Bank completed", "18 August 2017", "http://www.energybrokers.co.uk/news/tag/news-story"),
      published="2017-08-18", title="UK government’s sale of Green Investment Bank completed", sector="banking/finance (green investment)", region="non-US",
      topics=["deal"], truncated=True, origin="gov.uk news story via energybrokers.co.uk (search tool page store)",
      notes="The gov.uk news story as an energy-broker site's news feed reproduces it (Open Government Licence v3.0); the feed's 'News story:' heading prefix left out; cut at the last full sentence.",
      text="""The Climate Change and Industry Minister, Claire Perry, confirmed today (18 August 2017) that the sale of the Green Investment Bank (GIB) to Macquarie Group Limited has now been completed.

The £2.3 billion deal ensures that all the taxpayer funding invested in GIB since its creation, including set-up costs, has been returned with a gain of approximately £186 million.

As well as fully meeting the government’s objectives, the deal secures the future of the GIB with an ambitious new owner committed to growing the business. The Edinburgh office will be home to a new revenue-generating business as well as providing services to the green energy portfolios of both Macquarie and GIB in the UK.

The government decided that moving it into the private sector now would free it from the constraints of public sector ownership allowing it to increase investment in our green infrastructure as we transition to a green economy. GIB’s independent Board supported the government’s decision to sell the business to Macquarie.

In order to build on the company’s success within the private sector, Macquarie and GIB have announced today that the company will now be known as the Green Investment Group (GIG) so that it will be able to make overseas investments.

Climate Change and Industry Minister Claire Perry said:

We led the world in setting up the Green Investment Bank and it is now being copied by others. Now that it’s in the private sector, it will be able to operate on an international level to tackle the global challenge of climate change. It is also perfectly placed to help us finance green initiatives for our Clean Growth Plan and realise the commitments set out in the Paris Agreement.

The green ‘special share’ held by the Green Purposes Company Limited also comes into force now."""),
 dict(id="gov-uk-new-chairs-network-rail-dfto-named-2026",
      source="https://www.wired-gov.net/wg/news.nsf/articles/new+chairs+of+network+rail+and+dfto+named+13012026101010?open", licence=OGL,
      attribution=ogl("Department for Transport", "New chairs of Network Rail and DFTO named", "13 January 2026", "https://www.wired-gov.net/wg/news.nsf/articles/new+chairs+of+network+rail+and+dfto+named+13012026101010?open"),
      published="2026-01-13", title="New chairs of Network Rail and DFTO named", sector="rail", region="non-US",
      topics=["leadership"], truncated=True, origin="UK government press release via wired-gov.net (search tool page store)",
      notes="The Department for Transport press release as the government-news aggregator reproduces it (Open Government Licence v3.0); 'published' from the aggregator's item id (13012026), consistent with 'yesterday (12 January 2026)'; cut at the last full sentence.",
      text="""Richard George and Sir Andrew Haines bring extensive experience to help improve passenger experience and operational performance we will see under Great British Railways.

Secretary of State appoints new chairs of Network Rail and DFTO at pivotal time for industry

appointees will draw on their significant industry experience to deliver for passengers

this marks next chapter for railway as government moves closer to establishment of Great British Railways

Two key rail leaders were yesterday (12 January 2026) appointed to oversee the railways at a monumental time for the industry.

Richard George has been appointed Chair of Network Rail, the public body that owns, operates, maintains and develops Britain’s railway infrastructure.

Sir Andrew Haines will become Chair of Department for Transport Operator Limited (DFTO), the government body bringing all currently privately-owned train services into public ownership ahead of the creation of Great British Railways (GBR).

With significant experience in the rail industry, both appointees will support the government’s mission to bring together track and train – delivering a better service for passengers.

Richard has 45 years of experience operating at the most senior level in the UK transport industry and is the current chair of DFTO. His extensive career includes roles as Managing Director of Great Western Trains and HS1 Project Director for Eurostar, as well as an advisor to DfT on matters relating to rail performance and investment in the north of England. Prior to privatisation, Richard had 20 years of railway management experience with British Rail.

Sir Andrew has overseen rail and transport at the highest level, most recently as CEO of Network Rail between 2018 and 2025, where he maintained a strong focus on putting passengers first and driving improved performance."""),
]


def main():
    write_all(RECS, POOL)


if __name__ == "__main__":
    main()
