-- Land and buildings (issue 5, goal 3 of source 002: land use up to 90 %, building use up
-- to 98 % by 2030). Units in column names; NULL = unknown; every figure keeps its source.

-- The year a park's own land and building figures (park.land_*_daa, building_*_m2)
-- describe. Figures without a year are shown with the park but added to no year's sums.
alter table park add column land_year smallint check (land_year between 1990 and 2100);

-- Figures reported only as a total over a group of parks, such as source 002's "18 000 daa
-- at seven of the eight parks that answered". park_keys is the group as the survey names
-- it (kept even if a park later leaves the registry: it is what the survey covered);
-- which parks answered is often not said, only how many. Shares are percentages as the
-- source writes them (79 = 79 %).
create table land_survey (
    id                          bigserial primary key,
    survey_key                  varchar(63) not null unique check (survey_key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    year                        smallint not null check (year between 1990 and 2100),
    park_keys                   text[] not null check (cardinality(park_keys) > 0),
    parks_answered              integer not null check (parks_answered between 1 and cardinality(park_keys)),
    land_total_daa              double precision check (land_total_daa >= 0),
    land_free_zoned_daa         double precision check (land_free_zoned_daa >= 0),
    land_use_percent_reported   double precision check (land_use_percent_reported between 0 and 100),
    building_free_m2            double precision check (building_free_m2 >= 0),
    building_use_percent_reported double precision check (building_use_percent_reported between 0 and 100),
    source                      text not null,
    quote                       text,
    version                     integer not null default 0,
    updated_at                  timestamptz not null default now(),
    check (land_free_zoned_daa is null or land_total_daa is null or land_free_zoned_daa <= land_total_daa)
);
create index land_survey_year_idx on land_survey (year);

-- A park's free plots, kept by its facilitator: "ledig areal kartlagt per park".
create table land_plot (
    id              bigserial primary key,
    park_id         bigint not null references park on delete cascade,
    label           varchar(100) not null check (btrim(label) <> ''),
    area_daa        double precision not null check (area_daa > 0),
    zoning_status   text not null check (zoning_status in ('zoned', 'being_zoned', 'master_plan')),
    available_from  date,
    source          text,
    version         integer not null default 0,
    updated_by      text,
    updated_at      timestamptz not null default now(),
    unique (park_id, label)
);
