"""Drafts as files a candidate can keep or paste from: plain text and Word (.docx)."""

import io
import re
from collections.abc import Iterable, Iterator

from django.utils import timezone
from django.utils.translation import gettext as _

from prep.practice.drafts.models import Draft

TXT_CONTENT_TYPE = "text/plain; charset=utf-8"
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_UNSAFE_IN_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# What XML 1.0 cannot hold at all (lxml refuses the whole document over one of them): C0 controls
# but tab and line breaks, surrogates and the noncharacters U+FFFE/U+FFFF. Stored text keeps the
# noncharacters (stored_text removes only controls and invisibles), and a question, a company's
# name or the candidate's name saved before their forms cleaned them may carry a control: a
# download must never fail over an invisible character.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` without the characters a Word document cannot contain."""
    return _NOT_IN_XML.sub("", text)


def filename_part(text: str, *, limit: int = 40) -> str:
    """A piece of a file name that every OS accepts; Korean is kept."""
    cleaned = _UNSAFE_IN_FILENAME.sub(" ", text)
    return " ".join(cleaned.split())[:limit].strip() or "draft"


def limit_line(draft: Draft) -> str:
    status = draft.limit_status()
    if status is None:
        return _("분량 제한 없음 · %(count)s자") % {"count": f"{draft.counts().characters:,}"}
    return _("분량 %(used)s / %(limit)s (%(rule)s)") % {
        "used": f"{status.used:,}",
        "limit": f"{status.limit:,}",
        "rule": draft.rule_label,
    }


def draft_txt(draft: Draft) -> str:
    """Prompt, limit and count, then the answer exactly as it would be pasted into a form."""
    lines = [
        _("[문항] %(question)s") % {"question": draft.question_text},
        limit_line(draft),
    ]
    if draft.company_id:
        lines.insert(0, _("[기업] %(company)s") % {"company": draft.company.name})
    return "\n".join(lines) + "\n\n" + draft.full_text + "\n"


def drafts_txt(drafts: Iterable[Draft]) -> str:
    separator = "\n" + "=" * 40 + "\n\n"
    return separator.join(draft_txt(draft) for draft in drafts)


def draft_title(draft: Draft) -> str:
    """A single draft's document title: its company's 자기소개서 (its headline follows once)."""
    if draft.company_id:
        return _("%(company)s 자기소개서") % {"company": draft.company.name}
    return _("자기소개서")


def drafts_docx(drafts: Iterable[Draft], *, title: str) -> bytes:
    # Imported here, not with the module: python-docx and lxml would add ~9 MB to every web
    # worker for a download few candidates ask for.
    from docx import Document
    from docx.shared import Pt

    drafts = list(drafts)
    document = Document()
    # python-docx's template signs every file as its own; the candidate is the author.
    properties = document.core_properties
    properties.author = xml_text(drafts[0].user.get_short_name()) if drafts else _("프렙")
    properties.last_modified_by = properties.author
    properties.title = xml_text(title)
    properties.comments = ""
    style = document.styles["Normal"]
    style.font.name = "Malgun Gothic"
    style.font.size = Pt(10.5)
    document.add_heading(xml_text(title), level=0)
    for number, draft in enumerate(drafts, start=1):
        document.add_heading(xml_text(f"{number}. {draft.question_text}"), level=1)
        document.add_paragraph(limit_line(draft)).runs[0].italic = True
        if draft.headline:
            document.add_paragraph().add_run(xml_text(draft.headline)).bold = True
        # One paragraph per line, so Word shows the line breaks the form will receive.
        for line in xml_text(draft.body).split("\n"):
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def draft_filename(draft: Draft, extension: str) -> str:
    stamp = timezone.localtime(draft.updated_at).strftime("%Y%m%d")
    company = f"{filename_part(draft.company.name, limit=20)} " if draft.company_id else ""
    return f"{company}{filename_part(str(draft))} {stamp}.{extension}"


def company_filename(company, extension: str) -> str:
    stamp = timezone.localtime().strftime("%Y%m%d")
    return f"{filename_part(company.name)} 자소서 {stamp}.{extension}"


def draft_documents(user) -> Iterator[tuple[str, bytes]]:
    """Every draft of `user` as .txt and .docx files, for the account's data export."""
    for draft in user.drafts.with_catalog().order_by("pk"):
        yield f"drafts/{draft.pk} {draft_filename(draft, 'txt')}", draft_txt(draft).encode()
        yield (
            f"drafts/{draft.pk} {draft_filename(draft, 'docx')}",
            drafts_docx([draft], title=draft_title(draft)),
        )
