-- Administrative divisions (行政区划), 12-digit statistical codes, 5 levels.
CREATE TABLE region_division (
    code           VARCHAR(12)  NOT NULL PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    division_level SMALLINT     NOT NULL,
    parent_code    VARCHAR(12)  REFERENCES region_division (code)
);
CREATE INDEX region_division_parent_idx ON region_division (parent_code);
CREATE INDEX region_division_name_idx ON region_division (name);
