package nl.huisverbod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.SecondFactors;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of logging in: the code from the authenticator app, and enrolling an app (asked of roles
 * that production requires it of, open to everyone). Part of the login shell; the rules are identity's.
 */
@Controller
class SecondFactorController {

    private static final String PENDING = SecondFactorController.class.getName() + ".pending";

    private final SecondFactors factors;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    SecondFactorController(SecondFactors factors, CurrentUserProvider currentUser, Messages messages) {
        this.factors = factors;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** Until the second factor is given, the header offers nothing but logging out. */
    @org.springframework.web.bind.annotation.ModelAttribute("secondStep")
    boolean secondStep() {
        return !SecondFactors.given() && factors.requiredFor(currentUser.require());
    }

    @GetMapping(SecondFactors.PATH)
    String ask(Model model) {
        if (!factors.enrolled(currentUser.require().userId())) {
            return "redirect:" + SecondFactors.ENROL;
        }
        model.addAttribute("errors", FormErrors.none());
        return "web/second-factor";
    }

    @PostMapping(SecondFactors.PATH)
    String check(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        SecondFactors.Outcome outcome = factors.check(code, request, response);
        if (outcome == SecondFactors.Outcome.ACCEPTED) {
            return "redirect:/";
        }
        model.addAttribute("errors", error(outcome));
        return "web/second-factor";
    }

    /** A new secret on every visit until one is confirmed; kept in the session, never in a page's form. */
    @GetMapping(SecondFactors.ENROL)
    String enrolment(HttpSession session, Model model) {
        var user = currentUser.require();
        if (factors.enrolled(user.userId()) && !SecondFactors.given()) {
            return "redirect:" + SecondFactors.PATH; // replacing an app takes the current one first
        }
        SecondFactors.Enrolment enrolment = factors.newEnrolment(user);
        session.setAttribute(PENDING, enrolment);
        return enrolPage(model, enrolment, FormErrors.none());
    }

    @PostMapping(SecondFactors.ENROL)
    String enrol(@RequestParam(required = false) String code, HttpSession session, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        if (!(session.getAttribute(PENDING) instanceof SecondFactors.Enrolment enrolment)) {
            return "redirect:" + SecondFactors.ENROL;
        }
        if (factors.enrolled(currentUser.require().userId()) && !SecondFactors.given()) {
            return "redirect:" + SecondFactors.PATH;
        }
        SecondFactors.Outcome outcome = factors.confirmEnrolment(enrolment.secret(), code, request, response);
        if (outcome == SecondFactors.Outcome.ACCEPTED) {
            request.getSession().removeAttribute(PENDING);
            return "redirect:/?tweestaps";
        }
        return enrolPage(model, enrolment, error(outcome));
    }

    private String enrolPage(Model model, SecondFactors.Enrolment enrolment, FormErrors errors) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("errors", errors);
        return "web/second-factor-enrol";
    }

    private FormErrors error(SecondFactors.Outcome outcome) {
        return FormErrors.of(List.of(Violation.of("code", outcome == SecondFactors.Outcome.LOCKED
                ? "secondFactor.locked" : "secondFactor.wrong")), messages);
    }
}
