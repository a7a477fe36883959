#!/usr/bin/env python3
"""Apply GUIDELINES part 2, Roles, "Founders" (session 56) to gold files: where two or more people hold a `founder`
role at the same organisation and none of that organisation's founders is `cofounder`, each becomes `cofounder`
(people named together as founding an organisation are each a cofounder). A lone founder, and organisations whose
founders are already mixed (the text telling one founder apart from the cofounders), are left as they are.

usage: mend_founders.py [--dry] FILE...
Prints one line per changed organisation and a count; rewrites the files in place unless --dry, in the file's own
JSON layout (the indent and escaping that reproduce the file byte for byte; a file no layout reproduces is reported
and left alone)."""
import collections
import json
import sys


def mend(gold):
    by_org = collections.defaultdict(list)
    for r in gold.get("roles", []):
        if r.get("title") in ("founder", "cofounder"):
            by_org[r.get("org")].append(r)
    changed = []
    for org, roles in by_org.items():
        people = {r["person"] for r in roles}
        if len(people) >= 2 and all(r["title"] == "founder" for r in roles):
            for r in roles:
                r["title"] = "cofounder"
            changed.append((org, sorted(people)))
    return changed


def layout(raw):
    gold = json.loads(raw)
    for indent in (1, 2, None):
        for ascii_only in (False, True):
            for end in ("\n", ""):
                if json.dumps(gold, ensure_ascii=ascii_only, indent=indent) + end == raw:
                    return indent, ascii_only, end
    return None


def main():
    args = sys.argv[1:]
    dry = "--dry" in args
    files = [a for a in args if a != "--dry"]
    total = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        gold = json.loads(raw)
        changed = mend(gold)
        for org, people in changed:
            print(f"{path}: {org}: {', '.join(people)} -> cofounder")
        total += len(changed)
        if changed and not dry:
            form = layout(raw)
            if form is None:
                print(f"{path}: layout not reproduced, left alone", file=sys.stderr)
                continue
            indent, ascii_only, end = form
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(gold, ensure_ascii=ascii_only, indent=indent) + end)
    print(f"{total} organisations changed in {len(files)} files" + (" (dry run)" if dry else ""))


main()
