package health.covenant.documents;

/** A document's decrypted, integrity-checked content. */
public record DocumentDownload(DocumentSummary document, byte[] content) {
}
