// Parsing JSON text with errors that say where: line, column and the reason.
#include <cmath>
#include <cstdlib>
#include <regex>

#include "format/json_builder.h"
#include "format/load.h"

namespace pathways {

namespace {

// Deeper documents are refused before parsing so that nothing later (parser,
// destructor, validation) can run out of stack on them.
constexpr int max_depth = 64;

struct Place {
    std::size_t line = 1, column = 1;
};

Place place_of(const std::string& text, std::size_t offset) {
    Place p;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

// Bytes that are not printable ASCII become \xNN, so that a message quoting
// broken input is itself valid UTF-8.
std::string printable(const std::string& s) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

std::string at_place(const std::string& text, std::size_t offset, const std::string& reason) {
    Place p = place_of(text, offset);
    return "invalid JSON at line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ": " + reason;
}

bool number_char(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

// Scans outside strings for nesting depth and for numbers that are not finite
// as doubles (1e400), which the parser would otherwise refuse without a place.
std::optional<std::string> scan(const std::string& text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                return at_place(text, i, "nesting deeper than " + std::to_string(max_depth) + " levels");
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < text.size() && number_char(text[end])) ++end;
            const std::string token = text.substr(i, end - i);
            if (std::isinf(std::strtod(token.c_str(), nullptr)))
                return at_place(text, i, "number " + token + " is too large (not a finite number)");
            i = end - 1;
        }
    }
    return std::nullopt;
}

// nlohmann's messages read "[json.exception.parse_error.101] parse error at
// line 3, column 14: syntax error while parsing ..."; keep the place and reason.
std::string parse_message(const std::string& text, const std::string& what, std::size_t byte) {
    static const std::regex form(R"(at line (\d+), column (\d+): (.*))");
    std::smatch m;
    if (std::regex_search(what, m, form))
        return "invalid JSON at line " + m[1].str() + ", column " + m[2].str() + ": " + printable(m[3].str());
    return at_place(text, byte == 0 ? 0 : byte - 1, printable(what));
}

}  // namespace

std::optional<Json> parse_json_text(const std::string& text, const std::string& file, std::vector<Diagnostic>& out) {
    auto fail = [&](std::string message) {
        out.push_back({Diagnostic::Severity::error, file, "", std::move(message)});
        return std::nullopt;
    };
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return fail("the file is empty (no JSON value)");
    // nlohmann reads a NUL as the end of input, which names the wrong fault.
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos)
        return fail(at_place(text, nul, "the byte 0x00 (NUL) is not text: is this a binary file, or UTF-16?"));
    if (auto problem = scan(text)) return fail(*problem);
    JsonBuilder builder;
    try {
        Json::sax_parse(text, &builder);
    } catch (const nlohmann::json::exception& e) {
        return fail("invalid JSON: " + printable(e.what()));
    }
    if (const auto& problem = builder.problem()) {
        if (problem->syntax) return fail(parse_message(text, problem->message, problem->offset));
        out.push_back({Diagnostic::Severity::error, file, problem->pointer, problem->message});
        return std::nullopt;
    }
    return std::move(builder.result());
}

std::string Diagnostic::to_string() const {
    std::string s = severity == Severity::warning ? "warning: " : "";
    if (!file.empty()) s += file + ": ";
    if (!pointer.empty()) s += pointer + ": ";
    return s + message;
}

}  // namespace pathways
