package io.github.synthphi.core.identity;

import java.util.List;
import java.util.Objects;

/**
 * The people of one study. The referring physician is the patient's own (the same in every study of the
 * patient); the others are drawn per study.
 *
 * <pre>{@code
 * CareTeam team = identities.careTeam();
 * String referring = team.referring().name().toDicom();   // Referring Physician's Name (0008,0090)
 * List<Person> operators = team.operators();              // Operators' Name (0008,1070)
 * }</pre>
 *
 * @param referring Referring Physician's Name (0008,0090)
 * @param performing Performing Physician's Name (0008,1050)
 * @param reading Name of Physician(s) Reading Study (0008,1060)
 * @param requesting Requesting Physician (0032,1032)
 * @param ofRecord Physician(s) of Record (0008,1048), one or two
 * @param operators Operators' Name (0008,1070), one or two
 */
public record CareTeam(Person referring, Person performing, Person reading, Person requesting,
                       List<Person> ofRecord, List<Person> operators) {

    public CareTeam {
        Objects.requireNonNull(referring, "referring");
        Objects.requireNonNull(performing, "performing");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(requesting, "requesting");
        ofRecord = List.copyOf(ofRecord);
        operators = List.copyOf(operators);
    }

    /** Everyone on the team, in the order of the components (referring first, operators last). */
    public List<Person> members() {
        List<Person> all = new java.util.ArrayList<>();
        all.add(referring);
        all.add(performing);
        all.add(reading);
        all.add(requesting);
        all.addAll(ofRecord);
        all.addAll(operators);
        return List.copyOf(all);
    }

    /** The identifying values of every member, under {@code careTeam.<role>}, sorted. */
    public List<IdentifyingValue> identifyingValues() {
        ValueList values = new ValueList()
                .addAll(referring.identifyingValues("careTeam.referring"))
                .addAll(performing.identifyingValues("careTeam.performing"))
                .addAll(reading.identifyingValues("careTeam.reading"))
                .addAll(requesting.identifyingValues("careTeam.requesting"));
        for (int i = 0; i < ofRecord.size(); i++) {
            values.addAll(ofRecord.get(i).identifyingValues("careTeam.ofRecord[" + i + "]"));
        }
        for (int i = 0; i < operators.size(); i++) {
            values.addAll(operators.get(i).identifyingValues("careTeam.operators[" + i + "]"));
        }
        return values.toList();
    }
}
