#!/usr/bin/env python3
"""Batch 32b gold annotations (the 8 texts of batch32b.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). The texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates); 'In that year', 'within the first few months', 'in close to 11 months',
'Soon after its acquisition' -> relative or anaphoric, left out.
Conventions (GUIDELINES.md part 2 and the lane's batches 27b-31i): a completed purchase of a company -> acquired +
parentOrganization; a purchase of a product from its maker, stakes and shareholders -> nothing; a stated owner, parent
or unit -> parentOrganization (past ownership too); a named product a company created, runs or offers -> provider; a
business under its service's name that the text treats as a company (founded, sold, bought, 'the company') -> one
Company, as batches 31b (Cyworld) and 31i (Bitbucket) did; a service the text treats only as a service -> Service, and
no role attaches to it (no gold file has a role at a Service); former names -> aliases, styling that differs only in
case -> no alias; versions -> nothing; shutdowns and closures by owners or courts -> no outage.
usage: batch32b_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather33b/pool /tmp/gather33b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, people, provided, parents
import batch10_annotate as b10


A = {}
# ---- web hosting, social networks and community sites ------------------------------------------------------------
A["wp-geocities"] = dict(
 # 'a web hosting service', but 'was started ... by', 'it was acquired by Yahoo!', 'the company announced' and 'began
 # as BHI, ... a small web hosting and development company' -> one Company, with its later name 'Yahoo! GeoCities'
 # and its first names 'Beverly Hills Internet' and 'BHI' as aliases; Yahoo! -> Company; 'The GeoCities Japan version
 # of the service' -> Service (a named version run apart; doubtful); the United States and California ('southern
 # California') -> Location; the site's 'cities' ('SiliconValley', 'Hollywood': sections of the site), the World
 # Wide Web -> nothing
 entities=[E("Company", "GeoCities", "Yahoo! GeoCities", "Beverly Hills Internet", "BHI"),
           E("Person", "David Bohnett"), E("Person", "John Rezner"), E("Company", "Yahoo!"),
           E("Location", "United States"), E("Service", "GeoCities Japan"), E("Location", "California")],
 # 'GeoCities was started in November 1994 by David Bohnett and John Rezner' -> founder each, current (a founding is
 # not undone)
 roles=[R("David Bohnett", "founder", "GeoCities"), R("John Rezner", "founder", "GeoCities")],
 # 'On January 28, 1999, it was acquired by Yahoo!' -> acquired + parentOrganization; 'The GeoCities Japan version of
 # the service' -> provider GeoCities (doubtful: who ran it in Japan is not told, as batch 31i's Bitbucket models)
 relations=[L("Yahoo!", "acquired", "GeoCities")] + parents("Yahoo!", "GeoCities")
           + provided("GeoCities", "GeoCities Japan"),
 # 'would end the United States GeoCities service on October 26, 2009' and 'before it was terminated': the owner's
 # closure of a service, announced ahead -> a business decision, no outage (a near-miss)
 outages=[],
 dates=[D("1994", "1994"), D("2009", "2009"), D("November 1994", "1994-11"), D("January 28, 1999", "1999-01-28"),
        D("April 2009", "2009-04"), D("October 26, 2009", "2009-10-26"), D("March 31, 2019", "2019-03-31")])

A["wp-goodreads"] = dict(
 # 'an Amazon company and "social cataloging" website', 'Amazon announced its acquisition of Goodreads' -> a business
 # under its website's name: one Company; Amazon -> Company; 'Otis Chandler, II' (named so, with the generational
 # suffix) and 'Elizabeth Chandler' -> Person ('The Chandlers': a plural, no alias); San Francisco -> Location
 entities=[E("Company", "Goodreads"), E("Company", "Amazon"), E("Person", "Otis Chandler, II"),
           E("Person", "Elizabeth Chandler"), E("Location", "San Francisco")],
 # 'founded in December 2006 and launched in January 2007 by Otis Chandler, II ... and Elizabeth Chandler' -> founder
 # each, current; 'a software engineer and entrepreneur' -> no organisation: nothing
 roles=[R("Otis Chandler, II", "founder", "Goodreads"), R("Elizabeth Chandler", "founder", "Goodreads")],
 # 'Amazon announced its acquisition of Goodreads' with 'Goodreads is an Amazon company' (ownership stated in the
 # present) -> acquired + parentOrganization
 relations=[L("Amazon", "acquired", "Goodreads")] + parents("Amazon", "Goodreads"),
 outages=[],
 dates=[D("December 2006", "2006-12"), D("January 2007", "2007-01"), D("December 2007", "2007-12"),
        D("July 2012", "2012-07"), D("July 23, 2013", "2013-07-23"), D("March 28, 2013", "2013-03-28"),
        D("2006", "2006")])

A["wp-orkut"] = dict(
 # 'a social networking service owned and operated by Google' -> Service (the text treats it only as a service and a
 # website); Google and Google Brazil -> Company; 'Google Takeout' (a Google service for downloading one's data) ->
 # Service; Orkut Büyükkökten -> Person; India, Brazil, Belo Horizonte -> Location; 'Brazilian' -> nothing
 entities=[E("Service", "Orkut"), E("Company", "Google"), E("Person", "Orkut Büyükkökten"), E("Location", "India"),
           E("Location", "Brazil"), E("Company", "Google Brazil"), E("Location", "Belo Horizonte"),
           E("Service", "Google Takeout")],
 # 'its creator, Google employee Orkut Büyükkökten' and 'its founder' -> of a Service, and 'employee' is no title:
 # no role (doubtful: 'founder' is said; no gold role has a Service as its org)
 roles=[],
 # 'owned and operated by Google' -> provider Google; 'fully managed and operated in Brazil, by Google Brazil' ->
 # provider Google Brazil; Google Brazil a unit of Google (read from its name and the text's 'Google announced Orkut
 # would be ... operated ... by Google Brazil') -> parentOrganization (doubtful: not said in so many words); Google
 # Takeout, offered to Orkut's users by Google -> provider Google (the maker's name in the product's name)
 relations=provided("Google", "Orkut") + provided("Google Brazil", "Orkut") + parents("Google", "Google Brazil")
           + provided("Google", "Google Takeout"),
 # 'Google announced it would be closing Orkut on September 30, 2014': an owner's planned closure -> no outage
 outages=[],
 dates=[D("2008", "2008"), D("June 30, 2014", "2014-06-30"), D("September 30, 2014", "2014-09-30"),
        D("July 2014", "2014-07"), D("April 2022", "2022-04")])

A["wp-friendster"] = dict(
 # 'a social networking service', but 'The company operated mainly from four countries' and 'The company suspended
 # services ... and ceased trading' -> one Company, with 'Friendster.com' as alias; MySpace, Hi5 and Facebook ('other
 # social networking sites') -> Service (no maker named); Mountain View, California, Southeast Asia, the
 # Philippines, Malaysia, Thailand, Singapore, Asia, Indonesia -> Location; 'Canadian' -> nothing
 entities=[E("Company", "Friendster", "Friendster.com"), E("Location", "Mountain View"), E("Location", "California"),
           E("Person", "Jonathan Abrams")]
          + locs("Southeast Asia", "Philippines", "Malaysia", "Thailand", "Singapore", "Asia", "Indonesia")
          + svc("MySpace", "Hi5", "Facebook"),
 # 'founded by Jonathan Abrams' (twice) -> founder, current; 'Canadian computer programmer' -> no organisation
 roles=[R("Jonathan Abrams", "founder", "Friendster")],
 relations=[],
 # 'The company suspended services in 2015, citing "the evolving landscape in our challenging industry" and lack of
 # engagement' -> a business decision, no failure: no outage (a near-miss)
 outages=[],
 dates=[D("March 2002", "2002-03"), D("June 2011", "2011-06"), D("2008", "2008"), D("2012", "2012"),
        D("2015", "2015"), D("2018", "2018"), D("2002", "2002"), D("2003", "2003"), D("2004", "2004")])

# ---- e-commerce, music, mail and photos ----------------------------------------------------------------------------
A["wp-myntra"] = dict(
 # 'an Indian fashion e-commerce company' -> Company, with 'Myntra.com' (the name the purchase is told under) as
 # alias; Flipkart, Tiger Global and Accel Partners -> Company; the three founders -> Person; 'the brands Fastrack
 # Watches and Being Human' (products sold) -> Service (doubtful, as batch 31i's brands); Bengaluru, Karnataka, India
 # -> Location; 'M-express tag', the unnamed express delivery service and app, 'B2B' -> nothing
 entities=[E("Company", "Myntra", "Myntra.com"), E("Location", "Bengaluru"), E("Location", "Karnataka"),
           E("Location", "India"), E("Company", "Flipkart"), E("Person", "Mukesh Bansal"),
           E("Person", "Ashutosh Lawania"), E("Person", "Vineet Saxena"), E("Service", "Fastrack Watches"),
           E("Service", "Being Human"), E("Company", "Tiger Global"), E("Company", "Accel Partners")],
 # 'Established by Mukesh Bansal along with Ashutosh Lawania and Vineet Saxena' -> founder each (no 'co-' in the
 # text; as batch 31i's Boost Mobile founders), current
 roles=[R("Mukesh Bansal", "founder", "Myntra"), R("Ashutosh Lawania", "founder", "Myntra"),
        R("Vineet Saxena", "founder", "Myntra")],
 # 'Myntra.com was acquired by Flipkart' / 'Myntra was acquired by Flipkart' / 'under Flipkart's ownership' ->
 # acquired + parentOrganization (one purchase, told twice); 'two large common shareholders Tiger Global and Accel
 # Partners' -> shareholdings: nothing; 'The website launched the brands' -> brands of other makers put on sale:
 # no provider (doubtful)
 relations=[L("Flipkart", "acquired", "Myntra")] + parents("Flipkart", "Myntra"),
 outages=[],
 # 'founded in 2007-2008' -> a span with no single value: left out (doubtful)
 dates=[D("May 2014", "2014-05"), D("May 2022", "2022-05"), D("2007", "2007"), D("2010", "2010"),
        D("2011", "2011"), D("2012", "2012"), D("2014", "2014")])

A["wp-napster"] = dict(
 # 'Napster was the name given to two music-focused online services', but 'The company ran into legal difficulties
 # ... and was eventually acquired by Roxio', 'the company's assets' -> one Company across both incarnations;
 # Roxio, Rhapsody and Best Buy -> Company; the file-sharing programs and networks named (Gnutella, Freenet, Kazaa,
 # Bearshare, LimeWire, Scour, Grokster, Madster, eDonkey2000; 'companies and projects', 'services') -> Service
 # (doubtful: the text calls some companies, none with a maker named); the three founders -> Person; P2P, MP3 -> nothing
 entities=[E("Company", "Napster"), E("Company", "Roxio"), E("Company", "Rhapsody"), E("Company", "Best Buy")]
          + svc("Gnutella", "Freenet", "Kazaa", "Bearshare", "LimeWire", "Scour", "Grokster", "Madster",
                "eDonkey2000")
          + people("Shawn Fanning", "John Fanning", "Sean Parker"),
 # 'Napster was founded by Shawn Fanning, John Fanning, and Sean Parker' -> founder each, current; 'envisioned ... by
 # Shawn Fanning' -> the same founder, nothing more
 roles=[R("Shawn Fanning", "founder", "Napster"), R("John Fanning", "founder", "Napster"),
        R("Sean Parker", "founder", "Napster")],
 # 'was eventually acquired by Roxio' -> acquired + parentOrganization; 'acquired by Rhapsody from Best Buy on
 # December 1, 2011' -> acquired + parentOrganization for Rhapsody, and Best Buy as its owner before the sale ->
 # parentOrganization (past ownership is recorded; how Best Buy came to own it is not told: no acquired); 'the
 # company's assets were liquidated and purchased by other companies' -> an asset purchase by unnamed companies:
 # nothing
 relations=[L("Roxio", "acquired", "Napster")] + parents("Roxio", "Napster")
           + [L("Rhapsody", "acquired", "Napster")] + parents("Rhapsody", "Napster") + parents("Best Buy", "Napster"),
 # 'the original service was shut down by court order' -> an order closing a service, not a failure: no outage
 # (GUIDELINES, Outages: government orders), a near-miss
 outages=[],
 dates=[D("December 1, 2011", "2011-12-01"), D("June 1999", "1999-06"), D("July 2001", "2001-07")])

A["wp-hotmail"] = dict(
 # 'one of the popular free 'webmail' email services', but 'It was founded by', 'the business plan' and 'was later
 # sold to Microsoft corporation' -> a business under its service's name: one Company (doubtful, as batch 31b's
 # Cyworld); 'HoTMaiL' differs only in case -> no alias (as batch 31i's giffgaff); Microsoft ('Microsoft
 # corporation', the lower-case 'corporation' a common noun) -> Company; 'its MSN umbrella' -> Service (a brand of
 # Microsoft's services); the USA -> Location; 'Indian', ISPs, HTML, POP3 -> nothing
 entities=[E("Company", "Hotmail"), E("Person", "Jack Smith"), E("Person", "Sabeer Bhatia"), E("Location", "USA"),
           E("Company", "Microsoft"), E("Service", "MSN")],
 # 'founded by Jack Smith and Indian entrepreneur, Sabeer Bhatia' -> founder each, current
 roles=[R("Jack Smith", "founder", "Hotmail"), R("Sabeer Bhatia", "founder", "Hotmail")],
 # 'sold to Microsoft corporation, which rebranded it' -> a completed purchase: acquired + parentOrganization;
 # 'its MSN umbrella' -> provider Microsoft
 relations=[L("Microsoft", "acquired", "Hotmail")] + parents("Microsoft", "Hotmail") + provided("Microsoft", "MSN"),
 outages=[],
 # 'Independence Day of the USA', set beside 'July 4th, 1996' -> the same day (doubtful: a holiday's name in
 # apposition, listed as its own expression)
 dates=[D("1995", "1995"), D("July 4th, 1996", "1996-07-04"), D("Independence Day", "1996-07-04")])

A["wp-picasa"] = dict(
 # 'an image organizer and image viewer ... integrated with a now defunct photo-sharing website' -> Service (the text
 # treats it as a product: 'created by a company', 'acquired Picasa from Lifescape', 'offering it as freeware');
 # Lifescape ('a company named Lifescape'), Idealab and Google -> Company; Pablo Picasso -> Person (no role); the
 # platforms and programs named (Windows XP, Windows Vista, Windows 7, macOS, Linux, 'the Wine compatibility layer',
 # iPhoto) and Google's 'Picasa Desktop', 'Picasa Web Albums' and 'Google Photos' -> Service; 'Mac OS X 10.4' (a
 # version, as batch 31b's 'the Melon 4.0') -> nothing (doubtful: it carries macOS's former name); 'the Windows
 # version', 'an iPhoto plugin', 'Spanish', 'casa', an LLC unnamed -> nothing
 entities=[E("Service", "Picasa"), E("Company", "Lifescape"), E("Company", "Idealab"), E("Person", "Pablo Picasso")]
          + svc("Windows XP", "Windows Vista", "Windows 7", "macOS", "Linux", "Wine", "iPhoto")
          + [E("Company", "Google")] + svc("Picasa Desktop", "Picasa Web Albums", "Google Photos"),
 roles=[],
 # 'originally created by a company named Lifescape' -> provider Lifescape (its maker, recorded though past);
 # 'Google acquired Picasa from Lifescape and began offering it' -> a product bought from its maker, not a company:
 # no acquired, and provider Google; Google's 'Picasa Desktop', 'Picasa Web Albums' and its successor 'Google
 # Photos' -> provider Google; 'incubated by Idealab' -> no ownership stated: nothing (doubtful); the platforms'
 # makers are not named -> nothing
 relations=provided("Lifescape", "Picasa") + provided("Google", "Picasa", "Picasa Desktop", "Picasa Web Albums",
                                                       "Google Photos"),
 # 'discontinuing support ... effective March 15, 2016' and 'Picasa Web Albums ... was closed on May 1, 2016': an
 # owner's announced closure -> no outage (a near-miss)
 outages=[],
 dates=[D("2002", "2002"), D("July 2004", "2004-07"), D("February 12, 2016", "2016-02-12"),
        D("March 15, 2016", "2016-03-15"), D("May 1, 2016", "2016-05-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
