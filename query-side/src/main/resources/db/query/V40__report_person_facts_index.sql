-- The index of the last event about the person the reports have read, whichever record it came from (a programme's
-- completion too): a unit's 20-JP report of a year, decided once, is answered again only while this index of everyone
-- ever in the unit stays as it was (LessonHoursAnswers). It only grows: the processor takes a person's events in the
-- stream's order (PersonOrder). Stores written before it start at 0 and move with each person's next event; a node
-- keeps no answer across a restart, so none rests on the 0.
alter table report_person add column facts_index bigint not null default 0;
