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
  figure(q, low, high) {
    const n = v => v === null || v === undefined ? "?" : Number(v).toLocaleString("en-US");
    switch (q) {
      case "at_least": return "at least " + n(low);
      case "at_most": return "at most " + n(high);
      case "approx": return "about " + n(low);
      case "range": return n(low) + "–" + n(high);
      default: return low !== null && low !== undefined ? n(low) : n(high);
    }
  },
  row(cells) {
    const tr = document.createElement("tr");
    for (const c of cells) {
      const td = document.createElement("td");
      if (c instanceof Node) td.appendChild(c); else td.textContent = c === null || c === undefined ? "—" : String(c);
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
