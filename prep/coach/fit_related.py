"""Words that, in ordinary Korean, go with a value without naming it: a small related-word table.

A value is touched by its own words (소통, 협력) or by one listed paraphrase (머리를 맞대고). Most
candidates describe a value instead: 역할을 나누고 진행 상황을 공유했다 is 협력 without the word.
One related word proves nothing (팀원 appears in any story), so `fit` counts a value as touched
only when two different related or description words of it occur in the draft.

The table is keyed by concept (the synonym group of the value's name, see data/synonyms.json)
and lists Kiwi roots (verbs without 다), so it serves any company whose value names fall into
these groups. It lives in code because the admin word lists have no list for it yet (adding one
needs a catalogue migration); admins reach the same effect with value_phrases rows.
"""

from __future__ import annotations

RELATED: dict[str, frozenset[str]] = {
    "협업": frozenset(
        {
            *("팀원", "역할", "분담", "나누", "공유", "서로", "절충안", "합의", "조율", "동료"),
            *("협의", "동의"),
        }
    ),
    "소통": frozenset(
        {"의견", "묻", "듣", "대화", "설명", "이해", "사정", "질문", "공유", "입장", "경청"}
    ),
    "동행": frozenset(
        {"곁", "걷", "동반", "소외", "이웃", "약자", "장애", "따라가", "돌보", "취약계층"}
    ),
    "공정": frozenset(
        {"기준", "원칙", "규정", "예외", "공평", "차별", "똑같", "절차", "특혜", "공개", "투명"}
    ),
    "신뢰": frozenset({"믿", "믿음", "약속", "정확", "신용"}),
    "국민중심": frozenset({"고객", "안내", "안부", "눈높이", "불편", "친절", "배려", "민원"}),
    "혁신": frozenset({"자동화", "바꾸", "방식", "개선", "의심", "새롭"}),
    "전문": frozenset({"지식", "자격", "전공", "숙련", "노하우"}),
    "책임": frozenset({"마무리", "약속", "끝"}),
    "청렴": frozenset({"원칙", "규정", "거절", "정직", "양심"}),
    "미래선도": frozenset({"빅데이터", "인공지능", "신기술", "미리", "앞서", "변화"}),
    "행복": frozenset({"웃", "기쁘", "만족", "삶"}),
    "안전": frozenset({"사고", "예방", "점검", "위험"}),
    "도전": frozenset({"처음", "시도", "실패", "새롭"}),
    "배려": frozenset({"존중", "공감", "헤아리", "입장"}),
}
