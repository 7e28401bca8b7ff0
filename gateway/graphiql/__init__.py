"""GraphiQL served by the gateway itself: the page at `GET /graphql` (for a browser) and
its assets under `/graphiql/`, vendored from the npm registry (see `vendor.py`).

Nothing is loaded from another host and nothing is inline, so the page works offline and
under `Content-Security-Policy: default-src 'self'`, which it is served with.
"""

from __future__ import annotations

from pathlib import Path

from starlette.responses import HTMLResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

ASSETS = Path(__file__).resolve().parent / "assets"
ASSETS_PATH = "/graphiql"
CONTENT_SECURITY_POLICY = "default-src 'self'"

PAGE = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>SessionLens GraphiQL</title>
    <link rel="icon" href="{ASSETS_PATH}/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="{ASSETS_PATH}/vendor/graphiql.min.css">
    <link rel="stylesheet" href="{ASSETS_PATH}/sessionlens.css">
  </head>
  <body>
    <form class="key-bar" id="key-form">
      <label for="api-key">API key</label>
      <input id="api-key" type="password" autocomplete="off" spellcheck="false"
             placeholder="sent as Authorization: Bearer &lt;key&gt;">
    </form>
    <main id="graphiql">Loading GraphiQL…</main>
    <script src="{ASSETS_PATH}/vendor/react.production.min.js"></script>
    <script src="{ASSETS_PATH}/vendor/react-dom.production.min.js"></script>
    <script src="{ASSETS_PATH}/vendor/graphiql.min.js"></script>
    <script src="{ASSETS_PATH}/sessionlens.js"></script>
  </body>
</html>
"""


def graphiql_page() -> HTMLResponse:
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})


def graphiql_assets() -> Mount:
    return Mount(ASSETS_PATH, StaticFiles(directory=ASSETS), name="graphiql")
