package health.covenant.notifications.web;

import health.covenant.notifications.DeliverySettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Time zone and send hour. */
class DeliveryForm {

	@NotBlank
	private String timeZone;

	@NotNull
	@Min(0)
	@Max(23)
	private Integer sendHour;

	private long version;

	static DeliveryForm of(DeliverySettings settings) {
		DeliveryForm form = new DeliveryForm();
		form.timeZone = settings.timeZone().getId();
		form.sendHour = settings.sendHour();
		form.version = settings.version();
		return form;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Integer getSendHour() {
		return this.sendHour;
	}

	public void setSendHour(Integer sendHour) {
		this.sendHour = sendHour;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
