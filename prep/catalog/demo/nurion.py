"""누리온모빌리티: a company invented from top to bottom, so the demo has one that is neither a
public institution nor hires blind."""

from datetime import date
from decimal import Decimal

from prep.catalog.importers.parsed import (
    ParsedAnswer,
    ParsedCompany,
    ParsedHiringCount,
    ParsedNamed,
    ParsedNews,
    ParsedPrompt,
    ParsedQuestion,
    ParsedReport,
    ParsedReview,
    ParsedSegment,
    ParsedSurvey,
)
from prep.catalog.models import CompanyKind, CountRule, NewsKind

NURION = ParsedReport(
    format="demo",
    company=ParsedCompany(
        name="누리온모빌리티",
        kind=CompanyKind.MID_SMALL,
        summary="데모용 가상 기업 — 전기버스 운행 데이터를 분석하는 모빌리티 중견기업",
        aliases="누리온\nNurion Mobility",
        description=(
            "프렙 데모를 위해 지어낸 가상의 회사입니다. 지역 버스 회사에 전기버스 운행 "
            "관리 소프트웨어를 공급하고, 배터리와 운행 데이터를 분석해 충전 계획을 세워 "
            "줍니다. 실제 회사와는 관계가 없습니다."
        ),
        founded_year=2011,
        customers="지역 버스 운수사, 지자체",
        main_business="전기버스 운행 관리 소프트웨어와 충전 최적화 서비스",
        related_organisations="(가상) 누리온에너지",
        vision="모든 도시의 버스가 멈추지 않고 깨끗하게 달리도록",
        mission="데이터로 대중교통의 비용과 배출을 함께 줄인다",
        source="프렙 데모용 가상 기업입니다. 모든 내용은 지어낸 것입니다.",
        as_of=date(2025, 1, 1),
    ),
    segments=[
        ParsedSegment(
            rank=1,
            name="운행 관리 소프트웨어",
            share=Decimal("55.0"),
            description="배차, 운행 기록, 정비 일정을 한 화면에서 관리합니다.",
        ),
        ParsedSegment(
            rank=2,
            name="충전 최적화 서비스",
            share=Decimal("30.0"),
            description="배터리 상태와 요금제를 따져 충전 시간을 정해 줍니다.",
        ),
        ParsedSegment(
            rank=3,
            name="데이터 컨설팅",
            share=Decimal("15.0"),
            description="지자체의 노선 개편과 전기버스 도입 계획을 돕습니다.",
        ),
    ],
    survey=ParsedSurvey(
        surveyed_on=date(2024, 12, 1),
        total_score=Decimal("76"),
        scores=[
            ("조직문화/분위기", Decimal("80"), 0),
            ("연봉/복지", Decimal("70"), 0),
            ("커리어/성장", Decimal("82"), 0),
            ("근무시간/휴가", Decimal("75"), 0),
            ("경영진/비전", Decimal("73"), 0),
        ],
        positive=[
            "작은 팀이라 맡는 일의 범위가 넓다.",
            "코드 리뷰 문화가 자리 잡혀 있다.",
        ],
        negative=[
            "고객사 현장 출장이 잦다.",
            "복지 제도가 대기업보다 적다.",
        ],
        source="프렙 데모용 가상 자료",
    ),
    news=[
        ParsedNews(
            year=2024,
            title="심야 충전 스케줄러 출시",
            kind=NewsKind.BUSINESS,
            body=(
                "전기 요금이 싼 시간대에 충전을 몰아 운수사의 충전비를 줄이는 기능을 내놓았습니다."
            ),
            date=date(2024, 4, 1),
        ),
        ParsedNews(
            year=2024,
            title="고객 운수사 40곳 돌파",
            kind=NewsKind.ACHIEVEMENT,
            body="지방 중소 도시를 중심으로 고객사가 늘어 40곳을 넘었습니다.",
        ),
    ],
    core_values=[
        ParsedNamed(
            name="현장 우선",
            description="기사님과 정비사가 실제로 쓰는 방식에서 출발합니다.",
        ),
        ParsedNamed(
            name="숫자로 말하기",
            description="주장보다 데이터를 먼저 보여 줍니다.",
        ),
        ParsedNamed(
            name="함께 고치기",
            description="문제가 생기면 누구의 탓보다 재발 방지를 먼저 논의합니다.",
        ),
    ],
    talent_traits=[
        ParsedNamed(
            name="호기심",
            description="버스가 왜 멈췄는지 끝까지 파고드는 사람",
        ),
        ParsedNamed(
            name="실행력",
            description="작게 만들어 보고 빠르게 고치는 사람",
        ),
        ParsedNamed(
            name="협업",
            description="개발자와 현장 사이에서 말을 잘 옮기는 사람",
        ),
    ],
    hiring_steps=[
        "서류 접수",
        "직무 테스트",
        "1차 실무 면접",
        "2차 임원 면접",
        "처우 협의",
    ],
    hiring_step_descriptions={
        "서류 접수": "이력서와 자기소개서를 받습니다.",
        "직무 테스트": "개발 직군은 코딩 과제, 사업 직군은 자료 분석 과제를 봅니다.",
        "1차 실무 면접": "과제 풀이와 경험을 이야기합니다.",
        "2차 임원 면접": "가치관과 회사 적합성을 봅니다.",
        "처우 협의": "연봉과 입사일을 정합니다.",
    },
    hiring_counts=[
        ParsedHiringCount(
            year=2024,
            type_name="신입 공채",
            count=Decimal("8"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="경력 수시",
            count=Decimal("5"),
        ),
        ParsedHiringCount(
            year=2025,
            type_name="신입 공채",
            count=Decimal("10"),
        ),
        ParsedHiringCount(
            year=2025,
            type_name="경력 수시",
            count=Decimal("6"),
        ),
    ],
    prompts=[
        ParsedPrompt(
            year=2025,
            half="first",
            job_family="it",
            text="데이터를 근거로 의사결정을 바꾼 경험을 서술해 주세요.",
            limit=700,
            count_rule=CountRule.CHARS_NO_SPACES,
            competencies=[
                "도표분석능력",
                "문제해결능력",
            ],
            answers=[
                ParsedAnswer(
                    headline="[감이 아닌 로그로 : 배차 지연 25% 감소]",
                    body=(
                        "학과 프로젝트로 교내 셔틀 배차표를 고칠 때, 팀은 아침 시간에 "
                        "차량을 늘리자는 의견이었습니다. 저는 한 달 치 승하차 로그를 "
                        "시간대별로 나눠 보았고, 실제 혼잡은 아침이 아니라 수업이 끝나는 "
                        "오후 네 시 전후라는 것을 확인했습니다. 그래프 한 장으로 팀을 "
                        "설득해 오후 배차를 늘렸고, 다음 달 대기 시간이 평균 25% "
                        "줄었습니다. 데이터는 결론을 정해 놓고 찾는 것이 아니라 질문을 "
                        "바꾸게 하는 도구라는 것을 배웠습니다."
                    ),
                    competencies=[
                        "도표분석능력",
                        "팀워크/협업",
                    ],
                ),
            ],
        ),
        ParsedPrompt(
            year=2025,
            half="first",
            job_family="it",
            text="다른 직군의 동료와 함께 일하며 어려움을 극복한 경험을 적어 주세요.",
            limit=1000,
            competencies=[
                "팀워크/협업",
            ],
        ),
    ],
    reviews=[
        ParsedReview(
            year=2024,
            half="second",
            position="신입",
            job="백엔드 개발",
            result="passed",
            difficulty=4,
            atmosphere="relaxed",
            evaluation=(
                "(가상 후기) 코딩 과제 풀이를 설명하는 시간이 길었고 분위기는 편안했습니다."
            ),
            tip=("(가상 후기) 과제에서 선택한 자료구조의 이유를 말로 설명하는 연습을 하세요."),
            questions=[
                ParsedQuestion(
                    text=(
                        "과제에서 충전 일정을 계산할 때 시간 복잡도를 어떻게 줄였는지 "
                        "설명해 주세요."
                    ),
                    question_type="job",
                    hint=(
                        "처음 풀이와 개선한 풀이를 비교하고, 실제 데이터 크기에서 왜 "
                        "충분한지 말합니다."
                    ),
                    competencies=[
                        "사고력",
                    ],
                ),
                ParsedQuestion(
                    text="현장 사용자의 불만을 듣고 기능을 바꾼 경험이 있나요?",
                    question_type="experience",
                    hint=(
                        "불만을 어떻게 확인했는지(관찰, 인터뷰, 로그)와 바뀐 뒤의 결과를 말합니다."
                    ),
                    competencies=[
                        "고객서비스능력",
                    ],
                ),
            ],
        ),
    ],
    questions=[
        ParsedQuestion(
            text="전기버스 운수사가 가장 아까워하는 비용은 무엇일지 추정해 보세요.",
            question_type="job",
            hint="충전비, 정비비, 운행 중단 손실을 나눠 보고 근거가 되는 가정을 밝힙니다.",
            competencies=[
                "기초연산능력",
                "사고력",
            ],
        ),
        ParsedQuestion(
            text="작은 회사에서 넓은 범위의 일을 맡는 것에 대해 어떻게 생각하나요?",
            question_type="personality",
            hint=("장점과 어려움을 함께 말하고, 우선순위를 정하는 자신만의 방법을 보여 줍니다."),
            competencies=[
                "자기관리능력",
            ],
        ),
        ParsedQuestion(
            text="노선 개편으로 한 동네의 배차가 줄어든다면 어떻게 설득하겠습니까?",
            question_type="discussion",
            hint=("데이터와 주민 불편을 함께 고려한 대안을 내고, 반대 의견을 요약해 존중합니다."),
            competencies=[
                "의사소통능력",
                "협상능력",
            ],
        ),
    ],
)
