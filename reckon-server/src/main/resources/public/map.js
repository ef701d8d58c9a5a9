"use strict";
// The map: Natural Earth's country shapes (GET /api/places/shapes, served by reckon itself: no tiles,
// no network) drawn as SVG in an equirectangular projection, one circle per place with claims
// (GET /api/places), its area growing with the largest figure there. A click lists the place's claims
// with their sentences. Used by the map page and by each party's page.
const ReckonMap = {
  SVG: "http://www.w3.org/2000/svg",
  shapes: null,
  async loadShapes() {
    if (!ReckonMap.shapes) ReckonMap.shapes = await Reckon.json("/api/places/shapes");
    return ReckonMap.shapes;
  },
  svg(tag, attrs) {
    const e = document.createElementNS(ReckonMap.SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  },
  // The view: the marks' extent with a margin (the whole world when there are none), at least 8 degrees wide.
  view(places) {
    if (places.length === 0) return { x0: -180, x1: 180, y0: -60, y1: 85 };
    let x0 = 180, x1 = -180, y0 = 90, y1 = -90;
    for (const p of places) { x0 = Math.min(x0, p.lon); x1 = Math.max(x1, p.lon); y0 = Math.min(y0, p.lat); y1 = Math.max(y1, p.lat); }
    const w = Math.max(8, x1 - x0), h = Math.max(5, y1 - y0);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const half = Math.max(w, h * 1.6) * 0.65;
    return { x0: cx - half, x1: cx + half, y0: cy - half / 1.6, y1: cy + half / 1.6 };
  },
  ring(coords) {
    return "M" + coords.map(([x, y]) => x.toFixed(2) + "," + (-y).toFixed(2)).join("L") + "Z";
  },
  countries(g, shapes) {
    for (const f of shapes.features) {
      const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      const d = polys.map((poly) => poly.map(ReckonMap.ring).join("")).join("");
      const path = ReckonMap.svg("path", { d, class: "country" });
      const title = ReckonMap.svg("title");
      title.textContent = f.properties.name;
      path.appendChild(title);
      g.appendChild(path);
    }
  },
  // Draws the map for the query string q (the filters of /api/claims) into box; the list of a clicked place goes into list.
  async draw(box, list, q) {
    box.textContent = "";
    list.textContent = "";
    const [shapes, marks] = await Promise.all([ReckonMap.loadShapes(), Reckon.json("/api/places?" + q)]);
    const v = ReckonMap.view(marks.places);
    const width = v.x1 - v.x0, height = v.y1 - v.y0;
    const svg = ReckonMap.svg("svg", { viewBox: `${v.x0} ${-v.y1} ${width} ${height}`, class: "map", role: "img",
      "aria-label": "map of the places claims name" });
    svg.appendChild(ReckonMap.svg("rect", { x: v.x0, y: -v.y1, width, height, class: "sea" }));
    const land = ReckonMap.svg("g", { "stroke-width": width / 900 });
    ReckonMap.countries(land, shapes);
    svg.appendChild(land);
    const largest = Math.max(1, ...marks.places.map((p) => p.largest));
    const maxR = width / 40, minR = width / 300;
    for (const p of marks.places.slice().reverse()) {   // largest drawn last, on top
      const r = minR + (maxR - minR) * Math.sqrt(p.largest / largest);
      const c = ReckonMap.svg("circle", { cx: p.lon, cy: -p.lat, r, class: "mark " + p.precision, tabindex: 0,
        "data-place": p.name, "stroke-width": width / 1200 });
      const title = ReckonMap.svg("title");
      title.textContent = `${p.name} (${p.precision}), ${p.country}: ${p.count} claim${p.count === 1 ? "" : "s"}, largest ${Reckon.number(p.largest)}`;
      c.appendChild(title);
      const open = () => ReckonMap.list(list, p);
      c.addEventListener("click", open);
      c.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
      svg.appendChild(c);
    }
    box.appendChild(svg);
    const legend = `${marks.places.length} place${marks.places.length === 1 ? "" : "s"}; circles grow with the largest figure claimed there;`
      + ` solid: a town, ringed: an area, pale: only the country. ${marks.unplaced} matching claim${marks.unplaced === 1 ? "" : "s"} name no place.`
      + " Country shapes: Natural Earth. Places: GeoNames (CC BY 4.0).";
    box.appendChild(Reckon.el("p", legend, { class: "note map-legend" }));
  },
  list(list, p) {
    list.textContent = "";
    const where = [p.name, p.admin1 !== p.name ? p.admin1 : null, p.country].filter(Boolean).join(", ");
    list.appendChild(Reckon.el("h2", where + " — " + p.count + " claim" + (p.count === 1 ? "" : "s"), { id: "place-title" }));
    const rows = p.claims.map((c) => [c.claimedOn || "undated", c.metric, c.party ? Reckon.link(c.party, Reckon.partyHref(c.party)) : "—",
      c.role, Reckon.figure(c.qualifier, c.low, c.high), c.source || "(report: " + (c.outlet || "—") + ")", c.location || "—",
      Reckon.link(c.evidence, Reckon.claimHref(c.reportId, c.id))]);
    const t = Reckon.table(["Claimed", "Metric", "Party", "Role", "Figure", "Source", "As written", "Sentence"], rows);
    t.id = "place-claims";
    list.appendChild(t);
    if (p.count > p.claims.length) list.appendChild(Reckon.el("p", `First ${p.claims.length} of ${p.count} claims.`, { class: "note" }));
  },
};
