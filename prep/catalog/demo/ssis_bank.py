"""한국사회보장정보원's question bank for the demo (prompts with a sample answer, an interview
review and general questions), in our own words; `ssis.py` holds its profile. Facts (years,
limits, competency names) come from the institution's 2024 company-analysis report.
"""

from prep.catalog.importers.parsed import (
    ParsedAnswer,
    ParsedPrompt,
    ParsedQuestion,
    ParsedReview,
)
from prep.catalog.models import CountRule

PROMPTS = [
    ParsedPrompt(
        year=2023,
        half="second",
        job_family="admin",
        text=(
            "예상하지 못한 문제가 생겼을 때 원인을 분석하고 해결한 경험을 구체적으로 "
            "서술해 주십시오."
        ),
        limit=1000,
        competencies=[
            "문제해결능력",
        ],
        answers=[
            ParsedAnswer(
                headline="[흩어진 서류 안내를 한 장의 점검표로 : 보완 요청 40% 감소]",
                body=(
                    "행정 인턴으로 일하던 주민센터에서 복지 급여 신청서의 보완 요청이 "
                    "잦아 처리가 늦어지는 문제가 있었습니다. 담당 주무관님은 신청인이 "
                    "서류를 빠뜨린다고만 생각하셨지만, 저는 한 달 치 보완 사유를 표로 "
                    "정리해 보았습니다. 그 결과 보완의 절반 이상이 같은 세 가지 "
                    "서류에서 나왔고, 안내문마다 필요한 서류의 이름이 조금씩 다르게 "
                    "적혀 있다는 점을 찾았습니다.\n"
                    "원인이 신청인이 아니라 안내 방식에 있다고 보고, 급여 종류별로 "
                    "필요한 서류를 한 장에 모은 점검표를 만들자고 제안했습니다. 팀원 "
                    "두 분과 문구를 맞추고, 어르신도 읽기 쉽도록 글자를 키우고 예시 "
                    "사진을 넣었습니다. 창구에서는 접수 전에 점검표로 함께 확인하는 "
                    "절차를 더했습니다.\n"
                    "두 달 뒤 보완 요청은 이전보다 약 40% 줄었고, 점검표는 다른 "
                    "창구에서도 쓰이게 되었습니다. 이 경험으로 문제를 사람의 탓으로 "
                    "돌리기 전에 자료로 원인을 확인해야 한다는 것을 배웠습니다. "
                    "사회보장 정보시스템을 다루는 자리에서도 데이터로 원인을 찾고, "
                    "현장이 쓰기 쉬운 방법으로 바꾸는 직원이 되겠습니다."
                ),
                competencies=[
                    "문제해결능력",
                    "직무전문성",
                ],
            ),
        ],
    ),
    ParsedPrompt(
        year=2024,
        half="first",
        job_family="it",
        text=(
            "개인정보를 다루는 기관의 구성원으로서 지켜야 할 원칙은 무엇이라고 "
            "생각하는지, 그 원칙을 실제로 지킨 경험과 함께 기술해 주십시오."
        ),
        limit=1500,
        count_rule=CountRule.BYTES_CP949,
        line_break_weight=2,
        competencies=[
            "직업윤리",
            "정보능력",
        ],
    ),
    ParsedPrompt(
        year=2024,
        half="first",
        job_family="admin",
        text="우리 원에 지원한 동기와 입사 후 이루고 싶은 목표를 기술해 주십시오.",
        limit=800,
        count_rule=CountRule.CHARS_NO_SPACES,
        competencies=[
            "조직이해능력",
        ],
    ),
]

REVIEWS = [
    ParsedReview(
        year=2023,
        half="first",
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
            "지원 직무가 무슨 일을 하는지 먼저 정리해 가세요. NCS 질문은 상황과 "
            "행동을 짧고 분명하게 나눠 답하는 연습이 도움이 됩니다."
        ),
        questions=[
            ParsedQuestion(
                text="갈등을 해결해 본 경험이 있다면 말씀해 주세요.",
                question_type="experience",
                hint=(
                    "갈등의 원인을 한 문장으로 정리하고, 내가 한 행동과 관계가 어떻게 "
                    "회복되었는지를 중심으로 답합니다."
                ),
                competencies=[
                    "갈등관리능력",
                ],
            ),
            ParsedQuestion(
                text="상사가 부당한 지시를 내린다면 어떻게 하시겠습니까?",
                question_type="situation",
                hint=(
                    "무조건 거절도, 무조건 따름도 아닌 답을 준비합니다. 규정을 "
                    "확인하고 근거를 들어 정중히 의견을 말하며, 필요하면 공식 절차를 "
                    "따른다는 흐름이 좋습니다."
                ),
                competencies=[
                    "직업윤리",
                ],
            ),
        ],
    ),
]

QUESTIONS = [
    ParsedQuestion(
        text=(
            "행복이음, 희망이음, 복지로 가운데 하나를 골라 사용자로서 개선하고 싶은 "
            "점을 말씀해 주세요."
        ),
        question_type="job",
        hint=(
            "시스템의 실제 사용자(공무원, 시설 종사자, 국민)를 구분하고, 불편 하나와 "
            "현실적인 개선안 하나를 구체적으로 제시합니다."
        ),
        competencies=[
            "정보능력",
            "직무전문성",
        ],
    ),
    ParsedQuestion(
        text=(
            "가명정보를 연구에 활용하는 것과 개인정보 보호 사이의 균형을 어떻게 "
            "잡아야 한다고 생각하십니까?"
        ),
        question_type="job",
        hint=(
            "개인정보 안심구역처럼 안전한 환경에서 활용하는 방법을 예로 들고, 보호가 "
            "우선이라는 원칙을 분명히 합니다."
        ),
        competencies=[
            "직업윤리",
            "정보처리능력",
        ],
    ),
    ParsedQuestion(
        text=("우리 원의 핵심가치 가운데 본인과 가장 잘 맞는 것은 무엇이며, 이유는 무엇입니까?"),
        question_type="personality",
        hint="가치 이름만 말하지 말고, 그 가치를 보여 준 짧은 경험 하나를 붙입니다.",
        competencies=[
            "조직이해능력",
        ],
    ),
    ParsedQuestion(
        text="의견이 엇갈릴 때 자료를 근거로 상대를 설득한 경험이 있습니까?",
        question_type="experience",
        hint=(
            "어떤 자료를 왜 골랐는지, 상대의 입장을 어떻게 반영했는지가 핵심입니다. "
            "결과는 숫자로 말합니다."
        ),
        competencies=[
            "문제해결능력",
            "의사소통능력",
        ],
    ),
    ParsedQuestion(
        text=("복지 사각지대의 위기 가구를 더 일찍 찾기 위한 데이터 활용 방안을 발표해 주세요."),
        question_type="presentation",
        hint=(
            "현재의 발굴 방식, 부족한 점, 추가할 데이터나 절차, 개인정보 보호 장치, "
            "기대 효과의 순서로 구성합니다."
        ),
        competencies=[
            "문제해결능력",
            "정보능력",
        ],
    ),
    ParsedQuestion(
        text=(
            "에너지 바우처처럼 신청해야 받는 복지를 온라인으로 넓힐 때 생길 문제와 "
            "해결책을 토론해 주세요."
        ),
        question_type="discussion",
        hint=(
            "디지털 취약계층을 놓치지 않는 방안을 함께 말하고, 상대 의견을 요약한 뒤 "
            "덧붙이는 태도를 보여 줍니다."
        ),
        competencies=[
            "의사소통능력",
            "팀워크능력",
        ],
    ),
]
