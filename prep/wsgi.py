import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
application = get_wsgi_application()

from prep.startup import refuse_public_secret_key  # noqa: E402 - needs the settings loaded

refuse_public_secret_key()

from prep.warmup import load_models  # noqa: E402 - needs the settings configured above

load_models()
