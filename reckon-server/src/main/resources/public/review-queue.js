"use strict";
// The review queue (GET /api/review/queue): each claim with why it is worth a look, linked to its
// figure on the report page, where it is reviewed.
(() => {
  const box = document.getElementById("queue");
  const form = document.getElementById("queue-filter");
  const party = form.elements.party;
  party.value = Reckon.param("party") || "";
  const load = async () => {
    box.replaceChildren();
    try {
      const q = await Reckon.json("/api/review/queue?limit=100" + (party.value.trim() ? "&party=" + encodeURIComponent(party.value.trim()) : ""));
      if (q.items.length === 0) { box.appendChild(Reckon.el("p", "Nothing waits for review.")); return; }
      box.appendChild(Reckon.table(["claim", "party", "metric", "figure", "source", "why"], q.items.map(i => [
        Reckon.link("#" + i.claim.id, Reckon.claimHref(i.claim.report_id, i.claim.id)), i.claim.party, i.claim.metric,
        Reckon.figure(i.claim.qualifier, i.claim.low, i.claim.high), i.claim.source, i.reasons.join("; ")])));
    } catch (e) { Reckon.fail(box, e); }
  };
  form.addEventListener("submit", ev => { ev.preventDefault(); load(); });
  load();
})();
