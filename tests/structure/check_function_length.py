#!/usr/bin/env python3
"""CTest: no function in engine/ or tools/ runs past 60 lines, counted from the
first line of its signature to its closing brace. Clang's parser finds them:
free functions, member functions in or out of their class, constructors,
destructors, operators and templates; a lambda is part of the function it is
written in. Usage: check_function_length.py SOURCE_DIR"""
import os
import sys
from bisect import bisect_left
from multiprocessing import Pool
from pathlib import Path

from cpp_source import Parser, cindex, source_files, tokens

LIMIT = 60
K = cindex.CursorKind
FUNCTIONS = {K.FUNCTION_DECL, K.CXX_METHOD, K.CONSTRUCTOR, K.DESTRUCTOR, K.CONVERSION_FUNCTION, K.FUNCTION_TEMPLATE}
BODIES = {K.COMPOUND_STMT, K.CXX_TRY_STMT}
# Declarations that hold others; the first brace inside one is its own.
SCOPES = {K.NAMESPACE, K.LINKAGE_SPEC, K.CLASS_DECL, K.STRUCT_DECL, K.UNION_DECL,
          K.CLASS_TEMPLATE, K.CLASS_TEMPLATE_PARTIAL_SPECIALIZATION, K.FRIEND_DECL, K.UNEXPOSED_DECL}
# The tokens a function body follows (and a lambda's, inside an initialiser).
BODY_STARTS = {")", "const", "noexcept", "override", "final", "mutable"}
CLASSES = {K.CLASS_DECL, K.STRUCT_DECL, K.UNION_DECL, K.CLASS_TEMPLATE, K.CLASS_TEMPLATE_PARTIAL_SPECIALIZATION}


def name_of(function) -> str:
    parent = function.semantic_parent
    return f"{parent.spelling}::{function.spelling}" if parent and parent.kind in CLASSES else function.spelling


def declarations(scope, file: str, functions: list, scopes: list, others: list) -> None:
    """Sorts what the scope declares in the file. A function defined inside
    another (a local class's member) is never longer than it, so bodies are
    not entered."""
    for child in scope.get_children():
        if child.location.file is None or child.location.file.name != file:
            continue
        if child.kind in FUNCTIONS and any(c.kind in BODIES for c in child.get_children()):
            functions.append(child)
        elif child.kind in SCOPES:
            scopes.append(child)
            declarations(child, file, functions, scopes, others)
        else:
            others.append(child)


def declaration_braces(code: list, i: int) -> list[int]:
    """The braces of the declaration whose first token is code[i], up to its
    closing semicolon (clang leaves an initialiser it cannot check out of the
    extent). A block opened after `)` or `const` and closed without `;` or `,`
    after it is a function body, not a declaration's: none are then its."""
    depth, braces, body = 0, [], False
    for j in range(i, len(code)):
        token = code[j][0]
        if token in ("(", "[", "{"):
            body = body or (token == "{" and depth == 0 and code[j - 1][0] in BODY_STARTS)
            depth += 1
            braces += [j] if token == "{" else []
        elif token in (")", "]", "}"):
            depth -= 1
            after = code[j + 1][0] if j + 1 < len(code) else ""
            if depth < 0 or (depth == 0 and body and after not in (";", ",")):
                return []
        elif token == ";" and depth == 0:
            break
    return braces


def code_of(unit, path: Path, text: str) -> list[tuple[str, int, int]]:
    """(spelling, offset, line) of each token, comments and directives left out."""
    directives = {n for n, line in enumerate(text.split("\n"), 1) if line.lstrip().startswith("#")}
    return [(t.spelling, t.extent.start.offset, t.location.line) for t in tokens(unit, path, text)
            if t.kind != cindex.TokenKind.COMMENT and t.location.line not in directives]


def lost_braces(code: list, functions, scopes, others) -> list[int]:
    """Lines of the braces no declaration accounts for. Clang drops what it
    cannot make sense of; a function body dropped so leaves its brace here."""
    offsets = [offset for _, offset, _ in code]
    explained = set()
    for function in functions:
        explained.update(range(bisect_left(offsets, function.extent.start.offset),
                               bisect_left(offsets, function.extent.end.offset)))
    for scope in scopes:
        inside = range(bisect_left(offsets, scope.extent.start.offset), bisect_left(offsets, scope.extent.end.offset))
        explained.add(next((j for j in inside if code[j][0] == "{"), None))
    for other in others:
        explained.update(declaration_braces(code, bisect_left(offsets, other.extent.start.offset)))
    return [line for j, (token, _, line) in enumerate(code) if token == "{" and j not in explained]


def start(root: Path) -> None:
    global parser
    parser = Parser(root)


def measure(path: Path):
    """(path, [(line, length, name)], lost brace lines, error or None)."""
    try:
        unit, text = parser.parse(path)
    except cindex.TranslationUnitLoadError as e:
        return path, [], [], str(e) or "clang could not parse it"
    code = code_of(unit, path, text)
    offsets = [offset for _, offset, _ in code]
    candidates, scopes, others = [], [], []
    declarations(unit.cursor, str(path.resolve()), candidates, scopes, others)
    # Clang gives a defaulted function a body of its own making: only a body
    # written out, ending the function with its brace, counts.
    functions = [f for f in candidates if code[bisect_left(offsets, f.extent.end.offset) - 1][0] == "}"]
    others += [f for f in candidates if f not in functions]
    measured = [(f.extent.start.line, f.extent.end.line - f.extent.start.line + 1, name_of(f)) for f in functions]
    return path, measured, lost_braces(code, functions, scopes, others), None


def main() -> int:
    root = Path(sys.argv[1])
    with Pool(os.cpu_count(), initializer=start, initargs=(root,)) as pool:
        results = pool.map(measure, source_files(root), chunksize=4)
    problems, count = [], 0
    for path, measured, lost, error in results:
        count += len(measured)
        if error:
            problems.append(f"{path}: cannot be parsed: {error}")
        problems += [f"{path}:{line}: clang could not follow the code here (a library that cpp_source.py does not "
                     f"stub?), so a function here could go unmeasured" for line in lost]
        problems += [f"{path}:{line}: {length} lines: {name}" for line, length, name in measured if length > LIMIT]
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"{count} functions measured, none longer than {LIMIT} lines")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
