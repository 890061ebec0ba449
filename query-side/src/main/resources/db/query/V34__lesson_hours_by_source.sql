-- The plan report sums the JP of each item's realisations by the completion that earned them (source, person):
-- without this index a unit's items read every lesson-hours row of each person (436 ms for the benchmark's largest
-- unit-year at scale 1.0, 54 ms with it).
create index report_lesson_hours_by_source on report_lesson_hours (source_id, nip);
