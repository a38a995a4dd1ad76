"""Text normalisation: the spellings a lookup treats as one."""

from __future__ import annotations

import pytest

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
