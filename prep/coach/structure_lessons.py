"""What a story's closing sentences say that is not an outcome: a lesson learnt or a capability
grown (위기 대응 능력을 기를 수 있었습니다, 꼼꼼함의 가치를 배웠습니다), and a promise
(입사 후에도 꼼꼼하게 일하겠습니다).

A lesson closes the story as its 결과 part but changes nothing in the world, so it never makes
an outcome; a promise is the separate 기여·포부 part.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach import morph

# Verbs of learning and realising: the sentence is about the writer's mind.
_LEARNT = frozenset({"깨닫", "배우", "느끼", "실감하", "체감하", "성장하", "절감하"})
# Verbs of growing something in oneself, a lesson only when what grew is a capability
# (능력을 길렀습니다); with another object (매출을 키웠습니다) they are outcomes.
_GROWN = frozenset({"기르", "키우", "익히", "갖추", "다지", "쌓", "얻", "넓히", "배우", "깨우치"})
CAPABILITIES = frozenset(
    {
        "능력",
        "역량",
        "자세",
        "태도",
        "감각",
        "안목",
        "시야",
        "자신감",
        "노하우",
        "리더십",
        "책임감",
        "마음가짐",
        "중요성",
        "가치",
        "의미",
        "필요성",
        "소중함",
        "교훈",
        "실력",
        "습관",
        "경험",
        "지식",
        "전문성",
        "판단력",
        "대처법",
        "요령",
        "순발력",
        "인내심",
        "끈기",
        "협동심",
        "배려심",
        "기본기",
        "힘",
    }
)


# What a realisation is about when it is a lesson (얼마나 중요한지 알게 되었습니다, 소통의
# 가치를 알았습니다) rather than a finding of the work (원인이 백업이라는 것을 알게 되었습니다).
_LESSON_WORDS = frozenset(
    {"중요", "중요성", "소중", "소중함", "필요", "필요성", "가치", "의미", "교훈", "보람"}
)
# …다는 사실을 몸으로 익혔습니다, …라는 점을 배웠습니다: a truth the writer took in.
_TRUTHS = frozenset({"사실", "점", "것", "진리"})
_QUOTING = ("다는", "라는", "ᆫ다는", "는다는")
# 그때의 기쁨은 잊을 수 없습니다, 보람도 컸습니다: the writer's feeling, told as the subject of the
# closing clause, is no change in the world.
_FEELINGS = frozenset(
    {
        *("기쁨", "보람", "뿌듯함", "감동", "설렘", "즐거움", "행복", "성취감", "자부심"),
        *("고마움", "감사함", "벅참", "희열", "안도감", "마음", "의지", "애정", "각오"),
    }
)
_FEELING_ROOTS = frozenset(f[:-1] for f in _FEELINGS if f.endswith("함"))


def _main_verb(tokens: Sequence[morph.Morph]) -> tuple[str, int] | None:
    """The last verb of `tokens` as a dictionary form (대응+하 → "대응하") and its index; the
    verb before -게 되다 (알게 되었습니다 → "알")."""
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        if t.tag == "VV":
            if (
                t.form == "되"
                and i >= 2
                and tokens[i - 1].form == "게"
                and tokens[i - 2].tag == "VV"
            ):
                return tokens[i - 2].form, i - 2
            return t.form, i
        if t.tag == "XSV" and i and tokens[i - 1].tag in ("NNG", "XR"):
            return f"{tokens[i - 1].form}하", i - 1
    return None


def is_lesson(clause: Sequence[morph.Morph]) -> bool:
    """The clause tells what the writer learnt or grew in themselves, not what changed."""
    if _feeling_told(clause):
        return True
    main = _main_verb(clause)
    if main is None:
        return False
    verb, i = main
    # Someone else who felt something (어르신들이 불편을 느끼셨습니다) is a problem's setting.
    if any(t.tag == "EP" and t.form in ("시", "으시") for t in clause[i:]):
        return False
    if verb in _LEARNT and verb != "배우":
        return True
    if verb == "알":
        return any(t.form in _LESSON_WORDS for t in clause[:i])
    if verb not in _GROWN:
        return False
    # The object just before the verb: 위기 대응 능력을 기를, 꼼꼼함의 가치를 배웠.
    for k in range(i - 1, 0, -1):
        if clause[k].tag == "JKO":
            if clause[k - 1].form in _TRUTHS and k >= 2 and clause[k - 2].tag == "ETM":
                return clause[k - 2].form.endswith(_QUOTING)
            noun = clause[k - 1].form
            if clause[k - 1].tag == "XSN" and k >= 2:
                noun = clause[k - 2].form + noun  # 중요+성, 책임+감: Kiwi splits the suffix
            return noun in CAPABILITIES
        if clause[k].tag in ("VV", "VA", "XSV", "XSA"):
            break
    # 배웠습니다 without an object (많이 배웠습니다) is still a lesson.
    return verb == "배우"


def _feeling_told(clause: Sequence[morph.Morph]) -> bool:
    """The closing clause is about a feeling (기쁨은 …, 보람도 컸습니다, 뿌듯함은 …)."""
    for i, t in enumerate(clause):
        if t.form in _FEELINGS and t.tag == "NNG":
            after = i + 1  # 기쁨+은
        elif t.form in _FEELING_ROOTS and t.tag == "XR":
            after = i + 3  # 뿌듯+하+ᆷ+은: a feeling adjective made a noun
        else:
            continue
        if after < len(clause) and clause[after].tag in ("JX", "JKS"):
            return True
    return False
