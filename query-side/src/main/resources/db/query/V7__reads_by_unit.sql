-- A unit's findings and reports read only the facts of people ever placed in it. Findings compare units as
-- FindingFilter writes their codes (trimmed, upper-case); reports compare them as recorded.
create index findings_placement_by_unit on findings_placement (upper(trim(work_unit)));
create index report_placement_by_unit on report_placement (unit);
