-- How many writes the development projection has made: the findings read needs, plans and realisations of any unit
-- for a unit's year, so a unit's findings of a year, decided once, are answered again only while this count (with the
-- index of the last event about each person ever in the unit, findings_person.global_index, and the unit's organisation
-- predicates) stays as it was (UnitYearAnswers). A count rather than the last event's index: the processor's segments
-- commit out of the stream's order, so an index could arrive lower than one already written and leave a maximum as it
-- was.
create table development_change (
    id      smallint primary key check (id = 1),
    changes bigint   not null
);
