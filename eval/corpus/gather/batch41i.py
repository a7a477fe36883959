#!/usr/bin/env python3
"""Batch 41i (session 42; gatherer 41i): the OGL regulators' lane of batches 18a, 27c, 35g, 39n and 41g, asked for
Ofgem (and, if licensed the same way, Ofwat, Ofcom and DWI) releases on named companies' SERVICE FAILURES (power cuts
after storms, gas supply incidents, water supply interruptions, telecoms outages). Every Ofgem release on an outage
that the page store returned tells an event the corpus already holds (Storm Arwen, the Shetland incident of December
2022, the Sheffield gas incident, 9 August 2019, the Christmas 2013 storms, the October 2002 storms, North Hyde); see
GATHERING section 41i. Two Ofgem releases new to the corpus were taken, both near-misses (no outage told):
- Ofgem opening an investigation into National Grid Electricity Transmission plc and SP (Scottish Power) Transmission
  plc over the late delivery and the operation of the Western HVDC subsea cable, their joint venture (28 January 2020);
- National Grid paying £3m to the fuel poverty charity National Energy Action after missing its target for repairing
  non-urgent gas escapes on three of its four gas distribution networks in 2013/14 and 2014/15, Ofgem's acting senior
  partner for networks Maxine Frerk quoted (undated in the excerpt; March 2016 by a trade report's address).
Both texts are the search tool's page-store excerpts (corpus `pages`) of the releases on ofgem.gov.uk, embedded here;
cuts per item in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch41i.py [POOL_DIR] [--dry]   (default /tmp/gather42i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec
from batch41g import ORIGIN, CHECKED, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42i/pool"
LIC_NOTE = ("Licence: Ofgem publishes its material under the OGL v3.0 except where otherwise stated (as batches 18a, "
            "18a2, 27c, 35g, 39n and 41g recorded; not shown in the excerpt - the same doubtful point as before). ")


R = []
# ---- Ofgem: investigation into NGET and SPT over the Western HVDC subsea cable (28 January 2020) -------------------
t = ("Ofgem opens investigation into National Grid and Scottish Power Transmission over delivery and ongoing "
     "operation of Western HVDC subsea cable")
u = ("https://ofgem.gov.uk/press-release/ofgem-opens-investigation-national-grid-and-scottish-power-transmission-over-"
     "delivery-and-ongoing-operation-western-hvdc-subsea-cable")
R.append(uk_rec("ofgem-press-release-investigation-nget-spt-western-hvdc-subsea-cable-2020", u, "2020-01-28", t,
 OGL, att(t, "28 January 2020", u),
 "Ofgem has launched an investigation into National Grid Electricity Transmission plc and SP (Scottish Power) Transmission plc for the delivery and operation of the Western high-voltage direct current (HVDC) subsea cable.\n\n"
 "The Western HVDC is a £1.3 billion subsea cable that transports electricity between Scotland, Wales and England. The project was undertaken by a joint venture between National Grid Electricity Transmission and Scottish Power Transmission.\n\n"
 "The investigation will review the performance of National Grid Electricity Transmission and Scottish Power Transmission in delivering the cable. It will consider whether its late delivery means they breached special licence condition 6I, which specifies the expected delivery date of the Western HVDC subsea cable. Additionally the investigation will consider compliance with standard licence condition D (provision of transmission services) and section 9(2) of the Electricity Act 1989 (provision of economical, efficient and co-ordinated services).\n\n"
 "The investigation will also examine potential breaches relating to the operation of the cable.\n\n"
 "The opening of this investigation does not imply that we have made any findings about non-compliance by National Grid Electricity Transmission or Scottish Power Transmission.",
 "utilities/electricity transmission", "UK", "regulatory,near-miss",
 "The excerpt starts at the body (no heading or page furniture in it). Single line breaks doubled (whitespace "
 "only). Cut at the end: the media contact ('Michelle Amos: 020 7901 1881', 'Media out of hours mobile: ...') and "
 "Ofgem's standard closing paragraphs (consumer advice, Citizens Advice helpline, social media, consumer affairs "
 "contact, 'For all other non-media related enquiries, please visit our Contact us p' - the excerpt breaks off "
 "there); the release's body is whole, so `truncated` false. `title` made from the page's address (the excerpt "
 "shows no heading; news copies head it 'Ofgem opens investigation into Western HVDC subsea cable' and the like). "
 "`published` 28 January 2020: no date in the excerpt; seekingalpha's report is dated 2020-01-28, energylivenews' "
 "address carries 2020/01/28, and sharecast and Reuters (via scotlandagainstspin, 29 January) have Ofgem saying it "
 "'on Tuesday' (28 January 2020). Kept as written: 'SP (Scottish Power) Transmission plc', 'special licence "
 "condition 6I'. No outage: the text tells late delivery and an investigation into 'potential breaches relating to "
 "the operation of the cable'; the cable's outages (tdworld's and energylivenews' reports: an unplanned outage from "
 "10 January 2020) are not in this text - a near-miss. " + LIC_NOTE +
 "Found with 'Ofgem investigation loss of supply transmission fault Scottish Hydro Electric Transmission SP "
 "Transmission customers disconnected' (rank 2) and 'Ofgem opens investigation National Grid Scottish Power "
 "Transmission Western HVDC subsea cable late delivery special licence condition 6I' (rank 1). One text per event: "
 "news and trade copies (tdworld, seekingalpha, sharecast, energylivenews, scottishconstructionnow, newpower) left "
 "out. " + CHECKED + "'Western HVDC', 'Western Link', 'Scottish Power Transmission', 'SP Transmission', 'Michelle "
 "Amos' - no file; 'HVDC' - two Wikipedia texts on Tasmania and Bangladesh, other subjects; 'National Grid "
 "Electricity Transmission' - the dev Hansard text on the Heathrow substation outage and batch 14's scripts, other "
 "events. The investigation is new to the corpus.",
 ORIGIN, truncated=False))
# ---- Ofgem: National Grid pays £3m after failing to meet gas network repair targets (undated; March 2016) ---------
t = "National Grid agrees to pay out £3m after failing to meet gas network repair targets"
u = "https://www.ofgem.gov.uk/publications-and-updates/national-grid-agrees-pay-out-3m-after-failing-meet-gas-network-repair-targets"
R.append(uk_rec("ofgem-press-release-national-grid-pays-3m-gas-network-repair-targets-nea", u, None, t,
 OGL, att(t, None, u),
 "National Grid has agreed with Ofgem to pay out £3m to fuel poverty charity National Energy Action (NEA) after failing to meet the target for repairing non-urgent gas escapes on its gas distribution networks.\n\n"
 "Ofgem has also cut the amount of revenue National Grid can earn from its gas distribution networks by £2m after the company failed to meet targets on customer satisfaction.\n\n"
 "National Grid missed the target for carrying out non-urgent repairs on three of its four distribution networks. The target was missed for the two years 2013/14 and 2014/15. National Grid has assured Ofgem that no lives were put at risk by their failure to meet this output.\n\n"
 "NEA is a national charity helping to eradicate fuel poverty. Ofgem shares the Government’s aim to cut the number of customers in fuel poverty.\n\n"
 "Maxine Frerk, acting senior partner, networks, Ofgem, said: “National Grid recognises that it did not have proper management processes in place to meet these targets. National Grid has assured Ofgem that it has taken sufficient action to ensure they can be achieved in the future.  This pay-out is a signal to all energy network companies that they must meet outputs in their price control and deliver good service for customers.”",
 "utilities/gas", "UK", "regulatory,near-miss",
 "The heading (kept as title) and the page furniture ('Press release', 'Publication date', 'Industry sector', "
 "'Distribution Network') left out; paragraphs as the excerpt has them. Cut at the end: the 'Notes to editors' "
 "heading and its note 1 ('All gas distribution networks (GDNs) are required through legislation to attend gas "
 "escapes as soon is reasonably practicable. ... GDNs must monitor non-urgent gas escapes until they can co' - the "
 "excerpt breaks off inside it), so the text ends at Frerk's quotation (`truncated`). Kept as written: the two "
 "spaces before 'This pay-out', 'pay-out', '2013/14' and '2014/15', curly quotes and apostrophe. `published` null: "
 "no date in the excerpt; newpower.info's copy sits under /2016/03/ and sharecast and Utility Week place it with "
 "Steve Holliday's retirement at the end of March 2016 - a month, not a day, so not set (as batch 39n left Ofgem's "
 "undated release). No outage: non-urgent repairs of gas escapes and customer satisfaction targets missed; no "
 "supply lost - a near-miss (the same kind as batch 39n's callout-targets release, another company and period). "
 + LIC_NOTE + "Found with 'Ofgem statement water ingress gas main households without gas SGN Wales West Utilities "
 "Northern Gas Networks compensation per day' (rank 7) and 'National Grid agrees to pay out £3m National Energy "
 "Action non-urgent gas escapes Maxine Frerk acting senior partner networks' (rank 2). One text per event: news "
 "copies (newpower, Utility Week, sharecast) left out. " + CHECKED + "'Maxine Frerk', 'non-urgent', 'repair "
 "targets', 'gas network repair', 'gas escapes' - no file; 'National Energy Action' - batch 16f's Hansard bill "
 "committee text (train, 2018) and an Energy Security and Net Zero Committee text (train, 2023), other subjects. "
 "The payment is new to the corpus.",
 ORIGIN))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
