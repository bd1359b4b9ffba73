package nl.huisverbod.dossier;

/**
 * The place for a virus scanner (ASVS 12.4.2): every uploaded document passes {@link #clean} before it is
 * stored. Production supplies a bean that asks its scanner (for example clamd over its socket); without one, the
 * structural check of {@link DocumentType} is all, as {@link DocumentScanners#none()} says.
 */
public interface DocumentScanner {

    /** True when the scanner finds nothing wrong in the content. */
    boolean clean(byte[] content);
}
