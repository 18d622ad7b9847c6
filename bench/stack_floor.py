"""The floor of our own stack for bench/page_throughput_bench.py: the project's settings and
whole middleware (the session, the signed-in user, CSRF, CSP, django-axes, allauth…) in front
of one view that says hello, served by gunicorn like the app:
`DJANGO_SETTINGS_MODULE=stack_floor gunicorn -c gunicorn.conf.py --pythonpath bench
stack_floor:application`.

A page's share of hello-world cannot exceed this module's: what is left between the two is what
every request pays before any view of ours runs.
"""

from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

from prep.settings import *  # noqa: F403 - the project's settings, one URL changed

ROOT_URLCONF = __name__


def hello(request):
    return HttpResponse("hello, world")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
