#!/usr/bin/env python3
"""Batch 40z (session 41; gatherer lane 40z): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t and 40u, turned to internet, hosting and domain companies - a free web host of
the 1990s, an Australian domain registrar and a British social networking site, told by founders, a chief
executive, owners, buyers, parents, subsidiaries and the services they run: the
web hosting service Tripod.com owned by Lycos, the company that two Williams College classmates, Bo Peabody and Brett
Hershey, started in 1992 with the economics professor Dick Sabot, headquartered in Williamstown, Massachusetts, with
Peabody as CEO, its magazine Tools for Life and its launch of 1995 (internet, US); the Melbourne domain name registrar
and web host formed in 1996, listed on the Australian Securities Exchange in December 1999, accredited by ICANN in
April 1999 to compete with Network Solutions, its purchases of Cogent, IDR Management Services, WebCentral (2006) and
Verisign DBMS (2008) (internet, Australia); the social networking site Friends Reunited, its sister site Genes
Reunited, ITV's ownership until August 2009, the sale to DC Thomson's Brightsolid subsidiary and its closing on 26
February 2016 (internet, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself (a current '= Title =' rendering) and two from copies (the Kiwix dump
wikipedia_en_all_maxi_2020-08 on a.osmarks.net, as batch 38g took Aziz Akhannouch from it, and en-academic.com's copy,
as batch 36x took Batelco from it), each cut at a sentence end or a paragraph end. Edits per item in `notes`; no word
added or changed. No text tells an outage and none tells a near-miss (Friends Reunited's closing is a business
decision). newskg (or any extractor) was not run on any text.
usage: batch40z.py [POOL_DIR] [--dry]   (default /tmp/gather41z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41z/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- internet, US: Tripod (the Kiwix dump of August 2020 on a.osmarks.net) -------------------------------------------
R.append(wp("wp-tripod-web-hosting", "Tripod (web hosting)",
 "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Tripod_(web_hosting)",
 "Tripod.com is a web hosting service owned by Lycos. Originally aiming its services to college students and young "
 "adults, it was one of several sites trying to build online communities during the 1990s. As such, Tripod formed part "
 "of the first wave of user-generated content. Free webpages are no longer available and have been replaced by paid "
 "services.\n\n"
 "Tripod offers free and paid web hosting services, including 20 megabytes of storage space and the ability to run "
 "Common Gateway Interface (CGI) scripts in Perl. In addition to basic hosting, Tripod also offers a blogging tool, a "
 "photo album manager, and the Trellix site builder for WYSIWYG page editing. Tripod's for-pay services include "
 "additional disk space, a shopping cart, domain names, web and POP/IMAP email.\n\n"
 "Tripod originated in 1992 with two Williams College classmates, Bo Peabody and Brett Hershey, along with Dick Sabot, "
 "an economics professor at the school. The company was headquartered in Williamstown, Massachusetts, with Peabody as "
 "CEO. Although it would eventually focus on the Internet, Tripod also published a magazine, Tools for Life, that was "
 "distributed with textbooks, and offered a discount card for students.\n\n"
 "The domain name Tripod.com was created on September 29, 1994, and the site officially launched in 1995 after "
 "operating in \"sneak-preview mode\" for a period. Billed as a \"hip Web site and pay service for and by college "
 "students\", it offered how-to advice on practical issues that might concern young people when first living away "
 "from home. It planned to charge a minimal fee and make money primarily on commissions from partners who would sell "
 "products on the site.",
 "internet", ["history", "ownership", "leadership"],
 "The article 'Tripod (web hosting)' as the Kiwix dump wikipedia_en_all_maxi_2020-08 on a.osmarks.net holds it in the "
 "page store (as batch 38g's Aziz Akhannouch came from the same dump; a revision of about 2020: 'Free webpages are no "
 "longer available', the infobox's Alexa rank of January 2018; no revision id). Cut: the title line 'Tripod (web "
 "hosting)'; the infobox ('Tripod', 'Type of site', 'Free web hosting service', 'OwnerLycos', 'Created byBo Peabody, "
 "Brett Hershey, and Dick Sabot', 'URLtripod.lycos.com', 'Alexa rank 5,751 (January 2018)[1]', 'CommercialMixed', "
 "'RegistrationYes'), printed after the lead paragraph; the headings 'Services', 'History' and 'Website launch'; the "
 "citation markers '[2]', '[3]' and '[4]'; cut after 'sell products on the site.', a sentence end inside the Website "
 "launch paragraph, because the excerpt breaks off in the next sentence ('Other services available included r\u00e9sum"
 "\u00e9 writing features and a simple home'; `truncated`; a cut inside a paragraph, doubtful), so Lycos's purchase of "
 "1998 is not told in the text (only 'owned by Lycos'). Kept as written: 'Originally aiming its services to college "
 "students', 'during the 1990s', 'Free webpages', 'Common Gateway Interface (CGI) scripts in Perl', 'the Trellix site "
 "builder', 'web and POP/IMAP email', 'two Williams College classmates', 'with Peabody as CEO', 'Tools for Life', "
 "'sneak-preview mode' and 'hip Web site ...' in their quotation marks, the comma after the second quotation. 266 "
 "words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a 2020 dump, before June 2023); doubtful in that no "
 "revision id is held. WikiMili's, seomastering.com's, en-academic.com's and absoluteastronomy.com's copies (a later "
 "lead with the 'Lycos Publish' plans, an older one with 'now owned by Lycos', and copies with raw markup or glossary "
 "text pasted in), theinfolist.com (glossary text inside sentences), wikisum.wiki (sentences picked out of the "
 "article) and a Spanish machine translation were looked at and not used. Tripod, Bo Peabody, Brett Hershey, Dick "
 "Sabot, Trellix, Tools for Life: " + CHECKED + " (Lycos is named in batch 40u's notes only; Williams College in one "
 "train text and batch 28a's script, a biography on another subject).", "US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2020, the Kiwix dump wikipedia_en_all_maxi_2020-08"))

# ---- internet, Australia: Melbourne IT (en-academic.com's copy) ------------------------------------------------------
R.append(wp("wp-melbourne-it", "Melbourne IT", "https://en-academic.com/dic.nsf/enwiki/903665",
 "Melbourne IT is an Australian Internet company listed on the Australian Securities Exchange. Formed in 1996, its "
 "primary business is domain name registration in most of the major national and global top-level domains. It also "
 "offers web and email hosting services and online marketing services.\n\n"
 "The company is a profit-earning medium-sized (in the Australian context) Internet business, with 2004 earnings of "
 "approximately 4.5 million AUD (EBIT) on revenues of about 60 million AUD, and continues to grow steadily. It has "
 "operations in several European countries through the acquisition of Cogent, as well as IDR Management Services, "
 "based in London. Melbourne IT currently operates eighteen main global offices, including an office in the "
 "Washington, DC area and Mountain View, California.\n\n"
 "For historical reasons (outlined below) Melbourne IT had a de facto monopoly on domain name registrations for "
 "several years, providing more than half of its revenues until April 1999 when ICANN awarded it one of the first "
 "five registrar licenses to compete with Network Solutions Inc in registering domain names under .com, .net and "
 ".org. From December 1999, when Melbourne IT listed on the ASX, the registration of international domain names has "
 "dominated its revenues. Internationally, as an ICANN-accredited registrar, Melbourne IT is ranked around 5 in the "
 "world, making the company the largest Australian domain name registrar.\n\n"
 "The company has attempted to diversify its revenue sources to reduce its dependence on domain names, introducing "
 "managed hosting products and consulting services. In 2006, Melbourne IT acquired WebCentral, Australia's largest "
 "web hosting company. In 2008, Melbourne IT acquired Verisign DBMS for US$50m.",
 "internet", ["history", "deal"],
 "The article 'Melbourne IT' as en-academic.com's copy of English Wikipedia (dic.nsf/enwiki/903665, as batch 36x took "
 "Batelco from the same site) holds it in the page store (a revision of about 2008-2010 by its content: the purchase "
 "of Verisign DBMS in 2008 told, the 2013 sale of its Digital Brand Services division not; no revision id). Cut: the "
 "title lines ('Melbourne IT' twice); the ticker printed damaged after 'Australian Securities Exchange' ('(ASXMLB)', "
 "the colon or space between 'ASX' and 'MLB' lost; a cut inside the first sentence, doubtful, as batch 40t cut Pipex's "
 "damaged pronunciation; the rest of the sentence unchanged); the citation markers ' [1]', ' [2]', ' [3]', '[4]', ' "
 "[5]' and '[6]' (with the space the copy prints before five of them); cut after 'for US$50m.', the end of the lead, "
 "before the History paragraph the excerpt breaks off ('Melbourne IT's history dates back to April 1996 when Eugene "
 "Falk AM OBE and Professor Peter Gerrand [7] were appointed as Chairman and CEO, respectively, for the University of "
 "Melbourne\u2019s new commercial su'; `truncated`), so the chairman and chief executive of 1996 and the University "
 "of Melbourne are not in the text. Kept as written: 'Australian Internet company', 'profit-earning medium-sized (in "
 "the Australian context)', '4.5 million AUD (EBIT)', 'continues to grow steadily', 'Melbourne IT currently "
 "operates', 'the Washington, DC area', 'For historical reasons (outlined below)' (the History section is cut), 'de "
 "facto monopoly', 'registrar licenses', 'Network Solutions Inc' (no full stop), '.com, .net and .org', 'ranked "
 "around 5 in the world', 'Verisign DBMS', 'US$50m'. 260 words. No outage and no near-miss told. Recorded CC BY-SA "
 "3.0 (a revision before June 2023 by its content); doubtful in that no revision id is held and en-academic's own "
 "terms were not checked (as batch 36x recorded). the-uncensored-wiki.com's older copy (about 2006-2007: Robert Elz "
 "'placed in charge of the .au top-level domain', no later purchases), ICANNWiki's page (another wiki, its own "
 "text), the Sydney Morning Herald, Times Higher Education and internetnews.com pieces (news, not openly licensed) "
 "were looked at and not used. Melbourne IT, WebCentral, IDR Management Services, Network Solutions: " + CHECKED +
 " (Cogent matches Cogent Communications in texts on other subjects; Verisign and ICANN are named in texts and "
 "scripts on other subjects).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2008-2010, en-academic.com's copy"))

# ---- internet, UK: Friends Reunited (en.wikipedia.org, a current '= Title =' rendering) ------------------------------
R.append(wp("wp-friends-reunited", "Friends Reunited", "https://en.wikipedia.org/wiki/Friends_Reunited",
 "Friends Reunited was a portfolio of social networking websites based upon the themes of reunion with research, "
 "dating and job-hunting. The first and eponymous website was created by a husband-and-wife team in the classic "
 "back-bedroom Internet start-up; it was the first online social network to achieve prominence in Britain, and it "
 "weathered the dotcom bust.\n\n"
 "Each site worked on the principle of user-generated content through which registered users were able to post "
 "information about themselves which could be searched by other users. A double-blind email system allowed contact "
 "between users. Formerly, the site cost \u00a37.50 per year to use but it was later free of charge.\n\n"
 "The main Friends Reunited site aimed to reunite people who had in common a school, university, address, workplace, "
 "sports club or armed service; the sister site Genes Reunited enabled members to pool their family trees and "
 "identify common ancestors; the Dating and Jobs sister sites linked members with similar attributes, interests "
 "and/or locations.\n\n"
 "Friends Reunited branding was attached to CD collections of nostalgic popular music, and television programmes "
 "broadcast on the ITV network, which owned the site until August 2009. A book of members' stories was published in "
 "2003 by Virgin Books, and a song about (and named after) the site was released by The Hussys in 2006.\n\n"
 "Following ITV's sale of the site to DC Thomson's Brightsolid subsidiary in 2009, the company relaunched Friends "
 "Reunited in March 2012 with an emphasis on nostalgia and memories.\n\n"
 "On 26 February 2016 the website closed down, after 16 years of operation.",
 "internet", ["history", "ownership", "deal"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Friends_Reunited, a current rendering "
 "headed '= Friends Reunited =' (no revision id). Cut: the title line; the infobox list ('Friends Reunite', logo, "
 "screenshot, 'Url: friendsreunited.co.uk', 'Commercial: Yes', 'Type: Social networking service', registration, "
 "language, 'Num Users: 23.8 million (2010)', 'Owner: DC Thomson', 'Current Status: Shut down as of 26 February "
 "2016'); cut after 'after 16 years of operation.', the end of the lead, before the headings '==History==' and "
 "'===Establishment===' and the paragraph the excerpt breaks off ('The we'; `truncated`), so the founders (Julie and "
 "Steve Pankhurst, Jason Porter) and ITV's purchase of 2005 are not in the text. No citation markers on this "
 "rendering. Kept as written: 'a portfolio of social networking websites', 'a husband-and-wife team in the classic "
 "back-bedroom Internet start-up', 'the dotcom bust', 'Formerly, the site cost \u00a37.50 per year', 'the Dating and "
 "Jobs sister sites', 'and/or locations', 'the ITV network, which owned the site until August 2009', 'a song about "
 "(and named after) the site', 'The Hussys', 'the company relaunched', 'with an emphasis on nostalgia' (the Kiwix "
 "copy of 2023-02 reads 'with a new emphasis'). 255 words. No outage and no near-miss told (the closing of 26 "
 "February 2016 is a business decision). Recorded CC BY-SA 4.0 (a current rendering); doubtful only in that no "
 "revision id is held. The Kiwix copy wikipedia_en_top1m_2023-02 on dev.library.kiwix.org (its excerpt breaks off "
 "in the first sentence on the founders), piglix's copy, The Register, Silicon UK, Daily Business, the Oxford Times, "
 "the Daily Mail, inkl and officechai pieces on the founding, the sales and the closing (news, not openly licensed) "
 "were looked at and not used. Friends Reunited, Pankhurst, Genes Reunited, Brightsolid, DC Thomson, Virgin Books, "
 "The Hussys: " + CHECKED + " (ITV is named in many texts).", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
