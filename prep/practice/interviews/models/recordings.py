from django.core.files.storage import storages
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from prep.practice.interviews.audio import Measures
from prep.practice.interviews.models.sessions import SessionQuestion


def recording_storage():
    """Where recordings live: var/recordings by default, a bucket when configured (settings)."""
    return storages["recordings"]


class RecordingQuerySet(models.QuerySet):
    def of_user(self, user):
        return self.filter(session_question__session__user=user)

    def for_card(self, card):
        """The candidate's recordings of a review card's question, newest first."""
        mine = self.of_user(card.user)
        if card.question_id:
            mine = mine.filter(session_question__question_id=card.question_id)
        else:
            mine = mine.filter(session_question__text=card.text)
        return mine.order_by("-created_at", "-pk")


class Recording(models.Model):
    """The candidate's spoken answer to one session question, and what its audio shows.

    The file sits in the "recordings" storage under `file_name` and is only ever served by a
    view that checks who is asking; its measures are computed once, when it is uploaded.
    """

    session_question = models.OneToOneField(
        SessionQuestion, on_delete=models.CASCADE, related_name="recording"
    )
    file_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField(_("크기(바이트)"))
    measures = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RecordingQuerySet.as_manager()

    class Meta:
        verbose_name = _("녹음")
        verbose_name_plural = _("녹음")

    def __str__(self) -> str:
        return self.file_name

    def get_measures(self) -> Measures:
        return Measures.from_dict(self.measures)

    @property
    def extension(self) -> str:
        return self.file_name.rsplit(".", 1)[-1]


def delete_file_after_commit(name: str) -> None:
    """Removes a stored file once the rows pointing at it are gone for good."""
    if name:
        transaction.on_commit(lambda: recording_storage().delete(name))


@receiver(post_delete, sender=Recording)
def _delete_recording_file(sender, instance: Recording, **kwargs) -> None:
    # Runs for cascades too (a session or an account deleted), so no file outlives its row.
    delete_file_after_commit(instance.file_name)
