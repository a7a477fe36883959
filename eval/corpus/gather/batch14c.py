#!/usr/bin/env python3
"""Batch 14c: three more UK Parliament texts (Open Parliament Licence v3.0), gathered after batch 14b's post-annotation
check had run newskg on the train and dev files of 14 and 14b, never on these: a Treasury Committee news item on the
NatWest and Barclays online-banking failures of September 2018, and two near-misses (the International Stock
Exchange's systems in the 1987 crash; British Telecom's telephone preference scheme). Same origin, edits and record
layout as batch14.py.
usage: batch14c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch14 import rec, HH

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
R.append(rec("uk-parliament-treasury-committee-natwest-barclays-service-failures-2018", "https://committees.parliament.uk/committee/158/treasury-committee/news/98897/nicky-morgan-calls-for-answers-over-service-failures-at-natwest-and-barclays/", "2018-09-21",
 "Nicky Morgan calls for answers over service failures at NatWest and Barclays", "House of Commons Treasury Committee (news item)",
 "Treasury Committee chair Nicky Morgan calls for Natwest and Barclays to respond amid service failures affecting customers over the past 24 hours.\n\n"
 "Over the past 24 hours customers of both NatWest and Barclays have been unable to access their online banking services.\n\n"
 "Rt Hon. Nicky Morgan MP, Chair of the Treasury Committee, has written to Jes Staley, Chief Executive Officer of Barclays, and Ross McEwan, Chief Executive Officer of RBS Group, to find out what has gone wrong, the extent of the failure, and how both banks intend to compensate customers who suffered losses as a result.\n\n"
 "Commenting on the correspondence, Mrs Morgan said:\n\n"
 "“This is yet another addition to the litany of failures of banking IT systems. Potentially millions of customers could be affected by uncertainty and disruption.\n\n"
 "It simply isn't good enough to expose customers to IT failures, including delays in paying bills and an inability to access their own money.\n\n"
 "High street banks justify the closure of their branch networks on the basis that they are providing a seamless online and mobile phone banking service. These justifications carry little weight if their banking apps and websites cannot be relied upon.\n\n"
 "The Bank of England has recently announced it will begin to run IT stress tests on banks. These can't come soon enough.”",
 "banking", "non-US", "outage,regulatory",
 "Page chrome ('Skip to main content'), the heading (kept as title), the date line (kept as published), the two 'Read: Correspondence to ...' link lines, the 'Chair's comment' and 'Further information' headings and the image credit left out; a single line break before 'Rt Hon.' made a paragraph break; cut at the end of the chair's comment."))
R.append(rec("hansard-lords-securities-markets-alleged-dealing-1987", HH + "lords/1987/nov/16/securities-markets-alleged-dealing", "1987-11-16",
 "Securities Markets: Alleged Dealing Difficulties", "House of Lords oral question",
 "To ask Her Majesty's Government whether they are satisfied that all investors are able to deal properly in the current volatile securities markets and, if not, what measures they propose to take.\n\n"
 "My Lords, I have no reason to believe that investors have been unable to deal properly. The International Stock Exchange considers that its central systems have coped well with exceptionally heavy volumes of trading.\n\n"
 "My Lords, I thank the noble Lord for that Answer. Is he aware that, in the early days of the crash, unit trusts apparently were not marketable and small savers investing in them were unable to sell them? Does he regard that as a satisfactory state of affairs?\n\n"
 "My Lords, I am not aware that any real problems occurred on the first day or two of the recent drop in Stock Exchange prices. The International Stock Exchange itself is investigating some allegations that market makers were refusing to answer their telephones. So far, there is no firm evidence of that actually occurring.\n\n"
 "My Lords, if there is to be wider share ownership, is it not a fundamental condition that all investors, and particulary small investors, should be able to deal properly and at the appropriate time? Is there anything in the Financial Services Act or the subsequent regulations issued by the Securities and Investments Board or any self-regulating organisation which requires market makers to make a market at all appropriate times and not to leave their telephones off the hook?",
 "stock exchanges", "non-US", "regulatory,markets",
 "Column reference, time, the procedural opening and speaker lines (Lord Peston; the Secretary of State for Trade and Industry, Lord Young of Graffham; Lord Williams of Elvel) left out; the source's 'particulary' kept; cut before the last, cut-off answer. A near-miss: the exchange's systems 'coped well'."))
R.append(rec("hansard-written-answer-telephone-services-preference-scheme-1999", HH + "written_answers/1999/apr/27/telephone-services", "1999-04-27",
 "Telephone Services", "House of Commons written answer",
 "To ask the Secretary of State for the Home Department on how many occasions the telephone preference scheme and the access overload control scheme have been used in each of the last 20 years; which categories of user were disconnected in each case; and if he will make a statement.\n\n"
 "Since 1987, the preference scheme has been activated by British Telecom, in order to relieve congestion on the network, or to overcome other network problems, on the following occasions:\n\n"
 "• August 1987: Hungerford\n• October 1987: South East England\n• December 1988: Lockerbie\n• January 1990: Southern England\n• December 1990: Midlands\n• February 1993: Welford upon Avon\n• June 1993: Chadford.\n\n"
 "On each occasion the public telephone service was restricted to essential users in the emergency services, central and local government, public call boxes and certain categories of people at risk, such as on kidney dialysis machines or in residential homes which have difficulties of access. Normal service was restored as soon as possible. Records prior to 1987 are no longer available.\n\n"
 "The access overload control scheme was established in November 1989. The scheme has been activated on the following occasions:\n\n"
 "• December 1989: M6 Motorway\n• June 1990: Knebworth (invoked in error)\n• April 1997: Aintree\n• April 1997: Crewe\n• April 1997: Gatwick\n• April 1997: Leeds.\n\n"
 "Priority was given, in each case, to the emergency services and other essential users. The general public continued to have access to the network, limited at times by the number of essential user calls being made.",
 "telecoms", "non-US", "outage,regulatory",
 "Column reference, speaker lines (Mr. Beith, Mr. George Howarth) and the question reference number [82445] left out. A near-miss: service restricted on purpose to relieve congestion."))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
