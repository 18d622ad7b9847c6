"""Catalogue-wide demo rows: survey categories, hiring types with our explanations, the two
company competencies the demo names, and interview questions any company may ask."""

from prep.catalog.importers.parsed import ParsedCatalogue, ParsedCompetency, ParsedQuestion

CATALOGUE = ParsedCatalogue(
    survey_categories=[
        "조직문화/분위기",
        "연봉/복지",
        "커리어/성장",
        "근무시간/휴가",
        "경영진/비전",
    ],
    hiring_types={
        "정규직": "기간의 정함이 없이 채용되어 승진·보수 체계를 모두 적용받는 직원입니다.",
        "무기계약직": (
            "계약 기간 없이 일하지만 정규직과 다른 직무·보수 체계를 따르는 직원입니다. "
            "소수점 인원은 시간선택제로 채용한 인원을 근무시간으로 환산한 값입니다."
        ),
        "채용형 청년인턴": (
            "인턴으로 일정 기간 근무한 뒤 평가를 거쳐 일부가 신입 직원으로 임용되는 전형입니다."
        ),
        "체험형 청년인턴": (
            "채용과 직접 이어지지 않는 직무 체험 인턴입니다. 기관에 따라 이후 신입 "
            "공채에서 가점을 주기도 합니다."
        ),
        "신입 공채": "정기 공개채용으로 뽑는 신입 정규직입니다.",
        "경력 수시": "필요한 직무가 생길 때마다 수시로 뽑는 경력 정규직입니다.",
    },
    competencies=[
        ParsedCompetency(
            name="직무전문성",
            definition="지원 직무에 필요한 지식과 경험을 갖추고 실제 업무에 적용하는 힘.",
        ),
        ParsedCompetency(
            name="팀워크/협업",
            definition="구성원과 역할을 나누고 의견을 모아 함께 성과를 내는 힘.",
            area="대인관계능력",
        ),
    ],
    questions=[
        ParsedQuestion(
            text="1분 동안 자기소개를 해 주세요.",
            question_type="personality",
            hint=(
                "지원 직무와 이어지는 강점 하나를 중심에 두고, 그 강점을 보여 주는 경험 "
                "한 줄과 입사 후 기여로 마무리합니다. 출신 학교나 가족 이야기는 넣지 "
                "않습니다."
            ),
            competencies=[
                "의사표현능력",
            ],
        ),
        ParsedQuestion(
            text="우리 회사(기관)에 지원한 동기는 무엇입니까?",
            question_type="personality",
            hint=(
                "회사의 최근 사업이나 가치 하나와 나의 경험을 연결합니다. 누구에게나 할 "
                "수 있는 칭찬은 피합니다."
            ),
            competencies=[
                "조직이해능력",
            ],
        ),
        ParsedQuestion(
            text="팀 안에서 갈등이 생겼을 때 어떻게 해결했는지 말씀해 주세요.",
            question_type="experience",
            hint=(
                "상황은 짧게, 내가 한 행동은 길게 말합니다. 상대를 탓하지 말고 관계가 "
                "어떻게 나아졌는지로 끝맺습니다."
            ),
            competencies=[
                "갈등관리능력",
                "팀워크능력",
            ],
        ),
        ParsedQuestion(
            text="가장 크게 실패했던 경험과 그로부터 배운 점은 무엇입니까?",
            question_type="experience",
            hint=(
                "실패를 작게 포장하지 말고, 원인을 스스로 분석한 과정과 다음에 달라진 "
                "행동을 구체적으로 말합니다."
            ),
            competencies=[
                "자아인식능력",
                "자기관리능력",
            ],
        ),
        ParsedQuestion(
            text="입사 후 5년 동안 이루고 싶은 목표는 무엇입니까?",
            question_type="personality",
            hint=("직무 역량을 쌓는 단계와 조직에 기여하는 단계를 나눠, 현실적인 목표를 말합니다."),
            competencies=[
                "경력개발능력",
            ],
        ),
        ParsedQuestion(
            text="팀 프로젝트에서 한 팀원이 맡은 일을 하지 않는다면 어떻게 하시겠습니까?",
            question_type="situation",
            hint=(
                "사정을 먼저 묻고, 역할을 다시 나누거나 일정을 조정하는 구체적인 방법을 제시합니다."
            ),
            competencies=[
                "팀워크능력",
                "리더십능력",
            ],
        ),
        ParsedQuestion(
            text="업무 마감이 겹쳤을 때 우선순위를 어떻게 정하십니까?",
            question_type="situation",
            hint=(
                "중요도와 긴급도, 다른 사람에게 미치는 영향을 기준으로 말하고, 관련된 "
                "사람과 미리 소통한다는 점을 보여 줍니다."
            ),
            competencies=[
                "시간관리능력",
            ],
        ),
        ParsedQuestion(
            text="고객이 규정에 없는 예외를 요구하며 담당자 이름을 묻는다면 어떻게 하시겠습니까?",
            question_type="situation",
            hint=(
                "감정을 먼저 받아 주고, 규정의 취지와 할 수 있는 대안을 설명하며, 필요하면 "
                "상급자와 함께 답을 찾는다는 순서로 말합니다."
            ),
            competencies=[
                "의사소통능력",
                "직업윤리",
            ],
        ),
        ParsedQuestion(
            text="고령층이 디지털 창구를 쉽게 쓰도록 돕는 방안을 5분 동안 발표해 주세요.",
            question_type="presentation",
            hint=(
                "지금 겪는 어려움, 원인, 바꿀 점 두세 가지, 드는 비용과 기대 효과, 첫 단계의 "
                "순서로 구성합니다."
            ),
            competencies=[
                "문제해결능력",
                "의사소통능력",
            ],
        ),
        ParsedQuestion(
            text="주 4일 근무제를 공공기관에 먼저 도입해야 한다는 주장에 대한 입장을 밝혀 주세요.",
            question_type="discussion",
            hint=(
                "찬반 한쪽을 분명히 정하고 근거 두 가지를 들되, 반대편의 걱정도 인정하고 "
                "절충안을 제시합니다."
            ),
            competencies=[
                "의사소통능력",
                "대인관계능력",
            ],
        ),
        ParsedQuestion(
            text="마지막으로 하고 싶은 말이 있습니까?",
            question_type="personality",
            hint=("앞에서 충분히 말하지 못한 강점 하나를 짧게 보충하고 감사 인사로 마무리합니다."),
            competencies=[
                "의사표현능력",
            ],
        ),
    ],
)
