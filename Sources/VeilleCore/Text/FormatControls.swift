/// The invisible characters that change how text is shown rather than what
/// it says: bidirectional embeddings, overrides, isolates and marks. One list
/// for the decoder (which drops them from articles), the export's escaping
/// and the terminal's sanitiser; and the invisible ones that do nothing at all.
public enum FormatControls {
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// Format characters that show nothing and mean nothing in news text, but can hide words from a
    /// reader or a search: the zero-width space, the word joiner and invisible operators, the Mongolian
    /// vowel separator, interlinear annotation marks and tag characters (which can spell a hidden text).
    /// The zero-width joiner and non-joiner are not among them: scripts and emoji need them.
    public static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || (0x2060...0x2064).contains(v) || v == 0x180E || (0xFFF9...0xFFFB).contains(v) || (0xE0000...0xE007F).contains(v)
    }
}
