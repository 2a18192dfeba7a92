"""Fetch one web page for analysis without letting a request reach internal services (SSRF).

A URL typed into the web app is attacker-controlled: it may name ``localhost``, a cloud metadata
address (169.254.169.254), a LAN host, or a public name whose DNS answer is private. So:

- only ``http`` and ``https``, no credentials in the URL;
- the host is resolved *once*, every address it resolves to must be public (not loopback,
  private, link-local, multicast, reserved, unspecified, shared or IPv4-mapped private), and the
  connection goes to that vetted address (Host header and TLS SNI keep the name), so a second DNS
  answer cannot swap in an internal address between the check and the connect;
- redirects are followed by hand, at most ``max_redirects``, each hop checked the same way;
- connect and read timeouts, an overall deadline, and a size cap on the body (read in chunks,
  never more than ``max_bytes + 1``);
- only HTML or plain-text responses.

Every refusal is a :class:`FetchError` (an :class:`InputError` naming the URL and the reason).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable
from urllib.parse import urljoin, urlsplit

from spinscope.ingest.errors import InputError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

ALLOWED_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "spinscope (+offline news analysis; fetches one page on request)"


class FetchError(InputError):
    """A URL was refused or could not be fetched."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of one fetch. ``allow_networks`` exempts networks from the address check; it exists
    for tests that fetch from a local server and must stay empty in production."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_networks: tuple[Network, ...] = ()
    resolver: Resolver = field(default=system_resolver, compare=False)


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the final URL, after redirects
    content_type: str
    charset: str | None
    body: bytes


def refusal_reason(address: Address) -> str | None:
    """Why ``address`` must not be fetched from, or None when it is a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return refusal_reason(mapped)
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_private", "a private address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_unspecified", "an unspecified address"),
    )
    for attribute, reason in checks:
        if getattr(address, attribute):
            return reason
    if not address.is_global:  # e.g. 100.64.0.0/10 shared carrier-grade NAT space
        return "not a public address"
    return None


def _vetted_address(url: str, host: str, port: int, policy: FetchPolicy) -> str:
    """Resolve ``host`` and return one address to connect to, or refuse the URL."""
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        answers = [str(literal)]
    else:
        try:
            answers = policy.resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(url, f"host {host!r} could not be resolved ({exc})") from exc
        if not answers:
            raise FetchError(url, f"host {host!r} could not be resolved")
    for answer in answers:
        address = ipaddress.ip_address(answer.split("%", 1)[0])  # drop an IPv6 zone id
        if any(address in network for network in policy.allow_networks):
            continue
        reason = refusal_reason(address)
        if reason is not None:
            # one bad answer refuses the host: a name with both public and internal addresses
            # is exactly how DNS-based SSRF is set up
            raise FetchError(url, f"refused: {host} resolves to {address}, {reason}")
    return answers[0].split("%", 1)[0]


def _check_url(url: str) -> tuple[str, str, int, str]:
    """``(scheme, host, port, path_and_query)`` of an acceptable URL, or refuse it."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"refused: only http and https URLs can be fetched, not {scheme or 'a relative URL'!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchError(url, "refused: URLs with credentials are not fetched")
    host = parts.hostname
    if not host:
        raise FetchError(url, "URL has no host")
    port = port or (443 if scheme == "https" else 80)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, host, port, target


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted address while the request keeps the host name."""

    def __init__(self, host: str, port: int, address: str, connect_timeout: float, read_timeout: float):
        super().__init__(host, port, timeout=read_timeout)
        self._address, self._connect_timeout, self._read_timeout = address, connect_timeout, read_timeout

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), timeout=self._connect_timeout)
        self.sock.settimeout(self._read_timeout)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    def connect(self) -> None:
        super().connect()
        context = ssl.create_default_context()
        self.sock = context.wrap_socket(self.sock, server_hostname=self.host)


def _host_header(host: str, port: int, scheme: str) -> str:
    name = f"[{host}]" if ":" in host else host
    return name if port == (443 if scheme == "https" else 80) else f"{name}:{port}"


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').strip()
    return media.strip().lower(), charset


def fetch_url(url: str, policy: FetchPolicy | None = None) -> FetchedPage:
    """Fetch ``url`` under ``policy``; raise :class:`FetchError` naming the URL and the reason."""
    policy = policy or FetchPolicy()
    original = url
    deadline = time.monotonic() + policy.total_timeout
    for _hop in range(policy.max_redirects + 1):
        scheme, host, port, target = _check_url(url)
        address = _vetted_address(url, host, port, policy)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(original, f"timed out after {policy.total_timeout:g} s")
        cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        connection = cls(host, port, address, min(policy.connect_timeout, remaining),
                         min(policy.read_timeout, remaining))
        try:
            connection.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", _host_header(host, port, scheme))
            connection.putheader("User-Agent", USER_AGENT)
            connection.putheader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
            connection.putheader("Accept-Encoding", "identity")  # no decompression bombs
            connection.endheaders()
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(original, f"redirect ({response.status}) without a Location")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(original, f"the server answered HTTP {response.status} {response.reason}")
            media, charset = _media_type(response.getheader("Content-Type"))
            if media not in ALLOWED_CONTENT_TYPES:
                raise FetchError(original, f"refused: content type {media or 'unknown'!r} is not a web page")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchError(original, f"refused: page is {int(declared):,} bytes, over the "
                                           f"limit of {policy.max_bytes:,}")
            body = _read_capped(response, policy.max_bytes, deadline, original, policy.total_timeout)
            return FetchedPage(url=url, content_type=media, charset=charset, body=body)
        except FetchError:
            raise
        except (socket.timeout, TimeoutError) as exc:
            raise FetchError(original, "timed out waiting for the server") from exc
        except (OSError, http.client.HTTPException, ssl.SSLError) as exc:
            raise FetchError(original, f"could not fetch ({type(exc).__name__}: {exc})") from exc
        finally:
            connection.close()
    raise FetchError(original, f"refused: more than {policy.max_redirects} redirects")


def _read_capped(response: http.client.HTTPResponse, max_bytes: int, deadline: float,
                 url: str, total_timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, f"timed out after {total_timeout:g} s")
        chunk = response.read(min(65536, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"refused: page is larger than the limit of {max_bytes:,} bytes")


def networks(values: Iterable[str]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(v, strict=False) for v in values)
