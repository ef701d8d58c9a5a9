"use strict";
(() => {
  const source = Reckon.param("source") || "";
  document.getElementById("title").textContent = source;
  document.title = source + " · reckon";
  const filedBox = document.getElementById("filed");
  const how = f => f.by === "merge" ? "merged by an analyst" : "an alias in the lexicon";
  // Names of one body: what this name is filed under, and the names filed under it.
  Reckon.json("/api/sources/merges").then(m => {
    const key = source.toLowerCase();
    const under = m.filed.find(f => f.name.toLowerCase() === key);
    if (under) {
      const p = Reckon.el("p", "Shown and counted as ", { id: "filed-under" });
      p.appendChild(Reckon.link(under.into, Reckon.sourceHref(under.into)));
      p.appendChild(document.createTextNode(" (" + how(under) + ")."));
      filedBox.appendChild(p);
    }
    const names = m.filed.filter(f => f.into.toLowerCase() === key);
    if (names.length) {
      filedBox.appendChild(Reckon.el("p", "Also filed under this source:"));
      const list = Reckon.el("ul", null, { id: "merged-names" });
      for (const f of names) {
        const li = document.createElement("li");
        li.appendChild(Reckon.link(f.name, Reckon.sourceHref(f.name)));
        li.appendChild(document.createTextNode(" (" + how(f) + ")"));
        list.appendChild(li);
      }
      filedBox.appendChild(list);
    }
  }).catch(e => Reckon.fail(filedBox, e));
  const box = document.getElementById("figures");
  Reckon.json("/api/claims?limit=1000&source=" + encodeURIComponent(source)).then(p => {
    box.appendChild(Reckon.el("p", p.claims.length + (p.more ? "+" : "") + " figure(s)"));
    box.appendChild(Reckon.table(["claimed", "party", "metric", "figure", "stance", "chain", "outlet"],
      p.claims.map(c => [c.claimed_on, c.party ? Reckon.link(c.party, Reckon.partyHref(c.party)) : null, c.metric,
        Reckon.link(Reckon.figure(c.qualifier, c.low, c.high), Reckon.claimHref(c.report_id, c.id)), c.stance,
        c.chain, c.outlet])));
  }).catch(e => Reckon.fail(box, e));
})();
