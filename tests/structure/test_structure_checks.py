#!/usr/bin/env python3
"""CTest: the structure checks catch what they are for. Each case writes a
small source tree with one fault the old line-by-line checks let through and
expects the check to fail on it, naming it; a clean tree, with the lambdas,
strings and comments that must not count, passes. Usage: test_structure_checks.py"""
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent


def statements(n: int, indent: str = "    ") -> str:
    return "".join(f"{indent}total += {i};\n" for i in range(n))


def run(check: str, files: dict[str, str]) -> tuple[int, str]:
    with tempfile.TemporaryDirectory() as root:
        for name, text in files.items():
            path = Path(root, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        done = subprocess.run([sys.executable, str(HERE / check), root], capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr


MODEL_H = """
    #pragma once
    #include <cstddef>
    #include <string>
    #include <vector>

    namespace pathways {

    // Mentions that are no code: #include <fstream>, std::cout << getenv("HOME"), int f() {
    enum class Kind : std::uint8_t { a, b };

    class Model {
    public:
        Model() = default;
        ~Model() = default;
        std::size_t size() const { return stages_.size(); }
        bool empty() const;

    private:
        std::vector<std::string> stages_{"a", "b"};
        std::size_t in_system_ = 0;
    };

    }  // namespace pathways
"""

COMMENTED = "".join(f"    int commented_{i}() {{ return {i}; }}\n" for i in range(70))
STYLE = "".join(f'    .rule-{i} {{ width: {i}px; }} puts("x"); system("ls");\n' for i in range(70))
MODEL_CPP = f"""
    #include "model/model.h"

    #include <algorithm>
    #include <array>

    namespace pathways {{

    namespace {{

    constexpr std::array<int, 3> weights = {{{{1, 2, 3}}}};

    /* A long comment is no function, and its braces are no code:
    {COMMENTED}
    */
    const char* const style = R"css(
    {STYLE}
    )css";

    // A lambda is part of where it is written, not a function of its own.
    const auto table = [](int seed) {{
        int total = seed;
    {statements(70)}    return total;
    }};

    }}  // namespace

    bool Model::empty() const {{ return size() == 0 && in_system_ == 0; }}

    #ifdef PATHWAYS_MPI
    bool built_with_mpi() {{ return true; }}
    #else
    bool built_with_mpi() {{ return false; }}
    #endif

    // Sixty lines exactly: the limit, not past it.
    int at_the_limit(int seed) {{
        int total = seed + table(1) + weights[0] + static_cast<int>(std::string(style).size());
    {statements(56)}    return total;
    }}

    }}  // namespace pathways
"""

EDGE_CPP = """
    #include "model/model.h"

    #include <cstdio>
    #include <cstdlib>
    #include <fstream>
    #include <iostream>

    namespace pathways {

    // The edge may write, read files and the environment.
    void say(const Model& model) {
        std::ofstream("out.txt") << model.size();
        std::cout << std::getenv("HOME") << '\\n';
        std::printf("%zu\\n", model.size());
    }

    }  // namespace pathways
"""

CLEAN = {"engine/model/model.h": MODEL_H, "engine/model/model.cpp": MODEL_CPP, "engine/format/edge.cpp": EDGE_CPP,
         "tools/main.cpp": 'int main() { return 0; }\n'}


class FunctionLength(unittest.TestCase):
    def fails_on(self, code: str, expected: str) -> None:
        status, out = run("check_function_length.py", {**CLEAN, "engine/sim/case.cpp": code})
        self.assertEqual(status, 1, out)
        self.assertIn(expected, out)

    def test_clean_tree_passes_and_counts_each_function_once(self):
        status, out = run("check_function_length.py", CLEAN)
        self.assertEqual(status, 0, out)
        # size, empty, both built_with_mpi, at_the_limit, say and main: no lambda, default or comment
        self.assertIn("7 functions measured, none longer than 60 lines", out)

    def test_wrapped_signature(self):
        self.fails_on(f"""
            #include <vector>
            std::vector<double> wrapped(const std::vector<double>& values,
                                        std::size_t from,
                                        std::size_t to) {{
                double total = 0;
            {statements(67)}    return {{total}};
            }}
            """, "case.cpp:2: 73 lines: wrapped")

    def test_override(self):
        self.fails_on(f"""
            struct Base {{
                virtual ~Base() = default;
                virtual int run() const = 0;
            }};
            struct Derived final : Base {{
                int run() const override {{
                    int total = 0;
            {statements(60, "        ")}        return total;
                }}
            }};
            """, "case.cpp:6: 64 lines: Derived::run")

    def test_member_defined_in_nested_class(self):
        self.fails_on(f"""
            namespace pathways {{
            class Outer {{
            public:
                struct Inner {{
                    int inside(int seed) {{
                        int total = seed;
            {statements(60, "            ")}            return total;
                    }}
                }};
            }};
            }}  // namespace pathways
            """, "case.cpp:5: 64 lines: Inner::inside")

    def test_brace_on_its_own_line(self):
        self.fails_on(f"""
            int brace_below(int seed)
            {{
                int total = seed;
            {statements(60)}    return total;
            }}
            """, "case.cpp:1: 65 lines: brace_below")

    def test_constructor_with_initializer_list(self):
        self.fails_on(f"""
            #include <vector>
            struct Tally {{
                Tally(int a, int b);
                int a_, b_, total = 0;
                std::vector<int> seen_;
            }};
            Tally::Tally(int a, int b)
                : a_(a),
                  b_(b),
                  seen_{{}} {{
            {statements(60)}}}
            """, "case.cpp:7: 65 lines: Tally::Tally")

    def test_function_template(self):
        self.fails_on(f"""
            #include <vector>
            template <typename T>
            T summed(const std::vector<T>& values) {{
                T total{{}};
            {statements(60)}    return total;
            }}
            """, "case.cpp:2: 65 lines: summed")

    def test_code_clang_cannot_follow_is_never_skipped(self):
        self.fails_on(f"""
            unknownlib::Thing guess(unknownlib::Other other, unknownlib::Table<int> table) {{
                int total = 0;
            {statements(3)}    return total;
            }}
            """, "case.cpp:1: clang could not follow the code here")

    def test_missing_header_is_never_skipped(self):
        self.fails_on('#include "model/missing.h"\nint f() { return 0; }\n', "case.cpp: cannot be parsed")


class Layers(unittest.TestCase):
    def fails_on(self, name: str, code: str, expected: str) -> None:
        status, out = run("check_layers.py", {**CLEAN, name: code})
        self.assertEqual(status, 1, out)
        self.assertIn(expected, out)

    def test_clean_tree_passes(self):
        status, out = run("check_layers.py", CLEAN)
        self.assertEqual(status, 0, out)
        self.assertIn("layers hold", out)

    def test_upward_include(self):
        self.fails_on("engine/model/up.h", '#pragma once\n#include "sim/people.h"\n',
                      "up.h:2: includes from 'sim', which is not below 'model'")

    def test_fstream(self):
        self.fails_on("engine/sim/files.cpp", "#include <fstream>\n", "files.cpp:1: #include <fstream> has no place")

    def test_cstdio(self):
        self.fails_on("engine/run/print.cpp", "// Formats a figure.\n#include <cstdio>\n",
                      "print.cpp:2: #include <cstdio> has no place")

    def test_getenv(self):
        self.fails_on("engine/model/env.cpp", """
            #include <cstdlib>
            const char* home() { return std::getenv("HOME"); }
            """, "env.cpp:2: 'getenv' has no place")

    def test_cout(self):
        self.fails_on("engine/tallies/say.cpp", """
            void say(int n) {
                std::cout << n;
            }
            """, "say.cpp:2: 'cout' has no place")


if __name__ == "__main__":
    unittest.main()
