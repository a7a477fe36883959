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
made by `build_pkl` below, a small standard-library reader of R's XDR serialisation, since the `rdata` package
toscadata_lib.load falls back on is not installed on this machine; the .rda files are the package's own, as `git
show HEAD:data/economy.rda` gives them from the fetched mirror of github.com/Docma-TU/toscaData)"""
import os, sys, struct, lzma, gzip, bz2, pickle
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39e/pool"


class _Vec(list):
    def __init__(self, v, attrs):
        list.__init__(self, v)
        self.attrs = attrs


def _read_rda(path):
    """The objects of an .rda file (XDR format, version 2 or 3, no ALTREP) as {name: value}; vectors are lists
    with their attributes in `.attrs`, pairlists lists of (tag, value)."""
    b = open(path, "rb").read()
    if b[:2] == b"\x1f\x8b":
        b = gzip.decompress(b)
    elif b[:3] == b"BZh":
        b = bz2.decompress(b)
    elif b[:6] == b"\xfd7zXZ\x00":
        b = lzma.decompress(b)
    assert b[:5] in (b"RDX2\n", b"RDX3\n") and b[5:7] == b"X\n", b[:7]
    st = {"i": 7, "refs": []}

    def i32():
        v = struct.unpack(">i", b[st["i"]:st["i"] + 4])[0]
        st["i"] += 4
        return v

    def item():
        f = i32()
        t, has_attr, has_tag = f & 0xFF, f & (1 << 9), f & (1 << 10)
        if t in (254, 253, 252, 251, 250, 242, 241):
            return None
        if t == 255:
            return st["refs"][(f >> 8) - 1]
        if t == 1:
            v = item()
            st["refs"].append(v)
            return v
        if t in (2, 6, 239, 240):
            lst = []
            while True:
                if has_attr:
                    item()
                tag = item() if has_tag else None
                lst.append((tag, item()))
                f = i32()
                t, has_attr, has_tag = f & 0xFF, f & (1 << 9), f & (1 << 10)
                if t == 254:
                    return lst
                if t not in (2, 6, 239, 240):
                    st["i"] -= 4
                    lst.append((None, item()))
                    return lst
        if t == 9:
            n = i32()
            if n == -1:
                return None
            v = b[st["i"]:st["i"] + n].decode("utf-8", "replace")
            st["i"] += n
            return v
        if t in (10, 13, 14, 16, 19, 20, 24):
            n = i32()
            if t in (10, 13):
                v = list(struct.unpack(">%di" % n, b[st["i"]:st["i"] + 4 * n]))
                st["i"] += 4 * n
            elif t == 14:
                v = list(struct.unpack(">%dd" % n, b[st["i"]:st["i"] + 8 * n]))
                st["i"] += 8 * n
            elif t == 24:
                v = b[st["i"]:st["i"] + n]
                st["i"] += n
            else:
                v = [item() for _ in range(n)]
            return _Vec(v, dict(item()) if has_attr else {})
        raise ValueError("R type %d at byte %d" % (t, st["i"]))

    ver = i32(); i32(); i32()
    if ver == 3:
        st["i"] += i32()
    return dict(item())


def build_pkl(d=None):
    """Writes economy.pkl and politics.pkl into `d` (TOSCA_DIR) from the .rda files there, in the record shape
    toscadata_lib.load makes with `rdata`: dict(id, date, title, text) in the order of the `meta` data frame."""
    d = d or os.environ["TOSCA_DIR"]
    for f in ("economy", "politics"):
        p = os.path.join(d, f + ".pkl")
        if os.path.exists(p):
            continue
        c = _read_rda(os.path.join(d, f + ".rda"))[f]
        meta, text = c[0], c[1]
        tx = dict(zip(text.attrs["names"], text))
        recs = [dict(id=str(i), date=float(dt), title=str(ti), text=[str(x) for x in tx[i]])
                for i, dt, ti in zip(*meta)]
        with open(p, "wb") as fh:
            pickle.dump(recs, fh)


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
    build_pkl()
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
