package io.mynumberlineage.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class MyNumberGuardApiTest extends AppTestSupport {

    private static String possibleMyNumber() {
        var digits = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString() + MyNumberDetector.checkDigit(digits.toString());
    }

    @Test
    void variablesHoldingAPossibleMyNumberAreRefusedWithoutEchoingIt() {
        String number = possibleMyNumber();
        JsonNode body = graphql("query($t: String!) { search(text: $t) { __typename } }", Map.of("t", "番号 " + number));
        assertThat(body.path("data").path("search").isMissingNode() || body.path("data").isNull()).isTrue();
        assertThat(body.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("MY_NUMBER_REJECTED");
        assertThat(body.toString()).doesNotContain(number);
    }

    @Test
    void queryTextHoldingAPossibleMyNumberIsRefused() {
        String number = possibleMyNumber();
        JsonNode body = graphql("{ search(text: \"" + number + "\") { __typename } }", Map.of());
        assertThat(body.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("MY_NUMBER_REJECTED");
    }

    @Test
    void numbersFailingTheCheckDigitAreOrdinaryInput() {
        String number = possibleMyNumber();
        String invented = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);
        JsonNode body = graphql("query($t: String!) { search(text: $t) { __typename } }", Map.of("t", invented));
        assertThat(body.path("errors").isMissingNode()).isTrue();
        assertThat(body.path("data").path("search").path("__typename").asText()).isEqualTo("SearchHits");
    }
}
