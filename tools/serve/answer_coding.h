#pragma once
// Answers compressed for the clients that accept it (Accept-Encoding), only
// when that costs less than sending them whole. The page's parts, the chart
// library and the model among them, are compressed once at start (Brotli at
// quality 9: the chart library's 828 kB to 254 kB in 0.09 s, where quality 11
// would take 1.7 s for 233 kB). An answer built for one request (a what-if's
// JSON, the report) is compressed for a client on another machine only, when
// over one packet, with Brotli at quality 1 (a what-if's 779 kB to 98 kB in
// 2 ms, 400 MB/s; quality 4 takes 5 ms for 89 kB; gzip at level 1, 5 ms for
// 185 kB): faster than a gigabit network sends the difference. cpp-httplib
// would compress every answer at Brotli's best, about a second for a what-if's.
#include <cstddef>
#include <string>

#include <httplib.h>

namespace pathways::serve {

enum class Coding { identity, gzip, brotli };

// The coding to answer in: Brotli when the header accepts "br", else gzip when it
// accepts "gzip", else none; a coding given "q=0" is refused.
Coding accepted_coding(const std::string& accept_encoding);

// What an answer built per request is compressed with, and from what size.
struct DynamicCoding {
    int brotli_quality = 1;
    int gzip_level = 1;
    std::size_t smallest = 1400;  // below it (one packet) an answer goes whole
};

std::string brotli_compressed(const std::string& body, int quality);
std::string gzip_compressed(const std::string& body, int level);

// A part of the page, compressed once, at start.
class StaticPart {
public:
    StaticPart(std::string body, std::string type);
    void send(Coding coding, httplib::Response& res) const;
    std::size_t size(Coding coding) const;

private:
    std::string type_, identity_, gzip_, brotli_;
};

// The answer's body, compressed when the client accepts it and it is large enough
// to gain; says in Vary that the answer depends on Accept-Encoding.
void send_coded(std::string body, const std::string& type, Coding coding, httplib::Response& res,
                const DynamicCoding& how = {});

}  // namespace pathways::serve
