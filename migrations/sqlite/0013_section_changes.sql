-- A section's changes are filed under the section itself, so that a partner entitled to some sections
-- learns of theirs only; those recorded before were filed under none, which every reader saw.
UPDATE `changes` SET `section_id` = `entity_id` WHERE `entity_type` = 'section' AND `section_id` IS NULL;
