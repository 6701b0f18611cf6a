import Foundation
import VeilleCore

/// The properties every input must keep on its way from bytes to model and out to a terminal. A broken one
/// stops the process with its reason, which is how libFuzzer learns of a finding (as it does of a crash).
enum FuzzChecks {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer.bundled() } catch { fatalError("veille-fuzz: \(error)") }
    }()
    static let parser = ArticleParser(gazetteer: gazetteer, explains: true)

    static func run(_ bytes: [UInt8]) {
        let articles: [Article]
        do {
            articles = try parser.articles(bytes: bytes, source: "fuzz")
        } catch {
            // A refusal (empty, binary, too large) is an answer; it must say why in words.
            guard !error.description.isEmpty else { fatalError("a refusal without a reason") }
            return
        }
        for article in articles {
            if let violation = article.invariantViolations.first { fatalError(violation) }
        }
        // The same bytes give the same articles: nothing depends on time, order of threads or hashing.
        guard (try? parser.articles(bytes: bytes, source: "fuzz")) == articles else { fatalError("a second parse differs") }
        for format in [ExportFormat.text, .markdown] {
            if let bad = terminalHazard(format.render(articles, gazetteer: gazetteer)) {
                fatalError("the \(format) export holds U+\(String(bad, radix: 16, uppercase: true))")
            }
        }
        let json = Data(ExportFormat.json.render(articles, gazetteer: gazetteer).utf8)
        guard (try? JSONSerialization.jsonObject(with: json)) != nil else { fatalError("the JSON export does not parse") }
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
