"""What a printed report.pdf holds, for the report's print test.

report_print.py pages REPORT.pdf   -> "pages N" and "starts ID PAGE" for every named place
report_print.py flesch REPORT.html -> the Flesch reading ease of the easy-read section

Chromium writes each id the report links to as a named destination; its page,
counted from 1, is where that part of the report starts in print.
"""
import html.parser
import re
import sys


def objects(data):
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"\n(\d+) 0 obj\n(.*?)endobj", data, re.S)}


def page_order(objs, node):
    body = objs[node]
    if re.search(rb"/Type\s*/Page\b", body):
        return [node]
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", body)
    return [p for k in re.findall(rb"(\d+) 0 R", kids.group(1)) for p in page_order(objs, int(k))]


def pages(path):
    data = open(path, "rb").read()
    objs = objects(data)
    catalog = next(b for b in objs.values() if re.search(rb"/Type\s*/Catalog", b))
    order = page_order(objs, int(re.search(rb"/Pages (\d+) 0 R", catalog).group(1)))
    print("pages", len(order))
    dests = re.search(rb"/Dests (\d+) 0 R", catalog)
    if not dests:
        return
    for name, page in re.findall(rb"/([\w.-]+) \[(\d+) 0 R", objs[int(dests.group(1))]):
        print("starts", name.decode(), order.index(int(page)) + 1)


class SectionText(html.parser.HTMLParser):
    """The text inside <section id=WANTED>, paragraph by paragraph."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.depth, self.parts = wanted, 0, []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag == "section"
        elif tag == "section" and dict(attrs).get("id") == self.wanted:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "section":
            self.depth -= 1
        if self.depth and tag in ("p", "h2", "h3", "li"):
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def syllables(word):
    if word.isdigit():
        return max(1, len(word))  # read aloud digit by digit at worst
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def flesch(path):
    parser = SectionText("easy-read")
    parser.feed(open(path, encoding="utf-8").read())
    text = "".join(parser.parts)
    sentences = [s for s in re.split(r"[.!?:\n]+", text) if re.search(r"\w", s)]
    words = re.findall(r"[A-Za-z0-9']+", text)
    if not sentences or not words:
        print("flesch none")
        return
    score = 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * sum(map(syllables, words)) / len(words)
    print("flesch %.1f (%d words, %d sentences)" % (score, len(words), len(sentences)))


if __name__ == "__main__":
    {"pages": pages, "flesch": flesch}[sys.argv[1]](sys.argv[2])
