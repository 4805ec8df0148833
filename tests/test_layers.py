"""No module imports a layer above its own (DESIGN.md's import table)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "systolic"

LAYER = {
    "errors": 1,
    "hardware": 2, "workload": 2, "results": 2,
    "models": 3, "core": 3,
    "mapping": 4, "mapping_vector": 4, "mapping_attention": 4,
    "memory": 5, "engine": 5, "scalesim": 5, "scalesim_buffers": 5,
    "energy": 6, "area": 6,
    "simulate": 7,
    "report": 8, "plot": 8, "sweep": 8, "validate": 8, "compare": 8, "labs": 8,
    "stepview": 8, "animate": 8,
    "cli": 9,
}


def module_layer(path: Path) -> int:
    relative = path.relative_to(PACKAGE)
    name = relative.parts[0].removesuffix(".py")
    return LAYER.get(name, 0)


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("systolic"):
            base = node.module.split(".")
            names |= {(base + [alias.name])[1] if len(base) == 1 else base[1]
                      for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {a.name.split(".")[1] for a in node.names
                      if a.name.startswith("systolic.")}
    return names


def test_every_module_has_a_layer():
    for path in PACKAGE.rglob("*.py"):
        if path.name != "__init__.py":
            assert module_layer(path) > 0, f"{path} is missing from the layer table"


def test_no_upward_imports():
    for path in PACKAGE.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        own = module_layer(path)
        for name in imported_modules(path):
            assert LAYER[name] <= own, f"{path.relative_to(PACKAGE)} imports {name}"


def test_modules_have_docstrings():
    for path in PACKAGE.rglob("*.py"):
        assert ast.get_docstring(ast.parse(path.read_text())), f"{path} has no docstring"
