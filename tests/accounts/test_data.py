"""Export everything a candidate created; delete it all with the account.

The fixture builds one of everything, and `owned_models()` walks every model that points at the
user, directly or through another owned model. A model added later without a row here fails
`test_one_of_everything_is_really_everything`, so nothing can silently escape export or deletion.
"""

import io
import json
import zipfile

import pytest
from allauth.account.models import EmailAddress, EmailConfirmation
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.utils import timezone

from accounts import data
from accounts.models import User
from prep.applications.models import CalendarFeed
from prep.catalog.models import TargetCompany
from prep.catalog.own_companies import OwnCompanyDetails, Part, PromptRow, save_own_company
from prep.practice.interviews.recordings import save_recording
from prep.practice.models import (
    DismissedFinding,
    PartnerFeedback,
    Preparation,
    ReviewLog,
    SessionShare,
)
from tests.audio_samples import recording
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    CompetencyFactory,
    DraftFactory,
    DraftRevisionFactory,
    MockSessionFactory,
    ReviewCardFactory,
    SessionQuestionFactory,
)

pytestmark = pytest.mark.django_db

# Rows that point at a user but are not the candidate's own content.
NOT_CANDIDATE_DATA = {"admin.logentry"}
# Parts of a company page that only the catalogue's companies have: a candidate's own company
# (내 지원처, which cascades from the user) holds values, traits, news and prompts only.
CURATED_ONLY = {
    f"catalog.{name}"
    for name in (
        "businesssegment",
        "satisfactionsurvey",
        "surveyscore",
        "surveyquote",
        "hiringstep",
        "hiringcount",
        "companyfigure",
        "interviewreview",
        "interviewquestion",
        "sampleanswer",
        "posting",
        "postingstep",
        "postingprompt",
    )
}


def owned_models() -> set[str]:
    owned = {User}
    changed = True
    while changed:
        changed = False
        # Many-to-many rows travel with their owner (a draft's tags are in the draft's row).
        for model in apps.get_models():
            if model in owned or model._meta.label_lower in NOT_CANDIDATE_DATA | CURATED_ONLY:
                continue
            if model._meta.proxy:  # the same rows as its concrete model (admin's OwnCompany)
                continue
            for field in model._meta.get_fields():
                if (
                    isinstance(field, models.ForeignKey)
                    and field.remote_field.model in owned
                    and field.remote_field.on_delete is models.CASCADE
                ):
                    owned.add(model)
                    changed = True
                    break
    return {model._meta.label_lower for model in owned}


def make_everything(user, other_user) -> None:
    company = CompanyFactory(name=f"전부기관{user.pk}", slug=f"everything-{user.pk}")
    TargetCompany.objects.create(user=user, company=company)
    address = EmailAddress.objects.get(user=user, email=user.email, primary=True, verified=True)
    EmailConfirmation.create(address)
    draft = DraftFactory(user=user, prompt__company=company, body="내 초안 본문")
    draft.competencies.add(CompetencyFactory(name="내 역량"))
    DraftRevisionFactory(draft=draft, body="예전 본문")
    DismissedFinding.objects.create(draft=draft, key="abc123")
    session = MockSessionFactory(user=user, company=company)
    now = timezone.now()
    question = SessionQuestionFactory(session=session, answer="내 답변", note="내 메모")
    SessionShare.objects.create(session=session, token=f"share-{user.pk}-" + "e" * 40)
    card = ReviewCardFactory(user=user, company=company, text="내 복습 카드")
    ReviewLog.objects.create(card=card, rating=3, reviewed_at=now)
    # Feedback Alice gave as a study partner on someone else's session is hers too.
    theirs = SessionQuestionFactory(session=MockSessionFactory(user=other_user))
    PartnerFeedback.objects.create(session_question=theirs, partner=user, comment="내 의견")
    # And feedback others left on Alice's session goes when her session goes.
    PartnerFeedback.objects.create(session_question=question, partner=other_user, comment="남 의견")
    Preparation.objects.create(
        session_question=question, interview_format="presentation", notes="내 발표 메모"
    )
    save_recording(
        session_question=question,
        upload=SimpleUploadedFile("answer.webm", recording([("voice", 1.0)])),
    )
    # 지원 현황 (prep.applications): an application with a dated step, and the feed address.
    application = ApplicationFactory(user=user, posting__company=company, notes="내 지원 메모")
    ApplicationStepFactory(application=application)
    CalendarFeed.objects.create(user=user)
    # 내 지원처: a company of the candidate's own, with what such a company holds.
    save_own_company(
        owner=user,
        details=OwnCompanyDetails(name=f"내 지원처{user.pk}", kind="other", news=["최근 소식"]),
        values=[Part("도전", "내가 적은 설명")],
        traits=[Part("협력")],
        prompts=[PromptRow("내가 옮겨 적은 문항", 700)],
    )


@pytest.fixture
def everything(user, other_user):
    make_everything(user, other_user)
    make_everything(other_user, user)
    return user


def test_one_of_everything_is_really_everything(everything):
    exported = {model._meta.label_lower for model in data.owned_objects(everything)}
    missing = owned_models() - exported
    assert not missing, f"make_everything() creates no row of: {sorted(missing)}"


class TestExport:
    def test_the_zip_holds_every_owned_row_and_the_drafts_as_files(self, client_user, everything):
        response = client_user.post("/accounts/export/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/zip"
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        payload = json.loads(archive.read("data.json"))
        for label in owned_models():
            assert payload["models"].get(label), f"{label} missing from the export"
        text = json.dumps(payload, ensure_ascii=False)
        for mine in [
            "내 초안 본문",
            "예전 본문",
            "내 답변",
            "내 메모",
            "내 복습 카드",
            "내 의견",
            "내 발표 메모",
            "abc123",
            "내 지원 메모",
        ]:
            assert mine in text
        names = archive.namelist()
        assert any(name.endswith(".txt") for name in names)
        assert any(name.endswith(".docx") for name in names)

    def test_nobody_elses_content_and_no_password_hash_is_exported(
        self, client_user, everything, other_user
    ):
        payload = json.loads(
            zipfile.ZipFile(io.BytesIO(client_user.post("/accounts/export/").content)).read(
                "data.json"
            )
        )
        users = payload["models"]["accounts.user"]
        assert [row["fields"]["email"] for row in users] == [everything.email]
        assert "password" not in users[0]["fields"]
        drafts = payload["models"]["practice.draft"]
        assert {row["fields"]["user"] for row in drafts} == {everything.pk}

    def test_export_needs_a_post(self, client_user):
        assert client_user.get("/accounts/export/").status_code == 405


class TestDeleteAccount:
    def test_the_page_says_what_will_be_deleted(self, client_user, everything):
        content = client_user.get("/accounts/delete/").content.decode()
        assert "자소서 초안" in content
        assert "되돌릴 수 없습니다" in content

    def test_a_wrong_password_deletes_nothing(self, client_user, everything):
        response = client_user.post(
            "/accounts/delete/", {"password": "not-my-password", "confirm": "탈퇴합니다"}
        )
        assert response.status_code == 200
        assert "비밀번호가 맞지 않습니다" in response.content.decode()
        assert User.objects.filter(pk=everything.pk).exists()

    def test_every_row_of_the_candidate_goes_and_nothing_of_anyone_else(
        self, client_user, everything, other_user
    ):
        from tests.factories import TEST_PASSWORD

        mine_before = {
            model._meta.label_lower: len(rows)
            for model, rows in data.owned_objects(everything).items()
        }
        theirs_before = {
            model._meta.label_lower: len(rows)
            for model, rows in data.owned_objects(other_user).items()
        }
        totals_before = {label: apps.get_model(label).objects.count() for label in mine_before}
        assert all(count > 0 for count in mine_before.values())

        response = client_user.post(
            "/accounts/delete/", {"password": TEST_PASSWORD, "confirm": "탈퇴합니다"}
        )
        assert response.status_code == 302
        assert "_auth_user_id" not in client_user.session
        assert not User.objects.filter(pk=everything.pk).exists()

        for label, count in mine_before.items():
            assert apps.get_model(label).objects.count() == totals_before[label] - count, label
        # Charlie keeps his own work; only the feedback he left on Alice's session went with it.
        theirs_after = {
            model._meta.label_lower: len(rows)
            for model, rows in data.owned_objects(other_user).items()
        }
        for label in ["practice.draft", "practice.mocksession", "practice.reviewcard"]:
            assert theirs_after[label] == theirs_before[label]
