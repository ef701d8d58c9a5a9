"use strict";
(() => {
  const form = document.getElementById("filters");
  const box = document.getElementById("claims");
  const params = new URLSearchParams(location.search);
  for (const input of form.elements) if (input.name && params.get(input.name)) input.value = params.get(input.name);
  const limit = 50;
  const offset = Number(params.get("offset") || 0);
  const query = new URLSearchParams();
  for (const [k, v] of params) if (v && k !== "offset") query.set(k, v);
  query.set("limit", limit);
  query.set("offset", offset);
  const page = o => { const q = new URLSearchParams(query); q.set("offset", Math.max(0, o)); return "/claims.html?" + q; };
  document.getElementById("prev").href = page(offset - limit);
  // The whole filtered table, as reckon export writes it with the same filters.
  const filters = new URLSearchParams(query);
  filters.delete("limit");
  filters.delete("offset");
  const downloads = document.getElementById("downloads");
  downloads.appendChild(document.createTextNode("Download these claims: "));
  downloads.appendChild(Reckon.download("CSV", "/api/export?format=csv&" + filters, "claims.csv"));
  downloads.appendChild(Reckon.download("JSONL", "/api/export?format=jsonl&" + filters, "claims.jsonl"));
  Reckon.json("/api/claims?" + query).then(p => {
    document.getElementById("next").style.visibility = p.more ? "visible" : "hidden";
    document.getElementById("next").href = page(offset + limit);
    document.getElementById("prev").style.visibility = offset > 0 ? "visible" : "hidden";
    box.appendChild(Reckon.table(["id", "claimed", "metric", "party", "figure", "stance", "source", "evidence"],
      p.claims.map(c => [c.id, c.claimed_on, c.metric,
        c.party ? Reckon.link(c.party, Reckon.partyHref(c.party)) : null,
        Reckon.link(Reckon.figure(c.qualifier, c.low, c.high), Reckon.claimHref(c.report_id, c.id)), c.stance,
        c.source ? Reckon.link(c.source, Reckon.sourceHref(c.source)) : "(the report)", c.evidence])));
  }).catch(e => Reckon.fail(box, e));
})();
