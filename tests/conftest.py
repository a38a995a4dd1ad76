"""Shared fixtures: the packaged dataset and fresh, mutable copies of its JSON shape."""

from __future__ import annotations

import json
from typing import Any

import pytest

import interpol_data
from interpol_data import Dataset

SEED_OVERVIEW = "002_e7bd4a5ba40e9a31.txt"
SEED_WHO_WE_ARE = "003_24c6aefb65f64818.txt"
SEED_TRAINING = "000_22d3ccb873793c93.txt"
SEED_DRUGS = "001_315180811b9607bc.txt"
SEED_ARTICLE = "004_f37d17a6c17dd03e.txt"


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return interpol_data.dataset()


@pytest.fixture(scope="session")
def _mapping_text(ds: Dataset) -> str:
    return json.dumps(ds.to_mapping())


@pytest.fixture
def raw(_mapping_text: str) -> dict[str, Any]:
    """A deep copy of the packaged dataset in the exported shape, for a test to damage."""
    return json.loads(_mapping_text)  # a deep copy, made faster than copy.deepcopy makes one


def record(raw: dict[str, Any], collection: str, record_id: str) -> dict[str, Any]:
    """The raw record with ``record_id`` in ``collection`` of a mapping."""
    return next(item for item in raw[collection] if item["id"] == record_id)
