"""The gazetteer of institutions: Korean public institutions (ALIO) and large employers.

Shipped as the lexicon list "institutions" (data/institutions.json, built by
`prep.coach.build_institutions` from two published lists and the central government bodies):
one row per name or alias, its category the official name. Admins add names and aliases as
CoachTerm rows of that list with the official name as the category, so they reach the check
like every other word list.
"""

from __future__ import annotations

from prep.coach.company_names import Company
from prep.coach.lexicon import Lexicon, get_lexicon

LIST_NAME = "institutions"


def known_institutions(lexicon: Lexicon | None = None) -> tuple[Company, ...]:
    """Every institution in the gazetteer as a Company (official name first, then aliases)."""
    lexicon = lexicon or get_lexicon()

    def build() -> tuple[Company, ...]:
        names: dict[str, list[str]] = {}
        for entry in lexicon.entries(LIST_NAME):
            if entry.term:
                official = entry.category.strip()
                aliases = names.setdefault(official, [])
                if entry.term.strip() != official:
                    aliases.append(entry.term.strip())
        return tuple(
            Company(official, tuple(dict.fromkeys(aliases)), f"institution:{official}")
            for official, aliases in names.items()
        )

    return lexicon.cached(("institutions",), build)
