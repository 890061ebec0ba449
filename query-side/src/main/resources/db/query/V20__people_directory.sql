-- The people directory: one row per person, as their record stands after everything recorded about them, searched by
-- NIP (its beginning), a part of the name (name_key: accents and case removed by the projection, so the search needs
-- no unaccent extension), unit, rank, employment type and status. pg_trgm (a contrib module, trusted since
-- PostgreSQL 13) lets a name's middle be found through an index: a scan of 20,000 rows per keystroke is not one.
create extension if not exists pg_trgm;

create table person_directory (
    nip             varchar(18) primary key,
    full_name       text        not null,
    name_key        text        not null,
    employment_type varchar(8)  not null,
    status          varchar(16) not null,
    rank            varchar(5),
    rank_order      smallint,
    position_kind   varchar(20),
    position        text,
    work_unit       text        not null,
    global_index    bigint      not null
);
create index person_directory_by_nip_prefix on person_directory (nip varchar_pattern_ops);
create index person_directory_by_name_part on person_directory using gin (name_key gin_trgm_ops);
create index person_directory_by_name on person_directory (name_key, nip);
create index person_directory_by_unit on person_directory (unit_name(work_unit), nip);
create index person_directory_by_rank on person_directory (rank_order, nip);
create index person_directory_by_type_and_status on person_directory (employment_type, status, nip);
