"use strict";
(() => {
  const source = Reckon.param("source") || "";
  document.getElementById("title").textContent = source;
  document.title = source + " · reckon";
  const box = document.getElementById("figures");
  Reckon.json("/api/claims?limit=1000&source=" + encodeURIComponent(source)).then(p => {
    box.appendChild(Reckon.el("p", p.claims.length + (p.more ? "+" : "") + " figure(s)"));
    box.appendChild(Reckon.table(["claimed", "party", "metric", "figure", "stance", "chain", "outlet"],
      p.claims.map(c => [c.claimed_on, c.party ? Reckon.link(c.party, Reckon.partyHref(c.party)) : null, c.metric,
        Reckon.link(Reckon.figure(c.qualifier, c.low, c.high), Reckon.claimHref(c.report_id, c.id)), c.stance,
        c.chain, c.outlet])));
  }).catch(e => Reckon.fail(box, e));
})();
