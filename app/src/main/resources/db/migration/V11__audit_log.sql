-- The audit log (issue 7): every change to registry data, synergies and goals, with who, when,
-- what, and the values before and after. Triggers write it, so no write path can forget it:
-- the API, the pages, imports, the demo loader, later migrations and a psql session alike.
--
-- Who: the application sets `symbiose.actor` (username, or 'system' outside a request) and
-- `symbiose.actor_role` on every connection it takes from the pool (audit.AuditActorDataSource);
-- a session that never set them is logged as 'db:<database user>'.
-- What: before and after as JSON objects of the row's columns. An update keeps only the
-- columns that changed (version and updated_at do not count) and is not logged when nothing
-- else changed; an insert keeps the whole row as after, a delete the whole row as before.
-- A password hash is never copied.
-- Where: park_ids are the parks the record belonged to when it changed, so a park's
-- facilitator can read its history: a park itself; a company's rows (the company, its yearly
-- facts and streams) belong to the parks it was an active tenant of then; a tenancy, land plot,
-- park target, goal entry, programme decision or user to its park; a land survey to the parks
-- it names; a synergy and its events and realised quantities to the parks of both companies.
-- Empty: only national administrators see the entry.
--
-- Inserts and updates are logged once per statement from its transition tables, set-based, so
-- an import's one upsert of 60 000 rows costs one pass over them (docs/benchmarks.md). Deletes
-- are logged per row *before* the row goes, while the company's tenancies that decide
-- park_ids still exist (a cascade deletes them first otherwise).
--
-- A restore (database/DatabaseBackup) loads the backed-up log as it was and must not add to
-- it: it sets `symbiose.audit` to 'off' for its transaction.

create table audit_log (
    id          bigserial primary key,
    changed_at  timestamptz not null default now(),
    actor       text not null,
    actor_role  text,
    table_name  text not null,
    record_key  text not null,
    operation   text not null check (operation in ('insert', 'update', 'delete')),
    before      jsonb,
    after       jsonb,
    park_ids    bigint[] not null default '{}',
    check ((operation = 'insert') = (before is null)),
    check ((operation = 'delete') = (after is null))
);
create index audit_log_changed_idx on audit_log (changed_at desc, id desc);
create index audit_log_park_idx on audit_log using gin (park_ids);

-- The log is append-only for every writer; only a restore's truncate empties it.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: entry % cannot be changed or deleted', old.id
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();

create function audit_enabled() returns boolean language sql stable as $$
    select coalesce(current_setting('symbiose.audit', true), '') <> 'off'
$$;

create function audit_actor() returns text language sql stable as $$
    select coalesce(nullif(current_setting('symbiose.actor', true), ''), 'db:' || session_user)
$$;

create function audit_actor_role() returns text language sql stable as $$
    select nullif(current_setting('symbiose.actor_role', true), '')
$$;

-- The parks a company is an active tenant of today (the rule of security.Visibility).
create function audit_company_parks(bigint) returns bigint[] language sql stable as $$
    select coalesce(array_agg(distinct t.park_id order by t.park_id), '{}')
    from tenancy t
    where t.company_id = $1
      and t.valid_from <= current_date and (t.valid_to is null or t.valid_to >= current_date)
$$;

create function audit_company_key(bigint) returns text language sql stable as $$
    select coalesce((select c.company_key from company c where c.id = $1), 'company #' || $1)
$$;

create function audit_park_key(bigint) returns text language sql stable as $$
    select coalesce((select p.park_key from park p where p.id = $1), 'park #' || $1)
$$;

create function audit_synergy_parks(bigint, bigint) returns bigint[] language sql stable as $$
    select coalesce(array_agg(distinct p order by p), '{}')
    from unnest(audit_company_parks($1) || audit_company_parks($2)) p
$$;

-- A record's readable key and its parks, from its row as JSON (r).
create function audit_scope(tab text, r jsonb, out record_key text, out park_ids bigint[])
    language plpgsql stable as $$
declare
    company_id_v bigint;
    park_id_v bigint;
    synergy_title text;
begin
    park_ids := '{}';
    case tab
        when 'park' then
            record_key := r ->> 'park_key';
            park_ids := array[(r ->> 'id')::bigint];
        when 'company' then
            record_key := r ->> 'company_key';
            park_ids := audit_company_parks((r ->> 'id')::bigint);
        when 'yearly_facts', 'stream' then
            company_id_v := (r ->> 'company_id')::bigint;
            record_key := audit_company_key(company_id_v) || '/' || (r ->> 'year')
                || coalesce('/' || (r ->> 'stream_key'), '');
            park_ids := audit_company_parks(company_id_v);
        when 'tenancy' then
            park_id_v := (r ->> 'park_id')::bigint;
            record_key := audit_company_key((r ->> 'company_id')::bigint) || ' @ ' || audit_park_key(park_id_v)
                || ' ' || (r ->> 'valid_from');
            park_ids := array[park_id_v];
        when 'land_survey' then
            record_key := r ->> 'survey_key';
            park_ids := coalesce((select array_agg(p.id order by p.id) from park p
                where p.park_key in (select jsonb_array_elements_text(r -> 'park_keys'))), '{}');
        when 'land_plot', 'park_target', 'programme_decision' then
            park_id_v := (r ->> 'park_id')::bigint;
            record_key := audit_park_key(park_id_v) || '/' || coalesce(r ->> 'label', r ->> 'indicator_key',
                (r ->> 'decision') || ' ' || (r ->> 'decided_on'));
            park_ids := array[park_id_v];
        when 'goal_entry' then
            park_id_v := (r ->> 'park_id')::bigint;
            record_key := coalesce(audit_park_key(park_id_v), 'fylke ' || (r ->> 'county_number'), 'nasjonalt')
                || '/' || (r ->> 'indicator_key') || '/' || (r ->> 'year') || ' #' || (r ->> 'id');
            if park_id_v is not null then
                park_ids := array[park_id_v];
            end if;
        when 'synergy' then
            record_key := '#' || (r ->> 'id') || ' ' || audit_company_key((r ->> 'supply_company_id')::bigint)
                || ' → ' || audit_company_key((r ->> 'demand_company_id')::bigint);
            park_ids := audit_synergy_parks((r ->> 'supply_company_id')::bigint, (r ->> 'demand_company_id')::bigint);
        when 'synergy_event', 'synergy_realised' then
            select audit_company_key(s.supply_company_id) || ' → ' || audit_company_key(s.demand_company_id),
                    audit_synergy_parks(s.supply_company_id, s.demand_company_id)
                into synergy_title, park_ids
                from synergy s where s.id = (r ->> 'synergy_id')::bigint;
            record_key := '#' || (r ->> 'synergy_id') || coalesce(' ' || synergy_title, '') || '/'
                || case tab when 'synergy_realised' then r ->> 'year' else r ->> 'kind' end;
            park_ids := coalesce(park_ids, '{}');
        when 'symbiosis_rule' then
            record_key := r ->> 'rule_id';
        when 'app_user' then
            record_key := r ->> 'username';
            if r ->> 'park_id' is not null then
                park_ids := array[(r ->> 'park_id')::bigint];
            end if;
        else
            record_key := coalesce(r ->> 'id', '?');
    end case;
    record_key := coalesce(record_key, '?');
end;
$$;

-- The columns that are never copied into the log: a password hash; a synergy's stored title,
-- which names both streams, and a stream's name may be confidential to a reader of the log
-- who sees the synergy (a facilitator of the other company's park). The record key names the
-- two companies instead, whose identities are public registry facts.
create function audit_row_json(tab text, r jsonb) returns jsonb language sql immutable as $$
    select case tab when 'synergy' then r - 'title' else r - 'password_hash' end
$$;

-- The row's identity for pairing old and new rows of an update: id, or synergy_realised's key.
create function audit_row_identity(r jsonb) returns jsonb language sql immutable as $$
    select coalesce(r -> 'id', jsonb_build_array(r -> 'synergy_id', r -> 'year'))
$$;

-- A company's rows (yearly facts, streams) come in tens of thousands per import: their key
-- and parks are looked up once per company, set-based, not once per row.
create function audit_company_scopes(companies bigint[])
    returns table (company_id bigint, company_key text, park_ids bigint[]) language sql stable as $$
    select c.id, c.company_key, coalesce(p.parks, '{}')
    from company c
    left join (select t.company_id, array_agg(distinct t.park_id order by t.park_id) as parks
               from tenancy t
               where t.company_id = any(companies)
                 and t.valid_from <= current_date and (t.valid_to is null or t.valid_to >= current_date)
               group by t.company_id) p on p.company_id = c.id
    where c.id = any(companies)
$$;

create function audit_company_row_key(company_key text, company_id bigint, r jsonb) returns text
    language sql immutable as $$
    select coalesce(company_key, 'company #' || company_id) || '/' || (r ->> 'year')
        || coalesce('/' || (r ->> 'stream_key'), '')
$$;

-- The statements run by EXECUTE, planned anew each time for the size of their transition
-- tables: a plan cached from a page's one-row change would join an import's 60 000 old
-- and new rows by nested loop (minutes instead of seconds).
create function audit_inserted() returns trigger language plpgsql as $$
declare
    v_actor text := audit_actor();
    v_role text := audit_actor_role();
begin
    if not audit_enabled() then
        return null;
    end if;
    if tg_table_name in ('stream', 'yearly_facts') then
        execute $q$
        with n as (select audit_row_json($3, to_jsonb(x)) as j, x.company_id from new_rows x)
        insert into audit_log (actor, actor_role, table_name, record_key, operation, before, after, park_ids)
        select $1, $2, $3, audit_company_row_key(c.company_key, n.company_id, n.j), 'insert',
            null, n.j, coalesce(c.park_ids, '{}')
        from n left join audit_company_scopes(array(select distinct company_id from n)) c
            on c.company_id = n.company_id$q$
            using v_actor, v_role, tg_table_name;
    else
        execute $q$
        insert into audit_log (actor, actor_role, table_name, record_key, operation, before, after, park_ids)
        select $1, $2, $3, s.record_key, 'insert', null, n.j, s.park_ids
        from (select audit_row_json($3, to_jsonb(x)) as j from new_rows x) n
        cross join lateral audit_scope($3, n.j) s$q$
            using v_actor, v_role, tg_table_name;
    end if;
    return null;
end;
$$;

-- Each row is turned into JSON once (materialized): inlined, the comparison of each column
-- would compute the whole row's JSON again.
-- Old and new rows pair by id (synergy_realised, without one, by its key); a pair is logged
-- with the columns that differ, and not at all when only version or updated_at do.
create function audit_updated() returns trigger language plpgsql as $$
declare
    v_actor text := audit_actor();
    v_role text := audit_actor_role();
begin
    if not audit_enabled() then
        return null;
    end if;
    if tg_table_name in ('stream', 'yearly_facts') then
        execute $q$
        with p as materialized (
            select n.company_id, audit_row_json($3, to_jsonb(o)) as oj, audit_row_json($3, to_jsonb(n)) as nj
            from old_rows o join new_rows n on n.id = o.id),
        d as (
            select p.company_id, p.nj, diff.before, diff.after
            from p
            cross join lateral (
                select jsonb_object_agg(e.key, e.value) as before, jsonb_object_agg(e.key, p.nj -> e.key) as after
                from jsonb_each(p.oj) e
                where e.key not in ('version', 'updated_at') and e.value is distinct from p.nj -> e.key) diff
            where diff.before is not null)
        insert into audit_log (actor, actor_role, table_name, record_key, operation, before, after, park_ids)
        select $1, $2, $3, audit_company_row_key(c.company_key, d.company_id, d.nj), 'update',
            d.before, d.after, coalesce(c.park_ids, '{}')
        from d left join audit_company_scopes(array(select distinct company_id from d)) c
            on c.company_id = d.company_id$q$
            using v_actor, v_role, tg_table_name;
    else
        execute $q$
        with p as materialized (
            select o.j as oj, n.j as nj
            from (select audit_row_json($3, to_jsonb(x)) as j from old_rows x) o
            join (select audit_row_json($3, to_jsonb(x)) as j from new_rows x) n
                on audit_row_identity(o.j) = audit_row_identity(n.j)),
        d as (
            select p.nj, diff.before, diff.after
            from p
            cross join lateral (
                select jsonb_object_agg(e.key, e.value) as before, jsonb_object_agg(e.key, p.nj -> e.key) as after
                from jsonb_each(p.oj) e
                where e.key not in ('version', 'updated_at') and e.value is distinct from p.nj -> e.key) diff
            where diff.before is not null)
        insert into audit_log (actor, actor_role, table_name, record_key, operation, before, after, park_ids)
        select $1, $2, $3, s.record_key, 'update', d.before, d.after, s.park_ids
        from d cross join lateral audit_scope($3, d.nj) s$q$
            using v_actor, v_role, tg_table_name;
    end if;
    return null;
end;
$$;

create function audit_deleted() returns trigger language plpgsql as $$
declare
    j jsonb;
    s record;
begin
    if audit_enabled() then
        j := audit_row_json(tg_table_name, to_jsonb(old));
        s := audit_scope(tg_table_name, j);
        insert into audit_log (actor, actor_role, table_name, record_key, operation, before, after, park_ids)
        values (audit_actor(), audit_actor_role(), tg_table_name, s.record_key, 'delete', j, null, s.park_ids);
    end if;
    return old;
end;
$$;

do $$
declare
    tab text;
begin
    foreach tab in array array['park', 'company', 'tenancy', 'yearly_facts', 'stream', 'land_survey', 'land_plot',
        'synergy', 'synergy_event', 'synergy_realised', 'symbiosis_rule', 'park_target', 'goal_entry',
        'programme_decision', 'app_user']
    loop
        execute format('create trigger audit_inserted after insert on %I referencing new table as new_rows'
            || ' for each statement execute function audit_inserted()', tab);
        execute format('create trigger audit_updated after update on %I referencing old table as old_rows'
            || ' new table as new_rows for each statement execute function audit_updated()', tab);
        execute format('create trigger audit_deleted before delete on %I'
            || ' for each row execute function audit_deleted()', tab);
    end loop;
end;
$$;
