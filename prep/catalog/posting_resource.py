"""Spreadsheet export of 채용 공고 (django-import-export), for the postings admin.

Postings are imported only from 잡알리오 files (prep.catalog.importers.postings); this resource
only exports. It lives outside the admin module so that the web workers never import it
(prep.catalog.admin.common.NamedResources).
"""

from import_export import fields, resources

from prep.catalog.models.postings import Posting


class PostingResource(resources.ModelResource):
    company = fields.Field(attribute="company__name", column_name="company")
    hiring_types = fields.Field(column_name="hiring_types")
    regions = fields.Field(column_name="regions")
    recruit_kind = fields.Field(attribute="get_recruit_kind_display", column_name="recruit_kind")

    class Meta:
        model = Posting
        fields = [
            "id",
            "source_id",
            "company",
            "title",
            "opens_at",
            "closes_at",
            "recruit_kind",
            "hiring_types",
            "openings",
            "regions",
            "source_url",
            "published",
        ]
        export_order = fields

    def dehydrate_hiring_types(self, posting: Posting) -> str:
        return ", ".join(kind.name for kind in posting.hiring_types.all())

    def dehydrate_regions(self, posting: Posting) -> str:
        return ", ".join(region.name for region in posting.regions.all())
