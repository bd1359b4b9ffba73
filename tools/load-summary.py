#!/usr/bin/env python3
"""Prints the per-request statistics of the newest Gatling report (target/gatling) as a Markdown table:
requests, errors, throughput and the 50th, 95th and 99th percentile, as docs/benchmarks.md records them."""
import glob
import os
import re
import sys

reports = sorted(glob.glob(os.path.join(sys.argv[1] if len(sys.argv) > 1 else "target/gatling", "*/index.html")),
                 key=os.path.getmtime)
if not reports:
    sys.exit("no Gatling report in target/gatling")
page = open(reports[-1], encoding="utf-8").read()
body = page[page.find("container_statistics_head"):]
print(f"report: {os.path.dirname(reports[-1])}\n")
print("| request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|---|")
for row_id, content in re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', body, re.S):
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", content, re.S)]
    if len(cells) < 13:
        continue
    name, total, ok, ko, pct, rps, mn, p50, p75, p95, p99, mx = cells[:12]
    name = re.sub(r"\s+", " ", name.replace("&nbsp;", " ")).strip()
    name = re.sub(r" \d+$", "", name)
    print(f"| {name} | {total} | {ko} | {rps} | {p50} | {p95} | {p99} | {mx} |")
