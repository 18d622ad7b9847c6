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
    "국민중심": frozenset(
        {
            *("고객", "안내", "안부", "눈높이", "불편", "친절", "배려", "민원"),
            # the people served and listening to them: 주민 상담, 이용자에게 여쭈어
            *("국민", "시민", "주민", "이용자", "상담", "여쭈", "문의", "찾아가"),
        }
    ),
    "혁신": frozenset(
        # a tool or system of one's own making (도입 alone is any introduction: 상품권 도입 시;
        # 기능을 도입 is a value phrase)
        {"자동화", "바꾸", "방식", "개선", "의심", "새롭", "도구", "전산화", "디지털"}
    ),
    "전문": frozenset(
        {
            *("지식", "자격", "전공", "숙련", "노하우"),
            # a skill learnt and used at work: 자격증 공부로 익힌 SQL, 실무 엑셀
            *("자격증", "기능사", "산업기사", "익히", "실무", "SQL", "쿼리", "엑셀", "코딩"),
        }
    ),
    "책임": frozenset({"마무리", "약속", "끝"}),
    "청렴": frozenset({"원칙", "규정", "거절", "정직", "양심"}),
    "미래선도": frozenset(
        {
            *("빅데이터", "인공지능", "신기술", "미리", "앞서", "변화"),
            # being ahead of a trend: 개방 흐름에 맞춰 표준을 먼저 제안, 선제 대응
            *("흐름", "선제", "트렌드", "앞장", "선점", "표준"),
        }
    ),
    "행복": frozenset({"웃", "기쁘", "만족", "삶"}),
    "안전": frozenset({"사고", "예방", "점검", "위험"}),
    "도전": frozenset({"처음", "시도", "실패", "새롭"}),
    "배려": frozenset({"존중", "공감", "헤아리", "입장"}),
}
