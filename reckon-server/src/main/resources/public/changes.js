"use strict";
// The overview's live list of changes (issue 15): polls /api/changes for what is newer than the
// newest change shown and puts it on top, without reloading the page.
(() => {
  const list = document.getElementById("changes-list");
  if (!list) return;
  const EVERY_MS = 3000;
  const KEEP = 100;
  let newest = 0;
  const n = v => v === null || v === undefined ? "?" : Number(v).toLocaleString("en-US");
  const what = c => c.kind === "revision" ? "revised " + n(c.previous.best) + " → " + n(c.best)
    : c.kind === "new_voice" ? "new voice: " + n(c.best) : "new figure: " + n(c.best) + " (" + c.scope + ")";
  const item = c => {
    const li = Reckon.el("li", null, { "data-kind": c.kind, "data-change": String(c.id) });
    li.appendChild(Reckon.el("span", c.made_at.substring(0, 16).replace("T", " ") + " "));
    if (c.party) li.appendChild(Reckon.link(c.party, Reckon.partyHref(c.party)));
    li.appendChild(document.createTextNode(" · " + c.metric + " (" + c.role + ") · "));
    li.appendChild(Reckon.link(c.source, Reckon.sourceHref(c.source)));
    li.appendChild(document.createTextNode(": "));
    li.appendChild(Reckon.link(what(c), Reckon.claimHref(c.report_id, c.claim_id)));
    li.appendChild(document.createTextNode(", claimed " + (c.claimed_on || "undated") + (c.outlet ? " (" + c.outlet + ")" : "")));
    return li;
  };
  const poll = async () => {
    try {
      const { changes } = await Reckon.json("/api/changes?limit=" + KEEP + (newest ? "&after=" + newest : ""));
      for (const c of changes.slice().reverse()) {
        list.insertBefore(item(c), list.firstChild);
        newest = Math.max(newest, c.id);
      }
      while (list.children.length > KEEP) list.removeChild(list.lastChild);
    } catch (e) { /* the next poll tries again */ }
    setTimeout(poll, EVERY_MS);
  };
  poll();
})();
