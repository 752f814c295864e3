package dev.loglens.core.format;

import java.util.List;

/** What every format description shares: its id, its human-readable name and its field names. */
abstract class NamedFormat implements LogFormat {

    private final String id;
    private final String name;
    private final List<String> fieldNames;
    private List<String> mixesWith = List.of();
    private boolean broad;
    private boolean companion;

    NamedFormat(String id, String name, List<String> fieldNames) {
        if (fieldNames.size() > ParsedLine.maxFields()) {
            throw new IllegalArgumentException("format " + id + " has more than " + ParsedLine.maxFields() + " fields");
        }
        this.id = id;
        this.name = name;
        this.fieldNames = List.copyOf(fieldNames);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> fieldNames() {
        return fieldNames;
    }

    @Override
    public final List<String> mixesWith() {
        return mixesWith;
    }

    @Override
    public final boolean isBroad() {
        return broad;
    }

    @Override
    public final boolean isCompanion() {
        return companion;
    }

    /** Sets {@link #mixesWith()}, as the format's definition gives it, before the format is used. */
    final NamedFormat mixingWith(List<String> ids) {
        mixesWith = List.copyOf(ids);
        return this;
    }

    /** Sets {@link #isBroad()}, as the format's definition gives it, before the format is used. */
    final NamedFormat broad(boolean isBroad) {
        broad = isBroad;
        return this;
    }

    /** Sets {@link #isCompanion()}, as the format's definition gives it, before the format is used. */
    final NamedFormat companion(boolean isCompanion) {
        companion = isCompanion;
        return this;
    }
}
