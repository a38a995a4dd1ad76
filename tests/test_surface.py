"""The public surface: what the package exports, what importing it costs, no import cycles."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import interpol_data
from interpol_data._registry import COLLECTIONS

PACKAGE = Path(interpol_data.__file__).parent


def test_records_enums_and_dataset_are_importable_from_the_package() -> None:
    from interpol_data import Country, Dataset, InvalidValueError, OfficeKind, Region

    assert Country.__module__ == "interpol_data.records"
    assert Dataset.__name__ == "Dataset"
    assert Region("europe").label == "Europe"
    assert OfficeKind.HEADQUARTERS == "headquarters"
    assert issubclass(InvalidValueError, interpol_data.InterpolDataError)


def test_every_name_in_all_resolves() -> None:
    for name in interpol_data.__all__:
        assert getattr(interpol_data, name) is not None, name


def test_all_names_every_collection_of_the_registry() -> None:
    assert set(COLLECTIONS) <= set(interpol_data.__all__)


def test_every_collection_has_a_record_class_and_a_data_file() -> None:
    from interpol_data.records import COLLECTION_TYPES

    for name, class_name in COLLECTIONS.items():
        assert COLLECTION_TYPES[name].__name__ == class_name
        assert (PACKAGE / "data" / f"{name}.json").is_file(), name


def test_importing_the_package_loads_no_records_attrs_or_cattrs() -> None:
    script = (
        "import sys, interpol_data; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('attrs', 'attr', 'cattrs') or m == 'interpol_data.records'))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _record_modules_after(code: str) -> list[str]:
    """The record and vocabulary modules a fresh interpreter has imported after ``code``."""
    script = (
        f"import sys; {code}; "
        "print(sorted(m for m in sys.modules if m.startswith(('interpol_data._records.', "
        "'interpol_data.records', 'interpol_data._vocabularies.', 'interpol_data.vocabulary'))))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return list(ast.literal_eval(out.stdout.strip()))


def test_the_first_country_lookup_creates_only_the_classes_countries_need() -> None:
    found = _record_modules_after("import interpol_data as ip; ip.countries.lookup('France')")
    assert found == [
        "interpol_data._records.common",
        "interpol_data._records.countries",
        "interpol_data._vocabularies.common",
        "interpol_data._vocabularies.regions",
    ]


def test_importing_a_record_class_from_the_package_creates_only_its_module() -> None:
    found = _record_modules_after("from interpol_data import Partner")
    assert found == [
        "interpol_data._records.common",
        "interpol_data._records.partners",
        "interpol_data._vocabularies.common",
        "interpol_data._vocabularies.kinds",
    ]


def test_every_vocabulary_has_one_public_home() -> None:
    from interpol_data import vocabulary

    for name in vocabulary.__all__:
        assert getattr(vocabulary, name).__module__ == "interpol_data.vocabulary", name


def test_every_record_class_has_one_public_home() -> None:
    from interpol_data import records
    from interpol_data._registry import RECORD_MODULES, record_type

    for class_name in RECORD_MODULES:
        found = record_type(class_name)
        assert found is getattr(records, class_name) is getattr(interpol_data, class_name)
        assert found.__module__ == "interpol_data.records", class_name


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


def _runtime_imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports at run time, function-level ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only |= {id(inner) for child in node.body for inner in ast.walk(child)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module in modules:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules else node.module)
    return found


def _import_graph() -> dict[str, set[str]]:
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(paths)
    return {name: _runtime_imports(path, modules) - {name} for name, path in paths.items()}


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        state[name] = 1
        path.append(name)
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state:
            found = visit(name)
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_planted_cycle() -> None:
    assert _find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_import_graph_sees_function_level_imports() -> None:
    graph = _import_graph()
    assert "interpol_data.errors" in graph["interpol_data._validators"]
    assert "interpol_data._display" in graph["interpol_data._records.common"]  # in a method


def test_no_module_imports_another_in_a_circle() -> None:
    assert _find_cycle(_import_graph()) is None


def test_every_registered_collection_is_a_typed_dataset_attribute() -> None:
    ds = interpol_data.dataset()
    for name in COLLECTIONS:
        assert isinstance(vars(interpol_data.Dataset).get(name), property), name
        assert getattr(ds, name) is ds.collection(name)
