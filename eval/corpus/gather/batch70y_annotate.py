#!/usr/bin/env python3
"""Gold annotations for batch 70y (session 64; gatherer lane 70y; round notes /tmp/gather70y/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt): three company histories from English Wikipedia — the Hamilton Watch Company (a
Lancaster, Pennsylvania watch maker, now a brand of the Swatch Group), the Royal Typewriter Company (a New York
typewriter maker) and Steinway & Sons (a New York and Hamburg piano maker). Annotated from each text alone, by
eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split (sorted ids dealt test, train, dev;
b10.write_parts): test wp-hamilton-watch-company; train wp-royal-typewriter-company; dev wp-steinway-and-sons. No text
tells an outage or a near-miss of one (a purchase from bankruptcy, a merger, cash running out, financial woes and sales
are business events, GUIDELINES, Outages: business failures are no outage). Conventions (GUIDELINES.md part 2; batches
36j-40zg, 54zu-70p): short names and abbreviated names -> aliases of the one entity ('Hamilton Watch Co.', 'Hamilton',
'Keystone Standard Watch Co.', 'Keystone', 'Royal', 'Hess', 'Myers', 'Ryan', 'Steinway'); a surname changed and the
name used after it -> alias ('Heinrich Engelhard Steinweg, who ... changed his surname to Steinway' and 'Henry
Steinway', doubtful); 'is a brand of', 'belonging to', 'integrated into' -> parentOrganization only (batches 64i, 65q
and 70p: no purchase told); 'was sold to' a named buyer, 'sold X to' a named buyer -> acquired and parentOrganization
(GUIDELINES, Relations: completed acquisitions; ownership stated as past is still recorded); 'merged into' -> acquired
only (the target merged away; batches 40v, 40x); a factory's purchase -> no relation (an asset purchase); 'succeeded'
-> no relation; financial control put up by a person -> no relation and no role (a person is no parentOrganization;
no post named); one person named alone as starting or founding a company -> founder, two named together -> each
cofounder (GUIDELINES, Roles: Founders), current true (no end told); typewriter models and a brand name for ribbons
-> Service, with provider their maker (GUIDELINES, Types: products users buy); competitors named -> Company, no
relation; cities, states, countries, a county, a district and a named hall -> Location (GUIDELINES, Types: named sites
and facilities); a street ('14th Street') and a design name ('"Dust Proof"', '"flatbed"', '"upright"') -> no entity;
full dates and years -> their values, a month and year -> the month; decades ('By the 1860s', 'the 1920s') -> no
date (published null: only absolute expressions).
usage: batch70y_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- watches, US: the Hamilton Watch Company ----------------------------------------------------------------------------
HWC = "Hamilton Watch Company"
SG = "Swatch Group"
KS = "Keystone Standard Watch Company"
A["wp-hamilton-watch-company"] = dict(
 # the company -> Company 'Hamilton Watch Company', aliases 'Hamilton Watch Co.' ('The precursor to the Hamilton Watch
 # Co.') and 'Hamilton' ('Hamilton succeeded three watch firms'); the Swatch Group (alias 'Swatch group': 'integrated
 # into the Swatch group', the same group in lower case) -> Company; the Keystone Standard Watch Company (the fullest
 # form; aliases 'Keystone Standard Watch Co.' and 'Keystone'), the Lancaster Watch Company and the Aurora Watch Company
 # -> Company; Abram Bitner -> Person; Bienne, Switzerland, Lancaster ('Lancaster, PA', 'Lancaster, Pennsylvania'),
 # Pennsylvania (alias 'PA') and Illinois -> Location. No entity: the '"Dust Proof" design' (a patented design, no
 # product named), 'pocket watches and wristwatches' (generic), 'American', 'Swiss' (adjectives)
 entities=[E("Company", HWC, "Hamilton Watch Co.", "Hamilton"), E("Company", SG, "Swatch group"),
           E("Location", "Bienne"), E("Location", "Switzerland"), E("Location", "Lancaster"),
           E("Location", "Pennsylvania", "PA"), E("Company", "Lancaster Watch Company"),
           E("Company", KS, "Keystone Standard Watch Co.", "Keystone"), E("Person", "Abram Bitner"),
           E("Company", "Aurora Watch Company"), E("Location", "Illinois")],
 # 'the Lancaster, Pennsylvania based Keystone Standard Watch Co., was started by Abram Bitner in 1886' -> founder of
 # Keystone (one person named alone as starting it), current true (no end told; the company's sale ends no founding)
 roles=[R("Abram Bitner", "founder", KS)],
 # 'The Hamilton Watch Company is a brand of the Swatch Group', 'integrated into the Swatch group', 'belonging to the
 # Swatch Group' -> parentOrganization(Hamilton Watch Company, Swatch Group) (no purchase told: parent only; doubtful: a
 # reader might add acquired from 'integrated into'); 'Keystone existed until 1891 when the company was sold to
 # Hamilton Watch Company' -> acquired(Hamilton Watch Company, Keystone Standard Watch Company) + parentOrganization
 # (a completed sale to a named buyer; doubtful: 'existed until' may read as merged away, giving acquired only);
 # 'Aurora Watch Company of Illinois also merged into Keystone' -> acquired(Keystone Standard Watch Company, Aurora
 # Watch Company) only ('merged into': the target merged away). Near-misses, no relation: 'with the purchase of
 # Lancaster Watch Company's factory' (an asset purchase); 'Hamilton succeeded three watch firms ... including the
 # Lancaster Watch Company' (a succession, no deal told); 'Keystone Standard Watch Company was purchased from
 # bankruptcy' (no buyer named in the sentence; the sale to Hamilton is already recorded)
 relations=[L(HWC, "parentOrganization", SG)] + b10.acq(HWC, KS) + b10.acq(KS, "Aurora Watch Company", done=False),
 outages=[],
 # '1892', '1893', '1969', '1886', '1891' -> the years
 dates=[D("1892", "1892"), D("1893", "1893"), D("1969", "1969"), D("1886", "1886"), D("1891", "1891")])

# ---- typewriters, US: the Royal Typewriter Company ----------------------------------------------------------------------
RTC = "Royal Typewriter Company"
A["wp-royal-typewriter-company"] = dict(
 # the company -> Company 'Royal Typewriter Company', alias 'Royal' ('Royal purchased', "Royal's first model", 'Royal
 # entered'); Edward B. Hess (alias 'Hess'), Lewis C. Myers (alias 'Myers') and Thomas Fortune Ryan (alias 'Ryan') ->
 # Person; the Royal Standard, the Royal 5, the Royal 10 (typewriter models) and 'Roytype' ('the "Roytype" brand name
 # for its line of typewriter ribbons and carbon paper'; doubtful: a reader might leave a brand name of supplies out)
 # -> Service; the competitors Underwood, LC Smith Corona and Remington -> Company; New York City, Hartford,
 # Connecticut, Brooklyn and New York ('Brooklyn, New York': the state) -> Location. No entity: 'the first Royal
 # typewriter' (the Royal Standard, named in apposition), the '"flatbed"' and '"upright"' designs
 entities=[E("Company", RTC, "Royal"), E("Location", "New York City"), E("Location", "Hartford"),
           E("Location", "Connecticut"), E("Location", "Brooklyn"), E("Location", "New York"),
           E("Person", "Edward B. Hess", "Hess"), E("Person", "Lewis C. Myers", "Myers"),
           E("Person", "Thomas Fortune Ryan", "Ryan"), E("Service", "Royal Standard"), E("Service", "Royal 5"),
           E("Service", "Royal 10"), E("Service", "Roytype"), E("Company", "Underwood"),
           E("Company", "LC Smith Corona"), E("Company", "Remington")],
 # 'The Royal Typewriter Company was founded in January 1904 ... by Edward B. Hess and Lewis C. Myers' -> cofounder
 # each (two people named together as founding it), current true (no end told). No role: Thomas Fortune Ryan, 'the
 # wealthy financier', who 'put up $220,000 in exchange for financial control' (no post at the company named;
 # doubtful: a reader might give him 'other' or an owner's relation, which a person cannot hold)
 roles=[R("Edward B. Hess", "cofounder", RTC), R("Lewis C. Myers", "cofounder", RTC)],
 # 'the first Royal typewriter, the Royal Standard, was sold', 'Royal introduced the Royal 5 typewriter', "Royal's
 # first model utilizing the \"upright\" design was the Royal 10", 'Royal introduced the "Roytype" brand name' ->
 # provider for each. Near-misses, no relation: 'its competitors such as Underwood, LC Smith Corona, and Remington'
 # (competitors); 'Royal purchased 5¼ acres in Hartford' (land, an asset)
 relations=[L("Royal Standard", "provider", RTC), L("Royal 5", "provider", RTC), L("Royal 10", "provider", RTC),
            L("Roytype", "provider", RTC)],
 outages=[],
 # 'January 1904' -> 1904-01, 'March 1906' -> 1906-03, the years '1905', '1908', '1911', '1914', '1926' (twice in the
 # text, listed once)
 dates=[D("January 1904", "1904-01"), D("1905", "1905"), D("March 1906", "1906-03"), D("1908", "1908"),
        D("1911", "1911"), D("1914", "1914"), D("1926", "1926")])

# ---- musical instruments, US: Steinway & Sons ---------------------------------------------------------------------------
SS = "Steinway & Sons"
HS = "Heinrich Engelhard Steinweg"
SMP = "Steinway Musical Properties, Inc."
A["wp-steinway-and-sons"] = dict(
 # the company -> Company 'Steinway & Sons', alias 'Steinway' ('The innovations introduced by Steinway', 'Steinway was
 # for a time nearly the exclusive provider', 'CBS sold Steinway to', 'works for Steinway'); Heinrich Engelhard Steinweg
 # (alias 'Henry Steinway': the man who 'changed his surname to Steinway', Henry the English form of Heinrich, the
 # father of William Steinway; doubtful: a reader might keep Henry Steinway apart) and William Steinway -> Person;
 # CBS, Steinway Musical Properties, Inc., Selmer, Yamaha and Bösendorfer -> Company; New York ('based in New York',
 # 'Queens Co., New York'), Hamburg, Germany, Seesen, America, New York City, Queens Co. (a county), Long Island City
 # and Steinway Hall (a named hall, a site) -> Location. No entity: the company town 'Steinway, Queens Co., New York'
 # (its name is the company's short name, one surface form for one entity; doubtful: a reader might make the town a
 # Location), '14th Street' (a street), 'the Steinway family' (a family)
 entities=[E("Company", SS, "Steinway"), E("Location", "New York"), E("Location", "Hamburg"),
           E("Location", "Germany"), E("Location", "Seesen"), E("Person", HS, "Henry Steinway"),
           E("Location", "America"), E("Location", "Steinway Hall"), E("Location", "New York City"),
           E("Person", "William Steinway"), E("Location", "Queens Co."), E("Location", "Long Island City"),
           E("Company", "Yamaha"), E("Company", "B\u00f6sendorfer"), E("Company", "CBS"), E("Company", SMP),
           E("Company", "Selmer")],
 # 'The firm was founded in 1839 in Seesen, Germany by Heinrich Engelhard Steinweg' -> founder (one person named
 # alone), current true. No role: William Steinway, who 'established a company town' (no post named); 'Henry
 # Steinway built Steinway Hall' (an act)
 roles=[R(HS, "founder", SS)],
 # 'the firm was finally sold to CBS in 1972', 'CBS sold Steinway to Steinway Musical Properties, Inc.', 'which
 # finally sold it to Selmer in 1995' -> acquired + parentOrganization for each buyer (completed sales; ownership
 # stated as past is still recorded: GUIDELINES, Relations). Near-misses, no relation: 'outnumbered by other firms
 # such as Yamaha and Bösendorfer' (competitors)
 relations=b10.acq("CBS", SS) + b10.acq(SMP, SS) + b10.acq("Selmer", SS),
 outages=[],
 # the years; no date: 'By the 1860s', 'the 1920s' (decades)
 dates=[D("1839", "1839"), D("1851", "1851"), D("1866", "1866"), D("1880", "1880"), D("1972", "1972"),
        D("1995", "1995")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
