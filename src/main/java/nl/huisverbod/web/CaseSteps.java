package nl.huisverbod.web;

import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.decision.Huisverbod;
import nl.huisverbod.decision.HuisverbodStatus;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.DossierStatus;
import nl.huisverbod.identity.Role;

/**
 * The first hours as steps (registration, criteria, RiHG, decision, serving) with the one next action, for
 * those who take them: the HOvJ and the police, and the mayor who decides a proposal.
 */
record CaseSteps(List<Step> steps, Step next) {

    enum State { DONE, CURRENT, TODO }

    /** {@code key} names the step's label; {@code href} is where its action is; {@code mayAct}: this user can. */
    record Step(String key, State state, String href, boolean mayAct) {
    }

    static boolean shownTo(Role role) {
        return role == Role.HOVJ || role == Role.POLITIE || role == Role.BURGEMEESTER;
    }

    static CaseSteps of(Dossier d, Huisverbod hv, Role role) {
        String base = "/dossiers/" + d.id();
        boolean assessed = d.status() != DossierStatus.REPORTED && d.status() != DossierStatus.CRITERIA_CHECKED;
        boolean decided = d.status() == DossierStatus.NOT_IMPOSED
                || hv != null && hv.status() != HuisverbodStatus.VOORGESTELD;
        boolean served = d.status() == DossierStatus.NOT_IMPOSED || hv != null && hv.servedAt() != null;
        boolean police = role == Role.HOVJ || role == Role.POLITIE;
        Object[][] order = {
                {"registration", true, base, false},
                {"criteria", d.criteria().isChecked(), base + "/criteria", police},
                {"rihg", assessed, base + "/rihg", police},
                {"decision", decided, base + "/besluit", role == Role.HOVJ || role == Role.BURGEMEESTER},
                {"serving", served, base + "#serving-title", police}};
        List<Step> steps = new ArrayList<>();
        Step next = null;
        for (Object[] s : order) {
            boolean done = (boolean) s[1];
            State state = done ? State.DONE : next == null ? State.CURRENT : State.TODO;
            Step step = new Step((String) s[0], state, (String) s[2], (boolean) s[3]);
            if (state == State.CURRENT) {
                next = step;
            }
            steps.add(step);
        }
        return new CaseSteps(steps, next);
    }
}
