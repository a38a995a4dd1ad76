"""Text normalisation: the spellings a lookup treats as one."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interpol_data._text import invert, normalize, parenthesised, stem


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("St Lucia", "Saint Lucia"),
        ("St. Lucia", "Saint Lucia"),
        ("Antigua & Barbuda", "Antigua and Barbuda"),
        ("The Gambia", "Gambia"),
        ("Saint Vincent and the Grenadines", "Saint Vincent and Grenadines"),
        ("CÔTE D\u2019IVOIRE", "cote d'ivoire"),
        ("Project C.A.S.E", "case"),
        ("أَلْمَانِيَا", "ألمانيا"),
        ("المانيا", "ألمانيا"),
    ],
)
def test_spellings_that_normalise_alike(one: str, other: str) -> None:
    assert normalize(one) == normalize(other)


def test_the_alone_is_kept() -> None:
    assert normalize("The") == "the"


def test_invert_turns_an_inverted_name_round() -> None:
    assert invert("Congo, The Democratic Republic of the") == (
        "The Democratic Republic of the Congo"
    )
    assert invert("a, b, c") is None
    assert invert("Congo") is None


def test_parenthesised_splits_outside_and_inside() -> None:
    assert parenthesised("Holy See (Vatican City State)") == ("Holy See", "Vatican City State")
    assert parenthesised("Myanmar") is None
    assert parenthesised("()") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("passports", "passport"),
        ("countries", "country"),
        ("notices", "notice"),
        ("boxes", "box"),
        ("people", "person"),
        ("analysis", "analysis"),
        ("bus", "bus"),
        ("glass", "glass"),
    ],
)
def test_stem_folds_plurals_only(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(("text", "expected"), [("ST", "st"), ("&", ""), ("St", "st")])
def test_word_forms_apply_only_inside_a_name_of_several_words(text: str, expected: str) -> None:
    assert normalize(text) == expected


def _normalize_by_definition(text: str) -> str:
    """The folding spelled out step by step, without normalize's shortcuts."""

    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    arabic = {"\u0649": "\u064a", "\u06cc": "\u064a", "\u0629": "\u0647", "\u06a9": "\u0643"}
    folded = "".join(arabic.get(char, char) for char in folded if char != "\u0640")
    if "&" in folded and folded.strip("& "):
        folded = folded.replace("&", " and ")
    folded = re.sub("[.'\u2019\u2018`\u00b4]", "", folded)
    folded = re.sub(r"[\W_]+", " ", folded).strip()
    words = folded.split(" ")
    if len(words) > 1:
        forms = {"st": "saint", "ste": "sainte", "the": ""}
        folded = " ".join(w for w in (forms.get(word, word) for word in words) if w) or folded
    if folded.startswith("project ") and len(folded) > len("project "):
        folded = folded[len("project ") :]
    return folded


_NAME_PIECES = st.sampled_from(
    [
        "a",
        "Z",
        "0",
        "9",
        " ",
        "  ",
        ".",
        "&",
        "'",
        "_",
        "-",
        ",",
        "\u00e9",
        "e\u0301",
        "\u2019",
        "\u0649",
        "\u0640",
        "\u0629",
        "St",
        "the",
        "Project ",
        "\u00c5",
        "\u1d2c",
        "\t",
        "\u00df",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=12).map("".join) | st.text(max_size=20))
def test_normalize_folds_every_text_as_its_definition_does(text: str) -> None:
    assert normalize(text) == _normalize_by_definition(text)
