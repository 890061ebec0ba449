-- Axon's JDBC event storage, owned by Flyway. The global index is a plain bigserial (increment 1, no allocation
-- blocks), so streaming processors see events in commit order with only the gaps of rolled-back transactions.
-- Payload and metadata are Jackson-written JSON, stored as bytea exactly as serialized; event_log shows them as JSON.

create table domain_event_entry (
    global_index         bigserial    not null primary key,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (aggregate_identifier, sequence_number)
);

-- For people reading the store with psql: select * from eventstore.event_log order by global_index;
create view event_log as
select global_index,
       aggregate_identifier,
       sequence_number,
       payload_type,
       payload_revision,
       time_stamp                             as recorded_at,
       convert_from(payload, 'UTF8')::json    as payload,
       convert_from(meta_data, 'UTF8')::json  as meta_data
from domain_event_entry;
