"""What a person would see wrong in a rendered page, found without a browser.

A string test that looks for the right words passes even when the browser shows the page broken:
a template comment printed as text, an `<option>` that swallows the rest of a form, markup the
HTML parser silently drops. `page_problems(html)` reads a page the way the HTML parser does
and reports each of those in words a reviewer can act on.
"""

import re
from html.parser import HTMLParser

TEMPLATE_SYNTAX = re.compile(r"\{#|#\}|\{%|%\}|\{\{|\}\}")
# A page's name, a spaced middle dot and the site's name (in either language), or the name alone.
TITLE = re.compile(r"(?:\S.*\S|\S) · (?:프렙|Prep)|프렙|Prep")

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
# Elements whose content the browser reads as plain text up to their own end tag: a tag seen
# inside them here is shown to the person as text (or swallows the rest of the page).
RAW_TEXT = {"textarea", "title"}
SCRIPT_LIKE = {"script", "style", "template"}
CONTROLS = {"input", "select", "textarea", "button", "option", "optgroup", "form", "a"}
# An element of the first kind may not hold an element of the second.
NOT_INSIDE = {
    "option": CONTROLS | {"div", "p", "span", "label", "ul", "ol", "li", "table"},
    "select": {"input", "select", "textarea", "button", "form", "a", "div", "p", "label"},
    "button": {"input", "select", "textarea", "button", "form", "a"},
    "a": {"a", "button", "select", "textarea", "input"},
    "form": {"form"},
    "label": {"label"},
}
TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr"}
TABLE_CHILDREN = {
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "script",
    "template",
    "style",
}
# Attributes whose value is shown to the person.
SHOWN_ATTRIBUTES = {"placeholder", "title", "alt", "aria-label", "label"}


class _PageReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.title = ""

    def _where(self) -> str:
        line, _column = self.getpos()
        return f"line {line}"

    def _inside(self, tag: str) -> bool:
        return tag in self.stack

    def handle_starttag(self, tag, attrs):
        if any(raw in self.stack for raw in RAW_TEXT) and "svg" not in self.stack:
            container = next(raw for raw in reversed(self.stack) if raw in RAW_TEXT)
            self.problems.append(
                f"{self._where()}: <{tag}> inside <{container}> is shown as text by the browser"
                " (an unclosed or misplaced element)"
            )
            return
        if any(s in self.stack for s in SCRIPT_LIKE):
            return
        # Implied end tags the browser adds (</p> before a block, </li> before <li>, …) are
        # harmless here; track only the elements whose nesting the checks below care about.
        if tag in {"li", "option", "p", "tr", "td", "th", "dt", "dd"} and self.stack:
            self._close_implied(tag)
        for outer, forbidden in NOT_INSIDE.items():
            if tag in forbidden and outer in self.stack:
                self.problems.append(
                    f"{self._where()}: <{tag}> nested inside <{outer}>: the browser drops or"
                    " moves it, and what follows is hidden or unusable"
                )
                break
        if tag == "option" and not ({"select", "datalist", "optgroup"} & set(self.stack)):
            self.problems.append(f"{self._where()}: <option> outside any <select> or <datalist>")
        if self.stack and self.stack[-1] in TABLE_PARTS and tag not in TABLE_CHILDREN:
            self.problems.append(
                f"{self._where()}: <{tag}> directly inside <{self.stack[-1]}> is moved out of"
                " the table by the browser"
            )
        for name, value in attrs:
            if name in SHOWN_ATTRIBUTES and value and TEMPLATE_SYNTAX.search(value):
                self.problems.append(
                    f"{self._where()}: template syntax in {name}=: {value.strip()[:80]!r}"
                )
        if tag in VOID:
            return
        self.stack.append(tag)

    def _close_implied(self, tag):
        siblings = {
            "li": {"li"},
            "option": {"option"},
            "p": {"p"},
            "tr": {"tr", "td", "th"},
            "td": {"td", "th"},
            "th": {"td", "th"},
            "dt": {"dt", "dd"},
            "dd": {"dt", "dd"},
        }[tag]
        if self.stack[-1] in siblings:
            self.stack.pop()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag not in self.stack:
            return  # a stray end tag is ignored by the browser and hides nothing
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(s in self.stack for s in SCRIPT_LIKE):
            return
        text = " ".join(data.split())
        if not text:
            return
        if self.stack and self.stack[-1] == "title" and "svg" not in self.stack:
            self.title += text  # the document's title; an SVG's <title> is its tooltip
        if self.stack and self.stack[-1] == "option" and text.strip("-") == "":
            self.problems.append(
                f"{self._where()}: Django's {text!r} placeholder instead of words for no choice"
            )
        if TEMPLATE_SYNTAX.search(text):
            self.problems.append(f"{self._where()}: template syntax shown as text: {text[:120]!r}")
        if self.stack and self.stack[-1] == "select":
            self.problems.append(
                f"{self._where()}: text directly inside <select> is never shown: {text[:80]!r}"
            )
        if self.stack and self.stack[-1] in TABLE_PARTS:
            self.problems.append(
                f"{self._where()}: text directly inside <{self.stack[-1]}> is moved out of the"
                f" table: {text[:80]!r}"
            )

    def handle_comment(self, data):
        if "<" in data and ">" in data:
            self.problems.append(
                f"{self._where()}: an HTML comment hides markup: {' '.join(data.split())[:80]!r}"
            )

    def close(self):
        super().close()
        if self.rawdata.strip():
            self.problems.append(
                f"unparsed tail (an unclosed comment or tag?): {self.rawdata.strip()[:80]!r}"
            )
        for tag in ("select", "textarea", "option", "button", "form", "a", "title"):
            if tag in self.stack:
                self.problems.append(f"<{tag}> is never closed: it takes in the rest of the page")
        if self.title and not TITLE.fullmatch(self.title):
            self.problems.append(f"<title> {self.title!r} is not '<page> · 프렙' or '프렙'")


def page_problems(html: str) -> list[str]:
    """Every way the page would look broken to a person, or [] when it is sound."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return reader.problems
