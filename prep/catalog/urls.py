from django.urls import path

from prep.catalog import own_views, views

app_name = "catalog"

# Slugs may be Korean (한국사회보장정보원), which <slug:> rejects; <str:> takes any segment.
urlpatterns = [
    path("companies/", views.company_list, name="company_list"),
    # Before the company page's pattern, which would take "compare" for a slug.
    path("companies/compare/", views.company_compare, name="company_compare"),
    path("companies/mine/new/", own_views.own_company_new, name="own_company_new"),
    path("companies/mine/<str:slug>/edit/", own_views.own_company_edit, name="own_company_edit"),
    path(
        "companies/mine/<str:slug>/delete/",
        own_views.own_company_delete,
        name="own_company_delete",
    ),
    path("companies/mine/<str:slug>/move/", own_views.own_company_move, name="own_company_move"),
    path("companies/<str:slug>/", views.company_detail, name="company_detail"),
    path("companies/<str:slug>/target/", views.target_toggle, name="target_toggle"),
    path("companies/<str:slug>/<str:section>/", views.company_section, name="company_section"),
    path("questions/", views.question_bank, name="question_bank"),
]
