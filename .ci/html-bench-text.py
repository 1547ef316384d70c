#!/usr/bin/env python3
"""Runs `./attache text --body` over every page of an html-bench folder and writes the predictions
file that its score.py takes: {"<page id>": {"articleBody": "<what the command printed>"}}.

usage: html-bench-text.py BENCH_DIR OUT.json

One run of the command for all pages; its output is cut at the "==> PAGE <==" line it prints
before each report. A page the command could not read (named on its standard error) gets an
empty prediction, as in the test's predictions.
"""
import json
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
bench, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
pages = sorted(bench.glob("html/*.html.gz"))
if not pages:
    sys.exit(f"html-bench-text: no html/*.html.gz in {bench}")
run = subprocess.run([str(root / "attache"), "text", "--body", *map(str, pages)],
                     capture_output=True, text=True, encoding="utf-8")
if run.returncode not in (0, 1):  # 1: some page could not be read, said on stderr
    sys.exit(f"html-bench-text: attache text exited {run.returncode}:\n{run.stderr}")
sys.stderr.write(run.stderr)

printed = run.stdout
starts = []
for p in pages:
    header = f"==> {p} <==\n"
    at = printed.find(header)
    starts.append((at, at + len(header)) if at >= 0 else None)
found = sorted(s for s in starts if s)
predictions = {}
for p, s in zip(pages, starts):
    body = ""
    if s:
        following = [f[0] for f in found if f[0] > s[0]]
        body = printed[s[1]:following[0] if following else len(printed)]
    predictions[p.name[: -len(".html.gz")]] = {"articleBody": body}
out.write_text(json.dumps(predictions, ensure_ascii=False, indent=1), encoding="utf-8")
