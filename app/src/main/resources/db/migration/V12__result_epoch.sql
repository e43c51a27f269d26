-- The access epoch of cached results (issue 7, load). Aggregates, dashboards and candidate
-- lists are computed once per version of the data and, while a newer version is computed in
-- the background, the previous result may be served (database/DataVersionCache). That is only
-- safe while nobody's access has shrunk: these triggers count every change that can take a row
-- out of someone's sight, and a result of another epoch is never served.
--
-- What counts: a yearly facts row or stream whose confidentiality changes; a tenancy changed or
-- deleted (tenancies decide who sees a company's park and private rows, and which synergies a
-- facilitator reads); a company that moves to another municipality (a county officer reads
-- the synergies of companies in their county). Inserts only give access, and a deleted row is
-- gone for everyone alike: neither counts.
--
-- The counter is one row; only the statements above update it, so ordinary imports never wait
-- for its lock. A restore (symbiose.audit = 'off') loads the counter as it was backed up.

create table result_epoch (
    id    boolean primary key default true check (id),
    epoch bigint not null
);
insert into result_epoch (epoch) values (0);

create function result_epoch_bump() returns void language sql as $$
    update result_epoch set epoch = epoch + 1
$$;

create function result_epoch_on_confidentiality() returns trigger language plpgsql as $$
begin
    if audit_enabled() and exists (
            select 1 from old_rows o join new_rows n on n.id = o.id
            where n.confidentiality is distinct from o.confidentiality) then
        perform result_epoch_bump();
    end if;
    return null;
end;
$$;

create trigger result_epoch_confidentiality after update on yearly_facts
    referencing old table as old_rows new table as new_rows
    for each statement execute function result_epoch_on_confidentiality();
create trigger result_epoch_confidentiality after update on stream
    referencing old table as old_rows new table as new_rows
    for each statement execute function result_epoch_on_confidentiality();

create function result_epoch_on_municipality() returns trigger language plpgsql as $$
begin
    if audit_enabled() and exists (
            select 1 from old_rows o join new_rows n on n.id = o.id
            where n.municipality_number is distinct from o.municipality_number) then
        perform result_epoch_bump();
    end if;
    return null;
end;
$$;

create trigger result_epoch_municipality after update on company
    referencing old table as old_rows new table as new_rows
    for each statement execute function result_epoch_on_municipality();

create function result_epoch_on_tenancy_update() returns trigger language plpgsql as $$
begin
    if audit_enabled() and exists (
            select 1 from old_rows o join new_rows n on n.id = o.id
            where (n.company_id, n.park_id, n.valid_from, n.valid_to)
                is distinct from (o.company_id, o.park_id, o.valid_from, o.valid_to)) then
        perform result_epoch_bump();
    end if;
    return null;
end;
$$;

create function result_epoch_on_tenancy_delete() returns trigger language plpgsql as $$
begin
    if audit_enabled() and exists (select 1 from old_rows) then
        perform result_epoch_bump();
    end if;
    return null;
end;
$$;

create trigger result_epoch_tenancy_update after update on tenancy
    referencing old table as old_rows new table as new_rows
    for each statement execute function result_epoch_on_tenancy_update();
create trigger result_epoch_tenancy_delete after delete on tenancy
    referencing old table as old_rows
    for each statement execute function result_epoch_on_tenancy_delete();
