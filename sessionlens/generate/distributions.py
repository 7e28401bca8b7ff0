"""Tables that make synthetic traffic look like real traffic.

Weights are rough shares of what a global webinar / meeting platform sees: the US
and India lead, desktop Chrome dominates, iPhones outnumber any single Android
model, and most clients run one of the last two SDK releases.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessionlens.generate.weighted import Weighted


@dataclass(frozen=True)
class Country:
    code: str
    # (region, city) pairs, the first being the most common.
    places: tuple[tuple[str, str], ...]
    # The UTC offset (minutes) a local-time producer in this country writes.
    utc_offset_min: int
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]


_ANGLO_FIRST = (
    "James",
    "Olivia",
    "Liam",
    "Emma",
    "Noah",
    "Ava",
    "Ethan",
    "Sophia",
    "Mason",
    "Isabella",
    "Lucas",
    "Mia",
    "Logan",
    "Charlotte",
    "Amelia",
    "Jack",
    "Grace",
)
_ANGLO_LAST = (
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Taylor",
    "Anderson",
    "Thomas",
    "Moore",
    "Martin",
    "Clark",
    "Walker",
    "Hughes",
)
_INDIAN_FIRST = (
    "Aarav",
    "Priya",
    "Rohan",
    "Ananya",
    "Vikram",
    "Isha",
    "Arjun",
    "Kavya",
    "Rahul",
    "Sneha",
    "Aditya",
    "Neha",
    "Karthik",
    "Divya",
)
_INDIAN_LAST = (
    "Sharma",
    "Patel",
    "Iyer",
    "Reddy",
    "Nair",
    "Gupta",
    "Singh",
    "Menon",
    "Kumar",
    "Rao",
    "Desai",
    "Joshi",
)
_GERMAN_FIRST = (
    "Lukas",
    "Anna",
    "Felix",
    "Lena",
    "Jonas",
    "Marie",
    "Paul",
    "Sophie",
    "Maximilian",
    "Hannah",
    "Leon",
    "Laura",
)
_GERMAN_LAST = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schulz",
)
_LUSO_FIRST = (
    "João",
    "Ana",
    "Pedro",
    "Beatriz",
    "Lucas",
    "Mariana",
    "Gabriel",
    "Júlia",
    "Rafael",
    "Camila",
)
_LUSO_LAST = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida")
_HISPANIC_FIRST = (
    "Sofía",
    "Mateo",
    "Valentina",
    "Santiago",
    "Lucía",
    "Diego",
    "Camila",
    "Alejandro",
    "María",
    "Javier",
)
_HISPANIC_LAST = (
    "García",
    "Martínez",
    "López",
    "Hernández",
    "González",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
)
_FRENCH_FIRST = ("Louis", "Chloé", "Hugo", "Manon", "Jules", "Léa", "Arthur", "Camille")
_FRENCH_LAST = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand")
_JAPANESE_FIRST = ("Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura")
_JAPANESE_LAST = ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto")
_DUTCH_FIRST = ("Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sanne")
_DUTCH_LAST = ("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser")
_NORDIC_FIRST = ("Erik", "Elsa", "Oskar", "Maja", "Lars", "Astrid", "Nils", "Ingrid")
_NORDIC_LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson")
_POLISH_FIRST = ("Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Filip", "Zofia")
_POLISH_LAST = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski")
_ITALIAN_FIRST = ("Francesco", "Giulia", "Alessandro", "Sofia", "Lorenzo", "Aurora", "Marco")
_ITALIAN_LAST = ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo")
_SG_FIRST = ("Wei Ling", "Jun Jie", "Hui Min", "Kai Xiang", "Mei Xin", "Rajesh", "Nurul")
_SG_LAST = ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh")

COUNTRIES: Weighted[Country] = Weighted(
    [
        (
            Country(
                "US",
                (
                    ("California", "San Francisco"),
                    ("New York", "New York"),
                    ("Texas", "Austin"),
                    ("Illinois", "Chicago"),
                    ("Washington", "Seattle"),
                    ("Massachusetts", "Boston"),
                    ("Georgia", "Atlanta"),
                ),
                -300,
                _ANGLO_FIRST,
                _ANGLO_LAST,
            ),
            30,
        ),
        (
            Country(
                "IN",
                (
                    ("Karnataka", "Bengaluru"),
                    ("Maharashtra", "Mumbai"),
                    ("Telangana", "Hyderabad"),
                    ("Delhi", "New Delhi"),
                    ("Tamil Nadu", "Chennai"),
                ),
                330,
                _INDIAN_FIRST,
                _INDIAN_LAST,
            ),
            13,
        ),
        (
            Country(
                "DE",
                (
                    ("Berlin", "Berlin"),
                    ("Bavaria", "Munich"),
                    ("Hamburg", "Hamburg"),
                    ("Hesse", "Frankfurt"),
                ),
                60,
                _GERMAN_FIRST,
                _GERMAN_LAST,
            ),
            7,
        ),
        (
            Country(
                "GB",
                (
                    ("England", "London"),
                    ("England", "Manchester"),
                    ("Scotland", "Edinburgh"),
                    ("England", "Bristol"),
                ),
                0,
                _ANGLO_FIRST,
                _ANGLO_LAST,
            ),
            7,
        ),
        (
            Country(
                "BR",
                (
                    ("São Paulo", "São Paulo"),
                    ("Rio de Janeiro", "Rio de Janeiro"),
                    ("Minas Gerais", "Belo Horizonte"),
                ),
                -180,
                _LUSO_FIRST,
                _LUSO_LAST,
            ),
            6,
        ),
        (
            Country(
                "CA",
                (("Ontario", "Toronto"), ("British Columbia", "Vancouver"), ("Quebec", "Montreal")),
                -300,
                _ANGLO_FIRST,
                _ANGLO_LAST,
            ),
            4,
        ),
        (
            Country(
                "FR",
                (("Île-de-France", "Paris"), ("Auvergne-Rhône-Alpes", "Lyon")),
                60,
                _FRENCH_FIRST,
                _FRENCH_LAST,
            ),
            4,
        ),
        (
            Country(
                "MX",
                (("Ciudad de México", "Mexico City"), ("Jalisco", "Guadalajara")),
                -360,
                _HISPANIC_FIRST,
                _HISPANIC_LAST,
            ),
            3,
        ),
        (
            Country(
                "ES",
                (("Madrid", "Madrid"), ("Catalonia", "Barcelona")),
                60,
                _HISPANIC_FIRST,
                _HISPANIC_LAST,
            ),
            3,
        ),
        (
            Country(
                "JP", (("Tokyo", "Tokyo"), ("Osaka", "Osaka")), 540, _JAPANESE_FIRST, _JAPANESE_LAST
            ),
            3,
        ),
        (
            Country(
                "AU",
                (("New South Wales", "Sydney"), ("Victoria", "Melbourne")),
                660,
                _ANGLO_FIRST,
                _ANGLO_LAST,
            ),
            3,
        ),
        (
            Country(
                "NL",
                (("North Holland", "Amsterdam"), ("South Holland", "Rotterdam")),
                60,
                _DUTCH_FIRST,
                _DUTCH_LAST,
            ),
            2,
        ),
        (
            Country(
                "IT", (("Lombardy", "Milan"), ("Lazio", "Rome")), 60, _ITALIAN_FIRST, _ITALIAN_LAST
            ),
            2,
        ),
        (
            Country(
                "PL",
                (("Masovia", "Warsaw"), ("Lesser Poland", "Kraków")),
                60,
                _POLISH_FIRST,
                _POLISH_LAST,
            ),
            1.5,
        ),
        (Country("SG", (("Singapore", "Singapore"),), 480, _SG_FIRST, _SG_LAST), 1.5),
        (
            Country(
                "SE",
                (("Stockholm", "Stockholm"), ("Västra Götaland", "Gothenburg")),
                60,
                _NORDIC_FIRST,
                _NORDIC_LAST,
            ),
            1,
        ),
        (Country("IE", (("Leinster", "Dublin"),), 0, _ANGLO_FIRST, _ANGLO_LAST), 1),
    ]
)


@dataclass(frozen=True)
class DeviceProfile:
    platform: str
    device: str
    os: str
    os_versions: Weighted[str]
    browsers: Weighted[tuple[str, str]]  # (browser, version); browser "" for native apps
    sdk_versions: Weighted[str]
    # How often this kind of client sits on a flaky network (drives call quality).
    network_risk: float


_CHROME = [
    (("Chrome", "130.0.6723.117"), 30),
    (("Chrome", "129.0.6668.100"), 12),
    (("Chrome", "128.0.6613.138"), 4),
]
_EDGE = [(("Edge", "130.0.2849.68"), 8), (("Edge", "129.0.2792.89"), 3)]
_FIREFOX = [(("Firefox", "132.0"), 4), (("Firefox", "131.0.3"), 2)]
_SAFARI_MAC = [(("Safari", "18.1"), 10), (("Safari", "17.6"), 4)]
_SAFARI_IOS = [(("Mobile Safari", "18.1"), 20), (("Mobile Safari", "17.6"), 6)]
_ANDROID_BROWSERS = [
    (("Chrome Mobile", "130.0.6723.102"), 20),
    (("Chrome Mobile", "129.0.6668.100"), 6),
]
_WEB_SDK = Weighted([("web-3.4.1", 55), ("web-3.4.0", 25), ("web-3.3.2", 15), ("web-3.1.0", 5)])
_IOS_SDK = Weighted([("ios-3.4.0", 60), ("ios-3.3.5", 30), ("ios-3.2.1", 10)])
_ANDROID_SDK = Weighted([("android-3.4.0", 55), ("android-3.3.5", 35), ("android-3.1.2", 10)])

_MACOS = Weighted([("15.1", 40), ("14.7.1", 40), ("13.7.1", 20)])
_WINDOWS = Weighted([("11", 65), ("10", 35)])
_IOS = Weighted([("18.1", 45), ("18.0.1", 20), ("17.6.1", 30), ("16.7.10", 5)])
_ANDROID = Weighted([("15", 25), ("14", 50), ("13", 25)])

DEVICES: Weighted[DeviceProfile] = Weighted(
    [
        (
            DeviceProfile(
                "desktop",
                "Windows PC",
                "Windows",
                _WINDOWS,
                Weighted(_CHROME + _EDGE + _FIREFOX),
                _WEB_SDK,
                0.08,
            ),
            34,
        ),
        (
            DeviceProfile(
                "desktop",
                "MacBook Pro",
                "macOS",
                _MACOS,
                Weighted(_CHROME + _SAFARI_MAC + _FIREFOX),
                _WEB_SDK,
                0.05,
            ),
            14,
        ),
        (
            DeviceProfile(
                "desktop",
                "MacBook Air",
                "macOS",
                _MACOS,
                Weighted(_CHROME + _SAFARI_MAC),
                _WEB_SDK,
                0.07,
            ),
            10,
        ),
        (
            DeviceProfile(
                "desktop",
                "Linux PC",
                "Ubuntu",
                Weighted([("24.04", 60), ("22.04", 40)]),
                Weighted(_CHROME + _FIREFOX),
                _WEB_SDK,
                0.05,
            ),
            2,
        ),
        (
            DeviceProfile(
                "mobile", "iPhone 16 Pro", "iOS", _IOS, Weighted([(("", ""), 1)]), _IOS_SDK, 0.25
            ),
            4,
        ),
        (
            DeviceProfile(
                "mobile", "iPhone 15", "iOS", _IOS, Weighted(_SAFARI_IOS), _IOS_SDK, 0.25
            ),
            8,
        ),
        (
            DeviceProfile(
                "mobile", "iPhone 13", "iOS", _IOS, Weighted([(("", ""), 1)]), _IOS_SDK, 0.3
            ),
            5,
        ),
        (
            DeviceProfile(
                "mobile",
                "Pixel 8",
                "Android",
                _ANDROID,
                Weighted(_ANDROID_BROWSERS),
                _ANDROID_SDK,
                0.3,
            ),
            3,
        ),
        (
            DeviceProfile(
                "mobile",
                "Galaxy S24",
                "Android",
                _ANDROID,
                Weighted([(("", ""), 1)]),
                _ANDROID_SDK,
                0.3,
            ),
            5,
        ),
        (
            DeviceProfile(
                "mobile",
                "Galaxy A54",
                "Android",
                _ANDROID,
                Weighted(_ANDROID_BROWSERS),
                _ANDROID_SDK,
                0.4,
            ),
            4,
        ),
        (
            DeviceProfile(
                "tablet", "iPad Air", "iPadOS", _IOS, Weighted(_SAFARI_IOS), _IOS_SDK, 0.15
            ),
            3,
        ),
        (
            DeviceProfile(
                "tablet",
                "Galaxy Tab S9",
                "Android",
                _ANDROID,
                Weighted(_ANDROID_BROWSERS),
                _ANDROID_SDK,
                0.2,
            ),
            1,
        ),
        (
            DeviceProfile(
                "tv",
                "Apple TV 4K",
                "tvOS",
                Weighted([("18.1", 70), ("17.6", 30)]),
                Weighted([(("", ""), 1)]),
                Weighted([("tvos-1.2.0", 1)]),
                0.05,
            ),
            0.5,
        ),
    ]
)

PARTNER_NAMES = (
    "acme",
    "globex",
    "initech",
    "umbrella",
    "hooli",
    "stark",
    "wayne",
    "wonka",
    "soylent",
    "tyrell",
    "cyberdyne",
    "vandelay",
    "dunder",
    "oscorp",
    "massive",
)

COMPANIES = (
    "Northwind Traders",
    "Contoso",
    "Fabrikam",
    "Tailspin Toys",
    "Litware",
    "Adventure Works",
    "Blue Yonder Airlines",
    "Coho Winery",
    "Alpine Ski House",
    "Wide World Importers",
    "Proseware",
    "Lucerne Publishing",
    "Margie's Travel",
    "Trey Research",
    "Woodgrove Bank",
    "Datum Corporation",
    "Humongous Insurance",
    "Relecloud",
    "Bellows College",
    "Fourth Coffee",
)
INDUSTRIES: Weighted[str] = Weighted(
    [
        ("Software", 25),
        ("Financial Services", 14),
        ("Healthcare", 10),
        ("Education", 9),
        ("Manufacturing", 8),
        ("Retail", 8),
        ("Media", 6),
        ("Consulting", 7),
        ("Government", 4),
        ("Telecommunications", 5),
        ("Energy", 4),
    ]
)
JOB_TITLES: Weighted[str] = Weighted(
    [
        ("Software Engineer", 14),
        ("Product Manager", 9),
        ("Marketing Manager", 8),
        ("Data Analyst", 7),
        ("Sales Director", 5),
        ("CTO", 2),
        ("VP Engineering", 2),
        ("Customer Success Manager", 6),
        ("Designer", 5),
        ("Student", 6),
        ("Consultant", 6),
        ("HR Business Partner", 3),
        ("Operations Lead", 4),
        ("Founder", 2),
        ("Data Scientist", 5),
    ]
)

WEBINAR_TITLES = (
    "Product Roadmap Q4 Webinar",
    "Intro to Data Mesh",
    "Customer Onboarding Masterclass",
    "Scaling Kubernetes in Production",
    "Ask Me Anything: Pricing",
    "State of Remote Work 2026",
    "Security Best Practices Live",
    "Launch Event: Analytics 3.0",
    "Fireside Chat with our CEO",
    "Hands-on Workshop: GraphQL APIs",
    "Quarterly Partner Briefing",
    "Healthcare Innovation Summit — Keynote",
)
MEETING_TITLES = (
    "Weekly Sync — Platform Team",
    "Design Review",
    "Sprint Planning",
    "1:1 Check-in",
    "Customer Call",
    "Incident Retro",
    "Board Prep",
    "Interview Loop",
    "Marketing Standup",
    "All Hands Prep",
)

REACTIONS: Weighted[str] = Weighted(
    [("clap", 35), ("heart", 25), ("like", 20), ("laugh", 10), ("wow", 7), ("fire", 3)]
)

# Interleaved by type, so a partner running its library in turn soon uses every type.
POLLS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "single_choice",
        "Which area should we focus on next quarter?",
        ("Performance", "Integrations", "Mobile app", "Reporting"),
    ),
    (
        "multiple_choice",
        "Which tools does your team use today?",
        ("Slack", "Teams", "Jira", "Notion", "Salesforce", "HubSpot"),
    ),
    ("rating", "How would you rate this session so far?", ("1", "2", "3", "4", "5")),
    ("open_ended", "What topic should we cover next time?", ()),
    (
        "single_choice",
        "How did you hear about this event?",
        ("Email", "LinkedIn", "A colleague", "Search", "Other"),
    ),
    (
        "multiple_choice",
        "What are your biggest challenges?",
        ("Budget", "Hiring", "Legacy systems", "Security", "Data quality"),
    ),
    ("rating", "How likely are you to recommend us?", ("1", "2", "3", "4", "5")),
    ("open_ended", "Any feedback for the speakers?", ()),
)
OPEN_ANSWERS = (
    "More live demos please",
    "Pricing for small teams",
    "Great session!",
    "Security and compliance",
    "Migration stories",
    "AI features",
    "Slides were too fast",
    "More Q&A time",
    "Integrations with SAP",
    "Great session!",
    "Mobile roadmap",
)

ATTACHMENTS = (
    "slides.pdf",
    "whitepaper-2026.pdf",
    "checklist.docx",
    "pricing-sheet.xlsx",
    "recording-notes.md",
    "case-study.pdf",
)

LEAVE_REASONS: Weighted[str] = Weighted(
    [("user_left", 70), ("tab_closed", 12), ("removed_by_host", 1), ("timeout", 5)]
)

# (error_type, code, message, weight); codes come as numbers from some SDKs, text from others.
ERRORS: Weighted[tuple[str, str | int, str]] = Weighted(
    [
        (("network", 4001, "ICE connection failed"), 30),
        (("network", "NET_RECONNECTING", "Network unstable, reconnecting"), 25),
        (("media", 3002, "Video track ended unexpectedly"), 12),
        (("media", "AUDIO_DECODE", "Audio decoder error"), 6),
        (("permission", "NotAllowedError", "Camera permission denied"), 10),
        (("permission", "MIC_BLOCKED", "Microphone blocked by the browser"), 6),
        (("connection", 1006, "WebSocket closed abnormally"), 8),
        (("device", "DEVICE_NOT_FOUND", "Requested audio input not found"), 5),
        (("device", 2010, "Camera in use by another application"), 4),
    ]
)

# Product analytics from a companion event app; the second group is excluded from
# app sessions by docs/METRICS.md and is generated at realistic (low) rates.
APP_ACTIVITY: Weighted[str] = Weighted(
    [
        ("Screen Viewed", 30),
        ("Agenda Viewed", 10),
        ("Session Details Viewed", 10),
        ("Speaker Profile Viewed", 6),
        ("Product Viewed", 10),
        ("Search Performed", 7),
        ("Added to Calendar", 4),
        ("Content Shared", 3),
        ("Added to Cart", 3),
        ("Checkout Started", 1.5),
        ("Order Completed", 1),
        ("Settings Updated", 1.5),
        ("Notification Clicked", 2),
        ("UTM Visited", 1),
    ]
)
APP_LAUNCH = "App Launched"
APP_FIRST_OPEN = ("App Installed", "Identity Set")
APP_RARE_HOUSEKEEPING: Weighted[str] = Weighted(
    [
        ("Identity Reset", 3),
        ("Identity Error", 1),
        ("App Uninstalled", 2),
    ]
)
SERVER_SIDE_APP_EVENT = "Notification Sent"
