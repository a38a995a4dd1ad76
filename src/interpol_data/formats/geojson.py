"""GeoJSON: the offices that have coordinates, as points, and back.

Each feature's ``properties`` hold the office's fields in the exported JSON
shape (coordinates aside, which are the geometry, longitude first), so that
:func:`read_offices` rebuilds equal records.

>>> import interpol_data
>>> text = to_geojson(interpol_data.dataset())
>>> read_offices(text) == tuple(o for o in interpol_data.offices if o.coordinates)
True
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from interpol_data import records as r
from interpol_data.errors import DatasetError, Problem
from interpol_data.formats._files import write_text
from interpol_data.formats._tables import from_plain, plain

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = ["read_offices", "to_geojson"]


def to_geojson(dataset: Dataset, path: str | os.PathLike[str] | None = None) -> str:
    """The offices that have coordinates as a GeoJSON FeatureCollection; also written to ``path``.

    Raises:
        OSError: ``path`` cannot be written, or is a folder, device or FIFO.
    """
    features = []
    for office in dataset.offices:
        if office.coordinates is None:
            continue
        properties = plain(office)
        del properties["coordinates"]
        features.append(
            {
                "type": "Feature",
                "id": office.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [office.coordinates.longitude, office.coordinates.latitude],
                },
                "properties": properties,
            }
        )
    text = json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2
    )
    text += "\n"
    if path is not None:
        write_text(path, text)
    return text


def _office(feature: Any) -> r.Office:
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
        raise ValueError("is not a feature with properties")
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        raise ValueError("has no Point geometry")
    point = geometry.get("coordinates")
    if not isinstance(point, list) or len(point) != 2:
        raise ValueError("has no [longitude, latitude] coordinates")
    longitude, latitude = point
    data = dict(feature["properties"])
    data["coordinates"] = {"latitude": latitude, "longitude": longitude}
    office: r.Office = from_plain(r.Office, data)
    return office


def read_offices(text: str) -> tuple[r.Office, ...]:
    """The offices of a FeatureCollection :func:`to_geojson` wrote, as records.

    Raises:
        DatasetError: the text is not such a FeatureCollection, listing every bad feature.
    """
    try:
        document = json.loads(text)
    except ValueError as error:
        raise DatasetError([Problem(f"not valid JSON: {error}")], origin="GeoJSON") from None
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise DatasetError([Problem("not a FeatureCollection")], origin="GeoJSON")
    offices, problems = [], []
    for position, feature in enumerate(features):
        try:
            offices.append(_office(feature))
        except (TypeError, ValueError, KeyError) as error:
            problems.append(Problem(f"feature {position} {error}", "offices", f"#{position}"))
    if problems:
        raise DatasetError(problems, origin="GeoJSON")
    return tuple(offices)
