-- The unit a person's periods in units (findings_unit_stay) put them in on a day: the unit an evaluation's period
-- ended in. The projection reads it when it inserts an evaluation, from the periods as they stand, and again for all
-- of a person's evaluations when their periods change. Before, every new evaluation rewrote all of its person's, so a
-- replay's work on a person grew with the square of their evaluations. The table is named without its schema: a
-- rebuild reads the fresh copy its search path puts first.
create function findings_unit_on(person char(18), day date) returns text
    language sql stable as
$$
select stay.unit
from findings_unit_stay stay
where stay.nip = person and stay.from_date <= day and (stay.until_date is null or stay.until_date > day)
$$;
