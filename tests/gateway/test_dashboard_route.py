"""`/dashboard`: the committed build served with its security headers; pages fall back to
the app's index, files the build lacks are 404 and nothing outside the build is reachable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from gateway.endpoints.dashboard import dashboard_routes

BUILD = Path(__file__).resolve().parents[2] / "dashboard" / "dist"
CSP = "default-src 'self'"


@pytest.fixture
def build(tmp_path: Path) -> Path:
    (tmp_path / "build" / "assets").mkdir(parents=True)
    (tmp_path / "build" / "index.html").write_text("<!doctype html><p>app</p>")
    (tmp_path / "build" / "assets" / "app-1234.js").write_text("console.log(1)")
    (tmp_path / "build" / "favicon.svg").write_text("<svg/>")
    (tmp_path / "secret.txt").write_text("not for clients")
    return tmp_path / "build"


@pytest.fixture
def dashboard(build: Path) -> TestClient:
    return TestClient(Starlette(routes=dashboard_routes(build)))


@pytest.mark.parametrize(
    "path",
    [
        "/dashboard",
        "/dashboard/",
        "/dashboard/live/s-1",
        "/dashboard/meeting/s%201",
        "/dashboard/apps",
        "/dashboard/explore",
    ],
)
def test_every_page_is_the_app(dashboard: TestClient, path: str) -> None:
    response = dashboard.get(path)
    assert response.status_code == 200
    assert response.text == "<!doctype html><p>app</p>"
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["cache-control"] == "no-cache"


def test_assets_are_served_as_files_and_kept(dashboard: TestClient) -> None:
    script = dashboard.get("/dashboard/assets/app-1234.js")
    assert script.status_code == 200
    assert script.text == "console.log(1)"
    assert "javascript" in script.headers["content-type"]
    assert script.headers["content-security-policy"] == CSP
    assert script.headers["x-content-type-options"] == "nosniff"
    assert "immutable" in script.headers["cache-control"]
    icon = dashboard.get("/dashboard/favicon.svg")
    assert icon.headers["content-type"].startswith("image/svg+xml")
    assert icon.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize(
    "path",
    [
        "/dashboard/assets/gone-0000.js",
        "/dashboard/assets/deep/page",
        "/dashboard/missing.css",
        "/dashboard/..%2fsecret.txt",
        "/dashboard/assets/..%2f..%2fsecret.txt",
    ],
)
def test_files_the_build_lacks_are_404(dashboard: TestClient, path: str) -> None:
    response = dashboard.get(path)
    assert response.status_code == 404
    assert "not for clients" not in response.text
    assert response.headers["content-security-policy"] == CSP


def test_the_gateway_serves_the_committed_build(client: TestClient) -> None:
    page = client.get("/dashboard/live/s-1")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CSP
    assets = re.findall(r'(?:src|href)="(/dashboard/[^"]+)"', page.text)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200, asset
        assert served.content == (BUILD / asset.removeprefix("/dashboard/")).read_bytes()
