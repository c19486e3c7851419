-- The navigation badge counts the signed-in user's open overdue obligations on every page: an
-- index-only count over this user's open rows due before today (kind is in the index because a
-- deadline that lapses is missed, not overdue).
CREATE INDEX obligation_open_owner_due_kind_idx ON obligation (owner_user_id, due_date, kind) WHERE NOT done;

-- One- and two-character vendor searches match the start of the name: a range over this index,
-- read in name order (byte order, the same as the database's C.UTF-8 order), so a page reads only
-- its own rows whatever the letter.
CREATE INDEX vendor_name_bytes_idx ON vendor ((lower(name) COLLATE "C"), id);
