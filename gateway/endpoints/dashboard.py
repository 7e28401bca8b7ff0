"""`GET /dashboard[/…]`: the reference dashboard (README "Dashboard"), a static web app
built from `dashboard/` into `dashboard/dist/` and drawing its panels through the public
GraphQL API only; no key is needed to load the page itself.

Files of the build (hashed `assets/…`, the icon) are served as they are; any other path
is a page of the app (`/dashboard/live/<sessionId>`, `/meeting/<sessionId>`, `/apps`,
`/explore`), answered with its `index.html`, whose script reads the path. Every answer
carries `Content-Security-Policy: default-src 'self'`: the app loads nothing from another
host, and no inline script or style runs even if data ever reached the page as HTML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from sessionlens.core.shipped import shipped_path

SECURITY_HEADERS: Final = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Asset names carry a content hash, so a browser may keep them; the page itself is
# revalidated so a new build is picked up at once.
_ASSET_CACHE: Final = "public, max-age=31536000, immutable"
_PAGE_CACHE: Final = "no-cache"


def _build_file(build: Path, relative: str) -> Path | None:
    """The file of the build at `relative`, never one outside it."""
    candidate = (build / relative).resolve()
    if candidate.is_file() and candidate.is_relative_to(build):
        return candidate
    return None


def dashboard_routes(build: Path | None = None) -> list[Route]:
    """The `/dashboard` routes over the build folder (the shipped `dashboard/dist`)."""
    build = (build or shipped_path("dashboard/dist")).resolve()

    async def dashboard(request: Request) -> Response:
        relative = request.path_params.get("path", "")
        found = _build_file(build, relative) if relative else None
        if found is not None and found.name != "index.html":
            cache = _ASSET_CACHE if relative.startswith("assets/") else _PAGE_CACHE
            return FileResponse(found, headers={**SECURITY_HEADERS, "Cache-Control": cache})
        # A name with a suffix is a file the build does not have: no page stands in for it.
        if relative.startswith("assets/") or Path(relative).suffix:
            return PlainTextResponse(
                f"no dashboard file {relative!r}", status_code=404, headers=SECURITY_HEADERS
            )
        return FileResponse(
            build / "index.html", headers={**SECURITY_HEADERS, "Cache-Control": _PAGE_CACHE}
        )

    return [
        Route("/dashboard", dashboard, methods=["GET", "HEAD"]),
        Route("/dashboard/{path:path}", dashboard, methods=["GET", "HEAD"]),
    ]
