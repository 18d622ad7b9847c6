"""Words that, in ordinary Korean, go with a value without naming it: a small related-word table.

A value is touched by its own words (소통, 협력) or by one listed paraphrase (머리를 맞대고). Most
candidates describe a value instead: 역할을 나누고 진행 상황을 공유했다 is 협력 without the word.
One related word proves nothing (팀원 appears in any story), so `fit` counts a value as touched
only when two different related or description words of it occur near each other in the draft,
at least one of them an act or attitude rather than one of the ENTITIES below (the people,
places and records a story is set among), which count half, as cue adverbs do.

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
            *("협의", "동의", "선배", "도움", "부서", "각자", "갈리", "조원"),
            # one record for two sides: 인수인계 메모를 하나로 합쳤다
            *("인수인계", "합치"),
        }
    ),
    "소통": frozenset(
        {
            *("의견", "묻", "듣", "대화", "설명", "이해", "사정", "질문", "공유", "입장", "경청"),
            *("되묻", "엇갈리", "여쭈", "회의", "전달", "받아들이", "갈리", "연락", "서로"),
            # what passes between two shifts (교대 때 인수인계)
            *("인수인계",),
        }
    ),
    "동행": frozenset(
        {
            *("곁", "동반", "소외", "이웃", "약자", "장애", "따라가", "돌보", "취약계층"),
            # staying by someone who struggles: 어르신 옆에서, 댁으로 찾아가, 망설이시는 분
            *("옆", "어르신", "찾아가", "댁", "망설이", "헤매", "독거", "홀로", "외롭"),
            *("직접", "안부", "차근차근", "휠체어", "거동", "이주민", "다문화"),
            # going along with someone who needs it: 어르신을 모시고 다녔다, 부축해 드렸다
            *("모시", "부축", "배웅"),
            # keeping someone from falling behind or giving up (뒤처져, 포기하시려 할 때, 서툰),
            # helping them back or on to what they need (복귀를 돕다, 상담을 연결했다)
            *("뒤처지", "포기", "서툴", "돕", "복귀", "연결", "아이", "아동", "참여자"),
            *("근로자", "작업자", "노인", "장애인", "환자", "가정", "가구"),
        }
    ),
    "공정": frozenset(
        {
            *("기준", "원칙", "규정", "예외", "공평", "차별", "똑같", "절차", "특혜", "공개"),
            *("투명", "순서", "따르", "지침", "부탁", "청탁", "편", "똑같이", "대우", "번호"),
            *("심사", "선발", "채점", "가리", "추첨", "무작위"),
            # turning down what the rules do not allow (정중히 판매를 거절했다)
            *("거절",),
            # what is open to all: receipts and records shown (영수증을 올리고 내역을 알렸다)
            *("영수증", "내역", "회계", "열람", "알리"),
        }
    ),
    "신뢰": frozenset(
        {
            *("믿", "믿음", "약속", "정확", "신용", "장부", "오류", "오차", "틀리", "정정"),
            *("숨기", "솔직", "꼼꼼", "실수", "잘못", "바로잡", "꼼꼼히", "정확히", "솔직히"),
            # money and records that must add up: 시재, 정산, 잔액
            *("시재", "정산", "잔액", "검산", "대조", "숫자"),
            # figures that do not add up (장부와 어긋나는 숫자)
            *("어긋나",),
            # what came out wrong and was sorted again (잘못된 정보, 섞인 서류, 단골이 늘다)
            *("잘못", "섞이", "단골", "원본"),
        }
    ),
    "국민중심": frozenset(
        {
            *("고객", "안내", "안부", "눈높이", "불편", "친절", "배려", "민원"),
            # the people served and listening to them: 주민 상담, 이용자에게 여쭈어
            *("국민", "시민", "주민", "이용자", "상담", "여쭈", "문의", "찾아가"),
            # sparing them trouble: 두 번 걸음, 번거로우신, 불만을 모아, 쉬운 말
            *("불만", "걸음", "번거롭", "어르신", "쉽", "헤매", "기다리", "대기"),
            # doing it for them, ahead of time: 미리 붙여 두었다, 읽어 드렸다, 안내문
            *("안내문", "미리", "직접", "차근차근", "천천히", "이용객", "방문객"),
            # their worries and where they get stuck (걱정하셨다, 서류에서 막히다)
            *("걱정", "막히", "참여자", "신청자", "대상자"),
        }
    ),
    "혁신": frozenset(
        # a tool or system of one's own making (도입 alone is any introduction: 상품권 도입 시;
        # 기능을 도입 is a value phrase)
        {
            *("자동화", "바꾸", "방식", "개선", "의심", "새롭", "도구", "전산화", "디지털"),
            *("단축", "함수", "간소화", "없애", "반복", "매뉴얼", "체크리스트", "점검표"),
            # a change proposed to a manual step (손으로 하던 분류를 바꾸자고 제안했다)
            *("제안", "수작업", "수기"),
            # something new built by joining things (데이터를 결합해 모델을, 기술을 접목)
            *("결합", "접목", "모델", "고안", "응용"),
        }
    ),
    "전문": frozenset(
        {
            *("지식", "자격", "전공", "숙련", "노하우"),
            # a skill learnt and used at work: 자격증 공부로 익힌 SQL, 실무 엑셀
            *("자격증", "기능사", "산업기사", "익히", "실무", "SQL", "쿼리", "엑셀", "코딩"),
            *("독학", "취득", "데이터베이스", "프로그래밍", "실습", "적용"),
            *("피벗", "파이썬", "시트", "스프레드시트", "Python", "VBA", "태블로", "Excel"),
            # studying a field and building on it (스터디를 이끌다, 쌓은 지식을 점검에 쓰다)
            *("스터디", "공부", "쌓", "연구", "학습", "습득", "터득", "자격"),
            # a specialist field practised (모의 해킹, 웹 취약점, 보안 공모전)
            *("해킹", "취약점", "보안", "공모전", "경진대회"),
        }
    ),
    "책임": frozenset(
        {
            *("마무리", "약속", "끝", "마감", "끝내", "책임지", "끝까지", "빠짐없이"),
            *("빼먹", "빠뜨리", "일일이", "절차"),
        }
    ),
    "청렴": frozenset(
        {
            *("원칙", "규정", "거절", "정직", "양심", "청탁", "선물", "사양", "금품"),
            *("돌려보내", "사례", "부정", "사적", "대가", "정중", "절차", "빼먹", "솔직히"),
            # keeping what one sees at work to oneself (개인정보 화면은 열지 않았다, 파쇄)
            *("비밀", "기밀", "유출", "누설", "파쇄"),
        }
    ),
    "미래선도": frozenset(
        {
            *("빅데이터", "인공지능", "신기술", "미리", "앞서", "변화"),
            # being ahead of a trend: 개방 흐름에 맞춰 표준을 먼저 제안, 선제 대응
            *("흐름", "선제", "트렌드", "앞장", "선점", "표준", "내년", "바뀌", "대비"),
            *("미리", "생성형", "시범", "마이데이터", "클라우드", "블록체인", "메타버스"),
            *("예측", "전망", "고령화"),
            # new technology tried first (드론 방제 시범, 자율주행, 스마트팜 도입)
            *("드론", "자율주행", "스마트팜", "사물인터넷", "IoT", "도입"),
            # open data put to new use (공공데이터 API, 시각화)
            *("API", "공공데이터", "오픈데이터", "시각화", "마이데이터"),
        }
    ),
    "행복": frozenset({"웃", "기쁘", "만족", "삶"}),
    "안전": frozenset(
        {
            *("사고", "예방", "점검", "위험", "보호구", "수칙", "대피", "다치", "착용"),
            *("중지", "멈추", "미리", "빼먹", "빠짐없이"),
        }
    ),
    "도전": frozenset({"처음", "시도", "실패", "새롭", "낯설", "두렵", "포기", "자청"}),
    "배려": frozenset({"존중", "공감", "헤아리", "입장", "불편", "살피"}),
    "상생": frozenset(
        {
            *("지역", "상인", "협력사", "더불어", "나누", "이웃", "매출", "이익"),
            *("양쪽", "판로", "직거래", "농가"),
        }
    ),
    "지속가능": frozenset(
        {
            *("환경", "절감", "에너지", "탄소", "전기", "폐기물", "일회용", "종이", "아끼"),
            *("이면", "재활용", "활용", "배출", "친환경", "쓰레기", "플라스틱"),
        }
    ),
    "공공성": frozenset({"공익", "공공", "세금", "사각지대", "약자", "누구나", "혜택"}),
    "투명": frozenset({"공개", "기록", "남기", "열람", "내역", "영수증"}),
}

# Who or where a story happens with (어르신, 팀원, 지역): they set a scene but do nothing, so a
# value needs at least one other related word, an act or attitude, next to them.
ENTITIES = frozenset(
    {
        *("고객", "국민", "시민", "주민", "이용자", "어르신", "이웃", "약자", "장애", "독거"),
        *("취약계층", "민원", "팀원", "동료", "선배", "부서", "지역", "상인", "협력사", "댁"),
        *("농가", "이용객", "방문객", "조원", "심사", "선발", "이주민", "휠체어"),
        # the records a story is about, not what was done with them
        *("영수증", "정산", "회계", "장부", "시재", "잔액", "금액", "순서", "실수", "오류", "숫자"),
        # the service a story is set in (안내, 상담): what was done in it has to be said too
        *("민원", "대기"),
        *("공직자", "직원", "전문"),
        *("아이", "아동", "참여자", "근로자", "작업자", "노인", "장애인", "환자", "가정", "가구"),
        *("신청자", "대상자", "원본"),
    }
)
