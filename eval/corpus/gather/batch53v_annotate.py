#!/usr/bin/env python3
"""Gold for batch 53v (session 54, gatherer lane v): two FCC Media Bureau public notices on pending television
applications, of 2020 and 2018 (DA 20-1324 of 6 November 2020 establishing the pleading cycle for the applications to
transfer control of ION Media Networks, Inc. and its licensee subsidiaries to Scripps Media, Inc. and to assign certain
ION licences to INYO Broadcast Holdings, LLC -- docslib.org's copy; DA 18-596 of 7 June 2018 seeking comment on Gray's
top-four showing for the assignment of KDLT-TV, Sioux Falls, and satellite KDLV-TV, Mitchell, from Red River Broadcast
Co., LLC to Gray Television Licensee, LLC -- the FCC's own docs.fcc.gov text), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53p of the lane; GUIDELINES section 2): applications filed jointly for a transfer of
control or an assignment, pending -> acquired(buyer, target) only (GUIDELINES 'agreed but not yet completed'; 43n's
Altice/Cequel notice: 'agreed: the joint applications'; **doubtful** for a notice that only accepts the filing); an
assignment of a named station's licence 'from X' -> parentOrganization(station, X) (the lane's assignor call); a
station the text says a company 'owns and operates' -> parentOrganization(station, company) (stated); 'X, a
wholly-owned subsidiary of Y' / 'wholly-owned licensed subsidiaries of Y, A and B' -> parentOrganization(X, Y) each
(stated); 'Y will become a wholly-owned subsidiary of X' (future, on closing) -> nothing beyond acquired (GUIDELINES:
agreed deals give acquired only); licences or stations not named ('certain ION television licenses') -> no relation;
stations -> Company (52p, 52x, 53b, 53p); a satellite station -> Company, the satellite tie no relation (52x's KYLE
near-miss); 'the Federal Communications Commission (Commission)' -> Organization with alias; the upper-case headings
are part of the text but their capitals forms are not aliased and a name found only there (MEDIA BUREAU) is not
annotated (43n's Altice notice: heading kept, no capitals aliases; **doubtful**); short names in brackets -> aliases,
as written; place names -> Location as written, a city and its state apart, one entry per name; defined names of
filings ('Transfer Applications', 'Divestiture Applications', 'the Application', 'Merger Agreement'), 'Nielsen
Designated Market Area' (a market, Nielsen named only inside it), docket and file numbers, rules not annotated.
usage: batch53v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
FCC = "Federal Communications Commission"

# ---- ION Media Networks -> Scripps Media; divestiture to INYO Broadcast Holdings; DA 20-1324 (2020) ------------------
ION = "ION Media Networks, Inc."
SCR = "Scripps Media, Inc."
A["us-fcc-ion-media-networks-scripps-media-transfer-of-control-inyo-divestiture-pleading-cycle-public-notice-2020"] = dict(
 # Organization: Federal Communications Commission ('(Commission)' -> alias; 'the Commission' once more). Companies:
 # Media HoldCo LP; ION Media Networks, Inc. ('(ION)' -> alias; 'ION' on its own several times more, 'ION television licenses'
 # included); Scripps Media, Inc. ('(Scripps)' -> alias; 'Scripps' six times more); ION Media License Company, LLC;
 # ION Television License, LLC; INYO Broadcast Holdings, LLC ('(INYO)' -> alias; 'to INYO' once more); Scripps Faraday
 # Inc. No Location, no Person. Not annotated: the heading's capitals forms (ION MEDIA NETWORKS, INC., SCRIPPS MEDIA,
 # INC., INYO BROADCAST HOLDINGS, LLC: no aliases) and MEDIA BUREAU, named only there (43n; **doubtful**: a reader may
 # give Organization 'Media Bureau'); 'Transfer Applications', 'Divestiture Applications', 'the Applications', 'Merger
 # Agreement', 'MB Docket No. 20-369'.
 entities=[E("Organization", FCC, "Commission"),
           E("Company", "Media HoldCo LP"), E("Company", ION, "ION"), E("Company", SCR, "Scripps"),
           E("Company", "ION Media License Company, LLC"), E("Company", "ION Television License, LLC"),
           E("Company", "INYO Broadcast Holdings, LLC", "INYO"), E("Company", "Scripps Faraday Inc.")],
 roles=[],
 # - acquired(Scripps Media, Inc., ION Media Networks, Inc.): 'Pursuant to a Merger Agreement, Scripps would acquire
 #   ION ...', 'Scripps would acquire all outstanding stock and other equity interests in ION for $2.65 billion in
 #   cash', and the applications 'seeking consent to the transfer of ION ... to Scripps' (agreed, awaiting the
 #   Commission's consent -> acquired only).
 # - parentOrganization(Media HoldCo LP, ION Media Networks, Inc.): 'Media HoldCo LP, a wholly-owned subsidiary of ION
 #   Media Networks, Inc.' (stated, taken as written; **doubtful**: the same sentence calls Media HoldCo 'the
 #   Transferee' and Scripps 'the Transferor', the reverse of the transfer the rest of the text tells; the labels give
 #   no relation).
 # - parentOrganization(ION Media License Company, LLC, ION) and parentOrganization(ION Television License, LLC, ION):
 #   'two wholly-owned licensed subsidiaries of ION, ION Media License Company, LLC and ION Television License, LLC'.
 # - parentOrganization(Scripps Faraday Inc., Scripps Media, Inc.): 'Scripps Faraday Inc., a wholly owned subsidiary of
 #   Scripps'.
 # Near-misses: 'ION will become a wholly-owned subsidiary of Scripps' and 'Scripps would own 100% of the merged
 #   company' (on closing, not told done: no parentOrganization(ION, Scripps); **doubtful**: a reader may add it); the
 #   merger of Scripps Faraday Inc. into ION (a plan step, no relation); 'the divestiture assignment of certain ION
 #   television licenses to INYO' (licences unnamed, an asset sale: no acquired(INYO, ...); **doubtful**: a reader may
 #   give acquired(INYO Broadcast Holdings, LLC, ION Media License Company, LLC) or the like -- the assignors keep
 #   their other licences); the Assignors/Assignee and Transferee/Transferor labels (no partner).
 relations=[L(SCR, "acquired", ION), L("Media HoldCo LP", "parentOrganization", ION),
            L("ION Media License Company, LLC", "parentOrganization", ION),
            L("ION Television License, LLC", "parentOrganization", ION),
            L("Scripps Faraday Inc.", "parentOrganization", SCR)],
 outages=[],
 # 'November 6, 2020' (release, = `published`); the pleading dates 'December 7, 2020', 'December 22, 2020',
 # 'December 29, 2020'; 'October 14, 2020' (filing). Not dates: '20-1324', '20-369'.
 dates=[D("November 6, 2020", "2020-11-06"), D("December 7, 2020", "2020-12-07"),
        D("December 22, 2020", "2020-12-22"), D("December 29, 2020", "2020-12-29"),
        D("October 14, 2020", "2020-10-14")])

# ---- KDLT-TV / KDLV-TV: Red River Broadcast Co. -> Gray Television Licensee; top-four showing; DA 18-596 (2018) -----
GRAY = "Gray Television Licensee, LLC"
RR = "Red River Broadcast Co., LLC"
A["us-fcc-red-river-broadcast-gray-television-licensee-kdlt-tv-sioux-falls-assignment-top-four-showing-public-notice-2018"] = dict(
 # Organization: Federal Communications Commission ('(Commission)' -> alias; 'the Commission’s' twice more).
 # Companies: KDLT-TV (twice), KDLV-TV ('authorized satellite KDLV-TV'), Red River Broadcast Co., LLC, Gray Television
 # Licensee, LLC ('(Gray)' -> alias; 'Gray' five times more, 'Gray’s' included), KSFY-TV (twice). Locations: Sioux
 # Falls (three times, 'Sioux Falls (Mitchell)' included), South Dakota (three times), Mitchell (twice). Not annotated:
 # the heading's capitals forms (RED RIVER BROADCAST CO., LLC, GRAY TELEVISION LICENSEE, LLC) and MEDIA BUREAU, named
 # only there (43n; **doubtful**); 'Nielsen Designated Market Area' (a market definition; Nielsen only inside it);
 # 'the Application', 'Public Notice'.
 entities=[E("Organization", FCC, "Commission"),
           E("Company", "KDLT-TV"), E("Company", "KDLV-TV"), E("Company", RR), E("Company", GRAY, "Gray"),
           E("Company", "KSFY-TV")] +
          [E("Location", x) for x in ("Sioux Falls", "South Dakota", "Mitchell")],
 roles=[],
 # - acquired(Gray Television Licensee, LLC, KDLT-TV) and acquired(Gray Television Licensee, LLC, KDLV-TV): 'an
 #   application ... seeking consent to the assignment of the licenses of stations KDLT-TV ... and authorized
 #   satellite KDLV-TV ... from Red River Broadcast Co., LLC, to Gray Television Licensee, LLC' (pending: acquired
 #   only; **doubtful**: the notice tells only an application accepted for filing, no agreement in words; 43n's
 #   joint-application call).
 # - parentOrganization(KDLT-TV, Red River Broadcast Co., LLC) and parentOrganization(KDLV-TV, Red River Broadcast Co.,
 #   LLC): the assignor ('from Red River Broadcast Co., LLC'; the lane's assignor call).
 # - parentOrganization(KSFY-TV, Gray Television Licensee, LLC): 'Gray currently owns and operates KSFY-TV, Sioux Falls,
 #   South Dakota' (stated ownership).
 # Near-misses: KDLV-TV as KDLT-TV's 'authorized satellite' (a licensing status, no relation: 52x's KYLE); 'this
 #   proposed combination' of KSFY-TV and KDLT-TV and the 'top-four rated stations' ranking (no partner); the notice
 #   seeks comment, it does not grant (so no parentOrganization(KDLT-TV, Gray ...)).
 relations=[L(GRAY, "acquired", "KDLT-TV"), L(GRAY, "acquired", "KDLV-TV"),
            L("KDLT-TV", "parentOrganization", RR), L("KDLV-TV", "parentOrganization", RR),
            L("KSFY-TV", "parentOrganization", GRAY)],
 outages=[],
 # 'June 7, 2018' (release, = `published`); 'July 9, 2018' (the petition-to-deny date, twice: one entry); 'May 17,
 # 2018' (accepted for filing); 'last year' ('the Commission’s action last year', against 2018 -> 2017). Not dates:
 # '18-596', 'top-four'.
 dates=[D("June 7, 2018", "2018-06-07"), D("July 9, 2018", "2018-07-09"), D("May 17, 2018", "2018-05-17"),
        D("last year", "2017")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
