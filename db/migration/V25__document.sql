-- Documents: encrypted files of any owner (entity type + id). Content is AES-256-GCM ciphertext
-- ([format][nonce][ciphertext+tag]); sha256 and size are of the plaintext.

CREATE TABLE document (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_type    VARCHAR(64)  NOT NULL,
    owner_id      BIGINT       NOT NULL,
    category      VARCHAR(32)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(120) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(254) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX document_owner_idx ON document (owner_type, owner_id, created_at DESC, id DESC);
-- Ciphertext does not compress: store it out of line without trying.
ALTER TABLE document ALTER COLUMN content SET STORAGE EXTERNAL;
