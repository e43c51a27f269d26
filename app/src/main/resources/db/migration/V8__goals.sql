-- Each park's adopted targets (issue 6). The goals, indicators and national targets are the
-- engine's catalogue (engine/.../goals/indicators.csv); a park without a row for an indicator
-- follows the national target. A row is the park's own target, set by its facilitator or a
-- national administrator. target_value is in the indicator's unit for 'absolute' and a
-- fraction of the baseline for 'relative_change' (-0.5 = halve), as in the catalogue.
create table park_target (
    id              bigserial primary key,
    park_id         bigint not null references park on delete cascade,
    indicator_key   varchar(63) not null check (indicator_key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    target_kind     text not null check (target_kind in ('absolute', 'relative_change')),
    target_value    double precision not null,
    target_year     smallint not null check (target_year between 2000 and 2100),
    baseline_year   smallint check (baseline_year between 1990 and 2100),
    baseline_value  double precision,
    baseline_set_by text,
    baseline_set_at timestamptz,
    source          text,
    version         integer not null default 0,
    updated_by      text,
    updated_at      timestamptz not null default now(),
    unique (park_id, indicator_key),
    check ((baseline_year is null) = (baseline_value is null)),
    check (baseline_year is null or baseline_year < target_year),
    check (target_kind <> 'relative_change' or (target_value > -1 and target_value <> 0))
);

-- A baseline is fixed once set: progress is measured from it, so moving it would rewrite
-- history. The service refuses it with a message; this trigger makes it hold for every writer.
create function park_target_keep_baseline() returns trigger language plpgsql as $$
begin
    if old.baseline_year is not null
       and (new.baseline_year is distinct from old.baseline_year
            or new.baseline_value is distinct from old.baseline_value) then
        raise exception 'the baseline of park target % is fixed (% in %)',
            old.indicator_key, old.baseline_value, old.baseline_year
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger park_target_keep_baseline before update on park_target
    for each row execute function park_target_keep_baseline();
