"""Patterns around numbers: scales, hedges, vague amounts, currencies, and numbers that are not quantities.

Tables and compiled expressions for :mod:`factcheck.normalize.numbers`; the values are explained
where they are defined.
"""

from __future__ import annotations

import re

from factcheck.normalize.number_words import BIG

SCALES = {**BIG, "hundred": 100.0, "lakh": 1e5, "crore": 1e7}
SCALE_ABBR = {"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12}
SHORT_SCALE = {"m": 1e6, "k": 1e3, "b": 1e9}  # "$3m", "£2bn": only after a currency sign

# Hedge phrase -> how it bounds the figure (see _interval).
HEDGES: dict[str, str] = {
    **dict.fromkeys(
        ["about", "around", "roughly", "approximately", "some", "circa", "an estimated", "estimated"],
        "approx",
    ),
    **dict.fromkeys(["nearly", "almost", "close to", "just under", "just shy of", "nearing"], "below"),
    **dict.fromkeys(["just over", "just above", "a little over", "slightly more than"], "above"),
    **dict.fromkeys(
        [
            "more than",
            "over",
            "above",
            "upwards of",
            "in excess of",
            "exceeding",
            "at least",
            "no fewer than",
            "no less than",
            "a minimum of",
            "well over",
            "well above",
            "more than an estimated",
        ],
        "min",
    ),
    **dict.fromkeys(
        [
            "up to",
            "as many as",
            "as much as",
            "at most",
            "no more than",
            "a maximum of",
            "fewer than",
            "less than",
            "under",
            "below",
            "well under",
            "well below",
        ],
        "max",
    ),
}
HEDGE_BEFORE = re.compile(
    r"\b(" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s+$", re.I
)
HEDGE_AFTER = re.compile(r"\s+or\s+(more|so|fewer|less)\b|(\+)|-(plus|odd)\b", re.I)
SUFFIX_HEDGES = {
    "more": "min",
    "so": "approx",
    "fewer": "max",
    "less": "max",
    "+": "min",
    "plus": "min",
    "odd": "approx",
}

# Vague amounts: multiplier ranges times a scale ("tens of thousands" = [10, 99.999] * 1000).
VAGUE_MULT: dict[str, tuple[float, float]] = {
    "tens": (10, 99.999),
    "hundreds": (100, 999.999),
    "dozens": (24, 144),
    "scores": (40, 199),
}
VAGUE_ALONE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144),
    "scores": (40, 199),
    "hundreds": (100, 999),
    "thousands": (1000, 9999),
    "millions": (1e6, 1e9 - 1),
    "billions": (1e9, 1e12 - 1),
}
FEW: dict[str, tuple[float, float]] = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3)}
PLURAL_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
VAGUE = re.compile(
    r"\b(?:(tens|hundreds|dozens|scores)\s+of\s+(thousands|millions|billions)"
    r"|(several|a few|a couple of)\s+(dozen|hundred|thousand|million|billion)"
    r"|(dozens|scores|hundreds|thousands|millions|billions))\b",
    re.I,
)
# Words one of which (any case) is in every match of VAGUE, and of POINT_FRACTION: tested before the pattern
# is searched (most sentences hold neither; see may_hold).
VAGUE_WORDS = ("tens", "hundreds", "dozens", "scores", "several", "a few", "a couple of", "thousands", "millions",
               "billions")  # fmt: skip
POINT_FRACTION_WORDS = ("percentage",)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` in any case. Text that is not ASCII is always
    searched: some letters match case-insensitively in patterns and not under ``str.lower``."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(w in lowered for w in words)


CURRENCY_CODES = [
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "INR", "CHF", "AUD", "CAD", "HKD", "BTC", "ETH",
    "AED", "SAR", "QAR", "KWD", "OMR", "BHD", "EGP", "PLN", "CZK", "HUF", "SEK", "NOK", "DKK", "TRY", "ZAR",
    "NGN", "KES", "MXN", "BRL", "KRW", "SGD", "NZD", "ILS", "PKR", "IDR", "MYR", "THB", "PHP", "UAH", "RON",
]  # fmt: skip
CURRENCY_SIGNS = {
    "US$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "Rs": "INR",
    "Dh": "AED",
    "Dhs": "AED",
    "SR": "SAR",
    "QR": "QAR",
    "zł": "PLN",
    "Kč": "CZK",
    "₺": "TRY",
    "₦": "NGN",
    "₩": "KRW",
    "₪": "ILS",
}
CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rouble": "RUB",
    "ruble": "RUB",
    "rupee": "INR",
    "franc": "CHF",
    "bitcoin": "BTC",
    "ether": "ETH",
    "dirham": "AED",
    "riyal": "SAR",
    "dinar": "KWD",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotye": "PLN",
    "koruna": "CZK",
    "korun": "CZK",
    "forint": "HUF",
    "lira": "TRY",
    "rand": "ZAR",
    "naira": "NGN",
    "shekel": "ILS",
    "hryvnia": "UAH",
    "peso": "MXN",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "shilling": "KES",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "lei": "RON",
}
CURRENCY_BEFORE = re.compile(
    r"(US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₽|₺|₦|₩|₪|\bRs\.?\s?|\bDhs?\.?\s?|\b(?:SR|QR)\s?|\b(?:"
    + "|".join(CURRENCY_CODES)
    + r")\s?)$"
)
CURRENCY_AFTER = re.compile(
    r"\s+(?:(?:US|U\.S\.|American|Hong Kong|Australian|Canadian|Singapore|New Zealand|UAE|Emirati|Saudi|Qatari"
    r"|Kuwaiti|Omani|Bahraini|Jordanian|Egyptian|Polish|Czech|Hungarian|Swedish|Norwegian|Danish|Turkish"
    r"|South African|Nigerian|Kenyan|Mexican|Philippine|Indian|Pakistani|Swiss)\s+)?"
    r"(dollars?|euros?|pounds?|yen|yuan|renminbi|roubles?|rubles?|rupees?|francs?|bitcoins?|ether|dirhams?|riyals?"
    r"|dinars?|zlotys?|zlotye|zł|korun[ay]?|Kč|forints?|liras?|lire|rand|naira|shekels?|hryvnias?|pesos?"
    r"|kronor|kronur|kroner|krona|krone|shillings?|ringgit|rupiah|baht|lei|" + "|".join(CURRENCY_CODES) + r")\b"
)

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "2:05:41", "1:02:30.4": hours, minutes and seconds are a duration (a race time), not a clock time, unless
# an a.m./p.m. or a zone follows or a clock preposition ("at", "until") precedes it.
DURATION_HMS = re.compile(
    # (?=\d) first: every match starts with a digit, and the look-behinds are then not tried at every
    # position of the sentence.
    r"(?=\d)(?<![\d:.])(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bsince\s)"
    r"(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\d:])(?!\s*(?:[ap]\.?m\b|GMT|UTC|local|hrs|[A-Z]{2,4}T\b))"
)
NON_QUANTITY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}")),
    ("phone", re.compile(r"\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}")),
    ("phone", re.compile(r"\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{3}-\d{4}\b")),
    ("date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("date", re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,.]\d)")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?![a-z])")),
    ("duration", DURATION_HMS),
    ("time", re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b(?:\s*[ap]\.?m\b\.?)?")),
    ("time", re.compile(r"\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o'clock)")),
    ("time", re.compile(r"\b\d{3,4}\s*(?:GMT|UTC|hrs)\b")),
    ("age", re.compile(r"\baged\s+\d{1,3}\b")),
    ("fraction", re.compile(r"(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])")),
)
# What the text of each pattern of NON_QUANTITY holds wherever it matches (a necessary condition, tested
# before the pattern is searched: most sentences hold no phone number, date, clock time or age; issue 12).
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
NON_QUANTITY_MAY: tuple[re.Pattern[str], ...] = (
    re.compile(r"\("),
    re.compile(r"\+"),
    re.compile(r"[.-]"),
    re.compile(r"[-/.]"),
    _MONTH_START,
    _MONTH_START,
    re.compile(r"\d:[0-5]\d:[0-5]\d"),
    re.compile(r"\d[:h]\d\d"),
    re.compile(r"\d\s*(?:[ap]\.?m|o')"),  # "10 pm", "10 a.m.", "10.30pm", "10 o'clock": not "10 people"
    re.compile(r"GMT|UTC|hrs"),
    re.compile(r"aged"),
    re.compile(r"\d/\d"),
)
# A figure starts after no letter or digit, except right after a letter-sign currency ("Dh412 million").
DIGITS = re.compile(
    # (?=\d) first, as in DURATION_HMS: the six look-behinds are tried only where a digit starts.
    r"(?=\d)(?:(?<![\w.,])|(?<=\bDh)|(?<=\bDhs)|(?<=\bRs)|(?<=\bSR)|(?<=\bQR))"
    r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)(\.\d+)?"
)
ALPHA = re.compile(r"[A-Za-z]+")
# "2, 200": a thousands separator with a stray space after it, seen in scraped real news. One to three
# digits, ", ", exactly three digits, then neither another digit nor a decimal nor a further ", <digit>"
# (a list). The caller checks what stands before (SPACED_THOUSANDS_NOT_AFTER).
SPACED_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}, \d{3})(?!\d|[.,]\d|, \d)()")
# "49,51%", "5,7 per cent": a decimal comma (continental style, kept by translations) before a percent
# sign or word. One or two digits after the comma (three would be a thousands group: "1,234%").
DECIMAL_COMMA_PERCENT = re.compile(r"(?<![\w.,])(\d{1,3})(,\d{1,2})(?=\s?(?:%|(?i:per\s?cent|pct)\b))")
# Before a spaced figure: a month or weekday (the first number is a day: "March 24, 200 homes"), or a
# number and a comma (the figure is an item of a list: "3, 4, 500").
SPACED_THOUSANDS_NOT_AFTER = re.compile(
    rf"(?:{MONTH}\.?|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+$|\d,\s*$"
)
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
SCALE_AFTER = re.compile(rf"(?:\s*|-)({'|'.join(SCALES)})\b|\s?({'|'.join(SCALE_ABBR)})\b", re.I)
PERCENT = re.compile(r"\s?(%|per\s?cent\b|pct\b)|\s(percentage points?)\b", re.I)
# "50 basis points", "a 25-basis-point cut", "50bp", "75 bps": hundredths of a percentage point.
# "10 cents a share", "a one-cent dividend": a hundredth of the currency unit. Read as the US dollar's cent,
# the one English-language news prices most in: a euro or another cent read so can only meet another cent
# figure (same value, same unit) or differ in unit from a figure in euros, never be taken for a count.
CENTS = re.compile(r"(?:\s|-)cents?\b")
CENT_CURRENCY = "USD"
BASIS_POINTS = re.compile(r"(?:\s|-)?(?:basis(?:\s|-)points?\b|bps?\b)")
# "at a depth of 10km", "12km north of", "a 40kg load": a measurement written with its unit abbreviation
# glued on, as news copy often prints it. Only abbreviations that name one unit: "10m" (metres or million)
# and "5g" (grams or a network) stay labels; so do glued speeds ("20mph", "90km/h"), which the speed reader
# keys by wording that cannot tell a storm's forward speed from its winds.
GLUED_UNIT = re.compile(r"(?:km|kg|cm|mm|ft)\b(?!/)", re.I)
# "half a percentage point", "a quarter of a percentage point": fractions written as words before a point.
POINT_FRACTION = re.compile(
    r"\b(half|a\s+quarter|three(?:\s|-)quarters)(?:\s+of)?\s+an?(?=\s+percentage\s+points?\b)", re.I
)
POINT_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
# "40C", "40 °C", "104F", "40 degrees Celsius", "40 degrees": a temperature; the unit is "C", "F" or
# "degrees" (no scale named: the caller decides from the sentence).
TEMPERATURE = re.compile(
    r"(?:\s?[°º]\s?|(?:-|\s)degrees?\s+)(C|F|(?i:celsius|fahrenheit|centigrade))\b"
    r"|(C|F)(?![.'’]?\w)|(?:-|\s)(degrees?)\b(?!\s+(?:north|south|east|west|of\s+latitude))"
)
RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*")
AGE_AFTER = re.compile(r"(?:-|\s)years?(?:-|\s)old\b", re.I)
# The words LABEL_BEFORE ends with (a match ends with one, maybe a full stop, and spaces; or with "#"
# or a letter and a hyphen): tested before the pattern, which tries every position of the window.
LABEL_WORDS = (
    "no", "nos", "number", "art", "article", "section", "chapter", "resolution", "flight", "room", "route",
    "highway", "page", "level", "category", "phase", "part", "vol", "volume", "season", "episode", "stage",
    "gate", "platform", "paragraph", "clause", "step", "item", "block", "unit",
)  # fmt: skip
LABEL_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|[Nn]umber|Art|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]esolution|[Ff]light|[Rr]oom|[Rr]oute"
    r"|Highway|[Pp]age|[Ll]evel|[Cc]ategory|[Pp]hase|[Pp]art|Vol|Volume|Season|Episode|[Ss]tage|[Gg]ate"
    r"|[Pp]latform|[Pp]aragraph|[Cc]lause|[Ss]tep|[Ii]tem|[Bb]lock|[Uu]nit)\.?\s*|#\s*|[A-Za-z]-)$"
)
YEAR_PRECEDERS = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "before",
    "after",
    "from",
    "through",
    "circa",
    "mid",
    "early",
    "late",
    "the",
    "this",
    "that",
    "its",
    "their",
    "of",
    "to",
    "and",
}
PLURAL_NOUNS = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle"}
# The last characters of a CURRENCY_BEFORE match before its optional space: signs, "Rs", "Dh(s)", codes.
CURRENCY_ENDS = frozenset("$€£¥₹₽₺₦₩₪s.hABCDEFGHIJKLMNOPQRSTUVWXYZ")
HEDGE_ENDS = tuple(HEDGES)
MONTH_END = re.compile(rf"{MONTH}\s*$")
ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Square)\b"
)


def currency_code(token: str) -> str:
    token = token.strip().rstrip(".")
    if token in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[token]
    if token.upper() in CURRENCY_CODES:
        return "CNY" if token.upper() == "RMB" else token.upper()
    low = token.lower()
    return CURRENCY_WORDS.get(low, CURRENCY_WORDS.get(low.rstrip("s"), CURRENCY_WORDS.get(low[:-1], token.upper())))


def may_end_with_currency(before: str) -> bool:
    """False only when CURRENCY_BEFORE cannot match ``before`` (its last character, or the one before a
    final whitespace, ends no currency sign, code or abbreviation): each search tries every position."""
    return before[-1:] in CURRENCY_ENDS or (before[-1:].isspace() and before[-2:-1] in CURRENCY_ENDS)


def may_end_with_label(before: str) -> bool:
    """False only when LABEL_BEFORE cannot match ``before`` (see LABEL_WORDS)."""
    if before.endswith("-"):
        return True
    word = before.rstrip()
    if word.endswith("#"):
        return True
    word = word[:-1] if word.endswith(".") else word
    return word.lower().endswith(LABEL_WORDS)
