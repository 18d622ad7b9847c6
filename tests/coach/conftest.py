import pytest

from prep.coach.lexicon import default_lexicon, using_lexicon


@pytest.fixture(autouse=True)
def shipped_word_lists():
    """Pin the shipped JSON word lists: once Django is set up, the app installs a provider that
    reads the admins' rows from the database, which plain-Python tests must not depend on."""
    with using_lexicon(default_lexicon()):
        yield
