#include "format/json_sink.h"

#include <ostream>

#include "format/json_members.h"

namespace pathways {

Json& JsonTreeSink::place(Json v) {
    if (open_.empty()) {
        document_ = std::move(v);
        return document_;
    }
    Json& parent = *open_.back();
    if (parent.is_object()) return append_member(parent, std::move(key_), std::move(v));
    parent.push_back(std::move(v));
    return parent.back();
}

namespace {

// Text is handed to the stream in pieces of about this size.
constexpr std::size_t text_piece_bytes = std::size_t{1} << 20;

}  // namespace

JsonTextSink::JsonTextSink(std::string& text)
    : text_(text), serializer_(nlohmann::detail::output_adapter<char>(text_), ' ') {}

JsonTextSink::JsonTextSink(std::ostream& stream)
    : text_(own_), stream_(&stream), serializer_(nlohmann::detail::output_adapter<char>(text_), ' ') {}

JsonTextSink::~JsonTextSink() {
    if (stream_) stream_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
}

void JsonTextSink::flush() {
    if (!stream_) return;
    stream_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
}

void JsonTextSink::flush_when_full() {
    if (stream_ && text_.size() >= text_piece_bytes) flush();
}

void JsonTextSink::indent(std::size_t levels) { text_.append(2 * levels, ' '); }

// Where a value goes: after its key in an object, or as an array's next element.
void JsonTextSink::open_value() {
    if (open_.empty() || open_.back().object) return;
    Open& array = open_.back();
    text_.append(array.members++ == 0 ? "[\n" : ",\n");
    indent(open_.size());
}

void JsonTextSink::key(std::string name) {
    Open& object = open_.back();
    text_.append(object.members++ == 0 ? "{\n" : ",\n");
    indent(open_.size());
    serializer_.dump(Json(std::move(name)), true, false, 2);
    text_.append(": ");
}

// The opening bracket waits for the first member: an empty one is written whole by end().
void JsonTextSink::begin_object() {
    open_value();
    open_.push_back({true, 0});
}

void JsonTextSink::begin_array() {
    open_value();
    open_.push_back({false, 0});
}

void JsonTextSink::value(Json v) {
    open_value();
    serializer_.dump(v, true, false, 2, static_cast<unsigned int>(2 * open_.size()));
    flush_when_full();
}

void JsonTextSink::end() {
    const Open closed = open_.back();
    open_.pop_back();
    if (closed.members == 0) {
        text_.append(closed.object ? "{}" : "[]");
    } else {
        text_.push_back('\n');
        indent(open_.size());
        text_.push_back(closed.object ? '}' : ']');
    }
    flush_when_full();
}

}  // namespace pathways
