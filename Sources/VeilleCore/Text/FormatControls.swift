/// The invisible characters that change how text is shown rather than what
/// it says: bidirectional embeddings, overrides, isolates and marks. One list
/// for the decoder (which drops them from articles), the export's escaping
/// and the terminal's sanitiser.
public enum FormatControls {
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
