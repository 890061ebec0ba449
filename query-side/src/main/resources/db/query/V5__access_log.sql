-- Who read whose personal data, and when (UU 27/2022 asks for accountability of access): every read of a person's
-- profile, history or trainings — and of the decision trail — by an auditor or inspector, recorded before it is
-- answered. Not derived from events, so a projection rebuild never touches it.

create table access_log (
    id             bigserial    primary key,
    read_at        timestamptz  not null,
    reader_id      text         not null,
    reader_role    varchar(20)  not null,
    nip            char(18),
    path           text         not null,
    correlation_id text
);
create index access_log_by_nip on access_log (nip, read_at);
create index access_log_by_reader on access_log (reader_id, read_at);
create index access_log_by_time on access_log (read_at);
