package health.covenant.documents;

import java.util.concurrent.atomic.AtomicLong;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Upload/download round trip on the embedded PostgreSQL, with what must be refused. */
@IntegrationTest
@WithMockUser(username = "legal@covenant.test", roles = "LEGAL")
class DocumentServiceTest {

	/** An owner type no policy speaks for: nothing of it may be deleted. */
	static final String OWNER = "DocumentTest";

	static final AtomicLong OWNER_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void storesEncryptedAndServesTheSameBytes() {
		long owner = OWNER_IDS.incrementAndGet();
		byte[] pdf = TestFiles.pdf("round trip");
		DocumentSummary stored = this.documents.store(OWNER, owner, "SIGNED", "C:\\scans\\Signed BAA.PDF", pdf);

		assertThat(stored.fileName()).isEqualTo("Signed BAA.PDF");
		assertThat(stored.type()).isEqualTo(DocumentType.PDF);
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(DocumentService.sha256(pdf)).hasSize(64);
		byte[] atRest = this.jdbc.sql("SELECT content FROM document WHERE id = ?")
			.param(stored.id())
			.query((rs, row) -> rs.getBytes(1))
			.single();
		assertThat(new String(atRest, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("round trip");
		assertThat(atRest.length).isGreaterThan(pdf.length);

		DocumentDownload download = this.documents.download(stored.id());
		assertThat(download.content()).isEqualTo(pdf);
		assertThat(this.documents.forOwner(OWNER, owner)).extracting(DocumentSummary::id).containsExactly(stored.id());
		assertThat(auditActions(stored.id())).contains("DOCUMENT_UPLOADED", "DOCUMENT_DOWNLOADED");
	}

	@Test
	void typeIsCheckedByContentNotByName() {
		long owner = OWNER_IDS.incrementAndGet();
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.documents.store(OWNER, owner, "SIGNED", "baa.pdf",
					"MZ this is an executable".getBytes()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(DocumentRejectedException.Reason.TYPE_NOT_ALLOWED));
		assertThat(this.documents.store(OWNER, owner, "REDLINE", "redline.bin", TestFiles.docx()).type())
			.isEqualTo(DocumentType.DOCX);
		assertThat(this.documents.forOwner(OWNER, owner)).hasSize(1);
	}

	@Test
	void oversizedAndEmptyFilesAreRefused() {
		long owner = OWNER_IDS.incrementAndGet();
		byte[] big = new byte[(int) this.documents.maxSizeBytes() + 1];
		System.arraycopy(TestFiles.pdf("big"), 0, big, 0, 20);
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.documents.store(OWNER, owner, "SIGNED", "big.pdf", big))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(DocumentRejectedException.Reason.TOO_LARGE);
				assertThat(ex.args()).containsExactly("25 MB");
			});
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.documents.store(OWNER, owner, "SIGNED", "empty.pdf", new byte[0]))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(DocumentRejectedException.Reason.EMPTY));
		assertThat(this.documents.forOwner(OWNER, owner)).isEmpty();
	}

	@Test
	void tamperedCiphertextIsRefusedAndAudited() {
		long owner = OWNER_IDS.incrementAndGet();
		DocumentSummary stored = this.documents.store(OWNER, owner, "SIGNED", "baa.pdf", TestFiles.pdf("tamper"));
		this.jdbc.sql("UPDATE document SET content = overlay(content placing "
				+ "decode(lpad(to_hex(get_byte(content, 20) # 1), 2, '0'), 'hex') from 21 for 1) WHERE id = ?")
			.param(stored.id())
			.update();

		assertThatExceptionOfType(DocumentIntegrityException.class)
			.isThrownBy(() -> this.documents.download(stored.id()));
		assertThat(auditActions(stored.id())).contains("DOCUMENT_INTEGRITY_FAILED").doesNotContain("DOCUMENT_DOWNLOADED");
	}

	@Test
	void ciphertextMovedToAnotherDocumentIsRefused() {
		long owner = OWNER_IDS.incrementAndGet();
		DocumentSummary first = this.documents.store(OWNER, owner, "SIGNED", "a.pdf", TestFiles.pdf("a"));
		DocumentSummary second = this.documents.store(OWNER, owner + 1, "SIGNED", "b.pdf", TestFiles.pdf("a"));
		this.jdbc.sql("UPDATE document SET content = (SELECT content FROM document WHERE id = ?) WHERE id = ?")
			.params(first.id(), second.id())
			.update();
		assertThatExceptionOfType(DocumentIntegrityException.class)
			.isThrownBy(() -> this.documents.download(second.id()));
	}

	@Test
	void withoutAnOwnerPolicyNothingIsDeleted() {
		long owner = OWNER_IDS.incrementAndGet();
		DocumentSummary stored = this.documents.store(OWNER, owner, "SIGNED", "keep.pdf", TestFiles.pdf("keep"));
		assertThatExceptionOfType(DocumentRetainedException.class).isThrownBy(() -> this.documents.delete(stored.id()));
		assertThat(this.documents.find(stored.id())).isPresent();
	}

	@Test
	@WithMockUser(username = "procurement@covenant.test", roles = "PROCUREMENT")
	void procurementMayNeitherUploadNorDownload() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.documents.store(OWNER, 1, "SIGNED", "x.pdf", TestFiles.pdf("x")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.documents.download(1));
	}

	@Test
	void downloadRouteServesTheFileToReadersOnly() throws Exception {
		long owner = OWNER_IDS.incrementAndGet();
		byte[] pdf = TestFiles.pdf("route");
		DocumentSummary stored = this.documents.store(OWNER, owner, "SIGNED", "Signed BAA.pdf", pdf);
		for (Role role : new Role[] { Role.LEGAL, Role.ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR }) {
			this.mvc.perform(get("/documents/{id}/download", stored.id()).with(as(role)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
				.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
				.andExpect(content().bytes(pdf));
		}
		this.mvc.perform(get("/documents/{id}/download", stored.id()).with(as(Role.PROCUREMENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/documents/{id}/download", Long.MAX_VALUE).with(as(Role.AUDITOR)))
			.andExpect(status().isNotFound());
	}

	private java.util.List<String> auditActions(long documentId) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'Document' AND entity_id = ? ORDER BY seq")
			.param(String.valueOf(documentId))
			.query(String.class)
			.list();
	}

}
