"use strict";
// The report's text, built from text nodes: each claim's evidence sentence is highlighted and
// its figure marked, with a link to the claim's entry below and back.
(async () => {
  const id = Reckon.param("id");
  const textBox = document.getElementById("text");
  try {
    const r = await Reckon.json("/api/reports/" + encodeURIComponent(id));
    document.getElementById("title").textContent = r.title || r.report;
    document.title = (r.title || r.report) + " · reckon";
    document.getElementById("meta").textContent = [r.outlet, r.published, r.url].filter(Boolean).join(" · ");
    render(textBox, r.text, r.claims);
    document.getElementById("claims").appendChild(Reckon.table(["claim", "figure", "metric", "party", "stance", "chain"],
      r.claims.map(c => [Reckon.link("#" + c.id, "#claim-" + c.id), Reckon.figure(c.qualifier, c.low, c.high), c.metric,
        c.party, c.stance, chain(c)])));
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target) {
      target.classList.add("current");
      if (target.parentElement && target.parentElement.classList.contains("evidence")) target.parentElement.classList.add("current");
      target.scrollIntoView({ block: "center" });
    }
  } catch (e) { Reckon.fail(textBox, e); }
})();

function chain(c) {
  const span = Reckon.el("span", null, { class: "chain", id: "chain-" + c.id });
  const names = (c.chain || c.source || "the report").split(" -> ");
  names.forEach((n, i) => {
    if (i > 0) span.appendChild(document.createTextNode(" → "));
    span.appendChild(Reckon.link(n, Reckon.sourceHref(n)));
  });
  return span;
}

function render(box, text, claims) {
  // Sentences may hold several figures; draw each sentence once with every figure in it.
  const sentences = new Map();
  for (const c of claims) {
    const key = c.evidence_start + ":" + c.evidence_end;
    if (!sentences.has(key)) sentences.set(key, { start: c.evidence_start, end: c.evidence_end, figures: [] });
    sentences.get(key).figures.push(c);
  }
  const ordered = [...sentences.values()].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) continue;
    box.appendChild(document.createTextNode(text.slice(at, s.start)));
    const sentence = Reckon.el("span", null, { class: "evidence" });
    let inner = s.start;
    const figs = s.figures.filter(c => c.figure.start >= s.start && c.figure.end <= s.end)
      .sort((a, b) => a.figure.start - b.figure.start);
    for (const c of figs) {
      if (c.figure.start < inner) continue;
      sentence.appendChild(document.createTextNode(text.slice(inner, c.figure.start)));
      const mark = Reckon.el("mark", text.slice(c.figure.start, c.figure.end),
        { class: "figure", id: "claim-" + c.id, title: (c.source || "the report") + ": " + c.metric });
      sentence.appendChild(mark);
      inner = c.figure.end;
    }
    sentence.appendChild(document.createTextNode(text.slice(inner, s.end)));
    box.appendChild(sentence);
    at = s.end;
  }
  box.appendChild(document.createTextNode(text.slice(at)));
}
