-- Evidence documents of assessment answers. A document is stored once, owned by the assessment it was
-- uploaded to; this table links it to the answers it supports. The next assessment copies the links of
-- the answers it copies, so the earlier evidence stays listed (and retained) beside them.
CREATE TABLE assessment_evidence (
    assessment_id BIGINT       NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_code VARCHAR(20)  NOT NULL,
    document_id   BIGINT       NOT NULL REFERENCES document (id),
    -- the assessment that owns the document (it was uploaded there): the documents are read by owner
    uploaded_to   BIGINT       NOT NULL REFERENCES assessment (id),
    linked_at     TIMESTAMPTZ  NOT NULL,
    linked_by     VARCHAR(254) NOT NULL,
    PRIMARY KEY (assessment_id, question_code, document_id)
);

-- is a document still linked anywhere (before deleting it)
CREATE INDEX assessment_evidence_document ON assessment_evidence (document_id);
