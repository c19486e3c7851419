package health.covenant.documents.web;

import health.covenant.documents.DocumentDownload;
import health.covenant.documents.DocumentService;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves a document's decrypted content to the roles that may download it; the service audits it. */
@Controller
@PreAuthorize(DocumentService.DOWNLOAD_ROLES)
class DocumentController {

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}/download")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		DocumentDownload download = this.documents.download(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.document().type().mediaType()))
			.contentLength(download.content().length)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.document().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-SHA256", download.document().sha256())
			.body(download.content());
	}

}
