// The report's stylesheet and the script that draws its charts. Neither may
// hold a double slash or an address: the page must not reach the network.
#include "report/html/report_html_parts.h"

namespace pathways::report {

namespace {

// On screen: one readable column, wide figures breaking out of it.
std::string screen_css() {
    return R"CSS(
:root { --ink: #1a1a1a; --muted: #555; --rule: #cfcfcf; --band: #f4f4f1; --accent: #0072B2; --warn: #D55E00; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
       font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
body > header, body > nav, body > main, body > footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 4px solid var(--accent); }
.kicker { margin: 0; color: var(--muted); font-size: 0.95rem; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
nav { margin-top: 1rem; }
.nav-heading { font-size: 1rem; border: 0; margin: 0; padding: 0; }
nav ol { columns: 2; margin: 0.25rem 0 0; padding-left: 1.5rem; }
a { color: var(--accent); }
p, li, dd { max-width: 44rem; }
.lead { font-size: 1.15rem; }
.key-figures { display: flex; flex-wrap: wrap; gap: 0.75rem; padding: 0; list-style: none; }
.key-figures li { flex: 1 1 12rem; background: var(--band); border-left: 6px solid var(--accent); padding: 0.6rem 0.8rem; }
.key-figures .figure { display: block; font-size: 1.6rem; font-weight: 700; }
.key-figures li.bad { border-left-color: var(--warn); }
.key-figures li.good { border-left-color: #009E73; }
dl.glossary { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.glossary dt { font-weight: 700; }
dl.glossary dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.flag { display: inline-block; font-weight: 700; color: #fff; background: var(--warn); padding: 0 0.4rem; border-radius: 3px; }
.clear { font-weight: 700; }
.status-met { color: #006B4F; font-weight: 700; }
.status-missed { color: #A33F00; font-weight: 700; }
.status-unclear { color: #5a5a00; font-weight: 700; }
blockquote { margin: 0.4rem 0; padding: 0.2rem 0.8rem; border-left: 4px solid #CC79A7; background: #fbf6f9; }
blockquote footer { font-size: 0.85rem; color: var(--muted); }
figure { margin: 1rem 0 1.75rem; }
figcaption { font-weight: 700; margin-bottom: 0.5rem; }
.chart { min-height: 4rem; }
.chart svg { max-width: 100%; height: auto; }
.diagram svg { max-width: 100%; height: auto; }
/* The pathway is wider than a column of text: let it use the window. */
figure.diagram, #gaps .table-wrap { width: min(96vw, 90rem); position: relative; left: 50%; transform: translateX(-50%); }
#gaps td { min-width: 6rem; }
figure.diagram figcaption { max-width: 62rem; margin-left: auto; margin-right: auto; padding: 0 1.25rem; }
details.chart-table summary { cursor: pointer; color: var(--accent); margin-top: 0.25rem; }
.note { color: var(--muted); font-size: 0.95rem; }
.easy-read { font-size: 1.2rem; background: #fbfbf6; padding: 0.5rem 1rem 1rem; border: 2px solid var(--accent); }
.easy-read p { margin: 0.3rem 0; }
.appendix-title { font-size: 2rem; font-weight: 700; margin: 3rem 0 0; border-top: 4px solid var(--accent); }
ol.findings li, ol.recommendations li { margin-bottom: 0.4rem; } .figure-whole { white-space: nowrap; }
ol.first-choices li, ol.frontier-steps li, ul.asks li, ul.evidence-to-collect li { margin-bottom: 0.4rem; }
#gaps details summary { cursor: pointer; color: var(--accent); }
body > footer { color: var(--muted); font-size: 0.9rem; padding-bottom: 2rem; margin-top: 3rem; border-top: 1px solid var(--rule); }
)CSS";
}

// On paper: A4, no navigation, nothing split across pages that should not be.
std::string print_css() {
    return R"CSS(@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  html { font-size: 10pt; }
  body > header, body > nav, body > main, body > footer { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  figure, .key-figures, blockquote, tr { break-inside: avoid; page-break-inside: avoid; }
  details.chart-table summary { display: none; }
  details:not([open]) > summary { display: none; }
  #summary { font-size: 10pt; }
  #summary h2 { margin-top: 0; }
  #summary .key-figures .figure { font-size: 1.3rem; }
  #summary .table-wrap table { font-size: 8.5pt; }
  figure.diagram svg { max-height: 225mm; }
  .chart svg { max-height: 85mm; width: auto; }
  #gaps .chart-figure { display: none; }  /* the ranked table says the same on paper */
  #what-first { break-before: page; page-break-before: always; }
  #what-first h2 { margin-top: 0; }
  #what-first .frontier > p { break-after: avoid; page-break-after: avoid; }
  #what-first .table-wrap table { font-size: 8.5pt; }
  #what-first th, #what-first td { padding: 0.2rem 0.5rem; }
  .easy-read { font-size: 12pt; }
  .easy-read { break-before: page; page-break-before: always; break-after: page; page-break-after: always; }
  .appendix { break-before: page; page-break-before: always; }
  .appendix-title { margin-top: 0; }
  .table-wrap { overflow: visible; }
  figure.diagram, #gaps .table-wrap { width: auto; left: 0; transform: none; }
  a { color: inherit; text-decoration: none; }
  .no-js { display: none; }
}
)CSS";
}

}  // namespace

std::string report_css() { return screen_css() + print_css(); }

// Draws every chart whose spec sits in a <script type="application/json"
// data-chart=ID> element into the element ID, as SVG, without action links.
std::string report_bootstrap_js() {
    return R"JS((function () {
  'use strict';
  function titled(container) {
    var svg = container.querySelector('svg');
    if (!svg) { return; }
    svg.setAttribute('role', 'img');
    var title = document.createElementNS(svg.namespaceURI, 'title');
    title.textContent = container.getAttribute('data-title');
    svg.insertBefore(title, svg.firstChild);
    container.setAttribute('data-drawn', 'yes');
  }
  var specs = document.querySelectorAll('script[type="application/json"][data-chart]');
  Array.prototype.forEach.call(specs, function (script) {
    var target = document.getElementById(script.getAttribute('data-chart'));
    var spec = JSON.parse(script.textContent);
    vegaEmbed(target, spec, { renderer: 'svg', actions: false, tooltip: true })
      .then(function () { titled(target); })
      .catch(function (error) {
        target.textContent = 'The chart could not be drawn (' + error.message + '). The figures are in the table below.';
        if (window.console) { console.error('chart ' + target.id + ': ' + error.message); }
      });
  });
  /* On paper the report stays within its page budget: only the appendix opens its details. */
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.appendix details'), function (d) { d.open = true; });
  });
})();
)JS";
}

}  // namespace pathways::report
