"""TargetCompany.interview_date became the 면접 step of an application
(applications.0001_initial copies it first)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0010_postings"),
        ("applications", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(model_name="targetcompany", name="interview_date"),
    ]
