import VeilleCore

/// Makes untrusted text safe to print: an article may contain escape sequences
/// (ANSI colours, OSC titles, cursor moves) or raw control bytes, and none of
/// them may reach the terminal.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let s = pending {
            pending = scalars.next()
            switch s.value {
            case 0x1B:
                pending = skipEscape(after: &pending, rest: &scalars)
            case 0x9B:  // C1 CSI: the same sequence as ESC [
                pending = skipCSI(from: pending, rest: &scalars)
            case 0x9D:  // C1 OSC
                pending = skipString(from: pending, rest: &scalars)
            case 0x09, 0x0A, 0x0D:
                out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0:
                continue
            default:
                // Bidi overrides can make the screen show text in an order the article does not have.
                if !FormatControls.isBidiControl(s.value), !FormatControls.isInvisible(s.value) { out.append(s) }
            }
        }
        return String(out)
    }

    private static func skipEscape(
        after pending: inout Unicode.Scalar?, rest: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        guard let introducer = pending else { return nil }
        switch introducer {
        case "[": return skipCSI(from: rest.next(), rest: &rest)
        case "]", "P", "_", "^", "X": return skipString(from: rest.next(), rest: &rest)
        default: return rest.next()  // two-character sequence such as ESC c or ESC 7
        }
    }

    /// Parameters and intermediates run until a final byte in @...~.
    private static func skipCSI(
        from first: Unicode.Scalar?, rest: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let s = current {
            if (0x40...0x7E).contains(s.value) { return rest.next() }
            if !(0x20...0x3F).contains(s.value) { return current }  // malformed: stop skipping
            current = rest.next()
        }
        return nil
    }

    /// OSC, DCS and friends end with BEL or ST (ESC \ or 0x9C).
    private static func skipString(
        from first: Unicode.Scalar?, rest: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let s = current {
            switch s.value {
            case 0x07, 0x9C: return rest.next()
            case 0x1B:
                let next = rest.next()
                return next == "\\" ? rest.next() : next
            default: current = rest.next()
            }
        }
        return nil
    }
}
