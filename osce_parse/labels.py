"""The site's words, as data: metadata labels, content types, section words, month names.

One table per language. Keys are case-folded and without the trailing colon. Other modules look
words up here; none of them hard-codes a label.
"""

from __future__ import annotations

__all__ = [
    "CONTENT_TYPES",
    "FIELD_LABELS",
    "MONTHS",
    "SECTION_WORDS",
    "label_key",
]

# Metadata label -> field name.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "date": "date",
        "publishing date": "date",
        "publication date": "date",
        "published": "date",
        "date of publication": "date",
        "place": "place",
        "location": "place",
        "source": "sources",
        "sources": "sources",
        "where we are": "sources",
        "structure": "sources",
        "structures": "sources",
        "fields of work": "fields_of_work",
        "field of work": "fields_of_work",
        "what we do": "fields_of_work",
        "topic": "fields_of_work",
        "topics": "fields_of_work",
        "content type": "content_type",
        "type": "content_type",
    },
}

# Content types as the site shows them (case-folded).
CONTENT_TYPES: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "press release",
            "press statement",
            "news",
            "news item",
            "daily report",
            "spot report",
            "weekly report",
            "statement",
            "media advisory",
            "feature",
            "story",
        }
    ),
}

# Words that open a block that is not body text.
SECTION_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "contacts": "contacts",
        "contact": "contacts",
        "media contact": "contacts",
        "media contacts": "contacts",
        "press contact": "contacts",
        "related content": "related",
        "related": "related",
        "related news": "related",
        "see also": "related",
        "share": "share",
        "share this": "share",
        "photo details": "photo",
        "newsroom": "newsroom",
    },
}

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        **{
            name: number
            for number, name in enumerate(
                [
                    "january",
                    "february",
                    "march",
                    "april",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                ],
                start=1,
            )
        },
        **{
            name: number
            for number, name in enumerate(
                [
                    "jan",
                    "feb",
                    "mar",
                    "apr",
                    "may",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "oct",
                    "nov",
                    "dec",
                ],
                start=1,
            )
        },
        "sept": 9,
    },
}


def label_key(word: str, table: dict[str, dict[str, str]], language: str | None) -> str | None:
    """Look ``word`` (already case-folded, colon stripped) up in ``table`` for ``language``,
    falling back to English."""
    found = table.get(language or "en", {}).get(word)
    if found is None and language != "en":
        found = table["en"].get(word)
    return found
