"""What the blind-hiring rules share: the text with its morphemes, and a rule's candidate.

The rules live by idea in blind_schools (school names, campuses), blind_family (a relative's job
or workplace) and blind_person (age, gender, marital status, home town, own name); the runner in
blind_hiring applies attribution and turns candidates into findings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from prep.coach import morph
from prep.coach.attribution import RELATIVES, about_someone_else
from prep.coach.attribution_roles import describes_object
from prep.coach.blind_kin import kin_words
from prep.coach.lexicon import Lexicon, word_starts
from prep.coach.morph import Morph
from prep.coach.people_words import is_person

FIRST_PERSON = frozenset({"저", "제", "나", "저희", "우리"})
_QUOTE = re.compile(r"[\"“‘'][^\"”’'\n]{2,200}[\"”’']")
_SAID = re.compile(r"\s?(?:이?라고|이?라며|하고|하며|는|며)\s")
# What one does for a client: 상담하다, 안내하다, 응대하다, 접수하다, 면담하다.
_SERVING = frozenset({"상담", "안내", "응대", "접수", "면담", "맞이", "설득"})
_BY_WRITER = re.compile(r"(?:제가|저는|저도|제게)\s")
# A verb of saying, and the one who says (아이가, 어르신께서, 한 분이).
_SAYING = re.compile(
    r"(?:말|물|묻|답|대답|털어놓|하소연|이야기|얘기|외치|외쳤|속삭|덧붙|전하|전했)"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    category: str
    rule: str
    note: str = ""


_WITH_WRITER = frozenset({"함께", "같이", "우리", "저희", "동기", "동기들"})


class BlindText:
    """The text with its morphemes and lookups the rules share."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.tokens: tuple[Morph, ...] = morph.tokens(text)
        self.token_start_list = [t.start for t in self.tokens]  # sorted: Kiwi emits in order
        self.token_starts = set(self.token_start_list)
        self.token_ends = {t.end for t in self.tokens}
        self.starts = self.token_starts.union(word_starts(text))
        self.sentences = morph.sentence_spans(text)
        self.sentence_ends = [end for _, end in self.sentences]
        self.regions = lexicon.words("blind_cues", "region")

    def words(self, list_name: str, category: str) -> frozenset[str]:
        if (list_name, category) == ("blind_cues", "family_member"):
            return kin_words(self.lexicon)  # with their prefixed forms: 큰외삼촌, 이종사촌
        return self.lexicon.words(list_name, category)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.token_start_list, offset)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        for span in self.sentences:
            if span[1] > offset:
                return span
        return (0, len(self.text))

    def about_someone_else(self, start: int, end: int) -> bool:
        if self._quoted_from_someone(start, end) or self._in_brackets_after_person(start, end):
            return True
        sentence = self.sentence_at(start)
        here = self.sentences.index(sentence) if sentence in self.sentences else 0
        return about_someone_else(
            self.tokens,
            self.token_start_list,
            sentence,
            start,
            end,
            kin_words=self.words("blind_cues", "family_member"),
            previous=self.sentences[here - 1] if here > 0 else None,
        )

    def owned_by_person(self, start: int) -> bool:
        """The fact at `start` is owned by a person or a relative named right before it:
        아버지의 군 복무, 유족의 병역 (the writer's own, 제 군 복무, is not)."""
        i = self.index_at(start)
        if i < 2 or self.tokens[i - 1].tag != "JKG" or self.tokens[i - 1].end + 1 != start:
            return False
        k = i - 2
        if self.tokens[k].tag == "XSN" and k > 0:
            k -= 1  # 아버지+님+의
        owner = self.tokens[k]
        if owner.form in FIRST_PERSON:
            return False
        kin = owner.form in self.words("blind_cues", "family_member")
        return kin or is_person(owner, self.tokens[k + 1])

    def served_by_relative(self, start: int) -> bool:
        """아들이 군 복무 중이라, 오빠가 해병대에 입대해: a relative as the subject of the
        clause the fact is in (no clause ending between them) did it, so it tells nothing of
        the writer's own gender; the writer (제가) or a plain noun subject does not count."""
        lo = self.sentence_at(start)[0]
        i = self.index_at(start)
        kin = self.words("blind_cues", "family_member")
        for k in range(i - 1, max(-1, i - 8), -1):
            token = self.tokens[k]
            if token.start < lo or token.tag in ("EC", "EF", "SF", "ETM"):
                return False
            if token.tag not in ("JKS", "JX") or k == 0:
                continue
            head = self.tokens[k - 1]
            if head.tag == "XSN" and k > 1:
                head = self.tokens[k - 2]  # 오빠+님, 아드+님
            if head.form in FIRST_PERSON:
                return False
            return head.tag.startswith("NN") and (head.form in kin or head.form in RELATIVES)
        return False

    def same_age_as_writer(self, start: int, end: int) -> bool:
        """토끼띠 동갑내기인 조장님, 저와 동갑인 스물여섯 살 팀장님: an age said to be shared
        (동갑) is the writer's own, whoever else it also describes (서로 동갑인 두 어르신 is
        only theirs)."""
        lo, hi = self.sentence_at(start)
        i, j = self.index_at(start), self.index_at(end)
        near = self.tokens[max(0, i - 4) : j + 3]
        if not any(t.form.startswith("동갑") and lo <= t.start < hi for t in near):
            return False
        # (서로 동갑인 두 어르신; a 서로 in a later clause is about something else)
        shared_at = max(t.end for t in near if t.form.startswith("동갑") and lo <= t.start < hi)
        if any(t.form == "서로" for t in self.tokens if lo <= t.start < shared_at):
            return False
        # 고객님은 토끼띠 동갑내기 친구와: shared between the person the sentence is about and
        # their friend, not with the writer.
        before = [t for t in self.tokens[:i] if t.start >= lo]
        for k in range(len(before) - 1, 0, -1):
            if before[k].tag in ("JKS", "JX"):
                head = before[k - 1]
                # 함께 일한 인턴들이 모두 97년생 동갑이라: a group the writer belongs to (함께,
                # 같이, 우리, 동기) all of one age includes the writer.
                if head.form == "들" and any(t.form in _WITH_WRITER for t in before[: k - 1]):
                    return True
                if head.tag == "XSN" and k > 1:
                    head = before[k - 2]
                if head.form not in FIRST_PERSON and is_person(head, before[k]):
                    return False
        return True

    def describes_object(self, end: int) -> bool:
        """The fact ending at `end` describes the person the writer acts on (서른 살 청년을)."""
        return describes_object(self.tokens[self.index_at(end) :], self.sentence_end(end))

    def _in_brackets_after_person(self, start: int, end: int) -> bool:
        """이용자 A씨(28세), 사례 아동(9세): a fact in brackets right after a person is theirs."""
        open_at = self.text.rfind("(", max(0, start - 12), start)
        if open_at < 0 or ")" in self.text[open_at:start] or ")" not in self.text[end : end + 12]:
            return False
        before = [t for t in self.tokens if t.end <= open_at][-2:]
        if not before or before[-1].end != open_at:
            return False
        last = before[-1]
        prev = before[-2] if len(before) == 2 else None
        if last.form in FIRST_PERSON:
            return False
        return (
            is_person(last, None)
            or (last.tag == "NNB" and last.form in ("씨", "군", "양"))
            or (prev is not None and is_person(prev, last))
        )

    def describes_relative(self, end: int) -> bool:
        """The fact ending at `end` sits in a modifier clause whose head is a kin word: 스물두
        살에 결혼하신 어머니, 아이를 낳고 혼자 키운다는 어머니를. The writer, named in the
        clause (저를 낳으신), makes it the writer's own family story."""
        kin = self.words("blind_cues", "family_member")
        rest = self.tokens[self.index_at(end) :]
        limit = self.sentence_end(end)
        for i, token in enumerate(rest[:12]):
            if token.start >= limit or token.tag in ("EF", "SF", "SP", "JKS", "JX"):
                return False
            if token.tag == "NP" and token.form in FIRST_PERSON:
                return False
            if token.tag == "EC" and token.form not in (
                "고",
                "며",
                "으며",
                "어",
                "아",
                "아서",
                "어서",
            ):
                return False
            if token.tag == "ETM":
                head = rest[i + 1] if i + 1 < len(rest) else None
                return head is not None and head.form in kin and head.tag == "NNG"
        return False

    def relative_served(self, end: int) -> bool:
        """The fact ending at `end` leads to a kin word the writer serves (…아들을 둔 어머니를
        상담했습니다, …어머님께 안내해 드렸습니다): a writer counsels a client, not their own
        mother, so the relative and what describes them are a client's."""
        kin = self.words("blind_cues", "family_member")
        rest = self.tokens[self.index_at(end) - 1 :]
        limit = self.sentence_end(end)
        for i, token in enumerate(rest[:14]):
            if token.start >= limit or token.tag in ("EF", "SF", "SP"):
                return False
            if token.tag == "NP" and token.form in FIRST_PERSON:
                return False
            if token.form not in kin or token.tag != "NNG":
                continue
            j = i + 1
            while j < len(rest) and rest[j].tag == "XSN":
                j += 1
            if j + 1 >= len(rest):
                return False
            marked = rest[j].tag == "JKO" or rest[j].form in ("에게", "께", "와", "과")
            verb = rest[j + 1]
            return marked and (verb.form in _SERVING or verb.root in _SERVING)
        return False

    def _quoted_from_someone(self, start: int, end: int) -> bool:
        """“저희 아버지가 택시를 하세요”라고 학생이 말했습니다: inside a quotation that someone
        other than the writer said, the facts are the speaker's."""
        for match in _QUOTE.finditer(self.text):
            if match.start() < start and end <= match.end():
                after = self.text[match.end() : match.end() + 30].split(".")[0]
                if _SAID.match(after):
                    return not _BY_WRITER.search(after)
                return self._speaker_beside(match.start(), match.end())
        return False

    def _speaker_beside(self, start: int, end: int) -> bool:
        """“…” 아이가 수줍게 말했습니다 / 어르신이 물으셨습니다. “…”: a quotation standing as
        its own sentence, told by a person named in the sentence right after (or before) it
        with a verb of saying, is that person's; not the writer's (제가 말했습니다) nor a
        relative's, whose words about family may be the writer's family."""
        gap = len(self.text[end:]) - len(self.text[end:].lstrip())
        following = self.text[end + gap : end + gap + 60]
        after = (end + gap, end + gap + len(re.split(r"(?<=[.!?])\s", following, maxsplit=1)[0]))
        preceding = self.text[max(0, start - 60) : start].rstrip()
        last = re.split(r"(?<=[.!?:])\s", preceding)[-1] if preceding else ""
        before = (
            start - (len(self.text[:start]) - len(self.text[:start].rstrip())) - len(last),
            start,
        )
        kin = self.words("blind_cues", "family_member")
        for lo, hi in (after, before):
            clause = self.text[lo:hi]
            if not clause or not _SAYING.search(clause) or _BY_WRITER.search(clause):
                continue
            tokens = [t for t in self.tokens if lo <= t.start < hi]
            for i, token in enumerate(tokens[:-1]):
                nxt = tokens[i + 1]
                if nxt.tag not in ("JKS", "JX") and not (nxt.tag == "XSN" and i + 2 < len(tokens)):
                    continue
                if token.form in kin or token.form in FIRST_PERSON:
                    break
                # (a proper noun that speaks is a name: 지호가 말했습니다)
                if is_person(token, nxt) or token.tag == "NNP":
                    return True
        return False

    def sentence_end(self, offset: int) -> int:
        for end in self.sentence_ends:
            if end > offset:
                return end
        return len(self.text)

    def following(self, offset: int, count: int) -> list[Morph]:
        """Up to `count` tokens after `offset`, not crossing the end of the sentence."""
        limit = self.sentence_end(offset)
        out = []
        for token in self.tokens[self.index_at(offset) :]:
            if token.start >= limit or token.tag in ("SF",) or len(out) == count:
                break
            out.append(token)
        return out

    def preceding(self, offset: int, count: int) -> list[Morph]:
        before = [t for t in self.tokens if t.end <= offset]
        return before[-count:]


def is_word(ch: str) -> bool:
    return ch.isalnum()


def hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def starts_word(doc: BlindText, start: int) -> bool:
    return start in doc.token_starts or start == 0 or not is_word(doc.text[start - 1])


def word_end(text: str, offset: int) -> int:
    while offset < len(text) and is_word(text[offset]):
        offset += 1
    return offset
