"""Jupyter displays: names for references, explicit gaps, nested tables, links, result tables."""

from __future__ import annotations

import html

import attrs

import interpol_data as ip
from interpol_data import Dataset
from interpol_data._display import MISSING, record_html, records_html


def test_references_show_the_name_with_the_id(ds: Dataset) -> None:
    page = ds.projects["aircop"]._repr_html_()
    assert "European Union (european-union)" in page


def test_missing_values_are_marked_not_stated(ds: Dataset) -> None:
    unknown = next(c for c in ds.countries if c.joined is None)
    page = record_html(unknown)
    row = page.split(">joined<", 1)[1].split("</tr>", 1)[0]
    assert MISSING in row


def test_nested_records_are_nested_tables(ds: Dataset) -> None:
    page = ds.bodies["executive-committee"]._repr_html_()
    holders = page.split(">holders<", 1)[1].split("</td></tr>", 1)[0]
    assert "<table" in holders
    assert "<th style='text-align:left;vertical-align:top;padding:2px 8px'>role</th>" in holders


def test_urls_are_links(ds: Dataset) -> None:
    source = next(s for s in ds.sources if s.url)
    assert f'<a href="{html.escape(source.url)}"' in source._repr_html_()


def test_text_is_escaped(ds: Dataset) -> None:
    language = attrs.evolve(ds.languages["fr"], notes="<script>alert(1)</script>")
    page = record_html(language)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_filter_results_display_as_a_table(ds: Dataset) -> None:
    found = ds.offices.filter(kind="regional-bureau")
    assert found == tuple(found)
    page = found._repr_html_()  # type: ignore[attr-defined]
    assert page.count("<tr>") == len(found) + 1
    assert "Kenya (KE)" in page


def test_search_results_display_as_tables(ds: Dataset) -> None:
    page = ip.search("korea")._repr_html_()  # type: ignore[attr-defined]
    assert "<table" in page
    assert "Republic of Korea" in page
    assert "<table" in ds.countries.search("guinea")._repr_html_()  # type: ignore[attr-defined]


def test_an_empty_result_says_none() -> None:
    assert "none" in records_html(())


def test_a_collection_shows_the_useful_columns_of_its_type(ds: Dataset) -> None:
    projects = ds.projects._repr_html_()
    assert ">funders</th>" in projects
    assert ">summary</th>" not in projects
    countries = ds.countries._repr_html_()
    assert ">alpha_3</th>" in countries
    sources = ds.sources._repr_html_()
    assert ">publisher</th>" in sources
