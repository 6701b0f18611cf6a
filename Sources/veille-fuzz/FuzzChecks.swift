import Foundation
import VeilleCore

/// The properties every input must keep on its way from bytes to model and out to a terminal. A broken one
/// stops the process with its reason, which is how libFuzzer learns of a finding (as it does of a crash).
enum FuzzChecks {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer.bundled() } catch { fatalError("veille-fuzz: \(error)") }
    }()
    static let parser = ArticleParser(gazetteer: gazetteer, explains: true)

    /// Stops the process with the property the input broke, which is how libFuzzer learns of a finding.
    /// Parsing writes nothing anywhere, so a write system call made during it is a library printing.
    static func run(_ bytes: [UInt8]) {
        let writes = writeCalls()
        if let broken = broken(bytes) { fatalError(broken) }
        if let before = writes, let after = writeCalls(), after > before {
            fatalError("parsing made \(after - before) write calls (a library printing?); replay the input for what it wrote")
        }
    }

    /// The process's write system calls so far (`syscw` in /proc/self/io).
    static func writeCalls() -> Int? {
        guard let io = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else { return nil }
        return io.split(separator: "\n").first { $0.hasPrefix("syscw:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }

    /// The first property the input breaks, nil when it keeps them all.
    static func broken(_ bytes: [UInt8]) -> String? {
        let articles: [Article]
        do {
            articles = try parser.articles(bytes: bytes, source: "fuzz")
        } catch {
            // A refusal (empty, binary, too large) is an answer; it must say why in words.
            return error.description.isEmpty ? "a refusal without a reason" : nil
        }
        if let violation = articles.lazy.flatMap(\.invariantViolations).first { return violation }
        // The same bytes give the same articles: nothing depends on time, order of threads or hashing.
        guard (try? parser.articles(bytes: bytes, source: "fuzz")) == articles else { return "a second parse differs" }
        for format in [ExportFormat.text, .markdown] {
            if let bad = terminalHazard(format.render(articles, gazetteer: gazetteer)) {
                return "the \(format) export holds U+\(String(bad, radix: 16, uppercase: true))"
            }
        }
        let json = Data(ExportFormat.json.render(articles, gazetteer: gazetteer).utf8)
        return (try? JSONSerialization.jsonObject(with: json)) == nil ? "the JSON export does not parse" : nil
    }

    /// The first scalar a terminal could act on: controls other than the newline, and the format characters
    /// veille promises never to print.
    static func terminalHazard(_ s: String) -> UInt32? {
        s.unicodeScalars.first { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x0A) || (v >= 0x7F && v < 0xA0) || FormatControls.isBidiControl(v) || FormatControls.isInvisible(v)
        }?.value
    }
}

/// Parsing must print nothing: a library's message on standard error is noise in an export and garbage on
/// the dashboard's screen. The replayer sends standard error to a scratch file while an input runs and
/// counts anything written there as a broken property, and says what it was. (The libFuzzer build counts
/// write calls instead and leaves standard error alone: libFuzzer and the sanitizer report through it.)
enum StderrWatch {
    nonisolated(unsafe) private static var original: Int32 = -1
    nonisolated(unsafe) private static var scratch: Int32 = -1

    static func start() {
        var template = Array("/tmp/veille-fuzz-stderr-XXXXXX".utf8CString)
        scratch = mkstemp(&template)
        if scratch >= 0 { unlink(template) }
        original = dup(STDERR_FILENO)
    }

    /// What the input broke, with standard error counted; the real standard error is back on return.
    static func broken(_ bytes: [UInt8]) -> String? {
        guard scratch >= 0, original >= 0 else { return FuzzChecks.broken(bytes) }
        _ = ftruncate(scratch, 0)
        dup2(scratch, STDERR_FILENO)
        let broken = FuzzChecks.broken(bytes)
        dup2(original, STDERR_FILENO)
        if let broken { return broken }
        var info = stat()
        guard fstat(scratch, &info) == 0, info.st_size > 0 else { return nil }
        var text = [UInt8](repeating: 0, count: min(Int(info.st_size), 4096))
        _ = pread(scratch, &text, text.count, 0)
        return "parsing wrote to standard error: \(TerminalSafe.text(String(decoding: text, as: UTF8.self)))"
    }
}
