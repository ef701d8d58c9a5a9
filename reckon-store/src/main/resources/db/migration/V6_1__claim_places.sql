-- Issue 16: where each claim is on the map. One row per placed claim: the gazetteer's name, GeoNames
-- id (towns only), first-level area and country, coordinates, and precision (place, admin1, country).
-- Claims without a known place have no row. Kept beside claims so the reviewed view stays as it is.
CREATE TABLE claim_places (
    claim_id BIGINT PRIMARY KEY REFERENCES claims (id),
    name TEXT NOT NULL,
    geonames_id BIGINT,
    admin1 TEXT,
    country TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    precision VARCHAR(8) NOT NULL
);
CREATE INDEX claim_places_country ON claim_places (country);
CREATE INDEX claim_places_lat_lon ON claim_places (lat, lon);
