"""국민권익위원회 for the demo, in our own words.

The four 적극행정 cases are the ones in the institution's 2025 list of proactive-administration
cases, titles as the list names them and 상황·노력·효과 retold by us. Profile figures the list does
not give (segments, survey, hiring numbers) are illustrative, as `source` says.
"""

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

ACRC = ParsedReport(
    format="demo",
    company=ParsedCompany(
        name="국민권익위원회",
        kind=CompanyKind.PUBLIC_INSTITUTION,
        summary="국민의 고충을 듣고 부패를 막으며 행정심판을 맡는 권익 보호 기관",
        aliases="권익위\nACRC",
        website="https://www.acrc.go.kr",
        description=(
            "국민이 행정기관 때문에 겪는 불편과 억울함을 해결하고, 공공 부문의 부패를 "
            "예방하며, 행정처분에 대한 심판을 맡는 기관입니다. 민원 한 건을 해결하는 데 "
            "그치지 않고 같은 문제가 되풀이되지 않도록 제도 개선을 권고합니다. 최근에는 "
            "적극행정 사례를 분기마다 모아 알리고 있습니다."
        ),
        founded_year=2008,
        customers="국민, 공공기관",
        main_business="고충민원 처리, 부패 방지와 청렴 정책, 행정심판",
        related_organisations="중앙행정심판위원회",
        vision="국민의 목소리로 더 공정하고 청렴한 사회를 만드는 기관 (프렙 데모 요약)",
        mission="국민의 권익을 지키고 공공 부문의 신뢰를 높인다 (프렙 데모 요약)",
        source=(
            "적극행정 우수사례(2025년)를 바탕으로 프렙이 다시 씀. 사업 비중, 만족도, 채용 "
            "인원, 면접 후기는 화면 시연용 예시이며 실제 자료가 아닙니다."
        ),
        as_of=date(2025, 4, 1),
    ),
    segments=[
        ParsedSegment(
            rank=1,
            name="고충민원 처리",
            share=Decimal("38.0"),
            description="행정기관에 대한 국민의 고충 민원을 조사하고 해결을 권고합니다.",
        ),
        ParsedSegment(
            rank=2,
            name="부패 방지·청렴",
            share=Decimal("27.0"),
            description="부패 신고를 받고 공공기관의 청렴도를 평가하며 제도를 고칩니다.",
        ),
        ParsedSegment(
            rank=3,
            name="행정심판",
            share=Decimal("25.0"),
            description="위법하거나 부당한 행정처분으로부터 국민의 권리를 구제합니다.",
        ),
        ParsedSegment(
            rank=4,
            name="제도 개선·기타",
            share=Decimal("10.0"),
            description="반복되는 민원의 원인을 찾아 법령과 제도 개선을 권고합니다.",
        ),
    ],
    survey=ParsedSurvey(
        surveyed_on=date(2025, 3, 31),
        total_score=Decimal("71"),
        scores=[
            ("조직문화/분위기", Decimal("72"), 0),
            ("연봉/복지", Decimal("68"), 0),
            ("커리어/성장", Decimal("74"), 0),
            ("근무시간/휴가", Decimal("70"), 0),
            ("경영진/비전", Decimal("69"), 0),
        ],
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
        ParsedNews(
            year=2025,
            title="적극적인 소통이 바꾸는 정책의 힘, 국민권익 UP! 체감 UP!",
            kind=NewsKind.PROACTIVE,
            situation=(
                "국민의 권익과 바로 이어지는 정책이 많은데도, 정작 도움이 필요한 사람들은 "
                "위원회의 정책을 잘 알지 못했습니다."
            ),
            efforts=[
                ("소외계층 지원에 어울리는 친근한 방송인을 홍보대사로 위촉해 알렸습니다."),
                "새로 연 온라인 행정심판 서비스를 집중적으로 홍보했습니다.",
                ("외신 기자 간담회를 열고 한센인 관련 취재를 도와 국제 소통의 길을 텄습니다."),
            ],
            effect="정책을 체감하는 국민이 늘고 위원회의 위상도 높아졌습니다.",
        ),
        ParsedNews(
            year=2025,
            title=("위원회 맞춤형 AI·데이터 활용 가이드 직접 제작으로 AI·데이터 활용 역량 혁신"),
            kind=NewsKind.PROACTIVE,
            situation=(
                "직원들의 데이터 활용 역량이 공공기관 평균에 못 미쳤고, 다루는 자료 "
                "대부분이 보안 자료라 인터넷 기반 생성형 AI를 그대로 쓸 수 없었습니다."
            ),
            efforts=[
                ("위원회 업무에 맞춘 AI·데이터 활용 가이드와 안내서를 직접 기획해 만들었습니다."),
                "‘데이터 나눔 주간’을 열어 현업의 어려움과 필요한 것을 모았습니다.",
                ("직원의 노하우와 전문가 조언을 한곳에 모으는 지식 크라우드소싱을 도입했습니다."),
                ("설치와 코딩 부담을 덜도록 업무 맞춤형 AI 분석 코드를 만들어 나눴습니다."),
            ],
            effect=(
                "노하우가 쌓이고 되돌아오는 구조가 생겨, 데이터에 근거해 일하고 업무를 "
                "자동화하는 문화가 자리 잡기 시작했습니다."
            ),
        ),
        ParsedNews(
            year=2025,
            title="수의계약 체결 시 확인서 제출·징구 부담 완화",
            kind=NewsKind.PROACTIVE,
            situation=(
                "이해충돌방지법 때문에 특정 기술이나 단독 생산처럼 예외가 인정되는 "
                "수의계약에서도 계약할 때마다 확인서를 받아야 해 기관과 업체 모두 "
                "번거로웠습니다."
            ),
            efforts=[
                "예외 사유에 해당하면 첫 계약 때 한 번만 확인서를 받도록 바꿨습니다.",
                "처음 받은 뒤 3년 동안은 같은 확인서를 다시 내지 않게 했습니다.",
            ],
            effect="업체의 부담이 줄고 계약이 빨라져 공공기관의 업무 효율이 올랐습니다.",
        ),
        ParsedNews(
            year=2025,
            title="5개 분야, 12개 기관 전문가와 함께 국민권익위원회 '자립가족' 출범",
            kind=NewsKind.PROACTIVE,
            situation=(
                "전국에 누적 1만여 명인 자립준비청년이 주거와 취업 같은 현실의 어려움에 "
                "더해 정서적으로도 불안한 상황에 놓여 있었습니다."
            ),
            efforts=[
                "청년 당사자와 관계기관 담당자를 직접 만나 필요한 도움을 들었습니다.",
                ("5개 분야 12개 기관의 전문가와 함께 가까이서 돕는 민관 네트워크를 꾸렸습니다."),
            ],
            effect=(
                "생활과 밀접한 분야의 전문가가 실질적인 도움을 주어 청년들의 홀로서기를 "
                "든든히 받치게 되었습니다."
            ),
        ),
    ],
    core_values=[
        ParsedNamed(
            name="공정",
            description="누구에게나 같은 기준을 적용해 억울한 사람이 없도록 합니다.",
        ),
        ParsedNamed(
            name="청렴",
            description="스스로 깨끗해야 공공 부문의 부패를 막을 수 있다고 믿습니다.",
        ),
        ParsedNamed(
            name="소통",
            description="민원인의 이야기를 끝까지 듣고 알기 쉬운 말로 답합니다.",
        ),
        ParsedNamed(
            name="적극행정",
            description="규정 뒤에 숨지 않고 국민에게 더 나은 방법을 먼저 찾습니다.",
        ),
    ],
    talent_traits=[
        ParsedNamed(
            name="공감하는 인재",
            description="민원인의 처지에서 문제를 보고 끝까지 책임지는 사람",
        ),
        ParsedNamed(
            name="원칙을 지키는 인재",
            description="압력과 청탁 앞에서도 법과 원칙을 지키는 사람",
        ),
        ParsedNamed(
            name="바꾸는 인재",
            description="반복되는 불편을 제도 개선으로 이어 가는 사람",
        ),
    ],
    hiring_steps=[
        "원서 접수",
        "서류전형",
        "필기시험",
        "면접시험",
        "임용",
    ],
    hiring_step_descriptions={
        "원서 접수": "블라인드 방식으로 온라인 지원서를 받습니다.",
        "서류전형": "자격 요건과 자기소개서를 확인합니다.",
        "필기시험": "NCS 직업기초능력과 직무 지식을 평가합니다.",
        "면접시험": "경험·상황 면접으로 공직 가치관과 소통 능력을 봅니다.",
        "임용": "결격 사유 조회 후 임용됩니다.",
    },
    hiring_counts=[
        ParsedHiringCount(
            year=2024,
            type_name="정규직",
            count=Decimal("12"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="무기계약직",
            count=Decimal("6"),
        ),
        ParsedHiringCount(
            year=2024,
            type_name="체험형 청년인턴",
            count=Decimal("15"),
        ),
        ParsedHiringCount(
            year=2025,
            type_name="정규직",
            count=Decimal("10"),
        ),
        ParsedHiringCount(
            year=2025,
            type_name="무기계약직",
            count=Decimal("4.5"),
        ),
        ParsedHiringCount(
            year=2025,
            type_name="체험형 청년인턴",
            count=Decimal("18"),
        ),
    ],
    prompts=[
        ParsedPrompt(
            year=2024,
            half="second",
            job_family="admin",
            text=(
                "공직자에게 청렴이 왜 중요한지, 본인이 원칙을 지키기 위해 불편을 감수했던 "
                "경험을 들어 서술해 주십시오."
            ),
            limit=1000,
            count_rule=CountRule.BYTES_CP949,
            competencies=[
                "직업윤리",
                "근로윤리",
            ],
        ),
        ParsedPrompt(
            year=2024,
            half="second",
            job_family="admin",
            text=(
                "관행이나 규정에 머물지 않고 더 나은 방법을 찾아 문제를 해결한 경험을 "
                "상황, 노력, 효과의 순서로 기술해 주십시오."
            ),
            limit=700,
            competencies=[
                "문제해결능력",
            ],
            answers=[
                ParsedAnswer(
                    headline="[같은 질문 세 번을 한 번으로 : 문의 전화 절반으로]",
                    body=(
                        "(상황) 구청 민원실에서 일할 때, 전입 신고와 함께 해야 하는 "
                        "신청을 몰라 같은 분이 세 번씩 방문하는 일이 잦았습니다.\n"
                        "(노력) 한 주 동안 방문 사유를 기록해 보니, 전입 뒤 꼭 필요한 "
                        "신청 다섯 가지를 한 번에 안내받지 못한 것이 원인이었습니다. 저는 "
                        "이를 한눈에 보이는 안내 카드로 만들자고 제안했고, 관련 부서 세 "
                        "곳에 내용을 확인받았습니다. 창구에서는 신고를 마칠 때 카드를 "
                        "드리며 해당하는 항목에 표시해 드렸습니다.\n"
                        "(효과) 한 달 뒤 같은 사유의 재방문과 문의 전화가 절반가량 "
                        "줄었고, 카드는 다른 동 주민센터에도 공유되었습니다. 규정을 "
                        "지키는 것에 더해 국민이 한 번에 일을 마치게 돕는 것이 "
                        "적극행정이라는 것을 배웠습니다."
                    ),
                    competencies=[
                        "문제해결능력",
                        "고객서비스능력",
                    ],
                ),
            ],
        ),
    ],
    reviews=[
        ParsedReview(
            year=2024,
            half="second",
            position="일반직",
            job="행정/민원 상담",
            result="passed",
            difficulty=3,
            atmosphere="normal",
            evaluation=(
                "(데모 예시) 경험 질문과 민원 상황 질문이 번갈아 나왔습니다. 답에 대한 "
                "꼬리 질문이 많아 실제 경험인지 확인하는 느낌이었습니다."
            ),
            tip=(
                "(데모 예시) 적극행정 사례를 두세 개 읽고, 자신의 경험을 상황·노력·효과로 "
                "정리해 가세요."
            ),
            questions=[
                ParsedQuestion(
                    text=(
                        "민원인이 화를 내며 규정상 불가능한 요구를 반복한다면 어떻게 "
                        "응대하시겠습니까?"
                    ),
                    question_type="situation",
                    hint=(
                        "감정을 먼저 인정하고, 안 되는 이유를 쉬운 말로 설명한 뒤, 가능한 "
                        "다른 방법을 제시하는 순서로 답합니다."
                    ),
                    competencies=[
                        "고객서비스능력",
                        "갈등관리능력",
                    ],
                ),
                ParsedQuestion(
                    text=("규정과 현실 사이에서 고민하다가 더 나은 해결책을 찾은 경험이 있습니까?"),
                    question_type="experience",
                    hint=(
                        "규정을 어기지 않으면서 국민 편의를 높인 방법이어야 합니다. "
                        "상황·노력·효과로 짧게 나눠 말합니다."
                    ),
                    competencies=[
                        "문제해결능력",
                    ],
                ),
            ],
        ),
    ],
    questions=[
        ParsedQuestion(
            text=("위원회의 여러 기능 가운데 가장 관심 있는 업무와 지원 동기를 말씀해 주세요."),
            question_type="personality",
            hint=(
                "고충민원, 부패 방지, 행정심판 가운데 하나를 고르고, 그 업무와 이어지는 "
                "본인의 경험을 연결합니다."
            ),
            competencies=[
                "조직이해능력",
            ],
        ),
        ParsedQuestion(
            text=(
                "최근 적극행정 우수사례 가운데 인상 깊었던 것을 하나 소개하고 이유를 말씀해 주세요."
            ),
            question_type="job",
            hint=(
                "사례의 상황·노력·효과를 요약한 뒤, 내가 그 자리에 있었다면 더할 점을 덧붙입니다."
            ),
            competencies=[
                "업무이해능력",
            ],
        ),
        ParsedQuestion(
            text="가까운 지인이 업무와 관련해 작은 부탁을 해 온다면 어떻게 하시겠습니까?",
            question_type="situation",
            hint=(
                "청탁금지법의 취지를 알고 있음을 보이고, 관계를 해치지 않으면서 분명히 "
                "거절하는 방법을 말합니다."
            ),
            competencies=[
                "직업윤리",
                "공동체윤리",
            ],
        ),
        ParsedQuestion(
            text=("보안 자료가 많은 기관에서 생성형 AI를 어디까지 활용해야 하는지 토론해 주세요."),
            question_type="discussion",
            hint=(
                "활용 이점과 보안 위험을 함께 짚고, 내부 전용 도구나 가이드 같은 절충안을 "
                "제시합니다."
            ),
            competencies=[
                "정보능력",
                "의사소통능력",
            ],
        ),
        ParsedQuestion(
            text=("자립준비청년이 지원 제도를 더 쉽게 알 수 있도록 홍보 방안을 발표해 주세요."),
            question_type="presentation",
            hint=(
                "대상의 생활 동선(학교, 아르바이트, 온라인)을 근거로 채널을 고르고 측정 "
                "지표를 함께 제시합니다."
            ),
            competencies=[
                "의사소통능력",
                "문제해결능력",
            ],
        ),
        ParsedQuestion(
            text=("여러 기관이나 사람의 의견을 모아 하나의 결과를 만든 경험을 말씀해 주세요."),
            question_type="experience",
            hint="이해관계가 달랐던 지점과 이를 조율한 나의 행동을 구체적으로 말합니다.",
            competencies=[
                "팀워크/협업",
                "협상능력",
            ],
        ),
    ],
)
