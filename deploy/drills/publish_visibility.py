#!/usr/bin/env python3
"""Drill (c): a catalogue entry published through the back office of node 1 — drafted by one officer, reviewed by
an approver (保密审查, 第十七条), published — and the delay until nodes 2 and 3 (and nginx) show it: the entry page, the
catalogue list (newest first) and the search. Whatever a node caches, the delay is measured, not assumed.

usage: publish_visibility.py ADMIN_PASSWORD NODE1_URL OTHER_URL [OTHER_URL…]"""
import json, re, sys, threading, time, urllib.parse, urllib.request
from backoffice import Session, create_account

admin_password, node1, others = sys.argv[1], sys.argv[2], sys.argv[3:]
stamp = time.strftime("%H%M%S")

agency = json.load(urllib.request.urlopen(node1 + "/api/agencies", timeout=10))[0]["id"]
admin = Session(node1); admin.login("admin", admin_password)
passwords = {user: create_account(admin, agency, user, role) for user, role in ((f"drill-author-{stamp}", "Officer"), (f"drill-approver-{stamp}", "Approver"))}
author = Session(node1); author.login(f"drill-author-{stamp}", passwords[f"drill-author-{stamp}"])
approver = Session(node1); approver.login(f"drill-approver-{stamp}", passwords[f"drill-approver-{stamp}"])
title = f"多节点发布演练{stamp}号通知"
for base in [node1] + others:  # warm every node's pages first (a cold node's first render is slow, not stale)
    for path in ("/Catalogue", "/search?q=" + urllib.parse.quote(title)):
        urllib.request.urlopen(base + path, timeout=60).read()
url, _ = author.post("/Admin/Catalogue/Edit", [("AgencyId", agency), ("Title", title), ("Category", "Other"),
                                              ("Validity", "NotApplicable"), ("Body", "<p>发布可见性演练。</p>")])
entry = re.search(r"/Admin/Catalogue/Entry/([0-9a-f-]{36})", url).group(1)
page = f"/Admin/Catalogue/Entry/{entry}"
author.post(page + "?handler=Submit", [], token_page=page)
approver.post(page + "?handler=Approve", [], token_page=page)
author.post(page + "?handler=Publish", [], token_page=page)
published = time.monotonic()
print(f"published entry {entry} on {node1}")

checks = {"entry": f"/Catalogue/Entry/{entry}", "list": "/Catalogue", "search": "/search?q=" + urllib.parse.quote(title)}
# one poller per node and page, concurrently; a page counts as visible from the start of the first request that
# shows the entry (an upper bound: the request before it, which did not, started at most one round trip earlier)
seen, misses = {}, {}
def poll(base, name, path):
    while time.monotonic() - published < 600:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(base + path, timeout=10) as r:
                if title in r.read().decode():
                    seen[(base, name)] = (started - published, time.monotonic() - started)
                    return
        except Exception:
            pass
        misses[(base, name)] = misses.get((base, name), 0) + 1
        time.sleep(0.05)
threads = [threading.Thread(target=poll, args=(base, name, path)) for base in [node1] + others for name, path in checks.items()]
for t in threads: t.start()
for t in threads: t.join()
for (base, name), (delay, took) in sorted(seen.items()):
    print(f"{base:28} {name:7} visible in the request started {delay:6.2f} s after the publish (answered in {took:.2f} s; {misses.get((base, name), 0)} earlier polls without it)")
missing = [k for k in [(b, n) for b in [node1] + others for n in checks] if k not in seen]
for (base, name) in missing:
    print(f"{base:28} {name:7} NOT visible within 600 s")
print(json.dumps({"max_seconds": round(max(d for d, _ in seen.values()), 2) if seen else None, "not_visible": len(missing)}))
sys.exit(1 if missing else 0)
