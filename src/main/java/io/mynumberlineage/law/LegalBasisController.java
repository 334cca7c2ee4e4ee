package io.mynumberlineage.law;

import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisFilter;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisParse;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisSummary;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL entry points of {@code graphql/law.graphqls}. */
@Controller
public class LegalBasisController {

    private final LegalBasisQueries queries;

    public LegalBasisController(LegalBasisQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    public LegalBasisParse legalBasis(@Argument String citation, @Argument String municipality, @Argument String asOf) {
        return queries.explain(citation, municipality, asOf);
    }

    @QueryMapping
    public List<LegalBasisSummary> legalBases(@Argument LegalBasisFilter filter, @Argument Integer first) {
        return queries.list(filter, first);
    }
}
