package nl.huisverbod.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Two filter chains. The API is stateless with HTTP Basic (production puts an OIDC-aware gateway or
 * bearer tokens in front, see docs/adr/0004). The web UI uses form login, and OIDC login as well when a
 * client registration is configured ({@code spring.security.oauth2.client.registration.*}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Operations: the health status (no details) is public for load balancers; metrics and everything else
     * of the actuator are for the functional administrator only, with Basic credentials for the scraper.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operationsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest().hasAuthority(Role.FUNCTIONEEL_BEHEERDER.authority()))
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(sm -> sm.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<TokenConfiguration.EmbeddedIssuer> embedded,
                                 SystemClients systems, SecondFactors secondFactors,
                                 nl.huisverbod.platform.Messages messages, tools.jackson.databind.json.JsonMapper json,
                                 @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuerUri)
            throws Exception {
        var problems = new ProblemAuthenticationEntryPoint(messages, json);
        // the organisations' identity provider when one is configured (its keys fetched once and cached), else the
        // embedded authorisation server
        JwtDecoder decoder = !issuerUri.isBlank() ? externalIssuer(issuerUri)
                : embedded.getIfAvailable() == null ? null : embedded.getIfAvailable().decoder();
        if (decoder != null) {
            // partner systems: OAuth 2.0 bearer tokens, validated locally from the issuer's keys
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new SystemTokenConverter(systems)))
                    .authenticationEntryPoint(problems));
        }
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        // open data: aggregates that passed disclosure control, for anyone (docs/adr/0026)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/open-data/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                // a person with a second factor does not call the API with the password alone
                .addFilterAfter(SecondFactorFilter.forApi(secondFactors, problems),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic credentials are not sent by the browser on its own: no CSRF exposure.
                .csrf(c -> c.disable());
        return http.build();
    }

    private static JwtDecoder externalIssuer(String issuerUri) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
        decoder.setJwtValidator(org.springframework.security.oauth2.jwt.JwtValidators.createDefaultWithIssuer(issuerUri));
        return decoder;
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                                 LocalOidcUserService oidcUserService, SecondFactors secondFactors,
                                 KeptSubmissions keptSubmissions, PersonCookie personCookie,
                                 CurrentUserProvider currentUser) throws Exception {
        SecondFactorFilter secondFactor = SecondFactorFilter.forPages(secondFactors);
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico", "/login", "/error",
                                "/toegankelijkheid", "/privacy", "/open-data", "/open-data/**").permitAll()
                        .anyRequest().authenticated())
                // after signing in again, back to the page that asked for it (or home, which offers a kept form)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/").permitAll())
                // after the password, the second factor where one is asked (nothing else opens until it is given)
                .addFilterBefore(secondFactor,
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterAfter(new PersonCookieFilter(personCookie, currentUser), SecondFactorFilter.class)
                // a form posted after its session expired is kept, not refused with a bare 403
                .exceptionHandling(e -> e.accessDeniedHandler(new ExpiredSessionHandler(keptSubmissions, currentUser)))
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies(PersonCookie.NAME).permitAll())
                // No inline script or style anywhere: everything comes from this origin.
                // No referrer leaves the product (case ids are in its paths); no camera, microphone or location.
                // HSTS is sent on every request that arrived over TLS (behind a proxy: forward headers).
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUserService)));
        }
        return http.build();
    }
}
