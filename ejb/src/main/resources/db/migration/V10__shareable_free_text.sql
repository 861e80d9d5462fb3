-- Free text police typed that may carry a victim's details reaches offender managers (probation, YOT,
-- programme facilitators) only when police marked it shareable with them: one flag beside each such
-- text. Everything already recorded starts as not shared, except the texts the system writes itself,
-- marked shared below as the application marks them from now on.
-- Portable SQL as in V1 (Derby 10.16 and PostgreSQL).

ALTER TABLE conditional_caution ADD COLUMN victim_views_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE caution_condition ADD COLUMN wording_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE caution_condition ADD COLUMN status_note_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bail_condition ADD COLUMN wording_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sentence_requirement ADD COLUMN detail_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE warning_marker ADD COLUMN notes_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE order_condition ADD COLUMN wording_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE order_breach ADD COLUMN account_shareable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE order_change ADD COLUMN description_shareable BOOLEAN DEFAULT FALSE NOT NULL;

-- an order's service and extension entries are written by the system and a discharge's reason says why
-- it ended; only a variation's description is police's wording of what changed, which may place her
UPDATE order_change SET description_shareable = TRUE WHERE kind <> 'VARIED';
-- the note on the conditions a withdrawn caution took with it
UPDATE caution_condition SET status_note_shareable = TRUE WHERE status_note = 'Caution withdrawn';
