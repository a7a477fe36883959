#!/usr/bin/env python3
"""Gold for batch 53zf (session 54, gatherer 53zf): one FCC text of 2013 on a commercial radio assignment (the Media
Bureau's letter DA 13-670, dated and released 9 April 2013, on La Poderosa, LLC's and Carlos S. Guerrero's petition for
reconsideration of the 3 August 2012 grant of GB Enterprises Communications, Corporation's application for the
involuntary assignment of the licence of WHNR(AM), Cypress Gardens, Florida, to George R. Reed, Receiver -- petition
granted -- and on the debt of Martin Santos, GB's former president and sole stockholder, to Edward Olivares; the FCC's
EDOCS text file), written from the text alone; newskg was not run on it. The split follows the fixed rule: the sorted
ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53zd of the lane; GUIDELINES section 2): the assignor of a station's licence ->
parentOrganization(S, assignor) (the lane's licensee call, 51e-53zd); an assignment to a person (George R. Reed,
Receiver) -> no acquired (persons are no party of acquired or parentOrganization; 53g, 53y, 53za, 53zd); a receiver
named with no company -> no role (53zd's Scott Savage; **doubtful**); petitioners (La Poderosa, LLC, Guerrero) and a
creditor (Olivares) -> no relation (53a's ADX, 53zd's Cherry); 'former president ... of GB' -> president, current false
(GUIDELINES roles); '100 percent stockholder' -> no role and no relation (a person's ownership, the lane's owner rule,
53r, 52za); radio stations -> Company (35l, 43v, 49m, 51e-53zd); short names in parentheses and quotation marks
('(\u201cGB\u201d)', '(\u201cPoderosa\u201d)', '(\u201cReed\u201d)', '(\u201cSantos\u201d)', '(\u201cOlivares\u201d)') ->
aliases (52p-53zd); defined generic terms ('(\u201cPetition\u201d)', 'Petitioners', 'the \u201cStation\u201d', 'the
\u201cApplication\u201d') -> not annotated; place names -> Location, each once (51r-53zd); the release line and the 'In
re:' line kept in the text annotated as text, the `title` not annotated beyond what the text repeats; facility and file
numbers and the dollar amount -> no entity and no date.
usage: batch53zf_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zf/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- GB Enterprises Communications, Corporation / WHNR(AM), Cypress Gardens: involuntary assignment to George R. Reed,
# ---- Receiver; La Poderosa's petition for reconsideration granted, DA 13-670, 2013 -------------------------------------
WHNR = "WHNR(AM)"
GB = "GB Enterprises Communications, Corporation"
POD = "La Poderosa, LLC"
A["us-fcc-gb-enterprises-communications-whnr-am-cypress-gardens-reed-receiver-involuntary-assignment-poderosa-reconsideration-letter-2013"] = dict(
 # Companies: WHNR(AM) (the 'In re:' line and the body, 'AM broadcast station WHNR(AM)'; 'the \u201cStation\u201d' a
 # defined generic term, no alias); GB Enterprises Communications, Corporation (alias 'GB', the name as written with
 # its comma); La Poderosa, LLC (alias 'Poderosa'; **doubtful**: the text tells nothing of its business -- a
 # Company by its 'LLC' form, as the lane takes LLC parties). Persons: Carlos S. Guerrero (a co-petitioner; no short
 # form in the kept text); George R. Reed ('George R. Reed, Receiver (\u201cReed\u201d)' -> alias 'Reed'; 'Receiver' a
 # title, not part of the name); Martin Santos (alias 'Santos'); Edward Olivares (alias 'Olivares'). Locations:
 # Cypress Gardens, Florida (the 'In re:' line and the body, each once). Not annotated: the Commission and the Media
 # Bureau (not named in the kept text; letterhead left out); the petition, application and pleadings (filings);
 # 'Petitioners' (a defined collective term).
 entities=[E("Company", WHNR), E("Company", GB, "GB"), E("Company", POD, "Poderosa")]
          + [E("Person", "Carlos S. Guerrero"), E("Person", "George R. Reed", "Reed"), E("Person", "Martin Santos", "Santos"),
             E("Person", "Edward Olivares", "Olivares")]
          + [E("Location", n) for n in ("Cypress Gardens", "Florida")],
 # - Martin Santos: 'former president and 100 percent stockholder of GB' -> president at GB Enterprises
 #   Communications, Corporation, current false ('former' read as governing both nouns; 'stockholder' no title of the
 #   vocabulary, the lane's owner rule -- **near-miss**: a reader may also give other or head for the sole owner).
 # - George R. Reed: 'George R. Reed, Receiver' -> no role: the kept text names no company he is receiver of, and
 #   the grant of the assignment to him is the one under reconsideration (**doubtful**: a reader joining 'application
 #   of ... GB ... for involuntary assignment ... to George R. Reed, Receiver' may give him other at GB, as 53za gave
 #   Annabelle Savage other at Universal Broadcasting, Inc. where the caption set the company beside her name; 53zd
 #   gave Scott Savage none).
 # - Carlos S. Guerrero: a co-petitioner beside La Poderosa, LLC; the kept text gives him no post there (DA 12-1262's
 #   'its owner' is not in this text) -> no role.
 # - Edward Olivares: a creditor in the kept text -> no role (the addressee block, left out, styles him 'President GB
 #   Enterprises Communications, Corporation'; **near-miss**: not in the kept text, so not annotated).
 roles=[R("Martin Santos", "president", GB, False)],
 # - parentOrganization(WHNR(AM), GB Enterprises Communications, Corporation): 'application of GB ... for involuntary
 #   assignment of the license of AM broadcast station WHNR(AM)' and 'GB, the assignor in this case' (the assignor
 #   is the licensee; the lane's licensee call; **doubtful**: the licence passed to the Receiver on the 3 August 2012
 #   grant and the letter now grants the petition against that grant -- kept either way, as GUIDELINES records past
 #   ownership).
 # Near-misses: the involuntary assignment to George R. Reed, Receiver (a person: no acquired; the grant is under
 #   reconsideration and the petition granted); Santos's 100 percent stock in GB (a person: no parentOrganization);
 #   Santos's debt to Olivares (a personal debt, no relation); La Poderosa, LLC and Guerrero as petitioners (no
 #   relation); 'related responsive pleadings' (no party named).
 relations=[L(WHNR, "parentOrganization", GB)],
 outages=[],
 # 'April 9, 2013' (released, = `published`); 'September 4, 2012' (the petition filed); 'August 3, 2012' (the grant
 # under review). Not dates: '21766' and '20120316' inside the facility and file numbers; '$48,020.85'.
 dates=[D("April 9, 2013", "2013-04-09"), D("September 4, 2012", "2012-09-04"), D("August 3, 2012", "2012-08-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
