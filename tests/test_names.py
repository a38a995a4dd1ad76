"""Names: every form people type finds its member and no other, in INTERPOL's four languages."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest

import interpol_data
from interpol_data import AmbiguousLookupError, Dataset, NotAMemberError, NotFoundError
from interpol_data.collection import Collection
from interpol_data.records import Language, LocalizedName

INTERPOL_LANGUAGES = ("ar", "en", "es", "fr")


def _member_ids() -> set[str]:
    return set(interpol_data.countries.ids())


def _pycountry_names(members: bool) -> list[tuple[str, str]]:
    found = []
    for country in pycountry.countries:
        if (country.alpha_2 in _member_ids()) != members:
            continue
        for attribute in ("name", "official_name", "common_name"):
            text = getattr(country, attribute, None)
            if text:
                found.append((country.alpha_2, text))
    return found


@pytest.mark.parametrize(("code", "text"), _pycountry_names(members=True))
def test_pycountry_names_of_a_member_find_that_member(code: str, text: str) -> None:
    assert interpol_data.countries.lookup(text).id == code


@pytest.mark.parametrize(("code", "text"), _pycountry_names(members=False))
def test_pycountry_names_of_a_non_member_find_no_member(code: str, text: str) -> None:
    assert interpol_data.countries.get(text) is None, code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democratic Republic of the Congo", "CD"),
        ("Congo, Democratic Republic of the", "CD"),
        ("Congo (Kinshasa)", "CD"),
        ("Congo Republic", "CG"),
        ("Congo (Brazzaville)", "CG"),
        ("Republic of Hungary", "HU"),
        ("State of Libya", "LY"),
        ("Myanmar (Burma)", "MM"),
        ("St. Vincent and the Grenadines", "VC"),
        ("St Vincent & the Grenadines", "VC"),
        ("Saint Kitts & Nevis", "KN"),
        ("St Christopher & Nevis", "KN"),
        ("Bahamas, The", "BS"),
        ("Netherlands (Kingdom of the)", "NL"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Korea, Republic of", "KR"),
        ("Swaziland", "SZ"),
        ("Burma", "MM"),
        ("Zaire", "CD"),
        ("Ceylon", "LK"),
        ("Upper Volta", "BF"),
        ("U.S.A.", "US"),
        ("PNG", "PG"),
        ("São Tomé and Príncipe", "ST"),
    ],
)
def test_name_forms_people_type_find_the_member(text: str, expected: str) -> None:
    assert interpol_data.countries.lookup(text).id == expected


@pytest.mark.parametrize(
    "text",
    [
        "Korea (Democratic People's Republic of)",
        "Korea, Democratic People's Republic of",
        "Myanmar (Thailand)",
        "Czechoslovakia",
        "Trinidad",
    ],
)
def test_texts_that_name_no_single_member_find_nothing(text: str) -> None:
    with pytest.raises(NotFoundError):
        interpol_data.countries.lookup(text)


def test_every_member_has_a_name_in_each_official_language(ds: Dataset) -> None:
    missing = [
        (country.id, language)
        for country in ds.countries
        for language in INTERPOL_LANGUAGES
        if language not in country.names
    ]
    assert missing == []


@pytest.mark.parametrize("language", INTERPOL_LANGUAGES)
def test_every_member_is_found_by_its_name_in_each_official_language(
    ds: Dataset, language: str
) -> None:
    wrong = [
        country.id
        for country in ds.countries
        if ds.countries.get(country.names[language]) is not country
    ]
    assert wrong == []


def test_every_member_is_found_by_its_names_in_its_own_languages(ds: Dataset) -> None:
    wrong = [
        (country.id, name)
        for country in ds.countries
        for name in country.names.values()
        if ds.countries.get(name) is not country
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allemagne", "DE"),
        ("Alemania", "DE"),
        ("ألمانيا", "DE"),
        ("Deutschland", "DE"),
        ("España", "ES"),
        ("Espagne", "ES"),
        ("Österreich", "AT"),
        ("Schweiz", "CH"),
        ("Svizzera", "CH"),
        ("Magyarország", "HU"),
        ("Estados Unidos", "US"),
        ("Royaume-Uni", "GB"),
        ("中国", "CN"),
    ],
)
def test_names_in_other_languages_find_the_member(text: str, expected: str) -> None:
    assert interpol_data.countries.lookup(text).id == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فرنسا", "FR"),
        ("المملكة العربية السعودية", "SA"),
        ("المانيا", "DE"),  # alef written without its hamza
        ("أَلْمَانِيَا", "DE"),  # with short-vowel marks
        ("مصر", "EG"),
    ],
)
def test_arabic_script_lookups(text: str, expected: str) -> None:
    assert interpol_data.countries.lookup(text).id == expected


def test_names_read_by_language(ds: Dataset) -> None:
    germany = ds.countries["DE"]
    assert germany.names["fr"] == "Allemagne"
    assert germany.names["de"] == "Deutschland"
    with pytest.raises(KeyError):
        germany.names["xx"]


def test_names_fall_back_to_the_record_name_in_english(ds: Dataset) -> None:
    database = ds.databases["sltd"]
    assert database.names["en"] == database.name == "Stolen and Lost Travel Documents database"


def test_names_are_read_only_and_hashable(ds: Dataset) -> None:
    names = ds.countries["DE"].names
    with pytest.raises(TypeError):
        names["fr"] = "Germanie"  # type: ignore[index]
    with pytest.raises(AttributeError):
        names._pairs = ()  # type: ignore[misc]
    assert hash(names) == hash(ds.countries["DE"].names)
    assert names == dict(names)


def test_a_record_refuses_two_names_in_one_language(ds: Dataset) -> None:
    import attrs

    with pytest.raises(ValueError, match="one name per language"):
        attrs.evolve(
            ds.countries["DE"],
            localized_names=(LocalizedName("fr", "Allemagne"), LocalizedName("fr", "Germanie")),
        )


def test_a_language_tag_must_be_bcp_47() -> None:
    with pytest.raises(ValueError, match="BCP 47"):
        LocalizedName("French", "Allemagne")


def test_names_cite_the_cldr_release(ds: Dataset) -> None:
    cited = {source for country in ds.countries for source in country.sources}
    cldr = [source for source in ds.sources if source.id.startswith("cldr-")]
    assert len(cldr) == 1
    assert cldr[0].id in cited
    assert cldr[0].url is not None
    assert cldr[0].url.startswith("https://cldr.unicode.org/")


def test_names_survive_a_json_round_trip(ds: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "dataset.json"
    ds.to_json(path)
    again = interpol_data.load(path)
    assert again.countries["DE"].names == ds.countries["DE"].names
    raw = json.loads(path.read_text(encoding="utf-8"))
    germany = next(c for c in raw["countries"] if c["id"] == "DE")
    assert {"language": "de", "name": "Deutschland"} in germany["localized_names"]


def test_names_survive_a_csv_round_trip(ds: Dataset, tmp_path: Path) -> None:
    ds.to_csv(tmp_path)
    again = interpol_data.load_csv(tmp_path)
    assert again.countries["CH"].names == ds.countries["CH"].names


# One meaning for a key ----------------------------------------------------


@pytest.mark.parametrize("key", ["FR", "fr", "FRA", "250", "France", "french republic", "Francia"])
def test_the_four_key_operations_agree_on_a_hit(key: str) -> None:
    countries = interpol_data.countries
    assert key in countries
    assert countries.get(key) is countries[key] is countries.lookup(key)
    assert countries.lookup(key).id == "FR"


def test_the_four_key_operations_agree_on_a_miss() -> None:
    countries = interpol_data.countries
    assert "Atlantis" not in countries
    assert countries.get("Atlantis") is None
    with pytest.raises(NotFoundError):
        countries["Atlantis"]
    with pytest.raises(NotFoundError):
        countries.lookup("Atlantis")


def _two_linguas() -> Collection[Language]:
    return Collection(
        "languages",
        Language,
        [
            Language(id="it", name="Italian", aliases=("Lingua",), sources=("s",)),
            Language(id="pt", name="Portuguese", aliases=("Lingua",), sources=("s",)),
        ],
    )


def test_ambiguity_raises_in_all_four_key_operations() -> None:
    tongues = _two_linguas()
    for operation in (
        lambda: "lingua" in tongues,
        lambda: tongues.get("lingua"),
        lambda: tongues["lingua"],
        lambda: tongues.lookup("lingua"),
    ):
        with pytest.raises(AmbiguousLookupError):
            operation()


def test_get_refuses_a_key_that_is_not_text() -> None:
    with pytest.raises(TypeError, match="strings"):
        interpol_data.countries.get(["FR"])  # type: ignore[arg-type]


def test_a_repeated_lookup_gives_the_same_answer() -> None:
    first = interpol_data.countries.lookup("Côte d'Ivoire")
    assert interpol_data.countries.lookup("Côte d'Ivoire") is first


# Suggestions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Trinidad", "TT"), ("Sao Tome", "ST"), ("Saudi", "SA"), ("Frnace", "FR"), ("Antigua", "AG")],
)
def test_a_miss_suggests_records_by_word_prefix_or_spelling(text: str, expected: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        interpol_data.countries.lookup(text)
    suggestions = caught.value.suggestions
    assert suggestions[0].id == expected
    assert f"({expected})" in str(caught.value)


def test_the_message_names_each_suggestion_with_its_id() -> None:
    with pytest.raises(NotFoundError, match=r"Trinidad and Tobago \(TT\)"):
        interpol_data.countries.lookup("Trinidad")


def test_a_miss_without_suggestions_points_to_search() -> None:
    with pytest.raises(NotFoundError, match=r"countries\.search"):
        interpol_data.countries.lookup("xqzvw")


def test_not_found_can_explain_itself() -> None:
    error = NotFoundError("countries", "Taiwan", explanation="Taiwan is not a member")
    assert error.explanation == "Taiwan is not a member"
    assert "Taiwan is not a member" in str(error)


# INTERPOL's own entities ------------------------------------------------------


@pytest.mark.parametrize(
    ("collection", "text", "expected"),
    [
        ("notices", "Notice rouge", "red"),
        ("notices", "notificación amarilla", "yellow"),
        ("notices", "النشرة الحمراء", "red"),
        ("notices", "Notice spéciale INTERPOL-Conseil de sécurité de l'ONU", "un-special"),
        ("bodies", "Assemblée générale", "general-assembly"),
        ("bodies", "Comité Ejecutivo", "executive-committee"),
        ("bodies", "الأمانة العامة", "general-secretariat"),
        ("databases", "Base de données SLTD (documents de voyage et d'identité)", "sltd"),
    ],
)
def test_interpols_own_names_in_its_other_languages_find_the_record(
    ds: Dataset, collection: str, text: str, expected: str
) -> None:
    assert ds.collection(collection).lookup(text).id == expected


def test_each_name_of_an_entity_cites_an_interpol_page_in_that_language(ds: Dataset) -> None:
    for collection in (ds.bodies, ds.databases, ds.notices):
        for record in collection:
            for localized in record.localized_names:
                pages = [ds.sources[s].url or "" for s in record.sources]
                assert any(f"interpol.int/{localized.language}/" in page for page in pages), (
                    record.id,
                    localized.language,
                )


def test_a_known_non_member_is_explained_not_suggested() -> None:
    tongues = Collection(
        "languages",
        Language,
        [Language(id="fr", name="French", sources=("s",))],
        absent={"klingon": ("a language of fiction", ())},
    )
    with pytest.raises(NotAMemberError, match="a language of fiction"):
        tongues.lookup("Klingon")
    with pytest.raises(NotFoundError) as other:
        tongues.lookup("Atlantis")
    assert not isinstance(other.value, NotAMemberError)
    assert tongues.get("Klingon") is None


@pytest.mark.parametrize("text", ["Saint", "&", "The"])
def test_a_lone_word_form_finds_no_member(text: str) -> None:
    assert interpol_data.countries.get(text) is None


def test_every_named_record_has_names_by_language(ds: Dataset) -> None:
    for name in ("offices", "crime_areas", "capabilities", "partners", "projects", "languages"):
        for record in ds.collection(name):
            assert record.names["en"] == record.name, (name, record.id)


def test_a_huge_text_misses_quickly() -> None:
    import time

    text = "Republic of " * 10_000
    start = time.perf_counter()
    with pytest.raises(NotFoundError):
        interpol_data.countries.lookup(text)
    assert interpol_data.countries.get(text) is None
    assert time.perf_counter() - start < 0.5  # a generous bound; the real cost is microseconds


def test_a_miss_message_shows_a_long_key_shortened() -> None:
    text = "x" * 5_000
    with pytest.raises(NotFoundError) as caught:
        interpol_data.countries.lookup(text)
    assert caught.value.key == text
    assert len(str(caught.value)) < 400
