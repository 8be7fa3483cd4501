#pragma once
// Typed reads of JSON values that report every problem as a Diagnostic with the
// value's JSON pointer, so that validation can go on and collect them all.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "format/load.h"

namespace pathways {

// The pointer of a member or an element (RFC 6901 escaping of "~" and "/").
std::string child(const std::string& pointer, const std::string& key);
std::string child(const std::string& pointer, std::size_t index);

// A short rendering of a value for messages: -2, "abc", an object, an array.
std::string show(const Json& value);
// A number as people write it: 0.8, 1825, 2.5e+09.
std::string show_number(double x);

enum class Sign { any, non_negative, positive };

class Reader {
public:
    Reader(std::string file, std::vector<Diagnostic>& out) : file_(std::move(file)), out_(out) {}

    void error(const std::string& pointer, const std::string& message);
    void warning(const std::string& pointer, const std::string& message);
    std::size_t errors() const { return errors_; }

    bool object(const Json& value, const std::string& pointer);
    bool array(const Json& value, const std::string& pointer);
    // Reports members not in `known` (with a "did you mean") and checks the
    // free-text members every object may carry: label, note, source, sources.
    void keys(const Json& object, const std::string& pointer, const std::vector<std::string>& known);
    // For objects keyed by id: checks only the free-text members.
    void free_text_members(const Json& object, const std::string& pointer);
    // For objects keyed by id: checks that `value` is an object and its
    // free-text members, then calls read(id, member, pointer) for each other member.
    void entries(const Json& value, const std::string& pointer,
                 const std::function<void(const std::string&, const Json&, const std::string&)>& read);
    static bool is_free_text(const std::string& key);
    // A member that must be there: reports it missing at the object's pointer.
    const Json* required(const Json& object, const std::string& pointer, const std::string& key);
    static const Json* member(const Json& object, const std::string& key);

    std::optional<std::string> string(const Json& value, const std::string& pointer);
    std::optional<std::vector<std::string>> strings(const Json& value, const std::string& pointer);
    std::optional<bool> boolean(const Json& value, const std::string& pointer);
    // A finite number, with the sign required.
    std::optional<double> number(const Json& value, const std::string& pointer, Sign sign = Sign::any);
    // A member that must be there and be a finite number with the sign required.
    std::optional<double> required_number(const Json& object, const std::string& pointer, const std::string& key,
                                          Sign sign = Sign::any);
    // A whole number in [min, max]; integral floats such as 1e3 count.
    std::optional<std::uint64_t> integer(const Json& value, const std::string& pointer, std::uint64_t min,
                                         std::uint64_t max);
    // One of the strings in choices: its position there.
    std::optional<std::size_t> choice(const Json& value, const std::string& pointer,
                                      const std::vector<std::string>& choices);
    // An id key: ^[a-z][a-z0-9_]*$.
    bool id(const std::string& key, const std::string& pointer);

    // The free-text string member `key` of object, "" when absent or not a string.
    static std::string text(const Json& object, const std::string& key);
    // The object's source, note and per-parameter sources (strings only: keys() checks their types).
    static Sourcing sourcing(const Json& object);

private:
    void free_text(const Json& object, const std::string& pointer, const std::string& key);

    std::string file_;
    std::vector<Diagnostic>& out_;
    std::size_t errors_ = 0;
};

}  // namespace pathways
