"""Word lists the coach reads (blind-hiring leaks, clichés, synonyms), curated by staff."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CoachTerm(models.Model):
    """A row staff add to one of the coach's word lists (`prep.coach.lexicon.LIST_NAMES`).

    The shipped lists stay the base; a row either adds a term or, with `removes_default`,
    takes a shipped term out (for a false alarm found in practice).
    """

    class WordList(models.TextChoices):
        BLIND_SCHOOLS = "blind_schools", _("블라인드: 학교명·약칭")
        BLIND_AREAS = "blind_areas", _("블라인드: 캠퍼스 동네")
        BLIND_ACTIVITIES = "blind_activities", _("블라인드: 학교 동아리·축제·학보")
        BLIND_PATTERNS = "blind_patterns", _("블라인드: 정규식 패턴")
        BLIND_CUES = "blind_cues", _("블라인드: 단서 단어")
        SYNONYMS = "synonyms", _("동의어 묶음")
        CLICHES = "cliches", _("상투적 표현")
        VAGUE_CLAIMS = "vague_claims", _("근거 없는 주장")
        INSTITUTIONS = "institutions", _("기관 이름·약칭 (분류: 공식 이름)")
        VALUE_PHRASES = "value_phrases", _("가치를 풀어 쓴 표현 (분류: 개념)")
        FIT_HOMONYMS = "fit_homonyms", _("가치가 아닌 같은 낱말 (분류: 개념)")

    word_list = models.CharField(_("목록"), max_length=20, choices=WordList.choices)
    term = models.CharField(
        _("표현"),
        max_length=200,
        help_text=_("동의어 묶음은 같은 '분류' 이름을 붙인 표현끼리 한 묶음이 됩니다."),
    )
    is_pattern = models.BooleanField(_("정규식"), default=False)
    category = models.CharField(_("분류"), max_length=30, blank=True)
    note = models.CharField(_("설명"), max_length=300, blank=True)
    context = models.CharField(
        _("문맥 조건"),
        max_length=10,
        blank=True,
        choices=[("", _("항상")), ("cue", _("단서 단어 옆에서만"))],
        help_text=_("평범한 낱말이기도 한 표현은 '단서 단어 옆에서만'으로 두세요."),
    )
    removes_default = models.BooleanField(
        _("기본 목록에서 빼기"),
        default=False,
        help_text=_("켜면 이 표현을 추가하는 대신 기본으로 들어 있는 같은 표현을 뺍니다."),
    )
    active = models.BooleanField(_("사용"), default=True)

    class Meta:
        verbose_name = _("코칭 단어")
        verbose_name_plural = _("코칭 단어")
        ordering = ["word_list", "category", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["word_list", "term", "category"], name="coach_term_unique"
            )
        ]

    def __str__(self) -> str:
        return self.term
