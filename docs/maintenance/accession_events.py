"""Add an ``admitted`` event to data/memberships.json for each member whose accession day is known.

Usage::

    python docs/maintenance/accession_events.py

A country's ``joined`` field holds the year; the day, where INTERPOL's
member-country page gives it, is recorded in the country's notes ("Member
since 23 Nov 1987") from the pages the country cites. This script turns those
days into ``admitted`` events citing the country's INTERPOL pages, so that
``Dataset.members_on`` is exact inside the accession year. Events written by
hand (with a session, a total or notes) are kept as they are; a day whose year
disagrees with ``joined`` is reported and skipped, never written.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "src" / "interpol_data" / "data"
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY = re.compile(
    r"(?i:member since|admitted(?: on)?|joined(?: on)?)\s*:?\s*"
    r"(\d{1,2}) ([A-Za-z]+)\.? (\d{4})"
)
_GENERATED = "Day from INTERPOL's member-country page, as recorded in the country's notes."


def accession_day(notes: str | None) -> datetime.date | None:
    """The accession day a country's notes state, or None."""
    found = _DAY.search(notes or "")
    if found is None:
        return None
    month = _MONTHS.get(found.group(2).lower())
    if month is None:
        return None
    return datetime.date(int(found.group(3)), month, int(found.group(1)))


def main() -> int:
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["records"]
    path = DATA / "memberships.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    events = [e for e in document["records"] if e.get("notes") != _GENERATED]
    dated = {e["country"] for e in events if e["kind"] == "admitted" and e.get("country")}
    added = 0
    for country in countries:
        day = accession_day(country.get("notes"))
        pages = [s for s in country["sources"] if s.startswith("ip-")]
        if day is None or country["id"] in dated or not pages:
            continue
        if country.get("joined") != day.year:
            print(f"skipped {country['id']}: notes give {day}, joined is {country.get('joined')}")
            continue
        events.append(
            {
                "id": f"{country['id'].lower()}-admitted-{day.year}",
                "kind": "admitted",
                "date": day.isoformat(),
                "party": country["name"],
                "sources": pages,
                "country": country["id"],
                "notes": _GENERATED,
            }
        )
        added += 1
    document["records"] = sorted(events, key=lambda e: e["id"])
    document["about"]["sources"] = sorted({s for e in events for s in e["sources"]})
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{added} accession events written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
