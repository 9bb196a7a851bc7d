# The pages the drills ask for (sourced): every public page, the API, the back office sign-in, health.
# needs: BASE; fills ENTRY_ID and REPORT_PATH from the running portal first (collect_ids).
collect_ids() {
  ENTRY_ID=$(curl -fsS "$BASE/api/catalogue?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["entry"]["id"])')
  REPORT_PATH=$(curl -fsS "$BASE/api/reports" | python3 -c 'import json,sys; r=json.load(sys.stdin)[0]; print(r["url"])')
  AGENCY_ID=$(curl -fsS "$BASE/api/agencies" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
}
page_list() {
  printf '%s\n' / /Catalogue "/search?q=%E9%A2%84%E7%AE%97" "/Catalogue/Entry/$ENTRY_ID" /Guide /Reports "$REPORT_PATH" \
    /Apply /Track /Policy /Admin/Login /api/agencies /api/catalogue "/api/catalogue/$ENTRY_ID" /api/reports \
    /healthz /healthz/ready
}
