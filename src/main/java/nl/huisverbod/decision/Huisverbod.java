package nl.huisverbod.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Mandaat;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;

/**
 * The order aggregate: the decision under the municipality's mandate, its times computed per Wth 2(1) and
 * 13, and what happened at serving. Fields change only through its methods.
 */
public final class Huisverbod {

    /** Wth 2(6), 5(1): the evicted person's reachability and the lawyer are due within 24 hours. */
    public static final Duration TWENTY_FOUR_HOURS = Duration.ofHours(24);

    final UUID id;
    final int version;
    final UUID dossierId;
    HuisverbodStatus status;
    final String gemeenteCode;
    final String postcode;
    final String huisnummer;
    Mandaat mandaat;
    String feiten;
    String afwijkingsreden;
    RedenNietOpleggen redenNietOpleggen;
    String redenToelichting;
    Instant proposedAt;
    UUID proposedBy;
    String proposedByName;
    Besluit voorstel;
    Instant decidedAt;
    UUID decidedBy;
    String decidedByName;
    Role decidedByRole;
    Instant imposedAt;
    Instant endsAt;
    boolean mondeling;
    String lateRecordingReason;
    Instant servedAt;
    Uitreiking servingMethod;
    String reachability;
    Instant reachabilityRecordedAt;
    Instant keysHandedInAt;
    String keysReceipt;
    Instant lawyerRequestedAt;
    Instant lawyerArrangedAt;
    String lawyerName;
    Instant extendedAt;
    UUID extendedBy;
    String extendedByName;
    String extensionReasons;
    String extensionNotHeardReason;
    String extensionNoZorgadviesReason;
    String extensionNoBeleidsadviesReason;
    Instant withdrawnAt;
    UUID withdrawnBy;
    String withdrawnByName;
    RedenIntrekking withdrawalReason;
    String withdrawalExplanation;
    Instant endedAt;
    Instant annulledAt;
    Instant extensionDeclinedAt;
    String extensionDeclinedByName;
    String extensionDeclinedReason;

    Huisverbod(UUID id, int version, UUID dossierId, HuisverbodStatus status, String gemeenteCode, String postcode,
               String huisnummer, Mandaat mandaat) {
        this.id = id;
        this.version = version;
        this.dossierId = dossierId;
        this.status = status;
        this.gemeenteCode = gemeenteCode;
        this.postcode = postcode;
        this.huisnummer = huisnummer;
        this.mandaat = mandaat;
    }

    /** Wth 3: under a signing mandate or none, the HOvJ proposes and the mayor decides. */
    void propose(DecisionCommand c, CurrentUser by, Clock clock) {
        status = HuisverbodStatus.VOORGESTELD;
        voorstel = c.besluit();
        takeReasons(c);
        proposedAt = clock.instant();
        proposedBy = by.userId();
        proposedByName = by.displayName();
    }

    /** Records the decision. The caller has checked {@link DecisionRules} and who may decide (Wth 3). */
    void decide(DecisionCommand c, CurrentUser by, Clock clock) {
        takeReasons(c);
        decidedAt = clock.instant();
        decidedBy = by.userId();
        decidedByName = by.displayName();
        decidedByRole = by.role();
        if (c.besluit() == Besluit.OPLEGGEN) {
            status = HuisverbodStatus.OPGELEGD;
            imposedAt = c.opgelegdOp() == null ? decidedAt : c.opgelegdOp();
            endsAt = LegalTime.orderEnd(imposedAt);
            mondeling = c.uitreiking() == Uitreiking.MONDELING;
            lateRecordingReason = imposedAt.isBefore(decidedAt.minus(LegalTime.CLOCK_TOLERANCE))
                    ? c.redenLaterVastgelegd().trim() : null;
            // Wth 2(7), Awb 3:41: serving is a step of its own, recorded when it happened (recordServing);
            // the decision only says how the order is made known: orally now, or by the written beschikking,
            // to be handed over in person or deposited. Until served, servingMethod is the way intended.
            servingMethod = mondeling ? null : c.uitreiking();
        } else {
            status = HuisverbodStatus.NIET_OPGELEGD;
        }
    }

    /** Wth 2(7): the written beschikking after an oral notice, or deposited at the town hall. */
    void recordServing(Uitreiking method, Instant at, Clock clock) {
        var v = new Violations();
        v.require(status == HuisverbodStatus.OPGELEGD, "status", "decision.notImposed");
        v.require(method == Uitreiking.IN_PERSOON || method == Uitreiking.GEDEPONEERD, "uitreiking",
                "decision.serving.method");
        v.requireMoment("uitgereiktOp", at, clock.instant(), imposedAt, "decision.moment.beforeImposing",
                formatImposedAt());
        v.throwIfAny();
        // a moment typed to the minute may fall just before the imposing second: served then, not earlier
        servedAt = imposedAt != null && at.isBefore(imposedAt) ? imposedAt : at;
        servingMethod = method;
    }

    /**
     * Wth 2(6): where or how the evicted person can be reached, stated at {@code at} (null: now). A moment
     * entered afterwards lies between the imposing and now; the 24 hours are judged on it.
     */
    void recordReachability(String text, Instant at, Clock clock) {
        Instant when = at == null ? clock.instant() : at;
        new Violations().require(status == HuisverbodStatus.OPGELEGD, "status", "decision.notImposed")
                .requireText(text, "bereikbaarheid", 1000)
                .requireMoment("moment", when, clock.instant(), imposedAt, "decision.moment.beforeImposing",
                        formatImposedAt())
                .throwIfAny();
        reachability = text.trim();
        reachabilityRecordedAt = when;
    }

    /** Wth 4: keys handed in against a receipt, at {@code at} (null: now). */
    void recordKeys(String receipt, Instant at, Clock clock) {
        Instant when = at == null ? clock.instant() : at;
        new Violations().require(status == HuisverbodStatus.OPGELEGD, "status", "decision.notImposed")
                .requireText(receipt, "sleutelbewijs", 100)
                .requireMoment("moment", when, clock.instant(), imposedAt, "decision.moment.beforeImposing",
                        formatImposedAt())
                .throwIfAny();
        keysReceipt = receipt.trim();
        keysHandedInAt = when;
    }

    /**
     * Wth 5(1): the wish for a lawyer, expressed at {@code at} (null: now). The 24 hours run from the wish,
     * not from when it was typed in; a wish cannot precede the order it is about.
     */
    void recordLawyerRequest(Instant at, Clock clock) {
        Instant when = at == null ? clock.instant() : at;
        new Violations().require(status == HuisverbodStatus.OPGELEGD, "status", "decision.notImposed")
                .require(lawyerRequestedAt == null, "advocaat", "decision.lawyer.alreadyRequested")
                .requireMoment("moment", when, clock.instant(), imposedAt, "decision.moment.beforeImposing",
                        formatImposedAt())
                .throwIfAny();
        lawyerRequestedAt = when;
    }

    /** Wth 5(1): the lawyer who assists, arranged at {@code at} (null: now), not before the wish. */
    void recordLawyerArranged(String name, Instant at, Clock clock) {
        Instant when = at == null ? clock.instant() : at;
        var v = new Violations().require(lawyerRequestedAt != null, "advocaat", "decision.lawyer.notRequested")
                .requireText(name, "advocaat", 200);
        if (lawyerRequestedAt != null) {
            v.requireMoment("moment", when, clock.instant(), lawyerRequestedAt, "decision.lawyer.beforeRequest",
                    LegalTime.formatShort(lawyerRequestedAt));
        }
        v.throwIfAny();
        lawyerName = name.trim();
        lawyerArrangedAt = when;
    }

    private String formatImposedAt() {
        return imposedAt == null ? "" : LegalTime.formatShort(imposedAt);
    }

    /** When the fact happened (not when it was typed in): the moment its deadline is judged on. */
    Instant momentOf(HuisverbodFeitVastgelegd.Feit feit) {
        return switch (feit) {
            case UITGEREIKT -> servedAt;
            case BEREIKBAARHEID -> reachabilityRecordedAt;
            case SLEUTELS -> keysHandedInAt;
            case ADVOCAAT_GEVRAAGD -> lawyerRequestedAt;
            case ADVOCAAT_GEREGELD -> lawyerArrangedAt;
        };
    }

    /**
     * Wth 9: only the mayor extends (Wth 3 allows no mandate), before the current end, to at most four weeks
     * after the order was imposed, and states why the danger continues (Wth 2(4) applies to the extension).
     * The decision rests on the course of the order: the evicted person was heard (Awb 4:8) or the mayor says
     * why he could not be (Awb 4:11), and the zorgadvies and beleidsadvies are there or their absence is
     * explained. The mayor chooses the new end; nothing suggests the maximum.
     */
    void extend(ExtensionCommand c, ExtensionGrounds grounds, CurrentUser by, Clock clock) {
        Instant now = clock.instant();
        var v = new Violations();
        v.require(by.role() == Role.BURGEMEESTER, "besluit", "decision.extend.mayorOnly");
        v.require(status == HuisverbodStatus.OPGELEGD, "status", "decision.notRunning");
        v.require(status != HuisverbodStatus.OPGELEGD || now.isBefore(endsAt), "status", "decision.extend.afterEnd");
        Instant newEnd = c.eindigtOp();
        if (newEnd == null) {
            v.add("eindigtOp", "validation.required");
        } else if (imposedAt != null) {
            v.require(newEnd.isAfter(endsAt), "eindigtOp", "decision.extend.notLater");
            v.require(!newEnd.isAfter(LegalTime.extensionMaximum(imposedAt)), "eindigtOp", "decision.extend.beyondMaximum",
                    LegalTime.extensionMaximum(imposedAt));
        }
        v.requireText(c.redenen(), "redenen", 8000);
        String notHeard = absenceReason(v, grounds.evictedHeard() == null, c.nietGehoordReden(), "nietGehoordReden",
                "decision.extend.notHeard");
        String noZorgadvies = absenceReason(v, grounds.zorgadvies() == null, c.zorgadviesOntbreektReden(),
                "zorgadviesOntbreektReden", "decision.extend.noZorgadvies");
        String noBeleidsadvies = absenceReason(v, grounds.beleidsadvies() == null, c.beleidsadviesOntbreektReden(),
                "beleidsadviesOntbreektReden", "decision.extend.noBeleidsadvies");
        v.throwIfAny();
        endsAt = newEnd;
        extendedAt = now;
        extendedBy = by.userId();
        extendedByName = by.displayName();
        extensionReasons = c.redenen().trim();
        extensionNotHeardReason = notHeard;
        extensionNoZorgadviesReason = noZorgadvies;
        extensionNoBeleidsadviesReason = noBeleidsadvies;
    }

    /** A ground that is missing needs its reason; one that is there needs none (and keeps none). */
    private static String absenceReason(Violations v, boolean missing, String reason, String field, String code) {
        return missing ? v.requireReason(reason, field, code, 2000) : null;
    }

    /**
     * Wth 9: the mayor decides not to extend, before the current end, with the reasons (so the victim who
     * asked for an extension receives a decision that can be appealed). The order runs on to its end.
     */
    void declineExtension(String reasons, CurrentUser by, Clock clock) {
        var v = new Violations();
        v.require(by.role() == Role.BURGEMEESTER, "besluit", "decision.extend.mayorOnly");
        v.require(status == HuisverbodStatus.OPGELEGD && clock.instant().isBefore(endsAt), "status",
                "decision.notRunning");
        v.require(extendedAt == null && extensionDeclinedAt == null, "status", "decision.extend.alreadyDecided");
        v.requireText(reasons, "redenen", 8000);
        v.throwIfAny();
        extensionDeclinedAt = clock.instant();
        extensionDeclinedByName = by.displayName();
        extensionDeclinedReason = reasons.trim();
    }

    /** Wth 2(9), 3: only the mayor withdraws, at any time while the order runs, with the reason. */
    void withdraw(RedenIntrekking reason, String explanation, CurrentUser by, Clock clock) {
        var v = new Violations();
        v.require(by.role() == Role.BURGEMEESTER, "besluit", "decision.withdraw.mayorOnly");
        v.require(status == HuisverbodStatus.OPGELEGD && clock.instant().isBefore(endsAt), "status",
                "decision.notRunning");
        v.require(reason != null, "reden", "validation.required");
        if (reason == RedenIntrekking.ANDERS) {
            v.requireText(explanation, "toelichting", 4000);
        } else {
            v.optionalText(explanation, "toelichting", 4000);
        }
        v.throwIfAny();
        status = HuisverbodStatus.INGETROKKEN;
        withdrawnAt = clock.instant();
        withdrawnBy = by.userId();
        withdrawnByName = by.displayName();
        withdrawalReason = reason;
        withdrawalExplanation = trim(explanation);
    }

    /** Wth 6: the court suspended or annulled the order; it no longer applies from the ruling on. */
    void endByCourt(Instant ruling) {
        new Violations().require(status == HuisverbodStatus.OPGELEGD, "status", "decision.notRunning").throwIfAny();
        status = HuisverbodStatus.VERVALLEN;
        annulledAt = ruling;
    }

    public boolean isExtended() {
        return extendedAt != null;
    }

    private void takeReasons(DecisionCommand c) {
        feiten = trim(c.feiten());
        afwijkingsreden = trim(c.afwijkingsreden());
        redenNietOpleggen = c.besluit() == Besluit.NIET_OPLEGGEN ? c.redenNietOpleggen() : null;
        redenToelichting = c.besluit() == Besluit.NIET_OPLEGGEN ? trim(c.redenToelichting()) : null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Deadline of Wth 2(6). */
    public Instant reachabilityDue() {
        return imposedAt == null ? null : imposedAt.plus(TWENTY_FOUR_HOURS);
    }

    /** Deadline of Wth 5(1). */
    public Instant lawyerDue() {
        return lawyerRequestedAt == null ? null : lawyerRequestedAt.plus(TWENTY_FOUR_HOURS);
    }

    /** Wth 2(7): after an oral notice the written beschikking is flagged when not served within 24 hours. */
    /** Wth 2(7): the written beschikking is served as soon as possible; after 24 hours it is late. */
    public boolean writtenServingOverdue(Instant now) {
        return servedAt == null && imposedAt != null && now.isAfter(imposedAt.plus(TWENTY_FOUR_HOURS));
    }

    public boolean isRunning(Instant now) {
        return imposedAt != null && OrderPeriod.of(this).runningAt(now);
    }

    public UUID id() { return id; }
    public int version() { return version; }
    public UUID dossierId() { return dossierId; }
    public HuisverbodStatus status() { return status; }
    public String gemeenteCode() { return gemeenteCode; }
    public Mandaat mandaat() { return mandaat; }
    public String feiten() { return feiten; }
    public String afwijkingsreden() { return afwijkingsreden; }
    public RedenNietOpleggen redenNietOpleggen() { return redenNietOpleggen; }
    public String redenToelichting() { return redenToelichting; }
    public Instant proposedAt() { return proposedAt; }
    public String proposedByName() { return proposedByName; }
    public Besluit voorstel() { return voorstel; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedByName() { return decidedByName; }
    public Role decidedByRole() { return decidedByRole; }
    public Instant imposedAt() { return imposedAt; }
    public Instant endsAt() { return endsAt; }
    public boolean mondeling() { return mondeling; }
    public String lateRecordingReason() { return lateRecordingReason; }
    public Instant servedAt() { return servedAt; }
    public Uitreiking servingMethod() { return servingMethod; }
    public String reachability() { return reachability; }
    public Instant reachabilityRecordedAt() { return reachabilityRecordedAt; }
    public Instant keysHandedInAt() { return keysHandedInAt; }
    public String keysReceipt() { return keysReceipt; }
    public Instant lawyerRequestedAt() { return lawyerRequestedAt; }
    public Instant lawyerArrangedAt() { return lawyerArrangedAt; }
    public String lawyerName() { return lawyerName; }
    public Instant extendedAt() { return extendedAt; }
    public String extendedByName() { return extendedByName; }
    public String extensionReasons() { return extensionReasons; }
    public String extensionNotHeardReason() { return extensionNotHeardReason; }
    public String extensionNoZorgadviesReason() { return extensionNoZorgadviesReason; }
    public String extensionNoBeleidsadviesReason() { return extensionNoBeleidsadviesReason; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawnByName() { return withdrawnByName; }
    public RedenIntrekking withdrawalReason() { return withdrawalReason; }
    public String withdrawalExplanation() { return withdrawalExplanation; }
    public Instant endedAt() { return endedAt; }
    public Instant annulledAt() { return annulledAt; }
    public Instant extensionDeclinedAt() { return extensionDeclinedAt; }
    public String extensionDeclinedByName() { return extensionDeclinedByName; }
    public String extensionDeclinedReason() { return extensionDeclinedReason; }
}
