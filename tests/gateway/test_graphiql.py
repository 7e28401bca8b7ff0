"""GraphiQL comes from the gateway itself: a page with nothing inline and nothing from
another host (so `default-src 'self'` allows all of it), its assets, and a key field."""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from starlette.testclient import TestClient

from gateway.graphiql import ASSETS, vendor

PACKAGE = Path(vendor.__file__).resolve().parent


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.inline: list[str] = []
        self.labels: dict[str, str] = {}
        self._label_for: str | None = None
        self.inputs: dict[str, dict[str, str | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if "style" in attributes or any(name.startswith("on") for name in attributes):
            self.inline.append(f"{tag} attribute")
        if tag == "style":
            self.inline.append("style element")
        if tag == "script" and not attributes.get("src"):
            self.inline.append("script element")
        for name in ("src", "href"):
            if attributes.get(name):
                self.references.append(str(attributes[name]))
        if tag == "label":
            self._label_for = attributes.get("for")
        if tag == "input" and attributes.get("id"):
            self.inputs[str(attributes["id"])] = attributes

    def handle_data(self, data: str) -> None:
        if self._label_for:
            self.labels[self._label_for] = data.strip()
            self._label_for = None


def _page(client: TestClient) -> tuple[_Page, dict[str, str]]:
    response = client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    page = _Page()
    page.feed(response.text)
    return page, dict(response.headers)


def test_the_page_is_served_under_a_self_only_policy_with_nothing_inline(
    client: TestClient,
) -> None:
    page, headers = _page(client)
    assert headers["content-security-policy"] == "default-src 'self'"
    assert page.inline == []
    assert page.references, "the page loads its assets"
    assert all(reference.startswith("/graphiql/") for reference in page.references)


def test_the_page_has_a_key_field_whose_key_goes_in_the_authorization_header(
    client: TestClient,
) -> None:
    page, _ = _page(client)
    assert page.labels["api-key"] == "API key"
    assert page.inputs["api-key"]["type"] == "password"
    script = (ASSETS / "sessionlens.js").read_text()
    assert 'headers.Authorization = "Bearer " + key;' in script
    assert "sessionStorage" in script and "localStorage" not in script


def test_every_asset_the_page_and_its_stylesheets_name_is_served(client: TestClient) -> None:
    page, _ = _page(client)
    stylesheets = [ref for ref in page.references if ref.endswith(".css")]
    references = list(page.references)
    for stylesheet in stylesheets:
        folder = stylesheet.rsplit("/", 1)[0]
        css = client.get(stylesheet).text
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
        assert not [url for url in urls if ":" in url], "only relative URLs (no data:, no host)"
        references += [f"{folder}/{url}" for url in urls]
    for reference in references:
        response = client.get(reference)
        assert response.status_code == 200, reference
        assert response.content, reference
    assert client.get("/graphiql/vendor/none.js").status_code == 404
    assert client.get("/graphiql/../app.py").status_code == 404


def test_vendored_assets_are_the_pinned_packages_with_their_licences() -> None:
    lock = json.loads((PACKAGE / "package-lock.json").read_text())
    manifest = json.loads((PACKAGE / "package.json").read_text())
    for package, version in manifest["dependencies"].items():
        assert lock["packages"][f"node_modules/{package}"]["version"] == version
        assert (ASSETS / "vendor" / f"LICENSE.{package}").read_text().startswith("MIT License")
    vendored = {
        path.relative_to(ASSETS / "vendor").as_posix()
        for path in (ASSETS / "vendor").rglob("*")
        if path.is_file()
    }
    assert set(vendor.FILES) <= vendored
    # Every other file is a font or image lifted out of the stylesheet, named by its hash.
    for name in vendored - set(vendor.FILES):
        content = (ASSETS / "vendor" / name).read_bytes()
        assert name.startswith("inline/")
        assert Path(name).stem == hashlib.sha256(content).hexdigest()[:16]
