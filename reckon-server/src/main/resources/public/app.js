"use strict";
// Shared helpers for the dashboard. Everything that comes from a report is written with
// textContent, never as HTML.
const Reckon = {
  el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  },
  link(text, href) { return Reckon.el("a", text, { href }); },
  param(name) { return new URLSearchParams(location.search).get(name); },
  async json(path) {
    // A token set on the review pages is sent with reads too, for servers with RECKON_READS=token.
    const token = sessionStorage.getItem("reckon-token");
    const r = await fetch(path, { headers: token ? { Accept: "application/json", Authorization: "Bearer " + token } : { Accept: "application/json" } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  },
  // Figures as the brief and the CLI write them: "at least 300", "about 2,700", "10,000 to 12,000".
  number(v) { return v === null || v === undefined ? "?" : Number(v).toLocaleString("en-US"); },
  figure(q, low, high) {
    const n = Reckon.number;
    switch (q) {
      case "at_least": return "at least " + n(low);
      case "at_most": return "at most " + n(high);
      case "approx": return "about " + n(low);
      case "range": return n(low) + " to " + n(high);
      default: return low !== null && low !== undefined ? n(low) : n(high);
    }
  },
  isDate(v) { return typeof v === "string" && (/^\d{4}-\d{2}-\d{2}$/.test(v) || v === "undated"); },
  // A link that downloads what it points at, named as given.
  download(text, href, file) { return Reckon.el("a", text, { href, download: file, class: "download" }); },
  row(cells) {
    const tr = document.createElement("tr");
    for (const c of cells) {
      const td = document.createElement("td");
      if (c instanceof Node) td.appendChild(c); else td.textContent = c === null || c === undefined ? "—" : String(c);
      if (Reckon.isDate(c)) td.className = "date";
      else if (typeof c === "number") { td.textContent = Reckon.number(c); td.className = "n"; }
      tr.appendChild(td);
    }
    return tr;
  },
  table(headers, rows) {
    const t = document.createElement("table");
    const head = document.createElement("tr");
    for (const h of headers) head.appendChild(Reckon.el("th", h));
    t.appendChild(head);
    for (const r of rows) t.appendChild(Reckon.row(r));
    return t;
  },
  claimHref(reportId, claimId) { return "/report.html?id=" + encodeURIComponent(reportId) + "#claim-" + claimId; },
  partyHref(p) { return "/party.html?party=" + encodeURIComponent(p); },
  sourceHref(s) { return "/source.html?source=" + encodeURIComponent(s); },
  fail(where, e) { where.appendChild(Reckon.el("p", e.message, { class: "error" })); },
};
