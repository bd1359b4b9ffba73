package nl.huisverbod.reference;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MunicipalityPolicyApiController {

    record PolicyRequest(Mandaat mandaat, String hulpverleningsorganisatie, String briefhoofd) {
    }

    private final MunicipalityPolicies policies;

    MunicipalityPolicyApiController(MunicipalityPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/api/v1/gemeenten")
    List<MunicipalityPolicies.Row> all() {
        return policies.all();
    }

    @GetMapping("/api/v1/gemeenten/{code}")
    MunicipalityPolicies.Row one(@PathVariable String code) {
        return policies.one(code);
    }

    @PutMapping("/api/v1/gemeenten/{code}/beleid")
    MunicipalityPolicy update(@PathVariable String code, @RequestBody PolicyRequest r) {
        return policies.update(code, r.mandaat(), r.hulpverleningsorganisatie(), r.briefhoofd());
    }
}
