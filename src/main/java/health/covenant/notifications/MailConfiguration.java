package health.covenant.notifications;

import java.time.Clock;
import java.util.Properties;

import health.covenant.audit.AuditService;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.mail.host} (the default), mail goes to the embedded {@link MailCapture};
 * otherwise Spring Boot's mail auto-configuration builds the sender from {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailConfiguration.NoMailHost.class)
class MailConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	MailCapture mailCapture(JdbcClient jdbc, AuditService audit, Clock clock) {
		return new MailCapture(jdbc, audit, clock);
	}

	/** Sends to the capture and copies what it received into the database at once. */
	@Bean
	JavaMailSender captureMailSender(MailCapture capture) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl() {

			@Override
			protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
				try {
					super.doSend(mimeMessages, originalMessages);
				}
				finally {
					capture.store();
				}
			}

		};
		sender.setHost("127.0.0.1");
		sender.setPort(capture.port());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "10000");
		properties.setProperty("mail.smtp.writetimeout", "10000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	static class NoMailHost implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
		}

	}

}
