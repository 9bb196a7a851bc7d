#!/usr/bin/env python3
"""Creates N officer accounts with e-mail addresses (the digest's recipients) through node 1's back office.
usage: digest_accounts.py ADMIN_PASSWORD NODE1_URL N"""
import json, sys, time, urllib.request
from backoffice import Session, create_account
password, node1, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
agency = json.load(urllib.request.urlopen(node1 + "/api/agencies", timeout=10))[0]["id"]
admin = Session(node1); admin.login("admin", password)
stamp = time.strftime("%H%M%S")
for i in range(n):
    user = f"digest-{stamp}-{i}"
    create_account(admin, agency, user, "Officer", f"{user}@example.cn")
    print(f"{user}@example.cn")
