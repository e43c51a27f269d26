-- The national programme's decisions on parks (issue 6; 002 "kvalifiserer industriparker til
-- programmet"). Qualification is computed from the criteria (engine/.../programme/
-- programme-criteria.csv); admission is a decision people make and record here. Only
-- national administrators record decisions (the service checks it). History is kept: a
-- decision is never changed or deleted; a later decision (say 'withdrawn') follows it.
-- net_zero: the administrators, admitting a park, state that it is a net-zero green
-- industrial area (003 mission I.2), e.g. on evidence of removals the accounts do not hold.
create table programme_decision (
    id          bigserial primary key,
    park_id     bigint not null references park on delete cascade,
    decision    text not null check (decision in ('admitted', 'rejected', 'withdrawn')),
    net_zero    boolean not null default false,
    decided_on  date not null,
    decided_by  text not null check (btrim(decided_by) <> '' and length(decided_by) <= 200),
    reason      text not null check (btrim(reason) <> '' and length(reason) <= 4000),
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    check (not net_zero or decision = 'admitted')
);
create index programme_decision_park_idx on programme_decision (park_id, decided_on desc, id desc);

-- Never overwritten: no update, and no delete while the park exists (deleting a park
-- removes its decisions with it).
create function programme_decision_keep_history() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' or exists (select 1 from park where id = old.park_id) then
        raise exception 'programme decision % is history and is never changed or deleted', old.id
            using errcode = 'check_violation';
    end if;
    return old;
end;
$$;

create trigger programme_decision_keep_history before update or delete on programme_decision
    for each row execute function programme_decision_keep_history();
