#pragma once
// Writing a JSON document a member at a time, either into a tree or straight
// into text. The text is byte for byte what Json::dump(2) gives for the tree
// the same calls build, so a large document (the results of a model with
// 100,000 stages) is never held whole, and no member is searched for as it is
// added: the caller knows each key is new.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "format/load.h"

namespace pathways {

class JsonSink {
public:
    virtual ~JsonSink() = default;
    // Starts a member of the object being written: its value comes next.
    virtual void key(std::string name) = 0;
    // Each opens a value where the next value goes (the document, a member
    // after key(), or the next element of an array) and writes it.
    virtual void begin_object() = 0;
    virtual void begin_array() = 0;
    virtual void value(Json v) = 0;
    // Closes the innermost object or array.
    virtual void end() = 0;

    void member(std::string name, Json v) {
        key(std::move(name));
        value(std::move(v));
    }
};

// Builds the document as a tree.
class JsonTreeSink final : public JsonSink {
public:
    void key(std::string name) override { key_ = std::move(name); }
    void begin_object() override { open_.push_back(&place(Json::object())); }
    void begin_array() override { open_.push_back(&place(Json::array())); }
    void value(Json v) override { place(std::move(v)); }
    void end() override { open_.pop_back(); }
    Json take() { return std::move(document_); }

private:
    Json& place(Json v);

    Json document_;
    std::vector<Json*> open_;  // the objects and arrays being written, innermost last
    std::string key_;
};

// Writes the document as text indented by two spaces, as Json::dump(2) does,
// into a string or through a buffer to a stream.
class JsonTextSink final : public JsonSink {
public:
    explicit JsonTextSink(std::string& text);
    explicit JsonTextSink(std::ostream& stream);
    ~JsonTextSink() override;
    JsonTextSink(const JsonTextSink&) = delete;
    JsonTextSink& operator=(const JsonTextSink&) = delete;

    void key(std::string name) override;
    void begin_object() override;
    void begin_array() override;
    void value(Json v) override;
    void end() override;
    // Writes what is buffered to the stream (the destructor does too, but cannot report a failure).
    void flush();

private:
    struct Open {
        bool object = false;
        std::size_t members = 0;
    };
    void open_value();
    void indent(std::size_t levels);
    void flush_when_full();

    std::string own_;
    std::string& text_;  // own_ for a stream
    std::ostream* stream_ = nullptr;
    nlohmann::detail::serializer<Json> serializer_;
    std::vector<Open> open_;
};

}  // namespace pathways
