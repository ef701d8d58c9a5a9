"use strict";
// The overview's "what changed": figures new or revised in the last 7 days of the ledger (GET /api/changes/recent).
(async () => {
  const box = document.getElementById("what-changed");
  try {
    const r = await Reckon.json("/api/changes/recent?days=7");
    if (r.changes.length === 0) { box.appendChild(Reckon.el("p", "No figures in the ledger yet.")); return; }
    box.appendChild(Reckon.el("p", "New and revised figures claimed from " + r.from + " to " + r.to + ", the last "
      + r.days + " days of the ledger."));
    const fig = f => Reckon.figure(f.qualifier, f.low, f.high);
    box.appendChild(Reckon.table(["claimed", "party", "metric", "source", "change"], r.changes.map(c => [
      c.figure.claimed_on, Reckon.link(c.party, Reckon.partyHref(c.party)), c.metric + (c.role === "unknown" ? "" : " (" + c.role + ")"),
      Reckon.link(c.source, Reckon.sourceHref(c.source)),
      Reckon.link(c.kind === "new" ? "new: " + fig(c.figure) : "revised: " + fig(c.previous) + " (" + c.previous.claimed_on + ") → " + fig(c.figure),
        Reckon.claimHref(c.report_id, c.claim_id))])));
  } catch (e) { Reckon.fail(box, e); }
})();
