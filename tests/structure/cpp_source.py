"""The project's C++ files as clang sees them, for the structure checks.

A file is parsed with the project's own headers but none of the standard
library's or the third-party libraries': those would take seconds a file,
where this way the whole tree takes seconds. In their place comes a header of stubs
that declares each library name the tree writes out (std::vector, boost::math::
normal) as a namespace, a class or a class template, which is all the parser
needs to tell a function's signature from an expression. Every line keeps its
number: an include left out stays as an empty line."""
import re
import sys
from pathlib import Path

try:
    from clang import cindex
except ImportError:
    # Debian's python3-clang-14 installs into the system Python; a python3 from
    # elsewhere first on PATH (pyenv, a venv) can still load it from there.
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        from clang import cindex
    except ImportError:
        sys.exit("FAIL: libclang's Python bindings are missing: tools/setup.sh --tests installs python3-clang-14")

LIBRARIES = ("std", "boost", "nlohmann", "Eigen", "httplib")
INCLUDE_ROOTS = ("engine", "tools/serve")
ARGS = ["-x", "c++", "-std=c++20", "-nostdinc", "-nostdinc++", "-ferror-limit=0", "-w"]
SYSTEM_INCLUDE = re.compile(r"^[ \t]*#[ \t]*include[ \t]*<.*$", re.M)
# Both branches of an #if are parsed, so the MPI build's code is read too.
CONDITIONAL = re.compile(r"^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif)\b.*$", re.M)
ALIAS = re.compile(r"\bnamespace\s+(\w+)\s*=\s*((?:%s)(?:\s*::\s*\w+)*)" % "|".join(LIBRARIES))
USED_AS_NAMESPACE = re.compile(r"\b(?:using\s+namespace|namespace\s+\w+\s*=)\s*(\w+(?:\s*::\s*\w+)*)")
INTEGER = re.compile(r"u?int(_fast|_least)?\d+_t|u?intptr_t|u?intmax_t|size_t|ptrdiff_t")
STUBS = "pathways-structure-stubs.h"


def source_files(root: Path, folders=("engine", "tools")) -> list[Path]:
    return [path for folder in folders for path in sorted((root / folder).rglob("*"))
            if path.suffix in (".h", ".cpp") and "node_modules" not in path.parts]


# Comments and string literals, whose words are not code (a comment may well
# name "std::chrono" alone, which would make it look like a class).
COMMENT_OR_STRING = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"', re.S)


def stubs(texts) -> str:
    """Declarations for every library name the texts spell out in full. A name
    followed by `::` holds others; one followed by `<` is a template."""
    texts = [COMMENT_OR_STRING.sub(" ", text) for text in texts]
    roots = {name: name for name in LIBRARIES}
    for text in texts:
        roots.update((alias, re.sub(r"\s", "", target)) for alias, target in ALIAS.findall(text))
    qualified = re.compile(r"\b(%s)((?:\s*::\s*\w+)+)(\s*<(?![<=]))?" % "|".join(roots))
    names, templates, namespaces = set(), set(), set()
    for text in texts:
        for root, rest, angle in qualified.findall(text):
            path = tuple(roots[root].split("::")) + tuple(re.split(r"\s*::\s*", rest.strip())[1:])
            names.add(path)
            if angle:
                templates.add(path)
        namespaces.update(tuple(re.split(r"\s*::\s*", n)) for n in USED_AS_NAMESPACE.findall(text))

    def declare(prefix: tuple) -> str:
        inner = sorted({n[len(prefix)] for n in names if len(n) > len(prefix) and n[:len(prefix)] == prefix})
        out = []
        for name in inner:
            if name == prefix[-1]:
                continue  # an inherited constructor (using std::runtime_error::runtime_error)
            path, body = prefix + (name,), declare(prefix + (name,))
            if path in templates:
                out.append(f"template <class...> struct {name} {{ {body} }};")
            elif path in names and path not in namespaces:
                out.append(f"using {name} = long;" if INTEGER.fullmatch(name) and not body else
                           f"struct {name} {{ {body} }};")
            else:
                out.append(f"namespace {name} {{ {body} }}")
        return "\n".join(out)

    return "\n".join(f"namespace {root} {{ {declare((root,))} }}" for root in LIBRARIES) + "\n"


def without_libraries(text: str) -> str:
    return SYSTEM_INCLUDE.sub("", text)


def measured_text(text: str) -> str:
    return CONDITIONAL.sub("", without_libraries(text))


class Parser:
    """Parses the files of one source tree, each with its project headers."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.texts = {path: path.read_text(encoding="utf-8") for path in source_files(self.root)}
        self.headers = [(str(path), without_libraries(text)) for path, text in self.texts.items()
                        if path.suffix == ".h"]
        self.headers.append((str(self.root / STUBS), stubs(self.texts.values())))
        self.args = ARGS + ["-include", str(self.root / STUBS)] + [f"-I{self.root / r}" for r in INCLUDE_ROOTS]
        self.index = cindex.Index.create()

    def parse(self, path: Path) -> tuple["cindex.TranslationUnit", str]:
        """The file's unit and the text it was parsed from. Raises
        cindex.TranslationUnitLoadError when clang cannot parse it at all."""
        path = path.resolve()
        text = measured_text(self.texts[path])
        files = [(name, body) for name, body in self.headers if name != str(path)] + [(str(path), text)]
        unit = self.index.parse(str(path), args=self.args, unsaved_files=files)
        fatal = [d for d in unit.diagnostics if d.severity >= cindex.Diagnostic.Fatal]
        if fatal:
            raise cindex.TranslationUnitLoadError(str(fatal[0]))
        return unit, text


def lex(path: Path, text: str) -> list[tuple[str, str, int]]:
    """The file's tokens as written, (kind, spelling, line), comments left out:
    clang's lexer, so a string or a comment is never mistaken for code."""
    path = path.resolve()
    unit = cindex.Index.create().parse(str(path), args=ARGS, unsaved_files=[(str(path), text)],
                                       options=cindex.TranslationUnit.PARSE_SKIP_FUNCTION_BODIES)
    return [(t.kind.name, t.spelling, t.location.line) for t in tokens(unit, path, text)
            if t.kind != cindex.TokenKind.COMMENT]


def tokens(unit: "cindex.TranslationUnit", path: Path, text: str):
    """Every token of the file, comments and literals as tokens of their own."""
    file = unit.get_file(str(path.resolve()))
    whole = cindex.SourceRange.from_locations(cindex.SourceLocation.from_offset(unit, file, 0),
                                              cindex.SourceLocation.from_offset(unit, file, len(text.encode())))
    return unit.get_tokens(extent=whole)
