"""Shared analysis: what several claim families need to know about an article, computed once.

- :mod:`.events`: event typing (which kind of event a sentence, date or place belongs to: an event word,
  a policy decision, a vote on a law), the article's main event and the verbs that tell it happened,
  and an event's subject (its participants for a meeting, its kind for a disaster).
- :mod:`.participants`: who took part in the event a sentence describes, and when that event happened
  (a look-back phrase ties a sentence to an earlier event).
- :mod:`.roles`: the roles an article gives people with ordinary nouns ("Ana Ruiz, commander,"), and back
  from "the commander" to the one person the article names so.

Per-article results are cached on :class:`~factcheck.extract.base.ArticleContext` (``main_event``,
``article_participants``, ``person_roles``, ``event_time(sentence)``, ``numbers(sentence)``, ``dates(sentence)``), never
in module-level state. The families (quantities, people, places, times, quotes) import from here and
never from each other; nothing here imports a family.
"""
