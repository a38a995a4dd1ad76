"""Where a country is: INTERPOL's regions and the UN M49 areas."""

from __future__ import annotations

from interpol_data._vocabularies.common import Vocabulary, public

__all__ = ["Region", "UnIntermediateRegion", "UnRegion", "UnSubregion"]


@public
class Region(Vocabulary):
    """The four regions into which INTERPOL groups its member countries on its web pages."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA_SOUTH_PACIFIC = "asia-south-pacific"
    EUROPE = "europe"


class _M49(Vocabulary):
    """An area of the UN M49 standard; ``m49`` is its three-digit code, ``label`` its M49 name."""

    @property
    def label(self) -> str:
        return _M49_AREAS[str(self.value)][1]

    @property
    def m49(self) -> str:
        """The area's M49 code, such as ``"150"`` for Europe."""
        return _M49_AREAS[str(self.value)][0]


# Codes and names as the UN Statistics Division publishes them (M49 overview).
_M49_AREAS = {
    "africa": ("002", "Africa"),
    "americas": ("019", "Americas"),
    "asia": ("142", "Asia"),
    "europe": ("150", "Europe"),
    "oceania": ("009", "Oceania"),
    "australia-and-new-zealand": ("053", "Australia and New Zealand"),
    "central-asia": ("143", "Central Asia"),
    "eastern-asia": ("030", "Eastern Asia"),
    "eastern-europe": ("151", "Eastern Europe"),
    "latin-america-and-the-caribbean": ("419", "Latin America and the Caribbean"),
    "melanesia": ("054", "Melanesia"),
    "micronesia": ("057", "Micronesia"),
    "northern-africa": ("015", "Northern Africa"),
    "northern-america": ("021", "Northern America"),
    "northern-europe": ("154", "Northern Europe"),
    "polynesia": ("061", "Polynesia"),
    "south-eastern-asia": ("035", "South-eastern Asia"),
    "southern-asia": ("034", "Southern Asia"),
    "southern-europe": ("039", "Southern Europe"),
    "sub-saharan-africa": ("202", "Sub-Saharan Africa"),
    "western-asia": ("145", "Western Asia"),
    "western-europe": ("155", "Western Europe"),
    "caribbean": ("029", "Caribbean"),
    "central-america": ("013", "Central America"),
    "eastern-africa": ("014", "Eastern Africa"),
    "middle-africa": ("017", "Middle Africa"),
    "south-america": ("005", "South America"),
    "southern-africa": ("018", "Southern Africa"),
    "western-africa": ("011", "Western Africa"),
}


@public
class UnRegion(_M49):
    """A region of the UN M49 standard; not INTERPOL's grouping (see :class:`Region`)."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA = "asia"
    EUROPE = "europe"
    OCEANIA = "oceania"


@public
class UnSubregion(_M49):
    """A subregion of the UN M49 standard."""

    AUSTRALIA_AND_NEW_ZEALAND = "australia-and-new-zealand"
    CENTRAL_ASIA = "central-asia"
    EASTERN_ASIA = "eastern-asia"
    EASTERN_EUROPE = "eastern-europe"
    LATIN_AMERICA_AND_THE_CARIBBEAN = "latin-america-and-the-caribbean"
    MELANESIA = "melanesia"
    MICRONESIA = "micronesia"
    NORTHERN_AFRICA = "northern-africa"
    NORTHERN_AMERICA = "northern-america"
    NORTHERN_EUROPE = "northern-europe"
    POLYNESIA = "polynesia"
    SOUTH_EASTERN_ASIA = "south-eastern-asia"
    SOUTHERN_ASIA = "southern-asia"
    SOUTHERN_EUROPE = "southern-europe"
    SUB_SAHARAN_AFRICA = "sub-saharan-africa"
    WESTERN_ASIA = "western-asia"
    WESTERN_EUROPE = "western-europe"


@public
class UnIntermediateRegion(_M49):
    """An intermediate region of the UN M49 standard (only some subregions are divided)."""

    CARIBBEAN = "caribbean"
    CENTRAL_AMERICA = "central-america"
    EASTERN_AFRICA = "eastern-africa"
    MIDDLE_AFRICA = "middle-africa"
    SOUTH_AMERICA = "south-america"
    SOUTHERN_AFRICA = "southern-africa"
    WESTERN_AFRICA = "western-africa"
