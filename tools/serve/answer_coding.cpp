#include "answer_coding.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <utility>

#include <brotli/encode.h>
#include <zlib.h>

namespace pathways::serve {

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trimmed_token(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Whether `header` lists `coding` (or "*") with a weight above 0.
bool lists(const std::string& header, const std::string& coding) {
    bool named = false, any = false;
    std::istringstream items(header);
    std::string item;
    while (std::getline(items, item, ',')) {
        item = lower(item);
        const std::size_t semicolon = item.find(';');
        const std::string name = trimmed_token(item.substr(0, semicolon));
        bool refused = false;
        if (semicolon != std::string::npos) {
            const std::string weight = trimmed_token(item.substr(semicolon + 1));
            if (weight.starts_with("q=")) refused = std::strtod(weight.c_str() + 2, nullptr) <= 0;
        }
        if (name == coding) {
            if (refused) return false;
            named = true;
        }
        if (name == "*" && !refused) any = true;
    }
    return named || any;
}

const char* coding_name(Coding coding) { return coding == Coding::brotli ? "br" : "gzip"; }

}  // namespace

Coding accepted_coding(const std::string& accept_encoding) {
    if (accept_encoding.empty()) return Coding::identity;
    if (lists(accept_encoding, "br")) return Coding::brotli;
    if (lists(accept_encoding, "gzip")) return Coding::gzip;
    return Coding::identity;
}

std::string brotli_compressed(const std::string& body, int quality) {
    std::string out(BrotliEncoderMaxCompressedSize(body.size()), '\0');
    std::size_t size = out.size();
    if (!BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, body.size(),
                               reinterpret_cast<const std::uint8_t*>(body.data()), &size,
                               reinterpret_cast<std::uint8_t*>(out.data())))
        throw std::runtime_error("Brotli could not compress an answer");
    out.resize(size);
    return out;
}

std::string gzip_compressed(const std::string& body, int level) {
    z_stream z{};
    // 15 bits of window, +16: a gzip header and trailer rather than zlib's.
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib could not compress an answer");
    std::string out(deflateBound(&z, static_cast<uLong>(body.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    z.avail_in = static_cast<uInt>(body.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int done = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (done != Z_STREAM_END) throw std::runtime_error("zlib could not compress an answer");
    return out;
}

StaticPart::StaticPart(std::string body, std::string type)
    : type_(std::move(type)),
      identity_(std::move(body)),
      gzip_(gzip_compressed(identity_, 9)),
      brotli_(brotli_compressed(identity_, 9)) {}

std::size_t StaticPart::size(Coding coding) const {
    return (coding == Coding::brotli ? brotli_ : coding == Coding::gzip ? gzip_ : identity_).size();
}

void StaticPart::send(Coding coding, httplib::Response& res) const {
    res.set_header("Vary", "Accept-Encoding");
    const std::string& body = coding == Coding::brotli ? brotli_ : coding == Coding::gzip ? gzip_ : identity_;
    if (coding != Coding::identity && body.size() < identity_.size()) {
        res.set_header("Content-Encoding", coding_name(coding));
        res.set_content(body, type_.c_str());
    } else {
        res.set_content(identity_, type_.c_str());
    }
}

void send_coded(std::string body, const std::string& type, Coding coding, httplib::Response& res,
                const DynamicCoding& how) {
    res.set_header("Vary", "Accept-Encoding");
    if (coding != Coding::identity && body.size() >= how.smallest) {
        std::string packed = coding == Coding::brotli ? brotli_compressed(body, how.brotli_quality)
                                                      : gzip_compressed(body, how.gzip_level);
        if (packed.size() < body.size()) {
            res.set_header("Content-Encoding", coding_name(coding));
            body.swap(packed);
        }
    }
    res.body = std::move(body);
    res.headers.erase("Content-Type");
    res.set_header("Content-Type", type);
}

}  // namespace pathways::serve
