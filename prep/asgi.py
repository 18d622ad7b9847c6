import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
application = get_asgi_application()

from prep.startup import refuse_public_secret_key  # noqa: E402 - needs the settings loaded

refuse_public_secret_key()
