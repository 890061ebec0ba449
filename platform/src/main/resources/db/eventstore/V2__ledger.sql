-- The tamper-evident ledger (docs/adr/0001-tamper-evident-ledger.md). Every event carries the SHA-256 of its
-- canonical form, which includes the hash of the previous event of its stream: a chain per stream. A trigger computes
-- it in the appending transaction, so no appender (Axon, or a raw insert that knows nothing of the ledger) can store
-- an event without its hash; the unique key (aggregate, sequence number) already serialises appends to one stream,
-- across nodes. The Java verifier (module verifier, id.jejak.verifier.EventHash) recomputes the same bytes.
-- Objects are named with their schema because the trigger runs on whatever search path the appender has.

alter table ${flyway:defaultSchema}.domain_event_entry
    add column previous_hash bytea,
    add column hash          bytea;

-- A field of the canonical form: its length as 4 bytes big-endian, then its bytes; no value is the length -1.
create function ${flyway:defaultSchema}.ledger_field(value bytea) returns bytea
    language sql immutable parallel safe
as $$
select case when value is null then '\xffffffff'::bytea else int4send(length(value)) || value end
$$;

-- Text is encoded as UTF-8, whatever the database's encoding.
create function ${flyway:defaultSchema}.ledger_field(value text) returns bytea
    language sql stable parallel safe
as $$
select ${flyway:defaultSchema}.ledger_field(convert_to(value, 'UTF8'))
$$;

-- The event's hash: the canonical form is the format name, then the columns in this order, then the previous hash.
-- The global index is not part of it: the Merkle tree of the checkpoints attests the global order.
create function ${flyway:defaultSchema}.ledger_event_hash(aggregate_identifier text, sequence_number bigint,
                                                          type text, event_identifier text, payload_type text,
                                                          payload_revision text, time_stamp text, payload bytea,
                                                          meta_data bytea, previous_hash bytea) returns bytea
    language sql stable parallel safe
as $$
select sha256(${flyway:defaultSchema}.ledger_field('jejak-ledger-event-v1'::text)
           || ${flyway:defaultSchema}.ledger_field(aggregate_identifier)
           || int8send(sequence_number)
           || ${flyway:defaultSchema}.ledger_field(type)
           || ${flyway:defaultSchema}.ledger_field(event_identifier)
           || ${flyway:defaultSchema}.ledger_field(payload_type)
           || ${flyway:defaultSchema}.ledger_field(payload_revision)
           || ${flyway:defaultSchema}.ledger_field(time_stamp)
           || ${flyway:defaultSchema}.ledger_field(payload)
           || ${flyway:defaultSchema}.ledger_field(meta_data)
           || ${flyway:defaultSchema}.ledger_field(previous_hash))
$$;

-- Events recorded before this migration are chained now, stream by stream, as if appended with the trigger.
do $$
declare
    event    record;
    previous bytea;
    stream   text;
begin
    for event in select global_index, aggregate_identifier, sequence_number, type, event_identifier, payload_type,
                        payload_revision, time_stamp, payload, meta_data
                 from ${flyway:defaultSchema}.domain_event_entry
                 order by aggregate_identifier, sequence_number
    loop
        if stream is distinct from event.aggregate_identifier then
            previous := null;
            stream := event.aggregate_identifier;
        end if;
        update ${flyway:defaultSchema}.domain_event_entry
        set previous_hash = previous,
            hash = ${flyway:defaultSchema}.ledger_event_hash(event.aggregate_identifier, event.sequence_number,
                       event.type, event.event_identifier, event.payload_type, event.payload_revision,
                       event.time_stamp, event.payload, event.meta_data, previous)
        where global_index = event.global_index
        returning hash into previous;
    end loop;
end
$$;

alter table ${flyway:defaultSchema}.domain_event_entry alter column hash set not null;

-- Chains each appended event to the previous one of its stream. A stream begins at sequence 0; any later event
-- needs its predecessor, which the appender has read (or inserted earlier in the same transaction), so it is
-- visible here. Whatever hash the inserter supplied is replaced.
create function ${flyway:defaultSchema}.ledger_chain() returns trigger
    language plpgsql
as $$
begin
    if new.sequence_number = 0 then
        new.previous_hash := null;
    else
        select predecessor.hash into new.previous_hash
        from ${flyway:defaultSchema}.domain_event_entry predecessor
        where predecessor.aggregate_identifier = new.aggregate_identifier
          and predecessor.sequence_number = new.sequence_number - 1;
        if not found then
            raise exception 'ledger: stream % has no event % for event % to follow',
                new.aggregate_identifier, new.sequence_number - 1, new.sequence_number
                using errcode = 'integrity_constraint_violation';
        end if;
    end if;
    new.hash := ${flyway:defaultSchema}.ledger_event_hash(new.aggregate_identifier, new.sequence_number, new.type,
                    new.event_identifier, new.payload_type, new.payload_revision, new.time_stamp, new.payload,
                    new.meta_data, new.previous_hash);
    return new;
end
$$;

create trigger ledger_chain
    before insert on ${flyway:defaultSchema}.domain_event_entry
    for each row execute function ${flyway:defaultSchema}.ledger_chain();

-- Nothing recorded is changed or removed. This stops mistakes, not a superuser (who can disable triggers): what
-- such a person changes, the hashes and signed checkpoints give away.
create function ${flyway:defaultSchema}.ledger_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'ledger: % is append-only; % refused', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger ledger_append_only
    before update or delete on ${flyway:defaultSchema}.domain_event_entry
    for each row execute function ${flyway:defaultSchema}.ledger_append_only();

create trigger ledger_append_only_truncate
    before truncate on ${flyway:defaultSchema}.domain_event_entry
    for each statement execute function ${flyway:defaultSchema}.ledger_append_only();

-- Checkpoints seal the ledger: signed statements about every event up to a global index (id.jejak.verifier.Checkpoint).
-- The query side's sealer writes them; nothing else does. heads_and_gaps holds the interval in its canonical form
-- (the bytes whose SHA-256 is interval_digest); frontier is the Merkle tree's state after the checkpoint, which the
-- next seal continues from (not signed: it is recomputable from the events). signed_at is the exact text signed.
create table ${flyway:defaultSchema}.ledger_checkpoint (
    sequence           bigint      primary key,
    up_to_global_index bigint      not null unique,
    tree_size          bigint      not null,
    merkle_root        bytea       not null,
    previous_root      bytea,
    interval_digest    bytea       not null,
    heads_and_gaps     bytea       not null,
    frontier           bytea       not null,
    signed_at          varchar(40) not null,
    key_id             varchar(64) not null,
    signature          bytea       not null
);

create trigger ledger_append_only
    before update or delete on ${flyway:defaultSchema}.ledger_checkpoint
    for each row execute function ${flyway:defaultSchema}.ledger_append_only();

create trigger ledger_append_only_truncate
    before truncate on ${flyway:defaultSchema}.ledger_checkpoint
    for each statement execute function ${flyway:defaultSchema}.ledger_append_only();

-- psql readers see the chain too.
create or replace view ${flyway:defaultSchema}.event_log as
select global_index,
       aggregate_identifier,
       sequence_number,
       payload_type,
       payload_revision,
       time_stamp                             as recorded_at,
       convert_from(payload, 'UTF8')::json    as payload,
       convert_from(meta_data, 'UTF8')::json  as meta_data,
       encode(previous_hash, 'hex')           as previous_hash,
       encode(hash, 'hex')                    as hash
from ${flyway:defaultSchema}.domain_event_entry;
