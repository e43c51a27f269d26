-- Changes of a synergy's owner, notes and next follow-up date are part of its history too:
-- one 'changed' event per field, naming the field; `note` holds the new value (empty when
-- cleared). V3 allowed only state moves, opt-ins, notes and realised quantities.
alter table synergy_event drop constraint synergy_event_kind_check;
alter table synergy_event add constraint synergy_event_kind_check
    check (kind in ('created', 'moved', 'opted_in', 'note', 'realised', 'changed'));
alter table synergy_event add column field text
    check (field in ('owner', 'notes', 'next_follow_up'));
alter table synergy_event add check ((kind = 'changed') = (field is not null));
