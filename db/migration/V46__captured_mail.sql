-- The demo mailbox: messages the embedded SMTP capture received, kept across restarts.
CREATE TABLE captured_mail (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender       VARCHAR(500)  NOT NULL,
    recipients   VARCHAR(2000) NOT NULL,
    subject      VARCHAR(1000) NOT NULL,
    received_at  TIMESTAMPTZ   NOT NULL,
    text_body    TEXT,
    html_body    TEXT,
    notification VARCHAR(400)
);
CREATE INDEX captured_mail_received_idx ON captured_mail (received_at DESC, id DESC);
