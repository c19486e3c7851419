package health.covenant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CovenantApplication {

	public static void main(String[] args) {
		SpringApplication.run(CovenantApplication.class, args);
	}

}
