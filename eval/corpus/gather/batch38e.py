#!/usr/bin/env python3
"""Batch 38e (session 39; helper gather39e): English Wikinews (CC BY 2.5) business and technology stories with
parents, partners, clients, consortia and the services companies run, taken from the toscaData R package
(github.com/Docma-TU/toscaData: data/economy.rda), the Wikinews lane of batches 37e, 37h, 37m, 37r and 37v. Records
were picked by a scan of both sets for ids named in no GATHERING.md section, gather script or /work/notes file and
for titles whose `batch12.slug` is in no split or session-38/39 pool, 150-1,500 words, with outage words (none
told an outage) and then deal, executive and company words, and read in full. Kept:
- ID120716: a software maker closing the studio that made its flight simulator series, with the founder of a fan
  website and a magazine's editor (February 2009);
- ID68994: an online payment service given a bank licence in Luxembourg, its general manager for a region, its
  parent company and a rival's payment service (May 2007; leading and trailing residue cut, one false paragraph
  break closed up);
- ID60117: a university library joining a search company's book-digitisation project, with the libraries that
  partnered before it (February 2007; trailing residue cut);
- ID261695: a social network that hired a PR firm to discredit a rival's website, the firm's apology (May 2011;
  leading residue cut);
- ID48451: Chad's president ordering two oil companies of a consortium out of the country over taxes, the consortium's
  third member and a state oil company to be brought in (August 2006).
No word added or changed: two leading residues and two trailing residues cut, one false paragraph break closed up.
usage: batch38e.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl as toscadata_lib.load reads
them; default /tmp/gather39e/tosca. When the .pkl files are missing and economy.rda/politics.rda are there, they are
made by toscadata_lib.load (with the standard-library reader `rda.py` when the `rdata` package is not installed);
the .rda files are the package's own, as `git show HEAD:data/economy.rda` gives them from the fetched mirror of
github.com/Docma-TU/toscaData)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39e/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID120716": ("technology/software", "US", "studio closure,layoffs,product", "", [],
              "Clean as converted. A software maker's flight simulator series left uncertain after the studio that "
              "developed it was closed in job cuts, with the founder of a fan website and a magazine editor."),
 "ID68994": ("finance/payments", "non-US", "banking licence,parent company,regulation", "<noinclude>",
             [(r"\bby the U\.K\.\n\nFinancial Services Authority\.", "by the U.K. Financial Services Authority."),
              (r"\s*==Related news== \*\Z", "")],
             "Leading residue '<noinclude>' and trailing residue '==Related news== *' (a heading left without its "
             "list) cut; one false paragraph break closed up: the paragraph rule split 'the U.K. Financial Services "
             "Authority' after 'U.K.', where the link had left two spaces. An online payment service given a banking "
             "licence in Luxembourg, its regional general manager, its parent company and a rival's service."),
 "ID60117": ("technology/internet", "mixed", "partnership,digitisation,libraries", "",
             [(r"\s*==Related wikinews== \*\Z", "")],
             "Trailing residue '==Related wikinews== *' (a heading left without its list) cut. The article's slips "
             "kept ('more that 6 million', 'University Compultense of Madrid', 'Texas University at Austin'). A "
             "university library joining a search company's book-digitisation project, and the libraries that "
             "joined before it."),
 "ID261695": ("technology/internet", "US", "client,public relations,rivalry", "Internet", [],
              "Leading category word 'Internet' cut; otherwise clean. A social network that hired a PR firm to "
              "discredit a rival's social website, and the firm's apology."),
 "ID48451": ("energy/oil", "non-US", "consortium,taxes,government", "", [],
             "Clean as converted; the article's two spellings 'Déby' and 'Deby' kept. Chad's president ordering two "
             "members of an oil consortium out of the country over unpaid taxes, the consortium's third member and "
             "a state oil company to be brought in."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
