"""`sessionlens keys create | list | revoke`: API keys for operators."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from sessionlens.core.durations import parse_duration
from sessionlens.core.settings import Paths


def _lifetime(text: str) -> object:
    try:
        return parse_duration(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_key_commands(keys: argparse.ArgumentParser) -> None:
    """The `create`, `list` and `revoke` subcommands of `keys`."""
    commands = keys.add_subparsers(dest="keys_command", required=True)
    create = commands.add_parser("create", help="create an API key and print it")
    create.add_argument("--partner", required=True)
    create.add_argument("--roles", default="read", help="comma-separated: read, write, admin")
    create.add_argument(
        "--expires-in",
        type=_lifetime,
        metavar="DURATION",
        help="how long the key is valid, e.g. 30d, 12h, 90m (default: until revoked)",
    )
    create.set_defaults(key_command=create_command)
    listing = commands.add_parser("list", help="list the keys (never their secrets)")
    listing.set_defaults(key_command=list_command)
    revoke = commands.add_parser("revoke", help="revoke a key at once, in every gateway")
    revoke.add_argument("key_id", help="the key's id, as `keys list` shows it")
    revoke.set_defaults(key_command=revoke_command)


def create_command(paths: Paths, args: argparse.Namespace) -> int:
    from gateway.keys import create_key

    roles = [role.strip() for role in args.roles.split(",") if role.strip()]
    try:
        key = create_key(paths, args.partner, roles, expires_in=args.expires_in)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    expiry = args.expires_in and datetime.now(UTC) + args.expires_in
    lifetime = f", valid until {_shown(expiry)}" if expiry else ""
    print(f"API key for partner {args.partner} with roles {','.join(roles)}{lifetime}:")
    print(key)
    return 0


def _shown(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%MZ") if moment else "-"


def list_command(paths: Paths, args: argparse.Namespace) -> int:
    from gateway.keys import list_keys

    records = list_keys(paths)
    if not records:
        print("no API keys yet; create one with `sessionlens keys create --partner P`")
        return 0
    now = datetime.now(UTC)
    header = ("id", "partner", "roles", "state", "created", "expires", "last used")
    rows = [
        (
            r.key_id,
            r.partner_id,
            ",".join(r.roles),
            r.state(now),
            _shown(r.created_at),
            _shown(r.expires_at),
            _shown(r.last_used_at),
        )
        for r in records
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


def revoke_command(paths: Paths, args: argparse.Namespace) -> int:
    from gateway.keys import revoke_key

    try:
        record = revoke_key(paths, args.key_id)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"revoked key {record.key_id} of partner {record.partner_id} at {_shown(record.revoked_at)}"
    )
    return 0
