"use strict";
(async () => {
  const partiesBox = document.getElementById("parties");
  const latestBox = document.getElementById("latest");
  try {
    const names = document.getElementById("party-names");
    for (const p of (await Reckon.json("/api/parties?limit=1000")).parties) names.appendChild(Reckon.el("option", null, { value: p.party }));
    const { parties } = await Reckon.json("/api/parties?limit=10");
    partiesBox.appendChild(Reckon.table(["party", "claims"],
      parties.map(p => [Reckon.link(p.party, Reckon.partyHref(p.party)), p.claims])));
    const rows = [];
    for (const p of parties.slice(0, 5)) {
      const e = await Reckon.json("/api/estimates?party=" + encodeURIComponent(p.party));
      for (const m of e.metrics) {
        const c = m.consensus;
        if (c.best === null) continue;
        rows.push([Reckon.link(e.party, Reckon.partyHref(e.party)), m.metric, m.role, c.low, c.best, c.high, c.as_of || "undated",
          c.voices.map(v => v.source).join("; ")]);
      }
    }
    latestBox.appendChild(Reckon.table(["party", "metric", "role", "low", "best", "high", "as of", "independent voices"], rows));
  } catch (e) { Reckon.fail(partiesBox, e); }
})();
