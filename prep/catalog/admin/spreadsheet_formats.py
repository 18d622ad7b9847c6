"""tablib's XLSX format, declared so that openpyxl is imported by a curator's first XLSX import
or export instead of by every web worker at start-up.

django-import-export 4.4 decides at import time which formats exist (`base_formats.DEFAULT_FORMATS`
calls `is_available()` on each), and that loads tablib's XLSX class, which imports openpyxl,
lxml and numpy: some 10 MB of a gunicorn worker beyond numpy (which the coaching needs anyway),
for pages only curators open. Registered before import_export is imported (the admin package
does it first), this class answers what import_export asks of a format without the real one:
its title and extension are declared, `hasattr(fmt, "import_set")` finds the methods below,
and each method loads openpyxl through tablib's own class when a file is really read or written.
Importing this module registers it.
"""

from importlib import import_module
from importlib.util import find_spec

from tablib.formats import registry

TABLIB_XLSX = "tablib.formats._xlsx"


class LazyXLSXFormat:
    """tablib's `XLSXFormat` with the same title, extension and entry points, loaded on use."""

    title = "xlsx"
    extensions = ("xlsx",)

    @staticmethod
    def loaded():
        return import_module(TABLIB_XLSX).XLSXFormat

    @classmethod
    def detect(cls, stream):
        return cls.loaded().detect(stream)

    @classmethod
    def export_set(cls, dataset, **kwargs):
        return cls.loaded().export_set(dataset, **kwargs)

    @classmethod
    def import_set(cls, dataset, in_stream, **kwargs):
        return cls.loaded().import_set(dataset, in_stream, **kwargs)

    @classmethod
    def export_book(cls, databook, **kwargs):
        return cls.loaded().export_book(databook, **kwargs)

    @classmethod
    def import_book(cls, databook, in_stream, **kwargs):
        return cls.loaded().import_book(databook, in_stream, **kwargs)


def register_lazy_xlsx() -> None:
    """Replace tablib's XLSX entry (same key, same place in its detection order) when
    openpyxl is installed; without it tablib has no XLSX format and neither do we."""
    if find_spec("openpyxl") is not None:
        registry.register("xlsx", LazyXLSXFormat)


register_lazy_xlsx()
