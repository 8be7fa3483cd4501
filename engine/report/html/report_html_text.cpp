#include "report/html/report_html_text.h"

#include "report/text/figures_text.h"

#include "report/text/shared_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace pathways::report {

std::optional<std::size_t> first_url_like(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '/' && i + 1 < text.size() && text[i + 1] == '/') return i;
        if (starts_with_nocase(text, i, "http:") || starts_with_nocase(text, i, "https:")) return i;
    }
    return std::nullopt;
}

std::string html(std::string_view text) { return escape_html(text, Addresses::neutralise); }

std::string script_json(const Json& j) {
    const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '/')
            out += "\\/";
        else if (c == '<')
            out += "\\u003c";
        else if ((c == 't' || c == 'T') && i >= 1 && starts_with_nocase(text, i - 1, "http"))
            out += c == 't' ? "\\u0074" : "\\u0054";
        else
            out += c;
    }
    return out;
}

std::string people_number(double count) { return text::people_count(count); }

std::string percent(double share) { return text::percent(share); }

std::string days_number(double days) { return text::days_count(days); }

std::string people(double count, const SmallNumbers& small) { return small.count(count, people_number); }

std::string people_with_interval(const Stat& count, const SmallNumbers& small) {
    return "about " + people(count.mean, small) + " (95% interval " + people(count.lo, small) + " to " +
           people(count.hi, small) + ")";
}

std::string share_for(double share, double count, const SmallNumbers& small) {
    return small.hides(count) ? "suppressed" : percent(share);
}

std::string share_interval(const Stat& share, const Stat& count, const SmallNumbers& small) {
    return share_for(share.mean, count.mean, small) + " (" + share_for(share.lo, count.lo, small) + " to " +
           share_for(share.hi, count.hi, small) + ")";
}

std::string readable_id(const std::string& id) { return text::readable_id(id); }

}  // namespace pathways::report
