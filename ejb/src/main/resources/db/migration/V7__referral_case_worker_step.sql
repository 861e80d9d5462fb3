-- A step of a referral's history that names its case worker (taken on, or assigned by a manager)
-- rather than moving its status: the status column then repeats the status the referral stayed in.
ALTER TABLE referral_status_change ADD COLUMN case_worker VARCHAR(100);
