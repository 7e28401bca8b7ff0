"""Dimensions several cubes declare the same way, built for a given table."""

from gateway.catalog.model import DataType, Dimension

# A search box waits for three letters of a name: one or two would list nearly everyone.
# A hint for user interfaces only; the API answers a name search of any length.
PERSON_NAME_MIN_SEARCH = 3

_CONTEXT_FIELDS = {
    "country": ("country", "Country"),
    "region": ("region", "Region"),
    "city": ("city", "City"),
    "platform": ("platform", "Platform"),
    "device": ("device", "Device"),
    "os": ("os", "OS"),
    "browser": ("browser", "Browser"),
    "sdkVersion": ("sdk_version", "SDK version"),
}


def session_id(table: str) -> Dimension:
    return Dimension(
        "sessionId", f"{table}.session_id", DataType.STRING, "The session's id.", "Session ID"
    )


def user_id(table: str, who: str = "The user's id.") -> Dimension:
    return Dimension("userId", f"{table}.user_id", DataType.STRING, who, "User ID")


def person_name(table: str, description: str, label: str = "Name") -> Dimension:
    """The `name` of a person, read from `table.name`, with a search-box hint of a few
    characters."""
    return Dimension(
        "name",
        f"{table}.name",
        DataType.STRING,
        description,
        label,
        min_search_length=PERSON_NAME_MIN_SEARCH,
    )


def context_dimensions(table: str, names: tuple[str, ...], whose: str) -> tuple[Dimension, ...]:
    """Context dimensions (country, platform, ...) read from `table`; `whose` says which
    context they are, e.g. "the user's context in the session"."""
    dimensions = []
    for name in names:
        column, label = _CONTEXT_FIELDS[name]
        description = f"{label} as sent in {whose}, free text as it came."
        dimensions.append(Dimension(name, f"{table}.{column}", DataType.STRING, description, label))
    return tuple(dimensions)
