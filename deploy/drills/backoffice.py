"""Signs in to the back office of one node and posts its forms with their anti-forgery tokens (the drills)."""
import html, http.cookiejar, re, urllib.parse, urllib.request


class Session:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    def get(self, path):
        with self.opener.open(self.base + path, timeout=30) as r:
            return r.geturl(), r.read().decode()
    def post(self, path, fields, token_page=None):
        _, page = self.get(token_page or path)
        token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page) \
            or re.search(r'name="__RequestVerificationToken" value="([^"]+)"', page)
        data = list(fields) + [("__RequestVerificationToken", html.unescape(token.group(1)))]
        req = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(data).encode(), method="POST")
        with self.opener.open(req, timeout=30) as r:
            return r.geturl(), r.read().decode()
    def login(self, user, password):
        url, _ = self.post("/Admin/Login", [("UserName", user), ("Password", password)])
        assert "/Admin/Login" not in url, f"sign-in failed for {user}"


def create_account(admin, agency, user, role, email=None):
    """Creates an account through /Admin/Users; returns its one-time password."""
    fields = [("Form.DisplayName", user), ("Form.UserName", user), ("Form.AgencyId", agency), ("Form.Roles", role)]
    if email:
        fields.append(("Form.Email", email))
    _, page = admin.post("/Admin/Users", fields)
    return html.unescape(re.search(r'id="issued-password" class="code">([^<]+)<', page).group(1))
