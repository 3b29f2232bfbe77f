package org.yiyang.care.internal.bed;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.CareBedSummary;
import org.yiyang.care.CareBeds;

/** The beds other areas read, without a viewer: they have checked why they may know. */
@Service
@Transactional(readOnly = true)
class JdbcCareBeds implements CareBeds {

    private final BedReader reader;

    JdbcCareBeds(BedReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<CareBedSummary> find(long bedId) {
        return reader.find(bedId).map(JdbcCareBeds::summary);
    }

    @Override
    public Optional<CareBedSummary> openBedOf(long elderId) {
        return reader.openBedOf(elderId).map(JdbcCareBeds::summary);
    }

    private static CareBedSummary summary(Bed bed) {
        return new CareBedSummary(bed.id(), bed.elderId(), bed.providerId(), bed.division().value(), bed.status(),
                bed.serviceStart());
    }
}
