-- The reminder run composes an e-mail's texts (dates, "in 3 days", the signed link) and keeps them as
-- content; the sender lays them out with the mail templates when it sends, and then keeps the parts as
-- sent. A run over thousands of reminders writes rows, not HTML.
ALTER TABLE notification
    ALTER COLUMN html_body DROP NOT NULL,
    ALTER COLUMN text_body DROP NOT NULL,
    ADD COLUMN content JSONB,
    ADD CONSTRAINT notification_parts_or_content
        CHECK ((html_body IS NOT NULL AND text_body IS NOT NULL) OR content IS NOT NULL);
