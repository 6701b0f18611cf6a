import Foundation

/// The analyst's feeds: one address a line, `#` at a line's start or after a space starting a comment (a `#` inside an address is
/// its fragment), blank lines ignored. A line that is not
/// an http(s) address is reported with its number and skipped, so one typo does not stop the morning.
public struct FeedList: Sendable, Equatable {
    public var addresses: [String]
    public var problems: [String]

    public init(text: String, name: String) {
        addresses = []
        problems = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingCharacters(in: .whitespacesAndNewlines)
            let address = line.hasPrefix("#") ? "" : (line.range(of: " #").map { String(line[..<$0.lowerBound]) } ?? line)
                .trimmingCharacters(in: .whitespaces)
            if address.isEmpty { continue }
            if HTTPFetcher.isAddress(address), !address.contains(" ") {
                if !addresses.contains(address) { addresses.append(address) }
            } else {
                problems.append("\(name):\(n + 1): not a feed address: \(TerminalSafe.text(String(address.prefix(80))))")
            }
        }
    }
}
