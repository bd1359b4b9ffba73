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
        boolean assessed = d.status() != DossierStatus.GEMELD && d.status() != DossierStatus.CRITERIA_GETOETST;
        boolean decided = d.status() == DossierStatus.NIET_OPGELEGD
                || hv != null && hv.status() != HuisverbodStatus.VOORGESTELD;
        boolean served = d.status() == DossierStatus.NIET_OPGELEGD || hv != null && hv.servedAt() != null;
        boolean police = role == Role.HOVJ || role == Role.POLITIE;
        var steps = new ArrayList<Step>();
        add(steps, "registration", true, base, false);
        add(steps, "criteria", d.criteria().isChecked(), base + "/criteria", police);
        add(steps, "rihg", assessed, base + "/rihg", police);
        add(steps, "decision", decided, base + "/besluit", role == Role.HOVJ || role == Role.BURGEMEESTER);
        add(steps, "serving", served, base + "#serving-title", police);
        return new CaseSteps(steps, steps.stream().filter(s -> s.state() == State.CURRENT).findFirst().orElse(null));
    }

    /** The first step not done is the current one; those after it are still to do. */
    private static void add(List<Step> steps, String key, boolean done, String href, boolean mayAct) {
        boolean current = steps.stream().noneMatch(s -> s.state() != State.DONE);
        steps.add(new Step(key, done ? State.DONE : current ? State.CURRENT : State.TODO, href, mayAct));
    }
}
