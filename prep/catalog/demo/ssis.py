"""한국사회보장정보원 for the demo, in our own words.

Facts and figures (names, shares, scores, dates, counts, value and trait names) come from the
institution's 2024 company-analysis report; every sentence is ours. News titles are kept as the
report names them (news are keyed by company, year and title). The 2024 hiring numbers are
illustrative, as `source` says.
"""

from datetime import date
from decimal import Decimal

from prep.catalog.importers.parsed import (
    ParsedCompany,
    ParsedHiringCount,
    ParsedNamed,
    ParsedNews,
    ParsedReport,
    ParsedSegment,
    ParsedSurvey,
)
from prep.catalog.models import CompanyKind, NewsKind

from .ssis_bank import PROMPTS, QUESTIONS, REVIEWS

SSIS = ParsedReport(
    format="demo",
    company=ParsedCompany(
        name="한국사회보장정보원",
        kind=CompanyKind.PUBLIC_INSTITUTION,
        summary="복지 행정을 디지털로 잇는 사회보장 정보시스템 전문기관",
        aliases="사회보장정보원\n사보원\nSSIS",
        website="https://www.ssis.or.kr",
        description=(
            "2009년에 문을 연 보건복지 분야의 공공기관입니다. 복지 급여와 서비스가 필요한 "
            "사람에게 제때 닿도록 사회보장 정보시스템을 만들고 운영하며, 지자체 공무원이 "
            "쓰는 행정 시스템부터 국민이 직접 신청하는 복지 포털까지 맡고 있습니다. "
            "시스템 운영 외에도 정부와 지자체가 위탁한 복지 사업, 정책 연구 지원, "
            "개인정보 보호 업무를 함께 수행합니다."
        ),
        founded_year=2009,
        customers="국민",
        main_business="사회보장정보시스템 구축과 운영 지원",
        related_organisations="서울복지재단",
        vision="국민 맞춤형 복지를 실현하는 디지털 플랫폼 전문기관",
        mission="공정하고 따뜻한 사회보장 정보서비스로 국민행복에 기여",
        source=(
            "분석리포트 2024 ver.의 사실과 수치를 바탕으로 프렙이 다시 씀. 2024년 채용 "
            "인원은 화면 시연용 예시 수치입니다."
        ),
        as_of=date(2024, 8, 8),
    ),
    segments=[
        ParsedSegment(
            rank=1,
            name="추가 수탁사업",
            share=Decimal("40.9"),
            description=(
                "정부와 지자체가 맡긴 사업을 수행합니다. 장애인활동지원 추가 지원, "
                "사례관리 정책 지원, 응급안전안심서비스 중앙 지원센터 운영 등이 여기에 "
                "속합니다."
            ),
        ),
        ParsedSegment(
            rank=2,
            name="차세대사회보장정보시스템",
            share=Decimal("31.2"),
            description=(
                "지자체·부처 업무를 묶는 행복이음, 복지시설이 쓰는 희망이음, 국민이 쓰는 "
                "복지로처럼 사회보장 업무 전체를 받치는 통합 시스템을 운영합니다."
            ),
        ),
        ParsedSegment(
            rank=3,
            name="정보보호 및 기반구축",
            share=Decimal("17.7"),
            description=(
                "개인정보보호센터를 운영하고 사이버 공격을 실시간으로 감시하며, 진료정보 "
                "침해 사고의 신고 접수와 예방·대응을 돕습니다."
            ),
        ),
        ParsedSegment(
            rank=4,
            name="기타",
            share=Decimal("10.2"),
            description=(
                "보건소 업무를 받치는 지역보건의료정보시스템과 보육통합정보시스템, "
                "취약노인지원시스템 같은 시스템도 맡고 있습니다."
            ),
        ),
    ],
    survey=ParsedSurvey(
        surveyed_on=date(2024, 8, 8),
        total_score=Decimal("73"),
        scores=[
            ("조직문화/분위기", Decimal("73"), 0),
            ("연봉/복지", Decimal("73"), 0),
            ("커리어/성장", Decimal("70"), 0),
            ("근무시간/휴가", Decimal("80"), 0),
            ("경영진/비전", Decimal("66"), 0),
        ],
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
        ParsedNews(
            year=2023,
            title="노후생활 활성화 및 정보교류 위한 MOU 체결",
            kind=NewsKind.BUSINESS,
            body=(
                "고령화에 함께 대응하려고 노인·보건·자활 분야 기관들과 다자 협약을 "
                "맺었습니다. 기관끼리 데이터와 인력을 나누고 공동 연구를 하기로 했습니다."
            ),
            date=date(2023, 3, 1),
        ),
        ParsedNews(
            year=2023,
            title="월드비전과 위기아동지원사업 추진",
            kind=NewsKind.BUSINESS,
            body=(
                "e아동행복지원시스템으로 찾아낸 위기 아동에게 민간 구호단체와 함께 "
                "생계·의료·주거·교육 지원을 연결하는 3년 협약을 맺었습니다."
            ),
            date=date(2023, 6, 1),
        ),
        ParsedNews(
            year=2023,
            title="‘지역사회공헌 인정기업’ 5년 연속 선정",
            kind=NewsKind.ACHIEVEMENT,
            body=(
                "2019년부터 해마다 인정을 받았습니다. 임직원의 배식 봉사와 김장 나눔, "
                "수해 지역 봉사 같은 꾸준한 지역 활동이 평가되었습니다."
            ),
        ),
        ParsedNews(
            year=2024,
            title="손쉽게 복지위기 상황 알리는 복지위기 알림서비스 개통",
            kind=NewsKind.BUSINESS,
            date=date(2024, 6, 1),
            situation=(
                "생계가 어렵거나 아픈 이웃을 보고도 어디에 어떻게 알려야 할지 몰라 도움이 "
                "늦어지는 일이 있었습니다."
            ),
            efforts=[
                (
                    "누구나 앱으로 위기 이웃을 간단히 신고하도록 서비스를 만들고 두 "
                    "달가량 시범 운영했습니다."
                ),
                "국민 모니터링단과 현장의 의견을 받아 신고 단계를 줄였습니다.",
                ("신고 정보를 기존 복지 사각지대 발굴 데이터와 합쳐 바로 대응하게 했습니다."),
            ],
            effect="위기 신호를 더 일찍 알아채고 지원으로 빠르게 이어 갈 수 있게 되었습니다.",
        ),
        ParsedNews(
            year=2024,
            title="취약계층 위한 에너지 바우처 온라인신청 51% 증가",
            kind=NewsKind.ACHIEVEMENT,
            situation=(
                "폭염이 이어지는 여름에도 에너지 취약계층이 냉방 지원을 제때 신청하기 어려웠습니다."
            ),
            efforts=[
                ("복지로 웹사이트에서 하절기 에너지 바우처를 온라인으로 신청하도록 안내했습니다."),
                "행정복지센터 방문 없이도 신청할 수 있음을 적극 알렸습니다.",
            ],
            effect=("5~7월 온라인 신청이 2023년 5,758건에서 2024년 8,688건으로 51% 늘었습니다."),
        ),
        ParsedNews(
            year=2024,
            title="공공기관 최초 사회복지 현장실습기관으로 선정",
            kind=NewsKind.ACHIEVEMENT,
            body=(
                "예비 사회복지사가 필수 현장 실습을 할 수 있는 기관으로, 공공기관 가운데 "
                "처음 지정되었습니다. 빅데이터와 ICT를 활용한 복지 업무를 실습생에게 보여 "
                "줄 계획입니다."
            ),
            date=date(2024, 6, 1),
        ),
    ],
    core_values=[
        ParsedNamed(
            name="동행과 행복",
            description="모든 국민과 함께 가는 서비스로 누구나 행복을 누릴 바탕을 만듭니다.",
        ),
        ParsedNamed(
            name="공정과 신뢰",
            description="공정하고 효율적으로 운영해 국민이 믿고 맡기는 기관이 됩니다.",
        ),
        ParsedNamed(
            name="전문성과 혁신",
            description="정보시스템 운영의 최고 전문기관으로서 스스로 혁신할 힘을 기릅니다.",
        ),
        ParsedNamed(
            name="소통과 협력",
            description="구성원이 서로 소통하고 협력해 더 좋은 사회보장 서비스를 드립니다.",
        ),
    ],
    talent_traits=[
        ParsedNamed(
            name="미래선도",
            description="남다른 전문성과 새로운 기술로 기관이 자랄 동력을 만드는 사람",
        ),
        ParsedNamed(
            name="국민지향",
            description="따뜻한 배려와 공직윤리를 함께 갖춘 책임감 있는 사람",
        ),
        ParsedNamed(
            name="자기혁신",
            description="도전과 열정으로 복지 전달체계를 더 낫게 바꾸는 사람",
        ),
        ParsedNamed(
            name="소통융합",
            description="여러 분야에 호기심을 갖고 소통하며 새 가치를 만드는 능동적인 사람",
        ),
    ],
    hiring_steps=[
        "지원서 접수",
        "온라인 인성검사",
        "서류전형",
        "면접전형",
        "임용",
    ],
    hiring_step_descriptions={
        "지원서 접수": "온라인으로 지원서와 자기소개서를 냅니다. 블라인드 채용입니다.",
        "온라인 인성검사": "직업 성격과 조직 적합성을 온라인으로 검사합니다.",
        "서류전형": "자기소개서와 직무 관련 경험을 평가합니다.",
        "면접전형": "NCS 기반의 경험·상황 질문이 중심입니다.",
        "임용": "신원 조회와 채용 신체검사를 거쳐 임용됩니다.",
    },
    hiring_counts=[
        ParsedHiringCount(
            year=2023,
            type_name="정규직",
            count=Decimal("30"),
        ),
        ParsedHiringCount(
            year=2023,
            type_name="무기계약직",
            count=Decimal("39"),
        ),
        ParsedHiringCount(
            year=2023,
            type_name="채용형 청년인턴",
            count=Decimal("0"),
        ),
        ParsedHiringCount(
            year=2023,
            type_name="체험형 청년인턴",
            count=Decimal("21"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="정규직",
            count=Decimal("28"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="무기계약직",
            count=Decimal("35.5"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="채용형 청년인턴",
            count=Decimal("0"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="체험형 청년인턴",
            count=Decimal("24"),
        ),
    ],
    prompts=PROMPTS,
    reviews=REVIEWS,
    questions=QUESTIONS,
)

# Which report sentence each of our rewrites stands for: `matching.fingerprint()` of the report's
# wording (the wording itself is third-party text and stays out of the repository). Importing the
# report then finds these rows instead of adding its own wording next to them.
_survey, _prompt, _review = SSIS.survey, SSIS.prompts[0], SSIS.reviews[0]
SSIS.rewrites = {
    **dict(
        zip(
            _survey.positive,
            ["aa37bd99ccc5afec", "dbb3e5f204a6cac8", "2d44abc606dc5a29"],
            strict=True,
        )
    ),
    **dict(
        zip(
            _survey.negative,
            ["e01062150807a2a1", "da8156241e66f8c4", "fb51d09f3ce28b80"],
            strict=True,
        )
    ),
    _prompt.text: "04a1ea0f5b59e091",
    _prompt.answers[0].body: "2cd549f34ec9fabd",
    **dict(
        zip(
            [q.text for q in _review.questions],
            ["0759af9ee9b74e36", "de42510e0e2350a5"],
            strict=True,
        )
    ),
}
