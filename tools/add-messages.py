#!/usr/bin/env python3
"""Appends message keys to both bundles from lines 'key|Dutch|English'; refuses keys that already exist."""
import sys

def keys(path):
    with open(path, encoding="utf-8") as f:
        return {line.split("=", 1)[0].strip() for line in f if "=" in line and not line.startswith("#")}

nl, en = "src/main/resources/messages.properties", "src/main/resources/messages_en.properties"
existing = keys(nl) | keys(en)
rows = [l.rstrip("\n").split("|") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
dupes = [r[0] for r in rows if r[0] in existing]
if dupes:
    sys.exit("already present: " + ", ".join(dupes))
for path, i in ((nl, 1), (en, 2)):
    with open(path, "a", encoding="utf-8") as f:
        for r in rows:
            f.write(f"{r[0]}={r[i]}\n")
print(len(rows), "keys added")
