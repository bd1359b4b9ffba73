package nl.huisverbod.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the API shows it. */
record HuisverbodResponse(UUID id, int version, UUID dossierId, HuisverbodStatus status, String mandaat,
                          Besluit voorstel, String besluitDoor, String besluitRol, Instant opgelegdOp,
                          Instant eindigtOp, boolean mondeling, Instant uitgereiktOp, Uitreiking uitreiking,
                          String feiten, String afwijkingsreden, RedenNietOpleggen redenNietOpleggen,
                          String redenToelichting, Instant bereikbaarheidUiterlijk, String bereikbaarheid,
                          Instant sleutelsIngeleverdOp, String sleutelbewijs, Instant advocaatGevraagdOp,
                          Instant advocaatUiterlijk, String advocaat, boolean schriftelijkeUitreikingTeLaat,
                          Instant verlengdOp, String redenenVerlenging, Instant ingetrokkenOp,
                          RedenIntrekking redenIntrekking, Instant beeindigdOp,
                          Instant nietVerlengdOp, String redenenNietVerlengen,
                          List<Beschikking> beschikkingen) {

    static HuisverbodResponse of(Huisverbod h, List<Beschikking> beschikkingen, Instant now) {
        return new HuisverbodResponse(h.id(), h.version(), h.dossierId(), h.status(), h.mandaat().name(),
                h.voorstel(), h.decidedByName(), h.decidedByRole() == null ? null : h.decidedByRole().name(),
                h.imposedAt(), h.endsAt(), h.mondeling(), h.servedAt(), h.servingMethod(), h.feiten(),
                h.afwijkingsreden(), h.redenNietOpleggen(), h.redenToelichting(), h.reachabilityDue(), h.reachability(),
                h.keysHandedInAt(), h.keysReceipt(), h.lawyerRequestedAt(), h.lawyerDue(), h.lawyerName(),
                h.writtenServingOverdue(now), h.extendedAt(), h.extensionReasons(), h.withdrawnAt(),
                h.withdrawalReason(), h.endedAt(), h.extensionDeclinedAt(), h.extensionDeclinedReason(), beschikkingen);
    }
}
