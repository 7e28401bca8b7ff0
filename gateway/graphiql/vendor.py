"""Vendor GraphiQL and React into `assets/vendor/` from the npm registry (`make graphiql`).

`npm ci` installs the versions pinned by this folder's package-lock.json into a temporary
folder; the browser builds and their licences are copied out. So that the page needs
nothing but its own origin (`Content-Security-Policy: default-src 'self'`), the fonts and
images GraphiQL's stylesheet inlines as `data:` URLs become files beside it, and the
source-map comments go (the maps are not shipped).
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "assets" / "vendor"
# Vendored name → path inside node_modules.
FILES = {
    "react.production.min.js": "react/umd/react.production.min.js",
    "react-dom.production.min.js": "react-dom/umd/react-dom.production.min.js",
    "graphiql.min.js": "graphiql/graphiql.min.js",
    "graphiql.min.css": "graphiql/graphiql.min.css",
    "LICENSE.react": "react/LICENSE",
    "LICENSE.react-dom": "react-dom/LICENSE",
    "LICENSE.graphiql": "graphiql/LICENSE",
}
_SOURCE_MAP = re.compile(rb"\n?/[/*]# sourceMappingURL=\S+?(?: ?\*/)?\s*$")
_DATA_URL = re.compile(rb"url\(data:(?:font|image)/([a-z0-9+-]+);base64,([A-Za-z0-9+/=]+)\)")


def _extract_data_urls(css: bytes, files: dict[str, bytes]) -> bytes:
    def to_file(match: re.Match[bytes]) -> bytes:
        content = base64.b64decode(match.group(2))
        suffix = match.group(1).decode().removesuffix("+xml")
        name = f"inline/{hashlib.sha256(content).hexdigest()[:16]}.{suffix}"
        files[name] = content
        return f"url({name})".encode()

    return _DATA_URL.sub(to_file, css)


def vendored_files(node_modules: Path) -> dict[str, bytes]:
    """Name (relative to `assets/vendor/`) → content, from an installed node_modules."""
    files: dict[str, bytes] = {}
    for name, source in FILES.items():
        content = (node_modules / source).read_bytes()
        if name.endswith((".js", ".css")):
            content = _SOURCE_MAP.sub(b"\n", content)
        if name.endswith(".css"):
            content = _extract_data_urls(content, files)
        files[name] = content
    return files


def install(workdir: Path) -> Path:
    """`npm ci` of the pinned packages into `workdir`; returns its node_modules."""
    for name in ("package.json", "package-lock.json"):
        shutil.copy(HERE / name, workdir / name)
    subprocess.run(
        ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=workdir,
        check=True,
    )
    return workdir / "node_modules"


def main() -> int:
    with tempfile.TemporaryDirectory() as workdir:
        files = vendored_files(install(Path(workdir)))
    shutil.rmtree(VENDOR, ignore_errors=True)
    for name, content in files.items():
        (VENDOR / name).parent.mkdir(parents=True, exist_ok=True)
        (VENDOR / name).write_bytes(content)
    print(f"vendored {len(files)} files into {VENDOR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
