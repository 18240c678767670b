"""A fake osce.org on 127.0.0.1, built from saved release pages, for offline crawls and tests.

:class:`FakeSite` serves the release fixtures of a directory (``current_*.html``,
``newsroom_*.html``, ``panels_*.html``, ``titlefirst_*.html``) in turn, each under its own node
URL, until ``count`` releases are served (a fixture served again gets a new node id and a numbered
title, so every URL is a distinct release). Around them it generates what a crawler meets on the
real site: date-sorted listing pages (10 items a page, or ``rows=50``; Newsroom markup with pager
"next" links, then an unknown card markup with ``rel="next"``), ``/node/{id}`` aliases
(``/{language}/node/{id}`` for translations), ``/robots.txt`` (a disallowed ``/private/`` path and
a Crawl-delay), a ``/sitemap.xml`` index with a plain and a gzipped URL set, ETag / Last-Modified
with 304 answers, and injectable faults (:class:`Fault`).

Translations: fixtures of one node in several languages (``current_seed_50033`` in English,
``current_ru_seed_50033``, ``current_de_seed_50033``) form a family. A release copied from a
family member is served in every language of the family under the same new node id
(``/pc/600001``, ``/ru/pc/600001``, ``/de/pc/600001``), only the copied fixture's version being
listed; every version's ``hreflang`` alternates name exactly the versions served. Other fixtures
keep only their own language's alternate, so no link points at a page the site does not have.

Every request is logged (:attr:`FakeSite.hits`) with its timing, and the highest number of
requests in progress at once is kept (:attr:`FakeSite.max_in_flight`).

Run ``python -m osce_parse.testing [DIR]`` to serve one by hand. Without ``DIR`` it serves the
pages shipped with the package (:attr:`FakeSite.PAGES`, ``pages/``): copies of a few of the
repository's test fixtures, so the fake site works from a plain install. Module by
module: ``site.py`` (:class:`FakeSite`: the releases, listings, robots.txt, sitemaps),
``server.py`` (the HTTP handler, :class:`Fault`, :class:`Hit`), ``sources.py`` (reading fixture
pages), ``markup.py`` (the HTML and XML the site generates).
"""

from __future__ import annotations

from .server import FAULT_KINDS, Fault, Hit
from .site import FakeRelease, FakeSite

__all__ = ["FAULT_KINDS", "FakeRelease", "FakeSite", "Fault", "Hit"]
