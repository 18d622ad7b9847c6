"""Demo content for `make run`: two public institutions and one fictional company, written by us.

Facts and figures for 한국사회보장정보원 (names, shares, scores, dates, counts, value and trait
names) come from its 2024 analysis report; the 국민권익위원회 cases come from its list of
적극행정 우수사례. News titles are kept as the documents name them, so the report importer and
this loader update the same rows (news are unique by company, year and title); every other
sentence is our own. Where a section needed numbers the documents do not
give (a second year of hiring, the 국민권익위원회 profile figures), they are illustrative and the
company's `source` says so. 누리온모빌리티 is invented from top to bottom.

`load_catalog_demo()` upserts on natural keys, so loading twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils.text import slugify

from prep.catalog.models import (
    BusinessSegment,
    Company,
    CompanyKind,
    Competency,
    CoreValue,
    CountRule,
    EssayPrompt,
    HiringCount,
    HiringStep,
    HiringType,
    InterviewQuestion,
    InterviewReview,
    NewsItem,
    NewsKind,
    SampleAnswer,
    SatisfactionSurvey,
    Season,
    SurveyCategory,
    SurveyQuote,
    SurveyScore,
    TalentTrait,
)

# --------------------------------------------------------------------------------------------
# Shared, catalogue-wide rows

SURVEY_CATEGORIES = ["조직문화/분위기", "연봉/복지", "커리어/성장", "근무시간/휴가", "경영진/비전"]

HIRING_TYPES = [
    ("정규직", "기간의 정함이 없이 채용되어 승진·보수 체계를 모두 적용받는 직원입니다."),
    (
        "무기계약직",
        "계약 기간 없이 일하지만 정규직과 다른 직무·보수 체계를 따르는 직원입니다. "
        "소수점 인원은 시간선택제로 채용한 인원을 근무시간으로 환산한 값입니다.",
    ),
    (
        "채용형 청년인턴",
        "인턴으로 일정 기간 근무한 뒤 평가를 거쳐 일부가 신입 직원으로 임용되는 전형입니다.",
    ),
    (
        "체험형 청년인턴",
        "채용과 직접 이어지지 않는 직무 체험 인턴입니다. 기관에 따라 이후 신입 공채에서 "
        "가점을 주기도 합니다.",
    ),
    ("신입 공채", "정기 공개채용으로 뽑는 신입 정규직입니다."),
    ("경력 수시", "필요한 직무가 생길 때마다 수시로 뽑는 경력 정규직입니다."),
]

# Company labels used below, with the NCS area they map onto (None: no obvious area).
COMPANY_COMPETENCIES = [
    ("직무전문성", "지원 직무에 필요한 지식과 경험을 갖추고 실제 업무에 적용하는 힘.", None),
    ("팀워크/협업", "구성원과 역할을 나누고 의견을 모아 함께 성과를 내는 힘.", "대인관계능력"),
]


# --------------------------------------------------------------------------------------------
# The shape of one company's demo profile


@dataclass
class Prompt:
    key: str
    season: tuple[int, str]
    job_family: str
    text: str
    limit: int
    count_rule: str = CountRule.CHARS
    line_break_weight: int = 1
    competencies: list[str] = field(default_factory=list)


@dataclass
class Answer:
    prompt: str
    headline: str
    body: str
    competencies: list[str]


@dataclass
class Question:
    question_type: str
    text: str
    hint: str
    competencies: list[str] = field(default_factory=list)
    season: tuple[int, str] | None = None
    position: str = ""


@dataclass
class Review:
    season: tuple[int, str]
    position: str
    job: str
    result: str
    difficulty: int
    atmosphere: str
    evaluation: str
    tip: str
    questions: list[Question]


@dataclass
class News:
    year: int
    kind: str
    title: str
    body: str = ""
    date: date | None = None
    situation: str = ""
    efforts: list[str] = field(default_factory=list)
    effect: str = ""


@dataclass
class Survey:
    surveyed_on: date
    total_score: str
    scores: dict[str, str]
    positive: list[str]
    negative: list[str]
    source: str = ""


@dataclass
class CompanyDemo:
    name: str
    kind: str
    summary: str
    description: str
    founded_year: int
    customers: str
    main_business: str
    related_organisations: str
    vision: str
    mission: str
    source: str
    as_of: date
    aliases: str = ""
    website: str = ""
    segments: list[tuple[str, str, str]] = field(default_factory=list)
    survey: Survey | None = None
    news: list[News] = field(default_factory=list)
    core_values: list[tuple[str, str]] = field(default_factory=list)
    talent_traits: list[tuple[str, str]] = field(default_factory=list)
    hiring_steps: list[tuple[str, str]] = field(default_factory=list)
    hiring_counts: dict[int, dict[str, str]] = field(default_factory=dict)
    prompts: list[Prompt] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)


FIRST, SECOND = "first", "second"


# --------------------------------------------------------------------------------------------
# 한국사회보장정보원

SSIS = CompanyDemo(
    name="한국사회보장정보원",
    kind=CompanyKind.PUBLIC_INSTITUTION,
    aliases="사회보장정보원\n사보원\nSSIS",
    website="https://www.ssis.or.kr",
    summary="복지 행정을 디지털로 잇는 사회보장 정보시스템 전문기관",
    description=(
        "2009년에 문을 연 보건복지 분야의 공공기관입니다. 복지 급여와 서비스가 필요한 사람에게 "
        "제때 닿도록 사회보장 정보시스템을 만들고 운영하며, 지자체 공무원이 쓰는 행정 시스템부터 "
        "국민이 직접 신청하는 복지 포털까지 맡고 있습니다. 시스템 운영 외에도 정부와 지자체가 "
        "위탁한 복지 사업, 정책 연구 지원, 개인정보 보호 업무를 함께 수행합니다."
    ),
    founded_year=2009,
    customers="국민",
    main_business="사회보장정보시스템 구축과 운영 지원",
    related_organisations="서울복지재단",
    vision="국민 맞춤형 복지를 실현하는 디지털 플랫폼 전문기관",
    mission="공정하고 따뜻한 사회보장 정보서비스로 국민행복에 기여",
    source=(
        "분석리포트 2024 ver.의 사실과 수치를 바탕으로 프렙이 다시 씀. "
        "2024년 채용 인원은 화면 시연용 예시 수치입니다."
    ),
    as_of=date(2024, 8, 8),
    segments=[
        (
            "추가 수탁사업",
            "40.9",
            "정부와 지자체가 맡긴 사업을 수행합니다. 장애인활동지원 추가 지원, 사례관리 정책 지원, "
            "응급안전안심서비스 중앙 지원센터 운영 등이 여기에 속합니다.",
        ),
        (
            "차세대사회보장정보시스템",
            "31.2",
            "지자체·부처 업무를 묶는 행복이음, 복지시설이 쓰는 희망이음, 국민이 쓰는 복지로처럼 "
            "사회보장 업무 전체를 받치는 통합 시스템을 운영합니다.",
        ),
        (
            "정보보호 및 기반구축",
            "17.7",
            "개인정보보호센터를 운영하고 사이버 공격을 실시간으로 감시하며, 진료정보 침해 사고의 "
            "신고 접수와 예방·대응을 돕습니다.",
        ),
        (
            "기타",
            "10.2",
            "보건소 업무를 받치는 지역보건의료정보시스템과 보육통합정보시스템, 취약노인지원시스템 "
            "같은 시스템도 맡고 있습니다.",
        ),
    ],
    survey=Survey(
        surveyed_on=date(2024, 8, 8),
        total_score="73",
        scores={
            "조직문화/분위기": "73",
            "연봉/복지": "73",
            "커리어/성장": "70",
            "근무시간/휴가": "80",
            "경영진/비전": "66",
        },
        positive=[
            "퇴근 시간이 잘 지켜지는 편이다.",
            "육아휴직과 휴가를 눈치 보지 않고 쓰며, 직장 어린이집도 있다.",
            "서울에서 근무한다.",
        ],
        negative=[
            "연봉 수준이 아쉽다.",
            "조직 분위기에 대한 불만이 있다.",
            "승진까지 기다리는 시간이 길다.",
        ],
        source="분석리포트 2024 ver. 재직자 평가 요약",
    ),
    news=[
        News(
            2023,
            NewsKind.BUSINESS,
            "노후생활 활성화 및 정보교류 위한 MOU 체결",
            "고령화에 함께 대응하려고 노인·보건·자활 분야 기관들과 다자 협약을 맺었습니다. "
            "기관끼리 데이터와 인력을 나누고 공동 연구를 하기로 했습니다.",
            date(2023, 3, 1),
        ),
        News(
            2023,
            NewsKind.BUSINESS,
            "월드비전과 위기아동지원사업 추진",
            "e아동행복지원시스템으로 찾아낸 위기 아동에게 민간 구호단체와 함께 생계·의료·주거·"
            "교육 지원을 연결하는 3년 협약을 맺었습니다.",
            date(2023, 6, 1),
        ),
        News(
            2023,
            NewsKind.ACHIEVEMENT,
            "‘지역사회공헌 인정기업’ 5년 연속 선정",
            "2019년부터 해마다 인정을 받았습니다. 임직원의 배식 봉사와 김장 나눔, 수해 지역 "
            "봉사 같은 꾸준한 지역 활동이 평가되었습니다.",
        ),
        News(
            2024,
            NewsKind.BUSINESS,
            "손쉽게 복지위기 상황 알리는 복지위기 알림서비스 개통",
            date=date(2024, 6, 1),
            situation=(
                "생계가 어렵거나 아픈 이웃을 보고도 어디에 어떻게 알려야 할지 몰라 "
                "도움이 늦어지는 일이 있었습니다."
            ),
            efforts=[
                "누구나 앱으로 위기 이웃을 간단히 신고하도록 서비스를 만들고 두 달가량 "
                "시범 운영했습니다.",
                "국민 모니터링단과 현장의 의견을 받아 신고 단계를 줄였습니다.",
                "신고 정보를 기존 복지 사각지대 발굴 데이터와 합쳐 바로 대응하게 했습니다.",
            ],
            effect="위기 신호를 더 일찍 알아채고 지원으로 빠르게 이어 갈 수 있게 되었습니다.",
        ),
        News(
            2024,
            NewsKind.ACHIEVEMENT,
            "취약계층 위한 에너지 바우처 온라인신청 51% 증가",
            situation=(
                "폭염이 이어지는 여름에도 에너지 취약계층이 냉방 지원을 제때 신청하기 어려웠습니다."
            ),
            efforts=[
                "복지로 웹사이트에서 하절기 에너지 바우처를 온라인으로 신청하도록 안내했습니다.",
                "행정복지센터 방문 없이도 신청할 수 있음을 적극 알렸습니다.",
            ],
            effect=("5~7월 온라인 신청이 2023년 5,758건에서 2024년 8,688건으로 51% 늘었습니다."),
        ),
        News(
            2024,
            NewsKind.ACHIEVEMENT,
            "공공기관 최초 사회복지 현장실습기관으로 선정",
            "예비 사회복지사가 필수 현장 실습을 할 수 있는 기관으로, 공공기관 가운데 처음 "
            "지정되었습니다. 빅데이터와 ICT를 활용한 복지 업무를 실습생에게 보여 줄 계획입니다.",
            date(2024, 6, 1),
        ),
    ],
    core_values=[
        ("동행과 행복", "모든 국민과 함께 가는 서비스로 누구나 행복을 누릴 바탕을 만듭니다."),
        ("공정과 신뢰", "공정하고 효율적으로 운영해 국민이 믿고 맡기는 기관이 됩니다."),
        ("전문성과 혁신", "정보시스템 운영의 최고 전문기관으로서 스스로 혁신할 힘을 기릅니다."),
        ("소통과 협력", "구성원이 서로 소통하고 협력해 더 좋은 사회보장 서비스를 드립니다."),
    ],
    talent_traits=[
        ("미래선도", "남다른 전문성과 새로운 기술로 기관이 자랄 동력을 만드는 사람"),
        ("국민지향", "따뜻한 배려와 공직윤리를 함께 갖춘 책임감 있는 사람"),
        ("자기혁신", "도전과 열정으로 복지 전달체계를 더 낫게 바꾸는 사람"),
        ("소통융합", "여러 분야에 호기심을 갖고 소통하며 새 가치를 만드는 능동적인 사람"),
    ],
    hiring_steps=[
        ("지원서 접수", "온라인으로 지원서와 자기소개서를 냅니다. 블라인드 채용입니다."),
        ("온라인 인성검사", "직업 성격과 조직 적합성을 온라인으로 검사합니다."),
        ("서류전형", "자기소개서와 직무 관련 경험을 평가합니다."),
        ("면접전형", "NCS 기반의 경험·상황 질문이 중심입니다."),
        ("임용", "신원 조회와 채용 신체검사를 거쳐 임용됩니다."),
    ],
    hiring_counts={
        2023: {"정규직": "30", "무기계약직": "39", "채용형 청년인턴": "0", "체험형 청년인턴": "21"},
        2024: {
            "정규직": "28",
            "무기계약직": "35.5",
            "채용형 청년인턴": "0",
            "체험형 청년인턴": "24",
        },
    },
    prompts=[
        Prompt(
            "ssis-problem",
            (2023, SECOND),
            "admin",
            "예상하지 못한 문제가 생겼을 때 원인을 분석하고 해결한 경험을 구체적으로 서술해 "
            "주십시오.",
            1000,
            competencies=["문제해결능력"],
        ),
        Prompt(
            "ssis-privacy",
            (2024, FIRST),
            "it",
            "개인정보를 다루는 기관의 구성원으로서 지켜야 할 원칙은 무엇이라고 "
            "생각하는지, 그 원칙을 실제로 지킨 경험과 함께 기술해 주십시오.",
            1500,
            count_rule=CountRule.BYTES_CP949,
            line_break_weight=2,
            competencies=["직업윤리", "정보능력"],
        ),
        Prompt(
            "ssis-motivation",
            (2024, FIRST),
            "admin",
            "우리 원에 지원한 동기와 입사 후 이루고 싶은 목표를 기술해 주십시오.",
            800,
            count_rule=CountRule.CHARS_NO_SPACES,
            competencies=["조직이해능력"],
        ),
    ],
    answers=[
        Answer(
            "ssis-problem",
            "[흩어진 서류 안내를 한 장의 점검표로 : 보완 요청 40% 감소]",
            "행정 인턴으로 일하던 주민센터에서 복지 급여 신청서의 보완 요청이 잦아 처리가 늦어지는 "
            "문제가 있었습니다. 담당 주무관님은 신청인이 서류를 빠뜨린다고만 생각하셨지만, 저는 "
            "한 달 치 보완 사유를 표로 정리해 보았습니다. 그 결과 보완의 절반 이상이 같은 세 가지 "
            "서류에서 나왔고, 안내문마다 필요한 서류의 이름이 조금씩 다르게 적혀 있다는 점을 "
            "찾았습니다.\n"
            "원인이 신청인이 아니라 안내 방식에 있다고 보고, 급여 종류별로 필요한 서류를 한 장에 "
            "모은 점검표를 만들자고 제안했습니다. 팀원 두 분과 문구를 맞추고, 어르신도 읽기 쉽도록 "
            "글자를 키우고 예시 사진을 넣었습니다. 창구에서는 접수 전에 점검표로 함께 확인하는 "
            "절차를 더했습니다.\n"
            "두 달 뒤 보완 요청은 이전보다 약 40% 줄었고, 점검표는 다른 창구에서도 쓰이게 "
            "되었습니다. 이 경험으로 문제를 사람의 탓으로 돌리기 전에 자료로 원인을 확인해야 "
            "한다는 것을 배웠습니다. 사회보장 정보시스템을 다루는 자리에서도 데이터로 원인을 "
            "찾고, 현장이 쓰기 쉬운 방법으로 바꾸는 직원이 되겠습니다.",
            ["문제해결능력", "직무전문성"],
        ),
    ],
    reviews=[
        Review(
            season=(2023, FIRST),
            position="인턴",
            job="사무보조/문서작성",
            result="passed",
            difficulty=2,
            atmosphere="normal",
            evaluation=(
                "NCS 방식의 경험 질문이 대부분이었고 질문 수는 다섯 개 안팎이었습니다. "
                "면접관들이 부드럽게 진행했고, 이전 경력에 관심을 많이 보였습니다."
            ),
            tip=(
                "지원 직무가 무슨 일을 하는지 먼저 정리해 가세요. NCS 질문은 상황과 행동을 "
                "짧고 분명하게 나눠 답하는 연습이 도움이 됩니다."
            ),
            questions=[
                Question(
                    "experience",
                    "갈등을 해결해 본 경험이 있다면 말씀해 주세요.",
                    "갈등의 원인을 한 문장으로 정리하고, 내가 한 행동과 관계가 어떻게 "
                    "회복되었는지를 중심으로 답합니다.",
                    ["갈등관리능력"],
                ),
                Question(
                    "situation",
                    "상사가 부당한 지시를 내린다면 어떻게 하시겠습니까?",
                    "무조건 거절도, 무조건 따름도 아닌 답을 준비합니다. 규정을 확인하고 "
                    "근거를 들어 정중히 의견을 말하며, 필요하면 공식 절차를 따른다는 흐름이 "
                    "좋습니다.",
                    ["직업윤리"],
                ),
            ],
        ),
    ],
    questions=[
        Question(
            "job",
            "행복이음, 희망이음, 복지로 가운데 하나를 골라 사용자로서 개선하고 싶은 점을 "
            "말씀해 주세요.",
            "시스템의 실제 사용자(공무원, 시설 종사자, 국민)를 구분하고, 불편 하나와 "
            "현실적인 개선안 하나를 구체적으로 제시합니다.",
            ["정보능력", "직무전문성"],
        ),
        Question(
            "job",
            "가명정보를 연구에 활용하는 것과 개인정보 보호 사이의 균형을 어떻게 잡아야 "
            "한다고 생각하십니까?",
            "개인정보 안심구역처럼 안전한 환경에서 활용하는 방법을 예로 들고, 보호가 "
            "우선이라는 원칙을 분명히 합니다.",
            ["직업윤리", "정보처리능력"],
        ),
        Question(
            "personality",
            "우리 원의 핵심가치 가운데 본인과 가장 잘 맞는 것은 무엇이며, 이유는 무엇입니까?",
            "가치 이름만 말하지 말고, 그 가치를 보여 준 짧은 경험 하나를 붙입니다.",
            ["조직이해능력"],
        ),
        Question(
            "experience",
            "의견이 엇갈릴 때 자료를 근거로 상대를 설득한 경험이 있습니까?",
            "어떤 자료를 왜 골랐는지, 상대의 입장을 어떻게 반영했는지가 핵심입니다. "
            "결과는 숫자로 말합니다.",
            ["문제해결능력", "의사소통능력"],
        ),
        Question(
            "presentation",
            "복지 사각지대의 위기 가구를 더 일찍 찾기 위한 데이터 활용 방안을 발표해 주세요.",
            "현재의 발굴 방식, 부족한 점, 추가할 데이터나 절차, 개인정보 보호 장치, 기대 "
            "효과의 순서로 구성합니다.",
            ["문제해결능력", "정보능력"],
        ),
        Question(
            "discussion",
            "에너지 바우처처럼 신청해야 받는 복지를 온라인으로 넓힐 때 생길 문제와 해결책을 "
            "토론해 주세요.",
            "디지털 취약계층을 놓치지 않는 방안을 함께 말하고, 상대 의견을 요약한 뒤 "
            "덧붙이는 태도를 보여 줍니다.",
            ["의사소통능력", "팀워크능력"],
        ),
    ],
)


# --------------------------------------------------------------------------------------------
# 국민권익위원회

ACRC = CompanyDemo(
    name="국민권익위원회",
    kind=CompanyKind.PUBLIC_INSTITUTION,
    aliases="권익위\nACRC",
    website="https://www.acrc.go.kr",
    summary="국민의 고충을 듣고 부패를 막으며 행정심판을 맡는 권익 보호 기관",
    description=(
        "국민이 행정기관 때문에 겪는 불편과 억울함을 해결하고, 공공 부문의 부패를 예방하며, "
        "행정처분에 대한 심판을 맡는 기관입니다. 민원 한 건을 해결하는 데 그치지 않고 같은 "
        "문제가 되풀이되지 않도록 제도 개선을 권고합니다. 최근에는 적극행정 사례를 분기마다 "
        "모아 알리고 있습니다."
    ),
    founded_year=2008,
    customers="국민, 공공기관",
    main_business="고충민원 처리, 부패 방지와 청렴 정책, 행정심판",
    related_organisations="중앙행정심판위원회",
    vision="국민의 목소리로 더 공정하고 청렴한 사회를 만드는 기관 (프렙 데모 요약)",
    mission="국민의 권익을 지키고 공공 부문의 신뢰를 높인다 (프렙 데모 요약)",
    source=(
        "적극행정 우수사례(2025년)를 바탕으로 프렙이 다시 씀. 사업 비중, 만족도, 채용 인원, "
        "면접 후기는 화면 시연용 예시이며 실제 자료가 아닙니다."
    ),
    as_of=date(2025, 6, 30),
    segments=[
        ("고충민원 처리", "38.0", "행정기관에 대한 국민의 고충 민원을 조사하고 해결을 권고합니다."),
        (
            "부패 방지·청렴",
            "27.0",
            "부패 신고를 받고 공공기관의 청렴도를 평가하며 제도를 고칩니다.",
        ),
        ("행정심판", "25.0", "위법하거나 부당한 행정처분으로부터 국민의 권리를 구제합니다."),
        ("제도 개선·기타", "10.0", "반복되는 민원의 원인을 찾아 법령과 제도 개선을 권고합니다."),
    ],
    survey=Survey(
        surveyed_on=date(2025, 3, 31),
        total_score="71",
        scores={
            "조직문화/분위기": "72",
            "연봉/복지": "68",
            "커리어/성장": "74",
            "근무시간/휴가": "70",
            "경영진/비전": "69",
        },
        positive=[
            "국민에게 직접 도움이 되는 일이라 보람이 크다.",
            "여러 분야의 제도를 다루며 시야가 넓어진다.",
        ],
        negative=[
            "민원 업무가 몰리는 시기에는 업무량이 많다.",
            "세종 근무라 수도권 출퇴근이 어렵다.",
        ],
        source="프렙 데모용 예시 (실제 조사가 아님)",
    ),
    news=[
        News(
            2025,
            NewsKind.PROACTIVE,
            "적극적인 소통이 바꾸는 정책의 힘, 국민권익 UP! 체감 UP!",
            situation=(
                "국민의 권익과 바로 이어지는 정책이 많은데도, 정작 도움이 필요한 사람들은 "
                "위원회의 정책을 잘 알지 못했습니다."
            ),
            efforts=[
                "소외계층 지원에 어울리는 친근한 방송인을 홍보대사로 위촉해 알렸습니다.",
                "새로 연 온라인 행정심판 서비스를 집중적으로 홍보했습니다.",
                "외신 기자 간담회를 열고 한센인 관련 취재를 도와 국제 소통의 길을 텄습니다.",
            ],
            effect="정책을 체감하는 국민이 늘고 위원회의 위상도 높아졌습니다.",
        ),
        News(
            2025,
            NewsKind.PROACTIVE,
            "위원회 맞춤형 AI·데이터 활용 가이드 직접 제작으로 AI·데이터 활용 역량 혁신",
            situation=(
                "직원들의 데이터 활용 역량이 공공기관 평균에 못 미쳤고, 다루는 자료 대부분이 "
                "보안 자료라 인터넷 기반 생성형 AI를 그대로 쓸 수 없었습니다."
            ),
            efforts=[
                "위원회 업무에 맞춘 AI·데이터 활용 가이드와 안내서를 직접 기획해 만들었습니다.",
                "‘데이터 나눔 주간’을 열어 현업의 어려움과 필요한 것을 모았습니다.",
                "직원의 노하우와 전문가 조언을 한곳에 모으는 지식 크라우드소싱을 도입했습니다.",
                "설치와 코딩 부담을 덜도록 업무 맞춤형 AI 분석 코드를 만들어 나눴습니다.",
            ],
            effect=(
                "노하우가 쌓이고 되돌아오는 구조가 생겨, 데이터에 근거해 일하고 업무를 "
                "자동화하는 문화가 자리 잡기 시작했습니다."
            ),
        ),
        News(
            2025,
            NewsKind.PROACTIVE,
            "수의계약 체결 시 확인서 제출·징구 부담 완화",
            situation=(
                "이해충돌방지법 때문에 특정 기술이나 단독 생산처럼 예외가 인정되는 수의계약에서도 "
                "계약할 때마다 확인서를 받아야 해 기관과 업체 모두 번거로웠습니다."
            ),
            efforts=[
                "예외 사유에 해당하면 첫 계약 때 한 번만 확인서를 받도록 바꿨습니다.",
                "처음 받은 뒤 3년 동안은 같은 확인서를 다시 내지 않게 했습니다.",
            ],
            effect="업체의 부담이 줄고 계약이 빨라져 공공기관의 업무 효율이 올랐습니다.",
        ),
        News(
            2025,
            NewsKind.PROACTIVE,
            "5개 분야, 12개 기관 전문가와 함께 국민권익위원회 '자립가족' 출범",
            situation=(
                "전국에 누적 1만여 명인 자립준비청년이 주거와 취업 같은 현실의 어려움에 더해 "
                "정서적으로도 불안한 상황에 놓여 있었습니다."
            ),
            efforts=[
                "청년 당사자와 관계기관 담당자를 직접 만나 필요한 도움을 들었습니다.",
                "5개 분야 12개 기관의 전문가와 함께 가까이서 돕는 민관 네트워크를 꾸렸습니다.",
            ],
            effect=(
                "생활과 밀접한 분야의 전문가가 실질적인 도움을 주어 청년들의 홀로서기를 "
                "든든히 받치게 되었습니다."
            ),
        ),
    ],
    core_values=[
        ("공정", "누구에게나 같은 기준을 적용해 억울한 사람이 없도록 합니다."),
        ("청렴", "스스로 깨끗해야 공공 부문의 부패를 막을 수 있다고 믿습니다."),
        ("소통", "민원인의 이야기를 끝까지 듣고 알기 쉬운 말로 답합니다."),
        ("적극행정", "규정 뒤에 숨지 않고 국민에게 더 나은 방법을 먼저 찾습니다."),
    ],
    talent_traits=[
        ("공감하는 인재", "민원인의 처지에서 문제를 보고 끝까지 책임지는 사람"),
        ("원칙을 지키는 인재", "압력과 청탁 앞에서도 법과 원칙을 지키는 사람"),
        ("바꾸는 인재", "반복되는 불편을 제도 개선으로 이어 가는 사람"),
    ],
    hiring_steps=[
        ("원서 접수", "블라인드 방식으로 온라인 지원서를 받습니다."),
        ("서류전형", "자격 요건과 자기소개서를 확인합니다."),
        ("필기시험", "NCS 직업기초능력과 직무 지식을 평가합니다."),
        ("면접시험", "경험·상황 면접으로 공직 가치관과 소통 능력을 봅니다."),
        ("임용", "결격 사유 조회 후 임용됩니다."),
    ],
    hiring_counts={
        2024: {"정규직": "12", "무기계약직": "6", "체험형 청년인턴": "15"},
        2025: {"정규직": "10", "무기계약직": "4.5", "체험형 청년인턴": "18"},
    },
    prompts=[
        Prompt(
            "acrc-integrity",
            (2024, SECOND),
            "admin",
            "공직자에게 청렴이 왜 중요한지, 본인이 원칙을 지키기 위해 불편을 감수했던 경험을 "
            "들어 서술해 주십시오.",
            1000,
            count_rule=CountRule.BYTES_CP949,
            competencies=["직업윤리", "근로윤리"],
        ),
        Prompt(
            "acrc-proactive",
            (2024, SECOND),
            "admin",
            "관행이나 규정에 머물지 않고 더 나은 방법을 찾아 문제를 해결한 경험을 상황, 노력, "
            "효과의 순서로 기술해 주십시오.",
            700,
            competencies=["문제해결능력"],
        ),
    ],
    answers=[
        Answer(
            "acrc-proactive",
            "[같은 질문 세 번을 한 번으로 : 문의 전화 절반으로]",
            "(상황) 구청 민원실에서 일할 때, 전입 신고와 함께 해야 하는 신청을 몰라 같은 분이 "
            "세 번씩 방문하는 일이 잦았습니다.\n"
            "(노력) 한 주 동안 방문 사유를 기록해 보니, 전입 뒤 꼭 필요한 신청 다섯 가지를 "
            "한 번에 안내받지 못한 것이 원인이었습니다. 저는 이를 한눈에 보이는 안내 카드로 "
            "만들자고 제안했고, 관련 부서 세 곳에 내용을 확인받았습니다. 창구에서는 신고를 "
            "마칠 때 카드를 드리며 해당하는 항목에 표시해 드렸습니다.\n"
            "(효과) 한 달 뒤 같은 사유의 재방문과 문의 전화가 절반가량 줄었고, 카드는 다른 "
            "동 주민센터에도 공유되었습니다. 규정을 지키는 것에 더해 국민이 한 번에 일을 "
            "마치게 돕는 것이 적극행정이라는 것을 배웠습니다.",
            ["문제해결능력", "고객서비스능력"],
        ),
    ],
    reviews=[
        Review(
            season=(2024, SECOND),
            position="일반직",
            job="행정/민원 상담",
            result="passed",
            difficulty=3,
            atmosphere="normal",
            evaluation=(
                "(데모 예시) 경험 질문과 민원 상황 질문이 번갈아 나왔습니다. 답에 대한 꼬리 "
                "질문이 많아 실제 경험인지 확인하는 느낌이었습니다."
            ),
            tip=(
                "(데모 예시) 적극행정 사례를 두세 개 읽고, 자신의 경험을 상황·노력·효과로 "
                "정리해 가세요."
            ),
            questions=[
                Question(
                    "situation",
                    "민원인이 화를 내며 규정상 불가능한 요구를 반복한다면 어떻게 응대하시겠습니까?",
                    "감정을 먼저 인정하고, 안 되는 이유를 쉬운 말로 설명한 뒤, 가능한 다른 "
                    "방법을 제시하는 순서로 답합니다.",
                    ["고객서비스능력", "갈등관리능력"],
                ),
                Question(
                    "experience",
                    "규정과 현실 사이에서 고민하다가 더 나은 해결책을 찾은 경험이 있습니까?",
                    "규정을 어기지 않으면서 국민 편의를 높인 방법이어야 합니다. 상황·노력·효과로 "
                    "짧게 나눠 말합니다.",
                    ["문제해결능력"],
                ),
            ],
        ),
    ],
    questions=[
        Question(
            "personality",
            "위원회의 여러 기능 가운데 가장 관심 있는 업무와 지원 동기를 말씀해 주세요.",
            "고충민원, 부패 방지, 행정심판 가운데 하나를 고르고, 그 업무와 이어지는 "
            "본인의 경험을 연결합니다.",
            ["조직이해능력"],
        ),
        Question(
            "job",
            "최근 적극행정 우수사례 가운데 인상 깊었던 것을 하나 소개하고 이유를 말씀해 주세요.",
            "사례의 상황·노력·효과를 요약한 뒤, 내가 그 자리에 있었다면 더할 점을 덧붙입니다.",
            ["업무이해능력"],
        ),
        Question(
            "situation",
            "가까운 지인이 업무와 관련해 작은 부탁을 해 온다면 어떻게 하시겠습니까?",
            "청탁금지법의 취지를 알고 있음을 보이고, 관계를 해치지 않으면서 분명히 거절하는 "
            "방법을 말합니다.",
            ["직업윤리", "공동체윤리"],
        ),
        Question(
            "discussion",
            "보안 자료가 많은 기관에서 생성형 AI를 어디까지 활용해야 하는지 토론해 주세요.",
            "활용 이점과 보안 위험을 함께 짚고, 내부 전용 도구나 가이드 같은 절충안을 제시합니다.",
            ["정보능력", "의사소통능력"],
        ),
        Question(
            "presentation",
            "자립준비청년이 지원 제도를 더 쉽게 알 수 있도록 홍보 방안을 발표해 주세요.",
            "대상의 생활 동선(학교, 아르바이트, 온라인)을 근거로 채널을 고르고 측정 지표를 "
            "함께 제시합니다.",
            ["의사소통능력", "문제해결능력"],
        ),
        Question(
            "experience",
            "여러 기관이나 사람의 의견을 모아 하나의 결과를 만든 경험을 말씀해 주세요.",
            "이해관계가 달랐던 지점과 이를 조율한 나의 행동을 구체적으로 말합니다.",
            ["팀워크/협업", "협상능력"],
        ),
    ],
)


# --------------------------------------------------------------------------------------------
# 누리온모빌리티 (fictional)

NURION = CompanyDemo(
    name="누리온모빌리티",
    kind=CompanyKind.MID_SMALL,
    aliases="누리온\nNurion Mobility",
    summary="데모용 가상 기업 — 전기버스 운행 데이터를 분석하는 모빌리티 중견기업",
    description=(
        "프렙 데모를 위해 지어낸 가상의 회사입니다. 지역 버스 회사에 전기버스 운행 관리 "
        "소프트웨어를 공급하고, 배터리와 운행 데이터를 분석해 충전 계획을 세워 줍니다. "
        "실제 회사와는 관계가 없습니다."
    ),
    founded_year=2011,
    customers="지역 버스 운수사, 지자체",
    main_business="전기버스 운행 관리 소프트웨어와 충전 최적화 서비스",
    related_organisations="(가상) 누리온에너지",
    vision="모든 도시의 버스가 멈추지 않고 깨끗하게 달리도록",
    mission="데이터로 대중교통의 비용과 배출을 함께 줄인다",
    source="프렙 데모용 가상 기업입니다. 모든 내용은 지어낸 것입니다.",
    as_of=date(2025, 1, 1),
    segments=[
        ("운행 관리 소프트웨어", "55.0", "배차, 운행 기록, 정비 일정을 한 화면에서 관리합니다."),
        ("충전 최적화 서비스", "30.0", "배터리 상태와 요금제를 따져 충전 시간을 정해 줍니다."),
        ("데이터 컨설팅", "15.0", "지자체의 노선 개편과 전기버스 도입 계획을 돕습니다."),
    ],
    survey=Survey(
        surveyed_on=date(2024, 12, 1),
        total_score="76",
        scores={
            "조직문화/분위기": "80",
            "연봉/복지": "70",
            "커리어/성장": "82",
            "근무시간/휴가": "75",
            "경영진/비전": "73",
        },
        positive=["작은 팀이라 맡는 일의 범위가 넓다.", "코드 리뷰 문화가 자리 잡혀 있다."],
        negative=["고객사 현장 출장이 잦다.", "복지 제도가 대기업보다 적다."],
        source="프렙 데모용 가상 자료",
    ),
    news=[
        News(
            2024,
            NewsKind.BUSINESS,
            "심야 충전 스케줄러 출시",
            "전기 요금이 싼 시간대에 충전을 몰아 운수사의 충전비를 줄이는 기능을 내놓았습니다.",
            date(2024, 4, 1),
        ),
        News(
            2024,
            NewsKind.ACHIEVEMENT,
            "고객 운수사 40곳 돌파",
            "지방 중소 도시를 중심으로 고객사가 늘어 40곳을 넘었습니다.",
        ),
    ],
    core_values=[
        ("현장 우선", "기사님과 정비사가 실제로 쓰는 방식에서 출발합니다."),
        ("숫자로 말하기", "주장보다 데이터를 먼저 보여 줍니다."),
        ("함께 고치기", "문제가 생기면 누구의 탓보다 재발 방지를 먼저 논의합니다."),
    ],
    talent_traits=[
        ("호기심", "버스가 왜 멈췄는지 끝까지 파고드는 사람"),
        ("실행력", "작게 만들어 보고 빠르게 고치는 사람"),
        ("협업", "개발자와 현장 사이에서 말을 잘 옮기는 사람"),
    ],
    hiring_steps=[
        ("서류 접수", "이력서와 자기소개서를 받습니다."),
        ("직무 테스트", "개발 직군은 코딩 과제, 사업 직군은 자료 분석 과제를 봅니다."),
        ("1차 실무 면접", "과제 풀이와 경험을 이야기합니다."),
        ("2차 임원 면접", "가치관과 회사 적합성을 봅니다."),
        ("처우 협의", "연봉과 입사일을 정합니다."),
    ],
    hiring_counts={
        2024: {"신입 공채": "8", "경력 수시": "5"},
        2025: {"신입 공채": "10", "경력 수시": "6"},
    },
    prompts=[
        Prompt(
            "nurion-data",
            (2025, FIRST),
            "it",
            "데이터를 근거로 의사결정을 바꾼 경험을 서술해 주세요.",
            700,
            count_rule=CountRule.CHARS_NO_SPACES,
            competencies=["도표분석능력", "문제해결능력"],
        ),
        Prompt(
            "nurion-team",
            (2025, FIRST),
            "it",
            "다른 직군의 동료와 함께 일하며 어려움을 극복한 경험을 적어 주세요.",
            1000,
            competencies=["팀워크/협업"],
        ),
    ],
    answers=[
        Answer(
            "nurion-data",
            "[감이 아닌 로그로 : 배차 지연 25% 감소]",
            "학과 프로젝트로 교내 셔틀 배차표를 고칠 때, 팀은 아침 시간에 차량을 늘리자는 "
            "의견이었습니다. 저는 한 달 치 승하차 로그를 시간대별로 나눠 보았고, 실제 혼잡은 "
            "아침이 아니라 수업이 끝나는 오후 네 시 전후라는 것을 확인했습니다. 그래프 한 장으로 "
            "팀을 설득해 오후 배차를 늘렸고, 다음 달 대기 시간이 평균 25% 줄었습니다. 데이터는 "
            "결론을 정해 놓고 찾는 것이 아니라 질문을 바꾸게 하는 도구라는 것을 배웠습니다.",
            ["도표분석능력", "팀워크/협업"],
        ),
    ],
    reviews=[
        Review(
            season=(2024, SECOND),
            position="신입",
            job="백엔드 개발",
            result="passed",
            difficulty=4,
            atmosphere="relaxed",
            evaluation="(가상 후기) 코딩 과제 풀이를 설명하는 시간이 길었고 분위기는 편안했습니다.",
            tip="(가상 후기) 과제에서 선택한 자료구조의 이유를 말로 설명하는 연습을 하세요.",
            questions=[
                Question(
                    "job",
                    "과제에서 충전 일정을 계산할 때 시간 복잡도를 어떻게 줄였는지 설명해 주세요.",
                    "처음 풀이와 개선한 풀이를 비교하고, 실제 데이터 크기에서 왜 충분한지 "
                    "말합니다.",
                    ["사고력"],
                ),
                Question(
                    "experience",
                    "현장 사용자의 불만을 듣고 기능을 바꾼 경험이 있나요?",
                    "불만을 어떻게 확인했는지(관찰, 인터뷰, 로그)와 바뀐 뒤의 결과를 말합니다.",
                    ["고객서비스능력"],
                ),
            ],
        ),
    ],
    questions=[
        Question(
            "job",
            "전기버스 운수사가 가장 아까워하는 비용은 무엇일지 추정해 보세요.",
            "충전비, 정비비, 운행 중단 손실을 나눠 보고 근거가 되는 가정을 밝힙니다.",
            ["기초연산능력", "사고력"],
        ),
        Question(
            "personality",
            "작은 회사에서 넓은 범위의 일을 맡는 것에 대해 어떻게 생각하나요?",
            "장점과 어려움을 함께 말하고, 우선순위를 정하는 자신만의 방법을 보여 줍니다.",
            ["자기관리능력"],
        ),
        Question(
            "discussion",
            "노선 개편으로 한 동네의 배차가 줄어든다면 어떻게 설득하겠습니까?",
            "데이터와 주민 불편을 함께 고려한 대안을 내고, 반대 의견을 요약해 존중합니다.",
            ["의사소통능력", "협상능력"],
        ),
    ],
)

COMPANIES = [SSIS, ACRC, NURION]


# --------------------------------------------------------------------------------------------
# Questions any company may ask (company is None)

GENERAL_QUESTIONS = [
    Question(
        "personality",
        "1분 동안 자기소개를 해 주세요.",
        "지원 직무와 이어지는 강점 하나를 중심에 두고, 그 강점을 보여 주는 경험 한 줄과 "
        "입사 후 기여로 마무리합니다. 출신 학교나 가족 이야기는 넣지 않습니다.",
        ["의사표현능력"],
    ),
    Question(
        "personality",
        "우리 회사(기관)에 지원한 동기는 무엇입니까?",
        "회사의 최근 사업이나 가치 하나와 나의 경험을 연결합니다. 누구에게나 할 수 있는 "
        "칭찬은 피합니다.",
        ["조직이해능력"],
    ),
    Question(
        "experience",
        "팀 안에서 갈등이 생겼을 때 어떻게 해결했는지 말씀해 주세요.",
        "상황은 짧게, 내가 한 행동은 길게 말합니다. 상대를 탓하지 말고 관계가 어떻게 "
        "나아졌는지로 끝맺습니다.",
        ["갈등관리능력", "팀워크능력"],
    ),
    Question(
        "experience",
        "가장 크게 실패했던 경험과 그로부터 배운 점은 무엇입니까?",
        "실패를 작게 포장하지 말고, 원인을 스스로 분석한 과정과 다음에 달라진 행동을 "
        "구체적으로 말합니다.",
        ["자아인식능력", "자기관리능력"],
    ),
    Question(
        "personality",
        "입사 후 5년 동안 이루고 싶은 목표는 무엇입니까?",
        "직무 역량을 쌓는 단계와 조직에 기여하는 단계를 나눠, 현실적인 목표를 말합니다.",
        ["경력개발능력"],
    ),
    Question(
        "situation",
        "팀 프로젝트에서 한 팀원이 맡은 일을 하지 않는다면 어떻게 하시겠습니까?",
        "사정을 먼저 묻고, 역할을 다시 나누거나 일정을 조정하는 구체적인 방법을 제시합니다.",
        ["팀워크능력", "리더십능력"],
    ),
    Question(
        "situation",
        "업무 마감이 겹쳤을 때 우선순위를 어떻게 정하십니까?",
        "중요도와 긴급도, 다른 사람에게 미치는 영향을 기준으로 말하고, 관련된 사람과 "
        "미리 소통한다는 점을 보여 줍니다.",
        ["시간관리능력"],
    ),
    Question(
        "personality",
        "마지막으로 하고 싶은 말이 있습니까?",
        "앞에서 충분히 말하지 못한 강점 하나를 짧게 보충하고 감사 인사로 마무리합니다.",
        ["의사표현능력"],
    ),
]


# --------------------------------------------------------------------------------------------
# Loading


def competency(name: str) -> Competency:
    """An NCS area or sub-skill by name, else one of our company competencies."""
    found = {c.kind: c for c in Competency.objects.filter(name=name)}
    for kind in (Competency.Kind.NCS_AREA, Competency.Kind.NCS_SKILL, Competency.Kind.COMPANY):
        if kind in found:
            return found[kind]
    raise LookupError(f"Demo content names an unknown competency: {name}")


def competencies(names: list[str]) -> list[Competency]:
    return [competency(name) for name in names]


def season(key: tuple[int, str] | None) -> Season | None:
    if key is None:
        return None
    return Season.objects.get_or_create(year=key[0], half=key[1])[0]


def shared(model, name: str, *, order: int, description: str = ""):
    """A catalogue-wide row; an admin's own wording and order are kept when it exists."""
    obj, created = model.objects.get_or_create(
        name=name,
        defaults={"order": order, **({"description": description} if description else {})},
    )
    if not created and description and not obj.description:
        obj.description = description
        obj.save(update_fields=["description"])
    return obj


def load_shared() -> None:
    for order, name in enumerate(SURVEY_CATEGORIES, start=1):
        shared(SurveyCategory, name, order=order)
    for order, (name, description) in enumerate(HIRING_TYPES, start=1):
        shared(HiringType, name, order=order, description=description)
    for name, definition, area_name in COMPANY_COMPETENCIES:
        area = (
            Competency.objects.filter(name=area_name, kind=Competency.Kind.NCS_AREA).first()
            if area_name
            else None
        )
        Competency.objects.get_or_create(
            name=name,
            kind=Competency.Kind.COMPANY,
            defaults={"definition": definition, "ncs_area": area},
        )


def load_question(
    data: Question, *, company: Company | None, order: int, review: InterviewReview | None = None
) -> InterviewQuestion:
    question, _created = InterviewQuestion.objects.update_or_create(
        company=company,
        text=data.text,
        defaults={
            "question_type": data.question_type,
            "hint": data.hint,
            "season": season(data.season) if data.season else (review.season if review else None),
            "position": data.position or (review.position if review else ""),
            "review": review,
            "order": order,
            "published": True,
        },
    )
    question.competencies.set(competencies(data.competencies))
    return question


def load_company(data: CompanyDemo) -> Company:
    values = {
        "kind": data.kind,
        "aliases": data.aliases,
        "summary": data.summary,
        "description": data.description,
        "founded_year": data.founded_year,
        "customers": data.customers,
        "main_business": data.main_business,
        "related_organisations": data.related_organisations,
        "vision": data.vision,
        "mission": data.mission,
        "website": data.website,
        "source": data.source,
        "as_of": data.as_of,
        "published": True,
    }
    company, _created = Company.objects.update_or_create(
        name=data.name,
        defaults=values,
        # A company first created by the report importer keeps the address it already has.
        create_defaults={**values, "slug": slugify(data.name, allow_unicode=True)},
    )

    for rank, (name, share, description) in enumerate(data.segments, start=1):
        BusinessSegment.objects.update_or_create(
            company=company,
            rank=rank,
            defaults={"name": name, "share": Decimal(share), "description": description},
        )

    if data.survey:
        survey, _created = SatisfactionSurvey.objects.update_or_create(
            company=company,
            surveyed_on=data.survey.surveyed_on,
            defaults={
                "total_score": Decimal(data.survey.total_score),
                "source": data.survey.source,
            },
        )
        for name, score in data.survey.scores.items():
            SurveyScore.objects.update_or_create(
                survey=survey,
                category=SurveyCategory.objects.get(name=name),
                defaults={"score": Decimal(score)},
            )
        quotes = [("positive", text) for text in data.survey.positive] + [
            ("negative", text) for text in data.survey.negative
        ]
        for order, (tone, text) in enumerate(quotes, start=1):
            SurveyQuote.objects.update_or_create(
                survey=survey, tone=tone, text=text, defaults={"order": order}
            )

    for order, item in enumerate(data.news, start=1):
        NewsItem.objects.update_or_create(
            company=company,
            year=item.year,
            title=item.title,
            defaults={
                "kind": item.kind,
                "date": item.date,
                "body": item.body,
                "situation": item.situation,
                "efforts": item.efforts,
                "effect": item.effect,
                "order": order,
            },
        )

    for model, rows in [
        (CoreValue, data.core_values),
        (TalentTrait, data.talent_traits),
        (HiringStep, data.hiring_steps),
    ]:
        for order, (name, description) in enumerate(rows, start=1):
            model.objects.update_or_create(
                company=company, name=name, defaults={"description": description, "order": order}
            )

    for year, counts in data.hiring_counts.items():
        for type_name, count in counts.items():
            HiringCount.objects.update_or_create(
                company=company,
                year=year,
                hiring_type=HiringType.objects.get(name=type_name),
                defaults={"count": Decimal(count)},
            )

    prompts = {}
    for order, item in enumerate(data.prompts, start=1):
        prompt, _created = EssayPrompt.objects.update_or_create(
            company=company,
            season=season(item.season),
            job_family=item.job_family,
            text=item.text,
            defaults={
                "limit": item.limit,
                "count_rule": item.count_rule,
                "line_break_weight": item.line_break_weight,
                "order": order,
                "published": True,
                "source": "프렙 데모",
            },
        )
        prompt.competencies.set(competencies(item.competencies))
        prompts[item.key] = prompt

    for item in data.answers:
        answer, _created = SampleAnswer.objects.update_or_create(
            prompt=prompts[item.prompt],
            headline=item.headline,
            defaults={
                "body": item.body,
                "outcome": "passed",
                "source": "프렙 데모 (팀이 쓴 예시 답변)",
                "as_of": data.as_of,
                "published": True,
            },
        )
        answer.competencies.set(competencies(item.competencies))

    for item in data.reviews:
        review, _created = InterviewReview.objects.update_or_create(
            company=company,
            season=season(item.season),
            position=item.position,
            job=item.job,
            defaults={
                "result": item.result,
                "difficulty": item.difficulty,
                "atmosphere": item.atmosphere,
                "evaluation": item.evaluation,
                "tip": item.tip,
                "published": True,
                "source": "프렙 데모",
            },
        )
        for order, question in enumerate(item.questions, start=1):
            load_question(question, company=company, order=order, review=review)

    offset = sum(len(review.questions) for review in data.reviews)
    for order, question in enumerate(data.questions, start=offset + 1):
        load_question(question, company=company, order=order)

    return company


@transaction.atomic
def load_catalog_demo() -> list[Company]:
    """Create or update every demo company and the general interview questions."""
    load_shared()
    companies = [load_company(data) for data in COMPANIES]
    for order, question in enumerate(GENERAL_QUESTIONS, start=1):
        load_question(question, company=None, order=order)
    return companies
