package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every list of the API pages and sorts as the NL API strategy describes, and says where the page is. */
@IntegrationTest
class ListPagingTest extends ApiTestSupport {

    private static List<String> codes(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream().map(k -> k.path("code").asString()).toList();
    }

    @Test
    void a_list_is_paged_with_links_to_the_other_pages_and_its_total() {
        List<String> all = codes(api.get("agent", "/api/v1/gebeurtenissoorten"));
        assertThat(all).hasSizeGreaterThan(8);

        Api.Response second = api.get("agent", "/api/v1/gebeurtenissoorten?page=2&pageSize=4");
        assertThat(second.status()).isEqualTo(200);
        assertThat(codes(second)).isEqualTo(all.subList(4, 8));
        assertThat(second.header("X-Total-Count")).isEqualTo(Integer.toString(all.size()));
        assertThat(second.header("X-Pagination-Page")).isEqualTo("2");
        assertThat(second.header("X-Pagination-Limit")).isEqualTo("4");
        int last = (all.size() + 3) / 4;
        assertThat(second.header("Link")).contains("page=1>; rel=\"first\"", "page=1>; rel=\"prev\"",
                "page=3>; rel=\"next\"", "page=" + last + ">; rel=\"last\"").contains("pageSize=4");

        Api.Response beyond = api.get("agent", "/api/v1/gebeurtenissoorten?page=" + (last + 5) + "&pageSize=4");
        assertThat(beyond.json().size()).isZero();
        assertThat(beyond.header("Link")).doesNotContain("rel=\"next\"");
    }

    @Test
    void a_list_sorts_on_its_fields_descending_with_a_minus() {
        List<String> sorted = codes(api.get("agent", "/api/v1/gebeurtenissoorten?sorteer=-code"));
        assertThat(sorted).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> ascending = new java.util.ArrayList<>(sorted);
        java.util.Collections.reverse(ascending);
        assertThat(codes(api.get("agent", "/api/v1/gebeurtenissoorten?sorteer=code&pageSize=3")))
                .isEqualTo(ascending.subList(0, 3));
    }

    @Test
    void wrong_paging_parameters_are_refused_each_by_name() {
        Api.Response r = api.get("agent", "/api/v1/gebeurtenissoorten?page=0&pageSize=5000&sorteer=kleur");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode params = r.json().path("invalidParams");
        assertThat(params.valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("page", "pageSize", "sorteer");
        assertThat(params.valueStream().filter(p -> p.path("name").asString().equals("sorteer")).findFirst().orElseThrow()
                .path("reason").asString()).contains("kleur", "code", "omschrijving");
    }

    @Test
    void the_published_document_names_the_paging_parameters_of_every_list() {
        JsonNode op = api.get(null, "/api/v1/openapi.json").json().at("/paths/~1gebeurtenissoorten/get");
        assertThat(op.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .contains("page", "pageSize", "sorteer");
        assertThat(op.at("/responses/200/headers").has("X-Total-Count")).isTrue();
    }
}
