"""Apply researched member facts (region, accession year, National Central Bureau) to the data.

Usage::

    python docs/maintenance/apply_research.py docs/maintenance/inputs/research/*.json

Each input lists members by alpha-2 code with the values a public page states
and the evidence for each (URL, publisher, date, a paraphrase). A value is
written only where the dataset has none and the input gives evidence; every
piece of evidence becomes (or reuses, by URL) a record in the sources
collection and is cited by the country (region, accession) or by its bureau
(city, agency). A gap that stays open gets a note saying what was searched.
Nothing is inferred: a null in the input stays a null in the data.
"""

from __future__ import annotations

import json
import re
import runpy
import sys
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

DATA = Path(__file__).resolve().parents[2] / "src" / "interpol_data" / "data"
REGIONS = {"africa", "americas", "asia-south-pacific", "europe"}
SEARCHED = (
    "INTERPOL's member-country pages (English, French, Spanish and Arabic, current and archived"
    " addresses), INTERPOL news, national police sites and the press were searched"
    " in November 2026."
)
_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _source_id(evidence: dict[str, Any], taken: set[str]) -> str:
    """A readable id: the site's name, then the page's last path segment."""
    parsed = urlparse(evidence["url"])
    host = parsed.netloc.lower().removeprefix("www.").split(".")
    site = "ip" if "interpol" in host else _slug(host[-2] if len(host) > 1 else host[0])
    tail = _slug(parsed.path.rstrip("/").rsplit("/", 1)[-1])[:40].strip("-") or "page"
    base = f"{site}-{tail}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class Sources:
    """The sources collection, with lookup by URL so that a page is cited under one id."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.by_url = {r["url"]: r["id"] for r in document["records"] if r.get("url")}
        self.ids = {r["id"] for r in document["records"]}

    def cite(self, evidence: dict[str, Any], country: str) -> str:
        url = evidence["url"]
        if url in self.by_url:
            return self.by_url[url]
        new_id = _source_id(evidence, self.ids)
        publisher = evidence.get("publisher") or None
        is_interpol = "interpol.int" in url
        record: dict[str, Any] = {
            "id": new_id,
            "title": evidence.get("title")
            or (
                f"INTERPOL page on {country}" if is_interpol else f"Page on {country} and INTERPOL"
            ),
            "kind": "web-page",
        }
        if publisher:
            record["publisher"] = publisher
        record["url"] = url
        published = evidence.get("published")
        if isinstance(published, str) and _DATE.fullmatch(published):
            record["published"] = published
        says = evidence.get("says")
        if says:
            record["notes"] = says
        self.document["records"].append(record)
        self.by_url[url] = new_id
        self.ids.add(new_id)
        return new_id


def _evidence(found: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [e for e in found.get(key) or [] if isinstance(e, dict) and e.get("url")]


def _add(values: list[str], new: list[str]) -> list[str]:
    return values + [item for item in new if item not in values]


def apply(country: dict[str, Any], found: dict[str, Any], sources: Sources) -> list[str]:
    """Fill ``country``'s gaps from ``found``; return the fields written."""
    written = []
    name = country["name"]
    region = found.get("region")
    region_evidence = _evidence(found, "region_evidence")
    if country.get("region") is None and region in REGIONS and region_evidence:
        country["region"] = region
        country["sources"] = _add(
            country["sources"], [sources.cite(e, name) for e in region_evidence]
        )
        written.append("region")
    joined = found.get("joined")
    joined_evidence = _evidence(found, "joined_evidence")
    if (
        country.get("joined") is None
        and isinstance(joined, str)
        and _DATE.fullmatch(joined)
        and joined_evidence
    ):
        country["joined"] = int(joined[:4])
        country["sources"] = _add(
            country["sources"], [sources.cite(e, name) for e in joined_evidence]
        )
        written.append("joined")
    ncb = country.setdefault("ncb", {})
    ncb_evidence = _evidence(found, "ncb_evidence")
    for field, key in (("city", "ncb_city"), ("agency", "ncb_agency")):
        value = found.get(key)
        if not ncb.get(field) and isinstance(value, str) and value.strip() and ncb_evidence:
            ncb[field] = value.strip()
            ncb["sources"] = _add(
                ncb.get("sources", []), [sources.cite(e, name) for e in ncb_evidence]
            )
            written.append(f"ncb.{field}")
    gaps = [
        label
        for label, missing in (
            ("INTERPOL region", country.get("region") is None),
            ("accession year", country.get("joined") is None),
            ("bureau city", not ncb.get("city")),
            ("bureau agency", not ncb.get("agency")),
        )
        if missing
    ]
    if gaps and found.get("searched"):
        # The queries themselves stay in the input file; the note says what kind of search failed.
        note = f"Not stated by any source found ({', '.join(gaps)}): {SEARCHED}"
        if note not in (country.get("notes") or ""):
            country["notes"] = f"{country['notes']} {note}" if country.get("notes") else note
    founding = found.get("founding_1956_conflict")
    if founding and founding not in (country.get("notes") or ""):
        country["notes"] = f"{country['notes']} {founding}" if country.get("notes") else founding
    return written


def main(paths: list[str]) -> None:
    countries_path, sources_path = DATA / "countries.json", DATA / "sources.json"
    countries = json.loads(countries_path.read_text(encoding="utf-8"))
    sources = Sources(json.loads(sources_path.read_text(encoding="utf-8")))
    by_id = {c["id"]: c for c in countries["records"]}
    for path in paths:
        for found in json.loads(Path(path).read_text(encoding="utf-8")):
            country = by_id.get(found.get("id"))
            if country is None:
                print(f"{path}: {found.get('id')!r} is not a member; skipped")
                continue
            written = apply(country, found, sources)
            print(f"{found['id']}: {', '.join(written) or 'nothing new'}")
    cited = {i for c in countries["records"] for i in (*c["sources"], *c["ncb"].get("sources", []))}
    countries["about"]["sources"] = sorted(cited)
    sources.document["about"]["sources"] = sorted(
        {i for r in sources.document["records"] for i in r.get("sources", [])}
        | set(sources.document["about"]["sources"])
    )
    sources.document["records"].sort(key=lambda r: r["id"])
    countries_path.write_text(
        json.dumps(countries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    sources_path.write_text(
        json.dumps(sources.document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    # Key order, omitted defaults and about.sources are the formatter's to settle.
    runpy.run_path(str(Path(__file__).with_name("format_data.py")), run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
