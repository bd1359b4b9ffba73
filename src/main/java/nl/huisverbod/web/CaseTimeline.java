package nl.huisverbod.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.huisverbod.audit.AuditEntry;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.enforcement.Overtreding;
import nl.huisverbod.enforcement.Overtredingen;
import nl.huisverbod.platform.Messages;
import org.springframework.stereotype.Component;

/**
 * The timeline of a case through the same need-to-know as every other view of it: a change shows only to
 * whoever sees the part of the case it changed, and who reported a breach with a confidential source shows
 * only to the police and the reporting organisation (domain.md §8). A kind of change this class does not
 * know is left out, so that a new module's changes are hidden until they are given a part.
 */
@Component
class CaseTimeline {

    /** Which part of the case each kind of change belongs to; {@code null}: the case itself (registration). */
    private static final Map<String, Onderdeel> PART = Map.ofEntries(
            Map.entry("dossier", Onderdeel.BESLUIT), // registration, criteria, status: the basis of the decision
            Map.entry("toewijzing", Onderdeel.TEAM),
            Map.entry("risicotaxatie", Onderdeel.RIHG),
            Map.entry("huisverbod", Onderdeel.BESLUIT),
            Map.entry("beschikking", Onderdeel.BESLUIT),
            Map.entry("juridische-controle", Onderdeel.BESLUIT),
            Map.entry("rechtsmiddel", Onderdeel.BESLUIT),
            Map.entry("hoorzitting", Onderdeel.BESLUIT),
            Map.entry("beleidsadvies", Onderdeel.ZORGADVIES),
            Map.entry("document", Onderdeel.DOCUMENTEN),
            Map.entry("overtreding", Onderdeel.OVERTREDINGEN),
            Map.entry("strafrecht", Onderdeel.STRAFRECHT),
            Map.entry("incident", Onderdeel.INCIDENTEN),
            Map.entry("coordinatie", Onderdeel.TEAM),
            Map.entry("hulpverlener", Onderdeel.TEAM),
            Map.entry("contact", Onderdeel.CONTACTEN),
            Map.entry("screening", Onderdeel.SCREENING),
            Map.entry("zorgoverleg", Onderdeel.ZORGOVERLEG),
            Map.entry("taak", Onderdeel.PLAN),
            Map.entry("plan-van-aanpak", Onderdeel.PLAN),
            Map.entry("veiligheidsplan", Onderdeel.VEILIGHEIDSPLAN),
            Map.entry("systeemgesprek", Onderdeel.SYSTEEMGESPREK),
            Map.entry("opvang", Onderdeel.OPVANG),
            Map.entry("zorgadvies", Onderdeel.ZORGADVIES),
            Map.entry("zienswijze", Onderdeel.ZORGADVIES),
            Map.entry("verwijzing", Onderdeel.NAZORG),
            Map.entry("probleeminventaris", Onderdeel.NAZORG),
            Map.entry("tijdregistratie", Onderdeel.NAZORG),
            Map.entry("monitoringcontact", Onderdeel.NAZORG),
            Map.entry("monitoringrapport", Onderdeel.NAZORG),
            Map.entry("uitkomst", Onderdeel.NAZORG));

    /**
     * One change as the viewer may see it; {@code door} and {@code organisatie} are null for a confidential
     * source. {@code soort} is the kind of record changed; {@code wat} and {@code toelichting} are the audit
     * trail's own words (for systems and auditors; people read {@link TimelineLine}).
     */
    record TimelineEntry(Instant op, String soort, String door, String organisatie, String rol, String wat,
                         String toelichting, boolean bronVertrouwelijk) {
    }

    /** One change as a person reads it on the case page: when, what happened (in their language), by whom. */
    record TimelineLine(Instant op, String wat, String door, String organisatie, boolean bronVertrouwelijk) {
    }

    private final AuditTrail audit;
    private final Overtredingen overtredingen;
    private final Messages messages;

    CaseTimeline(AuditTrail audit, Overtredingen overtredingen, Messages messages) {
        this.audit = audit;
        this.overtredingen = overtredingen;
        this.messages = messages;
    }

    /** The timeline in words: each change named by what it did, or else by the part of the case it changed. */
    List<TimelineLine> linesOf(UUID dossierId, Set<Onderdeel> zicht) {
        return of(dossierId, zicht).stream()
                .map(e -> new TimelineLine(e.op(), what(e), e.door(), e.organisatie(), e.bronVertrouwelijk()))
                .toList();
    }

    private String what(TimelineEntry e) {
        String key = "timeline.purpose." + java.text.Normalizer.normalize(e.wat(), java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return messages.has(key) ? messages.get(key) : messages.get("timeline.object." + e.soort());
    }

    /** The kinds of record the timeline shows (each has a label in every language). */
    static Set<String> kinds() {
        return PART.keySet();
    }

    /** The caller opened the case (authorised, recorded); {@code zicht}: the parts the viewer sees. */
    List<TimelineEntry> of(UUID dossierId, Set<Onderdeel> zicht) {
        Set<UUID> hiddenSources = zicht.contains(Onderdeel.OVERTREDINGEN)
                ? overtredingen.list(dossierId).stream().filter(o -> o.bronVertrouwelijk() && o.bron() == null)
                        .map(Overtreding::id).collect(Collectors.toSet())
                : Set.of();
        return audit.timeline(dossierId).stream()
                .filter(e -> PART.containsKey(e.objectType()) && zicht.contains(PART.get(e.objectType())))
                .map(e -> entry(e, hiddenSources.contains(e.objectId()) && "overtreding".equals(e.objectType())))
                .toList();
    }

    private static TimelineEntry entry(AuditEntry e, boolean confidential) {
        return confidential
                ? new TimelineEntry(e.occurredAt(), e.objectType(), null, null, null, e.purpose(), e.details(), true)
                : new TimelineEntry(e.occurredAt(), e.objectType(), e.username(), e.organisationName(), e.role(),
                        e.purpose(), e.details(), false);
    }
}
