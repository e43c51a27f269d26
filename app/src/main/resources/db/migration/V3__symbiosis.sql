-- Symbiosis: rules added by national administrators on top of the engine's versioned
-- knowledge base, and synergies followed from idea to operation.

-- A rule in the column layout of engine/.../symbiosis/knowledge-base.csv, stored as the
-- map of its columns so that it is read by the same engine code as the built-in rules.
create table symbiosis_rule (
    id          bigserial primary key,
    rule_id     varchar(80) not null unique check (rule_id ~ '^[a-z0-9][a-z0-9-]*$'),
    columns     jsonb not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

-- A candidate someone follows up. Its identity is the candidate's: supply stream, demand
-- stream (null when the demand is a company's activity, not a declared input) and rule.
-- The companies are kept even if a stream is deleted, so history is not lost.
create table synergy (
    id                 bigserial primary key,
    supply_stream_id   bigint references stream on delete set null,
    demand_stream_id   bigint references stream on delete set null,
    supply_company_id  bigint not null references company on delete cascade,
    demand_company_id  bigint not null references company on delete cascade,
    rule_id            varchar(80) not null,
    title              text not null,
    state              text not null default 'identified'
                       check (state in ('identified', 'contacted', 'feasibility', 'agreed', 'in_operation', 'ended', 'rejected')),
    state_reason       text,
    owner_user_id      bigint references app_user on delete set null,
    notes              text,
    next_follow_up     date,
    -- Double-blind matching: each side's name is shown to the other only when both opted in.
    supply_opt_in_at   timestamptz,
    demand_opt_in_at   timestamptz,
    -- The candidate's figures when the synergy was created (unknown stays null).
    expected_quantity  double precision check (expected_quantity >= 0),
    expected_unit      text check (expected_unit in ('t/yr', 'MWh/yr')),
    expected_t_co2e    double precision,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            integer not null default 0,
    check (state <> 'rejected' or state_reason is not null)
);
create unique index synergy_candidate_idx on synergy (supply_stream_id, demand_stream_id, demand_company_id, rule_id)
    nulls not distinct;
create index synergy_state_idx on synergy (state);

-- What happened to a synergy, in order: state moves, opt-ins, notes.
create table synergy_event (
    id          bigserial primary key,
    synergy_id  bigint not null references synergy on delete cascade,
    at          timestamptz not null default now(),
    username    text,
    kind        text not null check (kind in ('created', 'moved', 'opted_in', 'note', 'realised')),
    from_state  text,
    to_state    text,
    note        text
);
create index synergy_event_synergy_idx on synergy_event (synergy_id, at);

-- Quantities actually exchanged per year, once a synergy is in operation.
create table synergy_realised (
    synergy_id      bigint not null references synergy on delete cascade,
    year            smallint not null check (year between 1990 and 2100),
    quantity        double precision not null check (quantity >= 0),
    unit            text not null check (unit in ('t/yr', 'MWh/yr', 'm3/yr', 'Nm3/yr')),
    t_co2e_avoided  double precision,
    source          text,
    primary key (synergy_id, year)
);
