package nl.huisverbod;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(HuisverbodApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void module_documentation_is_generated() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
