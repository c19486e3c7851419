package health.covenant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CovenantApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CovenantApplication.class);
		StartupReport.attachIfRequested(application);
		application.run(args);
	}

}
