extension NameWords {
    static let english = NameWords(
        notNames: [
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "it", "in", "on", "at", "by", "for", "after",
            "before", "since", "during", "according", "but", "and", "while", "when", "as", "if",
            "army", "ministry", "government", "state", "republic", "defence", "defense", "security", "foreign", "united", "federation",
            "council", "agency", "visiting", "initiative", "news", "press", "television", "palace", "presidency", "africa", "west", "north", "south", "east", "center", "central", "general",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december",
        ],
        calendar: ["may", "march", "june", "july"]
    )
}
