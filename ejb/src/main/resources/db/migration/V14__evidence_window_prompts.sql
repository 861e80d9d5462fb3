-- The evidence clock: an absence awaits evidence of a reasonable excuse for 5 working days, then is
-- judged. When the window has closed with the absence still awaiting evidence, his case worker and the
-- cohort's facilitators are prompted once: the day of the prompt is stored on the line, and the prompt is
-- raised only by the statement that sets it from empty, so two servers checking at once raise it once.
-- Portable SQL as in V1 (Derby 10.16 and PostgreSQL).

ALTER TABLE attendance_record ADD COLUMN evidence_prompted_on DATE;
CREATE INDEX ix_attendance_record_mark ON attendance_record (mark, evidence_prompted_on);
