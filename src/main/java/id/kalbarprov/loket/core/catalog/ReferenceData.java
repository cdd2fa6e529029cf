package id.kalbarprov.loket.core.catalog;

import java.util.List;

/** The reference lists screens choose from; implemented by {@code store/ReferenceStore}. */
public interface ReferenceData {

    /** The published service standards, in their order. */
    List<ServiceStandard> services();

    List<Agency> agencies();

    List<ComplaintChannel> complaintChannels();

    List<ComplaintCategory> complaintCategories();
}
