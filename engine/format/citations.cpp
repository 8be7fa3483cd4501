// Resolving the ids a model's sources cite against the evidence register.
#include "format/citations.h"

#include <filesystem>
#include <map>

#include "format/file_bytes.h"
#include "format/json_reader.h"
#include "format/validate.h"

namespace pathways {

namespace {

constexpr const char* register_format = "pathways-sources/1";
const std::vector<std::string> confidences = {"high", "medium", "low"};

using Register = std::map<std::string, Citation>;

// A piece of free text that may cite, and where it is.
struct CitingText {
    std::string file, pointer, text;
};

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

std::optional<Citation> read_entry(Reader& in, const std::string& id, const Json& value, const std::string& p) {
    if (!in.object(value, p)) return std::nullopt;
    in.keys(value, p, {"publisher", "title", "date", "url", "figure", "confidence", "used_for", "checked"});
    Citation c{id, "", "", "", "", "", "", ""};
    for (auto [key, field] :
         {std::pair{"publisher", &c.publisher}, {"title", &c.title}, {"date", &c.date}, {"figure", &c.figure}}) {
        if (const Json* v = in.required(value, p, key)) *field = in.string(*v, child(p, key)).value_or("");
    }
    if (const Json* v = Reader::member(value, "url")) c.url = in.string(*v, child(p, "url")).value_or("");
    // The day someone last confirmed the entry still says what the model uses (rules change often).
    if (const Json* v = Reader::member(value, "checked"); v && read_date(in, *v, child(p, "checked")))
        c.checked = v->get<std::string>();
    if (const Json* v = in.required(value, p, "confidence")) {
        if (auto i = in.choice(*v, child(p, "confidence"), confidences)) c.confidence = confidences[*i];
    }
    return c;
}

// A register file as read: no entries when there is none beside the model.
struct RegisterFile {
    std::optional<Register> entries;
    bool broken = false;  // it exists but has errors (reported)
};

RegisterFile read_register(const std::string& path, std::vector<Diagnostic>& out) {
    FileBytes file = read_file_bytes(path, max_model_bytes);
    if (!file.bytes) return {};
    std::optional<Json> document = parse_json_text(*file.bytes, path, out);
    if (!document) return {Register{}, true};
    Reader in(path, out);
    if (!in.object(*document, "")) return {Register{}, true};
    in.keys(*document, "", {"format", "name", "entries"});
    if (const Json* format = in.required(*document, "", "format"); format && *format != register_format)
        in.error("/format", std::string("must be \"") + register_format + "\", got " + show(*format));
    Register entries;
    if (const Json* e = in.required(*document, "", "entries")) {
        in.entries(*e, "/entries", [&](const std::string& id, const Json& value, const std::string& p) {
            if (!in.id(id, p)) return;
            if (auto c = read_entry(in, id, value, p)) entries.emplace(id, std::move(*c));
        });
    }
    return {std::move(entries), in.errors() > 0};
}

// Every source, sources and note string in the document, with its pointer.
void collect_texts(const Json& value, const std::string& pointer, const std::string& file,
                   std::vector<CitingText>& out) {
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) collect_texts(value[i], child(pointer, i), file, out);
    }
    if (!value.is_object()) return;
    for (const auto& [key, v] : value.items()) {
        const std::string p = child(pointer, key);
        const bool citing = key == "source" || key == "sources" || key == "note";
        if (citing && v.is_string()) out.push_back({file, p, v.get<std::string>()});
        if (key == "sources" && v.is_object()) {
            for (const auto& [k, text] : v.items()) {
                if (text.is_string()) out.push_back({file, child(p, k), text.get<std::string>()});
            }
        }
        if (!citing) collect_texts(v, p, file, out);
    }
}

const Citation* find(const std::optional<Register>& entries, const std::string& id) {
    if (!entries) return nullptr;
    const auto it = entries->find(id);
    return it == entries->end() ? nullptr : &it->second;
}

void check_citations(LoadResult& result, const std::vector<CitingText>& texts, const std::optional<Register>& entries,
                     const std::string& register_file) {
    std::vector<Citation> cited;
    for (const CitingText& t : texts) {
        for (const std::string& id : cited_ids(t.text)) {
            const Citation* c = find(entries, id);
            if (!c) {
                result.diagnostics.push_back({Diagnostic::Severity::warning, t.file, t.pointer,
                                              "cites [" + id + "], which is not in the evidence register " +
                                                  register_file + (entries ? "" : " (no such file)")});
                continue;
            }
            bool seen = false;
            for (const Citation& k : cited) seen = seen || k.id == id;
            if (!seen) cited.push_back(*c);
        }
    }
    if (result.model) result.model->citations = std::move(cited);
}

}  // namespace

std::string register_path(const std::string& model_path) {
    return (std::filesystem::path(model_path).parent_path() / "evidence" / "register.json").string();
}

std::vector<std::string> cited_ids(const std::string& text) {
    std::vector<std::string> ids;
    for (std::size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
        const std::size_t close = text.find(']', open);
        if (close == std::string::npos) break;
        const std::string id = text.substr(open + 1, close - open - 1);
        bool ok = !id.empty() && id[0] >= 'a' && id[0] <= 'z';
        for (char c : id) ok = ok && id_char(c);
        if (ok) ids.push_back(id);
    }
    return ids;
}

void resolve_citations(LoadResult& result, const std::string& model_path,
                       const std::vector<std::pair<std::string, ScenarioDescription>>& scenarios) {
    std::vector<CitingText> texts;
    collect_texts(result.document, "", model_path, texts);
    for (const auto& [file, d] : scenarios) {
        texts.push_back({file, "/source", d.source});
        texts.push_back({file, "/note", d.note});
    }
    const std::string path = register_path(model_path);
    const RegisterFile file = read_register(path, result.diagnostics);
    // A broken register is bad input like a broken model: no run on half its citations.
    if (file.broken) result.model.reset();
    check_citations(result, texts, file.entries, path);
}

}  // namespace pathways
