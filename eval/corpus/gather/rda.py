"""A standard-library reader of R's .rda files (XDR serialisation, version 2 or 3, no ALTREP), enough for the
toscaData package's two data frames: toscadata_lib.load falls back on it when the `rdata` package is not installed.
Written for batch 38e (session 39), moved here so every toscaData script can use it."""
import bz2, gzip, lzma, struct


class Vec(list):
    def __init__(self, v, attrs):
        list.__init__(self, v)
        self.attrs = attrs


def read_rda(path):
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
            return Vec(v, dict(item()) if has_attr else {})
        raise ValueError("R type %d at byte %d" % (t, st["i"]))

    ver = i32(); i32(); i32()
    if ver == 3:
        st["i"] += i32()
    return dict(item())
