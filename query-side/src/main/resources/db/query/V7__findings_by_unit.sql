-- The findings of one unit read the facts of everyone ever placed in it; units are compared as FindingFilter writes
-- their codes (trimmed, upper-case).
create index findings_placement_by_unit on findings_placement (upper(trim(work_unit)));
