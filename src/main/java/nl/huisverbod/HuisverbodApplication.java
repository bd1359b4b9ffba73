package nl.huisverbod;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The chain's shared case system for the Wet tijdelijk huisverbod. */
@SpringBootApplication
@EnableScheduling
public class HuisverbodApplication {

    public static void main(String[] args) {
        SpringApplication.run(HuisverbodApplication.class, args);
    }
}
