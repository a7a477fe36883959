#!/usr/bin/env python3
"""Gold for batch 70ak (session 64; gatherer lane 70ak; round notes /tmp/gather70ak/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt): three company histories from English Wikipedia — Admiral (the American appliance
brand of the Admiral Corporation, with its Chicago beginnings in Ross Siragusa's Continental Radio and Television
Corporation), Oliver Winchester (the New Haven businessman behind the Volcanic Repeating Arms Company, later the New
Haven Arms Company and the Winchester Repeating Arms Company) and Ignaz Schwinn (co-founder of Arnold, Schwinn, and
Company of Chicago, later the Schwinn Bicycle Company). Annotated from each text alone, by eval/corpus/GUIDELINES.md;
newskg (or any extractor) was not run on any text. Split (sorted ids dealt test, train, dev; b10.write_parts): test
wp-admiral-electrical-appliances; train wp-ignaz-schwinn; dev wp-oliver-winchester. No text tells an outage or a
near-miss of one (a consolidation, renamings, a reorganization, a bought interest and a succession are business
events, GUIDELINES, Outages: business failures are no outage). Conventions (GUIDELINES.md part 2; batches 36j-40zg,
54zu-70ae): former names, short names, acronyms and surnames alone -> aliases of the one entity ('CRTC', 'RPC',
'Admiral', 'U.S.', 'Winchester', 'Volcanic Repeating Arms Company', 'New Haven Arms Company', 'Arnold, Schwinn, and
Company', 'Schwinn', 'Arnold'); one surface form for two things -> the thing named most (batches 32d, 70y and 70ae:
'Admiral' the company, not the brand of the first sentence; 'Winchester' the man, the rifles under their full names);
a company renamed ('changing the name to', 'renamed', 'the name was changed to') -> one entity under its latest name in
the text; two companies that 'consolidated' under a new name -> no relation and the new company its own entity (no
buyer told: GUIDELINES, Relations, a merger); a named company's products 'designed and produced by' another named
company -> partner (a supply relation between two named organisations, GUIDELINES, Relations; doubtful); a brand
'marketed by' a company and 'sold exclusively at' a retailer -> no relation (the brand not annotated apart from the
company; doubtful); people named together as founding ('teamed with ... to found') or one 'who co-founded' ->
cofounder; one person named alone -> founder (GUIDELINES, Roles: Founders), current true (no end told); 'owned by' a
person, 'principal stockholder', 'sole owner', 'took firm control', 'ran operations', 'succeeded him', 'hired' -> no
role (no title of the vocabulary; GUIDELINES, Roles); a person's purchase of a partner's interest -> no relation (a
person no parent); rifles and their models -> Service with provider the company that made them (GUIDELINES, Types:
products; Relations: provider where a careful reader is sure); TV and radio shows, a programme ('Lend Lease'), an
award and wars -> no entity (GUIDELINES, Types); a sports team named by its school ('Notre Dame football games') ->
Organization (Types: sports teams; doubtful); a cemetery -> Location (a named site); cities, states, countries and a
grand duchy -> Location; full dates and years -> their values; the same year inside a full date and alone -> two
items (another text, another value: GUIDELINES, Dates); decades ('the early 1960s') and relative phrases ('some years
earlier') -> no date (published null: only absolute expressions).
usage: batch70ak_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- consumer electronics and appliances, US: Admiral -----------------------------------------------------------------
ADC = "Admiral Corporation"
CRTC = "Continental Radio and Television Corporation"
RPC = "Radio Products Corporation"
A["wp-admiral-electrical-appliances"] = dict(
 # the company -> Company 'Admiral Corporation', alias 'Admiral' ('Admiral grew and won', "Admiral's products",
 # 'Admiral was the weekly sponsor'; the first sentence's 'Admiral is an American appliance brand' shares the surface
 # form -> the company, as batch 70ae's 'Maxwell'; doubtful: a reader might make the brand a Service of Whirlpool
 # Corporation); Whirlpool Corporation, The Home Depot, Continental Radio and Television Corporation (alias 'CRTC'),
 # Radio Products Corporation (alias 'RPC') and the CBS Radio Network -> Company (a broadcaster is a Company:
 # GUIDELINES, Types); Ross Siragusa, Irwin J Mendels (as written, no full stop after the initial), Sid Caesar and
 # Fulton J. Sheen (named in the shows' titles, named on their own as people) -> Person; 'Notre Dame' ('Notre Dame
 # football games': the school's team, a sports team -> Organization; doubtful: a reader might give no entity);
 # Chicago, Illinois, US (alias 'U.S.': 'the U.S. military') and England -> Location. No entity: 'Lend Lease' (a
 # programme), 'General' (a name considered), the 'Army-Navy "E" Award for Excellence' (an award), 'World War II' (a
 # war), 'World News Today', 'Admiral Broadway Revue', 'Lights Out', 'Life Is Worth Living', 'Admiral Presents the Five
 # Star Review - Welcome Aboard' (radio and TV shows: GUIDELINES, Types), 'the U.S. military', 'the government'
 # (generic), "America's Smart Set" (a slogan)
 entities=[E("Company", ADC, "Admiral"), E("Company", "Whirlpool Corporation"), E("Company", "The Home Depot"),
           E("Location", "Chicago"), E("Location", "Illinois"), E("Person", "Ross Siragusa"),
           E("Company", CRTC, "CRTC"), E("Company", RPC, "RPC"), E("Person", "Irwin J Mendels"),
           E("Location", "US", "U.S."), E("Location", "England"), E("Company", "CBS Radio Network"),
           E("Person", "Sid Caesar"), E("Person", "Fulton J. Sheen"), E("Organization", "Notre Dame")],
 # 'Ross Siragusa founded Continental Radio and Television Corporation (CRTC)' -> founder (one person named alone),
 # current true (no end told; doubtful: a reader might also make him founder of the Admiral Corporation, the
 # consolidated company, which the text does not say he founded). No role: 'owned by Irwin J Mendels' (an owner, no
 # title of the vocabulary, as batch 70ae's 'part owner'); Sid Caesar and Fulton J. Sheen (named in shows' titles)
 roles=[R("Ross Siragusa", "founder", CRTC)],
 # 'which produced consumer electronics such as radios ... The radios were designed and produced by Radio Products
 # Corporation (RPC)' -> partner(Continental Radio and Television Corporation, Radio Products Corporation) (a supplier
 # relation between two named companies, GUIDELINES, Relations: supply/customer; doubtful: the text tells no contract).
 # Near-misses, no relation: 'So, CRTC and RPC consolidated. ... went with ... Admiral Corporation' (a merger into a new
 # company, no buyer told: GUIDELINES, Relations; doubtful: a reader might give the Admiral Corporation as parent of
 # both); 'currently marketed by Whirlpool Corporation and sold exclusively at The Home Depot' (a brand's marketer and
 # retailer; no ownership or contract of the company told; doubtful: a reader might give parentOrganization(Admiral
 # Corporation, Whirlpool Corporation) or a Service 'Admiral' with provider Whirlpool Corporation); 'the weekly sponsor
 # of the CBS Radio Network Sunday news program' (a sponsorship of a show, not of the network; doubtful: a reader might
 # give partner)
 relations=[L(CRTC, "partner", RPC)],
 outages=[],
 # 'In 1934', 'In 1950' -> the years. No date: 'During World War II', 'Throughout the war', 'During this era' (no
 # calendar value written), 'by the early 1960s' (a decade)
 dates=[D("1934", "1934"), D("1950", "1950")])

# ---- bicycles, US: Ignaz Schwinn ----------------------------------------------------------------------------------------
SBC = "Schwinn Bicycle Company"
A["wp-ignaz-schwinn"] = dict(
 # Ignaz Schwinn (alias 'Schwinn': 'Schwinn reportedly had a dispute', "Schwinn bought Arnold's interest") -> Person;
 # the company -> Company 'Schwinn Bicycle Company' (its later name), alias 'Arnold, Schwinn, and Company' (its first
 # name: 'maintained the original company name ... the name was changed to the Schwinn Bicycle Company', the same
 # company renamed); Adolph Arnold (alias 'Arnold': "Arnold's interest") and 'Frank' ('his son Frank': first name only
 # as written, as batch 70ae's 'Frank') -> Person; Hardheim, the Grand Duchy of Baden, Germany, Chicago and Rosehill
 # Cemetery (a named site: GUIDELINES, Types) -> Location. No entity: 'German-American', 'German immigrant'
 # (adjectives), 'World War II' (a war), 'an early partner in Germany' (unnamed)
 entities=[E("Person", "Ignaz Schwinn", "Schwinn"), E("Company", SBC, "Arnold, Schwinn, and Company"),
           E("Location", "Hardheim"), E("Location", "Grand Duchy of Baden"), E("Location", "Germany"),
           E("Location", "Chicago"), E("Person", "Adolph Arnold", "Arnold"), E("Person", "Frank"),
           E("Location", "Rosehill Cemetery")],
 # 'who co-founded, and eventually owned, the Schwinn Bicycle Company', 'teamed with German immigrant Adolph Arnold to
 # found Arnold, Schwinn, and Company' -> cofounder each (the text's own 'co-founded'; two people named together as
 # founding it), current true (no end told; Arnold's sold interest ends no founding). No role: 'becoming sole owner',
 # 'ran operations' (Ignaz Schwinn: no title of the vocabulary), 'his son Frank succeeded him' (no post named;
 # doubtful: a reader might give Frank 'head' or 'other'), 'an itinerant bicycle repairman' (no organisation)
 roles=[R("Ignaz Schwinn", "cofounder", SBC), R("Adolph Arnold", "cofounder", SBC)],
 # Near-misses, no relation: "Schwinn bought Arnold's interest, becoming sole owner" (a person buying a partner's
 # interest; a person no parent); the renaming (one entity)
 relations=[],
 outages=[],
 # 'April 1, 1860' -> 1860-04-01, 'August 31, 1948' (twice in the text, listed once) -> 1948-08-31, 'in 1860' -> 1860
 # (another text, another value: its own item), 'in 1891', 'by 1895', 'In 1908' -> the years. No date: 'In his early
 # years', 'through World War II', 'After this' (no calendar value written)
 dates=[D("April 1, 1860", "1860-04-01"), D("August 31, 1948", "1948-08-31"), D("1860", "1860"), D("1891", "1891"),
        D("1895", "1895"), D("1908", "1908")])

# ---- firearms, US: Oliver Winchester --------------------------------------------------------------------------------
WRA = "Winchester Repeating Arms Company"
A["wp-oliver-winchester"] = dict(
 # Oliver Fisher Winchester (alias 'Winchester': 'Winchester was a clothing manufacturer', 'Winchester hired Benjamin
 # Henry', 'Winchester took firm control'; the rifles' 'Winchester' sits inside their own names) -> Person; the company
 # -> Company 'Winchester Repeating Arms Company' (its latest name in the text), aliases 'Volcanic Repeating Arms
 # Company' and 'New Haven Arms Company' (its earlier names: 'changing the name to New Haven Arms Company', 'which was
 # reorganized and renamed Winchester Repeating Arms Company', the same company renamed; doubtful: a reader might keep
 # the three names apart); the Winchester repeating rifle (alias 'Winchester rifle': 'The first Winchester rifle'), the
 # Volcanic rifle (alias 'Volcanic repeating rifle'), the Henry repeating rifle (alias 'Henry rifle') and the Model
 # 1866 -> Service (products: GUIDELINES, Types; the rifle lines named as products); Benjamin Henry -> Person; the
 # United States Army -> Organization (a government body); New York ('New York, New York': the city and the state
 # share the surface form, one entity), New Haven and Connecticut -> Location. No entity: 'American' (an adjective),
 # 'the civil war', 'the Civil War' (a war), 'the West' (a region named in a slogan; doubtful), 'the army', 'the
 # military authorities' (generic)
 entities=[E("Person", "Oliver Fisher Winchester", "Winchester"),
           E("Service", "Winchester repeating rifle", "Winchester rifle"),
           E("Service", "Volcanic rifle", "Volcanic repeating rifle"), E("Location", "New York"),
           E("Location", "New Haven"), E("Location", "Connecticut"),
           E("Company", WRA, "Volcanic Repeating Arms Company", "New Haven Arms Company"),
           E("Person", "Benjamin Henry"), E("Service", "Henry repeating rifle", "Henry rifle"),
           E("Service", "Model 1866"), E("Organization", "United States Army")],
 # No role: 'investing his money in the Volcanic Repeating Arms Company', 'the principal stockholder in the company',
 # 'took firm control over the company' (Oliver Fisher Winchester: an investor and owner, no title of the vocabulary;
 # doubtful: a reader might give 'other' or 'head'); 'Winchester hired Benjamin Henry to improve on the Volcanic
 # repeating rifle' (an employee, no post named); 'a clothing manufacturer', 'businessman and politician' (no
 # organisation named)
 roles=[],
 # 'The Company's name was briefly changed to the New Haven Arms Company and manufactured the Henry rifle' ->
 # provider(Henry repeating rifle, Winchester Repeating Arms Company); 'The first Winchester rifle was the Model 1866'
 # after the company was 'renamed Winchester Repeating Arms Company in 1866' -> provider(Model 1866, ...) and
 # provider(Winchester repeating rifle, ...) (the company that bears the rifle's name; doubtful: the text says 'his
 # manufacture and marketing' of the man); 'the Volcanic rifle', 'the Volcanic repeating rifle' -> provider(Volcanic
 # rifle, ...) (the rifle of the Volcanic Repeating Arms Company, the company's earlier name; doubtful: no maker
 # written beside it). Near-misses, no relation: 'investing his money in', 'principal stockholder', 'took firm control'
 # (a person; no parent); 'the United States Army ... did not use many repeating rifles' (no customer relation told)
 relations=[L("Henry repeating rifle", "provider", WRA), L("Model 1866", "provider", WRA),
            L("Winchester repeating rifle", "provider", WRA), L("Volcanic rifle", "provider", WRA)],
 outages=[],
 # 'November 30, 1810' -> 1810-11-30, 'December 11, 1880' -> 1880-12-11, 'in 1850', 'By 1856', 'in 1866' -> the
 # years (the '1866' of 'Model 1866' the same text and value, listed once). No date: 'some years earlier', 'for some
 # years', 'After the war', 'at that time' (relative; published null)
 dates=[D("November 30, 1810", "1810-11-30"), D("December 11, 1880", "1880-12-11"), D("1850", "1850"),
        D("1856", "1856"), D("1866", "1866")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
