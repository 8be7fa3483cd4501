#!/usr/bin/env python3
"""Audits report.html against findings.json, written beside it by `pathways gaps`:
every figure of the page that can be tied to a finding is formatted from
findings.json as the report formats it and compared as text. Read are the
summary's key figures and its lines for the streams counted apart, the
sentences of "Where households are lost", the recommendations, the easy read,
the tables of outcomes, of gaps and of each what-if's changes to them, "What
to do first" (each budget's package, the tables and chart of the options, the
asks, the evidence and the easy read's lines on it) when findings.json holds
an appraisal, and every Vega-Lite dataset embedded in the page (the datasets no finding
describes are counted, not checked). A figure findings.json says is
suppressed must not be shown as a number. Prints each mismatch and a tally;
exits 1 on any mismatch, or when nothing could be checked.
Usage: report_audit.py REPORT_HTML FINDINGS_JSON"""
import html
import json
import math
import re
import sys

LQ, RQ = "\u201c", "\u201d"
# A figure as the report writes it: "1,234", "4.8", "-12" (never the comma after it).
NUM = r"(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"


# The report's number formats (engine/report/text/figures_text.cpp).
def trimmed(x, decimals):
    s = "%.*f" % (decimals, x)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def people(x):
    if abs(x) >= 10:
        n = int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)
        return f"{n:,}"
    return trimmed(x, 1)


def percent(share):
    pct = share * 100
    return (trimmed(pct, 0) if abs(pct) >= 1 else trimmed(pct, 1)) + "%"


def fraction_words(part):
    names = [(0.095, "less than a tenth"), (0.15, "about a tenth"), (0.225, "about a fifth"),
             (0.29, "about a quarter"), (0.415, "about a third"), (0.585, "about half"),
             (0.71, "about two thirds"), (0.825, "about three quarters"), (0.95, "most")]
    for below, words in names:
        if part < below:
            return words
    return "nearly all" if part < 1 else "all"


def percent_of_all(share):
    shown = percent(share)
    if shown == "100%" and share < 1:
        return "more than 99%"
    if shown == "0%" and share > 0:
        return "less than 0.1%"
    return shown


def unit_count(x):
    shown = people(x)
    return shown + (" household" if shown in ("1", "-1") else " households")


def half_away(x):
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)


def money_rounded(x, currency):
    """Money to three significant figures, as engine/report/text/figures_text.cpp writes it."""
    size = abs(x)
    if half_away(size) < 1000:
        shown = f"{half_away(size):,}"
    else:
        step = 10 ** (math.floor(math.log10(size)) - 2)
        rounded = half_away(size / step) * step
        shown = trimmed(rounded / 1e6, 2) + " million" if rounded >= 1e6 else f"{half_away(rounded):,}"
    sign = "-" if x < 0 and shown.strip("0,.") else ""
    return sign + ("\u00a3" + shown if currency == "GBP" else shown + " " + currency)


def hidden(figure):
    return isinstance(figure, dict) and figure.get("suppressed") is True


class Audit:
    def __init__(self):
        self.checked = 0
        self.mismatches = []
        self.untied = []

    def same(self, where, shown, expected):
        self.checked += 1
        if shown != expected:
            self.mismatches.append(f"{where}: the report shows {shown!r}, findings.json gives {expected!r}")

    def count(self, where, shown, figure, key="per_year"):
        """A count a year (or over the period): the number shown, or a hidden one shown as no number."""
        if hidden(figure):
            self.checked += 1
            if re.search(r"\d", shown or "") and not shown.startswith("<"):
                self.mismatches.append(f"{where}: shows {shown!r}, but findings.json suppresses it")
            return
        self.same(where, shown, people(figure[key]))


def text_of(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def items(page, css):
    found = re.search(r'<(?:ol|ul) class="' + css + r'">(.*?)</(?:ol|ul)>', page, re.S)
    return [text_of(li) for li in re.findall(r"<li[^>]*>(.*?)</li>", found.group(1), re.S)] if found else []


def share_of(where, audit, shown, part):
    if hidden(part):
        audit.checked += 1
        if shown not in ("suppressed",) and not shown.startswith("<"):
            audit.mismatches.append(f"{where}: shows {shown!r}, but findings.json suppresses it")
        return
    audit.same(where, shown, percent(part["share"]))


def key_figures(page, found, audit):
    head = found["headline"]
    figures = head["headline_streams"] if head["split"] else head["whole_cohort"]
    cards = re.findall(r'<span class="figure">(.*?)</span>', re.search(
        r'<ul class="key-figures">(.*?)</ul>', page, re.S).group(1))
    cards = [html.unescape(c) for c in cards]
    audit.count("key figure: households a year", cards[0], figures["households"])
    for card, kind in zip(cards[1:], ("settled", "drop_off", "neutral")):
        share_of(f"key figure: {kind}", audit, card, figures[kind])
    if not head["split"]:
        return
    lines = {}
    found_list = re.search(r"<p>Counted apart, because their journeys differ:</p>\s*<ul>(.*?)</ul>", page, re.S)
    for li in re.findall(r"<li>(.*?)</li>", found_list.group(1), re.S) if found_list else []:
        label, _, rest = text_of(li).rpartition(": ")
        lines[label] = rest
    streams = [(s.get("label", s["id"]), s) for s in head["other_streams"]]
    streams.append(("Everyone together, as the rest of the report counts them", head["whole_cohort"]))
    for label, figures in streams:
        line = lines.get(label)
        if line is None:
            audit.mismatches.append(f"stream line {label!r} missing from the summary")
            continue
        m = re.match(r"(.*?) a year; (.*?) settled, (.*?) dropped off\.$", line)
        audit.count(f"{label}: a year", m.group(1), figures["households"])
        share_of(f"{label}: settled", audit, m.group(2), figures["settled"])
        share_of(f"{label}: dropped off", audit, m.group(3), figures["drop_off"])


def window_check(where, audit, text, window, prefix, cliffs_said=True):
    if hidden(window):
        audit.same(f"{where}: hidden window", "at a time suppressed to protect privacy" in text
                   and re.search(prefix, text) is None, True)
        return
    m = re.search(prefix, text)
    if not m:
        audit.mismatches.append(f"{where}: no window in {text[:120]!r}")
        return
    audit.same(f"{where}: window from", m.group(1), people(window["from_day"]))
    audit.same(f"{where}: window to", m.group(2), people(window["to_day"]))
    if not cliffs_said:
        return
    cliffs = re.findall(r"(less than a tenth|about [a-z ]+?|most|nearly all|all) of them around day " + NUM, text)
    audit.same(f"{where}: cliffs", cliffs,
               [(fraction_words(c["share"]), people(c["day"])) for c in window["cliffs"]])


def a_year_check(where, audit, text, households, found):
    m = re.search(r"\((about " + NUM + r" a year|fewer than \d+ over the period|a number suppressed[^)]*)\)", text) \
        or re.search(r": (about " + NUM + r" a year|fewer than \d+ over the period|a number suppressed to protect "
                     r"privacy)", text)
    if not m:
        audit.mismatches.append(f"{where}: no count a year in {text[:120]!r}")
        return
    if hidden(households):
        audit.same(f"{where}: hidden count", m.group(2) is None, True)
        return
    if households["count"] < found["suppress_below"]:
        audit.same(f"{where}: small count", m.group(1).startswith("fewer than"), True)
        return
    audit.same(f"{where}: a year", m.group(2), people(households["per_year"]))


def losses(page, found, audit):
    sentences = items(page, "findings")
    audit.same("losses named", len(sentences), len(found["losses"]))
    for i, (text, loss) in enumerate(zip(sentences, found["losses"])):
        where = f"loss {i + 1}"
        audit.same(f"{where}: place", text.startswith(f"At {LQ}{loss['label']}{RQ}"), True)
        window_check(where, audit, text, loss["window"], r"between day " + NUM + " and day " + NUM + " after arriving")
        a_year_check(where, audit, text, loss["households"], found)
        support = "no support at this stage" if not loss["support"] else None
        if support:
            audit.same(f"{where}: no support", support in text, True)


def recommendations(page, found, audit):
    texts = items(page, "recommendations")
    audit.same("recommendations", len(texts), len(found["recommendations"]))
    for i, (text, rec) in enumerate(zip(texts, found["recommendations"])):
        where = f"recommendation {i + 1}"
        loss = found["losses"][rec["loss"]]
        window_check(where, audit, text, rec["window"], r"from day " + NUM + " to day " + NUM, cliffs_said=False)
        a_year_check(where, audit, text, loss["households"], found)
        if rec["what_if"] is None:
            audit.same(f"{where}: no what-if", "Of the what-ifs compared" in text, False)
            continue
        name = found["what_ifs"][rec["what_if"]]
        audit.same(f"{where}: what-if", f"Of the what-ifs compared, {LQ}{name}{RQ}" in text, True)
        audit.same(f"{where}: who decides", f"{rec['decided_by']} decision: press for it" in text,
                   bool(rec["decided_by"]))
        m = re.search(r"closes (.*?) of it \(about " + NUM + " of " + NUM + r" households? a year\)", text)
        change = loss["best_change"]
        if hidden(change):
            audit.same(f"{where}: hidden change", m is None, True)
        elif m:
            audit.same(f"{where}: closed", m.group(2), people(-change["per_year"]))
            audit.same(f"{where}: of", m.group(3), people(loss["households"]["per_year"]))
            audit.same(f"{where}: share closed", m.group(1),
                       fraction_words(-change["mean"] / loss["households"]["count"]))
        else:
            audit.mismatches.append(f"{where}: no change in {text[:160]!r}")
        for place in loss.get("displaced", []):
            label = re.escape(place["label"].split(",")[0].split(":")[0].split(";")[0].split("(")[0].strip())
            m = re.search(r"(about " + NUM + r" households? a year more|some more) at " + LQ + label, text)
            if not m:
                audit.mismatches.append(f"{where}: displaced loss at {place['label']!r} not named")
                continue
            if hidden(place["change"]):
                audit.same(f"{where}: displaced hidden", m.group(2), None)
            else:
                audit.same(f"{where}: displaced", m.group(2), people(place["change"]["per_year"]))


def easy_read(page, found, audit):
    part = re.search(r'<section id="easy-read".*?</section>', page, re.S)
    if not part:
        return
    sentences = [text_of(p) for p in re.findall(r"<p>(.*?)</p>", part.group(0), re.S)]
    starts = [s for s in sentences if s.endswith("households start each year.") or " households start each year." in s]
    whole = found["headline"]["whole_cohort"]["households"]
    for s in starts:
        audit.count("easy read: households a year", re.search(r"About " + NUM + " households", s).group(1), whole)
    problems = [i for i, s in enumerate(sentences) if s.startswith("Problem ")]
    audit.same("easy read: problems", len(problems), len(found["losses"]))
    for n, (at, loss) in enumerate(zip(problems, found["losses"])):
        block = sentences[at:problems[n + 1] if n + 1 < len(problems) else len(sentences)]
        for s in block:
            if m := re.match(r"It is about day " + NUM + " after", s):
                shown = "hidden" if hidden(loss["median_day"]) else people(loss["median_day"])
                audit.same(f"easy read problem {n + 1}: day", m.group(1), shown)
            if m := re.match(r"It is about " + NUM + " households each year", s):
                audit.count(f"easy read problem {n + 1}: a year", m.group(1), loss["households"])


def tables(page):
    """Each table: its caption, and its body rows as (row heading, [cells]) in words."""
    out = []
    for t in re.findall(r"<table>(.*?)</table>", page, re.S):
        caption = re.search(r"<caption>(.*?)</caption>", t, re.S)
        rows = []
        for row in re.findall(r"<tr>(.*?)</tr>", re.sub(r"<details>.*?</details>", "", t, flags=re.S), re.S):
            head = re.search(r'<th scope="row">(.*?)</th>', row, re.S)
            if head:
                rows.append((text_of(head.group(1)), [text_of(c) for c in re.findall(r"<td>(.*?)</td>", row, re.S)]))
        out.append((text_of(caption.group(1)) if caption else "", rows))
    return out


def small(x, found):
    n = found["suppress_below"]
    return n > 0 and 0 < x < n


def with_interval(stat, found):
    """"about 220 (95% interval 208 to 232)", each figure under the threshold masked."""
    mask = "<%d" % found["suppress_below"] if found["suppress_below"] else ""
    shown = [mask if small(x, found) else people(x) for x in (stat["mean"], *stat["ci95"])]
    return mask if small(stat["mean"], found) else f"about {shown[0]} (95% interval {shown[1]} to {shown[2]})"


def signed(x):
    return ("+" if x > 0 else "") + people(x)


def cell(where, audit, shown, figure, expected):
    if hidden(figure):
        audit.checked += 1
        if shown != "suppressed" and not shown.startswith("<"):
            audit.mismatches.append(f"{where}: shows {shown!r}, but findings.json suppresses it")
        return
    audit.same(where, shown, expected)


def table_figures(page, found, audit):
    outcomes = {o["label"]: o for o in found["outcomes"]}
    ranks = {g["rank"]: g for g in found["gaps"]}
    gaps = {f"{GAP_WORDS[g['kind']]}: {g['label']}": g for g in found["gaps"]}
    for caption, rows in tables(page):
        if caption.startswith("Where households end up"):
            for label, cells in rows:
                o = outcomes.get(label)
                if o is None:
                    audit.untied.append(f"table {caption[:40]}: {label}")
                    continue
                cell(f"outcomes table: {label}: households", audit, cells[1], o["households"],
                     None if hidden(o["households"]) else with_interval(o["households"], found))
                if not hidden(o["share"]):
                    s = o["share"]
                    audit.same(f"outcomes table: {label}: share", cells[2],
                               f"{percent(s['mean'])} ({percent(s['ci95'][0])} to {percent(s['ci95'][1])})")
        elif caption.startswith("The ten biggest gaps") or caption.startswith("The other gaps"):
            for rank, cells in rows:
                g = ranks[int(rank)]
                cell(f"gaps table: rank {rank}: households", audit, cells[1], g["households"],
                     None if hidden(g["households"]) else with_interval(g["households"], found))
                days = g["days_since_arrival"]
                if hidden(days):
                    cell(f"gaps table: rank {rank}: when", audit, cells[2], days, None)
                elif g["kind"] != "wait":
                    audit.same(f"gaps table: rank {rank}: when", cells[2],
                               f"half by day {people(days['p50'])}, 9 in 10 by day {people(days['p90'])}")
        elif caption.startswith("Change in people affected by each gap: "):
            name = caption[len("Change in people affected by each gap: "):].rsplit(" minus the current pathway", 1)[0]
            what_if = found["what_ifs"].index(name)
            for item, cells in rows:
                g = gaps.get(item)
                if g is None:
                    audit.untied.append(f"table {caption[:40]}: {item}")
                    continue
                change = g["what_if_changes"][what_if]
                if hidden(change):
                    cell(f"{name}: {item}: change", audit, cells[1], change, None)
                    continue
                lo, hi = change["ci95"]
                audit.same(f"{name}: {item}: change", cells[1], f"{signed(change['mean'])} ({signed(lo)} to {signed(hi)})")
                audit.same(f"{name}: {item}: clear of noise", cells[2], "yes" if lo > 0 or hi < 0 else "no")


def package_words(names):
    """A package as the report names it: “A”, “B” and “C”; doing nothing without actions."""
    quoted = [f"{LQ}{n}{RQ}" for n in names]
    if not quoted:
        return "doing nothing"
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def kept_words(effect):
    """"about 12 households a year (8 to 16)"."""
    return f"about {unit_count(effect['a_year'])} a year ({people(effect['low'])} to {people(effect['high'])})"


def per_household(package, currency):
    per = package["cost_per_household"]
    if per is None:
        return "\u2014"
    top = f"{money_rounded(per['low'], currency)} to {money_rounded(per['high'], currency)}" \
        if per["high"] is not None else f"at least {money_rounded(per['low'], currency)}"
    return f"{money_rounded(per['mean'], currency)} ({top})"


def sure_words(first, share):
    if first["samples"]["kind"] == "replications":
        return f"best with a {percent_of_all(share)} chance"
    return f"best in {percent_of_all(share)} of plausible worlds"


def what_first_choices(page, first, audit):
    money = lambda x: money_rounded(x, first["currency"])
    texts = items(page, "first-choices")
    audit.same("what to do first: budgets", len(texts), len(first["budgets"]))
    verb = "keeps" if first["measure"]["better"] == "lower" else "helps"
    for text, b in zip(texts, first["budgets"]):
        where = f"what to do first: {money(b['budget'])}"
        best = b["best"]
        audit.same(f"{where}: budget", text.startswith(f"With {money(b['budget'])} a year: "), True)
        if not best["names"]:
            audit.same(f"{where}: doing nothing", "does better than doing nothing" in text, True)
            continue
        audit.same(f"{where}: package", f"fund {package_words(best['names'])}. " in text, True)
        audit.same(f"{where}: cost and effect",
                   f"It costs {money(best['cost_per_year'])} a year and {verb} {kept_words(best['effect'])}" in text,
                   True)
        if best["cost_per_household"]:
            audit.same(f"{where}: cost per household", f"{money(best['cost_per_household']['mean'])} for each "
                       f"household" in text, True)
        audit.same(f"{where}: how sure", f"It is {sure_words(first, b['probability_best'])}." in text, True)
        second = b["runner_up"]
        audit.same(f"{where}: runner-up named", "Close behind:" in text, second is not None)
        if second:
            audit.same(f"{where}: runner-up", f"Close behind: {package_words(second['names'])} "
                       f"({money(second['cost_per_year'])} a year, {verb} about {people(second['effect']['a_year'])}; "
                       f"{sure_words(first, b['runner_up_probability_best'])}" in text, True)


def what_first_rows(where, audit, rows, packages, currency, named):
    """The rows of a table of options against findings.json's packages, by name."""
    audit.same(f"{where}: rows", len(rows), len(packages))
    by_name = {named(p): p for p in packages}
    for label, cells in rows:
        p = by_name.get(label)
        if p is None:
            audit.mismatches.append(f"{where}: {label!r} is no option of findings.json")
            continue
        e = p["effect"]
        audit.same(f"{where}: {label}: cost", cells[0], money_rounded(p["cost_per_year"], currency))
        audit.same(f"{where}: {label}: kept", cells[1], f"{people(e['a_year'])} ({people(e['low'])} to "
                   f"{people(e['high'])})")
        audit.same(f"{where}: {label}: cost per household", cells[2], per_household(p, currency))
        audit.same(f"{where}: {label}: frontier", cells[3], "yes" if p["frontier"] else "no")


def option_label(package):
    words = package_words(package["names"])
    return words[0].upper() + words[1:]


def what_first_tables(page, first, audit):
    for caption, rows in tables(page):
        if caption.startswith("Each action alone"):
            what_first_rows("actions alone", audit, rows, first["actions_alone"], first["currency"],
                            lambda p: p["names"][0])
        elif caption.startswith("Every option:"):
            what_first_rows("every option", audit, rows, first["options"], first["currency"], option_label)


def what_first_lists(page, first, audit):
    verb = "keeps" if first["measure"]["better"] == "lower" else "helps"
    asks = items(page, "asks")
    audit.same("asks", len(asks), len(first["asks"]))
    # The asks that help come first; those that would make it worse follow, to argue against.
    in_order = sorted(first["asks"], key=lambda a: a["effect"]["high"] < 0)
    for text, ask in zip(asks, in_order):
        e = ask["effect"]
        effect = f"{verb} {kept_words(e)}" if e["low"] > 0 else None if e["high"] < 0 else \
            f"no clear effect: {kept_words(e)}"
        audit.same(f"ask {ask['name']}", text.startswith(f"{LQ}{ask['name']}{RQ}"), True)
        if effect:
            audit.same(f"ask {ask['name']}: effect", text.endswith(f": {effect}."), True)
    evidence = first["evidence"]
    said = items(page, "evidence-to-collect")
    if not evidence["measured"]:
        audit.same("evidence: not measured", "run it with plausible worlds to see this" in page, True)
    audit.same("evidence named", len(said), len(evidence["parameters"]))
    for text, e in zip(said, evidence["parameters"]):
        worth = "less than 0.1 household" if e["evppi"] < 0.05 else f"about {unit_count(e['evppi'])}"
        audit.same(f"evidence {e['label']}", text, f"{e['label'][0].upper() + e['label'][1:]}: worth {worth} a year; "
                   f"could change the choice in {percent_of_all(e['choice_changes'])} of worlds.")


def what_first_easy_read(page, first, audit):
    part = re.search(r'<section id="easy-read".*?</section>', page, re.S)
    buying = [b for b in first["budgets"] if b["best"]["names"]]
    if not part or not buying:
        return
    b = min(buying, key=lambda b: b["budget"])
    text = text_of(part.group(0))
    audit.same("easy read: what to do first", f"What to do first: with {money_rounded(b['budget'], first['currency'])}"
               f" a year, pay for {package_words(b['best']['names'])}." in text, True)
    audit.same("easy read: it helps", f"It helps about {people(b['best']['effect']['a_year'])} households each year."
               in text, True)


def what_first(page, found, audit):
    first = found.get("what_to_do_first")
    audit.same("what to do first: shown", 'id="what-first"' in page, first is not None)
    if first is None:
        return
    for part in (what_first_choices, what_first_tables, what_first_lists, what_first_easy_read):
        part(page, first, audit)


def what_first_chart(chart, rows, found, audit):
    first = found.get("what_to_do_first")
    if first is None:
        audit.mismatches.append(f"{chart}: drawn, but findings.json has no appraisal")
        return
    by_label = {option_label(p): p for p in first["options"]}
    audit.same(f"{chart}: options", len(rows), len(first["options"]))
    for r in rows:
        p = by_label.get(r["option"])
        if p is None:
            audit.mismatches.append(f"{chart}: {r['option']!r} is no option of findings.json")
            continue
        e = p["effect"]
        for name, want in (("cost", p["cost_per_year"]), ("kept", e["a_year"]), ("lo", e["low"]), ("hi", e["high"])):
            audit.same(f"{chart}: {r['option']}: {name}", r.get(name), want)
        audit.same(f"{chart}: {r['option']}: on the frontier", "step" in r, p["frontier"])


def datasets(spec):
    out = []
    if isinstance(spec, dict):
        if isinstance(spec.get("values"), list):
            out.append(spec["values"])
        for v in spec.values():
            out += datasets(v)
    elif isinstance(spec, list):
        for v in spec:
            out += datasets(v)
    return out


def interval(where, audit, row, figure, scale=1.0, decimals=None):
    """A chart bar against a figure: mean, lo and hi (to the chart's rounding), or a hidden bar."""
    if hidden(figure):
        audit.checked += 1
        if row.get("mean") not in (None, 0) and "suppressed" not in row.get("text", "") \
                and not row.get("text", "").startswith("<"):
            audit.mismatches.append(f"{where}: drawn as {row.get('mean')}, but findings.json suppresses it")
        return
    lo, hi = figure["ci95"]
    for name, want in (("mean", figure["mean"]), ("lo", lo), ("hi", hi)):
        got = row.get(name)
        want = want * scale
        if decimals is not None and name == "mean":
            want = round(want, decimals)
        audit.checked += 1
        if got is None or abs(got - want) > 1e-6 * max(1.0, abs(want)) + (0.051 if decimals is not None else 0):
            audit.mismatches.append(f"{where}: {name} is {got}, findings.json gives {want}")


GAP_WORDS = {"drop_off": "Dropped off after", "renege": "Gave up waiting", "deadline": "Deadline passed",
             "wait": "Long wait"}


def charts(page, found, audit):
    outcomes = {o["label"]: o for o in found["outcomes"]}
    gaps = {f"{GAP_WORDS[g['kind']]}: {g['label']}": g for g in found["gaps"]}
    ranks = {g["rank"]: g for g in found["gaps"]}
    for chart, body in re.findall(r'<script type="application/json" data-chart="([^"]+)">(.*?)</script>', page, re.S):
        spec = json.loads(body)
        for values in datasets(spec):
            rows = [r for r in values if isinstance(r, dict) and set(r) != {"zero"}]
            if chart == "chart-outcomes":
                for r in rows:
                    o = outcomes.get(r["category"])
                    if o is None:
                        audit.untied.append(f"{chart}: {r['category']}")
                        continue
                    interval(f"{chart}: {r['category']}", audit, r, o["share"])
            elif chart == "chart-gaps":
                for r in rows:
                    rank = int(r["category"].split(".")[0])
                    interval(f"{chart}: {r['category']}", audit, r, ranks[rank]["households"])
                    audit.same(f"{chart}: rank {rank} names", r["category"],
                               f"{rank}. {GAP_WORDS[ranks[rank]['kind']]}: {ranks[rank]['label']}")
            elif chart.startswith("chart-comparison-"):
                what_if = int(chart.rsplit("-", 1)[1]) - 1
                for r in rows:
                    g = gaps.get(r["item"])
                    if g is None:
                        audit.untied.append(f"{chart}: {r['item']}")
                        continue
                    interval(f"{chart}: {r['item']}", audit, r, g["what_if_changes"][what_if], decimals=1)
            elif chart == "chart-what-first":
                what_first_chart(chart, rows, found, audit)
            else:
                audit.untied.append(f"{chart}: {len(rows)} rows")


def main():
    page = open(sys.argv[1], encoding="utf-8").read()
    found = json.load(open(sys.argv[2], encoding="utf-8"))
    audit = Audit()
    for part in (key_figures, losses, recommendations, easy_read, table_figures, charts, what_first):
        try:
            part(page, found, audit)
        except (AttributeError, KeyError, IndexError, TypeError, ValueError) as e:
            audit.mismatches.append(f"{part.__name__}: the page could not be read as findings.json describes it "
                                    f"({type(e).__name__}: {e})")
    for m in audit.mismatches:
        print("MISMATCH:", m)
    print(f"audit: {audit.checked} figures checked against findings.json, {len(audit.mismatches)} mismatches; "
          f"{len(audit.untied)} datasets or rows tied to no finding (not checked)")
    return 1 if audit.mismatches or audit.checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
