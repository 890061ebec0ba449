-- The follow-up decided for each programme after its evaluation (the `development` projection), for the plan report:
-- an item of a later year's plan of the same line carries it. One decision per programme.

create table development_follow_up (
    programme_id       uuid         primary key,
    decision           varchar(24)  not null,
    curriculum_changes text,
    decided_on         date         not null,
    last_global_index  bigint       not null,
    last_recorded_at   timestamptz  not null
);

