#!/usr/bin/env python3
"""Batch 34h gold annotations (the 3 texts of batch34h.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). All texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates), so a day and month without a year ('18 July') gives neither a date item nor
an outage day.
Conventions for a government-ordered internet shutdown (following the corpus's Egypt 2011 shutdown text): each
shutdown the text tells apart is one outage, provider null (the text names the body that ordered it, not an operator
whose systems failed), cause 'government order' or the text's short reason, location the country, affected only
named services the text says were cut or blocked in it; the internet itself and unnamed ISPs or '4G networks' are no
entity. An app ban or a call to block an app, with no service said lost, is a near-miss (no outage).
usage: batch34h_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather35h/pool /tmp/gather35h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, svc, locs, people
import batch10_annotate as b10


A = {}
# ---- Iran, 2019 ------------------------------------------------------------------------------------------------------
A["wp-2019-internet-blackout-in-iran"] = dict(
 # Iran -> Location; 'ordered by the Supreme National Security Council and imposed by the Ministry of ICT' -> two
 # Organizations (government bodies); 'the National Information Network' (what citizens could still reach) ->
 # Service; 'Mohammad-Javad Jahromi' -> Person (no title in the text); 'the United States Department of the Treasury',
 # NetBlocks (a monitor the text quotes) -> Organization; 'Doug Madory, the director of Internet analysis at Oracle'
 # -> Person, Company and a role (title vocabulary: director); Toosheh (used to get news) -> Service; the Internet, VPNs, social media -> nothing
 entities=[E("Location", "Iran"), E("Organization", "Supreme National Security Council"),
           E("Organization", "Ministry of ICT"), E("Service", "National Information Network"),
           E("Person", "Mohammad-Javad Jahromi"), E("Organization", "United States Department of the Treasury"),
           E("Organization", "NetBlocks"), E("Person", "Doug Madory"), E("Company", "Oracle"),
           E("Service", "Toosheh")],
 roles=[R("Doug Madory", "director", "Oracle")],
 relations=[],
 # one outage: the week-long total shutdown; provider null (ordered by the council, imposed by the ministry, which
 # run no network the text names; doubtful: the Ministry of ICT could be read as the provider); 'week-long' -> 168
 # hours (doubtful: a round week); no day in the text (the infobox's 16-23 November was cut); affected none named
 outages=[O(None, "2019", [], dur=168, loc="Iran", cause="ordered by the Supreme National Security Council")],
 # '2019' (the title phrase 'The 2019 Internet blackout', 'The 2019 blackout'); the range '2019\u20132020' (the
 # protests) -> not listed (a span of two years, no single value)
 dates=[D("2019", "2019")])

# ---- Iran, 2025 ------------------------------------------------------------------------------------------------------
A["wp-2025-internet-blackout-in-iran"] = dict(
 # Iran -> Location; 'cybersecurity expert Amir Rashidi' -> Person (no organisation: no role); WhatsApp (banned,
 # denied the spyware claim) and Google Play (banned) -> Service; 'the Iran\u2013Israel War', 'the Mahsa Amini
 # protests', 'Israeli', 'the Iranian opposition', the internet, social media -> nothing
 entities=[E("Location", "Iran"), E("Person", "Amir Rashidi"), E("Service", "WhatsApp"),
           E("Service", "Google Play")],
 roles=[],
 relations=[],
 # three outages told apart: the 2025 nationwide shutdown ('in the first week of the Iran\u2013Israel War': no year in
 # the text, so no date; 'social media access was blocked' is part of it, no service named); the earlier blocks 'In
 # 2019' (told again as 'In 2019, Iran imposed an Internet blackout': the same one) and in 2022 ('having done so In
 # 2019 as well as 2022'). The bans of WhatsApp and Google Play 'From 2022 to 2024' and the call to block WhatsApp:
 # no service said lost beyond a ban -> near-misses, no outage (doubtful: a ban cuts users off an app; the corpus's
 # Egypt text counts a blocked Facebook only inside a shutdown)
 outages=[O(None, None, [], loc="Iran", cause="government blocked access to the internet"),
          O(None, "2019", [], loc="Iran", cause="government blocked the internet to suppress protests"),
          O(None, "2022", [], loc="Iran", cause="government blocked the internet to suppress protests")],
 # 'In 2019'/'In 2019,' -> '2019'; 'From 2022 to 2024' -> '2022' and '2024' (also 'as well as 2022')
 dates=[D("2019", "2019"), D("2022", "2022"), D("2024", "2024")])

# ---- Bangladesh, 2024 --------------------------------------------------------------------------------------------------
A["wp-2024-bangladesh-internet-blackouts"] = dict(
 # Bangladesh, Rangpur -> Location; 'the Sheikh Hasina administration', 'the resignation of Sheikh Hasina' -> Person
 # (no title in the text: no role); 'social media establishments like Facebook, Instagram' -> Service (no owner
 # named); 'the Awami League-led government', 'Chhatra League, the student wing of Awami League' -> Organizations
 # and parentOrganization; 'the High Court' -> Organization; 'the death of Abu Sayed' -> Person; the
 # Student\u2013People's uprising, the quota reform movement, the police -> nothing
 entities=[E("Location", "Bangladesh"), E("Person", "Sheikh Hasina"), E("Service", "Facebook"),
           E("Service", "Instagram"), E("Organization", "High Court"), E("Organization", "Awami League"),
           E("Organization", "Chhatra League"), E("Person", "Abu Sayed"), E("Location", "Rangpur")],
 roles=[],
 relations=[L("Chhatra League", "parentOrganization", "Awami League")],
 # two outages told apart, both ordered by the government ('the Sheikh Hasina administration ordered internet to be
 # shut down'): the first nationwide shutdown (from 18 July; broadband back 24 July, mobile 28 July; Facebook and
 # Instagram still blocked until 31 July -> affected, doubtful) and the second shutdown on 4G networks (4 August to
 # 5 August). Their days have no year in their sentences ('18 July', '4 August'): no day, start or end (GUIDELINES,
 # Outages); the year from the lead's 'mid-July to early-August 2024' -> '2024' (doubtful: coarser than the text
 # allows a reader, finer than the day-month rule alone gives)
 outages=[O(None, "2024", ["Facebook", "Instagram"], loc="Bangladesh", cause="government order"),
          O(None, "2024", [], loc="Bangladesh", cause="government order")],
 # 'early-August 2024' -> '2024-08'; '2024' (in '2024 quota reform movement'); '5 June 2024'; 'mid-July', 'the
 # beginning of July', '18 July', '24 July', '28 July', '31 July', '4 August', '5 August', '16 July' -> not listed
 # (no year in the expression, published null)
 dates=[D("early-August 2024", "2024-08"), D("2024", "2024"), D("5 June 2024", "2024-06-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
