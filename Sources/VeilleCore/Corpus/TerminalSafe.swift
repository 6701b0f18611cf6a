/// Article text and file names can hold escape sequences; nothing from them
/// may drive the terminal. Control characters become visible escapes.
public enum TerminalSafe {
    public static func text(_ s: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if keepNewlines, v == 0x0A { out.append(scalar); continue }
            if v < 0x20 || (v >= 0x7F && v < 0xA0) || FormatControls.isBidiControl(v) || FormatControls.isInvisible(v) {
                out.append(contentsOf: "\\u{\(String(v, radix: 16))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
