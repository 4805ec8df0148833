"""How the code reads, measured with ``ast``: file and function sizes, docstrings, the tree.

STYLE.md aims at SimPy (median function 5 lines, p90 17, docstrings on 64 %
of functions and classes and on every module). Printed for ``systolic/``:

- files over 400 lines (goal: none) and functions over 60 lines (goal: none);
- median and p90 function length in lines (a function's ``def`` to its last line);
- the share of functions and classes with a docstring, and of modules;
- the package tree, one line per folder: its rule, from its ``__init__`` docstring.

    python benchmarks/code_measures.py [PACKAGE_DIR]
"""

from __future__ import annotations

import ast
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60


def definitions(tree: ast.AST) -> list[ast.AST]:
    """Every function, method and class of a module, nested ones included."""
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return [node for node in ast.walk(tree) if isinstance(node, kinds)]


def percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def folder_rules(package: Path) -> list[str]:
    """One line per folder of the package: its path and the first line of its rule."""
    lines = []
    for init in sorted(package.rglob("__init__.py")):
        folder = init.parent.relative_to(package.parent).as_posix() + "/"
        rule = (ast.get_docstring(ast.parse(init.read_text())) or "(no rule)").splitlines()[0]
        modules = sorted(p.stem for p in init.parent.glob("*.py") if p.name != "__init__.py")
        lines.append(f"  {folder:22s} {rule}\n  {'':22s}   {', '.join(modules)}")
    return lines


def main() -> int:
    package = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "systolic"
    long_files, long_functions, lengths = [], [], []
    documented = total = modules_documented = modules = 0
    for path in sorted(package.rglob("*.py")):
        text = path.read_text()
        tree = ast.parse(text)
        name = path.relative_to(package.parent).as_posix()
        line_count = len(text.splitlines())
        if line_count > MAX_FILE_LINES:
            long_files.append(f"{name} ({line_count})")
        modules += 1
        modules_documented += ast.get_docstring(tree) is not None
        for node in definitions(tree):
            total += 1
            documented += ast.get_docstring(node) is not None
            if isinstance(node, ast.ClassDef):
                continue
            length = node.end_lineno - node.lineno + 1
            lengths.append(length)
            if length > MAX_FUNCTION_LINES:
                long_functions.append(f"{name}:{node.lineno} {node.name} ({length})")
    print(f"files over {MAX_FILE_LINES} lines: {len(long_files)}"
          + "".join(f"\n  {f}" for f in long_files))
    print(f"functions over {MAX_FUNCTION_LINES} lines: {len(long_functions)}"
          + "".join(f"\n  {f}" for f in long_functions))
    print(f"functions: {len(lengths)}, median {statistics.median(lengths):g} lines, "
          f"p90 {percentile(lengths, 0.9)} lines, longest {max(lengths)}")
    print(f"docstrings: {documented / total:.0%} of {total} functions and classes, "
          f"{modules_documented} of {modules} modules")
    print("tree:")
    print("\n".join(folder_rules(package)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
