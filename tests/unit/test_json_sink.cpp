// A document written a member at a time: the tree is the one the calls
// describe, and the text is byte for byte the tree's dump(2), whatever the
// document holds (empty objects and arrays, nesting, escapes, numbers).
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "format/json_sink.h"

namespace pathways {
namespace {

// Writes one document into a sink: every kind of value, nested and empty.
void write_document(JsonSink& out) {
    out.begin_object();
    out.member("format", "test/1");
    out.member("quote \" and \\ and \n and \x01 and é", 1.5);
    out.key("empty object");
    out.begin_object();
    out.end();
    out.key("empty array");
    out.begin_array();
    out.end();
    out.key("items");
    out.begin_object();
    for (int i = 0; i < 3; ++i) {
        out.key("item " + std::to_string(i));
        out.begin_object();
        out.member("numbers", {0.1, 1e-7, 2.0, -0.0, 1e300, std::numeric_limits<double>::quiet_NaN()});
        out.member("count", static_cast<std::uint64_t>(i));
        out.member("nested", {{"a", Json::array()}, {"b", Json::object()}, {"c", {{"d", nullptr}}}});
        out.end();
    }
    out.end();
    out.key("rows");
    out.begin_array();
    out.value(true);
    out.begin_array();
    out.value(Json::object());
    out.begin_object();
    out.member("x", -3);
    out.end();
    out.end();
    out.value("text");
    out.end();
    out.member("last", nullptr);
    out.end();
}

TEST(JsonSink, TextIsTheTreesDump) {
    JsonTreeSink tree;
    write_document(tree);
    const Json document = tree.take();
    EXPECT_EQ(document["items"]["item 2"]["count"], 2);
    EXPECT_TRUE(document["empty object"].is_object());
    EXPECT_TRUE(document["empty array"].is_array());
    std::string text;
    {
        JsonTextSink sink(text);
        write_document(sink);
    }
    EXPECT_EQ(text, document.dump(2));
}

TEST(JsonSink, StreamGetsTheSameText) {
    JsonTreeSink tree;
    write_document(tree);
    std::ostringstream stream;
    {
        JsonTextSink sink(stream);
        write_document(sink);
        sink.flush();
    }
    EXPECT_EQ(stream.str(), tree.take().dump(2));
}

TEST(JsonSink, ScalarDocument) {
    std::string text;
    {
        JsonTextSink sink(text);
        sink.value(42);
    }
    EXPECT_EQ(text, "42");
}

}  // namespace
}  // namespace pathways
