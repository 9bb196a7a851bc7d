#!/usr/bin/env python3
"""20 clients submit online requests (POST /api/requests) through nginx until told to stop; each acknowledged
submission (201 with a receipt number) is written to acknowledged.tsv, each failure to failures.tsv with the time.

usage: submit_load.py BASE_URL OUT_DIR SECONDS [CLIENTS]"""
import json, sys, threading, time, urllib.request, urllib.error, uuid

base, out, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 20
agencies = json.load(urllib.request.urlopen(base + "/api/agencies", timeout=10))
agency = agencies[0]["id"]
lock = threading.Lock()
ack = open(f"{out}/acknowledged.tsv", "w")
fail = open(f"{out}/failures.tsv", "w")
stop = time.monotonic() + seconds
counts = {"ack": 0, "fail": 0}

def client(n):
    i = 0
    while time.monotonic() < stop:
        i += 1
        key = f"drill-{n}-{i}-{uuid.uuid4().hex[:8]}"
        body = json.dumps({"agencyId": agency, "applicantKind": "NaturalPerson", "name": f"演练{n}", "identityNumber": "110101199003076518",
                           "email": f"drill{n}@example.cn", "description": f"故障演练申请 {key}",
                           "form": "电子文档", "manner": "电子邮件"}).encode()
        req = urllib.request.Request(base + "/api/requests", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Idempotency-Key": key})
        started = time.time()
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                receipt = json.load(r)
                with lock:
                    ack.write(f"{receipt['trackingNumber']}\t{key}\t{started:.3f}\t{time.time():.3f}\n"); ack.flush()
                    counts["ack"] += 1
        except Exception as e:  # HTTPError (5xx from nginx/node), connection errors
            status = getattr(e, "code", type(e).__name__)
            with lock:
                fail.write(f"{key}\t{status}\t{started:.3f}\t{time.time():.3f}\n"); fail.flush()
                counts["fail"] += 1

threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(counts))
