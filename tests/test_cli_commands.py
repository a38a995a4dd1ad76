"""The command line's browsing, relationship, version, validate and diff commands."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from interpol_data import Dataset
from interpol_data.cli import _EXAMPLES, main
from interpol_data.errors import InterpolDataError
from tests.conftest import record


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def ids(out: str) -> list[str]:
    return [item["id"] for item in json.loads(out)]


def test_show_organization(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "organization")
    assert status == 0
    assert "International Criminal Police Organization" in out
    assert "General Secretariat headquarters (general-secretariat-lyon)" in out


def test_show_without_a_key_says_how_to_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "show", "countries")
    assert status == 2
    assert "interpol-data list countries" in err


def test_show_names_references_and_marks_missing_values(
    capsys: pytest.CaptureFixture[str], ds: Dataset
) -> None:
    status, out, _ = run(capsys, "show", "projects", "aircop", "--wide")
    assert status == 0
    assert "European Union (european-union)" in out
    empty = next(c for c in ds.countries if c.joined is None)
    status, out, _ = run(capsys, "show", "countries", empty.id, "--wide")
    assert any(line.split()[:3] == ["joined", "not", "stated"] for line in out.splitlines())


def test_list_a_collection(capsys: pytest.CaptureFixture[str], ds: Dataset) -> None:
    status, out, _ = run(capsys, "list", "languages", "--format", "json")
    assert status == 0
    assert ids(out) == [language.id for language in ds.languages]


def test_list_where_filters_by_field(capsys: pytest.CaptureFixture[str], ds: Dataset) -> None:
    status, out, _ = run(
        capsys, "list", "offices", "--where", "kind=regional-bureau", "--format", "json"
    )
    assert status == 0
    assert ids(out) == [o.id for o in ds.offices if o.kind == "regional-bureau"]
    assert "rb-kenya" in ids(out)


def test_list_where_reads_numbers_and_combines_conditions(
    capsys: pytest.CaptureFixture[str], ds: Dataset
) -> None:
    argv = ("list", "countries", "--where", "joined=1923", "--where", "region=europe")
    status, out, _ = run(capsys, *argv, "--format", "json")
    assert status == 0
    expected = [c.id for c in ds.countries if c.joined == 1923 and c.region == "europe"]
    assert ids(out) == expected
    assert "FR" in expected


def test_list_where_an_unknown_field_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "list", "countries", "--where", "colour=red")
    assert status == 2
    assert "no field 'colour'" in err
    status, _, err = run(capsys, "list", "countries", "--where", "joined=soon")
    assert status == 2
    assert "whole numbers" in err


@pytest.mark.parametrize(
    ("name", "key", "method"),
    [
        ("funded-by", "Canada", "projects_funded_by"),
        ("partners-of", "AIRCOP", "partners_of"),
        ("projects-in", "Indonesia", "projects_in"),
        ("offices-in", "France", "offices_in"),
    ],
)
def test_relationship_commands_follow_the_dataset(
    capsys: pytest.CaptureFixture[str], ds: Dataset, name: str, key: str, method: str
) -> None:
    status, out, _ = run(capsys, name, key, "--format", "json")
    assert status == 0
    expected = [item.id for item in getattr(ds, method)(key)]
    assert expected
    assert ids(out) == expected


def test_relationship_table_names_the_records(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "funded-by", "Canada", "--wide")
    assert status == 0
    assert "Project Sunbird" in out


def test_members_on_without_history_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(Dataset, "members_on", raising=False)
    status, _, err = run(capsys, "members-on", "2000-01-01")
    assert status == 2
    assert "membership history" in err


class _UnsettledError(InterpolDataError, ValueError):
    def __init__(self, uncertain: tuple[str, ...]) -> None:
        super().__init__("pass strict=False for the certain members")
        self.uncertain = uncertain


def _fake_history(monkeypatch: pytest.MonkeyPatch, ds: Dataset) -> None:
    """Membership history as the history helper declares it: strict unless told otherwise."""

    def members_on(self: Dataset, on: datetime.date, *, strict: bool = True) -> tuple[Any, ...]:
        assert isinstance(on, datetime.date)
        if strict:
            raise _UnsettledError(("FR", "DE"))
        return (self.countries["AT"],)

    monkeypatch.setattr(Dataset, "members_on", members_on, raising=False)
    monkeypatch.setattr(
        Dataset,
        "uncertain_members_on",
        lambda self, on: (self.countries["FR"], self.countries["DE"]),
        raising=False,
    )


def test_members_on_lists_the_members(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ds: Dataset
) -> None:
    _fake_history(monkeypatch, ds)
    status, out, _ = run(capsys, "members-on", "1950-01-01", "--certain-only", "--format", "json")
    assert status == 0
    assert ids(out) == ["AT"]
    status, out, _ = run(capsys, "members-on", "1950-01-01", "--certain-only")
    assert "2 more countries may have been members" in out


def test_members_on_an_unsettled_date_says_what_to_do_in_cli_terms(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ds: Dataset
) -> None:
    _fake_history(monkeypatch, ds)
    status, _, err = run(capsys, "members-on", "1950-01-01")
    assert status == 1
    assert "2 member countries (FR, DE)" in err
    assert "--certain-only" in err
    assert "strict=False" not in err


def test_members_on_a_bad_date(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ds: Dataset
) -> None:
    _fake_history(monkeypatch, ds)
    status, _, err = run(capsys, "members-on", "yesterday")
    assert status == 2
    assert "YYYY-MM-DD" in err


def test_lookup_errors_speak_in_command_line_terms(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "show", "databases", "qqqqqqqqqqqq")
    assert status == 1
    assert "interpol-data search qqqqqqqqqqqq" in err
    assert ".search(" not in err


def test_summary_shows_what_each_uncountable_statement_means(
    capsys: pytest.CaptureFixture[str], ds: Dataset
) -> None:
    status, out, _ = run(capsys, "summary", "--wide")
    assert status == 0
    assert "see notes" not in out
    explained = [s for s, held in ds.count_checks() if held != s.value and s.explanation]
    assert explained
    for stated in explained:
        assert stated.explanation is not None
        assert stated.explanation[:30] in out


def test_version_prints_library_version_and_data_date(ds: Dataset) -> None:
    import interpol_data

    done = subprocess.run(
        [sys.executable, "-m", "interpol_data", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert interpol_data.__version__ in done.stdout
    assert ds.as_of.isoformat() in done.stdout


@pytest.mark.parametrize("name", sorted(_EXAMPLES))
def test_every_subcommand_help_has_an_example(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    with pytest.raises(SystemExit):
        main([name, "--help"])
    out = capsys.readouterr().out
    assert "example:" in out
    assert f"interpol-data {name}" in out


def test_every_subcommand_has_an_example() -> None:
    from interpol_data.cli import _parser

    parser = _parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    assert set(actions[0].choices) == set(_EXAMPLES)  # type: ignore[arg-type]


# diff ---------------------------------------------------------------------------------


def write(path: Path, data: dict[str, Any]) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_diff_shows_a_changed_as_of_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: dict[str, Any]
) -> None:
    old = write(tmp_path / "old.json", raw)
    new = write(tmp_path / "new.json", {**raw, "as_of": "2030-01-01"})
    status, out, _ = run(capsys, "diff", old, new)
    assert status == 1
    assert "as_of" in out
    assert "2030-01-01" in out


def test_diff_compares_datasets_that_break_count_checks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: dict[str, Any], ds: Dataset
) -> None:
    old = write(tmp_path / "old.json", raw)
    # A member no record refers to: removing it breaks only the stated member count.
    lonely = next(c.id for c in ds.countries if not ds.referrers(c))
    dropped = [c for c in raw["countries"] if c["id"] != lonely]
    new = write(tmp_path / "new.json", {**raw, "countries": dropped})
    status, out, err = run(capsys, "diff", old, new)
    assert status == 1
    assert f"removed countries[{lonely!r}]" in out
    assert "count check" in err


def test_diff_refuses_data_with_other_problems_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: dict[str, Any]
) -> None:
    old = write(tmp_path / "old.json", raw)
    record(raw, "countries", "FR")["joined"] = "soon"
    new = write(tmp_path / "new.json", raw)
    status, _, err = run(capsys, "diff", old, new)
    assert status == 2
    assert "countries['FR'].joined" in err


def test_an_ambiguous_name_asks_for_an_id(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from interpol_data.collection import Collection
    from interpol_data.errors import AmbiguousLookupError

    def ambiguous(self: Collection[Any], text: str) -> Any:
        raise AmbiguousLookupError(self.name, text, ["aa", "bb"])

    monkeypatch.setattr(Collection, "lookup", ambiguous)
    status, _, err = run(capsys, "show", "countries", "Guinea-ish")
    assert status == 1
    assert "interpol-data show countries aa" in err


def test_where_needs_field_equals_value(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "list", "countries", "--where", "region")
    assert status == 2
    assert "FIELD=VALUE" in err


def test_where_with_no_value_finds_the_gaps(
    capsys: pytest.CaptureFixture[str], ds: Dataset
) -> None:
    status, out, _ = run(capsys, "list", "countries", "--where", "joined=", "--format", "json")
    assert status == 0
    assert ids(out) == [c.id for c in ds.countries if c.joined is None]


def test_list_with_no_match_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list", "countries", "--where", "joined=1066")
    assert status == 0
    assert "no records match" in out


def test_show_organization_takes_no_other_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "show", "organization", "INTERPOL")[0] == 0
    status, _, err = run(capsys, "show", "organization", "Europol")
    assert status == 1
    assert "no key" in err


def test_where_on_a_reference_takes_a_name(capsys: pytest.CaptureFixture[str], ds: Dataset) -> None:
    argv = ("list", "projects", "--where", "funders=Canada", "--format", "json")
    status, out, _ = run(capsys, *argv)
    assert status == 0
    assert ids(out) == [p.id for p in ds.projects_funded_by("Canada")]


def test_ctrl_c_ends_quietly_with_status_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import interpol_data

    def interrupted(*_args: Any, **_kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(interpol_data, "search", interrupted)
    status, _, err = run(capsys, "search", "korea")
    assert status == 130
    assert "Traceback" not in err


def test_version_reads_no_dataset() -> None:
    code = (
        "import sys\n"
        "from interpol_data.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('interpol_data.loading' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "False"


def test_where_a_value_the_field_cannot_hold_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from interpol_data.collection import Collection

    def refuse(self: Collection[Any], **fields: Any) -> Any:
        raise ValueError("region takes one of: africa, americas, asia-south-pacific, europe")

    monkeypatch.setattr(Collection, "filter", refuse)
    status, _, err = run(capsys, "list", "countries", "--where", "region=narnia")
    assert status == 2
    assert "--where: region takes one of" in err


def test_validate_a_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    import interpol_data

    folder = Path(interpol_data.__file__).parent / "data"
    status, out, _ = run(capsys, "validate", str(folder))
    assert status == 0
    assert "is valid" in out


def test_holder_shows_the_term_covering_a_date(
    capsys: pytest.CaptureFixture[str], ds: Dataset
) -> None:
    if not hasattr(ds, "holder"):
        pytest.skip("the terms of office are not in this version")
    status, out, _ = run(capsys, "holder", "President", "--on", "1990-01-01", "--format", "json")
    assert status == 0
    assert json.loads(out)["person"] == ds.holder("President", on="1990-01-01").person


def test_holder_with_a_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "holder", "President", "--on", "soon")
    assert status == 2
    assert "YYYY-MM-DD" in err


def test_members_on_the_real_history(capsys: pytest.CaptureFixture[str], ds: Dataset) -> None:
    if not hasattr(ds, "members_on"):
        pytest.skip("the membership history is not in this version")
    status, out, _ = run(capsys, "members-on", "2018-12-01", "--format", "json")
    assert status == 0
    assert ids(out) == [c.id for c in ds.members_on("2018-12-01")]
