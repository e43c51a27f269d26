-- Recorded goal entries (issue 6, deliverable 2): the values of the indicators that cannot be
-- computed (joint R&D projects, start-ups, competence activities, capital, CCS cooperation, ...),
-- one row per recorded event with its evidence. The catalogue (engine/.../goals/indicators.csv)
-- marks those indicators measurement=recorded and says their unit and scope; app.goals.GoalEntries
-- checks an entry against it before writing, and the checks below hold for every writer.
-- value is in the indicator's unit, copied to unit so that a row keeps its meaning.
create table goal_entry (
    id            bigserial primary key,
    indicator_key varchar(63) not null check (indicator_key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    unit          text not null check (unit in ('%', 't CO2e', 't', 'NOK', 'daa', 'h', 'count', 'yes/no')),
    scope_level   text not null check (scope_level in ('park', 'county', 'nation')),
    park_id       bigint references park on delete cascade,
    county_number char(2) references county,
    year          smallint not null check (year between 2000 and 2100),
    value         double precision not null check (value >= 0 and value <> 'Infinity'::double precision
                      and value <> 'NaN'::double precision),
    title         text not null check (length(btrim(title)) between 1 and 200),
    description   text check (length(description) <= 2000),
    -- a URL (http or https) or a document reference; an entry without evidence is not kept
    evidence      text not null check (length(btrim(evidence)) between 1 and 500),
    event_date    date not null check (event_date between date '2000-01-01' and date '2100-12-31'),
    recorded_by   text not null,
    recorded_at   timestamptz not null default now(),
    version       integer not null default 0,
    -- exactly the key its level needs
    check ((scope_level = 'park') = (park_id is not null)),
    check ((scope_level = 'county') = (county_number is not null)),
    -- yes/no is 1 (yes) or 0 (no); a share is 0-100 %; a count is whole
    check (unit <> 'yes/no' or value in (0, 1)),
    check (unit <> '%' or value <= 100),
    check (unit <> 'count' or value = trunc(value))
);

create index goal_entry_park on goal_entry (park_id, indicator_key, year) where park_id is not null;
create index goal_entry_county on goal_entry (county_number, indicator_key, year) where county_number is not null;
create index goal_entry_indicator on goal_entry (indicator_key, year);
