"""fit_deeds and the fit20 additions to fit_shapes, on sentences written for these tests."""

import pytest

from prep.coach.fit_deeds import deed_concepts, without_lookalikes
from prep.coach.fit_shapes import joint_work, kept_with
from prep.coach.morph import concepts


def _keys(text):
    return {c.key for c in deed_concepts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "시각장애가 있는 손님도 함께 관람할 수 있도록 음성 안내 파일을 만들었습니다.",
        "그동안 한 번도 모임에 못 나오시던 어르신들까지 같이 하실 수 있었습니다.",
        "허리가 불편한 주민께는 제가 서류를 들고 댁으로 찾아갔습니다.",
        "할머니의 보폭에 맞춰 천천히 걸음을 맞추며 약국까지 갔습니다.",
    ],
)
def test_someone_kept_alongside_is_together(text):
    assert "동행" in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "친구도 함께 여행을 갔습니다.",
        "팀원들과 회의 일정을 맞췄습니다.",
        "시계를 맞추고 출근했습니다.",
    ],
)
def test_company_or_chores_are_not_together(text):
    assert "동행" not in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "장학금은 먼저 찾아온 학생이 아니라 소득 점수 순으로 배정하자고 했습니다.",
        "선발 기준을 강의실 앞에 붙였습니다.",
        "빈칸을 추측으로 적으면 편했지만 전화로 확인한 뒤에만 기입했습니다.",
        "손님이 한 번만 봐 달라며 돈을 건넸지만 정중히 돌려 드렸습니다.",
    ],
)
def test_one_rule_for_everyone_is_fair(text):
    assert "공정" in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "선착순으로 줄을 섰습니다.",
        "기준 금리가 올랐다는 뉴스를 보았습니다.",
        "짐작으로 채운 답이 맞았습니다.",
        "사정을 봐 달라고 부탁해 승낙을 받았습니다.",
    ],
)
def test_look_alikes_are_not_fair(text):
    assert "공정" not in _keys(text)


def test_production_step_is_not_fairness():
    text = "세척, 건조, 포장으로 이어지는 공정을 지켰고 공정마다 점검표를 두었습니다."
    kept = without_lookalikes(text, concepts(text))
    assert "공정" not in {c.key for c in kept}


def test_fairness_noun_stays():
    text = "누구에게나 공정을 지키려 했습니다."
    kept = without_lookalikes(text, concepts(text))
    assert "공정" in {c.key for c in kept}


def test_practicum_as_setting_is_dropped_but_learning_stays():
    setting = "지역아동센터 실습에서 간식을 나눴습니다."
    assert "실습" not in {c.key for c in without_lookalikes(setting, concepts(setting))}
    learning = "새 장비를 매일 실습하며 익혔습니다."
    assert "실습" in {c.key for c in without_lookalikes(learning, concepts(learning))}


def test_going_between_two_parties_is_joint_work():
    text = "영업 과장님과 물류 담당자를 오가며 납기 일정을 같이 정했습니다."
    assert joint_work(text)
    assert not joint_work("저는 집과 학교를 오가며 통학했습니다.")


def test_distressed_person_is_kept_with():
    assert kept_with("길을 잃은 외국인 관광객이 울먹이며 다가왔습니다.")
    assert not kept_with("영화를 보다가 제가 울먹였습니다.")
