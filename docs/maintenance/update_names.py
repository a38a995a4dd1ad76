"""Write every member's names by language, and the English name forms people type, into the data.

Usage::

    pip install babel            # a maintenance tool only, never a runtime dependency
    python docs/maintenance/update_names.py

Run it after ``update_countries.py`` (which rewrites ``countries.json`` without
these names). It also writes the French, Spanish and Arabic names of
INTERPOL's own bodies, databases and notices that INTERPOL's pages in those languages
give (``ENTITY_NAMES``, each with the page it comes from in ``ENTITY_SOURCES``);
a name no page gives is left out rather than translated here.

For each member country it writes ``localized_names``: the Unicode CLDR
territory name in INTERPOL's four languages (Arabic, English, French,
Spanish) and in each language CLDR lists as official for that territory (its
endonyms), all from the CLDR release that babel ships (cited as
the source ``cldr-<version>``). It also adds to ``aliases`` the English name
forms in ``NAME_FORMS`` (former names, short forms, abbreviations) that the
data lacks; spellings that differ only by "St"/"Saint", "&"/"and", "the", case,
accents or punctuation are left to the lookup's normalisation.

A name is written only if it names one member: a CLDR name that folds to a key
of another member (or of two members at once) is left out and reported, so
that a lookup never reaches the wrong member.
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version
from babel.languages import get_official_languages

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "interpol_data" / "data"
sys.path.insert(0, str(ROOT / "src"))

from interpol_data._text import compact, invert, normalize  # noqa: E402

INTERPOL_LANGUAGES = ("ar", "en", "es", "fr")

# English names people use that neither ISO nor INTERPOL gives: former names,
# short forms and abbreviations. Each names one member only; a name shared by
# several members (Czechoslovakia, Yugoslavia) is deliberately not a key.
NAME_FORMS: dict[str, tuple[str, ...]] = {
    "BA": ("BiH",),
    "BF": ("Upper Volta",),
    "BJ": ("Dahomey",),
    "BY": ("Byelorussia", "Belorussia"),
    "BZ": ("British Honduras",),
    "CF": ("CAR",),
    "CG": ("Congo Republic", "Congo Brazzaville"),
    "CN": ("PRC",),
    "HU": ("Republic of Hungary",),
    "IR": ("Persia",),
    "KH": ("Kampuchea",),
    "KN": ("Saint Christopher and Nevis", "Saint Kitts"),
    "KR": ("ROK",),
    "LA": ("Lao PDR",),
    "LK": ("Ceylon",),
    "LY": ("State of Libya", "Libyan Arab Jamahiriya"),
    "MG": ("Malagasy Republic",),
    "MK": ("Former Yugoslav Republic of Macedonia", "FYROM"),
    "MW": ("Nyasaland",),
    "PG": ("PNG",),
    "SA": ("KSA",),
    "TH": ("Siam",),
    "VC": ("Saint Vincent",),
    "ZA": ("RSA",),
    "ZM": ("Northern Rhodesia",),
    "ZW": ("Rhodesia",),
}

# INTERPOL's own names for its bodies and notices on its French, Spanish and
# Arabic pages: {collection: {record id: ((language, name, source id), ...)}}.
ENTITY_NAMES: dict[str, dict[str, tuple[tuple[str, str, str], ...]]] = {
    "bodies": {
        "general-assembly": (
            ("ar", "الجمعية العامة", "ip-ar-general-assembly"),
            ("es", "Asamblea General", "ip-es-general-assembly"),
            ("fr", "Assemblée générale", "ip-fr-general-assembly"),
        ),
        "executive-committee": (
            ("ar", "اللجنة التنفيذية", "ip-ar-general-assembly"),
            ("es", "Comité Ejecutivo", "ip-es-general-assembly"),
            ("fr", "Comité exécutif", "ip-fr-general-assembly"),
        ),
        "general-secretariat": (
            ("ar", "الأمانة العامة", "ip-ar-notices"),
            ("es", "Secretaría General", "ip-es-five-areas"),
            ("fr", "Secrétariat général", "ip-fr-notices"),
        ),
    },
    "databases": {
        "sltd": (
            (
                "fr",
                "Base de données SLTD (documents de voyage et d\u2019identité)",
                "ip-fr-sltd",
            ),
        ),
        "smv": (("fr", "Base de données sur les véhicules volés", "ip-fr-vehicle-crime"),),
    },
    "notices": {
        "red": (
            ("ar", "النشرة الحمراء", "ip-ar-notices"),
            ("es", "Notificación roja", "ip-es-help-us-find"),
            ("fr", "Notice rouge", "ip-fr-notices"),
        ),
        "yellow": (
            ("ar", "النشرة الصفراء", "ip-ar-notices"),
            ("es", "Notificación amarilla", "ip-es-help-us-find"),
            ("fr", "Notice jaune", "ip-fr-notices"),
        ),
        "blue": (("fr", "Notice bleue", "ip-fr-notices"),),
        "black": (("fr", "Notice noire", "ip-fr-notices"),),
        "green": (("fr", "Notice verte", "ip-fr-notices"),),
        "orange": (("fr", "Notice orange", "ip-fr-orange-2004"),),
        "un-special": (
            (
                "fr",
                "Notice spéciale INTERPOL-Conseil de sécurité de l\u2019ONU",
                "ip-fr-un-special-notices",
            ),
        ),
    },
}

ENTITY_SOURCES: tuple[dict[str, str], ...] = (
    {
        "id": "ip-ar-general-assembly",
        "title": "الجمعية العامة",
        "url": "https://www.interpol.int/ar/3/1/1",
        "notes": "INTERPOL's Arabic page on the General Assembly; names the Executive Committee.",
    },
    {
        "id": "ip-ar-notices",
        "title": "معلومات عن النشرات",
        "url": "https://www.interpol.int/ar/2/1/2",
        "notes": "INTERPOL's Arabic page on notices; names the Red and Yellow Notices and the "
        "General Secretariat (the stored copy stops after the Yellow Notice).",
    },
    {
        "id": "ip-es-five-areas",
        "title": "INTERPOL: cinco áreas de actuación para lograr un mundo más seguro",
        "url": "https://www.interpol.int/es/Quienes-somos/Que-es-INTERPOL/"
        "INTERPOL-Cinco-areas-de-actuacion-para-lograr-un-mundo-mas-seguro",
        "notes": "INTERPOL's Spanish page; names the General Secretariat.",
    },
    {
        "id": "ip-es-general-assembly",
        "title": "Asamblea General",
        "url": "https://www.interpol.int/es/Quienes-somos/Gobernanza/Asamblea-General",
        "notes": "INTERPOL's Spanish page on the General Assembly; names the Executive Committee.",
    },
    {
        "id": "ip-es-help-us-find",
        "title": "Ayúdenos a encontrar…",
        "url": "https://www.interpol.int/es/Que-puede-hacer-usted/Ayudenos-a-encontrar",
        "notes": "INTERPOL's Spanish page on public appeals; names the Red and Yellow Notices.",
    },
    {
        "id": "ip-fr-general-assembly",
        "title": "Assemblée générale",
        "url": "https://www.interpol.int/fr/Qui-nous-sommes/Gouvernance/Assemblee-generale",
        "notes": "INTERPOL's French page on the General Assembly; names the Executive Committee.",
    },
    {
        "id": "ip-fr-notices",
        "title": "À propos des notices",
        "url": "https://www.interpol.int/fr/Notre-action/Notices/A-propos-des-Notices",
        "notes": "INTERPOL's French page on notices; names the Red, Yellow, Blue, Black and "
        "Green Notices and the General Secretariat (the stored copy stops at the Green Notice).",
    },
    {
        "id": "ip-fr-orange-2004",
        "title": "INTERPOL crée une nouvelle notice internationale d'alerte sécurité",
        "url": "https://www.interpol.int/fr/Actualites-et-evenements/Actualites/2004/"
        "INTERPOL-cree-une-nouvelle-notice-internationale-d-alerte-securite",
        "published": "2004-02-24",
        "notes": "INTERPOL's French news release creating the Orange Notice ('notice orange').",
    },
    {
        "id": "ip-fr-sltd",
        "title": "Base de données SLTD (documents de voyage et d\u2019identité)",
        "url": "https://www.interpol.int/fr/Notre-action/Bases-de-donnees/"
        "Base-de-donnees-SLTD-documents-de-voyage-et-d-identite",
        "notes": "INTERPOL's French page on the Stolen and Lost Travel Documents database.",
    },
    {
        "id": "ip-fr-vehicle-crime",
        "title": "Lutte contre la criminalité liée aux véhicules",
        "url": "https://www.interpol.int/fr/Infractions/Criminalite-liee-aux-vehicules/"
        "Lutte-contre-la-criminalite-liee-aux-vehicules",
        "notes": "INTERPOL's French page on vehicle crime; names the Stolen Motor Vehicle "
        "database ('base de données sur les véhicules volés (SMV)').",
    },
    {
        "id": "ip-fr-un-special-notices",
        "title": "Notices spéciales INTERPOL-Conseil de sécurité de l\u2019ONU",
        "url": "https://www.interpol.int/fr/Notre-action/Notices/"
        "Notices-speciales-INTERPOL-Conseil-de-securite-de-l-ONU",
        "notes": "INTERPOL's French page on the INTERPOL-United Nations Security Council "
        "Special Notices (the title is plural; the data gives the singular).",
    },
)

# Keys of a country that identify it in English (what NAME_FORMS and CLDR must not clash with).
_ENGLISH_KEY_FIELDS = ("id", "name", "iso_short_name", "alpha_3", "numeric", "official_name")


def forms(text: str) -> set[str]:
    """The folded keys a lookup derives from ``text`` (as the collection index does)."""
    found = set()
    for variant in (text, invert(text)):
        if variant:
            key = normalize(variant)
            found |= {key, compact(key)}
    return {key for key in found if key}


def english_keys(record: dict) -> list[str]:
    texts = [record[field] for field in _ENGLISH_KEY_FIELDS if record.get(field)]
    return texts + list(record.get("aliases", ()))


def language_tag(locale_id: str) -> str:
    return locale_id.replace("_", "-")


def cldr_names(code: str) -> list[tuple[str, str]]:
    """(language tag, territory name) in INTERPOL's languages, then the official ones."""
    official = get_official_languages(code, regional=False, de_facto=True)
    languages = list(INTERPOL_LANGUAGES) + sorted(set(official) - set(INTERPOL_LANGUAGES))
    names = []
    for language in languages:
        try:
            name = Locale.parse(language).territories.get(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        if name:
            names.append((language_tag(language), name))
    return names


def english_owners(records: list[dict]) -> dict[str, set[str]]:
    """Which members each folded English key names; ``NAME_FORMS`` are checked against it."""
    owner: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for text in english_keys(record):
            for key in forms(text):
                owner[key].add(record["id"])
    for code, extra in NAME_FORMS.items():
        for text in extra:
            clash = {o for key in forms(text) for o in owner.get(key, ())} - {code}
            if clash:
                raise SystemExit(f"{code}: name form {text!r} also names {sorted(clash)}")
    return owner


def kept_names(
    code: str,
    candidates: list[tuple[str, str]],
    owner: dict[str, set[str]],
    localized_owner: dict[str, set[str]],
    dropped: list[str],
) -> list[dict[str, str]]:
    """The CLDR names of ``code`` that name no other member; the others go to ``dropped``."""
    kept = []
    for language, name in candidates:
        keys = forms(name)
        others = {o for key in keys for o in owner.get(key, set()) | localized_owner[key]}
        others.discard(code)
        if others:
            dropped.append(f"{code} {language} {name!r}: also names {sorted(others)}")
            continue
        kept.append({"language": language, "name": name})
    return kept


def write_country_names() -> None:
    """Write each member's CLDR names and English name forms into ``countries.json``."""
    path = DATA / "countries.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    records = document["records"]
    version = get_cldr_version()
    source_id = f"cldr-{version}"
    owner = english_owners(records)
    candidates = {record["id"]: cldr_names(record["id"]) for record in records}
    localized_owner: dict[str, set[str]] = defaultdict(set)
    for code, names in candidates.items():
        for _language, name in names:
            for key in forms(name):
                localized_owner[key].add(code)
    dropped: list[str] = []
    for record in records:
        code = record["id"]
        record["localized_names"] = kept_names(
            code, candidates[code], owner, localized_owner, dropped
        )
        aliases = list(record.get("aliases", ()))
        known = {key for text in english_keys(record) for key in forms(text)}
        for text in NAME_FORMS.get(code, ()):
            if not forms(text) <= known:
                aliases.append(text)
                known |= forms(text)
        record["aliases"] = aliases
        if source_id not in record["sources"]:
            record["sources"] = [*record["sources"], source_id]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    add_source(source_id, version)
    total = sum(len(record["localized_names"]) for record in records)
    print(f"wrote {total} names of {len(records)} countries from CLDR {version}")
    for line in dropped:
        print(f"left out {line}")


def main() -> int:
    write_country_names()
    print(f"wrote {write_entity_names()} names of INTERPOL's bodies, databases and notices")
    # Key order, omitted defaults and about.sources are the formatter's to settle.
    runpy.run_path(str(Path(__file__).with_name("format_data.py")), run_name="__main__")
    return 0


def write_entity_names() -> int:
    """Write ``ENTITY_NAMES`` into their collections, citing each page; return the count."""
    add_sources(ENTITY_SOURCES)
    written = 0
    for collection, by_id in ENTITY_NAMES.items():
        path = DATA / f"{collection}.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        for record in document["records"]:
            entries = by_id.get(record["id"])
            if not entries:
                continue
            record["localized_names"] = [
                {"language": language, "name": name} for language, name, _ in entries
            ]
            cited = [source for _, _, source in entries]
            record["sources"] = list(dict.fromkeys([*record["sources"], *cited]))
            written += len(entries)
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return written


def add_sources(sources: tuple[dict[str, str], ...]) -> None:
    """Add the INTERPOL pages that ``sources.json`` lacks."""
    path = DATA / "sources.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    present = {record["id"] for record in document["records"]}
    for source in sources:
        if source["id"] not in present:
            record = {"id": source["id"], "title": source["title"], "kind": "web-page"}
            record["publisher"] = "INTERPOL"
            record.update({k: v for k, v in source.items() if k not in record})
            document["records"].append(record)
    document["records"].sort(key=lambda record: record["id"])
    document["about"]["sources"] = [record["id"] for record in document["records"]]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def add_source(source_id: str, version: str) -> None:
    """Cite the CLDR release the names come from in ``sources.json``."""
    path = DATA / "sources.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    if any(record["id"] == source_id for record in document["records"]):
        return
    document["records"].append(
        {
            "id": source_id,
            "title": f"Unicode CLDR {version}: territory names and official languages",
            "kind": "standard",
            "publisher": "Unicode Consortium",
            "url": f"https://cldr.unicode.org/downloads/cldr-{version}",
            "notes": f"Read through the babel {babel.__version__} package's copy of CLDR "
            f"{version}: territory names by locale and each territory's official languages.",
        }
    )
    document["records"].sort(key=lambda record: record["id"])
    document["about"]["sources"] = [record["id"] for record in document["records"]]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
