"use strict";
// One section per metric and role (military, civilian, unknown: never pooled): a timeline chart
// with one series per source (stepped for running tolls), the latest figure of each source, the
// consensus range with the voices counted and those left out, and the figures kept apart.
window.reckonCharts = [];
(async () => {
  const party = Reckon.param("party") || "";
  document.getElementById("title").textContent = party;
  document.title = party + " · reckon";
  const box = document.getElementById("metrics");
  const known = await fetch("/api/parties/" + encodeURIComponent(party), { headers: { Accept: "application/json" } });
  if (known.status === 404) {
    notFound(party, (await known.json()).closest, box);
    return;
  }
  const q = "party=" + encodeURIComponent(party);
  const downloads = Reckon.el("p", "Download: ", { id: "downloads" });
  downloads.appendChild(Reckon.download("estimates (JSON)", "/api/estimates?" + q, "estimates.json"));
  downloads.appendChild(Reckon.download("claims (CSV)", "/api/export?format=csv&" + q, "claims.csv"));
  downloads.appendChild(Reckon.download("claims (JSONL)", "/api/export?format=jsonl&" + q, "claims.jsonl"));
  box.before(downloads);
  const brief = "/api/brief?party=" + encodeURIComponent(party);
  const links = Reckon.el("p", "Briefing on " + party + ": ", { id: "brief-links" });
  links.appendChild(Reckon.link("page", brief));
  links.appendChild(document.createTextNode(" · "));
  links.appendChild(Reckon.link("PDF", brief + "&format=pdf"));
  box.before(links);
  try {
    const e = await Reckon.json("/api/estimates?party=" + encodeURIComponent(party));
    if (e.metrics.length === 0) box.appendChild(Reckon.el("p", "No estimates for this party."));
    for (const m of e.metrics) box.appendChild(section(m));
  } catch (err) { Reckon.fail(box, err); }
  box.after(statementsSection(party));
  box.after(mapSection(q));
})();

// Where the party's claims are placed (GET /api/places?party=).
function mapSection(q) {
  const s = Reckon.el("section", null, { id: "party-map" });
  s.appendChild(Reckon.el("h2", "Where"));
  const map = Reckon.el("div", null, { id: "map" });
  const list = Reckon.el("div", null, { id: "place" });
  s.appendChild(map);
  s.appendChild(list);
  s.appendChild(Reckon.link("open on the map page", "/map.html?" + q));
  ReckonMap.draw(map, list, q).catch((err) => Reckon.fail(map, err));
  return s;
}

// What sources said about the party, newest first, searchable by words (GET /api/statements).
function statementsSection(party) {
  const s = Reckon.el("section", null, { id: "statements" });
  s.appendChild(Reckon.el("h2", "What sources said"));
  const form = Reckon.el("form", null, { id: "statement-search" });
  const input = Reckon.el("input", null, { type: "search", name: "q", placeholder: "words, e.g. captured", "aria-label": "search statements" });
  form.appendChild(input);
  form.appendChild(Reckon.el("button", "Search", { type: "submit" }));
  s.appendChild(form);
  const list = Reckon.el("div", null, { id: "statement-list" });
  s.appendChild(list);
  const load = async () => {
    list.replaceChildren();
    try {
      const q = input.value.trim();
      const r = await Reckon.json("/api/statements?limit=30&party=" + encodeURIComponent(party) + (q ? "&q=" + encodeURIComponent(q) : ""));
      if (r.statements.length === 0) list.appendChild(Reckon.el("p", "No statements match."));
      for (const st of r.statements) list.appendChild(statement(st));
    } catch (err) { Reckon.fail(list, err); }
  };
  form.addEventListener("submit", ev => { ev.preventDefault(); load(); });
  load();
  return s;
}

function statement(st) {
  const p = Reckon.el("p", null, { class: "statement" });
  p.appendChild(Reckon.el("span", (st.claimed_on || "undated") + " · ", { class: "date" }));
  p.appendChild(Reckon.link(st.chain || st.source, Reckon.sourceHref(st.source)));
  p.appendChild(document.createTextNode(": "));
  p.appendChild(Reckon.el("q", st.evidence));
  p.appendChild(document.createTextNode(" "));
  p.appendChild(Reckon.link("(" + (st.title || st.report) + ")", "/report.html?id=" + encodeURIComponent(st.report_id)));
  return p;
}

// The party page of a name the ledger does not hold: say so, and offer the closest names it does.
function notFound(party, closest, box) {
  document.title = "Not found · reckon";
  document.body.dataset.status = "404";
  document.getElementById("title").textContent = "No party called “" + party + "”";
  const s = Reckon.el("section", null, { class: "not-found" });
  s.appendChild(Reckon.el("p", "The ledger holds no figures for “" + party + "”."
    + (closest.length > 0 ? " Did you mean:" : " It holds no parties yet.")));
  const ul = Reckon.el("ul", null, { id: "closest" });
  for (const name of closest) {
    const li = document.createElement("li");
    li.appendChild(Reckon.link(name, Reckon.partyHref(name)));
    ul.appendChild(li);
  }
  s.appendChild(ul);
  box.appendChild(s);
}

function roleText(role) {
  return role === "unknown" ? "role not stated" : role;
}

function voiceText(v) {
  return v.source + ": " + Reckon.figure(v.qualifier, v.low, v.high) + " (" + (v.claimed_on || "undated") + ")";
}

function voices(n) {
  return n === 1 ? "1 independent voice" : n + " independent voices";
}

function section(m) {
  const s = Reckon.el("section", null, { "data-metric": m.metric, "data-role": m.role });
  s.appendChild(Reckon.el("h2", m.metric + " · " + roleText(m.role)));
  const c = m.consensus;
  s.appendChild(Reckon.el("p", c.best === null ? "No consensus: no attributed running toll."
    : "Consensus as of " + (c.as_of || "undated") + ": " + (c.low === c.high ? Reckon.number(c.best)
      : Reckon.number(c.low) + " to " + Reckon.number(c.high) + ", best " + Reckon.number(c.best))
      + " (" + voices(c.voices.length) + ": " + c.voices.map(voiceText).join("; ") + ")",
    { class: "consensus" }));
  if (c.not_counted.length > 0) {
    const ul = Reckon.el("ul", null, { class: "not-counted" });
    for (const v of c.not_counted) ul.appendChild(Reckon.el("li", "Not counted: " + voiceText(v) + ": " + v.reason));
    s.appendChild(ul);
  }
  const chartBox = Reckon.el("div", null, { class: "chart-box" });
  const canvas = Reckon.el("canvas", null, { "data-metric": m.metric, "data-role": m.role });
  chartBox.appendChild(canvas);
  s.appendChild(chartBox);
  draw(canvas, m);
  s.appendChild(Reckon.el("h3", "Latest figure from each source"));
  s.appendChild(Reckon.table(["source", "figure", "claimed", "citations"], m.series.map(latestRow)));
  if (m.separate.length > 0) {
    s.appendChild(Reckon.el("h3", "Kept apart (not in the consensus)"));
    s.appendChild(Reckon.table(["source", "figure", "scope", "claimed", "why"], m.separate.map(r =>
      [Reckon.link(r.source, Reckon.sourceHref(r.source)), figureLink(r), r.scope, r.last_claimed || "undated", r.reason])));
  }
  return s;
}

function figureLink(r) {
  const c = r.citations[0];
  const text = Reckon.figure(r.qualifier, r.low, r.high);
  if (!c) return Reckon.el("span", text);
  const a = Reckon.link(text, Reckon.claimHref(c.report_id, c.claim_id));
  a.className = "figure-link";
  if (r.citations.some(ci => ["confirmed", "corrected", "added"].includes(ci.review))) {
    a.classList.add("reviewed");
    a.title = "reviewed by a person";
  }
  return a;
}

function latestRow(s) {
  const r = s.latest;
  return [Reckon.link(s.source + (s.attributed ? "" : " (report's own figure)"), Reckon.sourceHref(s.source)),
    figureLink(r), r.last_claimed || "undated", r.citations.length];
}

// Ranges ("between 500 and 700") are drawn as a band from low to high behind their point.
const rangeBands = {
  id: "rangeBands",
  beforeDatasetsDraw(chart) {
    const { ctx, scales: { y } } = chart;
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      meta.data.forEach((point, j) => {
        const p = ds.data[j];
        if (p.low === null || p.high === null || p.low === p.high) return;
        ctx.save();
        const area = chart.chartArea;
        ctx.beginPath();
        ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
        ctx.clip();
        ctx.fillStyle = "rgba(120, 120, 120, 0.25)";
        const top = y.getPixelForValue(p.high);
        ctx.fillRect(point.x - 6, top, 12, y.getPixelForValue(p.low) - top);
        ctx.restore();
      });
    });
  },
};

// Each source's figures on a time scale: a point's distance from the next is the days between them.
// An undated figure has no place on it and is left to the table below.
function draw(canvas, m) {
  const datasets = m.series.map(s => ({
    label: s.source,
    data: s.timeline.filter(r => r.last_claimed && r.best !== null).map(r => ({
      x: r.last_claimed, y: r.best, low: r.low, high: r.high, figure: Reckon.figure(r.qualifier, r.low, r.high),
      sentence: r.citations.length > 0 ? r.citations[0].evidence : null })),
    stepped: true,
    spanGaps: true,
    pointRadius: 5,
    borderColor: colourOf(s.source),
    backgroundColor: colourOf(s.source),
  }));
  const top = Math.max(0, ...m.series.flatMap(s => s.timeline.map(r => r.high !== null ? r.high : (r.best || 0))));
  const chart = new Chart(canvas, {
    type: "line",
    plugins: [rangeBands],
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { tooltip: { callbacks: {
        label: ctx => ctx.dataset.label + ": " + ctx.raw.figure,
        afterLabel: ctx => ctx.raw.sentence ? wrap("“" + ctx.raw.sentence + "”", 70) : "",
      } } },
      scales: {
        x: { type: "time", time: { tooltipFormat: "d LLL yyyy", minUnit: "day" }, offset: true,
          ticks: { maxTicksLimit: 8, maxRotation: 0 } },
        y: { beginAtZero: true, suggestedMax: top, ticks: { callback: v => Reckon.number(v) } },
      },
    },
  });
  window.reckonCharts.push(chart);
}

// One colour per source, the same in every chart of the page (the brief's palette).
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
const colours = new Map();
function colourOf(source) {
  if (!colours.has(source)) colours.set(source, PALETTE[colours.size % PALETTE.length]);
  return colours.get(source);
}

// Lines of at most `width` characters, broken at spaces, for a tooltip.
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > width) { lines.push(line); line = word; } else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}
