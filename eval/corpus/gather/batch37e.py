#!/usr/bin/env python3
"""Batch 37e (session 38; helper gather38e): English Wikinews (CC BY 2.5) telecom, internet and media business
stories from the toscaData R package (github.com/Docma-TU/toscaData: data/economy.rda and data/politics.rda), the
Wikinews lane of batches 36e, 36g and 36s. Chosen by a fresh scan of both sets for records no earlier batch names
(ids, titles, source pages, corpus slugs), 150-1,500 words, ranked by outage and attack words and then by deal and
executive words beside telecom, internet and media words. Kept, five texts:
- ID763542: the broadcasting regulator's approval of a telecom group's revised bid for a broadcaster, with the
  regulator's chairman (2013; the lead batch 36e left; its damaged opening paragraph cut, see the note);
- ID41026: a telecom carrier denying it handed customer call records to a spy agency, the carrier it bought, a
  newspaper's spokesman and another carrier's former chief executive (2006);
- ID113332: the break-in to a governor's webmail account, the leak site that hosted its contents and the webmail
  provider whose security questions were answered (2008; near-miss: an attack, no service lost);
- ID56730: a computer maker's French arm sued by a consumer group for selling PCs only with an operating system
  bundled, and the software maker's European fine (2006);
- ID60866: a company's filter for copyrighted uploads, its chief executive, the social network that will adopt it
  and the video site that holds out, each with its owner (2007).
No word added or changed: whole paragraphs cut where link text was lost, a poll line and a layout residue cut.
usage: batch37e.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl made by toscadata_lib.load;
this round used /tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather34b/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38e/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID763542": ("telecom/broadcasting", "Canada", "acquisition,regulator", "",
              [(r"\A[^\n]*\n\n", ""),
               (r"\n\nDo you think this decision really protects costumers' interests\?", "")],
              "First paragraph cut whole: its opening words lost the buyer's linked name (it begins 'Canada (BCE)'s "
              "most recent bid') and the amount its currency sign; the approval 'on Thursday' by the Canadian "
              "Radio-television and Telecommunications Commission was told there and is gone with it. The "
              "reader-poll line 'Do you think this decision really protects costumers' interests?' cut between two "
              "paragraphs. A regulator's approval of a revised bid for a broadcaster, its conditions and "
              "safeguards, and the regulator's chairman."),
 "ID41026": ("telecom", "US", "privacy,acquisition,spokesperson", "", [],
             "Clean as converted; the article's slips kept ('where handed over', 'long-stance carrier', 'However;', "
             "'the USA Today'). A carrier denying that it gave customer call records to a spy agency, the carrier it "
             "bought, a rival's denial, a newspaper's spokesman and another carrier's former chief executive."),
 "ID113332": ("internet/webmail", "US", "security,hacking", "",
              [(r"\A[^\n]*\n\n", ""), (r"\s*<div style=\"clear:left;\">\s*\Z", "")],
              "First paragraph cut whole: the name of the internet group was lost with its link ('loosely associated "
              "with internet group managed to hack'), and the paragraph is that one sentence (the governor's full "
              "name, post and the day of the break-in go with it). A layout residue '<div style=\"clear:left;\">' cut "
              "at the end. A webmail account broken into through its provider's security questions, its contents "
              "hosted on a leak site. Near-miss for outages: an attack on one account, no service lost."),
 "ID56730": ("technology/computers", "France", "legal,consumer,subsidiary", "", [],
             "Clean as converted; the list of the consumer group's demands kept as one paragraph with its '*' item "
             "marks, as converted. A computer maker's French arm sued over PCs sold with an operating system "
             "bundled, its legal affairs director's reply, and the software maker's EU fine."),
 "ID60866": ("internet/media", "US", "product,copyright,ownership", "", [],
             "Clean as converted ('--e.g.' kept as written). A company's filter for copyrighted uploads "
             "demonstrated by its chief executive, a social network that agreed to adopt it and a video site that "
             "has not, each with its owner."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
