"""Coaching findings in the candidate's language.

`prep.coach` is plain Python and writes its findings in Korean. Here each finding's check and
code map to translatable messages with named parameters, so an English page gets English
advice. In Korean the coach's own sentences are shown unchanged (they are richer: company
names, per-case notes). An unknown code, or a message whose parameters cannot be read, falls
back to the coach's Korean text rather than showing nothing.
"""

import re
from dataclasses import dataclass

from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from prep.coach.findings import Finding

# Parameters the coach writes into its Korean message, read back by pattern.
_PERCENT = r"(?P<percent>\d+%)"


@dataclass(frozen=True)
class Advice:
    message: str
    why: str
    fix: str
    # A pattern over the coach's Korean message that yields the message's parameters.
    pattern: str = ""


BLIND_WHY = gettext_lazy(
    "블라인드 채용에서는 이름·학교·출신지·가족·나이처럼 능력과 무관한 정보를 밝힐 수 없고, "
    "짐작하게만 해도 감점되거나 탈락할 수 있습니다."
)
BLIND_FIX = gettext_lazy(
    "그 말을 지우거나, 정보가 드러나지 않는 말로 바꾸고 경험의 내용은 남기세요."
)

BLIND_HEADLINES = {
    "school": gettext_lazy("학교 이름이 드러납니다."),
    "school_area": gettext_lazy("특정 대학 캠퍼스가 있는 곳이라 학교를 짐작하게 합니다."),
    "school_activity": gettext_lazy("특정 학교의 행사·학보나 학력을 드러냅니다."),
    "email": gettext_lazy("메일 주소가 본문에 있습니다."),
    "hometown": gettext_lazy("출신 지역이 드러납니다."),
    "family": gettext_lazy("가족관계나 가족의 직업·일터가 드러납니다."),
    "age": gettext_lazy("나이가 드러납니다."),
    "marital": gettext_lazy("혼인 여부나 자녀가 드러납니다."),
    "appearance": gettext_lazy("신체 조건·외모가 드러납니다."),
    "name_gender": gettext_lazy("이름이나 성별이 드러납니다."),
    "religion": gettext_lazy("종교가 드러납니다."),
}

ADVICE: dict[tuple[str, str], Advice] = {
    ("company", "other_company"): Advice(
        gettext_lazy("‘%(excerpt)s’: 지원하는 기업이 아닌 다른 기업의 이름입니다."),
        gettext_lazy(
            "다른 기업의 이름이 남은 자기소개서는 옮겨 쓴 글로 읽혀 바로 탈락하기 쉽습니다."
        ),
        gettext_lazy("지원하는 기업의 이름으로 고치거나, 필요 없는 이름이면 빼세요."),
    ),
    ("company", "not_adapted"): Advice(
        gettext_lazy("다른 기업에 쓴 글과 %(percent)s가 같고, 이 기업에 맞춘 말이 없습니다."),
        gettext_lazy("같은 글을 여러 곳에 내면 어느 회사에 낸 글인지 알 수 없게 됩니다."),
        gettext_lazy("이 기업의 사업·핵심가치와 경험을 잇는 문장을 넣으세요."),
        _PERCENT,
    ),
    ("copying", "similar_sample"): Advice(
        gettext_lazy("이 글의 %(percent)s가 공개된 예시 답변과 겹칩니다."),
        gettext_lazy("채용 담당자는 합격 자소서 모음과 표절 검사를 돌립니다."),
        gettext_lazy("겹치는 부분을 자신의 경험과 말로 다시 쓰세요. 구조는 참고해도 됩니다."),
        _PERCENT,
    ),
    ("evidence", "no_numbers"): Advice(
        gettext_lazy("숫자로 된 근거가 하나도 없습니다."),
        gettext_lazy(
            "면접관은 ‘얼마나’를 봅니다. 기간·인원·건수·비율이 경험의 크기를 보여 줍니다."
        ),
        gettext_lazy("하나라도 넣으세요: ‘3주 동안 민원 40건’, ‘처리 시간 20% 단축’, ‘팀원 4명’."),
    ),
    ("evidence", "result_not_quantified"): Advice(
        gettext_lazy("결과 문장에 숫자가 없습니다."),
        gettext_lazy("숫자는 앞에 있지만 결과가 얼마나 달라졌는지는 보이지 않습니다."),
        gettext_lazy("결과를 전후 비교로 쓰세요: ‘처리 기간이 5일에서 2일로’."),
    ),
    ("evidence", "vague_claim"): Advice(
        gettext_lazy("‘%(excerpt)s’: 근거 없이 쓰인 표현입니다."),
        gettext_lazy("이 문단에는 숫자나 구체적인 사례가 없어 주장만 남습니다."),
        gettext_lazy("같은 문단에 그 말을 뒷받침할 사실(횟수·기간·결과)을 넣거나 빼세요."),
    ),
    ("fit", "no_value_touched"): Advice(
        gettext_lazy("이 기업의 핵심가치·인재상과 이어지는 말이 없습니다."),
        gettext_lazy("자기소개서는 경험이 회사가 바라는 모습과 맞닿아 있음을 보여야 합니다."),
        gettext_lazy("경험에서 드러난 역량을 핵심가치나 인재상 하나와 이어 한 문장으로 맺으세요."),
    ),
    ("structure", "situation_long"): Advice(
        gettext_lazy("상황 설명이 전체의 %(percent)s입니다."),
        gettext_lazy(
            "면접관이 알고 싶은 것은 배경보다 지원자가 한 일입니다. 상황은 10~20%면 됩니다."
        ),
        gettext_lazy("상황은 한두 문장으로 줄이고, 줄인 분량을 행동에 쓰세요."),
        _PERCENT,
    ),
    ("structure", "action_short"): Advice(
        gettext_lazy("행동(노력) 부분이 전체의 %(percent)s뿐입니다."),
        gettext_lazy("역량은 행동에서 드러납니다. 흔히 답변의 절반 이상을 행동에 쓰라고 권합니다."),
        gettext_lazy("내가 한 일을 순서대로, 판단의 이유와 함께 쓰세요."),
        _PERCENT,
    ),
    ("structure", "result_missing"): Advice(
        gettext_lazy("결과(효과)가 보이지 않습니다."),
        gettext_lazy("행동이 무엇을 바꿨는지 없으면 경험이 끝나지 않은 이야기로 읽힙니다."),
        gettext_lazy("‘그 결과 …’로 시작하는 문장에 바뀐 점을 숫자로 쓰세요."),
    ),
    ("style", "cliche"): Advice(
        gettext_lazy("‘%(excerpt)s’: 자기소개서에 너무 흔한 표현입니다."),
        gettext_lazy("흔한 표현은 누구나 쓸 수 있어 지원자에 대해 아무것도 알려 주지 않습니다."),
        gettext_lazy("같은 뜻을 자신의 경험에서 나온 구체적인 문장으로 바꾸거나 빼세요."),
    ),
    ("style", "repeated_word"): Advice(
        gettext_lazy("‘%(word)s’ 계열의 낱말을 %(count)s번 썼습니다."),
        gettext_lazy("같은 낱말이 되풀이되면 글이 단조롭고 분량을 채운 것처럼 읽힙니다."),
        gettext_lazy("일부는 대명사나 더 구체적인 말로 바꾸세요."),
        r"‘(?P<word>[^’]+)’.*?(?P<count>\d+)번",
    ),
    ("style", "long_sentence"): Advice(
        gettext_lazy("한 문장이 %(length)s자입니다."),
        gettext_lazy("너무 긴 문장은 한 번에 읽히지 않고 주어와 서술어가 멀어집니다."),
        gettext_lazy("‘~했고, ~하며’로 이어진 곳에서 문장을 나누세요."),
        r"(?P<length>\d+)자",
    ),
    ("style", "spoken_too_long"): Advice(
        gettext_lazy("말로 하면 약 %(seconds)s초 걸립니다."),
        gettext_lazy("면접 답변은 1분 안팎이 알맞습니다. 길면 핵심을 놓칩니다."),
        gettext_lazy("결론을 첫 문장에 두고 상황 설명을 줄이세요."),
        r"(?P<seconds>\d+)초",
    ),
}


# Findings that share a check and code but say something else, told apart by category or
# by what the coach put in `extra`; looked up before ADVICE.
HONORIFIC_ADVICE = Advice(
    gettext_lazy("‘%(excerpt)s’: 이 기관과 다른 종류의 기관에 쓰는 호칭입니다."),
    gettext_lazy(
        "다른 기관에 쓴 글을 옮기며 남은 호칭으로 읽힙니다. 평가자는 기관의 종류를 틀린 "
        "호칭을 바로 알아봅니다."
    ),
    gettext_lazy("이 기관의 종류에 맞는 호칭이나 기관 이름으로 바꾸세요."),
)
# The copying check also compares with the candidate's own other drafts (doc ids "draft:…").
OWN_DRAFT_ADVICE = Advice(
    gettext_lazy("이 글의 %(percent)s가 내 다른 초안과 겹칩니다."),
    gettext_lazy("같은 글을 여러 곳에 내면 이 기업에 맞춰 쓴 글로 읽히지 않습니다."),
    gettext_lazy("겹치는 부분을 이 기업의 문항과 핵심가치에 맞춰 다시 쓰세요."),
    _PERCENT,
)
CATEGORY_ADVICE: dict[tuple[str, str, str], Advice] = {
    ("company", "other_company", "mention"): Advice(
        gettext_lazy("‘%(excerpt)s’: 다른 회사 이름이 나옵니다. 의도한 것인지 확인하세요."),
        gettext_lazy("다른 회사에 쓴 글을 옮기며 남은 이름은 서류 탈락으로 바로 이어집니다."),
        gettext_lazy(
            "지원하는 기업의 이름으로 바꾸세요. 비교하려고 쓴 것이라면 그대로 두어도 됩니다."
        ),
    ),
}


def _advice(finding: Finding) -> Advice | None:
    if finding.check == "company" and "honorific" in finding.extra:
        return HONORIFIC_ADVICE
    if finding.check == "copying" and str(finding.extra.get("doc_id", "")).startswith("draft:"):
        return OWN_DRAFT_ADVICE
    return CATEGORY_ADVICE.get((finding.check, finding.code, finding.category)) or ADVICE.get(
        (finding.check, finding.code)
    )


def _translated(finding: Finding) -> dict[str, str] | None:
    if finding.check == "blind" and finding.code.startswith("leak_"):
        headline = BLIND_HEADLINES.get(finding.category)
        if headline is None:
            return None
        message = _("‘%(excerpt)s’: %(headline)s") % {
            "excerpt": finding.excerpt,
            "headline": headline,
        }
        return {"message": message, "why": str(BLIND_WHY), "fix": str(BLIND_FIX)}
    advice = _advice(finding)
    if advice is None:
        return None
    params = {"excerpt": finding.excerpt}
    if advice.pattern:
        found = re.search(advice.pattern, finding.message)
        if found is None:
            return None
        params |= found.groupdict()
    return {"message": str(advice.message) % params, "why": str(advice.why), "fix": str(advice.fix)}


def coach_text(finding: Finding) -> dict[str, str]:
    """The finding's message, why and fix in the active language."""
    own = {"message": finding.message, "why": finding.why, "fix": finding.fix}
    if (get_language() or "ko").startswith("ko"):
        return own
    return _translated(finding) or own


# The coach's labels for the kinds of company facts and for counting rules, translatable.
FIT_KIND_LABELS = {
    "value": gettext_lazy("핵심가치"),
    "trait": gettext_lazy("인재상"),
    "segment": gettext_lazy("사업"),
    "initiative": gettext_lazy("최근 이슈"),
}
RULE_LABELS = {
    "chars": gettext_lazy("공백 포함"),
    "chars_no_spaces": gettext_lazy("공백 제외"),
    "bytes_cp949": gettext_lazy("바이트 (한글 2, CP949)"),
    "bytes_utf8": gettext_lazy("바이트 (UTF-8)"),
    "bytes_neis": gettext_lazy("바이트 (NEIS)"),
}
