"""The framework floor for bench/page_throughput_bench.py: one Django view that says hello.

Served by gunicorn with the project's gunicorn.conf.py, so a page's requests per second
divided by this one's is the share of what Django itself allows on this machine:
`gunicorn -c gunicorn.conf.py --pythonpath bench hello_world:application`.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="hello-world-bench-only",
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse("hello, world")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
