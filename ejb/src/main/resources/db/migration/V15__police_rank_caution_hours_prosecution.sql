-- Issue 13: a police officer's rank (null for civilian staff), which decides who may override failed
-- conditional-caution eligibility rules (inspector or above); who overrode and their rank; the hours of
-- non-rehabilitative caution conditions (20 hours in total at most); and the charge a decision to
-- prosecute a failed caution recorded.
ALTER TABLE staff_member ADD COLUMN police_rank VARCHAR(30);

ALTER TABLE caution_condition ADD COLUMN hours INTEGER;

ALTER TABLE conditional_caution ADD COLUMN eligibility_override_by VARCHAR(60);
ALTER TABLE conditional_caution ADD COLUMN eligibility_override_rank VARCHAR(30);
ALTER TABLE conditional_caution ADD COLUMN prosecution_disposal_id BIGINT;
ALTER TABLE conditional_caution ADD CONSTRAINT fk_conditional_caution_prosecution
    FOREIGN KEY (prosecution_disposal_id) REFERENCES disposal (id);
