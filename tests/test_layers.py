"""No module imports a layer above its own (DESIGN.md's table of folders).

A layer is a folder of ``systolic/`` (or one of its top-level modules). A
module may import its own folder and any lower layer, never a higher one.
Folders of one layer never import each other (``peers`` replays SCALE-Sim
beside our ``engine``, not on top of it), so each stays usable without its
neighbour; modules of one folder import each other freely.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "systolic"

LAYER = {
    "errors": 0, "breakdown": 0,
    "results": 1,
    "spec": 2,
    "core": 3,
    "mapping": 4,
    "engine": 5, "peers": 5,
    "cost": 6, "verify": 6,
    "simulate": 7,
    "views": 8,
    "apps": 9,
    "cli": 10,
}


def room(module: str) -> str:
    """The folder (or top-level module) a dotted ``systolic.X...`` name belongs to."""
    return module.split(".")[1]


def module_room(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported_rooms(path: Path) -> set[str]:
    """Every room of ``systolic`` that ``path`` imports, at any depth of the file."""
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "systolic":
                rooms |= {alias.name for alias in node.names}
            elif node.module.startswith("systolic."):
                rooms.add(room(node.module))
        elif isinstance(node, ast.Import):
            rooms |= {room(a.name) for a in node.names if a.name.startswith("systolic.")}
    return rooms


# Heavy or optional libraries, and the only folders that may import them
# (inside functions where DESIGN.md says so), so that a command pays only for
# what it runs and the optional ``gpu`` extra stays optional.
LIBRARY_ROOMS = {
    "numba": {"core", "engine"},  # the PE-level array, and the compiled event engine
    "simpy": {"engine"},
    "matplotlib": {"views"},
    "torch": {"apps"}, "pynvml": {"apps"},
}


def imported_libraries(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
    return names


def modules():
    return [p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE]


def test_every_module_has_a_layer():
    for path in modules():
        assert module_room(path) in LAYER, f"{path} is in no layer of the table"


def test_no_upward_imports():
    for path in modules():
        own = module_room(path)
        for other in imported_rooms(path):
            assert LAYER[other] <= LAYER[own], \
                f"{path.relative_to(PACKAGE)} imports {other} (layer {LAYER[other]} > {LAYER[own]})"


def test_no_imports_across_folders_of_one_layer():
    for path in modules():
        own = module_room(path)
        for other in imported_rooms(path):
            assert other == own or LAYER[other] != LAYER[own], \
                f"{path.relative_to(PACKAGE)} imports {other}, a neighbour of its layer"


def test_nothing_imports_the_cli():
    for path in modules():
        if module_room(path) != "cli":
            assert "cli" not in imported_rooms(path), f"{path} imports the CLI"


def test_modules_have_docstrings():
    for path in PACKAGE.rglob("*.py"):
        assert ast.get_docstring(ast.parse(path.read_text())), f"{path} has no docstring"


def test_every_folder_states_its_rule():
    for init in PACKAGE.rglob("__init__.py"):
        if init.parent != PACKAGE:
            assert ast.get_docstring(ast.parse(init.read_text())), f"{init} states no rule"


def test_imports_are_absolute():
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text())):
            assert not (isinstance(node, ast.ImportFrom) and node.level), \
                f"{path.relative_to(PACKAGE)}:{node.lineno} imports relatively"


def test_heavy_libraries_stay_in_their_folders():
    for path in modules():
        for library in imported_libraries(path) & LIBRARY_ROOMS.keys():
            assert module_room(path) in LIBRARY_ROOMS[library], \
                f"{path.relative_to(PACKAGE)} imports {library}"
