"""The account's data export joins both products' files; it lives above drafts and interviews
so that drafts never imports interviews."""

from collections.abc import Iterator

from prep.practice.drafts.export import draft_documents
from prep.practice.interviews.export import recording_files


def account_files(user) -> Iterator[tuple[str, bytes]]:
    """The files of the account's data export: drafts as documents, recordings as audio."""
    yield from draft_documents(user)
    yield from recording_files(user)
