#!/usr/bin/env python3
"""Batch 32b (session 33; helper gather33b, the services lane after batches 31b and 31i): English Wikipedia articles
(CC BY-SA) on web services and online platforms, the companies that started, own or bought them and the people who
founded them, told as news, US and non-US mixed: a free web hosting service bought by Yahoo! and closed (GeoCities);
a book-cataloguing website founded by a couple and bought by Amazon (Goodreads); a social network run by Google and
handed to Google Brazil (Orkut); an Indian fashion shop online, its three founders and its purchase by Flipkart
(Myntra); an early social network, its founder and its later life in Asia (Friendster); a file-sharing service, its
three founders and its owners Roxio, Best Buy and Rhapsody (Napster); a webmail service, its two founders and its sale
to Microsoft (Hotmail, a 2004 copy); a photo organizer created by Lifescape and taken over by Google (Picasa).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt breaks
off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32b.py [POOL_DIR] [--dry]   (default /tmp/gather33b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33b/pool"

R = []
# ---- web hosting, social networks and community sites ------------------------------------------------------------
R.append(wp("wp-geocities", "GeoCities", "https://en.wikipedia.org/wiki/GeoCities",
 "GeoCities, later Yahoo! GeoCities, was a web hosting service that allowed users to create and publish websites free "
 "of charge, and to browse user-created websites by their theme or interest, active from 1994 to 2009. GeoCities was "
 "started in November 1994 by David Bohnett and John Rezner, and was named Beverly Hills Internet briefly before being "
 "renamed GeoCities. On January 28, 1999, it was acquired by Yahoo!, at which time it was reportedly the "
 "third-most-visited website on the World Wide Web.\n\n"
 "In its original form, site users selected a \"city\" in which to list the hyperlinks to their Web pages. The "
 "\"cities\" were named after real cities or regions according to their content: For example, computer-related sites "
 "were placed in \"SiliconValley\" and those dealing with entertainment were assigned to \"Hollywood\", hence the name "
 "of the site. Soon after its acquisition by Yahoo!, this practice was abandoned in favor of using the Yahoo! member "
 "names in the URLs.\n\n"
 "In April 2009, the company announced that it would end the United States GeoCities service on October 26, 2009.\n\n"
 "At least 38 million pages, most written by users, were displayed by GeoCities before it was terminated. The "
 "GeoCities Japan version of the service lasted until March 31, 2019.\n\n"
 "GeoCities began as BHI, which stood for Beverly Hills Internet, a small web hosting and development company in "
 "southern California.",
 "online services (web hosting)", ["product", "deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= GeoCities =', the infobox lines "
 "(logo, logo caption 'The final Yahoo! GeoCities logo (1999-2009)', commercial, type, traded as, registration, owner "
 "'GeoCities (1994-1999), Yahoo! (1999-2009), Yahoo, Yahoo! Inc. (2009-present)', author, current status 'Inactive "
 "since October 26, 2009, (Japanese version inactive since 2019)') and the heading '== History ==' cut; kept as "
 "written: 'GeoCities, later Yahoo! GeoCities', 'third-most-visited', 'For example' after a colon, 'the company "
 "announced' (the company not named), 'GeoCities began as BHI' after the lead's 'Beverly Hills Internet' (the "
 "History section retells the start); cut after 'in southern California.', before the History paragraph 'The company "
 "created its own web directory, organized thematically as six so-called \"neighborhoods\". The neighborhoods "
 "included \"Colosseum\", \"Hollywood\", \"Rodeo', where the excerpt breaks off (`truncated`). A current rendering "
 "(the format batch 31i recorded 4.0 for Lyca Mobile and PTCL): recorded 4.0. GeoCities, Bohnett, Rezner, Beverly "
 "Hills Internet: 0 in train/dev/test and in every gather script; Yahoo!: other files (other events). Other copies "
 "seen and not taken: the older en.wikipedia.org page 'Yahoo! GeoCities' (a 2019-2020 rendering of an older lead), "
 "wikiwand.com's, a wikisum summary and a neocities fan page.", "US"))

R.append(wp("wp-goodreads", "Goodreads", "https://cloudflare-ipfs.com/ipfs/"
 "QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Goodreads.com.html",
 "Goodreads is an Amazon company and \"social cataloging\" website founded in December 2006 and launched in January "
 "2007 by Otis Chandler, II, a software engineer and entrepreneur, and Elizabeth Chandler. The website allows "
 "individuals to freely search Goodreads' extensive user-populated database of books, annotations, and reviews. Users "
 "can sign up and register books to generate library catalogs and reading lists. They can also create their own groups "
 "of book suggestions, surveys/polls, blogs, and discussions.\n\n"
 "In December 2007, the site had over 650,000 members and over 10,000,000 books had been added. By July 2012, the "
 "site reported 10 million members, 20 million monthly visits, and 30 employees. On July 23, 2013, it was announced on "
 "their website that the user base had grown to 20 million members, having doubled in close to 11 months. The "
 "website's offices are in San Francisco.\n\n"
 "On March 28, 2013, Amazon announced its acquisition of Goodreads for an undisclosed amount.\n\n"
 "The Chandlers created Goodreads in 2006. Goodreads' stated mission is \"to help people find and share books they "
 "love... [and] to improve the process of reading and learning throughout the world.\" Goodreads also addressed \"what "
 "publishers call the 'discoverability' problem\" by guiding consumers in the digital age to find books they might "
 "want to read.",
 "online services (book cataloguing website)", ["product", "deal", "leadership"],
 "A copy of the article in the IPFS snapshot of English Wikipedia (cloudflare-ipfs.com, page 'Goodreads.com'; batch "
 "30b took Venmo and batch 31i Warid Pakistan from IPFS snapshots; infobox 'Alexa rank ... (August 2016)', a 2017 "
 "snapshot): the infobox lines (homepage caption, type of site, available in, owner '(from Q2 2013 on)' with the "
 "owner's name lost, created by, Alexa rank, registration, launched, current status), the heading 'History' and the "
 "citation markers ('[2][3]', '[4]'-'[10]') cut; the editor's bracket '[and]' inside the mission quotation kept (it "
 "is the article's text, not a marker); kept as written: 'an Amazon company', 'Otis Chandler, II', 'Elizabeth "
 "Chandler', 'surveys/polls', 'on their website', 'The Chandlers'; cut after 'find books they might want to read.', "
 "before the paragraph 'During its first year of business, the company was run without any formal funding. ... "
 "True Ventures. In October 2010 the company opened its API ... Goodreads also r', which the excerpt breaks off "
 "inside (`truncated`). Content to 2016: recorded 3.0. Doubtful: the snapshot names no revision and its terms were "
 "not found in the page store. Goodreads, Otis Chandler, Elizabeth Chandler: 0 in train/dev/test and in every gather "
 "script; Amazon, San Francisco: other files (other events). Other copies seen and not taken: worldheritage.org's "
 "(an older revision, the same lead), kiddle's children's rewrite, detailedpedia.com's and wiki.gravy.cc's later "
 "revisions ('a subsidiary of Amazon', 'Elizabeth Khuri Chandler').", "US", v3=True,
 copy_of="the Wikipedia article, in the IPFS snapshot of English Wikipedia"))

R.append(wp("wp-orkut", "Orkut", "https://en.wikipedia.org/wiki/Orkut",
 "Orkut was a social networking service owned and operated by Google. The service was designed to help users meet new "
 "and old friends and maintain existing relationships. The website was named after its creator, Google employee "
 "Orkut Büyükkökten.\n\n"
 "Orkut was one of the most visited websites in India and Brazil in 2008. In that year, Google announced Orkut would "
 "be fully managed and operated in Brazil, by Google Brazil, in the city of Belo Horizonte. This was decided due to "
 "the large Brazilian user base and growth of legal issues.\n\n"
 "On June 30, 2014, Google announced it would be closing Orkut on September 30, 2014. No new accounts could be "
 "created starting from July 2014. Users could download their profile archive by Google Takeout.\n\n"
 "In April 2022, the website was reactivated, but only displayed a letter from its founder stating that something "
 "new was to come.",
 "online services (social network)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Orkut =', the infobox lines (logo, "
 "company type, area served, founder 'Orkut Büyükkökten', industry, owner 'Google', successor 'Google+', URL, "
 "commercial, advertising 'AdSense', website type, registration, language, screenshot) cut; kept as written: 'In "
 "that year', 'growth of legal issues', 'starting from July 2014', 'by Google Takeout'; cut after 'something new was "
 "to come.', before the heading '==Features==' and its table of traffic by country (United States, Japan, the "
 "Netherlands, the United Kingdom in 2004; Brazil, India, China, the United States and Japan in 2014), which the "
 "text could not carry as prose (`truncated`: the Features section goes on). Content to April 2022: recorded 4.0. "
 "Orkut, Büyükkökten, Google Brazil, Google Takeout: 0 in train/dev/test and in every gather script; Google, India, "
 "Brazil: other files (other events); Belo Horizonte: batch 20a's train file wp-mannesmann-vodafone-acquisition "
 "(another subject). 146 words, a little under the 150 the brief asks (the whole text before the table; batch 31i's "
 "giffgaff had 139).", "mixed"))

R.append(wp("wp-friendster", "Friendster", "https://en.wikipedia.org/wiki/Friendster",
 "Friendster was a social networking service originally based in Mountain View, California, founded by Jonathan "
 "Abrams and launched in March 2002. Before Friendster was redesigned, the service allowed users to contact other "
 "members, maintain those contacts, and share online content and media with those contacts. The website was also "
 "used for dating and discovering new events, bands, and hobbies. Users could share videos, photos, messages, and "
 "comments with other members via profiles and networks. It is considered one of the original social networking "
 "services.\n\n"
 "After the launching of Friendster as a social gaming platform in June 2011, the number of registered users reached "
 "over 115 million. The company operated mainly from four countries in Southeast Asia: the Philippines, Malaysia, "
 "Thailand, and Singapore, and over 90% of the site's traffic came from Asia. As of 2008, Friendster had more monthly "
 "unique visitors than any other social network in Asia. Friendster remained notably popular in Indonesia through "
 "2012.\n\n"
 "The company suspended services in 2015, citing \"the evolving landscape in our challenging industry\" and lack of "
 "engagement by the online community, and ceased trading in 2018.\n\n"
 "Friendster was founded by Canadian computer programmer Jonathan Abrams in 2002, before MySpace (2003), Hi5 (2004), "
 "Facebook (2004), and other social networking sites. Friendster.com went live in 2003 and was adopted by 3 million "
 "users within the first few months.",
 "online services (social network)", ["product", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Friendster =', the infobox lines "
 "(logo, location city 'Dover, Delaware', location country, area served, key people 'Mike Carson (CEO)', URL, "
 "website type, advertising, registration, current status, users '8.2 million (June 2010)') and the heading "
 "'==History==' cut; kept as written: 'launched in March 2002' beside 'went live in 2003' (the article's own two "
 "dates), 'After the launching of', 'Friendster.com' beside 'Friendster', 'MySpace (2003), Hi5 (2004), Facebook "
 "(2004)'; cut after 'within the first few months.', before the paragraph 'Friendster was one of the first of these "
 "sites to attain over 1 million members, although it was preceded by several other smaller', which the excerpt "
 "breaks off inside (`truncated`; MOL Global's purchase of 2009, told by news pages, is therefore not in the text). "
 "A current rendering: recorded 4.0. Friendster, Jonathan Abrams, Hi5: 0 in train/dev/test and in every gather "
 "script; MySpace: two Wikinews files on MySpace itself (a train and a dev file) and batch 31b's Cyworld text (here named "
 "once, as a later network); Facebook, Mountain View, California, the "
 "Philippines, Malaysia, Thailand, Singapore, Indonesia: other files (other events). Other copies seen and not "
 "taken: a cloudfront.net copy (an earlier revision, founded 'March 2003', 'Ganesh Kumar Bangah (CEO)' in the infobox "
 "only) and self.gutenberg.org's (an older revision).", "mixed"))

# ---- e-commerce and music ----------------------------------------------------------------------------------------
R.append(wp("wp-myntra", "Myntra", "https://dyto08wqdmna.cloudfrontnetl.store/https://wikipedia.org/wiki/Myntra",
 "Myntra is an Indian fashion e-commerce company headquartered in Bengaluru, Karnataka, India. The company was "
 "founded in 2007-2008 to sell personalized gift items. In May 2014, Myntra.com was acquired by Flipkart.\n\n"
 "In May 2022, Myntra launched an express delivery service on its app to offer a one-of-a-kind experience on its "
 "fashion and beauty platform. This service allows shoppers to receive their orders for products marked with "
 "\u2018M-express tag\u2019 on the listing page within 24\u201348 hours of purchase.\n\n"
 "Established by Mukesh Bansal along with Ashutosh Lawania and Vineet Saxena, Myntra sold on-demand personalized gift "
 "items. It mainly operated on the B2B (business-to-business) model during its initial years. Between 2007 and 2010, "
 "the site allowed customers to personalize products such as T-shirts, mugs, mouse pads, and others.\n\n"
 "In 2011, Myntra began selling fashion and lifestyle products and moved away from personalisation. By 2012, Myntra "
 "offered products from 350 Indian and International brands. The website launched the brands Fastrack Watches and "
 "Being Human.\n\n"
 "In 2014, Myntra was acquired by Flipkart in a deal valued at 2,000 crore (US$240 million). The purchase was "
 "influenced by two large common shareholders Tiger Global and Accel Partners. Myntra functions and operates "
 "independently. Myntra continues to operate as a standalone brand under Flipkart's ownership, focusing primarily on "
 "\"fashion-conscious\" consumers.",
 "e-commerce (online fashion retailer)", ["product", "deal", "leadership"],
 "The article as wikipedia.org rendered it, held in the page store through a proxy address "
 "(dyto08wqdmna.cloudfrontnetl.store, which shows wikipedia.org's page under its own host; the 'Jump to content' "
 "skin, infobox 'Founded 2007; 17 years ago', a 2024 rendering): the lines 'Jump to content', the title, 'Page "
 "semi-protected', 'From Wikipedia, the free encyclopedia', the infobox lines (screenshot, type of site, available "
 "in, founded, area served, founders 'Mukesh Bansal, Vineet Saxena, Ashutosh Lawania', CEO 'Nandita Sinha', parent "
 "'Flipkart', subsidiaries 'Fitiquette, Roadster', URL, commercial, registration, current status), the heading "
 "'History' and the citation markers ('[1]', '[2][3][4][5]', '[6][7][8][9]', '[10]'-'[14]') cut; kept as written: "
 "'founded in 2007-2008', 'Myntra.com' beside 'Myntra', the curly quotes around 'M-express tag', '24\u201348', "
 "'personalisation' beside 'personalized', 'International brands', '2,000 crore (US$240 million)' (no rupee sign in "
 "the rendering), the purchase told twice ('In May 2014' and 'In 2014'); cut after '\"fashion-conscious\" "
 "consumers.', before the paragraph 'In 2014, Myntra's portfolio included about 1,50,000 products of over 1,000 "
 "brands, with', which the excerpt breaks off inside (`truncated`). A 2024 rendering: recorded 4.0. Doubtful: the "
 "proxy host is no Wikimedia site and names no revision (the text is the article's; no other Wikipedia copy of "
 "Myntra came back, only news, a timeline, a blog and a grokipedia page). Myntra, Mukesh Bansal, Lawania, Vineet "
 "Saxena, Tiger Global, Fastrack, Being Human: 0 in train/dev/test and in every gather script; Flipkart: batch 26c's "
 "train file wp-phonepe (PhonePe's purchase by Flipkart; another deal); Accel: the word 'accelerate' in other files "
 "only; Bengaluru, Karnataka, India: other files.", "non-US",
 copy_of="the Wikipedia article, shown through a proxy host"))

R.append(wp("wp-napster", "Napster", "http://108.161.137.60/piglix/Napster",
 "Napster was the name given to two music-focused online services. It was founded as a pioneering peer-to-peer (P2P) "
 "file sharing Internet service that emphasized sharing digital audio files, typically songs, encoded in MP3 format. "
 "The company ran into legal difficulties over copyright infringement, ceased operations and was eventually acquired "
 "by Roxio. In its second incarnation Napster became an online music store until it was acquired by Rhapsody from "
 "Best Buy on December 1, 2011.\n\n"
 "Later companies and projects successfully followed its P2P file sharing example such as Gnutella, Freenet, Kazaa, "
 "Bearshare, and many others. Some services, like LimeWire, Scour, Grokster, Madster, and eDonkey2000, were brought "
 "down or changed due to copyright issues.\n\n"
 "Napster was founded by Shawn Fanning, John Fanning, and Sean Parker. Initially, Napster was envisioned as an "
 "independent peer-to-peer file sharing service by Shawn Fanning. The service operated between June 1999 and July "
 "2001. Its technology allowed people to easily share their MP3 files with other participants. Although the original "
 "service was shut down by court order, the Napster brand survived after the company's assets were liquidated and "
 "purchased by other companies through bankruptcy proceedings.",
 "online services (file sharing, music store)", ["product", "deal", "leadership"],
 "A copy of the article on the piglix.com mirror (at the address 108.161.137.60/piglix; batch 31b took Cyworld from "
 "piglix): the line '*** Welcome to piglix ***', the title line, the infobox lines (logo, developers 'Shawn Fanning, "
 "Sean Parker, John Fanning', initial release 'June 1, 1999; 17 years ago', stable release 'September 3, 2002', "
 "development status 'Merged with Rhapsody', operating system, available in, type 'Media player', website) cut (the "
 "copy shows no headings or citation markers in this part); kept as written: 'typically songs', 'ceased operations and was eventually acquired by "
 "Roxio', 'acquired by Rhapsody from Best Buy', 'Bearshare', 'brought down'; cut after 'through bankruptcy "
 "proceedings.', before the paragraph 'Although there were already networks that facilitated the distribution of "
 "files across the Internet, such as IRC, Hotline, and Usenet, ... download cop', which the excerpt breaks off "
 "inside (`truncated`). Content to 2016: recorded 3.0. Doubtful: piglix names no revision and its terms were not "
 "found in the page store (piglix was used by batch 31b and earlier batches). Napster, Roxio, Rhapsody, Shawn "
 "Fanning, John Fanning, Sean Parker, Gnutella, Freenet, Bearshare, LimeWire, Scour, Grokster, Madster, eDonkey2000: "
 "0 in train/dev/test and in every gather script; Kazaa: named once in GATHERING.md (another batch's name check); Best "
 "Buy: two Wikinews files on Apple (other events).", "US", v3=True,
 copy_of="the Wikipedia article, mirrored at piglix.com"))

R.append(wp("wp-hotmail", "Hotmail", "http://www.fact-index.com/h/ho/hotmail.html",
 "Hotmail is one of the popular free 'webmail' email services, which are accessible from anywhere on the planet via a "
 "standard web browser. It was founded by Jack Smith and Indian entrepreneur, Sabeer Bhatia in 1995, and was "
 "commercially launched on July 4th, 1996, Independence Day of the USA, symbolically representing freedom from ISPs.\n\n"
 "Jack Smith first had the idea of accessing e-mail via the web from a computer anywhere in the world. When Sabeer "
 "Bhatia came up with the business plan for the mail service, he tried all kinds of names ending in 'mail' and finally "
 "settled for hotmail as it included the letters \"HTML\" - the markup language used to write web pages. It was "
 "initially referred to as HoTMaiL with selective upper casing.\n\n"
 "Hotmail was later sold to Microsoft corporation, which rebranded it under its MSN umbrella. Hotmail serves e-mail "
 "accounts in many countries. Hotmail is currently the largest webmail provider.\n\n"
 "Hotmail allows its members 2MB of free e-mail space, be it sent or received e-mail. Additional space and POP3 access "
 "is also available.",
 "online services (webmail)", ["product", "deal", "leadership"],
 "A copy of an early revision of the article on fact-index.com (a mirror of English Wikipedia of about 2004: 'Main "
 "Page | See live article | Alphabetical index'): that line, the line 'See also: List of Wikipedia articles based "
 "upon websites' and the heading 'External Links' cut; the whole article as the copy holds it (`truncated` false: "
 "nothing after the last paragraph but the see-also line); kept as written: ''webmail'' in single quotes, 'Indian "
 "entrepreneur, Sabeer Bhatia in 1995' (the comma as written), 'July 4th, 1996, Independence Day of the USA', "
 "'settled for hotmail', 'HoTMaiL', 'Microsoft corporation', 'is currently the largest webmail provider' (present "
 "tense of about 2004). Content to about 2004: recorded 3.0 (Wikipedia's text of that time was later relicensed "
 "under CC BY-SA 3.0, as batches 22b-31i recorded older revisions). Doubtful: fact-index.com names no revision and "
 "its terms were not found in the page store; no en.wikipedia.org rendering of Hotmail or Outlook.com came back, only "
 "news, glossary, quiz and Italian pages. Hotmail, Sabeer Bhatia, Jack Smith: 0 in train/dev/test and in every gather "
 "script; Microsoft, MSN: other files (other events; MSN in a Wikinews file on Yahoo!Xtra, batch 29b's Qzone "
 "text and one test file by count). Outlook.com, named in batch 31b's Proton Mail text, is not named here.", "US", v3=True,
 copy_of="an early revision of the Wikipedia article, mirrored at fact-index.com"))
R[-1]["truncated"] = False   # the whole article as the copy holds it

R.append(wp("wp-picasa", "Picasa", "https://wiki.studentb.eu/Picasa_wikipedia_Google_lan_en_html.html",
 "Picasa was a cross-platform image organizer and image viewer for organizing and editing digital photos, integrated "
 "with a now defunct photo-sharing website, originally created by a company named Lifescape (which at that time was "
 "incubated by Idealab) in 2002. \"Picasa\" is a blend of the name of Spanish painter Pablo Picasso, the word casa "
 "(Spanish for \"house\") and \"pic\" for pictures.\n\n"
 "Native applications for Windows XP, Windows Vista, Windows 7, and macOS were available. Linux support was provided "
 "by bundling the Windows version alongside the Wine compatibility layer. An iPhoto plugin and a standalone program "
 "for uploading photos were available for Mac OS X 10.4 and later.\n\n"
 "In July 2004, Google acquired Picasa from Lifescape and began offering it as freeware. The name was also registered "
 "by Google as an LLC. On February 12, 2016, Google announced it was discontinuing support for Picasa Desktop and "
 "Picasa Web Albums, effective March 15, 2016, and focusing on the cloud-based Google Photos as its successor. Picasa "
 "Web Albums, a companion service, was closed on May 1, 2016.",
 "software (photo organizer and photo-sharing website)", ["product", "deal"],
 "A copy of the article's lead on wiki.studentb.eu (a page headed 'Picasa' that shows the lead with its infobox and "
 "its numbered references): the title line, the infobox lines (original authors 'Lifescape, Inc.', developers "
 "'Lifescape (Google)', initial release 'October 15, 2002', final releases of 9 October 2015, operating systems, type, "
 "licence, website), the citation markers ('[3]', '[4]', '[4][5]', '[6]'-'[8]') and the reference list after the "
 "lead ('1. ^ \"NEWS! - Lifescape's Picasa aims to be your digital \"shoebox\"\" ...') cut; kept as written: "
 "'(which at that time was incubated by Idealab)', 'the word casa (Spanish for \"house\")', 'Mac OS X 10.4' beside "
 "'macOS', 'registered by Google as an LLC'; the copy holds the lead only (`truncated`: the article's sections are "
 "not in it). References retrieved to May 2016: recorded 3.0. Doubtful: the copy names no revision and its terms "
 "were not found in the page store. Picasa, Lifescape, Idealab, Google Photos, Pablo Picasso: 0 in train/dev/test "
 "and in every gather script; Google, Windows XP, Windows Vista, macOS, Linux: other files (other events); iPhoto: "
 "one test file by count; 'Wine' in other files is the drink. Other copies seen and not taken: fact-index-style "
 "older copies at ftpbd.com and abc.sol-legas.org (with advertising lines), sparkthread.net's one-paragraph copy, a "
 "wikisum summary.", "US", v3=True,
 copy_of="the Wikipedia article's lead, copied at wiki.studentb.eu"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
