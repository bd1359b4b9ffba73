package nl.huisverbod.web;

import java.util.List;

/**
 * A form of the help file as data, rendered by one accessible template: one thing per page, so a phone
 * shows it whole and invalid input comes back on the same page with every value kept.
 */
record WebForm(String title, String intro, String action, String submit, List<Field> fields) {

    enum Kind { TEXT, TEXTAREA, DATETIME, DATE, SELECT, YESNO, CHECKBOX, NUMBER, HEADING, HIDDEN }

    record Option(String value, String label) {
    }

    record Field(String name, String label, Kind kind, List<Option> options, String hint) {

        static Field of(String name, String label, Kind kind) {
            return new Field(name, label, kind, List.of(), null);
        }

        static Field select(String name, String label, List<Option> options) {
            return new Field(name, label, Kind.SELECT, options, null);
        }

        Field hint(String text) {
            return new Field(name, label, kind, options, text);
        }
    }
}
