-- A mentoring programme's pairs and sessions and a study group's meetings, one row per event (keyed by it, so a
-- redelivered event is skipped), counted when a programme's report is read. The JP of a session or meeting are
-- kept as recorded; they count towards the 20 JP through the participant's completion, not from here.
create table report_programme_meeting (
    event_id          varchar(255) primary key,
    programme_id      uuid         not null,
    kind              varchar(16)  not null,
    held_on           date         not null,
    lesson_hours      integer,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index report_programme_meeting_by_programme on report_programme_meeting (programme_id);
