import pytest

from prep.coach.blind_hiring import find_leaks


def leaks(text):
    return [(leak.category, leak.excerpt) for leak in find_leaks(text)]


class TestAttribution:
    @pytest.mark.parametrize(
        "text",
        [
            "상담하던 민원인의 어머니가 간호사로 야간 근무를 하셔서 방문 시간을 옮겼습니다.",
            "민원인은 스물두 살 청년으로 첫 월세 계약에서 피해를 보았습니다.",
            "팀장님은 서울대 출신으로 통계에 밝으셨습니다.",
            "한 어르신은 고향인 여수 이야기를 자주 하셨습니다.",
            "동기 중 한 명은 육군 병장 출신이라 안전 수칙을 먼저 챙겼습니다.",
            "그분의 아들은 공장에서 일하다 다쳐 산재를 신청했습니다.",
            "수급자 가정의 아버지는 일용직으로 일하며 세 자녀를 키우고 있었습니다.",
            "참가자들은 20대 후반의 사회초년생이 많았습니다.",
        ],
    )
    def test_facts_about_other_people_in_the_story_are_not_leaks(self, text):
        assert leaks(text) == []

    @pytest.mark.parametrize(
        ("text", "excerpt"),
        [
            ("간호사로 일하시는 어머니를 보며 돌봄을 배웠습니다.", "간호사로 일하시는 어머니"),
            ("공무원이신 아버지의 영향을 받았습니다.", "공무원이신 아버지"),
            (
                "저는 어머니가 간호사로 일하시는 모습을 보고 자랐습니다.",
                "어머니가 간호사로 일하시는",
            ),
            ("스물여덟 살에 처음 자격증을 땄습니다.", "스물여덟 살"),
            ("서른을 앞두고 진로를 다시 고민했습니다.", "서른을 앞두고"),
            ("시어머니를 모시고 살며 돌봄을 배웠습니다.", "시어머니"),
            ("여학생 대표로서 학과 행사를 총괄했습니다.", "여학생 대표로서"),
            ("공군 정비병으로 항공기 부품을 점검했습니다.", "공군 정비병"),
            ("한림대 재학 중 봉사 동아리를 만들었습니다.", "한림대"),
            ("97년생 동기들과 팀을 꾸렸습니다.", "97년생"),
        ],
    )
    def test_facts_about_the_writer_and_family_are_leaks(self, text, excerpt):
        assert any(excerpt in found or found in excerpt for _, found in leaks(text)), leaks(text)

    def test_the_writer_as_a_later_subject_takes_the_fact_back(self):
        text = "팀장님은 바쁘셨고 제가 장남이라 집안일도 도맡았습니다."
        assert ("family", "장남") in leaks(text)

    def test_look_alike_words_are_not_leaks(self):
        assert leaks("장인 정신으로 한 땀씩 고쳤습니다. 서울 전역에서 캠페인을 열었습니다.") == []


@pytest.mark.parametrize(
    "text",
    [
        # A relative as subject belongs to the person named before it in the sentence.
        "할머니 한 분이 창구에 오셔서 손자가 군대에 가 있어 혼자 지내신다며 도움을 청하셨습니다.",
        "민원 창구에서 일할 때, 한 분은 딸이 교사이고 사위가 의사라며 "
        "지원 자격이 없다고 하셨습니다.",
        "프로그램에 참여한 중학생들은 대부분 한부모 가정이었고, "
        "부모님이 공장에서 늦게까지 일하셨습니다.",
        # A sentence honouring its subject, without the writer, goes on about the previous person.
        "어느 날 한 민원인이 찾아오셨습니다. "
        "아드님이 군에 입대해 연락이 닿지 않으신다며 방법을 물으셨습니다.",
    ],
)
def test_relatives_of_the_people_in_the_story_are_not_the_writers(text):
    assert find_leaks(text) == []


def test_a_sentence_without_an_honorific_after_someone_elses_story_is_the_writers():
    text = (
        "손님 중 한 분은 아드님이 공무원이라며 제도를 잘 알고 계셨습니다. "
        "서른을 앞두고 진로를 다시 고민했습니다."
    )
    assert [leak.category for leak in find_leaks(text)] == ["age"]


def test_what_someone_told_the_writer_about_their_family_is_theirs():
    text = "멘토링에서 한 학생을 만났다. 아버지가 택시 운전을 해서 주말에도 혼자 지낸다고 했다."
    assert find_leaks(text) == []


def test_the_writer_telling_someone_about_their_own_family_is_still_a_leak():
    text = "팀장님은 회의를 이끌었다. 아버지가 경찰이라 저는 규칙을 중시한다고 말씀드렸다."
    assert [leak.category for leak in find_leaks(text)] == ["family"]


def test_a_parent_in_a_household_the_writer_visited_is_not_the_writers():
    assert find_leaks("방문한 집의 어머니께서는 식당에서 일하고 계셨습니다.") == []
    assert [leak.category for leak in find_leaks("저희 집의 어머니는 간호사입니다.")] == ["family"]


@pytest.mark.parametrize(
    "text",
    [
        # A kin word without a possessor that is the one telling its story is someone else's.
        "할머니께서는 예전에 버스 안내원으로 일하셨다며 교통비 지원을 물으셨습니다.",
        "아버지께서 요즘 공사장에 나가신다고 하시며 한 아이가 급식비 감면을 문의했습니다.",
        "할아버지께서는 부인이 간호사였다고 하시며 옛 사진을 보여 주셨습니다.",
        # …or modifies a person in the story.
        "어머니가 미용실을 운영한다는 한 참가자는 주말마다 가게 일을 도왔습니다.",
    ],
)
def test_a_kin_word_telling_someone_elses_story_is_not_the_writers(text):
    assert find_leaks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "누나가 다니는 대학교의 교수님께 추천서를 부탁드렸습니다.",
        "동생이 초등학교에 다닐 때 학부모 회의에 함께 갔습니다.",
        "조카가 다니는 유치원의 교사는 아이들 이름을 모두 외우고 계셨습니다.",
    ],
)
def test_a_relative_going_to_school_is_no_family_job(text):
    assert [leak for leak in find_leaks(text) if leak.category == "family"] == []


@pytest.mark.parametrize(
    "text",
    [
        "아버지께서는 우체국 집배원으로 일하시며 늘 새벽에 나가셨습니다.",
        "저희 어머니께서 보건소에서 일하셨다며 동네 분들이 안부를 물으셨습니다.",
        "아버지께서 공무원이셨는데, 늘 정직하라고 말씀하셨습니다.",
        "아버지께서 택시 운전을 하신다고 면접관께 말씀드렸습니다.",
    ],
)
def test_the_writers_family_told_by_the_writer_is_still_a_leak(text):
    assert [leak.category for leak in find_leaks(text)] == ["family"]


@pytest.mark.parametrize(
    "text",
    [
        # A person named by name: 씨, or a given name with the familiar 이.
        "박 씨는 마흔여덟 살로, 택배 상하차 일을 하다 허리를 다쳤습니다.",
        "서연이는 아홉 살이었고, 어머니가 마트에서 일하셔서 방과 후에 혼자 지냈습니다.",
        "민준이는 열 살로, 아버지가 배달 일을 하셔서 저녁을 혼자 먹었습니다.",
        # Someone introduced as the one spoken to, then what they said.
        "복도에서 울고 있던 한 학생에게 이유를 물었습니다. "
        "아버지가 공장을 그만두셔서 급식비를 못 낸다고 했습니다.",
        # A topic on an adverbial (주말에는) does not take the clause back to the writer.
        "동아리 후배 한 명은 부모님이 과수원을 하셔서 수확철 주말에는 고향에 내려갔습니다.",
    ],
)
def test_people_named_or_spoken_to_keep_their_facts(text):
    assert find_leaks(text) == []


def test_a_family_pointed_back_to_is_the_one_in_the_story():
    text = "그 가족은 재작년에 광주에서 왔고, 아버지는 경비 일을, 어머니는 미용실 일을 하셨습니다."
    assert find_leaks(text) == []


def test_the_writer_as_subject_of_a_time_clause_leaves_the_relatives_job_a_leak():
    text = "아버지께서는 제가 태어날 무렵 우체국 집배원으로 일하셨습니다."
    assert [leak.category for leak in find_leaks(text)] == ["family"]


def test_the_writer_as_subject_of_a_main_clause_takes_the_sentence_back():
    text = "어머니께서는 바쁘셨고, 저는 복지관에서 근무하며 어르신들을 도왔습니다."
    assert [leak for leak in find_leaks(text) if leak.category == "family"] == []


def test_a_relative_in_a_story_the_writer_heard_out_is_the_tellers():
    text = "이야기를 들어 보니 아버지가 택배 일을 하다 다치셨고, 어머니는 요양원에서 일하셨습니다."
    assert find_leaks(text) == []


def test_what_the_writer_heard_about_a_relative_is_still_the_writers():
    text = "어머니께서 젊었을 때 간호사로 일하셨다고 들었습니다."
    assert [leak.category for leak in find_leaks(text)] == ["family"]


@pytest.mark.parametrize(
    "text",
    [
        "상담한 청년은 시삼촌 가게에서 일한다고 했습니다.",
        "한 어르신은 스물아홉 살에 군에 입대하셨다고 했습니다.",
        "아이의 작은고모가 대신 서류를 내러 오셨습니다.",
        "민원인은 열아홉 살에 집을 나와 혼자 산다고 했습니다.",
        "선배는 명륜캠에서 공부했다고 했습니다.",
        "후배 하나는 여학생 대표로서 축제를 꾸렸다고 들었습니다.",
    ],
)
def test_new_forms_about_other_people_stay_theirs(text):
    assert leaks(text) == []


def test_a_school_before_a_student_noun_is_the_writers_when_the_writer_takes_that_role():
    assert ("school", "충북대") in leaks("충북대 학생으로서 지역 축제를 도왔습니다.")
    assert leaks("충북대 학생이 길을 물어 와서 안내했습니다.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a quotation standing as its own sentence, with its speaker in the next sentence
        "“우리 엄마는 미용실을 해요.” 수업이 끝나자 하준이가 조용히 말했습니다.",
        "“할아버지가 배를 타셨어요.” 옆자리 아이가 자랑하듯 말했습니다.",
        # whose account the writer heard, carried into the next sentence
        "저는 신청인의 사연을 들었습니다. 남편이 화물차를 몬다고 하셨습니다.",
        # a given name owned by a place or one of a group named just before
        "공부방의 서윤이는 외할머니 손에서 자랐습니다.",
        "학생들 가운데 도윤은 어머니가 새벽 시장에서 일한다고 했습니다.",
        # a colleague called 형님 in a clause of working together
        "물류센터에서 같이 일한 형님은 지게차 운전을 가르쳐 주었습니다.",
    ],
)
def test_speakers_names_and_colleagues_in_the_story_own_their_facts(text):
    assert leaks(text) == []


def test_the_writers_own_quoted_words_and_a_relatives_words_stay_the_writers():
    assert leaks("“어머니가 간호사셔서 병원이 익숙합니다.” 제가 면접에서 말했습니다.") != []
    assert leaks("“너희 할아버지는 광부셨다.” 아버지가 말씀하셨습니다.") != []


@pytest.mark.parametrize(
    "text",
    [
        # a description of the person the sentence before was about goes on
        "면담한 구직자는 40대 가장이었습니다. 아내와 이혼한 뒤 원룸에서 혼자 지내고 있었습니다.",
        "새로 배치된 병사는 말이 적었습니다. 스물한 살로, 전라도에서 올라와 있었습니다.",
        "그 아이는 고모 집에서 살았습니다. 부모님은 모두 먼 도시에서 일하고 있었습니다.",
        # an account announced, then told
        "신청인의 사정은 이랬습니다. 시아버지를 모시고 살며 남편 대신 농사를 지어 왔습니다.",
    ],
)
def test_a_description_of_someone_goes_on_into_a_sentence_without_a_subject(text):
    assert leaks(text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        # a sentence of doing after one about someone else is the writer's own
        (
            "동료들은 지쳐 있었습니다. 스물다섯 살 막내였지만 먼저 분위기를 띄웠습니다.",
            "스물다섯 살",
        ),
        # a sentence with a subject of its own is about that subject
        (
            "그 집은 조손 가정이었습니다. 해병대에서 익힌 체력 덕분에 짐 나르기가 쉬웠습니다.",
            "해병대",
        ),
        # a state (화가 나 있었다) brings no one on stage for the next sentence
        (
            "고객은 화가 나 있었습니다. 어머니가 간호사라 아픈 사람의 마음을 잘 압니다.",
            "어머니가 간호사라",
        ),
        ("선배는 말이 없었습니다. 저는 서른둘이었고 신입이었습니다.", "서른둘"),
    ],
)
def test_the_writers_own_sentence_after_one_about_someone_else_stays_the_writers(text, excerpt):
    assert any(excerpt in e for _, e in leaks(text)), leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        "동네 아이들을 위해 걸스카우트 단원들과 환경 캠페인을 열었습니다.",
        "혹한기 훈련 이야기를 하시는 참전 어르신의 목소리가 떨렸습니다.",
        "수강생 가운데 스물두 살 세 명은 첫 직장을 구하는 중이었습니다.",
    ],
)
def test_a_group_of_others_a_second_relative_clause_and_a_count_of_people_own_the_fact(text):
    assert leaks(text) == []


def test_a_mention_made_into_plural_people_by_suffixes_is_theirs():
    assert leaks("특강을 들으러 온 여고생들은 질문이 많았습니다.") == []
    assert ("name_gender", "여고") in leaks("저는 여고생 시절 방송반에서 일했습니다.")


def test_an_age_or_marriage_in_a_clause_describing_a_relative_is_the_relatives():
    assert leaks("서른에 혼인하신 고모를 축하하러 갔습니다.") == []
    assert leaks("열아홉 살에 아이를 낳고 혼자 키운다는 어머니를 상담했습니다.") == []
    assert ("age", "스물넷") in leaks("스물넷에 결혼한 저는 일과 가정을 함께 챙겼습니다.")


def test_a_relative_the_writer_counsels_is_a_clients_relative():
    assert leaks("해군에서 복무 중인 아들을 둔 어머니를 상담했습니다.") == []
    assert leaks("요양보호사로 일하시는 어머님께 안내해 드렸습니다.") == []
    found = leaks("간호사로 일하시는 어머니를 모시고 병원에 갔습니다.")
    assert ("family", "간호사로 일하시는 어머니") in found


def test_a_peer_set_against_the_writer_owns_the_age_but_a_school_peer_shares_the_school():
    assert leaks("1994년생 입사 동기는 저보다 한 해 먼저 승진했습니다.") == []
    assert ("school", "부산대") in leaks("부산대 동기는 저와 달리 대학원에 진학했습니다.")


def test_a_fact_in_brackets_after_a_person_and_a_groups_average_are_theirs():
    assert leaks("신청인 B씨(31세)는 첫 전세 계약을 앞두고 있었습니다.") == []
    assert leaks("교육생 평균 나이는 마흔둘이었습니다.") == []
    assert ("age", "27세") in leaks("저(27세)는 팀의 막내였습니다.")


def test_a_person_noun_ending_a_compound_after_an_age_is_who_the_age_belongs_to():
    assert leaks("주 고객층은 40대 초반 자영업 가장이었습니다.") == []
    assert ("age", "20대 후반") in leaks("저는 20대 후반 직장인으로서 저축 습관을 길렀습니다.")
