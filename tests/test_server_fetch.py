"""URL fetching for the web app: SSRF refusals, redirects, timeouts and size caps, without internet.

Refusals are tested against the real resolver and literal addresses (nothing is connected to);
allowed fetches go to a local HTTP server that only the test's ``allow_networks`` lets through.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from spinscope.ingest.fetch import FetchError, FetchPolicy, fetch_url, networks, refusal_reason

ARTICLE_HTML = b"""<!doctype html><html><head><title>Harbour plan</title></head><body><article>
<h1>Harbour plan splits the council</h1>
<p>The council voted on Tuesday to expand the harbour, a decision critics called a disgraceful giveaway.</p>
<p>Supporters said the plan would bring hundreds of jobs to the town within two years.</p>
<p>Opponents warned that the expansion would destroy the last wetlands on the coast.</p>
</article></body></html>"""


class _Routes(BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - http.server's naming
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        status, headers, body, delay = route
        if delay:
            time.sleep(delay)
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def local_site():
    """A local web server; yields its base URL. Routes: path -> (status, headers, body, delay)."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    big = b"<html><body><p>" + b"x" * 200_000 + b"</p></body></html>"
    _Routes.routes = {
        "/article.html": (200, html, ARTICLE_HTML, 0),
        "/plain.txt": (200, {"Content-Type": "text/plain"}, b"Title\n\nA plain text article body.", 0),
        "/to-article": (302, {"Location": "/article.html"}, b"", 0),
        "/to-private": (302, {"Location": "http://10.1.2.3/secret"}, b"", 0),
        "/to-metadata": (301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"", 0),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b"", 0),
        "/loop": (302, {"Location": "/loop"}, b"", 0),
        "/big-declared": (200, {**html, "Content-Length": str(len(big))}, big, 0),
        "/big-undeclared": (200, html, big, 0),  # no Content-Length: the cap must count bytes
        "/binary": (200, {"Content-Type": "application/octet-stream"}, b"\x00\x01\x02", 0),
        "/slow": (200, html, ARTICLE_HTML, 2.0),
        "/gone": (410, html, b"gone", 0),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Routes)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


LOCAL_ONLY = FetchPolicy(allow_networks=networks(["127.0.0.1/32"]), read_timeout=1.0, total_timeout=5.0,
                         max_bytes=100_000)


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
    "0.0.0.0", "224.0.0.1", "100.64.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:7f00:1::",  # IPv4-mapped and 6to4 wrappers of internal v4
])
def test_internal_addresses_are_refused(address):
    assert refusal_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address):
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("url, reason", [
    ("file:///etc/passwd", "only http and https"),
    ("ftp://example.com/article.txt", "only http and https"),
    ("gopher://example.com/", "only http and https"),
    ("javascript:alert(1)", "only http and https"),
    ("/relative/path", "only http and https"),
    ("http://localhost/", "loopback"),
    ("http://127.0.0.1:8000/api/health", "loopback"),
    ("http://0x7f000001/", "loopback"),  # hex form of 127.0.0.1, resolved by the system
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://192.168.0.1/admin", "private"),
    ("https://user:secret@example.com/", "credentials"),
    ("http://exa mple.com/", "could not be resolved"),
])
def test_refused_urls_name_the_url_and_the_reason(url, reason):
    with pytest.raises(FetchError) as info:
        fetch_url(url, FetchPolicy(connect_timeout=0.5, total_timeout=2))
    assert info.value.input == url
    assert reason in info.value.reason


def test_public_name_resolving_to_a_private_address_is_refused_before_connecting():
    asked = []

    def rebinding_resolver(host, port):
        asked.append(host)
        return ["93.184.216.34", "10.0.0.7"]  # one public, one internal answer

    with pytest.raises(FetchError, match="resolves to 10.0.0.7, a private address"):
        fetch_url("http://news.example/story", FetchPolicy(resolver=rebinding_resolver))
    assert asked == ["news.example"]


def test_allowed_fetch_returns_the_page(local_site):
    page = fetch_url(f"{local_site}/article.html", LOCAL_ONLY)
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert b"Harbour plan splits the council" in page.body


def test_redirects_are_followed_and_rechecked(local_site):
    assert fetch_url(f"{local_site}/to-article", LOCAL_ONLY).url == f"{local_site}/article.html"
    with pytest.raises(FetchError, match="10.1.2.3, a private address"):
        fetch_url(f"{local_site}/to-private", LOCAL_ONLY)
    with pytest.raises(FetchError, match="link-local"):
        fetch_url(f"{local_site}/to-metadata", LOCAL_ONLY)
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(f"{local_site}/to-file", LOCAL_ONLY)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(f"{local_site}/loop", LOCAL_ONLY)


def test_without_the_allow_list_the_local_server_is_refused(local_site):
    with pytest.raises(FetchError, match="loopback"):
        fetch_url(f"{local_site}/article.html", FetchPolicy())


def test_size_cap_with_and_without_content_length(local_site):
    with pytest.raises(FetchError, match="over the limit of 100,000"):
        fetch_url(f"{local_site}/big-declared", LOCAL_ONLY)
    with pytest.raises(FetchError, match="larger than the limit of 100,000"):
        fetch_url(f"{local_site}/big-undeclared", LOCAL_ONLY)


def test_non_pages_errors_and_slow_servers_are_refused(local_site):
    with pytest.raises(FetchError, match="application/octet-stream"):
        fetch_url(f"{local_site}/binary", LOCAL_ONLY)
    with pytest.raises(FetchError, match="HTTP 410"):
        fetch_url(f"{local_site}/gone", LOCAL_ONLY)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_url(f"{local_site}/slow", FetchPolicy(allow_networks=LOCAL_ONLY.allow_networks, read_timeout=0.3))
    assert time.monotonic() - started < 1.5


def test_api_analyses_a_fetched_page(local_site, nlp):
    from fastapi.testclient import TestClient

    from spinscope.server import ServerSettings, create_app

    with TestClient(create_app(ServerSettings(fetch=LOCAL_ONLY), nlp)) as client:
        response = client.post("/api/analyze", json={"url": f"{local_site}/to-article"})
        assert response.status_code == 200, response.text
        report = response.json()
        assert report["input"] == f"{local_site}/to-article"
        assert report["url"] == f"{local_site}/article.html"
        assert report["format"] == "html"
        assert "disgraceful giveaway" in report["text"]
        refused = client.post("/api/analyze", json={"url": f"{local_site}/to-private"})
        assert refused.status_code == 422
        assert "private address" in refused.json()["error"]
