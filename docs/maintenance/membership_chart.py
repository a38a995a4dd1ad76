"""Draw docs/img/member-count.svg: INTERPOL's member countries per year, from the packaged data.

Run after the membership data changes (a test checks that the committed image is current):

    python docs/maintenance/membership_chart.py

Plain SVG, written without a plotting library, so that the image is deterministic.
"""

from __future__ import annotations

from pathlib import Path

import interpol_data
from interpol_data.vocabulary import MembershipStatus

TARGET = Path(__file__).resolve().parents[1] / "img" / "member-count.svg"

_WIDTH, _HEIGHT = 760, 360
_LEFT, _RIGHT, _TOP, _BOTTOM = 50, 20, 20, 40
_KNOWN = "#1f5f99"
_UNKNOWN = "#b8c9da"


def counts() -> list[tuple[int, int, int]]:
    """(year, certain members, members whose standing that year is unknown), per year."""
    tally: dict[int, list[int]] = {}
    for row in interpol_data.dataset().membership_panel():
        known, unknown = tally.setdefault(row.year, [0, 0])
        if row.status is MembershipStatus.MEMBER:
            tally[row.year][0] = known + 1
        elif row.status is MembershipStatus.UNKNOWN:
            tally[row.year][1] = unknown + 1
    return [(year, known, unknown) for year, (known, unknown) in sorted(tally.items())]


def svg() -> str:
    """The chart as SVG text: stacked bars of certain and unknown members per year."""
    data = counts()
    top = 200
    plot_w = _WIDTH - _LEFT - _RIGHT
    plot_h = _HEIGHT - _TOP - _BOTTOM
    bar = plot_w / len(data)

    def y(value: float) -> float:
        return _TOP + plot_h - value / top * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_HEIGHT}" '
        f'viewBox="0 0 {_WIDTH} {_HEIGHT}" font-family="sans-serif" font-size="11">',
        "<title>INTERPOL member countries per year (today's members only)</title>",
    ]
    for tick in range(0, top + 1, 50):
        parts.append(
            f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'stroke="#ddd"/>'
        )
        parts.append(f'<text x="{_LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick}</text>')
    for index, (year, known, unknown) in enumerate(data):
        x = _LEFT + index * bar
        parts.append(
            f'<rect x="{x:.1f}" y="{y(known):.1f}" width="{bar * 0.85:.1f}" '
            f'height="{y(0) - y(known):.1f}" fill="{_KNOWN}"><title>{year}: {known} members'
            f"{f', {unknown} unknown' if unknown else ''}</title></rect>"
        )
        if unknown:
            parts.append(
                f'<rect x="{x:.1f}" y="{y(known + unknown):.1f}" width="{bar * 0.85:.1f}" '
                f'height="{y(known) - y(known + unknown):.1f}" fill="{_UNKNOWN}"/>'
            )
        if year % 10 == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{_HEIGHT - _BOTTOM + 16}" '
                f'text-anchor="middle">{year}</text>'
            )
    legend_y = _TOP + 10
    parts += [
        f'<rect x="{_LEFT + 10}" y="{legend_y}" width="12" height="12" fill="{_KNOWN}"/>',
        f'<text x="{_LEFT + 28}" y="{legend_y + 10}">member (sourced accession)</text>',
        f'<rect x="{_LEFT + 200}" y="{legend_y}" width="12" height="12" fill="{_UNKNOWN}"/>',
        f'<text x="{_LEFT + 218}" y="{legend_y + 10}">'
        "standing unknown (accession not sourced)</text>",
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(svg(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
