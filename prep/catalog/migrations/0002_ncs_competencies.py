"""Loads the NCS 직업기초능력 taxonomy: 10 areas and their 34 sub-skills.

Definitions are short paraphrases written by the team for candidates, not the official text.
"""

from django.db import migrations

NCS = [
    (
        "의사소통능력",
        "글과 말로 뜻을 정확히 주고받는 능력.",
        [
            ("문서이해능력", "업무 문서를 읽고 핵심과 요구 사항을 파악하는 능력."),
            ("문서작성능력", "목적에 맞게 읽기 쉬운 문서를 쓰는 능력."),
            ("경청능력", "상대의 말을 끝까지 듣고 의도를 이해하는 능력."),
            ("의사표현능력", "자기 생각을 상황에 맞게 말로 전하는 능력."),
            ("기초외국어능력", "업무에 필요한 외국어를 읽고 간단히 소통하는 능력."),
        ],
    ),
    (
        "수리능력",
        "숫자와 자료를 다루어 업무 판단에 쓰는 능력.",
        [
            ("기초연산능력", "업무에 필요한 계산을 정확히 하는 능력."),
            ("기초통계능력", "평균·비율 같은 통계로 자료의 경향을 읽는 능력."),
            ("도표분석능력", "표와 그래프에서 의미 있는 정보를 찾는 능력."),
            ("도표작성능력", "자료를 한눈에 보이도록 표와 그래프로 만드는 능력."),
        ],
    ),
    (
        "문제해결능력",
        "문제의 원인을 찾고 알맞은 해결책을 실행하는 능력.",
        [
            ("사고력", "논리적·비판적·창의적으로 생각해 답을 찾는 힘."),
            ("문제처리능력", "문제를 정의하고 대안을 세워 실행·평가하는 능력."),
        ],
    ),
    (
        "자기개발능력",
        "스스로를 알고 관리하며 꾸준히 성장하는 능력.",
        [
            ("자아인식능력", "자신의 강점과 약점, 흥미를 객관적으로 아는 능력."),
            ("자기관리능력", "목표를 세우고 시간과 감정을 스스로 관리하는 능력."),
            ("경력개발능력", "직업 목표를 세우고 필요한 역량을 계획적으로 쌓는 능력."),
        ],
    ),
    (
        "자원관리능력",
        "시간·예산·물자·사람을 효율적으로 배분하는 능력.",
        [
            ("시간관리능력", "일정의 우선순위를 정해 기한 안에 일을 마치는 능력."),
            ("예산관리능력", "비용을 계획하고 집행을 관리하는 능력."),
            ("물적자원관리능력", "장비와 물품을 필요한 곳에 알맞게 쓰는 능력."),
            ("인적자원관리능력", "사람의 역량에 맞게 역할을 나누고 배치하는 능력."),
        ],
    ),
    (
        "대인관계능력",
        "다른 사람과 원만하게 협력하고 관계를 맺는 능력.",
        [
            ("팀워크능력", "공동 목표를 위해 구성원과 협력하는 능력."),
            ("리더십능력", "방향을 제시하고 구성원의 참여를 이끄는 능력."),
            ("갈등관리능력", "의견 충돌의 원인을 찾아 합의로 이끄는 능력."),
            ("협상능력", "서로의 이익을 조율해 합의점을 찾는 능력."),
            ("고객서비스능력", "고객의 요구를 파악하고 만족스럽게 응대하는 능력."),
        ],
    ),
    (
        "정보능력",
        "필요한 정보를 찾고 가공해 업무에 활용하는 능력.",
        [
            ("컴퓨터활용능력", "업무 프로그램과 정보 시스템을 능숙하게 쓰는 능력."),
            ("정보처리능력", "정보를 수집·분석·관리해 의미 있게 쓰는 능력."),
        ],
    ),
    (
        "기술능력",
        "업무에 필요한 기술을 이해하고 고르고 적용하는 능력.",
        [
            ("기술이해능력", "기술의 원리와 절차를 이해하는 능력."),
            ("기술선택능력", "상황에 가장 알맞은 기술을 고르는 능력."),
            ("기술적용능력", "선택한 기술을 실제 업무에 적용하고 개선하는 능력."),
        ],
    ),
    (
        "조직이해능력",
        "조직의 목적·구조·문화와 업무 흐름을 이해하는 능력.",
        [
            ("국제감각", "국제 동향과 다른 문화를 이해하고 업무에 반영하는 감각."),
            ("조직체제이해능력", "조직의 구조와 규정, 의사결정 체계를 아는 능력."),
            ("경영이해능력", "조직의 경영 목표와 전략을 이해하는 능력."),
            ("업무이해능력", "맡은 업무의 목적과 절차, 연관 업무를 아는 능력."),
        ],
    ),
    (
        "직업윤리",
        "일에 대한 바른 태도와 사회적 책임을 지키는 자세.",
        [
            ("근로윤리", "성실하고 정직하며 원칙을 지켜 일하는 태도."),
            ("공동체윤리", "봉사·책임·준법·예절로 공동체에 기여하는 태도."),
        ],
    ),
]


def load(apps, schema_editor):
    Competency = apps.get_model("catalog", "Competency")
    for area_order, (area_name, area_definition, skills) in enumerate(NCS, start=1):
        area, _ = Competency.objects.update_or_create(
            name=area_name,
            kind="ncs_area",
            defaults={"definition": area_definition, "order": area_order},
        )
        for skill_order, (skill_name, skill_definition) in enumerate(skills, start=1):
            Competency.objects.update_or_create(
                name=skill_name,
                kind="ncs_skill",
                defaults={"definition": skill_definition, "order": skill_order, "parent": area},
            )


def unload(apps, schema_editor):
    Competency = apps.get_model("catalog", "Competency")
    Competency.objects.filter(kind__in=["ncs_area", "ncs_skill"]).delete()


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
