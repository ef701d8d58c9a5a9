"use strict";
// The map page: the filters are the page's query string, so a filtered map can be linked to.
(async () => {
  const form = document.getElementById("filters");
  const params = new URLSearchParams(location.search);
  for (const el of form.elements) if (el.name && params.get(el.name)) el.value = params.get(el.name);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const el of form.elements) if (el.name && el.value.trim()) q.set(el.name, el.value.trim());
    location.search = q.toString();
  });
  const box = document.getElementById("map");
  try {
    await ReckonMap.draw(box, document.getElementById("place"), params.toString());
  } catch (err) { Reckon.fail(box, err); }
})();
