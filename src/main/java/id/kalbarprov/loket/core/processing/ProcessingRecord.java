package id.kalbarprov.loket.core.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What step c of a service's standard really involved, as structured fields (stored as JSON in
 * request_processing.details) plus one Indonesian sentence the confirmation letter quotes. No
 * record has a password field: a reset e-mail records only that it was reset and how the new
 * password was handed over.
 */
public sealed interface ProcessingRecord
        permits VideoConferenceRecord, HostingRecord, EmailRecord, CloudRecord, NetworkRecord {

    ServiceKind kind();

    /** Every field problem (field ids are the record's constants); empty when it may be saved. */
    List<Violation> validate(LocalDate today);

    /** Field name → value (strings, numbers, booleans), as stored in request_processing.details. */
    Map<String, Object> details();

    /** "Akun Zoom ... telah diaktifkan untuk kegiatan pada Senin, 30 November 2026 pukul 09.00 WIB." */
    String summary();
}
