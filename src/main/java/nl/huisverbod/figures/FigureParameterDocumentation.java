package nl.huisverbod.figures;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Arrays;
import java.util.Map;
import nl.huisverbod.incidents.Recidive;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The figure endpoints read their query parameters as one map ({@link CijferParameters}); the published
 * document lists them one by one, with their value sets, instead of one {@code params} object. Their Dutch
 * descriptions come with the other texts of the document ({@code openapi/operations.properties}).
 */
@Component
class FigureParameterDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean readsMap = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestParam.class) && Map.class.isAssignableFrom(p.getParameterType()));
        if (!readsMap || operation.getParameters() == null) {
            return operation;
        }
        operation.getParameters().removeIf(p -> "params".equals(p.getName()));
        add(operation, "niveau", choices(Niveau.class));
        add(operation, "periode", choices(Periode.class));
        add(operation, "van", new DateSchema());
        add(operation, "tot", new DateSchema());
        add(operation, "binnenNiveau", choices(Niveau.class));
        add(operation, "binnen", new StringSchema());
        add(operation, "bron", new StringSchema());
        IntegerSchema windows = new IntegerSchema();
        Recidive.WINDOWS.forEach(w -> windows.addEnumItem(w));
        add(operation, "venster", windows);
        add(operation, "bronnen", choices(Recidive.Bronnen.class));
        if (handler.getMethod().getName().equals("extract")) {
            add(operation, "precisie", choices(Onderzoeksextract.Precisie.class));
        }
        return operation;
    }

    /** Once: a path answered in several forms (JSON, CSV, XLSX) is one operation of several handlers. */
    private static void add(Operation operation, String name, Schema<?> schema) {
        if (operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
            return;
        }
        operation.addParametersItem(new QueryParameter().name(name).required(false).schema(schema));
    }

    private static StringSchema choices(Class<? extends Enum<?>> type) {
        StringSchema s = new StringSchema();
        Arrays.stream(type.getEnumConstants()).forEach(e -> s.addEnumItem(e.name()));
        return s;
    }
}
