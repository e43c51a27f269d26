-- Registry of Symbiose: reference tables, parks, companies, yearly facts, streams, users.
-- Conventions: units are in column names (_daa, _m2, _mwh, _kw, _t_co2e, _nok, _mva, _c);
-- NULL means unknown and is never replaced by zero; every demo or imported figure keeps its
-- source in a `source` column. Natural keys (park_key, company_key, ...) make imports idempotent.

-- Reference data (loaded from the files shipped in the app, see NOTICE.md)
create table county (
    county_number char(2) primary key,
    name          text not null,
    official_name text not null,
    centroid_lat  double precision,
    centroid_lon  double precision
);

create table municipality (
    municipality_number char(4) primary key,
    name                text not null,
    county_number       char(2) not null references county,
    centroid_lat        double precision,
    centroid_lon        double precision
);

create table ewc_code (
    code       varchar(6) primary key,
    level      smallint not null check (level between 1 and 3),
    parent     varchar(6) references ewc_code,
    hazardous  boolean,
    entry_type text,
    title_en   text not null,
    title_nb   text
);

create table nace_code (
    version  varchar(6) not null check (version in ('SN2007', 'SN2025')),
    code     varchar(8) not null,
    level    smallint not null,
    parent   varchar(8),
    section  char(1) not null,
    name_en  text,
    name_nb  text,
    primary key (version, code)
);

create table emission_factor (
    id              integer primary key,
    category        text not null,
    item            text not null,
    region          text not null,
    year_or_version text not null,
    value           double precision not null,
    unit            text not null,
    basis           text,
    gas             text,
    source          text not null,
    notes           text
);

-- Parks
create table park (
    id                       bigserial primary key,
    park_key                 varchar(63) not null unique,
    name                     text not null,
    kind                     text not null check (kind in ('industripark', 'teknologipark', 'naeringspark')),
    organisation_model       text check (organisation_model in ('single_owner_with_facilitator', 'several_owners_without_facilitator')),
    county_number            char(2) not null references county,
    municipality_number      char(4) references municipality,
    lat                      double precision,
    lon                      double precision,
    boundary_geojson         text,
    land_total_daa           double precision check (land_total_daa >= 0),
    land_used_daa            double precision check (land_used_daa >= 0),
    land_free_zoned_daa      double precision check (land_free_zoned_daa >= 0),
    building_total_m2        double precision check (building_total_m2 >= 0),
    building_used_m2         double precision check (building_used_m2 >= 0),
    infrastructure           text[] not null default '{}',
    transformer_capacity_mva double precision check (transformer_capacity_mva >= 0),
    source                   text,
    version                  integer not null default 0,
    updated_at               timestamptz not null default now()
);

-- Companies (a reporting unit at one site: an organisation number, or a prefixed reference
-- such as hotmaps:742 while the number is unknown)
create table company (
    id                  bigserial primary key,
    company_key         varchar(80) not null unique,
    org_number          char(9) unique,
    name                text not null,
    nace_version        varchar(6),
    nace_code           varchar(8),
    municipality_number char(4) references municipality,
    lat                 double precision,
    lon                 double precision,
    source              text,
    version             integer not null default 0,
    updated_at          timestamptz not null default now(),
    foreign key (nace_version, nace_code) references nace_code (version, code),
    check ((nace_version is null) = (nace_code is null))
);

create table tenancy (
    id          bigserial primary key,
    company_id  bigint not null references company on delete cascade,
    park_id     bigint not null references park on delete cascade,
    valid_from  date not null,
    valid_to    date,
    unique (company_id, park_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);
create index tenancy_park_idx on tenancy (park_id);

create table yearly_facts (
    id                            bigserial primary key,
    company_id                    bigint not null references company on delete cascade,
    year                          smallint not null check (year between 1990 and 2100),
    electricity_mwh               double precision check (electricity_mwh >= 0),
    natural_gas_mwh               double precision check (natural_gas_mwh >= 0),
    oil_products_mwh              double precision check (oil_products_mwh >= 0),
    coal_and_coke_mwh             double precision check (coal_and_coke_mwh >= 0),
    biomass_mwh                   double precision check (biomass_mwh >= 0),
    district_heat_mwh             double precision check (district_heat_mwh >= 0),
    hydrogen_mwh                  double precision check (hydrogen_mwh >= 0),
    self_produced_electricity_mwh double precision check (self_produced_electricity_mwh >= 0),
    peak_power_kw                 double precision check (peak_power_kw >= 0),
    transformer_id                text,
    direct_emissions_t_co2e       double precision check (direct_emissions_t_co2e >= 0),
    employees                     integer check (employees >= 0),
    turnover_nok                  bigint check (turnover_nok >= 0),
    export_nok                    bigint check (export_nok >= 0),
    confidentiality               text not null default 'private' check (confidentiality in ('public', 'park', 'private')),
    source                        text,
    version                       integer not null default 0,
    unique (company_id, year)
);

create table stream (
    id               bigserial primary key,
    company_id       bigint not null references company on delete cascade,
    year             smallint not null check (year between 1990 and 2100),
    stream_key       varchar(64) not null,
    direction        text not null check (direction in ('input', 'product', 'side_stream', 'waste', 'excess_heat')),
    name             text not null,
    ewc_code         varchar(6) references ewc_code,
    material_class   text,
    heat_medium      text,
    temperature_c    double precision,
    quantity         double precision check (quantity >= 0),
    unit             text check (unit in ('t/yr', 'MWh/yr', 'm3/yr', 'Nm3/yr')),
    availability     text not null default 'continuous' check (availability in ('continuous', 'seasonal', 'batch')),
    available_months smallint[] not null default '{}',
    treatment_code   varchar(3),
    destination      text,
    confidentiality  text not null default 'private' check (confidentiality in ('public', 'park', 'private')),
    source           text,
    version          integer not null default 0,
    unique (company_id, year, stream_key),
    check (quantity is null or unit is not null)
);
create index stream_direction_idx on stream (direction, year);

-- Users and roles. Scope columns say which county, park or company a user speaks for.
create table app_user (
    id            bigserial primary key,
    username      varchar(100) not null unique,
    password_hash text,
    display_name  text not null,
    role          text not null check (role in ('national_admin', 'county_officer', 'park_facilitator', 'company_reporter')),
    county_number char(2) references county,
    park_id       bigint references park on delete set null,
    company_id    bigint references company on delete set null,
    enabled       boolean not null default true,
    oidc_subject  text unique,
    check (role <> 'county_officer' or county_number is not null),
    check (role <> 'park_facilitator' or park_id is not null),
    check (role <> 'company_reporter' or company_id is not null)
);
